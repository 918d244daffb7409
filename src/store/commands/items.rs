//! Items and their categories.

use crate::domain::records::{Category, GroupId, Id, Item, ItemDetails, ItemId, Stamped, UserId};
use crate::i18n::phrase::Phrase;
use crate::store::codec::Stored;
use redb::ReadableTable;

use super::awards::apply_contributions;
use super::groups::membership;
use super::loans::decline_unseen_requests;
use super::{conflict, forbidden, Acting, Apply, CommandError, CommandResult, ItemFields};
use crate::domain::access;
use crate::domain::choice::{ItemStatus, MemberStatus, Visibility};
use crate::domain::figures::item_contributions;
use crate::domain::validate::{check_text, invalid, Slug};
use crate::store::evict;
use crate::store::tx::W;
use crate::views::maintain::Memo;
use crate::views::search::maintain as search;

/// The longest loan an item may offer, in days.
pub(crate) const MAX_LOAN_DAYS: u32 = 365;

fn check_fields(
    w: &mut W<'_>,
    owner: UserId,
    f: &ItemFields,
) -> Result<(String, String), CommandError> {
    let title = check_text("title", &f.title, 200, true)?;
    let description = check_text("description", &f.description, 5000, false)?;
    if !(1..=MAX_LOAN_DAYS).contains(&f.max_loan_days) {
        return Err(invalid(
            "max_loan_days",
            Phrase::id("invalid-days").number("max", MAX_LOAN_DAYS),
        )
        .into());
    }
    if f.status == ItemStatus::Borrowed {
        return Err(invalid("status", Phrase::id("invalid-status-borrowed")).into());
    }
    if let Some(c) = f.category {
        if !w.categories.open()?.get(c)?.is_some_and(|c| c.is_active) {
            return Err(invalid("category", Phrase::id("invalid-category")).into());
        }
    }
    let mut previous = None;
    for &g in &f.groups {
        if previous.is_some_and(|p| p >= g) {
            return Err(invalid("groups", Phrase::id("invalid-groups-order")).into());
        }
        previous = Some(g);
        match membership(w, g, owner)? {
            Some((_, m)) if m.status == MemberStatus::Active => {}
            _ => return Err(invalid("groups", Phrase::id("invalid-groups-member")).into()),
        }
    }
    if f.visibility == Visibility::Restricted && f.groups.is_empty() {
        return Err(invalid("groups", Phrase::id("invalid-restricted-group")).into());
    }
    Ok((title, description))
}

/// Comuniza's item identifier: 10 characters of `A-Z0-9`, random (36^10 of them: a
/// collision is not a practical concern).
fn new_identifier() -> String {
    use password_hash::rand_core::{OsRng, RngCore};
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let mut bytes = [0u8; 10];
    OsRng.fill_bytes(&mut bytes);
    bytes
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect()
}

/// A new item, its owner the one who shares it.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateItem(pub ItemFields);

impl Apply for CreateItem {
    fn apply(&self, w: &mut W<'_>, memo: &mut Memo, a: Acting) -> CommandResult {
        let CreateItem(f) = self;
        let owner = a.member()?;
        let (title, description) = check_fields(w, owner, f)?;
        let id = w.next_id("items")?;
        let item = Item {
            slug: format!("{}-{id}", Slug::from_text(&title).as_str()),
            title,
            description,
            category: f.category,
            condition: f.condition,
            status: f.status,
            max_loan_days: f.max_loan_days,
            owner,
            groups: f.groups.clone(),
            visibility: f.visibility,
            is_active: true,
            created_at: w.now,
        };
        w.items.put(ItemId(id), &item)?;
        w.stamp(Stamped::Item, ItemId(id), true)?;
        // Comuniza's key of the item's pages, made as Comuniza makes it.
        let details = ItemDetails {
            identifier: new_identifier(),
            allow_reservations: true,
            ..ItemDetails::default()
        };
        w.item_details.open()?.put(ItemId(id), &details)?;
        index_item(w, ItemId(id), None, Some(&item))?;
        apply_contributions(w, memo, &item_contributions(&item), 1)?;
        Ok(id)
    }
}

/// An item's details; `is_active: false` archives it.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateItem {
    pub item: ItemId,
    pub fields: ItemFields,
    pub is_active: bool,
}

