//! The real binary: crash safety, shutdown, backups and restore, and its logs.
//!
//! Crash safety: writers drive the token API while the server is killed
//! with SIGKILL at a random moment; after a restart every acknowledged write is there and
//! `comuniza verify` finds every view equal to its recomputation. Each round also stops a busy
//! server with SIGTERM, which must finish what it acknowledged and exit 0.
//!
//! `COMUNIZA_CRASH_ROUNDS` (default 20) and `COMUNIZA_CRASH_SEED` (default: the clock, printed)
//! choose the run; `tools/crash-soak.sh` runs many more rounds.

use comuniza::domain::records::UserId;
use comuniza::domain::records::{Item, ItemId};
use std::path::Path;
use std::process::{Child, Command, ExitStatus};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use comuniza::cache::Capacities;
use comuniza::domain::choice::ProfileVisibility;
use comuniza::domain::privacy::ProfilePrivacy;
use comuniza::engine::Engine;
use comuniza::store::commands::Actor;
use comuniza::store::commands::{CreateToken, CreateUser, SetProfilePrivacy, SetSetting};
use comuniza::store::read::Snapshot;

mod host;
mod leaving;
mod limits;
mod loans;
mod mail;
mod periods;

#[path = "../common/phone.rs"]
#[allow(dead_code)]
mod phone;
mod photos;
mod reminders;

#[path = "../common/smtp.rs"]
#[allow(dead_code)]
mod smtp;
mod texts;
mod tidying;

const WRITERS: usize = 4;
const TOKEN: &str = "crash-test-token-0123456789abcdef";

/// A small deterministic generator (xorshift64*), so a failing seed can be replayed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
    }
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

/// A member with a personal access token, written before the server first starts.
fn prepare(data: &Path) {
    let engine = Engine::open(data, Capacities::default()).unwrap();
    let w = &engine.writer;
    add_member(w, "writer", TOKEN);
    // These tests write thousands of items: no creation limit.
    for limit in comuniza::domain::limits::ALL {
        w.run_blocking(
            Actor::System,
            SetSetting {
                setting: comuniza::domain::settings::Setting::Limit(limit),
                value: "0".into(),
            },
        )
        .unwrap();
    }
    engine.close();
}

/// A public, available item's fields: `title`, lent for up to `days`, in `groups`.
fn public_item(
    title: String,
    days: u32,
    groups: Vec<comuniza::domain::records::GroupId>,
) -> comuniza::store::commands::ItemFields {
    comuniza::store::commands::ItemFields {
        title,
        description: String::new(),
        category: None,
        condition: comuniza::domain::choice::Condition::Good,
        status: comuniza::domain::choice::ItemStatus::Available,
        max_loan_days: days,
        visibility: comuniza::domain::choice::Visibility::Public,
        groups,
    }
}

/// A member named `username` who holds the personal access token `token`.
fn add_member(w: &comuniza::store::writer::Writer, username: &str, token: &str) -> UserId {
    let user = UserId(
        w.run_blocking(
            Actor::System,
            CreateUser {
                username: username.into(),
                email: format!("{username}@example.org"),
                first_name: String::new(),
                last_name: String::new(),
                password: "!".into(),
                is_staff: false,
            },
        )
        .unwrap(),
    );
    // Public, so that anonymous reads of the profile go on while writes fail.
    w.run_blocking(
        Actor::User(user),
        SetProfilePrivacy {
            privacy: ProfilePrivacy {
                visibility: ProfileVisibility::Public,
                show_on_boards: true,
            },
        },
    )
    .unwrap();
    w.run_blocking(
        Actor::User(user),
        CreateToken {
            hash: comuniza::auth::secret::digest(token),
            name: "crash test".into(),
            prefix: token[..8].into(),
        },
    )
    .unwrap();
    user
}

struct Server {
    child: Child,
    base: String,
}

