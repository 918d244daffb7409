//! Photos of items and members' pictures: adding, arranging and removing them. Each size is
//! stored once by its digest with an index of what shows it (`domain::photo`); the last use
//! gone frees it. The quota's view (bytes per member) and the site's total move in the same
//! transaction. The photos arrive processed (`photos::process`, off this thread): the writer
//! only checks and stores them.

use crate::i18n::phrase::Phrase;
use redb::ReadableTable;

use super::{forbidden, Acting, Apply, CommandError, CommandResult, CreateItem, ItemFields};
use crate::domain::photo::{
    check_alt, megabytes, Digest, NewPhoto, Photo, Photos, Quota, Size, Use, MAX_PER_ITEM,
};
use crate::domain::records::{Item, ItemId, UserId};
use crate::domain::validate::invalid;
use crate::store::evict;
use crate::store::tables::PHOTO_BYTES;
use crate::store::tx::W;
use crate::store::StoreError;
use crate::views::maintain::Memo;

/// Photos added to an item (its owner, or staff), after those it has.
#[derive(Debug, Clone, PartialEq)]
pub struct AddPhotos {
    pub item: ItemId,
    pub photos: Vec<NewPhoto>,
}

impl Apply for AddPhotos {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let item = owned_item(w, self.item, a)?;
        let photos = w.item_photos.open()?.get(self.item)?.unwrap_or_default();
        let checked = check_new(w, item.owner, &photos, &self.photos)?;
        store_new(w, self.item, item.owner, photos, checked, &self.photos)?;
        Ok(self.item.0)
    }
}

/// A new item shared with its first photos, in one transaction: a photo refused (too many,
/// over the quota) refuses the item too, and nothing is written.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateItemWithPhotos {
    pub fields: ItemFields,
    pub photos: Vec<NewPhoto>,
}

impl Apply for CreateItemWithPhotos {
    fn apply(&self, w: &mut W<'_>, memo: &mut Memo, a: Acting) -> CommandResult {
        let owner = a.member()?;
        let checked = check_new(w, owner, &Photos::default(), &self.photos)?;
        // Checks its fields before it writes anything; the photos' checks are done.
        let id = CreateItem(self.fields.clone()).apply(w, memo, a)?;
        store_new(
            w,
            ItemId(id),
            owner,
            Photos::default(),
            checked,
            &self.photos,
        )?;
        Ok(id)
    }
}

/// The records `new` become beside `photos` (an item's), once checked: room on the item,
/// alt texts, no photo twice, the owner's and the site's quotas.
fn check_new(
    w: &mut W<'_>,
    owner: UserId,
    photos: &Photos,
    new: &[NewPhoto],
) -> Result<Vec<Photo>, CommandError> {
    if new.is_empty() {
        return Err(invalid("photos", Phrase::id("photos-choose")).into());
    }
    let room = MAX_PER_ITEM - photos.list.len().min(MAX_PER_ITEM);
    if new.len() > room {
        let message = match room {
            0 => Phrase::id("invalid-photos-full").number("max", MAX_PER_ITEM),
            _ => Phrase::id("invalid-photos-room")
                .number("max", MAX_PER_ITEM)
                .number("count", room),
        };
        return Err(invalid("photos", message).into());
    }
    let mut checked: Vec<Photo> = Vec::with_capacity(new.len());
    for n in new {
        let mut photo = n.photo(w.now);
        photo.alt = check_alt(&n.alt)?;
        let key = photo.key();
        if photos.position(key).is_some() || checked.iter().any(|p| p.key() == key) {
            return Err(invalid("photos", Phrase::id("invalid-photo-twice")).into());
        }
        checked.push(photo);
    }
    let all: Vec<&NewPhoto> = new.iter().collect();
    check_quotas(w, owner, &all, (0, 0))?;
    Ok(checked)
}

