//! The write context: every table opened once per batch on the writer's transaction, typed
//! record helpers, and the effects a command leaves for after the commit (which L1 keys to
//! evict, how board scores moved for the in-memory rank index).

use redb::{ReadableTable, Table, WriteTransaction};

use std::marker::PhantomData;

use super::codec::Stored;
use super::tables;
use super::tables::*;
use super::StoreError;
use crate::cache::ViewKey;
use crate::domain::boards::Board;
use crate::domain::figures::Figures;
use crate::domain::photo::{Photo, Photos};
use crate::domain::privacy::ProfilePrivacy;
use crate::domain::records::{
    Achievement, Badge, BadgeId, Category, Extension, Group, GroupId, Id, Item, ItemDetails,
    ItemId, Loan, LoanId, Membership, Pk, PointsEntry, Review, Stamped, Stamps, User, UserBadge,
    UserId,
};
use crate::domain::time::Millis;
use crate::views::periods::{Member, PeriodViews};

type PairIndexTable<'t> = Table<'t, (u64, u64), u64>;
type PairSetTable<'t> = Table<'t, (u64, u64), ()>;

/// What a batch must do once it is durable.
#[derive(Debug, Default)]
pub struct Effects {
    /// L1 keys whose content changed.
    pub keys: Vec<ViewKey>,
    /// (board, score before, score after) of users entering, leaving or moving on a board.
    pub rank_moves: Vec<(Board, Option<i64>, Option<i64>)>,
    /// The same on the period boards.
    pub period_moves: Vec<crate::views::standings::PeriodMove>,
    /// The period boards were counted again: their rank indexes are loaded anew.
    pub periods_recounted: bool,
    /// A period ended: the slots of the periods kept now, whose boards' rank indexes alone
    /// stay in memory.
    pub periods_kept: Option<Vec<crate::views::periods::Slot>>,
    /// Badges or achievements changed: the writer reloads its rule book.
    pub rules_changed: bool,
    /// A change every user view shows (a badge renamed or switched off).
    pub evict_all_users: bool,
    /// Members whose notifications changed (told something, or read some): their open pages
    /// hear of it (`http::live`).
    pub told: Vec<UserId>,
    /// A conversation that has a new message.
    pub threads: Vec<(u8, u64)>,
    /// A mail was queued: the mailer wakes.
    pub mail_queued: bool,
}

impl Effects {
    pub fn evict(&mut self, key: ViewKey) {
        if !self.keys.contains(&key) {
            self.keys.push(key);
        }
    }

    pub fn append(&mut self, other: Effects) {
        for k in other.keys {
            self.evict(k);
        }
        self.rank_moves.extend(other.rank_moves);
        self.period_moves.extend(other.period_moves);
        self.periods_recounted |= other.periods_recounted;
        if other.periods_kept.is_some() {
            self.periods_kept = other.periods_kept;
        }
        self.rules_changed |= other.rules_changed;
        self.evict_all_users |= other.evict_all_users;
        for u in other.told {
            self.tell(u);
        }
        for t in other.threads {
            if !self.threads.contains(&t) {
                self.threads.push(t);
            }
        }
        self.mail_queued |= other.mail_queued;
    }

    /// Notes that `user`'s notifications changed.
    pub fn tell(&mut self, user: UserId) {
        if !self.told.contains(&user) {
            self.told.push(user);
        }
    }
}

/// A table of one record type by pk, on the writer's transaction: [`Records::get`] and
/// [`Records::put`] read and write that type only, so a loan cannot be written into the items
/// table. Other operations (`remove`, `first`, ranges) reach the redb table underneath.
pub struct Records<'t, I, T> {
    table: Table<'t, u64, &'static [u8]>,
    record: PhantomData<fn(I) -> T>,
}

impl<'t, I: Pk, T: Stored> Records<'t, I, T> {
    fn open(txn: &'t WriteTransaction, def: tables::Records) -> Result<Self, StoreError> {
        Ok(Records {
            table: txn.open_table(def)?,
            record: PhantomData,
        })
    }

    pub fn get(&self, id: I) -> Result<Option<T>, StoreError> {
        get(&self.table, id.pk())
    }

    pub fn put(&mut self, id: I, value: &T) -> Result<(), StoreError> {
        self.table.insert(id.pk(), value.encode().as_slice())?;
        Ok(())
    }

