//! The outbox under SIGKILL: a notification's mail is committed with it; the server is killed
//! while the mail server has not even greeted it (the mail committed, not sent); after the
//! restart it is sent, once, and a further restart sends nothing again.

use serde_json::json;

use super::*;
use crate::smtp::Smtp;

const BORROWER: &str = "crash-mail-borrower-0123456789abc";

#[test]
fn a_mail_committed_before_a_sigkill_is_sent_once_after_the_restart() {
    let smtp = Smtp::start();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("mail.redb");
    prepare(&data);
    {
        let engine = Engine::open(&data, Capacities::default()).unwrap();
        add_member(&engine.writer, "borrower", BORROWER);
        engine.close();
    }
    let url = smtp.url();
    let flags = [
        "--smtp-url",
        url.as_str(),
        "--mail-from",
        "lend@example.org",
    ];
    let quiet = || std::process::Stdio::null();

    // The mail server takes the connection and says nothing.
    smtp.hold(true);
    let mut server = start_with(&data, &flags, "warn", quiet());
    let client = reqwest::blocking::Client::new();
    let post = |path: String, token: &str, body: serde_json::Value| {
        let r = client
            .post(path)
            .bearer_auth(token)
            .json(&body)
            .send()
            .unwrap();
        assert!(r.status().is_success(), "{}", r.status());
        r.json::<serde_json::Value>().unwrap()
    };
    let base = server.base.clone();
    let item = post(
        format!("{base}/api/items"),
        TOKEN,
        json!({"title": "Ladder", "condition": "good", "max_loan_days": 7, "visibility": "public"}),
    );
    let item = item["id"].as_u64().unwrap();
    post(
        format!("{base}/api/items/{item}/request"),
        BORROWER,
        json!({}),
    );
    std::thread::sleep(Duration::from_millis(500));
    assert!(smtp.received().is_empty(), "the server has not greeted yet");
    server.child.kill().unwrap();
    server.child.wait().unwrap();

    // Restarted with the mail server answering: the mail goes out, once.
    smtp.hold(false);
    let server = start_with(&data, &flags, "warn", quiet());
    let got = smtp.wait_for(1, Duration::from_secs(20));
    assert_eq!(got.len(), 1, "the committed mail is sent after the restart");
    assert_eq!(got[0].to, ["<writer@example.org>"]);
    assert!(
        got[0]
            .text("Subject")
            .unwrap()
            .contains("asks to borrow “Ladder”"),
        "{:?}",
        got[0].text("Subject")
    );
    std::thread::sleep(Duration::from_secs(1));
    assert_eq!(smtp.received().len(), 1);
    assert!(terminate(server).success());

    // Another start: nothing is sent twice.
    let server = start_with(&data, &flags, "warn", quiet());
    std::thread::sleep(Duration::from_millis(1500));
    assert!(terminate(server).success());
    assert_eq!(smtp.received().len(), 1);
    let (counts, _) = read_only(&data).outbox(10).unwrap();
    assert_eq!((counts.sent, counts.queued, counts.failing), (1, 0, 0));
    assert_verified(&data);
}
