//! The period boards (issue 20): the boards of this week, this month and this year, and of
//! the period before each, kept exact on every write as the all-time boards are.
//!
//! A member's score in a period is the sum of their dated events in it (`domain::periods`:
//! points given, loans returned as lender or borrower). Two tables (`store::tables`): each
//! user's score per (board, period, first day); and each board of a scope (the site,
//! [`SITE`]) in order, active users with a score that is not 0, with their usernames. Ranks
//! come from in-memory indexes (`views::standings`), loaded from the boards at start-up.
//!
//! Only the current and the previous period of each kind are kept ([`kept`]). A period's first
//! day is part of every key, so a new period starts with no rows and no batch job runs at its
//! boundary. The rows of older periods are dead: `verify` skips them, and the writes that
//! follow delete a few each ([`PeriodViews::prune_some`]) until none is left.

use redb::{ReadableTable, Table};

use crate::domain::boards::{descending, Board};
use crate::domain::figures::FigureOverflow;
use crate::domain::periods::{has_periods, Dated, Period, Span};
use crate::domain::records::UserId;
use crate::domain::time::Millis;
use crate::domain::zone::Zone;
use crate::store::StoreError;
use crate::views::maintain::UserKey;

/// The scope of the site's own boards (a group's is its id).
pub const SITE: u64 = 0;

/// Dead rows a write deletes at most, per table: pruning stays a small cost of each write.
const PRUNE_BATCH: usize = 64;

/// (board, period, first day, user) -> score.
pub type ScoreKey = (u8, u8, i32, u64);
/// (board, period, first day, scope, `desc(score)`, user) -> username.
pub type RowKey = (u8, u8, i32, u64, u64, u64);

/// The period boards' tables on the writer's transaction.
pub struct PeriodViews<'a, 't> {
    pub now: Millis,
    /// Where the moves go for the in-memory rank indexes (`views::standings`).
    pub moves: &'a mut Vec<crate::views::standings::PeriodMove>,
    pub scores: &'a mut Table<'t, ScoreKey, i64>,
    pub boards: &'a mut Table<'t, RowKey, &'static str>,
}

/// The periods kept at `now` where `zone` is: the current and the previous of each kind.
pub fn kept(now: Millis, zone: &Zone) -> Vec<Span> {
    Period::ALL
        .into_iter()
        .flat_map(|p| {
            let current = Span::of(p, now, zone);
            [current.previous(), current]
        })
        .collect()
}

/// The kept periods an event at `at` counts in: at most one of each kind. The one rule the
/// write path ([`PeriodViews::apply`]) and the recount ([`Tally`]) share.
fn counted_in<'k>(kept: &'k [Span], at: Millis, zone: &'k Zone) -> impl Iterator<Item = Span> + 'k {
    Period::ALL
        .into_iter()
        .map(move |p| Span::of(p, at, zone))
        .filter(|span| kept.contains(span))
}

/// The boards that have periods: every board but reputation.
pub fn boards() -> impl Iterator<Item = Board> {
    Board::ALL.into_iter().filter(|b| has_periods(*b))
}

/// The number a kind of period has in the tables' keys.
pub fn period_code(p: Period) -> u8 {
    p as u8
}

/// A member's period score past what it can hold (only a file edited by hand gets there: a
/// period's points are some of the member's, which the figures already bound).
fn overflow(user: UserId) -> StoreError {
    StoreError::Overflow {
        user,
        source: FigureOverflow {
            field: "period score",
        },
    }
}

pub fn score_key(board: Board, span: Span, user: UserId) -> ScoreKey {
    (
        board.index() as u8,
        period_code(span.period),
        span.start,
        user.0,
    )
}

pub fn row_key(board: Board, span: Span, scope: u64, score: i64, user: UserId) -> RowKey {
    let (b, p, start, _) = score_key(board, span, user);
    (b, p, start, scope, descending(score), user.0)
}

/// What the writer remembers of the period boards between commands: the site's zone, and
/// per kind of period, the first day of the current period once nothing older is left to
/// prune. Reset when the zone changes and whenever a batch aborts.
#[derive(Debug, Default)]
pub struct PeriodMemo {
    pub zone: Option<Zone>,
    pruned: [Option<i32>; 3],
}

