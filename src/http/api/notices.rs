//! `GET /api/me/notifications?page=N`: the token holder's notifications, newest first, 30 a
//! page, with the same words as the inbox; `POST /api/me/notifications/read` marks one
//! (`{"id": n}`) or all (`{}`) read. Personal answers (`Cache-Control: private`).

use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use serde::Deserialize;
use serde_json::json;

use super::{JsonBody, PageQuery};
use crate::domain::time::format_datetime;
use crate::http::cached::json_of;
use crate::http::error::AppError;
use crate::http::pages::notices::{words::words, PER_PAGE};
use crate::http::session::{Member, TokenHolder};
use crate::http::snap::Snap;
use crate::http::state::App;
use crate::store::commands::ReadNotices;

pub(super) fn router() -> Router<App> {
    Router::new()
        .route("/api/me/notifications", get(mine))
        .route("/api/me/notifications/read", post(read))
}

async fn mine(
    snap: Snap,
    Member { viewer: v, me }: Member,
    Query(q): Query<PageQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let page = super::page_number(q.page.as_deref())?;
    let (notices, more) = snap.notices_of(me.id, (page - 1) * PER_PAGE, PER_PAGE)?;
    let audience = v.audience(&snap);
    let mut out = Vec::with_capacity(notices.len());
    for (number, n) in &notices {
        let w = words(&snap, &audience, n, v.lang)?;
        out.push(json!({
            "id": number,
            "kind": n.kind().as_str(),
            "text": w.text,
            "url": w.href,
            "loan": n.loan.map(|l| l.0),
            "is_read": n.read,
            "created_at": format_datetime(n.created_at),
        }));
    }
    let body = json!({
        "notifications": out,
        "unread": snap.unread_count(me.id)?,
        "page": page,
        "next_page": more.then_some(page + 1),
    });
    Ok(json_of(&v, &headers, &body))
}

#[derive(Deserialize)]
struct ReadBody {
    id: Option<u64>,
}

async fn read(
    State(app): State<App>,
    TokenHolder(_, me): TokenHolder,
    JsonBody(body): JsonBody<ReadBody>,
) -> Result<axum::Json<serde_json::Value>, AppError> {
    let marked = app
        .engine
        .writer
        .run(me.actor(), ReadNotices { number: body.id })
        .await?;
    let unread = app.engine.snapshot()?.unread_count(me.id)?;
    Ok(axum::Json(json!({ "marked": marked, "unread": unread })))
}
