//! `import` does not overwrite a data file that holds a community unless told to.

use comuniza::cli::import::{import, ImportFailure};

use crate::helpers::{generate, import_ok, importing_path, Server};
use crate::model::Community;

#[test]
fn import_refuses_to_overwrite_a_community_without_replace() {
    let (old, new) = (generate(60, 3), generate(40, 5));
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("community.redb");

    // An empty data file (created, no users) is no community: importing into it is fine.
    drop(comuniza::engine::open_database(&data).unwrap());
    import_ok(&data, &old);
    let before = std::fs::read(&data).unwrap();

    match import(&data, &new, false, false) {
        Ok(r) => panic!(
            "overwrote a community of 60 users without replace ({} users now)",
            r.rebuild.users
        ),
        Err(ImportFailure::Refused(msg)) => {
            assert!(
                msg.contains("--replace"),
                "the refusal does not say how to go on: {msg}"
            )
        }
        Err(e) => panic!("refused for another reason: {e}"),
    }
    // Checked at the end, so that the rest still runs when this fails.
    let after = std::fs::read(&data).unwrap();
    let changed = before.len() != after.len() || before != after;
    let differing = before.iter().zip(&after).filter(|(a, b)| a != b).count();
    assert!(!importing_path(&data).exists());

    // With replace, the new community takes the old one's place.
    let report = import(&data, &new, true, false).unwrap_or_else(|e| panic!("replace failed: {e}"));
    assert_eq!(report.rebuild.users, 40);
    let community = Community::from_fixture_text(&std::fs::read_to_string(&new).unwrap());
    let server = Server::start(&data);
    server.assert_verified();
    let someone = community
        .active_users()
        .filter(|u| u.public)
        .nth(3)
        .unwrap();
    let got = server.json(&format!("/api/users/{}", someone.username));
    let diff = crate::model::diff(&community.expected_user(someone.pk), &got);
    assert!(diff.is_empty(), "{}", diff.join("\n"));
    // Users 41-60 of the old community are gone.
    let old_users = Community::from_fixture_text(&std::fs::read_to_string(&old).unwrap());
    let gone = &old_users.users[&50].username;
    assert!(!community
        .users
        .values()
        .any(|u| u.username.eq_ignore_ascii_case(gone)));
    server.assert_404(&format!("/api/users/{gone}"));
    assert!(
        !changed,
        "the refused import changed the data file: {differing} of {} bytes differ (length {} -> {})",
        before.len(),
        before.len(),
        after.len()
    );
}

#[test]
fn replace_takes_the_place_of_a_damaged_data_file_but_without_replace_it_is_refused() {
    let fixture = generate(20, 7);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("damaged.redb");
    std::fs::write(&data, b"this is not a redb file at all").unwrap();
    match import(&data, &fixture, false, false) {
        Ok(_) => panic!("imported over a file it could not read without --replace"),
        Err(e) => assert!(
            e.to_string().contains("damaged.redb"),
            "the refusal names the file: {e}"
        ),
    }
    assert_eq!(
        std::fs::read(&data).unwrap(),
        b"this is not a redb file at all",
        "left as it was"
    );
    let report = import(&data, &fixture, true, false).unwrap();
    assert_eq!(report.rebuild.users, 20);
    Server::start(&data).assert_verified();
}
