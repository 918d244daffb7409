//! Reading photos: an item's list, a member's picture, what shows a stored size (whose
//! visibility it follows) and the size's bytes, and the storage figures for staff.

use bytes::Bytes;
use redb::ReadableTableMetadata;

use super::{optional, Snapshot};
use crate::domain::photo::{Digest, Photo, Photos, Use};
use crate::domain::records::{ItemId, UserId};
use crate::store::tables::{
    AVATARS, ITEM_PHOTOS, META, PHOTO_BLOBS, PHOTO_BYTES, PHOTO_USAGE, PHOTO_USES,
};
use crate::store::StoreError;

/// The most uses of one size a request looks at to decide whether the viewer may see it (so
/// a photo put on thousands of items costs a fetch no more than this many lookups).
pub const USES_LOOKED_AT: usize = 1000;

/// What the file's photos take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PhotoStorage {
    /// Stored sizes, each digest once.
    pub sizes: u64,
    /// Their bytes.
    pub bytes: u64,
    /// Items with at least one photo.
    pub items: u64,
    /// Members with a picture.
    pub avatars: u64,
}

impl Snapshot {
    /// An item's photos, the primary one first (none: an empty list).
    pub fn item_photos(&self, item: ItemId) -> Result<Photos, StoreError> {
        Ok(self.beside(ITEM_PHOTOS, item)?.unwrap_or_default())
    }

    /// The primary photo of an item, if it has one.
    pub fn primary_photo(&self, item: ItemId) -> Result<Option<Photo>, StoreError> {
        Ok(self.item_photos(item)?.list.into_iter().next())
    }

    /// A member's picture.
    pub fn avatar(&self, user: UserId) -> Result<Option<Photo>, StoreError> {
        self.beside(AVATARS, user)
    }

    /// What shows a stored size (at most [`USES_LOOKED_AT`]); none: no such size.
    pub fn photo_uses(&self, digest: Digest) -> Result<Vec<Use>, StoreError> {
        let Some(t) = optional(self.txn(), PHOTO_USES)? else {
            return Ok(Vec::new());
        };
        let key = &digest.0[..];
        let mut out = Vec::new();
        for row in t
            .range((key, 0u8, 0u64)..=(key, u8::MAX, u64::MAX))?
            .take(USES_LOOKED_AT)
        {
            let (k, _) = row?;
            let (_, kind, id) = k.value();
            out.extend(Use::from_key(kind, id));
        }
        Ok(out)
    }

    /// A stored size's bytes.
    pub fn photo_bytes(&self, digest: Digest) -> Result<Option<Bytes>, StoreError> {
        let Some(t) = optional(self.txn(), PHOTO_BLOBS)? else {
            return Ok(None);
        };
        Ok(t.get(&digest.0[..])?
            .map(|v| Bytes::copy_from_slice(v.value())))
    }

    /// The bytes `user`'s photos take (the quota's view).
    pub fn photo_usage(&self, user: UserId) -> Result<u64, StoreError> {
        Ok(match optional(self.txn(), PHOTO_USAGE)? {
            Some(t) => t.get(user.0)?.map_or(0, |v| v.value()),
            None => 0,
        })
    }

    /// What the file's photos take.
    pub fn photo_storage(&self) -> Result<PhotoStorage, StoreError> {
        let count =
            |t: Option<redb::ReadOnlyTable<u64, &'static [u8]>>| -> Result<u64, StoreError> {
                Ok(match t {
                    Some(t) => t.len()?,
                    None => 0,
                })
            };
        let sizes = match optional(self.txn(), PHOTO_BLOBS)? {
            Some(t) => t.len()?,
            None => 0,
        };
        let bytes = self
            .txn()
            .open_table(META)?
            .get(PHOTO_BYTES)?
            .map_or(0, |v| v.value());
        Ok(PhotoStorage {
            sizes,
            bytes,
            items: count(optional(self.txn(), ITEM_PHOTOS)?)?,
            avatars: count(optional(self.txn(), AVATARS)?)?,
        })
    }
}
