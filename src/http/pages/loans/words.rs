//! A loan's status in words, from the side of whoever reads it: the lender "lent out" what the
//! borrower "has", an approved loan is a promise (nothing has changed hands yet), and a return
//! the borrower reported is "given back" to both, waiting for the lender's word. Staff, who are
//! neither, read the plain lender-side words.

use maud::{html, Markup};

use crate::domain::choice::LoanStatus;
use crate::domain::loan::{is_overdue, Party};
use crate::domain::records::Loan;
use crate::domain::time::{format_date, Day};
use crate::domain::zone::Zone;

/// The status as a pill.
pub fn status_pill(loan: &Loan, who: Party, today: Day) -> Markup {
    if is_overdue(loan, today) {
        return html! { span.pill.danger { "Overdue" } };
    }
    use LoanStatus as S;
    let borrower = who == Party::Borrower;
    let (class, label) = match loan.status {
        S::Requested if borrower => ("pill warn", "Asked, waiting for an answer"),
        S::Requested => ("pill warn", "Asked, to answer"),
        S::Approved if borrower => ("pill ok", "Promised to you, to collect"),
        S::Approved => ("pill ok", "Promised, to hand over"),
        S::Active if borrower => ("pill ok", "With you"),
        S::Active => ("pill ok", "Lent out"),
        S::BorrowerReturned if borrower => ("pill warn", "Given back, waiting for the owner"),
        S::BorrowerReturned => ("pill warn", "Given back, to confirm"),
        S::Returned => ("pill", "Returned"),
        S::Rejected if borrower => ("pill", "Declined by the owner"),
        S::Rejected => ("pill", "Declined"),
        S::Cancelled => ("pill", "Cancelled"),
    };
    html! { span class=(class) { (label) } }
}

/// How the reader stands to the other person: "lending to Ana", "borrowed from Ben".
pub(super) fn relation(loan: &Loan, who: Party) -> &'static str {
    use LoanStatus as S;
    match (who, loan.status) {
        (Party::Borrower, S::Requested) => "asking ",
        (Party::Borrower, S::Approved) => "promised by ",
        (Party::Borrower, S::Active | S::BorrowerReturned) => "borrowing from ",
        (Party::Borrower, S::Returned) => "borrowed from ",
        (Party::Borrower, S::Rejected | S::Cancelled) => "asked ",
        (_, S::Requested | S::Rejected | S::Cancelled) => "asked by ",
        (_, S::Approved) => "promised to ",
        (_, S::Active | S::BorrowerReturned) => "lending to ",
        (_, S::Returned) => "lent to ",
    }
}

/// The one date that matters at this step: when it was asked, promised, is due or came back.
pub(super) fn key_date(zone: &Zone, loan: &Loan) -> Markup {
    use LoanStatus as S;
    let date = |what: &str, day: String| html! { (what) " " time datetime=(day) { (day) } };
    // An instant's day where the reader is; a due date is the calendar day it is.
    let day_in = |t| zone.day(t);
    match (
        loan.status,
        loan.due_date,
        loan.returned_at,
        loan.approved_at,
    ) {
        (S::Returned, _, Some(back), _) => date("returned", day_in(back)),
        (S::Active | S::BorrowerReturned, Some(due), _, _) => date("due", format_date(due)),
        (S::Approved, _, _, Some(at)) => date("promised", day_in(at)),
        _ => date("asked", day_in(loan.requested_at)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::records::sample_loan;

    fn loan(status: LoanStatus) -> Loan {
        Loan {
            approved_at: Some(86_400_000),
            start_date: Some(2),
            due_date: Some(9),
            returned_at: Some(5 * 86_400_000),
            ..sample_loan(status)
        }
    }

    #[test]
    fn the_borrower_reads_their_own_words() {
        let pill = |s, who| status_pill(&loan(s), who, 3).into_string();
        assert!(pill(LoanStatus::Active, Party::Lender).contains("Lent out"));
        assert!(pill(LoanStatus::Active, Party::Borrower).contains("With you"));
        assert!(pill(LoanStatus::Approved, Party::Borrower).contains("Promised to you"));
        assert!(pill(LoanStatus::Approved, Party::Lender).contains("Promised, to hand over"));
        assert!(status_pill(&loan(LoanStatus::Active), Party::Borrower, 10)
            .into_string()
            .contains("Overdue"));
    }

    #[test]
    fn a_finished_loan_says_lent_and_shows_its_return_date() {
        assert_eq!(
            relation(&loan(LoanStatus::Returned), Party::Lender),
            "lent to "
        );
        assert_eq!(
            relation(&loan(LoanStatus::Returned), Party::Borrower),
            "borrowed from "
        );
        assert_eq!(
            relation(&loan(LoanStatus::Active), Party::Lender),
            "lending to "
        );
        let returned = key_date(&Zone::default(), &loan(LoanStatus::Returned)).into_string();
        assert!(
            returned.contains("returned") && returned.contains("1970-01-06"),
            "{returned}"
        );
        assert!(key_date(&Zone::default(), &loan(LoanStatus::Active))
            .into_string()
            .contains("due"));
    }
}
