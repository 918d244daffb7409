//! The index kept on write: each command that changes what a record shows calls here in its
//! own transaction. A record's new document joins the pending records (`fresh`); the next
//! merge compares it with the one the postings hold, term by term, and writes only the
//! differences: an edit that leaves the words alone writes nothing, and one new word costs a
//! posting and its count.

use redb::ReadableTable;

use super::{count_key, document, fresh, ID_LIMIT};
use crate::domain::records::{Group, GroupId, Id, Item, ItemId, User, UserId};
use crate::domain::search::{Doc, Kind, Language};
use crate::store::tx::W;
use crate::store::StoreError;

/// Writes `doc` as the document of record `id` of `kind` (`None`: it has none). It waits
/// with the pending records (`fresh`) for the next merge, which writes its postings, counts
/// and stored document.
pub fn put(w: &mut W<'_>, kind: Kind, id: u64, doc: Option<&Doc>) -> Result<(), StoreError> {
    if id >= ID_LIMIT {
        // An id past what a posting holds (none is made here; an import could bring one).
        return Ok(());
    }
    let new = doc.map_or(&[][..], Doc::as_bytes);
    let old = fresh::change(w, kind, id, new)?;
    count(w, kind, old.is_empty(), new.is_empty())
}

/// [`put`] for a record made by this command, which has no document yet (`fresh::add`).
fn put_made(w: &mut W<'_>, kind: Kind, id: u64, doc: Option<&Doc>) -> Result<(), StoreError> {
    let Some(doc) = doc.filter(|_| id < ID_LIMIT) else {
        return Ok(());
    };
    fresh::add(w, kind, id, doc.as_bytes())?;
    count(w, kind, true, false)
}

/// Counts a record of `kind` in or out when it gains its first document or loses its last.
fn count(w: &mut W<'_>, kind: Kind, had_none: bool, has_none: bool) -> Result<(), StoreError> {
    let change = i64::from(!has_none) - i64::from(!had_none);
    if change != 0 {
        let k = count_key(kind);
        let count = w.meta.get(k)?.map_or(0, |v| v.value());
        w.meta.insert(k, count.saturating_add_signed(change))?;
    }
    Ok(())
}

/// Whether two versions of an item give the same document (the fields it reads, and who
/// may see it: a visitor or not).
fn same_words(a: &Item, b: &Item) -> bool {
    a.title == b.title
        && a.description == b.description
        && a.category == b.category
        && a.is_active == b.is_active
        && a.owner == b.owner
        && a.visibility == b.visibility
}

/// Set by the search bench's side-by-side write timing (`measure-index-off`): items are then
/// not indexed. No release has it.
#[cfg(feature = "measure-index-off")]
pub static SKIP_ITEMS_FOR_MEASURING: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// Indexes an item again after a write changed it from `before` to `after`; `before` is
/// `None` only for an item the command made (it has no document yet: `fresh::add`).
pub fn item_changed(
    w: &mut W<'_>,
    id: ItemId,
    before: Option<&Item>,
    after: Option<&Item>,
) -> Result<(), StoreError> {
    #[cfg(feature = "measure-index-off")]
    if SKIP_ITEMS_FOR_MEASURING.load(std::sync::atomic::Ordering::Relaxed) {
        return Ok(());
    }
    match (before, after) {
        (Some(b), Some(a)) if same_words(b, a) => Ok(()),
        (None, Some(a)) => {
            let doc = item_doc(w, id, a)?;
            put_made(w, Kind::Item, id.0, doc.as_ref())
        }
        (_, Some(a)) => item(w, id, a),
        (_, None) => put(w, Kind::Item, id.0, None),
    }
}

/// Indexes an item as it is now, with its category's and its owner's names.
pub fn item(w: &mut W<'_>, id: ItemId, it: &Item) -> Result<(), StoreError> {
    let doc = item_doc(w, id, it)?;
    put(w, Kind::Item, id.0, doc.as_ref())
}

/// An item's document as it is now (`None` once it is no longer active).
fn item_doc(w: &mut W<'_>, id: ItemId, it: &Item) -> Result<Option<Doc>, StoreError> {
    if !it.is_active {
        return Ok(None);
    }
    let owner = OwnerSide::of(w, it.owner)?;
    item_doc_beside(w, id, it, &owner)
}

/// What an item's document takes from its owner, the same for each of their items: their
/// name, whether visitors see it, and the site's language.
struct OwnerSide {
    name: Option<String>,
    seen_by_visitors: bool,
    lang: crate::domain::search::Language,
}

