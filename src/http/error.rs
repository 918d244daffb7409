//! The one HTTP error type. It maps domain and storage failures to a status in one place and
//! logs the cause of every 5xx while showing the user a plain message. How an error looks is
//! decided once, by [`render_errors`]: JSON `{"error": "..."}` under `/api`, a page in the
//! site's layout elsewhere (also for axum's own plain-text rejections, such as a bad query).

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use http_body::Body as _;

use super::refused_on_page;
use super::state::App;
use crate::auth::limiter::RetryAfter;
use crate::i18n::phrase::Phrase;
use crate::i18n::Lang;
use crate::store::commands::CommandError;
use crate::store::StoreError;

/// Every way a request can fail, with what the person is told. The status of each is decided
/// in [`AppError::status`], one `match`; the cause of a server failure is carried (never
/// shown) for [`render_errors`] to log, once.
#[derive(Debug, Clone)]
pub enum AppError {
    /// 400: a request the server cannot make sense of.
    BadRequest(Phrase),
    /// 401: not signed in, or signed in the wrong way for this address.
    Unauthorized(Phrase),
    /// 403: signed in, and not allowed.
    Forbidden(Phrase),
    /// 404: nothing there (or nothing this viewer may know of).
    NotFound(Phrase),
    /// 408: a request body that came too slowly.
    Timeout(Phrase),
    /// 409: the data's state does not allow it now.
    Conflict(Phrase),
    /// 413: a request body over the limit (in bytes) of its address.
    TooLarge(usize),
    /// 415: not the body type the address takes.
    UnsupportedMedia(Phrase),
    /// 422: a form or JSON body whose values were refused.
    Unprocessable(Phrase),
    /// 429: a rate or creation limit; try again after `retry_after` seconds.
    TooMany { message: Phrase, retry_after: u64 },
    /// 503 with `Retry-After`: the password work is saturated.
    Busy { message: Phrase, retry_after: u64 },
    /// 503: the disk refuses writes.
    StorageDown { cause: String },
    /// 500: something broke on the server; `cause` goes to the log only.
    Internal { cause: String },
    /// 503 for an operation that could not be done now (a backup), with its reason shown.
    Unavailable(Phrase),
    /// A rejection of axum's extractors, with its own status and text.
    Rejected { status: StatusCode, message: Phrase },
}

impl AppError {
    /// The status of each kind: the one place it is decided.
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::Timeout(_) => StatusCode::REQUEST_TIMEOUT,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::UnsupportedMedia(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::TooMany { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Busy { .. } | AppError::StorageDown { .. } | AppError::Unavailable(_) => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            AppError::Internal { .. } => StatusCode::INTERNAL_SERVER_ERROR,
            AppError::Rejected { status, .. } => *status,
        }
    }

    /// What the person is told, in English (logs, and whoever's language is not known).
    pub fn message(&self) -> String {
        self.phrase().to_string()
    }

    /// What the person is told, in their language.
    pub fn message_in(&self, lang: Lang) -> String {
        self.phrase().in_lang(lang)
    }

    /// What the person is told, as a phrase of the catalogs (or plain text).
    pub fn phrase(&self) -> Phrase {
        match self {
            AppError::BadRequest(m)
            | AppError::Unauthorized(m)
            | AppError::Forbidden(m)
            | AppError::NotFound(m)
            | AppError::Timeout(m)
            | AppError::Conflict(m)
            | AppError::UnsupportedMedia(m)
            | AppError::Unprocessable(m)
            | AppError::Unavailable(m)
            | AppError::TooMany { message: m, .. }
            | AppError::Busy { message: m, .. } => m.clone(),
            AppError::Rejected { message, .. } => message.clone(),
            AppError::TooLarge(limit) if *limit >= 1 << 20 => {
                Phrase::id("error-too-large-mb").number("size", limit >> 20)
            }
            AppError::TooLarge(limit) => {
                Phrase::id("error-too-large-kib").number("size", limit / 1024)
            }
            AppError::StorageDown { .. } => Phrase::id("error-storage"),
            AppError::Internal { .. } => Phrase::id("error-server"),
        }
    }

    /// Seconds for the `Retry-After` header.
    pub fn retry_after(&self) -> Option<u64> {
        match self {
            AppError::TooMany { retry_after, .. } | AppError::Busy { retry_after, .. } => {
                Some(*retry_after)
            }
            _ => None,
        }
    }

    /// What went wrong on the server, for the log.
    fn cause(&self) -> Option<&str> {
        match self {
            AppError::StorageDown { cause } | AppError::Internal { cause } => Some(cause),
            _ => None,
        }
    }

