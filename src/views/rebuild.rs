//! `comuniza rebuild`: every view recomputed from the base tables (`derive`) and written over
//! the stored views, in one transaction. It also awards badges whose rule holds but which are
//! missing (import relies on that).

use crate::domain::records::BadgeId;
use std::collections::{BTreeMap, HashMap};

use redb::{
    Database, Durability, ReadTransaction, ReadableDatabase, ReadableTable, ReadableTableMetadata,
    TableDefinition, WriteTransaction,
};

use super::{dating, derive};
use crate::domain::boards::Board;
use crate::domain::figures::Figures;
use crate::domain::records::{Badge, PointsEntry, UserBadge, UserId};
use crate::domain::time::Millis;
use crate::store::codec::Stored;
use crate::store::commands::load_rules;
use crate::store::tables::*;
use crate::store::tx::{bump_next_id, get};
use crate::store::StoreError;

/// What a rebuild did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RebuildReport {
    pub users: u64,
    /// Badges awarded because their rule held and the user lacked them, per badge slug.
    pub awarded: BTreeMap<String, u64>,
    /// Of those, the ones dated now because the records do not tell when their rule first
    /// held (`dating`); the others carry that moment.
    pub dated_now: u64,
}

/// The version of DOMAIN.md's derived rules the stored views follow, kept in `meta`. Raise it
/// with any change to a rule: a data file whose views followed an older one is rebuilt when
/// it is next opened ([`upgrade`]). 2: `items_shared` leaves private items out. 3: the search
/// index. 4: the period boards. 5: the groups' boards. 6: the search index's postings in
/// blocks (`views::search::blocks`). 7: the period and group boards' keys stored as bytes
/// (`store::bytekeys`).
pub const RULES: u64 = 7;
const RULES_KEY: &str = "rules";

/// Whether a file's views follow older rules than this release's (they are recomputed when
/// the server, `rebuild` or `import` next opens it). An empty file is never behind.
pub fn behind(db: &impl redb::ReadableDatabase) -> Result<bool, StoreError> {
    let txn = db.begin_read()?;
    let stored = match txn.open_table(META) {
        Ok(t) => t.get(RULES_KEY)?.map(|v| v.value()),
        Err(redb::TableError::TableDoesNotExist(_)) => return Ok(false),
        Err(e) => return Err(e.into()),
    };
    let has_users = match txn.open_table(USERS) {
        Ok(t) => !t.is_empty()?,
        Err(redb::TableError::TableDoesNotExist(_)) => false,
        Err(e) => return Err(e.into()),
    };
    Ok(stale(stored, has_users))
}

/// Whether views marked with rules version `stored` (`None`: no mark, a file from before
/// marks) must be recomputed; an empty file never needs it.
fn stale(stored: Option<u64>, has_users: bool) -> bool {
    has_users && stored.is_none_or(|v| v < RULES)
}

/// Brings a data file's views to the current rules ([`RULES`]): a file already there, or
/// still empty, is only marked; any other is rebuilt, in one transaction. Answers the
/// rebuild's report when one ran.
pub fn upgrade(db: &Database, now: Millis) -> Result<Option<RebuildReport>, StoreError> {
    let txn = db.begin_write()?;
    let stored = txn.open_table(META)?.get(RULES_KEY)?.map(|v| v.value());
    let has_users = !txn.open_table(USERS)?.is_empty()?;
    if stored.is_some_and(|v| v >= RULES) {
        txn.abort()?;
        return Ok(None);
    }
    let report = if stale(stored, has_users) {
        Some(rebuild_in(&txn, &db.begin_read()?, now)?)
    } else {
        None
    };
    // Tables only older rules had, deleted here alone: the server and `rebuild` open every
    // older file through this before writing it, rebuilt or not. A file with no members is
    // not rebuilt, but an earlier release created them empty when it opened it (and a backup
    // refuses tables it does not know).
    txn.delete_table(SEARCH_POSTINGS_BEFORE_BLOCKS)?;
    txn.delete_table(PERIOD_SCORES_BEFORE_BYTES)?;
    txn.delete_table(PERIOD_BOARDS_BEFORE_BYTES)?;
    txn.open_table(META)?.insert(RULES_KEY, RULES)?;
    txn.commit()?;
    Ok(report)
}

/// Awards missing badges, then rewrites every view table, in one transaction. `now` is the
/// time of the awards and the moment the period boards are counted at (the periods kept
/// then).
pub fn rebuild(
    db: &Database,
    now: Millis,
    durability: Durability,
) -> Result<RebuildReport, StoreError> {
    let mut txn = db.begin_write()?;
    txn.set_durability(durability)?;
    let report = rebuild_in(&txn, &db.begin_read()?, now)?;
    txn.commit()?;
    Ok(report)
}