    /// Replaces a record by what `change` makes of the stored one (`None`: no row yet), in
    /// one walk down the tree where a `get` and a `put` take two; answers what `change`
    /// answers beside the new record. Nothing is written if `change` fails.
    pub fn change<R>(
        &mut self,
        id: I,
        change: impl FnOnce(Option<T>) -> Result<(T, R), StoreError>,
    ) -> Result<R, StoreError> {
        change_stored(&mut self.table, &id.pk(), change)
    }
}

impl<'t, I, T> std::ops::Deref for Records<'t, I, T> {
    type Target = Table<'t, u64, &'static [u8]>;

    fn deref(&self) -> &Self::Target {
        &self.table
    }
}

impl<I, T> std::ops::DerefMut for Records<'_, I, T> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.table
    }
}

/// The view tables of the writer's transaction and the batch's effects: all that view
/// maintenance (`views::maintain`) sees. Base records reach it only as values its caller
/// passes (a user's name and activity), so it cannot write one.
pub struct Views<'a, 't> {
    pub now: Millis,
    pub fx: &'a mut Effects,
    pub figures: &'a mut Records<'t, UserId, Figures>,
    pub boards: &'a mut [Table<'t, (u64, u64), &'static str>; 4],
    pub board_histogram: &'a mut Table<'t, (u8, i64), u64>,
    pub locations: &'a mut Table<'t, (&'static str, &'static str, &'static str, i64, i64), u64>,
    pub badge_totals: &'a mut Table<'t, u64, u64>,
    pub badge_earners: &'a mut Table<'t, (u64, u64, u64), u64>,
    pub user_badge_list: &'a mut Table<'t, (u64, u64, u64), u64>,
    /// (user, badge) -> user badge: which badges a user holds.
    pub user_badge_by_pair: &'a mut PairIndexTable<'t>,
}

/// Where a member's name, activity and groups are read from, beside the period boards.
pub struct MemberTables<'a, 't> {
    pub users: &'a Records<'t, UserId, User>,
    pub memberships: &'a Records<'t, Id, Membership>,
    pub by_user: &'a PairIndexTable<'t>,
    pub known: &'a KnownMembers,
}

/// Members as the period boards read them, remembered within one command: a loan return
/// reads its lender and borrower twice (their all-time moves, then their dated events), and
/// each read is a user's record, their memberships' index and each membership. Forgotten when
/// a command starts and whenever a user or a membership is written, so a member is never
/// older than the records they were read from.
#[derive(Debug, Default)]
pub struct KnownMembers(std::cell::RefCell<Vec<(UserId, Member)>>);

impl KnownMembers {
    /// A command reads a few members; one that touches many (a group deleted, a badge
    /// awarded to all) may read many, so only the latest few are kept.
    const KEPT: usize = 8;

    pub fn get(&self, user: UserId) -> Option<Member> {
        let known = self.0.borrow();
        known
            .iter()
            .find(|(u, _)| *u == user)
            .map(|(_, m)| m.clone())
    }

    pub fn keep(&self, user: UserId, member: &Member) {
        let mut known = self.0.borrow_mut();
        if known.len() == Self::KEPT {
            known.remove(0);
        }
        known.push((user, member.clone()));
    }

