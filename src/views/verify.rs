//! `comuniza verify`: every view recomputed from the base tables (`derive`) and compared with
//! what the write path left, difference by difference; nothing is written.

use std::fmt::Debug;

use redb::{ReadableDatabase, ReadableTable, TableDefinition};

use super::derive::{self, Source};
use crate::domain::boards::Board;
use crate::domain::choice::ItemStatus;
use crate::domain::figures::Figures;
use crate::domain::records::Item;
use crate::domain::time::Millis;
use crate::store::codec::Stored;
use crate::store::commands::load_rules;
use crate::store::tables::{self, *};
use crate::store::StoreError;

/// Differences between stored views and recomputation, as lines for a person to read.
#[derive(Debug, Default)]
pub struct Differences {
    pub lines: Vec<String>,
    pub count: u64,
}

/// At most this many lines per table; the rest are counted.
const SHOWN_PER_TABLE: usize = 20;

impl Differences {
    /// Compares two row lists held in memory (small views), in key order.
    fn compare<K: Ord + Debug, V: PartialEq + Debug>(
        &mut self,
        table: &str,
        stored: &[(K, V)],
        expected: &[(K, V)],
    ) {
        let stored = stored.iter().map(|(k, v)| Ok((k, v)));
        // Infallible: the stored rows are already read.
        let _ = self.merge(table, stored, expected.iter().map(|(k, v)| (k, v)));
    }

    /// Walks the stored and the expected rows side by side, both in key order, noting each
    /// row that differs, is missing or should not be there. Neither side is held whole.
    fn merge<K: Ord + Debug, V: PartialEq + Debug>(
        &mut self,
        table: &str,
        stored: impl Iterator<Item = Result<(K, V), StoreError>>,
        expected: impl Iterator<Item = (K, V)>,
    ) -> Result<(), StoreError> {
        let mut shown = 0;
        let mut note = |line: String, me: &mut Differences| {
            me.count += 1;
            if shown < SHOWN_PER_TABLE {
                me.lines.push(format!("{table}: {line}"));
            }
            shown += 1;
        };
        let (mut stored, mut expected) = (stored.peekable(), expected.peekable());
        loop {
            if let Some(Err(_)) = stored.peek() {
                if let Some(Err(e)) = stored.next() {
                    return Err(e);
                }
            }
            match (stored.peek(), expected.peek()) {
                (Some(Ok(s)), Some(e)) if s.0 == e.0 => {
                    if s.1 != e.1 {
                        note(format!("{:?} is {:?}, should be {:?}", s.0, s.1, e.1), self);
                    }
                    stored.next();
                    expected.next();
                }
                (Some(Ok(s)), e) if e.is_none_or(|e| s.0 < e.0) => {
                    note(format!("{:?} = {:?} should not be there", s.0, s.1), self);
                    stored.next();
                }
                (_, Some(e)) => {
                    note(format!("{:?} = {:?} is missing", e.0, e.1), self);
                    expected.next();
                }
                _ => break,
            }
        }
        if shown > SHOWN_PER_TABLE {
            self.lines
                .push(format!("{table}: ... {} more", shown - SHOWN_PER_TABLE));
        }
        Ok(())
    }

    /// Compares a stored table, read row by row (`own` turns each into comparable values),
    /// with the expected rows in key order.
    fn check<K, V, KO, VO>(
        &mut self,
        name: &str,
        txn: &redb::ReadTransaction,
        def: TableDefinition<'static, K, V>,
        own: impl Fn(K::SelfType<'_>, V::SelfType<'_>) -> (KO, VO),
        expected: impl IntoIterator<Item = (KO, VO)>,
    ) -> Result<(), StoreError>
    where
        K: redb::Key + 'static,
        V: redb::Value + 'static,
        KO: Ord + Debug,
        VO: PartialEq + Debug,
    {
        self.check_where(name, txn, def, own, |_| true, expected)
    }

