//! Extensions (DOMAIN.md "Loan queue and extensions"): the borrower of an `active` loan, overdue
//! or not, asks for 1 to item.max_loan_days more days with an optional reason; one pending at a
//! time; the lender accepts (due_date += days) or declines. A loan keeps its latest extension.
//!
//! An extension still pending when the loan stops being active (the item came back first) is
//! not decided any more: it is shown as lapsed, and kept as Comuniza keeps it (still requested).

use super::choice::{ExtensionState, LoanStatus};
use super::loan::Party;
use super::records::{Extension, Loan};
use super::time::{days_after, Day};

/// What is done about an extension, and by whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExtensionStep {
    Ask,
    Accept,
    Decline,
}

impl ExtensionStep {
    pub const ALL: [ExtensionStep; 3] = [
        ExtensionStep::Ask,
        ExtensionStep::Accept,
        ExtensionStep::Decline,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ExtensionStep::Ask => "ask",
            ExtensionStep::Accept => "accept",
            ExtensionStep::Decline => "decline",
        }
    }

    pub fn parse(s: &str) -> Option<ExtensionStep> {
        ExtensionStep::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// The only party who may take this step.
    pub fn taken_by(self) -> Party {
        match self {
            ExtensionStep::Ask => Party::Borrower,
            ExtensionStep::Accept | ExtensionStep::Decline => Party::Lender,
        }
    }

    /// Why this step cannot be taken on this loan now (by its party), or `None` when it can.
    pub fn refusal(self, loan: &Loan, current: Option<&Extension>) -> Option<NoExtension> {
        if loan.status != LoanStatus::Active {
            return Some(match self {
                ExtensionStep::Ask => NoExtension::NotLentOut,
                _ => NoExtension::LoanOver,
            });
        }
        let pending = current.is_some_and(|e| e.state == ExtensionState::Pending);
        match (self, pending) {
            (ExtensionStep::Ask, true) => Some(NoExtension::AlreadyAsked),
            (ExtensionStep::Accept | ExtensionStep::Decline, false) => {
                Some(NoExtension::NothingToAnswer)
            }
            _ => None,
        }
    }
}

/// Why a step about more time cannot be taken now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoExtension {
    /// More time is asked for while the item is lent out.
    NotLentOut,
    /// The loan is over: nothing to extend.
    LoanOver,
    /// The borrower's request waits for its answer.
    AlreadyAsked,
    /// No request waits for an answer.
    NothingToAnswer,
}

/// The steps this party may take now (the buttons and forms a page shows).
pub fn allowed_steps(loan: &Loan, current: Option<&Extension>, who: Party) -> Vec<ExtensionStep> {
    ExtensionStep::ALL
        .into_iter()
        .filter(|s| s.taken_by() == who && s.refusal(loan, current).is_none())
        .collect()
}

/// How an extension stands for someone reading the loan: its stored state, or `lapsed` for a
/// request nobody answered before the loan stopped being active.
pub fn shown_state(loan: &Loan, e: &Extension) -> &'static str {
    if e.state == ExtensionState::Pending && loan.status != LoanStatus::Active {
        "lapsed"
    } else {
        e.state.as_str()
    }
}

/// The due date once `days` more are granted (an imported active loan may have none: then
/// the days count from today).
pub fn extended_due(due: Option<Day>, today: Day, days: u32) -> Day {
    days_after(due.unwrap_or(today), days)
}

/// Comuniza's four fields of `loans.loan`, as a fixture carries them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DjangoFields {
    pub extension_requested: bool,
    pub extension_days: Option<u32>,
    pub extension_approved: bool,
    pub extension_reason: String,
}