    pub fn forget(&self) {
        self.0.borrow_mut().clear();
    }
}

pub struct W<'t> {
    pub now: Millis,
    pub fx: Effects,
    /// Members the period boards read in this command (see [`KnownMembers`]).
    pub known_members: KnownMembers,
    /// Conversations and their reports: opened by the first command of a batch that uses them.
    pub messages: Lazy<'t, (u8, u64, u64), &'static [u8]>,
    pub reports: Lazy<'t, (u8, u64, u64, u64), &'static [u8]>,
    /// E-mail: written only while the host has a mail server configured (`mail_on`).
    pub mail_on: bool,
    pub mail_choices: Lazy<'t, u64, &'static [u8]>,
    pub outbox: Lazy<'t, u64, &'static [u8]>,
    pub outbox_due: Lazy<'t, (i64, u64), ()>,
    pub digest_waiting: Lazy<'t, (u64, u64), ()>,
    pub digest_day: Lazy<'t, u64, i32>,
    pub site_keys: Lazy<'t, &'static str, &'static [u8]>,
    /// Photos: opened by the first command of a batch that adds, moves or frees one.
    pub photo_blobs: Lazy<'t, &'static [u8], &'static [u8]>,
    pub photo_uses: Lazy<'t, (&'static [u8], u8, u64), ()>,
    pub item_photos: LazyRecords<'t, ItemId, Photos>,
    pub avatars: LazyRecords<'t, UserId, Photo>,
    pub photo_usage: Lazy<'t, u64, u64>,
    /// The search index (`views::search`): opened by the first command of a batch that
    /// changes what an item, group or member shows.
    pub search_blocks: Lazy<'t, (u8, &'static str, u16, u64), &'static [u8]>,
    pub search_terms: Lazy<'t, (u8, &'static str), u64>,
    pub search_docs: Lazy<'t, (u8, u64), &'static [u8]>,
    pub search_fresh: Lazy<'t, (u8, u64), &'static [u8]>,
    /// The period boards (`views::periods`): opened by the first command of a batch that
    /// dates points or a return, or moves a member on or off the boards.
    pub period_scores: Lazy<'t, crate::store::bytekeys::ScoreBytes, i64>,
    pub period_boards: Lazy<'t, crate::store::bytekeys::RowBytes, &'static str>,
    /// The hall of fame: written when a month is closed.
    pub hall_of_fame: Lazy<'t, HallKey, HallPlace>,
    pub hall_by_user: Lazy<'t, (u64, u64, i32), ()>,
    pub meta: Table<'t, &'static str, u64>,
    pub settings: Lazy<'t, &'static str, &'static str>,
    pub renamed: Lazy<'t, u64, &'static str>,
    /// Users are written through [`W::put_user`], and memberships (with their index
    /// `membership_by_user`) are followed by `known_members.forget()`: the period boards read
    /// members through that memory.
    pub users: Records<'t, UserId, User>,
    pub groups: Records<'t, GroupId, Group>,
    pub memberships: Records<'t, Id, Membership>,
    pub categories: LazyRecords<'t, Id, Category>,
    pub items: Records<'t, ItemId, Item>,
    pub loans: Records<'t, LoanId, Loan>,
    pub reviews: LazyRecords<'t, Id, Review>,
    pub extensions: LazyRecords<'t, LoanId, Extension>,
    pub item_details: LazyRecords<'t, ItemId, ItemDetails>,
    pub stamps: Table<'t, (u8, u64), &'static [u8]>,
    pub last_logins: Lazy<'t, u64, i64>,
    pub email_on_loans: Lazy<'t, u64, ()>,
    pub profile_privacy: Lazy<'t, u64, u8>,
    pub user_time_zones: Lazy<'t, u64, &'static str>,
    pub user_languages: Lazy<'t, u64, &'static str>,
    pub badge_texts: Lazy<'t, (u64, &'static str), &'static [u8]>,
    pub notices: Lazy<'t, (u64, u64), &'static [u8]>,
    pub reminders_sent: Lazy<'t, (u64, u64), i64>,
    pub former_members: Lazy<'t, u64, i64>,
    pub invite_links: Lazy<'t, &'static str, &'static [u8]>,
    pub invite_links_by_group: Lazy<'t, (u64, &'static str), ()>,
    pub invitations: Lazy<'t, (u64, u64), &'static [u8]>,
    pub invitations_by_group: Lazy<'t, (u64, u64), ()>,
    pub badges: LazyRecords<'t, BadgeId, Badge>,
    pub achievements: LazyRecords<'t, Id, Achievement>,
    pub user_badges: LazyRecords<'t, Id, UserBadge>,
    pub points: LazyRecords<'t, Id, PointsEntry>,
    pub usernames: Lazy<'t, &'static str, u64>,
    pub emails: Lazy<'t, &'static str, u64>,
    pub group_slugs: Lazy<'t, &'static str, u64>,
    pub badge_slugs: Lazy<'t, &'static str, u64>,
    pub membership_by_group: PairIndexTable<'t>,
    pub membership_by_user: PairIndexTable<'t>,
    pub review_by_loan: Lazy<'t, (u64, u64), u64>,
    pub user_badge_by_pair: PairIndexTable<'t>,
    pub achievements_by_badge: Lazy<'t, (u64, u64), ()>,
    pub figures: Records<'t, UserId, Figures>,
    pub boards: [Table<'t, (u64, u64), &'static str>; 4],
    pub board_histogram: Table<'t, (u8, i64), u64>,
    pub locations: Table<'t, (&'static str, &'static str, &'static str, i64, i64), u64>,
    pub badge_totals: Table<'t, u64, u64>,
    pub badge_earners: Table<'t, (u64, u64, u64), u64>,
    pub user_badge_list: Table<'t, (u64, u64, u64), u64>,
    pub items_by_group: PairSetTable<'t>,
    pub items_by_owner: PairSetTable<'t>,
    pub loans_by_user: PairSetTable<'t>,
    pub loans_by_item: PairSetTable<'t>,
    pub open_loans: Table<'t, u64, u64>,
    pub open_requests: Table<'t, (u64, u64, u64), ()>,
    pub sessions: Lazy<'t, &'static [u8], &'static [u8]>,
    pub sessions_by_user: Lazy<'t, (u64, &'static [u8]), ()>,
    pub tokens: Lazy<'t, &'static [u8], &'static [u8]>,
    pub tokens_by_user: Lazy<'t, (u64, &'static [u8]), ()>,
}

