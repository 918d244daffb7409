//! Invitations to a group (`domain::invite`): links made and withdrawn by the group's admins,
//! joining through one, and invitations by name that the member accepts or declines. Joining
//! by invitation makes an active member at once, private groups included; a ban stays.

use crate::domain::notice::{Kind, Notice};
use crate::i18n::phrase::Phrase;
use redb::ReadableTable;

use super::groups::{
    insert_membership, load_group, membership, require_group_admin, update_membership,
};
use super::{conflict, forbidden, Acting, Apply, CommandError, CommandResult};
use crate::domain::choice::{MemberStatus, Role};
use crate::domain::invite::{
    Invitation, InviteLink, LinkState, MAX_LINK_DAYS, MAX_LINK_USES, MAX_OPEN_LINKS,
};
use crate::domain::records::{GroupId, Membership, UserId};
use crate::domain::time::MS_PER_DAY;
use crate::domain::validate::invalid;
use crate::store::codec::Stored;
use crate::store::tx::W;
use crate::views::maintain::Memo;

/// A new invitation link to `group`, valid `days` days for `max_uses` people (0: no limit).
/// `code` is made by the caller, random and long enough not to be guessed.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateInviteLink {
    pub group: GroupId,
    pub code: String,
    pub days: u32,
    pub max_uses: u32,
}

impl Apply for CreateInviteLink {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let CreateInviteLink {
            group,
            ref code,
            days,
            max_uses,
        } = *self;
        let by = a.member()?;
        require_group_admin(w, a, group)?;
        if !load_group(w, group)?.is_active {
            return Err(conflict(Phrase::id("refuse-closed-invite")));
        }
        if !(1..=MAX_LINK_DAYS).contains(&days) {
            return Err(invalid(
                "days",
                Phrase::id("invalid-range").number("max", MAX_LINK_DAYS),
            )
            .into());
        }
        if max_uses > MAX_LINK_USES {
            return Err(invalid(
                "max_uses",
                Phrase::id("invalid-uses-max").number("max", MAX_LINK_USES),
            )
            .into());
        }
        if code.len() < 16
            || !code
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(invalid("code", Phrase::id("invalid-link-code")).into());
        }
        let open = open_links(w, group)?;
        if open >= MAX_OPEN_LINKS {
            return Err(conflict(
                Phrase::id("conflict-open-links").number("max", MAX_OPEN_LINKS),
            ));
        }
        let link = InviteLink {
            group,
            created_by: by,
            created_at: w.now,
            expires_at: w.now.saturating_add(i64::from(days) * MS_PER_DAY),
            max_uses,
            uses: 0,
            revoked: false,
        };
        if w.invite_links.open()?.get(code.as_str())?.is_some() {
            return Err(conflict(Phrase::id("conflict-code-taken")));
        }
        w.invite_links
            .open()?
            .insert(code.as_str(), link.encode().as_slice())?;
        w.invite_links_by_group
            .open()?
            .insert((group.0, code.as_str()), ())?;
        Ok(group.0)
    }
}

/// The codes of every link of `group`.
fn link_codes(w: &mut W<'_>, group: GroupId) -> Result<Vec<String>, CommandError> {
    let mut codes = Vec::new();
    for row in w.invite_links_by_group.open()?.range((group.0, "")..)? {
        let (k, _) = row?;
        let (g, code) = k.value();
        if g != group.0 {
            break;
        }
        codes.push(code.to_string());
    }
    Ok(codes)
}

/// The group's links that still let people in.
fn open_links(w: &mut W<'_>, group: GroupId) -> Result<usize, CommandError> {
    let codes = link_codes(w, group)?;
    let mut open = 0;
    for code in codes {
        if let Some(v) = w.invite_links.open()?.get(code.as_str())? {
            if InviteLink::decode(v.value())?.state(w.now) == LinkState::Open {
                open += 1;
            }
        }
    }
    Ok(open)
}

fn load_link(w: &mut W<'_>, code: &str) -> Result<InviteLink, CommandError> {
    match w.invite_links.open()?.get(code)? {
        Some(v) => Ok(InviteLink::decode(v.value())?),
        None => Err(CommandError::NotFound("invitation")),
    }
}

/// A link withdrawn by the group's admins: it lets no one in any more.
#[derive(Debug, Clone, PartialEq)]
pub struct RevokeInviteLink {
    pub group: GroupId,
    pub code: String,
}

impl Apply for RevokeInviteLink {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        require_group_admin(w, a, self.group)?;
        let mut link = load_link(w, &self.code)?;
        if link.group != self.group {
            return Err(CommandError::NotFound("invitation"));
        }
        link.revoked = true;
        w.invite_links
            .open()?
            .insert(self.code.as_str(), link.encode().as_slice())?;
        Ok(self.group.0)
    }
}

/// Joining a group through a link: an active member at once.
#[derive(Debug, Clone, PartialEq)]
pub struct JoinByLink {
    pub code: String,
}

impl Apply for JoinByLink {
    fn apply(&self, w: &mut W<'_>, memo: &mut Memo, a: Acting) -> CommandResult {
        let user = a.member()?;
        let mut link = load_link(w, &self.code)?;
        let state = link.state(w.now);
        if state != LinkState::Open {
            return Err(conflict(Phrase::id(state.message_id())));
        }
        let id = admit(w, memo, link.group, user)?;
        link.uses += 1;
        w.invite_links
            .open()?
            .insert(self.code.as_str(), link.encode().as_slice())?;
        // An invitation by name to the same group is answered by joining.
        forget_invitation(w, user, link.group)?;
        Ok(id)
    }
}

