//! `/my/items`: the viewer's own items, archived ones too, with who has each one now; 50 a
//! page, newest first (only the page's items are read).

use axum::extract::Query;
use axum::response::Response;
use maud::html;

use crate::domain::photo::Fit;
use crate::http::photos::img;

use super::{person, status_pill, visibility_label, People};
use crate::http::error::AppError;
use crate::http::pages::layout::{plural, render, Nav};
use crate::http::pages::paging::{self, PageQuery, Paging, NEWER_OLDER};
use crate::http::session::Member;
use crate::http::snap::Snap;

/// Items a page.
const PER_PAGE: usize = 50;

pub(super) async fn page(
    snap: Snap,
    Member { viewer: v, me }: Member,
    Query(q): Query<PageQuery>,
) -> Result<Response, AppError> {
    let me = me.id;
    let paging = Paging::new(&q.page, PER_PAGE);
    let mut people = People::default();
    let audience = v.audience(&snap);
    let mut rows = Vec::new();
    let ids = snap.items_of(me)?;
    let total = ids.len();
    let (ids, more) = paging.take(ids.into_iter().rev());
    for id in ids {
        let Some(item) = snap.item(id)? else {
            continue;
        };
        let loan = match snap.open_loan_of(id)? {
            Some(l) => snap.loan(l)?.map(|loan| (l, loan)),
            None => None,
        };
        let borrower = match &loan {
            Some((_, l)) => people
                .get(&snap, l.borrower)?
                .cloned()
                .map(|u| (l.borrower, u)),
            None => None,
        };
        rows.push(html! {
            tr {
                th scope="row" {
                    @if let Some(p) = snap.primary_photo(id)? {
                        span.thumb.small { (img(&p, Fit::Thumb, "", false)) } " "
                    }
                    a href={ "/items/" (id) } { (item.title) }
                }
                td {
                    (status_pill(item.status, loan.as_ref().map(|(_, l)| l.status), v.lang))
                    @if !item.is_active { " " span.pill.danger { "Archived" } }
                }
                td data-label="Who sees it" { (visibility_label(item.visibility)) }
                td data-label="Lent to" {
                    @if let (Some((l, _)), Some(b)) = (&loan, &borrower) {
                        (person(&audience, (b.0, &b.1), v.lang)?) " · " a href={ "/loans/" (l) } { "loan" }
                    } @else { span.muted { "–" } }
                }
                td { a href={ "/items/" (id) "/edit" } aria-label={ "Edit " (item.title) } { "Edit" } }
            }
        });
    }
    let main = html! {
        h1 { "My items" }
        p.actions { a.button href="/items/new" { "Share an item" } }
        @if total == 0 {
            p.notice { "You have not shared anything yet." }
        } @else if rows.is_empty() {
            p { "This page is past the last one. " a href="/my/items" { "Back to your newest items" } "." }
        } @else {
            p.muted { (plural(total as u64, "item", "items")) }
            div.table-wrap { table.stacked {
                thead { tr { th { "Item" } th { "Status" } th { "Who sees it" } th { "Lent to" } th { span.visually-hidden { "Actions" } } } }
                tbody { @for r in rows { (r) } }
            } }
            (paging.nav(more, |p| paging::href("/my/items", &[], "page", p), (NEWER_OLDER, v.lang)))
        }
    };
    Ok(render(&v, "My items", Nav::MyItems, main))
}
