//! Loans: a request, each step of the state machine (`domain::loan`), and reviews.

use super::notices::notify;
use crate::domain::notice::{Kind, Notice};
use crate::i18n::phrase::Phrase;
use redb::ReadableTable;

use super::awards::apply_contributions;
use super::groups::membership;
use super::{conflict, forbidden, Acting, Apply, CommandError, CommandResult};
use crate::domain::access::item_visible;
use crate::domain::choice::{ItemStatus, LoanStatus, MemberStatus, ReviewerRole, Visibility};
use crate::domain::figures::{loan_contributions, review_contributions};
use crate::domain::loan::{asking, party, Asking, Closed, LoanAction, Party};
use crate::domain::periods::loan_events;
use crate::domain::records::{GroupId, Item, ItemId, Loan, LoanId, Review, Stamped, UserId};
use crate::domain::time::{day_of, days_after};
use crate::domain::validate::{check_text, invalid, Rating};
use crate::store::evict;
use crate::store::tx::W;
use crate::views::maintain::Memo;

/// The item's groups `user` is an active member of, in the item's order.
fn groups_of(w: &W<'_>, item: &Item, user: UserId) -> Result<Vec<GroupId>, CommandError> {
    let mut out = Vec::new();
    for &g in &item.groups {
        if membership(w, g, user)?.is_some_and(|(_, m)| m.status == MemberStatus::Active) {
            out.push(g);
        }
    }
    Ok(out)
}

/// Whether `user` sees `item` (`domain::access`), `member_groups` being [`groups_of`].
fn sees(
    w: &W<'_>,
    item: &Item,
    user: UserId,
    member_groups: &[GroupId],
) -> Result<bool, CommandError> {
    let owner_active = w.users.get(item.owner)?.is_some_and(|u| u.is_active);
    let member_of = |g| member_groups.contains(&g);
    Ok(item_visible(Some(user), item, owner_active, member_of))
}

/// After an item changed: a request whose requester no longer sees it (the item was archived,
/// made private, or taken out of their groups) can never be approved, so the owner's answer
/// is no (`rejected`).
pub(crate) fn decline_unseen_requests(
    w: &mut W<'_>,
    id: ItemId,
    item: &Item,
) -> Result<(), CommandError> {
    for loan in waiting_for(w, id)? {
        let Some(l) = w.loans.get(loan)? else {
            continue;
        };
        let groups = groups_of(w, item, l.borrower)?;
        if !sees(w, item, l.borrower, &groups)? {
            end_request(w, loan, &l, LoanStatus::Rejected, l.lender)?;
        }
    }
    Ok(())
}

/// A request to borrow an item, through one of its groups when it is in several.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestLoan {
    pub item: ItemId,
    pub group: Option<GroupId>,
    pub message: String,
}

impl Apply for RequestLoan {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let RequestLoan {
            item: item_id,
            group,
            ref message,
        } = *self;
        let borrower = a.member()?;
        let item = w
            .items
            .get(item_id)?
            .ok_or(CommandError::NotFound("item"))?;
        // An item the borrower may not see answers as if it did not exist: the pages' rule
        // (`domain::access`), an inactive owner's items included.
        if item.owner == borrower {
            return Err(forbidden(Phrase::id("refuse-own-item")));
        }
        let member_groups = groups_of(w, &item, borrower)?;
        if !sees(w, &item, borrower, &member_groups)? {
            return Err(CommandError::NotFound("item"));
        }
        // A lent item takes a queue; one the owner holds back takes nothing.
        if let Asking::Closed(why) = asking(&item) {
            return Err(conflict(Phrase::id(match why {
                Closed::Withdrawn => "refuse-withdrawn",
                Closed::NotLending => "refuse-not-lending",
            })));
        }
        let message = check_text("request_message", message, 2000, false)?;
        let group = match group {
            Some(g) if member_groups.contains(&g) => Some(g),
            Some(_) => return Err(invalid("group", Phrase::id("invalid-loan-group")).into()),
            None if item.visibility == Visibility::Restricted => member_groups.first().copied(),
            None => None,
        };
        // A request of theirs still waiting, or the item's open loan being theirs.
        let requested = w
            .open_requests
            .range((item_id.0, borrower.0, 0)..=(item_id.0, borrower.0, u64::MAX))?
            .next()
            .is_some();
        let holding = match w.open_loans.get(item_id)?.map(|g| g.value()) {
            Some(open) => w
                .loans
                .get(LoanId(open))?
                .is_some_and(|l| l.borrower == borrower),
            None => false,
        };
        if requested || holding {
            return Err(conflict(Phrase::id("refuse-already-asked")));
        }
        let id = w.next_id("loans")?;
        let loan = Loan {
            item: item_id,
            borrower,
            lender: item.owner,
            group,
            status: LoanStatus::Requested,
            request_message: message,
            requested_at: w.now,
            approved_at: None,
            start_date: None,
            due_date: None,
            returned_at: None,
        };
        w.loans.put(LoanId(id), &loan)?;
        w.stamp(Stamped::Loan, LoanId(id), true)?;
        w.loans_by_user.insert((loan.lender.0, id), ())?;
        w.loans_by_user.insert((loan.borrower.0, id), ())?;
        w.loans_by_item.insert((item_id.0, id), ())?;
        w.open_requests.insert((item_id.0, borrower.0, id), ())?;
        let told = Notice::new(Kind::LoanRequest, w.now).by(borrower);
        notify(w, loan.lender, told.on_loan(LoanId(id)))?;
        Ok(id)
    }
}

