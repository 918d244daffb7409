//! A small hand-written fixture with every quirk of real Comuniza exports that DOMAIN.md
//! lists, and its figures worked out by hand.

use std::collections::BTreeMap;

use comuniza::fixture::Model;
use serde_json::{json, Value};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use crate::helpers::{import_ok, Mismatches, Server};

const BANNER: &str = "Loaded settings from /srv/comuniza/.env (DEBUG=False)";

/// Users: 1 = the first superuser (username "", email maria.lopez@...), 2 = Maria_Lopez (takes
/// the name derived from 1's email, ignoring case), 3 = bob, 4 = carla, 5 = dora_old (inactive).
/// Every record carries fields comuniza does not keep; two models are unknown.
const FIXTURE: &str = r##"Loaded settings from /srv/comuniza/.env (DEBUG=False)
[
{"model": "users.user", "pk": 1, "fields": {"password": "pbkdf2_sha256$1000000$Zq3xPm9LkT2vWc8RnY4sBd$mY0Y7Qk3m5b9kq1m0m4b1J3hM6gq8y2b1o5x0n7c9aE=", "last_login": "2025-05-30T18:00:00.123Z", "is_superuser": true, "username": "", "first_name": "María", "last_name": "López", "email": "maria.lopez@comuniza.example", "is_staff": true, "is_active": true, "date_joined": "2021-01-01T00:00:00Z", "profile_visibility": "public", "groups": [1], "user_permissions": [3, 7]}},
{"model": "users.user", "pk": 2, "fields": {"password": "pbkdf2_sha256$1000000$Ab3xPm9LkT2vWc8RnY4sBd$bY0Y7Qk3m5b9kq1m0m4b1J3hM6gq8y2b1o5x0n7c9aE=", "last_login": null, "is_superuser": false, "username": "Maria_Lopez", "first_name": "Maria", "last_name": "Lopez", "email": "maria@example.org", "is_staff": false, "is_active": true, "date_joined": "2021-02-01T10:00:00.500Z", "profile_visibility": "public", "groups": [], "user_permissions": []}},
{"model": "users.user", "pk": 3, "fields": {"password": "pbkdf2_sha256$1000000$Cb3xPm9LkT2vWc8RnY4sBd$cY0Y7Qk3m5b9kq1m0m4b1J3hM6gq8y2b1o5x0n7c9aE=", "last_login": null, "is_superuser": false, "username": "bob", "first_name": "Bob", "last_name": "", "email": "bob@example.org", "is_staff": false, "is_active": true, "date_joined": "2022-03-04T05:06:07.089Z", "profile_visibility": "public", "groups": [], "user_permissions": []}},
{"model": "users.user", "pk": 4, "fields": {"password": "!unusable", "last_login": null, "is_superuser": false, "username": "carla", "first_name": "", "last_name": "", "email": "carla@example.org", "is_staff": false, "is_active": true, "date_joined": "2022-04-05T06:07:08Z", "profile_visibility": "public", "groups": [], "user_permissions": []}},
{"model": "users.user", "pk": 5, "fields": {"password": "pbkdf2_sha256$1000000$Db3xPm9LkT2vWc8RnY4sBd$dY0Y7Qk3m5b9kq1m0m4b1J3hM6gq8y2b1o5x0n7c9aE=", "last_login": null, "is_superuser": false, "username": "dora_old", "first_name": "Dora", "last_name": "Old", "email": "dora@example.org", "is_staff": false, "is_active": false, "date_joined": "2022-05-06T07:08:09Z", "profile_visibility": "private", "groups": [], "user_permissions": []}},
{"model": "groups.group", "pk": 1, "fields": {"name": "Berlin Commons", "slug": "berlin-commons", "description": "", "privacy": "public", "city": "Berlin", "state": "Berlin", "country": "Germany", "latitude": "52.520008", "longitude": "13.404954", "owner": 3, "is_active": true, "created_at": "2022-03-05T00:00:00Z", "updated_at": "2023-07-01T09:30:00.125Z", "image": "", "max_members": 100}},
{"model": "groups.group", "pk": 2, "fields": {"name": "Nowhere", "slug": "nowhere", "description": "", "privacy": "public", "city": "Unknown", "state": "", "country": "", "latitude": null, "longitude": null, "owner": 4, "is_active": true, "created_at": "2022-04-06T00:00:00Z", "image": "", "max_members": 100}},
{"model": "groups.group", "pk": 3, "fields": {"name": "Porto Sharing", "slug": "porto-sharing", "description": "", "privacy": "public", "city": "Porto", "state": "", "country": "Portugal", "latitude": null, "longitude": null, "owner": 1, "is_active": true, "created_at": "2021-01-02T00:00:00Z", "image": "", "max_members": 100}},
{"model": "groups.group", "pk": 4, "fields": {"name": "Berlin Secret", "slug": "berlin-secret", "description": "", "privacy": "private", "city": "Berlin", "state": "Berlin", "country": "Germany", "latitude": "52.520008", "longitude": "13.404954", "owner": 1, "is_active": true, "created_at": "2021-01-03T00:00:00Z", "image": "", "max_members": 100}},
{"model": "groups.group", "pk": 5, "fields": {"name": "Kreuzberg Tools", "slug": "kreuzberg-tools", "description": "Werkzeug – für alle", "privacy": "request", "city": "Berlin", "state": "Berlin", "country": "Germany", "latitude": "52.520008", "longitude": "13.404954", "owner": 1, "is_active": true, "created_at": "2021-01-04T00:00:00Z", "image": "", "max_members": 100}},
{"model": "groups.group", "pk": 6, "fields": {"name": "Madrid Old", "slug": "madrid-old", "description": "", "privacy": "public", "city": "Madrid", "state": "Madrid", "country": "Spain", "latitude": "40.416775", "longitude": "-3.703790", "owner": 3, "is_active": false, "created_at": "2022-03-06T00:00:00Z", "image": "", "max_members": 100}},
{"model": "groups.group", "pk": 7, "fields": {"name": "Lisboa Partilha", "slug": "lisboa-partilha", "description": "", "privacy": "public", "city": "Lisbon", "state": "Lisboa", "country": "Portugal", "latitude": "38.722252", "longitude": "-9.139337", "owner": 4, "is_active": true, "created_at": "2022-04-07T00:00:00Z", "image": "", "max_members": 100}},
{"model": "groups.groupmembership", "pk": 1, "fields": {"group": 1, "user": 3, "role": "admin", "status": "active", "joined_at": "2022-03-05T00:00:00Z"}},
{"model": "groups.groupmembership", "pk": 2, "fields": {"group": 1, "user": 4, "role": "member", "status": "active", "joined_at": "2022-04-06T00:00:00Z"}},
{"model": "groups.groupmembership", "pk": 3, "fields": {"group": 1, "user": 2, "role": "member", "status": "pending", "joined_at": "2022-04-06T00:00:00Z"}},
{"model": "groups.groupmembership", "pk": 4, "fields": {"group": 2, "user": 4, "role": "admin", "status": "active", "joined_at": "2022-04-06T00:00:00Z"}},
{"model": "groups.groupmembership", "pk": 5, "fields": {"group": 3, "user": 1, "role": "admin", "status": "active", "joined_at": "2021-01-02T00:00:00Z"}},
{"model": "groups.groupmembership", "pk": 6, "fields": {"group": 4, "user": 1, "role": "admin", "status": "active", "joined_at": "2021-01-03T00:00:00Z"}},
{"model": "groups.groupmembership", "pk": 7, "fields": {"group": 5, "user": 1, "role": "admin", "status": "active", "joined_at": "2021-01-04T00:00:00Z"}},
{"model": "groups.groupmembership", "pk": 8, "fields": {"group": 6, "user": 3, "role": "admin", "status": "active", "joined_at": "2022-03-06T00:00:00Z"}},
{"model": "groups.groupmembership", "pk": 9, "fields": {"group": 7, "user": 4, "role": "admin", "status": "active", "joined_at": "2022-04-07T00:00:00Z"}},
{"model": "groups.groupmembership", "pk": 10, "fields": {"group": 1, "user": 5, "role": "member", "status": "active", "joined_at": "2022-05-07T00:00:00Z"}},
{"model": "items.itemcategory", "pk": 1, "fields": {"name": "Tools", "slug": "tools", "parent": null, "is_active": true, "created_at": "2021-01-01T00:01:00Z"}},
{"model": "items.item", "pk": 1, "fields": {"title": "Cordless drill", "slug": "cordless-drill", "description": "", "category": 1, "condition": "good", "status": "available", "max_loan_days": 14, "owner": 3, "groups": [1], "visibility": "public", "is_active": true, "created_at": "2022-03-10T00:00:00Z", "image": "", "deposit_amount": "10.00"}},
{"model": "items.item", "pk": 2, "fields": {"title": "Ladder", "slug": "ladder", "description": "", "category": 1, "condition": "fair", "status": "available", "max_loan_days": 7, "owner": 3, "groups": [1], "visibility": "public", "is_active": true, "created_at": "2022-03-11T00:00:00Z", "image": "", "deposit_amount": "0.00"}},
{"model": "items.item", "pk": 3, "fields": {"title": "Tent", "slug": "tent", "description": "", "category": null, "condition": "new", "status": "borrowed", "max_loan_days": 14, "owner": 4, "groups": [2], "visibility": "public", "is_active": true, "created_at": "2022-04-10T00:00:00Z", "image": "", "deposit_amount": "0.00"}},
{"model": "items.item", "pk": 4, "fields": {"title": "Old saw", "slug": "old-saw", "description": "", "category": 1, "condition": "poor", "status": "available", "max_loan_days": 7, "owner": 3, "groups": [], "visibility": "private", "is_active": false, "created_at": "2022-03-12T00:00:00Z", "image": "", "deposit_amount": "0.00"}},
{"model": "items.item", "pk": 5, "fields": {"title": "Das Kapital", "slug": "das-kapital", "description": "", "category": null, "condition": "good", "status": "available", "max_loan_days": 14, "owner": 3, "groups": [], "visibility": "public", "is_active": false, "created_at": "2022-03-13T00:00:00Z", "updated_at": "2024-01-02T03:04:05.678Z", "identifier": "K7Q2M9X4ZP", "author": "Karl Marx", "publisher": "Dietz", "languages": "de", "book_format": "paperback", "subjects": "economics", "isbn": "9783320002281", "year": 1867, "estimated_value": "12.50", "requires_deposit": true, "deposit_amount": "5.00", "allow_reservations": false, "cover_url": "", "cover_source": "", "cover_fetched_at": null, "isbn_lookup_attempted": true, "views_count": 42, "borrow_count": 3, "current_borrower": null}},
{"model": "loans.loan", "pk": 1, "fields": {"item": 2, "borrower": 4, "lender": 3, "group": 1, "status": "returned", "request_message": "", "requested_at": "2024-02-25T09:00:00Z", "approved_at": "2024-02-26T09:00:00Z", "start_date": "2024-03-01", "due_date": "2024-03-08", "returned_at": "2024-03-08T23:30:00Z", "deposit_paid": false, "lender_notes": "", "created_at": "2024-02-25T09:00:00.001Z", "updated_at": "2024-03-09T08:00:00Z"}},
{"model": "loans.loan", "pk": 2, "fields": {"item": 1, "borrower": 4, "lender": 3, "group": 1, "status": "overdue", "request_message": "", "requested_at": "2025-03-28T09:00:00Z", "approved_at": "2025-03-30T09:00:00Z", "start_date": "2025-04-01", "due_date": "2025-04-15", "returned_at": null, "deposit_paid": false, "lender_notes": "", "extension_requested": true, "extension_days": 5, "extension_approved": false, "extension_reason": "Exams – next week"}},
{"model": "loans.loan", "pk": 3, "fields": {"item": 3, "borrower": 3, "lender": 4, "group": null, "status": "returned", "request_message": "", "requested_at": "2024-04-28T09:00:00Z", "approved_at": "2024-04-29T09:00:00Z", "start_date": "2024-05-01", "due_date": "2024-05-04", "returned_at": "2024-05-04T23:10:00-02:00", "deposit_paid": false, "lender_notes": "", "extension_requested": false, "extension_days": 2, "extension_approved": false, "extension_reason": ""}},
{"model": "loans.loan", "pk": 4, "fields": {"item": 2, "borrower": 1, "lender": 3, "group": null, "status": "returned", "request_message": "", "requested_at": "2024-05-28T09:00:00Z", "approved_at": "2024-05-29T09:00:00Z", "start_date": "2024-06-01", "due_date": "2024-06-15", "returned_at": "2024-06-10T10:00:00Z", "deposit_paid": false, "lender_notes": "", "extension_requested": false, "extension_days": 3, "extension_approved": true, "extension_reason": "A trip"}},
{"model": "loans.loan", "pk": 5, "fields": {"item": 3, "borrower": 2, "lender": 4, "group": null, "status": "requested", "request_message": "¿Me lo prestas? 🙏", "requested_at": "2025-05-20T08:00:00Z", "approved_at": null, "start_date": null, "due_date": null, "returned_at": null, "deposit_paid": false, "lender_notes": ""}},
{"model": "loans.loan", "pk": 6, "fields": {"item": 3, "borrower": 1, "lender": 4, "group": null, "status": "approved", "request_message": "", "requested_at": "2025-05-19T08:00:00Z", "approved_at": "2025-05-21T08:00:00Z", "start_date": "2025-05-22", "due_date": "2025-06-05", "returned_at": null, "deposit_paid": false, "lender_notes": ""}},
{"model": "loans.loan", "pk": 7, "fields": {"item": 3, "borrower": 5, "lender": 4, "group": null, "status": "returned", "request_message": "", "requested_at": "2023-01-05T08:00:00Z", "approved_at": "2023-01-06T08:00:00Z", "start_date": "2023-01-10", "due_date": "2023-01-17", "returned_at": "2023-01-15T12:00:00.250Z", "deposit_paid": false, "lender_notes": ""}},
{"model": "loans.loanreview", "pk": 1, "fields": {"loan": 1, "reviewer": 3, "reviewee": 4, "reviewer_role": "lender", "rating": 5, "comment": "", "created_at": "2024-03-09T10:00:00Z", "updated_at": "2024-03-10T10:00:00Z", "helpful_count": 0}},
{"model": "loans.loanreview", "pk": 2, "fields": {"loan": 1, "reviewer": 4, "reviewee": 3, "reviewer_role": "borrower", "rating": 4, "comment": "Good \"ladder\"", "created_at": "2024-03-09T11:00:00Z", "helpful_count": 0}},
{"model": "loans.loanreview", "pk": 3, "fields": {"loan": 3, "reviewer": 4, "reviewee": 3, "reviewer_role": "lender", "rating": 5, "comment": "", "created_at": "2024-05-05T09:00:00Z", "helpful_count": 0}},
{"model": "loans.loanreview", "pk": 4, "fields": {"loan": 3, "reviewer": 3, "reviewee": 4, "reviewer_role": "borrower", "rating": 5, "comment": "", "created_at": "2024-05-05T10:00:00Z", "helpful_count": 0}},
{"model": "loans.loanreview", "pk": 5, "fields": {"loan": 4, "reviewer": 3, "reviewee": 1, "reviewer_role": "lender", "rating": 5, "comment": "", "created_at": "2024-06-11T10:00:00Z", "helpful_count": 0}},
{"model": "loans.loanreview", "pk": 6, "fields": {"loan": 7, "reviewer": 4, "reviewee": 5, "reviewer_role": "lender", "rating": 5, "comment": "", "created_at": "2023-01-16T10:00:00Z", "helpful_count": 0}},
{"model": "badges.badge", "pk": 1, "fields": {"name": "Five Star", "slug": "five-star", "description": "Only five-star reviews", "icon": "fas fa-star", "badge_type": "gold", "category": "reputation", "points": 50, "is_active": true, "is_secret": false, "display_order": 1, "created_at": "2021-01-01T00:05:00Z", "color": "#ffd700"}},
{"model": "badges.badge", "pk": 2, "fields": {"name": "Generous", "slug": "generous", "description": "Lent two items", "icon": "fas fa-gift", "badge_type": "silver", "category": "lending", "points": 20, "is_active": true, "is_secret": false, "display_order": 1, "created_at": "2021-01-01T00:05:00Z", "color": "#c0c0c0"}},
{"model": "badges.achievement", "pk": 1, "fields": {"badge": 1, "trigger_type": "threshold_reached", "threshold_value": null, "conditions": {"type": "rating", "value": 5.0}, "is_active": true}},
{"model": "badges.achievement", "pk": 2, "fields": {"badge": 2, "trigger_type": "loan_completed", "threshold_value": 2, "conditions": {"role": "lender"}, "is_active": true}},
{"model": "badges.leaderboard", "pk": 1, "fields": {"user": 4, "period": "all_time", "points": 70, "rank": 1, "updated_at": "2025-05-31T00:00:00Z"}},
{"model": "loans.userreputation", "pk": 1, "fields": {"user": 3, "trust_score": "65.00", "total_loans": 3}},
{"model": "badges.userbadge", "pk": 1, "fields": {"user": 4, "badge": 1, "earned_at": "2024-05-05T10:00:00Z", "progress": 100, "context_data": {}}},
{"model": "badges.userbadge", "pk": 2, "fields": {"user": 3, "badge": 2, "earned_at": "2024-06-10T10:00:00Z", "progress": 100, "context_data": {}}},
{"model": "badges.userbadge", "pk": 3, "fields": {"user": 4, "badge": 2, "earned_at": "2023-01-15T12:00:00.250Z", "progress": 100, "context_data": {}}},
{"model": "badges.reputationpoints", "pk": 1, "fields": {"user": 4, "transaction_type": "achievement", "points": 50, "description": "Badge earned: Five Star", "related_loan": null, "related_badge": 1, "created_at": "2024-05-05T10:00:00Z"}},
{"model": "badges.reputationpoints", "pk": 2, "fields": {"user": 3, "transaction_type": "achievement", "points": 20, "description": "Badge earned: Generous", "related_loan": null, "related_badge": 2, "created_at": "2024-06-10T10:00:00Z"}},
{"model": "badges.reputationpoints", "pk": 3, "fields": {"user": 4, "transaction_type": "achievement", "points": 20, "description": "Badge earned: Generous", "related_loan": null, "related_badge": 3, "created_at": "2023-01-15T12:00:00.250Z"}},
{"model": "badges.reputationpoints", "pk": 4, "fields": {"user": 3, "transaction_type": "earned", "points": 5, "description": "Lent an item", "related_loan": 1, "related_badge": null, "created_at": "2024-03-08T23:30:00Z"}},
{"model": "badges.reputationpoints", "pk": 5, "fields": {"user": 3, "transaction_type": "penalty", "points": -10, "description": "Late return", "related_loan": 3, "related_badge": null, "created_at": "2024-05-05T01:10:00Z"}},
{"model": "badges.reputationpoints", "pk": 6, "fields": {"user": 2, "transaction_type": "bonus", "points": 25, "description": "Welcome bonus", "related_loan": null, "related_badge": null, "created_at": "2021-02-02T00:00:00Z"}},
{"model": "badges.reputationpoints", "pk": 7, "fields": {"user": 5, "transaction_type": "bonus", "points": 100, "description": "Founding member", "related_loan": null, "related_badge": null, "created_at": "2022-05-07T00:00:00Z"}},
{"model": "messaging.conversation", "pk": 1, "fields": {"participants": [2, 4], "item": 3, "encryption_salt": "c2FsdA==", "created_at": "2025-05-20T08:00:00Z"}},
{"model": "messaging.message", "pk": 1, "fields": {"conversation": 1, "sender": 2, "encrypted_content": "gAAAAABmZ...", "created_at": "2025-05-20T08:00:02Z"}},
{"model": "notifications.notification", "pk": 1, "fields": {"user": 4, "notification_type": "loan_request", "title": "New loan request", "message": "Maria wants to borrow Tent", "related_loan": 5, "related_conversation": null, "is_read": false, "created_at": "2025-05-20T08:00:01Z"}},
{"model": "notifications.notification", "pk": 2, "fields": {"user": 3, "notification_type": "review_received", "title": "New review", "message": "", "related_loan": 1, "related_conversation": null, "is_read": true, "created_at": "2024-03-09T11:00:01Z"}},
{"model": "notifications.notification", "pk": 3, "fields": {"user": 4, "notification_type": "message", "title": "New message", "message": "", "related_loan": null, "related_conversation": 1, "is_read": false, "created_at": "2025-05-20T08:00:03Z"}}
]
"##;

