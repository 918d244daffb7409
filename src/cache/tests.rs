//! Tests of L1: LRU order per segment, exact invalidation, stale-fill refusal, counters, and the
//! read-your-writes guarantee under concurrent commits.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use bytes::Bytes;

use super::*;

fn entry(seq: u64, body: &str) -> Arc<Entry> {
    Arc::new(Entry::new(seq, Bytes::from(body.to_owned()), Bytes::new()))
}

fn body_of(l1: &L1, key: &ViewKey) -> Option<String> {
    l1.get(key)
        .map(|e| String::from_utf8_lossy(&e.body).into_owned())
}

fn stats_of(l1: &L1, segment: Segment) -> SegmentStats {
    l1.stats()[segment.index()]
}

fn small() -> L1 {
    L1::new(Capacities {
        hot: 2,
        warm: 3,
        cold: 2,
    })
}

#[test]
fn segments_of_keys() {
    assert_eq!(ViewKey::Locations.segment(), Segment::Hot);
    assert_eq!(ViewKey::BadgeList.segment(), Segment::Hot);
    assert_eq!(ViewKey::Leaderboards.segment(), Segment::Hot);
    assert_eq!(ViewKey::Badge("reader".into()).segment(), Segment::Warm);
    assert_eq!(ViewKey::user("Ana").segment(), Segment::Cold);
    assert_eq!(ViewKey::user("Ana"), ViewKey::User("ana".into()));
    let names: Vec<_> = Segment::ALL.iter().map(|s| s.as_str()).collect();
    assert_eq!(names, ["hot", "warm", "cold"]);
}

#[test]
fn etag_is_fnv1a_and_quoted() {
    // FNV-1a 64 reference values: empty input is the offset basis, "a" is published.
    assert_eq!(etag_of(b""), "\"cbf29ce484222325\"");
    assert_eq!(etag_of(b"a"), "\"af63dc4c8601ec8c\"");
    let e = Entry::new(7, Bytes::from_static(b"abc"), Bytes::from_static(b"xy"));
    assert_eq!(e.etag, etag_of(b"abc"));
    assert_eq!(e.size(), 5);
    assert_ne!(etag_of(b"abc"), etag_of(b"abd"));
}

#[test]
fn capacity_evicts_in_lru_order_per_segment() {
    let l1 = small();
    let b = |s: &str| ViewKey::Badge(s.into());
    for k in ["a", "b", "c"] {
        assert!(l1.fill(b(k), entry(0, k)));
    }
    // Touch "a" so "b" becomes the least recently used.
    assert_eq!(body_of(&l1, &b("a")).as_deref(), Some("a"));
    assert!(l1.fill(b("d"), entry(0, "d")));
    assert_eq!(body_of(&l1, &b("b")), None);
    for k in ["a", "c", "d"] {
        assert_eq!(body_of(&l1, &b(k)).as_deref(), Some(k));
    }
    // Filling the warm segment never pushed anything out of the others.
    assert!(l1.fill(ViewKey::Locations, entry(0, "loc")));
    assert!(l1.fill(ViewKey::user("u1"), entry(0, "u1")));
    assert!(l1.fill(b("e"), entry(0, "e")));
    assert_eq!(body_of(&l1, &ViewKey::Locations).as_deref(), Some("loc"));
    assert_eq!(body_of(&l1, &ViewKey::user("u1")).as_deref(), Some("u1"));
    // Hot holds two: the third pushes out the least recently used one.
    assert!(l1.fill(ViewKey::BadgeList, entry(0, "bl")));
    assert!(l1.fill(ViewKey::Leaderboards, entry(0, "lb")));
    assert_eq!(body_of(&l1, &ViewKey::Locations), None);
    let warm = stats_of(&l1, Segment::Warm);
    assert_eq!((warm.lru_evictions, warm.entries), (2, 3));
    assert_eq!(stats_of(&l1, Segment::Hot).lru_evictions, 1);
    assert_eq!(stats_of(&l1, Segment::Cold).lru_evictions, 0);
}

