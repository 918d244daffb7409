//! Accounts: sign-up, profile, password, and staff switching users on and off.

use crate::i18n::phrase::Phrase;
use redb::ReadableTable;

use super::awards::check_badges;
use super::{conflict, forbidden, Acting, Apply, CommandError, CommandResult};
use crate::domain::privacy::{seen_by_visitors, ProfilePrivacy};
use crate::domain::records::{BadgeId, Stamped, User, UserId};
use crate::domain::validate::{check_email, check_name, invalid, Username, FORMER_MEMBER};
use crate::store::evict;
use crate::store::tx::W;
use crate::views::maintain::{figures_of, set_on_boards, Memo};
use crate::views::search::maintain as search;

fn load(w: &W<'_>, user: UserId) -> Result<User, CommandError> {
    w.users.get(user)?.ok_or(CommandError::NotFound("user"))
}

/// A display name may not be another member's username: "admin" as a name would pass for
/// the admin on every page that shows it.
fn check_display_name(
    w: &mut W<'_>,
    first_name: &str,
    last_name: &str,
    own_username: &str,
) -> Result<(), CommandError> {
    let full = format!("{} {}", first_name.trim(), last_name.trim());
    let folded = full.trim().to_lowercase();
    if folded.is_empty() || folded == own_username.to_lowercase() {
        return Ok(());
    }
    if w.usernames.open()?.get(folded.as_str())?.is_some() {
        return Err(invalid("first_name", Phrase::id("invalid-name-username")).into());
    }
    Ok(())
}

fn check_email_free(
    w: &mut W<'_>,
    email: &str,
    except: Option<UserId>,
) -> Result<(), CommandError> {
    if let Some(owner) = w.emails.open()?.get(email.to_lowercase().as_str())? {
        if Some(UserId(owner.value())) != except {
            return Err(conflict(Phrase::id("refuse-email-taken")));
        }
    }
    Ok(())
}

/// Sign-up (by `System` or anyone) or an account made by staff. `password` is already a
/// hash (argon2id PHC string), never plain text.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateUser {
    pub username: String,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub password: String,
    pub is_staff: bool,
}

impl Apply for CreateUser {
    fn apply(&self, w: &mut W<'_>, memo: &mut Memo, a: Acting) -> CommandResult {
        let CreateUser {
            ref username,
            ref email,
            ref first_name,
            ref last_name,
            ref password,
            is_staff,
        } = *self;
        let username = Username::parse(username.trim())?;
        let email = check_email(email)?;
        let first_name = check_name("first_name", first_name, 150)?;
        let last_name = check_name("last_name", last_name, 150)?;
        check_display_name(w, &first_name, &last_name, username.as_str())?;
        if is_staff && !a.is_staff {
            return Err(forbidden(Phrase::id("refuse-create-staff")));
        }
        if w.usernames
            .open()?
            .get(username.folded().as_str())?
            .is_some()
            || username.folded().starts_with(FORMER_MEMBER)
        {
            return Err(conflict(Phrase::id("refuse-username-taken")));
        }
        check_email_free(w, &email, None)?;
        let id = w.next_id("users")?;
        let user = User {
            username: username.as_str().to_string(),
            email: email.clone(),
            first_name,
            last_name,
            password: password.to_string(),
            is_staff,
            is_active: true,
            date_joined: w.now,
        };
        w.put_user(UserId(id), &user)?;
        w.stamp(Stamped::User, UserId(id), true)?;
        w.usernames.open()?.insert(username.folded().as_str(), id)?;
        w.emails.open()?.insert(email.to_lowercase().as_str(), id)?;
        let f = figures_of(&*w.figures, UserId(id))?;
        w.figures.put(UserId(id), &f)?;
        set_on_boards(&mut w.views().1, memo, UserId(id), &user.username, true)?;
        search::member(w, UserId(id), &user)?;
        check_badges(w, memo, UserId(id), &f)?;
        Ok(id)
    }
}

/// The first-run page: a staff account, only while the site has no user at all.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateFirstAdmin {
    pub username: String,
    pub email: String,
    pub password: String,
}

impl Apply for CreateFirstAdmin {
    fn apply(&self, w: &mut W<'_>, memo: &mut Memo, a: Acting) -> CommandResult {
        if w.users.first()?.is_some() {
            return Err(conflict(Phrase::id("conflict-first-admin")));
        }
        let admin = CreateUser {
            username: self.username.clone(),
            email: self.email.clone(),
            first_name: String::new(),
            last_name: String::new(),
            password: self.password.clone(),
            is_staff: true,
        };
        admin.apply(w, memo, a)
    }
}

