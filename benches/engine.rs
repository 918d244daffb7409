//! Engine micro-benchmarks on communities from `gen_community.py`:
//! - `loan_return/N`: one return confirmed, with every view it updates (figures, three boards,
//!   histogram, badges), inside a transaction, excluding the commit's fsync;
//! - `request_cancel/N`: a loan request and its withdrawal, each alone in a transaction with
//!   its tables opened and its commit (no fsync), as the writer runs lone writes;
//! - `rank_lookup/N` and `top20_read/N`: the reads a leaderboard needs;
//! - `group_board_read/N`, `group_month_read/N` and `group_rank_lookup/N`: the largest
//!   group's lending board, all time and this month (top 20, from a fresh snapshot), and a
//!   rank on its all-time trust board;
//! - `group_commit`: durable commands per second from 64 concurrent callers;
//! - `month_close/N`: a month's close (its hall of fame), on a copy whose period boards are
//!   counted as of May 2025, when the generated community still lends.
//!
//! Sizes: `COMUNIZA_BENCH_USERS=1000,1000000` (default 1000). Fixtures and imported data files
//! are kept in `COMUNIZA_BENCH_DIR` (default `target/bench-data`) and made when missing.

mod support;

use comuniza::domain::records::LoanId;
use comuniza::domain::records::{Item, ItemId, UserId};
use std::sync::Arc;
use std::time::{Duration, Instant};

use comuniza::cache::Capacities;
use comuniza::domain::boards::Board;
use comuniza::domain::choice::{ItemStatus, PointsKind, Visibility};
use comuniza::domain::loan::LoanAction;
use comuniza::domain::periods::{Period, Span};
use comuniza::engine::Engine;
use comuniza::store::codec::Stored;
use comuniza::store::commands::{apply, Actor, Command};
use comuniza::store::commands::{AdjustPoints, CreateUser, LoanStep, RequestLoan};
use comuniza::store::tables::{BOARDS, ITEMS, OPEN_LOANS, PERIOD_BOARDS};
use comuniza::store::tx::W;
use comuniza::views::maintain::Memo;
use comuniza::views::periods::{slot, ALL_TIME};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use redb::{Database, Durability, ReadableDatabase, ReadableTable};

/// `n` available public items of different owners, each with a borrower who is not its owner.
fn lendable(db: &Database, n: usize) -> Vec<(u64, u64, u64)> {
    let mut out: Vec<(u64, u64, u64)> = Vec::new();
    let txn = db.begin_read().unwrap();
    let users = txn.open_table(comuniza::store::tables::USERS).unwrap();
    let active = |id: u64| {
        users.get(id).unwrap().is_some_and(|v| {
            comuniza::domain::records::User::decode(v.value())
                .unwrap()
                .is_active
        })
    };
    let borrowers: Vec<u64> = (2..100).filter(|id| active(*id)).take(2).collect();
    let items = txn.open_table(ITEMS).unwrap();
    let open = txn.open_table(OPEN_LOANS).unwrap();
    for entry in items.iter().unwrap() {
        let (id, v) = entry.unwrap();
        let item = Item::decode(v.value()).unwrap();
        let free = open.get(id.value()).unwrap().is_none();
        if free
            && item.is_active
            && item.visibility == Visibility::Public
            && item.status == ItemStatus::Available
            && active(item.owner.0)
        {
            let borrower = if item.owner == UserId(borrowers[0]) {
                borrowers[1]
            } else {
                borrowers[0]
            };
            if out.iter().all(|(_, owner, _)| *owner != item.owner.0) {
                out.push((id.value(), item.owner.0, borrower));
            }
            if out.len() == n {
                return out;
            }
        }
    }
    panic!("not enough lendable items");
}

fn run(
    db: &Database,
    memo: &mut Memo,
    durability: Durability,
    cmds: &[(u64, Command)],
) -> Duration {
    let mut txn = db.begin_write().unwrap();
    txn.set_durability(durability).unwrap();
    let mut spent = Duration::ZERO;
    {
        let mut w = W::open(&txn, comuniza::domain::time::now()).unwrap();
        for (actor, cmd) in cmds {
            let t = Instant::now();
            apply(&mut w, memo, Actor::User(UserId(*actor)), cmd).unwrap();
            spent += t.elapsed();
        }
    }
    txn.commit().unwrap();
    spent
}

