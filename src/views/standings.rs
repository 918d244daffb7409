//! The live rank structure of the four boards (DESIGN.md rule 6): one [`RankIndex`] per board,
//! loaded at start-up from the score histogram table in O(distinct scores) and moved by the
//! writer after each commit, before callers are answered, so a read that starts after an
//! acknowledged write sees its ranks.
//!
//! The period and group boards (`views::periods`) are many (a group has 22) and most are
//! never asked for a rank, so each one's index is loaded from its rows when first asked for,
//! and kept moving from then on; those of periods no longer kept are let go.

use std::collections::HashMap;

use parking_lot::{Mutex, MutexGuard, RwLock};
use redb::{Database, ReadTransaction, ReadableDatabase};

use super::rank::RankIndex;
use crate::domain::boards::Board;
use crate::store::tables::{BOARD_HISTOGRAM, PERIOD_BOARDS};
use crate::store::StoreError;
use crate::views::periods::{Slot, ALL_TIME};

#[derive(Debug, Default)]
pub struct Standings {
    boards: [RwLock<RankIndex>; 4],
    /// The indexes of the period and group boards loaded or being loaded, by (board, period,
    /// first day, scope).
    periods: RwLock<HashMap<PeriodBoard, Loaded>>,
    /// Held by whoever loads a period board's index, from its rows: one loads at a time.
    loading: Mutex<()>,
    /// Held by the writer from a commit until its moves are applied, and by a loader while it
    /// begins its read: so the index has each commit once, from its rows or from its moves.
    gate: Mutex<()>,
}

/// A period board's index, or the moves committed since the read its rows are being loaded
/// from began (applied once they are).
#[derive(Debug)]
enum Loaded {
    Loading(Vec<(Option<i64>, Option<i64>)>),
    Ready(RankIndex),
}

/// A period board: (board, period, first day, scope), as its keys begin.
pub type PeriodBoard = (u8, u8, i32, u64);

/// (period board, score before, score after) of a member entering, leaving or moving on it.
pub type PeriodMove = (PeriodBoard, Option<i64>, Option<i64>);

/// A rank and the score it is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Standing {
    pub rank: u64,
    pub score: i64,
}

impl Standings {
    pub fn load(txn: &ReadTransaction) -> Result<Standings, StoreError> {
        let table = match txn.open_table(BOARD_HISTOGRAM) {
            Ok(t) => t,
            Err(redb::TableError::TableDoesNotExist(_)) => return Ok(Standings::default()),
            Err(e) => return Err(e.into()),
        };
        let standings = Standings::default();
        for board in Board::ALL {
            let b = board.index() as u8;
            let mut counts = Vec::new();
            for entry in table.range((b, i64::MIN)..=(b, i64::MAX))? {
                let (k, v) = entry?;
                counts.push((k.value().1, v.value()));
            }
            *standings.boards[board.index()].write() = RankIndex::from_counts(counts);
        }
        Ok(standings)
    }

    /// Rank of a score on a period or group board (1 + the number of its members with a
    /// strictly greater score), and how many members it has. The board's index is loaded
    /// from its rows on first use (O(its rows)), then O(log n).
    pub fn period_standing(
        &self,
        db: &Database,
        board: PeriodBoard,
        score: i64,
    ) -> Result<(Standing, u64), StoreError> {
        let answer = |index: &RankIndex| {
            let rank = index.rank(score);
            (Standing { rank, score }, index.total())
        };
        if let Some(Loaded::Ready(index)) = self.periods.read().get(&board) {
            return Ok(answer(index));
        }
        let _loading = self.loading.lock();
        if let Some(Loaded::Ready(index)) = self.periods.read().get(&board) {
            return Ok(answer(index));
        }
        let txn = self.begin_load(db, board)?;
        self.finish_load(board, load_board(&txn, board), answer)
    }

