//! The write side of the period and group boards (issue 20, `views::periods`): the points and
//! returns a command dates, scores that moved on the all-time boards, members switched on or
//! off, joining or leaving a group, and a new site time zone, each in the command's
//! transaction.

use super::super::tx::{MemberTables, W};
use super::awards::user_key;
use crate::cache::ViewKey;
use crate::domain::boards::Board;
use crate::domain::choice::MemberStatus;
use crate::domain::periods::Dated;
use crate::domain::periods::{Period, Span};
use crate::domain::records::{Id, Loan, Membership, PointsEntry, User, UserId};
use crate::domain::zone::Zone;
use crate::store::codec::Stored;
use crate::store::StoreError;
use crate::views::maintain::{figures_of, Memo, ScoreMove};
use crate::views::periods::{
    closed_key, kept, members_of, slot, write_periods, Member, Slot, Tally, ALL_TIME, HALL_PLACES,
    SITE,
};
use redb::ReadableTable;

/// The site's time zone, which the periods are counted in (remembered by the writer until it
/// changes).
fn site_zone(w: &mut W<'_>, memo: &mut Memo) -> Result<Zone, StoreError> {
    if let Some(zone) = &memo.periods.zone {
        return Ok(zone.clone());
    }
    let zone = crate::views::periods::site_zone(Some(&*w.settings.open()?))?;
    Ok(memo.periods.zone.insert(zone).clone())
}

/// A member as the boards need them: name, activity and the groups they are active in.
pub(super) fn member(t: &MemberTables<'_, '_>, user: UserId) -> Result<Member, StoreError> {
    if let Some(known) = t.known.get(user) {
        return Ok(known);
    }
    let (username, active) = user_key(t.users, user)?;
    let mut groups = Vec::new();
    for row in t.by_user.range((user.0, 0)..=(user.0, u64::MAX))? {
        let (pair, id) = row?;
        let m = t.memberships.get(id.value() as Id)?;
        if m.is_some_and(|m| m.status == MemberStatus::Active) {
            groups.push(pair.value().1);
        }
    }
    let m = Member {
        username,
        active,
        groups,
    };
    t.known.keep(user, &m);
    Ok(m)
}

/// Adds (`sign` 1) or removes (-1) dated events on the period boards, and prunes a few rows of
/// periods no longer kept.
pub(crate) fn apply_events(
    w: &mut W<'_>,
    memo: &mut Memo,
    events: &[Dated],
    sign: i64,
) -> Result<(), StoreError> {
    if events.is_empty() {
        return Ok(());
    }
    let zone = site_zone(w, memo)?;
    let (mut views, tables) = w.period_views()?;
    views.apply(&zone, events, sign, &|u| member(&tables, u))?;
    views.prune_some(&zone, &mut memo.periods)
}

/// All-time scores moved on the site's boards: the members move on their groups' too.
pub(crate) fn all_time_moved(w: &mut W<'_>, moved: &[ScoreMove]) -> Result<(), StoreError> {
    if moved.is_empty() {
        return Ok(());
    }
    let (mut views, tables) = w.period_views()?;
    for &(user, board, old, new) in moved {
        views.all_time_moved(board, user, &member(&tables, user)?, old, new)?;
    }
    Ok(())
}

/// A member switched on (`true`) or off: they join or leave the boards they score on, the
/// site's periods' and all their groups'.
pub(crate) fn set_active(
    w: &mut W<'_>,
    memo: &mut Memo,
    user: UserId,
    active: bool,
) -> Result<(), StoreError> {
    let zone = site_zone(w, memo)?;
    let figures = figures_of(&*w.figures, user)?;
    let (mut views, tables) = w.period_views()?;
    let m = member(&tables, user)?;
    views.place(&zone, user, &m, &m.scopes(), &figures, active)
}

/// A membership became active (`joined`) or stopped being: an active member joins or leaves
/// that group's boards. Called with the membership's other rows already written, before the
/// figures the change moves (those then move on every board the member is on).
pub(crate) fn membership_changed(
    w: &mut W<'_>,
    memo: &mut Memo,
    m: &Membership,
    joined: bool,
) -> Result<(), StoreError> {
    let zone = site_zone(w, memo)?;
    let figures = figures_of(&*w.figures, m.user)?;
    let (mut views, tables) = w.period_views()?;
    let member = member(&tables, m.user)?;
    if !member.active {
        return Ok(());
    }
    views.place(&zone, m.user, &member, &[m.group.0], &figures, joined)
}