impl DjangoFields {
    /// What Comuniza means by them. Its `request_extension` sets `requested` (leaving
    /// `approved` from an earlier one), `approve_extension` clears `requested` and sets
    /// `approved`; a request answered no keeps its days with neither flag.
    pub fn read(self) -> Result<Option<Extension>, &'static str> {
        let state = match (self.extension_requested, self.extension_approved) {
            (true, _) => ExtensionState::Pending,
            (false, true) => ExtensionState::Accepted,
            (false, false) if self.extension_days.is_some() => ExtensionState::Declined,
            (false, false) => return Ok(None),
        };
        let Some(days) = self.extension_days else {
            return Err("an extension requested or approved needs extension_days");
        };
        Ok(Some(Extension {
            days,
            reason: self.extension_reason,
            state,
        }))
    }

    /// The fields written for a loan's extension (none: Comuniza's defaults).
    pub fn of(e: Option<&Extension>) -> DjangoFields {
        let Some(e) = e else {
            return DjangoFields::default();
        };
        DjangoFields {
            extension_requested: e.state == ExtensionState::Pending,
            extension_days: Some(e.days),
            extension_approved: e.state == ExtensionState::Accepted,
            extension_reason: e.reason.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::records::sample_loan;
    use ExtensionStep::*;

    fn loan(status: LoanStatus) -> Loan {
        Loan {
            start_date: Some(90),
            ..sample_loan(status)
        }
    }

    fn ext(state: ExtensionState) -> Extension {
        Extension {
            days: 3,
            reason: "exams".into(),
            state,
        }
    }

    #[test]
    fn the_borrower_asks_once_at_a_time_and_the_lender_answers_while_it_is_lent() {
        let active = loan(LoanStatus::Active);
        assert_eq!(allowed_steps(&active, None, Party::Borrower), [Ask]);
        assert!(allowed_steps(&active, None, Party::Lender).is_empty());
        let pending = ext(ExtensionState::Pending);
        assert!(allowed_steps(&active, Some(&pending), Party::Borrower).is_empty());
        assert_eq!(
            allowed_steps(&active, Some(&pending), Party::Lender),
            [Accept, Decline]
        );
        // After an answer, the borrower may ask again.
        for done in [ExtensionState::Accepted, ExtensionState::Declined] {
            assert_eq!(
                allowed_steps(&active, Some(&ext(done)), Party::Borrower),
                [Ask]
            );
        }
        for status in LoanStatus::ALL.iter().filter(|s| **s != LoanStatus::Active) {
            let l = loan(*status);
            assert!(Ask.refusal(&l, None).is_some());
            assert!(Accept.refusal(&l, Some(&pending)).is_some());
            assert!(allowed_steps(&l, Some(&pending), Party::Other).is_empty());
        }
    }

    #[test]
    fn a_request_left_unanswered_when_the_item_came_back_has_lapsed() {
        let pending = ext(ExtensionState::Pending);
        assert_eq!(shown_state(&loan(LoanStatus::Active), &pending), "pending");
        assert_eq!(shown_state(&loan(LoanStatus::Returned), &pending), "lapsed");
        let accepted = ext(ExtensionState::Accepted);
        assert_eq!(
            shown_state(&loan(LoanStatus::Returned), &accepted),
            "accepted"
        );
    }

    #[test]
    fn days_are_added_to_the_due_date() {
        assert_eq!(extended_due(Some(100), 120, 3), 103);
        assert_eq!(extended_due(None, 120, 3), 123);
    }

    #[test]
    fn comunizas_fields_read_and_write_back() {
        let fields = |requested, days, approved| DjangoFields {
            extension_requested: requested,
            extension_days: days,
            extension_approved: approved,
            extension_reason: "exams".into(),
        };
        assert_eq!(fields(false, None, false).read(), Ok(None));
        let cases = [
            (fields(true, Some(3), false), ExtensionState::Pending),
            // Asked again after an earlier approval: pending.
            (fields(true, Some(3), true), ExtensionState::Pending),
            (fields(false, Some(3), true), ExtensionState::Accepted),
            (fields(false, Some(3), false), ExtensionState::Declined),
        ];
        for (f, state) in cases {
            let e = f.read().unwrap().unwrap();
            assert_eq!((e.days, e.state, e.reason.as_str()), (3, state, "exams"));
            assert_eq!(DjangoFields::of(Some(&e)).read().unwrap(), Some(e));
        }
        assert!(fields(true, None, false).read().is_err());
        assert!(fields(false, None, true).read().is_err());
        assert_eq!(DjangoFields::of(None), DjangoFields::default());
    }
}
