//! Search (`cargo bench --bench search`): the index against SQLite FTS5 on the same items.
//!
//! 1. `queries`: the community's active items (title, description, category, author, ISBN,
//!    the active owner's name) go into an FTS5 table (porter stemmer, diacritics removed,
//!    prefix indexes of 2 and 3 letters, columns weighted as ours are); the same 1,000 queries
//!    (one to three words of random items, a third ending in an unfinished word, a quarter
//!    with an accent added) run on both, 20 results a page for an anonymous visitor. Printed:
//!    p50 and p99 of each, candidates read, and the size of each index.
//! 2. `writes`: an item shared and an item's title edited, each alone in a transaction with
//!    its commit (no fsync), as the writer runs lone writes. Built with
//!    `--features measure-index-off`, the items are shared in turns of 50 with the index and
//!    50 without it (its hook switched off), and both means are printed with their ratio:
//!    the two are timed side by side, whatever the machine's speed does meanwhile.
//!
//! Sizes: `COMUNIZA_BENCH_USERS` (default 10000). `COMUNIZA_BENCH_ONLY=queries` or `=writes`.

mod support;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use comuniza::domain::access::item_visible;
use comuniza::domain::privacy::seen_by_visitors;
use comuniza::domain::privacy::ProfilePrivacy;
use comuniza::domain::records::{Category, Item, ItemDetails, ItemId, User, UserId};
use comuniza::domain::search::{words, Kind};
use comuniza::store::codec::Stored;
use comuniza::store::commands::{apply, Actor, Command, CreateItem, ItemFields, UpdateItem};
use comuniza::store::tables::{
    CATEGORIES, ITEMS, ITEM_DETAILS, PROFILE_PRIVACY, SEARCH_BLOCKS, SEARCH_DOCS, SEARCH_FRESH,
    SEARCH_TERMS, USERS,
};
use comuniza::store::tx::W;
use comuniza::views::maintain::Memo;
use comuniza::views::search::fresh::FRESH_MAX;
use comuniza::views::search::query::{search, Seen, Visitor};
use redb::{Database, Durability, ReadableDatabase, ReadableTable, ReadableTableMetadata};

fn selected(part: &str) -> bool {
    std::env::var("COMUNIZA_BENCH_ONLY").map_or(true, |only| part.contains(&only))
}

/// A small deterministic generator (the queries are the same in every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % below.max(1)
    }
}

/// An item as both indexes see it.
struct Row {
    id: u64,
    title: String,
    body: String,
    detail: String,
    owner: String,
    visible: bool,
}

fn corpus(db: &Database) -> Vec<Row> {
    let txn = db.begin_read().unwrap();
    let users = txn.open_table(USERS).unwrap();
    let details = txn.open_table(ITEM_DETAILS).unwrap();
    let categories: HashMap<u64, String> = txn
        .open_table(CATEGORIES)
        .unwrap()
        .iter()
        .unwrap()
        .map(|r| {
            let (k, v) = r.unwrap();
            (k.value(), Category::decode(v.value()).unwrap().name)
        })
        .collect();
    let mut owners: HashMap<u64, Option<String>> = HashMap::new();
    let mut out = Vec::new();
    for row in txn.open_table(ITEMS).unwrap().iter().unwrap() {
        let (k, v) = row.unwrap();
        let item = Item::decode(v.value()).unwrap();
        if !item.is_active {
            continue;
        }
        let owner = owners
            .entry(item.owner.0)
            .or_insert_with(|| {
                let u = User::decode(users.get(item.owner.0).unwrap().unwrap().value()).unwrap();
                u.is_active.then(|| u.display_name())
            })
            .clone();
        let mut detail = item
            .category
            .and_then(|c| categories.get(&c).cloned())
            .unwrap_or_default();
        if let Some(d) = details.get(k.value()).unwrap() {
            let d = ItemDetails::decode(d.value()).unwrap();
            detail = format!("{detail} {} {}", d.author, d.isbn);
        }
        out.push(Row {
            id: k.value(),
            visible: item_visible(None, &item, owner.is_some(), |_| false),
            title: item.title,
            body: item.description,
            detail,
            owner: owner.unwrap_or_default(),
        });
    }
    out
}

/// One query: its text for us, and the same words as an FTS5 expression.
struct Asked {
    text: String,
    fts: String,
}

