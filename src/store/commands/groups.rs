//! Groups and memberships: create and edit a group, join / request / leave, and what group
//! admins do (approve, ban, promote).

use super::notices::{notify, notify_each};
use crate::domain::conversation::Thread;
use crate::domain::notice::{Kind, Notice};
use crate::i18n::phrase::Phrase;
use crate::views::search::maintain as search;
use redb::ReadableTable;

use super::awards::apply_contributions;
use super::invites::withdraw_made_by;
use super::items::unshare_from;
use super::loans::end_request;
use super::period_boards;
use super::{
    conflict, forbidden, Acting, Apply, CommandError, CommandResult, GroupFields, Moderation,
};
use crate::domain::access;
use crate::domain::choice::{LoanStatus, MemberStatus, Role};
use crate::domain::figures::membership_contributions;
use crate::domain::loan::ends_on_leaving;
use crate::domain::records::{Group, GroupId, LoanId, Membership, Stamped, UserId, UNKNOWN_CITY};
use crate::domain::validate::{check_text, invalid, parse_coordinate, Slug, RESERVED_GROUP_SLUGS};
use crate::store::tx::W;
use crate::views::maintain::{group_changed, Memo};

pub(crate) fn load_group(w: &W<'_>, group: GroupId) -> Result<Group, CommandError> {
    w.groups.get(group)?.ok_or(CommandError::NotFound("group"))
}

/// The membership of a user in a group, with its pk.
/// The active admins of a group (its owner among them).
pub(crate) fn admins_of(w: &W<'_>, group: GroupId) -> Result<Vec<UserId>, CommandError> {
    let mut ids = Vec::new();
    for row in w
        .membership_by_group
        .range((group.0, 0)..=(group.0, u64::MAX))?
    {
        ids.push(row?.1.value());
    }
    let mut out = Vec::new();
    for id in ids {
        if let Some(m) = w.memberships.get(id)? {
            if m.role == Role::Admin && m.status == MemberStatus::Active {
                out.push(m.user);
            }
        }
    }
    Ok(out)
}

pub(crate) fn membership(
    w: &W<'_>,
    group: GroupId,
    user: UserId,
) -> Result<Option<(u64, Membership)>, CommandError> {
    let Some(id) = w
        .membership_by_group
        .get((group.0, user.0))?
        .map(|g| g.value())
    else {
        return Ok(None);
    };
    Ok(w.memberships.get(id)?.map(|m| (id, m)))
}

/// Group admins (active, role admin) and staff manage a group.
pub(crate) fn require_group_admin(
    w: &W<'_>,
    a: Acting,
    group: GroupId,
) -> Result<(), CommandError> {
    let mine = match a.id {
        Some(user) => membership(w, group, user)?.map(|(_, m)| m),
        None => None,
    };
    if access::manages_group(a.is_staff, mine.as_ref()) {
        Ok(())
    } else {
        Err(forbidden(Phrase::id("refuse-admins-only")))
    }
}

struct Checked {
    name: String,
    description: String,
    city: String,
    state: String,
    country: String,
    latitude: Option<i64>,
    longitude: Option<i64>,
}

fn check_fields(f: &GroupFields) -> Result<Checked, CommandError> {
    let name = check_text("name", &f.name, 100, true)?;
    let description = check_text("description", &f.description, 5000, false)?;
    let city = check_text("city", &f.city, 100, false)?;
    let state = check_text("state", &f.state, 100, false)?;
    let country = check_text("country", &f.country, 100, false)?;
    let (lat, lng) = (f.latitude.trim(), f.longitude.trim());
    let (latitude, longitude) = match (lat.is_empty(), lng.is_empty()) {
        (true, true) => (None, None),
        (false, false) => (
            Some(parse_coordinate("latitude", lat, 90)?),
            Some(parse_coordinate("longitude", lng, 180)?),
        ),
        _ => return Err(invalid("longitude", Phrase::id("invalid-both-coordinates")).into()),
    };
    if city.is_empty() && latitude.is_some() {
        return Err(invalid("city", Phrase::id("invalid-city-with-coordinates")).into());
    }
    let city = if city.is_empty() {
        UNKNOWN_CITY.to_string()
    } else {
        city
    };
    Ok(Checked {
        name,
        description,
        city,
        state,
        country,
        latitude,
        longitude,
    })
}

/// A new group, its creator its owner and first admin.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateGroup(pub GroupFields);

