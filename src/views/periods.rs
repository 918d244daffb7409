//! The period boards (issue 20): the boards of this week, this month and this year, and of
//! the period before each, kept exact on every write as the all-time boards are.
//!
//! A member's score in a period is the sum of their dated events in it (`domain::periods`:
//! points given, loans returned as lender or borrower). Two tables (`store::tables`): each
//! user's score per (board, period, first day); and each board of a scope in order, active
//! users with a score that is not 0, with their usernames. A scope is the site ([`SITE`]) or
//! a group (its id): a group's boards are its active members' scores, so a member of two
//! groups is on both. Groups also have all-time boards here ([`ALL_TIME`], the scores of the
//! figures), the site's being `BOARDS`. Ranks come from in-memory indexes
//! (`views::standings`), loaded from the boards at start-up.
//!
//! Only the current and the previous period of each kind are kept ([`kept`]). A period's first
//! day is part of every key, so a new period starts with no rows and no batch job runs at its
//! boundary. The rows of older periods are dead: `verify` skips them, and the writes that
//! follow delete a few each ([`PeriodViews::prune_some`]) until none is left.

use redb::{ReadableTable, Table};

use crate::domain::boards::{descending, Board};
use crate::domain::choice::MemberStatus;
use crate::domain::figures::{FigureOverflow, Figures};
use crate::domain::periods::{has_periods, Dated, Period, Span};
use crate::domain::records::{Membership, UserId};
use crate::domain::time::Millis;
use crate::domain::zone::Zone;
use crate::store::bytekeys::{RowBytes, ScoreBytes};
use crate::store::StoreError;

/// The scope of the site's own boards (a group's is its id).
pub const SITE: u64 = 0;

/// Which scores a board row is for, as its key says: a period's (kind, first day), or
/// [`ALL_TIME`].
pub type Slot = (u8, i32);

/// The slot of the groups' all-time boards (the site's are the `BOARDS` tables).
pub const ALL_TIME: Slot = (3, 0);

/// A period's slot.
pub fn slot(span: Span) -> Slot {
    (period_code(span.period), span.start)
}

/// What the period boards need of a member: their username, whether they are active (only
/// active members are on a board) and the groups they are an active member of, whose boards
/// they are on.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub username: String,
    pub active: bool,
    pub groups: Vec<u64>,
}

impl Member {
    /// The scopes whose boards the member is on when active: the site's and their groups'.
    pub fn scopes(&self) -> Vec<u64> {
        std::iter::once(SITE)
            .chain(self.groups.iter().copied())
            .collect()
    }
}

/// Looks a member up for the period boards (the caller reads the base tables, and remembers
/// the members of a command: `store::tx::KnownMembers`).
pub type MemberKey<'a> = &'a dyn Fn(UserId) -> Result<Member, StoreError>;

/// A board row needs a score that is not 0.
fn scored(score: i64) -> Option<i64> {
    (score != 0).then_some(score)
}

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
    pub scores: &'a mut Table<'t, ScoreBytes, i64>,
    pub boards: &'a mut Table<'t, RowBytes, &'static str>,
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

/// The boards a slot has: a period's have no reputation (trust is not a sum of events).
pub fn boards_in(at: Slot) -> Vec<Board> {
    if at == ALL_TIME {
        Board::ALL.to_vec()
    } else {
        boards().collect()
    }
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

pub fn row_key(board: Board, (p, start): Slot, scope: u64, score: i64, user: UserId) -> RowKey {
    let b = board.index() as u8;
    (b, p, start, scope, descending(score), user.0)
}

/// What the writer remembers of the period boards between commands: the site's zone, and
/// per kind of period, the first day of the current period once nothing older is left to
/// prune. Reset when the zone changes and whenever a batch aborts.
#[derive(Debug, Default)]
pub struct PeriodMemo {
    pub zone: Option<Zone>,
    pruned: [Option<i32>; 3],
    /// Per kind of period, the first day of the last one closed (`closed_key` in `meta`).
    pub closed: [Option<i32>; 3],
    /// Periods are being closed: nothing is pruned meanwhile, since the rows of a period
    /// still to be closed may already be older than the ones kept.
    pub closing: bool,
}

/// The `meta` key of the first day of the last period of a kind that was closed: its hall of
/// fame kept and its `period_top` badges awarded, once.
pub fn closed_key(period: Period) -> &'static str {
    match period {
        Period::Week => "periods_closed:week",
        Period::Month => "periods_closed:month",
        Period::Year => "periods_closed:year",
    }
}

