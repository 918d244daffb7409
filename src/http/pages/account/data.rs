//! `GET /account/data`: everything the site keeps about the signed-in member, as one JSON
//! file to download: their account, figures, memberships, items (private and archived ones
//! too), loans on both sides with their reviews and extensions, the reviews they gave and
//! received, the messages they wrote, their badges (secret ones too) and their points. Only ever their own: there is
//! no address for anyone else's. Built off the async workers (the points ledger is read
//! whole), sent `private, no-store`.

use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

use crate::domain::conversation::Thread;
use crate::domain::limits;
use crate::domain::records::UserId;
use crate::domain::time::{format_datetime, now};
use crate::http::api::loan_json;
use crate::http::error::AppError;
use crate::http::limits::reserve;
use crate::http::pages::items::{access_of, People};
use crate::http::session::{Member, Viewer};
use crate::http::snap::Snap;
use crate::http::state::App;
use crate::store::read::Snapshot;
use crate::store::StoreError;

pub(super) async fn download(
    State(app): State<App>,
    snap: Snap,
    Member { viewer: v, me }: Member,
) -> Result<Response, AppError> {
    // Each download reads the points ledger whole: a few a day per member.
    reserve(&app, (&me).into(), limits::DATA_DOWNLOADS)?;
    let user = me.id;
    let username = me.username.clone();
    let body = tokio::task::spawn_blocking(move || everything(&snap, &v, user))
        .await
        .map_err(|e| AppError::Internal {
            cause: format!("the data download stopped: {e}"),
        })??;
    let mut res = (
        [(header::CONTENT_TYPE, "application/json")],
        serde_json::to_vec_pretty(&body).unwrap_or_default(),
    )
        .into_response();
    let h = res.headers_mut();
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    // Usernames are `[A-Za-z0-9_-]`: safe in the header as they are.
    if let Ok(v) = HeaderValue::from_str(&format!(
        "attachment; filename=\"comuniza-{username}.json\""
    )) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}

