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
    /// The data file (a backup never goes onto it).
    pub data: PathBuf,
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
    #[error(
        "{0} is the data file itself: a backup must go to another file (writing it would \
         replace the live data file under the server)"
    )]
    IsTheDataFile(PathBuf),
    #[error("table {0} is unknown to the backup code; the copy would be incomplete")]
    UnknownTable(String),
    #[error(
        "the data file's views follow an earlier release's rules: start the server on it once \
         (or run `comuniza rebuild`) and back it up then, or back it up with the release that \
         wrote it"
    )]
    Behind,
    #[error("the copy does not verify ({0} differences); it was deleted")]
    Unverified(u64),
    #[error("reading the data file: {0}")]
    Source(StoreError),
    /// Writing the copy failed (its path is filled in by [`backup`]).
    #[error("writing {}: {source}", path.display())]
    Destination { path: PathBuf, source: StoreError },
}

impl BackupError {
    fn source(e: impl Into<StoreError>) -> BackupError {
        BackupError::Source(e.into())
    }

    /// Names the destination in a failure to write it.
    fn at(self, dest: &Path) -> BackupError {
        match self {
            BackupError::Destination { path, source } if path.as_os_str().is_empty() => {
                BackupError::Destination {
                    path: dest.to_path_buf(),
                    source,
                }
            }
            e => e,
        }
    }
}

/// Anything not marked as a read of the source is a failure of the copy being written.
impl<E: Into<StoreError>> From<E> for BackupError {
    fn from(e: E) -> Self {
        BackupError::Destination {
            path: PathBuf::new(),
            source: e.into(),
        }
    }
}

/// Refuses a destination that is the data file itself, whatever it is called (the same path,
/// a symbolic or hard link to it), or whose partial copy would be: writing either would
/// replace the live file, and a running server would go on writing into the unlinked one.
pub fn check_destination(data: &Path, dest: &Path) -> Result<(), BackupError> {
    check_paths(data, dest, &[dest.to_path_buf(), partial_of(dest)])
}

