//! The live rank structure of the four boards (DESIGN.md rule 6): one [`RankIndex`] per board,
//! loaded at start-up from the score histogram table in O(distinct scores) and moved by the
//! writer after each commit, before callers are answered, so a read that starts after an
//! acknowledged write sees its ranks.

use std::collections::HashMap;

use parking_lot::RwLock;
use redb::{ReadTransaction, ReadableTable};

use super::rank::RankIndex;
use crate::domain::boards::Board;
use crate::store::tables::{BOARD_HISTOGRAM, PERIOD_BOARDS};
use crate::store::StoreError;

#[derive(Debug, Default)]
pub struct Standings {
    boards: [RwLock<RankIndex>; 4],
    /// The period boards' indexes (`views::periods`), one per board with rows, by (board,
    /// period, first day, scope).
    periods: RwLock<HashMap<PeriodBoard, RankIndex>>,
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
        *standings.periods.write() = load_periods(txn)?;
        Ok(standings)
    }

    /// Rank of a score on a period board (1 + the number of its members with a strictly
    /// greater score), and how many members it has.
    pub fn period_standing(&self, board: PeriodBoard, score: i64) -> (Standing, u64) {
        let periods = self.periods.read();
        match periods.get(&board) {
            Some(index) => (
                Standing {
                    rank: index.rank(score),
                    score,
                },
                index.total(),
            ),
            None => (Standing { rank: 1, score }, 0),
        }
    }

    /// Applies a committed batch's moves on the period boards; a board left empty goes.
    pub fn apply_periods(&self, moves: &[PeriodMove]) {
        if moves.is_empty() {
            return;
        }
        let mut periods = self.periods.write();
        for &(board, old, new) in moves {
            let index = periods.entry(board).or_default();
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

    /// Replaces every period board's index (after they were counted again).
    pub fn reload_periods(&self, txn: &ReadTransaction) -> Result<(), StoreError> {
        *self.periods.write() = load_periods(txn)?;
        Ok(())
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

/// Every period board's index, from its rows (`PERIOD_BOARDS`, best first), in one scan.
fn load_periods(txn: &ReadTransaction) -> Result<HashMap<PeriodBoard, RankIndex>, StoreError> {
    let table = match txn.open_table(PERIOD_BOARDS) {
        Ok(t) => t,
        Err(redb::TableError::TableDoesNotExist(_)) => return Ok(HashMap::new()),
        Err(e) => return Err(e.into()),
    };
    let mut counts: HashMap<PeriodBoard, Vec<(i64, u64)>> = HashMap::new();
    for row in table.iter()? {
        let (b, p, start, scope, score, _) = row?.0.value();
        let score = crate::domain::boards::undescending(score);
        let board = counts.entry((b, p, start, scope)).or_default();
        // A board's rows come best first: equal scores are neighbours.
        match board.last_mut() {
            Some((s, n)) if *s == score => *n += 1,
            _ => board.push((score, 1)),
        }
    }
    Ok(counts
        .into_iter()
        .map(|(board, mut c)| {
            c.reverse();
            (board, RankIndex::from_counts(c))
        })
        .collect())
}
