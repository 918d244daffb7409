//! The one value adapter: every stored value is `[format version][rkyv bytes]`. rkyv runs with
//! its `unaligned` format because redb hands out value slices at any address, so validated
//! `access` works in place on the bytes redb returns (DESIGN.md rule 5).

use rkyv::api::high::{HighDeserializer, HighSerializer, HighValidator};
use rkyv::bytecheck::CheckBytes;
use rkyv::rancor::BoxedError;
use rkyv::ser::allocator::ArenaHandle;
use rkyv::util::AlignedVec;
use rkyv::{Archive, Deserialize, Portable, Serialize};

use super::StoreError;

/// Format of every value written by this release. A later release that changes a record
/// reads the old version and migrates it.
pub const FORMAT: u8 = 1;

/// A value that can be stored: encoded with its format byte, read in place or decoded.
/// Implemented for every rkyv type whose archive validates, so callers only write `T: Stored`.
pub trait Stored: Archive + Sized {
    fn encode(&self) -> Vec<u8>;
    /// The archived value, validated, read in place.
    fn access(bytes: &[u8]) -> Result<&Self::Archived, StoreError>;
    fn decode(bytes: &[u8]) -> Result<Self, StoreError>;
}

impl<T> Stored for T
where
    T: Archive + for<'a> Serialize<HighSerializer<AlignedVec, ArenaHandle<'a>, BoxedError>>,
    T::Archived: Portable
        + for<'a> CheckBytes<HighValidator<'a, BoxedError>>
        + Deserialize<T, HighDeserializer<BoxedError>>,
{
    fn encode(&self) -> Vec<u8> {
        // Serializing plain records cannot fail: no shared pointers, no fallible allocators.
        let body = rkyv::to_bytes::<BoxedError>(self).expect("records always serialize");
        let mut out = Vec::with_capacity(body.len() + 1);
        out.push(FORMAT);
        out.extend_from_slice(&body);
        out
    }

    fn access(bytes: &[u8]) -> Result<&T::Archived, StoreError> {
        match bytes.split_first() {
            Some((&FORMAT, body)) => {
                rkyv::access::<T::Archived, BoxedError>(body).map_err(|e| corrupt::<T>(&e))
            }
            Some((v, _)) => Err(StoreError::Corrupt(format!("unknown value format {v}"))),
            None => Err(StoreError::Corrupt("empty value".into())),
        }
    }

    fn decode(bytes: &[u8]) -> Result<T, StoreError> {
        rkyv::deserialize::<T, BoxedError>(T::access(bytes)?).map_err(|e| corrupt::<T>(&e))
    }
}

fn corrupt<T>(e: &BoxedError) -> StoreError {
    StoreError::Corrupt(format!("{}: {e}", std::any::type_name::<T>()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::figures::Figures;
    use crate::domain::records::Loan;

    #[test]
    fn values_round_trip_and_are_read_at_any_alignment() {
        let f = Figures {
            items_lent: 3,
            points: -20,
            trust_score: 71,
            ..Default::default()
        };
        let bytes = f.encode();
        assert_eq!(bytes[0], FORMAT);
        // Copy the value to every offset mod 8: redb gives no alignment.
        for shift in 0..8 {
            let mut buf = vec![0u8; shift];
            buf.extend_from_slice(&bytes);
            let archived = Figures::access(&buf[shift..]).unwrap();
            assert_eq!(archived.points, -20);
            assert_eq!(Figures::decode(&buf[shift..]).unwrap(), f);
        }
    }

    #[test]
    fn damaged_values_are_errors_not_panics() {
        assert!(matches!(Loan::decode(&[]), Err(StoreError::Corrupt(_))));
        assert!(matches!(
            Loan::decode(&[9, 1, 2]),
            Err(StoreError::Corrupt(_))
        ));
        assert!(matches!(
            Loan::decode(&[FORMAT, 1, 2, 3]),
            Err(StoreError::Corrupt(_))
        ));
    }
}