/// A member was told the username a move from Comuniza gave them: it is not told again.
#[derive(Debug, Clone, PartialEq)]
pub struct AcknowledgeRename;

impl Apply for AcknowledgeRename {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let user = a.member()?;
        w.renamed.open()?.remove(user.0)?;
        Ok(user.0)
    }
}

/// A member's choice to show their email to the other person of each of their loans.
#[derive(Debug, Clone, PartialEq)]
pub struct ShowEmailOnLoans {
    pub show: bool,
}

impl Apply for ShowEmailOnLoans {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let user = a.member()?;
        if self.show {
            w.email_on_loans.open()?.insert(user.0, ())?;
        } else {
            w.email_on_loans.open()?.remove(user.0)?;
        }
        Ok(user.0)
    }
}

/// A member's own language for the site's pages (`None`: their browser's, else the site's),
/// the tag of one the site has messages in.
#[derive(Debug, Clone, PartialEq)]
pub struct SetLanguage {
    pub lang: Option<String>,
}

impl Apply for SetLanguage {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let user = a.member()?;
        let check = |tag: &str| crate::domain::settings::check_language("language", tag);
        own_choice(w.user_languages.open()?, user, self.lang.as_deref(), check)?;
        Ok(user.0)
    }
}

/// Keeps a member's own choice of a setting in `table`, checked by `check` (none, or only
/// blanks: the table forgets it, and the site's applies).
fn own_choice(
    table: &mut redb::Table<'_, u64, &'static str>,
    user: UserId,
    chosen: Option<&str>,
    check: impl Fn(&str) -> Result<String, crate::domain::validate::Invalid>,
) -> Result<(), CommandError> {
    match chosen.map(str::trim).filter(|c| !c.is_empty()) {
        None => {
            table.remove(user.0)?;
        }
        Some(c) => {
            table.insert(user.0, check(c)?.as_str())?;
        }
    }
    Ok(())
}

/// A member's own time zone (`None`: the site's), checked against the zone database.
#[derive(Debug, Clone, PartialEq)]
pub struct SetTimeZone {
    pub zone: Option<String>,
}

impl Apply for SetTimeZone {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let user = a.member()?;
        let check = |zone: &str| crate::domain::zone::check("time_zone", zone);
        own_choice(w.user_time_zones.open()?, user, self.zone.as_deref(), check)?;
        Ok(user.0)
    }
}

/// A member's profile privacy: who sees their profile and name, and whether the boards name
/// them (DOMAIN.md, "Profile privacy").
#[derive(Debug, Clone, PartialEq)]
pub struct SetProfilePrivacy {
    pub privacy: ProfilePrivacy,
}

impl Apply for SetProfilePrivacy {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let user = a.member()?;
        set_privacy(w, user, self.privacy)?;
        Ok(user.0)
    }
}

/// Stores a member's privacy (the default as no row) and evicts the cached pages that name
/// them (`evict_names`).
pub(crate) fn set_privacy(
    w: &mut W<'_>,
    user: UserId,
    privacy: ProfilePrivacy,
) -> Result<(), CommandError> {
    let before = w.privacy_of(user)?;
    if privacy == ProfilePrivacy::default() {
        w.profile_privacy.open()?.remove(user.0)?;
    } else {
        w.profile_privacy.open()?.insert(user.0, privacy.packed())?;
    }
    if seen_by_visitors(before) != seen_by_visitors(privacy) {
        // Visitors find their items by their name now, or no longer.
        search::items_of(w, user)?;
    }
    evict_names(w, user)
}

/// Evicts the cached pages that name `user` to anonymous visitors: the boards, the home page,
/// the item list and the pages of the badges they hold (recent earners).
pub(crate) fn evict_names(w: &mut W<'_>, user: UserId) -> Result<(), CommandError> {
    evict::board_tops(&mut w.fx);
    super::period_boards::evict_named(w, user)?;
    evict::item_list(&mut w.fx);
    let mut held = Vec::new();
    for row in w
        .user_badge_by_pair
        .range((user.0, 0)..=(user.0, u64::MAX))?
    {
        held.push(BadgeId(row?.0.value().1));
    }
    for badge in held {
        if let Some(b) = w.badges.open()?.get(badge)? {
            evict::badge(&mut w.fx, &b.slug);
        }
    }
    Ok(())
}

