//! The read API: a [`Snapshot`] is one read transaction with the lookups pages, the JSON API,
//! the views' readers and the command line need, each a B-tree lookup or one range scan. A
//! request opens one (the viewer extractor does) and every part of its answer reads it, so a
//! page is consistent with itself and costs one transaction. Nothing outside `store` and
//! `views` names a table.

use redb::{
    ReadOnlyTable, ReadTransaction, ReadableDatabase, ReadableTable, ReadableTableMetadata,
    TableDefinition,
};

mod photos;
pub use photos::{PhotoStorage, USES_LOOKED_AT};

use super::codec::Stored;
use super::tables::*;
use super::tx::get;
use super::StoreError;
use crate::domain::conversation::{Message, Report, Thread};
use crate::domain::figures::Figures;
use crate::domain::invite::{Invitation, InviteLink};
use crate::domain::mail::{Choices, Mail, MailState};
use crate::domain::notice::Notice;
use crate::domain::privacy::ProfilePrivacy;
use crate::domain::records::{
    AccessToken, Achievement, Badge, BadgeId, BadgeText, Category, Extension, Group, GroupId, Id,
    Item, ItemDetails, ItemId, Loan, LoanId, Membership, Pk, PointsEntry, Review, Session, User,
    UserId,
};
use crate::domain::settings::Setting;
use crate::domain::time::Millis;
use crate::domain::zone::Zone;
use crate::store::commands::ReportKey;

/// One consistent view of the data file, with the L1 sequence read just before it opened: an
/// L1 entry built from it is tagged with that sequence (`cache`'s protocol).
pub struct Snapshot {
    txn: ReadTransaction,
    seq: u64,
    /// The instant the snapshot reads as of: which periods are "this week" and "this month"
    /// (the writer's clock, which tests may pin).
    now: Millis,
}

/// Row counts of the community, for the staff's overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub users: u64,
    pub groups: u64,
    pub items: u64,
    pub loans: u64,
    pub open_loans: u64,
    pub badges: u64,
}

impl Snapshot {
    /// Opens a snapshot of `db` (the server's, or a file opened read-only by a tool); `seq` is
    /// L1's sequence, read by the caller before this call (0 without an L1).
    pub fn open(db: &impl ReadableDatabase, seq: u64) -> Result<Snapshot, StoreError> {
        Ok(Snapshot {
            txn: db.begin_read()?,
            seq,
            now: crate::domain::time::now(),
        })
    }

    /// The snapshot as of instant `now` (the engine's clock).
    pub fn at(mut self, now: Millis) -> Snapshot {
        self.now = now;
        self
    }

    /// The instant the snapshot reads as of.
    pub fn now(&self) -> Millis {
        self.now
    }

    /// The L1 sequence read before this snapshot opened.
    pub fn seq(&self) -> u64 {
        self.seq
    }

    /// The transaction itself, for the views' readers (`views::read`, `views::personal`).
    pub(crate) fn txn(&self) -> &ReadTransaction {
        &self.txn
    }

    fn record<T: Stored>(&self, table: Records, id: impl Pk) -> Result<Option<T>, StoreError> {
        get(&self.txn.open_table(table)?, id.pk())
    }

    /// A record of a table kept beside the records, which a file no release with it has
    /// opened lacks (read-only tools open such files as they are).
    fn beside<T: Stored>(&self, table: Records, id: impl Pk) -> Result<Option<T>, StoreError> {
        match optional(&self.txn, table)? {
            Some(t) => get(&t, id.pk()),
            None => Ok(None),
        }
    }

    fn id_by_name<I: Pk>(&self, index: NameIndex, name: &str) -> Result<Option<I>, StoreError> {
        Ok(self
            .txn
            .open_table(index)?
            .get(name)?
            .map(|v| I::of_pk(v.value())))
    }

    /// The second parts of every `(first, second)` key of a pair set, ascending.
    fn listed<J: Pk>(&self, table: PairSet, first: impl Pk) -> Result<Vec<J>, StoreError> {
        let (t, first) = (self.txn.open_table(table)?, first.pk());
        let mut out = Vec::new();
        for row in t.range((first, 0)..=(first, u64::MAX))? {
            out.push(J::of_pk(row?.0.value().1));
        }
        Ok(out)
    }