/// Per kind of period, the first day of the last one closed, as `meta` has it.
pub fn closed_marks(
    meta: &impl ReadableTable<&'static str, u64>,
) -> Result<[Option<i64>; 3], StoreError> {
    let mut marks = [None; 3];
    for (mark, period) in marks.iter_mut().zip(Period::ALL) {
        *mark = meta.get(closed_key(period))?.map(|v| v.value() as i64);
    }
    Ok(marks)
}

/// A place on a board as it stood: (scope, board, place from 0, user, score, username).
pub type Placed = (u64, Board, u8, UserId, i64, String);

/// How many of each month's boards the hall of fame keeps.
pub const HALL_PLACES: usize = 3;

impl PeriodViews<'_, '_> {
    /// Adds (`sign` 1) or removes (-1) dated events in the periods kept.
    pub fn apply(
        &mut self,
        zone: &Zone,
        events: &[Dated],
        sign: i64,
        member_key: MemberKey<'_>,
    ) -> Result<(), StoreError> {
        let kept = kept(self.now, zone);
        for e in events.iter().filter(|e| has_periods(e.board)) {
            let mut spans = counted_in(&kept, e.at, zone).peekable();
            if spans.peek().is_none() {
                // Dated before every period kept: no board to move on, no member to read.
                continue;
            }
            let member = member_key(e.user)?;
            let scopes = member.scopes();
            for span in spans {
                let key = score_key(e.board, span, e.user);
                let delta = e.score.checked_mul(sign).ok_or_else(|| overflow(e.user))?;
                let (old, new) = crate::store::tx::add_to_count(self.scores, &key, delta)?
                    .ok_or_else(|| overflow(e.user))?;
                if member.active {
                    self.move_rows(e.board, slot(span), e.user, &member, &scopes, old, new)?;
                }
            }
        }
        Ok(())
    }

    /// A member's all-time score on a board moved (their figures changed): they move on the
    /// all-time boards of their groups (the site's are `views::maintain`'s).
    pub fn all_time_moved(
        &mut self,
        board: Board,
        user: UserId,
        member: &Member,
        old: i64,
        new: i64,
    ) -> Result<(), StoreError> {
        if !member.active {
            return Ok(());
        }
        self.move_rows(board, ALL_TIME, user, member, &member.groups, old, new)
    }

    /// Puts a member on (`on`) or takes them off the boards of `scopes` they have a score
    /// on: every kept period's, and a group's all-time boards (`figures`). A member switched
    /// on or off moves on the site's and all their groups'; joining or leaving a group, on
    /// that group's.
    pub fn place(
        &mut self,
        zone: &Zone,
        user: UserId,
        member: &Member,
        scopes: &[u64],
        figures: &Figures,
        on: bool,
    ) -> Result<(), StoreError> {
        let moved = |score: i64| if on { (0, score) } else { (score, 0) };
        for span in kept(self.now, zone) {
            for board in boards() {
                let key = score_key(board, span, user);
                let score = self.scores.get(key)?.map(|v| v.value());
                if let Some(score) = score {
                    let (old, new) = moved(score);
                    self.move_rows(board, slot(span), user, member, scopes, old, new)?;
                }
            }
        }
        let groups: Vec<u64> = scopes.iter().copied().filter(|s| *s != SITE).collect();
        for board in Board::ALL {
            let (old, new) = moved(board.score(figures));
            self.move_rows(board, ALL_TIME, user, member, &groups, old, new)?;
        }
        Ok(())
    }

