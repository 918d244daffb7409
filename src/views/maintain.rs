//! View maintenance on the write path (DESIGN.md rule 1): a command changes records, then calls
//! these to bring every view they feed up to date in the same transaction: figures, boards and
//! their histogram, badge totals, earners and holdings, locations. It sees only the view
//! tables (`store::tx::Views`): the badges a change earns are answered to the caller, which
//! writes their records (`store::commands::awards`).

use redb::ReadableTable;

use crate::domain::badges::RuleBook;
use crate::domain::boards::{board_key, Board};
use crate::domain::choice::Privacy;
use crate::domain::figures::{Contributions, Figures};
use crate::domain::records::{BadgeId, Group, UserId, UNKNOWN_CITY};
use crate::store::evict;
use crate::store::tables::desc;
use crate::store::tx::{get, Views};
use crate::store::StoreError;

/// What the writer remembers between commands so the hot path need not re-read it: the
/// compiled badge rules and, per board, the key of its 20th entry (None = not known yet).
/// Reset whenever a batch aborts.
#[derive(Debug, Default)]
pub struct Memo {
    pub rules: RuleBook,
    cutoffs: [Cutoff; 4],
    /// The period boards' zone and pruning (`views::periods`).
    pub periods: crate::views::periods::PeriodMemo,
}

/// What is known of a board's 20th entry: nothing yet, or its key (`None`: fewer than 20).
#[derive(Debug, Default, Clone, Copy)]
enum Cutoff {
    #[default]
    Unknown,
    Known(Option<(u64, u64)>),
}

impl Memo {
    pub fn new(rules: RuleBook) -> Memo {
        Memo {
            rules,
            cutoffs: [Cutoff::Unknown; 4],
            periods: Default::default(),
        }
    }
}

/// The figures of a user (a user with no row yet has all zeros and trust 50).
pub fn figures_of(
    table: &impl ReadableTable<u64, &'static [u8]>,
    user: UserId,
) -> Result<Figures, StoreError> {
    Ok(get::<Figures>(table, user.0)?.unwrap_or_else(Figures::starting))
}

/// A user's username and whether they are active: all view maintenance needs of a user's
/// record, looked up by its caller (view maintenance reads no base table).
pub type UserKey<'a> = &'a dyn Fn(UserId) -> Result<(String, bool), StoreError>;

/// An active member's score that moved on a board: (user, board, before, after).
pub type ScoreMove = (UserId, Board, i64, i64);

/// What a change of figures did: the badges it earned that their users do not hold yet
/// (the caller awards them: a user badge and a points entry are records, which may earn
/// more), and the board scores it moved (the caller follows them on the groups' boards).
#[derive(Debug, Default)]
pub struct Changed {
    pub earned: Vec<(UserId, BadgeId)>,
    pub moved: Vec<ScoreMove>,
}

/// Adds (`sign` = 1) or removes (-1) record contributions, then follows every changed figure.
pub fn apply_contributions(
    v: &mut Views<'_, '_>,
    memo: &mut Memo,
    user_key: UserKey<'_>,
    contributions: &Contributions,
    sign: i64,
) -> Result<Changed, StoreError> {
    let mut changed = Changed::default();
    for (user, c) in contributions {
        if c.is_zero() {
            continue;
        }
        let (before, after) = v.figures.change(*user, |stored| {
            let before = stored.unwrap_or_else(Figures::starting);
            let mut after = before;
            after
                .apply(c, sign)
                .map_err(|source| StoreError::Overflow {
                    user: *user,
                    source,
                })?;
            Ok((after, (before, after)))
        })?;
        figures_changed(v, memo, user_key, *user, (&before, &after), &mut changed)?;
    }
    Ok(changed)
}

/// Moves the user on the boards after their figures changed (already stored); adds the
/// badges the change earned that the user does not hold yet, and the scores it moved, to
/// `changed`.
fn figures_changed(
    v: &mut Views<'_, '_>,
    memo: &mut Memo,
    user_key: UserKey<'_>,
    user: UserId,
    (before, after): (&Figures, &Figures),
    changed: &mut Changed,
) -> Result<(), StoreError> {
    let (username, active) = user_key(user)?;
    if active {
        for board in Board::ALL {
            let (old, new) = (board.score(before), board.score(after));
            if old != new {
                move_on_board(v, memo, board, user, &username, Some(old), Some(new))?;
                changed.moved.push((user, board, old, new));
            }
        }
    }
    evict::profile(v.fx, &username);
    // A rule that held before this change already has its badge (every write awards what it
    // makes true, a new rule is awarded to all at once, an import awards what is missing), so
    // only rules this change made true need a look.
    let newly = memo.rules.newly_earned(before, after);
    changed
        .earned
        .extend(unheld(v, user, newly)?.into_iter().map(|b| (user, b)));
    Ok(())
}

