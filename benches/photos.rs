//! Photos (`cargo bench --bench photos`): what an upload costs and what photos cost the data
//! file.
//!
//! 1. Processing a 12-megapixel JPEG (4000 x 3000, as a phone takes): the time per photo on
//!    one core, the throughput of both cores through `PhotoWork`, and the peak memory one
//!    photo adds (measured in a process of its own, from `VmHWM`).
//! 2. Storage: `COMUNIZA_BENCH_PHOTOS` photos (default 10000, five per item, each distinct)
//!    added through the writer as uploads are; the data file's growth per photo, then the
//!    time of a verified backup and of `verify` (which hashes every stored size), against the
//!    same community without photos.
//!
//! `COMUNIZA_BENCH_ONLY=processing` or `=storage` runs one part.

#[path = "../tests/common/phone.rs"]
#[allow(dead_code)]
mod phone;

use std::path::Path;
use std::time::{Duration, Instant};

use comuniza::cache::Capacities;
use comuniza::domain::records::{ItemId, UserId};
use comuniza::engine::Engine;
use comuniza::store::commands::{Actor, AddPhotos, CreateItem, CreateUser, ItemFields};

const CHILD: &str = "COMUNIZA_PHOTO_CHILD";

fn selected(part: &str) -> bool {
    std::env::var("COMUNIZA_BENCH_ONLY").map_or(true, |only| part.contains(&only))
}

/// The high-water mark of this process's resident memory, in KiB.
fn peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

/// In a process of its own: the photo at `path` processed once; prints the peak memory
/// before and after.
fn child(path: &str) {
    let upload = std::fs::read(path).unwrap();
    let before = peak_kib();
    let photo = comuniza::photos::prepare(&upload, "").unwrap();
    let after = peak_kib();
    println!("{before} {after} {}", photo.sizes[2].bytes);
}

fn processing(dir: &Path) {
    let upload = phone::photo_like(4000, 3000, 1);
    let path = dir.join("twelve-megapixels.jpg");
    std::fs::write(&path, &upload).unwrap();
    println!(
        "12-megapixel upload: {:.1} MB (4000 x 3000)",
        upload.len() as f64 / 1e6
    );
    // Time on one core: the best and the median of 7.
    let mut times: Vec<Duration> = (0..7)
        .map(|_| {
            let started = Instant::now();
            let photo = comuniza::photos::prepare(&upload, "").unwrap();
            std::hint::black_box(photo);
            started.elapsed()
        })
        .collect();
    times.sort();
    let photo = comuniza::photos::prepare(&upload, "").unwrap();
    let sizes: Vec<String> = photo
        .sizes
        .iter()
        .map(|s| {
            format!(
                "{}x{} {:.0} KB",
                s.width,
                s.height,
                f64::from(s.bytes) / 1e3
            )
        })
        .collect();
    println!("stored sizes: {}", sizes.join(", "));
    println!(
        "processing, one core: median {:.0} ms, best {:.0} ms per photo",
        times[3].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3
    );
    // Both cores through the bounded pool, as the server runs uploads.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let work = std::sync::Arc::new(comuniza::photos::PhotoWork::default());
    let n = 8;
    let started = Instant::now();
    rt.block_on(async {
        let mut tasks = Vec::new();
        for _ in 0..n {
            let (work, upload) = (work.clone(), bytes::Bytes::from(upload.clone()));
            tasks.push(tokio::spawn(async move {
                work.prepare(upload, String::new()).await
            }));
        }
        for t in tasks {
            t.await.unwrap().unwrap().unwrap();
        }
    });
    let secs = started.elapsed().as_secs_f64();
    println!(
        "processing, {} cores (PhotoWork): {:.2} photos/s ({n} photos in {secs:.1} s)",
        comuniza::work::cores(),
        f64::from(n) / secs
    );
    // Peak memory, in a process that does nothing else.
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .env(CHILD, &path)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let numbers: Vec<u64> = text
        .lines()
        .last()
        .unwrap_or_default()
        .split(' ')
        .filter_map(|n| n.parse().ok())
        .collect();
    if let [before, after, _] = numbers[..] {
        println!(
            "peak memory: {:.0} MiB before, {:.0} MiB after one photo: {:.0} MiB for the photo",
            mib(before),
            mib(after),
            mib(after - before)
        );
    } else {
        println!("peak memory: the child said {text:?}");
    }
}

