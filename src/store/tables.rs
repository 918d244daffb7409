//! Every table of the data file, declared once. Base tables hold the records of DOMAIN.md
//! (values: rkyv, see `codec`); index tables make unique fields and lookups O(log n); view
//! tables are the materialized views, written in the same transaction as the records.

use redb::TableDefinition;

use super::bytekeys::{RowBytes, ScoreBytes};

pub use crate::domain::boards::{descending as desc, undescending as undesc};

/// `&'static [u8]` values are rkyv archives with a format byte (`codec`).
pub type Records = TableDefinition<'static, u64, &'static [u8]>;
pub type PairIndex = TableDefinition<'static, (u64, u64), u64>;
pub type PairSet = TableDefinition<'static, (u64, u64), ()>;
pub type NameIndex = TableDefinition<'static, &'static str, u64>;

// -- base records, by Django pk --------------------------------------------------------------
pub const USERS: Records = TableDefinition::new("users");
pub const GROUPS: Records = TableDefinition::new("groups");
pub const MEMBERSHIPS: Records = TableDefinition::new("memberships");
pub const CATEGORIES: Records = TableDefinition::new("categories");
pub const ITEMS: Records = TableDefinition::new("items");
pub const LOANS: Records = TableDefinition::new("loans");
pub const REVIEWS: Records = TableDefinition::new("reviews");
/// item -> its `ItemDetails` (Comuniza's fields this site keeps and shows).
pub const ITEM_DETAILS: Records = TableDefinition::new("item_details");
/// (`Stamped` as u8, pk) -> `Stamps`.
pub const STAMPS: TableDefinition<'static, (u8, u64), &'static [u8]> =
    TableDefinition::new("record_stamps");
/// Users who show their email to the other person of each of their loans (their choice, on
/// their account page): present = yes.
pub const EMAIL_ON_LOANS: TableDefinition<'static, u64, ()> =
    TableDefinition::new("email_on_loans");
/// user -> their profile privacy (`ProfilePrivacy::packed`); absent = the default (private,
/// on the boards).
pub const PROFILE_PRIVACY: TableDefinition<'static, u64, u8> =
    TableDefinition::new("profile_privacy");
/// (user, number >= 1) -> `Notice`: a member's notifications, newest last (`domain::notice`).
/// Under (user, [`UNREAD_COUNT`]), after them, their head row: how many are unread (8 bytes,
/// little-endian), then the number of their newest (8 more; a rebuild writes the count
/// alone). The count is a view kept by every write that adds or reads a notification, so the
/// header's count is one lookup; in the same table and right after the newest notification,
/// telling someone writes two neighbouring rows, most often on one page.
pub const NOTICES: TableDefinition<'static, (u64, u64), &'static [u8]> =
    TableDefinition::new("notices");
/// (loan, `reminder::key`) -> when it was sent: each reminder goes out once.
pub const REMINDERS_SENT: TableDefinition<'static, (u64, u64), i64> =
    TableDefinition::new("reminders_sent");
/// (thread kind, thread id, number >= 1) -> `conversation::Message`: the conversations of
/// loans and join requests (`domain::conversation::Thread::key`), oldest first.
pub const MESSAGES: TableDefinition<'static, (u8, u64, u64), &'static [u8]> =
    TableDefinition::new("messages");
/// (thread kind, thread id, message number, reporter) -> `conversation::Report`: a reported
/// message's copy for staff, one per message and reporter.
pub const REPORTS: TableDefinition<'static, (u8, u64, u64, u64), &'static [u8]> =
    TableDefinition::new("message_reports");
/// user -> their e-mail choices (`domain::mail::Choices`); absent = every default.
pub const MAIL_CHOICES: TableDefinition<'static, u64, &'static [u8]> =
    TableDefinition::new("mail_choices");
/// number -> `domain::mail::Mail`: the outbox, written with the notifications it mails.
pub const OUTBOX: TableDefinition<'static, u64, &'static [u8]> = TableDefinition::new("outbox");
/// (when due, number) of every queued mail: the mailer's next work, in order.
pub const OUTBOX_DUE: TableDefinition<'static, (i64, u64), ()> =
    TableDefinition::new("idx_outbox_due");
/// (user, notification number): notifications waiting for the member's daily digest.
pub const DIGEST_WAITING: TableDefinition<'static, (u64, u64), ()> =
    TableDefinition::new("digest_waiting");
