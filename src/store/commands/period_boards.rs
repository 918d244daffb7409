//! The write side of the period boards (issue 20, `views::periods`): the points and returns a
//! command dates, members switched on or off, and a new site time zone, each in the command's
//! transaction.

use super::super::tx::W;
use super::awards::user_key;
use crate::domain::periods::Dated;
use crate::domain::records::{Loan, PointsEntry, User, UserId};
use crate::domain::zone::Zone;
use crate::store::codec::Stored;
use crate::store::StoreError;
use crate::views::maintain::Memo;
use crate::views::periods::{write_all, Tally};
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
    let (mut views, users) = w.period_views()?;
    views.apply(&zone, events, sign, &|u| user_key(users, u))?;
    views.prune_some(&zone, &mut memo.periods)
}

/// A member switched on (`true`) or off: they join or leave the period boards they score on.
pub(crate) fn set_active(
    w: &mut W<'_>,
    memo: &mut Memo,
    user: UserId,
    username: &str,
    active: bool,
) -> Result<(), StoreError> {
    let zone = site_zone(w, memo)?;
    let (mut views, _) = w.period_views()?;
    views.set_active(&zone, user, username, active)
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
    let mut users = std::collections::BTreeMap::new();
    for row in w.users.iter()? {
        let (id, v) = row?;
        let u = User::decode(v.value())?;
        users.insert(UserId(id.value()), (u.username, u.is_active));
    }
    let (mut views, _) = w.period_views()?;
    write_all(&mut views, &scores, &users)?;
    w.fx.periods_recounted = true;
    Ok(())
}
