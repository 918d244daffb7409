//! Live updates (issue 16, part 6): `/events` streams the member's unread count after each
//! commit that changes it, and new messages of a conversation the page follows, to its people
//! only; a member may keep a few streams open, not hundreds.

use std::time::Duration;

use reqwest::StatusCode;

use crate::browser::{site_with_admin, Browser};
use crate::content::member;

/// The data of an `unread` event: the count, and the inbox link's label (English here).
fn unread(n: u64) -> String {
    match n {
        0 => "0\nNotifications, none unread".into(),
        n => format!("{n}\nNotifications, {n} unread"),
    }
}

/// An open event stream, read an event at a time.
struct Stream {
    res: reqwest::Response,
    buffer: String,
}

impl Stream {
    async fn open(b: &Browser, query: &str) -> Result<Stream, StatusCode> {
        let res = b
            .client
            .get(format!("{}/events{query}", b.base))
            .send()
            .await
            .unwrap();
        if res.status() != StatusCode::OK {
            return Err(res.status());
        }
        assert_eq!(
            res.headers()["content-type"].to_str().unwrap(),
            "text/event-stream"
        );
        Ok(Stream {
            res,
            buffer: String::new(),
        })
    }

    /// The next event as (name, data), skipping keep-alive comments.
    async fn next(&mut self) -> (String, String) {
        loop {
            if let Some(end) = self.buffer.find("\n\n") {
                let block: String = self.buffer.drain(..end + 2).collect();
                let (mut name, mut data) = (String::new(), String::new());
                for line in block.lines() {
                    if let Some(v) = line.strip_prefix("event:") {
                        name = v.trim().to_string();
                    } else if let Some(v) = line.strip_prefix("data:") {
                        // Lines of one event's data are joined, as a browser joins them.
                        if !data.is_empty() {
                            data.push('\n');
                        }
                        data.push_str(v.trim());
                    }
                }
                if !name.is_empty() {
                    return (name, data);
                }
                continue;
            }
            let chunk = tokio::time::timeout(Duration::from_secs(10), self.res.chunk())
                .await
                .expect("an event within 10 s")
                .unwrap()
                .expect("the stream goes on");
            self.buffer.push_str(&String::from_utf8_lossy(&chunk));
        }
    }
}

#[tokio::test]
async fn the_unread_count_and_a_conversation_come_live_to_their_people_only() {
    let (app, admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let (bob, bob_id) = member(&app, "bob").await;
    let (carol, carol_id) = member(&app, "carol").await;
    let drill = app.item(ana_id, "Drill", vec![]).await;

    let mut anas = Stream::open(&ana, "").await.unwrap();
    assert_eq!(anas.next().await, ("unread".into(), unread(0)));
    let loan = app.request(bob_id, drill).await;
    assert_eq!(anas.next().await, ("unread".into(), unread(1)));
    ana.post("/notifications/read", &[]).await;
    assert_eq!(anas.next().await, ("unread".into(), unread(0)));

    // Bob follows the loan's conversation; Ana writes.
    let thread = format!("?thread=0:{loan}");
    let mut bobs = Stream::open(&bob, &thread).await.unwrap();
    assert_eq!(bobs.next().await.0, "unread");
    ana.post(&format!("/loans/{loan}/messages"), &[("body", "Tomorrow?")])
        .await;
    let mut got = vec![bobs.next().await, bobs.next().await];
    got.sort();
    assert_eq!(
        got,
        [
            ("thread".to_string(), format!("0:{loan}")),
            ("unread".to_string(), unread(1))
        ]
    );

    // Nobody else follows it: another member, staff, anonymous visitors.
    assert_eq!(
        Stream::open(&carol, &thread).await.err(),
        Some(StatusCode::NOT_FOUND)
    );
    assert_eq!(
        Stream::open(&admin, &thread).await.err(),
        Some(StatusCode::NOT_FOUND)
    );
    assert_eq!(
        Stream::open(&bob, "?thread=9:1").await.err(),
        Some(StatusCode::NOT_FOUND)
    );
    assert_eq!(
        Stream::open(&Browser::new(&app), "").await.err(),
        Some(StatusCode::SEE_OTHER)
    );
    // Carol's own stream hears nothing of it: her next event is her own news.
    let mut carols = Stream::open(&carol, "").await.unwrap();
    assert_eq!(carols.next().await, ("unread".into(), unread(0)));
    ana.post(&format!("/loans/{loan}/messages"), &[("body", "Or Friday")])
        .await;
    app.ok(
        comuniza::store::commands::Actor::User(ana_id),
        comuniza::store::commands::InviteMember {
            group: app
                .group(
                    ana_id,
                    "Shed",
                    comuniza::domain::choice::Privacy::Public,
                    "Lyon",
                    "45.76",
                )
                .await,
            user: carol_id,
        },
    )
    .await;
    assert_eq!(carols.next().await, ("unread".into(), unread(1)));
}

#[tokio::test]
async fn a_member_keeps_a_few_streams_not_hundreds() {
    let (app, _admin) = site_with_admin().await;
    let (ana, _) = member(&app, "ana").await;
    let mut open = Vec::new();
    for _ in 0..comuniza::http::live::STREAMS_PER_MEMBER {
        open.push(Stream::open(&ana, "").await.unwrap());
    }
    assert_eq!(
        Stream::open(&ana, "").await.err(),
        Some(StatusCode::TOO_MANY_REQUESTS)
    );
    // A closed tab gives its place back.
    drop(open.pop());
    let mut again = None;
    for _ in 0..100 {
        if let Ok(s) = Stream::open(&ana, "").await {
            again = Some(s);
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(again.is_some(), "a place came free");
}
