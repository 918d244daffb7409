//! The loan state machine (DOMAIN.md): which status each action leads to, and who may take it.
//!
//! ```text
//! requested -> approved -> active -> returned            (lender approves, hands over, confirms)
//!                          active -> borrower_returned -> returned   (borrower reports first)
//! requested -> rejected (lender); requested | approved -> cancelled (borrower)
//! ```

use super::choice::{ItemStatus, LoanStatus};
use super::records::{GroupId, Item, Loan, LoanId, UserId};
use super::time::Day;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LoanAction {
    Approve,
    Reject,
    Cancel,
    HandOver,
    BorrowerReturn,
    ConfirmReturn,
}

/// How the person acting relates to the loan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Party {
    Lender,
    Borrower,
    Other,
}

impl LoanAction {
    pub const ALL: [LoanAction; 6] = [
        LoanAction::Approve,
        LoanAction::Reject,
        LoanAction::Cancel,
        LoanAction::HandOver,
        LoanAction::BorrowerReturn,
        LoanAction::ConfirmReturn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LoanAction::Approve => "approve",
            LoanAction::Reject => "reject",
            LoanAction::Cancel => "cancel",
            LoanAction::HandOver => "hand_over",
            LoanAction::BorrowerReturn => "borrower_return",
            LoanAction::ConfirmReturn => "confirm_return",
        }
    }

    pub fn parse(s: &str) -> Option<LoanAction> {
        LoanAction::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// The only party who may take this action.
    pub fn taken_by(self) -> Party {
        match self {
            LoanAction::Cancel | LoanAction::BorrowerReturn => Party::Borrower,
            _ => Party::Lender,
        }
    }

    /// The one status this action leads to, from wherever it is allowed: what the API answers
    /// after it, without reading the loan again.
    pub fn leads_to(self) -> LoanStatus {
        match self {
            LoanAction::Approve => LoanStatus::Approved,
            LoanAction::Reject => LoanStatus::Rejected,
            LoanAction::Cancel => LoanStatus::Cancelled,
            LoanAction::HandOver => LoanStatus::Active,
            LoanAction::BorrowerReturn => LoanStatus::BorrowerReturned,
            LoanAction::ConfirmReturn => LoanStatus::Returned,
        }
    }

    /// The status this action leads to from `from`, if the graph has that edge.
    pub fn next(self, from: LoanStatus) -> Option<LoanStatus> {
        use LoanStatus::{
            Active, Approved, BorrowerReturned, Cancelled, Rejected, Requested, Returned,
        };
        match (self, from) {
            (LoanAction::Approve, Requested) => Some(Approved),
            (LoanAction::Reject, Requested) => Some(Rejected),
            (LoanAction::Cancel, Requested | Approved) => Some(Cancelled),
            (LoanAction::HandOver, Approved) => Some(Active),
            (LoanAction::BorrowerReturn, Active) => Some(BorrowerReturned),
            (LoanAction::ConfirmReturn, Active | BorrowerReturned) => Some(Returned),
            _ => None,
        }
    }
}

pub fn party(loan: &Loan, user: UserId) -> Party {
    if user == loan.lender {
        Party::Lender
    } else if user == loan.borrower {
        Party::Borrower
    } else {
        Party::Other
    }
}

/// Exactly the actions this person may take on this loan now. `item_free`: the item is active
/// and no other loan holds it; a request waiting behind a loan cannot be approved yet (it keeps
/// its place in the queue).
pub fn allowed_actions(loan: &Loan, user: UserId, item_free: bool) -> Vec<LoanAction> {
    let p = party(loan, user);
    LoanAction::ALL
        .into_iter()
        .filter(|a| a.taken_by() == p && a.next(loan.status).is_some())
        .filter(|a| *a != LoanAction::Approve || item_free)
        .collect()
}

/// Whether a member may ask for an item now (DOMAIN.md "Loan queue and extensions"): the item
/// page and the request command both ask here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asking {
    /// Free to lend: a request waits for the owner's answer (behind any earlier ones).
    Open,
    /// Lent or promised: a request joins the queue for when it comes back.
    Queued,
    /// Not at all, and why.
    Closed(Closed),
}

/// Why an item takes no request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closed {
    /// Archived by its owner.
    Withdrawn,
    /// Its owner is not lending it now.
    NotLending,
}

pub fn asking(item: &Item) -> Asking {
    if !item.is_active {
        return Asking::Closed(Closed::Withdrawn);
    }
    match item.status {
        ItemStatus::NotRightNow => Asking::Closed(Closed::NotLending),
        ItemStatus::Borrowed => Asking::Queued,
        ItemStatus::Available | ItemStatus::SpecialConditions => Asking::Open,
    }
}

