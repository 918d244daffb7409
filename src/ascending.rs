//! Lookups in strictly ascending lists of ids, such as a table's pks read in order. Pks are
//! mostly consecutive (a deleted record leaves a gap), so an id's position is its distance
//! from the first id, less at most the number of gaps: a lookup searches that window only,
//! one comparison when the list has no gaps, where a binary search over millions of ids
//! misses the processor's cache some twenty times.

/// The position of `id` in `ids`, which must be strictly ascending.
pub fn position(ids: &[u64], id: u64) -> Option<usize> {
    let (&first, &last) = (ids.first()?, ids.last()?);
    if id < first || id > last {
        return None;
    }
    // ids[k] >= first + k, so the position is at most `id - first`; and ids[k] <= first + k
    // + gaps, so it is at least `id - first - gaps`.
    let span = last - first;
    let gaps = span - (ids.len() as u64 - 1);
    let highest = (id - first).min(ids.len() as u64 - 1) as usize;
    let lowest = (id - first).saturating_sub(gaps) as usize;
    if ids[highest] == id {
        return Some(highest);
    }
    ids[lowest..highest]
        .binary_search(&id)
        .ok()
        .map(|i| lowest + i)
}

#[cfg(test)]
mod tests {
    use super::position;
    use proptest::prelude::*;

    #[test]
    fn ids_without_gaps_are_found_at_their_distance_from_the_first() {
        let ids: Vec<u64> = (5..15).collect();
        assert_eq!(position(&ids, 5), Some(0));
        assert_eq!(position(&ids, 12), Some(7));
        assert_eq!(position(&ids, 4), None);
        assert_eq!(position(&ids, 15), None);
        assert_eq!(position(&[], 1), None);
    }

    proptest! {
        #[test]
        fn every_position_is_what_a_binary_search_finds(
            mut ids in proptest::collection::vec(0u64..400, 0..60),
            probe in 0u64..420,
        ) {
            ids.sort_unstable();
            ids.dedup();
            prop_assert_eq!(position(&ids, probe), ids.binary_search(&probe).ok());
            for (i, id) in ids.iter().enumerate() {
                prop_assert_eq!(position(&ids, *id), Some(i));
            }
        }

        #[test]
        fn sparse_ids_anywhere_in_the_range_are_found(
            mut ids in proptest::collection::vec(any::<u64>(), 1..40),
            probe in any::<u64>(),
        ) {
            ids.sort_unstable();
            ids.dedup();
            prop_assert_eq!(position(&ids, probe), ids.binary_search(&probe).ok());
            let last = *ids.last().unwrap();
            prop_assert_eq!(position(&ids, last), Some(ids.len() - 1));
        }
    }
}
