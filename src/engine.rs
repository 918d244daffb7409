//! The running engine: the open data file, L1, the live ranks and the writer, shared by the
//! server, the CLI, tests and benches.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use redb::{Database, ReadableDatabase};

use crate::cache::{Capacities, L1};
use crate::store::open::OpenError;
use crate::store::read::Snapshot;
use crate::store::writer::{Writer, WriterStats};
use crate::store::StoreError;
use crate::views::standings::Standings;

/// A cheap handle (one reference count) on the running engine: axum clones its state several
/// times per request, and a handle of separate `Arc`s cost 5-8% of the server's CPU in
/// reference counting. Its parts are reached through `Deref` (`engine.db`, `engine.writer`).
#[derive(Clone)]
pub struct Engine(Arc<EngineParts>);

pub struct EngineParts {
    pub db: Arc<Database>,
    pub l1: Arc<L1>,
    pub standings: Arc<Standings>,
    pub writer: Writer,
    pub stats: Arc<WriterStats>,
    /// The writer thread, joined by [`Engine::close`].
    writer_thread: Mutex<Option<JoinHandle<()>>>,
}

impl std::ops::Deref for Engine {
    type Target = EngineParts;

    fn deref(&self) -> &EngineParts {
        &self.0
    }
}

/// How long closing waits for the writer to finish its queue.
const CLOSE_WAIT: Duration = Duration::from_secs(10);

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine").finish_non_exhaustive()
    }
}

/// redb's page cache for the server and the commands, in bytes.
pub const CACHE_BYTES: usize = 256 << 20;

/// Opens (or creates) the data file with every table present. A file a server holds is
/// refused naming it; a file left unclean by a crash is repaired, and that is logged.
pub fn open_database(path: &Path) -> Result<Database, OpenError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| OpenError::of(path, e))?;
    }
    let new_file = !path.exists();
    let db = crate::store::open::open_writable(path, CACHE_BYTES, true)?;
    if new_file {
        crate::store::owner_only(path).map_err(|e| OpenError::of(path, e))?;
    }
    // Creating every table once lets readers open them without a "does not exist" case; the
    // same transaction settles the notifications' layout.
    let tables = || -> Result<u64, StoreError> {
        let txn = db.begin_write()?;
        crate::store::tx::W::open(&txn, 0)?.open_all()?;
        let dropped = crate::store::open::settle_notice_layout(&txn)?;
        txn.commit()?;
        Ok(dropped)
    };
    let dropped = tables().map_err(|e| OpenError::of(path, e))?;
    if dropped > 0 {
        tracing::warn!(
            "{}: {dropped} notifications written by a development build in an older layout were dropped",
            path.display()
        );
    }
    // Views computed under older rules (a file from an earlier release) are rebuilt once.
    let started = Instant::now();
    let upgraded = crate::views::rebuild::upgrade(&db, crate::domain::time::now())
        .map_err(|e| OpenError::of(path, e))?;
    if let Some(report) = upgraded {
        tracing::info!(
            "{}: figures and views recomputed under this release's rules for {} users in {:.2} s",
            path.display(),
            report.users,
            started.elapsed().as_secs_f64()
        );
    }
    Ok(db)
}

impl Engine {
    pub fn open(path: &Path, caps: Capacities) -> Result<Engine, OpenError> {
        Engine::start(Arc::new(open_database(path)?), caps).map_err(|e| OpenError::of(path, e))
    }

    /// Closes the data file cleanly before the process exits: drops this handle, lets the
    /// writer commit every command still queued (it stops once every writer handle is gone),
    /// joins its thread (waiting up to 10 s) and drops the last reference to the database.
    /// Without this the next read-only open (`verify`) finds a file that was not closed and
    /// needs repair. Other clones still alive (a leak) keep the writer running: that is logged.
    pub fn close(self) {
        let db = self.db.clone();
        let thread = self.writer_thread.lock().ok().and_then(|mut t| t.take());
        drop(self);
        if let Some(thread) = thread {
            let started = Instant::now();
            while !thread.is_finished() && started.elapsed() < CLOSE_WAIT {
                std::thread::sleep(Duration::from_millis(2));
            }
            if thread.is_finished() {
                let _ = thread.join();
            } else {
                tracing::warn!("the writer is still running at exit (a handle was not dropped)");
            }
        }
        if Arc::strong_count(&db) > 1 {
            tracing::warn!(
                "the data file is still in use at exit; it will be checked at next start"
            );
        }
        drop(db);
    }

    /// A consistent snapshot of the data file, tagged with L1's sequence read just before it
    /// opened (so an L1 entry built from it can never outlive a commit it missed).
    pub fn snapshot(&self) -> Result<Snapshot, StoreError> {
        let seq = self.l1.current_seq();
        Ok(Snapshot::open(&*self.db, seq)?.at(self.writer.clock().now()))
    }

    /// Whether the writer thread is running (for `/readyz`).
    pub fn writer_alive(&self) -> bool {
        self.writer_thread
            .lock()
            .map(|t| t.as_ref().is_some_and(|t| !t.is_finished()))
            .unwrap_or(false)
    }

    pub fn start(db: Arc<Database>, caps: Capacities) -> Result<Engine, StoreError> {
        let standings = Arc::new(Standings::load(&db.begin_read()?)?);
        let l1 = Arc::new(L1::new(caps));
        let stats = Arc::new(WriterStats::default());
        let (writer, thread) =
            Writer::start(db.clone(), l1.clone(), standings.clone(), stats.clone())?;
        Ok(Engine(Arc::new(EngineParts {
            db,
            l1,
            standings,
            writer,
            stats,
            writer_thread: Mutex::new(Some(thread)),
        })))
    }
}