fn queries(rows: &[Row], n: usize) -> Vec<Asked> {
    let mut rng = Lcg(7);
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let row = &rows[rng.next(rows.len())];
        let text = format!("{} {}", row.title, row.body);
        let all: Vec<String> = words(&text)
            .into_iter()
            .filter(|w| w.chars().count() >= 2 && w.chars().all(char::is_alphabetic))
            .collect();
        if all.is_empty() {
            continue;
        }
        let take = 1 + rng.next(3).min(all.len() - 1);
        let start = rng.next(all.len() - take + 1);
        let mut picked: Vec<String> = all[start..start + take].to_vec();
        let prefix = rng.next(3) == 0;
        if prefix {
            let last = picked.last_mut().unwrap();
            let len = last.chars().count();
            if len > 3 {
                *last = last.chars().take(3 + rng.next(len - 3)).collect();
            }
        }
        if rng.next(4) == 0 {
            let i = rng.next(picked.len());
            picked[i] = picked[i].replacen('e', "é", 1).replacen('a', "á", 1);
        }
        let fts = picked
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let star = if prefix && i + 1 == picked.len() {
                    "*"
                } else {
                    ""
                };
                format!("\"{}\"{star}", w.replace('"', ""))
            })
            .collect::<Vec<_>>()
            .join(" ");
        let mut text = picked.join(" ");
        if !prefix {
            text.push(' ');
        }
        out.push(Asked { text, fts });
    }
    out
}

