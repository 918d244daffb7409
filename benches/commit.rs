//! What a durable commit costs in CPU on this machine, by the number of commands sharing it
//! (`cargo bench --bench commit`). The writer's group commit and its linger (see
//! `src/store/writer.rs`) are tuned from these figures: on a virtual disk, the `fdatasync` of a
//! commit is CPU time the reads lose.
//!
//! Each row applies batches of k loan requests (a borrower asking for k different items) in one
//! transaction with `Durability::Immediate`, on a copy of the imported community
//! (`COMUNIZA_BENCH_USERS`, default 100000). CPU is the thread's own time on CPU
//! (`/proc/thread-self/schedstat`), so the load of other processes does not count.

#[path = "support/mod.rs"]
mod support;

use comuniza::domain::records::ItemId;
use comuniza::domain::records::UserId;
use std::time::Instant;

use comuniza::domain::time;
use comuniza::store::commands::RequestLoan;
use comuniza::store::commands::{apply, Actor};
use comuniza::store::tx::W;
use comuniza::views::maintain::Memo;
use redb::{Database, Durability};

/// Requests per row: enough for a stable mean, few enough for the items of a small community.
const REQUESTS: usize = 320;
/// The borrower: the community's staff admin (gen_community.py makes pk 1).
const BORROWER: u64 = 1;

fn thread_cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// Applies one loan request for the next item it may borrow after `item`; returns that item.
fn request_next(w: &mut W<'_>, memo: &mut Memo, mut item: u64) -> u64 {
    loop {
        item += 1;
        let cmd = RequestLoan {
            item: ItemId(item),
            group: None,
            message: String::new(),
        }
        .into();
        if apply(w, memo, Actor::User(UserId(BORROWER)), &cmd).is_ok() {
            return item;
        }
    }
}

fn main() {
    for users in support::sizes("100000") {
        let copy = support::bench_dir().join(format!("commit-{users}.redb"));
        std::fs::copy(support::imported("community", users), &copy).expect("copy the data file");
        let db = Database::create(&copy).expect("open the copy");
        // Loan requests award nothing, so no badge rules are needed.
        let mut memo = Memo::new(Default::default());
        let mut item = 0;
        println!("{users} users: CPU and wall time per command of a durable commit");
        println!("{:>6} {:>12} {:>12}", "batch", "CPU us", "wall us");
        for batch in [1usize, 2, 4, 8, 16, 32] {
            let (cpu, wall) = (thread_cpu_ns(), Instant::now());
            for _ in 0..REQUESTS / batch {
                let mut txn = db.begin_write().unwrap();
                txn.set_durability(Durability::Immediate).unwrap();
                {
                    let mut w = W::open(&txn, time::now()).unwrap();
                    for _ in 0..batch {
                        item = request_next(&mut w, &mut memo, item);
                    }
                }
                txn.commit().unwrap();
            }
            let n = (REQUESTS / batch * batch) as f64;
            println!(
                "{batch:>6} {:>12.1} {:>12.1}",
                (thread_cpu_ns() - cpu) as f64 / 1000.0 / n,
                wall.elapsed().as_secs_f64() * 1e6 / n
            );
        }
        drop(db);
        let _ = std::fs::remove_file(&copy);
    }
}