/// Writes checked photos after an item's `photos`, charged to `owner`.
fn store_new(
    w: &mut W<'_>,
    item: ItemId,
    owner: UserId,
    mut photos: Photos,
    checked: Vec<Photo>,
    new: &[NewPhoto],
) -> Result<(), StoreError> {
    let added: u64 = checked.iter().map(Photo::charged).sum();
    for (photo, n) in checked.into_iter().zip(new) {
        store_sizes(w, n, Use::Item(item))?;
        photos.list.push(photo);
    }
    charge(w, owner, added as i64)?;
    w.item_photos.open()?.put(item, &photos)?;
    item_shown(w);
    Ok(())
}

/// One photo of an item moved (`position`: 0 makes it the primary one) or given alt text.
#[derive(Debug, Clone, PartialEq)]
pub struct ArrangePhoto {
    pub item: ItemId,
    pub photo: Digest,
    pub alt: Option<String>,
    pub position: Option<usize>,
}

impl Apply for ArrangePhoto {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        owned_item(w, self.item, a)?;
        let (mut photos, at) = photo_of(w, self.item, self.photo)?;
        let alt = self.alt.as_deref().map(check_alt).transpose()?;
        if let Some(alt) = alt {
            photos.list[at].alt = alt;
        }
        if let Some(to) = self.position {
            if to >= photos.list.len() {
                return Err(invalid(
                    "position",
                    Phrase::id("invalid-from-to")
                        .number("min", 0)
                        .number("max", photos.list.len() - 1),
                )
                .into());
            }
            photos.move_to(at, to);
        }
        w.item_photos.open()?.put(self.item, &photos)?;
        item_shown(w);
        Ok(self.item.0)
    }
}

/// One photo taken off an item; a size nothing else shows is freed.
#[derive(Debug, Clone, PartialEq)]
pub struct RemovePhoto {
    pub item: ItemId,
    pub photo: Digest,
}

impl Apply for RemovePhoto {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let item = owned_item(w, self.item, a)?;
        let (mut photos, at) = photo_of(w, self.item, self.photo)?;
        let gone = photos.list.remove(at);
        let kept: Vec<Digest> = photos
            .list
            .iter()
            .flat_map(|p| p.sizes.map(|s| s.digest))
            .collect();
        release(w, &gone.sizes, &kept, Use::Item(self.item))?;
        charge(w, item.owner, -(gone.charged() as i64))?;
        if photos.list.is_empty() {
            w.item_photos.open()?.remove(self.item.0)?;
        } else {
            w.item_photos.open()?.put(self.item, &photos)?;
        }
        item_shown(w);
        Ok(self.item.0)
    }
}

/// A member's picture set (`Some`) or taken away (`None`): by the member, or taken away by
/// staff.
#[derive(Debug, Clone, PartialEq)]
pub struct SetAvatar {
    pub user: UserId,
    pub photo: Option<NewPhoto>,
}

impl Apply for SetAvatar {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let user = w
            .users
            .get(self.user)?
            .ok_or(CommandError::NotFound("user"))?;
        let staff_removing = a.is_staff && self.photo.is_none();
        if !(a.is(self.user) || staff_removing) {
            return Err(forbidden(Phrase::id("refuse-picture-own")));
        }
        let before = w.avatars.open()?.get(self.user)?;
        let freed = before.as_ref().map_or(0, Photo::charged);
        if let Some(new) = &self.photo {
            // What the old picture frees, less what the new one keeps of it (a size both
            // have is neither freed nor new).
            let freed_on_site = match &before {
                Some(old) => {
                    let freed: Vec<Size> = old
                        .sizes
                        .into_iter()
                        .filter(|s| !new.sizes.iter().any(|n| n.digest == s.digest))
                        .collect();
                    only_used_by(w, &freed, Use::Avatar(self.user))?
                }
                None => 0,
            };
            check_quotas(w, self.user, &[new], (freed, freed_on_site))?;
        }
        if let Some(old) = &before {
            release(w, &old.sizes, &[], Use::Avatar(self.user))?;
        }
        match &self.photo {
            Some(new) => {
                let mut photo = new.photo(w.now);
                photo.alt = String::new();
                store_sizes(w, new, Use::Avatar(self.user))?;
                w.avatars.open()?.put(self.user, &photo)?;
                charge(w, self.user, photo.charged() as i64 - freed as i64)?;
            }
            None => {
                w.avatars.open()?.remove(self.user.0)?;
                charge(w, self.user, -(freed as i64))?;
            }
        }
        evict::profile(&mut w.fx, &user.username);
        evict::board_tops(&mut w.fx);
        super::period_boards::evict_named(w, self.user)?;
        Ok(self.user.0)
    }
}