/// A member's name or picture changed, or who may see them: the cached boards that may show
/// them go (every kept period's of the site and of their groups, and their groups' all-time
/// ones).
pub(crate) fn evict_named(w: &mut W<'_>, user: UserId) -> Result<(), StoreError> {
    let zone = crate::views::periods::site_zone(Some(&*w.settings.open()?))?;
    let tables = MemberTables {
        users: &w.users,
        memberships: &w.memberships,
        by_user: &w.membership_by_user,
        known: &w.known_members,
    };
    let mut scopes = member(&tables, user)?.scopes();
    // The halls of fame that name them, of groups they may have left too.
    for row in w
        .hall_by_user
        .open()?
        .range((user.0, 0, i32::MIN)..=(user.0, u64::MAX, i32::MAX))?
    {
        let scope = row?.0.value().1;
        if !scopes.contains(&scope) {
            scopes.push(scope);
        }
    }
    let mut slots: Vec<Slot> = kept(w.now, &zone).into_iter().map(slot).collect();
    slots.push(ALL_TIME);
    for scope in scopes {
        for &(period, start) in &slots {
            w.fx.evict(ViewKey::Boards {
                scope,
                period,
                start,
            });
        }
    }
    Ok(())
}

/// Closes each period that ended since the last one closed, once each and oldest first
/// (`meta` remembers the last): a month's first three of every board of every scope go to the
/// hall of fame, and the `period_top` badges of a week, month or year go to its first. Called
/// by the writer at the start of every batch, before any command can prune a period's rows,
/// so the first write after a period's end does it (the scheduler's writes every few minutes
/// when nobody else writes). A server that was off across several ends closes each of them
/// when it starts again: the periods it missed hold the rows written before it stopped.
pub fn close_due(w: &mut W<'_>, memo: &mut Memo) -> Result<(), StoreError> {
    let ahead = marks_ahead(w, memo)?;
    if !ahead.is_empty() {
        clock_went_back(w, memo, &ahead)?;
    }
    // The awards of one close must not prune the rows of a period closed after it.
    memo.periods.closing = true;
    let closed = close_each(w, memo);
    memo.periods.closing = false;
    closed
}

fn close_each(w: &mut W<'_>, memo: &mut Memo) -> Result<(), StoreError> {
    let zone = site_zone(w, memo)?;
    for (n, period) in Period::ALL.into_iter().enumerate() {
        let ended = Span::of(period, w.now, &zone).previous();
        if memo.periods.closed[n] == Some(ended.start) {
            continue;
        }
        let key = closed_key(period);
        let closed = w.meta.get(key)?.map(|v| v.value() as i64);
        for span in unclosed(closed, ended) {
            close(w, memo, span)?;
            w.meta.insert(key, i64::from(span.start) as u64)?;
            w.fx.periods_kept = Some(kept(w.now, &zone).into_iter().map(slot).collect());
        }
        memo.periods.closed[n] = Some(ended.start);
    }
    Ok(())
}

/// The kinds of period whose last close is marked after the period that just ended: marks a
/// clock set ahead by mistake wrote, since put back. Read only when the writer does not know
/// the period just ended to be closed (its first batch, or a period's end).
fn marks_ahead(w: &mut W<'_>, memo: &mut Memo) -> Result<Vec<Period>, StoreError> {
    let zone = site_zone(w, memo)?;
    let mut ahead = Vec::new();
    for (n, period) in Period::ALL.into_iter().enumerate() {
        let ended = Span::of(period, w.now, &zone).previous();
        if memo.periods.closed[n] == Some(ended.start) {
            continue;
        }
        let closed = w.meta.get(closed_key(period))?.map(|v| v.value() as i64);
        if closed.is_some_and(|c| c > i64::from(ended.start)) {
            ahead.push(period);
        }
    }
    Ok(ahead)
}

/// The clock was set ahead, then put back: periods that had not begun were closed. Their
/// marks go (so the period just ended is closed again: its hall is written anew, and badges
/// are held once), the months of the hall of fame after it go, and the period boards are
/// counted again from the records, as the writes made meanwhile were dated ahead and the
/// rows of the real periods were pruned as old. Badges awarded by those closes stay.
fn clock_went_back(w: &mut W<'_>, memo: &mut Memo, ahead: &[Period]) -> Result<(), StoreError> {
    let zone = site_zone(w, memo)?;
    tracing::warn!(
        "the clock is behind the last closed periods ({ahead:?}): it was set ahead, then back; \
         the period boards are counted again"
    );
    for &period in ahead {
        w.meta.remove(closed_key(period))?;
    }
    let last_month = Span::of(Period::Month, w.now, &zone).previous().start;
    w.hall_of_fame
        .open()?
        .retain(|(_, month, _, _), _| month <= last_month)?;
    w.hall_by_user
        .open()?
        .retain(|(_, _, month), _| month <= last_month)?;
    super::super::evict::every_page(&mut w.fx);
    recount(w, memo)
}

/// The most periods of a kind one batch closes: ten years of weeks. A bound, so that a clock
/// set years ahead by mistake cannot make one batch close thousands of empty periods; a server
/// off for longer than that would leave its last periods unclosed.
const MOST_CLOSED_AT_ONCE: usize = 520;

/// The periods after the last one closed (its first day, `closed`; `None`: none ever was, so
/// only `ended`) up to `ended`, oldest first.
fn unclosed(closed: Option<i64>, ended: Span) -> Vec<Span> {
    let Some(closed) = closed else {
        return vec![ended];
    };
    let mut spans = Vec::new();
    let mut span = ended;
    while i64::from(span.start) > closed && spans.len() < MOST_CLOSED_AT_ONCE {
        spans.push(span);
        span = span.previous();
    }
    spans.reverse();
    spans
}