/// [`rebuild`] inside a caller's transaction (import uses it before its own commit).
/// `records` is a snapshot in which the records are as `txn` has them (begun right after
/// it, or after the caller's last commit): the search index is built from it, on threads of
/// its own, beside the other views.
pub fn rebuild_in(
    txn: &WriteTransaction,
    records: &ReadTransaction,
    now: Millis,
) -> Result<RebuildReport, StoreError> {
    let lang = super::search::language(&txn.open_table(META)?)?;
    // The search index is a third of a large rebuild's work, and needs none of the other
    // views: it opens only its own tables, so the two run side by side on two cores.
    let (report, counts) = std::thread::scope(|scope| {
        let search = scope.spawn(|| {
            let step = Step::start();
            let counts = super::search::check::rebuild(txn, records, lang);
            if counts.is_ok() {
                step.next("the search index");
            }
            counts
        });
        let report = rebuild_views(txn, now);
        let counts = search
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (report, counts)
    });
    let (report, counts) = (report?, counts?);
    let mut meta = txn.open_table(META)?;
    for (kind, count) in counts {
        meta.insert(super::search::count_key(kind), count)?;
    }
    meta.insert(RULES_KEY, RULES)?;
    Ok(report)
}

/// Every view but the search index: missing badges awarded, then the figures, boards and
/// badges' views, the photos' views, and the period and group boards.
fn rebuild_views(txn: &WriteTransaction, now: Millis) -> Result<RebuildReport, StoreError> {
    let mut report = RebuildReport::default();
    let step = Step::start();
    let figures = derive::figures(txn)?;
    report.users = figures.len() as u64;
    let badges = derive::badge_views(txn)?;
    badges.check_unique()?;
    let rules = load_rules(&txn.open_table(ACHIEVEMENTS)?, &txn.open_table(BADGES)?)?;
    let missing = derive::missing_badges(&figures, &rules, &badges.pairs);
    drop(badges);
    if !missing.is_empty() {
        let dates = dating::first_held(txn, &rules, &missing)?;
        award_missing(txn, &missing, (now, &dates), &mut report)?;
    }
    // Awards add points: derive again from the records as they now are.
    let figures = if missing.is_empty() {
        figures
    } else {
        derive::figures(txn)?
    };
    write_views(txn, figures)?;
    let step = step.next("the figures, boards and badges");
    let expected = {
        let items = txn.open_table(ITEMS)?;
        let users = txn.open_table(USERS)?;
        super::photos::derive(txn, &items, |u| Ok(users.get(u)?.is_some()))?
    };
    super::photos::write(txn, &expected)?;
    drop(expected);
    let step = step.next("the photos' views");
    super::periods::rebuild(txn, now)?;
    step.next("the period and group boards");
    Ok(report)
}

/// Times the steps of a rebuild, each logged as it ends: a large import's minutes, told
/// where they go.
struct Step(std::time::Instant);

impl Step {
    fn start() -> Step {
        Step(std::time::Instant::now())
    }

    fn next(self, ended: &str) -> Step {
        tracing::info!("rebuilt {ended} in {:.1} s", self.0.elapsed().as_secs_f64());
        Step(std::time::Instant::now())
    }
}

/// Awards each missing badge, dated when its rule first held (`dates`, never before the badge
/// existed), else `now`.
fn award_missing(
    txn: &WriteTransaction,
    missing: &[(UserId, BadgeId)],
    (now, dates): (Millis, &HashMap<(UserId, BadgeId), Millis>),
    report: &mut RebuildReport,
) -> Result<(), StoreError> {
    let badges = txn.open_table(BADGES)?;
    let mut user_badges = txn.open_table(USER_BADGES)?;
    let mut points = txn.open_table(POINTS)?;
    let mut meta = txn.open_table(META)?;
    let first_ub = user_badges.last()?.map_or(1, |(k, _)| k.value() + 1);
    let first_points = points.last()?.map_or(1, |(k, _)| k.value() + 1);
    for (i, &(user, badge)) in missing.iter().enumerate() {
        let (next_ub, next_points) = (first_ub + i as u64, first_points + i as u64);
        let b = get::<Badge>(&badges, badge.0)?
            .ok_or_else(|| StoreError::Corrupt(format!("badge {badge}")))?;
        let earned_at = match dates.get(&(user, badge)) {
            Some(&at) => at.max(b.created_at),
            None => {
                report.dated_now += 1;
                now
            }
        };
        user_badges.insert(
            next_ub,
            UserBadge {
                user,
                badge,
                earned_at,
            }
            .encode()
            .as_slice(),
        )?;
        let entry = PointsEntry::for_badge(user, &b, earned_at);
        points.insert(next_points, entry.encode().as_slice())?;
        bump_next_id(&mut meta, "user_badges", next_ub)?;
        bump_next_id(&mut meta, "points", next_points)?;
        *report.awarded.entry(b.slug).or_default() += 1;
    }
    Ok(())
}