#[test]
fn commit_evicts_exactly_the_named_keys() {
    let l1 = L1::default();
    let keys = [
        ViewKey::Locations,
        ViewKey::Leaderboards,
        ViewKey::Badge("x".into()),
        ViewKey::Badge("y".into()),
        ViewKey::user("a"),
        ViewKey::user("b"),
    ];
    for k in &keys {
        assert!(l1.fill(k.clone(), entry(0, "v")));
    }
    l1.commit(
        1,
        &[
            ViewKey::Leaderboards,
            ViewKey::Badge("y".into()),
            ViewKey::user("a"),
        ],
    );
    assert_eq!(l1.current_seq(), 1);
    let present: Vec<bool> = keys.iter().map(|k| l1.get(k).is_some()).collect();
    assert_eq!(present, [true, false, true, false, false, true]);
    let inval: Vec<u64> = l1.stats().iter().map(|s| s.invalidations).collect();
    assert_eq!(inval, [1, 1, 1]);
    // Evicting a key that is not resident still records the eviction, but counts nothing.
    l1.commit(2, &[ViewKey::BadgeList]);
    assert_eq!(stats_of(&l1, Segment::Hot).invalidations, 1);
    assert!(!l1.fill(ViewKey::BadgeList, entry(1, "old")));
}

#[test]
fn fill_older_than_eviction_is_dropped_newer_kept() {
    let l1 = L1::default();
    let k = ViewKey::Badge("b".into());
    l1.commit(5, std::slice::from_ref(&k));
    assert!(!l1.fill(k.clone(), entry(4, "stale")));
    assert_eq!(l1.get(&k), None);
    // Tagged with the evicting commit itself: the snapshot contains it.
    assert!(l1.fill(k.clone(), entry(5, "fresh")));
    assert_eq!(body_of(&l1, &k).as_deref(), Some("fresh"));
    // A resident newer entry is not replaced by an older (but still valid) one.
    assert!(l1.fill(k.clone(), entry(7, "newer")));
    assert!(!l1.fill(k.clone(), entry(6, "older")));
    assert_eq!(body_of(&l1, &k).as_deref(), Some("newer"));
    // Other keys are not held back by this key's eviction.
    assert!(l1.fill(ViewKey::Badge("other-key".into()), entry(0, "o")));
    let warm = stats_of(&l1, Segment::Warm);
    assert_eq!((warm.fills, warm.dropped_fills, warm.entries), (3, 2, 2));
}

#[test]
fn evict_all_clears_and_raises_floor() {
    let l1 = small();
    l1.fill(ViewKey::Locations, entry(0, "l"));
    l1.fill(ViewKey::Badge("a".into()), entry(0, "a"));
    l1.fill(ViewKey::user("z"), entry(0, "z"));
    l1.evict_all(10);
    assert_eq!(l1.current_seq(), 10);
    for s in l1.stats() {
        assert_eq!((s.entries, s.bytes, s.invalidations), (0, 0, 1), "{s:?}");
    }
    assert!(l1.get(&ViewKey::Locations).is_none());
    assert!(!l1.fill(ViewKey::Home, entry(9, "p")));
    assert!(l1.fill(ViewKey::Home, entry(10, "p")));
    assert!(l1.get(&ViewKey::Home).is_some());
}

#[test]
fn counters_are_exact() {
    let l1 = small();
    let k1 = ViewKey::user("one");
    let k2 = ViewKey::user("two");
    let k3 = ViewKey::user("three");
    assert!(l1.get(&k1).is_none()); // miss
    l1.fill(k1.clone(), entry(0, "1234")); // 4 bytes
    l1.fill(
        k1.clone(),
        Arc::new(Entry::new(0, Bytes::from("12"), Bytes::from("345"))),
    ); // 5
    l1.fill(k2.clone(), entry(0, "22")); // 2
    assert!(l1.get(&k1).is_some()); // hit, k2 now LRU
    l1.fill(k3.clone(), entry(0, "333")); // pushes out k2
    assert!(l1.get(&k2).is_none()); // miss
    l1.commit(1, std::slice::from_ref(&k3)); // invalidates k3
    l1.fill(k3.clone(), entry(0, "x")); // dropped
    let cold = stats_of(&l1, Segment::Cold);
    let want = SegmentStats {
        segment: Segment::Cold,
        capacity: 2,
        hits: 1,
        misses: 2,
        fills: 4,
        dropped_fills: 1,
        invalidations: 1,
        lru_evictions: 1,
        entries: 1,
        bytes: 5,
    };
    assert_eq!(cold, want);
    assert_eq!(
        stats_of(&l1, Segment::Hot).hits + stats_of(&l1, Segment::Hot).misses,
        0
    );
}