impl Apply for UpdateItem {
    fn apply(&self, w: &mut W<'_>, memo: &mut Memo, a: Acting) -> CommandResult {
        let UpdateItem {
            item: id,
            fields: ref f,
            is_active,
        } = *self;
        let before = w.items.get(id)?.ok_or(CommandError::NotFound("item"))?;
        if !a.is(before.owner) && !a.is_staff {
            return Err(forbidden(Phrase::id("refuse-item-owner-only")));
        }
        let (title, description) = check_fields(w, before.owner, f)?;
        let lent = w.open_loans.get(id)?.is_some();
        if lent && !is_active {
            return Err(conflict(Phrase::id("refuse-lent-withdrawn")));
        }

        let mut after = before.clone();
        after.title = title;
        after.description = description;
        after.category = f.category;
        after.condition = f.condition;
        after.status = if lent { ItemStatus::Borrowed } else { f.status };
        after.max_loan_days = f.max_loan_days;
        after.groups = f.groups.clone();
        after.visibility = f.visibility;
        after.is_active = is_active;
        w.items.put(id, &after)?;
        w.stamp(Stamped::Item, id, false)?;
        index_item(w, id, Some(&before), Some(&after))?;
        decline_unseen_requests(w, id, &after)?;
        apply_contributions(w, memo, &item_contributions(&before), -1)?;
        apply_contributions(w, memo, &item_contributions(&after), 1)?;
        Ok(id.0)
    }
}

/// Archives an item (its owner left the site): as `UpdateItem` with `is_active: false`, the
/// requests waiting for it declined.
pub(crate) fn archive(
    w: &mut W<'_>,
    memo: &mut Memo,
    id: ItemId,
    before: &Item,
) -> Result<(), CommandError> {
    let mut after = before.clone();
    after.is_active = false;
    w.items.put(id, &after)?;
    w.stamp(Stamped::Item, id, false)?;
    index_item(w, id, Some(before), Some(&after))?;
    decline_unseen_requests(w, id, &after)?;
    apply_contributions(w, memo, &item_contributions(before), -1)?;
    apply_contributions(w, memo, &item_contributions(&after), 1)?;
    Ok(())
}

/// The item listings: by owner and by each of its groups.
pub(crate) fn index_item(
    w: &mut W<'_>,
    id: ItemId,
    before: Option<&Item>,
    after: Option<&Item>,
) -> Result<(), CommandError> {
    if let Some(b) = before {
        w.items_by_owner.remove((b.owner.0, id.0))?;
        for &g in &b.groups {
            w.items_by_group.remove((g.0, id.0))?;
        }
    }
    if let Some(a) = after {
        w.items_by_owner.insert((a.owner.0, id.0), ())?;
        for &g in &a.groups {
            w.items_by_group.insert((g.0, id.0), ())?;
        }
    }
    search::item_changed(w, id, before, after)?;
    Ok(())
}

/// A member's items stop being shared with a group they are no longer in
/// (`domain::access::unshared`). Answers the items changed.
pub(crate) fn unshare_from(
    w: &mut W<'_>,
    memo: &mut Memo,
    owner: UserId,
    group: GroupId,
) -> Result<Vec<ItemId>, CommandError> {
    let mut shared = Vec::new();
    for row in w.items_by_owner.range((owner.0, 0)..=(owner.0, u64::MAX))? {
        shared.push(ItemId(row?.0.value().1));
    }
    let mut changed = Vec::new();
    for id in shared {
        let Some(before) = w.items.get(id)? else {
            continue;
        };
        let Some(after) = access::unshared(&before, group) else {
            continue;
        };
        w.items.put(id, &after)?;
        w.stamp(Stamped::Item, id, false)?;
        index_item(w, id, Some(&before), Some(&after))?;
        apply_contributions(w, memo, &item_contributions(&before), -1)?;
        apply_contributions(w, memo, &item_contributions(&after), 1)?;
        changed.push(id);
    }
    if !changed.is_empty() {
        evict::item_list(&mut w.fx);
    }
    Ok(changed)
}

/// A new category (staff).
#[derive(Debug, Clone, PartialEq)]
pub struct CreateCategory {
    pub name: String,
    pub slug: String,
    pub parent: Option<Id>,
}

impl Apply for CreateCategory {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let CreateCategory {
            ref name,
            ref slug,
            parent,
        } = *self;
        a.require_staff()?;
        let name = check_text("name", name, 100, true)?;
        let slug = Slug::parse(slug)?.into_string();
        check_parent(w, None, parent)?;
        let id = w.next_id("categories")?;
        w.categories.open()?.put(
            id,
            &Category {
                name,
                slug,
                parent,
                is_active: true,
            },
        )?;
        w.stamp(Stamped::Category, id, true)?;
        // The item list's filter offers it.
        evict::item_list(&mut w.fx);
        Ok(id)
    }
}

