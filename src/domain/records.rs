//! The base records of DOMAIN.md, one struct per Django model, as stored (rkyv) in the data
//! file. Ids are the Django primary keys. Fields a fixture carries beyond these are not kept.

use rkyv::{Archive, Deserialize, Serialize};

use super::choice::*;
use super::time::{Day, Millis};

/// The pk of a record whose kind has no id type of its own (categories, achievements, ...).
pub type Id = u64;

/// A record's id as the data file keys it: its Django pk.
pub trait Pk: Copy {
    fn pk(self) -> u64;
    fn of_pk(pk: u64) -> Self;
}

impl Pk for u64 {
    fn pk(self) -> u64 {
        self
    }

    fn of_pk(pk: u64) -> u64 {
        pk
    }
}

/// Ids of the records most code passes around, one type each, so that a loan's id cannot be
/// given where an item's is wanted, nor a `(group, user)` pair swapped. Each is the Django pk
/// (`.0`), stored as a plain `u64` (the same bytes in a record and the same table keys as
/// before), shown and parsed as a number (`Path<LoanId>`, JSON).
macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident, $archived:ident;)*) => {$(
        $(#[$doc])*
        #[derive(
            Archive, Serialize, Deserialize, serde::Serialize, serde::Deserialize,
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default,
        )]
        #[serde(transparent)]
        pub struct $name(pub u64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::num::ParseIntError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.parse().map($name)
            }
        }

        impl Pk for $name {
            fn pk(self) -> u64 {
                self.0
            }

            fn of_pk(pk: u64) -> $name {
                $name(pk)
            }
        }

        /// A table keyed by pk takes the id as it is (`table.get(user)`).
        impl std::borrow::Borrow<u64> for $name {
            fn borrow(&self) -> &u64 {
                &self.0
            }
        }

        impl $archived {
            /// The id, from a record read in place.
            pub fn to_native(&self) -> $name {
                $name(self.0.to_native())
            }
        }
    )*};
}

ids! {
    /// A user's pk.
    UserId, ArchivedUserId;
    /// A group's pk.
    GroupId, ArchivedGroupId;
    /// An item's pk.
    ItemId, ArchivedItemId;
    /// A loan's pk.
    LoanId, ArchivedLoanId;
    /// A badge's pk.
    BadgeId, ArchivedBadgeId;
}

/// A coordinate in millionths of a degree: Django's DecimalField(9, 6), kept exact.
pub type MicroDegrees = i64;

#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct User {
    pub username: String,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    /// An argon2id PHC string, a Django `pbkdf2_sha256$...` hash, or `!...` (unusable).
    pub password: String,
    pub is_staff: bool,
    pub is_active: bool,
    pub date_joined: Millis,
}

impl User {
    /// "First Last", or the username when both are empty.
    pub fn display_name(&self) -> String {
        let full = format!("{} {}", self.first_name.trim(), self.last_name.trim());
        match full.trim() {
            "" => self.username.clone(),
            name => name.to_string(),
        }
    }
}

#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Group {
    pub name: String,
    pub slug: String,
    pub description: String,
    pub privacy: Privacy,
    pub city: String,
    pub state: String,
    pub country: String,
    pub latitude: Option<MicroDegrees>,
    pub longitude: Option<MicroDegrees>,
    pub owner: UserId,
    pub is_active: bool,
    pub created_at: Millis,
}

/// The city Comuniza writes for a group without a location.
pub const UNKNOWN_CITY: &str = "Unknown";

#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Membership {
    pub group: GroupId,
    pub user: UserId,
    pub role: Role,
    pub status: MemberStatus,
    pub joined_at: Millis,
}

#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Category {
    pub name: String,
    pub slug: String,
    pub parent: Option<Id>,
    pub is_active: bool,
}

#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Item {
    pub title: String,
    pub slug: String,
    pub description: String,
    pub category: Option<Id>,
    pub condition: Condition,
    pub status: ItemStatus,
    pub max_loan_days: u32,
    pub owner: UserId,
    /// Group pks, ascending.
    pub groups: Vec<GroupId>,
    pub visibility: Visibility,
    pub is_active: bool,
    pub created_at: Millis,
}