impl<'t> W<'t> {
    pub fn open(txn: &'t WriteTransaction, now: Millis) -> Result<W<'t>, StoreError> {
        Ok(W {
            now,
            fx: Effects::default(),
            known_members: KnownMembers::default(),
            messages: Lazy::new(txn, MESSAGES),
            reports: Lazy::new(txn, REPORTS),
            mail_on: false,
            mail_choices: Lazy::new(txn, MAIL_CHOICES),
            outbox: Lazy::new(txn, OUTBOX),
            outbox_due: Lazy::new(txn, OUTBOX_DUE),
            digest_waiting: Lazy::new(txn, DIGEST_WAITING),
            digest_day: Lazy::new(txn, DIGEST_DAY),
            site_keys: Lazy::new(txn, SITE_KEYS),
            photo_blobs: Lazy::new(txn, PHOTO_BLOBS),
            photo_uses: Lazy::new(txn, PHOTO_USES),
            item_photos: LazyRecords::new(txn, ITEM_PHOTOS),
            avatars: LazyRecords::new(txn, AVATARS),
            photo_usage: Lazy::new(txn, PHOTO_USAGE),
            search_blocks: Lazy::new(txn, SEARCH_BLOCKS),
            search_terms: Lazy::new(txn, SEARCH_TERMS),
            search_docs: Lazy::new(txn, SEARCH_DOCS),
            search_fresh: Lazy::new(txn, SEARCH_FRESH),
            period_scores: Lazy::new(txn, PERIOD_SCORES),
            period_boards: Lazy::new(txn, PERIOD_BOARDS),
            hall_of_fame: Lazy::new(txn, HALL_OF_FAME),
            hall_by_user: Lazy::new(txn, HALL_BY_USER),
            meta: txn.open_table(META)?,
            settings: Lazy::new(txn, SETTINGS),
            renamed: Lazy::new(txn, RENAMED),
            users: Records::open(txn, USERS)?,
            groups: Records::open(txn, GROUPS)?,
            memberships: Records::open(txn, MEMBERSHIPS)?,
            categories: LazyRecords::new(txn, CATEGORIES),
            items: Records::open(txn, ITEMS)?,
            loans: Records::open(txn, LOANS)?,
            reviews: LazyRecords::new(txn, REVIEWS),
            extensions: LazyRecords::new(txn, EXTENSIONS),
            item_details: LazyRecords::new(txn, ITEM_DETAILS),
            stamps: txn.open_table(STAMPS)?,
            last_logins: Lazy::new(txn, LAST_LOGINS),
            email_on_loans: Lazy::new(txn, EMAIL_ON_LOANS),
            profile_privacy: Lazy::new(txn, PROFILE_PRIVACY),
            user_time_zones: Lazy::new(txn, USER_TIME_ZONES),
            user_languages: Lazy::new(txn, USER_LANGUAGES),
            badge_texts: Lazy::new(txn, BADGE_TEXTS),
            notices: Lazy::new(txn, NOTICES),
            reminders_sent: Lazy::new(txn, REMINDERS_SENT),
            former_members: Lazy::new(txn, FORMER_MEMBERS),
            invite_links: Lazy::new(txn, INVITE_LINKS),
            invite_links_by_group: Lazy::new(txn, INVITE_LINKS_BY_GROUP),
            invitations: Lazy::new(txn, INVITATIONS),
            invitations_by_group: Lazy::new(txn, INVITATIONS_BY_GROUP),
            badges: LazyRecords::new(txn, BADGES),
            achievements: LazyRecords::new(txn, ACHIEVEMENTS),
            user_badges: LazyRecords::new(txn, USER_BADGES),
            points: LazyRecords::new(txn, POINTS),
            usernames: Lazy::new(txn, USERNAMES),
            emails: Lazy::new(txn, EMAILS),
            group_slugs: Lazy::new(txn, GROUP_SLUGS),
            badge_slugs: Lazy::new(txn, BADGE_SLUGS),
            membership_by_group: txn.open_table(MEMBERSHIP_BY_GROUP)?,
            membership_by_user: txn.open_table(MEMBERSHIP_BY_USER)?,
            review_by_loan: Lazy::new(txn, REVIEW_BY_LOAN),
            user_badge_by_pair: txn.open_table(USER_BADGE_BY_PAIR)?,
            achievements_by_badge: Lazy::new(txn, ACHIEVEMENTS_BY_BADGE),
            figures: Records::open(txn, FIGURES)?,
            boards: [
                txn.open_table(BOARDS[0])?,
                txn.open_table(BOARDS[1])?,
                txn.open_table(BOARDS[2])?,
                txn.open_table(BOARDS[3])?,
            ],
            board_histogram: txn.open_table(BOARD_HISTOGRAM)?,
            locations: txn.open_table(LOCATIONS)?,
            badge_totals: txn.open_table(BADGE_TOTALS)?,
            badge_earners: txn.open_table(BADGE_EARNERS)?,
            user_badge_list: txn.open_table(USER_BADGE_LIST)?,
            items_by_group: txn.open_table(ITEMS_BY_GROUP)?,
            items_by_owner: txn.open_table(ITEMS_BY_OWNER)?,
            loans_by_user: txn.open_table(LOANS_BY_USER)?,
            loans_by_item: txn.open_table(LOANS_BY_ITEM)?,
            open_loans: txn.open_table(OPEN_LOANS)?,
            open_requests: txn.open_table(OPEN_REQUESTS)?,
            sessions: Lazy::new(txn, SESSIONS),
            sessions_by_user: Lazy::new(txn, SESSIONS_BY_USER),
            tokens: Lazy::new(txn, TOKENS),
            tokens_by_user: Lazy::new(txn, TOKENS_BY_USER),
        })
    }

    /// Opens every table the batch has not opened yet: on a new file, this creates them all,
    /// so readers never meet a table that does not exist.
    pub fn open_all(&mut self) -> Result<(), StoreError> {
        self.messages.open()?;
        self.reports.open()?;
        self.mail_choices.open()?;
        self.outbox.open()?;
        self.outbox_due.open()?;
        self.digest_waiting.open()?;
        self.digest_day.open()?;
        self.site_keys.open()?;
        self.photo_blobs.open()?;
        self.photo_uses.open()?;
        self.item_photos.open()?;
        self.avatars.open()?;
        self.photo_usage.open()?;
        self.search_blocks.open()?;
        self.search_terms.open()?;
        self.search_docs.open()?;
        self.search_fresh.open()?;
        self.period_scores.open()?;
        self.period_boards.open()?;
        self.hall_of_fame.open()?;
        self.hall_by_user.open()?;
        self.settings.open()?;
        self.renamed.open()?;
        self.categories.open()?;
        self.reviews.open()?;
        self.extensions.open()?;
        self.item_details.open()?;
        self.last_logins.open()?;
        self.email_on_loans.open()?;
        self.profile_privacy.open()?;
        self.user_time_zones.open()?;
        self.user_languages.open()?;
        self.badge_texts.open()?;
        self.notices.open()?;
        self.reminders_sent.open()?;
        self.former_members.open()?;
        self.invite_links.open()?;
        self.invite_links_by_group.open()?;
        self.invitations.open()?;
        self.invitations_by_group.open()?;
        self.badges.open()?;
        self.achievements.open()?;
        self.user_badges.open()?;
        self.points.open()?;
        self.usernames.open()?;
        self.emails.open()?;
        self.group_slugs.open()?;
        self.badge_slugs.open()?;
        self.review_by_loan.open()?;
        self.achievements_by_badge.open()?;
        self.sessions.open()?;
        self.sessions_by_user.open()?;
        self.tokens.open()?;
        self.tokens_by_user.open()?;
        Ok(())
    }

    /// Writes user `id`, and forgets the members this command remembers (`KnownMembers`),
    /// which were read from the users.
    pub fn put_user(&mut self, id: UserId, user: &User) -> Result<(), StoreError> {
        self.users.put(id, user)?;
        self.known_members.forget();
        Ok(())
    }

    /// A member's profile privacy (the default when they never chose).
    pub fn privacy_of(&mut self, user: UserId) -> Result<ProfilePrivacy, StoreError> {
        let stored = self.profile_privacy.open()?.get(user.0)?;
        Ok(stored.map_or_else(ProfilePrivacy::default, |p| {
            ProfilePrivacy::unpacked(p.value())
        }))
    }

    /// Stamps a record Comuniza times (`Stamps`) as changed now, and as made now when
    /// `created`.
    pub fn stamp(&mut self, kind: Stamped, pk: impl Pk, created: bool) -> Result<(), StoreError> {
        let now = self.now;
        change_stored(&mut self.stamps, &(kind as u8, pk.pk()), |stored| {
            let mut stamps: Stamps = stored.unwrap_or_default();
            if created {
                stamps.created_at = Some(now);
            }
            stamps.updated_at = Some(now);
            Ok((stamps, ()))
        })
    }

    /// The view tables, for view maintenance, beside the members it may need the name,
    /// activity and groups of (read only).
    pub fn views(&mut self) -> (MemberTables<'_, 't>, Views<'_, 't>) {
        let views = Views {
            now: self.now,
            fx: &mut self.fx,
            figures: &mut self.figures,
            boards: &mut self.boards,
            board_histogram: &mut self.board_histogram,
            locations: &mut self.locations,
            badge_totals: &mut self.badge_totals,
            badge_earners: &mut self.badge_earners,
            user_badge_list: &mut self.user_badge_list,
            user_badge_by_pair: &mut self.user_badge_by_pair,
        };
        let members = MemberTables {
            users: &self.users,
            memberships: &self.memberships,
            by_user: &self.membership_by_user,
            known: &self.known_members,
        };
        (members, views)
    }

    /// The period boards' tables (opened now if no command of the batch has used them yet)
    /// and the tables their maintenance reads members from (read only).
    pub fn period_views(
        &mut self,
    ) -> Result<(PeriodViews<'_, 't>, MemberTables<'_, 't>), StoreError> {
        let views = PeriodViews {
            now: self.now,
            moves: &mut self.fx.period_moves,
            scores: self.period_scores.open()?,
            boards: self.period_boards.open()?,
        };
        let members = MemberTables {
            users: &self.users,
            memberships: &self.memberships,
            by_user: &self.membership_by_user,
            known: &self.known_members,
        };
        Ok((views, members))
    }

    /// The next free pk of a base table (one above the highest, so imported pks are kept).
    pub fn next_id(&mut self, table: &str) -> Result<u64, StoreError> {
        let key = format!("next_id:{table}");
        let next = self.meta.get(key.as_str())?.map(|g| g.value()).unwrap_or(1);
        self.meta.insert(key.as_str(), next + 1)?;
        Ok(next)
    }
}

/// A table most batches never touch, opened on first use: opening a table is a lookup in
/// redb's table of tables, and a batch pays it for every table it opens.
pub struct Lazy<'t, K: redb::Key + 'static, V: redb::Value + 'static> {
    txn: &'t WriteTransaction,
    def: redb::TableDefinition<'static, K, V>,
    table: Option<Table<'t, K, V>>,
}

