//! Photos of items: added through the forms and the API as real image files through the real
//! decoder, stored without their metadata, served at immutable addresses that follow the
//! item's visibility; arranged and deleted; every refusal changes nothing.

use comuniza::domain::choice::{Privacy, Visibility};
use comuniza::domain::photo::{Digest, Fit, Photos, Quota};
use comuniza::domain::records::{ItemId, UserId};
use comuniza::domain::settings::Setting;
use comuniza::store::commands::{Actor, CreateItem, JoinGroup, SetSetting, UpdateItem};
use reqwest::{Method as M, StatusCode};
use serde_json::json;

use crate::browser::{site_with_admin, Browser};
use crate::content::{api, member};
use crate::helpers::{item_fields, TestApp};
use crate::items::id_in;
use crate::phone::{
    contains, from_a_phone, jpeg, jpeg_seeded, latitude_bytes, noisy_jpeg, png, SERIAL,
};

fn photos_of(app: &TestApp, item: ItemId) -> Photos {
    app.read().item_photos(item).unwrap()
}

fn photo_url(photos: &Photos, i: usize, fit: Fit) -> String {
    format!("/photos/{}.jpg", photos.list[i].size(fit).digest.hex())
}

/// What the file's photos take, and what `user` is charged.
fn storage(app: &TestApp, user: UserId) -> (u64, u64, u64) {
    let snap = app.read();
    let s = snap.photo_storage().unwrap();
    (s.sizes, s.bytes, snap.photo_usage(user).unwrap())
}

async fn set_quota(app: &TestApp, quota: Quota, mb: &str) {
    let cmd = SetSetting {
        setting: Setting::Quota(quota),
        value: mb.into(),
    };
    app.ok(Actor::System, cmd).await;
}

