//! Moving from the Django Comuniza: what its real exports hold that a strict reading refused.
//! Usernames equal ignoring case, usernames with letters outside ASCII, empty and odd slugs,
//! and a full `dumpdata` (sessions, content types, permissions with string or natural keys) are
//! imported and reported; a member whose username changed is told at their first sign-in.

use comuniza::domain::records::{GroupId, ItemId, UserId};
use comuniza::domain::validate::Slug;
use comuniza::fixture::{Model, UsernameChange};
use reqwest::StatusCode;

use crate::browser::Browser;
use crate::helpers::{serve_in, TestApp};

/// Django's pbkdf2_sha256 of "django-pass" (salt "saltsalt", 1000 iterations).
const DJANGO_PASS: &str =
    "pbkdf2_sha256$1000$saltsalt$fpRGtR0XTWpNwIqEqf/7Xa3clFc9hikDrM+E36qAWbs=";

fn user(pk: u64, username: &str, email: &str) -> String {
    format!(
        r#"{{"model": "users.user", "pk": {pk}, "fields": {{"password": "{DJANGO_PASS}", "last_login": null, "is_superuser": false, "username": "{username}", "first_name": "", "last_name": "", "email": "{email}", "is_staff": false, "is_active": true, "date_joined": "2024-01-0{pk}T10:00:00Z", "profile_visibility": "public", "groups": [], "user_permissions": []}}}}"#
    )
}

fn item(pk: u64, slug: &str, title: &str) -> String {
    format!(
        r#"{{"model": "items.item", "pk": {pk}, "fields": {{"title": "{title}", "slug": "{slug}", "description": "", "category": null, "condition": "good", "status": "available", "max_loan_days": 7, "owner": 1, "groups": [], "visibility": "public", "is_active": true, "created_at": "2024-02-0{pk}T10:00:00Z"}}}}"#
    )
}

fn badge(pk: u64, slug: &str, created_at: &str) -> String {
    format!(
        r#"{{"model": "badges.badge", "pk": {pk}, "fields": {{"name": "{slug}", "slug": "{slug}", "description": "", "icon": "", "badge_type": "bronze", "category": "lending", "points": 10, "is_active": true, "is_secret": false, "display_order": {pk}, "created_at": "{created_at}"}}}}"#
    )
}

fn achievement(pk: u64, badge: u64, trigger: &str, threshold: u64) -> String {
    format!(
        r#"{{"model": "badges.achievement", "pk": {pk}, "fields": {{"badge": {badge}, "trigger_type": "{trigger}", "threshold_value": {threshold}, "conditions": {{}}, "is_active": true}}}}"#
    )
}

/// A `dumpdata` of the whole site, as an owner exports it without an app list.
fn fixture() -> String {
    let records = [
        r#"{"model": "contenttypes.contenttype", "fields": {"app_label": "users", "model": "user"}}"#.to_string(),
        r#"{"model": "contenttypes.contenttype", "pk": 7, "fields": {"app_label": "items", "model": "item"}}"#.to_string(),
        r#"{"model": "auth.permission", "pk": 25, "fields": {"name": "Can add item", "content_type": ["items", "item"], "codename": "add_item"}}"#.to_string(),
        r#"{"model": "sessions.session", "pk": "0h7yq0v3xkz9a5c1", "fields": {"session_data": "e30:1r", "expire_date": "2025-06-01T00:00:00Z"}}"#.to_string(),
        r#"{"model": "sessions.session", "pk": "9zz8y", "fields": {"session_data": "e30:1s", "expire_date": "2025-06-02T00:00:00Z"}}"#.to_string(),
        r#"{"model": "admin.logentry", "pk": [1, 2], "fields": {"action_flag": 1}}"#.to_string(),
        user(1, "Anna_Schmidt", "anna@example.org"),
        user(2, "anna_schmidt", "anna.s@example.org"),
        user(3, "Jürgen_Groß", "juergen@example.org"),
        user(4, "山田太郎", "yamada@example.org"),
        user(5, "Jurgen_Gross", "jurgen.other@example.org"),
        user(6, "。。。", "smile@example.org"),
        r#"{"model": "groups.group", "pk": 1, "fields": {"name": "東京", "slug": "", "description": "", "privacy": "public", "city": "Tokyo", "state": "", "country": "Japan", "latitude": null, "longitude": null, "owner": 1, "is_active": true, "created_at": "2024-01-05T00:00:00Z"}}"#.to_string(),
        r#"{"model": "groups.group", "pk": 2, "fields": {"name": "Map", "slug": "map", "description": "", "privacy": "public", "city": "Unknown", "state": "", "country": "", "latitude": null, "longitude": null, "owner": 1, "is_active": true, "created_at": "2024-01-05T00:00:00Z"}}"#.to_string(),
        item(1, "", "東京の本"),
        item(2, "-1", "京都の本"),
        item(3, "-2", "——"),
        item(4, "cafe", "Café"),
        item(5, "", "Café"),
        // A slug to derive before a later record's valid equal one: the later keeps it.
        item(7, "", "Tee"),
        item(8, "tee", "Tee"),
        r#"{"model": "items.item", "pk": 6, "fields": {"title": "Cien años de soledad", "slug": "cien-anos", "description": "", "category": null, "condition": "good", "status": "available", "max_loan_days": 7, "owner": 1, "groups": [], "visibility": "public", "is_active": true, "created_at": "2024-02-06T10:00:00Z", "updated_at": "2024-02-07T10:00:00Z", "identifier": "C13NAN0SSS", "author": "Gabriel García Márquez", "publisher": "Sudamericana", "languages": "es", "book_format": "paperback", "subjects": "", "isbn": "9780307474728", "year": 1967, "estimated_value": null, "requires_deposit": false, "deposit_amount": null, "allow_reservations": true, "cover_url": "", "cover_source": "", "cover_fetched_at": null, "isbn_lookup_attempted": false, "views_count": 0, "borrow_count": 0}}"#.to_string(),
        // A loan returned without its return time (so its badge cannot be dated).
        r#"{"model": "loans.loan", "pk": 1, "fields": {"item": 4, "borrower": 5, "lender": 1, "group": null, "status": "returned", "request_message": "", "requested_at": "2024-03-01T10:00:00Z", "approved_at": null, "start_date": null, "due_date": null, "returned_at": null}}"#.to_string(),
        badge(1, "sharer", "2021-01-01T00:00:00Z"),
        achievement(1, 1, "item_shared", 3),
        badge(2, "newcomer", "2025-01-01T00:00:00Z"),
        achievement(2, 2, "item_shared", 1),
        badge(3, "borrower", "2021-01-01T00:00:00Z"),
        achievement(3, 3, "loan_completed", 1),
    ];
    format!("[\n{}\n]\n", records.join(",\n"))
}

