//! Who may see what (DOMAIN.md), written once: the pages, the JSON API and the commands all ask
//! here, so a page never shows what a command would refuse, nor the reverse.
//!
//! - An item: its owner always; anyone else when the item is active, its owner is active, and
//!   it is public, or restricted and they are an active member of one of its groups. A private
//!   item is its owner's alone.
//! - A group's page: its active members and staff always; anyone else when the group is active
//!   and not private. Lists (the group list, filters) show active groups only.
//! - Managing a group (editing it, moderating its members): its active admins, and staff.
//! - Joining: a public group takes a member at once; the others want an admin's approval.
//! - A loan's page: its lender and its borrower, and staff.
//! - A profile: every active member's (deactivated members have none).

use super::choice::{MemberStatus, Privacy, Role, Visibility};
use super::records::{Group, GroupId, Item, Loan, Membership, User, UserId};

/// Who is looking, with what the rules need: their active groups, ascending.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Access {
    pub me: Option<UserId>,
    pub staff: bool,
    pub groups: Vec<GroupId>,
}

impl Access {
    /// `groups`: the viewer's active memberships, in any order.
    pub fn new(me: Option<UserId>, staff: bool, mut groups: Vec<GroupId>) -> Access {
        groups.sort_unstable();
        groups.dedup();
        Access { me, staff, groups }
    }

    pub fn is_member(&self, group: GroupId) -> bool {
        self.groups.binary_search(&group).is_ok()
    }

    /// Whether the viewer sees `item` (whose owner is active or not).
    pub fn may_see(&self, item: &Item, owner_active: bool) -> bool {
        item_visible(self.me, item, owner_active, |g| self.is_member(g))
    }

    /// Whether the viewer may open `item` (its page, its photos): whoever sees it, and staff,
    /// who open every item to moderate.
    pub fn may_open_item(&self, item: &Item, owner_active: bool) -> bool {
        self.staff || self.may_see(item, owner_active)
    }

    /// Whether the viewer may open the page of group `id`.
    pub fn may_open_group(&self, id: GroupId, group: &Group) -> bool {
        group_open(self.staff, self.is_member(id), group)
    }

    /// Whether group `id` is listed to the viewer (group list, filters, a loan's group).
    pub fn lists_group(&self, id: GroupId, group: &Group) -> bool {
        group.is_active && (group.privacy != Privacy::Private || self.is_member(id))
    }
}

/// The item rule of the module, for callers that know memberships another way (a command
/// inside its write transaction): `member_of` tells whether the viewer is an active member of
/// a group.
pub fn item_visible(
    viewer: Option<UserId>,
    item: &Item,
    owner_active: bool,
    member_of: impl Fn(GroupId) -> bool,
) -> bool {
    if viewer == Some(item.owner) {
        return true;
    }
    item.is_active
        && owner_active
        && match item.visibility {
            Visibility::Public => true,
            Visibility::Restricted => item.groups.iter().any(|g| member_of(*g)),
            Visibility::Private => false,
        }
}

/// Whether the two people of a loan may see each other's contact (an email each chose to
/// show): once the lender said yes (approved, lent out, returned), never on a mere request
/// (anyone may ask for a public item) nor on one declined or withdrawn.
pub fn shares_contact(loan: &Loan) -> bool {
    use super::choice::LoanStatus;
    matches!(
        loan.status,
        LoanStatus::Approved
            | LoanStatus::Active
            | LoanStatus::BorrowerReturned
            | LoanStatus::Returned
    )
}

/// The item once its owner no longer shares it with `group` (they left it, or were removed):
/// `None` when it was not shared there. A restricted item left with no group becomes private,
/// its owner's alone until they share it again.
pub fn unshared(item: &Item, group: GroupId) -> Option<Item> {
    if !item.groups.contains(&group) {
        return None;
    }
    let mut after = item.clone();
    after.groups.retain(|g| *g != group);
    if after.visibility == Visibility::Restricted && after.groups.is_empty() {
        after.visibility = Visibility::Private;
    }
    Some(after)
}

