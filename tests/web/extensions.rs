//! More time on a loan through the pages: the borrower asks (days, reason), the lender accepts
//! or declines, both see where it stands; every wrong person, state and value is refused and
//! changes nothing.

use comuniza::domain::choice::{ExtensionState, LoanStatus};
use comuniza::domain::loan::LoanAction;
use comuniza::domain::records::{Extension, LoanId};
use comuniza::store::commands::{Actor, LoanStep};
use reqwest::StatusCode;

use crate::browser::{site_with_admin, Browser};
use crate::helpers::TestApp;
use crate::items::user_id;

fn due(app: &TestApp, loan: LoanId) -> i32 {
    app.read().loan(loan).unwrap().unwrap().due_date.unwrap()
}

fn extension(app: &TestApp, loan: LoanId) -> Option<Extension> {
    app.read().extension(loan).unwrap()
}

/// Ana's drill (7 days at most) requested by Bob, and taken as far as `steps` go.
async fn loan(app: &TestApp, steps: &[LoanAction]) -> LoanId {
    let (ana, bob) = (user_id(app, "ana"), user_id(app, "bob"));
    let item = app.item(ana, "Drill", vec![]).await;
    let loan = app.request(bob, item).await;
    for &action in steps {
        let who = if action.taken_by() == comuniza::domain::loan::Party::Lender {
            ana
        } else {
            bob
        };
        app.ok(Actor::User(who), LoanStep { loan, action }).await;
    }
    loan
}

