//! `import --media DIR`: the files Comuniza's `items.itemimage` rows name, read from its media
//! folder and processed as an upload is (upright, three sizes, no metadata), on every core;
//! the import's transaction stores them. An item keeps its primary photo first, then the
//! others in their order, at most six. A missing or broken file is reported and skipped, never
//! fatal: the records are the community, a photo can be added again.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Component, Path};
use std::sync::atomic::{AtomicUsize, Ordering};

use redb::{ReadableTable, WriteTransaction};

use crate::domain::photo::{Photo, Photos, MAX_PER_ITEM};
use crate::domain::records::{Id, ItemId};
use crate::fixture::ImageRow;
use crate::photos::process::MAX_BYTES;
use crate::store::codec::Stored;
use crate::store::tables::{ITEM_PHOTOS, PHOTO_BLOBS};
use crate::store::StoreError;

/// Problems listed in the report; the rest are counted.
const LISTED: usize = 50;

/// What reading the media folder did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct MediaReport {
    pub photos: u64,
    pub items: u64,
    /// Rows skipped, each with its reason (the first [`LISTED`]).
    pub skipped: Vec<String>,
    pub skipped_total: u64,
}

impl MediaReport {
    fn skip(&mut self, pk: Id, path: &str, why: &str) {
        self.skipped_total += 1;
        if self.skipped.len() < LISTED {
            self.skipped
                .push(format!("items.itemimage pk {pk} ({path}): {why}"));
        }
    }
}

impl fmt::Display for MediaReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "photos imported: {} on {} items",
            self.photos, self.items
        )?;
        if self.skipped_total > 0 {
            writeln!(f, "photos skipped: {}", self.skipped_total)?;
            for line in &self.skipped {
                writeln!(f, "  {line}")?;
            }
            let more = self.skipped_total - self.skipped.len() as u64;
            if more > 0 {
                writeln!(f, "  ... and {more} more")?;
            }
        }
        Ok(())
    }
}

/// One file to read: its row and where its item keeps it.
struct Job {
    pk: Id,
    item: ItemId,
    slot: usize,
    row: ImageRow,
}

/// The rows in the order their items keep them: per item the primary first, then by order
/// and pk; past six per item, reported and left out.
fn ordered(rows: Vec<(Id, ImageRow)>, report: &mut MediaReport) -> Vec<Job> {
    let mut by_item: BTreeMap<ItemId, Vec<(Id, ImageRow)>> = BTreeMap::new();
    for (pk, row) in rows {
        by_item.entry(row.item).or_default().push((pk, row));
    }
    let mut jobs = Vec::new();
    for (item, mut rows) in by_item {
        rows.sort_by_key(|(pk, r)| (!r.is_primary, r.order, *pk));
        for (slot, (pk, row)) in rows.into_iter().enumerate() {
            if slot >= MAX_PER_ITEM {
                report.skip(pk, &row.path, "an item keeps at most 6 photos");
                continue;
            }
            jobs.push(Job {
                pk,
                item,
                slot,
                row,
            });
        }
    }
    jobs
}

/// A row's file under `dir`, if its path stays inside it.
fn file_of(dir: &Path, path: &str) -> Result<std::path::PathBuf, &'static str> {
    let relative = Path::new(path);
    if !relative
        .components()
        .all(|c| matches!(c, Component::Normal(_)))
    {
        return Err("its path leaves the media folder");
    }
    Ok(dir.join(relative))
}

/// Reads and processes one row's file.
fn read_one(dir: &Path, row: &ImageRow) -> Result<crate::domain::photo::NewPhoto, String> {
    let file = file_of(dir, &row.path).map_err(str::to_string)?;
    let len = std::fs::metadata(&file)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))?
        .len();
    if len > MAX_BYTES as u64 {
        return Err(crate::photos::Refused::TooLarge.to_string());
    }
    let bytes = std::fs::read(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let caption = crate::domain::photo::check_alt(&row.caption).unwrap_or_default();
    crate::photos::prepare(&bytes, &caption).map_err(|e| e.to_string())
}

