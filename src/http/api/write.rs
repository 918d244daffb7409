//! The JSON write API: the same commands as the forms, for programs. Only a personal access
//! token (`Authorization: Bearer`) may write here: a browser's session cookie is refused, so no
//! other site can make a signed-in browser post to it (no CSRF surface).
//!
//! | method and path | command | answer |
//! |---|---|---|
//! | `POST /api/items` | create an item | 201 `{"id"}` |
//! | `POST /api/items/{id}/request` | request a loan (a lent item's joins the queue) | 201 `{"loan", "status", "queue_position"}` |
//! | `POST /api/loans/{id}/{action}` | approve, reject, cancel, hand_over, borrower_return, confirm_return | 200 `{"loan", "status"}` |
//! | `POST /api/loans/{id}/extension` | ask for more time `{"days", "reason"}` | 201 `{"loan", "extension"}` |
//! | `POST /api/loans/{id}/extension/{accept,decline}` | answer it | 200 `{"loan", "due_date", "extension"}` |
//! | `POST /api/loans/{id}/review` | review a returned loan | 201 `{"review"}` |
//! | `POST /api/invite/{code}` | join a group through an invitation link | 200 `{"group", "membership"}` |
//! | `POST /api/groups/{slug}/join`, `/leave` | join (or ask to), leave | 200 `{"group", "membership"}`, and after leaving `"unshared_items"`, `"now_private"`, `"cancelled_requests"` |

use crate::domain::records::LoanId;
use crate::domain::records::{GroupId, ItemId};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::json;

use super::JsonBody;
use crate::domain::choice::{Condition, ItemStatus, LoanStatus, Visibility};
use crate::domain::extension::ExtensionStep;
use crate::domain::limits;
use crate::domain::loan::LoanAction;
use crate::domain::records::Extension;
use crate::domain::time::format_date;
use crate::http::error::AppError;
use crate::http::limits::run_limited;
use crate::http::pages::groups::{load, Departure};
use crate::http::pages::loans::Queue;
use crate::http::session::{TokenHolder, Viewer};
use crate::http::snap::Snap;
use crate::http::state::App;
use crate::store::commands::{Actor, Command, ItemFields};
use crate::store::commands::{
    AnswerExtension, AskExtension, CreateItem, JoinByLink, JoinGroup, LeaveGroup, LoanStep,
    RequestLoan, ReviewLoan,
};
use crate::store::read::Snapshot;

pub(super) fn router() -> Router<App> {
    Router::new()
        .route("/api/items", post(create_item))
        .route("/api/items/{id}/request", post(request_loan))
        .route("/api/loans/{id}/review", post(review))
        .route("/api/loans/{id}/extension", post(ask_extension))
        .route("/api/loans/{id}/extension/{answer}", post(answer_extension))
        .route("/api/loans/{id}/{action}", post(loan_action))
        .route("/api/groups/{slug}/{action}", post(membership))
        .route("/api/invite/{code}", post(join_by_link))
}

/// Joins a group through an invitation link's code: an active member at once.
async fn join_by_link(
    State(app): State<App>,
    TokenHolder(_, me): TokenHolder,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    app.engine
        .writer
        .run(me.actor(), JoinByLink { code: code.clone() })
        .await?;
    let snap = app.engine.snapshot()?;
    let link = snap
        .invite_link(&code)?
        .ok_or_else(|| AppError::not_found("invitation"))?;
    let group = snap
        .group(link.group)?
        .ok_or_else(|| AppError::not_found("group"))?;
    Ok(Json(json!({ "group": group.slug, "membership": "active" })).into_response())
}

/// The group at `slug`, by the pages' rule: a group the caller may not see (private or
/// archived, and not an active member of it) is "group not found", like one that does not
/// exist, whatever the action.
fn group_id(snap: &Snapshot, v: &Viewer, slug: &str) -> Result<GroupId, AppError> {
    Ok(load(snap, v, slug)?.id)
}