#[tokio::test]
async fn a_phone_photo_shared_with_an_item_is_stored_without_its_metadata_and_shown_everywhere() {
    let (app, _admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let upload = from_a_phone(&jpeg(2000, 1000));
    assert!(contains(&upload, SERIAL) && contains(&upload, &latitude_bytes()));
    let page = ana
        .upload(
            "/items/new",
            &[
                ("title", "Cordless drill"),
                ("condition", "good"),
                ("status", "available"),
                ("max_loan_days", "7"),
                ("visibility", "public"),
            ],
            &[("IMG_2041.JPG", &upload)],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let item = ItemId(id_in(page.location.as_deref()));
    let photos = photos_of(&app, item);
    assert_eq!(photos.list.len(), 1);
    let dims: Vec<(u32, u32)> = photos.list[0]
        .sizes
        .iter()
        .map(|s| (s.width, s.height))
        .collect();
    assert_eq!(
        dims,
        [(160, 320), (480, 960), (960, 1920)],
        "turned upright"
    );

    // Every size, as served to a visitor: a JPEG of the size it says, with nothing of the
    // phone's metadata, at an address that never changes.
    let visitor = Browser::new(&app);
    for fit in [Fit::Thumb, Fit::Page, Fit::Full] {
        let url = photo_url(&photos, 0, fit);
        let (status, headers, bytes) = visitor.bytes(&url).await;
        assert_eq!(status, StatusCode::OK, "{url}");
        assert_eq!(headers["content-type"], "image/jpeg");
        assert_eq!(
            headers["cache-control"],
            "private, max-age=31536000, immutable"
        );
        let digest = photos.list[0].size(fit).digest;
        assert_eq!(Digest::of(&bytes), digest, "the address names the bytes");
        assert_eq!(headers["etag"], format!("\"{}\"", digest.hex()).as_str());
        assert!(!contains(&bytes, b"Exif"), "no EXIF segment");
        assert!(!contains(&bytes, SERIAL), "no camera serial");
        assert!(!contains(&bytes, &latitude_bytes()), "no position");
        let decoded = image::load_from_memory(&bytes).unwrap();
        let size = photos.list[0].size(fit);
        assert_eq!(
            (decoded.width(), decoded.height()),
            (size.width, size.height)
        );
        // Asked again with its ETag: nothing to send.
        let res = app
            .client
            .get(format!("{}{url}", app.base))
            .header("if-none-match", format!("\"{}\"", digest.hex()))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::NOT_MODIFIED);
    }

    // Shown: the list's card and the home page (thumbnail with its size set), the item page
    // (the page size, opening the full size), the owner's items.
    let thumb = photo_url(&photos, 0, Fit::Thumb);
    let list = visitor.get("/items").await.body;
    assert!(list.contains(&format!("src=\"{thumb}\"")), "{list}");
    assert!(list.contains("width=\"160\" height=\"320\" loading=\"lazy\""));
    assert!(visitor.get("/").await.body.contains(&thumb), "newest items");
    let detail = visitor.get(&format!("/items/{item}")).await.body;
    assert!(detail.contains(&photo_url(&photos, 0, Fit::Page)));
    assert!(detail.contains(&format!("href=\"{}\"", photo_url(&photos, 0, Fit::Full))));
    assert!(
        detail.contains("alt=\"Cordless drill\""),
        "the title is the alt text"
    );
    assert!(ana.get("/my/items").await.body.contains(&thumb));

    // An item without a photo gets its placeholder.
    app.item(ana_id, "Ladder", vec![]).await;
    let list = visitor.get("/items").await.body;
    assert!(list.contains("class=\"photo-none\""), "{list}");

    let (sizes, bytes, charged) = storage(&app, ana_id);
    assert_eq!(sizes, 3);
    assert_eq!(bytes, photos.list[0].charged());
    assert_eq!(charged, bytes);
    app.verify_clean();
}

#[tokio::test]
async fn photos_are_arranged_described_and_deleted_and_a_size_is_freed_with_its_last_use() {
    let (app, _admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let item = app.item(ana_id, "Tent", vec![]).await;
    let other = app.item(ana_id, "Tent pegs", vec![]).await;
    let (one, two, three) = (
        jpeg_seeded(800, 600, 1),
        png(640, 480),
        jpeg_seeded(600, 800, 3),
    );
    let page = ana
        .upload(
            &format!("/items/{item}/photos"),
            &[],
            &[("one.jpg", &one), ("two.png", &two), ("three.jpg", &three)],
        )
        .await;
    page.assert_redirect(&format!("/items/{item}/edit#photos"));
    let photos = photos_of(&app, item);
    let keys: Vec<Digest> = photos.list.iter().map(|p| p.key()).collect();
    assert_eq!(keys.len(), 3);
    let edit = ana.get(&format!("/items/{item}/edit")).await.body;
    assert!(edit.contains("3 of 6"), "{edit}");
    let act = |key: Digest, fields: Vec<(&'static str, String)>| {
        let ana = &ana;
        async move {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            ana.post(&format!("/items/{item}/photos/{}", key.hex()), &fields)
                .await
        }
    };
    act(keys[2], vec![("do", "primary".into())])
        .await
        .assert_redirect(&format!("/items/{item}/edit#photos"));
    let order = |app: &TestApp| -> Vec<Digest> {
        photos_of(app, item).list.iter().map(|p| p.key()).collect()
    };
    assert_eq!(order(&app), [keys[2], keys[0], keys[1]]);
    act(keys[1], vec![("do", "earlier".into())]).await;
    assert_eq!(order(&app), [keys[2], keys[1], keys[0]]);
    act(keys[2], vec![("do", "later".into())]).await;
    assert_eq!(order(&app), [keys[1], keys[2], keys[0]]);
    let alt = "Green tent <b>pitched</b>";
    act(keys[1], vec![("do", "alt".into()), ("alt", alt.into())]).await;
    assert_eq!(photos_of(&app, item).list[0].alt, alt);
    let detail = ana.get(&format!("/items/{item}")).await.body;
    assert!(detail.contains("alt=\"Green tent &lt;b&gt;pitched&lt;/b&gt;\""));
    // Alt text with a direction override is refused, and nothing changes.
    let page = act(
        keys[1],
        vec![("do", "alt".into()), ("alt", "a\u{202E}b".into())],
    )
    .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(photos_of(&app, item).list[0].alt, alt);

    // The same photo on a second item is stored once; deleting it from one keeps it.
    let page = ana
        .upload(&format!("/items/{other}/photos"), &[], &[("one.jpg", &one)])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let (sizes_before, bytes_before, charged_before) = storage(&app, ana_id);
    // A photo smaller than a size is that size too: its sizes share their bytes.
    let mut distinct: Vec<Digest> = photos_of(&app, item)
        .list
        .iter()
        .flat_map(|p| p.sizes.map(|s| s.digest))
        .collect();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(
        distinct.len(),
        6,
        "800x600 and smaller: the page size is the full size"
    );
    assert_eq!(
        sizes_before, 6,
        "one.jpg's sizes are shared with the second item"
    );
    let one_photo = photos_of(&app, other).list[0].clone();
    assert_eq!(
        charged_before,
        photos_of(&app, item).charged() + one_photo.charged()
    );
    act(keys[0], vec![("do", "delete".into())])
        .await
        .assert_redirect(&format!("/items/{item}/edit#photos"));
    assert_eq!(order(&app), [keys[1], keys[2]]);
    let (sizes, bytes, charged) = storage(&app, ana_id);
    assert_eq!(
        (sizes, bytes),
        (sizes_before, bytes_before),
        "still shown by the other item"
    );
    assert_eq!(charged, charged_before - one_photo.charged());
    let url = format!("/photos/{}.jpg", one_photo.size(Fit::Page).digest.hex());
    assert_eq!(ana.bytes(&url).await.0, StatusCode::OK);
    // Its last use gone, it is freed, and its address answers 404.
    let page = ana
        .post(
            &format!("/items/{other}/photos/{}", one_photo.key().hex()),
            &[("do", "delete")],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    let (sizes, bytes, _) = storage(&app, ana_id);
    assert_eq!(sizes, 4, "two photos of two distinct sizes each");
    let left = photos_of(&app, item);
    let stored: u64 = left
        .list
        .iter()
        .map(|p| p.charged() - u64::from(p.size(Fit::Page).bytes))
        .sum();
    assert_eq!(bytes, stored, "each size once");
    assert_eq!(ana.bytes(&url).await.0, StatusCode::NOT_FOUND);
    app.verify_clean();
}

#[tokio::test]
async fn every_refused_upload_changes_nothing() {
    let (app, _admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let (bob, _) = member(&app, "bob").await;
    let item = app.item(ana_id, "Kayak", vec![]).await;
    let path = format!("/items/{item}/photos");
    let first = jpeg_seeded(400, 300, 1);
    ana.upload(&path, &[], &[("first.jpg", &first)]).await;
    let before = (photos_of(&app, item), storage(&app, ana_id));
    let unchanged = |app: &TestApp| {
        assert_eq!((photos_of(app, item), storage(app, ana_id)), before);
    };

    // Not a photo: a GIF, a text file renamed .jpg, an empty file.
    for (name, bytes) in [
        ("anim.gif", b"GIF89a\x01\0\x01\0\0\0\0;".to_vec()),
        ("notes.jpg", b"just some text".to_vec()),
    ] {
        let page = ana.upload(&path, &[], &[(name, &bytes)]).await;
        assert_eq!(page.status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{name}");
        assert!(
            page.body.contains(name),
            "the message names the file: {}",
            page.body
        );
        assert!(
            page.body.contains("only JPEG, PNG and WebP"),
            "{}",
            page.body
        );
        unchanged(&app);
    }
    // A JPEG broken in its headers (one cut in its pixels decodes, grey below the cut, as a
    // browser shows it).
    let mut cut = jpeg(300, 300);
    cut.truncate(120);
    let page = ana.upload(&path, &[], &[("cut.jpg", &cut)]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("cannot be read"), "{}", page.body);
    unchanged(&app);
    // Over 15 MB, and a body over the limit of the address.
    let mut big = jpeg(64, 64);
    big.resize(15 * 1024 * 1024 + 1, 0);
    let page = ana.upload(&path, &[], &[("big.jpg", &big)]).await;
    assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(page.body.contains("over 15 MB"), "{}", page.body);
    let huge = vec![0u8; 33 << 20];
    let page = ana.upload(&path, &[], &[("huge.jpg", &huge)]).await;
    assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(page.body.contains("at most 32 MB"), "{}", page.body);
    unchanged(&app);
    // Too many: six more on an item that has one.
    let six: Vec<Vec<u8>> = (10..16).map(|s| jpeg_seeded(100, 100, s)).collect();
    let files: Vec<(&str, &[u8])> = six.iter().map(|b| ("x.jpg", b.as_slice())).collect();
    let page = ana.upload(&path, &[], &files).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("5 more can be added"), "{}", page.body);
    unchanged(&app);
    // The same photo twice.
    let page = ana.upload(&path, &[], &[("again.jpg", &first)]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("already on this item"));
    unchanged(&app);
    // Over the member's quota (1 MB), then over the site's.
    set_quota(&app, Quota::PerMember, "1").await;
    let heavy = noisy_jpeg(1600, 1200, 7);
    let page = ana.upload(&path, &[], &[("heavy.jpg", &heavy)]).await;
    assert_eq!(page.status, StatusCode::CONFLICT, "{}", page.body);
    assert!(page.body.contains("each member may keep"), "{}", page.body);
    unchanged(&app);
    set_quota(&app, Quota::PerMember, "0").await;
    set_quota(&app, Quota::Site, "1").await;
    let page = ana.upload(&path, &[], &[("heavy.jpg", &heavy)]).await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    assert!(page.body.contains("photo storage is full"), "{}", page.body);
    unchanged(&app);
    set_quota(&app, Quota::Site, "0").await;
    // Someone else's item; a visitor; a form without its token.
    let page = bob
        .upload(&path, &[], &[("mine.jpg", &jpeg(200, 200))])
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    let photo = format!("{path}/{}", before.0.list[0].key().hex());
    let page = bob.post(&photo, &[("do", "delete")]).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    let visitor = Browser::new(&app);
    let page = visitor
        .upload(&path, &[], &[("x.jpg", &jpeg(200, 200))])
        .await;
    assert_ne!(page.status, StatusCode::SEE_OTHER);
    assert!(
        page.status == StatusCode::UNAUTHORIZED
            || page.location.is_some_and(|l| l.starts_with("/signin"))
    );
    let res = ana
        .client
        .post(format!("{}{path}", app.base))
        .multipart(reqwest::multipart::Form::new().part(
            "photos",
            reqwest::multipart::Part::bytes(jpeg(200, 200)).file_name("x.jpg"),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN, "no CSRF token");
    // A form of countless parts, or of text past a form's limit, around a photo.
    let many: Vec<(String, String)> = (0..70).map(|i| (format!("f{i}"), "x".into())).collect();
    let fields: Vec<(&str, &str)> = many.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let page = ana
        .upload(&path, &fields, &[("x.jpg", &jpeg(200, 200))])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("more than 64 parts"), "{}", page.body);
    let long = "x".repeat(70 * 1024);
    let page = ana
        .upload(&path, &[("alt", &long)], &[("x.jpg", &jpeg(200, 200))])
        .await;
    assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE);
    unchanged(&app);
    // A sharing form whose photo is refused shares nothing.
    let items_before = app.read().items_of(ana_id).unwrap().len();
    let page = ana
        .upload(
            "/items/new",
            &[
                ("title", "Canoe"),
                ("condition", "good"),
                ("status", "available"),
                ("max_loan_days", "7"),
                ("visibility", "public"),
            ],
            &[("notes.txt", b"text")],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(page.body.contains("Share an item"), "the form comes back");
    assert_eq!(app.read().items_of(ana_id).unwrap().len(), items_before);
    unchanged(&app);
    app.verify_clean();
}

#[tokio::test]
async fn a_photo_is_seen_by_whoever_may_see_its_item_and_nobody_else() {
    let (app, admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let (bob, bob_id) = member(&app, "bob").await;
    let (carl, _) = member(&app, "carl").await;
    let visitor = Browser::new(&app);
    let group = app
        .group(ana_id, "Climbers", Privacy::Public, "Lisbon", "38.7")
        .await;
    app.ok(Actor::User(bob_id), JoinGroup { group }).await;
    let mut fields = item_fields("Rope", vec![group]);
    fields.visibility = Visibility::Restricted;
    let rope = ItemId(
        app.ok(Actor::User(ana_id), CreateItem(fields.clone()))
            .await,
    );
    let mut private = item_fields("Diary", vec![]);
    private.visibility = Visibility::Private;
    let diary = ItemId(app.ok(Actor::User(ana_id), CreateItem(private)).await);
    for (item, seed) in [(rope, 1), (diary, 2)] {
        let page = ana
            .upload(
                &format!("/items/{item}/photos"),
                &[],
                &[("p.jpg", &jpeg_seeded(300, 200, seed))],
            )
            .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER);
    }
    let rope_url = photo_url(&photos_of(&app, rope), 0, Fit::Thumb);
    let diary_url = photo_url(&photos_of(&app, diary), 0, Fit::Full);
    // The restricted item's: its group's members, its owner and staff.
    let (s, h, _) = bob.bytes(&rope_url).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(h["cache-control"], "private, max-age=31536000, immutable");
    assert_eq!(ana.bytes(&rope_url).await.0, StatusCode::OK);
    assert_eq!(admin.bytes(&rope_url).await.0, StatusCode::OK);
    assert_eq!(carl.bytes(&rope_url).await.0, StatusCode::NOT_FOUND);
    assert_eq!(visitor.bytes(&rope_url).await.0, StatusCode::NOT_FOUND);
    // The private item's: its owner (and staff) alone.
    assert_eq!(ana.bytes(&diary_url).await.0, StatusCode::OK);
    assert_eq!(bob.bytes(&diary_url).await.0, StatusCode::NOT_FOUND);
    assert_eq!(visitor.bytes(&diary_url).await.0, StatusCode::NOT_FOUND);
    // An address that names nothing, or is not a digest.
    let nothing = format!("/photos/{}.jpg", Digest::of(b"nothing").hex());
    assert_eq!(ana.bytes(&nothing).await.0, StatusCode::NOT_FOUND);
    assert_eq!(
        ana.bytes("/photos/../../etc/passwd").await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(ana.bytes("/photos/ABC.jpg").await.0, StatusCode::NOT_FOUND);
    // Made public, everyone sees it; archived, only the owner again.
    fields.visibility = Visibility::Public;
    let update = |is_active| UpdateItem {
        item: rope,
        fields: fields.clone(),
        is_active,
    };
    app.ok(Actor::User(ana_id), update(true)).await;
    let (s, h, _) = visitor.bytes(&rope_url).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(h["cache-control"], "private, max-age=31536000, immutable");
    app.ok(Actor::User(ana_id), update(false)).await;
    assert_eq!(visitor.bytes(&rope_url).await.0, StatusCode::NOT_FOUND);
    assert_eq!(carl.bytes(&rope_url).await.0, StatusCode::NOT_FOUND);
    assert_eq!(ana.bytes(&rope_url).await.0, StatusCode::OK);
}

#[tokio::test]
async fn photos_through_the_api() {
    let (app, admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let (bob, _) = member(&app, "bob").await;
    let item = app.item(ana_id, "Bike", vec![]).await;
    let token = ana.token("photos").await;
    let bob_token = bob.token("bob").await;
    let path = format!("/api/items/{item}/images");
    let post = |token: &str, files: Vec<(&'static str, Vec<u8>)>, alt: &str| {
        let mut form = reqwest::multipart::Form::new().text("alt", alt.to_string());
        for (name, bytes) in files {
            form = form.part(
                "image",
                reqwest::multipart::Part::bytes(bytes).file_name(name),
            );
        }
        app.client
            .post(format!("{}{path}", app.base))
            .bearer_auth(token)
            .multipart(form)
            .send()
    };
    let res = post(
        &token,
        vec![
            ("a.jpg", jpeg_seeded(500, 400, 1)),
            ("b.png", png(300, 300)),
        ],
        "Red bike",
    )
    .await
    .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let body: serde_json::Value = res.json().await.unwrap();
    let images = body["images"].as_array().unwrap();
    assert_eq!(images.len(), 2);
    assert_eq!(images[0]["primary"], true);
    assert_eq!(images[0]["alt"], "Red bike");
    assert_eq!(images[0]["thumbnail"]["width"], 320);
    assert_eq!(images[1]["full"]["width"], 300, "never enlarged");
    let second = images[1]["id"].as_str().unwrap().to_string();
    // Read by anyone who sees the item.
    let (status, listed) = api(&app, M::GET, &path, &bob_token, None).await;
    assert_eq!(status, 200);
    assert_eq!(listed, body);
    // Moved first, described, deleted.
    let one = format!("{path}/{second}");
    let (status, moved) = api(
        &app,
        M::PATCH,
        &one,
        &token,
        Some(json!({"position": 0, "alt": "Seat"})),
    )
    .await;
    assert_eq!(status, 200, "{moved}");
    assert_eq!(moved["images"][0]["id"], second.as_str());
    assert_eq!(moved["images"][0]["alt"], "Seat");
    // Refusals, each in JSON, each changing nothing.
    let before = photos_of(&app, item);
    let (status, e) = api(
        &app,
        M::PATCH,
        &one,
        &bob_token,
        Some(json!({"position": 1})),
    )
    .await;
    assert_eq!(status, 403, "{e}");
    let (status, _) = api(&app, M::DELETE, &one, &bob_token, None).await;
    assert_eq!(status, 403);
    let (status, e) = api(&app, M::PATCH, &one, &token, Some(json!({"position": 9}))).await;
    assert_eq!(status, 422, "{e}");
    let res = post(&bob_token, vec![("c.jpg", jpeg(100, 100))], "")
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = post(&token, vec![("c.gif", b"GIF89a\x01\0\x01\0".to_vec())], "")
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let e: serde_json::Value = res.json().await.unwrap();
    assert!(e["error"].as_str().unwrap().contains("c.gif"), "{e}");
    let res = post(&token, vec![], "").await.unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = post(
        &token,
        (0..5)
            .map(|s| ("m.jpg", jpeg_seeded(50, 50, s + 20)))
            .collect(),
        "",
    )
    .await
    .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "2 + 5 > 6");
    // A browser's session is not a token.
    let res = ana
        .client
        .delete(format!("{}{one}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(photos_of(&app, item), before);
    // Staff may delete; then it is gone.
    let staff = admin.token("staff").await;
    let (status, after) = api(&app, M::DELETE, &one, &staff, None).await;
    assert_eq!(status, 200);
    assert_eq!(after["images"].as_array().unwrap().len(), 1);
    let (status, _) = api(&app, M::DELETE, &one, &staff, None).await;
    assert_eq!(status, 404);
    app.verify_clean();
}

#[tokio::test]
async fn a_members_picture_is_shown_where_their_name_is_and_only_there() {
    let (app, admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let carl = Browser::sign_up_private(&app, "carl").await;
    let carl_id = app.user_id("carl");
    let (bob, bob_id) = member(&app, "bob").await;
    let visitor = Browser::new(&app);

    let page = ana
        .upload(
            "/account/picture",
            &[],
            &[("me.jpg", &from_a_phone(&jpeg(900, 600)))],
        )
        .await;
    page.assert_redirect("/account#picture");
    let picture = app.read().avatar(ana_id).unwrap().expect("saved");
    let url = format!("/photos/{}.jpg", picture.size(Fit::Thumb).digest.hex());
    let (status, _, bytes) = visitor.bytes(&url).await;
    assert_eq!(status, StatusCode::OK, "her profile is public");
    assert!(!contains(&bytes, SERIAL) && !contains(&bytes, &latitude_bytes()));
    assert!(
        visitor.get("/users/ana").await.body.contains(&url),
        "on her profile"
    );
    assert!(ana.get("/account").await.body.contains(&url));
    assert_eq!(storage(&app, ana_id).2, picture.charged());

    // Carl's profile is private: his picture shows to staff and, once they share a loan, to
    // the other person of it; to nobody else.
    let page = carl
        .upload("/account/picture", &[], &[("c.png", &png(400, 400))])
        .await;
    page.assert_redirect("/account#picture");
    let carls = app.read().avatar(carl_id).unwrap().unwrap();
    let carl_url = format!("/photos/{}.jpg", carls.size(Fit::Thumb).digest.hex());
    assert_eq!(visitor.bytes(&carl_url).await.0, StatusCode::NOT_FOUND);
    assert_eq!(bob.bytes(&carl_url).await.0, StatusCode::NOT_FOUND);
    assert_eq!(admin.bytes(&carl_url).await.0, StatusCode::OK);
    assert_eq!(carl.bytes(&carl_url).await.0, StatusCode::OK);
    let drill = app.item(carl_id, "Drill", vec![]).await;
    let loan = app.request(bob_id, drill).await;
    assert_eq!(bob.bytes(&carl_url).await.0, StatusCode::OK);
    let loan_page = bob.get(&format!("/loans/{loan}")).await.body;
    assert!(
        loan_page.contains(&carl_url),
        "beside his name on their loan"
    );

    // Refusals change nothing: not a photo, two files, someone else's picture (by the
    // command), and a visitor.
    let page = ana
        .upload(
            "/account/picture",
            &[],
            &[("me.gif", b"GIF89a\x01\0\x01\0")],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(page.body.contains("Your account"), "the account page again");
    let two = [jpeg_seeded(100, 100, 1), jpeg_seeded(100, 100, 2)];
    let page = ana
        .upload(
            "/account/picture",
            &[],
            &[("a.jpg", &two[0]), ("b.jpg", &two[1])],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.read().avatar(ana_id).unwrap(), Some(picture.clone()));
    let r = app
        .run(
            Actor::User(bob_id),
            comuniza::store::commands::SetAvatar {
                user: ana_id,
                photo: None,
            },
        )
        .await;
    assert!(r.is_err(), "only she may change it");
    let page = visitor
        .upload("/account/picture", &[], &[("x.jpg", &two[0])])
        .await;
    assert_ne!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(app.read().avatar(ana_id).unwrap(), Some(picture.clone()));

    // Staff take an offensive picture away from the users page; members may not.
    let users = admin.get("/admin/users?q=carl").await.body;
    assert!(
        users.contains(&format!("/admin/users/{carl_id}/picture/remove")),
        "{users}"
    );
    let remove = format!("/admin/users/{carl_id}/picture/remove");
    assert_eq!(
        bob.post(&remove, &[("q", "")]).await.status,
        StatusCode::FORBIDDEN
    );
    assert!(app.read().avatar(carl_id).unwrap().is_some());
    let page = admin.post(&remove, &[("q", "carl")]).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(app.read().avatar(carl_id).unwrap(), None);
    assert_eq!(carl.bytes(&carl_url).await.0, StatusCode::NOT_FOUND);

    // Removed: the bytes go, the address answers 404, her initials stand in.
    let page = ana.post("/account/picture/remove", &[]).await;
    page.assert_redirect("/account#picture");
    assert_eq!(app.read().avatar(ana_id).unwrap(), None);
    assert_eq!(visitor.bytes(&url).await.0, StatusCode::NOT_FOUND);
    assert_eq!(storage(&app, ana_id).2, 0);
    assert!(visitor
        .get("/users/ana")
        .await
        .body
        .contains("avatar initials"));
    app.verify_clean();
}

#[tokio::test]
async fn deleting_an_account_takes_its_photos_with_it() {
    let (app, _admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let item = app.item(ana_id, "Tent", vec![]).await;
    ana.upload(
        &format!("/items/{item}/photos"),
        &[],
        &[("t.jpg", &jpeg(640, 480))],
    )
    .await
    .assert_redirect(&format!("/items/{item}/edit#photos"));
    ana.upload("/account/picture", &[], &[("me.jpg", &png(200, 200))])
        .await
        .assert_redirect("/account#picture");
    let url = photo_url(&photos_of(&app, item), 0, Fit::Thumb);
    assert_eq!(ana.bytes(&url).await.0, StatusCode::OK);
    let page = ana
        .post(
            "/account/delete",
            &[("current", "password-ana"), ("confirm", "on")],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(photos_of(&app, item).list.is_empty());
    assert_eq!(app.read().avatar(ana_id).unwrap(), None);
    assert_eq!(storage(&app, ana_id), (0, 0, 0));
    app.verify_clean();
}

#[tokio::test]
async fn uploads_are_limited_per_member_and_hour() {
    let (app, admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let item = app.item(ana_id, "Tent", vec![]).await;
    let cmd = SetSetting {
        setting: Setting::Limit(comuniza::domain::limits::PHOTO_UPLOADS),
        value: "1".into(),
    };
    app.ok(Actor::System, cmd).await;
    let path = format!("/items/{item}/photos");
    let page = ana
        .upload(&path, &[], &[("a.jpg", &jpeg_seeded(200, 200, 1))])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    let before = photos_of(&app, item);
    // Refused before any work is done, with when to try again.
    let res = ana
        .client
        .post(format!("{}{path}", app.base))
        .multipart(
            reqwest::multipart::Form::new()
                .text("csrf", ana.csrf().await)
                .part(
                    "photos",
                    reqwest::multipart::Part::bytes(jpeg_seeded(200, 200, 2)).file_name("b.jpg"),
                ),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.headers().contains_key("retry-after"));
    let said = res.text().await.unwrap().to_lowercase();
    assert!(
        said.contains("photo uploads: this site allows at most 1 per hour"),
        "{said}"
    );
    assert_eq!(photos_of(&app, item), before);
    // Staff are never limited.
    for seed in 3..5 {
        let page = admin
            .upload(&path, &[], &[("s.jpg", &jpeg_seeded(200, 200, seed))])
            .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    }
    assert_eq!(photos_of(&app, item).list.len(), 3);
}

#[tokio::test]
async fn a_sharing_form_refused_for_its_photo_does_not_use_up_the_item_limit() {
    let (app, _admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let cmd = SetSetting {
        setting: Setting::Limit(comuniza::domain::limits::ITEMS),
        value: "1".into(),
    };
    app.ok(Actor::System, cmd).await;
    let fields = [
        ("title", "Canoe"),
        ("condition", "good"),
        ("status", "available"),
        ("max_loan_days", "7"),
        ("visibility", "public"),
    ];
    let page = ana
        .upload("/items/new", &fields, &[("notes.jpg", b"text")])
        .await;
    assert_eq!(page.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let page = ana
        .upload("/items/new", &fields, &[("canoe.jpg", &jpeg(300, 200))])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(app.read().items_of(ana_id).unwrap().len(), 1);
    // That one counted: the next is over the limit.
    let page = ana
        .upload(
            "/items/new",
            &fields,
            &[("kayak.jpg", &jpeg_seeded(300, 200, 9))],
        )
        .await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(app.read().items_of(ana_id).unwrap().len(), 1);
}
