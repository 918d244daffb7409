//! The demo's loans: one plan per loan state, the requests and every step after them, reviews
//! of the returned ones, more time asked on two loans out (one answered), a neighbour queuing
//! for a lent item, and the one loan moved back in time to be overdue.

use crate::domain::records::UserId;
use crate::domain::records::{Id, ItemId, Loan, LoanId};
use redb::ReadableTable;

use super::data::{ITEMS, PEOPLE};
use super::{all_ok, Result};
use crate::domain::choice::{ItemStatus, LoanStatus, Visibility};
use crate::domain::loan::LoanAction;
use crate::domain::time::{day_of, now};
use crate::engine::Engine;
use crate::store::codec::Stored;
use crate::store::commands::Actor;
use crate::store::commands::{AnswerExtension, AskExtension, LoanStep, RequestLoan, ReviewLoan};
use crate::store::tables::LOANS;

/// The states loans end in, in the order the demo makes them.
const LOAN_PLAN: [&[LoanAction]; 26] = {
    use LoanAction::{Approve, BorrowerReturn, Cancel, ConfirmReturn, HandOver, Reject};
    const RETURNED: &[LoanAction] = &[Approve, HandOver, BorrowerReturn, ConfirmReturn];
    const RETURNED_BY_LENDER: &[LoanAction] = &[Approve, HandOver, ConfirmReturn];
    [
        RETURNED,
        RETURNED,
        RETURNED,
        RETURNED,
        RETURNED,
        RETURNED,
        RETURNED_BY_LENDER,
        RETURNED,
        RETURNED,
        RETURNED,
        RETURNED,
        RETURNED_BY_LENDER,
        &[Approve, HandOver, BorrowerReturn],
        &[Approve, HandOver, BorrowerReturn],
        &[Approve, HandOver],
        &[Approve, HandOver],
        &[Approve, HandOver], // made overdue below
        &[Approve],
        &[Approve],
        &[],
        &[],
        &[],
        &[Reject],
        &[Reject],
        &[Cancel],
        &[Approve, Cancel],
    ]
};

/// Index in `LOAN_PLAN` of the loan made overdue.
pub(super) const OVERDUE: usize = 16;

/// Requests loans of public, lendable items, each from a neighbour of the owner, and takes each
/// along its plan; answers the loan ids and the number of reviews.
pub(super) async fn make(
    engine: &Engine,
    people: &[Id],
    item_ids: &[Id],
    item_owner: &[(usize, Visibility, ItemStatus)],
) -> Result<(Vec<Id>, usize)> {
    let as_user = |i: usize| Actor::User(UserId(people[i]));
    let lendable: Vec<usize> = (0..ITEMS.len())
        .filter(|&i| {
            let (_, vis, status) = item_owner[i];
            vis == Visibility::Public && status != ItemStatus::NotRightNow
        })
        .collect();
    let mut requests = Vec::new();
    let mut parties = Vec::new();
    for (n, &i) in lendable.iter().take(LOAN_PLAN.len()).enumerate() {
        let owner = item_owner[i].0;
        let borrower = (owner + 1 + n % 5) % PEOPLE.len();
        parties.push((owner, borrower));
        requests.push((
            as_user(borrower),
            RequestLoan {
                item: ItemId(item_ids[i]),
                group: None,
                message: format!("Hi {}! Could I borrow it next week?", PEOPLE[owner].1),
            }
            .into(),
        ));
    }
    if parties.len() < LOAN_PLAN.len() {
        return Err("demo: not enough lendable items for every loan state".into());
    }
    let loan_ids = all_ok(engine, "loan requests", requests).await?;
    let mut jobs = Vec::new();
    let mut reviews = 0;
    for (n, plan) in LOAN_PLAN.iter().enumerate() {
        let (lender, borrower) = parties[n];
        let loan = loan_ids[n];
        for &action in plan.iter() {
            let who = match action {
                LoanAction::BorrowerReturn | LoanAction::Cancel => borrower,
                _ => lender,
            };
            jobs.push((
                as_user(who),
                LoanStep {
                    loan: LoanId(loan),
                    action,
                }
                .into(),
            ));
        }
        if plan.last() == Some(&LoanAction::ConfirmReturn) {
            // Mostly glowing reviews, one lukewarm, and one loan left unreviewed by its borrower.
            let rating = if n == 4 { 3 } else { 5 - (n % 3 == 2) as i64 };
            jobs.push((
                as_user(lender),
                ReviewLoan {
                    loan: LoanId(loan),
                    rating,
                    comment: "Returned clean and on time. Thank you!".into(),
                }
                .into(),
            ));
            reviews += 1;
            if n != 6 {
                jobs.push((
                    as_user(borrower),
                    ReviewLoan {
                        loan: LoanId(loan),
                        rating: 5,
                        comment: "Worked perfectly, and a lovely chat at the hand-over.".into(),
                    }
                    .into(),
                ));
                reviews += 1;
            }
        }
    }
    all_ok(engine, "loans and reviews", jobs).await?;

    // Loans that hold up: more time asked (one waiting for its answer, one accepted), and a
    // neighbour queuing for an item that is lent out.
    let (waiting, accepted) = (14, 15);
    let ask = |n: usize, days: i64, reason: &str| {
        (
            as_user(parties[n].1),
            AskExtension {
                loan: LoanId(loan_ids[n]),
                days,
                reason: reason.into(),
            }
            .into(),
        )
    };
    let (owner, borrower) = parties[waiting];
    let queuer = (0..PEOPLE.len())
        .map(|k| (borrower + 1 + k) % PEOPLE.len())
        .find(|p| *p != owner && *p != borrower)
        .unwrap_or(borrower);
    let jobs = vec![
        ask(waiting, 3, "A weekend away: back on Monday, promise!"),
        ask(accepted, 7, "The shelves took longer than planned."),
        (
            as_user(parties[accepted].0),
            AnswerExtension {
                loan: LoanId(loan_ids[accepted]),
                accept: true,
            }
            .into(),
        ),
        (
            as_user(queuer),
            RequestLoan {
                item: ItemId(item_ids[lendable[waiting]]),
                group: None,
                message: "Could I have it after you, when it is back?".into(),
            }
            .into(),
        ),
    ];
    let more = all_ok(engine, "extensions and a queue", jobs).await?;
    let mut loan_ids = loan_ids;
    loan_ids.push(more[3]);
    Ok((loan_ids, reviews))
}

/// Moves an active loan's start and due dates `days` back, so it shows as overdue. A direct
/// write (commands stamp today): no view depends on an open loan's dates.
pub(super) fn backdate_overdue_loan(engine: &Engine, loan: Id, days: i32) -> Result<()> {
    let txn = engine.db.begin_write()?;
    {
        let mut loans = txn.open_table(LOANS)?;
        let mut l = match loans.get(loan)? {
            Some(v) => Loan::decode(v.value())?,
            None => return Err("demo: the overdue loan is missing".into()),
        };
        if l.status != LoanStatus::Active {
            return Err("demo: the loan to make overdue is not active".into());
        }
        let start = day_of(now()) - days;
        // A loan of a week at most, so it is already a fortnight late.
        let length = l
            .due_date
            .zip(l.start_date)
            .map_or(7, |(d, s)| d - s)
            .min(7);
        l.start_date = Some(start);
        l.due_date = Some(start + length);
        loans.insert(loan, l.encode().as_slice())?;
    }
    txn.commit()?;
    Ok(())
}