/// A member's names and email.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateProfile {
    pub user: UserId,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
}

impl Apply for UpdateProfile {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let UpdateProfile {
            user,
            ref first_name,
            ref last_name,
            ref email,
        } = *self;
        if !a.is(user) && !a.is_staff {
            return Err(forbidden(Phrase::id("refuse-profile-own")));
        }
        let mut u = load(w, user)?;
        let email = check_email(email)?;
        let first_name = check_name("first_name", first_name, 150)?;
        let last_name = check_name("last_name", last_name, 150)?;
        check_display_name(w, &first_name, &last_name, &u.username)?;
        check_email_free(w, &email, Some(user))?;
        if !u.email.is_empty() {
            w.emails.open()?.remove(u.email.to_lowercase().as_str())?;
        }
        w.emails
            .open()?
            .insert(email.to_lowercase().as_str(), user)?;
        let renamed = u.first_name != first_name || u.last_name != last_name;
        u.email = email;
        u.first_name = first_name;
        u.last_name = last_name;
        w.put_user(user, &u)?;
        w.stamp(Stamped::User, user, false)?;
        if renamed {
            // Found by their name, and their items by their owner's.
            search::member(w, user, &u)?;
            search::items_of(w, user)?;
        }
        evict::profile(&mut w.fx, &u.username);
        // The boards' rows and the item list show the name too.
        evict_names(w, user)?;
        Ok(user.0)
    }
}

/// A new password (already hashed). `sign_out`: end every session and revoke every access
/// token of the user in the same transaction (a change or a reset; not the rehash of an
/// imported hash at sign-in).
#[derive(Debug, Clone, PartialEq)]
pub struct SetPassword {
    pub user: UserId,
    pub password: String,
    pub sign_out: bool,
}

impl Apply for SetPassword {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let SetPassword {
            user,
            ref password,
            sign_out,
        } = *self;
        if !a.is(user) && !a.is_staff {
            return Err(forbidden(Phrase::id("refuse-password-own")));
        }
        if password.is_empty() {
            return Err(crate::domain::validate::invalid(
                "password",
                Phrase::id("invalid-required"),
            )
            .into());
        }
        let mut u = load(w, user)?;
        u.password = password.to_string();
        w.put_user(user, &u)?;
        w.stamp(Stamped::User, user, false)?;
        if sign_out {
            super::sessions::sign_out_everywhere(w, user)?;
        }
        Ok(user.0)
    }
}

/// An account switched on or off (staff).
#[derive(Debug, Clone, PartialEq)]
pub struct SetUserActive {
    pub user: UserId,
    pub active: bool,
}

impl Apply for SetUserActive {
    fn apply(&self, w: &mut W<'_>, memo: &mut Memo, a: Acting) -> CommandResult {
        let SetUserActive { user, active } = *self;
        a.require_staff()?;
        if a.is(user) && !active {
            return Err(forbidden(Phrase::id("refuse-deactivate-self")));
        }
        let mut u = load(w, user)?;
        if u.is_active == active {
            return Ok(user.0);
        }
        if active && w.former_members.open()?.get(user.0)?.is_some() {
            return Err(conflict(Phrase::id("conflict-deleted-account")));
        }
        u.is_active = active;
        w.put_user(user, &u)?;
        w.stamp(Stamped::User, user, false)?;
        if !active {
            super::sessions::sign_out_everywhere(w, user)?;
        }
        set_on_boards(&mut w.views().1, memo, user, &u.username, active)?;
        super::period_boards::set_active(w, memo, user, active)?;
        // The halls of fame that place them name them, or stop naming them.
        super::period_boards::evict_named(w, user)?;
        search::member(w, user, &u)?;
        search::items_of(w, user)?;
        evict::profile(&mut w.fx, &u.username);
        Ok(user.0)
    }
}

/// Staff rights given or taken (staff).
#[derive(Debug, Clone, PartialEq)]
pub struct SetUserStaff {
    pub user: UserId,
    pub staff: bool,
}

impl Apply for SetUserStaff {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let SetUserStaff { user, staff } = *self;
        a.require_staff()?;
        if a.is(user) && !staff {
            return Err(forbidden(Phrase::id("refuse-unstaff-self")));
        }
        let mut u = load(w, user)?;
        u.is_staff = staff;
        w.put_user(user, &u)?;
        w.stamp(Stamped::User, user, false)?;
        Ok(user.0)
    }
}
