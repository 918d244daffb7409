//! The HTTP load benchmark (`cargo bench --bench http`): for each community size in
//! `COMUNIZA_BENCH_USERS` (default 100000), imports the `gen_community.py` fixture, starts the
//! release server (`comuniza serve`, a process of its own) on loopback and drives it with 64
//! keep-alive clients written in Rust, for `COMUNIZA_BENCH_SECONDS` (default 3) per endpoint:
//! a fingerprinted asset (fixed bytes, the baseline) and then every page and API endpoint,
//! anonymous and signed in. Then mixed runs with loan writes through the bearer-token API at
//! 1%, 5% and 10% of requests, and `verify` on the data file. Prints a table (with the server
//! process's own CPU time per request, which the load generator on the same cores does not blur)
//! and writes a CSV and an SVG chart to `target/bench-results/`. `COMUNIZA_BENCH_ONLY=mixed` (any
//! part of endpoint names) runs only the matching endpoints after the baseline.
//! `-- --chart FILE.csv` only draws the chart of a CSV (runs merged by hand).

#[path = "../support/mod.rs"]
mod support;

mod load;
#[path = "../../tests/common/phone.rs"]
#[allow(dead_code)]
mod phone;
mod report;
mod setup;

use std::sync::Arc;
use std::time::{Duration, Instant};

use load::{Request, Step};
use report::Row;

const CONNECTIONS: usize = 64;

