//! `/notifications`: a member's inbox, newest first, 30 a page. Each notification opens what it
//! is about (and is read by that); one or all are marked read with a button. The header's
//! count is a view kept beside them (`tables::NOTICES`), one lookup a page.

pub mod words;

use crate::i18n::{self, Arg};
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use maud::html;

use super::layout::{csrf_field, redirect, render, Nav};
use super::paging::{self, Paging};
use crate::http::error::AppError;
use crate::http::form::Posted;
use crate::http::session::{Me, Member};
use crate::http::snap::Snap;
use crate::http::state::App;
use crate::store::commands::ReadNotices;
use words::words;

/// Notifications a page.
pub const PER_PAGE: usize = 30;

pub fn router() -> Router<App> {
    Router::new()
        .route("/notifications", get(inbox))
        .route("/notifications/read", post(read_all))
        .route("/notifications/{number}/open", post(open))
        .route("/notifications/{number}/read", post(read_one))
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct PageQuery {
    page: String,
}

async fn inbox(
    snap: Snap,
    Member { viewer: v, me }: Member,
    Query(q): Query<PageQuery>,
) -> Result<Response, AppError> {
    let paging = Paging::new(&q.page, PER_PAGE);
    let (notices, more) = snap.notices_of(me.id, paging.skip(), PER_PAGE)?;
    let zone = snap.zone_for(Some(me.id))?;
    let audience = v.audience(&snap);
    let unread = snap.unread_count(me.id)?;
    let mut rows = Vec::with_capacity(notices.len());
    for (number, n) in &notices {
        rows.push((*number, n, words(&snap, &audience, n, v.lang)?));
    }
    let href = |p| paging::href("/notifications", &[], "page", p);
    let main = html! {
        div.groups-head {
            h1 { (v.t("notices-title")) }
            @if unread > 0 {
                form.inline method="post" action="/notifications/read" {
                    (csrf_field(&v))
                    button.secondary type="submit" { (v.t("notices-mark-all")) }
                }
            }
        }
        p.lead {
            @if unread == 0 { (v.t("notices-none-unread")) } @else { (v.tr("notices-unread", &[("count", Arg::count(unread))])) }
            " " a href="/account/notifications" { (v.t("notices-which-by-mail")) }
        }
        @if rows.is_empty() {
            p.muted { (v.t("notices-nothing-yet")) }
        } @else {
            ul.notices {
                @for (number, n, w) in &rows {
                    li.inbox-item.unread[!n.read] {
                        form.inline method="post" action={ "/notifications/" (number) "/open" } {
                            (csrf_field(&v))
                            button.link type="submit" { (w.text) }
                        }
                        " " span.muted { time { (i18n::numbers::when(v.lang, &zone, n.created_at)) } }
                        @if !n.read {
                            " " span.pill { (v.t("notices-new")) }
                            form.inline method="post" action={ "/notifications/" (number) "/read" } {
                                (csrf_field(&v))
                                button.secondary.small type="submit" { (v.t("notices-mark-read")) }
                            }
                        }
                    }
                }
            }
            (paging.nav(more, href, (paging::NEWER_OLDER, v.lang)))
        }
    };
    Ok(render(&v, v.t("notices-title"), Nav::Inbox, main))
}

fn number_of(raw: &str) -> Result<u64, AppError> {
    raw.parse().map_err(|_| AppError::not_found("notification"))
}

async fn mark(app: &App, me: &Me, number: Option<u64>) -> Result<(), AppError> {
    app.engine
        .writer
        .run(me.actor(), ReadNotices { number })
        .await?;
    Ok(())
}

/// `POST /notifications/{n}/open`: read, and on to what it is about.
async fn open(
    State(app): State<App>,
    Path(number): Path<String>,
    Posted(Member { viewer: v, me }, _): Posted<Member>,
) -> Result<Response, AppError> {
    let number = number_of(&number)?;
    let snap = app.engine.snapshot()?;
    let n = snap
        .notice(me.id, number)?
        .ok_or_else(|| AppError::not_found("notification"))?;
    let to = words(&snap, &v.audience(&snap), &n, v.lang)?.href;
    // No read transaction is held while the write waits its turn.
    drop(snap);
    if !n.read {
        mark(&app, &me, Some(number)).await?;
    }
    Ok(redirect(&to))
}

async fn read_one(
    State(app): State<App>,
    Path(number): Path<String>,
    Posted(Member { me, .. }, _): Posted<Member>,
) -> Result<Response, AppError> {
    mark(&app, &me, Some(number_of(&number)?)).await?;
    Ok(redirect("/notifications"))
}

async fn read_all(
    State(app): State<App>,
    Posted(Member { me, .. }, _): Posted<Member>,
) -> Result<Response, AppError> {
    mark(&app, &me, None).await?;
    Ok(redirect("/notifications"))
}
