//! What a host does at the command line next to a running server, or after a crash: nothing
//! of it may lose the live data file, and each refusal names its cause.

use std::path::Path;

use super::*;

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A fixture of the community in `data` (the server stopped), for imports.
fn fixture_of(data: &Path, dir: &Path) -> std::path::PathBuf {
    let fixture = dir.join("community.json");
    let out = comuniza(&["export", fixture.to_str().unwrap()], data);
    assert!(out.status.success(), "{}", stderr(&out));
    fixture
}

#[test]
fn import_replace_is_refused_while_a_server_holds_the_data_file() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.redb");
    prepare(&other);
    let fixture = fixture_of(&other, dir.path());
    let data = dir.path().join("live.redb");
    prepare(&data);
    let server = start(&data);
    let before = create_item(&server.base, "before the import");

    for args in [vec!["import"], vec!["import", "--replace"]] {
        let mut args = args.clone();
        args.push(fixture.to_str().unwrap());
        let out = comuniza(&args, &data);
        assert!(!out.status.success(), "{args:?} succeeded");
        assert!(
            stderr(&out).contains("stop the server first"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    // The server still writes into the live file, and everything is there after a restart.
    let after = create_item(&server.base, "after the refused import");
    assert!(terminate(server).success());
    assert_eq!(
        title_of(&data, before).as_deref(),
        Some("before the import")
    );
    assert_eq!(
        title_of(&data, after).as_deref(),
        Some("after the refused import")
    );
    // Stopped, the same import replaces the file.
    let out = comuniza(&["import", "--replace", fixture.to_str().unwrap()], &data);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(title_of(&data, after), None);
}

#[test]
fn a_backup_onto_the_data_file_is_refused_under_any_name() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("live.redb");
    prepare(&data);
    let link = dir.path().join("link.redb");
    std::os::unix::fs::symlink(&data, &link).unwrap();
    let hard = dir.path().join("hard.redb");
    std::fs::hard_link(&data, &hard).unwrap();
    let names = [data.clone(), link, hard];

    let try_all = |base: Option<&str>| {
        for dest in &names {
            for force in [false, true] {
                let mut args = vec!["backup", dest.to_str().unwrap()];
                if force {
                    args.push("--force");
                }
                let out = comuniza(&args, &data);
                assert!(!out.status.success(), "{args:?} with server {base:?}");
                assert!(
                    stderr(&out).contains("is the data file itself"),
                    "{args:?}: {}",
                    stderr(&out)
                );
            }
        }
        // Nor may an export land on it.
        let out = comuniza(&["export", data.to_str().unwrap()], &data);
        assert!(!out.status.success());
        assert!(stderr(&out).contains("is the data file itself"));
    };
    let server = start(&data);
    let kept = create_item(&server.base, "kept");
    try_all(Some(&server.base));
    let later = create_item(&server.base, "written after the refusals");
    assert!(terminate(server).success());
    try_all(None);
    assert_eq!(title_of(&data, kept).as_deref(), Some("kept"));
    assert_eq!(
        title_of(&data, later).as_deref(),
        Some("written after the refusals")
    );
    assert!(comuniza(&["verify"], &data).status.success());
}

/// Kills a server on `data` after one acknowledged write, leaving the file unclean.
fn crash(data: &Path, title: &str) -> u64 {
    let mut server = start(data);
    let id = create_item(&server.base, title);
    server.child.kill().unwrap();
    server.child.wait().unwrap();
    id
}

#[test]
fn after_a_crash_the_reading_commands_repair_the_file_and_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("crashed.redb");
    prepare(&data);

    let id = crash(&data, "before verify");
    let out = comuniza(&["verify"], &data);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert!(
        stderr(&out).contains("was not closed cleanly"),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).contains("every view agrees"));
    assert_eq!(title_of(&data, id).as_deref(), Some("before verify"));

    let id = crash(&data, "before export");
    let fixture = dir.path().join("out.json");
    let out = comuniza(&["export", fixture.to_str().unwrap()], &data);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("repaired it in"), "{}", stderr(&out));
    let text = std::fs::read_to_string(&fixture).unwrap();
    assert!(text.contains("before export"));
    assert_eq!(title_of(&data, id).as_deref(), Some("before export"));

    crash(&data, "before backup");
    let copy = dir.path().join("copy.redb");
    let out = comuniza(&["backup", copy.to_str().unwrap()], &data);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("was not closed cleanly"));
    assert!(titles(&copy).iter().any(|t| t == "before backup"));

    // A clean file is opened without a word.
    let out = comuniza(&["verify"], &data);
    assert!(
        !stderr(&out).contains("not closed cleanly"),
        "{}",
        stderr(&out)
    );

    // The server says so too, with the time it took.
    crash(&data, "before a restart");
    let log = dir.path().join("server.log");
    let server = start_with(
        &data,
        &[],
        "warn",
        std::fs::File::create(&log).unwrap().into(),
    );
    assert!(terminate(server).success());
    let said = std::fs::read_to_string(&log).unwrap();
    assert!(said.contains("was not closed cleanly"), "{said}");
    assert!(said.contains("repaired it in"), "{said}");
}