/// user -> the local day (`time::Day`) their last digest was made.
pub const DIGEST_DAY: TableDefinition<'static, u64, i32> = TableDefinition::new("digest_day");
/// name -> a random key of this site (the unsubscribe links' signing key), made once.
pub const SITE_KEYS: TableDefinition<'static, &'static str, &'static [u8]> =
    TableDefinition::new("site_keys");
/// SHA-256 of a stored photo size -> its JPEG bytes (`domain::photo`), each once however
/// many items show it.
pub const PHOTO_BLOBS: TableDefinition<'static, &'static [u8], &'static [u8]> =
    TableDefinition::new("photo_blobs");
/// (digest, use kind, id) of every item or member picture that shows a stored size
/// (`photo::Use::key`): whose visibility the size follows; the last use gone frees it.
pub const PHOTO_USES: TableDefinition<'static, (&'static [u8], u8, u64), ()> =
    TableDefinition::new("idx_photo_uses");
/// item -> its `Photos`, the primary one first.
pub const ITEM_PHOTOS: Records = TableDefinition::new("item_photos");
/// user -> their picture (`Photo`).
pub const AVATARS: Records = TableDefinition::new("avatars");
/// user -> the bytes their photos take (every size of every photo on their items, and their
/// picture): the quota's view, kept by every photo write.
pub const PHOTO_USAGE: TableDefinition<'static, u64, u64> =
    TableDefinition::new("view_photo_usage");
/// The key in [`META`] of the bytes every stored photo size takes, each digest once.
pub const PHOTO_BYTES: &str = "photo_bytes";
/// The number under which [`NOTICES`] keeps a member's unread count.
pub const UNREAD_COUNT: u64 = u64::MAX;
/// user -> the IANA name of the time zone they chose (`domain::zone`); absent = the site's.
pub const USER_TIME_ZONES: TableDefinition<'static, u64, &'static str> =
    TableDefinition::new("user_time_zones");
/// user -> the tag of the language they chose for the site's pages (`i18n::Lang`); absent =
/// their browser's, else the site's.
pub const USER_LANGUAGES: TableDefinition<'static, u64, &'static str> =
    TableDefinition::new("user_languages");
/// user -> when their account was deleted (a former member: no name, no email, no sign-in).
pub const FORMER_MEMBERS: TableDefinition<'static, u64, i64> =
    TableDefinition::new("former_members");
/// invitation link code -> `InviteLink`.
pub const INVITE_LINKS: TableDefinition<'static, &'static str, &'static [u8]> =
    TableDefinition::new("invite_links");
/// (group, code) of every invitation link, for the group's page.
pub const INVITE_LINKS_BY_GROUP: TableDefinition<'static, (u64, &'static str), ()> =
    TableDefinition::new("idx_invite_links_group");
/// (user, group) -> `Invitation`: a member invited by name, until they answer.
pub const INVITATIONS: TableDefinition<'static, (u64, u64), &'static [u8]> =
    TableDefinition::new("invitations");
/// (group, user) of every invitation by name, for the group's admins.
pub const INVITATIONS_BY_GROUP: TableDefinition<'static, (u64, u64), ()> =
    TableDefinition::new("idx_invitations_group");
/// user -> their last sign-in (Comuniza's `last_login`).
pub const LAST_LOGINS: TableDefinition<'static, u64, i64> = TableDefinition::new("last_logins");
/// (badge, language tag) -> `BadgeText`: a badge's words in one language.
pub const BADGE_TEXTS: TableDefinition<'static, (u64, &'static str), &'static [u8]> =
    TableDefinition::new("badge_texts");
/// loan -> its latest `Extension`.
pub const EXTENSIONS: Records = TableDefinition::new("loan_extensions");
pub const BADGES: Records = TableDefinition::new("badges");
pub const ACHIEVEMENTS: Records = TableDefinition::new("achievements");
pub const USER_BADGES: Records = TableDefinition::new("user_badges");
pub const POINTS: Records = TableDefinition::new("points");
/// Site settings: name -> value.
pub const SETTINGS: TableDefinition<'static, &'static str, &'static str> =
    TableDefinition::new("settings");
/// user -> the username a move from Comuniza had to change (`import`): told to them once, at
/// their first sign-in here, then forgotten.
pub const RENAMED: TableDefinition<'static, u64, &'static str> =
    TableDefinition::new("renamed_users");
/// `next_id:<table>`, `format` and other counters.
pub const META: TableDefinition<'static, &'static str, u64> = TableDefinition::new("meta");

