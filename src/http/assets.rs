//! Files under `assets/`, prepared at build time by `build.rs` (stylesheets joined, every file
//! fingerprinted and precompressed) and served under fingerprinted names with a year of
//! caching: a changed file gets a new name, so no one sees a stale copy. Serving one is picking
//! fixed bytes: brotli or gzip when the client accepts them.

use axum::extract::Path;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use super::encoding::{set_coding, Accepted};
use super::error::AppError;
use crate::cache::Coding;

pub(crate) struct Asset {
    /// The path under `assets/` (`style.css`).
    pub(crate) path: &'static str,
    /// The fingerprinted name it is served as (`style.0123456789abcdef.css`).
    pub(crate) name: &'static str,
    pub(crate) content_type: &'static str,
    pub(crate) bytes: &'static [u8],
    /// Precompressed copies; empty when compression would not make it smaller.
    pub(crate) gzip: &'static [u8],
    pub(crate) brotli: &'static [u8],
}

include!(concat!(env!("OUT_DIR"), "/assets.rs"));

/// The URL of an asset by its path under `assets/`.
pub fn url(path: &str) -> String {
    match ASSETS.iter().find(|a| a.path == path) {
        Some(a) => format!("/assets/{}", a.name),
        None => format!("/assets/{path}"),
    }
}

/// The raw bytes of an asset by its path under `assets/` (the map outline is drawn inline).
pub fn bytes(path: &str) -> Option<&'static [u8]> {
    ASSETS.iter().find(|a| a.path == path).map(|a| a.bytes)
}

pub fn router() -> Router<super::state::App> {
    Router::new().route("/assets/{*name}", get(serve))
}

async fn serve(Path(name): Path<String>, headers: HeaderMap) -> Result<Response, AppError> {
    let asset = ASSETS
        .iter()
        .find(|a| a.name == name)
        .ok_or_else(|| AppError::not_found("file"))?;
    // The coding the client rates highest, else gzip when it takes it and brotli did not
    // make the file smaller.
    let accepted = Accepted::of(&headers);
    let (body, coding) = match accepted.best() {
        Coding::Br if !asset.brotli.is_empty() => (asset.brotli, Coding::Br),
        Coding::Br | Coding::Gzip if accepted.takes(Coding::Gzip) && !asset.gzip.is_empty() => {
            (asset.gzip, Coding::Gzip)
        }
        _ => (asset.bytes, Coding::Identity),
    };
    let mut res = (
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
        body,
    )
        .into_response();
    // `Vary` and the coding's mark on the ETag are added by the encoding middleware.
    set_coding(res.headers_mut(), coding);
    // The fingerprint is the content's hash: it is the ETag too.
    let tag = format!("\"{}\"", asset.name);
    if let Ok(v) = HeaderValue::from_str(&tag) {
        res.headers_mut().insert(header::ETAG, v);
    }
    Ok(res)
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

    #[test]
    fn stylesheets_are_joined_and_precompressed() {
        let css = ASSETS.iter().find(|a| a.path == "style.css").unwrap();
        let text = std::str::from_utf8(css.bytes).unwrap();
        assert!(
            text.contains("header.site"),
            "the base stylesheet is in the bundle"
        );
        assert!(!css.gzip.is_empty() && css.gzip.len() < css.bytes.len());
        assert!(!css.brotli.is_empty() && css.brotli.len() < css.gzip.len());
        assert!(!ASSETS.iter().any(|a| a.path.starts_with("css/")));
    }

    /// Nothing in the stylesheet assumes left-to-right (logical properties throughout), so a
    /// right-to-left language needs no second stylesheet.
    #[test]
    fn the_stylesheet_names_no_physical_side() {
        let css = ASSETS.iter().find(|a| a.path == "style.css").unwrap();
        let mut text = std::str::from_utf8(css.bytes).unwrap().to_string();
        // Comments may say anything.
        while let Some(at) = text.find("/*") {
            let end = text[at..].find("*/").map_or(text.len(), |e| at + e + 2);
            text.replace_range(at..end, " ");
        }
        let physical: Vec<&str> = text
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .filter(|word| {
                word.split('-')
                    .any(|part| part == "left" || part == "right")
            })
            .collect();
        assert!(physical.is_empty(), "{physical:?}");
    }
}
