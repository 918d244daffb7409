//! The in-place updates of the write path: counts and records changed in one walk down the
//! tree must leave exactly what a read and a write would.

use super::*;
use crate::domain::figures::Contribution;
use redb::{Database, TableDefinition};

const HISTOGRAM: TableDefinition<'static, (u8, i64), u64> = TableDefinition::new("histogram");
const SCORES: TableDefinition<'static, (u8, u64), i64> = TableDefinition::new("scores");

fn database() -> (tempfile::TempDir, Database) {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(dir.path().join("tx.redb")).unwrap();
    (dir, db)
}

#[test]
fn a_count_is_added_to_removed_at_zero_and_refused_outside_its_type() {
    let (_dir, db) = database();
    let txn = db.begin_write().unwrap();
    {
        let mut counts = txn.open_table(HISTOGRAM).unwrap();
        let key = (1, 40);
        assert_eq!(add_to_count(&mut counts, &key, 3).unwrap(), Some((0, 3)));
        assert_eq!(add_to_count(&mut counts, &key, 2).unwrap(), Some((3, 5)));
        assert_eq!(counts.get(key).unwrap().unwrap().value(), 5);
        assert_eq!(add_to_count(&mut counts, &key, -5).unwrap(), Some((5, 0)));
        assert!(counts.get(key).unwrap().is_none());
        // An unsigned count cannot go below none: nothing is written.
        assert_eq!(add_to_count(&mut counts, &key, -1).unwrap(), None);
        assert!(counts.get(key).unwrap().is_none());
        counts.insert((1, 41), 2).unwrap();
        assert_eq!(add_to_count(&mut counts, &(1, 41), -3).unwrap(), None);
        assert_eq!(counts.get((1, 41)).unwrap().unwrap().value(), 2);

        let mut scores = txn.open_table(SCORES).unwrap();
        // A signed score may go below 0, and keeps its row there.
        assert_eq!(
            add_to_count(&mut scores, &(2, 9), -10).unwrap(),
            Some((0, -10))
        );
        assert_eq!(scores.get((2, 9)).unwrap().unwrap().value(), -10);
        assert_eq!(
            add_to_count(&mut scores, &(2, 9), 10).unwrap(),
            Some((-10, 0))
        );
        assert!(scores.get((2, 9)).unwrap().is_none());
        scores.insert((2, 8), i64::MAX).unwrap();
        assert_eq!(add_to_count(&mut scores, &(2, 8), 1).unwrap(), None);
        assert_eq!(scores.get((2, 8)).unwrap().unwrap().value(), i64::MAX);
        // Neighbours are untouched.
        assert_eq!(scores.iter().unwrap().count(), 1);
    }
    txn.commit().unwrap();
}

#[test]
fn a_record_is_changed_from_what_is_stored_and_left_alone_when_the_change_fails() {
    let (_dir, db) = database();
    let txn = db.begin_write().unwrap();
    {
        let mut figures: Records<'_, UserId, Figures> = Records::open(&txn, FIGURES).unwrap();
        let lent = Contribution {
            items_lent: 1,
            ..Default::default()
        };
        let add = |stored: Option<Figures>| {
            let before = stored.unwrap_or_else(Figures::starting);
            let mut after = before;
            after.apply(&lent, 1).unwrap();
            Ok((after, before.items_lent))
        };
        assert_eq!(figures.change(UserId(4), add).unwrap(), 0);
        assert_eq!(figures.change(UserId(4), add).unwrap(), 1);
        assert_eq!(figures.get(UserId(4)).unwrap().unwrap().items_lent, 2);
        assert!(figures.get(UserId(5)).unwrap().is_none());

        let refuse = |_: Option<Figures>| -> Result<(Figures, ()), StoreError> {
            Err(StoreError::Corrupt("refused".into()))
        };
        assert!(figures.change(UserId(4), refuse).is_err());
        assert!(figures.change(UserId(6), refuse).is_err());
        assert_eq!(figures.get(UserId(4)).unwrap().unwrap().items_lent, 2);
        assert!(figures.get(UserId(6)).unwrap().is_none());
    }
    txn.commit().unwrap();
}