fn seconds() -> Duration {
    let s: f64 = std::env::var("COMUNIZA_BENCH_SECONDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3.0);
    Duration::from_secs_f64(s)
}

/// Whether `COMUNIZA_BENCH_ONLY` (a part of endpoint names, e.g. `mixed` or `/api`) selects
/// this endpoint; unset selects all. The baseline always runs: every ratio needs it.
fn selected(name: &str) -> bool {
    std::env::var("COMUNIZA_BENCH_ONLY").map_or(true, |only| name.contains(&only))
}

/// A small deterministic spread (splitmix64) for choosing slugs, users and writes.
fn mix(c: usize, i: u64) -> u64 {
    let mut z =
        (c as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ i.wrapping_add(0x632B_E59B_D9B4_E019);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The compressed runs' baseline: the stylesheet in brotli.
const BR_BASELINE: &str = "asset (br)";

/// The reads of the bench: a name and the request a client sends at its `i`-th step.
type Reads = Vec<(String, Arc<dyn Fn(usize, u64) -> Request + Send + Sync>)>;

fn reads(s: &setup::Served) -> Reads {
    let mut out: Reads = Vec::new();
    let fixed = |name: &str, path: String, headers: String| {
        let req = Request::get(path, &headers);
        (
            name.to_string(),
            Arc::new(move |_: usize, _: u64| req.clone())
                as Arc<dyn Fn(usize, u64) -> Request + Send + Sync>,
        )
    };
    let me = format!("Cookie: comuniza_session={}\r\n", s.session);
    out.push(fixed("asset (baseline)", s.asset.clone(), String::new()));
    // A public item's photo: stored bytes, read from the file at each request.
    out.push(fixed("photo thumbnail", s.photo.clone(), String::new()));
    out.push(fixed(
        "/api/groups/locations",
        "/api/groups/locations".into(),
        String::new(),
    ));
    out.push(fixed("/api/badges", "/api/badges".into(), String::new()));
    let slugs = Arc::new(s.slugs.clone());
    let spread = |prefix: &'static str, names: Arc<Vec<String>>, headers: String| {
        Arc::new(move |c: usize, i: u64| {
            let name = &names[(mix(c, i) % names.len() as u64) as usize];
            Request::get(format!("{prefix}{name}"), &headers)
        }) as Arc<dyn Fn(usize, u64) -> Request + Send + Sync>
    };
    out.push((
        "/api/badges/{slug}".into(),
        spread("/api/badges/", slugs.clone(), String::new()),
    ));
    out.push(fixed(
        "/api/leaderboards",
        "/api/leaderboards".into(),
        String::new(),
    ));
    out.push(fixed(
        "/api/leaderboards (signed in)",
        "/api/leaderboards".into(),
        me.clone(),
    ));
    out.push((
        "/api/users/{username}".into(),
        spread("/api/users/", Arc::new(s.usernames.clone()), String::new()),
    ));
    out.push(fixed("/", "/".into(), String::new()));
    out.push(fixed("/badges", "/badges".into(), String::new()));
    out.push((
        "/badges/{slug}".into(),
        spread("/badges/", slugs.clone(), String::new()),
    ));
    out.push((
        "/badges/{slug} (signed in)".into(),
        spread("/badges/", slugs, me.clone()),
    ));
    out.push(fixed(
        "/leaderboards",
        "/leaderboards".into(),
        String::new(),
    ));
    out.push(fixed(
        "/leaderboards (signed in)",
        "/leaderboards".into(),
        me.clone(),
    ));
    out.push(fixed("/groups/map", "/groups/map".into(), String::new()));
    out.push(fixed("/items", "/items".into(), String::new()));
    // In another language (issue 19): cached per language, so the same cost as in English.
    let es = "Accept-Language: es-ES,es;q=0.9\r\n";
    out.push(fixed("/ (es)", "/".into(), es.into()));
    out.push(fixed("/items (es)", "/items".into(), es.into()));
    // Search (issue 18), built per request: a visitor's words from the fixture's kinds of
    // items, some ending unfinished, in turn.
    let words = Arc::new(
        [
            "compact drill",
            "lawn mow",
            "travel guide",
            "ladder",
            "vintage camera",
            "tent",
        ]
        .map(|w| w.replace(' ', "+"))
        .to_vec(),
    );
    out.push((
        "/api/search?q={words}".into(),
        spread("/api/search?q=", words.clone(), String::new()),
    ));
    out.push((
        "/search?q={words}".into(),
        spread("/search?q=", words, String::new()),
    ));
    // Personal, built per request (never cached): the member's loans with their queues.
    out.push(fixed("/loans (signed in)", "/loans".into(), me.clone()));
    // Personal: the member's inbox (their unread notifications, in words).
    out.push(fixed(
        "/notifications (signed in)",
        "/notifications".into(),
        me.clone(),
    ));
    // Compressed (issue 18): what a browser asks for. Their ratio is to the compressed
    // stylesheet's run, the first of them.
    let br = "Accept-Encoding: gzip, deflate, br\r\n";
    out.push(fixed(BR_BASELINE, s.asset.clone(), br.into()));
    for page in ["/", "/items", "/badges", "/leaderboards", "/groups/map"] {
        out.push(fixed(&format!("{page} (br)"), page.into(), br.into()));
    }
    out.push(fixed(
        "/items (es, br)",
        "/items".into(),
        format!("{es}{br}"),
    ));
    out.push(fixed(
        "/api/leaderboards (br)",
        "/api/leaderboards".into(),
        br.into(),
    ));
    out.push(fixed(
        "/leaderboards (signed in, br)",
        "/leaderboards".into(),
        format!("{me}{br}"),
    ));
    let bearer = format!("Authorization: Bearer {}\r\n", s.token);
    out.push(fixed(
        "/api/me/loans (token)",
        "/api/me/loans".into(),
        bearer,
    ));
    out
}

/// What one timed run measured: its reads, its writes, and the server's CPU seconds.
struct Run {
    reads: load::Measured,
    writes: load::Measured,
    server_cpu: f64,
    /// Of which the writer thread's.
    writer_cpu: f64,
}

impl Run {
    /// The server's CPU time per request of the run (reads and writes), in microseconds.
    fn server_us(&self) -> f64 {
        let n = self.reads.requests + self.writes.requests;
        self.server_cpu * 1e6 / n.max(1) as f64
    }
}

fn measure(
    rt: &tokio::runtime::Runtime,
    served: &setup::Served,
    next: Arc<dyn Fn(usize, u64) -> Step + Send + Sync>,
) -> Run {
    // A short warm-up fills L1 and the connections; then the timed run.
    rt.block_on(load::run(
        &served.addr,
        CONNECTIONS,
        Duration::from_millis(300),
        next.clone(),
    ));
    let (cpu, writer_cpu) = (served.cpu_seconds(), served.writer_cpu_seconds());
    let (reads, writes) = rt.block_on(load::run(&served.addr, CONNECTIONS, seconds(), next));
    Run {
        reads,
        writes,
        server_cpu: served.cpu_seconds() - cpu,
        writer_cpu: served.writer_cpu_seconds() - writer_cpu,
    }
}

fn row(users: u64, name: &str, m: &load::Measured, baseline: f64, server_us: f64) -> Row {
    Row {
        users,
        name: name.to_string(),
        per_second: m.per_second(),
        p50_ms: m.percentile(0.50),
        p99_ms: m.percentile(0.99),
        ratio: if baseline > 0.0 {
            m.per_second() / baseline
        } else {
            1.0
        },
        failures: m.failures,
        server_us,
    }
}

fn main() {
    // `cargo bench --bench http -- --chart FILE.csv`: only draw FILE.svg from a CSV (runs of
    // several sizes merged by hand).
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--chart") {
        let csv = std::path::PathBuf::from(args.get(i + 1).expect("--chart takes a CSV file"));
        report::write_svg(&report::read_csv(&csv), &csv.with_extension("svg"));
        return;
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let dir = support::bench_dir();
    let mut rows = Vec::new();
    report::print_header();
    for users in support::sizes("100000") {
        let data = setup::data_file(&dir, users);
        let served = setup::serve(&rt, &data);
        println!(
            "{users:>9}  start-up (spawn to first answer): {:.0} ms",
            served.startup.as_secs_f64() * 1000.0
        );

        // Each read endpoint alone.
        let (mut baseline, mut br_baseline) = (0.0, 0.0);
        let all_reads = reads(&served);
        for (i, (name, req)) in all_reads.iter().enumerate() {
            let compressed = name.ends_with("br)");
            if i > 0 && !selected(name) && !(name == BR_BASELINE && selected("br)")) {
                continue;
            }
            let req = req.clone();
            let run = measure(&rt, &served, Arc::new(move |c, i| Step::Get(req(c, i))));
            if baseline == 0.0 {
                baseline = run.reads.per_second();
            }
            if name == BR_BASELINE {
                br_baseline = run.reads.per_second();
            }
            let base = if compressed { br_baseline } else { baseline };
            let r = row(users, name, &run.reads, base, run.server_us());
            report::print_row(&r);
            rows.push(r);
        }
        println!(
            "{users:>9}  server RSS with every endpoint warm: {:.0} MiB",
            served.rss_mib()
        );

        // Mixed: the reads in turn, and a share of loan writes through the API.
        // The shared pages and boards, as published figures have always mixed them; a member's
        // own loan lists (built per request) are measured on their own rows above.
        let pages: Vec<_> = all_reads
            .iter()
            .skip(1)
            // The same pages as in earlier releases, so runs compare: not the inbox either.
            .filter(|(name, _)| {
                !name.contains("loans")
                    && !name.contains("notifications")
                    && !name.contains("search")
                    && !name.ends_with("br)")
            })
            .map(|(_, r)| r.clone())
            .collect();
        let items = Arc::new(served.items.clone());
        let token: Arc<str> = Arc::from(served.token.as_str());
        let (mut read_only, mut read_cost) = (0.0, 0.0);
        for permille in [0u64, 10, 50, 100] {
            if !selected("mixed") {
                break;
            }
            let (pages, items, token) = (pages.clone(), items.clone(), token.clone());
            let next = Arc::new(move |c: usize, i: u64| {
                let roll = mix(c, i);
                if roll % 1000 < permille {
                    Step::Write {
                        item: items[c % items.len()],
                        token: token.clone(),
                    }
                } else {
                    Step::Get(pages[((roll >> 20) % pages.len() as u64) as usize](c, i))
                }
            });
            let run = measure(&rt, &served, next);
            let (r, w) = (&run.reads, &run.writes);
            if permille == 0 {
                read_only = r.per_second();
                read_cost = run.server_us();
            }
            let name = format!("mixed, {}% writes: reads", permille / 10);
            let rr = row(users, &name, r, read_only, run.server_us());
            report::print_row(&rr);
            rows.push(rr);
            if permille > 0 {
                // A write's own cost: the run's CPU less what its reads cost in the read-only run.
                let write_us = (run.server_cpu * 1e6 - read_cost * r.requests as f64)
                    / w.requests.max(1) as f64;
                let wr = row(
                    users,
                    &format!("mixed, {}% writes: writes", permille / 10),
                    w,
                    read_only,
                    write_us,
                );
                report::print_row(&wr);
                println!(
                    "{users:>9}  of which the writer thread: {:.1} us per write",
                    run.writer_cpu * 1e6 / w.requests.max(1) as f64
                );
                rows.push(wr);
            }
        }
        let started = Instant::now();
        served.stop();
        setup::verify(&data);
        println!(
            "{users:>9}  verify after the run: clean ({:.1} s)",
            started.elapsed().as_secs_f64()
        );
    }
    let out = report::results_dir();
    report::write_csv(&rows, &out.join("http.csv"));
    report::write_svg(&rows, &out.join("http.svg"));
    println!(
        "wrote {} and {}",
        out.join("http.csv").display(),
        out.join("http.svg").display()
    );
}