/// The badges whose rule holds on these figures that the user does not hold yet.
pub fn badges_due(
    v: &Views<'_, '_>,
    memo: &Memo,
    user: UserId,
    figures: &Figures,
) -> Result<Vec<BadgeId>, StoreError> {
    unheld(v, user, memo.rules.earned(figures))
}

/// Those of `badges` the user does not hold yet.
pub fn unheld(
    v: &Views<'_, '_>,
    user: UserId,
    badges: Vec<BadgeId>,
) -> Result<Vec<BadgeId>, StoreError> {
    let mut out = Vec::new();
    for badge in badges {
        if v.user_badge_by_pair.get((user.0, badge.0))?.is_none() {
            out.push(badge);
        }
    }
    Ok(out)
}

/// Moves one user on one board: `None` is "not on the board" (inactive).
pub fn move_on_board(
    v: &mut Views<'_, '_>,
    memo: &mut Memo,
    board: Board,
    user: UserId,
    username: &str,
    old: Option<i64>,
    new: Option<i64>,
) -> Result<(), StoreError> {
    if old == new {
        return Ok(());
    }
    let cutoff = cutoff(v, memo, board)?;
    let in_top =
        |score: Option<i64>| score.is_some_and(|s| cutoff.is_none_or(|c| board_key(s, user) <= c));
    let top_changed = in_top(old) || in_top(new);
    let b = board.index();
    if let Some(s) = old {
        v.boards[b].remove(board_key(s, user))?;
        add_to_histogram(v, board, s, -1)?;
    }
    if let Some(s) = new {
        v.boards[b].insert(board_key(s, user), username)?;
        add_to_histogram(v, board, s, 1)?;
    }
    v.fx.rank_moves.push((board, old, new));
    if top_changed {
        // The 20th entry stays the 20th when a member moves among the places above it (one
        // entry before it goes, one comes), or on a board of fewer than 20 that they stay
        // on: the most active lenders move so at every return.
        let above = |score: Option<i64>| {
            score.is_some_and(|s| cutoff.is_none_or(|c| board_key(s, user) < c))
        };
        if !(above(old) && above(new)) {
            memo.cutoffs[b] = Cutoff::Unknown;
        }
        evict::board_tops(v.fx);
    }
    Ok(())
}

/// The key of the board's 20th entry, or None when it has fewer (then every entry is on top).
fn cutoff(
    v: &Views<'_, '_>,
    memo: &mut Memo,
    board: Board,
) -> Result<Option<(u64, u64)>, StoreError> {
    if let Cutoff::Known(c) = memo.cutoffs[board.index()] {
        return Ok(c);
    }
    let c = match v.boards[board.index()].iter()?.nth(crate::views::TOP_N - 1) {
        Some(entry) => Some(entry?.0.value()),
        None => None,
    };
    memo.cutoffs[board.index()] = Cutoff::Known(c);
    Ok(c)
}

fn add_to_histogram(
    v: &mut Views<'_, '_>,
    board: Board,
    score: i64,
    delta: i64,
) -> Result<(), StoreError> {
    let key = (board.index() as u8, score);
    if crate::store::tx::add_to_count(v.board_histogram, &key, delta)?.is_none() {
        // Fewer than none: a damaged view (which `verify` names); the row goes, as at 0.
        v.board_histogram.remove(key)?;
    }
    Ok(())
}

/// A user became active (`true`) or inactive: they join or leave every board.
pub fn set_on_boards(
    v: &mut Views<'_, '_>,
    memo: &mut Memo,
    user: UserId,
    username: &str,
    active: bool,
) -> Result<(), StoreError> {
    let f = figures_of(&**v.figures, user)?;
    for board in Board::ALL {
        let s = board.score(&f);
        let (old, new) = if active {
            (None, Some(s))
        } else {
            (Some(s), None)
        };
        move_on_board(v, memo, board, user, username, old, new)?;
    }
    Ok(())
}