/// A test that fails midway leaves no server running behind it (it would hold the data file
/// and the test's output pipe).
impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(data: &Path) -> Server {
    start_with(data, &[], "warn", std::process::Stdio::inherit())
}

fn start_with(data: &Path, flags: &[&str], log: &str, stderr: std::process::Stdio) -> Server {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let addr = format!("127.0.0.1:{port}");
    let child = Command::new(env!("CARGO_BIN_EXE_comuniza"))
        .args(["serve", "--addr", &addr, "--data"])
        .arg(data)
        .args(flags)
        .env("RUST_LOG", log)
        .stderr(stderr)
        .spawn()
        .expect("the server starts");
    let base = format!("http://{addr}");
    let client = reqwest::blocking::Client::new();
    let started = Instant::now();
    while client
        .get(format!("{base}/api/badges"))
        .send()
        .map_or(true, |r| r.status() != 200)
    {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the server did not come up"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    Server { child, base }
}

/// Writers creating items until `stop`; answers the titles the server acknowledged (201),
/// with their ids.
fn write_until(
    base: &str,
    round: u64,
    stop: &Arc<AtomicBool>,
) -> Vec<std::thread::JoinHandle<Vec<(u64, String)>>> {
    (0..WRITERS)
        .map(|w| {
            let (base, stop) = (base.to_string(), stop.clone());
            std::thread::spawn(move || {
                let client = reqwest::blocking::Client::builder()
                    .timeout(Duration::from_secs(20))
                    .build()
                    .unwrap();
                let mut acked = Vec::new();
                for i in 0.. {
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    let title = format!("round {round} writer {w} item {i}");
                    let sent = client
                        .post(format!("{base}/api/items"))
                        .bearer_auth(TOKEN)
                        .json(&serde_json::json!({
                            "title": title, "condition": "good", "max_loan_days": 7,
                            "visibility": "public",
                        }))
                        .send();
                    // A refused connection or a cut answer: the server is gone.
                    let Ok(answer) = sent else { break };
                    if answer.status() != 201 {
                        break;
                    }
                    let Ok(body) = answer.json::<serde_json::Value>() else {
                        break;
                    };
                    acked.push((body["id"].as_u64().expect("an id"), title));
                }
                acked
            })
        })
        .collect()
}

fn collect(writers: Vec<std::thread::JoinHandle<Vec<(u64, String)>>>) -> Vec<(u64, String)> {
    writers
        .into_iter()
        .flat_map(|w| w.join().expect("a writer"))
        .collect()
}

fn terminate(mut server: Server) -> ExitStatus {
    let pid = server.child.id().to_string();
    let sent = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(sent.success());
    server.child.wait().unwrap()
}

/// `comuniza verify` finds every view equal to its recomputation.
fn assert_verified(data: &Path) {
    let verify = Command::new(env!("CARGO_BIN_EXE_comuniza"))
        .args(["verify", "--data"])
        .arg(data)
        .output()
        .unwrap();
    assert!(
        verify.status.success(),
        "verify found differences:\n{}{}",
        String::from_utf8_lossy(&verify.stdout),
        String::from_utf8_lossy(&verify.stderr)
    );
}

/// Every acknowledged item is in the data file with its title, and `verify` is clean.
fn check(data: &Path, acked: &[(u64, String)]) {
    assert_verified(data);
    let read = read_only(data);
    for (id, title) in acked {
        let item = read.item(ItemId(*id)).unwrap();
        assert_eq!(
            item.map(|i| i.title).as_deref(),
            Some(title.as_str()),
            "acknowledged item {id} is missing or changed"
        );
    }
}

#[test]
fn acknowledged_writes_survive_sigkill_and_sigterm() {
    let rounds = env_u64("COMUNIZA_CRASH_ROUNDS").unwrap_or(20);
    let seed = env_u64("COMUNIZA_CRASH_SEED").unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos() as u64
    });
    println!("crash test: {rounds} rounds, COMUNIZA_CRASH_SEED={seed}");
    let mut rng = Rng(seed | 1);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("crash.redb");
    prepare(&data);
    let mut acked = Vec::new();
    let mut killed_with_writes = 0;
    for round in 0..rounds {
        // Killed at a random moment while four writers are busy.
        let mut server = start(&data);
        let stop = Arc::new(AtomicBool::new(false));
        let writers = write_until(&server.base, round, &stop);
        std::thread::sleep(Duration::from_millis(10 + rng.below(190)));
        server.child.kill().unwrap();
        server.child.wait().unwrap();
        stop.store(true, Ordering::Relaxed);
        let before = acked.len();
        acked.extend(collect(writers));
        killed_with_writes += usize::from(acked.len() > before);

        // Restarted on the killed file, then stopped with SIGTERM while writing: it finishes
        // what it acknowledged and exits cleanly.
        let server = start(&data);
        let stop = Arc::new(AtomicBool::new(false));
        let writers = write_until(&server.base, rounds + round, &stop);
        std::thread::sleep(Duration::from_millis(20 + rng.below(80)));
        let status = terminate(server);
        stop.store(true, Ordering::Relaxed);
        acked.extend(collect(writers));
        assert!(status.success(), "SIGTERM: the server exited with {status}");
        check(&data, &acked);
    }
    // The test means something only if the kills did land among writes.
    assert!(
        killed_with_writes as u64 * 2 >= rounds,
        "only {killed_with_writes} of {rounds} kills came after acknowledged writes"
    );
    let mut seen = std::collections::HashSet::new();
    for (id, _) in &acked {
        assert!(seen.insert(*id), "item id {id} acknowledged twice");
    }
    assert_searchable(&data, &acked);
    println!("{} acknowledged writes checked", acked.len());
}

