//! The JSON write API: the same commands as the forms, for programs. Only a personal access
//! token (`Authorization: Bearer`) may write here: a browser's session cookie is refused, so no
//! other site can make a signed-in browser post to it (no CSRF surface).
//!
//! | method and path | command | answer |
//! |---|---|---|
//! | `POST /api/items` | create an item | 201 `{"id"}` |
//! | `POST /api/items/{id}/request` | request a loan | 201 `{"loan", "status"}` |
//! | `POST /api/loans/{id}/{action}` | approve, reject, cancel, hand_over, borrower_return, confirm_return | 200 `{"loan", "status"}` |
//! | `POST /api/loans/{id}/review` | review a returned loan | 201 `{"review"}` |
//! | `POST /api/groups/{slug}/join`, `/leave` | join (or ask to), leave | 200 `{"group", "membership"}` |

use axum::extract::{FromRef, FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use redb::ReadableDatabase;
use serde::Deserialize;
use serde_json::json;

use super::JsonBody;
use crate::domain::choice::{Condition, ItemStatus, LoanStatus, MemberStatus, Visibility};
use crate::domain::limits;
use crate::domain::loan::LoanAction;
use crate::domain::records::Loan;
use crate::engine::Engine;
use crate::http::error::AppError;
use crate::http::limits::run_limited;
use crate::http::session::{Me, Viewer};
use crate::http::state::App;
use crate::store::commands::{Actor, Command, ItemFields};
use crate::store::read::record;
use crate::store::tables::LOANS;

pub(super) fn router() -> Router<App> {
    Router::new()
        .route("/api/items", post(create_item))
        .route("/api/items/{id}/request", post(request_loan))
        .route("/api/loans/{id}/review", post(review))
        .route("/api/loans/{id}/{action}", post(loan_action))
        .route("/api/groups/{slug}/join", post(join))
        .route("/api/groups/{slug}/leave", post(leave))
}

/// The member a personal access token signs in (a viewer with a member and no session);
/// sessions and anonymous callers are refused before the body is read.
struct TokenHolder(Viewer, Me);

impl<S> FromRequestParts<S> for TokenHolder
where
    App: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        let v = Viewer::from_request_parts(parts, state).await?;
        let me = token_holder(&v)?.clone();
        Ok(TokenHolder(v, me))
    }
}

fn token_holder(v: &Viewer) -> Result<&Me, AppError> {
    match &v.me {
        Some(me) if me.session.is_none() => Ok(me),
        Some(_) => Err(AppError::new(
            StatusCode::UNAUTHORIZED,
            "the write API takes a personal access token (Authorization: Bearer); \
             create one on your account page",
        )),
        None => Err(AppError::new(
            StatusCode::UNAUTHORIZED,
            "sign in with a personal access token (Authorization: Bearer)",
        )),
    }
}

/// The group at `slug`, by the pages' rule: a group the caller may not see (private or
/// archived, and not an active member of it) is "group not found", like one that does not
/// exist, whatever the action.
fn group_id(e: &Engine, v: &Viewer, slug: &str) -> Result<u64, AppError> {
    let txn = e.db.begin_read()?;
    Ok(crate::http::pages::groups::load(&txn, v, slug)?.id)
}

fn loan_status(e: &Engine, loan: u64) -> Result<&'static str, AppError> {
    let txn = e.db.begin_read()?;
    let l = record::<Loan>(&txn, LOANS, loan)?.ok_or_else(|| AppError::not_found("loan"))?;
    Ok(LoanStatus::as_str(l.status))
}

fn unprocessable(field: &str, why: &str) -> AppError {
    AppError::new(StatusCode::UNPROCESSABLE_ENTITY, format!("{field} {why}"))
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
    let e = &app.engine;
    let groups = body
        .groups
        .iter()
        .map(|slug| group_id(e, &v, slug))
        .collect::<Result<Vec<_>, _>>()?;
    let fields = ItemFields {
        title: body.title,
        description: body.description,
        category: body.category,
        condition: Condition::parse(&body.condition).ok_or_else(|| {
            unprocessable(
                "condition",
                "is not one of new, excellent, good, fair, poor",
            )
        })?,
        status: match body.status.as_deref() {
            None => ItemStatus::Available,
            Some(s) => {
                ItemStatus::parse(s).ok_or_else(|| unprocessable("status", "is not a status"))?
            }
        },
        max_loan_days: body.max_loan_days,
        visibility: Visibility::parse(&body.visibility).ok_or_else(|| {
            unprocessable("visibility", "is not one of public, restricted, private")
        })?,
        groups,
    };
    let cmd = Command::CreateItem(fields);
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
    Path(item): Path<u64>,
    JsonBody(body): JsonBody<LoanRequest>,
) -> Result<Response, AppError> {
    let e = &app.engine;
    let group = body
        .group
        .as_deref()
        .map(|s| group_id(e, &v, s))
        .transpose()?;
    let cmd = Command::RequestLoan {
        item,
        group,
        message: body.message,
    };
    let actor = Actor::User(me.id);
    let loan = run_limited(&app, (&me).into(), limits::LOAN_REQUESTS, actor, cmd).await?;
    let answer = json!({ "loan": loan, "status": loan_status(e, loan)? });
    Ok((StatusCode::CREATED, Json(answer)).into_response())
}

async fn loan_action(
    State(app): State<App>,
    TokenHolder(_, me): TokenHolder,
    Path((loan, action)): Path<(u64, String)>,
) -> Result<Response, AppError> {
    let action = LoanAction::parse(&action).ok_or_else(|| {
        AppError::not_found(
            "loan action (approve, reject, cancel, hand_over, borrower_return, confirm_return)",
        )
    })?;
    let e = &app.engine;
    e.writer
        .run(Actor::User(me.id), Command::Loan { loan, action })
        .await?;
    Ok(Json(json!({ "loan": loan, "status": loan_status(e, loan)? })).into_response())
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
    Path(loan): Path<u64>,
    JsonBody(body): JsonBody<NewReview>,
) -> Result<Response, AppError> {
    let cmd = Command::Review {
        loan,
        rating: body.rating,
        comment: body.comment,
    };
    let id = app.engine.writer.run(Actor::User(me.id), cmd).await?;
    Ok((StatusCode::CREATED, Json(json!({ "review": id }))).into_response())
}

async fn join(
    State(app): State<App>,
    TokenHolder(v, me): TokenHolder,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    membership(&app, &v, &me, slug, |group| Command::JoinGroup { group }).await
}

async fn leave(
    State(app): State<App>,
    TokenHolder(v, me): TokenHolder,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    membership(&app, &v, &me, slug, |group| Command::LeaveGroup { group }).await
}

/// Runs a join or leave, then answers the member's status in the group (`null`: none).
async fn membership(
    app: &App,
    v: &Viewer,
    me: &Me,
    slug: String,
    command: impl FnOnce(u64) -> Command,
) -> Result<Response, AppError> {
    let e = &app.engine;
    let group = group_id(e, v, &slug)?;
    e.writer.run(Actor::User(me.id), command(group)).await?;
    let txn = e.db.begin_read()?;
    let status =
        crate::store::read::membership(&txn, group, me.id)?.map(|m| MemberStatus::as_str(m.status));
    Ok(Json(json!({ "group": slug, "membership": status })).into_response())
}
