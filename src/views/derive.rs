//! Every view computed from the base tables alone (DESIGN.md "L3"), with the same rules the
//! write path uses (`domain::figures`, `domain::badges`, `maintain::location_of`). `rebuild`
//! writes these; `verify` compares them with what the write path left.

use std::collections::BTreeMap;

use redb::{ReadTransaction, ReadableTable, ReadableTableMetadata, TableError, WriteTransaction};

use super::maintain::{location_of, Location};
use crate::domain::badges::RuleBook;
use crate::domain::boards::{board_key, Board};
use crate::domain::figures::*;
use crate::domain::records::*;
use crate::store::codec::Stored;
use crate::store::tables::{self, desc, Records};
use crate::store::StoreError;

/// A visitor of (pk, value bytes).
pub type Visit<'a> = &'a mut dyn FnMut(u64, &[u8]) -> Result<(), StoreError>;

/// Read access to base tables from a read or a write transaction.
pub trait Source {
    /// Calls `f` with every (pk, value bytes) of a record table, in pk order.
    fn each(&self, table: Records, f: Visit<'_>) -> Result<(), StoreError>;
    /// The number of records, so derived lists are allocated once at their final size
    /// (a list grown by doubling can hold twice its memory, which counts at 1M users).
    fn count(&self, table: Records) -> Result<usize, StoreError>;
    /// Calls `f` with every ((user, number), notice bytes) of the notifications.
    fn each_notice(&self, f: NoticeVisit<'_>) -> Result<(), StoreError>;
}

/// A visitor of notifications.
pub type NoticeVisit<'a> = &'a mut dyn FnMut((u64, u64), &[u8]) -> Result<(), StoreError>;

fn scan_notices<T: ReadableTable<(u64, u64), &'static [u8]>>(
    table: &T,
    f: NoticeVisit<'_>,
) -> Result<(), StoreError> {
    for entry in table.iter()? {
        let (k, v) = entry?;
        f(k.value(), v.value())?;
    }
    Ok(())
}

/// Each member's count of unread notifications, as (user, count), from the notifications
/// themselves (`derived`), and as stored beside them (`stored`): the view `NOTICES` keeps
/// under number `UNREAD_COUNT`.
pub struct Unread {
    pub derived: Vec<(u64, u64)>,
    pub stored: Vec<(u64, u64)>,
}

pub fn unread(src: &dyn Source) -> Result<Unread, StoreError> {
    let mut derived: Vec<(u64, u64)> = Vec::new();
    let mut stored: Vec<(u64, u64)> = Vec::new();
    src.each_notice(&mut |(user, number), bytes| {
        if number == tables::UNREAD_COUNT {
            // A head row also keeps a member's newest number: one with no unread counts none.
            let n = crate::store::read::count_of(bytes);
            if n > 0 {
                stored.push((user, n));
            }
        } else if !crate::domain::notice::Notice::access(bytes)?.read {
            match derived.last_mut() {
                Some((u, n)) if *u == user => *n += 1,
                _ => derived.push((user, 1)),
            }
        }
        Ok(())
    })?;
    Ok(Unread { derived, stored })
}

fn scan<T: ReadableTable<u64, &'static [u8]>>(table: &T, f: Visit<'_>) -> Result<(), StoreError> {
    for entry in table.iter()? {
        let (k, v) = entry?;
        f(k.value(), v.value())?;
    }
    Ok(())
}

