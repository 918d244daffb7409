//! The loan flows through the JSON API: the queue (positions, approve only when free), more
//! time, leaving a group, and the read API (`GET /api/loans/{id}`, `GET /api/me/loans`) with its
//! ETags, privacy and paging; each refusal in JSON.

use comuniza::domain::choice::{ItemStatus, Privacy, Visibility};
use comuniza::domain::records::{ItemId, LoanId};
use comuniza::store::commands::{Actor, CreateItem};
use reqwest::Method as M;
use serde_json::{json, Value};

use crate::browser::site_with_admin;
use crate::content::{api, member};
use crate::helpers::{item_fields, TestApp};

async fn get(app: &TestApp, path: &str, token: &str) -> (u16, Value) {
    api(app, M::GET, path, token, None).await
}

/// The ids of a `/api/me/loans` answer, in order.
fn loan_ids(v: &Value) -> Vec<u64> {
    v["loans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_u64().unwrap())
        .collect()
}

async fn request(app: &TestApp, item: ItemId, token: &str) -> (u16, Value) {
    api(
        app,
        M::POST,
        &format!("/api/items/{item}/request"),
        token,
        Some(json!({})),
    )
    .await
}

#[tokio::test]
async fn a_contested_loan_is_followed_through_the_api_from_queue_to_extension_to_reviews() {
    let (app, admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let (bob, _) = member(&app, "bob").await;
    let (carl, _) = member(&app, "carl").await;
    let (eve, _) = member(&app, "eve").await;
    let (ta, tb, tc, te) = (
        ana.token("a").await,
        bob.token("b").await,
        carl.token("c").await,
        eve.token("e").await,
    );
    let ladder = app.item(ana_id, "Ladder", vec![]).await;
    let (s, v) = request(&app, ladder, &tb).await;
    assert_eq!((s, v["queue_position"].clone()), (201, json!(1)), "{v}");
    let b = v["loan"].as_u64().unwrap();
    let (s, v) = request(&app, ladder, &tc).await;
    assert_eq!((s, v["queue_position"].clone()), (201, json!(2)), "{v}");
    let c = v["loan"].as_u64().unwrap();

    // Carl reads his request: where it stands and with whom.
    let (s, v) = get(&app, &format!("/api/loans/{c}"), &tc).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["status"], "requested");
    assert_eq!(v["queue_position"], 2);
    assert_eq!(v["item"], json!({"id": ladder, "title": "Ladder"}));
    assert_eq!(v["lender"]["username"], "ana");
    assert_eq!(v["borrower"]["username"], "carl");
    assert_eq!(v["extension"], Value::Null);
    assert_eq!(v["due_date"], Value::Null);
    assert_eq!(v["reviews"], json!([]));
    assert!(v["requested_at"].as_str().unwrap().ends_with('Z'));
    // Private, with an ETag that answers 304.
    let res = app
        .client
        .get(format!("{}/api/loans/{c}", app.base))
        .bearer_auth(&tc)
        .send()
        .await
        .unwrap();
    let cache = res.headers()["cache-control"].to_str().unwrap().to_string();
    assert!(cache.contains("private"), "{cache}");
    let etag = res.headers()["etag"].to_str().unwrap().to_string();
    let res = app
        .client
        .get(format!("{}/api/loans/{c}", app.base))
        .bearer_auth(&tc)
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 304);
    // Nobody else: a stranger and an unknown loan are the same 404; staff may look.
    let (s, v) = get(&app, &format!("/api/loans/{c}"), &te).await;
    assert_eq!((s, v["error"].is_string()), (404, true), "{v}");
    assert_eq!(get(&app, "/api/loans/999999", &tc).await.0, 404);
    assert_eq!(get(&app, "/api/loans/abc", &tc).await.0, 404);
    let anonymous = app
        .client
        .get(format!("{}/api/loans/{c}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 401);
    let staff = admin.token("staff").await;
    assert_eq!(get(&app, &format!("/api/loans/{c}"), &staff).await.0, 200);

    // Ana promises the ladder to Bob: Carl moves up but cannot be approved until it is back.
    let step = |token: &str, loan: u64, action: &str| {
        let (token, path) = (token.to_string(), format!("/api/loans/{loan}/{action}"));
        let app = &app;
        async move { api(app, M::POST, &path, &token, None).await }
    };
    assert_eq!(step(&ta, b, "approve").await.0, 200);
    let (s, v) = step(&ta, c, "approve").await;
    assert_eq!(s, 409, "{v}");
    assert!(
        v["error"].as_str().unwrap().contains("waits in the queue"),
        "{v}"
    );
    let (_, v) = get(&app, &format!("/api/loans/{c}"), &tc).await;
    assert_eq!(
        (v["status"].clone(), v["queue_position"].clone()),
        (json!("requested"), json!(1))
    );
    // A lent item takes a queue: Eve is number 2.
    let (s, v) = request(&app, ladder, &te).await;
    assert_eq!((s, v["queue_position"].clone()), (201, json!(2)), "{v}");

    // Bob has it and asks for three more days; Ana accepts.
    assert_eq!(step(&ta, b, "hand_over").await.0, 200);
    let ext = format!("/api/loans/{b}/extension");
    let (s, v) = api(&app, M::POST, &ext, &tb, Some(json!({"days": 0}))).await;
    assert_eq!(s, 422, "{v}");
    assert!(v["error"].as_str().unwrap().contains("Days"), "{v}");
    let (s, v) = api(&app, M::POST, &ext, &tb, Some(json!({"days": "3"}))).await;
    assert_eq!(s, 422, "a string is not a number: {v}");
    let (s, v) = api(&app, M::POST, &ext, &tc, Some(json!({"days": 3}))).await;
    assert_eq!(s, 404, "not Carl's loan: {v}");
    let body = json!({"days": 3, "reason": "Painting the hall"});
    let (s, v) = api(&app, M::POST, &ext, &tb, Some(body)).await;
    assert_eq!(s, 201, "{v}");
    assert_eq!(
        v["extension"],
        json!({"days": 3, "reason": "Painting the hall", "state": "pending"})
    );
    let (s, _) = api(&app, M::POST, &ext, &tb, Some(json!({"days": 1}))).await;
    assert_eq!(s, 409, "one pending at a time");
    let (s, _) = api(&app, M::POST, &format!("{ext}/accept"), &tb, None).await;
    assert_eq!(s, 403, "the borrower does not answer");
    let (s, _) = api(&app, M::POST, &format!("{ext}/maybe"), &ta, None).await;
    assert_eq!(s, 404);
    let due_before = app
        .read()
        .loan(LoanId(b))
        .unwrap()
        .unwrap()
        .due_date
        .unwrap();
    let (s, v) = api(&app, M::POST, &format!("{ext}/accept"), &ta, None).await;
    assert_eq!(s, 200, "{v}");
    let due = comuniza::domain::time::format_date(due_before + 3);
    assert_eq!(v["due_date"], json!(due));
    assert_eq!(v["extension"]["state"], "accepted");
    let (_, v) = get(&app, &format!("/api/loans/{b}"), &ta).await;
    assert_eq!(
        (v["due_date"].clone(), v["extension"]["state"].clone()),
        (json!(due), json!("accepted"))
    );

    // Back, reviewed: the reviews are on the loan.
    assert_eq!(step(&tb, b, "borrower_return").await.0, 200);
    assert_eq!(step(&ta, b, "confirm_return").await.0, 200);
    let review = format!("/api/loans/{b}/review");
    api(
        &app,
        M::POST,
        &review,
        &tb,
        Some(json!({"rating": 5, "comment": "Solid"})),
    )
    .await;
    let (_, v) = get(&app, &format!("/api/loans/{b}"), &tb).await;
    assert_eq!(v["status"], "returned");
    assert!(v["returned_at"].is_string());
    assert_eq!(v["reviews"][0]["reviewer"], "bob");
    assert_eq!(v["reviews"][0]["rating"], 5);
    assert_eq!(v["reviews"][0]["reviewer_role"], "borrower");

    // Ana's loans by role and state.
    let (s, v) = get(&app, "/api/me/loans?role=lender&state=open", &ta).await;
    assert_eq!(s, 200, "{v}");
    let ids = loan_ids(&v);
    assert_eq!(ids.len(), 2, "Carl's and Eve's requests: {v}");
    assert!(ids.contains(&c) && !ids.contains(&b));
    let (_, v) = get(&app, "/api/me/loans?state=finished", &ta).await;
    assert_eq!(v["loans"].as_array().unwrap().len(), 1);
    assert_eq!(v["loans"][0]["id"], b);
    let (_, v) = get(&app, "/api/me/loans?role=borrower", &ta).await;
    assert_eq!(v["loans"], json!([]));
    for bad in ["role=owner", "state=lost", "page=0", "page=x"] {
        let (s, v) = get(&app, &format!("/api/me/loans?{bad}"), &ta).await;
        assert_eq!(s, 400, "{bad}: {v}");
        assert!(v["error"].is_string());
    }
    app.verify_clean();
}

#[tokio::test]
async fn my_loans_come_a_page_at_a_time_newest_first() {
    let (app, _admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let (_bob, bob_id) = member(&app, "bob").await;
    let ta = ana.token("a").await;
    let mut loans = Vec::new();
    for n in 0..55 {
        let item = app.item(bob_id, &format!("Book {n}"), vec![]).await;
        loans.push(app.request(ana_id, item).await.0);
    }
    let (_, v) = get(&app, "/api/me/loans?role=borrower", &ta).await;
    let page = loan_ids(&v);
    let newest: Vec<u64> = loans.iter().rev().take(50).copied().collect();
    assert_eq!(page, newest);
    assert_eq!(
        (v["page"].clone(), v["next_page"].clone()),
        (json!(1), json!(2))
    );
    let (_, v) = get(&app, "/api/me/loans?role=borrower&page=2", &ta).await;
    let page = loan_ids(&v);
    assert_eq!(page, loans[..5].iter().rev().copied().collect::<Vec<_>>());
    assert_eq!(v["next_page"], Value::Null);
}

#[tokio::test]
async fn held_back_items_refuse_and_leaving_a_group_reports_what_it_left_behind() {
    let (app, _admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let (bob, _) = member(&app, "bob").await;
    let (ta, tb) = (ana.token("a").await, bob.token("b").await);
    let mut held = item_fields("Kayak", vec![]);
    held.status = ItemStatus::NotRightNow;
    let held = ItemId(app.ok(Actor::User(ana_id), CreateItem(held)).await);
    let (s, v) = request(&app, held, &tb).await;
    assert_eq!(s, 409, "{v}");
    assert!(v["error"]
        .as_str()
        .unwrap()
        .contains("not lending this item right now"));
    assert!(app.read().loans_of_item(held).unwrap().is_empty());

    let group = app
        .group(
            app.user_id("admin"),
            "Seed Swap",
            Privacy::Public,
            "Lisbon",
            "38.7",
        )
        .await;
    for t in [&ta, &tb] {
        assert_eq!(
            api(&app, M::POST, "/api/groups/seed-swap/join", t, None)
                .await
                .0,
            200
        );
    }
    let mut seeds = item_fields("Seeds", vec![group]);
    seeds.visibility = Visibility::Restricted;
    let seeds = ItemId(app.ok(Actor::User(ana_id), CreateItem(seeds)).await);
    let press = app.item(ana_id, "Press", vec![group]).await;
    let (_, v) = request(&app, seeds, &tb).await;
    let asked = v["loan"].as_u64().unwrap();
    let (s, v) = api(&app, M::POST, "/api/groups/seed-swap/leave", &ta, None).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["membership"], Value::Null);
    let mut unshared: Vec<u64> = v["unshared_items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i.as_u64().unwrap())
        .collect();
    unshared.sort_unstable();
    assert_eq!(unshared, [seeds.0, press.0]);
    assert_eq!(v["now_private"], json!([seeds.0]));
    assert_eq!(v["cancelled_requests"], json!([asked]));
    let (_, v) = get(&app, &format!("/api/loans/{asked}"), &tb).await;
    assert_eq!(v["status"], "cancelled");
    // Bob's own request stays his to see; the private seeds are gone for him.
    assert_eq!(request(&app, seeds, &tb).await.0, 404);
    app.verify_clean();
}
