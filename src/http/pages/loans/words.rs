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
use crate::http::pages::sentence::{sentence, Part};
use crate::http::session::Viewer;
use crate::i18n::{self, numbers, Lang};

/// The status as a pill, on `today`, in `lang`.
pub fn status_pill(loan: &Loan, who: Party, (today, lang): (Day, Lang)) -> Markup {
    if is_overdue(loan, today) {
        return html! { span.pill.danger { (i18n::text(lang, "loan-overdue")) } };
    }
    use LoanStatus as S;
    let borrower = who == Party::Borrower;
    let (class, id) = match loan.status {
        S::Requested if borrower => ("pill warn", "loan-asked-waiting"),
        S::Requested => ("pill warn", "loan-asked-to-answer"),
        S::Approved if borrower => ("pill ok", "loan-promised-to-you"),
        S::Approved => ("pill ok", "loans-promised"),
        S::Active if borrower => ("pill ok", "loan-with-you"),
        S::Active => ("pill ok", "pill-lent-out"),
        S::BorrowerReturned if borrower => ("pill warn", "loan-given-back-waiting"),
        S::BorrowerReturned => ("pill warn", "loan-given-back-to-confirm"),
        S::Returned => ("pill", "loans-returned"),
        S::Rejected if borrower => ("pill", "loan-declined-by-owner"),
        S::Rejected => ("pill", "loan-declined"),
        S::Cancelled => ("pill", "loan-cancelled"),
    };
    html! { span class=(class) { (i18n::text(lang, id)) } }
}

/// How the reader stands to the other person: "lending to Ana", "borrowed from Ben", as the
/// message id that puts `person` in its place.
fn relation_id(loan: &Loan, who: Party) -> &'static str {
    use LoanStatus as S;
    match (who, loan.status) {
        (Party::Borrower, S::Requested) => "relation-asking",
        (Party::Borrower, S::Approved) => "relation-promised-by",
        (Party::Borrower, S::Active | S::BorrowerReturned) => "relation-borrowing-from",
        (Party::Borrower, S::Returned) => "relation-borrowed-from",
        (Party::Borrower, S::Rejected | S::Cancelled) => "relation-asked",
        (_, S::Requested | S::Rejected | S::Cancelled) => "relation-asked-by",
        (_, S::Approved) => "relation-promised-to",
        (_, S::Active | S::BorrowerReturned) => "relation-lending-to",
        (_, S::Returned) => "relation-lent-to",
    }
}

/// The reader's relation to `person` (the other one of the loan, as the reader sees them).
pub(super) fn relation(v: &Viewer, loan: &Loan, who: Party, person: Markup) -> Markup {
    v.say(relation_id(loan, who), &[("person", Part::Markup(person))])
}

/// The one date that matters at this step: when it was asked, promised, is due or came back.
pub(super) fn key_date((lang, zone): (Lang, &Zone), loan: &Loan) -> Markup {
    use LoanStatus as S;
    let date = |id: &str, machine: String, shown: String| {
        let time = html! { time datetime=(machine) { (shown) } };
        sentence(lang, id, &[("date", Part::Markup(time))])
    };
    // An instant's day where the reader is; a due date is the calendar day it is.
    let day_in = |id, t| date(id, zone.day(t), numbers::day_in(lang, zone, t));
    match (
        loan.status,
        loan.due_date,
        loan.returned_at,
        loan.approved_at,
    ) {
        (S::Returned, _, Some(back), _) => day_in("date-returned", back),
        (S::Active | S::BorrowerReturned, Some(due), _, _) => {
            date("date-due", format_date(due), numbers::date(lang, due))
        }
        (S::Approved, _, _, Some(at)) => day_in("date-promised", at),
        _ => day_in("date-asked", loan.requested_at),
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
        let pill = |s, who| status_pill(&loan(s), who, (3, Lang::En)).into_string();
        assert!(pill(LoanStatus::Active, Party::Lender).contains("Lent out"));
        assert!(pill(LoanStatus::Active, Party::Borrower).contains("With you"));
        assert!(pill(LoanStatus::Approved, Party::Borrower).contains("Promised to you"));
        assert!(pill(LoanStatus::Approved, Party::Lender).contains("Promised, to hand over"));
        assert!(
            status_pill(&loan(LoanStatus::Active), Party::Borrower, (10, Lang::En))
                .into_string()
                .contains("Overdue")
        );
    }

    #[test]
    fn a_finished_loan_says_lent_and_shows_its_return_date() {
        let said = |s, who| {
            let id = relation_id(&loan(s), who);
            sentence(Lang::En, id, &[("person", Part::Text("Ana"))]).into_string()
        };
        assert_eq!(said(LoanStatus::Returned, Party::Lender), "lent to Ana");
        assert_eq!(
            said(LoanStatus::Returned, Party::Borrower),
            "borrowed from Ana"
        );
        assert_eq!(said(LoanStatus::Active, Party::Lender), "lending to Ana");
        let zone = Zone::default();
        let returned = key_date((Lang::En, &zone), &loan(LoanStatus::Returned)).into_string();
        assert!(
            returned.starts_with("returned <time datetime=\"1970-01-06\">")
                && returned.contains("Jan 6, 1970"),
            "{returned}"
        );
        let due = key_date((Lang::De, &zone), &loan(LoanStatus::Active)).into_string();
        assert!(
            due.contains("1970-01-10") && due.contains("10.01.1970"),
            "{due}"
        );
    }
}
