//! Commands: every write DOMAIN.md describes, each checked against the transaction's state
//! before anything is changed (so a refused command leaves no trace in its batch), then applied
//! to the base records and, through `views::maintain`, to every view they feed.

use crate::i18n::phrase::Phrase;

mod awards;
mod badges;
pub use badges::{
    load_rules, AdjustPoints, BadgeTextIn, CreateAchievement, CreateBadge, GrantBadge,
    SetBadgeTexts, SetSetting, SetSettings, UpdateAchievement, UpdateBadge,
};
mod extensions;
pub use extensions::{AnswerExtension, AskExtension};
mod groups;
pub use groups::{CreateGroup, JoinGroup, LeaveGroup, Moderate, SetGroupActive, UpdateGroup};
mod items;
pub use items::{CreateCategory, CreateItem, MergeCategory, UpdateCategory, UpdateItem};
mod loans;
pub use loans::{LoanStep, RequestLoan, ReviewLoan};
mod notices;
mod period_boards;
pub use notices::ReadNotices;
pub use period_boards::close_due as close_periods;
mod reminders;
pub use reminders::SendReminders;
mod sessions;
pub use sessions::{CreateToken, EndAllSessions, EndSession, RevokeToken, StartSession};
mod conversations;
pub use conversations::{CloseReport, ReportKey, ReportMessage, WriteMessage};
mod mail;
pub use mail::{ComposeDigests, EnsureSiteKey, MailFailed, MailSent, SetMailChoices, OUTBOX_KEPT};
mod deletion;
mod photos;
pub use photos::{AddPhotos, ArrangePhoto, CreateItemWithPhotos, RemovePhoto, SetAvatar};
mod users;
pub use deletion::DeleteAccount;
mod invites;
pub use invites::{
    AnswerInvitation, CreateInviteLink, InviteMember, JoinByLink, RevokeInviteLink,
    WithdrawInvitation,
};
pub use sessions::SecretHash;
pub use users::{
    AcknowledgeRename, CreateFirstAdmin, CreateUser, SetLanguage, SetPassword, SetProfilePrivacy,
    SetTimeZone, SetUserActive, SetUserStaff, ShowEmailOnLoans, UpdateProfile,
};

use crate::domain::choice::*;
use crate::domain::records::{BadgeId, GroupId, Id, UserId};
use crate::domain::validate::Invalid;
use crate::store::evict;
use crate::store::tx::W;
use crate::store::StoreError;
use crate::views::maintain::Memo;

/// Who asks: a signed-in user, or the host at the command line (`create-admin`, `demo`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    System,
    User(UserId),
}

/// Every write, as a value. Each command is a struct in the module of what it changes, and
/// applies itself ([`Apply`]): its checks first, then the records and, through
/// `views::maintain`, every view they feed. Build one with `Command::from(JoinGroup { .. })`
/// or pass the struct to `Writer::run`, which takes either.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    CreateUser(CreateUser),
    CreateFirstAdmin(CreateFirstAdmin),
    UpdateProfile(UpdateProfile),
    AcknowledgeRename(AcknowledgeRename),
    ShowEmailOnLoans(ShowEmailOnLoans),
    SetProfilePrivacy(SetProfilePrivacy),
    SetTimeZone(SetTimeZone),
    SetLanguage(SetLanguage),
    DeleteAccount(DeleteAccount),
    CreateInviteLink(CreateInviteLink),
    RevokeInviteLink(RevokeInviteLink),
    JoinByLink(JoinByLink),
    InviteMember(InviteMember),
    WithdrawInvitation(WithdrawInvitation),
    AnswerInvitation(AnswerInvitation),
    SetPassword(SetPassword),
    SetUserActive(SetUserActive),
    SetUserStaff(SetUserStaff),
    CreateGroup(CreateGroup),
    UpdateGroup(UpdateGroup),
    SetGroupActive(SetGroupActive),
    JoinGroup(JoinGroup),
    LeaveGroup(LeaveGroup),
    Moderate(Moderate),
    CreateCategory(CreateCategory),
    UpdateCategory(UpdateCategory),
    MergeCategory(MergeCategory),
    CreateItem(CreateItem),
    UpdateItem(UpdateItem),
    RequestLoan(RequestLoan),
    LoanStep(LoanStep),
    ReviewLoan(ReviewLoan),
    AskExtension(AskExtension),
    AnswerExtension(AnswerExtension),
    CreateBadge(CreateBadge),
    UpdateBadge(UpdateBadge),
    SetBadgeTexts(SetBadgeTexts),
    SetSettings(SetSettings),
    CreateAchievement(CreateAchievement),
    UpdateAchievement(UpdateAchievement),
    GrantBadge(GrantBadge),
    AdjustPoints(AdjustPoints),
    SetSetting(SetSetting),
    StartSession(StartSession),
    EndSession(EndSession),
    EndAllSessions(EndAllSessions),
    CreateToken(CreateToken),
    RevokeToken(RevokeToken),
    ReadNotices(ReadNotices),
    SendReminders(SendReminders),
    WriteMessage(WriteMessage),
    ReportMessage(ReportMessage),
    CloseReport(CloseReport),
    SetMailChoices(SetMailChoices),
    MailSent(MailSent),
    MailFailed(MailFailed),
    ComposeDigests(ComposeDigests),
    EnsureSiteKey(EnsureSiteKey),
    AddPhotos(AddPhotos),
    CreateItemWithPhotos(CreateItemWithPhotos),
    ArrangePhoto(ArrangePhoto),
    RemovePhoto(RemovePhoto),
    SetAvatar(SetAvatar),
}

