//! Preparing a run: the imported data file (copied fresh for each run, since the mixed runs
//! write), what the clients need from it (an access token, items to borrow, badge slugs,
//! usernames), the server process, a signed-in session, and `verify` at the end.

use comuniza::domain::records::{ItemId, UserId};
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use comuniza::domain::choice::{ItemStatus, Visibility};
use comuniza::engine::Engine;
use comuniza::store::commands::Actor;
use comuniza::store::commands::CreateToken;

use crate::load::{Conn, Request};

/// The community's pk of `admin` (gen_community.py makes pk 1 the staff admin).
const ADMIN: u64 = 1;

/// A fresh copy of the imported community of `users` (imported once, then kept).
pub(crate) fn data_file(dir: &Path, users: u64) -> PathBuf {
    let base = crate::support::imported("http", users);
    let run = dir.join(format!("http-run-{users}.redb"));
    std::fs::copy(&base, &run).expect("copy the data file");
    run
}

pub(crate) struct Served {
    pub(crate) addr: String,
    pub(crate) startup: Duration,
    pub(crate) asset: String,
    pub(crate) session: String,
    pub(crate) token: String,
    pub(crate) slugs: Vec<String>,
    pub(crate) usernames: Vec<String>,
    pub(crate) items: Vec<u64>,
    /// The thumbnail of a public item's photo.
    pub(crate) photo: String,
    child: Child,
}

/// Items the admin may borrow: public, active, available, of another active member, free.
fn borrowable(engine: &Engine) -> Vec<u64> {
    let read = engine.snapshot().unwrap();
    let mut out = Vec::new();
    for row in read.items_newest_first().unwrap() {
        let (id, item) = row.unwrap();
        let owner_active = read.user(item.owner).unwrap().is_some_and(|u| u.is_active);
        if item.is_active
            && item.visibility == Visibility::Public
            && item.status == ItemStatus::Available
            && item.owner != UserId(ADMIN)
            && owner_active
            && read.open_loan_of(id).unwrap().is_none()
        {
            out.push(id.0);
            if out.len() == crate::CONNECTIONS {
                break;
            }
        }
    }
    assert!(!out.is_empty(), "the community has items to borrow");
    out
}

/// Active usernames with public profiles (an anonymous reader gets those; the others answer
/// 404), spread over the whole community (about 1,000).
fn usernames(engine: &Engine, users: u64) -> Vec<String> {
    let read = engine.snapshot().unwrap();
    let step = (users / 2000).max(1);
    (1..=users)
        .step_by(step as usize)
        .filter(|&pk| {
            read.privacy_of(UserId(pk)).unwrap().visibility
                == comuniza::domain::choice::ProfileVisibility::Public
        })
        .filter_map(|pk| read.user(UserId(pk)).unwrap())
        .filter(|u| u.is_active)
        .map(|u| u.username)
        .collect()
}

fn prepare(data: &Path) -> (String, Vec<String>, Vec<String>, Vec<u64>, String) {
    let engine = Engine::open(data, Default::default()).expect("open the data file");
    // gen_community.py numbers users 1..=n.
    let users = engine.snapshot().unwrap().user_count().unwrap();
    let token = format!("cmz_bench_{}", std::process::id());
    engine
        .writer
        .run_blocking(
            Actor::User(UserId(ADMIN)),
            CreateToken {
                hash: comuniza::auth::secret::digest(&token),
                name: "http bench".into(),
                prefix: token[..8].into(),
            },
        )
        .expect("a token for the admin");
    let slugs = {
        engine
            .snapshot()
            .unwrap()
            .badges()
            .unwrap()
            .into_iter()
            .filter(|(_, b)| b.is_active && !b.is_secret)
            .map(|(_, b)| b.slug)
            .collect()
    };
    // The signed-in member has unread notifications (a badge each, granted by staff), so that
    // their pages count them and the inbox lists them, as a busy member's do.
    let snap = engine.snapshot().unwrap();
    let badges: Vec<_> = snap
        .badges()
        .unwrap()
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let held = |b| comuniza::views::personal::has_earned(&snap, UserId(ADMIN), b).unwrap_or(true);
    let to_grant: Vec<_> = badges.into_iter().filter(|b| !held(*b)).collect();
    drop(snap);
    for badge in to_grant {
        engine
            .writer
            .run_blocking(
                Actor::System,
                comuniza::store::commands::GrantBadge {
                    user: UserId(ADMIN),
                    badge,
                },
            )
            .expect("a badge for the signed-in member");
    }
    let names = usernames(&engine, users);
    let items = borrowable(&engine);
    let photo = photo_of(&engine, ItemId(items[0]));
    engine.close();
    (token, slugs, names, items, photo)
}

