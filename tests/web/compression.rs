//! Compressed answers (issue 18, part 2): brotli or gzip as `Accept-Encoding` asks, the same
//! content as the plain answer, an ETag per coding with `304` only for the coding it names,
//! cached pages as fresh as the plain ones, and form tokens that differ at every load (so a
//! compressed page's length tells nothing about them).

use std::io::Read;

use comuniza::store::commands::{Actor, CreateItem};
use reqwest::header::{ACCEPT_ENCODING, CONTENT_ENCODING, ETAG, IF_NONE_MATCH, VARY};

use crate::browser::{csrf_of, site_with_admin, Browser};
use crate::helpers::{item_fields, TestApp};

/// One answer: status, `Content-Encoding`, ETag, `Vary` and the decoded body.
#[derive(Debug)]
struct Answer {
    status: u16,
    coding: Option<String>,
    etag: Option<String>,
    vary: Vec<String>,
    body: String,
    sent: usize,
}

fn decode(coding: Option<&str>, sent: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    match coding {
        None => out.extend_from_slice(sent),
        Some("br") => {
            brotli::Decompressor::new(sent, 4096)
                .read_to_end(&mut out)
                .unwrap();
        }
        Some("gzip") => {
            flate2::read::GzDecoder::new(sent)
                .read_to_end(&mut out)
                .unwrap();
        }
        Some(other) => panic!("unexpected coding {other}"),
    }
    out
}

async fn fetch(client: &reqwest::Client, url: &str, accept: &str, inm: Option<&str>) -> Answer {
    let mut req = client.get(url);
    if !accept.is_empty() {
        req = req.header(ACCEPT_ENCODING, accept);
    }
    if let Some(tag) = inm {
        req = req.header(IF_NONE_MATCH, tag);
    }
    let res = req.send().await.unwrap();
    let header = |name| {
        res.headers()
            .get(name)
            .map(|v: &reqwest::header::HeaderValue| v.to_str().unwrap().to_string())
    };
    let (status, coding, etag) = (
        res.status().as_u16(),
        header(CONTENT_ENCODING),
        header(ETAG),
    );
    let vary = res
        .headers()
        .get_all(VARY)
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect();
    let sent = res.bytes().await.unwrap();
    let body = String::from_utf8(decode(coding.as_deref(), &sent)).unwrap();
    Answer {
        status,
        coding,
        etag,
        vary,
        body,
        sent: sent.len(),
    }
}

fn visitor() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The ETag `plain` gets in `coding`: `"abc"` → `"abc+br"`.
fn tag_in(plain: &str, suffix: &str) -> String {
    format!("{}{suffix}\"", plain.trim_end_matches('"'))
}

async fn an_item(app: &TestApp, owner: &str, title: &str) {
    let owner = app.user_id(owner);
    app.ok(Actor::User(owner), CreateItem(item_fields(title, vec![])))
        .await;
}

#[tokio::test]
async fn pages_and_answers_come_in_the_coding_asked_for_with_the_same_content() {
    let (app, _admin) = site_with_admin().await;
    an_item(&app, "admin", "Cordless drill").await;
    let client = visitor();
    let mut compressed = 0;
    // Cached pages, cached JSON, pages and JSON built per request, an error page.
    for path in [
        "/",
        "/items",
        "/badges",
        "/leaderboards",
        "/groups/map",
        "/search?q=drill",
        "/api/badges",
        "/api/leaderboards",
        "/api/search?q=drill",
        "/no-such-page",
    ] {
        let url = format!("{}{path}", app.base);
        let plain = fetch(&client, &url, "", None).await;
        assert_eq!(plain.coding, None, "{path}");
        assert!(
            plain.vary.iter().any(|v| v.contains("Accept-Encoding")),
            "{path}: {:?}",
            plain.vary
        );
        // Cached answers are kept in brotli; built per request, gzip's fast level is used
        // when the client takes it.
        for (accept, codings) in [
            ("gzip, deflate, br", &["br", "gzip"][..]),
            ("gzip", &["gzip"]),
            ("br", &["br"]),
            ("br;q=0.2, gzip;q=0.8", &["gzip"]),
        ] {
            let got = fetch(&client, &url, accept, None).await;
            assert_eq!(got.status, plain.status, "{path} {accept}");
            assert_eq!(got.body, plain.body, "{path} {accept}");
            // What fits in a packet anyway may go out plain.
            if plain.sent >= 512 {
                let coding = got.coding.as_deref().unwrap_or("none");
                assert!(codings.contains(&coding), "{path} {accept}: {coding}");
                assert!(
                    got.sent * 3 < plain.sent * 2,
                    "{path} {accept}: {} bytes of {}",
                    got.sent,
                    plain.sent
                );
                compressed += 1;
            }
            if let Some(plain_tag) = &plain.etag {
                let suffix = match got.coding.as_deref() {
                    Some("br") => "+br",
                    Some("gzip") => "+gz",
                    _ => "",
                };
                assert_eq!(got.etag, Some(tag_in(plain_tag, suffix)), "{path}");
            }
        }
        // Refused codings and unknown ones get the plain bytes.
        let refused = fetch(&client, &url, "br;q=0, gzip;q=0, deflate", None).await;
        assert_eq!((refused.coding, refused.etag), (None, plain.etag.clone()));
    }
    // Every page at least (seven, four ways each); a small site's JSON may fit a packet.
    assert!(compressed >= 28, "{compressed} answers of 40 compressed");
}

