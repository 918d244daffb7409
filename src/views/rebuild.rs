//! `comuniza rebuild` and `comuniza verify`: every view recomputed from the base tables
//! (`derive`), then written over the stored views or compared with them, difference by
//! difference. Rebuild also awards badges whose rule holds but which are missing.

use std::collections::BTreeMap;
use std::fmt::Debug;

use redb::{
    Database, Durability, ReadableDatabase, ReadableTable, TableDefinition, WriteTransaction,
};

use super::derive::{self, Source};
use crate::domain::boards::Board;
use crate::domain::choice::ItemStatus;
use crate::domain::figures::Figures;
use crate::domain::records::{Badge, Item, PointsEntry, UserBadge, UserId};
use crate::domain::time::Millis;
use crate::store::codec::Stored;
use crate::store::commands::load_rules;
use crate::store::tables::{self, *};
use crate::store::tx::{bump_next_id, get};
use crate::store::StoreError;

/// What a rebuild did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RebuildReport {
    pub users: u64,
    /// Badges awarded because their rule held and the user lacked them, per badge slug.
    pub awarded: BTreeMap<String, u64>,
}

/// Awards missing badges, then rewrites every view table, in one transaction.
pub fn rebuild(
    db: &Database,
    now: Millis,
    durability: Durability,
) -> Result<RebuildReport, StoreError> {
    let mut txn = db.begin_write()?;
    txn.set_durability(durability)?;
    let report = rebuild_in(&txn, now)?;
    txn.commit()?;
    Ok(report)
}

/// [`rebuild`] inside a caller's transaction (import uses it before its own commit).
pub fn rebuild_in(txn: &WriteTransaction, now: Millis) -> Result<RebuildReport, StoreError> {
    let mut report = RebuildReport::default();
    let figures = derive::figures(txn)?;
    report.users = figures.len() as u64;
    let badges = derive::badge_views(txn)?;
    badges.check_unique()?;
    let rules = load_rules(&txn.open_table(ACHIEVEMENTS)?, &txn.open_table(BADGES)?)?;
    let missing = derive::missing_badges(&figures, &rules, &badges.pairs);
    drop(badges);
    if !missing.is_empty() {
        award_missing(txn, &missing, now, &mut report)?;
    }
    // Awards add points: derive again from the records as they now are.
    let figures = if missing.is_empty() {
        figures
    } else {
        derive::figures(txn)?
    };
    write_views(txn, figures)?;
    Ok(report)
}

fn award_missing(
    txn: &WriteTransaction,
    missing: &[(UserId, u64)],
    now: Millis,
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
        let b = get::<Badge>(&badges, badge)?
            .ok_or_else(|| StoreError::Corrupt(format!("badge {badge}")))?;
        user_badges.insert(
            next_ub,
            UserBadge {
                user,
                badge,
                earned_at: now,
            }
            .encode()
            .as_slice(),
        )?;
        let entry = PointsEntry::for_badge(user, &b, now);
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
    let rows: Vec<(u64, Vec<u8>)> = figures.iter().map(|(id, f)| (*id, f.encode())).collect();
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
    Ok(())
}

/// Differences between stored views and recomputation, as lines for a person to read.
#[derive(Debug, Default)]
pub struct Differences {
    pub lines: Vec<String>,
    pub count: u64,
}

/// At most this many lines per table; the rest are counted.
const SHOWN_PER_TABLE: usize = 20;

impl Differences {
    fn compare<K: Ord + Debug, V: PartialEq + Debug>(
        &mut self,
        table: &str,
        stored: Vec<(K, V)>,
        expected: &[(K, V)],
    ) {
        let mut shown = 0;
        let mut note = |line: String, me: &mut Differences| {
            me.count += 1;
            if shown < SHOWN_PER_TABLE {
                me.lines.push(format!("{table}: {line}"));
            }
            shown += 1;
        };
        let (mut i, mut j) = (0, 0);
        while i < stored.len() || j < expected.len() {
            match (stored.get(i), expected.get(j)) {
                (Some(s), Some(e)) if s.0 == e.0 => {
                    if s.1 != e.1 {
                        note(format!("{:?} is {:?}, should be {:?}", s.0, s.1, e.1), self);
                    }
                    i += 1;
                    j += 1;
                }
                (Some(s), e) if e.is_none_or(|e| s.0 < e.0) => {
                    note(format!("{:?} = {:?} should not be there", s.0, s.1), self);
                    i += 1;
                }
                (_, Some(e)) => {
                    note(format!("{:?} = {:?} is missing", e.0, e.1), self);
                    j += 1;
                }
                (None, None) => break,
                (Some(_), None) => unreachable!("covered above"),
            }
        }
        if shown > SHOWN_PER_TABLE {
            self.lines
                .push(format!("{table}: ... {} more", shown - SHOWN_PER_TABLE));
        }
    }
}

fn stored<K, V, KO, VO>(
    txn: &redb::ReadTransaction,
    def: TableDefinition<'static, K, V>,
    own: impl Fn(K::SelfType<'_>, V::SelfType<'_>) -> (KO, VO),
) -> Result<Vec<(KO, VO)>, StoreError>
where
    K: redb::Key + 'static,
    V: redb::Value + 'static,
{
    let table = match txn.open_table(def) {
        Ok(t) => t,
        Err(redb::TableError::TableDoesNotExist(_)) => return Ok(Vec::new()),
        Err(e) => return Err(e.into()),
    };
    let mut out = Vec::new();
    for entry in table.iter()? {
        let (k, v) = entry?;
        out.push(own(k.value(), v.value()));
    }
    Ok(out)
}

