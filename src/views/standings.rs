//! The live rank structure of the four boards (DESIGN.md rule 6): one [`RankIndex`] per board,
//! loaded at start-up from the score histogram table in O(distinct scores) and moved by the
//! writer after each commit, before callers are answered, so a read that starts after an
//! acknowledged write sees its ranks.

use parking_lot::RwLock;
use redb::ReadTransaction;

use super::rank::RankIndex;
use crate::domain::boards::Board;
use crate::store::tables::BOARD_HISTOGRAM;
use crate::store::StoreError;

#[derive(Debug, Default)]
pub struct Standings {
    boards: [RwLock<RankIndex>; 4],
}

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