    /// Moves one member on one slot's board of each scope, from score `old` to `new` (0: not
    /// on it). The site has no all-time row here.
    #[allow(clippy::too_many_arguments)]
    fn move_rows(
        &mut self,
        board: Board,
        slot: Slot,
        user: UserId,
        member: &Member,
        scopes: &[u64],
        old: i64,
        new: i64,
    ) -> Result<(), StoreError> {
        let (old, new) = (scored(old), scored(new));
        if old == new {
            return Ok(());
        }
        let b = board.index() as u8;
        for &scope in scopes {
            if scope == SITE && slot == ALL_TIME {
                continue;
            }
            if let Some(s) = old {
                self.boards.remove(row_key(board, slot, scope, s, user))?;
            }
            if let Some(s) = new {
                let key = row_key(board, slot, scope, s, user);
                self.boards.insert(key, member.username.as_str())?;
            }
            self.moves.push(((b, slot.0, slot.1, scope), old, new));
        }
        Ok(())
    }

    /// The first `n` rows with a score above 0 of each scope's boards of `span`, scope by
    /// scope: one seek per scope and board, not a scan of the period's rows. A member who
    /// lost points in the period is on its board, but never in its first places.
    pub fn tops_of(&self, span: Span, n: usize) -> Result<Vec<Placed>, StoreError> {
        let mut out = Vec::new();
        let (p, start) = slot(span);
        for board in boards() {
            let b = board.index() as u8;
            let mut scope = 0u64;
            loop {
                let from = (b, p, start, scope, 0, 0);
                let to = (b, p, start, u64::MAX, u64::MAX, u64::MAX);
                let mut rows = self.boards.range(from..=to)?;
                let Some(first) = rows.next() else {
                    break;
                };
                let first = first?;
                scope = first.0.value().3;
                for (i, row) in std::iter::once(Ok(first)).chain(rows).take(n).enumerate() {
                    let (k, name) = row?;
                    let k = k.value();
                    let score = crate::domain::boards::undescending(k.4);
                    if k.3 != scope || score <= 0 {
                        break;
                    }
                    let user = UserId(k.5);
                    out.push((scope, board, i as u8, user, score, name.value().to_string()));
                }
                match scope.checked_add(1) {
                    Some(next) => scope = next,
                    None => break,
                }
            }
        }
        Ok(out)
    }