    /// A server failure: the visitor reads a plain apology, the log reads `cause`.
    pub fn internal(cause: impl Into<String>) -> AppError {
        AppError::Internal {
            cause: cause.into(),
        }
    }

    /// Nothing there: `what` names it ("item"), a key of the message `not-found`.
    pub fn not_found(what: &str) -> AppError {
        AppError::NotFound(Phrase::id("not-found").text("what", what))
    }

    pub fn forbidden(message: impl Into<Phrase>) -> AppError {
        AppError::Forbidden(message.into())
    }

    pub fn bad_request(message: impl Into<Phrase>) -> AppError {
        AppError::BadRequest(message.into())
    }

    pub fn sign_in_required() -> AppError {
        AppError::Unauthorized(Phrase::id("error-sign-in"))
    }

    pub fn bad_token() -> AppError {
        AppError::Unauthorized(Phrase::id("error-bad-token"))
    }

    pub fn token_on_page() -> AppError {
        AppError::Unauthorized(Phrase::id("error-token-on-page"))
    }

    pub fn too_many(wait: RetryAfter) -> AppError {
        AppError::TooMany {
            message: Phrase::id("error-too-many").number("minutes", wait.minutes()),
            retry_after: wait.seconds(),
        }
    }

    /// A creation limit of the site's settings reached, with what it allows.
    pub fn too_many_created(
        limit: crate::domain::limits::Limit,
        n: usize,
        wait: RetryAfter,
    ) -> AppError {
        let message = Phrase::id("error-limit")
            .text("limit", limit.setting)
            .number("count", n)
            .text("per", limit.per.word())
            .number("minutes", wait.minutes());
        AppError::TooMany {
            message,
            retry_after: wait.seconds(),
        }
    }

    /// A request body that could not be read: too slow (408), too large (413), or cut.
    pub fn body_unreadable(e: &(dyn std::error::Error + 'static), status: StatusCode) -> AppError {
        let mut cause = Some(e);
        while let Some(c) = cause {
            if let Some(t) = c.downcast_ref::<super::conn::BodyTimeout>() {
                return AppError::Timeout(
                    Phrase::id("error-body-timeout").number("seconds", t.0.as_secs()),
                );
            }
            cause = c.source();
        }
        if status == StatusCode::PAYLOAD_TOO_LARGE {
            return AppError::TooLarge(super::BODY_LIMIT);
        }
        AppError::Rejected {
            status,
            message: Phrase::id("error-body-unreadable").text("why", e.to_string()),
        }
    }

    pub fn bad_csrf() -> AppError {
        Self::forbidden(Phrase::id("error-bad-csrf"))
    }
}

impl From<crate::auth::work::Busy> for AppError {
    fn from(b: crate::auth::work::Busy) -> Self {
        AppError::Busy {
            message: Phrase::id("busy-signins"),
            retry_after: RetryAfter(b.retry_after).seconds(),
        }
    }
}

impl From<crate::auth::work::HashError> for AppError {
    fn from(e: crate::auth::work::HashError) -> Self {
        match e {
            crate::auth::work::HashError::Busy(b) => b.into(),
            crate::auth::work::HashError::Failed(f) => {
                AppError::internal(format!("password hashing: {f}"))
            }
        }
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        if let StoreError::Overflow { source, .. } = &e {
            return AppError::Conflict(
                Phrase::id("conflict-overflow").text("field", source.field.to_string()),
            );
        }
        let cause = format!("storage error: {e}");
        if e.is_storage_failure() {
            AppError::StorageDown { cause }
        } else {
            AppError::Internal { cause }
        }
    }
}

impl From<crate::domain::validate::Invalid> for AppError {
    fn from(e: crate::domain::validate::Invalid) -> Self {
        AppError::Unprocessable(e.phrase())
    }
}

impl From<CommandError> for AppError {
    fn from(e: CommandError) -> Self {
        match e {
            CommandError::Internal(inner) => inner.into(),
            CommandError::Invalid(invalid) => AppError::Unprocessable(invalid.phrase()),
            CommandError::NotFound(what) => AppError::not_found(what),
            CommandError::Forbidden(phrase) => AppError::Forbidden(phrase),
            CommandError::Conflict(phrase) => AppError::Conflict(phrase),
        }
    }
}

/// Marks a response as an error for [`render_errors`] to dress.
#[derive(Debug, Clone)]
struct ErrorMessage(Phrase);

/// The cause of a 5xx, for [`render_errors`] to log.
#[derive(Debug, Clone)]
struct ErrorCause(String);

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let phrase = self.phrase();
        let mut res = (self.status(), phrase.to_string()).into_response();
        if let Some(secs) = self.retry_after() {
            res.headers_mut()
                .insert(header::RETRY_AFTER, axum::http::HeaderValue::from(secs));
        }
        if let Some(cause) = self.cause() {
            res.extensions_mut().insert(ErrorCause(cause.to_string()));
        }
        res.extensions_mut().insert(ErrorMessage(phrase));
        res
    }
}