/// A command's own work, inside the writer's transaction: `a` is the checked actor.
pub(crate) trait Apply {
    fn apply(&self, w: &mut W<'_>, memo: &mut Memo, a: Acting) -> CommandResult;
}

macro_rules! into_command {
    ($($name:ident),* $(,)?) => {$(
        impl From<$name> for Command {
            fn from(c: $name) -> Command {
                Command::$name(c)
            }
        }
    )*};
}

into_command!(
    CreateUser,
    CreateFirstAdmin,
    UpdateProfile,
    AcknowledgeRename,
    ShowEmailOnLoans,
    SetProfilePrivacy,
    SetTimeZone,
    SetLanguage,
    DeleteAccount,
    CreateInviteLink,
    RevokeInviteLink,
    JoinByLink,
    InviteMember,
    WithdrawInvitation,
    AnswerInvitation,
    SetPassword,
    SetUserActive,
    SetUserStaff,
    CreateGroup,
    UpdateGroup,
    SetGroupActive,
    JoinGroup,
    LeaveGroup,
    Moderate,
    CreateCategory,
    UpdateCategory,
    MergeCategory,
    CreateItem,
    UpdateItem,
    RequestLoan,
    LoanStep,
    ReviewLoan,
    AskExtension,
    AnswerExtension,
    CreateBadge,
    UpdateBadge,
    SetBadgeTexts,
    SetSettings,
    CreateAchievement,
    UpdateAchievement,
    GrantBadge,
    AdjustPoints,
    SetSetting,
    StartSession,
    EndSession,
    EndAllSessions,
    CreateToken,
    RevokeToken,
    ReadNotices,
    SendReminders,
    WriteMessage,
    ReportMessage,
    CloseReport,
    SetMailChoices,
    MailSent,
    MailFailed,
    ComposeDigests,
    EnsureSiteKey,
    AddPhotos,
    CreateItemWithPhotos,
    ArrangePhoto,
    RemovePhoto,
    SetAvatar,
);

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
    pub badge: BadgeId,
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
    Forbidden(Phrase),
    #[error("{0}")]
    Conflict(Phrase),
    #[error("internal error: {0}")]
    Internal(#[from] StoreError),
}

impl From<redb::StorageError> for CommandError {
    fn from(e: redb::StorageError) -> Self {
        CommandError::Internal(e.into())
    }
}

pub type CommandResult = Result<Id, CommandError>;

pub(crate) fn forbidden(msg: impl Into<Phrase>) -> CommandError {
    CommandError::Forbidden(msg.into())
}

pub(crate) fn conflict(msg: impl Into<Phrase>) -> CommandError {
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
            .ok_or_else(|| forbidden(Phrase::id("refuse-signed-in")))
    }

    pub(crate) fn require_staff(&self) -> Result<(), CommandError> {
        if self.is_staff {
            Ok(())
        } else {
            Err(forbidden(Phrase::id("refuse-staff-only")))
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
            let u = w
                .users
                .get(id)?
                .filter(|u| u.is_active)
                .ok_or_else(|| forbidden(Phrase::id("refuse-inactive")))?;
            Ok(Acting {
                id: Some(id),
                is_staff: u.is_staff,
            })
        }
    }
}