impl<'t, K: redb::Key + 'static, V: redb::Value + 'static> Lazy<'t, K, V> {
    fn new(txn: &'t WriteTransaction, def: redb::TableDefinition<'static, K, V>) -> Self {
        Lazy {
            txn,
            def,
            table: None,
        }
    }

    /// The table, opened now if no command of the batch has used it yet.
    pub fn open(&mut self) -> Result<&mut Table<'t, K, V>, StoreError> {
        let table = match self.table.take() {
            Some(t) => t,
            None => self.txn.open_table(self.def)?,
        };
        Ok(self.table.insert(table))
    }
}

/// [`Records`] opened on first use, as [`Lazy`] tables are.
pub struct LazyRecords<'t, I, T> {
    txn: &'t WriteTransaction,
    def: tables::Records,
    records: Option<Records<'t, I, T>>,
}

impl<'t, I: Pk, T: Stored> LazyRecords<'t, I, T> {
    fn new(txn: &'t WriteTransaction, def: tables::Records) -> Self {
        LazyRecords {
            txn,
            def,
            records: None,
        }
    }

    /// The records, opened now if no command of the batch has used them yet.
    pub fn open(&mut self) -> Result<&mut Records<'t, I, T>, StoreError> {
        let records = match self.records.take() {
            Some(r) => r,
            None => Records::open(self.txn, self.def)?,
        };
        Ok(self.records.insert(records))
    }
}

