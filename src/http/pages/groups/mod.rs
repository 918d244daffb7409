//! Groups in the browser: the list with search (`/groups`), the create and edit forms
//! (`form`), the group's page with its members, items and buttons (`detail`), and what group
//! admins do to members (`detail` too). Who sees a group is decided once, in [`load`]: a
//! private group exists only for its active members (and the site's staff); everyone else gets
//! the same 404 as for a slug that was never used.

mod detail;
mod form;

use std::collections::{HashMap, HashSet};

use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};
use redb::{ReadTransaction, ReadableDatabase};
use serde::Deserialize;

use super::layout::{plural, render, Nav};
use crate::domain::choice::{MemberStatus, Privacy, Role};
use crate::domain::records::{Group, GroupId, Membership, UserId, UNKNOWN_CITY};
use crate::http::error::AppError;
use crate::http::session::Viewer;
use crate::http::state::App;
use crate::store::read::{all, id_by_name, indexed, record};
use crate::store::tables::{
    GROUPS, GROUP_SLUGS, MEMBERSHIPS, MEMBERSHIP_BY_GROUP, MEMBERSHIP_BY_USER,
};
use crate::store::StoreError;

pub fn router() -> Router<App> {
    Router::new()
        .route("/groups", get(list))
        .route("/groups/new", get(form::new_page).post(form::create))
        .route("/groups/{slug}", get(detail::page))
        .route(
            "/groups/{slug}/edit",
            get(form::edit_page).post(form::update),
        )
        .route("/groups/{slug}/archive", post(form::archive))
        .route("/groups/{slug}/reopen", post(form::reopen))
        .route("/groups/{slug}/join", post(detail::join))
        .route("/groups/{slug}/leave", post(detail::leave))
        .route(
            "/groups/{slug}/members/{username}/{action}",
            post(detail::moderate),
        )
}

/// A group as one viewer may see it.
pub(super) struct Loaded {
    pub(super) id: GroupId,
    pub(super) group: Group,
    /// The viewer's membership, whatever its status.
    pub(super) mine: Option<Membership>,
    /// Whether the viewer manages the group: an active admin of it, or staff.
    pub(super) manages: bool,
}

impl Loaded {
    pub(super) fn path(&self) -> String {
        format!("/groups/{}", self.group.slug)
    }
}

/// The viewer's membership of one group.
fn membership_of(
    txn: &ReadTransaction,
    group: GroupId,
    user: UserId,
) -> Result<Option<Membership>, StoreError> {
    let t = txn.open_table(MEMBERSHIP_BY_GROUP)?;
    let Some(id) = t.get((group, user))?.map(|g| g.value()) else {
        return Ok(None);
    };
    record(txn, MEMBERSHIPS, id)
}

/// The group at `slug` if this viewer may see it: a private or archived group only for its
/// active members and staff. Anything else is "not found", so its existence is not told.
pub(super) fn load(txn: &ReadTransaction, v: &Viewer, slug: &str) -> Result<Loaded, AppError> {
    let missing = || AppError::not_found("group");
    let id = id_by_name(txn, GROUP_SLUGS, slug)?.ok_or_else(missing)?;
    let group: Group = record(txn, GROUPS, id)?.ok_or_else(missing)?;
    let mine = match v.id() {
        Some(me) => membership_of(txn, id, me)?,
        None => None,
    };
    let active_member = mine
        .as_ref()
        .is_some_and(|m| m.status == MemberStatus::Active);
    let hidden = group.privacy == Privacy::Private || !group.is_active;
    if hidden && !active_member && !v.is_staff() {
        return Err(missing());
    }
    let manages = v.is_staff()
        || mine
            .as_ref()
            .is_some_and(|m| m.status == MemberStatus::Active && m.role == Role::Admin);
    Ok(Loaded {
        id,
        group,
        mine,
        manages,
    })
}

/// Active members of a group, counted over its range of the membership index.
pub(super) fn member_count(txn: &ReadTransaction, group: GroupId) -> Result<u64, StoreError> {
    let mut n = 0;
    for (_, id) in indexed(txn, MEMBERSHIP_BY_GROUP, group)? {
        if record::<Membership>(txn, MEMBERSHIPS, id)?
            .is_some_and(|m| m.status == MemberStatus::Active)
        {
            n += 1;
        }
    }
    Ok(n)
}

/// The viewer's memberships, by group.
pub(super) fn memberships_of(
    txn: &ReadTransaction,
    user: Option<UserId>,
) -> Result<HashMap<GroupId, Membership>, StoreError> {
    let mut out = HashMap::new();
    if let Some(user) = user {
        for (group, id) in indexed(txn, MEMBERSHIP_BY_USER, user)? {
            if let Some(m) = record::<Membership>(txn, MEMBERSHIPS, id)? {
                out.insert(group, m);
            }
        }
    }
    Ok(out)
}

/// "Berlin, Brandenburg, Germany"; empty parts left out; "" when the group has no place.
pub(super) fn place(g: &Group) -> String {
    if g.city == UNKNOWN_CITY {
        return String::new();
    }
    crate::http::pages::map::place_text(&g.city, &g.state, &g.country)
}

/// The privacy as a labelled pill.
pub(super) fn privacy_pill(p: Privacy) -> Markup {
    let (class, label) = match p {
        Privacy::Public => ("pill ok", "Public"),
        Privacy::Request => ("pill warn", "Join on request"),
        Privacy::Private => ("pill danger", "Private"),
    };
    html! { span class=(class) { (label) } }
}