/// Replaces a table's content with `rows` (sorted, so inserts append).
fn replace<K, V, KO, VO>(
    txn: &WriteTransaction,
    def: TableDefinition<'static, K, V>,
    rows: &[(KO, VO)],
    borrow: impl for<'r> Fn(&'r KO, &'r VO) -> (K::SelfType<'r>, V::SelfType<'r>),
) -> Result<(), StoreError>
where
    K: redb::Key + 'static,
    V: redb::Value + 'static,
{
    txn.delete_table(def)?;
    let mut table = txn.open_table(def)?;
    for (k, v) in rows {
        let (k, v) = borrow(k, v);
        table.insert(k, v)?;
    }
    Ok(())
}

/// Writes every view. Each step's rows are dropped before the next is derived, so the peak
/// memory of a large import is one step's, not all of them.
fn write_views(
    txn: &WriteTransaction,
    figures: BTreeMap<UserId, Figures>,
) -> Result<(), StoreError> {
    let rows: Vec<(u64, Vec<u8>)> = figures.iter().map(|(id, f)| (id.0, f.encode())).collect();
    replace(txn, FIGURES, &rows, |k, v| (*k, v.as_slice()))?;
    drop(rows);
    let users = derive::user_keys(txn)?;
    let (boards, hist) = derive::boards(&figures, &users);
    drop(figures);
    for board in Board::ALL {
        replace(
            txn,
            BOARDS[board.index()],
            &boards[board.index()],
            |k, v| (*k, *v),
        )?;
    }
    drop(boards);
    drop(users);
    replace(txn, BOARD_HISTOGRAM, &hist, |k, v| (*k, *v))?;
    let locations = derive::locations(txn)?;
    replace(txn, LOCATIONS, &locations, |k, v| {
        ((k.0.as_str(), k.1.as_str(), k.2.as_str(), k.3, k.4), *v)
    })?;
    let b = derive::badge_views(txn)?;
    replace(txn, BADGE_TOTALS, &b.totals, |k, v| (*k, *v))?;
    replace(txn, BADGE_EARNERS, &b.earners, |k, v| (*k, *v))?;
    replace(txn, USER_BADGE_LIST, &b.user_lists, |k, v| (*k, *v))?;
    replace(txn, USER_BADGE_BY_PAIR, &b.pairs, |k, v| (*k, *v))?;
    drop(b);
    let l = derive::listings(txn)?;
    let unit = |k: &(u64, u64), _: &()| (*k, ());
    let with_unit = |v: &[(u64, u64)]| v.iter().map(|k| (*k, ())).collect::<Vec<_>>();
    replace(txn, ITEMS_BY_GROUP, &with_unit(&l.items_by_group), unit)?;
    replace(txn, ITEMS_BY_OWNER, &with_unit(&l.items_by_owner), unit)?;
    replace(txn, LOANS_BY_USER, &with_unit(&l.loans_by_user), unit)?;
    replace(txn, LOANS_BY_ITEM, &with_unit(&l.loans_by_item), unit)?;
    replace(txn, OPEN_LOANS, &l.open_loans, |k, v| (*k, *v))?;
    let requests: Vec<_> = l.open_requests.iter().map(|k| (*k, ())).collect();
    replace(txn, OPEN_REQUESTS, &requests, |k, _| (*k, ()))?;
    drop(l);
    let ix = derive::indexes(txn)?;
    ix.check_unique()?;
    fn named<'r>(k: &'r str, v: &'r u64) -> (&'r str, u64) {
        (k, *v)
    }
    replace(txn, USERNAMES, &ix.usernames, |k, v| named(k, v))?;
    replace(txn, EMAILS, &ix.emails, |k, v| named(k, v))?;
    replace(txn, GROUP_SLUGS, &ix.group_slugs, |k, v| named(k, v))?;
    replace(txn, BADGE_SLUGS, &ix.badge_slugs, |k, v| named(k, v))?;
    replace(txn, MEMBERSHIP_BY_GROUP, &ix.membership_by_group, |k, v| {
        (*k, *v)
    })?;
    replace(txn, MEMBERSHIP_BY_USER, &ix.membership_by_user, |k, v| {
        (*k, *v)
    })?;
    replace(txn, REVIEW_BY_LOAN, &ix.review_by_loan, |k, v| (*k, *v))?;
    let ach: Vec<((u64, u64), ())> = ix.achievements_by_badge.iter().map(|k| (*k, ())).collect();
    replace(txn, ACHIEVEMENTS_BY_BADGE, &ach, unit)?;
    // The unread counts live among the notifications: rewritten in place.
    let unread = derive::unread(txn)?;
    let mut notices = txn.open_table(NOTICES)?;
    for (user, _) in &unread.stored {
        notices.remove((*user, UNREAD_COUNT))?;
    }
    for (user, n) in &unread.derived {
        notices.insert((*user, UNREAD_COUNT), n.to_le_bytes().as_slice())?;
    }
    Ok(())
}
