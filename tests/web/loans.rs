//! Loan pages: the whole flow through the forms (request, approve, hand over, return,
//! confirm, review) with the figures checked through the API, and every refusal: wrong
//! person, wrong state, bad rating, a second review, strangers, a missing CSRF token.

use comuniza::domain::choice::{LoanStatus, Privacy, Visibility};
use comuniza::domain::records::LoanId;
use comuniza::domain::records::{ItemId, Loan};
use comuniza::store::commands::Actor;
use comuniza::store::commands::{CreateItem, JoinGroup};
use comuniza::store::tables::LOANS;
use reqwest::StatusCode;

use crate::browser::{site_with_admin, Browser};
use crate::content::api;
use crate::helpers::{item_fields, TestApp};
use crate::items::{id_in, item, user_id};

fn loan(app: &TestApp, id: LoanId) -> Loan {
    app.read().loan(id).unwrap().unwrap()
}

fn loans_of_item(app: &TestApp, item: ItemId) -> Vec<LoanId> {
    app.read().loans_of_item(item).unwrap()
}

/// Bob asks for Ana's ladder through the item's page; returns (item, loan).
async fn requested(app: &TestApp, bob: &Browser) -> (ItemId, LoanId) {
    let ana_id = user_id(app, "ana");
    let item = app.item(ana_id, "Ladder", vec![]).await;
    let page = bob.get(&format!("/items/{item}")).await;
    assert!(page.body.contains("Send the request"), "{}", page.body);
    let page = bob
        .post(
            &format!("/items/{item}/request"),
            &[("message", "For the <b>attic</b>, please")],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let id = id_in(page.location.as_deref());
    (item, LoanId(id))
}

async fn step(who: &Browser, loan: LoanId, action: &str) {
    let page = who
        .post(&format!("/loans/{loan}/{action}"), &[("back", "/loans")])
        .await;
    page.assert_redirect("/loans");
}

#[tokio::test]
async fn a_loan_goes_from_request_to_both_reviews_through_the_forms() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let bob = Browser::sign_up(&app, "bob").await;
    let (item_id, l) = requested(&app, &bob).await;
    let page = bob.get(&format!("/loans/{l}")).await;
    assert!(page
        .body
        .contains("For the &lt;b&gt;attic&lt;/b&gt;, please"));
    assert!(page.body.contains("Cancel the request"));
    assert!(!page.body.contains(">Approve<"), "only the lender approves");
    let list = ana.get("/loans").await.body;
    assert!(list.contains("Requests to answer"));
    assert!(list.contains(&format!("action=\"/loans/{l}/approve\"")));
    assert!(list.contains(&format!("action=\"/loans/{l}/reject\"")));
    step(&ana, l, "approve").await;
    assert_eq!(loan(&app, l).status, LoanStatus::Approved);
    // Approved is a promise: nothing has changed hands yet, and each side reads its own words.
    let page = bob.get(&format!("/items/{item_id}")).await.body;
    assert!(
        page.contains(">Promised<") && !page.contains("Borrowed"),
        "{page}"
    );
    assert!(bob
        .get(&format!("/loans/{l}"))
        .await
        .body
        .contains("Promised to you, to collect"));
    assert!(ana.get("/loans").await.body.contains("promised to "));
    step(&ana, l, "hand_over").await;
    let handed = loan(&app, l);
    assert_eq!(handed.status, LoanStatus::Active);
    assert!(handed.due_date.is_some());
    let list = bob.get("/loans").await.body;
    assert!(
        list.contains("I have given it back") && list.contains("With you"),
        "{list}"
    );
    assert!(ana.get("/loans").await.body.contains("Lent out"));
    let visitor = Browser::new(&app);
    assert!(visitor.get("/items").await.body.contains(">Lent out<"));
    step(&bob, l, "borrower_return").await;
    assert_eq!(loan(&app, l).status, LoanStatus::BorrowerReturned);
    // Given back, not yet confirmed: no "Returned: -" for the borrower, who did return it.
    let page = bob.get(&format!("/loans/{l}")).await.body;
    assert!(page.contains("Given back, waiting for the owner"), "{page}");
    assert!(page.contains("given back by the borrower, waiting for the lender to confirm"));
    assert!(!page.contains("Lent out"));
    let page = ana.post(&format!("/loans/{l}/confirm_return"), &[]).await;
    page.assert_redirect(&format!("/loans/{l}"));
    assert_eq!(loan(&app, l).status, LoanStatus::Returned);
    assert_eq!(item(&app, item_id).status.as_str(), "available");
    assert_eq!(app.figure("ana", "items_lent").await, 1);
    assert_eq!(app.figure("bob", "items_borrowed").await, 1);
    assert_eq!(app.figure("bob", "on_time_returns").await, 1);
    // Both review.
    let page = bob.get(&format!("/loans/{l}")).await;
    assert!(page.body.contains("Send the review"));
    assert!(page
        .body
        .contains("type=\"radio\" name=\"rating\" value=\"5\""));
    let review = format!("/loans/{l}/review");
    bob.post(
        &review,
        &[("rating", "5"), ("comment", "Great <i>ladder</i>")],
    )
    .await
    .assert_redirect(&format!("/loans/{l}"));
    ana.post(&review, &[("rating", "4"), ("comment", "")])
        .await
        .assert_redirect(&format!("/loans/{l}"));
    for (who, received, sum) in [("ana", 1, 5), ("bob", 1, 4)] {
        assert_eq!(app.figure(who, "reviews_received").await, received);
        assert_eq!(app.figure(who, "rating_sum").await, sum);
        assert_eq!(app.figure(who, "reviews_given").await, 1);
    }
    let page = ana.get(&format!("/loans/{l}")).await;
    assert!(!page.body.contains("Send the review"), "one review each");
    assert!(page.body.contains("Great &lt;i&gt;ladder&lt;/i&gt;"));
    assert!(page.body.contains("5 / 5") && page.body.contains("4 / 5"));
    // A finished loan says who it was lent to and when it came back, not when it was due.
    let list = ana.get("/loans").await.body;
    let returned_on = comuniza::domain::time::format_date(comuniza::domain::time::day_of(
        loan(&app, l).returned_at.unwrap(),
    ));
    assert!(
        list.contains("lent to ") && !list.contains("lending to "),
        "{list}"
    );
    assert!(
        list.contains(&format!("returned <time datetime=\"{returned_on}\"")),
        "{list}"
    );
    assert!(!list.contains("due "), "{list}");
    assert!(bob.get("/loans").await.body.contains("borrowed from "));
    app.verify_clean();
}

