//! Consistent, verified copies of the data file.
//!
//! A copy is made from one read snapshot, table by table, into a new redb file. Why not copy
//! the file's bytes: redb locks its file, a copy taken during a commit is torn, and even a copy
//! taken between commits looks like a file that was not closed (the next open must repair it).
//! A snapshot copy needs no pause: reads and writes go on, and the copy is exactly the state of
//! one commit. It is also compact (no free pages).
//!
//! The copy is written to `DEST.partial`, made durable, opened read-only and verified (every
//! view recomputed from the records), and only then renamed to `DEST`. A copy that fails
//! anywhere is deleted: a file named `DEST` is always a good backup.

use std::path::{Path, PathBuf};
use std::time::Instant;

use redb::{
    Database, Durability, Key, ReadTransaction, ReadableDatabase, ReadableTable, TableDefinition,
    TableHandle, Value, WriteTransaction,
};

use super::tables::*;
use super::StoreError;

/// What a good backup holds.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct BackupReport {
    pub path: PathBuf,
    pub bytes: u64,
    pub rows: u64,
    pub tables: usize,
    pub seconds: f64,
}

/// The outcome of the last scheduled backup, for the admin panel.
#[derive(Debug, Clone)]
pub struct LastBackup {
    pub at: crate::domain::time::Millis,
    pub result: Result<BackupReport, String>,
}

/// Shared between the schedule and the admin panel.
pub type LastBackupCell = std::sync::Arc<std::sync::Mutex<Option<LastBackup>>>;

/// Scheduled backups: how often, how many to keep, where.
#[derive(Debug, Clone)]
pub struct Schedule {
    pub every: std::time::Duration,
    pub keep: usize,
    pub dir: PathBuf,
}

pub const PREFIX: &str = "comuniza-";
pub const SUFFIX: &str = ".redb";