/// Search finds acknowledged items by their titles after the kills: the index is written in
/// each item's own transaction, so what survived is indexed (a hundred, spread over the run).
fn assert_searchable(data: &Path, acked: &[(u64, String)]) {
    let server = start(data);
    let client = reqwest::blocking::Client::new();
    let step = (acked.len() / 100).max(1);
    for (id, title) in acked.iter().step_by(step) {
        let found: serde_json::Value = client
            .get(format!("{}/api/search", server.base))
            .query(&[("q", title.as_str()), ("kind", "items")])
            .send()
            .unwrap()
            .json()
            .unwrap();
        let ids: Vec<u64> = found["results"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|r| r["id"].as_u64())
            .collect();
        assert!(ids.contains(id), "{title:?} ({id}) not found: {found}");
    }
    assert!(terminate(server).success());
}

#[test]
fn json_logs_have_one_line_per_request() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("logs.redb");
    let log = dir.path().join("stderr.log");
    let server = start_with(
        &data,
        &["--log-format", "json"],
        "warn,comuniza::access=info",
        std::fs::File::create(&log).unwrap().into(),
    );
    let client = reqwest::blocking::Client::new();
    let res = client
        .get(format!("{}/api/badges/nobody", server.base))
        .send()
        .unwrap();
    assert_eq!(res.status(), 404);
    assert!(terminate(server).success());
    let text = std::fs::read_to_string(&log).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: not JSON: {l}")))
        .collect();
    let access: Vec<_> = lines
        .iter()
        .filter(|l| l["target"] == "comuniza::access")
        .map(|l| &l["fields"])
        .filter(|f| f["path"] == "/api/badges/nobody")
        .collect();
    assert_eq!(access.len(), 1, "{text}");
    let f = access[0];
    assert_eq!(f["method"], "GET");
    assert_eq!(f["route"], "/api/badges/{slug}");
    assert_eq!(f["status"], 404);
    assert_eq!(f["client"], "127.0.0.1");
    assert!(f["micros"].as_u64().is_some(), "{f}");
}

