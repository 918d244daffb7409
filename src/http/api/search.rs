//! `GET /api/search?q=&kind=items|groups|members&page=N`: what the search page finds, as
//! JSON, for the viewer (anonymous, a session, or a token), 20 a page.

use axum::extract::Query;
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use serde::Deserialize;
use serde_json::{json, Value};

use super::page_number;
use crate::domain::photo::Fit;
use crate::domain::search::Kind;
use crate::http::cached::json_of;
use crate::http::error::AppError;
use crate::http::photos::url;
use crate::http::search::{Hits, Looking, MAX_PAGE, MAX_QUERY};
use crate::http::session::Viewer;
use crate::http::snap::Snap;
use crate::http::state::App;
use crate::i18n::phrase::Phrase;

/// Results a page.
const PER_PAGE: usize = 20;

pub(super) fn router() -> Router<App> {
    Router::new().route("/api/search", get(search))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Asked {
    q: Option<String>,
    kind: Option<String>,
    page: Option<String>,
}

async fn search(
    snap: Snap,
    v: Viewer,
    headers: HeaderMap,
    Query(asked): Query<Asked>,
) -> Result<Response, AppError> {
    let q = asked.q.as_deref().unwrap_or("").trim();
    if q.is_empty() {
        return Err(AppError::bad_request(Phrase::id("bad-search-empty")));
    }
    if q.len() > MAX_QUERY {
        return Err(AppError::bad_request(
            Phrase::id("bad-search-long").number("max", MAX_QUERY),
        ));
    }
    let kind = match asked.kind.as_deref().map(str::trim) {
        None | Some("") => Kind::Item,
        Some(k) => {
            Kind::parse(k).ok_or_else(|| AppError::bad_request(Phrase::id("bad-search-kind")))?
        }
    };
    let page = page_number(asked.page.as_deref())?;
    if page > MAX_PAGE {
        return Err(AppError::bad_request(
            Phrase::id("bad-search-page").number("max", MAX_PAGE),
        ));
    }
    let looking = Looking::of(&snap, &v)?;
    let r = looking.find(&snap, (kind, q), (page, PER_PAGE))?;
    let results: Vec<Value> = match &r.hits {
        Hits::Items(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (id, item) in items {
                let named = looking.names_owner(item.owner)?;
                let owner = match snap.user(item.owner)? {
                    Some(u) if named => Some(u.username),
                    _ => None,
                };
                let thumbnail = snap.primary_photo(*id)?.map(|p| url(&p, Fit::Thumb));
                out.push(json!({
                    "id": id.0,
                    "title": item.title,
                    "url": format!("/items/{}", id.0),
                    "status": item.status.as_str(),
                    "owner": owner,
                    "thumbnail": thumbnail,
                }));
            }
            out
        }
        Hits::Groups(groups) => groups
            .iter()
            .map(|(_, g)| {
                json!({
                    "slug": g.slug,
                    "name": g.name,
                    "url": format!("/groups/{}", g.slug),
                    "privacy": g.privacy.as_str(),
                    "city": g.city,
                    "country": g.country,
                })
            })
            .collect(),
        Hits::Members(users) => users
            .iter()
            .map(|(_, u)| {
                json!({
                    "username": u.username,
                    "name": u.display_name(),
                    "url": format!("/users/{}", u.username),
                })
            })
            .collect(),
    };
    let body = json!({
        "query": q,
        "kind": kind.as_str(),
        "corrected": r.corrected,
        "page": page,
        "results": results,
        "next_page": (r.more && page < MAX_PAGE).then_some(page + 1),
    });
    Ok(json_of(&v, &headers, &body))
}