impl Apply for CreateGroup {
    fn apply(&self, w: &mut W<'_>, memo: &mut Memo, a: Acting) -> CommandResult {
        let CreateGroup(f) = self;
        let owner = a.member()?;
        let c = check_fields(f)?;
        let base = Slug::from_text(&c.name).into_string();
        let mut slug = base.clone();
        let mut n = 2;
        // `/groups/new` and `/groups/map` are pages of their own: no group may take those names.
        while RESERVED_GROUP_SLUGS.contains(&slug.as_str())
            || w.group_slugs.open()?.get(slug.as_str())?.is_some()
        {
            slug = format!("{base}-{n}");
            n += 1;
        }
        let id = w.next_id("groups")?;
        let group = Group {
            name: c.name,
            slug: slug.clone(),
            description: c.description,
            privacy: f.privacy,
            city: c.city,
            state: c.state,
            country: c.country,
            latitude: c.latitude,
            longitude: c.longitude,
            owner,
            is_active: true,
            created_at: w.now,
        };
        w.groups.put(GroupId(id), &group)?;
        w.stamp(Stamped::Group, GroupId(id), true)?;
        w.group_slugs.open()?.insert(slug.as_str(), id)?;
        group_changed(&mut w.views().1, None, &group)?;
        search::group(w, GroupId(id), &group)?;
        let m = Membership {
            group: GroupId(id),
            user: owner,
            role: Role::Admin,
            status: MemberStatus::Active,
            joined_at: w.now,
        };
        insert_membership(w, memo, &m)?;
        Ok(id)
    }
}

/// A group's details (its admins).
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateGroup {
    pub group: GroupId,
    pub fields: GroupFields,
}

impl Apply for UpdateGroup {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let UpdateGroup {
            group,
            fields: ref f,
        } = *self;
        let before = load_group(w, group)?;
        require_group_admin(w, a, group)?;
        let c = check_fields(f)?;
        let mut after = before.clone();
        after.name = c.name;
        after.description = c.description;
        after.privacy = f.privacy;
        after.city = c.city;
        after.state = c.state;
        after.country = c.country;
        after.latitude = c.latitude;
        after.longitude = c.longitude;
        w.groups.put(group, &after)?;
        w.stamp(Stamped::Group, group, false)?;
        group_changed(&mut w.views().1, Some(&before), &after)?;
        search::group(w, group, &after)?;
        Ok(group.0)
    }
}

/// A group archived or reopened (its admins).
#[derive(Debug, Clone, PartialEq)]
pub struct SetGroupActive {
    pub group: GroupId,
    pub active: bool,
}

impl Apply for SetGroupActive {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let SetGroupActive { group, active } = *self;
        let before = load_group(w, group)?;
        if !a.is_staff && !a.is(before.owner) {
            return Err(forbidden(Phrase::id("refuse-owner-only")));
        }
        let mut after = before.clone();
        after.is_active = active;
        w.groups.put(group, &after)?;
        w.stamp(Stamped::Group, group, false)?;
        group_changed(&mut w.views().1, Some(&before), &after)?;
        search::group(w, group, &after)?;
        Ok(group.0)
    }
}

pub(crate) fn insert_membership(w: &mut W<'_>, memo: &mut Memo, m: &Membership) -> CommandResult {
    let id = w.next_id("memberships")?;
    w.memberships.put(id, m)?;
    w.membership_by_group.insert((m.group.0, m.user.0), id)?;
    w.membership_by_user.insert((m.user.0, m.group.0), id)?;
    w.known_members.forget();
    if m.status == MemberStatus::Active {
        period_boards::membership_changed(w, memo, m, true)?;
    }
    apply_contributions(w, memo, &membership_contributions(m), 1)?;
    Ok(id)
}

/// Changes a membership's role or status, following groups_joined.
pub(crate) fn update_membership(
    w: &mut W<'_>,
    memo: &mut Memo,
    id: u64,
    before: &Membership,
    after: &Membership,
) -> CommandResult {
    w.memberships.put(id, after)?;
    w.known_members.forget();
    let active = after.status == MemberStatus::Active;
    if active != (before.status == MemberStatus::Active) {
        period_boards::membership_changed(w, memo, after, active)?;
    }
    apply_contributions(w, memo, &membership_contributions(before), -1)?;
    apply_contributions(w, memo, &membership_contributions(after), 1)?;
    Ok(id)
}

/// What a member leaves behind in a group when their active membership ends (they left, were
/// removed or banned): their items are no longer shared with it (`items::unshare_from`), and
/// the requests made through it, theirs and those for their items, are cancelled.
fn depart(w: &mut W<'_>, memo: &mut Memo, m: &Membership) -> Result<(), CommandError> {
    if m.status != MemberStatus::Active {
        return Ok(());
    }
    unshare_from(w, memo, m.user, m.group)?;
    let mut theirs = Vec::new();
    for row in w
        .loans_by_user
        .range((m.user.0, 0)..=(m.user.0, u64::MAX))?
    {
        theirs.push(LoanId(row?.0.value().1));
    }
    for id in theirs {
        if let Some(loan) = w.loans.get(id)? {
            if ends_on_leaving(&loan, m.user, m.group) {
                end_request(w, id, &loan, LoanStatus::Cancelled, m.user)?;
            }
        }
    }
    Ok(())
}

pub(crate) fn delete_membership(
    w: &mut W<'_>,
    memo: &mut Memo,
    id: u64,
    m: &Membership,
) -> CommandResult {
    depart(w, memo, m)?;
    withdraw_made_by(w, m.group, m.user)?;
    super::conversations::forget_thread(w, Thread::Join(id))?;
    if m.status == MemberStatus::Active {
        period_boards::membership_changed(w, memo, m, false)?;
    }
    w.memberships.remove(id)?;
    w.membership_by_group.remove((m.group.0, m.user.0))?;
    w.membership_by_user.remove((m.user.0, m.group.0))?;
    w.known_members.forget();
    apply_contributions(w, memo, &membership_contributions(m), -1)?;
    Ok(id)
}

