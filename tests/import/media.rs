//! `import --media DIR`: the photos a Comuniza export's `items.itemimage` rows name, read from
//! its media folder and processed as uploads are; missing or broken files reported and
//! skipped; without the folder, the rows are counted as skipped. `export --media` writes them
//! back, and the export imports again with the same photos.

use std::path::Path;

use comuniza::cli::import::import_with_media;
use comuniza::domain::photo::{Digest, Fit};
use comuniza::domain::records::ItemId;
use serde_json::{json, Value};

use crate::helpers::generate;
use crate::phone::{contains, from_a_phone, jpeg, latitude_bytes, png, SERIAL};

/// The generated fixture with `rows` of `items.itemimage` added, and users 1 and 2 given
/// an avatar (`avatars/me.jpg`, `avatars/gone.jpg`).
fn with_images(dir: &Path, rows: &[Value]) -> std::path::PathBuf {
    let mut base: Vec<Value> =
        serde_json::from_slice(&std::fs::read(generate(30, 3)).unwrap()).unwrap();
    for record in base.iter_mut().filter(|r| r["model"] == "users.user") {
        let file = match record["pk"].as_u64() {
            Some(1) => "avatars/me.jpg",
            Some(2) => "avatars/gone.jpg",
            _ => "",
        };
        record["fields"]["avatar"] = json!(file);
    }
    let mut all = base;
    all.extend(rows.iter().cloned());
    let out = dir.join("with-images.json");
    std::fs::write(&out, serde_json::to_vec(&all).unwrap()).unwrap();
    out
}

fn image_row(pk: u64, item: u64, path: &str, primary: bool, order: u64, caption: &str) -> Value {
    json!({"model": "items.itemimage", "pk": pk, "fields": {
        "item": item, "image": path, "caption": caption, "is_primary": primary,
        "order": order, "uploaded_at": "2025-03-01T10:00:00Z"}})
}

