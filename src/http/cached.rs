//! Responses served through L1 (DESIGN.md rules 3 and 4): a hit costs a lock and an `Arc`
//! clone; a miss reads a snapshot (the request's, when it has one), fills the cache tagged
//! with the sequence read before that snapshot opened, and every response carries an ETag
//! with `304` on a match.

use std::sync::Arc;

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;

use super::encoding;
use super::error::AppError;
use crate::cache::{Coding, Entry, Segment, ViewKey};
use crate::engine::Engine;
use crate::http::session::Viewer;
use crate::http::snap::Snap;
use crate::store::read::Snapshot;
use crate::store::StoreError;

/// What a page or an API answer served through L1 reads: the engine, the request's snapshot,
/// the viewer (resolved from that snapshot) and the request's headers (for `If-None-Match`).
/// Handlers destructure it: `Reading(e, snap, v, headers): Reading`.
pub struct Reading(pub Engine, pub Snap, pub Viewer, pub HeaderMap);

from_parts!(Reading, |parts, app| {
    let snap = Snap(super::snap::of_request(parts, &app)?);
    let v = Viewer::of_request(parts, &app)?;
    Ok(Reading(app.engine.clone(), snap, v, parts.headers.clone()))
});

/// The entry for `key`, from L1 or built from `snap` (a fresh snapshot when `None`); `None`
/// when `build` finds nothing (not cached: unknown slugs must not fill the cache). A hit opens
/// no snapshot, unless the entry was built from a state after the request's snapshot opened
/// (a badge created a moment ago): then the request's snapshot is replaced by a fresh one, so
/// the viewer's own part of the page never knows less than the cached part.
pub fn cached(
    engine: &Engine,
    snap: Option<&mut Snap>,
    key: ViewKey,
    build: impl FnOnce(&Snapshot) -> Result<Option<(Bytes, Bytes)>, StoreError>,
) -> Result<Option<Arc<Entry>>, AppError> {
    if let Some(entry) = engine.l1.get(&key) {
        if let Some(snap) = snap.filter(|s| s.seq() < entry.seq) {
            *snap = Snap(Arc::new(engine.snapshot()?));
        }
        return Ok(Some(entry));
    }
    let fresh;
    let snap: &Snapshot = match snap {
        Some(s) => s,
        None => {
            fresh = engine.snapshot()?;
            &fresh
        }
    };
    let Some((body, mark)) = build(snap)? else {
        return Ok(None);
    };
    let mut entry = Entry::new(snap.seq(), body, mark);
    if key.segment() != Segment::Cold {
        entry = entry.keeping_pages();
    }
    let entry = Arc::new(entry);
    engine.l1.fill(key, entry.clone());
    Ok(Some(entry))
}

/// Whether `If-None-Match` names this ETag.
pub fn if_none_match(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|t| {
            let t = t.trim();
            t == "*" || t.trim_start_matches("W/") == etag
        })
}

/// A JSON body with its ETag, or `304 Not Modified`.
pub fn json_response(headers: &HeaderMap, etag: &str, body: Bytes) -> Response {
    json_sent(headers, etag, (body, Coding::Identity))
}

/// A cached JSON view, in the form the client takes (see [`encoding::send_form`]).
pub fn json_entry(headers: &HeaderMap, entry: &Entry) -> Response {
    let sent = encoding::send_form(headers, &entry.body, || entry.forms());
    json_sent(headers, &entry.etag, sent)
}

/// [`json_entry`] for an answer that depends on who asks (see [`json_for`]).
pub fn json_for_entry(v: &super::session::Viewer, headers: &HeaderMap, entry: &Entry) -> Response {
    varying_by_viewer(v, json_entry(headers, entry))
}

/// `res` marked as depending on who asks: shared caches key it on the cookie and the token,
/// and keep no signed-in viewer's answer.
fn varying_by_viewer(v: &super::session::Viewer, mut res: Response) -> Response {
    super::headers::per_viewer(res.headers_mut(), v.me.is_some(), "Cookie, Authorization");
    res
}

fn json_sent(headers: &HeaderMap, etag: &str, (body, coding): (Bytes, Coding)) -> Response {
    let etag_value = HeaderValue::from_str(etag).unwrap_or(HeaderValue::from_static("\"0\""));
    if if_none_match(headers, etag) {
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, etag_value)]).into_response();
    }
    let mut res = (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            ),
            (header::ETAG, etag_value),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        body,
    )
        .into_response();
    encoding::set_coding(res.headers_mut(), coding);
    res
}

/// A JSON answer that depends on who asks (`v`): shared caches must key it on the cookie and
/// the token (`Vary`), and may not keep a signed-in viewer's answer at all (`private`).
pub fn json_for(
    v: &super::session::Viewer,
    headers: &HeaderMap,
    etag: &str,
    body: Bytes,
) -> Response {
    varying_by_viewer(v, json_response(headers, etag, body))
}

/// A personal JSON answer built per request: its ETag is the body's.
pub fn json_of<T: serde::Serialize>(
    v: &super::session::Viewer,
    headers: &HeaderMap,
    value: &T,
) -> Response {
    let body = to_json(value);
    json_for(v, headers, &crate::cache::etag_of(&body), body)
}

/// Serializes a value to JSON bytes (values built from our own types cannot fail).
pub fn to_json<T: serde::Serialize>(value: &T) -> Bytes {
    Bytes::from(serde_json::to_vec(value).expect("views serialize"))
}