/// Lets `user` into `group` as an active member: a new membership, or their request to
/// join approved. Refused for a closed group, a member already in, or a banned one.
fn admit(w: &mut W<'_>, memo: &mut Memo, group: GroupId, user: UserId) -> CommandResult {
    if !load_group(w, group)?.is_active {
        return Err(conflict(Phrase::id("refuse-group-closed")));
    }
    match membership(w, group, user)? {
        Some((_, m)) if m.status == MemberStatus::Banned => {
            Err(forbidden(Phrase::id("refuse-banned")))
        }
        Some((_, m)) if m.status == MemberStatus::Active => {
            Err(conflict(Phrase::id("refuse-already-member")))
        }
        Some((id, before)) => {
            let mut after = before.clone();
            after.status = MemberStatus::Active;
            after.joined_at = w.now;
            update_membership(w, memo, id, &before, &after)
        }
        None => {
            let m = Membership {
                group,
                user,
                role: Role::Member,
                status: MemberStatus::Active,
                joined_at: w.now,
            };
            insert_membership(w, memo, &m)
        }
    }
}

fn forget_invitation(w: &mut W<'_>, user: UserId, group: GroupId) -> Result<bool, CommandError> {
    let was = w.invitations.open()?.remove((user.0, group.0))?.is_some();
    w.invitations_by_group.open()?.remove((group.0, user.0))?;
    Ok(was)
}

/// A member invited by name by one of the group's admins.
#[derive(Debug, Clone, PartialEq)]
pub struct InviteMember {
    pub group: GroupId,
    pub user: UserId,
}

impl Apply for InviteMember {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let InviteMember { group, user } = *self;
        let by = a.member()?;
        require_group_admin(w, a, group)?;
        if !load_group(w, group)?.is_active {
            return Err(conflict(Phrase::id("refuse-closed-invite")));
        }
        let invited = w.users.get(user)?.filter(|u| u.is_active);
        if invited.is_none() {
            return Err(CommandError::NotFound("member"));
        }
        match membership(w, group, user)? {
            Some((_, m)) if m.status == MemberStatus::Banned => {
                return Err(conflict(Phrase::id("conflict-banned")))
            }
            Some((_, m)) if m.status == MemberStatus::Active => {
                return Err(conflict(Phrase::id("refuse-member-in-group")))
            }
            _ => {}
        }
        if w.invitations.open()?.get((user.0, group.0))?.is_some() {
            return Err(conflict(Phrase::id("refuse-member-invited")));
        }
        let invitation = Invitation {
            invited_by: by,
            created_at: w.now,
        };
        w.invitations
            .open()?
            .insert((user.0, group.0), invitation.encode().as_slice())?;
        w.invitations_by_group
            .open()?
            .insert((group.0, user.0), ())?;
        let told = Notice::new(Kind::GroupInvitation, w.now)
            .by(by)
            .in_group(group);
        super::notices::notify(w, user, told)?;
        Ok(user.0)
    }
}

/// An invitation by name withdrawn by the group's admins.
#[derive(Debug, Clone, PartialEq)]
pub struct WithdrawInvitation {
    pub group: GroupId,
    pub user: UserId,
}

impl Apply for WithdrawInvitation {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        require_group_admin(w, a, self.group)?;
        if !forget_invitation(w, self.user, self.group)? {
            return Err(CommandError::NotFound("invitation"));
        }
        Ok(self.user.0)
    }
}

/// The invited member's answer: in at once, or the invitation gone.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerInvitation {
    pub group: GroupId,
    pub accept: bool,
}

impl Apply for AnswerInvitation {
    fn apply(&self, w: &mut W<'_>, memo: &mut Memo, a: Acting) -> CommandResult {
        let user = a.member()?;
        if w.invitations.open()?.get((user.0, self.group.0))?.is_none() {
            return Err(CommandError::NotFound("invitation"));
        }
        let id = if self.accept {
            admit(w, memo, self.group, user)?
        } else {
            self.group.0
        };
        forget_invitation(w, user, self.group)?;
        Ok(id)
    }
}

/// What `user` made for `group` as its admin, once they no longer are one (demoted, banned,
/// removed, gone): their links withdrawn, their invitations by name dropped. Links made by
/// staff who are not members stay.
pub(crate) fn withdraw_made_by(
    w: &mut W<'_>,
    group: GroupId,
    user: UserId,
) -> Result<(), CommandError> {
    let codes = link_codes(w, group)?;
    for code in codes {
        let mut link = load_link(w, &code)?;
        if link.created_by == user && !link.revoked {
            link.revoked = true;
            w.invite_links
                .open()?
                .insert(code.as_str(), link.encode().as_slice())?;
        }
    }
    let mut invited = Vec::new();
    for row in w
        .invitations_by_group
        .open()?
        .range((group.0, 0)..=(group.0, u64::MAX))?
    {
        invited.push(UserId(row?.0.value().1));
    }
    for member in invited {
        let by = match w.invitations.open()?.get((member.0, group.0))? {
            Some(v) => Invitation::decode(v.value())?.invited_by,
            None => continue,
        };
        if by == user {
            forget_invitation(w, member, group)?;
        }
    }
    Ok(())
}

/// Every invitation by name of a member who leaves the site.
pub(crate) fn forget_invitations_of(w: &mut W<'_>, user: UserId) -> Result<(), CommandError> {
    let mut groups = Vec::new();
    for row in w
        .invitations
        .open()?
        .range((user.0, 0)..=(user.0, u64::MAX))?
    {
        groups.push(GroupId(row?.0.value().1));
    }
    for group in groups {
        forget_invitation(w, user, group)?;
    }
    Ok(())
}
