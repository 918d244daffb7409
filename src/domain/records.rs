//! The base records of DOMAIN.md, one struct per Django model, as stored (rkyv) in the data
//! file. Ids are the Django primary keys. Fields a fixture carries beyond these are not kept.

use rkyv::{Archive, Deserialize, Serialize};

use super::choice::*;
use super::time::{Day, Millis};

pub type Id = u64;
pub type UserId = Id;
pub type GroupId = Id;
pub type ItemId = Id;
pub type LoanId = Id;
pub type BadgeId = Id;

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
}