    /// Begins loading a board's index: only the read begins under the gate, and the rows are
    /// read outside it, so a large board's first rank does not hold up the writer's commits.
    /// Their moves are kept for the board until [`Standings::finish_load`].
    fn begin_load(&self, db: &Database, board: PeriodBoard) -> Result<ReadTransaction, StoreError> {
        let _gate = self.gate.lock();
        let txn = db.begin_read()?;
        let waiting = Loaded::Loading(Vec::new());
        self.periods.write().insert(board, waiting);
        Ok(txn)
    }

    /// The index loaded from the rows of the read `begin_load` began, with the moves
    /// committed since, asked `answer`; kept, unless it was let go meanwhile (counted again,
    /// or its period ended).
    fn finish_load<T>(
        &self,
        board: PeriodBoard,
        loaded: Result<RankIndex, StoreError>,
        answer: impl FnOnce(&RankIndex) -> T,
    ) -> Result<T, StoreError> {
        let mut periods = self.periods.write();
        let Some(Loaded::Loading(moves)) = periods.remove(&board) else {
            return loaded.map(|index| answer(&index));
        };
        let mut index = loaded?;
        for (old, new) in moves {
            index.moved(old, new);
        }
        let answered = answer(&index);
        periods.insert(board, Loaded::Ready(index));
        Ok(answered)
    }

    /// What the writer holds from a commit until its moves are applied.
    pub fn commit_gate(&self) -> MutexGuard<'_, ()> {
        self.gate.lock()
    }

    /// Applies a committed batch's moves on the period boards loaded, or keeps them for a
    /// board being loaded (the others will load them from their rows); a board left empty
    /// is let go.
    pub fn apply_periods(&self, moves: &[PeriodMove]) {
        if moves.is_empty() {
            return;
        }
        let mut periods = self.periods.write();
        for &(board, old, new) in moves {
            match periods.get_mut(&board) {
                None => {}
                Some(Loaded::Loading(waiting)) => waiting.push((old, new)),
                Some(Loaded::Ready(index)) => {
                    index.moved(old, new);
                    if index.total() == 0 {
                        periods.remove(&board);
                    }
                }
            }
        }
    }

    /// Lets every period board's index go (they were counted again): each loads anew.
    pub fn forget_periods(&self) {
        self.periods.write().clear();
    }

    /// A period ended: lets go of the indexes of the boards of periods no longer `kept` (the
    /// groups' all-time boards stay). Their rows are being pruned; no page asks for them.
    pub fn keep_periods(&self, kept: &[Slot]) {
        self.periods
            .write()
            .retain(|&(_, p, start, _), _| (p, start) == ALL_TIME || kept.contains(&(p, start)));
    }

    /// How many period and group boards have an index in memory (loaded or loading).
    pub fn period_boards_held(&self) -> usize {
        self.periods.read().len()
    }

    /// Rank of a score: 1 + the number of active users with a strictly greater score.
    pub fn standing(&self, board: Board, score: i64) -> Standing {
        Standing {
            rank: self.boards[board.index()].read().rank(score),
            score,
        }
    }

    /// Number of users on a board.
    pub fn total(&self, board: Board) -> u64 {
        self.boards[board.index()].read().total()
    }

    /// Applies a committed batch's moves.
    pub fn apply(&self, moves: &[(Board, Option<i64>, Option<i64>)]) {
        for &(board, old, new) in moves {
            self.boards[board.index()].write().moved(old, new);
        }
    }

    /// Replaces every board (after `rebuild`).
    pub fn reload(&self, txn: &ReadTransaction) -> Result<(), StoreError> {
        let fresh = Standings::load(txn)?;
        for (mine, new) in self.boards.iter().zip(fresh.boards) {
            *mine.write() = new.into_inner();
        }
        Ok(())
    }
}