fn figures(f: [i64; 11]) -> Value {
    let names = [
        "items_lent",
        "items_borrowed",
        "on_time_returns",
        "late_returns",
        "reviews_received",
        "rating_sum",
        "reviews_given",
        "trust_score",
        "points",
        "items_shared",
        "groups_joined",
    ];
    Value::Object(
        names
            .iter()
            .zip(f)
            .map(|(k, v)| (k.to_string(), json!(v)))
            .collect(),
    )
}

fn ranks(r: [(u64, i64); 4]) -> Value {
    json!({
        "overall": { "rank": r[0].0, "score": r[0].1 },
        "lending": { "rank": r[1].0, "score": r[1].1 },
        "borrowing": { "rank": r[2].0, "score": r[2].1 },
        "reputation": { "rank": r[3].0, "score": r[3].1 },
    })
}

/// The day exports are made as of: loans active past it are written `overdue`.
fn as_of() -> comuniza::domain::time::Day {
    comuniza::domain::time::parse_date("2025-06-01").unwrap()
}

fn parse_time(s: &str) -> OffsetDateTime {
    OffsetDateTime::parse(s, &Rfc3339).unwrap_or_else(|e| panic!("{s:?}: {e}"))
}

#[test]
fn real_comuniza_exports_are_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = dir.path().join("comuniza.json");
    std::fs::write(&fixture, FIXTURE).unwrap();
    let data = dir.path().join("community.redb");
    let before = OffsetDateTime::now_utc();
    let report = import_ok(&data, &fixture);
    let after = OffsetDateTime::now_utc();
    let read = &report.read;

    // The banner line before `[` is skipped and reported.
    assert_eq!(read.banner_lines, 1);
    assert_eq!(read.banner_first_line.as_deref(), Some(BANNER));
    for (model, n) in [
        (Model::User, 5),
        (Model::Group, 7),
        (Model::Membership, 10),
        (Model::Category, 1),
        (Model::Item, 5),
        (Model::Loan, 7),
        (Model::Review, 6),
        (Model::Badge, 2),
        (Model::Achievement, 2),
        (Model::UserBadge, 3),
        (Model::Points, 7),
        (Model::Notice, 3),
    ] {
        assert_eq!(read.count(model), n, "records of {model}");
    }
    // Unknown models are skipped and listed by name.
    let skipped: BTreeMap<&str, u64> = read
        .models_skipped
        .iter()
        .map(|(m, n)| (m.as_str(), *n))
        .collect();
    assert_eq!(
        skipped,
        BTreeMap::from([
            ("badges.leaderboard", 1),
            ("loans.userreputation", 1),
            ("messaging.conversation", 1),
            ("messaging.message", 1),
        ])
    );
    // The report says why messages stay behind.
    assert!(
        read.to_string()
            .contains("messaging.message: 1 records (encrypted end to end"),
        "{read}"
    );
    // Fields beyond the kept ones are counted per model.
    for (model, field, n) in [
        (Model::User, "is_superuser", 5),
        (Model::Group, "image", 7),
        (Model::Group, "max_members", 7),
        (Model::Loan, "deposit_paid", 7),
        (Model::Review, "helpful_count", 6),
        (Model::Badge, "color", 2),
        (Model::UserBadge, "progress", 3),
        (Model::UserBadge, "context_data", 3),
        (Model::Points, "related_loan", 7),
        (Model::Points, "related_badge", 7),
    ] {
        assert_eq!(
            read.field_skipped(model, field),
            n,
            "{model}.{field} skipped"
        );
    }
    // The superuser's empty username is derived from the email's local part
    // (`maria.lopez` -> `maria_lopez`), made unique ignoring case: `Maria_Lopez` (pk 2) has
    // it, so a numeric suffix is added.
    assert_eq!(read.usernames_derived_total, 1);
    let derived = &read.usernames_derived[0];
    assert_eq!((derived.pk, derived.old.as_str()), (1, ""));
    let root = derived.new.clone();
    let suffix = root
        .strip_prefix("maria_lopez")
        .unwrap_or_else(|| panic!("derived {root:?}"));
    assert!(
        !suffix.is_empty() && suffix.bytes().all(|b| b.is_ascii_digit()),
        "derived {root:?}"
    );
    // Loan 2 is `overdue`, read as `active`: item 1 (stored `available`) is set to `borrowed`.
    assert_eq!(report.statuses_corrected, 1);
    // five-star (rating rule, value 5.0, no min_reviews: at least one review, all 5) holds for
    // the superuser (one 5) and for inactive dora_old (one 5) without their badge: awarded.
    // carla (5, 5) has it already; bob (4, 5) does not qualify. generous (lent >= 2) holds for
    // bob and carla, who have it.
    assert_eq!(
        report.rebuild.awarded,
        BTreeMap::from([("five-star".to_string(), 2)])
    );

    let server = Server::start(&data);
    server.assert_verified();
    // Notifications: in their members' inboxes, newest first, with Comuniza's own words; the
    // unread counts in the header follow.
    {
        let snap = server.engine.snapshot().unwrap();
        use comuniza::domain::records::UserId;
        let (carlas, _) = snap.notices_of(UserId(4), 0, 10).unwrap();
        let kinds: Vec<(u64, &str, bool)> = carlas
            .iter()
            .map(|(n, x)| (*n, x.kind().as_str(), x.read))
            .collect();
        assert_eq!(kinds, [(3, "message", false), (1, "loan_request", false)]);
        assert_eq!(carlas[1].1.title, "New loan request");
        assert_eq!(carlas[1].1.message, "Maria wants to borrow Tent");
        assert_eq!(carlas[1].1.loan.map(|l| l.0), Some(5));
        assert_eq!(snap.unread_count(UserId(4)).unwrap(), 2);
        assert_eq!(snap.unread_count(UserId(3)).unwrap(), 0);
        assert_eq!(snap.notices_of(UserId(3), 0, 10).unwrap().0.len(), 1);
    }
    let mut m = Mismatches::default();

    // Figures, in the order items_lent, items_borrowed, on_time, late, reviews_received,
    // rating_sum, reviews_given, trust_score, points, items_shared, groups_joined.
    //
    // The superuser (pk 1): borrowed item 2 (loan 4, returned 2024-06-10, due 06-15: on time);
    // one review received (5); trust = 50 + (floor(10*5/1) - 25) + min(2*1, 20) = 77; points =
    // the five-star awarded now (+50); no items; active admin of groups 3, 4 and 5.
    let root_profile = server.json(&format!("/api/users/{root}"));
    let earned_now = root_profile["badges"][0]["earned_at"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    m.compare(
        "superuser",
        &json!({
            "username": root,
            "display_name": "María López",
            "joined_at": "2021-01-01T00:00:00.000Z",
            "figures": figures([0, 1, 1, 0, 1, 5, 0, 77, 50, 0, 3]),
            // overall 50: second after carla's 70; lending 0: behind bob and carla (20);
            // borrowing 10: tied first; reputation 77: tied first with carla.
            "ranks": ranks([(2, 50), (3, 0), (1, 10), (1, 77)]),
            "badges": [{ "slug": "five-star", "earned_at": earned_now }],
        }),
        &root_profile,
    );
    // Awarded by the import, dated when its rule first held: the five-star review of
    // 2024-06-11 (loan 4), not the import's time.
    assert_eq!(earned_now, "2024-06-11T10:00:00.000Z");
    assert_eq!(report.rebuild.dated_now, 0);
    let t = parse_time(&earned_now);
    assert!(t < before && before <= after);
    // Maria_Lopez (pk 2): only a pending membership, a pending request and a +25 bonus.
    m.compare(
        "Maria_Lopez",
        &json!({
            "username": "Maria_Lopez",
            "display_name": "Maria Lopez",
            "joined_at": "2021-02-01T10:00:00.500Z",
            "figures": figures([0, 0, 0, 0, 0, 0, 0, 50, 25, 0, 0]),
            "ranks": ranks([(3, 25), (3, 0), (4, 0), (4, 50)]),
            "badges": [],
        }),
        &server.json("/api/users/Maria_Lopez"),
    );
    // bob (pk 3): lent loans 1 and 4; borrowed loan 3, returned 2024-05-04T23:10-02:00 =
    // 2024-05-05 01:10 UTC, after its due date 05-04: late. Reviews received 4 and 5:
    // trust = 50 + (floor(90/2) - 25) + 0 - min(5*1, 30) = 65. Reviews given 1, 4, 5. Points
    // 20 (generous) + 5 - 10 = 15. Items 1 and 2 (item 4 is inactive). Groups 1 and 6 (an
    // inactive group still counts).
    m.compare(
        "bob",
        &json!({
            "username": "bob",
            "display_name": "Bob",
            "joined_at": "2022-03-04T05:06:07.089Z",
            "figures": figures([2, 1, 0, 1, 2, 9, 3, 65, 15, 2, 2]),
            "ranks": ranks([(4, 15), (1, 20), (1, 10), (3, 65)]),
            "badges": [{ "slug": "generous", "earned_at": "2024-06-10T10:00:00.000Z" }],
        }),
        &server.json("/api/users/bob"),
    );
    // carla (pk 4): lent loans 3 and 7; borrowed loan 1 (returned 2024-03-08T23:30Z, due
    // 03-08: on time; loan 2 is open). Reviews received 5 and 5: trust = 50 + (50 - 25) + 2 =
    // 77. Reviews given 2, 3, 6. Points 50 + 20. Item 3. Groups 1, 2 and 7. No name: the
    // display name is the username.
    m.compare(
        "carla",
        &json!({
            "username": "carla",
            "display_name": "carla",
            "joined_at": "2022-04-05T06:07:08.000Z",
            "figures": figures([2, 1, 1, 0, 2, 10, 3, 77, 70, 1, 3]),
            "ranks": ranks([(1, 70), (1, 20), (1, 10), (1, 77)]),
            "badges": [
                { "slug": "five-star", "earned_at": "2024-05-05T10:00:00.000Z" },
                { "slug": "generous", "earned_at": "2023-01-15T12:00:00.250Z" },
            ],
        }),
        &server.json("/api/users/carla"),
    );
    // dora_old is inactive: no profile, on no board (her 150 points would lead `overall`).
    server.assert_404("/api/users/dora_old");

    // Boards: active users only; score descending, then pk; ties share a rank.
    m.compare(
        "/api/leaderboards",
        &json!({
            "boards": {
                "overall": [
                    { "rank": 1, "username": "carla", "display_name": "carla", "score": 70 },
                    { "rank": 2, "username": root, "display_name": "María López", "score": 50 },
                    { "rank": 3, "username": "Maria_Lopez", "display_name": "Maria Lopez", "score": 25 },
                    { "rank": 4, "username": "bob", "display_name": "Bob", "score": 15 },
                ],
                "lending": [
                    { "rank": 1, "username": "bob", "display_name": "Bob", "score": 20 },
                    { "rank": 1, "username": "carla", "display_name": "carla", "score": 20 },
                    { "rank": 3, "username": root, "display_name": "María López", "score": 0 },
                    { "rank": 3, "username": "Maria_Lopez", "display_name": "Maria Lopez", "score": 0 },
                ],
                "borrowing": [
                    { "rank": 1, "username": root, "display_name": "María López", "score": 10 },
                    { "rank": 1, "username": "bob", "display_name": "Bob", "score": 10 },
                    { "rank": 1, "username": "carla", "display_name": "carla", "score": 10 },
                    { "rank": 4, "username": "Maria_Lopez", "display_name": "Maria Lopez", "score": 0 },
                ],
                "reputation": [
                    { "rank": 1, "username": root, "display_name": "María López", "score": 77 },
                    { "rank": 1, "username": "carla", "display_name": "carla", "score": 77 },
                    { "rank": 3, "username": "bob", "display_name": "Bob", "score": 65 },
                    { "rank": 4, "username": "Maria_Lopez", "display_name": "Maria Lopez", "score": 50 },
                ],
            },
            "me": null,
        }),
        &server.json("/api/leaderboards"),
    );

    // Badges: both display_order 1, so category decides: lending before reputation.
    // five-star: carla + the two awarded; generous: bob and carla.
    let generous = json!({
        "slug": "generous", "name": "Generous", "description": "Lent two items",
        "icon": "fas fa-gift", "badge_type": "silver", "category": "lending", "points": 20,
        "display_order": 1, "is_secret": false, "total_earned": 2,
    });
    let five_star = json!({
        "slug": "five-star", "name": "Five Star", "description": "Only five-star reviews",
        "icon": "fas fa-star", "badge_type": "gold", "category": "reputation", "points": 50,
        "display_order": 1, "is_secret": false, "total_earned": 3,
    });
    m.compare(
        "/api/badges",
        &json!({ "badges": [generous, five_star] }),
        &server.json("/api/badges"),
    );
    m.compare(
        "/api/badges/generous",
        &json!({
            "badge": generous,
            "total_earned": 2,
            "recent_earners": [
                { "username": "bob", "earned_at": "2024-06-10T10:00:00.000Z" },
                { "username": "carla", "earned_at": "2023-01-15T12:00:00.250Z" },
            ],
            "has_earned": null,
        }),
        &server.json("/api/badges/generous"),
    );
    // The two awarded by the import are dated when their rule first held (each one's first
    // five-star review), so they take their place in time instead of heading the list.
    // Inactive dora_old counts among the earners.
    let detail = server.json("/api/badges/five-star");
    m.compare(
        "/api/badges/five-star",
        &json!({
            "badge": five_star,
            "total_earned": 3,
            "recent_earners": [
                { "username": root, "earned_at": earned_now },
                { "username": "carla", "earned_at": "2024-05-05T10:00:00.000Z" },
                // Private (and inactive): the entry stays, nameless.
                { "username": null, "earned_at": "2023-01-16T10:00:00.000Z" },
            ],
            "has_earned": null,
        }),
        &detail,
    );

    // The map: Berlin has groups 1 (public) and 5 (request); 4 is private. Lisbon has 7.
    // Group 2 is "Unknown", 3 (Porto) has no coordinates, 6 (Madrid) is inactive.
    m.compare(
        "/api/groups/locations",
        &json!({ "locations": [
            { "city": "Berlin", "state": "Berlin", "country": "Germany",
              "latitude": 52.520008, "longitude": 13.404954, "group_count": 2 },
            { "city": "Lisbon", "state": "Lisboa", "country": "Portugal",
              "latitude": 38.722252, "longitude": -9.139337, "group_count": 1 },
        ]}),
        &server.json("/api/groups/locations"),
    );
    m.assert_none();

    // What was stored, as an export shows it: the overdue loan is active, its item borrowed,
    // the null group and the dates set at approval kept, the pbkdf2 hash kept as is (it is
    // rehashed only at a sign-in).
    let out = dir.path().join("export.json");
    comuniza::cli::export::export_on(&*server.engine.db, &out, as_of()).unwrap();
    let exported: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let find = |model: &str, pk: u64| -> Value {
        exported
            .iter()
            .find(|r| r["model"] == model && r["pk"] == pk)
            .unwrap_or_else(|| panic!("{model} {pk} not exported"))["fields"]
            .clone()
    };
    // Active and past due: written `overdue`, as Comuniza stores it (and read back as active).
    assert_eq!(find("loans.loan", 2)["status"], "overdue");
    assert_eq!(find("items.item", 1)["status"], "borrowed");
    let approved = find("loans.loan", 6);
    assert_eq!(approved["status"], "approved");
    assert_eq!(approved["group"], Value::Null);
    assert_eq!(
        (
            approved["start_date"].as_str(),
            approved["due_date"].as_str()
        ),
        (Some("2025-05-22"), Some("2025-06-05"))
    );
    let original: Vec<Value> =
        serde_json::from_str(&FIXTURE[FIXTURE.find('[').unwrap()..]).unwrap();
    assert_eq!(
        find("users.user", 1)["password"],
        original[0]["fields"]["password"]
    );
    assert_eq!(find("users.user", 1)["username"], root.as_str());

    // Comuniza's extension fields: kept (pending, declined, accepted, none) and written back
    // exactly as they came. (Asking again after an approval, both flags true, would come back
    // as requested only: the earlier approval is already in the due date.)
    let kept = |loan: u64| {
        server
            .engine
            .snapshot()
            .unwrap()
            .extension(comuniza::domain::records::LoanId(loan))
            .unwrap()
            .map(|e| (e.days, e.state.as_str().to_string(), e.reason))
    };
    assert_eq!(
        kept(2),
        Some((5, "pending".into(), "Exams – next week".into()))
    );
    assert_eq!(kept(3), Some((2, "declined".into(), String::new())));
    assert_eq!(kept(4), Some((3, "accepted".into(), "A trip".into())));
    assert_eq!(kept(1), None);
    let fields = [
        "extension_requested",
        "extension_days",
        "extension_approved",
        "extension_reason",
    ];
    for pk in [2u64, 3, 4] {
        let at = original
            .iter()
            .position(|r| r["model"] == "loans.loan" && r["pk"] == pk)
            .unwrap();
        for f in fields {
            assert_eq!(
                find("loans.loan", pk)[f],
                original[at]["fields"][f],
                "loan {pk} {f}"
            );
        }
    }
    let none = find("loans.loan", 1);
    assert_eq!(
        fields.map(|f| none[f].clone()),
        [json!(false), Value::Null, json!(false), json!("")]
    );

    // Comuniza's other fields come back as they came: the superuser's last sign-in, an
    // item's deposit, and the timestamps `loaddata` requires (from the records where the
    // export had none).
    assert_eq!(
        find("users.user", 1)["last_login"],
        original[0]["fields"]["last_login"]
    );
    let drill = find("items.item", 1);
    assert_eq!(drill["deposit_amount"], "10.00");
    assert_eq!(drill["updated_at"], drill["created_at"]);
    assert_eq!(drill["identifier"].as_str().map(str::len), Some(10));

    // Kept exactly as Comuniza wrote them: a book's details and the timestamps it had.
    let book = find("items.item", 5);
    let book_in = &original
        .iter()
        .find(|r| r["model"] == "items.item" && r["pk"] == 5)
        .unwrap()["fields"];
    for f in [
        "identifier",
        "author",
        "publisher",
        "languages",
        "book_format",
        "subjects",
        "isbn",
        "year",
        "estimated_value",
        "requires_deposit",
        "deposit_amount",
        "allow_reservations",
        "isbn_lookup_attempted",
        "views_count",
        "borrow_count",
        "updated_at",
    ] {
        assert_eq!(book[f], book_in[f], "items.item 5 {f}");
    }
    for (model, pk, field, want) in [
        ("groups.group", 1, "updated_at", "2023-07-01T09:30:00.125Z"),
        (
            "items.itemcategory",
            1,
            "created_at",
            "2021-01-01T00:01:00Z",
        ),
        ("loans.loan", 1, "created_at", "2024-02-25T09:00:00.001Z"),
        ("loans.loan", 1, "updated_at", "2024-03-09T08:00:00Z"),
        ("loans.loanreview", 1, "updated_at", "2024-03-10T10:00:00Z"),
    ] {
        assert_eq!(find(model, pk)[field], want, "{model} {pk} {field}");
    }

    // Round trip: the export imported again and exported again is the same, byte for byte,
    // and its figures and views are the same.
    let again = dir.path().join("again.redb");
    let report = import_ok(&again, &out);
    assert!(
        report.rebuild.awarded.is_empty(),
        "{:?}",
        report.rebuild.awarded
    );
    let second = dir.path().join("second.json");
    {
        let moved = Server::start(&again);
        moved.assert_verified();
        for path in [
            "/api/leaderboards",
            "/api/badges/five-star",
            "/api/users/bob",
        ] {
            assert_eq!(moved.json(path), server.json(path), "{path}");
        }
        comuniza::cli::export::export_on(&*moved.engine.db, &second, as_of()).unwrap();
    }
    let (one, two) = (
        std::fs::read_to_string(&out).unwrap(),
        std::fs::read_to_string(&second).unwrap(),
    );
    assert!(one == two, "the second export differs from the first");
    // The day an export is made as of decides `overdue`, and nothing else: before loan 2's
    // due date it is written active.
    let earlier = dir.path().join("earlier.json");
    let before_due = comuniza::domain::time::parse_date("2025-04-10").unwrap();
    comuniza::cli::export::export_on(&*server.engine.db, &earlier, before_due).unwrap();
    let earlier = std::fs::read_to_string(&earlier).unwrap();
    let line = |text: &str| {
        text.lines()
            .find(|l| l.starts_with("{\"model\": \"loans.loan\", \"pk\": 2,"))
            .unwrap()
            .to_string()
    };
    assert!(line(&earlier).contains("\"status\": \"active\""));
    assert_eq!(
        line(&earlier).replace("\"active\"", "\"overdue\""),
        line(&one)
    );
    assert_eq!(earlier.len(), one.len() - "overdue".len() + "active".len());
}