/// The thumbnail address of `item`'s primary photo, added (a 12-megapixel photo, as a phone
/// takes) when it has none.
fn photo_of(engine: &Engine, item: ItemId) -> String {
    use comuniza::domain::photo::Fit;
    let snap = engine.snapshot().unwrap();
    let photo = match snap.primary_photo(item).unwrap() {
        Some(p) => p,
        None => {
            drop(snap);
            let upload = crate::phone::photo_like(4000, 3000, 1);
            let photo = comuniza::photos::prepare(&upload, "").expect("the photo is taken");
            let owner = engine
                .snapshot()
                .unwrap()
                .item(item)
                .unwrap()
                .unwrap()
                .owner;
            engine
                .writer
                .run_blocking(
                    Actor::User(owner),
                    comuniza::store::commands::AddPhotos {
                        item,
                        photos: vec![photo],
                    },
                )
                .expect("the photo is added");
            engine
                .snapshot()
                .unwrap()
                .primary_photo(item)
                .unwrap()
                .unwrap()
        }
    };
    format!("/photos/{}.jpg", photo.size(Fit::Thumb).digest.hex())
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn cookie(head: &str, name: &str) -> Option<String> {
    head.lines()
        .filter_map(|l| l.split_once(':'))
        .filter(|(k, _)| k.eq_ignore_ascii_case("set-cookie"))
        .find_map(|(_, v)| {
            v.trim()
                .strip_prefix(&format!("{name}="))?
                .split(';')
                .next()
                .map(str::to_string)
        })
}

/// Signs in as the admin through the sign-in form; answers the session cookie.
async fn sign_in(addr: &str) -> String {
    let mut conn = Conn::open(addr).await;
    let page = conn.send(&Request::get("/signin", "")).await;
    let csrf = cookie(&page.head, "comuniza_csrf").expect("a CSRF cookie");
    let form = format!("csrf={csrf}&username=admin&password=password-admin");
    let req = Request {
        method: "POST",
        path: "/signin".into(),
        headers: format!(
            "Cookie: comuniza_csrf={csrf}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        ),
        body: form,
    };
    let answer = conn.send(&req).await;
    assert_eq!(
        answer.status,
        303,
        "signing in: {}",
        String::from_utf8_lossy(&answer.body)
    );
    cookie(&answer.head, "comuniza_session").expect("a session cookie")
}

pub(crate) fn serve(rt: &tokio::runtime::Runtime, data: &Path) -> Served {
    let (token, slugs, usernames, items, photo) = prepare(data);
    let addr = format!("127.0.0.1:{}", free_port());
    let started = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_comuniza"))
        // Every language offered: the pages in Spanish are measured beside the English ones.
        .args([
            "serve",
            "--languages",
            "en,es,de,ca,fr,pt",
            "--addr",
            &addr,
            "--data",
        ])
        .arg(data)
        // The access log is off unless COMUNIZA_BENCH_LOG asks for it (e.g. `info`).
        .env(
            "RUST_LOG",
            std::env::var("COMUNIZA_BENCH_LOG").unwrap_or_else(|_| "warn".into()),
        )
        .spawn()
        .expect("the server starts");
    let home = rt.block_on(async {
        loop {
            if let Ok(stream) = tokio::net::TcpStream::connect(&addr).await {
                drop(stream);
                let mut conn = Conn::open(&addr).await;
                break conn.send(&Request::get("/", "")).await;
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "the server did not start"
            );
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
    });
    let startup = started.elapsed();
    assert_eq!(home.status, 200);
    let body = String::from_utf8_lossy(&home.body);
    let at = body.find("/assets/style.").expect("the stylesheet link");
    let asset = body[at..at + body[at..].find('"').unwrap()].to_string();
    let session = rt.block_on(sign_in(&addr));
    Served {
        addr,
        startup,
        asset,
        session,
        token,
        slugs,
        usernames,
        items,
        photo,
        child,
    }
}

impl Served {
    /// The server's resident memory now.
    pub(crate) fn rss_mib(&self) -> f64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .map_or(0.0, |kb| kb / 1024.0)
    }

    /// CPU time the server process has used so far (user + system, every thread), in seconds.
    /// Divided by the requests of a run it gives the server's own cost per request, which the
    /// load generator sharing the cores does not blur.
    pub(crate) fn cpu_seconds(&self) -> f64 {
        cpu_of(&format!("/proc/{}/stat", self.child.id()))
    }

    /// CPU time the server's writer thread has used so far, in seconds.
    pub(crate) fn writer_cpu_seconds(&self) -> f64 {
        let tasks = format!("/proc/{}/task", self.child.id());
        std::fs::read_dir(tasks)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|t| {
                std::fs::read_to_string(t.path().join("comm"))
                    .is_ok_and(|c| c.trim() == "comuniza-writer")
            })
            .map(|t| cpu_of(&t.path().join("stat").to_string_lossy()))
            .sum()
    }

    /// Stops the server the way Ctrl-C does (it closes the data file cleanly).
    pub(crate) fn stop(mut self) {
        let _ = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status();
        let status = self.child.wait().expect("the server stops");
        assert!(status.success(), "the server exited with {status}");
    }
}

/// `comuniza verify` on the data file: every view agrees with the records.
pub(crate) fn verify(data: &Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_comuniza"))
        .arg("--data")
        .arg(data)
        .arg("verify")
        .status()
        .expect("verify runs");
    assert!(status.success(), "verify found differences");
}

/// User + system CPU seconds in a `/proc/.../stat` file. The fields after the command name
/// (in parentheses, may hold spaces): utime and stime are the 12th and 13th, in clock ticks of
/// 1/100 s on Linux.
fn cpu_of(stat_path: &str) -> f64 {
    let stat = std::fs::read_to_string(stat_path).unwrap_or_default();
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let ticks: f64 = after
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|t| t.parse::<f64>().ok())
        .sum();
    ticks / 100.0
}
