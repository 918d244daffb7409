//! The demo, run on a fresh data file: every loan state, a clean verify, a living API.

use super::*;
use crate::domain::time::{day_of, now};
use std::collections::BTreeSet;

async fn api(base: &str, path: &str) -> serde_json::Value {
    let r = reqwest::get(format!("{base}{path}")).await.unwrap();
    assert_eq!(r.status(), 200, "GET {path}");
    r.json().await.unwrap()
}

#[test]
fn the_demo_fills_a_living_community_that_verifies_clean() {
    let dir = tempfile::tempdir().unwrap();
    let engine = Engine::open(&dir.path().join("demo.redb"), Capacities::default()).unwrap();
    let started = std::time::Instant::now();
    let s = fill(&engine).unwrap();
    assert!(started.elapsed().as_secs() < 20, "the demo takes seconds");
    assert_eq!((s.users, s.groups, s.items, s.loans), (31, 8, 60, 27));

    let d = crate::views::verify::verify(&*engine.db).unwrap();
    assert_eq!(d.count, 0, "verify after the demo:\n{}", d.lines.join("\n"));

    // Loans in every state, one of them overdue.
    let loans = engine.snapshot().unwrap().loans().unwrap();
    let states: BTreeSet<LoanStatus> = loans.iter().map(|(_, l)| l.status).collect();
    assert_eq!(states.len(), LoanStatus::ALL.len(), "{states:?}");
    let today = day_of(now());
    assert!(loans
        .iter()
        .any(|(_, l)| l.status == LoanStatus::Active && l.due_date.is_some_and(|d| d < today)));
    // More time asked (waiting, and accepted), and a request queuing for a lent item.
    let snap = engine.snapshot().unwrap();
    let states: BTreeSet<&str> = loans
        .iter()
        .filter_map(|(id, _)| snap.extension(*id).unwrap())
        .map(|e| e.state.as_str())
        .collect();
    assert_eq!(states, BTreeSet::from(["accepted", "pending"]));
    assert!(loans.iter().any(|(_, l)| {
        l.status == LoanStatus::Requested && snap.open_loan_of(l.item).unwrap().is_some()
    }));

    // A second run is refused and changes nothing.
    let err = fill(&engine).unwrap_err().to_string();
    assert!(err.contains("already holds a community"), "{err}");

    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let serving = engine.clone();
        tokio::spawn(crate::http::serve(
            listener,
            serving,
            std::future::pending(),
        ));
        let places = api(&base, "/api/groups/locations").await;
        let places = places["locations"].as_array().unwrap();
        // Six cities, the private Kyoto group unpublished: five places.
        assert_eq!(places.len(), 5, "{places:?}");
        assert_eq!(places[0]["group_count"], 2);
        let badges = api(&base, "/api/badges").await;
        let listed = badges["badges"].as_array().unwrap();
        assert_eq!(listed.len(), 9, "the secret badge is not listed");
        let earned: i64 = listed
            .iter()
            .map(|b| b["total_earned"].as_i64().unwrap())
            .sum();
        assert!(earned > 30, "badges were awarded by their rules: {earned}");
        let boards = api(&base, "/api/leaderboards").await;
        assert!(boards["boards"]["lending"][0]["score"].as_i64().unwrap() >= 10);
        let maria = api(&base, "/api/users/maria").await;
        assert!(maria["figures"]["items_shared"].as_i64().unwrap() >= 1);
        assert!(!maria["badges"].as_array().unwrap().is_empty());
    });
}
