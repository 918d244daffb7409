//! Items in the browser: the list with filters (`/items`), an item's page with the request
//! form, sharing and editing an item, and the viewer's own items (`/my/items`).
//!
//! What a viewer may see (DOMAIN.md) is decided by `domain::access` for every page here, the
//! loan and group pages and the loan commands alike.

pub(crate) mod detail;
mod edit;
pub(crate) mod list;
mod mine;
pub mod photos;

use crate::http::nameless::a_member;
use crate::http::photos::avatar;
use crate::i18n::{self, Lang};
use crate::views::audience::Audience;
use std::collections::HashMap;

use crate::http::UPLOAD_LIMIT;
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};

use crate::domain::choice::{Condition, ItemStatus, LoanStatus, MemberStatus, Visibility};
use crate::domain::records::{Group, GroupId, ItemId, User, UserId};
use crate::http::session::Viewer;
use crate::http::state::App;
use crate::store::read::Snapshot;
use crate::store::StoreError;

pub fn router() -> Router<App> {
    Router::new()
        .route("/items", get(list::page))
        .route(
            "/items/new",
            get(edit::new_page).post(edit::create.layer(DefaultBodyLimit::max(UPLOAD_LIMIT))),
        )
        .route("/items/{id}", get(detail::page))
        .route("/items/{id}/edit", get(edit::edit_page).post(edit::update))
        .route(
            "/items/{id}/photos",
            post(photos::add).layer(DefaultBodyLimit::max(UPLOAD_LIMIT)),
        )
        .route("/items/{id}/photos/{digest}", post(photos::change))
        .route("/items/{id}/request", post(detail::request))
        .route("/my/items", get(mine::page))
}

/// Items shown per page of the list.
pub const PER_PAGE: usize = 30;

pub use crate::domain::access::Access;

/// What the viewer of a request may see (their active groups read once).
pub fn access_of(snap: &Snapshot, v: &Viewer) -> Result<Access, StoreError> {
    let Some(me) = &v.me else {
        return Ok(Access::default());
    };
    Ok(Access::new(
        Some(me.id),
        me.is_staff,
        active_groups(snap, me.id)?,
    ))
}

/// The groups `user` is an active member of, ascending.
pub fn active_groups(snap: &Snapshot, user: UserId) -> Result<Vec<GroupId>, StoreError> {
    let mut out: Vec<GroupId> = super::groups::memberships_of(snap, Some(user))?
        .into_iter()
        .filter(|(_, m)| m.status == MemberStatus::Active)
        .map(|(group, _)| group)
        .collect();
    out.sort_unstable();
    Ok(out)
}

/// `(id, group)` of each of these groups that exists.
pub fn groups_named(snap: &Snapshot, ids: &[GroupId]) -> Result<Vec<(GroupId, Group)>, StoreError> {
    let mut out = Vec::new();
    for &id in ids {
        if let Some(g) = snap.group(id)? {
            out.push((id, g));
        }
    }
    Ok(out)
}

/// Users read once per page (owners repeat down a list).
#[derive(Default)]
pub struct People(HashMap<UserId, Option<User>>);

impl People {
    pub fn get(&mut self, snap: &Snapshot, id: UserId) -> Result<Option<&User>, StoreError> {
        if let std::collections::hash_map::Entry::Vacant(e) = self.0.entry(id) {
            e.insert(snap.user(id)?);
        }
        Ok(self.0.get(&id).and_then(Option::as_ref))
    }

    pub fn is_active(&mut self, snap: &Snapshot, id: UserId) -> Result<bool, StoreError> {
        Ok(self.get(snap, id)?.is_some_and(|u| u.is_active))
    }
}

/// A member as `audience` may see them (DOMAIN.md, "Profile privacy"): their display name,
/// linked to their profile when the viewer may open it; "a member" when the viewer may not
/// know who they are (the two people of a loan always know each other).
pub fn person(
    audience: &Audience,
    (id, user): (UserId, &User),
    lang: Lang,
) -> Result<Markup, StoreError> {
    let sees = audience.sees_profile(id)?;
    let named = user.is_active && sees;
    if !named && !sees && !audience.shares_loan(id)? {
        return Ok(a_member(lang));
    }
    // Their picture goes where their name does.
    let picture = audience.snapshot().avatar(id)?;
    let face = avatar(picture.as_ref(), &user.display_name(), 24);
    Ok(if named {
        html! { a.person href={ "/users/" (user.username) } { (face) " " (user.display_name()) } }
    } else {
        html! { span.person { (face) " " (user.display_name()) } }
    })
}

/// A status as the list's filter names it.
pub fn status_label(s: ItemStatus, lang: Lang) -> &'static str {
    let id = match s {
        ItemStatus::Available => "status-available",
        ItemStatus::Borrowed => "status-borrowed",
        ItemStatus::NotRightNow => "status-not-now",
        ItemStatus::SpecialConditions => "status-special",
    };
    i18n::text(lang, id)
}

/// How far the loan holding a `borrowed` item has got (`None` for an item no loan holds).
pub fn lent_state(
    snap: &Snapshot,
    id: ItemId,
    status: ItemStatus,
) -> Result<Option<LoanStatus>, StoreError> {
    if status != ItemStatus::Borrowed {
        return Ok(None);
    }
    Ok(match snap.open_loan_of(id)? {
        Some(loan) => snap.loan(loan)?.map(|l| l.status),
        None => None,
    })
}

/// The item's status as a pill, a lent item's as its loan stands: promised (approved, not yet
/// handed over), lent out, or coming back (returned, not yet confirmed).
pub fn status_pill(s: ItemStatus, lent: Option<LoanStatus>, lang: Lang) -> Markup {
    let (class, id) = match (s, lent) {
        (ItemStatus::Borrowed, Some(LoanStatus::Approved)) => ("pill warn", "pill-promised"),
        (ItemStatus::Borrowed, Some(LoanStatus::BorrowerReturned)) => {
            ("pill warn", "pill-coming-back")
        }
        (ItemStatus::Borrowed, _) => ("pill warn", "pill-lent-out"),
        (ItemStatus::Available, _) => ("pill ok", "status-available"),
        (ItemStatus::SpecialConditions, _) => ("pill warn", "status-special"),
        (ItemStatus::NotRightNow, _) => ("pill", "status-not-now"),
    };
    html! { span class=(class) { (i18n::text(lang, id)) } }
}

pub fn condition_label(c: Condition, lang: Lang) -> &'static str {
    let id = match c {
        Condition::New => "condition-new",
        Condition::Excellent => "condition-excellent",
        Condition::Good => "condition-good",
        Condition::Fair => "condition-fair",
        Condition::Poor => "condition-poor",
    };
    i18n::text(lang, id)
}

pub fn visibility_label(v: Visibility, lang: Lang) -> &'static str {
    let id = match v {
        Visibility::Public => "visibility-public",
        Visibility::Restricted => "visibility-restricted",
        Visibility::Private => "visibility-private",
    };
    i18n::text(lang, id)
}
