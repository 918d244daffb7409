//! The live rank structure of the four boards (DESIGN.md rule 6): one [`RankIndex`] per board,
//! loaded at start-up from the score histogram table in O(distinct scores) and moved by the
//! writer after each commit, before callers are answered, so a read that starts after an
//! acknowledged write sees its ranks.
//!
//! The period and group boards (`views::periods`) are many (a group has 22) and most are
//! never asked for a rank, so each one's index is loaded from its rows when first asked for,
//! and kept moving from then on.

use std::collections::HashMap;

use parking_lot::{Mutex, MutexGuard, RwLock};
use redb::{Database, ReadTransaction, ReadableDatabase};

use super::rank::RankIndex;
use crate::domain::boards::Board;
use crate::store::tables::{BOARD_HISTOGRAM, PERIOD_BOARDS};
use crate::store::StoreError;

#[derive(Debug, Default)]
pub struct Standings {
    boards: [RwLock<RankIndex>; 4],
    /// The indexes of the period and group boards loaded so far, by (board, period, first
    /// day, scope).
    periods: RwLock<HashMap<PeriodBoard, RankIndex>>,
    /// Held by the writer from a commit until its moves are applied, and by a reader loading
    /// a board's index from a read begun inside it: so the index has each commit once, from
    /// its rows or from its moves.
    gate: Mutex<()>,
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
        if let Some(index) = self.periods.read().get(&board) {
            return Ok(answer(index));
        }
        // Loaded under the gate alone: readers of other boards are not held up meanwhile,
        // and no commit's moves can be applied in between.
        let _gate = self.gate.lock();
        if let Some(index) = self.periods.read().get(&board) {
            return Ok(answer(index));
        }
        let index = load_board(&db.begin_read()?, board)?;
        let answered = answer(&index);
        self.periods.write().insert(board, index);
        Ok(answered)
    }

    /// What the writer holds from a commit until its moves are applied.
    pub fn commit_gate(&self) -> MutexGuard<'_, ()> {
        self.gate.lock()
    }

    /// Applies a committed batch's moves on the period boards loaded (the others will load
    /// them from their rows); a board left empty is let go.
    pub fn apply_periods(&self, moves: &[PeriodMove]) {
        if moves.is_empty() {
            return;
        }
        let mut periods = self.periods.write();
        for &(board, old, new) in moves {
            let Some(index) = periods.get_mut(&board) else {
                continue;
            };
            if let Some(s) = old {
                index.remove(s);
            }
            if let Some(s) = new {
                index.add(s);
            }
            if index.total() == 0 {
                periods.remove(&board);
            }
        }
    }

    /// Lets every period board's index go (they were counted again): each loads anew.
    pub fn forget_periods(&self) {
        self.periods.write().clear();
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
            let mut index = self.boards[board.index()].write();
            if let Some(s) = old {
                index.remove(s);
            }
            if let Some(s) = new {
                index.add(s);
            }
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
