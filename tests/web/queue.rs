//! Contested loans through the pages: several members ask for one item and wait in a queue,
//! the owner approves only when the item is free and is told when it comes back; an item
//! held back ("not right now") cannot be asked for; leaving a group takes one's items and
//! requests out of it.

use comuniza::domain::choice::{ItemStatus, LoanStatus, Privacy, Visibility};
use comuniza::domain::loan::LoanAction;
use comuniza::domain::records::{ItemId, LoanId};
use comuniza::store::commands::{Actor, CreateItem, JoinGroup, LoanStep, UpdateItem};
use reqwest::StatusCode;

use crate::browser::{site_with_admin, Browser};
use crate::helpers::{item_fields, TestApp};
use crate::items::{id_in, item, user_id};

fn status(app: &TestApp, loan: LoanId) -> LoanStatus {
    app.read().loan(loan).unwrap().unwrap().status
}

/// `who` asks for `item` through its page; answers the loan.
async fn ask(who: &Browser, item: ItemId) -> LoanId {
    let page = who.post(&format!("/items/{item}/request"), &[]).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    LoanId(id_in(page.location.as_deref()))
}

async fn step(app: &TestApp, who: &str, loan: LoanId, action: LoanAction) {
    let user = user_id(app, who);
    app.ok(Actor::User(user), LoanStep { loan, action }).await;
}

#[tokio::test]
async fn competing_requests_wait_in_a_queue_and_the_owner_is_told_when_the_item_is_back() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let bob = Browser::sign_up(&app, "bob").await;
    let carl = Browser::sign_up(&app, "carl").await;
    let dora = Browser::sign_up(&app, "dora").await;
    let ladder = app.item(user_id(&app, "ana"), "Ladder", vec![]).await;
    let b = ask(&bob, ladder).await;
    // Carl sees that Bob asked first, and where he will stand.
    let page = carl.get(&format!("/items/{ladder}")).await.body;
    assert!(
        page.contains("1 member has asked before you: you will be number 2"),
        "{page}"
    );
    assert!(page.contains("Join the queue"));
    let c = ask(&carl, ladder).await;
    let page = carl.get(&format!("/loans/{c}")).await.body;
    assert!(page.contains("You are number 2 in the queue"), "{page}");
    // The item is free: the owner is waited for, and may approve either request.
    let list = ana.get("/loans").await.body;
    assert!(list.contains("Waiting for you"), "{list}");
    assert!(list.contains("2 members are waiting for it"), "{list}");
    for l in [b, c] {
        assert!(
            list.contains(&format!("action=\"/loans/{l}/approve\"")),
            "{list}"
        );
    }
    let page = ana.get(&format!("/items/{ladder}")).await.body;
    assert!(
        page.contains("Waiting for you") && page.contains("asked first"),
        "{page}"
    );
    ana.post(
        &format!("/loans/{b}/approve"),
        &[("back", &format!("/items/{ladder}"))],
    )
    .await
    .assert_redirect(&format!("/items/{ladder}"));
    // Now promised to Bob: Carl's request waits, with no Approve anywhere, and a forged one is
    // refused on the loan's own page, which says why.
    let list = ana.get("/loans").await.body;
    assert!(!list.contains("Waiting for you"));
    assert!(
        !list.contains(&format!("action=\"/loans/{c}/approve\"")),
        "{list}"
    );
    assert!(list.contains(&format!("action=\"/loans/{c}/reject\"")));
    assert!(list.contains("number 1 of 1 in the queue"), "{list}");
    let item_page = ana.get(&format!("/items/{ladder}")).await.body;
    assert!(!item_page.contains(&format!("action=\"/loans/{c}/approve\"")));
    let page = ana.post(&format!("/loans/{c}/approve"), &[]).await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    assert!(page.body.contains("role=\"alert\"") && page.body.contains("waits in the queue"));
    assert!(
        page.body.contains("Loan of Ladder"),
        "the loan's page, not a dead end"
    );
    assert_eq!(status(&app, c), LoanStatus::Requested);
    let page = carl.get(&format!("/loans/{c}")).await.body;
    assert!(page.contains("You are first in line") && page.contains("once it is back"));
    // Dora asks for the promised ladder: allowed, and she is told she queues.
    let page = dora.get(&format!("/items/{ladder}")).await.body;
    assert!(
        page.contains("lent or promised to someone else now"),
        "{page}"
    );
    assert!(page.contains("you will be number 2 in the queue"), "{page}");
    let d = ask(&dora, ladder).await;
    assert!(dora
        .get(&format!("/loans/{d}"))
        .await
        .body
        .contains("You are number 2 in the queue"));
    // Bob has it, gives it back; Ana confirms: the ladder is free and Carl, first, waits.
    step(&app, "ana", b, LoanAction::HandOver).await;
    assert!(ana
        .get(&format!("/items/{ladder}"))
        .await
        .body
        .contains(">Lent out<"));
    step(&app, "bob", b, LoanAction::BorrowerReturn).await;
    // The cached list a visitor gets follows every step of the loan.
    assert!(Browser::new(&app)
        .get("/items")
        .await
        .body
        .contains(">Coming back<"));
    step(&app, "ana", b, LoanAction::ConfirmReturn).await;
    let list = ana.get("/loans").await.body;
    assert!(
        list.contains("Waiting for you") && list.contains("2 members are waiting"),
        "{list}"
    );
    assert!(list.contains(&format!("action=\"/loans/{c}/approve\"")));
    assert!(ana
        .get(&format!("/items/{ladder}"))
        .await
        .body
        .contains("Waiting for you"));
    // A requester may leave the queue at any time: Dora is then gone from it.
    dora.post(&format!("/loans/{d}/cancel"), &[])
        .await
        .assert_redirect(&format!("/loans/{d}"));
    assert!(ana.get("/loans").await.body.contains("1 member is waiting"));
    ana.post(&format!("/loans/{c}/approve"), &[])
        .await
        .assert_redirect(&format!("/loans/{c}"));
    assert_eq!(status(&app, c), LoanStatus::Approved);
    app.verify_clean();
}

