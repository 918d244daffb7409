//! What an export writes beside each record's own fields, so that Comuniza's `loaddata` takes
//! it: `loaddata` saves rows raw (no `auto_now`, no `save()`), so every NOT NULL field without
//! a default must be in the fixture (`tests/import/upstream.rs` holds the list, from upstream's
//! models and migrations). Read from the tables kept beside the records (`Stamps`,
//! `ItemDetails`, last sign-ins), with a fallback from the record's own dates for records an
//! earlier release wrote:
//!
//! | field | fallback |
//! |---|---|
//! | a user's `created_at`, `updated_at` | `date_joined` |
//! | a group's `updated_at` | its `created_at` |
//! | a category's `created_at` | 1970-01-01 (not known) |
//! | an item's `updated_at` | its `created_at` |
//! | an item's `identifier` (none, or empty) | 10 characters of `[0-9A-Z]` spelling its pk |
//! | a loan's `created_at`, `updated_at` | `requested_at`; its last step's time |
//! | a review's `updated_at` | its `created_at` |

use redb::{ReadOnlyTable, ReadTransaction};

use crate::domain::privacy::ProfilePrivacy;
use crate::domain::records::{
    Category, Extension, Group, Id, Item, ItemDetails, Loan, Review, Stamped, Stamps, User,
};
use crate::domain::time::Millis;
use crate::fixture::Kept;
use crate::store::codec::Stored;
use crate::store::read::optional;
use crate::store::tables;
use crate::store::StoreError;

/// The tables beside the records (absent from a file no release with them has opened).
pub(super) struct KeptTables {
    stamps: Option<ReadOnlyTable<(u8, u64), &'static [u8]>>,
    details: Option<ReadOnlyTable<u64, &'static [u8]>>,
    logins: Option<ReadOnlyTable<u64, i64>>,
    privacy: Option<ReadOnlyTable<u64, u8>>,
}

/// Comuniza's item identifier for an item that has none here: its pk in base 36, 10 digits.
/// Random ones (`CreateItem`) are 10 characters too; a clash is as unlikely as between two
/// random ones.
pub(super) fn identifier_of(pk: Id) -> String {
    const DIGITS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut out = [b'0'; 10];
    let mut n = pk;
    for slot in out.iter_mut().rev() {
        *slot = DIGITS[(n % 36) as usize];
        n /= 36;
    }
    String::from_utf8(out.to_vec()).unwrap_or_default()
}

impl KeptTables {
    pub(super) fn open(txn: &ReadTransaction) -> Result<KeptTables, StoreError> {
        Ok(KeptTables {
            stamps: optional(txn, tables::STAMPS)?,
            details: optional(txn, tables::ITEM_DETAILS)?,
            logins: optional(txn, tables::LAST_LOGINS)?,
            privacy: optional(txn, tables::PROFILE_PRIVACY)?,
        })
    }

    fn stamps(&self, kind: Stamped, pk: Id) -> Result<Stamps, StoreError> {
        let Some(t) = &self.stamps else {
            return Ok(Stamps::default());
        };
        match t.get((kind as u8, pk))? {
            Some(v) => Stamps::decode(v.value()),
            None => Ok(Stamps::default()),
        }
    }

    fn stamped(created_at: Millis, updated_at: Millis) -> Kept {
        Kept {
            stamps: Stamps {
                created_at: Some(created_at),
                updated_at: Some(updated_at),
            },
            ..Kept::default()
        }
    }

    pub(super) fn user(&self, pk: Id, u: &User) -> Result<Kept, StoreError> {
        let s = self.stamps(Stamped::User, pk)?;
        let last_login = match &self.logins {
            Some(t) => t.get(pk)?.map(|v| v.value()),
            None => None,
        };
        let privacy = match &self.privacy {
            Some(t) => t.get(pk)?.map(|v| ProfilePrivacy::unpacked(v.value())),
            None => None,
        }
        .unwrap_or_default();
        Ok(Kept {
            last_login,
            profile_visibility: Some(privacy.visibility),
            ..Self::stamped(
                s.created_at.unwrap_or(u.date_joined),
                s.updated_at.unwrap_or(u.date_joined),
            )
        })
    }

    /// Only `updated_at`: the record's `created_at` is its own.
    fn updated(&self, kind: Stamped, pk: Id, created_at: Millis) -> Result<Kept, StoreError> {
        let s = self.stamps(kind, pk)?;
        Ok(Kept {
            stamps: Stamps {
                created_at: None,
                updated_at: Some(s.updated_at.unwrap_or(created_at)),
            },
            ..Kept::default()
        })
    }

    pub(super) fn group(&self, pk: Id, g: &Group) -> Result<Kept, StoreError> {
        self.updated(Stamped::Group, pk, g.created_at)
    }

    pub(super) fn category(&self, pk: Id, _: &Category) -> Result<Kept, StoreError> {
        let s = self.stamps(Stamped::Category, pk)?;
        Ok(Kept {
            stamps: Stamps {
                created_at: Some(s.created_at.unwrap_or(0)),
                updated_at: None,
            },
            ..Kept::default()
        })
    }

    /// An item's `updated_at` and details: its own, or Comuniza's defaults with an identifier
    /// from its pk.
    pub(super) fn item(&self, pk: Id, i: &Item) -> Result<Kept, StoreError> {
        let details = match &self.details {
            Some(t) => t
                .get(pk)?
                .map(|v| ItemDetails::decode(v.value()))
                .transpose()?,
            None => None,
        };
        let mut details = details.unwrap_or_else(|| ItemDetails {
            allow_reservations: true,
            ..ItemDetails::default()
        });
        // Comuniza's item list leaves out an item without one.
        if details.identifier.is_empty() {
            details.identifier = identifier_of(pk);
        }
        Ok(Kept {
            details: Some(Box::new(details)),
            ..self.updated(Stamped::Item, pk, i.created_at)?
        })
    }

    pub(super) fn loan(
        &self,
        pk: Id,
        l: &Loan,
        extension: Option<Extension>,
    ) -> Result<Kept, StoreError> {
        let s = self.stamps(Stamped::Loan, pk)?;
        let last_step = [Some(l.requested_at), l.approved_at, l.returned_at]
            .into_iter()
            .flatten()
            .max()
            .unwrap_or(l.requested_at);
        Ok(Kept {
            extension,
            ..Self::stamped(
                s.created_at.unwrap_or(l.requested_at),
                s.updated_at.unwrap_or(last_step),
            )
        })
    }

    pub(super) fn review(&self, pk: Id, r: &Review) -> Result<Kept, StoreError> {
        self.updated(Stamped::Review, pk, r.created_at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_identifier_from_a_pk_is_ten_characters_of_comunizas_alphabet_and_unique() {
        assert_eq!(identifier_of(1), "0000000001");
        assert_eq!(identifier_of(36), "0000000010");
        assert_eq!(identifier_of(u64::from(u32::MAX)).len(), 10);
        assert_ne!(identifier_of(35), identifier_of(36));
    }
}
