//! Import and verify timings (`cargo bench --bench import`): imports the `gen_community.py`
//! fixture of each size in `COMUNIZA_BENCH_USERS` (default 100000) into a fresh data file, then
//! runs `verify`, printing wall time and this process's peak memory. Fixtures are kept in
//! `COMUNIZA_BENCH_DIR` (default `target/bench-data`) and generated when missing. Peak memory
//! is the process's high-water mark, so run one size at a time for a figure per size.

mod support;

use std::time::Instant;

fn peak_rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn main() {
    // `cargo bench` passes `--bench`; any other argument filters nothing here.
    let dir = support::bench_dir();
    let sizes = support::sizes("100000");
    println!(
        "{:>9} {:>10} {:>10} {:>14}",
        "users", "import s", "verify s", "peak RSS MiB"
    );
    for users in sizes {
        let fixture = support::fixture(&dir, users);
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