fn is_plain_text(res: &Response) -> bool {
    res.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/plain"))
}

/// The message of an error response: ours, or the text of axum's plain-text rejections.
async fn error_message(res: Response) -> (StatusCode, Phrase) {
    let status = res.status();
    if let Some(m) = res.extensions().get::<ErrorMessage>() {
        return (status, m.0.clone());
    }
    let body = axum::body::to_bytes(res.into_body(), 64 * 1024)
        .await
        .unwrap_or_default();
    let text = String::from_utf8_lossy(&body).trim().to_string();
    let text = if text.is_empty() {
        status.canonical_reason().unwrap_or("error").to_lowercase()
    } else {
        text
    };
    (status, Phrase::Plain(text))
}

/// Renders every error response of the app: JSON under `/api`, a page elsewhere.
pub async fn render_errors(State(app): State<App>, req: Request, next: Next) -> Response {
    let api = req.uri().path().starts_with("/api/");
    // A body declared larger than the limit is refused here, before anything reads it: no
    // `100 Continue` invites the client to send it, and the connection is closed after. (In
    // this layer rather than one of its own: each layer costs every request.)
    let limit = super::body_limit(req.uri().path());
    if declared_too_large(&req, limit) {
        let mut res = AppError::TooLarge(limit).into_response();
        res.headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
        return dress(&app, api, &HeaderMap::new(), res).await;
    }
    // A page that needs a member sends a browser to sign in, and back here afterwards; never
    // a program that sent a token (it would follow redirects to the sign-in page forever),
    // and never the sign-in page itself.
    let browser = !req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.trim_start()
                .get(..7)
                .is_some_and(|s| s.eq_ignore_ascii_case("bearer "))
        });
    let back_to = (!api
        && browser
        && req.method() == axum::http::Method::GET
        && req.uri().path() != "/signin")
        .then(|| {
            req.uri()
                .path_and_query()
                .map_or("/", |p| p.as_str())
                .to_string()
        });
    // Only what tells who the viewer is, kept to answer in their language (and show an error
    // page with their own menu): the cookies (and an API call's token: pages take none), and
    // the languages the client reads.
    let mut headers = HeaderMap::new();
    let who: &[header::HeaderName] = if api {
        &[header::COOKIE, header::AUTHORIZATION]
    } else {
        &[header::COOKIE]
    };
    for name in who {
        for value in req.headers().get_all(name) {
            headers.append(name, value.clone());
        }
    }
    for value in req.headers().get_all(header::ACCEPT_LANGUAGE) {
        headers.append(header::ACCEPT_LANGUAGE, value.clone());
    }
    let (method, uri) = (req.method().clone(), req.uri().clone());
    let came_from = browser.then(|| refused_on_page::came_from(&req)).flatten();
    let res = next.run(req).await;
    let status = res.status();
    if status.is_server_error() {
        // Every 5xx is logged here, once, with its cause when one is known.
        let cause = res.extensions().get::<ErrorCause>().map(|c| c.0.as_str());
        let said = res
            .extensions()
            .get::<ErrorMessage>()
            .map(|m| m.0.to_string());
        let said = said.as_deref();
        tracing::error!(
            "{method} {} answered {}: {}",
            uri.path(),
            status.as_u16(),
            cause.or(said).unwrap_or("no cause given")
        );
    }
    let failed = status.is_client_error() || status.is_server_error();
    // An error with no body of ours is dressed too: a 5xx is never an empty page.
    let bare = res.body().size_hint().exact() == Some(0);
    let ours = res.extensions().get::<ErrorMessage>().is_some() || is_plain_text(&res);
    if !failed || !(ours || bare) {
        return res;
    }
    if res.status() == StatusCode::UNAUTHORIZED {
        if let Some(path) = back_to {
            let next: String = form_urlencoded::byte_serialize(path.as_bytes()).collect();
            return super::pages::layout::redirect(&format!("/signin?next={next}"));
        }
    }
    if let Some(path) = came_from {
        if refused_on_page::shown_there(status) {
            let said = res.extensions().get::<ErrorMessage>().map(|m| m.0.clone());
            if let Some(said) = said {
                let refused = (status, res.headers().clone());
                if let Some(page) =
                    refused_on_page::page_with(&app, &path, &headers, refused, &said).await
                {
                    return page;
                }
            }
        }
    }
    dress(&app, api, &headers, res).await
}