fn loan_return(c: &mut Criterion) {
    let mut group = c.benchmark_group("loan_return");
    for users in support::sizes("1000") {
        let path = support::imported("community", users);
        let db = Database::create(&path).unwrap();
        let lendables = lendable(&db, 16);
        let rules = {
            let txn = db.begin_read().unwrap();
            comuniza::store::commands::load_rules(
                &txn.open_table(comuniza::store::tables::ACHIEVEMENTS)
                    .unwrap(),
                &txn.open_table(comuniza::store::tables::BADGES).unwrap(),
            )
            .unwrap()
        };
        let mut memo = Memo::new(rules);
        // Returns are timed in batches of RETURNS in one transaction, as the writer applies
        // them under load; the time reported is per return.
        const RETURNS: u64 = 16;
        group.throughput(Throughput::Elements(1));
        group.bench_function(BenchmarkId::from_parameter(users), |b| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                let mut done = 0;
                while done < iters {
                    let n = RETURNS.min(iters - done);
                    // Not timed: loans up to their hand-over, one item each.
                    let mut txn = db.begin_write().unwrap();
                    txn.set_durability(Durability::None).unwrap();
                    let mut returns = Vec::new();
                    {
                        let mut w = W::open(&txn, comuniza::domain::time::now()).unwrap();
                        for &(item, lender, borrower) in &lendables[..n as usize] {
                            let req = RequestLoan {
                                item: ItemId(item),
                                group: None,
                                message: String::new(),
                            }
                            .into();
                            let loan =
                                apply(&mut w, &mut memo, Actor::User(UserId(borrower)), &req)
                                    .unwrap();
                            for action in [LoanAction::Approve, LoanAction::HandOver] {
                                let cmd = LoanStep {
                                    loan: LoanId(loan),
                                    action,
                                }
                                .into();
                                apply(&mut w, &mut memo, Actor::User(UserId(lender)), &cmd)
                                    .unwrap();
                            }
                            let ret = LoanStep {
                                loan: LoanId(loan),
                                action: LoanAction::ConfirmReturn,
                            }
                            .into();
                            returns.push((lender, ret));
                        }
                    }
                    txn.commit().unwrap();
                    // Timed: the returns with all their view updates.
                    spent += run(&db, &mut memo, Durability::None, &returns);
                    done += n;
                }
                spent
            })
        });
        // Leave the file as durable as it was found.
        let mut txn = db.begin_write().unwrap();
        txn.set_durability(Durability::Immediate).unwrap();
        txn.commit().unwrap();
    }
    group.finish();
}

/// One command in a transaction of its own, as the writer runs a lone write: the tables
/// opened, the command, the commit (without the fsync).
fn alone(db: &Database, memo: &mut Memo, actor: u64, cmd: &Command) -> u64 {
    let mut txn = db.begin_write().unwrap();
    txn.set_durability(Durability::None).unwrap();
    let id = {
        let mut w = W::open(&txn, comuniza::domain::time::now()).unwrap();
        apply(&mut w, memo, Actor::User(UserId(actor)), cmd).unwrap()
    };
    txn.commit().unwrap();
    id
}

/// `request_cancel/N`: a loan request and its withdrawal, each alone in its transaction (the
/// HTTP benchmark's mixed writes, without HTTP and the fsync); each tells the item's owner.
fn request_cancel(c: &mut Criterion) {
    let mut group = c.benchmark_group("request_cancel");
    for users in support::sizes("1000") {
        let path = support::imported("community", users);
        let db = Database::create(&path).unwrap();
        let lendables = lendable(&db, 16);
        let mut memo = Memo::new(Default::default());
        group.throughput(Throughput::Elements(2));
        let mut i = 0;
        group.bench_function(BenchmarkId::from_parameter(users), |b| {
            b.iter(|| {
                let (item, _, borrower) = lendables[i % lendables.len()];
                i += 1;
                let req = RequestLoan {
                    item: ItemId(item),
                    group: None,
                    message: String::new(),
                };
                let loan = alone(&db, &mut memo, borrower, &req.into());
                let cancel = LoanStep {
                    loan: LoanId(loan),
                    action: LoanAction::Cancel,
                };
                alone(&db, &mut memo, borrower, &cancel.into())
            })
        });
        let mut txn = db.begin_write().unwrap();
        txn.set_durability(Durability::Immediate).unwrap();
        txn.commit().unwrap();
    }
    group.finish();
}

fn reads(c: &mut Criterion) {
    for users in support::sizes("1000") {
        let engine = Engine::open(
            &support::imported("community", users),
            Capacities::default(),
        )
        .unwrap();
        let scores: Vec<i64> = (0..1024).map(|i| (i * 7919) % 400 - 50).collect();
        let mut i = 0;
        c.bench_function(&format!("rank_lookup/{users}"), |b| {
            b.iter(|| {
                i = (i + 1) % scores.len();
                engine.standings.standing(Board::Overall, scores[i])
            })
        });
        c.bench_function(&format!("top20_read/{users}"), |b| {
            b.iter(|| {
                let txn = engine.db.begin_read().unwrap();
                let t = txn.open_table(BOARDS[Board::Lending.index()]).unwrap();
                let mut n = 0;
                for entry in t.iter().unwrap().take(20) {
                    let (k, v) = entry.unwrap();
                    n += k.value().1 as usize + v.value().len();
                }
                n
            })
        });
        // The largest group (most members on its all-time trust board). Its boards of this
        // month are read as its all-time ones are (the same rows, keyed by their period), but
        // a generated community's returns all lie in its past: the all-time boards are full.
        let group = largest_group(&engine.db);
        let snap = engine.snapshot().unwrap();
        let month = Span::of(Period::Month, snap.now(), &snap.site_zone().unwrap());
        drop(snap);
        for (name, at) in [
            ("group_board_read", ALL_TIME),
            ("group_month_read", slot(month)),
        ] {
            c.bench_function(&format!("{name}/{users}"), |b| {
                b.iter(|| {
                    let snap = engine.snapshot().unwrap();
                    let top = snap.period_top(Board::Lending, at, group, 20).unwrap();
                    top.len()
                })
            });
        }
        let key = (
            Board::Reputation.index() as u8,
            ALL_TIME.0,
            ALL_TIME.1,
            group,
        );
        c.bench_function(&format!("group_rank_lookup/{users}"), |b| {
            b.iter(|| {
                i = (i + 1) % scores.len();
                let s = engine.standings.period_standing(&engine.db, key, scores[i]);
                s.unwrap().0.rank
            })
        });
    }
}