#[test]
fn photos_come_in_from_the_media_folder_in_their_order_and_bad_files_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let media = dir.path().join("media");
    std::fs::create_dir_all(media.join("items")).unwrap();
    std::fs::write(
        media.join("items/drill.jpg"),
        from_a_phone(&jpeg(1200, 800)),
    )
    .unwrap();
    std::fs::write(media.join("items/side.png"), png(500, 400)).unwrap();
    std::fs::write(media.join("items/broken.jpg"), b"not a photo").unwrap();
    std::fs::write(dir.path().join("secret.jpg"), jpeg(100, 100)).unwrap();
    std::fs::create_dir_all(media.join("avatars")).unwrap();
    std::fs::write(media.join("avatars/me.jpg"), from_a_phone(&jpeg(400, 300))).unwrap();
    // Item 3 has seven rows, the first one's file missing: the six others are kept.
    let mut rows = vec![
        image_row(1, 1, "items/side.png", false, 2, "From the side"),
        image_row(2, 1, "items/drill.jpg", true, 5, "The drill"),
        image_row(3, 1, "items/missing.jpg", false, 1, ""),
        image_row(4, 2, "items/broken.jpg", false, 0, ""),
        image_row(5, 2, "../secret.jpg", false, 1, ""),
        image_row(10, 3, "items/gone.jpg", true, 0, ""),
    ];
    for n in 11..17u64 {
        let path = format!("items/seven-{n}.jpg");
        std::fs::write(
            media.join(&path),
            crate::phone::jpeg_seeded(120, 90, n as u8),
        )
        .unwrap();
        rows.push(image_row(n, 3, &path, false, n, &format!("Photo {n}")));
    }
    let fixture = with_images(dir.path(), &rows);

    // Without the folder: counted as skipped, with what to do.
    let data = dir.path().join("plain.redb");
    let report = import_with_media(&data, &fixture, false, false, None).unwrap();
    assert!(report
        .read
        .models_skipped
        .contains(&("items.itemimage".to_string(), 12)));
    assert!(report.read.to_string().contains("--media DIR"));
    assert_eq!(
        report
            .read
            .field_skipped(comuniza::fixture::Model::User, "avatar"),
        2
    );
    let engine = comuniza::engine::Engine::open(&data, Default::default()).unwrap();
    assert!(engine
        .snapshot()
        .unwrap()
        .item_photos(ItemId(1))
        .unwrap()
        .list
        .is_empty());
    drop(engine);

    // With it: the primary first, then the order; three rows reported, none fatal.
    let data = dir.path().join("media.redb");
    let report = import_with_media(&data, &fixture, false, false, Some(&media)).unwrap();
    let m = report.media.expect("a media report");
    assert_eq!(
        (m.photos, m.items, m.pictures, m.skipped_total),
        (8, 2, 1, 5),
        "{m}"
    );
    assert!(
        m.to_string()
            .contains("users.user pk 2 (avatars/gone.jpg): cannot read"),
        "{m}"
    );
    let text = m.to_string();
    assert!(
        text.contains("pk 3 (items/missing.jpg): cannot read"),
        "{text}"
    );
    assert!(
        text.contains("pk 4 (items/broken.jpg): only JPEG, PNG and WebP"),
        "{text}"
    );
    assert!(
        text.contains("pk 5 (../secret.jpg): its path leaves the media folder"),
        "{text}"
    );
    let engine = comuniza::engine::Engine::open(&data, Default::default()).unwrap();
    let snap = engine.snapshot().unwrap();
    let seven = snap.item_photos(ItemId(3)).unwrap();
    let alts: Vec<&str> = seven.list.iter().map(|p| p.alt.as_str()).collect();
    assert_eq!(
        alts,
        ["Photo 11", "Photo 12", "Photo 13", "Photo 14", "Photo 15", "Photo 16"]
    );
    let photos = snap.item_photos(ItemId(1)).unwrap();
    let alts: Vec<&str> = photos.list.iter().map(|p| p.alt.as_str()).collect();
    assert_eq!(alts, ["The drill", "From the side"]);
    let full = photos.list[0].size(Fit::Full);
    assert_eq!((full.width, full.height), (800, 1200), "turned upright");
    for size in &photos.list[0].sizes {
        let bytes = snap.photo_bytes(size.digest).unwrap().unwrap();
        assert_eq!(Digest::of(&bytes), size.digest);
        assert!(!contains(&bytes, SERIAL) && !contains(&bytes, &latitude_bytes()));
    }
    let picture = snap
        .avatar(comuniza::domain::records::UserId(1))
        .unwrap()
        .expect("a picture");
    let bytes = snap
        .photo_bytes(picture.size(Fit::Full).digest)
        .unwrap()
        .unwrap();
    assert!(!contains(&bytes, SERIAL) && !contains(&bytes, &latitude_bytes()));
    let owner = snap.item(ItemId(1)).unwrap().unwrap().owner;
    assert_eq!(snap.photo_usage(owner).unwrap(), photos.charged());
    drop(snap);
    let d = comuniza::views::verify::verify(&*engine.db).unwrap();
    assert_eq!(d.count, 0, "{:?}", d.lines);

    // Exported with its photos, and imported again: the same photos, in the same order.
    let out = dir.path().join("export.json");
    let media_out = dir.path().join("exported-media");
    comuniza::cli::export::export_with_media(&*engine.db, &out, 20_000, Some(&media_out)).unwrap();
    let exported: Vec<Value> = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let rows: Vec<&Value> = exported
        .iter()
        .filter(|r| r["model"] == "items.itemimage")
        .collect();
    assert_eq!(rows.len(), 8);
    assert_eq!(rows[0]["fields"]["is_primary"], true);
    assert_eq!(rows[0]["fields"]["caption"], "The drill");
    let file = media_out.join(rows[0]["fields"]["image"].as_str().unwrap());
    let full = std::fs::read(&file).unwrap();
    assert_eq!(
        Digest::of(&full),
        photos.list[0].size(Fit::Full).digest,
        "the full size as kept"
    );
    let again = dir.path().join("again.redb");
    let report = import_with_media(&again, &out, false, false, Some(&media_out)).unwrap();
    let users: Vec<&Value> = exported
        .iter()
        .filter(|r| r["model"] == "users.user" && r["fields"]["avatar"].is_string())
        .collect();
    assert_eq!(users.len(), 1, "the one picture kept");
    let avatar = users[0]["fields"]["avatar"].as_str().unwrap();
    assert!(avatar.starts_with("avatars/"), "{avatar}");
    assert!(media_out.join(avatar).is_file());
    let m = report.media.expect("a media report");
    assert_eq!((m.photos, m.pictures), (8, 1));
    let engine = comuniza::engine::Engine::open(&again, Default::default()).unwrap();
    let back = engine.snapshot().unwrap().item_photos(ItemId(1)).unwrap();
    let dims = |p: &comuniza::domain::photo::Photos| -> Vec<(String, u32, u32)> {
        p.list
            .iter()
            .map(|p| {
                (
                    p.alt.clone(),
                    p.size(Fit::Full).width,
                    p.size(Fit::Full).height,
                )
            })
            .collect()
    };
    assert_eq!(dims(&back), dims(&photos));
}
