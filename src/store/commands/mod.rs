//! Commands: every write DOMAIN.md describes, each checked against the transaction's state
//! before anything is changed (so a refused command leaves no trace in its batch), then applied
//! to the base records and, through `views::maintain`, to every view they feed.

mod badges;
pub use badges::load_rules;
mod groups;
mod items;
mod loans;
mod sessions;
mod users;
pub use sessions::SecretHash;

use crate::domain::choice::*;
use crate::domain::loan::LoanAction;
use crate::domain::records::{GroupId, Id, ItemId, LoanId, UserId};
use crate::domain::settings::Setting;
use crate::domain::validate::Invalid;
use crate::store::evict;
use crate::store::tx::{get, W};
use crate::store::StoreError;
use crate::views::maintain::Memo;

/// Who asks: a signed-in user, or the host at the command line (`create-admin`, `demo`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    System,
    User(UserId),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Sign-up (by `System` or anyone) or an account made by staff. `password` is already a
    /// hash (argon2id PHC string), never plain text.
    CreateUser {
        username: String,
        email: String,
        first_name: String,
        last_name: String,
        password: String,
        is_staff: bool,
    },
    /// The first-run page: a staff account, only while the site has no user at all.
    CreateFirstAdmin {
        username: String,
        email: String,
        password: String,
    },
    UpdateProfile {
        user: UserId,
        first_name: String,
        last_name: String,
        email: String,
    },
    /// A new password (already hashed). `sign_out`: end every session and revoke every access
    /// token of the user in the same transaction (a change or a reset; not the rehash of an
    /// imported hash at sign-in).
    SetPassword {
        user: UserId,
        password: String,
        sign_out: bool,
    },
    SetUserActive {
        user: UserId,
        active: bool,
    },
    SetUserStaff {
        user: UserId,
        staff: bool,
    },

    CreateGroup(GroupFields),
    UpdateGroup {
        group: GroupId,
        fields: GroupFields,
    },
    SetGroupActive {
        group: GroupId,
        active: bool,
    },
    JoinGroup {
        group: GroupId,
    },
    LeaveGroup {
        group: GroupId,
    },
    Moderate {
        group: GroupId,
        user: UserId,
        action: Moderation,
    },

    CreateCategory {
        name: String,
        slug: String,
        parent: Option<Id>,
    },
    UpdateCategory {
        category: Id,
        name: String,
        parent: Option<Id>,
        is_active: bool,
    },

    CreateItem(ItemFields),
    UpdateItem {
        item: ItemId,
        fields: ItemFields,
        is_active: bool,
    },

    RequestLoan {
        item: ItemId,
        group: Option<GroupId>,
        message: String,
    },
    Loan {
        loan: LoanId,
        action: LoanAction,
    },
    Review {
        loan: LoanId,
        rating: i64,
        comment: String,
    },

    CreateBadge(BadgeFields),
    UpdateBadge {
        badge: Id,
        fields: BadgeFields,
    },
    CreateAchievement(AchievementFields),
    UpdateAchievement {
        achievement: Id,
        fields: AchievementFields,
    },
    GrantBadge {
        user: UserId,
        badge: Id,
    },
    AdjustPoints {
        user: UserId,
        kind: PointsKind,
        points: i64,
        description: String,
    },
    SetSetting {
        setting: Setting,
        value: String,
    },

    /// Sign-in, by `Actor::System` once the HTTP layer has checked the password. Also drops the
    /// user's expired sessions.
    StartSession {
        user: UserId,
        hash: SecretHash,
        csrf: String,
        lifetime: crate::domain::time::Millis,
    },
    /// Sign-out of one browser: holding its cookie is the authorization.
    EndSession {
        hash: SecretHash,
    },
    /// Sign-out everywhere (the user, or staff).
    EndAllSessions {
        user: UserId,
    },
    CreateToken {
        hash: SecretHash,
        name: String,
        prefix: String,
    },
    RevokeToken {
        hash: SecretHash,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct GroupFields {
    pub name: String,
    pub description: String,
    pub privacy: Privacy,
    pub city: String,
    pub state: String,
    pub country: String,
    /// Decimal degrees as typed (`"52.520008"`); both empty = no location.
    pub latitude: String,
    pub longitude: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moderation {
    Approve,
    Ban,
    Unban,
    Promote,
    Demote,
    Remove,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ItemFields {
    pub title: String,
    pub description: String,
    pub category: Option<Id>,
    pub condition: Condition,
    /// `available`, `not_right_now` or `special_conditions`; `borrowed` is set by loans only.
    pub status: ItemStatus,
    pub max_loan_days: u32,
    pub visibility: Visibility,
    pub groups: Vec<GroupId>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BadgeFields {
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
}

#[derive(Debug, Clone, PartialEq)]
pub struct AchievementFields {
    pub badge: Id,
    pub trigger_type: String,
    pub threshold_value: Option<i64>,
    /// A JSON object as text.
    pub conditions: String,
    pub is_active: bool,
}

/// Why a command was refused. Nothing of a refused command is written.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    #[error("{0}")]
    Invalid(#[from] Invalid),
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    Conflict(String),
    #[error("internal error: {0}")]
    Internal(#[from] StoreError),
}

impl From<redb::StorageError> for CommandError {
    fn from(e: redb::StorageError) -> Self {
        CommandError::Internal(e.into())
    }
}

pub type CommandResult = Result<Id, CommandError>;

pub(crate) fn forbidden(msg: &str) -> CommandError {
    CommandError::Forbidden(msg.to_string())
}

pub(crate) fn conflict(msg: impl Into<String>) -> CommandError {
    CommandError::Conflict(msg.into())
}

/// The person acting, checked: an active account (or the host).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Acting {
    pub id: Option<UserId>,
    pub is_staff: bool,
}

impl Acting {
    /// The acting user's id; the host has none and may not act as a member.
    pub(crate) fn member(&self) -> Result<UserId, CommandError> {
        self.id
            .ok_or_else(|| forbidden("this action needs a signed-in member"))
    }

    pub(crate) fn require_staff(&self) -> Result<(), CommandError> {
        if self.is_staff {
            Ok(())
        } else {
            Err(forbidden("only staff may do this"))
        }
    }

    pub(crate) fn is(&self, user: UserId) -> bool {
        self.id == Some(user)
    }
}

fn acting(w: &W<'_>, actor: Actor) -> Result<Acting, CommandError> {
    match actor {
        Actor::System => Ok(Acting {
            id: None,
            is_staff: true,
        }),
        Actor::User(id) => {
            let u = get::<crate::domain::records::User>(&w.users, id)?
                .filter(|u| u.is_active)
                .ok_or_else(|| forbidden("this account is not active"))?;
            Ok(Acting {
                id: Some(id),
                is_staff: u.is_staff,
            })
        }
    }
}

/// Applies one command; returns the id of the record it created or changed.
pub fn apply(w: &mut W<'_>, memo: &mut Memo, actor: Actor, cmd: &Command) -> CommandResult {
    let a = match cmd {
        // Signing up needs no account.
        Command::CreateUser { .. } if actor == Actor::System => Acting {
            id: None,
            is_staff: true,
        },
        Command::CreateUser { .. } => acting(w, actor).unwrap_or(Acting {
            id: None,
            is_staff: false,
        }),
        Command::EndSession { hash } => return sessions::end(w, hash),
        _ => acting(w, actor)?,
    };
    let result = dispatch(w, memo, a, cmd);
    if result.is_ok() {
        evict_listings(w, cmd);
    }
    result
}

/// The home page (counts, newest items, the top of the boards, the map) and the public item
/// list (items, their category, status and owner's name) show a little of everything: these
/// are the changes they show. Loan actions evict them where the item's status changes
/// (`loans::act`); a loan request or its withdrawal changes neither.
fn evict_listings(w: &mut W<'_>, cmd: &Command) {
    use Command as C;
    let (home, items) = match cmd {
        C::CreateItem(_)
        | C::UpdateItem { .. }
        | C::CreateCategory { .. }
        | C::UpdateCategory { .. }
        | C::CreateUser { .. }
        | C::CreateFirstAdmin { .. }
        | C::SetUserActive { .. } => (true, true),
        C::UpdateProfile { .. } => (false, true),
        C::CreateGroup(_)
        | C::UpdateGroup { .. }
        | C::SetGroupActive { .. }
        | C::SetSetting { .. } => (true, false),
        _ => (false, false),
    };
    // The home page counts the members on the boards (a top that moved was evicted where it
    // moved, in `views::maintain`).
    if home || !w.fx.rank_moves.is_empty() {
        evict::home(&mut w.fx);
    }
    if items {
        evict::item_list(&mut w.fx);
    }
}

fn dispatch(w: &mut W<'_>, memo: &mut Memo, a: Acting, cmd: &Command) -> CommandResult {
    use Command as C;
    match cmd {
        C::CreateUser {
            username,
            email,
            first_name,
            last_name,
            password,
            is_staff,
        } => users::create(
            w, memo, a, username, email, first_name, last_name, password, *is_staff,
        ),
        C::CreateFirstAdmin {
            username,
            email,
            password,
        } => {
            use redb::ReadableTable;
            if w.users.first()?.is_some() {
                return Err(conflict(
                    "this site already has its first admin; sign in instead",
                ));
            }
            users::create(w, memo, a, username, email, "", "", password, true)
        }
        C::UpdateProfile {
            user,
            first_name,
            last_name,
            email,
        } => users::update_profile(w, a, *user, first_name, last_name, email),
        C::SetPassword {
            user,
            password,
            sign_out,
        } => users::set_password(w, a, *user, password, *sign_out),
        C::SetUserActive { user, active } => users::set_active(w, memo, a, *user, *active),
        C::SetUserStaff { user, staff } => users::set_staff(w, a, *user, *staff),
        C::CreateGroup(f) => groups::create(w, memo, a, f),
        C::UpdateGroup { group, fields } => groups::update(w, a, *group, fields),
        C::SetGroupActive { group, active } => groups::set_active(w, a, *group, *active),
        C::JoinGroup { group } => groups::join(w, memo, a, *group),
        C::LeaveGroup { group } => groups::leave(w, memo, a, *group),
        C::Moderate {
            group,
            user,
            action,
        } => groups::moderate(w, memo, a, *group, *user, *action),
        C::CreateCategory { name, slug, parent } => {
            items::create_category(w, a, name, slug, *parent)
        }
        C::UpdateCategory {
            category,
            name,
            parent,
            is_active,
        } => items::update_category(w, a, *category, name, *parent, *is_active),
        C::CreateItem(f) => items::create(w, memo, a, f),
        C::UpdateItem {
            item,
            fields,
            is_active,
        } => items::update(w, memo, a, *item, fields, *is_active),
        C::RequestLoan {
            item,
            group,
            message,
        } => loans::request(w, a, *item, *group, message),
        C::Loan { loan, action } => loans::act(w, memo, a, *loan, *action),
        C::Review {
            loan,
            rating,
            comment,
        } => loans::review(w, memo, a, *loan, *rating, comment),
        C::CreateBadge(f) => badges::create_badge(w, a, f),
        C::UpdateBadge { badge, fields } => badges::update_badge(w, memo, a, *badge, fields),
        C::CreateAchievement(f) => badges::create_achievement(w, memo, a, None, f),
        C::UpdateAchievement {
            achievement,
            fields,
        } => badges::create_achievement(w, memo, a, Some(*achievement), fields),
        C::GrantBadge { user, badge } => badges::grant(w, memo, a, *user, *badge),
        C::AdjustPoints {
            user,
            kind,
            points,
            description,
        } => badges::adjust_points(w, memo, a, *user, *kind, *points, description),
        C::SetSetting { setting, value } => badges::set_setting(w, a, *setting, value),
        C::StartSession {
            user,
            hash,
            csrf,
            lifetime,
        } => sessions::start(w, a, *user, hash, csrf, *lifetime),
        C::EndSession { hash } => sessions::end(w, hash),
        C::EndAllSessions { user } => sessions::end_all(w, a, *user),
        C::CreateToken { hash, name, prefix } => sessions::create_token(w, a, hash, name, prefix),
        C::RevokeToken { hash } => sessions::revoke_token(w, a, hash),
    }
}
