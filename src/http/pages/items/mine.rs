//! `/my/items`: the viewer's own items, archived ones too, with who has each one now; 50 a
//! page, newest first (only the page's items are read).

use axum::extract::Query;
use axum::response::Response;
use maud::html;

use crate::domain::photo::Fit;
use crate::http::photos::img;

use super::{person, status_pill, visibility_label, People};
use crate::http::error::AppError;
use crate::http::pages::layout::{render, Nav};
use crate::http::pages::paging::{self, PageQuery, Paging, NEWER_OLDER};
use crate::http::session::Member;
use crate::http::snap::Snap;
use crate::i18n::Arg;

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
                    @if !item.is_active { " " span.pill.danger { (v.t("item-archived")) } }
                }
                td data-label=(v.t("item-who-sees")) { (visibility_label(item.visibility, v.lang)) }
                td data-label=(v.t("mine-lent-to")) {
                    @if let (Some((l, _)), Some(b)) = (&loan, &borrower) {
                        (person(&audience, (b.0, &b.1), v.lang)?) " · " a href={ "/loans/" (l) } { (v.t("mine-the-loan")) }
                    } @else { span.muted { "–" } }
                }
                td { a href={ "/items/" (id) "/edit" } aria-label=(v.tr("mine-edit-item", &[("item", Arg::Text(&item.title))])) { (v.t("edit")) } }
            }
        });
    }
    let main = html! {
        h1 { (v.t("nav-my-items")) }
        p.actions { a.button href="/items/new" { (v.t("home-share")) } }
        @if total == 0 {
            p.notice { (v.t("mine-nothing")) }
        } @else if rows.is_empty() {
            p { (v.t("mine-past-last")) " " a href="/my/items" { (v.t("mine-back-newest")) } }
        } @else {
            p.muted { (v.number(total)) " " (v.tr("count-items", &[("count", Arg::count(total))])) }
            div.table-wrap { table.stacked {
                thead { tr { th { (v.t("col-item")) } th { (v.t("col-status")) } th { (v.t("item-who-sees")) } th { (v.t("mine-lent-to")) } th { span.visually-hidden { (v.t("col-actions")) } } } }
                tbody { @for r in rows { (r) } }
            } }
            (paging.nav(more, |p| paging::href("/my/items", &[], "page", p), (NEWER_OLDER, v.lang)))
        }
    };
    Ok(render(&v, v.t("nav-my-items"), Nav::MyItems, main))
}