impl OwnerSide {
    fn of(w: &mut W<'_>, owner: UserId) -> Result<OwnerSide, StoreError> {
        let name = w.users.get(owner)?.and_then(|u| document::owner_name(&u));
        let privacy = w.privacy_of(owner)?;
        Ok(OwnerSide {
            name,
            seen_by_visitors: crate::domain::privacy::seen_by_visitors(privacy),
            lang: super::language(&w.meta)?,
        })
    }
}

/// [`item_doc`] with its owner's side already read.
fn item_doc_beside(
    w: &mut W<'_>,
    id: ItemId,
    it: &Item,
    owner: &OwnerSide,
) -> Result<Option<Doc>, StoreError> {
    if !it.is_active {
        return Ok(None);
    }
    let details = w.item_details.open()?.get(id)?;
    let category = match it.category {
        Some(c) => w.categories.open()?.get(c)?.map(|c| c.name),
        None => None,
    };
    let beside = document::Beside {
        category: category.as_deref(),
        owner: owner.name.as_deref(),
        owner_named_to_visitors: owner.seen_by_visitors,
        ..Default::default()
    };
    Ok(document::item(
        it,
        beside.details(details.as_ref()),
        owner.lang,
    ))
}

/// Indexes again every item of `owner` (their name changed, their account was switched on
/// or off, or visitors are now shown their name or no longer); the owner is read once.
pub fn items_of(w: &mut W<'_>, owner: UserId) -> Result<(), StoreError> {
    let mut ids = Vec::new();
    for row in w.items_by_owner.range((owner.0, 0)..=(owner.0, u64::MAX))? {
        ids.push(ItemId(row?.0.value().1));
    }
    let side = OwnerSide::of(w, owner)?;
    for id in ids {
        if let Some(it) = w.items.get(id)? {
            let doc = item_doc_beside(w, id, &it, &side)?;
            put(w, Kind::Item, id.0, doc.as_ref())?;
        }
    }
    Ok(())
}

/// Indexes again every item of `category` (renamed): a scan of the items, as a merge of
/// categories is; staff rename one rarely.
pub fn items_in_category(w: &mut W<'_>, category: Id) -> Result<(), StoreError> {
    let mut found = Vec::new();
    for row in w.items.iter()? {
        let (id, v) = row?;
        let it = <Item as crate::store::codec::Stored>::decode(v.value())?;
        if it.category == Some(category) && it.is_active {
            found.push((ItemId(id.value()), it));
        }
    }
    for (id, it) in found {
        item(w, id, &it)?;
    }
    Ok(())
}

/// Indexes a group as it is now.
pub fn group(w: &mut W<'_>, id: GroupId, g: &Group) -> Result<(), StoreError> {
    let doc = document::group(g, super::language(&w.meta)?);
    put(w, Kind::Group, id.0, doc.as_ref())
}

/// Indexes a member as they are now.
pub fn member(w: &mut W<'_>, id: UserId, u: &User) -> Result<(), StoreError> {
    let doc = document::member(u, super::language(&w.meta)?);
    put(w, Kind::Member, id.0, doc.as_ref())
}

/// Indexes every record again in `lang` (the site's language changed): the index emptied,
/// then each member, group and item put back. Only their ids are held, not their documents;
/// a community of a few thousand members takes a moment, a million a few minutes.
pub fn reindex(w: &mut W<'_>, lang: Language) -> Result<(), StoreError> {
    w.search_blocks.open()?.retain(|_, _| false)?;
    w.search_terms.open()?.retain(|_, _| false)?;
    w.search_docs.open()?.retain(|_, _| false)?;
    w.search_fresh.open()?.retain(|_, _| false)?;
    for kind in Kind::ALL {
        w.meta.insert(count_key(kind), 0)?;
    }
    w.meta.insert(super::LANGUAGE_KEY, lang.code())?;
    let ids = |t: &redb::Table<'_, u64, &'static [u8]>| -> Result<Vec<u64>, StoreError> {
        t.iter()?.map(|row| Ok(row?.0.value())).collect()
    };
    for id in ids(&w.users)?.into_iter().map(UserId) {
        if let Some(u) = w.users.get(id)? {
            member(w, id, &u)?;
        }
    }
    for id in ids(&w.groups)?.into_iter().map(GroupId) {
        if let Some(g) = w.groups.get(id)? {
            group(w, id, &g)?;
        }
    }
    for id in ids(&w.items)?.into_iter().map(ItemId) {
        if let Some(it) = w.items.get(id)? {
            item(w, id, &it)?;
        }
    }
    fresh::merge(w)
}