/// The badge views of one user badge, added (`sign` 1) or removed (-1).
pub fn badge_earned(
    v: &mut Views<'_, '_>,
    id: u64,
    user: UserId,
    badge: BadgeId,
    at: i64,
    sign: i64,
) -> Result<(), StoreError> {
    let total = v.badge_totals.get(badge)?.map(|g| g.value()).unwrap_or(0) as i64 + sign;
    let earner_key = (badge.0, desc(at), desc(id as i64));
    let list_key = (user.0, desc(at), desc(id as i64));
    if sign > 0 {
        v.user_badge_by_pair.insert((user.0, badge.0), id)?;
        v.badge_earners.insert(earner_key, user.0)?;
        v.user_badge_list.insert(list_key, badge.0)?;
    } else {
        v.user_badge_by_pair.remove((user.0, badge.0))?;
        v.badge_earners.remove(earner_key)?;
        v.user_badge_list.remove(list_key)?;
    }
    v.badge_totals.insert(badge, total.max(0) as u64)?;
    Ok(())
}

/// A map location: (city, state, country, latitude, longitude).
pub type Location = (String, String, String, i64, i64);

/// Where a group shows on the map: active, not private, with a city and coordinates.
/// A group with a city but no coordinates cannot be placed, so it is left off.
pub fn location_of(g: &Group) -> Option<Location> {
    if !g.is_active || g.privacy == Privacy::Private || g.city == UNKNOWN_CITY {
        return None;
    }
    Some((
        g.city.clone(),
        g.state.clone(),
        g.country.clone(),
        g.latitude?,
        g.longitude?,
    ))
}

/// Keeps the location counts right when a group is created (`before` None) or changed.
pub fn group_changed(
    v: &mut Views<'_, '_>,
    before: Option<&Group>,
    after: &Group,
) -> Result<(), StoreError> {
    let (old, new) = (before.and_then(location_of), location_of(after));
    if old == new {
        return Ok(());
    }
    for (loc, delta) in [(old, -1i64), (new, 1)] {
        let Some((city, state, country, lat, lng)) = loc else {
            continue;
        };
        let key = (city.as_str(), state.as_str(), country.as_str(), lat, lng);
        let count = v.locations.get(key)?.map(|g| g.value()).unwrap_or(0) as i64 + delta;
        if count > 0 {
            v.locations.insert(key, count as u64)?;
        } else {
            v.locations.remove(key)?;
        }
    }
    evict::locations(v.fx);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::time::now;
    use crate::store::tx::W;
    use crate::views::TOP_N;

    /// Members moving on a board at random, some many times near its top: after each move,
    /// the 20th entry the writer remembers is the one the board holds, and the tops were
    /// evicted whenever a member was in the first 20 before or after.
    #[test]
    fn the_remembered_twentieth_entry_is_always_the_boards() {
        let dir = tempfile::tempdir().unwrap();
        let db = redb::Database::create(dir.path().join("cutoff.redb")).unwrap();
        let txn = db.begin_write().unwrap();
        let mut w = W::open(&txn, now()).unwrap();
        let mut memo = Memo::default();
        let board = Board::Lending;
        let mut scores: Vec<Option<i64>> = vec![None; 40];
        // A small deterministic generator: the test needs variety, not randomness.
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        for step in 0..3000 {
            let u = next(40) as usize;
            let old = scores[u];
            let new = match next(10) {
                0 => None,
                1..=6 => Some(old.unwrap_or(0) + 10 * next(4) as i64 - 10),
                _ => Some(next(30) as i64 * 10),
            };
            let top_before = top_keys(&mut w, board);
            let (_, mut v) = w.views();
            v.fx.keys.clear();
            move_on_board(
                &mut v,
                &mut memo,
                board,
                UserId(u as u64 + 1),
                "m",
                old,
                new,
            )
            .unwrap();
            let evicted = v.fx.keys.contains(&crate::cache::ViewKey::Leaderboards);
            scores[u] = new;
            let top_after = top_keys(&mut w, board);
            let key = |s: Option<i64>| s.map(|s| board_key(s, UserId(u as u64 + 1)));
            let was_on_top = key(old).is_some_and(|k| top_before.contains(&k));
            let is_on_top = key(new).is_some_and(|k| top_after.contains(&k));
            if old != new {
                assert_eq!(evicted, was_on_top || is_on_top, "step {step}");
            }
            if let Cutoff::Known(c) = memo.cutoffs[board.index()] {
                assert_eq!(c, top_after.get(TOP_N - 1).copied(), "step {step}");
            }
        }
    }

    /// The first 20 keys the board holds.
    fn top_keys(w: &mut W<'_>, board: Board) -> Vec<(u64, u64)> {
        let (_, v) = w.views();
        v.boards[board.index()]
            .iter()
            .unwrap()
            .take(TOP_N)
            .map(|e| e.unwrap().0.value())
            .collect()
    }
}