async fn imported() -> (TestApp, comuniza::cli::import::ImportReport) {
    let dir = tempfile::tempdir().unwrap();
    let (fixture, data) = (dir.path().join("site.json"), dir.path().join("site.redb"));
    std::fs::write(&fixture, self::fixture()).unwrap();
    let report = comuniza::cli::import::import(&data, &fixture, false, false)
        .unwrap_or_else(|e| panic!("the export was refused: {e}"));
    (serve_in(dir, &data).await, report)
}

fn username(app: &TestApp, pk: u64) -> String {
    app.read().user(UserId(pk)).unwrap().unwrap().username
}

#[tokio::test]
async fn a_full_site_export_with_case_twins_unicode_names_and_empty_slugs_imports() {
    let (app, report) = imported().await;
    let read = &report.read;
    // Every model we do not keep is listed by name with its count, whatever its keys.
    let skipped: Vec<(&str, u64)> = read
        .models_skipped
        .iter()
        .map(|(m, n)| (m.as_str(), *n))
        .collect();
    assert_eq!(
        skipped,
        [
            ("contenttypes.contenttype", 2),
            ("auth.permission", 1),
            ("sessions.session", 2),
            ("admin.logentry", 1),
        ]
    );
    // The first of two names equal ignoring case keeps it; the other keeps it with a suffix.
    assert_eq!(username(&app, 1), "Anna_Schmidt");
    assert_eq!(username(&app, 2), "anna_schmidt2");
    // Letters outside ASCII are spelled in ASCII; the name is taken by user 5, who keeps it.
    assert_eq!(username(&app, 5), "Jurgen_Gross");
    assert_eq!(username(&app, 3), "Jurgen_Gross2");
    // Any script is spelled in Latin letters; a name with nothing to spell falls back to the
    // email.
    assert_eq!(username(&app, 4), "Shan_Tian_Tai_Lang");
    assert_eq!(username(&app, 6), "smile");
    let changes: Vec<(u64, UsernameChange)> = read
        .usernames_derived
        .iter()
        .map(|d| (d.pk, d.how))
        .collect();
    assert!(
        changes.contains(&(2, UsernameChange::CaseTwin)),
        "{changes:?}"
    );
    assert!(changes.contains(&(3, UsernameChange::Transliterated)));
    assert!(changes.contains(&(6, UsernameChange::FromEmail)));
    assert_eq!(read.usernames_derived_total, 4);
    // Slugs: derived from the name or title, unique, never a page of our own ("map").
    let snap = app.read();
    let group = |pk| snap.group(GroupId(pk)).unwrap().unwrap().slug;
    let item = |pk| snap.item(ItemId(pk)).unwrap().unwrap().slug;
    assert_eq!(group(1), "dong-jing");
    assert_eq!(group(2), "map-2", "a group may not take the map's address");
    let items: Vec<String> = (1..=5).map(item).collect();
    for s in &items {
        assert!(Slug::parse(s).is_ok(), "{s}");
    }
    assert_eq!(items[0], "dong-jing-noben");
    assert_eq!((item(7), item(8)), ("tee-2".to_string(), "tee".to_string()));
    assert_eq!(
        items[2], "item-3",
        "nothing of a title of dashes can be spelled"
    );
    assert_eq!(items[3], "cafe");
    assert_eq!(items[4], "cafe-2", "unique among the items");
    let mut unique = items.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 5);
    let derived: Vec<(Model, u64)> = read.slugs_derived.iter().map(|d| (d.model, d.pk)).collect();
    assert_eq!(
        derived,
        [
            (Model::Group, 1),
            (Model::Group, 2),
            (Model::Item, 1),
            (Model::Item, 2),
            (Model::Item, 3),
            (Model::Item, 5),
            (Model::Item, 7),
        ]
    );
    // The report says all of it.
    let text = read.to_string();
    for part in [
        "sessions.session: 2 records",
        "\"Jürgen_Groß\" -> \"Jurgen_Gross2\" (spelled in ASCII)",
        "\"anna_schmidt\" -> \"anna_schmidt2\" (taken ignoring case by another user)",
        "items.item pk 3: \"-2\" -> \"item-3\"",
    ] {
        assert!(text.contains(part), "{part} in {text}");
    }
    // Badges the import awards are dated when their rule first held: the third item shared
    // (2024-02-03); never before the badge existed (newcomer, created 2025); and at the
    // import's time only when the records do not tell (a return without its time).
    let earned = |profile: &serde_json::Value, slug: &str| {
        let badges = profile["badges"].as_array().unwrap().clone();
        badges
            .into_iter()
            .find(|b| b["slug"] == slug)
            .map(|b| b["earned_at"].as_str().unwrap().to_string())
    };
    let anna = app.json("/api/users/Anna_Schmidt").await;
    assert_eq!(
        earned(&anna, "sharer").as_deref(),
        Some("2024-02-03T10:00:00.000Z")
    );
    assert_eq!(
        earned(&anna, "newcomer").as_deref(),
        Some("2025-01-01T00:00:00.000Z")
    );
    let now = comuniza::domain::time::format_datetime(comuniza::domain::time::now());
    let jurgen = app.json("/api/users/Jurgen_Gross").await;
    let borrowed = earned(&jurgen, "borrower").unwrap();
    assert_eq!(borrowed[..10], now[..10], "dated at the import");
    assert_eq!(report.rebuild.dated_now, 1);
    // A book shows what its member filled in on Comuniza.
    let page = Browser::new(&app).get("/items/6").await.body;
    for part in [
        "<dt>Author</dt><dd>Gabriel García Márquez</dd>",
        "<dt>ISBN</dt><dd>9780307474728</dd>",
        "<dt>Year</dt><dd>1967</dd>",
    ] {
        assert!(page.contains(part), "{part} in {page}");
    }
    assert!(
        !page.contains("<dt>Subjects</dt>"),
        "an empty detail is not shown"
    );
    // The group's page answers at its new address.
    let page = Browser::new(&app)
        .get(&format!("/groups/{}", group(1)))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    app.verify_clean();
}