    /// [`Differences::check`] over the stored rows `keep` admits only (the others are dead
    /// rows nothing reads, as the period boards' older periods are).
    fn check_where<K, V, KO, VO>(
        &mut self,
        name: &str,
        txn: &redb::ReadTransaction,
        def: TableDefinition<'static, K, V>,
        own: impl Fn(K::SelfType<'_>, V::SelfType<'_>) -> (KO, VO),
        keep: impl Fn(&KO) -> bool,
        expected: impl IntoIterator<Item = (KO, VO)>,
    ) -> Result<(), StoreError>
    where
        K: redb::Key + 'static,
        V: redb::Value + 'static,
        KO: Ord + Debug,
        VO: PartialEq + Debug,
    {
        let table = match txn.open_table(def) {
            Ok(t) => Some(t),
            Err(redb::TableError::TableDoesNotExist(_)) => None,
            Err(e) => return Err(e.into()),
        };
        let rows = match &table {
            Some(t) => Some(t.iter()?),
            None => None,
        };
        let stored = rows
            .into_iter()
            .flatten()
            .map(|row| {
                let (k, v) = row?;
                Ok(own(k.value(), v.value()))
            })
            .filter(|row| row.as_ref().map_or(true, |(k, _)| keep(k)));
        self.merge(name, stored, expected.into_iter())
    }
}

/// A stored row as it is, for tables whose rows compare as read.
fn same<K, V>(k: K, v: V) -> (K, V) {
    (k, v)
}

/// Recomputes every view from the base tables and lists each difference. Each stored table
/// is read row by row beside its recomputation, and each recomputation is let go once
/// compared, so the peak is the largest recomputed view, not every table twice.
pub fn verify(db: &impl ReadableDatabase) -> Result<Differences, StoreError> {
    verify_at(db, crate::domain::time::now())
}

/// [`verify`] as of `now`: the period boards kept then (a test's clock may run ahead).
pub fn verify_at(db: &impl ReadableDatabase, now: Millis) -> Result<Differences, StoreError> {
    let txn = db.begin_read()?;
    let mut d = Differences::default();
    let (figures, overflows) = derive::figures_checked(&txn)?;
    for (user, e) in &overflows {
        d.count += 1;
        d.lines.push(format!(
            "figures: user {user}: {e} (its records add up to more than it can hold)"
        ));
    }
    d.check(
        "figures",
        &txn,
        FIGURES,
        |k, v| (k, Figures::decode(v).map_err(|e| e.to_string())),
        figures.iter().map(|(k, v)| (k.0, Ok(*v))),
    )?;
    {
        let users = derive::user_keys(&txn)?;
        let (boards, hist) = derive::boards(&figures, &users);
        for board in Board::ALL {
            d.check(
                &format!("board {}", board.as_str()),
                &txn,
                BOARDS[board.index()],
                |k, v| (k, v.to_string()),
                boards[board.index()]
                    .iter()
                    .map(|(k, v)| (*k, (*v).to_string())),
            )?;
        }
        d.check("board histogram", &txn, BOARD_HISTOGRAM, same, hist)?;
    }
    check_periods(&mut d, &txn, &figures, now)?;
    d.check(
        "locations",
        &txn,
        LOCATIONS,
        |k, v| {
            (
                (k.0.to_string(), k.1.to_string(), k.2.to_string(), k.3, k.4),
                v,
            )
        },
        derive::locations(&txn)?,
    )?;
    let b = derive::badge_views(&txn)?;
    d.check("badge totals", &txn, BADGE_TOTALS, same, b.totals)?;
    d.check("badge earners", &txn, BADGE_EARNERS, same, b.earners)?;
    d.check(
        "user badge lists",
        &txn,
        USER_BADGE_LIST,
        same,
        b.user_lists,
    )?;
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
    drop(figures);
    d.check("user badge pairs", &txn, USER_BADGE_BY_PAIR, same, b.pairs)?;
    let l = derive::listings(&txn)?;
    let units = |v: Vec<(u64, u64)>| v.into_iter().map(|k| (k, ()));
    let set = |k: (u64, u64), _: ()| (k, ());
    d.check(
        "items by group",
        &txn,
        ITEMS_BY_GROUP,
        set,
        units(l.items_by_group),
    )?;
    d.check(
        "items by owner",
        &txn,
        ITEMS_BY_OWNER,
        set,
        units(l.items_by_owner),
    )?;
    d.check(
        "loans by user",
        &txn,
        LOANS_BY_USER,
        set,
        units(l.loans_by_user),
    )?;
    d.check(
        "loans by item",
        &txn,
        LOANS_BY_ITEM,
        set,
        units(l.loans_by_item),
    )?;
    d.check(
        "open loans",
        &txn,
        OPEN_LOANS,
        same,
        l.open_loans.iter().copied(),
    )?;
    d.check(
        "open requests",
        &txn,
        OPEN_REQUESTS,
        |(item, borrower, loan), ()| ((item, borrower), loan),
        l.open_requests
            .into_iter()
            .map(|(item, borrower, loan)| ((item, borrower), loan)),
    )?;
    check_item_status(&txn, &l.open_loans, &mut d)?;
    drop(l.open_loans);
    let ix = derive::indexes(&txn)?;
    let named = |k: &str, v: u64| (k.to_string(), v);
    d.check("usernames", &txn, USERNAMES, named, ix.usernames)?;
    d.check("emails", &txn, EMAILS, named, ix.emails)?;
    d.check("group slugs", &txn, GROUP_SLUGS, named, ix.group_slugs)?;
    d.check("badge slugs", &txn, BADGE_SLUGS, named, ix.badge_slugs)?;
    let pair = |k: (u64, u64), v: u64| (k, v);
    d.check(
        "memberships by group",
        &txn,
        MEMBERSHIP_BY_GROUP,
        pair,
        ix.membership_by_group,
    )?;
    d.check(
        "memberships by user",
        &txn,
        MEMBERSHIP_BY_USER,
        pair,
        ix.membership_by_user,
    )?;
    d.check(
        "reviews by loan",
        &txn,
        REVIEW_BY_LOAN,
        pair,
        ix.review_by_loan,
    )?;
    d.check(
        "achievements by badge",
        &txn,
        ACHIEVEMENTS_BY_BADGE,
        set,
        units(ix.achievements_by_badge),
    )?;
    let unread = derive::unread(&txn)?;
    d.compare("unread counts", &unread.stored, &unread.derived);
    check_conversations(&txn, &mut d)?;
    check_photos(&txn, &mut d)?;
    let (count, lines) = super::search::check::verify(&txn, SHOWN_PER_TABLE)?;
    d.count += count;
    d.lines.extend(lines);
    Ok(d)
}