/// A category renamed, moved or archived (staff).
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateCategory {
    pub category: Id,
    pub name: String,
    pub parent: Option<Id>,
    pub is_active: bool,
}

impl Apply for UpdateCategory {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let UpdateCategory {
            category: id,
            ref name,
            parent,
            is_active,
        } = *self;
        a.require_staff()?;
        let mut c = w
            .categories
            .open()?
            .get(id)?
            .ok_or(CommandError::NotFound("category"))?;
        let renamed = c.name != check_text("name", name, 100, true)?;
        c.name = check_text("name", name, 100, true)?;
        check_parent(w, Some(id), parent)?;
        c.parent = parent;
        c.is_active = is_active;
        w.categories.open()?.put(id, &c)?;
        w.stamp(Stamped::Category, id, false)?;
        if renamed {
            // Its items are found by its name.
            search::items_in_category(w, id)?;
        }
        // The item list shows categories' names and offers them.
        evict::item_list(&mut w.fx);
        Ok(id)
    }
}

/// One category folded into another (staff): its items and sub-categories move to `into`, and
/// it is gone. Reads every item once: a rare act of tidying, in one transaction, so no item is
/// ever left naming a category that no longer exists.
#[derive(Debug, Clone, PartialEq)]
pub struct MergeCategory {
    pub from: Id,
    pub into: Id,
}

impl Apply for MergeCategory {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let MergeCategory { from, into } = *self;
        a.require_staff()?;
        if from == into {
            return Err(invalid("into", Phrase::id("invalid-merge-same")).into());
        }
        let gone = w
            .categories
            .open()?
            .get(from)?
            .ok_or(CommandError::NotFound("category"))?;
        let mut kept =
            w.categories.open()?.get(into)?.ok_or_else(|| {
                CommandError::from(invalid("into", Phrase::id("invalid-category")))
            })?;
        // Items may only be in offered categories: their next edit would lose it.
        if !kept.is_active {
            return Err(invalid("into", Phrase::id("invalid-merge-archived")).into());
        }
        // A category merged into one of its own sub-categories: that one takes its place.
        if is_under(w, into, from)? {
            kept.parent = gone.parent.filter(|&p| p != into);
            w.categories.open()?.put(into, &kept)?;
            w.stamp(Stamped::Category, into, false)?;
        }
        let mut children = Vec::new();
        for row in w.categories.open()?.iter()? {
            let (id, v) = row?;
            let (id, c) = (id.value(), Category::decode(v.value())?);
            if c.parent == Some(from) && id != into {
                children.push((id, c));
            }
        }
        for (id, mut c) in children {
            c.parent = Some(into);
            w.categories.open()?.put(id, &c)?;
            w.stamp(Stamped::Category, id, false)?;
        }
        let mut moved = Vec::new();
        for row in w.items.iter()? {
            let (id, v) = row?;
            let item = Item::decode(v.value())?;
            if item.category == Some(from) {
                moved.push((ItemId(id.value()), item));
            }
        }
        for (id, mut item) in moved {
            item.category = Some(into);
            w.items.put(id, &item)?;
            w.stamp(Stamped::Item, id, false)?;
            if gone.name != kept.name {
                search::item(w, id, &item)?;
            }
        }
        w.categories.open()?.remove(from)?;
        w.stamps.remove((Stamped::Category as u8, from))?;
        evict::item_list(&mut w.fx);
        Ok(into)
    }
}

/// Whether `id` is `ancestor` or lies under it.
fn is_under(w: &mut W<'_>, id: Id, ancestor: Id) -> Result<bool, CommandError> {
    let mut next = Some(id);
    let mut steps = 0;
    while let Some(c) = next {
        if c == ancestor {
            return Ok(true);
        }
        next = w.categories.open()?.get(c)?.and_then(|c| c.parent);
        steps += 1;
        if steps > 100 {
            break;
        }
    }
    Ok(false)
}

/// A parent must exist and must not make a cycle.
fn check_parent(w: &mut W<'_>, id: Option<Id>, parent: Option<Id>) -> Result<(), CommandError> {
    let mut next = parent;
    let mut steps = 0;
    while let Some(p) = next {
        if Some(p) == id || steps > 100 {
            return Err(invalid("parent", Phrase::id("invalid-own-ancestor")).into());
        }
        let c =
            w.categories.open()?.get(p)?.ok_or_else(|| {
                CommandError::from(invalid("parent", Phrase::id("invalid-category")))
            })?;
        next = c.parent;
        steps += 1;
    }
    Ok(())
}