#[test]
fn zero_capacity_disables_segment() {
    let l1 = L1::new(Capacities {
        hot: 0,
        warm: 1,
        cold: 0,
    });
    assert!(!l1.fill(ViewKey::Locations, entry(0, "l")));
    assert!(l1.get(&ViewKey::Locations).is_none());
    l1.commit(1, &[ViewKey::Locations]);
    l1.evict_all(2);
    assert!(l1.fill(ViewKey::Badge("a".into()), entry(2, "a")));
    let hot = stats_of(&l1, Segment::Hot);
    assert_eq!((hot.misses, hot.entries, hot.dropped_fills), (1, 0, 0));
}

fn hits_now(l1: &L1) -> u64 {
    stats_of(l1, Segment::Hot).hits
}

/// Read-your-writes: once `commit(n)` has returned, no `get` that starts afterwards returns a
/// value below `n`, however the readers' fills interleave with the commits.
#[test]
fn no_stale_read_after_commit_returns() {
    const COMMITS: u64 = 20_000;
    const READERS: usize = 3;
    let l1 = Arc::new(L1::new(Capacities {
        hot: 4,
        warm: 4,
        cold: 4,
    }));
    let db = Arc::new(AtomicU64::new(0));
    let acked = Arc::new(AtomicU64::new(0));
    let done = Arc::new(AtomicBool::new(false));
    let key = ViewKey::Leaderboards;

    let readers: Vec<_> = (0..READERS)
        .map(|_| {
            let (l1, db, acked, done, key) = (
                l1.clone(),
                db.clone(),
                acked.clone(),
                done.clone(),
                key.clone(),
            );
            thread::spawn(move || {
                let (mut hits, mut stale) = (0u64, 0u64);
                while !done.load(Ordering::Acquire) {
                    let floor = acked.load(Ordering::Acquire);
                    match l1.get(&key) {
                        Some(e) => {
                            hits += 1;
                            let v: u64 = std::str::from_utf8(&e.body)
                                .ok()
                                .and_then(|s| s.parse().ok())
                                .unwrap_or(0);
                            if v < floor {
                                stale += 1;
                            }
                        }
                        None => {
                            let s = l1.current_seq();
                            let v = db.load(Ordering::Acquire);
                            // Widen the window between the read and the fill.
                            thread::yield_now();
                            l1.fill(key.clone(), entry(s, &v.to_string()));
                        }
                    }
                }
                (hits, stale)
            })
        })
        .collect();

    for n in 1..=COMMITS {
        db.store(n, Ordering::Release);
        l1.commit(n, std::slice::from_ref(&key));
        acked.store(n, Ordering::Release);
        if n % 1024 == 0 {
            // Let the readers fill and hit between bursts, so both paths run every time.
            let before = hits_now(&l1);
            let deadline = Instant::now() + Duration::from_secs(2);
            while hits_now(&l1) == before && Instant::now() < deadline {
                thread::yield_now();
            }
        }
    }
    done.store(true, Ordering::Release);
    let mut total_hits = 0;
    for r in readers {
        let (hits, stale) = r.join().expect("reader thread panicked");
        assert_eq!(
            stale, 0,
            "a get after an acknowledged commit saw an older value"
        );
        total_hits += hits;
    }
    assert!(total_hits > 0, "the test never exercised a cache hit");
    let hot = stats_of(&l1, Segment::Hot);
    assert_eq!(hot.hits, total_hits);
    assert!(hot.entries <= 1);
}

#[test]
fn the_published_sequence_never_goes_back() {
    let l1 = L1::new(Capacities::default());
    l1.commit(42, &[]);
    l1.commit(41, &[]);
    assert_eq!(l1.current_seq(), 42);
}

#[test]
fn only_entries_that_keep_pages_keep_a_visitors_page_and_for_one_chrome() {
    let plain = Entry::new(1, Bytes::from_static(b"<p>x</p>"), Bytes::new());
    assert!(plain
        .page("\"a\"", || Bytes::from_static(b"page"))
        .is_none());
    let kept = Entry::new(1, Bytes::from_static(b"<p>x</p>"), Bytes::new()).keeping_pages();
    let page = kept
        .page("\"a\"", || Bytes::from_static(b"page a"))
        .unwrap();
    assert_eq!(&page.body[..], b"page a");
    // Built once: a second request with the same chrome gets it without building.
    let again = kept.page("\"a\"", || unreachable!("built twice")).unwrap();
    assert_eq!(&again.body[..], b"page a");
    // Another chrome (a flash message) is not served the kept page.
    assert!(kept
        .page("\"b\"", || Bytes::from_static(b"page b"))
        .is_none());
}