    /// `(second, record)` of every `(first, second)` key of a pair index, ascending by second.
    fn indexed<J: Pk, T: Stored>(
        &self,
        index: PairIndex,
        records: Records,
        first: impl Pk,
    ) -> Result<Vec<(J, T)>, StoreError> {
        let (t, first) = (self.txn.open_table(index)?, first.pk());
        let mut out = Vec::new();
        for row in t.range((first, 0)..=(first, u64::MAX))? {
            let (k, v) = row?;
            if let Some(r) = self.record::<T>(records, v.value())? {
                out.push((J::of_pk(k.value().1), r));
            }
        }
        Ok(out)
    }

    /// Every record of a small base table (categories, badges, groups), in pk order.
    fn all<I: Pk, T: Stored>(&self, table: Records) -> Result<Vec<(I, T)>, StoreError> {
        let t = self.txn.open_table(table)?;
        let mut out = Vec::new();
        for row in t.iter()? {
            let (k, v) = row?;
            out.push((I::of_pk(k.value()), T::decode(v.value())?));
        }
        Ok(out)
    }

    fn len<K: redb::Key + 'static, V: redb::Value + 'static>(
        &self,
        table: TableDefinition<'static, K, V>,
    ) -> Result<u64, StoreError> {
        Ok(self.txn.open_table(table)?.len()?)
    }

    // -- one record by id ---------------------------------------------------------------------

    pub fn user(&self, id: UserId) -> Result<Option<User>, StoreError> {
        self.record(USERS, id)
    }

    /// Whether `id` is an active account (read in place: nothing of the user is copied).
    pub fn is_active(&self, id: UserId) -> Result<bool, StoreError> {
        let t = self.txn.open_table(USERS)?;
        Ok(match t.get(id.0)? {
            Some(v) => User::access(v.value())?.is_active,
            None => false,
        })
    }

    pub fn group(&self, id: GroupId) -> Result<Option<Group>, StoreError> {
        self.record(GROUPS, id)
    }

    pub fn item(&self, id: ItemId) -> Result<Option<Item>, StoreError> {
        self.record(ITEMS, id)
    }

    pub fn loan(&self, id: LoanId) -> Result<Option<Loan>, StoreError> {
        self.record(LOANS, id)
    }

    pub fn category(&self, id: Id) -> Result<Option<Category>, StoreError> {
        self.record(CATEGORIES, id)
    }

    pub fn badge(&self, id: BadgeId) -> Result<Option<Badge>, StoreError> {
        self.record(BADGES, id)
    }

    pub fn achievement(&self, id: Id) -> Result<Option<Achievement>, StoreError> {
        self.record(ACHIEVEMENTS, id)
    }

    /// A user's figures ([`Figures::starting`] before their first counted act).
    pub fn figures(&self, user: UserId) -> Result<Figures, StoreError> {
        Ok(self
            .record::<Figures>(FIGURES, user)?
            .unwrap_or_else(Figures::starting))
    }

    // -- by a unique name -----------------------------------------------------------------------

    /// The user with this username, in any case.
    pub fn user_id_by_username(&self, username: &str) -> Result<Option<UserId>, StoreError> {
        self.id_by_name(USERNAMES, &username.to_ascii_lowercase())
    }

    /// The user with this email (compared lower-cased, as it is indexed).
    pub fn user_id_by_email(&self, email: &str) -> Result<Option<UserId>, StoreError> {
        self.id_by_name(EMAILS, &email.to_lowercase())
    }

    pub fn group_id_by_slug(&self, slug: &str) -> Result<Option<GroupId>, StoreError> {
        self.id_by_name(GROUP_SLUGS, slug)
    }

    pub fn badge_id_by_slug(&self, slug: &str) -> Result<Option<BadgeId>, StoreError> {
        self.id_by_name(BADGE_SLUGS, slug)
    }

    /// Up to `limit` users whose username starts with `prefix` (any case), in username order.
    pub fn users_from(
        &self,
        prefix: &str,
        limit: usize,
    ) -> Result<Vec<(UserId, User)>, StoreError> {
        let folded = prefix.to_ascii_lowercase();
        let index = self.txn.open_table(USERNAMES)?;
        let mut out = Vec::new();
        for row in index.range(folded.as_str()..)? {
            let (name, id) = row?;
            if !name.value().starts_with(folded.as_str()) || out.len() == limit {
                break;
            }
            let id = UserId(id.value());
            if let Some(u) = self.user(id)? {
                out.push((id, u));
            }
        }
        Ok(out)
    }

    // -- lists ------------------------------------------------------------------------------------