#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Loan {
    pub item: ItemId,
    pub borrower: UserId,
    pub lender: UserId,
    pub group: Option<GroupId>,
    pub status: LoanStatus,
    pub request_message: String,
    pub requested_at: Millis,
    pub approved_at: Option<Millis>,
    pub start_date: Option<Day>,
    pub due_date: Option<Day>,
    pub returned_at: Option<Millis>,
}

/// The records whose Comuniza timestamps are kept in `Stamps`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stamped {
    User = 0,
    Group = 1,
    Category = 2,
    Item = 3,
    Loan = 4,
    Review = 5,
}

/// When Comuniza says a record was made and last changed (`created_at`, `updated_at`), for the
/// records whose own fields here lack one or both. Kept beside the record, under
/// (`Stamped`, pk), so records written by earlier releases read as they are; an export
/// without a stamp falls back to the record's own dates (`cli::export`). Written by import
/// and by every command that makes or changes such a record: `loaddata` fills neither field,
/// and upstream requires both.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Default)]
pub struct Stamps {
    pub created_at: Option<Millis>,
    pub updated_at: Option<Millis>,
}

/// What Comuniza keeps about an item beyond what this site's rules use: its public key
/// (`identifier`, the `/i/<identifier>/` of its pages, which its item list needs), the book
/// and object details a member filled in, and the counters and cover it maintains. Kept
/// beside the item, imported, shown on the item page where filled in, and written back.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
pub struct ItemDetails {
    pub identifier: String,
    pub author: String,
    pub publisher: String,
    pub languages: String,
    pub book_format: String,
    pub subjects: String,
    pub isbn: String,
    pub year: Option<u32>,
    /// Decimal(10, 2) as written (`"12.50"`).
    pub estimated_value: Option<String>,
    pub requires_deposit: bool,
    pub deposit_amount: Option<String>,
    pub allow_reservations: bool,
    pub cover_url: String,
    pub cover_source: String,
    pub cover_fetched_at: Option<Millis>,
    pub isbn_lookup_attempted: bool,
    pub views_count: u64,
    pub borrow_count: u64,
}

/// A borrower's request for more time on an active loan (`domain::extension`): the loan's
/// latest one, kept beside it under the loan's id. These are Comuniza's `extension_*` fields of
/// `loans.loan`; a table of their own keeps loans written by earlier releases readable as they
/// are.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Extension {
    pub days: u32,
    pub reason: String,
    pub state: ExtensionState,
}

#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Review {
    pub loan: LoanId,
    pub reviewer: UserId,
    pub reviewee: UserId,
    pub reviewer_role: ReviewerRole,
    pub rating: u8,
    pub comment: String,
    pub created_at: Millis,
}

#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Badge {
    pub name: String,
    pub slug: String,
    pub description: String,
    pub icon: String,
    pub badge_type: BadgeType,
    pub category: BadgeCategory,
    pub points: i64,
    pub is_active: bool,
    pub is_secret: bool,
    pub display_order: i64,
    pub created_at: Millis,
}

/// A badge's name and description as staff wrote them for one language (issue 19); an
/// empty one leaves the badge's own.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
pub struct BadgeText {
    pub name: String,
    pub description: String,
}

#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Achievement {
    pub badge: BadgeId,
    /// Kept as written: an unknown trigger is legal and awards nothing automatically.
    pub trigger_type: String,
    pub threshold_value: Option<i64>,
    /// The conditions object as compact JSON text (`{}` when empty).
    pub conditions: String,
    pub is_active: bool,
}

#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct UserBadge {
    pub user: UserId,
    pub badge: BadgeId,
    pub earned_at: Millis,
}

#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct PointsEntry {
    pub user: UserId,
    pub transaction_type: PointsKind,
    pub points: i64,
    pub description: String,
    pub created_at: Millis,
}

impl PointsEntry {
    /// The `achievement` entry that comes with every badge earned.
    pub fn for_badge(user: UserId, badge: &Badge, at: Millis) -> PointsEntry {
        PointsEntry {
            user,
            transaction_type: PointsKind::Achievement,
            points: badge.points,
            description: format!("Badge earned: {}", badge.name),
            created_at: at,
        }
    }
}