/// Joining a group, or asking to: public groups take a member at once; `request` and
/// `private` ones want an admin's approval (`domain::access::joining_status`).
#[derive(Debug, Clone, PartialEq)]
pub struct JoinGroup {
    pub group: GroupId,
}

impl Apply for JoinGroup {
    fn apply(&self, w: &mut W<'_>, memo: &mut Memo, a: Acting) -> CommandResult {
        let JoinGroup { group } = *self;
        let user = a.member()?;
        let g = load_group(w, group)?;
        if !g.is_active {
            return Err(conflict(Phrase::id("refuse-group-closed")));
        }
        match membership(w, group, user)? {
            Some((_, m)) if m.status == MemberStatus::Banned => {
                return Err(forbidden(Phrase::id("refuse-banned")))
            }
            Some((_, m)) if m.status == MemberStatus::Pending => {
                return Err(conflict(Phrase::id("refuse-join-waiting")))
            }
            Some(_) => return Err(conflict(Phrase::id("refuse-already-member"))),
            None => {}
        }
        let status = access::joining_status(&g);
        let m = Membership {
            group,
            user,
            role: Role::Member,
            status,
            joined_at: w.now,
        };
        let id = insert_membership(w, memo, &m)?;
        // A request waits for the group's admins: they hear of it.
        if status == MemberStatus::Pending {
            let told = Notice::new(Kind::JoinRequest, w.now)
                .by(user)
                .in_group(group);
            let admins = admins_of(w, group)?;
            notify_each(w, admins, &told)?;
        }
        Ok(id)
    }
}

/// Leaving a group (its owner cannot).
#[derive(Debug, Clone, PartialEq)]
pub struct LeaveGroup {
    pub group: GroupId,
}

impl Apply for LeaveGroup {
    fn apply(&self, w: &mut W<'_>, memo: &mut Memo, a: Acting) -> CommandResult {
        let LeaveGroup { group } = *self;
        let user = a.member()?;
        let g = load_group(w, group)?;
        if g.owner == user {
            return Err(conflict(Phrase::id("refuse-owner-leaves")));
        }
        match membership(w, group, user)? {
            Some((_, m)) if m.status == MemberStatus::Banned => {
                Err(forbidden(Phrase::id("refuse-banned")))
            }
            Some((id, m)) => delete_membership(w, memo, id, &m),
            None => Err(CommandError::NotFound("membership")),
        }
    }
}

/// What a group's admin does to a membership.
#[derive(Debug, Clone, PartialEq)]
pub struct Moderate {
    pub group: GroupId,
    pub user: UserId,
    pub action: Moderation,
}

impl Apply for Moderate {
    fn apply(&self, w: &mut W<'_>, memo: &mut Memo, a: Acting) -> CommandResult {
        let Moderate {
            group,
            user,
            action,
        } = *self;
        let g = load_group(w, group)?;
        require_group_admin(w, a, group)?;
        let (id, before) =
            membership(w, group, user)?.ok_or(CommandError::NotFound("membership"))?;
        if user == g.owner {
            return Err(forbidden(Phrase::id("refuse-owner-moderated")));
        }
        let mut after = before.clone();
        match (action, before.status) {
            (Moderation::Approve, MemberStatus::Pending) => {
                after.status = MemberStatus::Active;
                after.joined_at = w.now;
            }
            (Moderation::Ban, MemberStatus::Active | MemberStatus::Pending) => {
                after.status = MemberStatus::Banned;
                after.role = Role::Member;
                depart(w, memo, &before)?;
                withdraw_made_by(w, group, user)?;
            }
            // Unbanned, the member may ask again: the membership goes, as when removed.
            (Moderation::Unban, MemberStatus::Banned)
            | (Moderation::Remove, MemberStatus::Active | MemberStatus::Pending) => {
                let done = delete_membership(w, memo, id, &before)?;
                // A request turned down: the member hears the answer.
                if before.status == MemberStatus::Pending {
                    let told = Notice::new(Kind::JoinDecision, w.now).in_group(group);
                    let told = told.answered(false);
                    notify(w, user, a.id.map_or(told.clone(), |by| told.by(by)))?;
                }
                return Ok(done);
            }
            (Moderation::Promote, MemberStatus::Active) if before.role == Role::Member => {
                after.role = Role::Admin
            }
            (Moderation::Demote, MemberStatus::Active) if before.role == Role::Admin => {
                after.role = Role::Member;
                withdraw_made_by(w, group, user)?;
            }
            _ => return Err(conflict(Phrase::id("refuse-membership-change"))),
        }
        update_membership(w, memo, id, &before, &after)?;
        if before.status == MemberStatus::Pending && after.status == MemberStatus::Active {
            let told = Notice::new(Kind::JoinDecision, w.now).in_group(group);
            let told = told.answered(true);
            notify(w, user, a.id.map_or(told.clone(), |by| told.by(by)))?;
        }
        Ok(id)
    }
}