/// The group page rule of the module: `active_member` of this group.
pub fn group_open(staff: bool, active_member: bool, group: &Group) -> bool {
    staff || active_member || (group.is_active && group.privacy != Privacy::Private)
}

/// Whether someone with this membership of a group (and this staff flag) manages it.
pub fn manages_group(staff: bool, membership: Option<&Membership>) -> bool {
    staff || membership.is_some_and(|m| m.status == MemberStatus::Active && m.role == Role::Admin)
}

/// The status a new membership of `group` starts with.
pub fn joining_status(group: &Group) -> MemberStatus {
    if group.privacy == Privacy::Public {
        MemberStatus::Active
    } else {
        MemberStatus::Pending
    }
}

/// Whether `viewer` may open the page of `loan`.
pub fn loan_open(viewer: UserId, staff: bool, loan: &Loan) -> bool {
    staff || viewer == loan.lender || viewer == loan.borrower
}

/// Whether a member's profile is shown at all.
pub fn profile_open(user: &User) -> bool {
    user.is_active
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::records::sample_item as item;

    fn group(privacy: Privacy, is_active: bool) -> Group {
        Group {
            name: "Club".into(),
            slug: "club".into(),
            description: String::new(),
            privacy,
            city: "Porto".into(),
            state: String::new(),
            country: String::new(),
            latitude: None,
            longitude: None,
            owner: UserId(1),
            is_active,
            created_at: 0,
        }
    }

    #[test]
    fn items_follow_visibility_membership_and_their_owners_state() {
        let member = Access::new(Some(UserId(2)), false, vec![GroupId(5), GroupId(3)]);
        let stranger = Access::new(Some(UserId(9)), false, vec![]);
        let anonymous = Access::default();
        let public = item(Visibility::Public, UserId(1), vec![GroupId(5)]);
        assert!(anonymous.may_see(&public, true));
        let restricted = item(Visibility::Restricted, UserId(1), vec![GroupId(3)]);
        assert!(member.may_see(&restricted, true));
        assert!(!stranger.may_see(&restricted, true));
        assert!(!anonymous.may_see(&restricted, true));
        let private = item(Visibility::Private, UserId(1), vec![GroupId(3)]);
        assert!(!member.may_see(&private, true));
        assert!(Access::new(Some(UserId(1)), false, vec![]).may_see(&private, true));
        // An inactive owner hides everything they own, from everyone else.
        assert!(!anonymous.may_see(&public, false));
        assert!(!member.may_see(&restricted, false));
        // An archived item too; its owner still sees it.
        let mut archived = public.clone();
        archived.is_active = false;
        assert!(!member.may_see(&archived, true));
        assert!(Access::new(Some(UserId(1)), false, vec![]).may_see(&archived, true));
        // Staff see items by the same rule (their pages say so where they may do more).
        assert!(!Access::new(Some(UserId(7)), true, vec![]).may_see(&private, true));
    }

    #[test]
    fn group_pages_open_to_members_and_staff_and_lists_show_active_ones() {
        let member = Access::new(Some(UserId(2)), false, vec![GroupId(4)]);
        let stranger = Access::new(Some(UserId(9)), false, vec![]);
        let staff = Access::new(Some(UserId(7)), true, vec![]);
        let private = group(Privacy::Private, true);
        assert!(member.may_open_group(GroupId(4), &private));
        assert!(staff.may_open_group(GroupId(4), &private));
        assert!(!stranger.may_open_group(GroupId(4), &private));
        let archived = group(Privacy::Public, false);
        assert!(member.may_open_group(GroupId(4), &archived));
        assert!(!stranger.may_open_group(GroupId(4), &archived));
        assert!(
            !member.lists_group(GroupId(4), &archived),
            "archived groups are not listed"
        );
        let on_request = group(Privacy::Request, true);
        assert!(stranger.may_open_group(GroupId(4), &on_request));
        assert!(stranger.lists_group(GroupId(4), &on_request));
        assert!(!stranger.lists_group(GroupId(4), &private));
        assert!(member.lists_group(GroupId(4), &private));
    }
}
