//! Groups in the browser: the list with search (`list`), the create and edit forms (`form`),
//! a group's page with its members, items and buttons (`detail`), and what those buttons do
//! (`actions`: join / request / leave, and what group admins do to members). Who sees a group
//! is decided once, in [`load`]: a private (or archived) group exists only for its active
//! members and the site's staff; everyone else gets the same 404 as for a slug never used.

mod actions;
mod detail;
mod form;
mod invites;
mod leaving;
mod list;
mod requests;

pub(crate) use leaving::Departure;

use crate::i18n::{self, Lang};
use std::collections::HashMap;

use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};

use crate::domain::access;
use crate::domain::choice::{MemberStatus, Privacy};
use crate::domain::records::{Group, GroupId, Membership, UserId, UNKNOWN_CITY};
use crate::http::error::AppError;
use crate::http::session::Viewer;
use crate::http::state::App;
use crate::store::read::Snapshot;
use crate::store::StoreError;

pub fn router() -> Router<App> {
    Router::new()
        .route("/groups", get(list::list))
        .route("/groups/new", get(form::new_page).post(form::create))
        .route("/groups/{slug}", get(detail::page))
        .route(
            "/groups/{slug}/edit",
            get(form::edit_page).post(form::update),
        )
        .route("/groups/{slug}/archive", post(form::archive))
        .route("/groups/{slug}/reopen", post(form::reopen))
        .route("/groups/{slug}/join", post(actions::join))
        .route("/groups/{slug}/leave", post(actions::leave))
        .route(
            "/groups/{slug}/members/{username}/{action}",
            post(actions::moderate),
        )
        .route("/groups/{slug}/requests/{username}", get(requests::page))
        .route(
            "/groups/{slug}/requests/{username}/messages",
            post(requests::write),
        )
        .route(
            "/groups/{slug}/requests/{username}/messages/{number}/report",
            post(requests::report),
        )
        .route("/groups/{slug}/invites", post(invites::create_link))
        .route(
            "/groups/{slug}/invites/{code}/revoke",
            post(invites::revoke_link),
        )
        .route("/groups/{slug}/invitations", post(invites::invite_member))
        .route(
            "/groups/{slug}/invitations/{username}/withdraw",
            post(invites::withdraw_invitation),
        )
        .route(
            "/invite/{code}",
            get(invites::link_page).post(invites::join_by_link),
        )
}

/// A group as one viewer may see it.
pub(crate) struct Loaded {
    pub(crate) id: GroupId,
    pub(crate) group: Group,
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

/// The group at `slug` if this viewer may see it: a private or archived group only for its
/// active members and staff. Anything else is "not found", so its existence is not told.
/// The write API finds groups by the same rule.
pub(crate) fn load(snap: &Snapshot, v: &Viewer, slug: &str) -> Result<Loaded, AppError> {
    let missing = || AppError::not_found("group");
    let id = snap.group_id_by_slug(slug)?.ok_or_else(missing)?;
    let group = snap.group(id)?.ok_or_else(missing)?;
    let mine = match v.id() {
        Some(me) => snap.membership(id, me)?,
        None => None,
    };
    let active_member = mine
        .as_ref()
        .is_some_and(|m| m.status == MemberStatus::Active);
    if !access::group_open(v.is_staff(), active_member, &group) {
        return Err(missing());
    }
    let manages = access::manages_group(v.is_staff(), mine.as_ref());
    Ok(Loaded {
        id,
        group,
        mine,
        manages,
    })
}

/// Active members of a group, counted over its range of the membership index.
pub(super) fn member_count(snap: &Snapshot, group: GroupId) -> Result<u64, StoreError> {
    Ok(snap
        .members_of(group)?
        .iter()
        .filter(|(_, m)| m.status == MemberStatus::Active)
        .count() as u64)
}

/// The viewer's memberships, by group.
pub(crate) fn memberships_of(
    snap: &Snapshot,
    user: Option<UserId>,
) -> Result<HashMap<GroupId, Membership>, StoreError> {
    Ok(match user {
        Some(user) => snap.memberships_of(user)?.into_iter().collect(),
        None => HashMap::new(),
    })
}

/// "Berlin, Brandenburg, Germany"; empty parts left out; "" when the group has no place.
pub(crate) fn place(g: &Group) -> String {
    if g.city == UNKNOWN_CITY {
        return String::new();
    }
    crate::http::pages::map::place_text(&g.city, &g.state, &g.country)
}

/// The privacy as a labelled pill.
pub(crate) fn privacy_pill(p: Privacy, lang: Lang) -> Markup {
    let (class, id) = match p {
        Privacy::Public => ("pill ok", "privacy-public"),
        Privacy::Request => ("pill warn", "privacy-request"),
        Privacy::Private => ("pill danger", "privacy-private"),
    };
    html! { span class=(class) { (i18n::text(lang, id)) } }
}

#[cfg(test)]
mod tests {
    use super::list::matches;
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
            owner: UserId(1),
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
