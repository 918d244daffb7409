//! E-mail (issue 16, parts 4 and 5) against a real SMTP server on a local port: a notification's
//! mail goes out once, with its unsubscribe link and headers; a refusal is retried until the
//! server accepts; a permanent refusal is given up and shown; each member's choices (off, each,
//! daily digest) decide what is queued, in the notification's own transaction; the signed
//! unsubscribe link works without signing in and cannot be forged.

use std::time::Duration;

use reqwest::StatusCode;

use crate::browser::{site_with_admin, Browser};
use crate::content::member;
use crate::helpers::TestApp;
use crate::smtp::{Received, Smtp};
use comuniza::domain::mail::{Choice, MailState};
use comuniza::domain::notice::Kind;
use comuniza::domain::records::UserId;
use comuniza::store::commands::{Actor, ComposeDigests, MailSent};

/// Starts the mailer of `app` against `smtp`, retrying refused mails after 100 ms.
fn mail_through(app: &TestApp, smtp: &Smtp) {
    let config = comuniza::mail::MailConfig {
        transport: comuniza::mail::transport(&smtp.url(), None).unwrap(),
        sender: comuniza::mail::compose::Sender {
            from: "lend@example.org".parse().unwrap(),
            public_url: app.base.clone(),
            // Every language: each member's own choice is kept.
            languages: Vec::new(),
        },
        first_retry: Duration::from_millis(100),
    };
    app.engine.writer.set_mail(true);
    tokio::spawn(comuniza::mail::run(app.engine.clone(), config));
}

