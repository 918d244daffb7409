//! Photos under SIGKILL: members add photos (some shared by many items, stored once) and
//! delete them while the server is killed at random moments. After the restart every
//! acknowledged change is there, nothing half-written is: `verify` checks every stored size
//! against the records both ways, and its bytes against its digest.

use std::time::Duration;

use comuniza::domain::photo::Digest;
use comuniza::domain::records::ItemId;

use super::{assert_verified, env_u64, kill_rounds_within, prepare, read_only, TOKEN};
use crate::phone::{jpeg, jpeg_seeded};

/// Adds `files` to `item` through the API; the answer's image ids, or `None` when the server
/// went away.
fn add(
    client: &reqwest::blocking::Client,
    base: &str,
    item: u64,
    files: &[Vec<u8>],
) -> Option<Vec<String>> {
    let mut form = reqwest::blocking::multipart::Form::new();
    for (i, bytes) in files.iter().enumerate() {
        let part =
            reqwest::blocking::multipart::Part::bytes(bytes.clone()).file_name(format!("{i}.jpg"));
        form = form.part("image", part);
    }
    let answer = client
        .post(format!("{base}/api/items/{item}/images"))
        .bearer_auth(TOKEN)
        .multipart(form)
        .send()
        .ok()?;
    if answer.status() != 201 {
        return None;
    }
    let body: serde_json::Value = answer.json().ok()?;
    Some(
        body["images"]
            .as_array()?
            .iter()
            .map(|i| i["id"].as_str().unwrap_or_default().to_string())
            .collect(),
    )
}

/// A new item through the API, or `None` when the server went away.
fn new_item(client: &reqwest::blocking::Client, base: &str, i: usize) -> Option<u64> {
    let answer = client
        .post(format!("{base}/api/items"))
        .bearer_auth(TOKEN)
        .json(&serde_json::json!({
            "title": format!("item {i}"), "condition": "good", "max_loan_days": 7,
            "visibility": "public",
        }))
        .send()
        .ok()?;
    if answer.status() != 201 {
        return None;
    }
    answer.json::<serde_json::Value>().ok()?["id"].as_u64()
}

#[test]
fn acknowledged_photo_changes_survive_sigkill_and_nothing_is_half_written() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("photos.redb");
    prepare(&data);
    let seed = env_u64("COMUNIZA_CRASH_SEED").unwrap_or(7);
    let shared = jpeg(400, 300);
    // Each round: an item, two photos (one every item shares, one its own), the shared one
    // deleted again; acknowledged once the deletion is answered, with the photo left.
    let acked = kill_rounds_within(&data, (seed, 1500), 12, move |base, done| {
        let client = reqwest::blocking::Client::builder()
            .timeout(Duration::from_secs(20))
            .build()
            .unwrap();
        let mut acked = Vec::new();
        for i in done.. {
            let Some(item) = new_item(&client, &base, i) else {
                break;
            };
            let own = jpeg_seeded(300, 200, (i % 251) as u8);
            let Some(ids) = add(&client, &base, item, &[shared.clone(), own]) else {
                break;
            };
            let deleted = client
                .delete(format!("{base}/api/items/{item}/images/{}", ids[0]))
                .bearer_auth(TOKEN)
                .send();
            match deleted {
                Ok(r) if r.status() == 200 => acked.push((item, ids[1].clone())),
                _ => break,
            }
        }
        acked
    });
    eprintln!(
        "{} photo changes acknowledged across the kills",
        acked.len()
    );
    assert!(!acked.is_empty(), "some changes were acknowledged");
    assert_verified(&data);
    let read = read_only(&data);
    for (item, kept) in &acked {
        let photos = read.item_photos(ItemId(*item)).unwrap();
        let keys: Vec<String> = photos.list.iter().map(|p| p.key().hex()).collect();
        assert_eq!(keys, std::slice::from_ref(kept), "item {item}");
        // Its bytes are there, whole.
        for size in &photos.list[0].sizes {
            let bytes = read.photo_bytes(size.digest).unwrap().expect("stored");
            assert_eq!(Digest::of(&bytes), size.digest);
        }
    }
}
