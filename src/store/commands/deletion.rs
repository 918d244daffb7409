//! Leaving the site for good: an account becomes an anonymous former member. Everything that
//! others' figures, boards and badges rest on stays (loans, reviews given and received,
//! points, badges), so every view is what recomputation gives; what was the person's goes
//! (name, email, password, sessions, profile, memberships, photos), their open requests end,
//! their items are archived. A loan still open (promised or lent out) must be finished first.

use crate::i18n::phrase::Phrase;
use redb::ReadableTable;

use super::groups::{delete_membership, update_membership};
use super::items::archive;
use super::loans::end_request;
use super::users::evict_names;
use super::{conflict, forbidden, Acting, Apply, CommandError, CommandResult};
use crate::domain::choice::{LoanStatus, MemberStatus, Role};
use crate::domain::records::{Group, GroupId, ItemId, Loan, LoanId, Membership, Stamped, UserId};
use crate::store::evict;
use crate::store::tx::W;
use crate::views::maintain::{group_changed, set_on_boards, Memo};

use crate::domain::validate::FORMER_MEMBER;
/// A member's account deleted, by the member (the web page checks their password first) or
/// by staff for a member who asks. Staff accounts are not deleted this way: their rights
/// are taken first.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAccount {
    pub user: UserId,
}

impl Apply for DeleteAccount {
    fn apply(&self, w: &mut W<'_>, memo: &mut Memo, a: Acting) -> CommandResult {
        let user = self.user;
        if !a.is(user) && !a.is_staff {
            return Err(forbidden(Phrase::id("refuse-delete-own")));
        }
        let mut u = w.users.get(user)?.ok_or(CommandError::NotFound("user"))?;
        if w.former_members.open()?.get(user.0)?.is_some() {
            return Err(CommandError::NotFound("user"));
        }
        if u.is_staff {
            return Err(conflict(Phrase::id("conflict-delete-staff")));
        }
        let loans = loans_of(w, user)?;
        let open: Vec<_> = loans.iter().filter(|(_, l)| l.status.is_open()).collect();
        if !open.is_empty() {
            return Err(conflict(
                Phrase::id("conflict-delete-open-loans").number("count", open.len()),
            ));
        }
        // Their requests are withdrawn; requests for their items end as the items go.
        for (id, loan) in &loans {
            if loan.status == LoanStatus::Requested && loan.borrower == user {
                end_request(w, *id, loan, LoanStatus::Cancelled, user)?;
            }
        }
        let items = items_of(w, user)?;
        for &item in &items {
            if let Some(before) = w.items.get(item)? {
                if before.is_active {
                    archive(w, memo, item, &before)?;
                }
            }
        }
        // Their photos go with them (a picture of one's home is one's own).
        super::photos::remove_all_of(w, user, &items)?;
        for (id, m) in memberships_of(w, user)? {
            let owned = w.groups.get(m.group)?.filter(|g| g.owner == user);
            if let Some(group) = owned {
                hand_over(w, memo, m.group, &group, user)?;
            }
            delete_membership(w, memo, id, &m)?;
        }
        // The person goes; their records stay, nameless.
        evict_names(w, user)?;
        evict::profile(&mut w.fx, &u.username);
        // A member staff switched off is on no board already.
        if u.is_active {
            set_on_boards(&mut w.views().1, memo, user, &u.username, false)?;
            super::period_boards::set_active(w, memo, user, false)?;
        }
        w.usernames
            .open()?
            .remove(u.username.to_ascii_lowercase().as_str())?;
        if !u.email.is_empty() {
            w.emails.open()?.remove(u.email.to_lowercase().as_str())?;
        }
        u.username = free_former_name(w, user)?;
        w.usernames
            .open()?
            .insert(u.username.to_ascii_lowercase().as_str(), user.0)?;
        u.email = String::new();
        u.first_name = "Former".into();
        u.last_name = "member".into();
        u.password = "!deleted".into();
        u.is_active = false;
        w.put_user(user, &u)?;
        w.stamp(Stamped::User, user, false)?;
        super::sessions::sign_out_everywhere(w, user)?;
        w.email_on_loans.open()?.remove(user.0)?;
        w.profile_privacy.open()?.remove(user.0)?;
        w.user_time_zones.open()?.remove(user.0)?;
        w.user_languages.open()?.remove(user.0)?;
        super::notices::forget_notices_of(w, user)?;
        w.last_logins.open()?.remove(user.0)?;
        w.renamed.open()?.remove(user.0)?;
        w.former_members.open()?.insert(user.0, w.now)?;
        crate::views::search::maintain::member(w, user, &u)?;
        crate::views::search::maintain::items_of(w, user)?;
        super::invites::forget_invitations_of(w, user)?;
        Ok(user.0)
    }
}