/// Applies one command; returns the id of the record it created or changed.
pub fn apply(w: &mut W<'_>, memo: &mut Memo, actor: Actor, cmd: &Command) -> CommandResult {
    // Members are remembered within one command only (`KnownMembers`).
    w.known_members.forget();
    let nobody = Acting {
        id: None,
        is_staff: false,
    };
    let a = match cmd {
        // Signing up needs no account.
        Command::CreateUser(_) if actor == Actor::System => Acting {
            id: None,
            is_staff: true,
        },
        Command::CreateUser(_) => acting(w, actor).unwrap_or(nobody),
        // Holding the session's cookie is the authorization.
        Command::EndSession(_) => nobody,
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
        | C::CreateItemWithPhotos(_)
        | C::UpdateItem(_)
        | C::CreateCategory(_)
        | C::UpdateCategory(_)
        | C::MergeCategory(_)
        | C::CreateUser(_)
        | C::CreateFirstAdmin(_)
        | C::SetUserActive(_) => (true, true),
        C::UpdateProfile(_) => (false, true),
        C::CreateGroup(_)
        | C::UpdateGroup(_)
        | C::SetGroupActive(_)
        | C::SetSetting(_)
        | C::SetSettings(_) => (true, false),
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
        C::CreateUser(c) => c.apply(w, memo, a),
        C::CreateFirstAdmin(c) => c.apply(w, memo, a),
        C::UpdateProfile(c) => c.apply(w, memo, a),
        C::AcknowledgeRename(c) => c.apply(w, memo, a),
        C::ShowEmailOnLoans(c) => c.apply(w, memo, a),
        C::SetProfilePrivacy(c) => c.apply(w, memo, a),
        C::SetTimeZone(c) => c.apply(w, memo, a),
        C::SetLanguage(c) => c.apply(w, memo, a),
        C::DeleteAccount(c) => c.apply(w, memo, a),
        C::CreateInviteLink(c) => c.apply(w, memo, a),
        C::RevokeInviteLink(c) => c.apply(w, memo, a),
        C::JoinByLink(c) => c.apply(w, memo, a),
        C::InviteMember(c) => c.apply(w, memo, a),
        C::WithdrawInvitation(c) => c.apply(w, memo, a),
        C::AnswerInvitation(c) => c.apply(w, memo, a),
        C::SetPassword(c) => c.apply(w, memo, a),
        C::SetUserActive(c) => c.apply(w, memo, a),
        C::SetUserStaff(c) => c.apply(w, memo, a),
        C::CreateGroup(c) => c.apply(w, memo, a),
        C::UpdateGroup(c) => c.apply(w, memo, a),
        C::SetGroupActive(c) => c.apply(w, memo, a),
        C::JoinGroup(c) => c.apply(w, memo, a),
        C::LeaveGroup(c) => c.apply(w, memo, a),
        C::Moderate(c) => c.apply(w, memo, a),
        C::CreateCategory(c) => c.apply(w, memo, a),
        C::UpdateCategory(c) => c.apply(w, memo, a),
        C::MergeCategory(c) => c.apply(w, memo, a),
        C::CreateItem(c) => c.apply(w, memo, a),
        C::UpdateItem(c) => c.apply(w, memo, a),
        C::RequestLoan(c) => c.apply(w, memo, a),
        C::LoanStep(c) => c.apply(w, memo, a),
        C::ReviewLoan(c) => c.apply(w, memo, a),
        C::AskExtension(c) => c.apply(w, memo, a),
        C::AnswerExtension(c) => c.apply(w, memo, a),
        C::CreateBadge(c) => c.apply(w, memo, a),
        C::UpdateBadge(c) => c.apply(w, memo, a),
        C::SetBadgeTexts(c) => c.apply(w, memo, a),
        C::SetSettings(c) => c.apply(w, memo, a),
        C::CreateAchievement(c) => c.apply(w, memo, a),
        C::UpdateAchievement(c) => c.apply(w, memo, a),
        C::GrantBadge(c) => c.apply(w, memo, a),
        C::AdjustPoints(c) => c.apply(w, memo, a),
        C::SetSetting(c) => c.apply(w, memo, a),
        C::StartSession(c) => c.apply(w, memo, a),
        C::EndSession(c) => c.apply(w, memo, a),
        C::EndAllSessions(c) => c.apply(w, memo, a),
        C::CreateToken(c) => c.apply(w, memo, a),
        C::RevokeToken(c) => c.apply(w, memo, a),
        C::ReadNotices(c) => c.apply(w, memo, a),
        C::SendReminders(c) => c.apply(w, memo, a),
        C::WriteMessage(c) => c.apply(w, memo, a),
        C::ReportMessage(c) => c.apply(w, memo, a),
        C::CloseReport(c) => c.apply(w, memo, a),
        C::SetMailChoices(c) => c.apply(w, memo, a),
        C::MailSent(c) => c.apply(w, memo, a),
        C::MailFailed(c) => c.apply(w, memo, a),
        C::ComposeDigests(c) => c.apply(w, memo, a),
        C::EnsureSiteKey(c) => c.apply(w, memo, a),
        C::AddPhotos(c) => c.apply(w, memo, a),
        C::CreateItemWithPhotos(c) => c.apply(w, memo, a),
        C::ArrangePhoto(c) => c.apply(w, memo, a),
        C::RemovePhoto(c) => c.apply(w, memo, a),
        C::SetAvatar(c) => c.apply(w, memo, a),
    }
}