#[tokio::test]
async fn wrong_people_wrong_states_and_bad_values_are_refused_and_change_nothing() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let bob = Browser::sign_up(&app, "bob").await;
    let eve = Browser::sign_up(&app, "eve").await;
    let (item_id, l) = requested(&app, &bob).await;
    // Ana cannot borrow her own item, and is not offered to.
    let page = ana.get(&format!("/items/{item_id}")).await;
    assert!(!page.body.contains("Send the request"));
    let page = ana.post(&format!("/items/{item_id}/request"), &[]).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(page.body.contains("cannot borrow your own item"));
    assert_eq!(loans_of_item(&app, item_id), vec![l]);
    // Bob asking twice is a conflict.
    let page = bob.post(&format!("/items/{item_id}/request"), &[]).await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    assert!(page.body.contains("already have a request"));
    let before = loan(&app, l);
    // The borrower may not approve.
    let page = bob.post(&format!("/loans/{l}/approve"), &[]).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(page.body.contains("the lender may approve this loan"));
    // Wrong state.
    let page = ana.post(&format!("/loans/{l}/confirm_return"), &[]).await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    assert!(page.body.contains("requested"));
    let page = ana
        .post(&format!("/loans/{l}/review"), &[("rating", "5")])
        .await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    // Strangers see nothing of it.
    assert_eq!(
        eve.get(&format!("/loans/{l}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        eve.post(&format!("/loans/{l}/approve"), &[]).await.status,
        StatusCode::NOT_FOUND
    );
    Browser::new(&app)
        .get(&format!("/loans/{l}"))
        .await
        .assert_redirect(&format!("/signin?next=%2Floans%2F{l}"));
    // No CSRF token, unknown actions and loans.
    let page = ana.post_raw(&format!("/loans/{l}/approve"), &[]).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(page.body.contains("security token"));
    assert_eq!(
        ana.post(&format!("/loans/{l}/steal"), &[]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(ana.get("/loans/999").await.status, StatusCode::NOT_FOUND);
    assert_eq!(loan(&app, l), before);
    // After the return: a rating of 6 is refused, a second review too.
    for action in ["approve", "hand_over", "confirm_return"] {
        step(&ana, l, action).await;
    }
    let review = format!("/loans/{l}/review");
    let page = bob
        .post(&review, &[("rating", "6"), ("comment", "Too good")])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("role=\"alert\""));
    assert!(page.body.contains("Too good"), "the form keeps the comment");
    let page = bob.post(&review, &[("comment", "no rating")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.figure("ana", "reviews_received").await, 0);
    bob.post(&review, &[("rating", "3")])
        .await
        .assert_redirect(&format!("/loans/{l}"));
    let page = bob.post(&review, &[("rating", "1")]).await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    assert!(page.body.contains("already reviewed"));
    assert_eq!(app.figure("ana", "rating_sum").await, 3);
    assert_eq!(app.figure("bob", "reviews_given").await, 1);
    let page = eve.post(&review, &[("rating", "5")]).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    // Acting on a finished loan.
    let page = bob.post(&format!("/loans/{l}/cancel"), &[]).await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    assert_eq!(loan(&app, l).status, LoanStatus::Returned);
}

#[tokio::test]
async fn the_borrower_cancels_and_the_lender_rejects() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let bob = Browser::sign_up(&app, "bob").await;
    let (item_id, l) = requested(&app, &bob).await;
    step(&bob, l, "cancel").await;
    assert_eq!(loan(&app, l).status, LoanStatus::Cancelled);
    assert!(bob
        .get("/loans")
        .await
        .body
        .contains("Declined or cancelled"));
    let page = bob.post(&format!("/items/{item_id}/request"), &[]).await;
    assert_eq!(
        page.status,
        StatusCode::SEE_OTHER,
        "a new request after cancelling"
    );
    let l2 = id_in(page.location.as_deref());
    step(&ana, LoanId(l2), "reject").await;
    assert_eq!(loan(&app, LoanId(l2)).status, LoanStatus::Rejected);
    assert!(ana
        .get(&format!("/items/{item_id}"))
        .await
        .body
        .contains("Loans of this item"));
}

#[tokio::test]
async fn an_active_loan_past_its_due_date_is_shown_overdue_to_both() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let bob = Browser::sign_up(&app, "bob").await;
    let (_, l) = requested(&app, &bob).await;
    step(&ana, l, "approve").await;
    step(&ana, l, "hand_over").await;
    assert!(!bob.get("/loans").await.body.contains("Overdue"));
    // Time travel: the loan was handed over long ago (nothing derived depends on the dates
    // of an active loan, so writing the record alone is a consistent state).
    let mut late = loan(&app, l);
    late.start_date = late.start_date.map(|d| d - 30);
    late.due_date = late.due_date.map(|d| d - 30);
    {
        use comuniza::store::codec::Stored;
        let txn = app.engine.db.begin_write().unwrap();
        txn.open_table(LOANS)
            .unwrap()
            .insert(l, late.encode().as_slice())
            .unwrap();
        txn.commit().unwrap();
    }
    for who in [&ana, &bob] {
        let list = who.get("/loans").await.body;
        assert!(list.contains("class=\"overdue\""), "{list}");
        assert!(list.contains("Overdue"));
        assert!(who
            .get(&format!("/loans/{l}"))
            .await
            .body
            .contains("Overdue"));
    }
    // Still returned the usual way, and counted late.
    step(&bob, l, "borrower_return").await;
    step(&ana, l, "confirm_return").await;
    assert_eq!(app.figure("bob", "late_returns").await, 1);
}

#[tokio::test]
async fn a_member_of_several_of_the_items_groups_picks_the_one_to_borrow_through() {
    let (app, _admin) = site_with_admin().await;
    let _ana = Browser::sign_up(&app, "ana").await;
    let bob = Browser::sign_up(&app, "bob").await;
    let (ana_id, bob_id) = (user_id(&app, "ana"), user_id(&app, "bob"));
    let g1 = app
        .group(ana_id, "Street", Privacy::Public, "Graz", "47.07")
        .await;
    let g2 = app
        .group(ana_id, "Club", Privacy::Public, "Graz", "47.07")
        .await;
    let hidden = app
        .group(ana_id, "Family", Privacy::Private, "Graz", "47.07")
        .await;
    for g in [g1, g2] {
        app.ok(Actor::User(bob_id), JoinGroup { group: g }).await;
    }
    let mut f = item_fields("Tandem", vec![g1, g2, hidden]);
    f.visibility = Visibility::Restricted;
    let item_id = app.ok(Actor::User(ana_id), CreateItem(f)).await;
    let page = bob.get(&format!("/items/{item_id}")).await;
    assert!(page.body.contains("Borrow through the group"));
    assert!(page.body.contains(">Street</a>"));
    assert!(
        !page.body.contains("Family"),
        "a private group stays hidden"
    );
    let path = format!("/items/{item_id}/request");
    let page = bob.post(&path, &[("group", &hidden.to_string())]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("must be one of the item"));
    assert!(loans_of_item(&app, ItemId(item_id)).is_empty());
    let page = bob.post(&path, &[("group", &g2.to_string())]).await;
    let l = id_in(page.location.as_deref());
    assert_eq!(loan(&app, LoanId(l)).group, Some(g2));
    assert!(bob.get(&format!("/loans/{l}")).await.body.contains("Club"));
}

/// A member may show their email to the other person of each of their loans, and to nobody
/// else: not the other party of someone else's loan, not staff looking at the loan, not
/// visitors of their profile.
#[tokio::test]
async fn the_people_of_a_loan_see_each_others_email_only_when_they_chose_to() {
    let (app, admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let bob = Browser::sign_up(&app, "bob").await;
    let eve = Browser::sign_up(&app, "eve").await;
    let (_, l) = requested(&app, &bob).await;
    let page = format!("/loans/{l}");
    let ana_email = "ana@example.org";
    assert!(
        !bob.get(&page).await.body.contains(ana_email),
        "off until chosen"
    );
    // A forged form changes nothing; Ana's own form does.
    assert_eq!(
        ana.post_raw("/account/contact", &[("show", "on")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert!(!ana
        .get("/account")
        .await
        .body
        .contains("name=\"show\" checked"));
    ana.post("/account/contact", &[("show", "on")])
        .await
        .assert_redirect("/account#contact-h");
    assert!(ana
        .get("/account")
        .await
        .body
        .contains("name=\"show\" checked"));
    // A request is not enough (anyone may ask for a public item): only once she said yes.
    assert!(!bob.get(&page).await.body.contains(ana_email));
    step(&ana, l, "approve").await;
    let seen = bob.get(&page).await.body;
    assert!(
        seen.contains(&format!("href=\"mailto:{ana_email}\"")),
        "{seen}"
    );
    // Bob did not choose it: Ana does not see his.
    assert!(!ana.get(&page).await.body.contains("bob@example.org"));
    // Nobody else: staff on the loan page, a stranger, a visitor of Ana's profile.
    assert!(!admin.get(&page).await.body.contains(ana_email));
    assert_eq!(eve.get(&page).await.status, StatusCode::NOT_FOUND);
    assert!(!Browser::new(&app)
        .get("/users/ana")
        .await
        .body
        .contains(ana_email));
    // The API says the same.
    let (tb, ts) = (bob.token("b").await, admin.token("s").await);
    let read = |token: String| {
        let (app, path) = (&app, format!("/api/loans/{l}"));
        async move { api(app, reqwest::Method::GET, &path, &token, None).await.1 }
    };
    let v = read(tb.clone()).await;
    assert_eq!(v["lender"]["email"], ana_email);
    assert!(v["borrower"].get("email").is_none());
    assert!(read(ts).await["lender"].get("email").is_none());
    // Chosen back off: gone.
    ana.post("/account/contact", &[])
        .await
        .assert_redirect("/account#contact-h");
    assert!(!bob.get(&page).await.body.contains(ana_email));
    assert!(read(tb).await["lender"].get("email").is_none());
}

/// Asking for an item is not a way to collect its owner's email: a request, declined or
/// withdrawn, never shows it, even when the owner chose to show it on their loans.
#[tokio::test]
async fn a_request_declined_or_withdrawn_never_shows_the_owners_email() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let bob = Browser::sign_up(&app, "bob").await;
    ana.post("/account/contact", &[("show", "on")])
        .await
        .assert_redirect("/account#contact-h");
    let (item, declined) = requested(&app, &bob).await;
    step(&ana, declined, "reject").await;
    let withdrawn = {
        let page = bob.post(&format!("/items/{item}/request"), &[]).await;
        LoanId(id_in(page.location.as_deref()))
    };
    step(&bob, withdrawn, "cancel").await;
    let tb = bob.token("b").await;
    for l in [declined, withdrawn] {
        assert!(!bob
            .get(&format!("/loans/{l}"))
            .await
            .body
            .contains("ana@example.org"));
        let path = format!("/api/loans/{l}");
        let (_, v) = api(&app, reqwest::Method::GET, &path, &tb, None).await;
        assert!(v["lender"].get("email").is_none(), "{v}");
        assert_eq!(v["lender"]["username"], "ana");
    }
}