/// A request's place in its item's queue (1 is next), `waiting` being the item's requests
/// still `requested`, ascending by loan id: requests wait in the order they were made.
pub fn queue_position(waiting: &[LoanId], loan: LoanId) -> Option<usize> {
    waiting.binary_search(&loan).ok().map(|i| i + 1)
}

/// Whether a loan is a request that ends when `user` leaves `group`: one made through that
/// group, by them or for their item (answering it would need the group they left).
pub fn ends_on_leaving(loan: &Loan, user: UserId, group: GroupId) -> bool {
    loan.status == LoanStatus::Requested
        && loan.group == Some(group)
        && (loan.borrower == user || loan.lender == user)
}

/// An active loan past its due date.
pub fn is_overdue(loan: &Loan, today: Day) -> bool {
    loan.status == LoanStatus::Active && loan.due_date.is_some_and(|due| today > due)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::records::sample_loan;
    use LoanStatus::*;

    #[test]
    fn each_action_leads_to_one_status_from_wherever_it_is_allowed() {
        for action in LoanAction::ALL {
            let reached: Vec<LoanStatus> = LoanStatus::ALL
                .iter()
                .filter_map(|from| action.next(*from))
                .collect();
            assert!(!reached.is_empty(), "{action:?} is allowed somewhere");
            assert!(
                reached.iter().all(|s| *s == action.leads_to()),
                "{action:?} reaches {reached:?}"
            );
        }
    }

    fn loan(status: LoanStatus) -> Loan {
        sample_loan(status)
    }

    #[test]
    fn the_graph_has_exactly_the_documented_edges() {
        let mut edges = Vec::new();
        for a in LoanAction::ALL {
            for s in LoanStatus::ALL {
                if let Some(to) = a.next(*s) {
                    edges.push((*s, to));
                }
            }
        }
        edges.sort();
        let mut want = vec![
            (Requested, Approved),
            (Requested, Rejected),
            (Requested, Cancelled),
            (Approved, Cancelled),
            (Approved, Active),
            (Active, BorrowerReturned),
            (Active, Returned),
            (BorrowerReturned, Returned),
        ];
        want.sort();
        assert_eq!(edges, want);
    }

    #[test]
    fn each_party_sees_only_its_own_actions() {
        let l = loan(Requested);
        assert_eq!(
            allowed_actions(&l, UserId(3), true),
            [LoanAction::Approve, LoanAction::Reject]
        );
        // Waiting behind another loan: it can be turned down, not approved.
        assert_eq!(allowed_actions(&l, UserId(3), false), [LoanAction::Reject]);
        assert_eq!(allowed_actions(&l, UserId(2), false), [LoanAction::Cancel]);
        assert!(allowed_actions(&l, UserId(9), true).is_empty());
        let l = loan(Active);
        assert_eq!(
            allowed_actions(&l, UserId(3), false),
            [LoanAction::ConfirmReturn]
        );
        assert_eq!(
            allowed_actions(&l, UserId(2), false),
            [LoanAction::BorrowerReturn]
        );
        assert!(allowed_actions(&loan(Returned), UserId(3), true).is_empty());
        assert!(allowed_actions(&loan(Returned), UserId(2), true).is_empty());
    }

    #[test]
    fn only_active_loans_past_their_due_date_are_overdue() {
        assert!(!is_overdue(&loan(Active), 100));
        assert!(is_overdue(&loan(Active), 101));
        assert!(!is_overdue(&loan(BorrowerReturned), 101));
    }

    #[test]
    fn a_lent_item_takes_a_queue_and_an_item_not_lent_now_takes_nothing() {
        use crate::domain::choice::Visibility;
        let mut item = crate::domain::records::sample_item(Visibility::Public, UserId(3), vec![]);
        assert_eq!(asking(&item), Asking::Open);
        item.status = ItemStatus::SpecialConditions;
        assert_eq!(asking(&item), Asking::Open);
        item.status = ItemStatus::Borrowed;
        assert_eq!(asking(&item), Asking::Queued);
        item.status = ItemStatus::NotRightNow;
        assert!(matches!(asking(&item), Asking::Closed(_)));
        item.status = ItemStatus::Available;
        item.is_active = false;
        assert!(matches!(asking(&item), Asking::Closed(_)));
    }

    #[test]
    fn requests_wait_in_the_order_they_were_made() {
        let waiting = [LoanId(4), LoanId(9), LoanId(12)];
        assert_eq!(queue_position(&waiting, LoanId(4)), Some(1));
        assert_eq!(queue_position(&waiting, LoanId(12)), Some(3));
        assert_eq!(queue_position(&waiting, LoanId(5)), None);
    }

    #[test]
    fn actions_read_back_their_names() {
        for a in LoanAction::ALL {
            assert_eq!(LoanAction::parse(a.as_str()), Some(a));
        }
        assert_eq!(LoanAction::parse("steal"), None);
    }
}