/// A signed-in browser. Stored under the SHA-256 of its cookie value, so a copy of the data
/// file (a backup) holds no usable session.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Session {
    pub user: UserId,
    /// The token every form of this session carries (CSRF).
    pub csrf: String,
    pub created_at: Millis,
    pub expires_at: Millis,
}

/// A personal access token for the JSON API (`Authorization: Bearer`), stored under the
/// SHA-256 of its secret; the secret itself is shown once, when it is created.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct AccessToken {
    pub user: UserId,
    /// What the member called it ("phone app").
    pub name: String,
    /// The first characters of the secret, to tell tokens apart in the list.
    pub prefix: String,
    pub created_at: Millis,
}

/// An active item for unit tests: a drill of `owner`'s, in `groups`.
#[cfg(test)]
pub(crate) fn sample_item(visibility: Visibility, owner: UserId, groups: Vec<GroupId>) -> Item {
    Item {
        title: "Drill".into(),
        slug: "drill".into(),
        description: String::new(),
        category: None,
        condition: Condition::Good,
        status: ItemStatus::Available,
        max_loan_days: 7,
        owner,
        groups,
        visibility,
        is_active: true,
        created_at: 0,
    }
}

/// An active bronze badge worth 5 points, for unit tests.
#[cfg(test)]
pub(crate) fn sample_badge() -> Badge {
    Badge {
        name: "B".into(),
        slug: "b".into(),
        description: String::new(),
        icon: String::new(),
        badge_type: BadgeType::Bronze,
        category: BadgeCategory::Lending,
        points: 5,
        is_active: true,
        is_secret: false,
        display_order: 0,
        created_at: 0,
    }
}

/// A loan of `sample_item` for unit tests: lent by user 3 to user 2, due on day 100.
#[cfg(test)]
pub(crate) fn sample_loan(status: LoanStatus) -> Loan {
    Loan {
        item: ItemId(1),
        borrower: UserId(2),
        lender: UserId(3),
        group: None,
        status,
        request_message: String::new(),
        requested_at: 0,
        approved_at: None,
        start_date: None,
        due_date: Some(100),
        returned_at: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_name_falls_back_to_the_username() {
        let mut u = User {
            username: "ana".into(),
            email: "ana@example.org".into(),
            first_name: " Ana ".into(),
            last_name: "García".into(),
            password: "!".into(),
            is_staff: false,
            is_active: true,
            date_joined: 0,
        };
        assert_eq!(u.display_name(), "Ana García");
        u.first_name.clear();
        u.last_name.clear();
        assert_eq!(u.display_name(), "ana");
    }

    /// A record written before ids had types of their own must read the same: an id is
    /// archived exactly as the `u64` it wraps.
    #[test]
    fn an_id_is_stored_as_the_number_it_wraps() {
        type Error = rkyv::rancor::BoxedError;
        let typed = rkyv::to_bytes::<Error>(&Membership {
            group: GroupId(7),
            user: UserId(1_234_567_890_123),
            role: Role::Admin,
            status: MemberStatus::Active,
            joined_at: 42,
        })
        .unwrap();
        #[derive(Archive, Serialize)]
        struct Untyped {
            group: u64,
            user: u64,
            role: Role,
            status: MemberStatus,
            joined_at: Millis,
        }
        let untyped = rkyv::to_bytes::<Error>(&Untyped {
            group: 7,
            user: 1_234_567_890_123,
            role: Role::Admin,
            status: MemberStatus::Active,
            joined_at: 42,
        })
        .unwrap();
        assert_eq!(typed.as_slice(), untyped.as_slice());
    }

    #[test]
    fn ids_read_and_print_as_numbers() {
        assert_eq!("42".parse::<LoanId>(), Ok(LoanId(42)));
        assert!("4x".parse::<LoanId>().is_err());
        assert_eq!(ItemId(9).to_string(), "9");
        assert_eq!(serde_json::to_string(&UserId(5)).unwrap(), "5");
        assert_eq!(serde_json::from_str::<GroupId>("12").unwrap(), GroupId(12));
        assert_eq!(UserId(3).pk(), 3);
        assert_eq!(<BadgeId as Pk>::of_pk(8), BadgeId(8));
    }
}