    /// Deletes a few rows of the periods no longer kept (those before the previous one), and
    /// remembers, per kind, when none is left until the next period begins.
    pub fn prune_some(&mut self, zone: &Zone, memo: &mut PeriodMemo) -> Result<(), StoreError> {
        if memo.closing {
            return Ok(());
        }
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
    /// Per kind, the periods that ended before the previous one and were never closed: the
    /// first day of the oldest, and of the previous period (`with_unclosed`).
    unclosed: [Option<(i32, i32)>; 3],
    zone: Zone,
    /// Events before this instant are in no period counted: passed over without a zone's
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
            unclosed: [None; 3],
            zone,
            before: before(oldest),
            scores: std::collections::BTreeMap::new(),
        }
    }

    /// Counts also the periods that ended before the previous one and after the last one
    /// closed (per kind, its first day in `meta`, `closed_key`): a file rebuilt after its
    /// server was off across several ends keeps their rows until its writer's first batch
    /// closes them, as it would have without the rebuild.
    pub fn with_unclosed(mut self, closed: [Option<i64>; 3]) -> Tally {
        for (n, period) in Period::ALL.into_iter().enumerate() {
            let kept = self.kept.iter().filter(|s| s.period == period);
            let Some(previous) = kept.min_by_key(|s| s.start) else {
                continue;
            };
            let Some(closed) = closed[n] else {
                continue;
            };
            let Ok(closed) = i32::try_from(closed) else {
                continue;
            };
            let first = period.next(closed);
            if first < previous.start {
                self.unclosed[n] = Some((first, previous.start));
                self.before = self.before.min(before(first));
            }
        }
        self
    }

    pub fn add(&mut self, events: impl IntoIterator<Item = Dated>) -> Result<(), StoreError> {
        for e in events {
            if !has_periods(e.board) || e.at < self.before {
                continue;
            }
            let mut count = |span: Span| {
                let key = score_key(e.board, span, e.user);
                let score: &mut i64 = self.scores.entry(key).or_default();
                *score = score.checked_add(e.score).ok_or_else(|| overflow(e.user))?;
                Ok::<(), StoreError>(())
            };
            for span in counted_in(&self.kept, e.at, &self.zone) {
                count(span)?;
            }
            for (unclosed, period) in self.unclosed.iter().zip(Period::ALL) {
                let Some((first, previous)) = *unclosed else {
                    continue;
                };
                let span = Span::of(period, e.at, &self.zone);
                if (first..previous).contains(&span.start) {
                    count(span)?;
                }
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

/// The instant before which no event is in a period starting on day `oldest`.
fn before(oldest: i32) -> Millis {
    (i64::from(oldest) - 1) * crate::domain::time::MS_PER_DAY
}

/// Every member for the period boards, by id.
pub type Members = std::collections::BTreeMap<UserId, Member>;

/// The members (`users`: username and activity) with the groups of their active
/// memberships.
pub fn members_of(
    users: impl IntoIterator<Item = (UserId, (String, bool))>,
    memberships: impl IntoIterator<Item = Membership>,
) -> Members {
    let mut members: Members = users
        .into_iter()
        .map(|(id, (username, active))| {
            let groups = Vec::new();
            (
                id,
                Member {
                    username,
                    active,
                    groups,
                },
            )
        })
        .collect();
    for m in memberships {
        if m.status == MemberStatus::Active {
            if let Some(member) = members.get_mut(&m.user) {
                member.groups.push(m.group.0);
            }
        }
    }
    members
}

/// A board row and its username.
pub type Row<'m> = (RowKey, &'m str);

/// The rows of the kept periods' boards `scores` make, over the active `members`: the
/// site's and each of their groups'.
pub fn period_rows<'m, 's>(
    scores: impl IntoIterator<Item = (&'s ScoreKey, &'s i64)>,
    members: &'m Members,
) -> Vec<Row<'m>> {
    let mut rows = Vec::new();
    for (&(b, p, start, user), &score) in scores {
        if let Some(m) = members.get(&UserId(user)).filter(|m| m.active) {
            for scope in m.scopes() {
                let key = (b, p, start, scope, descending(score), user);
                rows.push((key, m.username.as_str()));
            }
        }
    }
    rows.sort_unstable_by_key(|r| r.0);
    rows
}

/// The scores of one board in `scores`, all periods.
pub fn scores_of(
    scores: &std::collections::BTreeMap<ScoreKey, i64>,
    board: Board,
) -> impl Iterator<Item = (&ScoreKey, &i64)> {
    let b = board.index() as u8;
    scores.range((b, 0, i32::MIN, 0)..=(b, u8::MAX, i32::MAX, u64::MAX))
}

/// The scores of one board in one period (`slot`).
pub fn scores_in(
    scores: &std::collections::BTreeMap<ScoreKey, i64>,
    board: Board,
    (p, start): Slot,
) -> impl Iterator<Item = (&ScoreKey, &i64)> {
    let b = board.index() as u8;
    scores.range((b, p, start, 0)..=(b, p, start, u64::MAX))
}

/// The rows of one of the groups' all-time boards: each active member's score (`figures`)
/// that is not 0, on each of their groups'. One board at a time, since at 1M members the
/// four are some 7M rows.
pub fn all_time_rows<'m>(
    figures: impl IntoIterator<Item = (UserId, Figures)>,
    members: &'m Members,
    board: Board,
) -> Vec<Row<'m>> {
    let mut rows = Vec::new();
    for (user, f) in figures {
        let Some(m) = members.get(&user).filter(|m| m.active) else {
            continue;
        };
        if let Some(score) = scored(board.score(&f)) {
            for &group in &m.groups {
                let key = row_key(board, ALL_TIME, group, score, user);
                rows.push((key, m.username.as_str()));
            }
        }
    }
    rows.sort_unstable_by_key(|r| r.0);
    rows
}

