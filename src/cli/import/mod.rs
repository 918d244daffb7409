//! `comuniza import FILE`: a Django fixture into a new data file, all or nothing. Records stream
//! into a temporary file next to the data file (committed in chunks without fsync, since nothing
//! reads it yet); references and cross-record rules are checked; every view is then built by the
//! same code as `rebuild`, and only a complete, durable import replaces the data file by rename.
//! Any error leaves the data file exactly as it was.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};
use std::time::Instant;

mod checks;
mod media;
mod store;

pub use media::MediaReport;

use checks::{correct_item_statuses, Checks};
use store::write_chunk;

use redb::{Durability, ReadableDatabase, ReadableTableMetadata};

use crate::domain::records::Id;
use crate::fixture::{read_fixture, FixtureRecord, ImportError, Model, ReadReport};
use crate::store::tables::{META, USERS};
use crate::store::tx::bump_next_id;
use crate::store::StoreError;
use crate::views::rebuild::{rebuild_in, RebuildReport};

/// Records per intermediate commit.
const CHUNK: usize = 200_000;

#[derive(Debug)]
pub struct ImportReport {
    pub read: ReadReport,
    pub rebuild: RebuildReport,
    /// Items whose stored status disagreed with their loans and was set right.
    pub statuses_corrected: u64,
    /// The photos read from the media folder (`--media`), if one was given.
    pub media: Option<MediaReport>,
    pub seconds: f64,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportFailure {
    #[error("{0}")]
    Fixture(#[from] ImportError),
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Refused(String),
    #[error("{0}")]
    Open(#[from] crate::store::open::OpenError),
}

impl From<std::io::Error> for ImportFailure {
    fn from(e: std::io::Error) -> Self {
        ImportFailure::Store(e.into())
    }
}

fn store_err(e: impl Into<StoreError>) -> ImportError {
    ImportError::Other(Box::new(e.into()))
}

fn bad(model: Model, pk: Id, message: impl Into<String>) -> ImportError {
    ImportError::record(model.label(), Some(pk), message)
}

/// Counts the bytes read, for the progress bar.
struct Counting<R> {
    inner: R,
    bar: Option<indicatif::ProgressBar>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(bar) = &self.bar {
            bar.inc(n as u64);
        }
        Ok(n)
    }
}

fn temp_path(data: &Path) -> PathBuf {
    let mut name = data.file_name().unwrap_or_default().to_os_string();
    name.push(".importing");
    data.with_file_name(name)
}

/// The data file, held (read-only) for the whole import so that no server can start on it
/// meanwhile: a server that did would go on writing into the old file after the rename, and
/// everything it acknowledged would be gone at its next restart.
struct Target {
    /// `None`: a file redb cannot read, being replaced (no server can have opened it either).
    held: Option<redb::ReadOnlyDatabase>,
    /// The import made the (empty) file to hold it is removed again if the import fails.
    created: bool,
}

/// Holds the data file, refusing one a server holds, and one that already holds a community
/// unless `replace`.
fn hold_target(data: &Path, replace: bool) -> Result<Target, ImportFailure> {
    let created = !data.exists();
    if created {
        drop(crate::engine::open_database(data)?);
    }
    let held = match crate::store::open::open_read_only(data, 32 << 20) {
        Ok(db) => db,
        Err(e) if e.is_held() => {
            return Err(ImportFailure::Refused(format!(
                "{} is in use by a running server: stop the server first, then import again",
                data.display()
            )))
        }
        // A damaged file (redb cannot read it) is what a host may well want to replace; a
        // file the system refuses (permissions, I/O) is not replaced blind.
        Err(e) if replace && !created && e.is_unreadable() => {
            tracing::warn!("{e}; it is replaced by the import");
            return Ok(Target {
                held: None,
                created,
            });
        }
        Err(e) => {
            if created {
                let _ = std::fs::remove_file(data);
            }
            return Err(e.into());
        }
    };
    let users = (|| {
        let txn = held.begin_read()?;
        let n = match txn.open_table(USERS) {
            Ok(t) => t.len()?,
            Err(_) => 0,
        };
        Ok::<_, StoreError>(n)
    })()?;
    if users > 0 && !replace {
        return Err(ImportFailure::Refused(format!(
            "{} already holds a community ({users} users); pass --replace to overwrite it",
            data.display()
        )));
    }
    Ok(Target {
        held: Some(held),
        created,
    })
}

pub fn import(
    data: &Path,
    fixture: &Path,
    replace: bool,
    progress: bool,
) -> Result<ImportReport, ImportFailure> {
    import_with_media(data, fixture, replace, progress, None)
}

/// [`import`], with the photos of the fixture's `items.itemimage` rows read from `media`
/// (Comuniza's media folder); without it those rows are counted as skipped.
pub fn import_with_media(
    data: &Path,
    fixture: &Path,
    replace: bool,
    progress: bool,
    media: Option<&Path>,
) -> Result<ImportReport, ImportFailure> {
    let started = Instant::now();
    if let Some(dir) = media.filter(|d| !d.is_dir()) {
        return Err(ImportFailure::Refused(format!(
            "{} is not a folder: --media takes the folder of Comuniza's media files",
            dir.display()
        )));
    }
    let target = hold_target(data, replace)?;
    let result = import_held(data, fixture, progress, (started, media));
    let Target { held, created } = target;
    // The lock is let go only once the new file is in place (or the import failed).
    drop(held);
    if result.is_err() && created {
        let _ = std::fs::remove_file(data);
    }
    result
}

fn import_held(
    data: &Path,
    fixture: &Path,
    progress: bool,
    (started, media): (Instant, Option<&Path>),
) -> Result<ImportReport, ImportFailure> {
    let file = File::open(fixture)
        .map_err(|e| ImportFailure::Refused(format!("cannot open {}: {e}", fixture.display())))?;
    let bar = progress.then(|| {
        let bar = indicatif::ProgressBar::new(file.metadata().map(|m| m.len()).unwrap_or(0));
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {eta} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let temp = temp_path(data);
    let _ = std::fs::remove_file(&temp);
    let result = load(
        &temp,
        Counting {
            inner: file,
            bar: bar.clone(),
        },
        (started, media),
    );
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    match result {
        Ok(report) => {
            std::fs::rename(&temp, data)?;
            if let Some(dir) = data.parent().filter(|d| !d.as_os_str().is_empty()) {
                File::open(dir)?.sync_all()?;
            }
            Ok(report)
        }
        Err(e) => {
            let _ = std::fs::remove_file(&temp);
            Err(e)
        }
    }
}

fn load(
    temp: &Path,
    input: impl Read + Send,
    (started, media): (Instant, Option<&Path>),
) -> Result<ImportReport, ImportFailure> {
    let db = crate::engine::open_database(temp)?;
    let mut checks = Checks::default();
    // Parsing and storing run on the two cores side by side: this thread stores each chunk
    // while the parser fills the next. Two chunks in flight bound the memory.
    let (chunks, received) = std::sync::mpsc::sync_channel::<Vec<FixtureRecord>>(2);
    let mut read = std::thread::scope(|scope| {
        let parser = scope.spawn(move || {
            let mut chunk = Vec::with_capacity(CHUNK);
            let report = read_fixture(BufReader::with_capacity(1 << 20, input), |record| {
                chunk.push(record);
                if chunk.len() >= CHUNK {
                    let full = std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK));
                    // The store side stopped on an error of its own: it reports that one.
                    chunks
                        .send(full)
                        .map_err(|_| ImportError::NotAFixture("stopped".into()))?;
                }
                Ok(())
            })?;
            let _ = chunks.send(chunk);
            Ok::<_, ImportError>(report)
        });
        let mut stored = Ok(());
        for mut chunk in received.iter() {
            stored = write_chunk(&db, &mut chunk, &mut checks);
            if stored.is_err() {
                break;
            }
        }
        drop(received);
        let parsed = parser
            .join()
            .unwrap_or_else(|_| Err(ImportError::NotAFixture("the parser stopped".into())));
        stored.and(parsed)
    })?;
    tracing::info!(
        "records stored after {:.1} s",
        started.elapsed().as_secs_f64()
    );
    checks.finish()?;
    let mut txn = db.begin_write().map_err(StoreError::from)?;
    txn.set_durability(Durability::Immediate)
        .map_err(StoreError::from)?;
    let statuses_corrected = correct_item_statuses(&txn, &checks)?;
    {
        let mut meta = txn.open_table(META).map_err(StoreError::from)?;
        for (model, name) in [
            (Model::User, "users"),
            (Model::Group, "groups"),
            (Model::Membership, "memberships"),
            (Model::Category, "categories"),
            (Model::Item, "items"),
            (Model::Loan, "loans"),
            (Model::Review, "reviews"),
            (Model::Badge, "badges"),
            (Model::Achievement, "achievements"),
            (Model::UserBadge, "user_badges"),
            (Model::Points, "points"),
        ] {
            bump_next_id(&mut meta, name, checks.ids[model as usize].max())?;
        }
        // Its notifications are in this release's layout.
        meta.insert(
            crate::store::open::NOTICE_LAYOUT_KEY,
            crate::store::open::NOTICE_LAYOUT,
        )
        .map_err(StoreError::from)?;
    }
    let images = std::mem::take(&mut checks.images);
    let avatars = std::mem::take(&mut checks.avatars);
    drop(checks);
    tracing::info!(
        "records checked after {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let media = match media {
        Some(dir) => {
            let report = media::import_media(&txn, dir, images, avatars)?;
            tracing::info!(
                "photos stored after {:.1} s",
                started.elapsed().as_secs_f64()
            );
            Some(report)
        }
        None => {
            // Read, and not kept: reported with the skipped models, and what to do.
            if !images.is_empty() {
                read.records.retain(|(m, _)| *m != Model::Image);
                let label = Model::Image.label().to_string();
                read.models_skipped.push((label, images.len() as u64));
            }
            if !avatars.is_empty() {
                read.fields_skipped.push(crate::fixture::SkippedField {
                    model: Model::User,
                    field: "avatar".into(),
                    count: avatars.len() as u64,
                });
            }
            None
        }
    };
    // The records as corrected are committed (not yet durably: the file is a temporary one
    // until the end) so that the rebuild can read them from a snapshot on a second thread.
    txn.set_durability(Durability::None)
        .map_err(StoreError::from)?;
    txn.commit().map_err(StoreError::from)?;
    let mut txn = db.begin_write().map_err(StoreError::from)?;
    txn.set_durability(Durability::Immediate)
        .map_err(StoreError::from)?;
    let records = db.begin_read().map_err(StoreError::from)?;
    // Unique fields (usernames, slugs, pairs) are checked here, on the sorted indexes.
    let now = crate::domain::time::now();
    let rebuild = rebuild_in(&txn, &records, now).map_err(|e| match e {
        StoreError::Duplicate { model, pk, message } => {
            ImportFailure::Fixture(ImportError::record(model, Some(pk), message))
        }
        e => ImportFailure::Store(e),
    })?;
    tracing::info!("views built after {:.1} s", started.elapsed().as_secs_f64());
    drop(records);
    txn.commit().map_err(StoreError::from)?;
    drop(db);
    Ok(ImportReport {
        read,
        rebuild,
        statuses_corrected,
        media,
        seconds: started.elapsed().as_secs_f64(),
    })
}
