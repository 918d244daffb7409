//! Notifications (issue 16): written by the write that causes them, read in the inbox and the
//! API, counted in the header; a refused write tells no one, and nobody reads another's.

use reqwest::StatusCode;
use serde_json::Value;

use crate::browser::{site_with_admin, Browser};
use crate::content::{api, member};
use comuniza::domain::choice::Privacy;

fn count_in_header(body: &str) -> u64 {
    let Some(at) = body.find("class=\"inbox\"") else {
        panic!("no inbox link: {body}");
    };
    let link = &body[at..body[at..].find("</a>").unwrap() + at];
    match link.find("class=\"count\">") {
        Some(c) => link[c + "class=\"count\">".len()..]
            .split('<')
            .next()
            .unwrap()
            .parse()
            .unwrap(),
        None => 0,
    }
}

/// The numbers of the inbox's notifications, as their forms name them.
fn numbers(body: &str) -> Vec<String> {
    body.split("action=\"/notifications/")
        .skip(1)
        .filter_map(|s| s.split_once("/open\"").map(|(n, _)| n.to_string()))
        .collect()
}

#[tokio::test]
async fn a_loan_s_steps_reach_the_other_party_once_each() {
    let (app, _admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let (bob, bob_id) = member(&app, "bob").await;
    let drill = app.item(ana_id, "Drill", vec![]).await;
    assert_eq!(count_in_header(&ana.get("/").await.body), 0);

    // Bob asks: Ana is told, once; a second (refused) request tells no one.
    let page = bob
        .post(
            &format!("/items/{drill}/request"),
            &[("message", "For a shelf")],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let again = bob
        .post(&format!("/items/{drill}/request"), &[("message", "again")])
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let home = ana.get("/").await.body;
    assert_eq!(count_in_header(&home), 1);
    assert!(home.contains("aria-label=\"Notifications, 1 unread\""));
    let inbox = ana.get("/notifications").await.body;
    assert!(inbox.contains("bob asks to borrow “Drill”."), "{inbox}");
    assert_eq!(numbers(&inbox).len(), 1);
    assert_eq!(
        count_in_header(&bob.get("/").await.body),
        0,
        "nothing for the one who acted"
    );

    // Opening it reads it and leads to the loan.
    let loan = app.read().loans_of(ana_id).unwrap()[0];
    let opened = ana
        .post(&format!("/notifications/{}/open", numbers(&inbox)[0]), &[])
        .await;
    opened.assert_redirect(&format!("/loans/{loan}"));
    assert_eq!(count_in_header(&ana.get("/").await.body), 0);

    // Each step tells the other party, in their words.
    use comuniza::domain::loan::LoanAction::*;
    use comuniza::store::commands::{Actor, LoanStep};
    for (who, action) in [
        (ana_id, Approve),
        (ana_id, HandOver),
        (bob_id, BorrowerReturn),
        (ana_id, ConfirmReturn),
    ] {
        app.ok(Actor::User(who), LoanStep { loan, action }).await;
    }
    let bobs = bob.get("/notifications").await.body;
    for said in [
        "ana said yes: “Drill” is promised to you.",
        "ana handed you “Drill”: the loan has started.",
        "ana confirmed “Drill” is back. You can review the loan.",
    ] {
        assert!(bobs.contains(said), "{said}: {bobs}");
    }
    assert_eq!(numbers(&bobs).len(), 3);
    let anas = ana.get("/notifications").await.body;
    assert!(anas.contains("bob has given “Drill” back: confirm once you have it."));
    assert_eq!(numbers(&anas).len(), 2);

    // The API says the same, newest first; all marked read at once.
    let token = bob.token("cli").await;
    let (status, v) = api(
        &app,
        reqwest::Method::GET,
        "/api/me/notifications",
        &token,
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(v["unread"], 3);
    let kinds: Vec<&str> = v["notifications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["loan_returned", "loan_pickup", "loan_approved"]);
    assert_eq!(v["notifications"][0]["url"], format!("/loans/{loan}"));
    assert_eq!(v["next_page"], Value::Null);
    let (status, v) = api(
        &app,
        reqwest::Method::POST,
        "/api/me/notifications/read",
        &token,
        Some(serde_json::json!({})),
    )
    .await;
    assert_eq!(
        (status, v["marked"].clone(), v["unread"].clone()),
        (200, 3.into(), 0.into())
    );
    assert_eq!(count_in_header(&bob.get("/").await.body), 0);
    assert!(!bob
        .get("/notifications")
        .await
        .body
        .contains("Mark all read"));
}

#[tokio::test]
async fn nobody_reads_or_marks_another_s_notifications() {
    let (app, _admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let (bob, _) = member(&app, "bob").await;
    let drill = app.item(ana_id, "Drill", vec![]).await;
    bob.post(&format!("/items/{drill}/request"), &[("message", "")])
        .await;
    let number = numbers(&ana.get("/notifications").await.body)[0].clone();
    // Bob tries Ana's number: not found, and hers stays unread.
    for path in [
        format!("/notifications/{number}/open"),
        format!("/notifications/{number}/read"),
    ] {
        assert_eq!(
            bob.post(&path, &[]).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    assert_eq!(count_in_header(&ana.get("/").await.body), 1);
    // A forged form (no token) and a visitor are refused.
    let forged = ana
        .post_raw(&format!("/notifications/{number}/read"), &[])
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let visitor = Browser::new(&app);
    visitor
        .get("/notifications")
        .await
        .assert_redirect("/signin?next=%2Fnotifications");
    assert_eq!(app.get("/api/me/notifications").await.0, 401);
    assert_eq!(count_in_header(&ana.get("/").await.body), 1);
    for bad in ["x", "-1", "99999999999999999999999"] {
        let page = ana.post(&format!("/notifications/{bad}/read"), &[]).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{bad}");
    }
}

#[tokio::test]
async fn join_requests_reach_the_admins_and_the_answer_the_member() {
    let (app, _admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let (bob, bob_id) = member(&app, "bob").await;
    app.group(ana_id, "Shed", Privacy::Request, "Lyon", "45.76")
        .await;
    bob.post("/groups/shed/join", &[])
        .await
        .assert_redirect("/groups/shed");
    let inbox = ana.get("/notifications").await.body;
    assert!(inbox.contains("bob asks to join “Shed”."), "{inbox}");
    let page = ana.post("/groups/shed/members/bob/approve", &[]).await;
    assert!(
        page.status.is_redirection(),
        "{}: {}",
        page.status,
        page.body
    );
    let bobs = bob.get("/notifications").await.body;
    assert!(bobs.contains("You are a member of “Shed” now."), "{bobs}");
    // A badge earned is told to its earner.
    app.badge("sharer", 10, "item_shared", Some(1), "{}").await;
    app.item(bob_id, "Saw", vec![]).await;
    assert!(bob
        .get("/notifications")
        .await
        .body
        .contains("You earned the badge “sharer”."));
}

/// A request that ends because its item's owner left the group it was shared through is told
/// to the borrower, not to the owner who left; the header's count is part of a page's ETag;
/// and the API's write takes a token, never the browser's cookie.
#[tokio::test]
async fn the_right_person_hears_of_an_ended_request_and_pages_show_fresh_counts() {
    use comuniza::domain::choice::Visibility;
    use comuniza::store::commands::{Actor, CreateItem, JoinGroup};
    let (app, _admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let (bob, bob_id) = member(&app, "bob").await;
    let (cara, cara_id) = member(&app, "cara").await;
    let group = app
        .group(bob_id, "Shed", Privacy::Public, "Lyon", "45.76")
        .await;
    for who in [ana_id, cara_id] {
        app.ok(Actor::User(who), JoinGroup { group }).await;
    }
    let mut f = crate::helpers::item_fields("Ladder", vec![group]);
    f.visibility = Visibility::Restricted;
    let ladder = app.ok(Actor::User(ana_id), CreateItem(f)).await;
    let asked = cara
        .post(&format!("/items/{ladder}/request"), &[("message", "")])
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    let before = numbers(&ana.get("/notifications").await.body).len();
    // A signed-in page's ETag, before Cara hears anything.
    let url = format!("{}/", app.base);
    let first = cara.client.get(&url).send().await.unwrap();
    let etag = first.headers()["etag"].clone();
    let left = ana.post("/groups/shed/leave", &[]).await;
    assert!(left.body.contains("You have left Shed"), "{}", left.body);
    let caras = cara.get("/notifications").await.body;
    assert!(
        caras.contains("Your request for “Ladder” ended: it is no longer shared."),
        "{caras}"
    );
    assert_eq!(
        numbers(&ana.get("/notifications").await.body).len(),
        before,
        "the owner who left is told nothing of it"
    );
    let again = cara
        .client
        .get(&url)
        .header("if-none-match", etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::OK, "the count changed: not 304");
    // The API marks read with a token only: the browser's cookie is refused, nothing changes.
    let refused = cara
        .client
        .post(format!("{}/api/me/notifications/read", app.base))
        .json(&serde_json::json!({}))
        .send()
        .await
        .unwrap();
    assert!(refused.status().is_client_error(), "{}", refused.status());
    assert_eq!(count_in_header(&cara.get("/").await.body), 1);
    assert_eq!(count_in_header(&bob.get("/").await.body), 0);
}
