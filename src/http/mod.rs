//! HTTP: the router (`build_router`, pure) and `serve` (takes its listener and shutdown, so
//! tests bind port 0). Handlers extract, call the engine, and render; errors go through
//! [`error::AppError`].

pub mod api;
pub mod assets;
pub mod cached;
pub mod error;

use std::future::Future;

use axum::extract::DefaultBodyLimit;
use axum::response::Html;
use axum::routing::get;
use axum::Router;
use tokio::net::TcpListener;

use crate::engine::Engine;
use error::AppError;

/// Request bodies larger than this are refused with 413.
pub const BODY_LIMIT: usize = 64 * 1024;

pub fn build_router(engine: Engine) -> Router {
    Router::new()
        .route("/", get(index))
        .merge(api::router())
        .merge(assets::router())
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(engine)
}

async fn not_found(uri: axum::http::Uri) -> AppError {
    let e = AppError::not_found("page");
    if uri.path().starts_with("/api/") {
        e
    } else {
        e.html()
    }
}

/// What this server offers today: the JSON read API.
async fn index() -> Html<String> {
    let links = [
        ("/api/groups/locations", "where the groups are"),
        ("/api/badges", "every badge"),
        ("/api/leaderboards", "the four leaderboards"),
    ];
    Html(
        maud::html! {
            (maud::DOCTYPE)
            html lang="en" {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    title { "Comuniza" }
                    link rel="stylesheet" href=(assets::url("style.css"));
                    link rel="icon" href=(assets::url("favicon.svg")) type="image/svg+xml";
                }
                body {
                    main {
                        h1 { "Comuniza" }
                        p.lead { "This community's data is served as JSON:" }
                        ul.endpoints {
                            @for (href, what) in links {
                                li { a href=(href) { code { (href) } } " — " (what) }
                            }
                        }
                    }
                }
            }
        }
        .into_string(),
    )
}

/// Serves until `shutdown` completes.
pub async fn serve(
    listener: TcpListener,
    engine: Engine,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, build_router(engine))
        .with_graceful_shutdown(shutdown)
        .await
}