/// Creates one item through the API; answers its id.
fn create_item(base: &str, title: &str) -> u64 {
    let answer = reqwest::blocking::Client::new()
        .post(format!("{base}/api/items"))
        .bearer_auth(TOKEN)
        .json(&serde_json::json!({
            "title": title, "condition": "good", "max_loan_days": 7, "visibility": "public",
        }))
        .send()
        .unwrap();
    assert_eq!(answer.status(), 201);
    answer.json::<serde_json::Value>().unwrap()["id"]
        .as_u64()
        .unwrap()
}

/// The data file, opened read-only as a tool would, through the read API.
/// Up to 8 rounds, until `goal` things are done: a server started on `data`, `drive(base,
/// done so far)` run against it on a thread, the server killed at a random moment (`seed`).
/// Answers everything the drivers acknowledged, in order.
fn kill_rounds<T: Send + 'static>(
    data: &Path,
    seed: u64,
    goal: usize,
    drive: impl Fn(String, usize) -> Vec<T> + Send + Sync + 'static,
) -> Vec<T> {
    kill_rounds_within(data, (seed, 150), goal, drive)
}

/// [`kill_rounds`], each kill within `(seed, ms)`: 10 ms plus up to `ms` after the start
/// (slower writes, such as photos, want longer).
fn kill_rounds_within<T: Send + 'static>(
    data: &Path,
    (seed, ms): (u64, u64),
    goal: usize,
    drive: impl Fn(String, usize) -> Vec<T> + Send + Sync + 'static,
) -> Vec<T> {
    let mut rng = Rng(seed | 1);
    let drive = std::sync::Arc::new(drive);
    let mut acked = Vec::new();
    for _ in 0..8 {
        if acked.len() >= goal {
            break;
        }
        let mut server = start(data);
        let (base, done, drive) = (server.base.clone(), acked.len(), drive.clone());
        let driver = std::thread::spawn(move || drive(base, done));
        std::thread::sleep(Duration::from_millis(10 + rng.below(ms)));
        server.child.kill().unwrap();
        server.child.wait().unwrap();
        acked.extend(driver.join().expect("the driver"));
    }
    acked
}

fn read_only(data: &Path) -> Snapshot {
    let db = redb::ReadOnlyDatabase::open(data).unwrap();
    Snapshot::open(&db, 0).unwrap()
}

fn title_of(data: &Path, id: u64) -> Option<String> {
    read_only(data).item(ItemId(id)).unwrap().map(|i| i.title)
}

/// Every item's title, oldest first.
fn titles(data: &Path) -> Vec<String> {
    let read = read_only(data);
    let mut items: Vec<(ItemId, Item)> = read
        .items_newest_first()
        .unwrap()
        .map(Result::unwrap)
        .collect();
    items.reverse();
    items.into_iter().map(|(_, i)| i.title).collect()
}

fn comuniza(args: &[&str], data: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_comuniza"))
        .args(args)
        .arg("--data")
        .arg(data)
        .output()
        .unwrap()
}

#[test]
fn backup_while_serving_then_restore_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("live.redb");
    let copy = dir.path().join("copies").join("before.redb");
    prepare(&data);
    let server = start(&data);
    let kept = create_item(&server.base, "in the backup");

    // The running server makes the copy; it is verified, and a second one is refused.
    let made = comuniza(&["backup", copy.to_str().unwrap()], &data);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let said = String::from_utf8_lossy(&made.stdout);
    assert!(said.contains("verified"), "{said}");
    // Both hold password hashes: for their owner's eyes only.
    use std::os::unix::fs::PermissionsExt;
    for file in [&data, &copy] {
        let mode = std::fs::metadata(file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{}", file.display());
    }
    let again = comuniza(&["backup", copy.to_str().unwrap()], &data);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"));

    create_item(&server.base, "after the backup");
    assert!(terminate(server).success());
    assert_eq!(titles(&data), ["in the backup", "after the backup"]);

    // Restore: the server is stopped; the copy goes in place of the data file; start.
    std::fs::copy(&copy, &data).unwrap();
    let server = start(&data);
    let next = create_item(&server.base, "after the restore");
    assert!(terminate(server).success());
    assert_eq!(title_of(&data, kept).as_deref(), Some("in the backup"));
    assert_eq!(
        titles(&data),
        ["in the backup", "after the restore"],
        "the restored file is the backup's, and it goes on from there"
    );
    assert_eq!(title_of(&data, next).as_deref(), Some("after the restore"));
    assert!(comuniza(&["verify"], &data).status.success());

    // With no server running, the command copies the file itself.
    let offline = dir.path().join("offline.redb");
    let made = comuniza(&["backup", offline.to_str().unwrap()], &data);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    assert_eq!(
        title_of(&offline, next).as_deref(),
        Some("after the restore")
    );
}

