//! The running engine: the open data file, L1, the live ranks and the writer, shared by the
//! server, the CLI, tests and benches.

use std::path::Path;
use std::sync::Arc;

use redb::{Database, ReadableDatabase};

use crate::cache::{Capacities, L1};
use crate::store::writer::{Writer, WriterStats};
use crate::store::StoreError;
use crate::views::standings::Standings;

#[derive(Clone)]
pub struct Engine {
    pub db: Arc<Database>,
    pub l1: Arc<L1>,
    pub standings: Arc<Standings>,
    pub writer: Writer,
    pub stats: Arc<WriterStats>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine").finish_non_exhaustive()
    }
}

/// redb's page cache for the server and the commands, in bytes.
pub const CACHE_BYTES: usize = 256 << 20;

/// Opens (or creates) the data file with every table present.
pub fn open_database(path: &Path) -> Result<Database, StoreError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let db = Database::builder()
        .set_cache_size(CACHE_BYTES)
        .create(path)?;
    // Creating every table once lets readers open them without a "does not exist" case.
    let txn = db.begin_write()?;
    crate::store::tx::W::open(&txn, 0)?;
    txn.commit()?;
    Ok(db)
}

impl Engine {
    pub fn open(path: &Path, caps: Capacities) -> Result<Engine, StoreError> {
        Engine::start(Arc::new(open_database(path)?), caps)
    }

    pub fn start(db: Arc<Database>, caps: Capacities) -> Result<Engine, StoreError> {
        let standings = Arc::new(Standings::load(&db.begin_read()?)?);
        let l1 = Arc::new(L1::new(caps));
        let stats = Arc::new(WriterStats::default());
        let (writer, _thread) =
            Writer::start(db.clone(), l1.clone(), standings.clone(), stats.clone())?;
        Ok(Engine {
            db,
            l1,
            standings,
            writer,
            stats,
        })
    }
}
