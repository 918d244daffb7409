//! Invitations to a group: links a group's admins hand out (with an expiry and a number of
//! uses, revocable), and personal invitations to a member by name, which they accept or
//! decline in their account. Either lets its holder in at once, private groups included: the
//! invitation is the admins' approval. A ban stays a ban.

use rkyv::{Archive, Deserialize, Serialize};

use super::records::{GroupId, UserId};
use super::time::Millis;

/// How long a link may last, in days, and how many may use it (0 = no limit).
pub const MAX_LINK_DAYS: u32 = 90;
pub const MAX_LINK_USES: u32 = 1000;
/// Links one group may have open at once (each a row on the group page).
pub const MAX_OPEN_LINKS: usize = 20;

/// An invitation link, stored under its code.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct InviteLink {
    pub group: GroupId,
    pub created_by: UserId,
    pub created_at: Millis,
    pub expires_at: Millis,
    /// 0: any number of uses.
    pub max_uses: u32,
    pub uses: u32,
    pub revoked: bool,
}

/// Whether a link still lets people in, and if not, why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkState {
    Open,
    Expired,
    UsedUp,
    Revoked,
}

impl InviteLink {
    pub fn state(&self, now: Millis) -> LinkState {
        if self.revoked {
            LinkState::Revoked
        } else if now >= self.expires_at {
            LinkState::Expired
        } else if self.max_uses > 0 && self.uses >= self.max_uses {
            LinkState::UsedUp
        } else {
            LinkState::Open
        }
    }
}

impl LinkState {
    /// What a visitor holding a link that no longer works is told.
    pub fn message_id(self) -> &'static str {
        match self {
            LinkState::Open => "invite-open",
            LinkState::Expired => "invite-dead-expired",
            LinkState::UsedUp => "invite-dead-used-up",
            LinkState::Revoked => "invite-dead-withdrawn",
        }
    }
}

/// A member invited by name, until they answer.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Invitation {
    pub invited_by: UserId,
    pub created_at: Millis,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(max_uses: u32, uses: u32, revoked: bool) -> InviteLink {
        InviteLink {
            group: GroupId(1),
            created_by: UserId(2),
            created_at: 0,
            expires_at: 1_000,
            max_uses,
            uses,
            revoked,
        }
    }

    #[test]
    fn a_link_works_until_it_expires_is_used_up_or_withdrawn() {
        assert_eq!(link(0, 500, false).state(999), LinkState::Open);
        assert_eq!(link(3, 2, false).state(10), LinkState::Open);
        assert_eq!(link(3, 3, false).state(10), LinkState::UsedUp);
        assert_eq!(link(3, 0, false).state(1_000), LinkState::Expired);
        // Withdrawn says so first, whatever else holds.
        assert_eq!(link(3, 3, true).state(5_000), LinkState::Revoked);
    }
}