    /// Every group (the list page filters and pages it; groups are few next to items).
    pub fn groups(&self) -> Result<Vec<(GroupId, Group)>, StoreError> {
        self.all(GROUPS)
    }

    pub fn categories(&self) -> Result<Vec<(Id, Category)>, StoreError> {
        self.all(CATEGORIES)
    }

    pub fn badges(&self) -> Result<Vec<(BadgeId, Badge)>, StoreError> {
        self.all(BADGES)
    }

    /// A badge's achievements (its rules), in pk order.
    pub fn achievements_of(&self, badge: BadgeId) -> Result<Vec<(Id, Achievement)>, StoreError> {
        let mut out = Vec::new();
        for id in self.listed(ACHIEVEMENTS_BY_BADGE, badge)? {
            if let Some(a) = self.achievement(id)? {
                out.push((id, a));
            }
        }
        Ok(out)
    }

    /// How many members earned a badge.
    pub fn badge_total(&self, badge: BadgeId) -> Result<u64, StoreError> {
        Ok(self
            .txn
            .open_table(BADGE_TOTALS)?
            .get(badge.0)?
            .map_or(0, |v| v.value()))
    }

    /// A user's membership of a group, if any.
    /// A membership record by its id.
    pub fn membership_by_id(&self, id: u64) -> Result<Option<Membership>, StoreError> {
        self.record(MEMBERSHIPS, id)
    }

    /// The id of `user`'s membership record in `group` (whatever its status).
    pub fn membership_id(&self, group: GroupId, user: UserId) -> Result<Option<u64>, StoreError> {
        Ok(self
            .txn
            .open_table(MEMBERSHIP_BY_GROUP)?
            .get((group.0, user.0))?
            .map(|id| id.value()))
    }

    pub fn membership(
        &self,
        group: GroupId,
        user: UserId,
    ) -> Result<Option<Membership>, StoreError> {
        match self
            .txn
            .open_table(MEMBERSHIP_BY_GROUP)?
            .get((group.0, user.0))?
        {
            Some(id) => self.record(MEMBERSHIPS, id.value()),
            None => Ok(None),
        }
    }

    /// `(user, membership)` of every membership of a group, by user id.
    pub fn members_of(&self, group: GroupId) -> Result<Vec<(UserId, Membership)>, StoreError> {
        self.indexed(MEMBERSHIP_BY_GROUP, MEMBERSHIPS, group)
    }

    /// `(group, membership)` of every membership of a user, by group id.
    pub fn memberships_of(&self, user: UserId) -> Result<Vec<(GroupId, Membership)>, StoreError> {
        self.indexed(MEMBERSHIP_BY_USER, MEMBERSHIPS, user)
    }

    /// The items an owner shares, ascending by id.
    pub fn items_of(&self, owner: UserId) -> Result<Vec<ItemId>, StoreError> {
        self.listed(ITEMS_BY_OWNER, owner)
    }

    /// The items listed in a group, ascending by id.
    pub fn items_in(&self, group: GroupId) -> Result<Vec<ItemId>, StoreError> {
        self.listed(ITEMS_BY_GROUP, group)
    }

    /// The items listed in a group, newest first, read lazily (a page stops when it is full).
    pub fn items_in_newest_first(
        &self,
        group: GroupId,
    ) -> Result<impl Iterator<Item = Result<ItemId, StoreError>>, StoreError> {
        let range = self
            .txn
            .open_table(ITEMS_BY_GROUP)?
            .range((group.0, 0)..=(group.0, u64::MAX))?;
        Ok(range.rev().map(|row| Ok(ItemId(row?.0.value().1))))
    }

    /// Every item, newest first, read lazily (callers bound how many they look at).
    pub fn items_newest_first(
        &self,
    ) -> Result<impl Iterator<Item = Result<(ItemId, Item), StoreError>>, StoreError> {
        let range = self.txn.open_table(ITEMS)?.range::<u64>(..)?;
        Ok(range.rev().map(|row| {
            let (k, v) = row?;
            Ok((ItemId(k.value()), Item::decode(v.value())?))
        }))
    }

    /// The loans a user is lender or borrower of, ascending by id.
    pub fn loans_of(&self, user: UserId) -> Result<Vec<LoanId>, StoreError> {
        self.listed(LOANS_BY_USER, user)
    }

    /// The loans of an item, ascending by id.
    pub fn loans_of_item(&self, item: ItemId) -> Result<Vec<LoanId>, StoreError> {
        self.listed(LOANS_BY_ITEM, item)
    }