/// Mounts a small tmpfs at `dir` (the tests run as root in CI); `None` when that is not
/// permitted here, with the reason printed.
fn small_file_system(dir: &Path, size: &str) -> Option<Mounted> {
    let out = Command::new("mount")
        .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
        .arg(dir)
        .output()
        .ok()?;
    if !out.status.success() {
        println!(
            "skipped: cannot mount a tmpfs here ({})",
            String::from_utf8_lossy(&out.stderr).trim()
        );
        return None;
    }
    Some(Mounted(dir.to_path_buf()))
}

/// Unmounts on drop, also when the test fails.
struct Mounted(std::path::PathBuf);

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

/// Creates items with long descriptions until one is refused; answers the acknowledged ids
/// and the refusal (status, body).
fn fill_with_items(base: &str) -> (Vec<(u64, String)>, (u16, String)) {
    let client = reqwest::blocking::Client::new();
    let mut acked = Vec::new();
    for i in 0..100_000 {
        let title = format!("filler {i}");
        let answer = client
            .post(format!("{base}/api/items"))
            .bearer_auth(TOKEN)
            .json(&serde_json::json!({
                "title": title, "description": "x".repeat(4000), "condition": "good",
                "max_loan_days": 7, "visibility": "public",
            }))
            .send()
            .unwrap();
        let status = answer.status().as_u16();
        let body = answer.text().unwrap();
        if status != 201 {
            return (acked, (status, body));
        }
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        acked.push((v["id"].as_u64().unwrap(), title));
    }
    panic!("the file system never filled up");
}

/// While the disk refuses writes: a write answers 503 with a message saying so, reads go on,
/// and `/readyz` says what the host must do.
fn assert_refuses_writes_only(base: &str, refusal: (u16, String)) {
    let (status, body) = refusal;
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("disk is full or not writable"), "{body}");
    let client = reqwest::blocking::Client::new();
    let ready = client.get(format!("{base}/readyz")).send().unwrap();
    assert_eq!(ready.status(), 503);
    assert!(ready.text().unwrap().contains("restart the server"));
    for path in [
        "/badges",
        "/api/users/writer",
        "/api/leaderboards",
        "/healthz",
    ] {
        let read = client.get(format!("{base}{path}")).send().unwrap();
        assert_eq!(read.status(), 200, "{path} while writes fail");
    }
}

