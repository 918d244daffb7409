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

/// A data file of a release before extensions has no `loan_extensions` table: `export` reads
/// it as it is (read-only, nothing created) and writes Comuniza's defaults on every loan.
#[test]
fn a_file_from_before_extensions_exports_with_comunizas_defaults() {
    let fixture = generate(40, 2);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("old.redb");
    import_ok(&data, &fixture);
    {
        let db = redb::Database::open(&data).unwrap();
        let txn = db.begin_write().unwrap();
        assert!(txn
            .delete_table(comuniza::store::tables::EXTENSIONS)
            .unwrap());
        txn.commit().unwrap();
    }
    let db = redb::ReadOnlyDatabase::open(&data).unwrap();
    let out = dir.path().join("export.json");
    comuniza::cli::export::export(&db, &out).unwrap();
    let exported: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let loans: Vec<_> = exported
        .iter()
        .filter(|r| r["model"] == "loans.loan")
        .collect();
    assert!(loans.len() > 10);
    for l in loans {
        let f = &l["fields"];
        assert_eq!(
            (
                &f["extension_requested"],
                &f["extension_days"],
                &f["extension_approved"],
                &f["extension_reason"]
            ),
            (
                &serde_json::json!(false),
                &serde_json::Value::Null,
                &serde_json::json!(false),
                &serde_json::json!("")
            ),
            "{l}"
        );
    }
}
