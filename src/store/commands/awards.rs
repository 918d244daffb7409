//! Badges a write earns. View maintenance (`views::maintain`) answers which badges a change
//! made true; awarding one writes records (the user badge and its points entry), whose points
//! change the figures again and may earn more: this module does that, depth first, in the
//! command's transaction.

use super::super::evict;
use super::super::tx::{Records, W};
use crate::domain::figures::{points_contributions, Contributions, Figures};
use crate::domain::notice::{Kind, Notice};
use crate::domain::records::{BadgeId, PointsEntry, User, UserBadge, UserId};
use crate::store::codec::Stored;
use crate::store::StoreError;
use crate::views::maintain::{self, Memo};

/// A user's username and activity, read in place: what view maintenance needs of them.
pub(super) fn user_key(
    users: &Records<'_, UserId, User>,
    user: UserId,
) -> Result<(String, bool), StoreError> {
    let guard = redb::ReadableTable::get(&**users, user.0)?
        .ok_or_else(|| StoreError::Corrupt(format!("no user {user}")))?;
    let u = User::access(guard.value())?;
    Ok((u.username.as_str().to_string(), u.is_active))
}

/// Adds (`sign` 1) or removes (-1) record contributions to the figures and every view they
/// feed, then awards what the change earned.
pub(crate) fn apply_contributions(
    w: &mut W<'_>,
    memo: &mut Memo,
    contributions: &Contributions,
    sign: i64,
) -> Result<(), StoreError> {
    let changed = {
        let (members, mut views) = w.views();
        // The whole member, though only the name and activity are needed here: their groups'
        // boards follow the scores that move (`all_time_moved`), from the member remembered.
        let key =
            |user| super::period_boards::member(&members, user).map(|m| (m.username, m.active));
        maintain::apply_contributions(&mut views, memo, &key, contributions, sign)?
    };
    super::period_boards::all_time_moved(w, &changed.moved)?;
    award_each(w, memo, changed.earned)
}

/// Awards every badge whose rule holds on these figures and that the user lacks.
pub(crate) fn check_badges(
    w: &mut W<'_>,
    memo: &mut Memo,
    user: UserId,
    figures: &Figures,
) -> Result<(), StoreError> {
    let due = {
        let (_, views) = w.views();
        maintain::badges_due(&views, memo, user, figures)?
    };
    award_each(w, memo, due.into_iter().map(|b| (user, b)).collect())
}

/// Awards each of these badges its user does not hold yet, in order.
pub(crate) fn award_each(
    w: &mut W<'_>,
    memo: &mut Memo,
    earned: Vec<(UserId, BadgeId)>,
) -> Result<(), StoreError> {
    for (user, badge) in earned {
        let lacks = {
            let (_, views) = w.views();
            !maintain::unheld(&views, user, vec![badge])?.is_empty()
        };
        if lacks {
            award(w, memo, user, badge, w.now)?;
        }
    }
    Ok(())
}

/// Awards a badge: the user badge, its views, and its `achievement` points entry (whose
/// points may earn more, awarded at once).
pub(crate) fn award(
    w: &mut W<'_>,
    memo: &mut Memo,
    user: UserId,
    badge: BadgeId,
    at: i64,
) -> Result<u64, StoreError> {
    let b = w
        .badges
        .open()?
        .get(badge)?
        .ok_or_else(|| StoreError::Corrupt(format!("no badge {badge}")))?;
    let id = w.next_id("user_badges")?;
    w.user_badges.open()?.put(
        id,
        &UserBadge {
            user,
            badge,
            earned_at: at,
        },
    )?;
    {
        let (_, mut views) = w.views();
        maintain::badge_earned(&mut views, id, user, badge, at, 1)?;
    }
    evict::badge(&mut w.fx, &b.slug);
    // The profile lists the badge: a badge worth no points changes no figure that would
    // evict it on the way.
    if let Some(u) = w.users.get(user)? {
        evict::profile(&mut w.fx, &u.username);
    }
    let entry = PointsEntry::for_badge(user, &b, at);
    let pid = w.next_id("points")?;
    w.points.open()?.put(pid, &entry)?;
    apply_contributions(w, memo, &points_contributions(&entry), 1)?;
    let dated = crate::domain::periods::points_events(&entry);
    super::period_boards::apply_events(w, memo, &dated, 1)?;
    super::notices::notify(w, user, Notice::new(Kind::BadgeEarned, at).of_badge(badge))?;
    Ok(id)
}
