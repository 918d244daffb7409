//! Headers every response gets: an ETag (with `304` on a match) for every successful page and
//! API answer, and the security headers (CSP without inline script, no framing, no sniffing).

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::cached::if_none_match;
use crate::cache::etag_of;

/// Bodies larger than this are sent without an ETag rather than buffered.
const MAX_HASHED: usize = 4 << 20;

/// Adds an ETag to successful GET responses that have none (pages rendered per request) and
/// answers `304 Not Modified` when the client already holds that version.
pub async fn etag(req: Request, next: Next) -> Response {
    let get = matches!(*req.method(), Method::GET | Method::HEAD);
    let inm = req.headers().get(header::IF_NONE_MATCH).cloned();
    let res = next.run(req).await;
    if !get || res.status() != StatusCode::OK {
        return res;
    }
    let mut probe = axum::http::HeaderMap::new();
    if let Some(v) = inm {
        probe.insert(header::IF_NONE_MATCH, v);
    }
    if let Some(tag) = res
        .headers()
        .get(header::ETAG)
        .and_then(|t| t.to_str().ok())
    {
        if if_none_match(&probe, tag) {
            return not_modified(res.headers());
        }
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_HASHED).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let tag = etag_of(&bytes);
    if let Ok(v) = HeaderValue::from_str(&tag) {
        parts.headers.insert(header::ETAG, v);
    }
    if if_none_match(&probe, &tag) {
        return not_modified(&parts.headers);
    }
    Response::from_parts(parts, Body::from(bytes))
}

fn not_modified(headers: &axum::http::HeaderMap) -> Response {
    let mut res = StatusCode::NOT_MODIFIED.into_response();
    for h in [
        header::ETAG,
        header::CACHE_CONTROL,
        header::VARY,
        header::SET_COOKIE,
    ] {
        for v in headers.get_all(&h) {
            res.headers_mut().append(h.clone(), v.clone());
        }
    }
    res
}

/// How caches may keep an answer that depends on who asks: revalidated every time
/// (`no-cache`, cheap with the ETag), never kept by a shared cache for a signed-in viewer
/// (`private`), and keyed on the request headers that say who it is (`vary`).
pub fn per_viewer(h: &mut axum::http::HeaderMap, signed_in: bool, vary: &'static str) {
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if signed_in {
            "private, no-cache"
        } else {
            "no-cache"
        }),
    );
    h.insert(header::VARY, HeaderValue::from_static(vary));
}

/// The security headers of every response.
pub async fn security(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
             object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        ),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    res
}

/// What a panicking handler answers: a plain 500 (the panic is logged by the hook).
pub fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a request handler panicked");
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "something went wrong on the server; please try again",
    )
        .into_response()
}