/// Reads every row's file from `dir` on all cores and stores the photos in `txn` (the views
/// that follow them are derived by the rebuild after).
pub(super) fn import_media(
    txn: &WriteTransaction,
    dir: &Path,
    rows: Vec<(Id, ImageRow)>,
) -> Result<MediaReport, StoreError> {
    let mut report = MediaReport::default();
    let jobs = ordered(rows, &mut report);
    let next = AtomicUsize::new(0);
    let workers = crate::work::cores();
    // Two photos in flight per worker bound the memory (a full size is about 0.5 MB).
    let (done, received) = std::sync::mpsc::sync_channel(workers * 2);
    let mut kept: BTreeMap<ItemId, Vec<(usize, Photo)>> = BTreeMap::new();
    let stored = std::thread::scope(|scope| {
        for _ in 0..workers {
            let (done, jobs, next) = (done.clone(), &jobs, &next);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(job) = jobs.get(i) else { break };
                if done.send((i, read_one(dir, &job.row))).is_err() {
                    break;
                }
            });
        }
        drop(done);
        let mut blobs = txn.open_table(PHOTO_BLOBS)?;
        for (i, result) in received.iter() {
            let job = &jobs[i];
            let new = match result {
                Ok(new) => new,
                Err(why) => {
                    report.skip(job.pk, &job.row.path, &why);
                    continue;
                }
            };
            let mut photo = new.photo(job.row.uploaded_at.unwrap_or_else(crate::domain::time::now));
            photo.alt = new.alt.clone();
            let list = kept.entry(job.item).or_default();
            if list.iter().any(|(_, p)| p.key() == photo.key()) {
                report.skip(
                    job.pk,
                    &job.row.path,
                    "the same photo is on the item already",
                );
                continue;
            }
            for (size, bytes) in new.sizes.iter().zip(&new.bytes) {
                let key = &size.digest.0[..];
                if blobs.get(key)?.is_none() {
                    blobs.insert(key, bytes.as_ref())?;
                }
            }
            list.push((job.slot, photo));
        }
        Ok::<_, StoreError>(())
    });
    stored?;
    let mut table = txn.open_table(ITEM_PHOTOS)?;
    for (item, mut list) in kept {
        list.sort_by_key(|(slot, _)| *slot);
        report.photos += list.len() as u64;
        report.items += 1;
        let photos = Photos {
            list: list.into_iter().map(|(_, p)| p).collect(),
        };
        table.insert(item.0, photos.encode().as_slice())?;
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(item: u64, path: &str, is_primary: bool, order: u64) -> ImageRow {
        ImageRow {
            item: ItemId(item),
            path: path.into(),
            caption: String::new(),
            is_primary,
            order,
            uploaded_at: None,
        }
    }

    #[test]
    fn the_primary_comes_first_then_the_order_and_at_most_six_an_item() {
        let mut report = MediaReport::default();
        let mut rows: Vec<(Id, ImageRow)> = (1..=8)
            .map(|pk| (pk, row(1, "a.jpg", false, 9 - pk)))
            .collect();
        rows.push((9, row(1, "p.jpg", true, 50)));
        rows.push((10, row(2, "b.jpg", false, 0)));
        let jobs = ordered(rows, &mut report);
        let order: Vec<(u64, Id, usize)> = jobs.iter().map(|j| (j.item.0, j.pk, j.slot)).collect();
        assert_eq!(
            order,
            [
                (1, 9, 0),
                (1, 8, 1),
                (1, 7, 2),
                (1, 6, 3),
                (1, 5, 4),
                (1, 4, 5),
                (2, 10, 0)
            ]
        );
        assert_eq!(report.skipped_total, 3);
        assert!(
            report.skipped[0].contains("at most 6"),
            "{:?}",
            report.skipped
        );
    }

    #[test]
    fn a_path_must_stay_inside_the_media_folder() {
        let dir = Path::new("/srv/media");
        assert_eq!(
            file_of(dir, "items/drill.jpg").unwrap(),
            Path::new("/srv/media/items/drill.jpg")
        );
        assert!(file_of(dir, "../etc/passwd").is_err());
        assert!(file_of(dir, "/etc/passwd").is_err());
        assert!(file_of(dir, "items/../../x.jpg").is_err());
    }
}