/// [`check_destination`] for a command that writes `dest` through the files `written` (the
/// export writes `FILE.tmp` and renames it).
pub fn check_paths(data: &Path, dest: &Path, written: &[PathBuf]) -> Result<(), BackupError> {
    use std::os::unix::fs::MetadataExt;
    let Ok(live) = std::fs::metadata(data) else {
        return Ok(());
    };
    let same_inode = |p: &Path| {
        std::fs::metadata(p).is_ok_and(|m| m.dev() == live.dev() && m.ino() == live.ino())
    };
    // A path that does not exist yet names the data file when its folder and name do.
    let resolved = |p: &Path| -> Option<PathBuf> {
        let dir = p.parent().filter(|d| !d.as_os_str().is_empty());
        let dir = dir
            .map_or_else(std::env::current_dir, |d| d.canonicalize())
            .ok()?;
        Some(dir.join(p.file_name()?))
    };
    let live_path = data.canonicalize().ok();
    for p in written {
        if same_inode(p) || (live_path.is_some() && resolved(p) == live_path) {
            return Err(BackupError::IsTheDataFile(dest.to_path_buf()));
        }
    }
    Ok(())
}

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
        Err(e) => return Err(BackupError::source(e)),
    };
    let mut rows = 0;
    let mut iter = source.iter().map_err(BackupError::source)?;
    loop {
        let mut in_txn = to.in_txn;
        let mut full = false;
        {
            let mut target = to.txn()?.open_table(def)?;
            for row in iter.by_ref() {
                let (k, v) = row.map_err(BackupError::source)?;
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
        EXTENSIONS,
        ITEM_DETAILS,
        BADGES,
        ACHIEVEMENTS,
        USER_BADGES,
        POINTS,
        FIGURES,
    ] {
        rows += copy(from, to, def, &mut names)?;
    }
    rows += copy(from, to, SETTINGS, &mut names)?;
    rows += copy(from, to, RENAMED, &mut names)?;
    rows += copy(from, to, STAMPS, &mut names)?;
    rows += copy(from, to, LAST_LOGINS, &mut names)?;
    rows += copy(from, to, EMAIL_ON_LOANS, &mut names)?;
    rows += copy(from, to, PROFILE_PRIVACY, &mut names)?;
    rows += copy(from, to, USER_TIME_ZONES, &mut names)?;
    rows += copy(from, to, USER_LANGUAGES, &mut names)?;
    rows += copy(from, to, BADGE_TEXTS, &mut names)?;
    rows += copy(from, to, NOTICES, &mut names)?;
    rows += copy(from, to, REMINDERS_SENT, &mut names)?;
    rows += copy(from, to, MESSAGES, &mut names)?;
    rows += copy(from, to, REPORTS, &mut names)?;
    rows += copy(from, to, MAIL_CHOICES, &mut names)?;
    rows += copy(from, to, OUTBOX, &mut names)?;
    rows += copy(from, to, OUTBOX_DUE, &mut names)?;
    rows += copy(from, to, DIGEST_WAITING, &mut names)?;
    rows += copy(from, to, DIGEST_DAY, &mut names)?;
    rows += copy(from, to, SITE_KEYS, &mut names)?;
    rows += copy(from, to, PHOTO_BLOBS, &mut names)?;
    rows += copy(from, to, PHOTO_USES, &mut names)?;
    rows += copy(from, to, ITEM_PHOTOS, &mut names)?;
    rows += copy(from, to, AVATARS, &mut names)?;
    rows += copy(from, to, PHOTO_USAGE, &mut names)?;
    rows += copy(from, to, SEARCH_BLOCKS, &mut names)?;
    rows += copy(from, to, SEARCH_TERMS, &mut names)?;
    rows += copy(from, to, SEARCH_DOCS, &mut names)?;
    rows += copy(from, to, SEARCH_FRESH, &mut names)?;
    rows += copy(from, to, FORMER_MEMBERS, &mut names)?;
    rows += copy(from, to, INVITE_LINKS, &mut names)?;
    rows += copy(from, to, INVITE_LINKS_BY_GROUP, &mut names)?;
    rows += copy(from, to, INVITATIONS, &mut names)?;
    rows += copy(from, to, INVITATIONS_BY_GROUP, &mut names)?;
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
    rows += copy(from, to, PERIOD_SCORES, &mut names)?;
    rows += copy(from, to, PERIOD_BOARDS, &mut names)?;
    rows += copy(from, to, HALL_OF_FAME, &mut names)?;
    rows += copy(from, to, HALL_BY_USER, &mut names)?;
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
    for table in from.list_tables().map_err(BackupError::source)? {
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
///
/// `data`, when known, is the data file's path: a destination that is that file is refused.
pub fn backup(
    db: &impl ReadableDatabase,
    data: Option<&Path>,
    dest: &Path,
    force: bool,
) -> Result<BackupReport, BackupError> {
    if let Some(data) = data {
        check_destination(data, dest)?;
    }
    // Its copy could not verify, and may hold tables of older rules this code does not know.
    if crate::views::rebuild::behind(db).map_err(BackupError::source)? {
        return Err(BackupError::Behind);
    }
    copy_verified(db, dest, force).map_err(|e| e.at(dest))
}

fn copy_verified(
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
        let snapshot = db.begin_read().map_err(BackupError::source)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_is_refused_as_a_destination_under_any_name() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("live.redb");
        std::fs::write(&data, b"live").unwrap();
        let link = dir.path().join("link.redb");
        std::os::unix::fs::symlink(&data, &link).unwrap();
        let hard = dir.path().join("hard.redb");
        std::fs::hard_link(&data, &hard).unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        let roundabout = dir.path().join("sub").join("..").join("live.redb");
        for dest in [&data, &link, &hard, &roundabout] {
            let e = check_destination(&data, dest).unwrap_err();
            assert!(matches!(e, BackupError::IsTheDataFile(_)), "{dest:?}: {e}");
        }
        // The copy is written to DEST.partial first: that must not be the data file either.
        let partial_named = dir.path().join("c.redb.partial");
        std::fs::rename(&hard, &partial_named).unwrap();
        let e = check_destination(&data, &dir.path().join("c.redb")).unwrap_err();
        assert!(matches!(e, BackupError::IsTheDataFile(_)), "{e}");
        // The export writes FILE.tmp first: that must not be the data file either.
        let tmp_named = dir.path().join("x.redb.tmp");
        std::fs::hard_link(&data, &tmp_named).unwrap();
        let out = dir.path().join("x.redb");
        let written = [out.clone(), dir.path().join("x.redb.tmp")];
        assert!(matches!(
            check_paths(&data, &out, &written),
            Err(BackupError::IsTheDataFile(_))
        ));
        // Another file, existing or not, is fine.
        let other = dir.path().join("other.redb");
        assert!(check_destination(&data, &other).is_ok());
        std::fs::write(&other, b"old backup").unwrap();
        assert!(check_destination(&data, &other).is_ok());
        assert_eq!(std::fs::read(&data).unwrap(), b"live");
    }

    #[test]
    fn a_destination_that_cannot_be_written_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let db = Database::create(dir.path().join("src.redb")).unwrap();
        // A file where the destination's folder should be.
        let blocker = dir.path().join("not-a-folder");
        std::fs::write(&blocker, b"x").unwrap();
        let dest = blocker.join("copy.redb");
        let e = backup(&db, None, &dest, false).unwrap_err();
        let said = e.to_string();
        assert!(
            said.starts_with(&format!("writing {}", dest.display())),
            "{said}"
        );
        assert!(!said.contains("data file"), "{said}");
    }
}
