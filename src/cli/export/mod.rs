//! `comuniza export FILE`: the data file as a Django fixture, model by model in pk order, in
//! the format `import` reads (import(export(x)) keeps every figure) and that Comuniza's
//! `loaddata` takes (the fields it requires beside each record's own: `kept`). Written to a temporary
//! file and renamed, so a failed export leaves no half file.

use std::fs::File;
use std::io::BufWriter;
use std::path::Path;

use redb::{ReadableDatabase, ReadableTable};

use crate::domain::photo::{Digest, Fit, Photo, Photos};
use crate::domain::records::*;
use crate::domain::time::{day_of, now, Day};
use crate::fixture::{FixtureRecord, FixtureWriter};
use crate::store::codec::Stored;
use crate::store::tables::{self, Records};
use crate::store::StoreError;
use crate::views::derive::each_record;

mod kept;
use kept::KeptTables;

/// Where the fixture is written before it is renamed to `out`.
pub fn temp_path(out: &Path) -> std::path::PathBuf {
    let mut temp_name = out.file_name().unwrap_or_default().to_os_string();
    temp_name.push(".tmp");
    out.with_file_name(temp_name)
}

/// Writes every record; returns how many.
pub fn export(db: &impl ReadableDatabase, out: &Path) -> Result<u64, StoreError> {
    export_on(db, out, day_of(now()))
}

/// [`export`] as of `today`: the day that decides which active loans are `overdue` (the only
/// part of an export that depends on when it is made).
pub fn export_on(db: &impl ReadableDatabase, out: &Path, today: Day) -> Result<u64, StoreError> {
    export_with_media(db, out, today, None)
}

/// [`export_on`], with the items' photos written into `media` (the full size of each, under
/// `items/`) and their `items.itemimage` rows into the fixture.
pub fn export_with_media(
    db: &impl ReadableDatabase,
    out: &Path,
    today: Day,
    media: Option<&Path>,
) -> Result<u64, StoreError> {
    let temp = temp_path(out);
    let result = write_all(db, &temp, today, media);
    match result {
        Ok(n) => {
            std::fs::rename(&temp, out)?;
            Ok(n)
        }
        Err(e) => {
            let _ = std::fs::remove_file(&temp);
            Err(e)
        }
    }
}

fn write_all(
    db: &impl ReadableDatabase,
    path: &Path,
    today: Day,
    media: Option<&Path>,
) -> Result<u64, StoreError> {
    let txn = db.begin_read()?;
    // Active loans past due are written `overdue`, as Comuniza stores them.
    let mut w = FixtureWriter::new(BufWriter::with_capacity(1 << 20, File::create(path)?))
        .overdue_on(today);
    fn each<T: crate::store::codec::Stored>(
        txn: &redb::ReadTransaction,
        w: &mut FixtureWriter<BufWriter<File>>,
        table: Records,
        wrap: fn(Id, T) -> FixtureRecord,
    ) -> Result<(), StoreError> {
        each_record::<T>(txn, table, |id, r| Ok(w.write(&wrap(id, r))?))
    }
    let kept = KeptTables::open(&txn)?;
    // Their pictures, with the photos (`--media`).
    let pictures = match media {
        Some(_) => crate::store::read::optional(&txn, tables::AVATARS)?,
        None => None,
    };
    let blobs = crate::store::read::optional(&txn, tables::PHOTO_BLOBS)?;
    each_record::<User>(&txn, tables::USERS, |id, u| {
        let mut k = kept.user(id, &u)?;
        if let (Some(dir), Some(pictures), Some(blobs)) = (media, &pictures, &blobs) {
            if let Some(p) = crate::store::tx::get::<Photo>(pictures, id)? {
                k.avatar = Some(media_file(blobs, dir, "avatars", p.size(Fit::Full).digest)?);
            }
        }
        Ok(w.write(&FixtureRecord::User(id, u, k))?)
    })?;
    each_record::<Group>(&txn, tables::GROUPS, |id, g| {
        let k = kept.group(id, &g)?;
        Ok(w.write(&FixtureRecord::Group(id, g, k))?)
    })?;
    each::<Membership>(&txn, &mut w, tables::MEMBERSHIPS, FixtureRecord::Membership)?;
    each_record::<Category>(&txn, tables::CATEGORIES, |id, c| {
        let k = kept.category(id, &c)?;
        Ok(w.write(&FixtureRecord::Category(id, c, k))?)
    })?;
    each_record::<Item>(&txn, tables::ITEMS, |id, i| {
        let k = kept.item(id, &i)?;
        Ok(w.write(&FixtureRecord::Item(id, i, k))?)
    })?;
    // Photos right after their items (the fixture's model order).
    if let Some(dir) = media {
        write_media(&txn, &mut w, dir)?;
    }
    // A loan's extension, kept under the same pk, is written into the loan (Comuniza's
    // fields): both tables go in pk order, so one pass over each. A file no release with
    // extensions has opened has no such table: no extensions.
    let extensions = match txn.open_table(tables::EXTENSIONS) {
        Ok(t) => Some(t),
        Err(redb::TableError::TableDoesNotExist(_)) => None,
        Err(e) => return Err(e.into()),
    };
    let mut rows = match &extensions {
        Some(t) => Some(t.iter()?.peekable()),
        None => None,
    };
    each_record::<Loan>(&txn, tables::LOANS, |id, loan| {
        let extension = match rows.as_mut() {
            Some(rows) => extension_of(rows, id)?,
            None => None,
        };
        let k = kept.loan(id, &loan, extension)?;
        Ok(w.write(&FixtureRecord::Loan(id, loan, k))?)
    })?;
    each_record::<Review>(&txn, tables::REVIEWS, |id, r| {
        let k = kept.review(id, &r)?;
        Ok(w.write(&FixtureRecord::Review(id, r, k))?)
    })?;
    each::<Badge>(&txn, &mut w, tables::BADGES, FixtureRecord::Badge)?;
    each::<Achievement>(
        &txn,
        &mut w,
        tables::ACHIEVEMENTS,
        FixtureRecord::Achievement,
    )?;
    each::<UserBadge>(&txn, &mut w, tables::USER_BADGES, FixtureRecord::UserBadge)?;
    each::<PointsEntry>(&txn, &mut w, tables::POINTS, FixtureRecord::Points)?;
    // Notifications are numbered per member here; the fixture's pks count them in order.
    if let Ok(notices) = txn.open_table(tables::NOTICES) {
        let mut pk = 0;
        for row in notices.iter()? {
            let (k, v) = row?;
            let (user, number) = k.value();
            if number == tables::UNREAD_COUNT {
                continue;
            }
            pk += 1;
            let n = crate::domain::notice::Notice::decode(v.value())?;
            w.write(&FixtureRecord::Notice(pk, UserId(user), n))?;
        }
    }
    let n = w.written();
    let file = w.finish()?;
    file.into_inner().map_err(|e| e.into_error())?.sync_all()?;
    Ok(n)
}