/// The photo views against their records, and the stored sizes both ways (`views::photos`).
fn check_photos(txn: &redb::ReadTransaction, d: &mut Differences) -> Result<(), StoreError> {
    let items = txn.open_table(ITEMS)?;
    let users = txn.open_table(USERS)?;
    let e = super::photos::derive(txn, &items, |u| Ok(users.get(u)?.is_some()))?;
    let digest_of = |k: (&[u8], u8, u64), ()| {
        let digest = <[u8; 32]>::try_from(k.0).unwrap_or([0; 32]);
        ((digest, k.1, k.2), ())
    };
    d.check(
        "photo uses",
        txn,
        PHOTO_USES,
        digest_of,
        e.uses.iter().copied(),
    )?;
    d.check(
        "photo usage",
        txn,
        PHOTO_USAGE,
        same,
        e.usage.iter().copied(),
    )?;
    let total = txn
        .open_table(META)?
        .get(PHOTO_BYTES)?
        .map_or(0, |v| v.value());
    let mut lines = e.problems.clone();
    match crate::store::read::optional(txn, PHOTO_BLOBS)? {
        Some(blobs) => lines.extend(super::photos::check_blobs(&blobs, &e, total)?),
        None => lines.extend(
            e.sizes
                .keys()
                .map(|k| format!("photo sizes: {} is named but not stored", k.hex())),
        ),
    }
    d.count += lines.len() as u64;
    d.lines.extend(lines.into_iter().take(SHOWN_PER_TABLE));
    Ok(())
}