/// A step's key in the refusals' messages (`refuse-not-your-step`, `refuse-step-now`).
fn verb(action: LoanAction) -> &'static str {
    match action {
        LoanAction::Approve => "approve",
        LoanAction::Reject => "reject",
        LoanAction::Cancel => "cancel",
        LoanAction::HandOver => "hand-over",
        LoanAction::BorrowerReturn => "give-back",
        LoanAction::ConfirmReturn => "confirm-back",
    }
}

/// One step of a loan (`domain::loan`), by the party it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct LoanStep {
    pub loan: LoanId,
    pub action: LoanAction,
}

impl Apply for LoanStep {
    fn apply(&self, w: &mut W<'_>, memo: &mut Memo, a: Acting) -> CommandResult {
        let LoanStep { loan: id, action } = *self;
        let before = w.loans.get(id)?.ok_or(CommandError::NotFound("loan"))?;
        let who = a.id.map_or(Party::Other, |u| party(&before, u));
        if who == Party::Other {
            return Err(CommandError::NotFound("loan"));
        }
        if action.taken_by() != who {
            let by = if action.taken_by() == Party::Lender {
                "lender"
            } else {
                "borrower"
            };
            let said = Phrase::id("refuse-not-your-step").text("by", by);
            return Err(forbidden(said.text("step", verb(action))));
        }
        let Some(status) = action.next(before.status) else {
            let said = Phrase::id("refuse-step-now").text("step", verb(action));
            return Err(conflict(said.text("status", before.status.as_str())));
        };
        let mut item = w
            .items
            .get(before.item)?
            .ok_or(CommandError::NotFound("item"))?;
        let open_loan = w.open_loans.get(before.item)?.map(|g| g.value());
        if action == LoanAction::Approve {
            if open_loan.is_some() {
                return Err(conflict(Phrase::id("refuse-queued")));
            }
            if !item.is_active {
                return Err(conflict(Phrase::id("refuse-withdrawn")));
            }
        }
        let mut after = before.clone();
        after.status = status;
        match action {
            LoanAction::Approve => after.approved_at = Some(w.now),
            LoanAction::HandOver => {
                let today = day_of(w.now);
                after.start_date = Some(today);
                after.due_date = Some(days_after(today, item.max_loan_days));
            }
            LoanAction::ConfirmReturn => after.returned_at = Some(w.now),
            _ => {}
        }
        w.loans.put(id, &after)?;
        w.stamp(Stamped::Loan, id, false)?;
        if before.status == LoanStatus::Requested {
            w.open_requests
                .remove((before.item.0, before.borrower.0, id.0))?;
        }
        // The open loan and the item's `borrowed` status follow the loan.
        if before.status.is_open() != status.is_open() {
            if status.is_open() {
                w.open_loans.insert(before.item, id)?;
                item.status = ItemStatus::Borrowed;
            } else {
                w.open_loans.remove(before.item)?;
                item.status = ItemStatus::Available;
            }
            w.items.put(before.item, &item)?;
            w.stamp(Stamped::Item, before.item, false)?;
        }
        // Lists show how a lent item stands (promised, lent out, coming back).
        if before.status.is_open() || status.is_open() {
            evict::item_status(&mut w.fx);
        }
        apply_contributions(w, memo, &loan_contributions(&before), -1)?;
        apply_contributions(w, memo, &loan_contributions(&after), 1)?;
        let (gone, came) = (loan_events(&before), loan_events(&after));
        if gone != came {
            super::period_boards::apply_events(w, memo, &gone, -1)?;
            super::period_boards::apply_events(w, memo, &came, 1)?;
        }
        tell_of_step(w, id, &after, action)?;
        // The item is free again: the first request waiting for it can now be answered.
        if before.status.is_open() && !status.is_open() {
            if let Some(&first) = waiting_for(w, before.item)?.first() {
                if let Some(next) = w.loans.get(first)? {
                    let told = Notice::new(Kind::FirstInQueue, w.now).on_loan(first);
                    notify(w, next.borrower, told)?;
                }
            }
        }
        Ok(id.0)
    }
}

