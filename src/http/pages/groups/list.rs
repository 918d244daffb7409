//! `/groups`: the groups this viewer may see (private ones only for their active members),
//! searched by name or city (`?q=`) and filtered by place (`?city=&country=`, where the map's
//! markers link), with member counts, places and the viewer's own standing; 30 a page, the
//! biggest first.

use crate::i18n::Arg;
use axum::extract::Query;
use axum::response::Response;
use maud::{html, Markup};
use serde::Deserialize;

use super::{member_count, memberships_of, place, privacy_pill};
use crate::domain::access::Access;
use crate::domain::choice::MemberStatus;
use crate::domain::records::{Group, GroupId};
use crate::http::error::AppError;
use crate::http::pages::layout::{render, Nav};
use crate::http::pages::paging::{self, Paging, PREVIOUS_NEXT};
use crate::http::session::Viewer;
use crate::http::snap::Snap;

#[derive(Deserialize, Default)]
pub(super) struct ListQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    city: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    page: String,
}

/// Groups a page.
const PER_PAGE: usize = 30;

impl ListQuery {
    fn href(&self, page: usize) -> String {
        let query = [
            ("q", self.q.as_str()),
            ("city", &self.city),
            ("country", &self.country),
        ];
        paging::href("/groups", &query, "page", page)
    }
}

fn contains_folded(haystack: &str, needle: &str) -> bool {
    haystack.to_lowercase().contains(needle)
}

/// Whether a listed group matches the query (`q` already lower-cased).
pub(super) fn matches(g: &Group, q: &str, city: &str, country: &str) -> bool {
    (q.is_empty() || contains_folded(&g.name, q) || contains_folded(&g.city, q))
        && (city.is_empty() || g.city.to_lowercase() == city)
        && (country.is_empty() || g.country.to_lowercase() == country)
}

struct Row {
    group: Group,
    members: u64,
    mine: Option<MemberStatus>,
}

pub(super) async fn list(
    snap: Snap,
    v: Viewer,
    Query(query): Query<ListQuery>,
) -> Result<Response, AppError> {
    let mine = memberships_of(&snap, v.id())?;
    let active_in: Vec<GroupId> = mine
        .iter()
        .filter(|(_, m)| m.status == MemberStatus::Active)
        .map(|(g, _)| *g)
        .collect();
    let access = Access::new(v.id(), v.is_staff(), active_in);
    let (q, city, country) = (
        query.q.trim().to_lowercase(),
        query.city.trim().to_lowercase(),
        query.country.trim().to_lowercase(),
    );
    // Groups are few next to users and items: the list reads them all, to order them.
    let mut rows = Vec::new();
    for (id, g) in snap.groups()? {
        if access.lists_group(id, &g) && matches(&g, &q, &city, &country) {
            rows.push((member_count(&snap, id)?, id, g));
        }
    }
    rows.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then_with(|| a.2.name.to_lowercase().cmp(&b.2.name.to_lowercase()))
    });
    let found = rows.len();
    let paging = Paging::new(&query.page, PER_PAGE);
    let (rows, more) = paging.take(rows);
    let rows: Vec<Row> = rows
        .into_iter()
        .map(|(members, id, group)| Row {
            members,
            mine: mine.get(&id).map(|m| m.status),
            group,
        })
        .collect();
    let nav = paging.nav(more, |p| query.href(p), (PREVIOUS_NEXT, v.lang));
    Ok(render(
        &v,
        v.t("nav-groups"),
        Nav::Groups,
        list_view(&v, &query, found, &rows, nav),
    ))
}

#[allow(clippy::needless_pass_by_value)] // maud components take their parts by value
fn list_view(v: &Viewer, query: &ListQuery, found: usize, rows: &[Row], nav: Markup) -> Markup {
    let filtered = !query.q.trim().is_empty() || !query.city.trim().is_empty();
    html! {
        div.groups-head {
            h1 { (v.t("nav-groups")) }
            @if v.me.is_some() {
                a.button href="/groups/new" { (v.t("map-create")) }
            }
        }
        p.lead { (v.t("groups-lead")) " " a href="/groups/map" { (v.t("groups-see-map")) } }
        form.row.group-search method="get" action="/groups" role="search" {
            label { (v.t("groups-search-label"))
                input type="search" name="q" value=(query.q) maxlength="100";
            }
            @if !query.city.is_empty() {
                input type="hidden" name="city" value=(query.city);
            }
            @if !query.country.is_empty() {
                input type="hidden" name="country" value=(query.country);
            }
            button type="submit" { (v.t("nav-search")) }
        }
        @if !query.city.trim().is_empty() {
            @let place = match query.country.trim() {
                "" => query.city.clone(),
                country => format!("{}, {country}", query.city),
            };
            p { (v.tr("groups-in", &[("place", Arg::Text(&place))])) " " a href="/groups" { (v.t("groups-show-all")) } }
        }
        p.muted role="status" {
            (v.tr(if filtered { "groups-found" } else { "groups-count" }, &[("count", Arg::count(found))]))
        }
        @if found == 0 {
            p { @if filtered { (v.t("groups-none-match")) } @else { (v.t("groups-none")) } }
        } @else if rows.is_empty() {
            p { (v.t("groups-past-last")) " " a href=(query.href(1)) { (v.t("search-back-first")) } }
        } @else {
            ul.group-list {
                @for r in rows {
                    li.card {
                        h2 { a href={ "/groups/" (r.group.slug) } { (r.group.name) } }
                        p.group-meta {
                            (privacy_pill(r.group.privacy, v.lang))
                            " "
                            @match r.mine {
                                Some(MemberStatus::Active) => span.pill.ok { (v.t("groups-you-member")) },
                                Some(MemberStatus::Pending) => span.pill.warn { (v.t("groups-request-sent")) },
                                _ => {},
                            }
                        }
                        p {
                            (v.tr("groups-members", &[("count", Arg::count(r.members))]))
                            @let at = place(&r.group);
                            @if !at.is_empty() { " · " (at) }
                        }
                    }
                }
            }
            (nav)
        }
    }
}