impl PeriodViews<'_, '_> {
    /// Adds (`sign` 1) or removes (-1) dated events in the periods kept. `user_key` tells a
    /// member's username and whether they are active (only active members are on a board).
    pub fn apply(
        &mut self,
        zone: &Zone,
        events: &[Dated],
        sign: i64,
        user_key: UserKey<'_>,
    ) -> Result<(), StoreError> {
        let kept = kept(self.now, zone);
        for e in events.iter().filter(|e| has_periods(e.board)) {
            let mut on_board: Option<(String, bool)> = None;
            for span in counted_in(&kept, e.at, zone) {
                let key = score_key(e.board, span, e.user);
                let old = self.scores.get(key)?.map_or(0, |v| v.value());
                let new = e
                    .score
                    .checked_mul(sign)
                    .and_then(|delta| old.checked_add(delta))
                    .ok_or_else(|| overflow(e.user))?;
                if new == 0 {
                    self.scores.remove(key)?;
                } else {
                    self.scores.insert(key, new)?;
                }
                let (username, active) = match &on_board {
                    Some(known) => known,
                    None => on_board.insert(user_key(e.user)?),
                };
                if *active {
                    let (old, new) = ((old != 0).then_some(old), (new != 0).then_some(new));
                    self.move_row(e.board, span, e.user, username, old, new)?;
                }
            }
        }
        Ok(())
    }

    /// A member became active (`true`) or inactive: they join or leave every period board
    /// they have a score on.
    pub fn set_active(
        &mut self,
        zone: &Zone,
        user: UserId,
        username: &str,
        active: bool,
    ) -> Result<(), StoreError> {
        for span in kept(self.now, zone) {
            for board in boards() {
                let key = score_key(board, span, user);
                let score = self.scores.get(key)?.map(|v| v.value());
                if score.is_none() {
                    continue;
                }
                let (old, new) = if active { (None, score) } else { (score, None) };
                self.move_row(board, span, user, username, old, new)?;
            }
        }
        Ok(())
    }

    /// Moves one member on one period board of the site: `None` is "not on it".
    fn move_row(
        &mut self,
        board: Board,
        span: Span,
        user: UserId,
        username: &str,
        old: Option<i64>,
        new: Option<i64>,
    ) -> Result<(), StoreError> {
        if old == new {
            return Ok(());
        }
        if let Some(s) = old {
            self.boards.remove(row_key(board, span, SITE, s, user))?;
        }
        if let Some(s) = new {
            self.boards
                .insert(row_key(board, span, SITE, s, user), username)?;
        }
        let (b, p, start, _) = score_key(board, span, user);
        self.moves.push(((b, p, start, SITE), old, new));
        Ok(())
    }

    /// Deletes a few rows of the periods no longer kept (those before the previous one), and
    /// remembers, per kind, when none is left until the next period begins.
    pub fn prune_some(&mut self, zone: &Zone, memo: &mut PeriodMemo) -> Result<(), StoreError> {
        for (n, period) in Period::ALL.into_iter().enumerate() {
            let current = Span::of(period, self.now, zone);
            if memo.pruned[n] == Some(current.start) {
                continue;
            }
            let oldest_kept = current.previous().start;
            let mut left = false;
            for board in boards() {
                let (b, p) = (board.index() as u8, period_code(period));
                left |= prune(self.scores, (b, p, i32::MIN, 0)..(b, p, oldest_kept, 0))?;
                let rows = (b, p, i32::MIN, 0, 0, 0)..(b, p, oldest_kept, 0, 0, 0);
                left |= prune(self.boards, rows)?;
            }
            if !left {
                memo.pruned[n] = Some(current.start);
            }
        }
        Ok(())
    }
}