/// Every photo of `user`'s items and their picture, freed (the account is being deleted).
pub(super) fn remove_all_of(
    w: &mut W<'_>,
    user: UserId,
    items: &[ItemId],
) -> Result<(), StoreError> {
    for &item in items {
        if let Some(photos) = w.item_photos.open()?.get(item)? {
            for photo in &photos.list {
                release(w, &photo.sizes, &[], Use::Item(item))?;
            }
            w.item_photos.open()?.remove(item.0)?;
        }
    }
    if let Some(old) = w.avatars.open()?.get(user)? {
        release(w, &old.sizes, &[], Use::Avatar(user))?;
        w.avatars.open()?.remove(user.0)?;
    }
    w.photo_usage.open()?.remove(user.0)?;
    Ok(())
}

/// The item, when the actor may change its photos: its owner, or staff.
fn owned_item(w: &mut W<'_>, id: ItemId, a: Acting) -> Result<Item, CommandError> {
    let item = w.items.get(id)?.ok_or(CommandError::NotFound("item"))?;
    if !a.is(item.owner) && !a.is_staff {
        return Err(forbidden(Phrase::id("refuse-photos-owner")));
    }
    Ok(item)
}

/// The item's photos and where `photo` is among them.
fn photo_of(w: &mut W<'_>, item: ItemId, photo: Digest) -> Result<(Photos, usize), CommandError> {
    let photos = w.item_photos.open()?.get(item)?.unwrap_or_default();
    let at = photos
        .position(photo)
        .ok_or(CommandError::NotFound("photo"))?;
    Ok((photos, at))
}

/// Refuses photos that would take `owner` or the site over their quota; `freed` is what the
/// change frees at the same time (a picture replaced): of the owner's, and of the site's.
fn check_quotas(
    w: &mut W<'_>,
    owner: UserId,
    new: &[&NewPhoto],
    (freed, freed_on_site): (u64, u64),
) -> Result<(), CommandError> {
    let added: u64 = new.iter().map(|p| p.photo(0).charged()).sum();
    let settings = w.settings.open()?;
    let member = Quota::PerMember.bytes(
        settings
            .get(Quota::PerMember.key())?
            .as_ref()
            .map(|v| v.value()),
    );
    let site = Quota::Site.bytes(settings.get(Quota::Site.key())?.as_ref().map(|v| v.value()));
    let used = usage(w, owner)?;
    if let Some(bound) = member {
        let after = (used + added).saturating_sub(freed);
        if after > bound {
            return Err(CommandError::Conflict(
                Phrase::id("conflict-member-photos-full")
                    .text("after", megabytes(after))
                    .text("bound", megabytes(bound)),
            ));
        }
    }
    if let Some(bound) = site {
        // Only sizes the file does not hold yet take room.
        let mut fresh: Vec<&Size> = Vec::new();
        let blobs = w.photo_blobs.open()?;
        for size in new.iter().flat_map(|p| p.sizes.iter()) {
            if !fresh.iter().any(|s| s.digest == size.digest)
                && blobs.get(&size.digest.0[..])?.is_none()
            {
                fresh.push(size);
            }
        }
        let more: u64 = fresh.iter().map(|s| u64::from(s.bytes)).sum();
        let total = site_total(w)?;
        if (total + more).saturating_sub(freed_on_site) > bound {
            return Err(CommandError::Conflict(
                Phrase::id("conflict-site-photos-full")
                    .text("used", megabytes(total))
                    .text("bound", megabytes(bound)),
            ));
        }
    }
    Ok(())
}

