//! `export` writes what `import` reads, and a community that goes through both keeps every
//! figure and view.

use std::time::Instant;

use crate::helpers::{generate, import_ok, Mismatches, Server};
use crate::model::Community;

#[test]
fn export_then_import_keeps_every_figure() {
    let started = Instant::now();
    let fixture = generate(1500, 11);
    let community = Community::from_fixture_text(&std::fs::read_to_string(&fixture).unwrap());
    let dir = tempfile::tempdir().unwrap();
    let (first, second) = (
        dir.path().join("first.redb"),
        dir.path().join("second.redb"),
    );
    import_ok(&first, &fixture);
    let a = Server::start(&first);
    a.assert_verified();

    let exported = dir.path().join("export.json");
    let written = comuniza::cli::export::export(&*a.engine.db, &exported).unwrap();
    let records: u64 = community.counts.values().sum();
    assert_eq!(
        written, records,
        "export wrote {written} records of {records}"
    );
    let report = import_ok(&second, &exported);
    assert!(
        report.rebuild.awarded.is_empty(),
        "awarded on re-import: {:?}",
        report.rebuild.awarded
    );
    assert_eq!(report.statuses_corrected, 0);
    assert_eq!(report.read.usernames_derived_total, 0);
    assert!(report.read.models_skipped.is_empty());
    let b = Server::start(&second);
    b.assert_verified();

    let mut m = Mismatches::default();
    let mut paths = vec![
        "/api/leaderboards".to_string(),
        "/api/badges".to_string(),
        "/api/groups/locations".to_string(),
    ];
    paths.extend(
        community
            .badges
            .values()
            .map(|b| format!("/api/badges/{}", b.slug)),
    );
    paths.extend(
        community
            .users
            .values()
            .map(|u| format!("/api/users/{}", u.username)),
    );
    for path in &paths {
        let (sa, va) = a.get(path);
        let (sb, vb) = b.get(path);
        assert_eq!(sa, sb, "GET {path}: {sa} before the round trip, {sb} after");
        m.compare(path.clone(), &va, &vb);
    }
    m.assert_none();
    eprintln!(
        "compared {} responses in {:.1?}",
        paths.len(),
        started.elapsed()
    );
}
