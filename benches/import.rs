//! Import and verify timings (`cargo bench --bench import`): imports the `gen_community.py`
//! fixture of each size in `COMUNIZA_BENCH_USERS` (default 100000) into a fresh data file, then
//! runs `verify`, printing wall time and this process's peak memory. Fixtures are kept in
//! `COMUNIZA_BENCH_DIR` (default `target/bench-data`) and generated when missing. Peak memory
//! is the process's high-water mark, so run one size at a time for a figure per size.

use std::path::{Path, PathBuf};
use std::time::Instant;

fn peak_rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn fixture(dir: &Path, users: u64) -> PathBuf {
    let path = dir.join(format!("community-{users}.json"));
    if !path.exists() {
        let generator = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/gen_community.py");
        let status = std::process::Command::new("python3")
            .arg(generator)
            .args(["--users", &users.to_string(), "--seed", "7", "--out"])
            .arg(&path)
            .status()
            .expect("python3 runs the fixture generator");
        assert!(status.success(), "generating the fixture failed");
    }
    path
}

fn main() {
    // `cargo bench` passes `--bench`; any other argument filters nothing here.
    let dir = std::env::var_os("COMUNIZA_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data"));
    std::fs::create_dir_all(&dir).expect("bench dir");
    let sizes: Vec<u64> = std::env::var("COMUNIZA_BENCH_USERS")
        .unwrap_or_else(|_| "100000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    println!(
        "{:>9} {:>10} {:>10} {:>14}",
        "users", "import s", "verify s", "peak RSS MiB"
    );
    for users in sizes {
        let fixture = fixture(&dir, users);
        let data = dir.join(format!("import-bench-{users}.redb"));
        let _ = std::fs::remove_file(&data);
        let started = Instant::now();
        let report = comuniza::cli::import::import(&data, &fixture, false, false).expect("import");
        let import_s = started.elapsed().as_secs_f64();
        assert_eq!(report.rebuild.users, users);
        let started = Instant::now();
        let db = redb::ReadOnlyDatabase::open(&data).expect("open");
        let d = comuniza::views::verify::verify(&db).expect("verify");
        let verify_s = started.elapsed().as_secs_f64();
        assert_eq!(d.count, 0, "verify found differences: {:?}", d.lines);
        println!(
            "{users:>9} {import_s:>10.1} {verify_s:>10.1} {:>14.0}",
            peak_rss_mib()
        );
        drop(db);
        let _ = std::fs::remove_file(&data);
    }
}