/// The groups these slugs name, by [`group_id`]'s rule, read from a snapshot opened once the
/// body is in (a handler that took one before its body would hold it while a slow client
/// sends) and let go before the command waits for the writer.
fn group_ids<'a>(
    app: &App,
    v: &Viewer,
    slugs: impl IntoIterator<Item = &'a str>,
) -> Result<Vec<GroupId>, AppError> {
    let mut slugs = slugs.into_iter().peekable();
    // Most requests name no group: they open no snapshot.
    if slugs.peek().is_none() {
        return Ok(Vec::new());
    }
    let snap = app.engine.snapshot()?;
    slugs.map(|s| group_id(&snap, v, s)).collect()
}

/// `field` is not one of `choices` (the API's own words, as its documentation spells them).
fn unprocessable(field: &'static str, choices: &str) -> AppError {
    let why = crate::i18n::phrase::Phrase::id("invalid-one-of").text("list", choices);
    crate::domain::validate::invalid(field, why).into()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewItem {
    title: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    category: Option<u64>,
    condition: String,
    #[serde(default)]
    status: Option<String>,
    max_loan_days: u32,
    visibility: String,
    /// Group slugs.
    #[serde(default)]
    groups: Vec<String>,
}

async fn create_item(
    State(app): State<App>,
    TokenHolder(v, me): TokenHolder,
    JsonBody(body): JsonBody<NewItem>,
) -> Result<Response, AppError> {
    let groups = group_ids(&app, &v, body.groups.iter().map(String::as_str))?;
    let fields = ItemFields {
        title: body.title,
        description: body.description,
        category: body.category,
        condition: Condition::parse(&body.condition)
            .ok_or_else(|| unprocessable("condition", "new, excellent, good, fair, poor"))?,
        status: match body.status.as_deref() {
            None => ItemStatus::Available,
            Some(s) => ItemStatus::parse(s).ok_or_else(|| {
                unprocessable(
                    "status",
                    &ItemStatus::ALL
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                )
            })?,
        },
        max_loan_days: body.max_loan_days,
        visibility: Visibility::parse(&body.visibility)
            .ok_or_else(|| unprocessable("visibility", "public, restricted, private"))?,
        groups,
    };
    let cmd = CreateItem(fields);
    let id = run_limited(&app, (&me).into(), limits::ITEMS, Actor::User(me.id), cmd).await?;
    Ok((StatusCode::CREATED, Json(json!({ "id": id }))).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LoanRequest {
    #[serde(default)]
    message: String,
    /// The group to borrow through (slug), when the item is in several.
    #[serde(default)]
    group: Option<String>,
}

async fn request_loan(
    State(app): State<App>,
    TokenHolder(v, me): TokenHolder,
    Path(item): Path<ItemId>,
    JsonBody(body): JsonBody<LoanRequest>,
) -> Result<Response, AppError> {
    let group = group_ids(&app, &v, body.group.as_deref())?.pop();
    let cmd = RequestLoan {
        item,
        group,
        message: body.message,
    };
    let actor = Actor::User(me.id);
    let loan = LoanId(run_limited(&app, (&me).into(), limits::LOAN_REQUESTS, actor, cmd).await?);
    let position = Queue::number_of(&app.engine.snapshot()?, item, loan)?;
    let answer = json!({
        "loan": loan,
        "status": LoanStatus::Requested.as_str(),
        "queue_position": position,
    });
    Ok((StatusCode::CREATED, Json(answer)).into_response())
}

async fn loan_action(
    State(app): State<App>,
    TokenHolder(_, me): TokenHolder,
    Path((loan, action)): Path<(LoanId, String)>,
) -> Result<Response, AppError> {
    let action = LoanAction::parse(&action).ok_or_else(|| {
        AppError::not_found(
            "loan action (approve, reject, cancel, hand_over, borrower_return, confirm_return)",
        )
    })?;
    app.engine
        .writer
        .run(Actor::User(me.id), LoanStep { loan, action })
        .await?;
    let status = action.leads_to().as_str();
    Ok(Json(json!({ "loan": loan, "status": status })).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewExtension {
    days: i64,
    #[serde(default)]
    reason: String,
}

fn extension_json(e: &Extension) -> serde_json::Value {
    json!({ "days": e.days, "reason": e.reason, "state": e.state.as_str() })
}

/// The loan's extension and due date as the command left them.
fn extension_now(app: &App, loan: LoanId) -> Result<(Option<Extension>, Option<String>), AppError> {
    let snap = app.engine.snapshot()?;
    let due = snap.loan(loan)?.and_then(|l| l.due_date).map(format_date);
    Ok((snap.extension(loan)?, due))
}

async fn ask_extension(
    State(app): State<App>,
    TokenHolder(_, me): TokenHolder,
    Path(loan): Path<LoanId>,
    JsonBody(body): JsonBody<NewExtension>,
) -> Result<Response, AppError> {
    let cmd = AskExtension {
        loan,
        days: body.days,
        reason: body.reason,
    };
    app.engine.writer.run(me.actor(), cmd).await?;
    let (extension, _) = extension_now(&app, loan)?;
    let answer = json!({ "loan": loan, "extension": extension.as_ref().map(extension_json) });
    Ok((StatusCode::CREATED, Json(answer)).into_response())
}

async fn answer_extension(
    State(app): State<App>,
    TokenHolder(_, me): TokenHolder,
    Path((loan, answer)): Path<(LoanId, String)>,
) -> Result<Response, AppError> {
    let accept = match ExtensionStep::parse(&answer) {
        Some(ExtensionStep::Accept) => true,
        Some(ExtensionStep::Decline) => false,
        _ => return Err(AppError::not_found("extension answer (accept, decline)")),
    };
    app.engine
        .writer
        .run(me.actor(), AnswerExtension { loan, accept })
        .await?;
    let (extension, due) = extension_now(&app, loan)?;
    let answer = json!({
        "loan": loan,
        "due_date": due,
        "extension": extension.as_ref().map(extension_json),
    });
    Ok(Json(answer).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewReview {
    rating: i64,
    #[serde(default)]
    comment: String,
}

async fn review(
    State(app): State<App>,
    TokenHolder(_, me): TokenHolder,
    Path(loan): Path<LoanId>,
    JsonBody(body): JsonBody<NewReview>,
) -> Result<Response, AppError> {
    let cmd = ReviewLoan {
        loan,
        rating: body.rating,
        comment: body.comment,
    };
    let id = app.engine.writer.run(Actor::User(me.id), cmd).await?;
    Ok((StatusCode::CREATED, Json(json!({ "review": id }))).into_response())
}

/// Joins or leaves a group, then answers the member's status in it: none (`null`) after
/// leaving; after a join, the status the command stored, read back, since the group's
/// privacy (which decides it, `domain::access::joining_status`) may change between this
/// request's snapshot and the command's transaction.
async fn membership(
    State(app): State<App>,
    snap: Snap,
    TokenHolder(v, me): TokenHolder,
    Path((slug, action)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let group = load(&snap, &v, &slug)?;
    let (command, departure): (Command, _) = match action.as_str() {
        "join" => (JoinGroup { group: group.id }.into(), None),
        "leave" => (
            LeaveGroup { group: group.id }.into(),
            Some(Departure::of(&snap, me.id, group.id)?),
        ),
        _ => return Err(AppError::not_found("group action (join, leave)")),
    };
    drop(snap);
    app.engine.writer.run(me.actor(), command).await?;
    let stored = app.engine.snapshot()?.membership(group.id, me.id)?;
    let status = stored.map(|m| m.status.as_str());
    let mut answer = json!({ "group": slug, "membership": status });
    // After leaving: what it left behind (read just before, by the command's own rules).
    if let Some(d) = departure {
        let ids = |private: bool| -> Vec<ItemId> {
            d.unshared
                .iter()
                .filter(|u| !private || u.now_private)
                .map(|u| u.id)
                .collect()
        };
        answer["unshared_items"] = json!(ids(false));
        answer["now_private"] = json!(ids(true));
        answer["cancelled_requests"] = json!(d.ended.iter().map(|e| e.id).collect::<Vec<_>>());
    }
    Ok(Json(answer).into_response())
}