/// Recomputes every view from the base tables and lists each difference.
pub fn verify(db: &impl ReadableDatabase) -> Result<Differences, StoreError> {
    let txn = db.begin_read()?;
    let mut d = Differences::default();
    let figures = derive::figures(&txn)?;
    let expected: Vec<(u64, Figures)> = figures.iter().map(|(k, v)| (*k, *v)).collect();
    let got = stored(&txn, FIGURES, |k, v| (k, Figures::decode(v)))?;
    let mut decoded = Vec::with_capacity(got.len());
    for (k, v) in got {
        decoded.push((k, v?));
    }
    d.compare("figures", decoded, &expected);
    let users = derive::user_keys(&txn)?;
    let (boards, hist) = derive::boards(&figures, &users);
    for board in Board::ALL {
        let got = stored(&txn, BOARDS[board.index()], |k, v| (k, v.to_string()))?;
        let want: Vec<_> = boards[board.index()]
            .iter()
            .map(|(k, v)| (*k, v.to_string()))
            .collect();
        d.compare(&format!("board {}", board.as_str()), got, &want);
    }
    d.compare(
        "board histogram",
        stored(&txn, BOARD_HISTOGRAM, |k, v| (k, v))?,
        &hist,
    );
    let locations = derive::locations(&txn)?;
    let got = stored(&txn, LOCATIONS, |k, v| {
        (
            (k.0.to_string(), k.1.to_string(), k.2.to_string(), k.3, k.4),
            v,
        )
    })?;
    d.compare("locations", got, &locations);
    let b = derive::badge_views(&txn)?;
    d.compare(
        "badge totals",
        stored(&txn, BADGE_TOTALS, |k, v| (k, v))?,
        &b.totals,
    );
    d.compare(
        "badge earners",
        stored(&txn, BADGE_EARNERS, |k, v| (k, v))?,
        &b.earners,
    );
    d.compare(
        "user badge lists",
        stored(&txn, USER_BADGE_LIST, |k, v| (k, v))?,
        &b.user_lists,
    );
    d.compare(
        "user badge pairs",
        stored(&txn, USER_BADGE_BY_PAIR, |k, v| (k, v))?,
        &b.pairs,
    );
    let rules = match (txn.open_table(ACHIEVEMENTS), txn.open_table(BADGES)) {
        (Ok(a), Ok(bt)) => load_rules(&a, &bt)?,
        _ => Default::default(),
    };
    for (user, badge) in derive::missing_badges(&figures, &rules, &b.pairs) {
        d.count += 1;
        d.lines.push(format!(
            "badges: user {user} meets the rule of badge {badge} but lacks it"
        ));
    }
    let l = derive::listings(&txn)?;
    let units = |v: &[(u64, u64)]| v.iter().map(|k| (*k, ())).collect::<Vec<_>>();
    let set = |k: (u64, u64), _: ()| (k, ());
    d.compare(
        "items by group",
        stored(&txn, ITEMS_BY_GROUP, set)?,
        &units(&l.items_by_group),
    );
    d.compare(
        "items by owner",
        stored(&txn, ITEMS_BY_OWNER, set)?,
        &units(&l.items_by_owner),
    );
    d.compare(
        "loans by user",
        stored(&txn, LOANS_BY_USER, set)?,
        &units(&l.loans_by_user),
    );
    d.compare(
        "loans by item",
        stored(&txn, LOANS_BY_ITEM, set)?,
        &units(&l.loans_by_item),
    );
    d.compare(
        "open loans",
        stored(&txn, OPEN_LOANS, |k, v| (k, v))?,
        &l.open_loans,
    );
    check_item_status(&txn, &l.open_loans, &mut d)?;
    let ix = derive::indexes(&txn)?;
    let named = |k: &str, v: u64| (k.to_string(), v);
    d.compare("usernames", stored(&txn, USERNAMES, named)?, &ix.usernames);
    d.compare("emails", stored(&txn, EMAILS, named)?, &ix.emails);
    d.compare(
        "group slugs",
        stored(&txn, GROUP_SLUGS, named)?,
        &ix.group_slugs,
    );
    d.compare(
        "badge slugs",
        stored(&txn, BADGE_SLUGS, named)?,
        &ix.badge_slugs,
    );
    let pair = |k: (u64, u64), v: u64| (k, v);
    d.compare(
        "memberships by group",
        stored(&txn, MEMBERSHIP_BY_GROUP, pair)?,
        &ix.membership_by_group,
    );
    d.compare(
        "memberships by user",
        stored(&txn, MEMBERSHIP_BY_USER, pair)?,
        &ix.membership_by_user,
    );
    d.compare(
        "reviews by loan",
        stored(&txn, REVIEW_BY_LOAN, pair)?,
        &ix.review_by_loan,
    );
    let ach = units(&ix.achievements_by_badge);
    d.compare(
        "achievements by badge",
        stored(&txn, ACHIEVEMENTS_BY_BADGE, set)?,
        &ach,
    );
    Ok(d)
}

/// An item shows `borrowed` exactly while it has an open loan.
fn check_item_status(
    txn: &redb::ReadTransaction,
    open: &[(u64, u64)],
    d: &mut Differences,
) -> Result<(), StoreError> {
    derive::each_record::<Item>(txn as &dyn Source, tables::ITEMS, |id, item| {
        let lent = open.binary_search_by(|(i, _)| i.cmp(&id)).is_ok();
        if lent != (item.status == ItemStatus::Borrowed) {
            d.count += 1;
            d.lines.push(format!(
                "items: item {id} is {} but has {} open loan",
                item.status,
                if lent { "an" } else { "no" }
            ));
        }
        Ok(())
    })
}
