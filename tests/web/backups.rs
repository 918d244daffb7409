//! The staff's backup download on `/admin/system`: a verified copy of the data file, refused to
//! everyone else.

use redb::{ReadableDatabase, ReadableTableMetadata};
use reqwest::StatusCode;

use crate::browser::{site_with_admin, Browser};

#[tokio::test]
async fn staff_download_a_verified_copy_of_the_data_file() {
    let (app, admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let panel = admin.get("/admin/system").await;
    assert!(panel.body.contains("Download a backup"), "{}", panel.body);
    assert!(
        panel.body.contains("No scheduled backups"),
        "{}",
        panel.body
    );

    let csrf = admin.csrf().await;
    let res = admin
        .client
        .post(format!("{}/admin/system/backup", admin.base))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "application/octet-stream");
    let disposition = res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        disposition.starts_with("attachment; filename=\"comuniza-")
            && disposition.ends_with(".redb\""),
        "{disposition}"
    );
    let bytes = res.bytes().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("downloaded.redb");
    std::fs::write(&copy, &bytes).unwrap();
    let db = redb::ReadOnlyDatabase::open(&copy).unwrap();
    assert_eq!(comuniza::views::verify::verify(&db).unwrap().count, 0);
    let users = db
        .begin_read()
        .unwrap()
        .open_table(comuniza::store::tables::USERS)
        .unwrap()
        .len()
        .unwrap();
    assert_eq!(users, 2, "the admin and ana");

    // A member, and a form without its token, are refused.
    assert_eq!(
        ana.post("/admin/system/backup", &[]).await.status,
        StatusCode::FORBIDDEN
    );
    let forged = admin
        .post_raw("/admin/system/backup", &[("csrf", "forged")])
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
}
