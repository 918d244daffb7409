//! Files under `assets/`, embedded at build time by `build.rs` and served under fingerprinted
//! names with a year of caching: a changed file gets a new name, so no one sees a stale copy.

use axum::extract::Path;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use super::error::AppError;
use crate::engine::Engine;

pub(crate) struct Asset {
    /// The path under `assets/` (`style.css`).
    pub(crate) path: &'static str,
    /// The fingerprinted name it is served as (`style.0123456789abcdef.css`).
    pub(crate) name: &'static str,
    pub(crate) content_type: &'static str,
    pub(crate) bytes: &'static [u8],
}

include!(concat!(env!("OUT_DIR"), "/assets.rs"));

/// The URL of an asset by its path under `assets/`.
pub fn url(path: &str) -> String {
    match ASSETS.iter().find(|a| a.path == path) {
        Some(a) => format!("/assets/{}", a.name),
        None => format!("/assets/{path}"),
    }
}

pub fn router() -> Router<Engine> {
    Router::new().route("/assets/{*name}", get(serve))
}

async fn serve(Path(name): Path<String>) -> Result<Response, AppError> {
    let asset = ASSETS
        .iter()
        .find(|a| a.name == name)
        .ok_or_else(|| AppError::not_found("file").html())?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static(asset.content_type),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            ),
        ],
        asset.bytes,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_asset_has_a_fingerprinted_url() {
        let css = url("style.css");
        assert!(
            css.starts_with("/assets/style.") && css.ends_with(".css"),
            "{css}"
        );
        assert_eq!(css.len(), "/assets/style.".len() + 16 + ".css".len());
        assert!(ASSETS.iter().any(|a| a.path == "favicon.svg"));
    }
}
