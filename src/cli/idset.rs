//! A set of pks that costs 8 bytes an id when pks arrive ascending (as fixtures write them),
//! with a hash set for the few that do not.

use std::collections::HashSet;

#[derive(Debug, Default)]
pub(crate) struct IdSet {
    ascending: Vec<u64>,
    others: HashSet<u64>,
}

impl IdSet {
    pub(crate) fn insert(&mut self, id: u64) {
        match self.ascending.last() {
            Some(&last) if id <= last => {
                if !self.contains(id) {
                    self.others.insert(id);
                }
            }
            _ => self.ascending.push(id),
        }
    }

    pub(crate) fn contains(&self, id: u64) -> bool {
        // Ids usually arrive ascending and are looked up soon after: `position` finds the
        // last one, like any id of a run without gaps, in one comparison.
        crate::ascending::position(&self.ascending, id).is_some()
            || (!self.others.is_empty() && self.others.contains(&id))
    }

    pub(crate) fn max(&self) -> u64 {
        self.ascending
            .last()
            .copied()
            .unwrap_or(0)
            .max(self.others.iter().copied().max().unwrap_or(0))
    }
}

#[cfg(test)]
mod tests {
    use super::IdSet;

    #[test]
    fn ids_in_any_order_are_found() {
        let mut s = IdSet::default();
        for id in [1, 2, 5, 3, 9, 5] {
            s.insert(id);
        }
        assert!([1, 2, 3, 5, 9].iter().all(|id| s.contains(*id)));
        assert!(!s.contains(4) && !s.contains(10));
        assert_eq!(s.max(), 9);
    }
}