#[test]
fn a_full_or_read_only_disk_refuses_writes_clearly_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let Some(_mounted) = small_file_system(dir.path(), "3m") else {
        return;
    };
    let data = dir.path().join("full.redb");
    prepare(&data);

    // Full: writes until the disk refuses one.
    let server = start(&data);
    let (acked, refusal) = fill_with_items(&server.base);
    assert!(
        acked.len() > 10,
        "{} writes before the disk was full",
        acked.len()
    );
    assert_refuses_writes_only(&server.base, refusal);
    assert!(terminate(server).success());
    // After the refusal redb wants the file repaired: the next start does it (on the same full
    // disk), and nothing acknowledged is lost.
    let server = start(&data);
    assert!(terminate(server).success());
    check(&data, &acked);

    // Read-only: a file system remounted read-only (as the kernel does after disk errors).
    // A mounted tmpfs with a file open for writing cannot be remounted read-only from here,
    // so this is checked at start: the server refuses to start with the reason, and the file
    // is left as it was (verify, a read-only open, still works on it).
    let remount = |mode: &str| {
        let ok = Command::new("mount")
            .args(["-o", &format!("remount,{mode}")])
            .arg(dir.path())
            .status()
            .unwrap();
        assert!(ok.success(), "remount {mode}");
    };
    remount("ro");
    let refused = Command::new(env!("CARGO_BIN_EXE_comuniza"))
        .args(["serve", "--addr", "127.0.0.1:0", "--data"])
        .arg(&data)
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains("Read-only file system"), "{said}");
    check(&data, &acked);
    remount("rw");
}

/// A small ext4 file system in a loop-mounted image at `dir`, mounted `errors=remount-ro`:
/// the kernel's own way of turning a file system read-only under running programs, which
/// `trigger_fs_error` starts on demand. `None` (with the reason printed) where this machine
/// cannot do it.
fn ext4_that_can_fail(image: &Path, dir: &Path) -> Option<(Mounted, String)> {
    let run = |cmd: &mut Command| cmd.output().ok().filter(|o| o.status.success());
    run(Command::new("truncate").args(["-s", "32M"]).arg(image))?;
    if run(Command::new("mkfs.ext4").arg("-q").arg(image)).is_none() {
        println!("skipped: mkfs.ext4 is not available");
        return None;
    }
    let mounted = Command::new("mount")
        .args(["-o", "loop,errors=remount-ro"])
        .arg(image)
        .arg(dir)
        .output()
        .ok()?;
    if !mounted.status.success() {
        println!(
            "skipped: cannot loop-mount an image here ({})",
            String::from_utf8_lossy(&mounted.stderr).trim()
        );
        return None;
    }
    let guard = Mounted(dir.to_path_buf());
    let source = run(Command::new("findmnt")
        .args(["-n", "-o", "SOURCE"])
        .arg(dir))?;
    let device = String::from_utf8_lossy(&source.stdout)
        .trim()
        .trim_start_matches("/dev/")
        .to_string();
    Some((guard, device))
}

#[test]
fn a_file_system_turned_read_only_under_the_server_refuses_writes_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (image, mnt) = (dir.path().join("fs.img"), dir.path().join("mnt"));
    std::fs::create_dir(&mnt).unwrap();
    let Some((mounted, device)) = ext4_that_can_fail(&image, &mnt) else {
        return;
    };
    let data = mnt.join("ro.redb");
    prepare(&data);
    let server = start(&data);
    let acked: Vec<(u64, String)> = (0..5)
        .map(|i| {
            let title = format!("before {i}");
            (create_item(&server.base, &title), title)
        })
        .collect();
    std::fs::write(format!("/sys/fs/ext4/{device}/trigger_fs_error"), "test").unwrap();
    let refused = reqwest::blocking::Client::new()
        .post(format!("{}/api/items", server.base))
        .bearer_auth(TOKEN)
        .json(&serde_json::json!({
            "title": "on a read-only disk", "condition": "good", "max_loan_days": 7,
            "visibility": "public",
        }))
        .send()
        .unwrap();
    let refusal = (refused.status().as_u16(), refused.text().unwrap());
    assert_refuses_writes_only(&server.base, refusal);
    let _ = terminate(server);
    // The host mounts the file system again (read-write), and starts the server.
    drop(mounted);
    let again = Command::new("mount")
        .args(["-o", "loop"])
        .arg(&image)
        .arg(&mnt)
        .status()
        .unwrap();
    assert!(again.success());
    let _remounted = Mounted(mnt.clone());
    let server = start(&data);
    assert!(terminate(server).success());
    check(&data, &acked);
    assert!(!titles(&data).iter().any(|t| t == "on a read-only disk"));
}
