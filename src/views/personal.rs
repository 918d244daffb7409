//! The viewer's own part of a page (DESIGN.md rule 4), read per request in O(log n) each:
//! their standing on the boards, whether they hold a badge, the secret badges they earned,
//! and their progress towards a badge.

use crate::domain::badges::{Progress, Rule};
use crate::domain::boards::Board;
use crate::domain::figures::Figures;
use crate::domain::records::{Badge, BadgeId, UserId};
use crate::store::codec::Stored;
use crate::store::read::Snapshot;
use crate::store::tables::{BADGES, USER_BADGE_BY_PAIR, USER_BADGE_LIST};
use crate::store::StoreError;

use super::read::{badge_out, BadgeOut};
use super::standings::{Standing, Standings};

/// The user's rank and score on every board, in `Board::ALL` order.
pub fn standings_of(
    snap: &Snapshot,
    standings: &Standings,
    user: UserId,
) -> Result<[(Board, Standing); 4], StoreError> {
    let f = snap.figures(user)?;
    Ok(Board::ALL.map(|b| (b, standings.standing(b, b.score(&f)))))
}

pub fn has_earned(snap: &Snapshot, user: UserId, badge: BadgeId) -> Result<bool, StoreError> {
    Ok(snap
        .txn()
        .open_table(USER_BADGE_BY_PAIR)?
        .get((user.0, badge.0))?
        .is_some())
}

/// The active secret badges the user earned (listed to them only), in badge-list order.
pub fn earned_secret_badges(
    snap: &Snapshot,
    user: UserId,
    lang: Option<crate::i18n::Lang>,
) -> Result<Vec<BadgeOut>, StoreError> {
    let list = snap.txn().open_table(USER_BADGE_LIST)?;
    let badges = snap.txn().open_table(BADGES)?;
    let mut out = Vec::new();
    for row in list.range((user.0, 0, 0)..=(user.0, u64::MAX, u64::MAX))? {
        let badge = row?.1.value();
        let Some(v) = badges.get(badge)? else {
            continue;
        };
        let b = Badge::decode(v.value())?;
        if b.is_active && b.is_secret {
            let b = super::read::in_language(snap, (BadgeId(badge), b), lang)?;
            out.push(badge_out(&b, snap.badge_total(BadgeId(badge))?));
        }
    }
    super::read::sort_badges(&mut out);
    Ok(out)
}

/// Whether `viewer` (their id and staff flag) sees secret badges on `username`'s profile that
/// the shared, cached profile leaves out: they are that member or staff, and the member has
/// earned some. Then the profile is built for this request alone.
pub fn sees_hidden_badges(
    snap: &Snapshot,
    viewer: Option<(UserId, bool)>,
    username: &str,
) -> Result<bool, StoreError> {
    let Some((me, staff)) = viewer else {
        return Ok(false);
    };
    let Some(user) = snap.user_id_by_username(username)? else {
        return Ok(false);
    };
    if user != me && !staff {
        return Ok(false);
    }
    Ok(!earned_secret_badges(snap, user, None)?.is_empty())
}

/// Progress towards a badge: one line for each of its active rules (any one earns it), or
/// just "granted by staff" when none of them is one this site counts.
pub fn progress(snap: &Snapshot, badge: BadgeId, f: &Figures) -> Result<Vec<Progress>, StoreError> {
    let mut out: Vec<Progress> = Vec::new();
    for (_, a) in snap.achievements_of(badge)? {
        if a.is_active {
            let p = Rule::compile(&a).progress(f);
            if !out.contains(&p) {
                out.push(p);
            }
        }
    }
    if out.len() > 1 {
        out.retain(|p| *p != Progress::Granted);
    }
    if out.is_empty() {
        out.push(Progress::Granted);
    }
    Ok(out)
}
