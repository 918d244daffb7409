//! `/search`: one search box over items, groups and members, a tab for each. Results are the
//! index's (`http::search`), best first, 20 a page; a typo forgiven is said. The page works
//! as a plain form; with JavaScript, results follow the typing (`app.js` fetches this page
//! and swaps `#search-results`).

use crate::i18n::{Arg, Lang};
use axum::extract::Query;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use maud::{html, Markup};
use serde::Deserialize;

use super::groups::{place, privacy_pill};
use super::items::list::item_cards;
use super::layout::{render, Nav};
use super::paging::{self, Paging, PREVIOUS_NEXT};
use crate::domain::search::Kind;
use crate::http::error::AppError;
use crate::http::photos::avatar;
use crate::http::search::{Hits, Looking, Results, MAX_PAGE, MAX_QUERY};
use crate::http::session::Viewer;
use crate::http::snap::Snap;
use crate::http::state::App;
use crate::store::read::Snapshot;
use crate::store::StoreError;
use crate::views::audience::Audience;

/// Results a page.
pub const PER_PAGE: usize = 20;

pub fn router() -> Router<App> {
    Router::new().route("/search", get(page))
}

/// The page asked for; strings so that a bad value is read as the default, not refused.
#[derive(Deserialize, Default)]
pub(crate) struct Asked {
    #[serde(default)]
    q: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    page: String,
}

impl Asked {
    fn kind(&self) -> Kind {
        Kind::parse(self.kind.trim()).unwrap_or(Kind::Item)
    }

    fn href(&self, kind: Kind, page: usize) -> String {
        paging::href(
            "/search",
            &[("q", self.q.as_str()), ("kind", kind.as_str())],
            "page",
            page,
        )
    }
}

/// A kind's tab, and what is said when nothing of it matches (message ids).
fn words_of(kind: Kind) -> (&'static str, &'static str) {
    match kind {
        Kind::Item => ("nav-items", "search-nothing-items"),
        Kind::Group => ("nav-groups", "search-nothing-groups"),
        Kind::Member => ("search-members", "search-nothing-members"),
    }
}

async fn page(snap: Snap, v: Viewer, Query(asked): Query<Asked>) -> Result<Response, AppError> {
    let kind = asked.kind();
    let q = asked.q.trim();
    let mut paging = Paging::new(&asked.page, PER_PAGE);
    paging.page = paging.page.min(MAX_PAGE);
    let results = if q.is_empty() {
        None
    } else {
        let looking = Looking::of(&snap, &v)?;
        let r = looking.find(&snap, (kind, q), (paging.page, PER_PAGE))?;
        Some((shown(&snap, &looking.audience, &r, v.lang)?, r))
    };
    let title = if q.is_empty() {
        v.t("nav-search").to_string()
    } else {
        v.tr("search-titled", &[("query", Arg::Text(q))])
    };
    let main = html! {
        h1 { (v.t("nav-search")) }
        form #search-form .row.search-form method="get" action="/search" role="search" {
            label { (v.t("search-label"))
                input type="search" name="q" value=(asked.q) maxlength=(MAX_QUERY) autocomplete="off" autofocus[q.is_empty()];
            }
            input type="hidden" name="kind" value=(kind.as_str());
            button type="submit" { (v.t("nav-search")) }
        }
        section #search-results aria-live="polite" {
            @if !q.is_empty() {
                nav.tabs aria-label=(v.t("search-tabs")) {
                    ul {
                        @for k in Kind::ALL {
                            li { a href=(asked.href(k, 1)) aria-current=[(k == kind).then_some("page")] { (v.t(words_of(k).0)) } }
                        }
                    }
                }
            }
            @match &results {
                None => p.muted { (v.t("search-hint")) },
                Some((list, r)) => {
                    @if let Some(c) = &r.corrected {
                        p.notice role="status" { (v.tr("search-corrected", &[("asked", Arg::Text(q)), ("found", Arg::Text(c))])) }
                    }
                    @if r.is_empty() {
                        p.notice {
                            @if paging.page > 1 { (v.t("search-no-more")) " " a href=(asked.href(kind, 1)) { (v.t("search-back-first")) } }
                            @else { (v.tr(words_of(kind).1, &[("query", Arg::Text(q))])) }
                        }
                    } @else {
                        (list)
                        (paging.nav(r.more && paging.page < MAX_PAGE, |p| asked.href(kind, p), (PREVIOUS_NEXT, v.lang)))
                    }
                }
            }
        }
    };
    Ok(render(&v, &title, Nav::Search, main))
}

/// A page of results as the list their kind has.
fn shown(
    snap: &Snapshot,
    audience: &Audience,
    r: &Results,
    lang: Lang,
) -> Result<Markup, StoreError> {
    Ok(match &r.hits {
        Hits::Items(items) => item_cards(snap, audience, items.clone(), lang)?,
        Hits::Groups(groups) => html! {
            ul.group-list {
                @for (_, g) in groups {
                    li.card {
                        h2 { a href={ "/groups/" (g.slug) } { (g.name) } }
                        p.group-meta {
                            (privacy_pill(g.privacy, lang))
                            @let at = place(g);
                            @if !at.is_empty() { " " span.muted { (at) } }
                        }
                        @if !g.description.is_empty() { p.excerpt { (excerpt(&g.description)) } }
                    }
                }
            }
        },
        Hits::Members(users) => {
            let mut rows = Vec::with_capacity(users.len());
            for (id, u) in users {
                rows.push((snap.avatar(*id)?, u));
            }
            html! {
                ul.member-results {
                    @for (picture, u) in &rows {
                        li {
                            a href={ "/users/" (u.username) } {
                                (avatar(picture.as_ref(), &u.display_name(), 40))
                                span { strong { (u.display_name()) } " " span.muted { "@" (u.username) } }
                            }
                        }
                    }
                }
            }
        }
    })
}

/// The start of a long text, cut on a word.
fn excerpt(text: &str) -> String {
    const MAX: usize = 160;
    if text.chars().count() <= MAX {
        return text.to_string();
    }
    let cut: String = text.chars().take(MAX).collect();
    match cut.rsplit_once(' ') {
        Some((head, _)) => format!("{head} …"),
        None => format!("{cut}…"),
    }
}
