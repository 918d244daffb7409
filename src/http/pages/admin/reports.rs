//! `/admin/reports`: messages members reported, each as the copy the report keeps (the words,
//! who wrote them, the reporter's note), open ones first. Staff read these copies and nothing
//! else of a conversation; they mark a report dealt with once they have acted (on the account,
//! through Users).

use crate::http::pages::sentence::Part;
use crate::http::session::Viewer;
use crate::i18n::Arg;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use maud::html;

use super::page;
use crate::domain::conversation::Thread;
use crate::domain::records::UserId;
use crate::http::error::AppError;
use crate::http::flash::Said;
use crate::http::form::Posted;
use crate::http::pages::conversation::linked;
use crate::http::pages::layout::{csrf_field, done};
use crate::http::pages::paging::{self, PageQuery, Paging};
use crate::http::session::Staff;
use crate::http::state::App;
use crate::store::commands::{CloseReport, ReportKey};
use crate::store::read::Snapshot;
use crate::store::StoreError;

const PER_PAGE: usize = 30;

pub(super) fn router() -> Router<App> {
    Router::new()
        .route("/admin/reports", get(list))
        .route("/admin/reports/{key}/close", post(close))
}

/// A report's key in its address: `kind.thread.number.reporter`.
fn key_text((kind, thread, number, reporter): ReportKey) -> String {
    format!("{kind}.{thread}.{number}.{reporter}")
}

fn key_of(text: &str) -> Option<ReportKey> {
    let mut parts = text.split('.');
    let key = (
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
    );
    parts.next().is_none().then_some(key)
}

/// A member by username, linked to their admin row, or "a former member".
fn who(snap: &Snapshot, id: UserId, v: &Viewer) -> Result<maud::Markup, StoreError> {
    Ok(match snap.user(id)? {
        Some(u) => {
            html! { a href={ "/admin/users?q=" (u.username) } { (u.username) } }
        }
        None => html! { (v.t("messages-former-member")) },
    })
}

async fn list(
    State(app): State<App>,
    Staff { viewer: v, me }: Staff,
    Query(q): Query<PageQuery>,
) -> Result<Response, AppError> {
    let snap = app.engine.snapshot()?;
    let zone = snap.zone_for(Some(me.id))?;
    let all = snap.reports()?;
    let open = all.iter().filter(|(_, r)| r.closed_by.is_none()).count();
    let paging = Paging::new(&q.page, PER_PAGE);
    let (rows, more) = paging.take(all);
    let mut shown = Vec::with_capacity(rows.len());
    for (key, r) in &rows {
        let place = match Thread::from_key((key.0, key.1)) {
            Some(Thread::Loan(l)) => v.tr("reports-in-loan", &[("number", Arg::count(l.0))]),
            Some(Thread::Join(_)) => v.t("reports-in-join").to_string(),
            None => v.t("reports-in-other").to_string(),
        };
        shown.push((
            *key,
            r,
            who(&snap, r.author, &v)?,
            who(&snap, UserId(key.3), &v)?,
            place,
        ));
    }
    let href = |p| paging::href("/admin/reports", &[], "page", p);
    let main = html! {
        h1 { (v.t("admin-reports")) }
        p.lead {
            @if open == 0 { (v.t("reports-none-waiting")) } @else { (v.tr("reports-waiting", &[("count", Arg::count(open))])) }
            " " (v.t("reports-private"))
        }
        @if shown.is_empty() {
            p.muted { (v.t("reports-none")) }
        } @else {
            ul.reports {
                @for (key, r, author, reporter, place) in &shown {
                    li.card.report.closed[r.closed_by.is_some()] {
                        p.meta {
                            (v.say("reports-meta", &[
                                ("author", Part::Markup(html! { strong { (author) } })),
                                ("place", Part::Text(place)),
                                ("reporter", Part::Markup(reporter.clone())),
                                ("date", Part::Markup(html! { time { (crate::i18n::numbers::when(v.lang, &zone, r.created_at)) } })),
                            ]))
                        }
                        blockquote.message { p.body { (linked(&r.body)) } }
                        @if !r.note.is_empty() {
                            p { (v.t("reports-note")) " " span.body { (r.note) } }
                        }
                        @if r.closed_by.is_some() {
                            p.muted { (v.t("reports-dealt")) }
                        } @else {
                            form.inline method="post" action={ "/admin/reports/" (key_text(*key)) "/close" } {
                                (csrf_field(&v))
                                button.secondary type="submit" { (v.t("reports-mark-dealt")) }
                            }
                        }
                    }
                }
            }
            (paging.nav(more, href, (paging::PREVIOUS_NEXT, v.lang)))
        }
    };
    Ok(page(&v, v.t("admin-reports"), "/admin/reports", main))
}

async fn close(
    State(app): State<App>,
    Path(key): Path<String>,
    Posted(Staff { me, .. }, _): Posted<Staff>,
) -> Result<Response, AppError> {
    let key = key_of(&key).ok_or_else(|| AppError::not_found("report"))?;
    let started = crate::domain::time::now();
    app.engine
        .writer
        .run(me.actor(), CloseReport { key })
        .await?;
    done(&app, me.id, started, Said::ReportClosed, "/admin/reports")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_keys_round_trip_through_their_addresses() {
        let key = (1, 22, 3, 4444);
        assert_eq!(key_of(&key_text(key)), Some(key));
        assert_eq!(key_of("1.2.3"), None);
        assert_eq!(key_of("1.2.3.4.5"), None);
        assert_eq!(key_of("a.2.3.4"), None);
        assert_eq!(key_of("300.2.3.4"), None, "a kind is one byte");
    }
}
