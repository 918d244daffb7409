//! A loan's conversation through the API, for its two people only (anyone else, staff
//! included: 404). `GET /api/loans/{id}/messages?page=N`: newest page first, oldest first
//! within a page, 30 a page, with the request message that opened it; `POST` with
//! `{"body": "..."}` writes one (a token holder only, like every API write) and answers 201
//! with its number.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::json;

use super::{JsonBody, PageQuery};
use crate::domain::conversation::Thread;
use crate::domain::limits;
use crate::domain::loan::{party, Party};
use crate::domain::records::{LoanId, UserId};
use crate::domain::time::format_datetime;
use crate::http::cached::json_of;
use crate::http::error::AppError;
use crate::http::limits::run_limited;
use crate::http::pages::conversation::PER_PAGE;
use crate::http::session::{Member, TokenHolder};
use crate::http::snap::Snap;
use crate::http::state::App;
use crate::store::commands::WriteMessage;
use crate::store::read::Snapshot;
use crate::store::StoreError;

pub(super) fn router() -> Router<App> {
    Router::new().route("/api/loans/{id}/messages", get(list).post(write))
}

fn loan_id(raw: &str) -> Result<LoanId, AppError> {
    raw.parse().map_err(|_| AppError::not_found("loan"))
}

fn username(snap: &Snapshot, id: UserId) -> Result<Option<String>, StoreError> {
    Ok(snap.user(id)?.map(|u| u.username))
}

async fn list(
    snap: Snap,
    Member { viewer: v, me }: Member,
    Path(id): Path<String>,
    Query(q): Query<PageQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let id = loan_id(&id)?;
    let loan = snap
        .loan(id)?
        .filter(|l| party(l, me.id) != Party::Other)
        .ok_or_else(|| AppError::not_found("loan"))?;
    let page = super::page_number(q.page.as_deref())?;
    let (messages, older) = snap.messages(Thread::Loan(id), (page - 1) * PER_PAGE, PER_PAGE)?;
    let mut out = Vec::with_capacity(messages.len());
    for (number, m) in &messages {
        out.push(json!({
            "id": number,
            "author": username(&snap, m.author)?,
            "mine": m.author == me.id,
            "body": m.body,
            "created_at": format_datetime(m.created_at),
        }));
    }
    let body = json!({
        "loan": id.0,
        "request_message": loan.request_message,
        "messages": out,
        "page": page,
        "next_page": older.then_some(page + 1),
    });
    Ok(json_of(&v, &headers, &body))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewMessage {
    body: String,
}

async fn write(
    State(app): State<App>,
    TokenHolder(_, me): TokenHolder,
    Path(id): Path<String>,
    JsonBody(m): JsonBody<NewMessage>,
) -> Result<Response, AppError> {
    let cmd = WriteMessage {
        thread: Thread::Loan(loan_id(&id)?),
        body: m.body,
    };
    let number = run_limited(&app, (&me).into(), limits::MESSAGES, me.actor(), cmd).await?;
    Ok((StatusCode::CREATED, Json(json!({ "id": number }))).into_response())
}