#[tokio::test]
async fn an_item_held_back_cannot_be_asked_for_and_the_page_and_the_command_agree() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let bob = Browser::sign_up(&app, "bob").await;
    let ana_id = user_id(&app, "ana");
    let mut fields = item_fields("Sewing machine", vec![]);
    fields.status = ItemStatus::NotRightNow;
    let id = ItemId(
        app.ok(Actor::User(ana_id), CreateItem(fields.clone()))
            .await,
    );
    let page = bob.get(&format!("/items/{id}")).await.body;
    assert!(
        page.contains(
            "You cannot ask for it right now: the owner is not lending this item right now."
        ),
        "{page}"
    );
    assert!(!page.contains(&format!("action=\"/items/{id}/request\"")));
    let page = bob.post(&format!("/items/{id}/request"), &[]).await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    assert!(page.body.contains("not lending this item right now"));
    assert!(app.read().loans_of_item(id).unwrap().is_empty());
    // Available again: the form is back, and the request goes through.
    fields.status = ItemStatus::Available;
    app.ok(
        Actor::User(ana_id),
        UpdateItem {
            item: id,
            fields,
            is_active: true,
        },
    )
    .await;
    assert!(bob
        .get(&format!("/items/{id}"))
        .await
        .body
        .contains("Send the request"));
    ask(&bob, id).await;
    drop(ana);
}

