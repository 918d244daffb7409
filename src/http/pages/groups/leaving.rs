//! What leaving a group leaves behind, told to the member before and after they leave: their
//! items stop being shared with it (a restricted item left with no group becomes private,
//! `domain::access::unshared`) and the requests made through it end
//! (`domain::loan::ends_on_leaving`). The leave command applies the same two rules.

use maud::{html, Markup};

use crate::domain::access::unshared;
use crate::domain::choice::{MemberStatus, Visibility};
use crate::domain::loan::ends_on_leaving;
use crate::domain::records::{GroupId, ItemId, LoanId, UserId};
use crate::http::session::Viewer;
use crate::i18n::Arg;
use crate::store::read::Snapshot;
use crate::store::StoreError;

/// One item no longer shared: its title, and whether it becomes private.
pub(crate) struct Unshared {
    pub(crate) id: ItemId,
    pub(crate) title: String,
    pub(crate) now_private: bool,
}

/// A request that ends: the item's title.
pub(crate) struct Ended {
    pub(crate) id: LoanId,
    pub(crate) item: String,
}

#[derive(Default)]
pub(crate) struct Departure {
    pub(crate) unshared: Vec<Unshared>,
    pub(crate) ended: Vec<Ended>,
}

impl Departure {
    /// What `user` leaving `group` would change, read from a snapshot: nothing unless they are
    /// an active member (a request to join withdrawn leaves nothing behind).
    pub(crate) fn of(
        snap: &Snapshot,
        user: UserId,
        group: GroupId,
    ) -> Result<Departure, StoreError> {
        let mut d = Departure::default();
        let membership = snap.membership(group, user)?;
        if membership.is_none_or(|m| m.status != MemberStatus::Active) {
            return Ok(d);
        }
        for id in snap.items_of(user)? {
            let Some(item) = snap.item(id)? else { continue };
            if let Some(after) = unshared(&item, group) {
                d.unshared.push(Unshared {
                    id,
                    now_private: after.visibility == Visibility::Private
                        && item.visibility != Visibility::Private,
                    title: item.title,
                });
            }
        }
        for id in snap.loans_of(user)? {
            let Some(loan) = snap.loan(id)? else { continue };
            if ends_on_leaving(&loan, user, group) {
                let item = snap.item(loan.item)?.map(|i| i.title).unwrap_or_default();
                d.ended.push(Ended { id, item });
            }
        }
        Ok(d)
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.unshared.is_empty() && self.ended.is_empty()
    }

    fn private_count(&self) -> usize {
        self.unshared.iter().filter(|u| u.now_private).count()
    }
}

/// Beside the Leave button: what leaving would change.
pub(super) fn warning(v: &Viewer, d: &Departure) -> Markup {
    if d.is_empty() {
        return html! {};
    }
    let private = d.private_count();
    let mut items = String::new();
    if !d.unshared.is_empty() {
        items = v.tr(
            "leaving-unshared",
            &[("count", Arg::count(d.unshared.len()))],
        );
        if private > 0 {
            items.push(' ');
            items.push_str(&v.tr("leaving-private", &[("count", Arg::count(private))]));
        }
    }
    let requests = v.tr("leaving-ended", &[("count", Arg::count(d.ended.len()))]);
    let said = match (d.unshared.is_empty(), d.ended.is_empty()) {
        (false, false) => v.tr(
            "leaving-if-both",
            &[
                ("items", Arg::Text(&items)),
                ("requests", Arg::Text(&requests)),
            ],
        ),
        (false, true) => v.tr("leaving-if", &[("what", Arg::Text(&items))]),
        _ => v.tr("leaving-if", &[("what", Arg::Text(&requests))]),
    };
    html! { small.leaving { (said) } }
}

/// After leaving: what changed, each with a link to set it right.
pub(super) fn told(v: &Viewer, d: &Departure, group_name: &str) -> Markup {
    html! {
        h1 { (v.tr("leaving-left", &[("group", Arg::Text(group_name))])) }
        @if !d.unshared.is_empty() {
            section aria-labelledby="unshared" {
                h2 #unshared { (v.t("leaving-unshared-title")) }
                ul {
                    @for u in &d.unshared {
                        li {
                            a href={ "/items/" (u.id) } { (u.title) }
                            @if u.now_private {
                                " " (v.t("leaving-now-private")) " "
                                a href={ "/items/" (u.id) "/edit" } { (v.t("leaving-share-again")) }
                            }
                        }
                    }
                }
            }
        }
        @if !d.ended.is_empty() {
            section aria-labelledby="ended" {
                h2 #ended { (v.t("leaving-ended-title")) }
                ul {
                    @for e in &d.ended {
                        li { a href={ "/loans/" (e.id) } { (e.item) } }
                    }
                }
            }
        }
        p { a href="/groups" { (v.t("group-all")) } " · " a href="/my/items" { (v.t("nav-my-items")) } }
    }
}