// -- unique indexes ---------------------------------------------------------------------------
/// Lower-cased username -> user.
pub const USERNAMES: NameIndex = TableDefinition::new("idx_usernames");
/// Lower-cased email -> user (empty emails are not indexed).
pub const EMAILS: NameIndex = TableDefinition::new("idx_emails");
pub const GROUP_SLUGS: NameIndex = TableDefinition::new("idx_group_slugs");
pub const BADGE_SLUGS: NameIndex = TableDefinition::new("idx_badge_slugs");
/// (group, user) -> membership.
pub const MEMBERSHIP_BY_GROUP: PairIndex = TableDefinition::new("idx_membership_group_user");
/// (user, group) -> membership.
pub const MEMBERSHIP_BY_USER: PairIndex = TableDefinition::new("idx_membership_user_group");
/// (loan, reviewer) -> review.
pub const REVIEW_BY_LOAN: PairIndex = TableDefinition::new("idx_review_loan_reviewer");
/// (user, badge) -> user badge.
pub const USER_BADGE_BY_PAIR: PairIndex = TableDefinition::new("idx_user_badge_pair");
/// (badge, achievement) for the badge's rules.
pub const ACHIEVEMENTS_BY_BADGE: PairSet = TableDefinition::new("idx_achievements_badge");

// -- materialized views -------------------------------------------------------------------------
/// user -> `Figures`.
pub const FIGURES: Records = TableDefinition::new("view_figures");
/// One per board (`Board::index`): `board_key(score, user)` -> username, active users only.
/// A forward scan gives the board in order; the username is there so the top 20 is one scan.
pub const BOARDS: [TableDefinition<'static, (u64, u64), &'static str>; 4] = [
    TableDefinition::new("view_board_overall"),
    TableDefinition::new("view_board_lending"),
    TableDefinition::new("view_board_borrowing"),
    TableDefinition::new("view_board_reputation"),
];
/// (board, score) -> number of active users with that score; the rank index is rebuilt from
/// it at start-up in O(distinct scores).
pub const BOARD_HISTOGRAM: TableDefinition<'static, (u8, i64), u64> =
    TableDefinition::new("view_board_histogram");
/// The period boards (`views::periods`), for the periods kept (this one and the one before,
/// of each kind). (board, period, first day, user) -> the user's score in that period, for
/// every user with a score that is not 0, active or not. Its keys are stored as bytes that
/// sort with one comparison (`bytekeys`), as [`PERIOD_BOARDS`]'s are.
pub const PERIOD_SCORES: TableDefinition<'static, ScoreBytes, i64> =
    TableDefinition::new("view_period_score_bytes");
/// (board, period, first day, scope, `desc(score)`, user) -> username: the board of a scope
/// (`periods::SITE`, or a group), active users with a score that is not 0, best first; and
/// the groups' all-time boards (`periods::ALL_TIME`). A board's rank index is loaded from its
/// rows when first asked for (no histogram is kept beside them: a write saves two lookups).
pub const PERIOD_BOARDS: TableDefinition<'static, RowBytes, &'static str> =
    TableDefinition::new("view_period_board_bytes");
/// The two tables above as data files before rules version 7 kept them, their keys as
/// tuples: only deleted, by the rebuild that an older file gets when it is opened.
pub const PERIOD_SCORES_BEFORE_BYTES: TableDefinition<'static, (u8, u8, i32, u64), i64> =
    TableDefinition::new("view_period_scores");
pub const PERIOD_BOARDS_BEFORE_BYTES: TableDefinition<
    'static,
    (u8, u8, i32, u64, u64, u64),
    &'static str,
> = TableDefinition::new("view_period_boards");
/// The hall of fame (`views::periods`): the first three of each month's boards of each scope
/// as they stood when the month was closed (the first write after it ended). Not derived:
/// the months' rows are gone by then, so `rebuild` keeps it as it is.
/// (scope, the month's first day, board, place) -> (user, score, username at the close). The
/// pages name a place by the member's name now, and no one once they are no longer active.
pub const HALL_OF_FAME: TableDefinition<'static, HallKey, HallPlace> =
    TableDefinition::new("hall_of_fame");