impl Source for ReadTransaction {
    fn each(&self, table: Records, f: Visit<'_>) -> Result<(), StoreError> {
        match self.open_table(table) {
            Ok(t) => scan(&t, f),
            Err(TableError::TableDoesNotExist(_)) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    fn count(&self, table: Records) -> Result<usize, StoreError> {
        match self.open_table(table) {
            Ok(t) => Ok(t.len()? as usize),
            Err(TableError::TableDoesNotExist(_)) => Ok(0),
            Err(e) => Err(e.into()),
        }
    }

    fn each_notice(&self, f: NoticeVisit<'_>) -> Result<(), StoreError> {
        match self.open_table(tables::NOTICES) {
            Ok(t) => scan_notices(&t, f),
            Err(TableError::TableDoesNotExist(_)) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }
}

impl Source for WriteTransaction {
    fn each(&self, table: Records, f: Visit<'_>) -> Result<(), StoreError> {
        scan(&self.open_table(table)?, f)
    }

    fn count(&self, table: Records) -> Result<usize, StoreError> {
        Ok(self.open_table(table)?.len()? as usize)
    }

    fn each_notice(&self, f: NoticeVisit<'_>) -> Result<(), StoreError> {
        scan_notices(&self.open_table(tables::NOTICES)?, f)
    }
}

/// Decodes every record of a table.
pub fn each_record<T: Stored>(
    src: &dyn Source,
    table: Records,
    mut f: impl FnMut(u64, T) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    src.each(table, &mut |id, bytes| f(id, T::decode(bytes)?))
}

/// Per-user figures of every user, from every record that contributes; a sum that would pass
/// what a figure holds is an error naming the user (`rebuild` and `import` stop there).
pub fn figures(src: &dyn Source) -> Result<BTreeMap<UserId, Figures>, StoreError> {
    let (figures, overflows) = figures_checked(src)?;
    match overflows.first() {
        Some(&(user, source)) => Err(StoreError::Overflow { user, source }),
        None => Ok(figures),
    }
}

/// [`figures`], with the users whose records add up past what a figure holds listed apart
/// (their figures leave out the records that would overflow), for `verify` to report.
pub fn figures_checked(src: &dyn Source) -> Result<FiguresChecked, StoreError> {
    // Tens of millions of contributions at 1M members: each finds its user's figures by
    // position among the users' ids (`ascending`), not in a map of a million entries.
    let mut ids: Vec<u64> = Vec::with_capacity(src.count(tables::USERS)?);
    src.each(tables::USERS, &mut |id, _| {
        ids.push(id);
        Ok(())
    })?;
    let mut known = vec![Figures::starting(); ids.len()];
    // Records may name users that are gone: they get figures too, as they always had.
    let mut strays: BTreeMap<UserId, Figures> = BTreeMap::new();
    let mut overflows = Vec::new();
    let mut add = |cs: Contributions| {
        for (user, c) in cs {
            let figures = match crate::ascending::position(&ids, user.0) {
                Some(i) => &mut known[i],
                None => strays.entry(user).or_default(),
            };
            if let Err(e) = figures.apply(&c, 1) {
                overflows.push((user, e));
            }
        }
        Ok(())
    };
    each_record::<Membership>(src, tables::MEMBERSHIPS, |_, m| {
        add(membership_contributions(&m))
    })?;
    each_record::<Item>(src, tables::ITEMS, |_, i| add(item_contributions(&i)))?;
    each_record::<Loan>(src, tables::LOANS, |_, l| add(loan_contributions(&l)))?;
    each_record::<Review>(src, tables::REVIEWS, |_, r| add(review_contributions(&r)))?;
    each_record::<PointsEntry>(src, tables::POINTS, |_, p| add(points_contributions(&p)))?;
    let mut out: BTreeMap<UserId, Figures> = ids.into_iter().map(UserId).zip(known).collect();
    out.append(&mut strays);
    Ok((out, overflows))
}

/// Figures by user, and the users whose figures would overflow.
pub type FiguresChecked = (
    BTreeMap<UserId, Figures>,
    Vec<(UserId, crate::domain::figures::FigureOverflow)>,
);

/// Users' (username, is_active).
pub fn user_keys(src: &dyn Source) -> Result<BTreeMap<UserId, (String, bool)>, StoreError> {
    let mut out = BTreeMap::new();
    src.each(tables::USERS, &mut |id, bytes| {
        let u = User::access(bytes)?;
        out.insert(UserId(id), (u.username.as_str().to_string(), u.is_active));
        Ok(())
    })?;
    Ok(out)
}

/// A board's rows: key and username (borrowed from the users' map: 4 boards, 1 name each).
pub type BoardRows<'a> = Vec<((u64, u64), &'a str)>;
/// (board, score) -> active users with that score.
pub type Histogram = Vec<((u8, i64), u64)>;

/// The four boards (active users, in key order) and the score histogram.
pub fn boards<'a>(
    figures: &BTreeMap<UserId, Figures>,
    users: &'a BTreeMap<UserId, (String, bool)>,
) -> ([BoardRows<'a>; 4], Histogram) {
    let mut rows: [BoardRows<'a>; 4] = std::array::from_fn(|_| Vec::with_capacity(users.len()));
    let mut hist: BTreeMap<(u8, i64), u64> = BTreeMap::new();
    for (id, (name, active)) in users {
        if !*active {
            continue;
        }
        let f = figures.get(id).copied().unwrap_or_default();
        for board in Board::ALL {
            let s = board.score(&f);
            rows[board.index()].push((board_key(s, *id), name.as_str()));
            *hist.entry((board.index() as u8, s)).or_default() += 1;
        }
    }
    for r in &mut rows {
        r.sort_unstable_by_key(|row| row.0);
    }
    (rows, hist.into_iter().collect())
}

/// Group locations and their counts, in key order.
pub fn locations(src: &dyn Source) -> Result<Vec<(Location, u64)>, StoreError> {
    let mut out: BTreeMap<Location, u64> = BTreeMap::new();
    each_record::<Group>(src, tables::GROUPS, |_, g| {
        if let Some(loc) = location_of(&g) {
            *out.entry(loc).or_default() += 1;
        }
        Ok(())
    })?;
    Ok(out.into_iter().collect())
}

/// Badge views: totals for every badge, recent-earner keys and users' badge lists.
pub struct BadgeViews {
    pub totals: Vec<(u64, u64)>,
    pub earners: Vec<((u64, u64, u64), u64)>,
    pub user_lists: Vec<((u64, u64, u64), u64)>,
    pub pairs: Vec<((u64, u64), u64)>,
}

pub fn badge_views(src: &dyn Source) -> Result<BadgeViews, StoreError> {
    let mut totals: BTreeMap<u64, u64> = BTreeMap::new();
    src.each(tables::BADGES, &mut |id, _| {
        totals.insert(id, 0);
        Ok(())
    })?;
    let n = src.count(tables::USER_BADGES)?;
    let (mut earners, mut user_lists, mut pairs) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    each_record::<UserBadge>(src, tables::USER_BADGES, |id, ub| {
        *totals.entry(ub.badge.0).or_default() += 1;
        let (user, badge) = (ub.user.0, ub.badge.0);
        earners.push(((badge, desc(ub.earned_at), desc(id as i64)), user));
        user_lists.push(((user, desc(ub.earned_at), desc(id as i64)), badge));
        pairs.push(((user, badge), id));
        Ok(())
    })?;
    earners.sort_unstable();
    user_lists.sort_unstable();
    pairs.sort_unstable();
    Ok(BadgeViews {
        totals: totals.into_iter().collect(),
        earners,
        user_lists,
        pairs,
    })
}

/// Rules that hold for a user who lacks the badge: (user, badge), ascending.
pub fn missing_badges(
    figures: &BTreeMap<UserId, Figures>,
    rules: &RuleBook,
    pairs: &[((u64, u64), u64)],
) -> Vec<(UserId, BadgeId)> {
    let mut out = Vec::new();
    for (user, f) in figures {
        for badge in rules.earned(f) {
            if pairs
                .binary_search_by(|(k, _)| k.cmp(&(user.0, badge.0)))
                .is_err()
            {
                out.push((*user, badge));
            }
        }
    }
    out
}

/// The first pair of rows sharing a key in a sorted index: (key, first pk, second pk).
fn first_shared<K: PartialEq + Clone>(rows: &[(K, u64)]) -> Option<(K, u64, u64)> {
    rows.windows(2)
        .find(|w| w[0].0 == w[1].0)
        .map(|w| (w[0].0.clone(), w[0].1.min(w[1].1), w[0].1.max(w[1].1)))
}

fn duplicate(model: &'static str, pk: u64, message: String) -> StoreError {
    StoreError::Duplicate { model, pk, message }
}

impl BadgeViews {
    /// A user holding the same badge twice.
    pub fn check_unique(&self) -> Result<(), StoreError> {
        match first_shared(&self.pairs) {
            Some(((user, badge), a, b)) => Err(duplicate(
                "badges.userbadge",
                b,
                format!("user {user} already has badge {badge} (user badge pk {a})"),
            )),
            None => Ok(()),
        }
    }
}

impl Indexes {
    /// The first unique field two records share, naming the later record.
    pub fn check_unique(&self) -> Result<(), StoreError> {
        let named = [
            ("users.user", "username", &self.usernames),
            ("users.user", "email", &self.emails),
            ("groups.group", "slug", &self.group_slugs),
            ("badges.badge", "slug", &self.badge_slugs),
        ];
        for (model, field, rows) in named {
            if let Some((key, a, b)) = first_shared(rows) {
                return Err(duplicate(
                    model,
                    b,
                    format!("duplicate {field} {key:?} (also pk {a})"),
                ));
            }
        }
        if let Some(((group, user), a, b)) = first_shared(&self.membership_by_group) {
            let message = format!("user {user} is already in group {group} (membership pk {a})");
            return Err(duplicate("groups.groupmembership", b, message));
        }
        if let Some(((loan, reviewer), a, b)) = first_shared(&self.review_by_loan) {
            let message = format!("user {reviewer} already reviewed loan {loan} (review pk {a})");
            return Err(duplicate("loans.loanreview", b, message));
        }
        Ok(())
    }
}

/// Listings and lookups over items and loans.
pub struct Listings {
    pub items_by_group: Vec<(u64, u64)>,
    pub items_by_owner: Vec<(u64, u64)>,
    pub loans_by_user: Vec<(u64, u64)>,
    pub loans_by_item: Vec<(u64, u64)>,
    pub open_loans: Vec<(u64, u64)>,
    /// (item, borrower, loan) of `requested` loans.
    pub open_requests: Vec<(u64, u64, u64)>,
}

pub fn listings(src: &dyn Source) -> Result<Listings, StoreError> {
    let items = src.count(tables::ITEMS)?;
    let (mut by_group, mut by_owner) = (Vec::with_capacity(items), Vec::with_capacity(items));
    each_record::<Item>(src, tables::ITEMS, |id, item| {
        by_owner.push((item.owner.0, id));
        by_group.extend(item.groups.iter().map(|g| (g.0, id)));
        Ok(())
    })?;
    let loans = src.count(tables::LOANS)?;
    let (mut by_user, mut by_item, mut open) = (
        Vec::with_capacity(2 * loans),
        Vec::with_capacity(loans),
        Vec::new(),
    );
    let mut requests = Vec::new();
    src.each(tables::LOANS, &mut |id, bytes| {
        let l = Loan::access(bytes)?;
        let (lender, borrower, item) = (
            l.lender.to_native().0,
            l.borrower.to_native().0,
            l.item.to_native().0,
        );
        by_user.push((lender, id));
        by_user.push((borrower, id));
        by_item.push((item, id));
        let status = crate::domain::choice::LoanStatus::from(&l.status);
        if status.is_open() {
            open.push((item, id));
        }
        if status == crate::domain::choice::LoanStatus::Requested {
            requests.push((item, borrower, id));
        }
        Ok(())
    })?;
    for v in [
        &mut by_group,
        &mut by_owner,
        &mut by_user,
        &mut by_item,
        &mut open,
    ] {
        v.sort_unstable();
        v.dedup();
    }
    requests.sort_unstable();
    Ok(Listings {
        items_by_group: by_group,
        items_by_owner: by_owner,
        loans_by_user: by_user,
        loans_by_item: by_item,
        open_loans: open,
        open_requests: requests,
    })
}

/// The unique and lookup indexes over base records.
pub struct Indexes {
    pub usernames: Vec<(String, u64)>,
    pub emails: Vec<(String, u64)>,
    pub group_slugs: Vec<(String, u64)>,
    pub badge_slugs: Vec<(String, u64)>,
    pub membership_by_group: Vec<((u64, u64), u64)>,
    pub membership_by_user: Vec<((u64, u64), u64)>,
    pub review_by_loan: Vec<((u64, u64), u64)>,
    pub achievements_by_badge: Vec<(u64, u64)>,
}

pub fn indexes(src: &dyn Source) -> Result<Indexes, StoreError> {
    let users = src.count(tables::USERS)?;
    let (mut usernames, mut emails) = (Vec::with_capacity(users), Vec::with_capacity(users));
    src.each(tables::USERS, &mut |id, bytes| {
        let u = User::access(bytes)?;
        usernames.push((u.username.as_str().to_ascii_lowercase(), id));
        if !u.email.is_empty() {
            emails.push((u.email.as_str().to_lowercase(), id));
        }
        Ok(())
    })?;
    let mut group_slugs = Vec::new();
    each_record::<Group>(src, tables::GROUPS, |id, g| {
        group_slugs.push((g.slug, id));
        Ok(())
    })?;
    let mut badge_slugs = Vec::new();
    each_record::<Badge>(src, tables::BADGES, |id, b| {
        badge_slugs.push((b.slug, id));
        Ok(())
    })?;
    let memberships = src.count(tables::MEMBERSHIPS)?;
    let (mut by_group, mut by_user) = (
        Vec::with_capacity(memberships),
        Vec::with_capacity(memberships),
    );
    each_record::<Membership>(src, tables::MEMBERSHIPS, |id, m| {
        by_group.push(((m.group.0, m.user.0), id));
        by_user.push(((m.user.0, m.group.0), id));
        Ok(())
    })?;
    let mut reviews = Vec::with_capacity(src.count(tables::REVIEWS)?);
    src.each(tables::REVIEWS, &mut |id, bytes| {
        let r = Review::access(bytes)?;
        reviews.push(((r.loan.to_native().0, r.reviewer.to_native().0), id));
        Ok(())
    })?;
    let mut achievements = Vec::new();
    each_record::<Achievement>(src, tables::ACHIEVEMENTS, |id, a| {
        achievements.push((a.badge.0, id));
        Ok(())
    })?;
    for v in [
        &mut usernames,
        &mut emails,
        &mut group_slugs,
        &mut badge_slugs,
    ] {
        v.sort_unstable();
    }
    for v in [&mut by_group, &mut by_user, &mut reviews] {
        v.sort_unstable();
    }
    achievements.sort_unstable();
    Ok(Indexes {
        usernames,
        emails,
        group_slugs,
        badge_slugs,
        membership_by_group: by_group,
        membership_by_user: by_user,
        review_by_loan: reviews,
        achievements_by_badge: achievements,
    })
}
