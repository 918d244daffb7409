//! Reminders (issue 16) with the clock set by the test: each is sent once for its loan, kind
//! and round however often the scheduler runs; in daytime where the member is; overdue ones at
//! most 5 times; a request left 3 days reminds its lender. Only the server may send them.

use comuniza::domain::loan::LoanAction;
use comuniza::domain::notice::Kind;
use comuniza::domain::records::{LoanId, UserId};
use comuniza::domain::time::MS_PER_DAY;
use comuniza::store::commands::{Actor, LoanStep, SendReminders, SetTimeZone};

use crate::browser::site_with_admin;
use crate::helpers::TestApp;

const HOUR: i64 = 3_600_000;

/// The kinds of `user`'s notifications, oldest first.
fn kinds(app: &TestApp, user: UserId) -> Vec<Kind> {
    let (mut all, _) = app.read().notices_of(user, 0, 1000).unwrap();
    all.reverse();
    all.into_iter().map(|(_, n)| n.kind()).collect()
}

/// Sends what is due at `day` (days since 1970) and `hour` UTC; answers how many went.
async fn run_at(app: &TestApp, day: i64, hour: i64) -> u64 {
    app.ok(
        Actor::System,
        SendReminders {
            at: day * MS_PER_DAY + hour * HOUR,
        },
    )
    .await
}

#[tokio::test]
async fn a_borrower_is_reminded_once_each_before_on_and_after_the_due_day() {
    let (app, _admin) = site_with_admin().await;
    let (ana, bob) = (app.user("ana").await, app.user("bob").await);
    let drill = app.item(ana, "Drill", vec![]).await;
    let loan = app.request(bob, drill).await;
    for action in [LoanAction::Approve, LoanAction::HandOver] {
        app.ok(Actor::User(ana), LoanStep { loan, action }).await;
    }
    let due = i64::from(app.read().loan(loan).unwrap().unwrap().due_date.unwrap());
    let told = |app: &TestApp| {
        kinds(app, bob)
            .into_iter()
            .filter(|k| {
                matches!(
                    k,
                    Kind::LoanDueSoon | Kind::LoanDueToday | Kind::LoanOverdue
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(run_at(&app, due - 5, 12).await, 0, "not yet");
    assert_eq!(run_at(&app, due - 2, 12).await, 1);
    assert_eq!(run_at(&app, due - 2, 12).await, 0, "twice at once: once");
    assert_eq!(run_at(&app, due - 1, 12).await, 0, "one 'due soon'");
    assert_eq!(run_at(&app, due, 3).await, 0, "at night: waits for the day");
    assert_eq!(run_at(&app, due, 10).await, 1);
    assert_eq!(run_at(&app, due + 1, 12).await, 1);
    assert_eq!(run_at(&app, due + 2, 12).await, 0);
    assert_eq!(run_at(&app, due + 4, 12).await, 1, "every 3 days");
    // The clock jumps ahead: the last round once, and never more than 5.
    assert_eq!(run_at(&app, due + 200, 12).await, 1);
    assert_eq!(run_at(&app, due + 300, 12).await, 0);
    // And back: nothing again.
    assert_eq!(run_at(&app, due - 2, 12).await, 0);
    assert_eq!(
        told(&app),
        [
            Kind::LoanDueSoon,
            Kind::LoanDueToday,
            Kind::LoanOverdue,
            Kind::LoanOverdue,
            Kind::LoanOverdue
        ]
    );
    assert!(
        kinds(&app, ana)
            .iter()
            .all(|k| !matches!(k, Kind::LoanOverdue)),
        "the lender is not nagged"
    );
    // Returned: nothing more.
    app.ok(
        Actor::User(bob),
        LoanStep {
            loan,
            action: LoanAction::BorrowerReturn,
        },
    )
    .await;
    app.ok(
        Actor::User(ana),
        LoanStep {
            loan,
            action: LoanAction::ConfirmReturn,
        },
    )
    .await;
    let before = told(&app).len();
    run_at(&app, due + 400, 12).await;
    assert_eq!(told(&app).len(), before);
    app.verify_clean();
}

#[tokio::test]
async fn daytime_is_the_member_s_own_and_a_waiting_request_reminds_its_lender() {
    let (app, _admin) = site_with_admin().await;
    let (ana, bob) = (app.user("ana").await, app.user("bob").await);
    app.ok(
        Actor::User(ana),
        SetTimeZone {
            zone: Some("Asia/Tokyo".into()),
        },
    )
    .await;
    let saw = app.item(ana, "Saw", vec![]).await;
    let loan: LoanId = app.request(bob, saw).await;
    let asked = app.read().loan(loan).unwrap().unwrap().requested_at;
    let day = asked.div_euclid(MS_PER_DAY);
    // Two days on: too soon. Three days on, at 12:00 UTC = 21:00 in Tokyo: night there.
    assert_eq!(run_at(&app, day + 2, 23).await, 0);
    assert_eq!(run_at(&app, day + 4, 12).await, 0, "21:00 in Tokyo");
    // 01:00 UTC = 10:00 in Tokyo: sent, once, naming the asker.
    assert_eq!(run_at(&app, day + 5, 1).await, 1);
    assert_eq!(run_at(&app, day + 6, 1).await, 0);
    assert_eq!(kinds(&app, ana).last(), Some(&Kind::LoanRequestWaiting));
    let (notes, _) = app.read().notices_of(ana, 0, 1).unwrap();
    assert_eq!(notes[0].1.actor, Some(bob));
    // A request queued behind a loan under way is not one the lender can answer: no reminder.
    let cara = app.user("cara").await;
    app.ok(
        Actor::User(ana),
        LoanStep {
            loan,
            action: LoanAction::Approve,
        },
    )
    .await;
    let queued = app.request(cara, saw).await;
    let day = app
        .read()
        .loan(queued)
        .unwrap()
        .unwrap()
        .requested_at
        .div_euclid(MS_PER_DAY);
    assert_eq!(
        run_at(&app, day + 10, 1).await,
        0,
        "queued: nothing to answer yet"
    );
    // Only the server sends them: a member (even staff) is refused, and nothing is sent.
    let refused = app
        .run(
            Actor::User(ana),
            SendReminders {
                at: (day + 30) * MS_PER_DAY,
            },
        )
        .await;
    assert!(refused.is_err());
    let staff = app.staff("sam").await;
    assert!(app
        .run(
            Actor::User(staff),
            SendReminders {
                at: (day + 30) * MS_PER_DAY
            }
        )
        .await
        .is_err());
    app.verify_clean();
}