fn file_len(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

/// A data file with one member and `items` items, each with `per_item` distinct photos
/// (`None`: none), added through the writer.
fn community(path: &Path, items: u64, per_item: Option<u64>) -> (Duration, u64) {
    let _ = std::fs::remove_file(path);
    let engine = Engine::open(path, Capacities::default()).unwrap();
    let w = &engine.writer;
    let user = UserId(
        w.run_blocking(
            Actor::System,
            CreateUser {
                username: "owner".into(),
                email: "owner@example.org".into(),
                first_name: String::new(),
                last_name: String::new(),
                password: "!".into(),
                is_staff: false,
            },
        )
        .unwrap(),
    );
    // No quota: the bench measures storage, not its bound.
    for quota in comuniza::domain::photo::Quota::ALL {
        w.run_blocking(
            Actor::System,
            comuniza::store::commands::SetSetting {
                setting: comuniza::domain::settings::Setting::Quota(quota),
                value: "0".into(),
            },
        )
        .unwrap();
    }
    let mut ids = Vec::new();
    for i in 0..items {
        let fields = ItemFields {
            title: format!("Item {i}"),
            description: String::new(),
            category: None,
            condition: comuniza::domain::choice::Condition::Good,
            status: comuniza::domain::choice::ItemStatus::Available,
            max_loan_days: 14,
            visibility: comuniza::domain::choice::Visibility::Public,
            groups: Vec::new(),
        };
        ids.push(ItemId(
            w.run_blocking(Actor::User(user), CreateItem(fields))
                .unwrap(),
        ));
    }
    let Some(per_item) = per_item else {
        engine.close();
        return (Duration::ZERO, 0);
    };
    // Processed on every core (as uploads are, off the writer); the writer stores each item's.
    let started = Instant::now();
    let next = std::sync::atomic::AtomicU64::new(0);
    let stored = std::sync::atomic::AtomicU64::new(0);
    std::thread::scope(|scope| {
        for _ in 0..comuniza::work::cores() {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(&item) = ids.get(i as usize) else {
                    break;
                };
                let photos = (0..per_item)
                    .map(|k| {
                        let seed = (i * per_item + k) as u32 + 1;
                        let upload = phone::photo_like(1920, 1440, seed);
                        comuniza::photos::prepare(&upload, "").unwrap()
                    })
                    .collect();
                w.run_blocking(Actor::User(user), AddPhotos { item, photos })
                    .unwrap();
                let done = stored.fetch_add(per_item, std::sync::atomic::Ordering::Relaxed);
                if done % 1000 == 0 {
                    eprintln!("{done} photos stored");
                }
            });
        }
    });
    let took = started.elapsed();
    let bytes = engine.snapshot().unwrap().photo_storage().unwrap().bytes;
    engine.close();
    (took, bytes)
}

/// A verified backup of `data`, and `verify`: their times.
fn backup_and_verify(data: &Path, dir: &Path) -> (f64, f64, u64) {
    let dest = dir.join("photos-backup.redb");
    let _ = std::fs::remove_file(&dest);
    let started = Instant::now();
    let db = comuniza::store::open::open_read_only(data, 32 << 20).unwrap();
    comuniza::store::backup::backup(&db, Some(data), &dest, true).unwrap();
    let backup = started.elapsed().as_secs_f64();
    let copy = file_len(&dest);
    let _ = std::fs::remove_file(&dest);
    let started = Instant::now();
    let d = comuniza::views::verify::verify(&db).unwrap();
    assert_eq!(d.count, 0, "{:?}", d.lines);
    (backup, started.elapsed().as_secs_f64(), copy)
}

fn storage(dir: &Path) {
    let photos: u64 = std::env::var("COMUNIZA_BENCH_PHOTOS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let per_item = 5;
    let items = photos.div_ceil(per_item);
    let plain = dir.join("photos-none.redb");
    community(&plain, items, None);
    let (plain_backup, plain_verify, _) = backup_and_verify(&plain, dir);
    let plain_len = file_len(&plain);
    let with = dir.join("photos-many.redb");
    let (took, stored) = community(&with, items, Some(per_item));
    let with_len = file_len(&with);
    let (backup, verify, copy) = backup_and_verify(&with, dir);
    let n = items * per_item;
    println!(
        "{n} photos on {items} items: processed and stored in {:.0} s ({:.1} photos/s on {} cores)",
        took.as_secs_f64(),
        n as f64 / took.as_secs_f64(),
        comuniza::work::cores()
    );
    println!(
        "stored sizes: {:.2} GB ({:.0} KB a photo, three sizes)",
        stored as f64 / 1e9,
        stored as f64 / n as f64 / 1e3
    );
    println!(
        "data file: {:.1} MB without photos, {:.2} GB with them: {:.0} KB a photo",
        plain_len as f64 / 1e6,
        with_len as f64 / 1e9,
        (with_len - plain_len) as f64 / n as f64 / 1e3
    );
    println!(
        "verified backup: {plain_backup:.2} s without photos, {backup:.1} s with them ({:.2} GB copy, {:.0} MB/s)",
        copy as f64 / 1e9,
        copy as f64 / 1e6 / backup
    );
    println!(
        "verify: {plain_verify:.2} s without photos, {verify:.1} s with them (every size hashed)"
    );
    if std::env::var_os("COMUNIZA_BENCH_KEEP").is_none() {
        let _ = std::fs::remove_file(&with);
        let _ = std::fs::remove_file(&plain);
    }
}

fn main() {
    if let Ok(path) = std::env::var(CHILD) {
        child(&path);
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    std::fs::create_dir_all(&dir).unwrap();
    if selected("processing") {
        processing(&dir);
    }
    if selected("storage") {
        storage(&dir);
    }
}