    /// Every loan, in pk order: for checks over the whole community (the command line,
    /// tests). Pages read one member's or one item's loans instead.
    pub fn loans(&self) -> Result<Vec<(LoanId, Loan)>, StoreError> {
        self.all(LOANS)
    }

    /// The one loan holding an item now (approved, active or returned awaiting confirmation).
    pub fn open_loan_of(&self, item: ItemId) -> Result<Option<LoanId>, StoreError> {
        Ok(self
            .txn
            .open_table(OPEN_LOANS)?
            .get(item.0)?
            .map(|v| LoanId(v.value())))
    }

    /// Every loan holding its item now, with the loan.
    pub fn open_loans(&self) -> Result<Vec<(LoanId, Loan)>, StoreError> {
        let mut out = Vec::new();
        for row in self.txn.open_table(OPEN_LOANS)?.iter()? {
            let id = LoanId(row?.1.value());
            if let Some(l) = self.loan(id)? {
                out.push((id, l));
            }
        }
        Ok(out)
    }

    /// A member's earned badges, newest first: (badge, earned_at), secret and inactive ones
    /// included (for the member's own data).
    pub fn user_badges_of(&self, user: UserId) -> Result<Vec<(BadgeId, Millis)>, StoreError> {
        let t = self.txn.open_table(USER_BADGE_LIST)?;
        let mut out = Vec::new();
        for row in t.range((user.0, 0, 0)..=(user.0, u64::MAX, u64::MAX))? {
            let (k, badge) = row?;
            out.push((BadgeId(badge.value()), undesc(k.value().1)));
        }
        Ok(out)
    }

    /// A member's points entries, oldest first. The ledger has no index by member: this reads
    /// it whole, for the rare download of a member's own data.
    pub fn points_of(&self, user: UserId) -> Result<Vec<PointsEntry>, StoreError> {
        let t = self.txn.open_table(POINTS)?;
        let mut out = Vec::new();
        for row in t.iter()? {
            let (_, v) = row?;
            let p = PointsEntry::access(v.value())?;
            if p.user.to_native() == user {
                out.push(PointsEntry::decode(v.value())?);
            }
        }
        Ok(out)
    }

    /// Whether a member shows their email to the other person of each of their loans.
    pub fn shows_email_on_loans(&self, user: UserId) -> Result<bool, StoreError> {
        Ok(match optional(&self.txn, EMAIL_ON_LOANS)? {
            Some(t) => t.get(user.0)?.is_some(),
            None => false,
        })
    }

    /// An invitation link by its code.
    pub fn invite_link(&self, code: &str) -> Result<Option<InviteLink>, StoreError> {
        match optional(&self.txn, INVITE_LINKS)? {
            Some(t) => t
                .get(code)?
                .map(|v| InviteLink::decode(v.value()))
                .transpose(),
            None => Ok(None),
        }
    }

    /// A group's invitation links with their codes, by code.
    pub fn invite_links_of(&self, group: GroupId) -> Result<Vec<(String, InviteLink)>, StoreError> {
        let mut codes = Vec::new();
        if let Some(t) = optional(&self.txn, INVITE_LINKS_BY_GROUP)? {
            for row in t.range((group.0, "")..)? {
                let (k, _) = row?;
                let (g, code) = k.value();
                if g != group.0 {
                    break;
                }
                codes.push(code.to_string());
            }
        }
        let mut out = Vec::new();
        for code in codes {
            if let Some(link) = self.invite_link(&code)? {
                out.push((code, link));
            }
        }
        Ok(out)
    }

    /// The invitations by name waiting for `user`, by group.
    pub fn invitations_of(&self, user: UserId) -> Result<Vec<(GroupId, Invitation)>, StoreError> {
        let mut out = Vec::new();
        if let Some(t) = optional(&self.txn, INVITATIONS)? {
            for row in t.range((user.0, 0)..=(user.0, u64::MAX))? {
                let (k, v) = row?;
                out.push((GroupId(k.value().1), Invitation::decode(v.value())?));
            }
        }
        Ok(out)
    }

    /// The members invited by name to `group` who have not answered, by user id.
    pub fn invited_to(&self, group: GroupId) -> Result<Vec<UserId>, StoreError> {
        let mut out = Vec::new();
        if let Some(t) = optional(&self.txn, INVITATIONS_BY_GROUP)? {
            for row in t.range((group.0, 0)..=(group.0, u64::MAX))? {
                out.push(UserId(row?.0.value().1));
            }
        }
        Ok(out)
    }

