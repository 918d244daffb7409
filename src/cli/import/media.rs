//! `import --media DIR`: the files Comuniza's `items.itemimage` rows and its members'
//! `avatar` fields name, read from its media folder and processed as an upload is (upright, three sizes, no metadata), on every core;
//! the import's transaction stores them. An item keeps its primary photo first, then the
//! others in their order, at most six. A missing or broken file is reported and skipped, never
//! fatal: the records are the community, a photo can be added again.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Component, Path};
use std::sync::atomic::{AtomicUsize, Ordering};

use redb::{ReadableTable, WriteTransaction};

use crate::domain::photo::{Photo, Photos, MAX_PER_ITEM};
use crate::domain::records::{Id, ItemId, UserId};
use crate::fixture::{ImageRow, Model};
use crate::photos::process::MAX_BYTES;
use crate::store::codec::Stored;
use crate::store::tables::{AVATARS, ITEM_PHOTOS, PHOTO_BLOBS};
use crate::store::StoreError;

/// Problems listed in the report; the rest are counted.
const LISTED: usize = 50;

/// What reading the media folder did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct MediaReport {
    pub photos: u64,
    pub items: u64,
    /// Members' pictures (`users.user`'s `avatar`).
    pub pictures: u64,
    /// Rows skipped, each with its reason (the first [`LISTED`]).
    pub skipped: Vec<String>,
    pub skipped_total: u64,
}