/// The language of an API error, chosen as a page's is: the token holder's own choice, else
/// the client's `Accept-Language`, else the site's. A token that opens nothing (itself the
/// error) leaves the client's languages, else the first the site offers.
fn api_language(app: &App, headers: &HeaderMap) -> Lang {
    let no_extensions = axum::http::Extensions::new();
    let viewer = app.engine.snapshot().ok().and_then(|snap| {
        super::session::Viewer::resolve(app, &snap, headers, &no_extensions, true).ok()
    });
    if let Some(v) = viewer {
        return v.lang;
    }
    let offered = &app.config.languages;
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|a| Lang::negotiate(a, offered))
        .or_else(|| offered.first().copied())
        .unwrap_or(Lang::En)
}

/// Whether a request declares a body larger than `limit`.
fn declared_too_large(req: &Request, limit: usize) -> bool {
    req.headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .is_some_and(|n| n > limit as u64)
}

/// An error response in the site's shape: JSON under `/api`, a page with the viewer's menu
/// (`headers`: their cookies) elsewhere, the headers that still apply kept.
async fn dress(app: &App, api: bool, headers: &HeaderMap, res: Response) -> Response {
    let keep: Vec<_> = [
        header::RETRY_AFTER,
        header::SET_COOKIE,
        header::ALLOW,
        header::CONNECTION,
    ]
    .iter()
    .flat_map(|h| {
        res.headers()
            .get_all(h)
            .iter()
            .map(move |v| (h.clone(), v.clone()))
    })
    .collect();
    let (status, message) = error_message(res).await;
    let mut out = if api {
        let said = message.in_lang(api_language(app, headers));
        let mut res = (status, Json(serde_json::json!({ "error": said }))).into_response();
        // Said in the language asked for: no cache may hand it to a client asking for another.
        res.headers_mut()
            .insert(header::VARY, HeaderValue::from_static("accept-language"));
        res
    } else {
        super::pages::layout::error_page(app, headers, status, &message)
    };
    for (h, v) in keep {
        out.headers_mut().append(h, v);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::routing::get;
    use std::sync::{Arc, Mutex};
    use tower::ServiceExt;

    /// Log lines written while the guard lives (on this thread).
    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Captured {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[tokio::test]
    async fn a_bare_server_error_is_dressed_and_its_cause_logged_once() {
        let dir = tempfile::tempdir().unwrap();
        let engine = crate::engine::Engine::open(
            &dir.path().join("e.redb"),
            crate::cache::Capacities::default(),
        )
        .unwrap();
        let app = App::new(engine, Default::default());
        let router = axum::Router::new()
            .route("/bare", get(|| async { StatusCode::INTERNAL_SERVER_ERROR }))
            .route("/api/bare", get(|| async { StatusCode::BAD_GATEWAY }))
            .route(
                "/stored",
                get(|| async { AppError::from(StoreError::Corrupt("a damaged value".into())) }),
            )
            .layer(axum::middleware::from_fn_with_state(
                app.clone(),
                render_errors,
            ))
            .with_state(app);
        let log = Captured::default();
        let writer = log.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .finish();
        let _guard = tracing::subscriber::set_default(subscriber);
        let get = |path: &'static str| {
            let router = router.clone();
            async move {
                let req = axum::http::Request::get(path)
                    .body(axum::body::Body::empty())
                    .unwrap();
                let res = router.oneshot(req).await.unwrap();
                let status = res.status();
                let body = axum::body::to_bytes(res.into_body(), usize::MAX)
                    .await
                    .unwrap();
                (status, String::from_utf8(body.to_vec()).unwrap())
            }
        };
        let (status, page) = get("/bare").await;
        assert_eq!(status, 500);
        assert!(page.contains("500 · Server Error"), "{page}");
        let (status, json) = get("/api/bare").await;
        assert_eq!(status, 502);
        assert_eq!(json, r#"{"error":"bad gateway"}"#);
        let (status, page) = get("/stored").await;
        assert_eq!(status, 500);
        assert!(!page.contains("damaged"), "the cause is not shown: {page}");
        let logged = String::from_utf8(log.0.lock().unwrap().clone()).unwrap();
        assert!(logged.contains("GET /bare answered 500"), "{logged}");
        assert!(logged.contains("GET /api/bare answered 502"), "{logged}");
        assert_eq!(
            logged.matches("a damaged value").count(),
            1,
            "logged once: {logged}"
        );
    }
}