/// The group with the most members on its all-time trust board (0, the site, when none).
fn largest_group(db: &Database) -> u64 {
    let t = db.begin_read().unwrap().open_table(PERIOD_BOARDS).unwrap();
    let b = Board::Reputation.index() as u8;
    let (p, start) = ALL_TIME;
    let mut counts: std::collections::HashMap<u64, u64> = std::collections::HashMap::new();
    let rows = (b, p, start, 1, 0, 0)..=(b, p, start, u64::MAX, u64::MAX, u64::MAX);
    for row in t.range(rows).unwrap() {
        *counts.entry(row.unwrap().0.value().3).or_default() += 1;
    }
    let (group, members) = counts.into_iter().max_by_key(|c| c.1).unwrap_or((0, 0));
    eprintln!("the largest group: {group}, {members} members");
    group
}

fn group_commit(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let engine = Engine::open(&dir.path().join("bench.redb"), Capacities::default()).unwrap();
    let w = &engine.writer;
    let staff = w
        .run_blocking(
            Actor::System,
            CreateUser {
                username: "staff".into(),
                email: "staff@example.org".into(),
                first_name: String::new(),
                last_name: String::new(),
                password: "!".into(),
                is_staff: true,
            },
        )
        .unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let engine = Arc::new(engine);
    let mut group = c.benchmark_group("group_commit");
    const CALLERS: u64 = 64;
    group.throughput(Throughput::Elements(CALLERS));
    group.sample_size(20);
    group.bench_function("64_callers", |b| {
        b.iter(|| {
            runtime.block_on(async {
                let mut joins = Vec::new();
                for _ in 0..CALLERS {
                    let writer = engine.writer.clone();
                    joins.push(tokio::spawn(async move {
                        let cmd = AdjustPoints {
                            user: UserId(staff),
                            kind: PointsKind::Bonus,
                            points: 1,
                            description: "bench".into(),
                        };
                        writer.run(Actor::User(UserId(staff)), cmd).await.unwrap()
                    }));
                }
                for j in joins {
                    j.await.unwrap();
                }
            })
        })
    });
    group.finish();
}

/// A month's close (hall of fame: the first three of every board of the site and of each
/// group), in a transaction dropped each time. The community's returns all lie before May 2025:
/// its period boards are counted as of May 20, 2025 (on a copy), and May is closed on June 1.
fn month_close(c: &mut Criterion) {
    use comuniza::domain::time::parse_datetime;
    for users in support::sizes("1000") {
        let path = support::imported("community", users);
        // Named after the imported file, so that a new import format makes a new copy.
        let name = path.file_name().unwrap().to_string_lossy();
        let copy = path.with_file_name(format!("month-close-{name}"));
        let may = parse_datetime("2025-05-20T12:00:00Z").unwrap();
        // Made when this bench is chosen, not when another is: a copy of the whole file.
        let mut db: Option<Database> = None;
        let mut open = || {
            if !copy.exists() {
                std::fs::copy(&path, &copy).unwrap();
                let db = Database::create(&copy).unwrap();
                let txn = db.begin_write().unwrap();
                comuniza::views::periods::rebuild(&txn, may).unwrap();
                txn.commit().unwrap();
            }
            Database::create(&copy).unwrap()
        };
        let june = parse_datetime("2025-06-01T00:10:00Z").unwrap();
        let mut group = c.benchmark_group("month_close");
        group.sample_size(10);
        group.bench_function(BenchmarkId::from_parameter(users), |b| {
            let db = db.get_or_insert_with(&mut open);
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    let txn = db.begin_write().unwrap();
                    let mut w = W::open(&txn, june).unwrap();
                    let mut memo = Memo::default();
                    let t = Instant::now();
                    comuniza::store::commands::close_periods(&mut w, &mut memo).unwrap();
                    spent += t.elapsed();
                    drop(w);
                    txn.abort().unwrap();
                }
                spent
            })
        });
        group.finish();
    }
}

criterion_group!(
    benches,
    loan_return,
    request_cancel,
    reads,
    group_commit,
    month_close
);
criterion_main!(benches);
