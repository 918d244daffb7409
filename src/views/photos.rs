//! The photo views recomputed from the records (items' photo lists and members' pictures):
//! what shows each stored size (the uses index), the bytes each member is charged (the quota's
//! view), and the site's total. `verify` checks them both ways (every size a record names is
//! stored, with the bytes its digest names; every stored size is named by a record); `rebuild`
//! writes them again and frees stored sizes nothing names.

use std::collections::BTreeMap;

use redb::{ReadableTable, WriteTransaction};

use super::derive::{each_record, Source};
use crate::domain::photo::{Digest, Photo, Photos, Use};
use crate::domain::records::{Item, ItemId, UserId};
use crate::store::tables::{
    AVATARS, ITEM_PHOTOS, META, PHOTO_BLOBS, PHOTO_BYTES, PHOTO_USAGE, PHOTO_USES,
};
use crate::store::tx::get;
use crate::store::StoreError;

/// A row of the uses index: (digest, use kind, id).
pub type UseRow = (([u8; 32], u8, u64), ());

/// The photo views as the records say they should be.
#[derive(Debug, Default)]
pub struct Expected {
    /// (digest, use kind, id), ascending.
    pub uses: Vec<UseRow>,
    /// (user, bytes charged), ascending.
    pub usage: Vec<(u64, u64)>,
    /// Every digest a record names, with the length its records give it.
    pub sizes: BTreeMap<Digest, u32>,
    /// Records that name what is not there (an item or member that does not exist).
    pub problems: Vec<String>,
}

/// Recomputes the photo views; `items` is the items table (for each item's owner).
pub fn derive(
    src: &dyn Source,
    items: &impl ReadableTable<u64, &'static [u8]>,
    users_exist: impl Fn(u64) -> Result<bool, StoreError>,
) -> Result<Expected, StoreError> {
    let mut e = Expected::default();
    let mut usage: BTreeMap<u64, u64> = BTreeMap::new();
    let note = |photo: &Photo, by: Use, e: &mut Expected| {
        let (kind, id) = by.key();
        for size in &photo.sizes {
            e.uses.push(((size.digest.0, kind, id), ()));
            e.sizes.insert(size.digest, size.bytes);
        }
    };
    each_record::<Photos>(src, ITEM_PHOTOS, |item, photos| {
        match get::<Item>(items, item)? {
            Some(i) => {
                *usage.entry(i.owner.0).or_default() += photos.charged();
                for p in &photos.list {
                    note(p, Use::Item(ItemId(item)), &mut e);
                }
            }
            None => e
                .problems
                .push(format!("item photos: item {item} does not exist")),
        }
        Ok(())
    })?;
    each_record::<Photo>(src, AVATARS, |user, photo| {
        if users_exist(user)? {
            *usage.entry(user).or_default() += photo.charged();
            note(&photo, Use::Avatar(UserId(user)), &mut e);
        } else {
            e.problems
                .push(format!("avatars: user {user} does not exist"));
        }
        Ok(())
    })?;
    e.uses.sort_unstable();
    e.uses.dedup();
    e.usage = usage.into_iter().filter(|(_, b)| *b > 0).collect();
    Ok(e)
}

/// What the stored sizes hold, checked against `expected`: each difference as a line.
pub fn check_blobs(
    blobs: &impl ReadableTable<&'static [u8], &'static [u8]>,
    expected: &Expected,
    stored_total: u64,
) -> Result<Vec<String>, StoreError> {
    let mut out = Vec::new();
    let mut total = 0u64;
    let mut named = expected.sizes.iter().peekable();
    for row in blobs.iter()? {
        let (k, v) = row?;
        let bytes = v.value();
        total += bytes.len() as u64;
        let Ok(key) = <[u8; 32]>::try_from(k.value()) else {
            out.push(format!("photo sizes: a key of {} bytes", k.value().len()));
            continue;
        };
        let digest = Digest(key);
        // Names nobody stores come before this one.
        while let Some((d, _)) = named.next_if(|(d, _)| **d < digest) {
            out.push(format!("photo sizes: {} is named but not stored", d.hex()));
        }
        match named.next_if(|(d, _)| **d == digest) {
            Some((_, &len)) => {
                if bytes.len() as u64 != u64::from(len) {
                    out.push(format!(
                        "photo sizes: {} holds {} bytes, its records say {len}",
                        digest.hex(),
                        bytes.len()
                    ));
                } else if Digest::of(bytes) != digest {
                    out.push(format!(
                        "photo sizes: {} holds bytes of another digest (damaged)",
                        digest.hex()
                    ));
                }
            }
            None => out.push(format!(
                "photo sizes: {} is stored but nothing shows it",
                digest.hex()
            )),
        }
    }
    for (d, _) in named {
        out.push(format!("photo sizes: {} is named but not stored", d.hex()));
    }
    if total != stored_total {
        out.push(format!(
            "photo sizes: the stored total is {stored_total} bytes, they take {total}"
        ));
    }
    Ok(out)
}

/// Writes the photo views from `expected` over the stored ones, frees stored sizes nothing
/// names, and sets the site's total.
pub fn write(txn: &WriteTransaction, expected: &Expected) -> Result<(), StoreError> {
    txn.delete_table(PHOTO_USES)?;
    let mut uses = txn.open_table(PHOTO_USES)?;
    for ((digest, kind, id), ()) in &expected.uses {
        uses.insert((&digest[..], *kind, *id), ())?;
    }
    txn.delete_table(PHOTO_USAGE)?;
    let mut usage = txn.open_table(PHOTO_USAGE)?;
    for (user, bytes) in &expected.usage {
        usage.insert(user, bytes)?;
    }
    let mut blobs = txn.open_table(PHOTO_BLOBS)?;
    let mut unnamed = Vec::new();
    let mut total = 0u64;
    for row in blobs.iter()? {
        let (k, v) = row?;
        let key = k.value().to_vec();
        let named = <[u8; 32]>::try_from(key.as_slice())
            .is_ok_and(|d| expected.sizes.contains_key(&Digest(d)));
        if named {
            total += v.value().len() as u64;
        } else {
            unnamed.push(key);
        }
    }
    for key in unnamed {
        blobs.remove(key.as_slice())?;
    }
    txn.open_table(META)?.insert(PHOTO_BYTES, total)?;
    Ok(())
}