/// Deletes up to [`PRUNE_BATCH`] rows of `range`; answers whether any may be left.
fn prune<'a, K, V, KR>(
    table: &mut Table<'_, K, V>,
    range: std::ops::Range<KR>,
) -> Result<bool, StoreError>
where
    K: redb::Key + 'static,
    V: redb::Value + 'static,
    KR: std::borrow::Borrow<K::SelfType<'a>> + 'a,
{
    let mut extracted = table.extract_from_if(range, |_, _| true)?;
    for _ in 0..PRUNE_BATCH {
        match extracted.next() {
            Some(row) => drop(row?),
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// The kept scores dated events make at `now` where `zone` is, summed as they come:
/// (board, period, first day, user) -> score. What `rebuild` writes and `verify` compares the
/// tables with.
pub struct Tally {
    kept: Vec<Span>,
    zone: Zone,
    /// Events before this instant are in no kept period: passed over without a zone's
    /// arithmetic (no kept period starts before the previous year's first day; a day's margin
    /// covers any zone).
    before: Millis,
    scores: std::collections::BTreeMap<ScoreKey, i64>,
}

impl Tally {
    pub fn new(now: Millis, zone: Zone) -> Tally {
        let kept = kept(now, &zone);
        let oldest = kept.iter().map(|s| s.start).min().unwrap_or(i32::MIN);
        Tally {
            kept,
            zone,
            before: (i64::from(oldest) - 1) * crate::domain::time::MS_PER_DAY,
            scores: std::collections::BTreeMap::new(),
        }
    }

    pub fn add(&mut self, events: impl IntoIterator<Item = Dated>) -> Result<(), StoreError> {
        for e in events {
            if !has_periods(e.board) || e.at < self.before {
                continue;
            }
            for span in counted_in(&self.kept, e.at, &self.zone) {
                let key = score_key(e.board, span, e.user);
                let score: &mut i64 = self.scores.entry(key).or_default();
                *score = score.checked_add(e.score).ok_or_else(|| overflow(e.user))?;
            }
        }
        Ok(())
    }

    /// The scores, zeros left out, and the periods they are for.
    pub fn finish(mut self) -> (std::collections::BTreeMap<ScoreKey, i64>, Vec<Span>) {
        self.scores.retain(|_, s| *s != 0);
        (self.scores, self.kept)
    }
}

/// The site's board rows for `scores`, over the active users of `users`.
pub fn boards_of<'u>(
    scores: &std::collections::BTreeMap<ScoreKey, i64>,
    users: &'u std::collections::BTreeMap<UserId, (String, bool)>,
) -> std::collections::BTreeMap<RowKey, &'u str> {
    let mut rows = std::collections::BTreeMap::new();
    for (&(b, p, start, user), &score) in scores {
        if let Some((username, true)) = users.get(&UserId(user)) {
            let key = (b, p, start, SITE, descending(score), user);
            rows.insert(key, username.as_str());
        }
    }
    rows
}

/// Whether the period of a key (its kind's code and first day) is one of `kept`: `verify`
/// skips the dead rows of older ones.
pub fn is_kept(kept: &[Span], (period, start): (u8, i32)) -> bool {
    kept.iter()
        .any(|s| period_code(s.period) == period && s.start == start)
}

/// The site's time zone, as the settings keep it (UTC when none is set).
pub fn site_zone(
    settings: Option<&impl ReadableTable<&'static str, &'static str>>,
) -> Result<Zone, StoreError> {
    let key = crate::domain::settings::Setting::TimeZone.key();
    let name = match settings {
        Some(t) => t.get(key)?.map(|v| v.value().to_string()),
        None => None,
    };
    Ok(Zone::stored(name.as_deref()))
}

/// Empties the two tables and writes the period boards `scores` make.
pub fn write_all(
    pv: &mut PeriodViews<'_, '_>,
    scores: &std::collections::BTreeMap<ScoreKey, i64>,
    users: &std::collections::BTreeMap<UserId, (String, bool)>,
) -> Result<(), StoreError> {
    pv.scores.retain(|_, _| false)?;
    pv.boards.retain(|_, _| false)?;
    for (k, s) in scores {
        pv.scores.insert(k, s)?;
    }
    for (k, name) in boards_of(scores, users) {
        pv.boards.insert(k, name)?;
    }
    Ok(())
}

/// The kept scores the records make at `now`, with the kept periods: every returned loan and
/// every points entry, in the site's zone.
pub fn derive(
    src: &dyn crate::views::derive::Source,
    zone: Zone,
    now: Millis,
) -> Result<(std::collections::BTreeMap<ScoreKey, i64>, Vec<Span>), StoreError> {
    use crate::domain::periods::{loan_events, points_events};
    use crate::domain::records::{Loan, PointsEntry};
    use crate::store::tables::{LOANS, POINTS};
    use crate::views::derive::each_record;
    let mut tally = Tally::new(now, zone);
    each_record::<Loan>(src, LOANS, |_, l| tally.add(loan_events(&l)))?;
    each_record::<PointsEntry>(src, POINTS, |_, p| tally.add(points_events(&p)))?;
    Ok(tally.finish())
}

/// Writes the period boards from the records over the stored ones (`rebuild`, `import`).
pub fn rebuild(txn: &redb::WriteTransaction, now: Millis) -> Result<(), StoreError> {
    use crate::store::tables::{PERIOD_BOARDS, PERIOD_SCORES, SETTINGS};
    let zone = site_zone(Some(&txn.open_table(SETTINGS)?))?;
    let (scores, _) = derive(txn, zone, now)?;
    let users = crate::views::derive::user_keys(txn)?;
    let mut views = PeriodViews {
        now,
        moves: &mut Vec::new(),
        scores: &mut txn.open_table(PERIOD_SCORES)?,
        boards: &mut txn.open_table(PERIOD_BOARDS)?,
    };
    write_all(&mut views, &scores, &users)
}