#[tokio::test]
async fn leaving_a_group_unshares_ones_items_and_ends_the_requests_made_through_it() {
    let (app, admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let bob = Browser::sign_up(&app, "bob").await;
    let (ana_id, bob_id) = (user_id(&app, "ana"), user_id(&app, "bob"));
    let admin_id = user_id(&app, "admin");
    let group = app
        .group(
            admin_id,
            "Kreuzberg Tools",
            Privacy::Public,
            "Berlin",
            "52.5",
        )
        .await;
    for u in [ana_id, bob_id] {
        app.ok(Actor::User(u), JoinGroup { group }).await;
    }
    // Ana's drill is for the group only, her ladder public and listed there; Bob's saw is for
    // the group only.
    let mut drill = item_fields("Drill", vec![group]);
    drill.visibility = Visibility::Restricted;
    let drill = ItemId(app.ok(Actor::User(ana_id), CreateItem(drill)).await);
    let ladder = app.item(ana_id, "Ladder", vec![group]).await;
    let mut saw = item_fields("Saw", vec![group]);
    saw.visibility = Visibility::Restricted;
    let saw = ItemId(app.ok(Actor::User(bob_id), CreateItem(saw)).await);
    let for_drill = ask(&bob, drill).await;
    let for_saw = ask(&ana, saw).await;
    let for_ladder = ask(&bob, ladder).await; // public: not through the group
    assert_eq!(app.figure("ana", "items_shared").await, 2);
    // Before: the group's page says what leaving would change.
    let page = ana.get("/groups/kreuzberg-tools").await.body;
    assert!(
        page.contains("If you leave: 2 items of yours are no longer shared with this group (1 becomes private); 2 requests made through it are cancelled."),
        "{page}"
    );
    // Leaving tells what changed, with a way to share the drill again.
    let page = ana.post("/groups/kreuzberg-tools/leave", &[]).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("You have left Kreuzberg Tools"));
    assert!(page.body.contains("is now private: only you see it."));
    assert!(page.body.contains(&format!("href=\"/items/{drill}/edit\"")));
    assert!(page.body.contains(&format!("href=\"/loans/{for_saw}\"")));
    let drill_now = item(&app, drill);
    assert_eq!(drill_now.visibility, Visibility::Private);
    assert!(drill_now.groups.is_empty() && item(&app, ladder).groups.is_empty());
    assert_eq!(
        item(&app, saw).groups,
        vec![group],
        "Bob's saw stays shared"
    );
    for (l, s) in [
        (for_drill, LoanStatus::Cancelled),
        (for_saw, LoanStatus::Cancelled),
        (for_ladder, LoanStatus::Requested),
    ] {
        assert_eq!(status(&app, l), s, "loan {l}");
    }
    // The group no longer lists Ana's things; the private drill counts as shared no more.
    let page = bob.get("/groups/kreuzberg-tools").await.body;
    assert!(
        !page.contains(">Drill<") && !page.contains(">Ladder<"),
        "{page}"
    );
    assert!(page.contains(">Saw<"));
    assert_eq!(
        bob.get(&format!("/items/{drill}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.figure("ana", "items_shared").await, 1);
    // A member removed by an admin leaves the same way.
    app.ok(Actor::User(ana_id), JoinGroup { group }).await;
    let mut hammer = item_fields("Hammer", vec![group]);
    hammer.visibility = Visibility::Restricted;
    let hammer = ItemId(app.ok(Actor::User(ana_id), CreateItem(hammer)).await);
    admin
        .post("/groups/kreuzberg-tools/members/ana/remove", &[])
        .await
        .assert_redirect("/groups/kreuzberg-tools");
    assert_eq!(item(&app, hammer).visibility, Visibility::Private);
    // And a member banned: their request through the group ends too.
    app.ok(Actor::User(ana_id), JoinGroup { group }).await;
    let mut rake = item_fields("Rake", vec![group]);
    rake.visibility = Visibility::Restricted;
    let rake = ItemId(app.ok(Actor::User(ana_id), CreateItem(rake)).await);
    let for_saw = ask(&ana, saw).await;
    admin
        .post("/groups/kreuzberg-tools/members/ana/ban", &[])
        .await
        .assert_redirect("/groups/kreuzberg-tools");
    assert_eq!(item(&app, rake).visibility, Visibility::Private);
    assert_eq!(status(&app, for_saw), LoanStatus::Cancelled);
    app.verify_clean();
}

#[tokio::test]
async fn withdrawing_an_item_declines_the_requests_waiting_for_it() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let bob = Browser::sign_up(&app, "bob").await;
    let carl = Browser::sign_up(&app, "carl").await;
    let tent = app.item(user_id(&app, "ana"), "Tent", vec![]).await;
    let (b, c) = (ask(&bob, tent).await, ask(&carl, tent).await);
    let edit = format!("/items/{tent}/edit");
    let page = ana.get(&edit).await.body;
    assert!(
        page.contains("Archiving it declines the 2 requests waiting for it."),
        "{page}"
    );
    let fields = [
        ("title", "Tent"),
        ("condition", "good"),
        ("status", "available"),
        ("max_loan_days", "7"),
        ("visibility", "public"),
        ("archive", "on"),
    ];
    ana.post(&edit, &fields)
        .await
        .assert_redirect(&format!("/items/{tent}"));
    for l in [b, c] {
        assert_eq!(status(&app, l), LoanStatus::Rejected);
    }
    assert!(bob
        .get(&format!("/loans/{b}"))
        .await
        .body
        .contains("Declined by the owner"));
    assert!(app.read().queue_of(tent).unwrap().is_empty());
    // Made private, an item is its owner's alone: those waiting can never have it.
    let stove = app.item(user_id(&app, "ana"), "Stove", vec![]).await;
    let s = ask(&bob, stove).await;
    let private = [
        ("title", "Stove"),
        ("condition", "good"),
        ("status", "available"),
        ("max_loan_days", "7"),
        ("visibility", "private"),
    ];
    ana.post(&format!("/items/{stove}/edit"), &private)
        .await
        .assert_redirect(&format!("/items/{stove}"));
    assert_eq!(status(&app, s), LoanStatus::Rejected);
    app.verify_clean();
}

#[tokio::test]
async fn the_owner_sees_every_waiting_request_however_long_the_items_history() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let carl = Browser::sign_up(&app, "carl").await;
    let (ana_id, bob_id) = (user_id(&app, "ana"), app.user("bob").await);
    let ladder = app.item(ana_id, "Ladder", vec![]).await;
    let c = ask(&carl, ladder).await;
    // Bob borrows it 25 times while Carl's request waits.
    for _ in 0..25 {
        app.complete_loan(ladder, ana_id, bob_id).await;
    }
    let page = ana.get(&format!("/items/{ladder}")).await.body;
    assert!(
        page.contains(&format!("action=\"/loans/{c}/approve\"")),
        "{page}"
    );
    assert!(page.contains("Waiting for you"));
    assert_eq!(page.matches("<tr").count(), 21, "a header row and 20 loans");
}