#[test]
fn account_commands_go_through_a_running_server_and_verify_says_how_to_check_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("live.redb");
    prepare(&data);
    let server = start(&data);
    let client = reqwest::blocking::Client::new();
    let me = |token: &str| {
        client
            .get(format!("{}/api/me", server.base))
            .bearer_auth(token)
            .send()
            .unwrap()
            .status()
    };
    assert_eq!(me(TOKEN), 200);
    let overall = || {
        let boards: serde_json::Value = client
            .get(format!("{}/api/leaderboards", server.base))
            .send()
            .unwrap()
            .json()
            .unwrap();
        boards["boards"]["overall"].as_array().unwrap().clone()
    };
    let before = overall();

    let password = dir.path().join("pw");
    std::fs::write(&password, "a new long password\n").unwrap();
    let pw = password.to_str().unwrap();
    let out = comuniza(
        &[
            "create-admin",
            "--username",
            "host",
            "--email",
            "host@example.org",
            "--password-file",
            pw,
        ],
        &data,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    // The server made the account: one more member on the board, nameless to an anonymous
    // reader (a new account's profile is private), and no profile for them.
    let after = overall();
    assert_eq!(after.len(), before.len() + 1, "the server made the account");
    assert!(after.iter().any(|r| r["username"].is_null()), "{after:?}");
    let host = client
        .get(format!("{}/api/users/host", server.base))
        .send()
        .unwrap();
    assert_eq!(host.status(), 404, "a private profile is no one's business");

    let out = comuniza(
        &[
            "reset-password",
            "--username",
            "writer",
            "--password-file",
            pw,
        ],
        &data,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(me(TOKEN), 401, "a reset signs out access tokens too");
    let out = comuniza(
        &[
            "reset-password",
            "--username",
            "nobody",
            "--password-file",
            pw,
        ],
        &data,
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("no user is named"),
        "{}",
        stderr(&out)
    );

    let out = comuniza(&["verify"], &data);
    assert!(!out.status.success());
    let said = stderr(&out);
    assert!(said.contains("stop the server first"), "{said}");
    assert!(said.contains("comuniza backup"), "{said}");
    assert!(terminate(server).success());
}

/// An import killed at any moment (storing the records, committing them to its temporary
/// file, rebuilding the views on three threads) leaves the data file as it was, byte for
/// byte; the next import clears what the killed one left and finishes.
#[test]
fn an_import_killed_at_any_moment_leaves_the_data_file_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = dir.path().join("community.json");
    let generated = Command::new("python3")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/gen_community.py"
        ))
        .args(["--users", "3000", "--seed", "5", "--out"])
        .arg(&fixture)
        .stderr(std::process::Stdio::null())
        .status()
        .expect("python3 runs");
    assert!(generated.success());
    let fixture = fixture.to_str().unwrap();
    let data = dir.path().join("live.redb");
    prepare(&data);
    let before = std::fs::read(&data).unwrap();
    // How long a whole import takes here, to spread the kills over it.
    let started = Instant::now();
    let out = comuniza(&["import", fixture], &dir.path().join("scratch.redb"));
    assert!(out.status.success(), "{}", stderr(&out));
    let whole = started.elapsed();

    for eighth in 1..8 {
        let mut import = Command::new(env!("CARGO_BIN_EXE_comuniza"))
            .args(["import", "--replace", fixture, "--data"])
            .arg(&data)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(whole * eighth / 8);
        eprintln!("killing after {:?} of {whole:?}", whole * eighth / 8);
        import.kill().unwrap();
        let status = import.wait().unwrap();
        if status.success() {
            // It finished before the kill: the data file is the new community, whole.
            assert_verified(&data);
            break;
        }
        assert!(
            std::fs::read(&data).unwrap() == before,
            "killed after {eighth}/8 of an import, the data file changed"
        );
    }
    let out = comuniza(&["import", "--replace", fixture], &data);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_verified(&data);
    // The community imported replaced the one prepared, whose only member was `writer`.
    let read = read_only(&data);
    assert_eq!(read.user_id_by_username("writer").unwrap(), None);
    assert!(read.user(UserId(1)).unwrap().is_some());
}
