//! View maintenance on the write path (DESIGN.md rule 1): a command changes records, then calls
//! these to bring every view they feed up to date in the same transaction: figures, boards and
//! their histogram, badges earned by the change, badge totals and earners, locations.

use redb::ReadableTable;

use crate::domain::badges::RuleBook;
use crate::domain::boards::{board_key, Board};
use crate::domain::choice::Privacy;
use crate::domain::figures::{points_contributions, Contributions, Figures};
use crate::domain::records::{BadgeId, Group, PointsEntry, User, UserBadge, UserId, UNKNOWN_CITY};
use crate::store::codec::Stored;
use crate::store::evict;
use crate::store::tables::desc;
use crate::store::tx::{get, W};
use crate::store::StoreError;

/// What the writer remembers between commands so the hot path need not re-read it: the
/// compiled badge rules and, per board, the key of its 20th entry (None = not known yet).
/// Reset whenever a batch aborts.
#[derive(Debug, Default)]
pub struct Memo {
    pub rules: RuleBook,
    cutoffs: [Cutoff; 4],
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

/// Adds (`sign` = 1) or removes (-1) record contributions, then follows every changed figure.
pub fn apply_contributions(
    w: &mut W<'_>,
    memo: &mut Memo,
    contributions: &Contributions,
    sign: i64,
) -> Result<(), StoreError> {
    for (user, c) in contributions {
        if c.is_zero() {
            continue;
        }
        let before = figures_of(&*w.figures, *user)?;
        let mut after = before;
        after
            .apply(c, sign)
            .map_err(|source| StoreError::Overflow {
                user: *user,
                source,
            })?;
        figures_changed(w, memo, *user, &before, &after)?;
    }
    Ok(())
}

/// Stores new figures and moves the user on the boards, then awards badges the change earned.
pub fn figures_changed(
    w: &mut W<'_>,
    memo: &mut Memo,
    user: UserId,
    before: &Figures,
    after: &Figures,
) -> Result<(), StoreError> {
    w.figures.put(user, after)?;
    let (username, active) = user_key(w, user)?;
    if active {
        for board in Board::ALL {
            let (old, new) = (board.score(before), board.score(after));
            if old != new {
                move_on_board(w, memo, board, user, &username, Some(old), Some(new))?;
            }
        }
    }
    evict::profile(&mut w.fx, &username);
    // A rule that held before this change already has its badge (every write awards what it
    // makes true, a new rule is awarded to all at once, an import awards what is missing), so
    // only rules this change made true need a look.
    let newly = memo.rules.newly_earned(before, after);
    award_unheld(w, memo, user, newly)
}

/// Awards every badge whose rule holds on these figures and that the user does not hold yet.
pub fn check_badges(
    w: &mut W<'_>,
    memo: &mut Memo,
    user: UserId,
    figures: &Figures,
) -> Result<(), StoreError> {
    let earned = memo.rules.earned(figures);
    award_unheld(w, memo, user, earned)
}

/// Awards each of `badges` the user does not hold yet.
pub(crate) fn award_unheld(
    w: &mut W<'_>,
    memo: &mut Memo,
    user: UserId,
    badges: Vec<BadgeId>,
) -> Result<(), StoreError> {
    for badge in badges {
        if w.user_badge_by_pair.get((user.0, badge.0))?.is_none() {
            award(w, memo, user, badge, w.now)?;
        }
    }
    Ok(())
}

/// The username and active flag of a user, read in place.
fn user_key(w: &W<'_>, user: UserId) -> Result<(String, bool), StoreError> {
    let guard = (*w.users)
        .get(user)?
        .ok_or_else(|| StoreError::Corrupt(format!("no user {user}")))?;
    let u = User::access(guard.value())?;
    Ok((u.username.as_str().to_string(), u.is_active))
}

/// Moves one user on one board: `None` is "not on the board" (inactive).
pub fn move_on_board(
    w: &mut W<'_>,
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
    let cutoff = cutoff(w, memo, board)?;
    let in_top =
        |score: Option<i64>| score.is_some_and(|s| cutoff.is_none_or(|c| board_key(s, user) <= c));
    let top_changed = in_top(old) || in_top(new);
    let b = board.index();
    if let Some(s) = old {
        w.boards[b].remove(board_key(s, user))?;
        add_to_histogram(w, board, s, -1)?;
    }
    if let Some(s) = new {
        w.boards[b].insert(board_key(s, user), username)?;
        add_to_histogram(w, board, s, 1)?;
    }
    w.fx.rank_moves.push((board, old, new));
    if top_changed {
        memo.cutoffs[b] = Cutoff::Unknown;
        evict::board_tops(&mut w.fx);
    }
    Ok(())
}

/// The key of the board's 20th entry, or None when it has fewer (then every entry is on top).
fn cutoff(w: &W<'_>, memo: &mut Memo, board: Board) -> Result<Option<(u64, u64)>, StoreError> {
    if let Cutoff::Known(c) = memo.cutoffs[board.index()] {
        return Ok(c);
    }
    let c = match w.boards[board.index()].iter()?.nth(crate::views::TOP_N - 1) {
        Some(entry) => Some(entry?.0.value()),
        None => None,
    };
    memo.cutoffs[board.index()] = Cutoff::Known(c);
    Ok(c)
}

fn add_to_histogram(w: &mut W<'_>, board: Board, score: i64, delta: i64) -> Result<(), StoreError> {
    let key = (board.index() as u8, score);
    let count = w.board_histogram.get(key)?.map(|g| g.value()).unwrap_or(0) as i64 + delta;
    if count > 0 {
        w.board_histogram.insert(key, count as u64)?;
    } else {
        w.board_histogram.remove(key)?;
    }
    Ok(())
}

/// A user became active (`true`) or inactive: they join or leave every board.
pub fn set_on_boards(
    w: &mut W<'_>,
    memo: &mut Memo,
    user: UserId,
    username: &str,
    active: bool,
) -> Result<(), StoreError> {
    let f = figures_of(&*w.figures, user)?;
    for board in Board::ALL {
        let s = board.score(&f);
        let (old, new) = if active {
            (None, Some(s))
        } else {
            (Some(s), None)
        };
        move_on_board(w, memo, board, user, username, old, new)?;
    }
    Ok(())
}

/// Awards a badge: the user badge, its views, and its `achievement` points entry.
pub fn award(
    w: &mut W<'_>,
    memo: &mut Memo,
    user: UserId,
    badge: BadgeId,
    at: i64,
) -> Result<u64, StoreError> {
    let b = w
        .badges
        .get(badge)?
        .ok_or_else(|| StoreError::Corrupt(format!("no badge {badge}")))?;
    let id = w.next_id("user_badges")?;
    w.user_badges.put(
        id,
        &UserBadge {
            user,
            badge,
            earned_at: at,
        },
    )?;
    badge_earned(w, id, user, badge, at, 1)?;
    evict::badge(&mut w.fx, &b.slug);
    let entry = PointsEntry::for_badge(user, &b, at);
    let pid = w.next_id("points")?;
    w.points.put(pid, &entry)?;
    apply_contributions(w, memo, &points_contributions(&entry), 1)?;
    Ok(id)
}

/// The badge views of one user badge, added (`sign` 1) or removed (-1).
pub fn badge_earned(
    w: &mut W<'_>,
    id: u64,
    user: UserId,
    badge: BadgeId,
    at: i64,
    sign: i64,
) -> Result<(), StoreError> {
    let total = w.badge_totals.get(badge)?.map(|g| g.value()).unwrap_or(0) as i64 + sign;
    let earner_key = (badge.0, desc(at), desc(id as i64));
    let list_key = (user.0, desc(at), desc(id as i64));
    if sign > 0 {
        w.user_badge_by_pair.insert((user.0, badge.0), id)?;
        w.badge_earners.insert(earner_key, user.0)?;
        w.user_badge_list.insert(list_key, badge.0)?;
    } else {
        w.user_badge_by_pair.remove((user.0, badge.0))?;
        w.badge_earners.remove(earner_key)?;
        w.user_badge_list.remove(list_key)?;
    }
    w.badge_totals.insert(badge, total.max(0) as u64)?;
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
    w: &mut W<'_>,
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
        let count = w.locations.get(key)?.map(|g| g.value()).unwrap_or(0) as i64 + delta;
        if count > 0 {
            w.locations.insert(key, count as u64)?;
        } else {
            w.locations.remove(key)?;
        }
    }
    evict::locations(&mut w.fx);
    Ok(())
}
