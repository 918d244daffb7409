//! Opening the data file, for the server and for every command, with the two situations a host
//! meets named plainly instead of redb's own words:
//! - a running server holds the file (redb's lock): "stop the server first", with what to run
//!   instead where there is another way;
//! - the file was not closed cleanly (the server was killed, or the power went): redb repairs
//!   it on a writable open. A read-only open cannot repair, so the commands that only read
//!   (`verify`, `export`, `backup`) repair it first with a writable open, then read. Either way
//!   the repair is logged in one line with its duration.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

use redb::{Builder, Database, DatabaseError, ReadOnlyDatabase};

use super::StoreError;

/// Why the data file could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error(
        "{0} is in use by a running Comuniza server: stop the server first (Ctrl-C, SIGTERM, \
         or `systemctl stop comuniza`)"
    )]
    Held(PathBuf),
    #[error("{0} does not exist (check --data or COMUNIZA_DATA)")]
    Missing(PathBuf),
    #[error("{path}: {source}")]
    Store { path: PathBuf, source: StoreError },
}

impl OpenError {
    /// Names `path` in a failure to open it or set it up.
    pub fn of(path: &Path, e: impl Into<StoreError>) -> OpenError {
        let e = e.into();
        match e {
            StoreError::Database(DatabaseError::DatabaseAlreadyOpen) => {
                OpenError::Held(path.to_path_buf())
            }
            StoreError::Database(DatabaseError::Storage(redb::StorageError::Io(io)))
                if io.kind() == std::io::ErrorKind::NotFound =>
            {
                OpenError::Missing(path.to_path_buf())
            }
            StoreError::Io(io) if io.kind() == std::io::ErrorKind::NotFound => {
                OpenError::Missing(path.to_path_buf())
            }
            source => OpenError::Store {
                path: path.to_path_buf(),
                source,
            },
        }
    }

    /// Whether a running server holds the file.
    pub fn is_held(&self) -> bool {
        matches!(self, OpenError::Held(_))
    }

    /// Whether the file opened but redb cannot read it (damaged, or not a data file at all),
    /// as opposed to the system refusing it (permissions, I/O errors, a held lock).
    pub fn is_unreadable(&self) -> bool {
        use redb::StorageError as S;
        let system = |io: &std::io::Error| io.kind() != std::io::ErrorKind::InvalidData;
        match self {
            OpenError::Store { source, .. } => match source {
                // redb says "not a redb database" as invalid data.
                StoreError::Io(io) | StoreError::Database(DatabaseError::Storage(S::Io(io))) => {
                    !system(io)
                }
                StoreError::Database(DatabaseError::DatabaseAlreadyOpen) => false,
                _ => true,
            },
            _ => false,
        }
    }
}

/// A builder with `cache_bytes` of page cache whose repairs are noted in `repaired`.
fn builder(cache_bytes: usize, repaired: &Arc<AtomicBool>) -> Builder {
    let mut b = Database::builder();
    b.set_cache_size(cache_bytes);
    let flag = repaired.clone();
    b.set_repair_callback(move |_| flag.store(true, Ordering::Relaxed));
    b
}

fn log_repair(path: &Path, started: Instant) {
    tracing::warn!(
        "{} was not closed cleanly (the server was stopped abruptly); repaired it in {:.2} s",
        path.display(),
        started.elapsed().as_secs_f64()
    );
}

/// The layout of notifications this release writes, kept in `meta` under
/// [`NOTICE_LAYOUT_KEY`]: 2 has the member a join request's conversation is with and the head
/// row after a member's notifications. Notifications are only as old as that layout.
pub const NOTICE_LAYOUT: u64 = 2;
pub const NOTICE_LAYOUT_KEY: &str = "notice_layout";