#[tokio::test]
async fn the_borrower_asks_for_more_time_and_the_lender_accepts_or_declines() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let bob = Browser::sign_up(&app, "bob").await;
    let l = loan(&app, &[LoanAction::Approve, LoanAction::HandOver]).await;
    let ask = format!("/loans/{l}/extension");
    // Handed over long ago: due two days ago, overdue. (Nothing derived depends on an active
    // loan's dates, so writing the record alone is a consistent state.)
    let mut late = app.read().loan(l).unwrap().unwrap();
    late.start_date = late.start_date.map(|d| d - 9);
    late.due_date = late.due_date.map(|d| d - 9);
    {
        use comuniza::store::codec::Stored;
        let txn = app.engine.db.begin_write().unwrap();
        txn.open_table(comuniza::store::tables::LOANS)
            .unwrap()
            .insert(l, late.encode().as_slice())
            .unwrap();
        txn.commit().unwrap();
    }
    let first_due = due(&app, l);
    assert!(bob
        .get(&format!("/loans/{l}"))
        .await
        .body
        .contains("Overdue"));
    let page = bob.get(&format!("/loans/{l}")).await.body;
    assert!(page.contains(&format!("action=\"{ask}\"")), "{page}");
    assert!(
        page.contains("max=\"7\""),
        "at most the item's longest loan"
    );
    assert!(!ana
        .get(&format!("/loans/{l}"))
        .await
        .body
        .contains(&format!("action=\"{ask}\"")));
    // Out of range: the form comes back with the reason and what was typed.
    let page = bob
        .post(&ask, &[("days", "8"), ("reason", "A long trip")])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("must be 1 to 7") && page.body.contains("A long trip"));
    let page = bob.post(&ask, &[("days", "three")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(extension(&app, l), None);
    bob.post(&ask, &[("days", "3"), ("reason", "Exams <b>next</b> week")])
        .await
        .assert_redirect(&format!("/loans/{l}#more-time"));
    assert_eq!(
        extension(&app, l).map(|e| (e.days, e.state)),
        Some((3, ExtensionState::Pending))
    );
    // One pending at a time.
    let page = bob.get(&format!("/loans/{l}")).await.body;
    assert!(
        page.contains("waiting for the lender's answer")
            && !page.contains(&format!("action=\"{ask}\""))
    );
    assert_eq!(
        bob.post(&ask, &[("days", "2")]).await.status,
        StatusCode::CONFLICT
    );
    // The lender sees it, escaped, and answers; the borrower cannot answer for them.
    let page = ana.get(&format!("/loans/{l}")).await.body;
    assert!(
        page.contains("your answer is needed")
            && page.contains("Exams &lt;b&gt;next&lt;/b&gt; week")
    );
    assert_eq!(
        bob.post(&format!("{ask}/accept"), &[]).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        ana.post(&ask, &[("days", "2")]).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        ana.post(&format!("{ask}/grant"), &[]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(due(&app, l), first_due);
    ana.post(&format!("{ask}/accept"), &[])
        .await
        .assert_redirect(&format!("/loans/{l}#more-time"));
    assert_eq!(due(&app, l), first_due + 3);
    assert!(bob
        .get(&format!("/loans/{l}"))
        .await
        .body
        .contains("accepted, the due date moved"));
    // Answered: the borrower may ask again; a no leaves the date where it is.
    bob.post(&ask, &[("days", "2")])
        .await
        .assert_redirect(&format!("/loans/{l}#more-time"));
    ana.post(&format!("{ask}/decline"), &[])
        .await
        .assert_redirect(&format!("/loans/{l}#more-time"));
    assert_eq!(due(&app, l), first_due + 3);
    assert_eq!(extension(&app, l).unwrap().state, ExtensionState::Declined);
    assert!(bob
        .get(&format!("/loans/{l}"))
        .await
        .body
        .contains(": declined."));
    assert_eq!(
        ana.post(&format!("{ask}/accept"), &[]).await.status,
        StatusCode::CONFLICT,
        "nothing left to answer"
    );
    // Returned today: late against the first due date, on time against the final one.
    app.ok(
        Actor::User(user_id(&app, "ana")),
        LoanStep {
            loan: l,
            action: LoanAction::ConfirmReturn,
        },
    )
    .await;
    assert_eq!(app.figure("bob", "on_time_returns").await, 1);
    assert_eq!(app.figure("bob", "late_returns").await, 0);
    app.verify_clean();
}

#[tokio::test]
async fn more_time_is_only_for_a_loan_out_and_only_between_its_two_people() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let bob = Browser::sign_up(&app, "bob").await;
    let eve = Browser::sign_up(&app, "eve").await;
    let requested = loan(&app, &[]).await;
    let page = bob
        .post(&format!("/loans/{requested}/extension"), &[("days", "2")])
        .await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    assert!(page.body.contains("while the item is lent out"));
    let out = loan(&app, &[LoanAction::Approve, LoanAction::HandOver]).await;
    let ask = format!("/loans/{out}/extension");
    // A stranger, a visitor and a forged form get nothing.
    assert_eq!(
        eve.post(&ask, &[("days", "2")]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        eve.post(&format!("{ask}/accept"), &[]).await.status,
        StatusCode::NOT_FOUND
    );
    let visitor = Browser::new(&app);
    let page = visitor.post_raw(&ask, &[("days", "2")]).await;
    assert!(
        matches!(page.status, StatusCode::FORBIDDEN | StatusCode::SEE_OTHER),
        "{}",
        page.status
    );
    let page = bob.post_raw(&ask, &[("days", "2")]).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert_eq!(extension(&app, out), None);
    // Once the item is back, an unanswered request has lapsed and cannot be answered.
    bob.post(&ask, &[("days", "2")])
        .await
        .assert_redirect(&format!("/loans/{out}#more-time"));
    app.ok(
        Actor::User(user_id(&app, "bob")),
        LoanStep {
            loan: out,
            action: LoanAction::BorrowerReturn,
        },
    )
    .await;
    let page = ana.get(&format!("/loans/{out}")).await.body;
    assert!(
        page.contains("not answered before the item came back"),
        "{page}"
    );
    assert!(!page.contains(&format!("action=\"{ask}/accept\"")));
    assert_eq!(
        ana.post(&format!("{ask}/accept"), &[]).await.status,
        StatusCode::CONFLICT
    );
    assert_eq!(
        app.read().loan(out).unwrap().unwrap().status,
        LoanStatus::BorrowerReturned
    );
}
