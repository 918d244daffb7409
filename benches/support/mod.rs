//! What the benches share: the sizes asked for, where fixtures live, and a fixture of a size
//! (generated once with `tests/data/gen_community.py`, seed 7).

use std::path::{Path, PathBuf};

/// `COMUNIZA_BENCH_USERS` (comma separated), or `default`.
pub(crate) fn sizes(default: &str) -> Vec<u64> {
    std::env::var("COMUNIZA_BENCH_USERS")
        .unwrap_or_else(|_| default.into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect()
}

/// `COMUNIZA_BENCH_DIR`, or `target/bench-data`; created if missing.
pub(crate) fn bench_dir() -> PathBuf {
    let dir = std::env::var_os("COMUNIZA_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data"));
    std::fs::create_dir_all(&dir).expect("the bench directory can be created");
    dir
}

/// What an imported bench data file holds changes with the import itself: bump this when the
/// import writes something new (as profile privacy did), so old files are not reused.
const IMPORT_FORMAT: u32 = 8;

/// A short tag of the generator's text: a fixture or data file made by another generator is
/// made again.
fn generator_tag() -> String {
    let generator = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/gen_community.py");
    let text = std::fs::read(&generator).expect("the fixture generator is there");
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{:08x}", h >> 32)
}

/// The fixture of a community of `users`, generated when missing.
pub(crate) fn fixture(dir: &Path, users: u64) -> PathBuf {
    let path = dir.join(format!("community-{users}-{}.json", generator_tag()));
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

/// The data file `{name}-{users}.redb`: the community of `users`, imported once, then kept.
/// Benches that write to it share it by name; a bench that needs it pristine copies it first.
// The import bench includes this module too, but times imports of its own.
#[allow(dead_code)]
pub(crate) fn imported(name: &str, users: u64) -> PathBuf {
    let dir = bench_dir();
    let data = dir.join(format!(
        "{name}-{users}-{}-v{IMPORT_FORMAT}.redb",
        generator_tag()
    ));
    if data.exists() {
        return data;
    }
    let fixture = fixture(&dir, users);
    let report = comuniza::cli::import::import(&data, &fixture, false, false).unwrap();
    eprintln!("imported {users} users in {:.1} s", report.seconds);
    data
}