/// A record by pk from any readable table (write or read transaction).
pub fn get<T: Stored>(
    table: &impl ReadableTable<u64, &'static [u8]>,
    id: u64,
) -> Result<Option<T>, StoreError> {
    match table.get(id)? {
        Some(v) => Ok(Some(T::decode(v.value())?)),
        None => Ok(None),
    }
}

/// Replaces the value of type `T` under `key` by what `change` makes of the stored one
/// (`None`: no row yet), in one walk down the tree; answers what `change` answers beside the
/// new value. Nothing is written if `change` fails.
pub fn change_stored<'k, K: redb::Key + 'static, T: Stored, R>(
    table: &mut Table<'_, K, &'static [u8]>,
    key: &K::SelfType<'k>,
    change: impl FnOnce(Option<T>) -> Result<(T, R), StoreError>,
) -> Result<R, StoreError> {
    if let Some(mut row) = table.get_mut(key)? {
        let (new, answer) = change(Some(T::decode(row.value())?))?;
        row.insert(new.encode().as_slice())?;
        return Ok(answer);
    }
    let (new, answer) = change(None)?;
    table.insert(key, new.encode().as_slice())?;
    Ok(answer)
}

/// Adds `delta` to the count kept under `key` (no row is 0; a count that comes to 0 loses its
/// row): (before, after), or `None` if the sum leaves the count's type. A count that does not
/// come to 0 is changed in place, in one walk down the tree where a read and a write take two:
/// the boards' histogram and the period scores move on every return.
pub fn add_to_count<'k, K, N>(
    table: &mut Table<'_, K, N>,
    key: &K::SelfType<'k>,
    delta: i64,
) -> Result<Option<(i64, i64)>, StoreError>
where
    K: redb::Key + 'static,
    N: for<'a> redb::Value<SelfType<'a> = N> + Copy + TryFrom<i64> + TryInto<i64> + 'static,
{
    let sum = |old: i64| old.checked_add(delta).and_then(|new| N::try_from(new).ok());
    let old = match table.get_mut(key)? {
        Some(mut count) => {
            let Ok(old) = count.value().try_into() else {
                return Ok(None);
            };
            let Some(new) = sum(old) else {
                return Ok(None);
            };
            if old + delta != 0 {
                count.insert(new)?;
                return Ok(Some((old, old + delta)));
            }
            old
        }
        None => 0,
    };
    let Some(new) = sum(old) else {
        return Ok(None);
    };
    if old + delta == 0 {
        table.remove(key)?;
    } else {
        table.insert(key, new)?;
    }
    Ok(Some((old, old + delta)))
}

/// Sets `next_id:<table>` above `id` (imports keep Django's pks).
pub fn bump_next_id(
    meta: &mut Table<'_, &'static str, u64>,
    table: &str,
    id: u64,
) -> Result<(), StoreError> {
    let key = format!("next_id:{table}");
    let next = meta.get(key.as_str())?.map(|g| g.value()).unwrap_or(1);
    if id >= next {
        meta.insert(key.as_str(), id + 1)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