fn sorted(times: &[Duration]) -> Vec<Duration> {
    let mut v = times.to_vec();
    v.sort_unstable();
    v
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn build_fts(rows: &[Row], path: &std::path::Path) -> (rusqlite::Connection, Duration) {
    let _ = std::fs::remove_file(path);
    let mut conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
         CREATE VIRTUAL TABLE items USING fts5(title, body, detail, owner, visible UNINDEXED,
           tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3');",
    )
    .unwrap();
    let started = Instant::now();
    let tx = conn.transaction().unwrap();
    {
        let mut insert = tx
            .prepare("INSERT INTO items(rowid, title, body, detail, owner, visible) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            .unwrap();
        for r in rows {
            insert
                .execute(rusqlite::params![
                    r.id as i64,
                    r.title,
                    r.body,
                    r.detail,
                    r.owner,
                    i64::from(r.visible)
                ])
                .unwrap();
        }
    }
    tx.commit().unwrap();
    conn.execute_batch("INSERT INTO items(items) VALUES('optimize');")
        .unwrap();
    (conn, started.elapsed())
}

/// The bytes the three search tables take in the data file.
fn index_bytes(db: &Database) -> u64 {
    let txn = db.begin_read().unwrap();
    let postings = txn.open_table(SEARCH_BLOCKS).unwrap().stats().unwrap();
    let terms = txn.open_table(SEARCH_TERMS).unwrap().stats().unwrap();
    let docs = txn.open_table(SEARCH_DOCS).unwrap().stats().unwrap();
    [postings, terms, docs]
        .iter()
        .map(|s| s.stored_bytes() + s.metadata_bytes() + s.fragmented_bytes())
        .sum()
}

/// What one query did: candidates read, judged, results, and whether it stopped at the
/// read limit.
type Tally = (usize, usize, usize, bool);

fn run_queries(users: u64) {
    let mut path = support::imported("community", users);
    let dir = tempfile::tempdir().unwrap();
    if std::env::var("COMUNIZA_BENCH_PENDING").is_ok_and(|v| v == "1") {
        path = with_pending(&path, dir.path());
    }
    let db = Database::open(&path).unwrap();
    let rows = corpus(&db);
    let asked = queries(&rows, 1000);
    let fts_path = dir.path().join("fts5.sqlite");

    // Ours, as an anonymous visitor's page: visibility judged per candidate.
    let mut ours = Vec::with_capacity(asked.len());
    let (mut ours_found, mut read, mut cut) = (0, 0usize, 0);
    // The slowest queries of the last round: time, query, and candidates read, judged (their
    // item read for the viewer), results, cut.
    let mut slowest: Vec<(Duration, String, Tally)> = Vec::new();
    let mut judged_all = 0usize;
    for round in 0..2 {
        ours.clear();
        for a in &asked {
            let started = Instant::now();
            let txn = db.begin_read().unwrap();
            let items = txn.open_table(ITEMS).unwrap();
            let users_t = txn.open_table(USERS).unwrap();
            let privacy_t = txn.open_table(PROFILE_PRIVACY).unwrap();
            let mut judged = 0usize;
            let mut judge = |id: u64| {
                judged += 1;
                let Some(v) = items.get(id)? else {
                    return Ok(None);
                };
                let item = Item::decode(v.value())?;
                let owner_active = match users_t.get(item.owner.0)? {
                    Some(u) => User::decode(u.value())?.is_active,
                    None => false,
                };
                // A visitor is shown the names of public profiles.
                let privacy = privacy_t.get(item.owner.0)?;
                let privacy = privacy.map_or_else(ProfilePrivacy::default, |p| {
                    ProfilePrivacy::unpacked(p.value())
                });
                Ok(
                    item_visible(None, &item, owner_active, |_| false).then_some(Seen {
                        available: item.status == comuniza::domain::choice::ItemStatus::Available,
                        owner_named: seen_by_visitors(privacy),
                    }),
                )
            };
            let found =
                search(&txn, Kind::Item, &a.text, (1, 20), &mut Visitor(&mut judge)).unwrap();
            let took = started.elapsed();
            ours.push(took);
            if round == 1 {
                judged_all += judged;
                let what = (found.read, judged, found.ids.len(), found.cut);
                slowest.push((took, a.text.clone(), what));
                ours_found += usize::from(!found.ids.is_empty());
                read += found.read;
                cut += usize::from(found.cut);
            }
        }
    }
    if std::env::var("COMUNIZA_BENCH_FTS").is_ok_and(|v| v == "0") {
        println!(
            "  ours: p50 {:?} p99 {:?}; {ours_found} with results; {:.0} candidates read and {:.0} judged a query; {cut} stopped at the read limit (FTS5 skipped)",
            percentile(&sorted(&ours), 0.5),
            percentile(&sorted(&ours), 0.99),
            read as f64 / asked.len() as f64,
            judged_all as f64 / asked.len() as f64
        );
        slowest.sort_by_key(|s| std::cmp::Reverse(s.0));
        for (took, text, (read, judged, found, cut)) in slowest.iter().take(12) {
            println!("  slow: {took:>10.1?} {text:?}: {read} read, {judged} judged, {found} found, cut {cut}");
        }
        return;
    }
    let (conn, built) = build_fts(&rows, &fts_path);
    let fts_bytes = std::fs::metadata(&fts_path).unwrap().len();
    let mut fts = Vec::with_capacity(asked.len());
    let mut fts_found = 0;
    let mut stmt = conn
        .prepare("SELECT rowid FROM items WHERE items MATCH ?1 AND visible = 1 ORDER BY bm25(items, 3.0, 1.0, 2.0, 1.0) LIMIT 20")
        .unwrap();
    for round in 0..2 {
        fts.clear();
        for a in &asked {
            let started = Instant::now();
            let ids: Vec<i64> = stmt
                .query_map([&a.fts], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            fts.push(started.elapsed());
            if round == 1 {
                fts_found += usize::from(!ids.is_empty());
            }
        }
    }
    ours.sort_unstable();
    fts.sort_unstable();
    let file = std::fs::metadata(&path).unwrap().len();
    let index = index_bytes(&db);
    println!(
        "search/{users}: {} items, {} queries",
        rows.len(),
        asked.len()
    );
    println!(
        "  ours: p50 {:?} p99 {:?} max {:?}; {ours_found} with results; {:.0} candidates read a query; {cut} stopped at the read limit",
        percentile(&ours, 0.5),
        percentile(&ours, 0.99),
        ours[ours.len() - 1],
        read as f64 / asked.len() as f64
    );
    println!(
        "  FTS5: p50 {:?} p99 {:?} max {:?}; {fts_found} with results",
        percentile(&fts, 0.5),
        percentile(&fts, 0.99),
        fts[fts.len() - 1]
    );
    println!(
        "  index: ours {:.1} MB in a data file of {:.1} MB ({:.1}% of the rest); FTS5 {:.1} MB, built in {:.1?}",
        index as f64 / 1e6,
        file as f64 / 1e6,
        100.0 * index as f64 / (file - index.min(file)) as f64,
        fts_bytes as f64 / 1e6,
        built
    );
}

/// A copy of the data file at `source` in `dir` whose search index has as many records
/// waiting for its next merge as it ever holds (`FRESH_MAX` - 1 new items, each with the
/// title and description of an item of the community): what every query then reads beside
/// the postings.
fn with_pending(source: &std::path::Path, dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("pending.redb");
    std::fs::copy(source, &path).unwrap();
    let db = Database::create(&path).unwrap();
    let rows = corpus(&db);
    let owner = rows.iter().find_map(|r| {
        let txn = db.begin_read().unwrap();
        let item = Item::decode(txn.open_table(ITEMS).unwrap().get(r.id).unwrap()?.value());
        Some(item.unwrap().owner)
    });
    let mut memo = Memo::new(Default::default());
    let mut lcg = Lcg(11);
    for _ in 1..FRESH_MAX {
        let r = &rows[lcg.next(rows.len())];
        let f = ItemFields {
            title: r.title.clone(),
            description: r.body.clone(),
            ..item_fields()
        };
        alone(&db, &mut memo, owner.unwrap(), &CreateItem(f).into());
    }
    let txn = db.begin_read().unwrap();
    let fresh = txn.open_table(SEARCH_FRESH).unwrap();
    assert_eq!(fresh.len().unwrap(), FRESH_MAX - 1);
    path
}

/// One command alone in a transaction with its commit (no fsync).
fn alone(db: &Database, memo: &mut Memo, actor: UserId, cmd: &Command) -> Duration {
    let started = Instant::now();
    let mut txn = db.begin_write().unwrap();
    txn.set_durability(Durability::None).unwrap();
    {
        let mut w = W::open(&txn, comuniza::domain::time::now()).unwrap();
        apply(&mut w, memo, Actor::User(actor), cmd).unwrap();
    }
    txn.commit().unwrap();
    started.elapsed()
}

/// A public item in no group, available, to be given a title and a description.
fn item_fields() -> ItemFields {
    ItemFields {
        title: String::new(),
        description: String::new(),
        category: None,
        condition: comuniza::domain::choice::Condition::Good,
        status: comuniza::domain::choice::ItemStatus::Available,
        max_loan_days: 7,
        visibility: comuniza::domain::choice::Visibility::Public,
        groups: vec![],
    }
}

fn run_writes(users: u64) {
    let source = support::imported("community", users);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("writes.redb");
    std::fs::copy(&source, &path).unwrap();
    let db = Database::create(&path).unwrap();
    let mut memo = Memo::new(Default::default());
    // Owners: the first active users.
    let owners: Vec<UserId> = {
        let txn = db.begin_read().unwrap();
        let t = txn.open_table(USERS).unwrap();
        t.iter()
            .unwrap()
            .filter_map(|r| {
                let (k, v) = r.unwrap();
                User::decode(v.value())
                    .unwrap()
                    .is_active
                    .then_some(UserId(k.value()))
            })
            .take(64)
            .collect()
    };
    const N: usize = 2000;
    let fields = |n: usize| ItemFields {
        title: format!("Cordless drill {n}"),
        description: "Two batteries and a case. Please return it clean.".into(),
        ..item_fields()
    };
    // With `measure-index-off`, twice the writes, in turns of 50 with the index and 50
    // without; `[with, without]` each.
    let turns = if cfg!(feature = "measure-index-off") {
        2
    } else {
        1
    };
    let mut made = Vec::with_capacity(N);
    let mut create = [Duration::ZERO; 2];
    for n in 0..N * turns {
        let off = without_index(n);
        let owner = owners[n % owners.len()];
        let started = Instant::now();
        let mut txn = db.begin_write().unwrap();
        txn.set_durability(Durability::None).unwrap();
        let id = {
            let mut w = W::open(&txn, comuniza::domain::time::now()).unwrap();
            apply(
                &mut w,
                &mut memo,
                Actor::User(owner),
                &CreateItem(fields(n)).into(),
            )
            .unwrap()
        };
        txn.commit().unwrap();
        create[usize::from(off)] += started.elapsed();
        if !off {
            made.push((owner, ItemId(id)));
        }
    }
    let mut edit = [Duration::ZERO; 2];
    for (n, (owner, item)) in made.iter().enumerate() {
        let off = without_index(n);
        let mut f = fields(n);
        f.title = format!("Sturdy ladder {n}");
        let cmd = UpdateItem {
            item: *item,
            fields: f,
            is_active: true,
        }
        .into();
        edit[usize::from(off)] += alone(&db, &mut memo, *owner, &cmd);
    }
    without_index(0);
    let mean = |d: Duration, n: usize| d.as_secs_f64() * 1e6 / n as f64;
    if turns == 1 {
        println!(
            "writes/{users}: an item shared {:.1} µs, its title edited {:.1} µs (mean of {N}, each alone with its commit, no fsync)",
            mean(create[0], N),
            mean(edit[0], N)
        );
    } else {
        let (created, edited) = (N, N / 2);
        println!(
            "writes/{users}, side by side: an item shared {:.1} µs with the index, {:.1} µs without it ({:.2}x); its title edited {:.1} µs, {:.1} µs ({:.2}x)",
            mean(create[0], created),
            mean(create[1], created),
            create[0].as_secs_f64() / create[1].as_secs_f64(),
            mean(edit[0], edited),
            mean(edit[1], edited),
            edit[0].as_secs_f64() / edit[1].as_secs_f64()
        );
    }
}

/// Whether write `n` of a series goes without the items' index: never, but in the
/// side-by-side series of `measure-index-off`, where turns of 50 with it and 50 without
/// alternate (the hook is switched here for the write).
fn without_index(n: usize) -> bool {
    let off = cfg!(feature = "measure-index-off") && (n / 50) % 2 == 1;
    #[cfg(feature = "measure-index-off")]
    comuniza::views::search::maintain::SKIP_ITEMS_FOR_MEASURING
        .store(off, std::sync::atomic::Ordering::Relaxed);
    off
}

fn main() {
    for users in support::sizes("10000") {
        if selected("queries") {
            run_queries(users);
        }
        if selected("writes") {
            run_writes(users);
        }
    }
}