/// `comuniza-20261124T031500Z.redb` for a time in milliseconds.
pub fn file_name(at: crate::domain::time::Millis) -> String {
    let t = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(at) * 1_000_000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    format!(
        "{PREFIX}{:04}{:02}{:02}T{:02}{:02}{:02}Z{SUFFIX}",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Why a backup was not made.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} exists already (choose another name, or replace it with --force)")]
    Exists(PathBuf),
    #[error("table {0} is unknown to the backup code; the copy would be incomplete")]
    UnknownTable(String),
    #[error("the copy does not verify ({0} differences); it was deleted")]
    Unverified(u64),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<std::io::Error> for BackupError {
    fn from(e: std::io::Error) -> Self {
        BackupError::Store(e.into())
    }
}

macro_rules! from_redb {
    ($($t:ty),*) => {$(
        impl From<$t> for BackupError {
            fn from(e: $t) -> Self {
                BackupError::Store(e.into())
            }
        }
    )*};
}
from_redb!(
    redb::SetDurabilityError,
    redb::DatabaseError,
    redb::TransactionError,
    redb::TableError,
    redb::StorageError,
    redb::CommitError
);

/// Rows per transaction of the copy: the copy's transactions are cut in pieces so that its
/// memory stays flat whatever the size of the community (the source is one snapshot, so the
/// copy is consistent however it is committed; it is only named a backup once complete).
const ROWS_PER_COMMIT: u64 = 100_000;

/// Where a copy is written: its database and the transaction being filled.
struct Target {
    db: Database,
    txn: Option<WriteTransaction>,
    in_txn: u64,
}

impl Target {
    fn txn(&mut self) -> Result<&WriteTransaction, BackupError> {
        if self.txn.is_none() {
            let mut txn = self.db.begin_write()?;
            txn.set_durability(Durability::None)?;
            self.txn = Some(txn);
        }
        Ok(self.txn.as_ref().expect("just set"))
    }

    /// Commits the transaction being filled; `durable` for the last one.
    fn commit(&mut self, durable: bool) -> Result<(), BackupError> {
        if let Some(mut txn) = self.txn.take() {
            if durable {
                txn.set_durability(Durability::Immediate)?;
            }
            txn.commit()?;
        }
        self.in_txn = 0;
        Ok(())
    }
}

/// Copies every row of one table; answers the rows copied.
fn copy<K: Key + 'static, V: Value + 'static>(
    from: &ReadTransaction,
    to: &mut Target,
    def: TableDefinition<K, V>,
    copied: &mut Vec<String>,
) -> Result<u64, BackupError> {
    copied.push(def.name().to_string());
    let source = match from.open_table(def) {
        Ok(t) => t,
        // A table this file never had (an older file): nothing to copy.
        Err(redb::TableError::TableDoesNotExist(_)) => return Ok(0),
        Err(e) => return Err(e.into()),
    };
    let mut rows = 0;
    let mut iter = source.iter()?;
    loop {
        let mut in_txn = to.in_txn;
        let mut full = false;
        {
            let mut target = to.txn()?.open_table(def)?;
            for row in iter.by_ref() {
                let (k, v) = row?;
                target.insert(k.value(), v.value())?;
                rows += 1;
                in_txn += 1;
                if in_txn >= ROWS_PER_COMMIT {
                    full = true;
                    break;
                }
            }
        }
        to.in_txn = in_txn;
        if !full {
            return Ok(rows);
        }
        to.commit(false)?;
    }
}

/// Copies every table of the snapshot `from` into `to`; answers the rows and the tables.
fn copy_all(from: &ReadTransaction, to: &mut Target) -> Result<(u64, usize), BackupError> {
    let mut names = Vec::new();
    let mut rows = 0;
    for def in [
        USERS,
        GROUPS,
        MEMBERSHIPS,
        CATEGORIES,
        ITEMS,
        LOANS,
        REVIEWS,
        BADGES,
        ACHIEVEMENTS,
        USER_BADGES,
        POINTS,
        FIGURES,
    ] {
        rows += copy(from, to, def, &mut names)?;
    }
    rows += copy(from, to, SETTINGS, &mut names)?;
    rows += copy(from, to, META, &mut names)?;
    for def in [USERNAMES, EMAILS, GROUP_SLUGS, BADGE_SLUGS] {
        rows += copy(from, to, def, &mut names)?;
    }
    for def in [
        MEMBERSHIP_BY_GROUP,
        MEMBERSHIP_BY_USER,
        REVIEW_BY_LOAN,
        USER_BADGE_BY_PAIR,
    ] {
        rows += copy(from, to, def, &mut names)?;
    }
    for def in [
        ACHIEVEMENTS_BY_BADGE,
        ITEMS_BY_GROUP,
        ITEMS_BY_OWNER,
        LOANS_BY_USER,
        LOANS_BY_ITEM,
    ] {
        rows += copy(from, to, def, &mut names)?;
    }
    for def in BOARDS {
        rows += copy(from, to, def, &mut names)?;
    }
    rows += copy(from, to, BOARD_HISTOGRAM, &mut names)?;
    rows += copy(from, to, LOCATIONS, &mut names)?;
    rows += copy(from, to, BADGE_TOTALS, &mut names)?;
    for def in [BADGE_EARNERS, USER_BADGE_LIST] {
        rows += copy(from, to, def, &mut names)?;
    }
    rows += copy(from, to, OPEN_LOANS, &mut names)?;
    rows += copy(from, to, OPEN_REQUESTS, &mut names)?;
    for def in [SESSIONS, TOKENS] {
        rows += copy(from, to, def, &mut names)?;
    }
    for def in [SESSIONS_BY_USER, TOKENS_BY_USER] {
        rows += copy(from, to, def, &mut names)?;
    }
    // A table added to the store but not here would be silently missing from every backup.
    for table in from.list_tables()? {
        if !names.iter().any(|n| n == table.name()) {
            return Err(BackupError::UnknownTable(table.name().to_string()));
        }
    }
    Ok((rows, names.len()))
}

/// redb's page cache for the copy being written.
const COPY_CACHE_BYTES: usize = 32 << 20;

/// `DEST.partial`, where a copy is made before it is verified.
fn partial_of(dest: &Path) -> PathBuf {
    let mut name = dest.as_os_str().to_owned();
    name.push(".partial");
    PathBuf::from(name)
}

/// Makes a verified copy of `db` at `dest` (see the module documentation).
pub fn backup(
    db: &impl ReadableDatabase,
    dest: &Path,
    force: bool,
) -> Result<BackupReport, BackupError> {
    let started = Instant::now();
    if dest.exists() && !force {
        return Err(BackupError::Exists(dest.to_path_buf()));
    }
    if let Some(dir) = dest.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let partial = partial_of(dest);
    let _ = std::fs::remove_file(&partial);
    let made = (|| {
        let snapshot = db.begin_read()?;
        let db = Database::builder()
            .set_cache_size(COPY_CACHE_BYTES)
            .create(&partial)?;
        // Owner-only from the start: even a partial copy holds password hashes.
        super::owner_only(&partial)?;
        let mut target = Target {
            db,
            txn: None,
            in_txn: 0,
        };
        let (rows, tables) = copy_all(&snapshot, &mut target)?;
        target.commit(true)?;
        drop(target);
        let check = Database::builder()
            .set_cache_size(COPY_CACHE_BYTES)
            .open_read_only(&partial)?;
        let differences = crate::views::verify::verify(&check)?;
        if differences.count > 0 {
            return Err(BackupError::Unverified(differences.count));
        }
        drop(check);
        std::fs::rename(&partial, dest)?;
        Ok((rows, tables))
    })();
    let (rows, tables) = match made {
        Ok(r) => r,
        Err(e) => {
            let _ = std::fs::remove_file(&partial);
            return Err(e);
        }
    };
    Ok(BackupReport {
        path: dest.to_path_buf(),
        bytes: std::fs::metadata(dest)?.len(),
        rows,
        tables,
        seconds: started.elapsed().as_secs_f64(),
    })
}