/// Each item's photos: the full size as a file under `dir/items/` named by its digest, and a
/// row naming it, in the item's order (the first is the primary one).
fn write_media(
    txn: &redb::ReadTransaction,
    w: &mut FixtureWriter<BufWriter<File>>,
    dir: &Path,
) -> Result<(), StoreError> {
    use crate::fixture::ImageRow;
    let (Some(lists), Some(blobs)) = (
        crate::store::read::optional(txn, tables::ITEM_PHOTOS)?,
        crate::store::read::optional(txn, tables::PHOTO_BLOBS)?,
    ) else {
        return Ok(());
    };
    let mut pk = 0;
    for row in lists.iter()? {
        let (k, v) = row?;
        let photos = Photos::decode(v.value())?;
        for (i, p) in photos.list.iter().enumerate() {
            let path = media_file(&blobs, dir, "items", p.size(Fit::Full).digest)?;
            pk += 1;
            let row = ImageRow {
                item: ItemId(k.value()),
                path,
                caption: p.alt.clone(),
                is_primary: i == 0,
                order: i as u64,
                uploaded_at: Some(p.added_at),
            };
            w.write(&FixtureRecord::Image(pk, row))?;
        }
    }
    Ok(())
}

/// A stored size as a file `folder/<digest>.jpg` under `dir`, its path answered. A file
/// already there is kept only when it holds what its name says (an export cut short leaves
/// none half written: each is written beside its name, then renamed).
fn media_file(
    blobs: &impl ReadableTable<&'static [u8], &'static [u8]>,
    dir: &Path,
    folder: &str,
    digest: Digest,
) -> Result<String, StoreError> {
    let path = format!("{folder}/{}.jpg", digest.hex());
    let file = dir.join(&path);
    let whole = std::fs::read(&file).is_ok_and(|b| Digest::of(&b) == digest);
    if !whole {
        let bytes = blobs.get(&digest.0[..])?.ok_or_else(|| {
            StoreError::Corrupt(format!("photo size {} is not stored", digest.hex()))
        })?;
        std::fs::create_dir_all(dir.join(folder))?;
        let partial = file.with_extension("jpg.partial");
        std::fs::write(&partial, bytes.value())?;
        std::fs::rename(&partial, &file)?;
    }
    Ok(path)
}

/// The extension of loan `id` from rows in pk order, passing over rows before it (an
/// extension whose loan is gone).
fn extension_of(
    rows: &mut std::iter::Peekable<redb::Range<'_, u64, &'static [u8]>>,
    id: u64,
) -> Result<Option<Extension>, StoreError> {
    let mut found = None;
    while let Some(row) = rows.next_if(|row| row.as_ref().map_or(true, |(k, _)| k.value() <= id)) {
        let (k, v) = row?;
        if k.value() == id {
            found = Some(Extension::decode(v.value())?);
        }
    }
    Ok(found)
}