    /// When the account was deleted, for a former member.
    pub fn deleted_at(&self, user: UserId) -> Result<Option<Millis>, StoreError> {
        Ok(match optional(&self.txn, FORMER_MEMBERS)? {
            Some(t) => t.get(user.0)?.map(|v| v.value()),
            None => None,
        })
    }

    /// How many notifications `user` has not read (one lookup: the header's count).
    pub fn unread_count(&self, user: UserId) -> Result<u64, StoreError> {
        Ok(match optional(&self.txn, NOTICES)? {
            Some(t) => t
                .get((user.0, UNREAD_COUNT))?
                .map_or(0, |v| count_of(v.value())),
            None => 0,
        })
    }

    /// A page of `user`'s notifications, newest first: `skip` of them passed over, at most
    /// `take` returned, each with its number; and whether more follow.
    pub fn notices_of(
        &self,
        user: UserId,
        skip: usize,
        take: usize,
    ) -> Result<(Vec<(u64, Notice)>, bool), StoreError> {
        let Some(t) = optional(&self.txn, NOTICES)? else {
            return Ok((Vec::new(), false));
        };
        let mut out = Vec::new();
        let mut rows = t
            .range((user.0, 1)..(user.0, UNREAD_COUNT))?
            .rev()
            .skip(skip);
        for row in rows.by_ref().take(take) {
            let (k, v) = row?;
            out.push((k.value().1, Notice::decode(v.value())?));
        }
        Ok((out, rows.next().is_some()))
    }

    /// One of `user`'s notifications.
    pub fn notice(&self, user: UserId, number: u64) -> Result<Option<Notice>, StoreError> {
        if number == UNREAD_COUNT {
            return Ok(None);
        }
        Ok(match optional(&self.txn, NOTICES)? {
            Some(t) => t
                .get((user.0, number))?
                .map(|v| Notice::decode(v.value()))
                .transpose()?,
            None => None,
        })
    }

    /// A page of a conversation, newest page first (`skip` of its newest passed over, at most
    /// `take` returned), oldest first within the page, each with its number; and whether
    /// older messages remain.
    pub fn messages(
        &self,
        thread: Thread,
        skip: usize,
        take: usize,
    ) -> Result<(Vec<(u64, Message)>, bool), StoreError> {
        let Some(t) = optional(&self.txn, MESSAGES)? else {
            return Ok((Vec::new(), false));
        };
        let (kind, id) = thread.key();
        let mut rows = t
            .range((kind, id, 1)..=(kind, id, u64::MAX))?
            .rev()
            .skip(skip);
        let mut out = Vec::new();
        for row in rows.by_ref().take(take) {
            let (k, v) = row?;
            out.push((k.value().2, Message::decode(v.value())?));
        }
        out.reverse();
        Ok((out, rows.next().is_some()))
    }

    /// One message of a conversation.
    pub fn message(&self, thread: Thread, number: u64) -> Result<Option<Message>, StoreError> {
        let (kind, id) = thread.key();
        Ok(match optional(&self.txn, MESSAGES)? {
            Some(t) => t
                .get((kind, id, number))?
                .map(|v| Message::decode(v.value()))
                .transpose()?,
            None => None,
        })
    }

    /// Every report, those still open first, newest first within each.
    pub fn reports(&self) -> Result<Vec<(ReportKey, Report)>, StoreError> {
        let Some(t) = optional(&self.txn, REPORTS)? else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for row in t.iter()? {
            let (k, v) = row?;
            out.push((k.value(), Report::decode(v.value())?));
        }
        out.sort_by_key(|(_, r)| (r.closed_by.is_some(), std::cmp::Reverse(r.created_at)));
        Ok(out)
    }

    /// Whether `reporter` already reported message `number` of `thread`.
    pub fn reported(
        &self,
        thread: Thread,
        number: u64,
        reporter: UserId,
    ) -> Result<bool, StoreError> {
        let (kind, id) = thread.key();
        Ok(match optional(&self.txn, REPORTS)? {
            Some(t) => t.get((kind, id, number, reporter.0))?.is_some(),
            None => false,
        })
    }

