//! The four leaderboards and how ranks are counted (DOMAIN.md "Leaderboards").

use super::figures::Figures;
use super::records::UserId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Board {
    Overall,
    Lending,
    Borrowing,
    Reputation,
}

impl Board {
    pub const ALL: [Board; 4] = [
        Board::Overall,
        Board::Lending,
        Board::Borrowing,
        Board::Reputation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Board::Overall => "overall",
            Board::Lending => "lending",
            Board::Borrowing => "borrowing",
            Board::Reputation => "reputation",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn score(self, f: &Figures) -> i64 {
        match self {
            Board::Overall => f.points,
            // `Figures::apply` keeps these within i64 / 10; saturating all the same.
            Board::Lending => f.items_lent.saturating_mul(10),
            Board::Borrowing => f.items_borrowed.saturating_mul(10),
            Board::Reputation => f.trust_score,
        }
    }
}

/// A signed number as an unsigned key part whose order is the reverse of the number's, so a
/// forward scan reads the highest (newest, best) first.
pub fn descending(v: i64) -> u64 {
    !((v as u64) ^ (1 << 63))
}

/// The number a [`descending`] key part was made from.
pub fn undescending(k: u64) -> i64 {
    ((!k) ^ (1 << 63)) as i64
}

/// A board position as one sortable key: score descending, then user id ascending.
pub fn board_key(score: i64, user: UserId) -> (u64, u64) {
    (descending(score), user.0)
}

/// The score a [`board_key`] was made from.
pub fn score_of_key(key: (u64, u64)) -> i64 {
    undescending(key.0)
}

/// Ranks for an ordered list of scores (descending): 1 + the number strictly greater, so ties
/// share a rank. Works on any prefix of a board, since all greater scores come first.
pub fn ranks_of_sorted(scores: &[i64]) -> Vec<u64> {
    let mut ranks = Vec::with_capacity(scores.len());
    for (i, s) in scores.iter().enumerate() {
        let rank = if i > 0 && scores[i - 1] == *s {
            ranks[i - 1]
        } else {
            i as u64 + 1
        };
        ranks.push(rank);
    }
    ranks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_sort_by_score_descending_then_user_ascending() {
        let mut keys = [
            board_key(5, UserId(2)),
            board_key(-3, UserId(1)),
            board_key(5, UserId(1)),
            board_key(i64::MAX, UserId(9)),
            board_key(i64::MIN, UserId(0)),
            board_key(0, UserId(4)),
        ];
        keys.sort();
        let order: Vec<(i64, u64)> = keys.iter().map(|k| (score_of_key(*k), k.1)).collect();
        assert_eq!(
            order,
            [
                (i64::MAX, 9),
                (5, 1),
                (5, 2),
                (0, 4),
                (-3, 1),
                (i64::MIN, 0)
            ]
        );
    }

    #[test]
    fn ties_share_a_rank_and_the_next_rank_skips() {
        assert_eq!(
            ranks_of_sorted(&[30, 20, 20, 20, 10, 0, 0]),
            [1, 2, 2, 2, 5, 6, 6]
        );
        assert!(ranks_of_sorted(&[]).is_empty());
    }

    #[test]
    fn scores_come_from_the_figures() {
        let f = Figures {
            points: -20,
            items_lent: 3,
            items_borrowed: 4,
            trust_score: 77,
            ..Default::default()
        };
        let scores: Vec<i64> = Board::ALL.iter().map(|b| b.score(&f)).collect();
        assert_eq!(scores, [-20, 30, 40, 77]);
    }
}
