//! A form refused because of the data's state (409: "this item has been withdrawn") or its
//! values (422), by a handler that has no form of its own to show again, is answered with the
//! page the member sent it from, the reason at the top of its main part, instead of an error
//! page that leads away from what they were doing. The page is fetched again, as a GET, through
//! the pages' router with the member's cookies only, so it is exactly what they would see
//! now (the refused change did not happen).

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::Response;

use tower::ServiceExt;

use super::pages::layout::alert;
use super::state::App;

/// The largest page that is shown again (pages are far smaller: a bound, not a limit).
const MOST: usize = 4 * 1024 * 1024;

/// Where a browser's form POST came from, when that is a page of this site: the path and
/// query of a same-origin `Referer` (the site's `Referrer-Policy: same-origin` sends it there
/// only). `None` for anything else, and for API calls.
pub fn came_from(req: &Request) -> Option<String> {
    if req.method() != Method::POST || req.uri().path().starts_with("/api/") {
        return None;
    }
    let host = req.headers().get(header::HOST)?.to_str().ok()?;
    let from: Uri = req
        .headers()
        .get(header::REFERER)?
        .to_str()
        .ok()?
        .parse()
        .ok()?;
    if from.authority()?.as_str() != host {
        return None;
    }
    let path = from.path_and_query()?.as_str();
    (path.starts_with('/') && !path.starts_with("/api/")).then(|| path.to_string())
}

/// Whether a refusal is one to show on the page it came from.
pub fn shown_there(status: StatusCode) -> bool {
    matches!(
        status,
        StatusCode::CONFLICT | StatusCode::UNPROCESSABLE_ENTITY
    )
}

/// The page at `path`, as the viewer (their `cookies`) sees it now, with `message` at the top
/// of its main part and `status`; `None` when that page is not an HTML page they may see, so
/// the caller shows the error page instead. The site's middleware runs after routing, so the
/// page is asked of the pages' own router, made for this rare answer (a fraction of a
/// millisecond) rather than kept, which would tie the app's state to itself.
pub async fn page_with(
    app: &App,
    path: &str,
    cookies: &HeaderMap,
    (status, refused): (StatusCode, HeaderMap),
    message: &crate::i18n::phrase::Phrase,
) -> Option<Response> {
    let mut get = Request::builder().method(Method::GET).uri(path);
    // Who asks, and in which language (the browser's, when no choice of theirs says).
    for name in [header::COOKIE, header::ACCEPT_LANGUAGE] {
        for value in cookies.get_all(&name) {
            get = get.header(&name, value.clone());
        }
    }
    // A page that panics answers 500 here as it would anywhere (this layer is outside the
    // site's own panic catcher).
    let pages = super::pages::router(app)
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            super::headers::panic_response,
        ))
        .with_state(app.clone());
    let res = pages.oneshot(get.body(Body::empty()).ok()?).await.ok()?;
    let html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if res.status() != StatusCode::OK || !html {
        return None;
    }
    let (parts, body) = res.into_parts();
    let body = axum::body::to_bytes(body, MOST).await.ok()?;
    let body = std::str::from_utf8(&body).ok()?;
    const MAIN: &str = "<main id=\"main\">";
    let at = body.find(MAIN)? + MAIN.len();
    // Said in the page's language (its `<html lang>`).
    let lang = body
        .split_once("<html lang=\"")
        .and_then(|(_, rest)| rest.split('"').next())
        .and_then(crate::i18n::Lang::of_tag)
        .unwrap_or(crate::i18n::Lang::En);
    let said = alert(Some(&message.in_lang(lang))).into_string();
    let page = format!("{}{said}{}", &body[..at], &body[at..]);
    let mut out = Response::new(Body::from(page));
    *out.status_mut() = status;
    let headers = out.headers_mut();
    for name in [header::CONTENT_TYPE, header::SET_COOKIE] {
        for value in parts.headers.get_all(&name) {
            headers.append(name.clone(), value.clone());
        }
    }
    // What the refusal itself said beside its body still holds.
    for name in [header::SET_COOKIE, header::RETRY_AFTER] {
        for value in refused.get_all(&name) {
            headers.append(name.clone(), value.clone());
        }
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Some(out)
}