/// Every message belongs to a conversation that is there (a loan, or a membership that asks),
/// and a loan's messages are written by its two people.
fn check_conversations(txn: &redb::ReadTransaction, d: &mut Differences) -> Result<(), StoreError> {
    use crate::domain::conversation::{Message, Thread};
    use crate::domain::records::{Loan, Membership};
    use crate::store::tx::get;
    let Some(messages) = crate::store::read::optional(txn, tables::MESSAGES)? else {
        return Ok(());
    };
    let loans = txn.open_table(tables::LOANS)?;
    let memberships = txn.open_table(tables::MEMBERSHIPS)?;
    let mut seen: Option<((u8, u64), Option<Loan>, bool)> = None;
    for row in messages.iter()? {
        let (k, v) = row?;
        let (kind, id, number) = k.value();
        if seen.as_ref().is_none_or(|(t, _, _)| *t != (kind, id)) {
            let (loan, there) = match Thread::from_key((kind, id)) {
                Some(Thread::Loan(l)) => {
                    let loan = get::<Loan>(&loans, l.0)?;
                    let there = loan.is_some();
                    (loan, there)
                }
                Some(Thread::Join(m)) => (None, get::<Membership>(&memberships, m)?.is_some()),
                None => (None, false),
            };
            seen = Some(((kind, id), loan, there));
        }
        let Some((_, loan, there)) = &seen else {
            continue;
        };
        let author = Message::access(v.value())?.author.0.to_native();
        let stray = if !there {
            Some("belongs to no conversation that is there")
        } else if loan
            .as_ref()
            .is_some_and(|l| author != l.lender.0 && author != l.borrower.0)
        {
            Some("was written by someone outside the loan")
        } else {
            None
        };
        if let Some(why) = stray {
            d.count += 1;
            if d.lines.len() < 1000 {
                d.lines
                    .push(format!("messages: ({kind}, {id}, {number}) {why}"));
            }
        }
    }
    Ok(())
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

/// The period boards of the periods kept at `now` and the groups' all-time boards
/// (`views::periods`); rows of older periods are dead, left for the writes that follow to
/// prune, and not counted.
fn check_periods(
    d: &mut Differences,
    txn: &redb::ReadTransaction,
    figures: &std::collections::BTreeMap<crate::domain::records::UserId, Figures>,
    now: Millis,
) -> Result<(), StoreError> {
    use super::periods;
    let settings = crate::store::read::optional(txn, SETTINGS)?;
    let zone = periods::site_zone(settings.as_ref())?;
    let (scores, kept) = periods::derive(txn, zone, now)?;
    let members = periods::derive_members(txn)?;
    let alive = |k: (u8, i32)| periods::is_kept(&kept, k);
    d.check_where(
        "period scores",
        txn,
        PERIOD_SCORES,
        same,
        |k| alive((k.1, k.2)),
        scores.iter().map(|(k, s)| (*k, *s)),
    )?;
    // Slot by slot in key order (board, then period and first day, all time last), so that
    // only one slot's rows are held at a time: at 1M members a year's are 2M.
    let mut slots: Vec<(Board, periods::Slot)> = Vec::new();
    for board in Board::ALL {
        for (&(_, p, start, _), _) in periods::scores_of(&scores, board) {
            if slots.last() != Some(&(board, (p, start))) {
                slots.push((board, (p, start)));
            }
        }
        slots.push((board, periods::ALL_TIME));
    }
    let rows = slots.into_iter().flat_map(|(board, at)| {
        let mut rows = if at == periods::ALL_TIME {
            let figures = figures.iter().map(|(u, f)| (*u, *f));
            periods::all_time_rows(figures, &members, board)
        } else {
            periods::period_rows(periods::scores_in(&scores, board, at), &members)
        };
        rows.sort_unstable_by_key(|r| r.0);
        rows.into_iter().map(|(k, v)| (k, v.to_string()))
    });
    d.check_where(
        "period boards",
        txn,
        PERIOD_BOARDS,
        |k, v| (k, v.to_string()),
        |k| alive((k.1, k.2)),
        rows,
    )?;
    let index = match crate::store::read::optional(txn, HALL_OF_FAME)? {
        Some(hall) => periods::hall_index(&hall)?,
        None => Default::default(),
    };
    d.check(
        "hall of fame index",
        txn,
        HALL_BY_USER,
        same,
        index.into_iter().map(|k| (k, ())),
    )?;
    Ok(())
}