#[tokio::test]
async fn a_304_confirms_only_the_coding_its_etag_names() {
    let (app, _admin) = site_with_admin().await;
    let client = visitor();
    for path in ["/items", "/badges", "/search?q=x"] {
        let url = format!("{}{path}", app.base);
        let br = fetch(&client, &url, "br", None).await;
        let tag = br.etag.clone().unwrap();
        assert!(tag.ends_with("+br\""), "{tag}");
        let again = fetch(&client, &url, "br", Some(&tag)).await;
        assert!(
            again.vary.iter().any(|v| v.contains("Accept-Encoding")),
            "{path}: a 304 varies as its 200"
        );
        assert_eq!(
            (again.status, again.etag),
            (304, Some(tag.clone())),
            "{path}"
        );
        // A client that no longer takes brotli cannot use what it holds: the whole answer.
        let gz = fetch(&client, &url, "gzip", Some(&tag)).await;
        assert_eq!(
            (gz.status, gz.coding.as_deref()),
            (200, Some("gzip")),
            "{path}"
        );
        let plain = fetch(&client, &url, "", Some(&tag)).await;
        assert_eq!((plain.status, plain.coding), (200, None), "{path}");
        // A tag of a coding it takes is confirmed, named as the client holds it.
        let gz_tag = gz.etag.clone().unwrap();
        let again = fetch(&client, &url, "gzip, br", Some(&gz_tag)).await;
        assert_eq!((again.status, again.etag), (304, Some(gz_tag)), "{path}");
        let plain_tag = plain.etag.clone().unwrap();
        let again = fetch(&client, &url, "", Some(&plain_tag)).await;
        assert_eq!((again.status, again.etag), (304, Some(plain_tag)), "{path}");
    }
}

#[tokio::test]
async fn a_compressed_cached_page_follows_every_write() {
    let (app, _admin) = site_with_admin().await;
    let client = visitor();
    let items = format!("{}/items", app.base);
    let home = format!("{}/", app.base);
    for accept in ["br", "gzip"] {
        assert!(!fetch(&client, &items, accept, None)
            .await
            .body
            .contains("Garden hose"));
    }
    an_item(&app, "admin", "Garden hose").await;
    for accept in ["br", "gzip", ""] {
        let list = fetch(&client, &items, accept, None).await;
        assert!(list.body.contains("Garden hose"), "{accept}");
        assert!(fetch(&client, &home, accept, None)
            .await
            .body
            .contains("Garden hose"));
    }
    an_item(&app, "admin", "Pressure washer").await;
    let list = fetch(&client, &items, "br", None).await;
    assert!(list.body.contains("Pressure washer") && list.body.contains("Garden hose"));
}

#[tokio::test]
async fn a_members_page_is_compressed_and_its_form_tokens_differ_at_every_load() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let url = format!("{}/account", app.base);
    let first = fetch(&ana.client, &url, "br", None).await;
    let second = fetch(&ana.client, &url, "br", None).await;
    assert_eq!((first.status, first.coding.as_deref()), (200, Some("br")));
    assert!(
        first.vary.iter().any(|v| v.contains("Cookie")),
        "{:?}",
        first.vary
    );
    let (a, b) = (
        csrf_of(&first.body).unwrap(),
        csrf_of(&second.body).unwrap(),
    );
    assert_ne!(a, b, "a token masked afresh at every load");
    // Both are the member's token: each works on a form.
    for token in [a, b] {
        let res = ana
            .client
            .post(format!("{}/account/time-zone", app.base))
            .form(&[("csrf", token.as_str()), ("time_zone", "Europe/Lisbon")])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 303);
    }
    // A token that is neither the member's nor a masking of it is refused.
    let forged = ana
        .client
        .post(format!("{}/account/time-zone", app.base))
        .form(&[("csrf", "AAAA"), ("time_zone", "Europe/Berlin")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status().as_u16(), 403);
    // The sign-in page's token is masked afresh too, for visitors.
    let visitor = Browser::new(&app);
    let (x, y) = (visitor.csrf().await, visitor.csrf().await);
    assert_ne!(x, y);
}
