//! HTTP: the router (`build_router`, pure) and `serve` (takes its listener and shutdown, so
//! tests bind port 0). Handlers extract, call the engine, and render; errors go through
//! [`error::AppError`] and are dressed by [`error::render_errors`] (JSON under `/api`, a page
//! elsewhere).
//!
//! - `pages/`: the HTML pages (maud), one module per part of the site.
//! - `api`: the JSON API. `session`, `form`: who is asking, posted forms and CSRF. `snap`:
//!   the one snapshot of the data file a request reads (`store::read`'s API), shared with the viewer.
//! - `windows`: which boards a leaderboard shows (a period, a group), for pages and API.
//! - `cached`: responses through L1. `assets`: fingerprinted files. `headers`: ETags and
//!   security headers on every response.
//! - `conn`: the accept loop: the connection cap, header, idle and body timeouts.
//! - `limits`: creation limits (items, groups, loan requests, sign-ups) at the edge.
//! - `live`: `/events`, server-sent events for open pages (unread count, a conversation).
//! - `ops`: `/healthz`, `/readyz`, `/metrics`. `metrics`: requests by route and status, their
//!   latency, and the access log (the outermost layer).

/// An extractor made from the request's parts and the app, written once for all of ours:
/// `from_parts!(Type, |parts, app| body)`, `body` a `Result<Type, AppError>`.
macro_rules! from_parts {
    ($t:ty, |$parts:ident, $app:ident| $body:expr) => {
        impl<S> axum::extract::FromRequestParts<S> for $t
        where
            $crate::http::state::App: axum::extract::FromRef<S>,
            S: Send + Sync,
        {
            type Rejection = $crate::http::error::AppError;

            async fn from_request_parts(
                $parts: &mut axum::http::request::Parts,
                state: &S,
            ) -> Result<$t, $crate::http::error::AppError> {
                let $app = <$crate::http::state::App as axum::extract::FromRef<S>>::from_ref(state);
                $body
            }
        }
    };
}

pub mod api;
pub mod assets;
pub mod cached;
pub mod chunks;
pub mod client;
pub mod conn;
pub mod encoding;
pub mod error;
pub mod flash;
pub mod form;
pub mod headers;
pub mod limits;
pub mod live;
pub mod metrics;
pub mod nameless;
pub mod ops;
pub mod pages;
pub mod photos;
pub mod refused_on_page;
pub mod search;
pub mod session;
pub mod snap;
pub mod state;
pub mod upload;
pub mod windows;

use std::future::Future;

use axum::extract::DefaultBodyLimit;
use axum::middleware;
use axum::Router;
use tokio::net::TcpListener;

use crate::engine::Engine;
use error::AppError;
pub use state::{App, WebConfig};

/// Request bodies larger than this are refused with 413.
pub const BODY_LIMIT: usize = 64 * 1024;
/// The limit of an address that takes photos ([`upload::is_upload`]): one photo of the
/// largest size taken (15 MB) twice over, or several phone photos at once.
pub const UPLOAD_LIMIT: usize = 32 << 20;

/// The body limit of the address `path`.
pub fn body_limit(path: &str) -> usize {
    if upload::is_upload(path) {
        UPLOAD_LIMIT
    } else {
        BODY_LIMIT
    }
}

pub fn build_router(app: App) -> Router {
    Router::new()
        .merge(pages::router(&app))
        .merge(api::router())
        .merge(assets::router())
        .merge(ops::router())
        .merge(live::router())
        .merge(photos::router())
        .route_layer(middleware::from_fn(metrics::mark_route))
        .route_layer(middleware::from_fn_with_state(app.clone(), first_run))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(middleware::from_fn_with_state(
            app.clone(),
            session::ensure_csrf_cookie,
        ))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            headers::panic_response,
        ))
        .layer(middleware::from_fn(headers::etag))
        .layer(middleware::from_fn_with_state(
            app.clone(),
            error::render_errors,
        ))
        .layer(middleware::from_fn(encoding::compress))
        .layer(middleware::from_fn(headers::security))
        .layer(middleware::from_fn_with_state(
            app.clone(),
            metrics::observe,
        ))
        .with_state(app)
}

/// Before the site has its first member, every page leads to the first-run page (the API,
/// assets and operations answer as they are). One atomic read per request afterwards.
async fn first_run(
    axum::extract::State(app): axum::extract::State<App>,
    req: axum::extract::Request,
    next: middleware::Next,
) -> axum::response::Response {
    use std::sync::atomic::Ordering;
    let path = req.uri().path();
    let page = req.method() == axum::http::Method::GET
        && !path.starts_with("/api/")
        && !path.starts_with("/assets/")
        && !matches!(path, "/setup" | "/healthz" | "/readyz" | "/metrics");
    if page && !app.set_up.load(Ordering::Relaxed) {
        match app.engine.snapshot().and_then(|s| s.has_no_users()) {
            Ok(true) => return pages::layout::redirect("/setup"),
            Ok(false) => app.set_up.store(true, Ordering::Relaxed),
            // The page itself says what is wrong.
            Err(_) => {}
        }
    }
    next.run(req).await
}

async fn not_found() -> AppError {
    AppError::not_found("page")
}

/// Serves `engine` with default web settings until `shutdown` completes.
pub async fn serve(
    listener: TcpListener,
    engine: Engine,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_app(listener, App::new(engine, WebConfig::default()), shutdown).await
}

/// Serves until `shutdown` completes, with the connection limits of `app`'s settings.
pub async fn serve_app(
    listener: TcpListener,
    app: App,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let limits = app.config.conn;
    // The map's gazetteer is read off the request path, before anyone asks for it.
    tokio::task::spawn_blocking(crate::domain::places::warm);
    let stopping = app.stopping.clone();
    let shutdown = async move {
        shutdown.await;
        // Kept even when no stream listens now: one that starts while stopping ends at once.
        stopping.send_replace(true);
    };
    conn::serve(listener, build_router(app), limits, shutdown).await
}
