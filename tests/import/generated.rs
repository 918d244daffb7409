//! A generated community, imported and served, against the independent computation of
//! `model.rs`.

use std::time::Instant;

use comuniza::fixture::Model;

use crate::helpers::{generate, import_ok, Mismatches, Server};
use crate::model::Community;

#[test]
fn importing_a_generated_community_matches_an_independent_computation() {
    let started = Instant::now();
    // Other communities: COMUNIZA_TEST_USERS=4000 COMUNIZA_TEST_SEED=5 cargo test --test import
    let setting = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let (size, seed) = (
        setting("COMUNIZA_TEST_USERS", 1500),
        setting("COMUNIZA_TEST_SEED", 11),
    );
    let fixture = generate(size as u32, seed);
    let text = std::fs::read_to_string(&fixture).unwrap();
    let community = Community::from_fixture_text(&text);
    assert_eq!(community.users.len() as u64, size);

    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("community.redb");
    let report = import_ok(&data, &fixture);

    // Every record was read, model by model.
    for model in Model::ALL {
        let expected = community.counts.get(model.label()).copied().unwrap_or(0);
        assert_eq!(
            report.read.count(model),
            expected,
            "records of {model} read"
        );
    }
    assert!(
        report.read.models_skipped.is_empty(),
        "{:?}",
        report.read.models_skipped
    );
    assert_eq!(report.read.usernames_derived_total, 0);
    assert_eq!(report.rebuild.users, size);
    // The generator's fixture is closed under the badge rules: nothing is missing.
    let awarded: u64 = report.rebuild.awarded.values().sum();
    assert_eq!(
        awarded, 0,
        "the import awarded badges: {:?}",
        report.rebuild.awarded
    );
    // Item status is `borrowed` exactly when the item has an open loan.
    assert_eq!(report.statuses_corrected, 0);

    let server = Server::start(&data);
    server.assert_verified();
    let mut m = Mismatches::default();

    // Public profiles as the model computes them; every other one is hidden at once.
    let users = community.expected_users();
    let public = |name: &str| {
        community
            .users
            .values()
            .any(|u| u.username == name && u.public)
    };
    let (mut shown, mut hidden) = (0, 0);
    for (username, expected) in &users {
        let path = format!("/api/users/{username}");
        if public(username) {
            m.compare(path.clone(), expected, &server.json(&path));
            shown += 1;
        } else {
            server.assert_404(&path);
            hidden += 1;
        }
    }
    assert!(
        shown > 0 && hidden > 0,
        "the generator makes half the profiles public: {shown} shown, {hidden} hidden"
    );
    let inactive: Vec<_> = community.users.values().filter(|u| !u.is_active).collect();
    assert!(
        !inactive.is_empty(),
        "the generator makes about 3% of users inactive"
    );
    for u in inactive {
        server.assert_404(&format!("/api/users/{}", u.username));
    }

    m.compare(
        "/api/leaderboards",
        &community.expected_leaderboards(),
        &server.json("/api/leaderboards"),
    );
    m.compare(
        "/api/badges",
        &community.expected_badges(),
        &server.json("/api/badges"),
    );
    for badge in community.badges.values() {
        let path = format!("/api/badges/{}", badge.slug);
        match community.expected_badge(&badge.slug) {
            Some(expected) => m.compare(&path, &expected, &server.json(&path)),
            None => server.assert_404(&path),
        }
    }
    let locations = community.expected_locations();
    assert!(!locations["locations"].as_array().unwrap().is_empty());
    m.compare(
        "/api/groups/locations",
        &locations,
        &server.json("/api/groups/locations"),
    );
    m.assert_none();

    // The fixture exercises what the comparison is about: secret and inactive badges (404),
    // badges with more earners than the 20 shown, inactive users (404).
    assert!(community
        .badges
        .values()
        .any(|b| b.is_secret && b.is_active));
    assert!(community.badges.values().any(|b| !b.is_active));
    let most = community
        .listed_badges()
        .iter()
        .map(|b| community.earned.iter().filter(|e| e.badge == b.pk).count())
        .max();
    assert!(most > Some(20), "no listed badge has more than 20 earners");
    // About 3% of users are inactive: nearly all were checked.
    assert!(users.len() as u64 > size * 9 / 10);
    eprintln!(
        "checked {} users and every view in {:.1?}",
        users.len(),
        started.elapsed()
    );
}