/// The bytes of those of `sizes` that nothing but `by` shows (what removing it frees).
fn only_used_by(w: &mut W<'_>, sizes: &[Size], by: Use) -> Result<u64, StoreError> {
    let mut seen: Vec<Digest> = Vec::new();
    let mut freed = 0;
    for size in sizes {
        if seen.contains(&size.digest) {
            continue;
        }
        seen.push(size.digest);
        let key = &size.digest.0[..];
        let uses = w.photo_uses.open()?;
        let mut rows = uses.range((key, 0u8, 0u64)..=(key, u8::MAX, u64::MAX))?;
        let first = rows.next().transpose()?.map(|(k, _)| {
            let (_, kind, id) = k.value();
            (kind, id)
        });
        if first == Some(by.key()) && rows.next().is_none() {
            freed += u64::from(size.bytes);
        }
    }
    Ok(freed)
}

/// The bytes every stored size takes, each once.
fn site_total(w: &W<'_>) -> Result<u64, StoreError> {
    Ok(w.meta.get(PHOTO_BYTES)?.map_or(0, |v| v.value()))
}

/// Moves the site's total by `delta` bytes.
fn move_site_total(w: &mut W<'_>, delta: i64) -> Result<(), StoreError> {
    let after = site_total(w)?.saturating_add_signed(delta);
    w.meta.insert(PHOTO_BYTES, after)?;
    Ok(())
}

/// The bytes `user`'s photos take.
fn usage(w: &mut W<'_>, user: UserId) -> Result<u64, StoreError> {
    Ok(w.photo_usage.open()?.get(user.0)?.map_or(0, |v| v.value()))
}

/// Moves `user`'s usage by `delta` bytes.
fn charge(w: &mut W<'_>, user: UserId, delta: i64) -> Result<(), StoreError> {
    let after = usage(w, user)?.saturating_add_signed(delta);
    let table = w.photo_usage.open()?;
    if after == 0 {
        table.remove(user.0)?;
    } else {
        table.insert(user.0, after)?;
    }
    Ok(())
}

/// Stores each size the file does not hold yet, and notes `by` as one of its uses.
fn store_sizes(w: &mut W<'_>, new: &NewPhoto, by: Use) -> Result<(), StoreError> {
    let (kind, id) = by.key();
    for (size, bytes) in new.sizes.iter().zip(&new.bytes) {
        let key = &size.digest.0[..];
        let blobs = w.photo_blobs.open()?;
        if blobs.get(key)?.is_none() {
            blobs.insert(key, bytes.as_ref())?;
            move_site_total(w, bytes.len() as i64)?;
        }
        w.photo_uses.open()?.insert((key, kind, id), ())?;
    }
    Ok(())
}

/// Drops `by` as a use of each of `sizes` that `kept` (what `by` still shows) does not name;
/// a size left without uses is freed.
fn release(w: &mut W<'_>, sizes: &[Size; 3], kept: &[Digest], by: Use) -> Result<(), StoreError> {
    let (kind, id) = by.key();
    for size in sizes {
        let key = &size.digest.0[..];
        if kept.contains(&size.digest) {
            continue;
        }
        let uses = w.photo_uses.open()?;
        uses.remove((key, kind, id))?;
        let still_used = uses
            .range((key, 0u8, 0u64)..=(key, u8::MAX, u64::MAX))?
            .next()
            .is_some();
        if !still_used {
            let gone = w.photo_blobs.open()?.remove(key)?;
            if let Some(freed) = gone.map(|g| g.value().len() as u64) {
                move_site_total(w, -(freed as i64))?;
            }
        }
    }
    Ok(())
}

/// An item's photos show on the item list's cards and the home page's newest items.
fn item_shown(w: &mut W<'_>) {
    evict::item_list(&mut w.fx);
    evict::home(&mut w.fx);
}