/// (scope, the month's first day, board, place from 0).
pub type HallKey = (u64, i32, u8, u8);
/// (user, score, username).
pub type HallPlace = (u64, i64, &'static str);
/// (user, scope, the month's first day): the halls of fame a member is in, so a change of
/// their name or privacy finds every cached board page that names them.
pub const HALL_BY_USER: TableDefinition<'static, (u64, u64, i32), ()> =
    TableDefinition::new("idx_hall_user");
/// (city, state, country, latitude, longitude) -> group_count, over listed groups.
pub const LOCATIONS: TableDefinition<
    'static,
    (&'static str, &'static str, &'static str, i64, i64),
    u64,
> = TableDefinition::new("view_locations");
/// badge -> total earners.
pub const BADGE_TOTALS: TableDefinition<'static, u64, u64> =
    TableDefinition::new("view_badge_totals");
/// (badge, !earned_at, !user_badge) -> user: a forward scan gives the newest earners.
pub const BADGE_EARNERS: TableDefinition<'static, (u64, u64, u64), u64> =
    TableDefinition::new("view_badge_earners");
/// (user, !earned_at, !user_badge) -> badge: a user's badges, newest first.
pub const USER_BADGE_LIST: TableDefinition<'static, (u64, u64, u64), u64> =
    TableDefinition::new("view_user_badges");
/// (group, item): items listed in each group.
pub const ITEMS_BY_GROUP: PairSet = TableDefinition::new("view_items_by_group");
/// (owner, item).
pub const ITEMS_BY_OWNER: PairSet = TableDefinition::new("view_items_by_owner");
/// (user, loan) for the loan's lender and borrower.
pub const LOANS_BY_USER: PairSet = TableDefinition::new("view_loans_by_user");
/// (item, loan).
pub const LOANS_BY_ITEM: PairSet = TableDefinition::new("view_loans_by_item");
/// item -> its one open (approved, active, borrower_returned) loan.
pub const OPEN_LOANS: TableDefinition<'static, u64, u64> = TableDefinition::new("view_open_loans");
/// (item, borrower, loan) of loans still `requested`: "asking twice" is one range lookup,
/// however many loans the item has had.
pub const OPEN_REQUESTS: TableDefinition<'static, (u64, u64, u64), ()> =
    TableDefinition::new("view_open_requests");

// -- search (issue 18): one more view, written by the writes of what it indexes --------------
/// (kind, term, rank, block) -> the records of that kind whose `term` has that rank (impact,
/// and whether only the owner's name has it), in one block of ids (`views::search::blocks`):
/// the postings, a term's best ranks and newest blocks first.
pub const SEARCH_BLOCKS: TableDefinition<'static, (u8, &'static str, u16, u64), &'static [u8]> =
    TableDefinition::new("search_blocks");
/// The postings as data files before rules version 6 kept them, a key per posting: only
/// deleted, by the rebuild that an older file gets when it is opened.
pub const SEARCH_POSTINGS_BEFORE_BLOCKS: TableDefinition<'static, (u8, &'static str, u64), ()> =
    TableDefinition::new("search_postings");
/// (kind, term) -> how many records of that kind have it (BM25's document frequency): the
/// dictionary that prefixes and typos are looked up in.
pub const SEARCH_TERMS: TableDefinition<'static, (u8, &'static str), u64> =
    TableDefinition::new("search_terms");
/// (kind, id) -> the record's `domain::search::Doc` as the postings hold it: what a write's
/// new document is compared with, and verify checks (a pending record's newer one is in
/// `SEARCH_FRESH`).
pub const SEARCH_DOCS: TableDefinition<'static, (u8, u64), &'static [u8]> =
    TableDefinition::new("search_docs");
/// (kind, id) -> the record's document as the postings and the dictionary hold it, and as it
/// is now (`views::search::fresh`): records whose words changed since the last merge.
pub const SEARCH_FRESH: TableDefinition<'static, (u8, u64), &'static [u8]> =
    TableDefinition::new("search_fresh");

// -- sign-in (not part of a community's data: export, import and verify leave them out) --------
/// SHA-256 of a session cookie -> `Session`.
pub const SESSIONS: TableDefinition<'static, &'static [u8], &'static [u8]> =
    TableDefinition::new("sessions");
/// (user, SHA-256 of the cookie): a user's sessions, to sign out everywhere.
pub const SESSIONS_BY_USER: TableDefinition<'static, (u64, &'static [u8]), ()> =
    TableDefinition::new("idx_sessions_user");
/// SHA-256 of a personal access token -> `AccessToken`.
pub const TOKENS: TableDefinition<'static, &'static [u8], &'static [u8]> =
    TableDefinition::new("tokens");
/// (user, SHA-256 of the token): a user's tokens, for their profile page.
pub const TOKENS_BY_USER: TableDefinition<'static, (u64, &'static [u8]), ()> =
    TableDefinition::new("idx_tokens_user");