/// Waits (without blocking the runtime) until `n` mails arrived; answers them.
async fn arrived(smtp: &Smtp, n: usize) -> Vec<Received> {
    for _ in 0..500 {
        let got = smtp.received();
        if got.len() >= n {
            return got;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("{n} mails did not arrive: {:?}", smtp.received());
}

/// Waits until the mailer has recorded an answer for every mail (none queued and untried).
async fn settled(app: &TestApp) {
    for _ in 0..500 {
        let (c, _) = app.read().outbox(0).unwrap();
        if c.queued == 0 && c.failing == 0 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("the outbox did not settle");
}

fn mails_to(app: &TestApp, user: UserId) -> Vec<(u64, comuniza::domain::mail::Mail)> {
    let (_, all) = app.read().outbox(1000).unwrap();
    all.into_iter().filter(|(_, m)| m.user == user).collect()
}

/// Waits until the mailer is on: it is once it made its key.
async fn mailer_ready(app: &TestApp) {
    for _ in 0..100 {
        if app.read().site_key("unsubscribe").unwrap().is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

fn request(
    app: &TestApp,
    item: comuniza::domain::records::ItemId,
    who: UserId,
) -> impl std::future::Future<Output = comuniza::domain::records::LoanId> + '_ {
    app.request(who, item)
}

#[tokio::test]
async fn a_notification_is_mailed_once_with_its_unsubscribe_link() {
    let (app, admin) = site_with_admin().await;
    let smtp = Smtp::start();
    // Before the mailer runs, nothing is queued: mail is off.
    let (ana, ana_id) = member(&app, "ana").await;
    let (_bob, bob_id) = member(&app, "bob").await;
    let drill = app.item(ana_id, "Drill", vec![]).await;
    request(&app, drill, bob_id).await;
    assert!(mails_to(&app, ana_id).is_empty(), "no mail server, no mail");
    mail_through(&app, &smtp);
    mailer_ready(&app).await;

    let saw = app.item(ana_id, "Saw", vec![]).await;
    let loan = request(&app, saw, bob_id).await;
    let got = arrived(&smtp, 1).await;
    let mail = &got[0];
    assert_eq!(mail.to, ["<ana@example.org>"]);
    assert_eq!(mail.from, "<lend@example.org>");
    assert_eq!(mail.header("From").unwrap(), "Comuniza <lend@example.org>");
    assert_eq!(mail.text("Subject").unwrap(), "bob asks to borrow “Saw”.");
    let link = format!("{}/loans/{loan}", app.base);
    assert!(mail.data.contains(&link), "{}", mail.data);
    assert!(mail.data.contains("multipart/alternative"));
    assert!(mail.data.contains("text/html"));
    let unsubscribe = mail.header("List-Unsubscribe").unwrap();
    assert!(
        unsubscribe.starts_with(&format!("<{}/unsubscribe/", app.base)),
        "{unsubscribe}"
    );
    assert_eq!(
        mail.header("List-Unsubscribe-Post").unwrap(),
        "List-Unsubscribe=One-Click"
    );
    assert!(mail.header("Message-ID").unwrap().starts_with("<outbox-"));
    settled(&app).await;
    // Once: it is recorded sent, and recording it again changes nothing.
    let sent = mails_to(&app, ana_id);
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].1.state, MailState::Sent);
    app.ok(Actor::System, MailSent { id: sent[0].0 }).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(smtp.received().len(), 1);
    // The staff page shows it.
    let system = admin.get("/admin/system").await.body;
    assert!(
        system.contains("Sent (last 30 days)</dt><dd>1</dd>"),
        "{system}"
    );

    // The link stops that kind, with no sign-in: a page first, then the one-click post.
    let url = unsubscribe.trim_matches(['<', '>']).to_string();
    let path = url.strip_prefix(&app.base).unwrap().to_string();
    let anyone = Browser::new(&app);
    let page = anyone.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("Someone asks to borrow your thing"),
        "{}",
        page.body
    );
    let one_click = app
        .client
        .post(&url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(one_click.status(), 200);
    let choices = app.read().mail_choices(ana_id).unwrap();
    assert_eq!(choices.get(Kind::LoanRequest), Choice::Off);
    assert_eq!(
        choices.get(Kind::LoanApproved),
        Choice::Each,
        "only that kind"
    );
    // So the next request is in the inbox only: no mail was queued with it.
    let (_carol, carol_id) = member(&app, "carol").await;
    request(&app, drill, carol_id).await;
    assert_eq!(mails_to(&app, ana_id).len(), 1);
    assert!(ana
        .get("/notifications")
        .await
        .body
        .contains("carol asks to borrow"));

    // A link changed by one character, or made for another member, is not this site's.
    let mut forged = path.clone().into_bytes();
    let last = forged.len() - 1;
    forged[last] = if forged[last] == b'A' { b'B' } else { b'A' };
    let forged = String::from_utf8(forged).unwrap();
    assert_eq!(anyone.get(&forged).await.status, StatusCode::NOT_FOUND);
    let refused = app
        .client
        .post(format!("{}{forged}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 404);
    assert_eq!(
        anyone.get("/unsubscribe/AAAA").await.status,
        StatusCode::NOT_FOUND
    );
    // The mailer's commands are the host's alone.
    let by_member = app.run(Actor::User(ana_id), ComposeDigests { at: 0 }).await;
    assert!(by_member.is_err());
}

#[tokio::test]
async fn a_refused_mail_is_retried_and_a_permanent_refusal_given_up() {
    let (app, admin) = site_with_admin().await;
    let smtp = Smtp::start();
    mail_through(&app, &smtp);
    let (_ana, ana_id) = member(&app, "ana").await;
    let (_bob, bob_id) = member(&app, "bob").await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    smtp.refuse_next(&["451 4.3.0 try again later", "451 4.3.0 still busy"]);
    let drill = app.item(ana_id, "Drill", vec![]).await;
    request(&app, drill, bob_id).await;
    let got = arrived(&smtp, 1).await;
    assert_eq!(got.len(), 1);
    settled(&app).await;
    let mail = &mails_to(&app, ana_id)[0].1;
    assert_eq!(mail.state, MailState::Sent);
    assert_eq!(mail.attempts, 3, "two refusals, then accepted");
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(smtp.received().len(), 1, "sent once");

    smtp.refuse_next(&["550 5.1.1 no such mailbox"]);
    let saw = app.item(bob_id, "Saw", vec![]).await;
    request(&app, saw, ana_id).await;
    for _ in 0..500 {
        if mails_to(&app, bob_id)
            .iter()
            .any(|(_, m)| m.state == MailState::Failed)
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let mail = &mails_to(&app, bob_id)[0].1;
    assert_eq!(mail.state, MailState::Failed);
    assert_eq!(mail.attempts, 1);
    assert!(mail.error.contains("no such mailbox"), "{}", mail.error);
    let system = admin.get("/admin/system").await.body;
    assert!(system.contains("given up"), "{system}");
    assert!(system.contains("no such mailbox"));
    assert_eq!(smtp.received().len(), 1);
}

#[tokio::test]
async fn choices_decide_what_is_mailed_and_a_digest_comes_once_a_day() {
    let (app, _admin) = site_with_admin().await;
    let smtp = Smtp::start();
    mail_through(&app, &smtp);
    let (ana, ana_id) = member(&app, "ana").await;
    let (bob, bob_id) = member(&app, "bob").await;

    // The settings page lists every kind with its default, and saves.
    let page = ana.get("/account/notifications").await.body;
    assert!(page.contains("Someone asks to borrow your thing"));
    assert!(
        page.contains("This site sends no e-mail yet"),
        "the test app's config has none"
    );
    ana.post(
        "/account/notifications",
        &[("loan_request", "digest"), ("message", "off")],
    )
    .await
    .assert_redirect("/account/notifications");
    let choices = app.read().mail_choices(ana_id).unwrap();
    assert_eq!(choices.get(Kind::LoanRequest), Choice::Digest);
    assert_eq!(choices.get(Kind::Message), Choice::Off);
    assert_eq!(choices.get(Kind::LoanApproved), Choice::Each);
    let bad = ana
        .post("/account/notifications", &[("loan_request", "hourly")])
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        app.read()
            .mail_choices(ana_id)
            .unwrap()
            .get(Kind::LoanRequest),
        Choice::Digest,
        "a refused form changes nothing"
    );
    assert_eq!(
        Browser::new(&app)
            .get("/account/notifications")
            .await
            .status,
        StatusCode::SEE_OTHER
    );

    // Two requests wait for Ana's digest; nothing is mailed now.
    tokio::time::sleep(Duration::from_millis(100)).await;
    let (_carol, carol_id) = member(&app, "carol").await;
    let drill = app.item(ana_id, "Drill", vec![]).await;
    let saw = app.item(ana_id, "Saw", vec![]).await;
    request(&app, drill, bob_id).await;
    request(&app, saw, carol_id).await;
    bob.post(
        &format!(
            "/loans/{}/messages",
            app.read().loans_of(bob_id).unwrap()[0]
        ),
        &[("body", "hi")],
    )
    .await;
    assert!(mails_to(&app, ana_id).is_empty());

    // Before 8:00 (the site's zone, UTC) no digest; after, one with both; again that day, none.
    let day = comuniza::domain::time::now() / 86_400_000 * 86_400_000 + 86_400_000;
    let early = app
        .ok(
            Actor::System,
            ComposeDigests {
                at: day + 7 * 3_600_000,
            },
        )
        .await;
    assert_eq!(early, 0);
    let made = app
        .ok(
            Actor::System,
            ComposeDigests {
                at: day + 9 * 3_600_000,
            },
        )
        .await;
    assert_eq!(made, 1);
    let again = app
        .ok(
            Actor::System,
            ComposeDigests {
                at: day + 10 * 3_600_000,
            },
        )
        .await;
    assert_eq!(again, 0);
    let got = arrived(&smtp, 1).await;
    assert_eq!(got.len(), 1);
    let digest = &got[0];
    assert_eq!(
        digest.text("Subject").unwrap(),
        "2 notifications new on Comuniza"
    );
    assert!(
        digest.data.contains("bob asks to borrow"),
        "{}",
        digest.data
    );
    assert!(digest.data.contains("carol asks to borrow"));
    assert!(!digest.data.contains("wrote to you"), "messages are off");
    assert!(mails_to(&app, ana_id)[0].1.digest);
}

/// A member who reads the site in German gets their mail in German (the site's language is
/// English): the notification's words, quoted as German quotes.
#[tokio::test]
async fn a_member_gets_their_mail_in_their_own_language() {
    use comuniza::i18n::{format, Arg, Lang};
    use comuniza::store::commands::SetLanguage;
    let (app, _admin) = site_with_admin().await;
    let smtp = Smtp::start();
    let (_ana, ana_id) = member(&app, "ana").await;
    let (_bob, bob_id) = member(&app, "bob").await;
    let lang = Some("de".to_string());
    app.ok(Actor::User(ana_id), SetLanguage { lang }).await;
    mail_through(&app, &smtp);
    mailer_ready(&app).await;
    let drill = app.item(ana_id, "Drill", vec![]).await;
    request(&app, drill, bob_id).await;
    let got = arrived(&smtp, 1).await;
    let quoted = format(Lang::De, "notice-quoted", &[("name", Arg::Text("Drill"))]);
    let subject = format(
        Lang::De,
        "notice-loan-request",
        &[("who", Arg::Text("bob")), ("item", Arg::Text(&quoted))],
    );
    assert_eq!(subject, "bob möchte „Drill“ ausleihen.");
    assert_eq!(got[0].text("Subject").unwrap(), subject);
}
