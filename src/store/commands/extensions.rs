//! More time on a loan (`domain::extension`): the borrower asks, the lender answers. An active
//! loan counts in no figure, so moving its due date moves none: the final due date is what
//! judges the return on time or late, when it comes.

use super::notices::notify;
use super::{conflict, forbidden, Acting, Apply, CommandError, CommandResult};
use crate::domain::choice::ExtensionState;
use crate::domain::extension::{extended_due, ExtensionStep, NoExtension};
use crate::domain::loan::{party, Party};
use crate::domain::notice::{Kind, Notice};
use crate::domain::records::{Extension, Loan, LoanId, Stamped};
use crate::domain::time::day_of;
use crate::domain::validate::{check_text, invalid};
use crate::i18n::phrase::Phrase;
use crate::store::tx::W;
use crate::views::maintain::Memo;

/// The loan and its extension, once `step` is checked to be this person's to take now. Anyone
/// but the loan's two parties is told it does not exist, as on its page.
fn checked(
    w: &mut W<'_>,
    a: Acting,
    id: LoanId,
    step: ExtensionStep,
) -> Result<(Loan, Option<Extension>), CommandError> {
    let loan = w.loans.get(id)?.ok_or(CommandError::NotFound("loan"))?;
    let who = a.id.map_or(Party::Other, |u| party(&loan, u));
    if who == Party::Other {
        return Err(CommandError::NotFound("loan"));
    }
    if step.taken_by() != who {
        return Err(forbidden(Phrase::id(match step {
            ExtensionStep::Ask => "refuse-more-time-borrower",
            _ => "refuse-more-time-lender",
        })));
    }
    let current = w.extensions.open()?.get(id)?;
    if let Some(why) = step.refusal(&loan, current.as_ref()) {
        return Err(conflict(Phrase::id(match why {
            NoExtension::NotLentOut => "refuse-more-time-not-lent",
            NoExtension::LoanOver => "refuse-more-time-over",
            NoExtension::AlreadyAsked => "refuse-more-time-asked",
            NoExtension::NothingToAnswer => "refuse-more-time-nothing",
        })));
    }
    Ok((loan, current))
}

/// The borrower asks for `days` more (1 to the item's longest loan), saying why if they like.
#[derive(Debug, Clone, PartialEq)]
pub struct AskExtension {
    pub loan: LoanId,
    pub days: i64,
    pub reason: String,
}

impl Apply for AskExtension {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let (loan, _) = checked(w, a, self.loan, ExtensionStep::Ask)?;
        let max = w
            .items
            .get(loan.item)?
            .ok_or(CommandError::NotFound("item"))?
            .max_loan_days;
        let days = u32::try_from(self.days)
            .ok()
            .filter(|d| (1..=max).contains(d))
            .ok_or_else(|| invalid("days", Phrase::id("invalid-range").number("max", max)))?;
        let reason = check_text("reason", &self.reason, 1000, false)?;
        let extension = Extension {
            days,
            reason,
            state: ExtensionState::Pending,
        };
        w.extensions.open()?.put(self.loan, &extension)?;
        // Comuniza saves the loan with its extension fields: it changed.
        w.stamp(Stamped::Loan, self.loan, false)?;
        let told = Notice::new(Kind::LoanExtensionRequest, w.now).by(loan.borrower);
        notify(w, loan.lender, told.on_loan(self.loan))?;
        Ok(self.loan.0)
    }
}

/// The lender's answer: accepted moves the due date by the days asked.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerExtension {
    pub loan: LoanId,
    pub accept: bool,
}

impl Apply for AnswerExtension {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let step = if self.accept {
            ExtensionStep::Accept
        } else {
            ExtensionStep::Decline
        };
        let (mut loan, current) = checked(w, a, self.loan, step)?;
        let mut extension =
            current.ok_or_else(|| conflict(Phrase::id("refuse-more-time-nothing")))?;
        if self.accept {
            loan.due_date = Some(extended_due(loan.due_date, day_of(w.now), extension.days));
            w.loans.put(self.loan, &loan)?;
            extension.state = ExtensionState::Accepted;
        } else {
            extension.state = ExtensionState::Declined;
        }
        w.extensions.open()?.put(self.loan, &extension)?;
        // Comuniza saves the loan with its extension fields: it changed.
        w.stamp(Stamped::Loan, self.loan, false)?;
        let told = Notice::new(Kind::LoanExtensionDecision, w.now).by(loan.lender);
        notify(
            w,
            loan.borrower,
            told.on_loan(self.loan).answered(self.accept),
        )?;
        Ok(self.loan.0)
    }
}