impl MediaReport {
    fn skip(&mut self, (model, pk): (&str, Id), path: &str, why: &str) {
        self.skipped_total += 1;
        if self.skipped.len() < LISTED {
            self.skipped
                .push(format!("{model} pk {pk} ({path}): {why}"));
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
        if self.pictures > 0 {
            writeln!(f, "members' pictures imported: {}", self.pictures)?;
        }
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

/// One file to read: its row and where its item keeps it, or whose picture it is.
struct Job {
    pk: Id,
    item: ItemId,
    slot: usize,
    row: ImageRow,
    picture_of: Option<UserId>,
}

impl Job {
    /// The record that named the file, for the report.
    fn named_by(&self) -> (&'static str, Id) {
        match self.picture_of {
            Some(user) => ("users.user", user.0),
            None => (Model::Image.label(), self.pk),
        }
    }
}

/// The rows in the order their items keep them: per item the primary first, then by order
/// and pk (`slot`).
fn ordered(rows: Vec<(Id, ImageRow)>) -> Vec<Job> {
    let mut by_item: BTreeMap<ItemId, Vec<(Id, ImageRow)>> = BTreeMap::new();
    for (pk, row) in rows {
        by_item.entry(row.item).or_default().push((pk, row));
    }
    let mut jobs = Vec::new();
    for (item, mut rows) in by_item {
        rows.sort_by_key(|(pk, r)| (!r.is_primary, r.order, *pk));
        for (slot, (pk, row)) in rows.into_iter().enumerate() {
            jobs.push(Job {
                pk,
                item,
                slot,
                row,
                picture_of: None,
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

/// Reads and processes one row's file: a regular file (not a device or a pipe a link points
/// to), read once and never past the largest upload.
fn read_one(dir: &Path, row: &ImageRow) -> Result<crate::domain::photo::NewPhoto, String> {
    use std::io::Read;
    let path = file_of(dir, &row.path).map_err(str::to_string)?;
    let cannot = |e: std::io::Error| format!("cannot read {}: {e}", path.display());
    // Asked before opening too: opening a pipe waits for a writer that may never come.
    if !std::fs::metadata(&path).map_err(cannot)?.is_file() {
        return Err(format!("{} is not a file", path.display()));
    }
    let file = std::fs::File::open(&path).map_err(cannot)?;
    if !file.metadata().map_err(cannot)?.is_file() {
        return Err(format!("{} is not a file", path.display()));
    }
    let mut bytes = Vec::new();
    file.take(MAX_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    let caption = caption_of(&row.caption);
    crate::photos::prepare(&bytes, &caption).map_err(|e| e.to_string())
}

/// A caption as alt text: without the control and invisible characters an alt text may not
/// hold, and at most its length.
fn caption_of(caption: &str) -> String {
    let kept: String = caption
        .chars()
        .filter(|c| !crate::domain::validate::is_invisible(*c))
        .take(crate::domain::photo::MAX_ALT_CHARS)
        .collect();
    crate::domain::photo::check_alt(&kept).unwrap_or_default()
}

/// `read_one`, a panic of a decoder on one file reported as that file's problem.
fn read_guarded(dir: &Path, row: &ImageRow) -> Result<crate::domain::photo::NewPhoto, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read_one(dir, row)))
        .unwrap_or_else(|_| Err("processing it failed".into()))
}

/// Reads every row's file from `dir` on all cores and stores the photos in `txn` (the views
/// that follow them are derived by the rebuild after).
pub(super) fn import_media(
    txn: &WriteTransaction,
    dir: &Path,
    rows: Vec<(Id, ImageRow)>,
    avatars: Vec<(Id, String)>,
) -> Result<MediaReport, StoreError> {
    let mut report = MediaReport::default();
    let mut jobs = ordered(rows);
    jobs.extend(avatars.into_iter().map(|(user, path)| Job {
        pk: user,
        item: ItemId(0),
        slot: 0,
        row: ImageRow {
            item: ItemId(0),
            path,
            caption: String::new(),
            is_primary: true,
            order: 0,
            uploaded_at: None,
        },
        picture_of: Some(UserId(user)),
    }));
    let next = AtomicUsize::new(0);
    let workers = crate::work::cores();
    // Two photos in flight per worker bound the memory (a full size is about 0.5 MB).
    let (done, received) = std::sync::mpsc::sync_channel(workers * 2);
    let mut kept: BTreeMap<ItemId, Vec<(usize, Id, Photo)>> = BTreeMap::new();
    let mut pictures: Vec<(UserId, Photo)> = Vec::new();
    std::thread::scope(|scope| {
        // Dropped when this closure returns, even on an error: workers waiting to send stop.
        let received = received;
        for _ in 0..workers {
            let (done, jobs, next) = (done.clone(), &jobs, &next);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(job) = jobs.get(i) else { break };
                if done.send((i, read_guarded(dir, &job.row))).is_err() {
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
                    report.skip(job.named_by(), &job.row.path, &why);
                    continue;
                }
            };
            let at = job.row.uploaded_at.unwrap_or_else(crate::domain::time::now);
            let photo = new.photo(at);
            for (size, bytes) in new.sizes.iter().zip(&new.bytes) {
                let key = &size.digest.0[..];
                if blobs.get(key)?.is_none() {
                    blobs.insert(key, bytes.as_ref())?;
                }
            }
            match job.picture_of {
                Some(user) => pictures.push((user, photo)),
                None => kept
                    .entry(job.item)
                    .or_default()
                    .push((job.slot, job.pk, photo)),
            }
        }
        Ok::<_, StoreError>(())
    })?;
    // In each item's order whatever order the threads finished in: the same photo twice
    // keeps its first place, and six are kept. (Sizes stored for a photo left out are freed
    // by the rebuild that follows, with the views.)
    let paths: BTreeMap<Id, &str> = jobs
        .iter()
        .filter(|j| j.picture_of.is_none())
        .map(|j| (j.pk, j.row.path.as_str()))
        .collect();
    let image = |pk| (Model::Image.label(), pk);
    let mut table = txn.open_table(ITEM_PHOTOS)?;
    for (item, mut list) in kept {
        list.sort_by_key(|(slot, _, _)| *slot);
        let mut photos = Photos::default();
        for (_, pk, photo) in list {
            let path = paths.get(&pk).copied().unwrap_or_default();
            if photos.position(photo.key()).is_some() {
                report.skip(image(pk), path, "the same photo is on the item already");
            } else if photos.list.len() == MAX_PER_ITEM {
                report.skip(image(pk), path, "an item keeps at most 6 photos");
            } else {
                photos.list.push(photo);
            }
        }
        report.photos += photos.list.len() as u64;
        report.items += 1;
        table.insert(item.0, photos.encode().as_slice())?;
    }
    let mut table = txn.open_table(AVATARS)?;
    for (user, photo) in pictures {
        table.insert(user.0, photo.encode().as_slice())?;
        report.pictures += 1;
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
    fn the_primary_comes_first_then_the_order_then_the_pk() {
        let mut rows: Vec<(Id, ImageRow)> = (1..=3)
            .map(|pk| (pk, row(1, "a.jpg", false, 9 - pk)))
            .collect();
        rows.push((9, row(1, "p.jpg", true, 50)));
        rows.push((10, row(2, "b.jpg", false, 0)));
        rows.push((11, row(2, "c.jpg", false, 0)));
        let jobs = ordered(rows);
        let order: Vec<(u64, Id, usize)> = jobs.iter().map(|j| (j.item.0, j.pk, j.slot)).collect();
        assert_eq!(
            order,
            [
                (1, 9, 0),
                (1, 3, 1),
                (1, 2, 2),
                (1, 1, 3),
                (2, 10, 0),
                (2, 11, 1)
            ]
        );
    }

    #[test]
    fn captions_lose_what_alt_text_may_not_hold() {
        assert_eq!(caption_of("Red\u{202E} drill\n"), "Red drill");
        assert_eq!(caption_of(&"x".repeat(300)).chars().count(), 200);
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