// -- the list ------------------------------------------------------------------------------------

#[derive(Deserialize, Default)]
pub(super) struct ListQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    city: String,
    #[serde(default)]
    country: String,
}

fn contains_folded(haystack: &str, needle: &str) -> bool {
    haystack.to_lowercase().contains(needle)
}

/// Whether a listed group matches the query (`q` already lower-cased).
fn matches(g: &Group, q: &str, city: &str, country: &str) -> bool {
    (q.is_empty() || contains_folded(&g.name, q) || contains_folded(&g.city, q))
        && (city.is_empty() || g.city.to_lowercase() == city)
        && (country.is_empty() || g.country.to_lowercase() == country)
}

struct Row {
    group: Group,
    members: u64,
    mine: Option<MemberStatus>,
}

async fn list(
    State(app): State<App>,
    v: Viewer,
    Query(query): Query<ListQuery>,
) -> Result<Response, AppError> {
    let txn = app.engine.db.begin_read()?;
    let mine = memberships_of(&txn, v.id())?;
    let active_in: HashSet<GroupId> = mine
        .iter()
        .filter(|(_, m)| m.status == MemberStatus::Active)
        .map(|(g, _)| *g)
        .collect();
    let (q, city, country) = (
        query.q.trim().to_lowercase(),
        query.city.trim().to_lowercase(),
        query.country.trim().to_lowercase(),
    );
    // Groups are few next to users and items: the list reads them all.
    let mut rows = Vec::new();
    for (id, g) in all::<Group>(&txn, GROUPS)? {
        let may_see = g.privacy != Privacy::Private || active_in.contains(&id);
        if g.is_active && may_see && matches(&g, &q, &city, &country) {
            rows.push(Row {
                members: member_count(&txn, id)?,
                mine: mine.get(&id).map(|m| m.status),
                group: g,
            });
        }
    }
    rows.sort_by(|a, b| {
        b.members.cmp(&a.members).then_with(|| {
            a.group
                .name
                .to_lowercase()
                .cmp(&b.group.name.to_lowercase())
        })
    });
    Ok(render(
        &v,
        "Groups",
        Nav::Groups,
        list_view(&v, &query, &rows),
    ))
}

fn list_view(v: &Viewer, query: &ListQuery, rows: &[Row]) -> Markup {
    let filtered = !query.q.trim().is_empty() || !query.city.trim().is_empty();
    html! {
        div.groups-head {
            h1 { "Groups" }
            @if v.me.is_some() {
                a.button href="/groups/new" { "Create a group" }
            }
        }
        p.lead { "Local groups share their items with each other. Join one near you, or see them on the " a href="/groups/map" { "map" } "." }
        form.row.group-search method="get" action="/groups" role="search" {
            label { "Search by name or city"
                input type="search" name="q" value=(query.q) maxlength="100";
            }
            @if !query.city.is_empty() {
                input type="hidden" name="city" value=(query.city);
            }
            @if !query.country.is_empty() {
                input type="hidden" name="country" value=(query.country);
            }
            button type="submit" { "Search" }
        }
        @if !query.city.trim().is_empty() {
            p { "Groups in " strong { (query.city) }
                @if !query.country.trim().is_empty() { ", " (query.country) }
                ". " a href="/groups" { "Show all groups" } }
        }
        p.muted role="status" { (plural(rows.len() as u64, "group", "groups")) @if filtered { " found" } "." }
        @if rows.is_empty() {
            p { @if filtered { "No group matches. Try another name or city." } @else { "There are no groups yet." } }
        } @else {
            ul.group-list {
                @for r in rows {
                    li.card {
                        h2 { a href={ "/groups/" (r.group.slug) } { (r.group.name) } }
                        p.group-meta {
                            (privacy_pill(r.group.privacy))
                            " "
                            @match r.mine {
                                Some(MemberStatus::Active) => span.pill.ok { "You are a member" },
                                Some(MemberStatus::Pending) => span.pill.warn { "Request sent" },
                                _ => {},
                            }
                        }
                        p {
                            (plural(r.members, "member", "members"))
                            @let at = place(&r.group);
                            @if !at.is_empty() { " · " (at) }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(name: &str, city: &str, country: &str) -> Group {
        Group {
            name: name.into(),
            slug: name.to_lowercase(),
            description: String::new(),
            privacy: Privacy::Public,
            city: city.into(),
            state: String::new(),
            country: country.into(),
            latitude: None,
            longitude: None,
            owner: 1,
            is_active: true,
            created_at: 0,
        }
    }

    #[test]
    fn search_looks_at_name_and_city_ignoring_case() {
        let g = group("Tool Library", "Berlin", "Germany");
        assert!(matches(&g, "tool", "", ""));
        assert!(matches(&g, "berl", "", ""));
        assert!(!matches(&g, "paris", "", ""));
        assert!(matches(&g, "", "berlin", "germany"));
        assert!(!matches(&g, "", "berlin", "france"));
        assert!(!matches(&g, "", "ber", ""));
    }

    #[test]
    fn a_group_without_a_place_shows_none() {
        assert_eq!(place(&group("A", UNKNOWN_CITY, "")), "");
        assert_eq!(place(&group("A", "Lyon", "France")), "Lyon, France");
    }
}