/// Whether the slot of a key is all time or one of the `kept` periods: `verify` skips the
/// dead rows of older ones.
pub fn is_kept(kept: &[Span], at: Slot) -> bool {
    at == ALL_TIME || kept.iter().any(|s| slot(*s) == at)
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

/// Writes the kept periods' scores and boards `scores` make over the stored ones; the
/// groups' all-time boards stay.
pub fn write_periods(
    pv: &mut PeriodViews<'_, '_>,
    scores: &std::collections::BTreeMap<ScoreKey, i64>,
    members: &Members,
) -> Result<(), StoreError> {
    pv.scores.retain(|_, _| false)?;
    pv.boards.retain(|k, _| (k.1, k.2) == ALL_TIME)?;
    for (k, s) in scores {
        pv.scores.insert(k, s)?;
    }
    for (k, name) in period_rows(scores, members) {
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
    tally_of(src, Tally::new(now, zone))
}

/// Every returned loan and points entry counted in `tally`.
fn tally_of(
    src: &dyn crate::views::derive::Source,
    mut tally: Tally,
) -> Result<(std::collections::BTreeMap<ScoreKey, i64>, Vec<Span>), StoreError> {
    use crate::domain::periods::{loan_events, points_events};
    use crate::domain::records::{Loan, PointsEntry};
    use crate::store::tables::{LOANS, POINTS};
    use crate::views::derive::each_record;
    each_record::<Loan>(src, LOANS, |_, l| tally.add(loan_events(&l)))?;
    each_record::<PointsEntry>(src, POINTS, |_, p| tally.add(points_events(&p)))?;
    Ok(tally.finish())
}

/// The members of the records, for the boards.
pub fn derive_members(src: &dyn crate::views::derive::Source) -> Result<Members, StoreError> {
    let mut memberships = Vec::new();
    crate::views::derive::each_record::<Membership>(
        src,
        crate::store::tables::MEMBERSHIPS,
        |_, m| {
            memberships.push(m);
            Ok(())
        },
    )?;
    Ok(members_of(
        crate::views::derive::user_keys(src)?,
        memberships,
    ))
}

/// Writes the period boards and the groups' all-time boards from the records over the
/// stored ones (`rebuild`, `import`), after the figures they read.
pub fn rebuild(txn: &redb::WriteTransaction, now: Millis) -> Result<(), StoreError> {
    use crate::store::codec::Stored;
    use crate::store::tables::{FIGURES, PERIOD_BOARDS, PERIOD_SCORES, SETTINGS};
    let zone = site_zone(Some(&txn.open_table(SETTINGS)?))?;
    let closed = closed_marks(&txn.open_table(crate::store::tables::META)?)?;
    let (scores, _) = tally_of(txn, Tally::new(now, zone).with_unclosed(closed))?;
    let members = derive_members(txn)?;
    let mut views = PeriodViews {
        now,
        moves: &mut Vec::new(),
        scores: &mut txn.open_table(PERIOD_SCORES)?,
        boards: &mut txn.open_table(PERIOD_BOARDS)?,
    };
    write_periods(&mut views, &scores, &members)?;
    drop(scores);
    views.boards.retain(|k, _| (k.1, k.2) != ALL_TIME)?;
    let mut figures = Vec::new();
    for row in txn.open_table(FIGURES)?.iter()? {
        let (k, v) = row?;
        figures.push((UserId(k.value()), Figures::decode(v.value())?));
    }
    for board in Board::ALL {
        for (k, name) in all_time_rows(figures.iter().copied(), &members, board) {
            views.boards.insert(k, name)?;
        }
    }
    // The hall of fame is kept as it is (its months' rows are gone); its index is derived.
    let index = hall_index(&txn.open_table(crate::store::tables::HALL_OF_FAME)?)?;
    let mut by_user = txn.open_table(crate::store::tables::HALL_BY_USER)?;
    by_user.retain(|_, _| false)?;
    for k in index {
        by_user.insert(k, ())?;
    }
    Ok(())
}

/// The halls of fame each member is in, from the halls themselves: `HALL_BY_USER`'s rows.
pub fn hall_index(
    hall: &impl ReadableTable<crate::store::tables::HallKey, crate::store::tables::HallPlace>,
) -> Result<std::collections::BTreeSet<(u64, u64, i32)>, StoreError> {
    let mut out = std::collections::BTreeSet::new();
    for row in hall.iter()? {
        let (k, v) = row?;
        let (scope, month, _, _) = k.value();
        out.insert((v.value().0, scope, month));
    }
    Ok(out)
}