#[tokio::test]
async fn a_member_whose_username_changed_is_told_at_their_first_sign_in() {
    let (app, _) = imported().await;
    let jurgen = Browser::new(&app);
    let page = jurgen
        .post(
            "/signin",
            &[
                ("username", "juergen@example.org"),
                ("password", "django-pass"),
                ("next", "/loans"),
            ],
        )
        .await;
    page.assert_redirect("/account/welcome?next=%2Floans");
    let page = jurgen.get("/account/welcome?next=%2Floans").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page
        .body
        .contains("Your username here is <strong>Jurgen_Gross2</strong>"));
    assert!(page
        .body
        .contains("On the old site it was <strong>Jürgen_Groß</strong>"));
    jurgen
        .post("/account/welcome", &[("next", "/loans")])
        .await
        .assert_redirect("/loans");
    // Told once: the page now goes straight on, and so does the next sign-in.
    jurgen
        .get("/account/welcome?next=%2Floans")
        .await
        .assert_redirect("/loans");
    let again = Browser::new(&app);
    again
        .post(
            "/signin",
            &[("username", "Jurgen_Gross2"), ("password", "django-pass")],
        )
        .await
        .assert_redirect("/");
    // A forged next goes home, never to another site.
    jurgen
        .get("/account/welcome?next=%2F%2Fevil.example")
        .await
        .assert_redirect("/");
    jurgen
        .post("/account/welcome", &[("next", "//evil.example")])
        .await
        .assert_redirect("/");
    // A member whose name was kept is never sent there.
    let anna = Browser::new(&app);
    anna.post(
        "/signin",
        &[("username", "Anna_Schmidt"), ("password", "django-pass")],
    )
    .await
    .assert_redirect("/");
    let visitor = Browser::new(&app);
    visitor
        .get("/account/welcome")
        .await
        .assert_redirect("/signin?next=%2Faccount%2Fwelcome");
}
