//! What a search finds for one viewer, shared by the search page, the item list's search
//! and `GET /api/search`: the index (`views::search::query`) with this viewer's rules of
//! who may see what (`domain::access`, `views::audience`) as its judge.

use crate::domain::access::Access;
use crate::domain::choice::ItemStatus;
use crate::domain::records::{Group, GroupId, Id, Item, ItemId, User, UserId};
use crate::domain::search::Kind;
use crate::http::pages::items::{access_of, People};
use crate::http::session::Viewer;
use crate::store::read::Snapshot;
use crate::store::StoreError;
use crate::views::audience::Audience;
use crate::views::search::query::{self, Found, Seen, Visitor};

/// The longest query read (longer ones are cut on a character boundary).
pub const MAX_QUERY: usize = 200;
/// The deepest page of results (a page past the first ones costs what all before it do).
pub const MAX_PAGE: usize = 50;

/// What the item list's filters add to a search of items.
#[derive(Debug, Clone, Default)]
pub struct ItemFilter {
    pub group: Option<GroupId>,
    /// A category and its descendants.
    pub categories: Option<Vec<Id>>,
    pub status: Option<ItemStatus>,
}

impl ItemFilter {
    fn keeps(&self, item: &Item) -> bool {
        self.group.is_none_or(|g| item.groups.contains(&g))
            && self.status.is_none_or(|s| item.status == s)
            && self
                .categories
                .as_ref()
                .is_none_or(|cs| item.category.is_some_and(|c| cs.contains(&c)))
    }
}

/// The records of a page of results, best first.
pub enum Hits {
    Items(Vec<(ItemId, Item)>),
    Groups(Vec<(GroupId, Group)>),
    Members(Vec<(UserId, User)>),
}

/// A page of results for one viewer.
pub struct Results {
    pub hits: Hits,
    pub more: bool,
    /// The query as read after forgiving a typo.
    pub corrected: Option<String>,
}

impl Results {
    pub fn is_empty(&self) -> bool {
        match &self.hits {
            Hits::Items(v) => v.is_empty(),
            Hits::Groups(v) => v.is_empty(),
            Hits::Members(v) => v.is_empty(),
        }
    }
}

/// `q` cut to [`MAX_QUERY`] bytes.
pub fn bounded(q: &str) -> &str {
    let mut end = q.len().min(MAX_QUERY);
    while !q.is_char_boundary(end) {
        end -= 1;
    }
    &q[..end]
}

/// The viewer of a search, read once per request: their groups and who they may name.
pub struct Looking<'s> {
    pub access: Access,
    pub audience: Audience<'s>,
}

impl<'s> Looking<'s> {
    pub fn of(snap: &'s Snapshot, v: &Viewer) -> Result<Looking<'s>, StoreError> {
        Ok(Looking {
            access: access_of(snap, v)?,
            audience: v.audience(snap),
        })
    }

    /// One page (1-based, `per_page` results) of what `q` finds among records of `kind`.
    pub fn find(
        &self,
        snap: &Snapshot,
        (kind, q): (Kind, &str),
        (page, per_page): (usize, usize),
    ) -> Result<Results, StoreError> {
        let viewer = (&self.access, &self.audience);
        find(
            snap,
            viewer,
            (kind, q),
            (page, per_page),
            &ItemFilter::default(),
        )
    }

    /// Whether the viewer may see the name of `owner` on an item (their own, or one the
    /// privacy rules show).
    pub fn names_owner(&self, owner: UserId) -> Result<bool, StoreError> {
        names_owner((&self.access, &self.audience), owner)
    }
}

/// Whether an item's owner is named to the viewer: their own item, or a name the privacy
/// rules show on pages (so words of it may find the item).
fn names_owner(
    (access, audience): (&Access, &Audience),
    owner: UserId,
) -> Result<bool, StoreError> {
    Ok(access.me == Some(owner) || audience.names_on_pages(owner)?)
}

/// One page (1-based) of what `q` finds among records of `kind` that the viewer may see.
pub fn find(
    snap: &Snapshot,
    (access, audience): (&Access, &Audience),
    (kind, q): (Kind, &str),
    (page, per_page): (usize, usize),
    filter: &ItemFilter,
) -> Result<Results, StoreError> {
    let q = bounded(q);
    let wanted = (page, per_page);
    let (found, hits) = match kind {
        Kind::Item => {
            let mut people = People::default();
            let mut judge = |id: u64| -> Result<Option<Seen>, StoreError> {
                let Some(item) = snap.item(ItemId(id))? else {
                    return Ok(None);
                };
                // As the item list: archived items are not listed, not even to their owner.
                if !item.is_active || !filter.keeps(&item) {
                    return Ok(None);
                }
                let owner_active = people.is_active(snap, item.owner)?;
                if !owner_active || !access.may_see(&item, true) {
                    return Ok(None);
                }
                Ok(Some(Seen {
                    available: item.status == ItemStatus::Available,
                    owner_named: names_owner((access, audience), item.owner)?,
                }))
            };
            // A visitor sees public items of active owners only, which the index knows.
            let found = match access.me {
                None => query::search(snap.txn(), kind, q, wanted, &mut Visitor(&mut judge))?,
                Some(_) => query::search(snap.txn(), kind, q, wanted, &mut judge)?,
            };
            let items = load(&found, ItemId, |id| snap.item(id))?;
            (found, Hits::Items(items))
        }
        Kind::Group => {
            let mut judge = |id: u64| -> Result<Option<Seen>, StoreError> {
                Ok(match snap.group(GroupId(id))? {
                    Some(g) if access.lists_group(GroupId(id), &g) => Some(Seen::PLAIN),
                    _ => None,
                })
            };
            let found = query::search(snap.txn(), kind, q, wanted, &mut judge)?;
            let groups = load(&found, GroupId, |id| snap.group(id))?;
            (found, Hits::Groups(groups))
        }
        Kind::Member => {
            let mut judge = |id: u64| -> Result<Option<Seen>, StoreError> {
                let active = snap.user(UserId(id))?.is_some_and(|u| u.is_active);
                Ok((active && audience.sees_profile(UserId(id))?).then_some(Seen::PLAIN))
            };
            let found = query::search(snap.txn(), kind, q, wanted, &mut judge)?;
            let users = load(&found, UserId, |id| snap.user(id))?;
            (found, Hits::Members(users))
        }
    };
    Ok(Results {
        hits,
        more: found.more,
        corrected: found.corrected,
    })
}

/// The records of a page by their ids (`id` makes one of the index's numbers), read again from
/// the same snapshot (each was just judged there).
fn load<I: Copy, T>(
    found: &Found,
    id: fn(u64) -> I,
    read: impl Fn(I) -> Result<Option<T>, StoreError>,
) -> Result<Vec<(I, T)>, StoreError> {
    let mut out = Vec::with_capacity(found.ids.len());
    for &n in &found.ids {
        if let Some(r) = read(id(n))? {
            out.push((id(n), r));
        }
    }
    Ok(out)
}