fn everything(snap: &Snapshot, v: &Viewer, me: UserId) -> Result<Value, StoreError> {
    let Some(user) = snap.user(me)? else {
        return Ok(Value::Null);
    };
    let privacy = snap.privacy_of(me)?;
    let figures: serde_json::Map<String, Value> = snap
        .figures(me)?
        .named()
        .iter()
        .map(|(k, n)| (k.to_string(), json!(n)))
        .collect();
    let mut memberships = Vec::new();
    let mut written_join = Vec::new();
    for (g, m) in snap.memberships_of(me)? {
        let group = snap.group(g)?;
        if let (Some(id), Some(group)) = (snap.membership_id(g, me)?, &group) {
            let about = json!({ "join_request": group.slug });
            messages_by(snap, (Thread::Join(id), about), me, &mut written_join)?;
        }
        // What they wrote, as an admin, to those who ask to join a group they run.
        let runs_it = m.role == crate::domain::choice::Role::Admin
            && m.status == crate::domain::choice::MemberStatus::Active;
        if let (true, Some(group)) = (runs_it, &group) {
            for (other, _) in snap.members_of(g)? {
                let (Some(id), Some(u)) = (snap.membership_id(g, other)?, snap.user(other)?) else {
                    continue;
                };
                if other != me {
                    let about = json!({ "join_request": group.slug, "member": u.username });
                    messages_by(snap, (Thread::Join(id), about), me, &mut written_join)?;
                }
            }
        }
        memberships.push(json!({
            "group": group.as_ref().map(|g| g.slug.clone()),
            "name": group.map(|g| g.name),
            "role": m.role.as_str(),
            "status": m.status.as_str(),
            "joined_at": format_datetime(m.joined_at),
        }));
    }
    let mut items = Vec::new();
    for id in snap.items_of(me)? {
        let Some(i) = snap.item(id)? else { continue };
        let details = snap.item_details(id)?;
        items.push(json!({
            "id": id,
            "title": i.title,
            "slug": i.slug,
            "description": i.description,
            "condition": i.condition.as_str(),
            "status": i.status.as_str(),
            "max_loan_days": i.max_loan_days,
            "visibility": i.visibility.as_str(),
            "groups": i.groups,
            "is_active": i.is_active,
            "created_at": format_datetime(i.created_at),
            "author": details.as_ref().map(|d| d.author.clone()),
            "isbn": details.as_ref().map(|d| d.isbn.clone()),
            "identifier": details.map(|d| d.identifier),
        }));
    }
    let access = access_of(snap, v)?;
    let mut people = People::default();
    let (mut loans, mut given, mut received) = (Vec::new(), Vec::new(), Vec::new());
    let mut written = Vec::new();
    for id in snap.loans_of(me)? {
        let Some(loan) = snap.loan(id)? else { continue };
        messages_by(
            snap,
            (Thread::Loan(id), json!({ "loan": id })),
            me,
            &mut written,
        )?;
        loans.push(loan_json(snap, &access, &mut people, (id, &loan))?);
        for (reviewer, r) in snap.reviews_of(id)? {
            let review = json!({
                "loan": id,
                "rating": r.rating,
                "comment": r.comment,
                "reviewer_role": r.reviewer_role.as_str(),
                "created_at": format_datetime(r.created_at),
            });
            if reviewer == me {
                given.push(review);
            } else if r.reviewee == me {
                received.push(review);
            }
        }
    }
    let mut badges = Vec::new();
    for (badge, at) in snap.user_badges_of(me)? {
        if let Some(b) = snap.badge(badge)? {
            badges.push(json!({
                "slug": b.slug,
                "name": b.name,
                "is_secret": b.is_secret,
                "earned_at": format_datetime(at),
            }));
        }
    }
    let points: Vec<Value> = snap
        .points_of(me)?
        .into_iter()
        .map(|p| {
            json!({
                "transaction_type": p.transaction_type.as_str(),
                "points": p.points,
                "description": p.description,
                "created_at": format_datetime(p.created_at),
            })
        })
        .collect();
    // Every notification, in the inbox's words.
    let audience = v.audience(snap);
    let mut notifications = Vec::new();
    for (number, n) in snap.notices_of(me, 0, usize::MAX)?.0 {
        let w = crate::http::pages::notices::words::words(snap, &audience, &n, v.lang)?;
        notifications.push(json!({
            "id": number,
            "kind": n.kind().as_str(),
            "text": w.text,
            "is_read": n.read,
            "created_at": format_datetime(n.created_at),
        }));
    }
    Ok(json!({
        "exported_at": format_datetime(now()),
        "notifications": notifications,
        "account": {
            "username": user.username,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "email": user.email,
            "date_joined": format_datetime(user.date_joined),
            "is_staff": user.is_staff,
            "shows_email_on_loans": snap.shows_email_on_loans(me)?,
            "profile_visibility": privacy.visibility.as_str(),
            "show_on_boards": privacy.show_on_boards,
            "time_zone": snap.time_zone_of(me)?,
            "language": snap.language_of(me)?.map(|l| l.tag()),
        },
        "figures": figures,
        "memberships": memberships,
        "invitations": crate::http::pages::account::invitations::waiting(snap, me, v.lang)?
            .into_iter()
            .map(|(_, group, by)| json!({ "group": group, "invited_by": by }))
            .collect::<Vec<_>>(),
        "items": items,
        "loans": loans,
        "reviews_given": given,
        "messages_written": written.into_iter().chain(written_join).collect::<Vec<_>>(),
        "reviews_received": received,
        "badges": badges,
        "points": points,
    }))
}

/// The messages `me` wrote in one conversation, each with what it was about.
fn messages_by(
    snap: &Snapshot,
    (thread, about): (Thread, Value),
    me: UserId,
    out: &mut Vec<Value>,
) -> Result<(), StoreError> {
    for (number, m) in snap.messages(thread, 0, usize::MAX)?.0 {
        if m.author == me {
            let mut row = about.clone();
            row["number"] = json!(number);
            row["body"] = json!(m.body);
            row["created_at"] = json!(format_datetime(m.created_at));
            out.push(row);
        }
    }
    Ok(())
}