    /// A member's e-mail choices (every default until they choose).
    pub fn mail_choices(&self, user: UserId) -> Result<Choices, StoreError> {
        Ok(match optional(&self.txn, MAIL_CHOICES)? {
            Some(t) => t
                .get(user.0)?
                .map_or_else(Choices::default, |v| Choices::from_bytes(v.value())),
            None => Choices::default(),
        })
    }

    /// Queued mails due by `now`, the longest waiting first, at most `take`.
    pub fn due_mails(&self, now: Millis, take: usize) -> Result<Vec<(u64, Mail)>, StoreError> {
        let (Some(due), Some(outbox)) = (
            optional(&self.txn, OUTBOX_DUE)?,
            optional(&self.txn, OUTBOX)?,
        ) else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for row in due.range(..=(now, u64::MAX))?.take(take) {
            let id = row?.0.value().1;
            if let Some(v) = outbox.get(id)? {
                out.push((id, Mail::decode(v.value())?));
            }
        }
        Ok(out)
    }

    /// When the next queued mail is due, if any is.
    pub fn next_mail_at(&self) -> Result<Option<Millis>, StoreError> {
        Ok(match optional(&self.txn, OUTBOX_DUE)? {
            Some(t) => t.first()?.map(|(k, _)| k.value().0),
            None => None,
        })
    }

    /// The outbox for the staff page: how many mails are queued, sent and given up (and of
    /// the queued, how many were refused at least once), and the newest `take`.
    pub fn outbox(&self, take: usize) -> Result<(OutboxCounts, Vec<(u64, Mail)>), StoreError> {
        let mut counts = OutboxCounts::default();
        let mut newest = Vec::new();
        let Some(t) = optional(&self.txn, OUTBOX)? else {
            return Ok((counts, newest));
        };
        for (i, row) in t.iter()?.rev().enumerate() {
            let (k, v) = row?;
            let mail = Mail::decode(v.value())?;
            match mail.state {
                MailState::Queued if mail.attempts > 0 => counts.failing += 1,
                MailState::Queued => counts.queued += 1,
                MailState::Sent => counts.sent += 1,
                MailState::Failed => counts.failed += 1,
            }
            if i < take {
                newest.push((k.value(), mail));
            }
        }
        Ok((counts, newest))
    }

    /// One of the site's keys (`EnsureSiteKey`).
    pub fn site_key(&self, name: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(match optional(&self.txn, SITE_KEYS)? {
            Some(t) => t.get(name)?.map(|v| v.value().to_vec()),
            None => None,
        })
    }

    /// The time zone a member chose, if they chose one.
    pub fn time_zone_of(&self, user: UserId) -> Result<Option<String>, StoreError> {
        Ok(match optional(&self.txn, USER_TIME_ZONES)? {
            Some(t) => t.get(user.0)?.map(|v| v.value().to_string()),
            None => None,
        })
    }

    /// Badge `b` (number `id`) as members reading `lang` see it: its name and description as
    /// staff wrote them for that language, where they did.
    pub fn badge_in(
        &self,
        id: BadgeId,
        mut b: Badge,
        lang: crate::i18n::Lang,
    ) -> Result<Badge, StoreError> {
        if let Some(t) = self.badge_text(id, lang)? {
            if !t.name.is_empty() {
                b.name = t.name;
            }
            if !t.description.is_empty() {
                b.description = t.description;
            }
        }
        Ok(b)
    }

    /// A badge's words in `lang`, if staff wrote any.
    pub fn badge_text(
        &self,
        id: BadgeId,
        lang: crate::i18n::Lang,
    ) -> Result<Option<BadgeText>, StoreError> {
        match optional(&self.txn, BADGE_TEXTS)? {
            Some(t) => t
                .get((id.0, lang.tag()))?
                .map(|v| BadgeText::decode(v.value()))
                .transpose(),
            None => Ok(None),
        }
    }

    /// The language a member chose for the site's pages, if they chose one.
    pub fn language_of(&self, user: UserId) -> Result<Option<crate::i18n::Lang>, StoreError> {
        Ok(match optional(&self.txn, USER_LANGUAGES)? {
            Some(t) => t
                .get(user.0)?
                .and_then(|v| crate::i18n::Lang::of_tag(v.value())),
            None => None,
        })
    }

    /// The zone to show `viewer` dates and times in: their own, else the site's (UTC when
    /// staff chose none).
    pub fn zone_for(&self, viewer: Option<UserId>) -> Result<Zone, StoreError> {
        let own = match viewer {
            Some(u) => self.time_zone_of(u)?,
            None => None,
        };
        let name = match own {
            Some(n) => Some(n),
            None => self.setting(Setting::TimeZone.key())?,
        };
        Ok(Zone::stored(name.as_deref()))
    }