/// A group its owner leaves with the site: it passes to its longest-serving other admin, else
/// its longest-serving member (made an admin); with no one else in it, it is archived.
fn hand_over(
    w: &mut W<'_>,
    memo: &mut Memo,
    id: GroupId,
    group: &Group,
    owner: UserId,
) -> Result<(), CommandError> {
    let mut members = Vec::new();
    for row in w.membership_by_group.range((id.0, 0)..=(id.0, u64::MAX))? {
        let (k, mid) = row?;
        let (user, mid) = (UserId(k.value().1), mid.value());
        if user == owner {
            continue;
        }
        if let Some(m) = w.memberships.get(mid)? {
            if m.status == MemberStatus::Active {
                members.push((m.role != Role::Admin, m.joined_at, mid, m));
            }
        }
    }
    members.sort_by_key(|(not_admin, joined, mid, _)| (*not_admin, *joined, *mid));
    let mut after = group.clone();
    match members.into_iter().next() {
        Some((_, _, mid, m)) => {
            if m.role != Role::Admin {
                let mut admin = m.clone();
                admin.role = Role::Admin;
                update_membership(w, memo, mid, &m, &admin)?;
            }
            after.owner = m.user;
        }
        None => after.is_active = false,
    }
    w.groups.put(id, &after)?;
    w.stamp(Stamped::Group, id, false)?;
    crate::views::search::maintain::group(w, id, &after)?;
    group_changed(&mut w.views().1, Some(group), &after)?;
    Ok(())
}

/// `former-member-<id>`, or with a suffix in the unlikely case an import brought that name.
fn free_former_name(w: &mut W<'_>, user: UserId) -> Result<String, CommandError> {
    let base = format!("{FORMER_MEMBER}{}", user.0);
    let mut name = base.clone();
    let mut n = 1;
    while w
        .usernames
        .open()?
        .get(name.to_ascii_lowercase().as_str())?
        .is_some()
    {
        n += 1;
        name = format!("{base}-{n}");
    }
    Ok(name)
}

fn loans_of(w: &W<'_>, user: UserId) -> Result<Vec<(LoanId, Loan)>, CommandError> {
    let mut ids = Vec::new();
    for row in w.loans_by_user.range((user.0, 0)..=(user.0, u64::MAX))? {
        ids.push(LoanId(row?.0.value().1));
    }
    let mut out = Vec::new();
    for id in ids {
        if let Some(l) = w.loans.get(id)? {
            out.push((id, l));
        }
    }
    Ok(out)
}

fn items_of(w: &W<'_>, user: UserId) -> Result<Vec<ItemId>, CommandError> {
    let mut out = Vec::new();
    for row in w.items_by_owner.range((user.0, 0)..=(user.0, u64::MAX))? {
        out.push(ItemId(row?.0.value().1));
    }
    Ok(out)
}

fn memberships_of(w: &W<'_>, user: UserId) -> Result<Vec<(u64, Membership)>, CommandError> {
    let mut ids = Vec::new();
    for row in w
        .membership_by_user
        .range((user.0, 0)..=(user.0, u64::MAX))?
    {
        ids.push(row?.1.value());
    }
    let mut out = Vec::new();
    for id in ids {
        if let Some(m) = w.memberships.get(id)? {
            out.push((id, m));
        }
    }
    Ok(out)
}
