//! Notifications: what a member is told because of someone else's write (a request for their
//! item, an approval, a join request to a group they run, a badge they earned). Each is written
//! by the write that causes it, in the same transaction, so it exists exactly when that write
//! does. The kinds are Comuniza's (`notifications.notification.notification_type`, spelled
//! alike for imports and exports) and ours after them.
//!
//! A notification keeps what it is about (a loan, a group, a badge, who did it), not finished
//! sentences: its words are made when it is read, from the records as they are then (a renamed
//! item reads with its new title). Imported ones keep Comuniza's title and message instead.

use rkyv::{Archive, Deserialize, Serialize};

use super::records::{BadgeId, GroupId, LoanId, UserId};
use super::time::Millis;

macro_rules! kinds {
    ($($variant:ident = $n:literal, $name:literal;)+) => {
        /// What a notification is about.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Kind { $($variant),+ }

        impl Kind {
            pub const ALL: &'static [Kind] = &[$(Kind::$variant),+];

            /// As stored (one byte; never renumbered).
            pub fn code(self) -> u8 {
                match self { $(Kind::$variant => $n),+ }
            }

            pub fn from_code(code: u8) -> Option<Kind> {
                match code { $($n => Some(Kind::$variant),)+ _ => None }
            }

            /// Comuniza's name for it, and the API's.
            pub fn as_str(self) -> &'static str {
                match self { $(Kind::$variant => $name),+ }
            }

            pub fn parse(name: &str) -> Option<Kind> {
                match name { $($name => Some(Kind::$variant),)+ _ => None }
            }
        }
    };
}

kinds! {
    Message = 0, "message";
    LoanRequest = 1, "loan_request";
    LoanApproved = 2, "loan_approved";
    LoanPickup = 3, "loan_pickup";
    LoanReturnInitiated = 4, "loan_return_initiated";
    LoanReturned = 5, "loan_returned";
    LoanRejected = 6, "loan_rejected";
    LoanExtensionRequest = 7, "loan_extension_request";
    LoanExtensionDecision = 8, "loan_extension_decision";
    LoanOverdue = 9, "loan_overdue";
    ReviewReceived = 10, "review_received";
    // Ours.
    LoanCancelled = 11, "loan_cancelled";
    FirstInQueue = 12, "queue_first";
    JoinRequest = 13, "join_request";
    JoinDecision = 14, "join_decision";
    BadgeEarned = 15, "badge_earned";
    GroupInvitation = 16, "group_invitation";
    LoanDueSoon = 17, "loan_due_soon";
    LoanDueToday = 18, "loan_due_today";
    LoanRequestWaiting = 19, "loan_request_waiting";
}

impl Kind {
    /// A short title of the kind, for an export's `title` where a notification has no words
    /// of its own (ours are made when read).
    pub fn title(self) -> &'static str {
        match self {
            Kind::Message => "New message",
            Kind::LoanRequest => "Request to borrow",
            Kind::LoanApproved => "Request accepted",
            Kind::LoanPickup => "Loan started",
            Kind::LoanReturnInitiated => "Given back",
            Kind::LoanReturned => "Return confirmed",
            Kind::LoanRejected => "Request declined",
            Kind::LoanExtensionRequest => "More time asked",
            Kind::LoanExtensionDecision => "More time answered",
            Kind::LoanOverdue => "Loan overdue",
            Kind::ReviewReceived => "New review",
            Kind::LoanCancelled => "Request withdrawn",
            Kind::FirstInQueue => "First in the queue",
            Kind::JoinRequest => "Request to join",
            Kind::JoinDecision => "Join request answered",
            Kind::BadgeEarned => "Badge earned",
            Kind::GroupInvitation => "Invitation to a group",
            Kind::LoanDueSoon => "Loan due soon",
            Kind::LoanDueToday => "Loan due today",
            Kind::LoanRequestWaiting => "Request waiting",
        }
    }
}

/// One notification, as stored under (its member, its number).
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Notice {
    /// `Kind::code`.
    pub kind: u8,
    /// Who caused it, when someone did.
    pub actor: Option<UserId>,
    pub loan: Option<LoanId>,
    pub group: Option<GroupId>,
    pub badge: Option<BadgeId>,
    /// The member a join request's conversation is with (its messages name the group and them).
    pub member: Option<UserId>,
    /// A decision's answer (an approval, an extension granted): `true` for yes.
    pub yes: bool,
    /// Words kept as they were: an imported notification's title and message.
    pub title: String,
    pub message: String,
    pub read: bool,
    pub created_at: Millis,
}

impl Notice {
    /// A notification of `kind` made now, about nothing yet.
    pub fn new(kind: Kind, created_at: Millis) -> Notice {
        Notice {
            kind: kind.code(),
            actor: None,
            loan: None,
            group: None,
            badge: None,
            member: None,
            yes: false,
            title: String::new(),
            message: String::new(),
            read: false,
            created_at,
        }
    }

    pub fn kind(&self) -> Kind {
        Kind::from_code(self.kind).unwrap_or(Kind::Message)
    }

    pub fn by(mut self, actor: UserId) -> Notice {
        self.actor = Some(actor);
        self
    }

    pub fn on_loan(mut self, loan: LoanId) -> Notice {
        self.loan = Some(loan);
        self
    }

    pub fn in_group(mut self, group: GroupId) -> Notice {
        self.group = Some(group);
        self
    }

    pub fn of_badge(mut self, badge: BadgeId) -> Notice {
        self.badge = Some(badge);
        self
    }

    pub fn with_member(mut self, member: UserId) -> Notice {
        self.member = Some(member);
        self
    }

    pub fn answered(mut self, yes: bool) -> Notice {
        self.yes = yes;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_keep_their_codes_and_comunizas_names() {
        for (i, k) in Kind::ALL.iter().enumerate() {
            assert_eq!(
                usize::from(k.code()),
                i,
                "codes are positions: never renumbered"
            );
            assert_eq!(Kind::from_code(k.code()), Some(*k));
            assert_eq!(Kind::parse(k.as_str()), Some(*k));
        }
        assert_eq!(
            Kind::parse("loan_return_initiated"),
            Some(Kind::LoanReturnInitiated)
        );
        assert_eq!(Kind::from_code(200), None);
        let n = Notice::new(Kind::LoanApproved, 5)
            .on_loan(LoanId(3))
            .answered(true);
        assert_eq!(
            (n.kind(), n.loan, n.yes, n.read),
            (Kind::LoanApproved, Some(LoanId(3)), true, false)
        );
    }
}
