//! The index kept on write: each command that changes what a record shows calls here in its
//! own transaction. A record's new document is compared with the one the index holds, term
//! by term, and only the differences are written: an edit that leaves the words alone writes
//! nothing, and one new word costs a posting and its count.

use redb::ReadableTable;

use super::{count_key, document, order, ID_LIMIT};
use crate::domain::records::{Group, GroupId, Id, Item, ItemId, User, UserId};
use crate::domain::search::{Doc, Entries, Entry, Kind, Language};
use crate::store::tx::{add_to_count, W};
use crate::store::StoreError;

/// Writes `doc` as the document of record `id` of `kind` (`None`: it has none).
pub fn put(w: &mut W<'_>, kind: Kind, id: u64, doc: Option<&Doc>) -> Result<(), StoreError> {
    if id >= ID_LIMIT {
        // An id past what a posting holds (none is made here; an import could bring one).
        return Ok(());
    }
    let key = (kind as u8, id);
    let docs = w.search_docs.open()?;
    let old = docs.get(key)?.map(|v| v.value().to_vec());
    let new = doc.map(Doc::as_bytes);
    if old.as_deref() == new {
        return Ok(());
    }
    match new {
        Some(bytes) => docs.insert(key, bytes)?,
        None => docs.remove(key)?,
    };
    let change = match (&old, new) {
        (None, Some(_)) => Some(1),
        (Some(_), None) => Some(-1),
        _ => None,
    };
    let postings = w.search_postings.open()?;
    let terms = w.search_terms.open()?;
    let mut gone = Entries(old.as_deref().unwrap_or_default()).peekable();
    let mut came = Entries(new.unwrap_or_default()).peekable();
    loop {
        let (o, n) = (gone.peek().copied(), came.peek().copied());
        let (remove, add): (Option<Entry>, Option<Entry>) = match (o, n) {
            (None, None) => break,
            (Some(o), Some(n)) if o.term == n.term => {
                gone.next();
                came.next();
                if o.impact == n.impact {
                    continue;
                }
                postings.remove((kind as u8, o.term, order(o.impact, id)))?;
                postings.insert((kind as u8, n.term, order(n.impact, id)), ())?;
                continue;
            }
            (Some(o), n) if n.is_none_or(|n| o.term < n.term) => (gone.next(), None),
            _ => (None, came.next()),
        };
        // A term's count changes in place: a leaf first touched in the transaction is then
        // copied whole rather than rebuilt entry by entry, as an insert would.
        if let Some(o) = remove {
            postings.remove((kind as u8, o.term, order(o.impact, id)))?;
            add_to_count(terms, &(kind as u8, o.term), -1)?;
        }
        if let Some(n) = add {
            postings.insert((kind as u8, n.term, order(n.impact, id)), ())?;
            add_to_count(terms, &(kind as u8, n.term), 1)?;
        }
    }
    if let Some(change) = change {
        let k = count_key(kind);
        let count = w.meta.get(k)?.map_or(0, |v| v.value());
        w.meta.insert(k, count.saturating_add_signed(change))?;
    }
    Ok(())
}

/// Whether two versions of an item give the same document (the fields it reads).
fn same_words(a: &Item, b: &Item) -> bool {
    a.title == b.title
        && a.description == b.description
        && a.category == b.category
        && a.is_active == b.is_active
        && a.owner == b.owner
}

/// Indexes an item again after a write changed it from `before` to `after`.
pub fn item_changed(
    w: &mut W<'_>,
    id: ItemId,
    before: Option<&Item>,
    after: Option<&Item>,
) -> Result<(), StoreError> {
    match (before, after) {
        (Some(b), Some(a)) if same_words(b, a) => Ok(()),
        (_, Some(a)) => item(w, id, a),
        (_, None) => put(w, Kind::Item, id.0, None),
    }
}

/// Indexes an item as it is now, with its category's and its owner's names.
pub fn item(w: &mut W<'_>, id: ItemId, it: &Item) -> Result<(), StoreError> {
    if !it.is_active {
        return put(w, Kind::Item, id.0, None);
    }
    let details = w.item_details.open()?.get(id)?;
    let category = match it.category {
        Some(c) => w.categories.open()?.get(c)?.map(|c| c.name),
        None => None,
    };
    let owner = w
        .users
        .get(it.owner)?
        .and_then(|u| document::owner_name(&u));
    let beside = document::Beside {
        category: category.as_deref(),
        owner: owner.as_deref(),
        ..Default::default()
    };
    let lang = super::language(&w.meta)?;
    let doc = document::item(it, beside.details(details.as_ref()), lang);
    put(w, Kind::Item, id.0, doc.as_ref())
}

/// Indexes again every item of `owner` (their name changed, or their account was switched
/// on or off).
pub fn items_of(w: &mut W<'_>, owner: UserId) -> Result<(), StoreError> {
    let mut ids = Vec::new();
    for row in w.items_by_owner.range((owner.0, 0)..=(owner.0, u64::MAX))? {
        ids.push(ItemId(row?.0.value().1));
    }
    for id in ids {
        if let Some(it) = w.items.get(id)? {
            item(w, id, &it)?;
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
    w.search_postings.open()?.retain(|_, _| false)?;
    w.search_terms.open()?.retain(|_, _| false)?;
    w.search_docs.open()?.retain(|_, _| false)?;
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
    Ok(())
}