/// A period or group board's index, from its rows (best first).
fn load_board(txn: &ReadTransaction, board: PeriodBoard) -> Result<RankIndex, StoreError> {
    let table = match txn.open_table(PERIOD_BOARDS) {
        Ok(t) => t,
        Err(redb::TableError::TableDoesNotExist(_)) => return Ok(RankIndex::default()),
        Err(e) => return Err(e.into()),
    };
    let (b, p, start, scope) = board;
    let mut counts: Vec<(i64, u64)> = Vec::new();
    let rows = (b, p, start, scope, 0, 0)..=(b, p, start, scope, u64::MAX, u64::MAX);
    for row in table.range(rows)? {
        let score = crate::domain::boards::undescending(row?.0.value().4);
        // Equal scores are neighbours.
        match counts.last_mut() {
            Some((s, n)) if *s == score => *n += 1,
            _ => counts.push((score, 1)),
        }
    }
    counts.reverse();
    Ok(RankIndex::from_counts(counts))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::boards::descending;
    use redb::backends::InMemoryBackend;

    const BOARD: PeriodBoard = (0, 1, 20_423, 0);

    /// Writes rows of `BOARD` (score, user), and removes others, as one commit.
    fn commit(db: &Database, put: &[(i64, u64)], take: &[(i64, u64)]) {
        let txn = db.begin_write().unwrap();
        {
            let mut t = txn.open_table(PERIOD_BOARDS).unwrap();
            let (b, p, start, scope) = BOARD;
            for &(score, user) in put {
                t.insert((b, p, start, scope, descending(score), user), "m")
                    .unwrap();
            }
            for &(score, user) in take {
                t.remove((b, p, start, scope, descending(score), user))
                    .unwrap();
            }
        }
        txn.commit().unwrap();
    }

    #[test]
    fn a_board_loading_outside_the_gate_gets_the_moves_committed_meanwhile() {
        let db = Database::builder()
            .create_with_backend(InMemoryBackend::new())
            .unwrap();
        commit(&db, &[(5, 1), (3, 2)], &[]);
        let standings = Standings::default();
        let txn = standings.begin_load(&db, BOARD).unwrap();
        // The writer commits while the rows are read: member 3 enters at 7, member 2 moves
        // from 3 to 4. The gate is free (the writer would wait for it otherwise).
        drop(standings.commit_gate());
        commit(&db, &[(7, 3), (4, 2)], &[(3, 2)]);
        standings.apply_periods(&[(BOARD, None, Some(7)), (BOARD, Some(3), Some(4))]);
        let ranks = |index: &RankIndex| {
            let scores = [7, 5, 4, 3];
            (scores.map(|s| index.rank(s)), index.total())
        };
        let loaded = standings.finish_load(BOARD, load_board(&txn, BOARD), ranks);
        assert_eq!(loaded.unwrap(), ([1, 2, 3, 4], 3));
        // Kept: later ranks agree with the rows as they are now.
        let (standing, total) = standings.period_standing(&db, BOARD, 4).unwrap();
        assert_eq!((standing.rank, total), (3, 3));
        assert_eq!(standings.period_boards_held(), 1);
        // Its period ends: let go; the all-time boards of groups stay.
        let group_all_time = (0, ALL_TIME.0, ALL_TIME.1, 9);
        standings.period_standing(&db, group_all_time, 0).unwrap();
        standings.keep_periods(&[(1, 20_454)]);
        assert_eq!(standings.period_boards_held(), 1);
        assert!(standings.periods.read().contains_key(&group_all_time));
    }

    #[test]
    fn a_board_let_go_while_loading_is_answered_but_not_kept() {
        let db = Database::builder()
            .create_with_backend(InMemoryBackend::new())
            .unwrap();
        commit(&db, &[(5, 1)], &[]);
        let standings = Standings::default();
        let txn = standings.begin_load(&db, BOARD).unwrap();
        standings.forget_periods();
        let total = standings.finish_load(BOARD, load_board(&txn, BOARD), |i| i.total());
        assert_eq!(total.unwrap(), 1);
        assert_eq!(standings.period_boards_held(), 0);
    }
}
