//! Headers every response gets: an ETag (with `304` on a match) for every successful page and
//! API answer, and the security headers (CSP without inline script, no framing, no sniffing).

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body::Body as _;
use http_body_util::BodyExt;

use super::cached::if_none_match;
use crate::cache::etag_of;

/// Bodies larger than this are sent without an ETag rather than buffered whole: what was read
/// of one goes out first and the rest streams after it.
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
    // A stream of events (`live`) never ends: it has no content to tag.
    let streaming = res
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|t| t.as_bytes().starts_with(b"text/event-stream"));
    if streaming {
        return res;
    }
    let (mut parts, mut body) = res.into_parts();
    if body.size_hint().lower() > MAX_HASHED as u64 {
        return Response::from_parts(parts, body);
    }
    let mut read = bytes::BytesMut::new();
    while let Some(frame) = body.frame().await {
        let frame = match frame {
            Ok(f) => f,
            Err(e) => {
                return super::error::AppError::internal(format!("reading a response body: {e}"))
                    .into_response()
            }
        };
        if let Ok(data) = frame.into_data() {
            read.extend_from_slice(&data);
        }
        if read.len() > MAX_HASHED {
            let head = read.freeze();
            return Response::from_parts(parts, Body::new(Prefixed::new(head, body)));
        }
    }
    let bytes = read.freeze();
    let tag = etag_of(&bytes);
    if let Ok(v) = HeaderValue::from_str(&tag) {
        parts.headers.insert(header::ETAG, v);
    }
    if if_none_match(&probe, &tag) {
        return not_modified(&parts.headers);
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// A body whose first bytes were already read: those, then the rest.
struct Prefixed {
    head: Option<bytes::Bytes>,
    rest: Body,
}

impl Prefixed {
    fn new(head: bytes::Bytes, rest: Body) -> Prefixed {
        Prefixed {
            head: Some(head),
            rest,
        }
    }
}

impl http_body::Body for Prefixed {
    type Data = bytes::Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<bytes::Bytes>, axum::Error>>> {
        if let Some(head) = self.head.take() {
            return std::task::Poll::Ready(Some(Ok(http_body::Frame::data(head))));
        }
        std::pin::Pin::new(&mut self.rest).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.head.is_none() && self.rest.is_end_stream()
    }
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

/// What a panicking handler answers: a 500, its cause (the panic's message) logged by
/// `error::render_errors` like any other. (The payload comes by value: `CatchPanicLayer`
/// decides the signature.)
#[allow(clippy::needless_pass_by_value)]
pub fn panic_response(panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let message = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    super::error::AppError::internal(format!("a request handler panicked: {message}"))
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::routing::get;
    use tower::ServiceExt;

    async fn fetch(router: axum::Router, inm: Option<&str>) -> Response {
        let mut req = axum::http::Request::get("/page");
        if let Some(tag) = inm {
            req = req.header(header::IF_NONE_MATCH, tag);
        }
        router
            .oneshot(req.body(Body::empty()).unwrap())
            .await
            .unwrap()
    }

    /// A body of pieces whose length is not known ahead (as a stream's).
    struct Pieces(std::collections::VecDeque<bytes::Bytes>);

    impl http_body::Body for Pieces {
        type Data = bytes::Bytes;
        type Error = std::convert::Infallible;

        fn poll_frame(
            mut self: std::pin::Pin<&mut Self>,
            _: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Option<Result<http_body::Frame<bytes::Bytes>, Self::Error>>> {
            std::task::Poll::Ready(self.0.pop_front().map(|b| Ok(http_body::Frame::data(b))))
        }
    }

    #[tokio::test]
    async fn a_body_too_large_to_hash_is_sent_whole_without_an_etag() {
        let big = || async {
            let mb = bytes::Bytes::from(vec![b'x'; 1 << 20]);
            Body::new(Pieces((0..5).map(|_| mb.clone()).collect()))
        };
        let router = axum::Router::new()
            .route("/page", get(big))
            .layer(axum::middleware::from_fn(etag));
        let res = fetch(router, None).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert!(res.headers().get(header::ETAG).is_none());
        let body = axum::body::to_bytes(res.into_body(), usize::MAX)
            .await
            .unwrap();
        assert_eq!(body.len(), 5 << 20);
        assert!(body.iter().all(|b| *b == b'x'));
    }

    #[tokio::test]
    async fn a_small_body_gets_an_etag_and_a_304_on_a_match() {
        let router = axum::Router::new()
            .route("/page", get(|| async { "hello" }))
            .layer(axum::middleware::from_fn(etag));
        let res = fetch(router.clone(), None).await;
        let tag = res.headers()[header::ETAG].to_str().unwrap().to_string();
        assert_eq!(
            fetch(router, Some(&tag)).await.status(),
            StatusCode::NOT_MODIFIED
        );
    }
}