    /// A member's profile privacy (the default when they never chose).
    pub fn privacy_of(&self, user: UserId) -> Result<ProfilePrivacy, StoreError> {
        Ok(match optional(&self.txn, PROFILE_PRIVACY)? {
            Some(t) => t.get(user.0)?.map(|v| ProfilePrivacy::unpacked(v.value())),
            None => None,
        }
        .unwrap_or_default())
    }

    /// The username a move from Comuniza changed for this user, until they are told.
    pub fn renamed_from(&self, user: UserId) -> Result<Option<String>, StoreError> {
        Ok(match optional(&self.txn, RENAMED)? {
            Some(t) => t.get(user.0)?.map(|v| v.value().to_string()),
            None => None,
        })
    }

    /// Comuniza's details of an item (author, ISBN, ...), when it has them.
    pub fn item_details(&self, item: ItemId) -> Result<Option<ItemDetails>, StoreError> {
        self.beside(ITEM_DETAILS, item)
    }

    /// A loan's latest extension, if it ever had one.
    pub fn extension(&self, loan: LoanId) -> Result<Option<Extension>, StoreError> {
        self.beside(EXTENSIONS, loan)
    }

    /// The requests waiting for an item (still `requested`), in queue order (loan id), with
    /// who asked: `domain::loan::queue_position` counts places in it.
    pub fn queue_of(&self, item: ItemId) -> Result<Vec<(LoanId, UserId)>, StoreError> {
        let t = self.txn.open_table(OPEN_REQUESTS)?;
        let mut out = Vec::new();
        for row in t.range((item.0, 0, 0)..=(item.0, u64::MAX, u64::MAX))? {
            let (_, borrower, loan) = row?.0.value();
            out.push((LoanId(loan), UserId(borrower)));
        }
        out.sort_unstable();
        Ok(out)
    }

    /// The reviews of a loan (one per reviewer at most), by reviewer id.
    pub fn reviews_of(&self, loan: LoanId) -> Result<Vec<(UserId, Review)>, StoreError> {
        self.indexed(REVIEW_BY_LOAN, REVIEWS, loan)
    }

    // -- period boards (issue 20) -----------------------------------------------------------

    /// The site's time zone, which periods are counted in.
    pub fn site_zone(&self) -> Result<Zone, StoreError> {
        crate::views::periods::site_zone(optional(&self.txn, SETTINGS)?.as_ref())
    }

    /// The first `n` of a board of `scope` (`periods::SITE` or a group) in `slot` (a
    /// period's, or `periods::ALL_TIME` for a group's): (user, username, score), best first.
    pub fn period_top(
        &self,
        board: crate::domain::boards::Board,
        slot: crate::views::periods::Slot,
        scope: u64,
        n: usize,
    ) -> Result<Vec<(UserId, String, i64)>, StoreError> {
        use crate::views::periods::row_key;
        let Some(rows) = optional(&self.txn, PERIOD_BOARDS)? else {
            return Ok(Vec::new());
        };
        let first = row_key(board, slot, scope, i64::MAX, UserId(0));
        let last = row_key(board, slot, scope, i64::MIN, UserId(u64::MAX));
        let mut out = Vec::with_capacity(n);
        for row in rows.range(first..=last)?.take(n) {
            let (k, v) = row?;
            let k = k.value();
            let score = crate::domain::boards::undescending(k.4);
            out.push((UserId(k.5), v.value().to_string(), score));
        }
        Ok(out)
    }

    /// A member's score in a period (0: they have none there).
    pub fn period_score(
        &self,
        board: crate::domain::boards::Board,
        span: crate::domain::periods::Span,
        user: UserId,
    ) -> Result<i64, StoreError> {
        let key = crate::views::periods::score_key(board, span, user);
        Ok(match optional(&self.txn, PERIOD_SCORES)? {
            Some(t) => t.get(key)?.map_or(0, |v| v.value()),
            None => 0,
        })
    }

    // -- site ---------------------------------------------------------------------------------------