/// Closes one period that ended: see [`close_due`].
fn close(w: &mut W<'_>, memo: &mut Memo, ended: Span) -> Result<(), StoreError> {
    let rules: Vec<_> = memo
        .rules
        .period_tops()
        .into_iter()
        .filter(|r| r.2 == ended.period)
        .collect();
    if ended.period == Period::Month {
        let tops = w.period_views()?.0.tops_of(ended, HALL_PLACES)?;
        for (scope, board, place, user, score, name) in &tops {
            let key = (*scope, ended.start, board.index() as u8, *place);
            let value = (user.0, *score, name.as_str());
            w.hall_of_fame.open()?.insert(key, value)?;
            w.hall_by_user
                .open()?
                .insert((user.0, *scope, ended.start), ())?;
        }
        if !tops.is_empty() {
            // Every board page of every scope shows its hall of fame.
            super::super::evict::every_page(&mut w.fx);
        }
    }
    for (badge, board, _, rank) in rules {
        let winners = winners(w, ended, board, rank)?;
        super::awards::award_each(w, memo, winners.into_iter().map(|u| (u, badge)).collect())?;
    }
    Ok(())
}

/// The members ranked `rank` or better, with a score above 0, on the site's `board` of a
/// period (ties share a rank: 1 + those strictly ahead).
fn winners(w: &mut W<'_>, span: Span, board: Board, rank: i64) -> Result<Vec<UserId>, StoreError> {
    let (views, _) = w.period_views()?;
    let (p, start) = slot(span);
    let b = board.index() as u8;
    let rows = (b, p, start, SITE, 0, 0)..=(b, p, start, SITE, u64::MAX, u64::MAX);
    let mut out = Vec::new();
    let mut last: Option<(i64, i64)> = None; // (score, its rank)
    for (seen, row) in views.boards.range(rows)?.enumerate() {
        let key = row?.0.value();
        let score = crate::domain::boards::undescending(key.4);
        let place = match last {
            Some((s, r)) if s == score => r,
            _ => seen as i64 + 1,
        };
        if place > rank || score <= 0 {
            break;
        }
        last = Some((score, place));
        out.push(UserId(key.5));
    }
    Ok(out)
}

/// The site's time zone changed: every kept period starts on another instant, so the period
/// boards are counted again from the returns and points, in this transaction.
pub(crate) fn recount(w: &mut W<'_>, memo: &mut Memo) -> Result<(), StoreError> {
    memo.periods = Default::default();
    let zone = site_zone(w, memo)?;
    let mut tally = Tally::new(w.now, zone);
    for row in w.loans.iter()? {
        let loan = Loan::decode(row?.1.value())?;
        tally.add(crate::domain::periods::loan_events(&loan))?;
    }
    for row in w.points.open()?.iter()? {
        let entry = PointsEntry::decode(row?.1.value())?;
        tally.add(crate::domain::periods::points_events(&entry))?;
    }
    let (scores, _) = tally.finish();
    let mut users = Vec::new();
    for row in w.users.iter()? {
        let (id, v) = row?;
        let u = User::decode(v.value())?;
        users.push((UserId(id.value()), (u.username, u.is_active)));
    }
    let mut memberships = Vec::new();
    for row in w.memberships.iter()? {
        memberships.push(Membership::decode(row?.1.value())?);
    }
    let members = members_of(users, memberships);
    let (mut views, _) = w.period_views()?;
    write_periods(&mut views, &scores, &members)?;
    w.fx.periods_recounted = true;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::time::parse_datetime;

    fn month(at: &str) -> Span {
        Span::of(Period::Month, parse_datetime(at).unwrap(), &Zone::default())
    }

    #[test]
    fn the_periods_to_close_are_those_after_the_last_closed_oldest_first() {
        let (oct, nov, jan) = (
            month("2026-10-05T00:00:00Z"),
            month("2026-11-05T00:00:00Z"),
            month("2027-01-05T00:00:00Z"),
        );
        let dec = jan.previous();
        // A new file closes the period just ended only; a closed one is not closed again.
        assert_eq!(unclosed(None, jan), [jan]);
        assert_eq!(unclosed(Some(i64::from(jan.start)), jan), []);
        assert_eq!(unclosed(Some(i64::from(oct.start)), jan), [nov, dec, jan]);
        // Weeks after eleven years off: the last 520, the oldest first.
        let week = Span::of(
            Period::Week,
            parse_datetime("2038-01-07T00:00:00Z").unwrap(),
            &Zone::default(),
        );
        let spans = unclosed(Some(i64::from(oct.start)), week);
        assert_eq!(spans.len(), MOST_CLOSED_AT_ONCE);
        assert_eq!(spans.last(), Some(&week));
        assert!(spans.windows(2).all(|p| p[1].previous() == p[0]));
    }
}
