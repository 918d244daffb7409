use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::Arc;

use comuniza::domain::choice::PointsKind;
use comuniza::store::commands::Actor;
use comuniza::store::commands::AdjustPoints;

use crate::helpers::spawn_app;

#[tokio::test]
async fn every_answer_has_an_etag_and_a_match_is_304() {
    let app = spawn_app().await;
    let ana = app.user("ana").await;
    for path in [
        "/api/leaderboards",
        "/api/badges",
        "/api/groups/locations",
        "/api/users/ana",
    ] {
        let r = app
            .client
            .get(format!("{}{path}", app.base))
            .send()
            .await
            .unwrap();
        let etag = r.headers()["etag"].to_str().unwrap().to_string();
        assert!(
            etag.starts_with('"') && etag.ends_with('"'),
            "{path}: {etag}"
        );
        let again = app
            .client
            .get(format!("{}{path}", app.base))
            .header("if-none-match", &etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status().as_u16(), 304, "{path}");
    }
    // A write changes the profile and with it the ETag.
    let r = app
        .client
        .get(format!("{}/api/users/ana", app.base))
        .send()
        .await
        .unwrap();
    let etag = r.headers()["etag"].to_str().unwrap().to_string();
    app.item(ana, "Tent", vec![]).await;
    let r = app
        .client
        .get(format!("{}/api/users/ana", app.base))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["figures"]["items_shared"], 1);
}

#[tokio::test]
async fn unknown_things_are_404_with_a_json_message() {
    let app = spawn_app().await;
    for path in ["/api/users/nobody", "/api/badges/nothing", "/api/nope"] {
        let (status, body) = app.get(path).await;
        assert_eq!(status, 404, "{path}");
        assert!(
            body["error"]
                .as_str()
                .is_some_and(|m| m.contains("not found")),
            "{path}: {body}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_read_that_starts_after_an_acknowledged_write_sees_it() {
    let app = Arc::new(spawn_app().await);
    let staff = app.staff("staff").await;
    let ana = app.user("ana").await;
    // The last acknowledged score; readers check every answer they start afterwards.
    let acknowledged = Arc::new(AtomicI64::new(0));
    let done = Arc::new(AtomicBool::new(false));
    let mut readers = Vec::new();
    for _ in 0..4 {
        let (app, acknowledged, done) = (app.clone(), acknowledged.clone(), done.clone());
        readers.push(tokio::spawn(async move {
            let mut reads = 0u64;
            while !done.load(Ordering::Acquire) {
                let floor = acknowledged.load(Ordering::Acquire);
                let profile = app.json("/api/users/ana").await;
                let points = profile["figures"]["points"].as_i64().unwrap();
                assert!(
                    points >= floor,
                    "read {points} after {floor} was acknowledged"
                );
                let boards = app.json("/api/leaderboards").await;
                let top = boards["boards"]["overall"][0]["score"].as_i64().unwrap();
                assert!(
                    top >= floor,
                    "board showed {top} after {floor} was acknowledged"
                );
                reads += 1;
            }
            reads
        }));
    }
    for i in 1..=60 {
        app.ok(
            Actor::User(staff),
            AdjustPoints {
                user: ana,
                kind: PointsKind::Bonus,
                points: 1,
                description: "tick".into(),
            },
        )
        .await;
        acknowledged.store(i, Ordering::Release);
    }
    done.store(true, Ordering::Release);
    let mut total = 0;
    for r in readers {
        total += r.await.unwrap();
    }
    assert!(total > 0);
    assert_eq!(app.figure("ana", "points").await, 60);
    app.verify_clean();
}