/// Marks the file with this release's notification layout. A file with notifications and no
/// mark was written by a development build before it: its notifications, which this release
/// cannot read, are dropped (they were only ever news). Answers how many were. Part of the
/// transaction that opens a file for writing.
pub fn settle_notice_layout(txn: &redb::WriteTransaction) -> Result<u64, crate::store::StoreError> {
    use crate::store::tables::{META, NOTICES};
    use redb::{ReadableTable, ReadableTableMetadata};
    if txn.open_table(META)?.get(NOTICE_LAYOUT_KEY)?.is_some() {
        return Ok(0);
    }
    let dropped = {
        let mut notices = txn.open_table(NOTICES)?;
        let n = notices.len()?;
        if n > 0 {
            notices.retain(|_, _| false)?;
        }
        n
    };
    txn.open_table(META)?
        .insert(NOTICE_LAYOUT_KEY, NOTICE_LAYOUT)?;
    Ok(dropped)
}

/// Opens (or creates, when `create`) the file for writing, repairing it when it was not
/// closed cleanly (logged with the time it took).
pub fn open_writable(path: &Path, cache_bytes: usize, create: bool) -> Result<Database, OpenError> {
    let repaired = Arc::new(AtomicBool::new(false));
    let started = Instant::now();
    let b = builder(cache_bytes, &repaired);
    let db = if create { b.create(path) } else { b.open(path) };
    let db = db.map_err(|e| OpenError::of(path, e))?;
    if repaired.load(Ordering::Relaxed) {
        log_repair(path, started);
    }
    Ok(db)
}

/// Opens the file to read only. A file that was not closed cleanly is repaired first (which
/// needs a writable open, so it is done only when no server holds the file).
pub fn open_read_only(path: &Path, cache_bytes: usize) -> Result<ReadOnlyDatabase, OpenError> {
    let read_only = |b: &Builder| b.open_read_only(path);
    let unused = Arc::new(AtomicBool::new(false));
    match read_only(&builder(cache_bytes, &unused)) {
        Err(DatabaseError::RepairAborted) => {
            // redb's recovery is a writer's job: open once for writing to run it, close, and
            // read the repaired file.
            drop(open_writable(path, cache_bytes, false)?);
            read_only(&builder(cache_bytes, &unused)).map_err(|e| OpenError::of(path, e))
        }
        opened => opened.map_err(|e| OpenError::of(path, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CACHE: usize = 1 << 20;

    #[test]
    fn notifications_of_an_older_layout_are_dropped_once_and_new_files_are_marked() {
        use crate::store::tables::NOTICES;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("layout.redb");
        let db = open_writable(&path, CACHE, true).unwrap();
        {
            let txn = db.begin_write().unwrap();
            let mut t = txn.open_table(NOTICES).unwrap();
            t.insert((7, 0), [3u8; 16].as_slice()).unwrap();
            t.insert((7, 1), [1u8, 2, 3].as_slice()).unwrap();
            drop(t);
            txn.commit().unwrap();
        }
        let settle = |db: &Database| {
            let txn = db.begin_write().unwrap();
            let dropped = settle_notice_layout(&txn).unwrap();
            txn.commit().unwrap();
            dropped
        };
        assert_eq!(settle(&db), 2);
        let txn = db.begin_write().unwrap();
        txn.open_table(NOTICES)
            .unwrap()
            .insert((7, 1), [1u8].as_slice())
            .unwrap();
        txn.commit().unwrap();
        assert_eq!(settle(&db), 0, "a marked file keeps its notifications");
    }

    #[test]
    fn a_reader_keeps_a_server_out_and_a_server_keeps_readers_out() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lock.redb");
        drop(open_writable(&path, CACHE, true).unwrap());
        let reader = open_read_only(&path, CACHE).unwrap();
        let refused = open_writable(&path, CACHE, false).unwrap_err();
        assert!(refused.is_held(), "{refused}");
        assert!(refused.to_string().contains("stop the server first"));
        drop(reader);
        let server = open_writable(&path, CACHE, false).unwrap();
        let refused = open_read_only(&path, CACHE).err().expect("refused");
        assert!(refused.is_held(), "{refused}");
        drop(server);
        assert!(open_read_only(&path, CACHE).is_ok());
    }

    #[test]
    fn a_missing_file_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nothing.redb");
        let e = open_read_only(&path, CACHE).err().expect("refused");
        assert!(matches!(e, OpenError::Missing(_)), "{e:?}");
        assert!(e.to_string().contains("nothing.redb does not exist"));
        assert!(!path.exists(), "a read never creates the file");
    }
}