    /// A site setting's stored value (`None`: not set).
    pub fn setting(&self, name: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .txn
            .open_table(SETTINGS)?
            .get(name)?
            .map(|v| v.value().to_string()))
    }

    /// Several settings read through one opening of their table (the page chrome reads the
    /// site's name and language for every request).
    pub fn settings<const N: usize>(
        &self,
        names: [&str; N],
    ) -> Result<[Option<String>; N], StoreError> {
        let table = self.txn.open_table(SETTINGS)?;
        let mut out = [const { None }; N];
        for (slot, name) in out.iter_mut().zip(names) {
            *slot = table.get(name)?.map(|v| v.value().to_string());
        }
        Ok(out)
    }

    /// Whether the site has no account yet (the first run).
    pub fn has_no_users(&self) -> Result<bool, StoreError> {
        Ok(self.txn.open_table(USERS)?.is_empty()?)
    }

    pub fn user_count(&self) -> Result<u64, StoreError> {
        self.len(USERS)
    }

    /// Members on the boards: the active users.
    pub fn ranked_members(&self) -> Result<u64, StoreError> {
        self.len(BOARDS[0])
    }

    pub fn counts(&self) -> Result<Counts, StoreError> {
        Ok(Counts {
            users: self.len(USERS)?,
            groups: self.len(GROUPS)?,
            items: self.len(ITEMS)?,
            loans: self.len(LOANS)?,
            open_loans: self.len(OPEN_LOANS)?,
            badges: self.len(BADGES)?,
        })
    }

    // -- sign-in ------------------------------------------------------------------------------------

    /// The session a cookie's digest names.
    pub fn session(&self, digest: &[u8]) -> Result<Option<Session>, StoreError> {
        self.secret(SESSIONS, digest)
    }

    /// The access token a digest names.
    pub fn token(&self, digest: &[u8]) -> Result<Option<AccessToken>, StoreError> {
        self.secret(TOKENS, digest)
    }

    fn secret<T: Stored>(
        &self,
        table: TableDefinition<'static, &'static [u8], &'static [u8]>,
        digest: &[u8],
    ) -> Result<Option<T>, StoreError> {
        match self.txn.open_table(table)?.get(digest)? {
            Some(v) => Ok(Some(T::decode(v.value())?)),
            None => Ok(None),
        }
    }

    /// A user's access tokens, with their digests.
    pub fn tokens_of(&self, user: UserId) -> Result<Vec<(Vec<u8>, AccessToken)>, StoreError> {
        let mut out = Vec::new();
        for digest in secrets_of(&self.txn.open_table(TOKENS_BY_USER)?, user.0)? {
            if let Some(t) = self.token(&digest)? {
                out.push((digest, t));
            }
        }
        Ok(out)
    }

    /// How many sessions a user has open.
    pub fn session_count_of(&self, user: UserId) -> Result<usize, StoreError> {
        Ok(secrets_of(&self.txn.open_table(SESSIONS_BY_USER)?, user.0)?.len())
    }
}

/// The secret digests a user holds in a `(user, digest)` index (sessions, tokens), on a read
/// or a write transaction's table.
/// A table a data file may lack (kept beside the records by a later release than the one
/// that wrote the file): `None` then, for readers that treat it as empty.
/// The outbox's mails by where they stand (`Snapshot::outbox`).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct OutboxCounts {
    pub queued: u64,
    /// Queued again after a refusal.
    pub failing: u64,
    pub sent: u64,
    pub failed: u64,
}

/// An unread count as [`NOTICES`] keeps it: its head row's first 8 bytes, little-endian.
pub fn count_of(bytes: &[u8]) -> u64 {
    bytes
        .get(..8)
        .and_then(|b| b.try_into().ok())
        .map_or(0, u64::from_le_bytes)
}

pub fn optional<K: redb::Key + 'static, V: redb::Value + 'static>(
    txn: &ReadTransaction,
    def: TableDefinition<'static, K, V>,
) -> Result<Option<ReadOnlyTable<K, V>>, StoreError> {
    match txn.open_table(def) {
        Ok(t) => Ok(Some(t)),
        Err(redb::TableError::TableDoesNotExist(_)) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

pub fn secrets_of(
    by_user: &impl ReadableTable<(u64, &'static [u8]), ()>,
    user: u64,
) -> Result<Vec<Vec<u8>>, StoreError> {
    let lo: (u64, &[u8]) = (user, &[]);
    let mut out = Vec::new();
    for row in by_user.range(lo..)? {
        let (k, _) = row?;
        let (u, digest) = k.value();
        if u != user {
            break;
        }
        out.push(digest.to_vec());
    }
    Ok(out)
}
