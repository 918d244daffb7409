//! The viewer's own part of a page (DESIGN.md rule 4), read per request in O(log n) each:
//! their standing on the boards, whether they hold a badge, the secret badges they earned,
//! and their progress towards a badge.

use redb::ReadTransaction;

use crate::domain::badges::Rule;
use crate::domain::boards::Board;
use crate::domain::figures::Figures;
use crate::domain::records::{Achievement, Badge, BadgeId, UserId};
use crate::store::codec::Stored;
use crate::store::read::record;
use crate::store::tables::{
    ACHIEVEMENTS, ACHIEVEMENTS_BY_BADGE, BADGES, FIGURES, USER_BADGE_BY_PAIR, USER_BADGE_LIST,
};
use crate::store::StoreError;

use super::read::{badge_out, total_earned, BadgeOut};
use super::standings::{Standing, Standings};

/// A user's figures (all zero before their first counted act).
pub fn figures(txn: &ReadTransaction, user: UserId) -> Result<Figures, StoreError> {
    Ok(record::<Figures>(txn, FIGURES, user)?.unwrap_or_default())
}

/// The user's rank and score on every board, in `Board::ALL` order.
pub fn standings_of(
    txn: &ReadTransaction,
    standings: &Standings,
    user: UserId,
) -> Result<[(Board, Standing); 4], StoreError> {
    let f = figures(txn, user)?;
    Ok(Board::ALL.map(|b| (b, standings.standing(b, b.score(&f)))))
}

pub fn has_earned(txn: &ReadTransaction, user: UserId, badge: BadgeId) -> Result<bool, StoreError> {
    Ok(txn
        .open_table(USER_BADGE_BY_PAIR)?
        .get((user, badge))?
        .is_some())
}

/// The active secret badges the user earned (listed to them only), in badge-list order.
pub fn earned_secret_badges(
    txn: &ReadTransaction,
    user: UserId,
) -> Result<Vec<BadgeOut>, StoreError> {
    let list = txn.open_table(USER_BADGE_LIST)?;
    let badges = txn.open_table(BADGES)?;
    let mut out = Vec::new();
    for row in list.range((user, 0, 0)..=(user, u64::MAX, u64::MAX))? {
        let badge = row?.1.value();
        let Some(v) = badges.get(badge)? else {
            continue;
        };
        let b = Badge::decode(v.value())?;
        if b.is_active && b.is_secret {
            out.push(badge_out(&b, total_earned(txn, badge)?));
        }
    }
    super::read::sort_badges(&mut out);
    Ok(out)
}

/// Progress towards a badge's counting rules: `(have, need, label)` for each active one.
pub fn progress(
    txn: &ReadTransaction,
    badge: BadgeId,
    f: &Figures,
) -> Result<Vec<(i64, i64, &'static str)>, StoreError> {
    let index = txn.open_table(ACHIEVEMENTS_BY_BADGE)?;
    let mut out = Vec::new();
    for row in index.range((badge, 0)..=(badge, u64::MAX))? {
        let id = row?.0.value().1;
        let Some(a) = record::<Achievement>(txn, ACHIEVEMENTS, id)? else {
            continue;
        };
        if a.is_active {
            if let Some(p) = Rule::compile(&a).progress(f) {
                out.push(p);
            }
        }
    }
    Ok(out)
}