/// The other party of a loan hears of each step.
fn tell_of_step(
    w: &mut W<'_>,
    id: LoanId,
    loan: &Loan,
    action: LoanAction,
) -> Result<(), CommandError> {
    let (to, by, kind) = match action {
        LoanAction::Approve => (loan.borrower, loan.lender, Kind::LoanApproved),
        LoanAction::Reject => (loan.borrower, loan.lender, Kind::LoanRejected),
        LoanAction::Cancel => (loan.lender, loan.borrower, Kind::LoanCancelled),
        LoanAction::HandOver => (loan.borrower, loan.lender, Kind::LoanPickup),
        LoanAction::BorrowerReturn => (loan.lender, loan.borrower, Kind::LoanReturnInitiated),
        LoanAction::ConfirmReturn => (loan.borrower, loan.lender, Kind::LoanReturned),
    };
    Ok(notify(w, to, Notice::new(kind, w.now).by(by).on_loan(id))?)
}

/// Ends a request that can no longer be answered: `cancelled` when its group was left (as
/// when the borrower withdraws it), `rejected` when the owner withdrew the item. A request
/// counts in no figure, so none moves.
pub(crate) fn end_request(
    w: &mut W<'_>,
    id: LoanId,
    before: &Loan,
    status: LoanStatus,
    gone: UserId,
) -> Result<(), CommandError> {
    debug_assert_eq!(before.status, LoanStatus::Requested);
    let mut after = before.clone();
    after.status = status;
    w.loans.put(id, &after)?;
    w.stamp(Stamped::Loan, id, false)?;
    w.open_requests
        .remove((before.item.0, before.borrower.0, id.0))?;
    // Ended because `gone` (one of its two people) left the group or the site, or withdrew
    // the item: the other one hears.
    let (to, kind) = if gone == before.lender {
        (before.borrower, Kind::LoanRejected)
    } else {
        (before.lender, Kind::LoanCancelled)
    };
    notify(w, to, Notice::new(kind, w.now).on_loan(id))?;
    Ok(())
}

/// The requests waiting for an item, in queue order.
pub(crate) fn waiting_for(w: &W<'_>, item: ItemId) -> Result<Vec<LoanId>, CommandError> {
    let mut out = Vec::new();
    for row in w
        .open_requests
        .range((item.0, 0, 0)..=(item.0, u64::MAX, u64::MAX))?
    {
        out.push(LoanId(row?.0.value().2));
    }
    out.sort_unstable();
    Ok(out)
}

/// A review of the other party of a returned loan.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewLoan {
    pub loan: LoanId,
    pub rating: i64,
    pub comment: String,
}

impl Apply for ReviewLoan {
    fn apply(&self, w: &mut W<'_>, memo: &mut Memo, a: Acting) -> CommandResult {
        let ReviewLoan {
            loan: loan_id,
            rating,
            ref comment,
        } = *self;
        let loan = w
            .loans
            .get(loan_id)?
            .ok_or(CommandError::NotFound("loan"))?;
        let reviewer = a.member()?;
        let (role, reviewee) = match party(&loan, reviewer) {
            Party::Lender => (ReviewerRole::Lender, loan.borrower),
            Party::Borrower => (ReviewerRole::Borrower, loan.lender),
            Party::Other => return Err(CommandError::NotFound("loan")),
        };
        if loan.status != LoanStatus::Returned {
            return Err(conflict(Phrase::id("refuse-review-early")));
        }
        let rating = Rating::new(rating)?;
        let comment = check_text("comment", comment, 2000, false)?;
        if w.review_by_loan
            .open()?
            .get((loan_id.0, reviewer.0))?
            .is_some()
        {
            return Err(conflict(Phrase::id("refuse-reviewed")));
        }
        let id = w.next_id("reviews")?;
        let review = Review {
            loan: loan_id,
            reviewer,
            reviewee,
            reviewer_role: role,
            rating: rating.get(),
            comment,
            created_at: w.now,
        };
        w.reviews.open()?.put(id, &review)?;
        w.stamp(Stamped::Review, id, true)?;
        w.review_by_loan
            .open()?
            .insert((loan_id.0, reviewer.0), id)?;
        apply_contributions(w, memo, &review_contributions(&review), 1)?;
        let told = Notice::new(Kind::ReviewReceived, w.now).by(reviewer);
        notify(w, reviewee, told.on_loan(loan_id))?;
        Ok(id)
    }
}
