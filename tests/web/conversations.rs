//! Conversations (issue 16, part 2): a loan's two people write to each other on its page and
//! through the API, a join request's member writes with the group's admins; links are made
//! safely, nobody else reads or writes (staff included), and a reported message reaches staff
//! as a copy with the reporter's note.

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::browser::{site_with_admin, Browser};
use crate::content::{api, member};
use comuniza::domain::choice::Privacy;
use comuniza::domain::conversation::Thread;
use comuniza::domain::records::LoanId;

fn messages(app: &crate::helpers::TestApp, thread: Thread) -> Vec<String> {
    let (all, _) = app.read().messages(thread, 0, 1000).unwrap();
    all.into_iter().map(|(_, m)| m.body).collect()
}

#[tokio::test]
async fn a_loan_s_two_people_write_to_each_other_and_no_one_else_reads_it() {
    let (app, admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let (bob, _) = member(&app, "bob").await;
    let (carol, _) = member(&app, "carol").await;
    let drill = app.item(ana_id, "Drill", vec![]).await;
    bob.post(
        &format!("/items/{drill}/request"),
        &[("message", "For a shelf")],
    )
    .await;
    let loan: LoanId = app.read().loans_of(ana_id).unwrap()[0];
    let path = format!("/loans/{loan}");
    let thread = Thread::Loan(loan);

    // The request message opens the conversation, for both.
    let page = ana.get(&path).await.body;
    assert!(page.contains("id=\"messages\""), "{page}");
    assert!(page.contains("For a shelf"));

    // Bob writes; a link is made, markup stays text.
    let said = "Call me: https://example.org/x?a=1&b=2. <script>alert(1)</script>\nThanks";
    bob.post(&format!("{path}/messages"), &[("body", said)])
        .await
        .assert_redirect(&format!("{path}#messages"));
    // A script's fetch of the page (live updates) leaves the "sent" message to the page the
    // browser goes to.
    let fetched = bob
        .client
        .get(format!("{}{path}", bob.base))
        .header("sec-fetch-mode", "cors")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!fetched.contains("Your message is sent."));
    assert!(bob.get(&path).await.body.contains("Your message is sent."));
    assert!(
        !bob.get(&path).await.body.contains("Your message is sent."),
        "once"
    );
    let page = ana.get(&path).await.body;
    assert!(
        page.contains("<a href=\"https://example.org/x?a=1&amp;b=2\" rel=\"nofollow noopener noreferrer ugc\" target=\"_blank\">https://example.org/x?a=1&amp;b=2</a>. &lt;script&gt;alert(1)&lt;/script&gt;\nThanks"),
        "{page}"
    );
    assert!(!page.contains("<script>alert(1)"));
    assert_eq!(messages(&app, thread), [said]);
    // Ana is told, once, and the notification leads to the conversation.
    let inbox = ana.get("/notifications").await.body;
    assert!(inbox.contains("bob wrote to you about “Drill”."), "{inbox}");
    ana.post(&format!("{path}/messages"), &[("body", "Sure, tomorrow")])
        .await
        .assert_redirect(&format!("{path}#messages"));
    assert!(bob
        .get("/notifications")
        .await
        .body
        .contains("ana wrote to you about “Drill”."));

    // Refused: an empty message (the page again, with the reason), a stranger, staff.
    let empty = bob
        .post(&format!("{path}/messages"), &[("body", "  ")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("is empty"), "{}", empty.body);
    let long = "x".repeat(4001);
    let too_long = bob
        .post(&format!("{path}/messages"), &[("body", &long)])
        .await;
    assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(carol.get(&path).await.status, StatusCode::NOT_FOUND);
    let strange = carol
        .post(&format!("{path}/messages"), &[("body", "hello")])
        .await;
    assert_eq!(strange.status, StatusCode::NOT_FOUND);
    let staff_page = admin.get(&path).await;
    assert_eq!(staff_page.status, StatusCode::OK, "staff see the loan");
    assert!(!staff_page.body.contains("Sure, tomorrow"));
    assert!(!staff_page.body.contains("For a shelf"));
    let staff_write = admin
        .post(&format!("{path}/messages"), &[("body", "hello")])
        .await;
    assert_eq!(staff_write.status, StatusCode::NOT_FOUND);
    assert_eq!(messages(&app, thread).len(), 2, "nothing refused was kept");

    // The API, for the two people only.
    let token = bob.token("cli").await;
    let (status, v) = api(
        &app,
        Method::GET,
        &format!("/api{path}/messages"),
        &token,
        None,
    )
    .await;
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["request_message"], "For a shelf");
    assert_eq!(v["messages"][1]["body"], "Sure, tomorrow");
    assert_eq!(v["messages"][1]["author"], "ana");
    assert_eq!(v["messages"][0]["mine"], true);
    let (status, v) = api(
        &app,
        Method::POST,
        &format!("/api{path}/messages"),
        &token,
        Some(json!({ "body": "On my way" })),
    )
    .await;
    assert_eq!(status, 201, "{v}");
    assert_eq!(v["id"], 3);
    let carols = carol.token("cli").await;
    let (status, _) = api(
        &app,
        Method::GET,
        &format!("/api{path}/messages"),
        &carols,
        None,
    )
    .await;
    assert_eq!(status, 404);
    let (status, v) = api(
        &app,
        Method::POST,
        &format!("/api{path}/messages"),
        &carols,
        Some(json!({ "body": "me too" })),
    )
    .await;
    assert_eq!(status, 404, "{v}");
    let (status, v) = api(
        &app,
        Method::POST,
        &format!("/api{path}/messages"),
        &token,
        Some(json!({ "body": "" })),
    )
    .await;
    assert_eq!(status, 422, "{v}");
    assert!(
        v["error"].as_str().unwrap_or_default().contains("empty"),
        "{v}"
    );
    assert_eq!(messages(&app, thread).len(), 3);
    // The loan itself: its request message is the conversation's, so staff do not read it.
    let staffs = admin.token("cli").await;
    let (_, v) = api(&app, Method::GET, &format!("/api{path}"), &staffs, None).await;
    assert_eq!(v["request_message"], serde_json::Value::Null, "{v}");
    let (_, v) = api(&app, Method::GET, &format!("/api{path}"), &token, None).await;
    assert_eq!(v["request_message"], "For a shelf");
    // The request message can be reported like any other (it is message 0).
    ana.post(&format!("{path}/messages/0/report"), &[("note", "rude")])
        .await
        .assert_redirect(&format!("{path}#message-0"));

    // Ana reports Bob's first message; staff read that copy and her note, nothing else.
    let reported = ana
        .post(
            &format!("{path}/messages/1/report"),
            &[("note", "not nice")],
        )
        .await;
    reported.assert_redirect(&format!("{path}#message-1"));
    let again = ana
        .post(&format!("{path}/messages/1/report"), &[("note", "again")])
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let own = ana.post(&format!("{path}/messages/2/report"), &[]).await;
    assert_eq!(own.status, StatusCode::FORBIDDEN, "one's own message");
    let stranger = carol.post(&format!("{path}/messages/1/report"), &[]).await;
    assert_eq!(stranger.status, StatusCode::NOT_FOUND);
    assert!(ana
        .get(&path)
        .await
        .body
        .contains("You reported this message."));
    assert_eq!(
        bob.get("/admin/reports").await.status,
        StatusCode::FORBIDDEN
    );
    let reports = admin.get("/admin/reports").await.body;
    assert!(reports.contains("2 waiting."), "{reports}");
    assert!(reports.contains("&lt;script&gt;alert(1)"));
    assert!(reports.contains("not nice"));
    assert!(
        !reports.contains("Sure, tomorrow"),
        "only the reported message"
    );
    let close = reports
        .split("action=\"/admin/reports/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_string();
    admin
        .post(&format!("/admin/reports/{close}"), &[])
        .await
        .assert_redirect("/admin/reports");
    assert!(admin
        .get("/admin/reports")
        .await
        .body
        .contains("1 waiting."));
    let twice = admin.post(&format!("/admin/reports/{close}"), &[]).await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    app.verify_clean();
}

#[tokio::test]
async fn a_join_request_s_member_and_admins_talk_until_it_is_answered() {
    let (app, admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let (bob, bob_id) = member(&app, "bob").await;
    let (carol, _) = member(&app, "carol").await;
    let shed = app
        .group(ana_id, "Shed", Privacy::Private, "Lyon", "45.76")
        .await;
    // Bob asks (a private group is asked through an invitation link or by staff; the
    // membership record is what counts here).
    app.ok(
        comuniza::store::commands::Actor::User(bob_id),
        comuniza::store::commands::JoinGroup { group: shed },
    )
    .await;
    let id = app.read().membership_id(shed, bob_id).unwrap().unwrap();
    let thread = Thread::Join(id);
    let path = "/groups/shed/requests/bob";

    // Bob may open his request's page although the private group is closed to him.
    let page = bob.get(path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("waiting for an answer"));
    bob.post(&format!("{path}/messages"), &[("body", "I live next door")])
        .await
        .assert_redirect(&format!("{path}#messages"));
    let inbox = ana.get("/notifications").await.body;
    assert!(
        inbox.contains("bob wrote about their request to join “Shed”."),
        "{inbox}"
    );
    // The admin sees the link on the group page and answers.
    assert!(ana.get("/groups/shed").await.body.contains(path));
    ana.post(&format!("{path}/messages"), &[("body", "Welcome soon!")])
        .await
        .assert_redirect(&format!("{path}#messages"));
    let bobs = bob.get("/notifications").await.body;
    assert!(
        bobs.contains("ana wrote about your request to join “Shed”."),
        "{bobs}"
    );

    // Nobody else: another member, staff who do not run the group.
    assert_eq!(carol.get(path).await.status, StatusCode::NOT_FOUND);
    assert_eq!(admin.get(path).await.status, StatusCode::NOT_FOUND);
    let strange = carol
        .post(&format!("{path}/messages"), &[("body", "hi")])
        .await;
    assert_eq!(strange.status, StatusCode::NOT_FOUND);
    assert_eq!(
        Browser::new(&app).get(path).await.status,
        StatusCode::SEE_OTHER,
        "anonymous visitors are sent to sign in"
    );
    assert_eq!(
        messages(&app, thread),
        ["I live next door", "Welcome soon!"]
    );

    // Declined: the conversation goes with the request.
    ana.post("/groups/shed/members/bob/remove", &[]).await;
    assert_eq!(bob.get(path).await.status, StatusCode::NOT_FOUND);
    assert!(messages(&app, thread).is_empty());
    app.verify_clean();
}

#[tokio::test]
async fn messages_are_limited_per_member_and_hour_on_the_page_and_the_api() {
    let (app, _admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let (bob, _) = member(&app, "bob").await;
    let drill = app.item(ana_id, "Drill", vec![]).await;
    bob.post(&format!("/items/{drill}/request"), &[("message", "Please")])
        .await;
    let loan: LoanId = app.read().loans_of(ana_id).unwrap()[0];
    let cmd = comuniza::store::commands::SetSetting {
        setting: comuniza::domain::settings::Setting::Limit(comuniza::domain::limits::MESSAGES),
        value: "2".into(),
    };
    app.ok(comuniza::store::commands::Actor::System, cmd).await;
    let path = format!("/loans/{loan}/messages");
    for said in ["one", "two"] {
        bob.post(&path, &[("body", said)])
            .await
            .assert_redirect(&format!("/loans/{loan}#messages"));
    }
    let page = bob.post(&path, &[("body", "three")]).await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS, "{}", page.body);
    assert!(page
        .body
        .to_lowercase()
        .contains("messages: this site allows at most 2 per hour"));
    let token = bob.token("t").await;
    let (status, body) = api(
        &app,
        Method::POST,
        &format!("/api/loans/{loan}/messages"),
        &token,
        Some(json!({"body": "four"})),
    )
    .await;
    assert_eq!(status, 429, "{body}");
    assert_eq!(messages(&app, Thread::Loan(loan)), ["one", "two"]);
    // Ana has her own count.
    ana.post(&path, &[("body", "answer")])
        .await
        .assert_redirect(&format!("/loans/{loan}#messages"));
}
