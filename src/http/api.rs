//! The JSON read API of DOMAIN.md, served through L1. Until sign-in exists every viewer is
//! anonymous, so the personal fields (`me`, `has_earned`) are `null`.

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use bytes::{BufMut, Bytes, BytesMut};
use serde_json::json;

use super::cached::{cached, json_response, to_json};
use super::error::AppError;
use crate::cache::ViewKey;
use crate::domain::boards::Board;
use crate::engine::Engine;
use crate::store::codec::Stored;
use crate::views::read;

pub fn router() -> Router<super::state::App> {
    Router::new()
        .route("/api/groups/locations", get(locations))
        .route("/api/badges", get(badges))
        .route("/api/badges/{slug}", get(badge))
        .route("/api/leaderboards", get(leaderboards))
        .route("/api/users/{username}", get(user))
}

async fn locations(State(e): State<Engine>, headers: HeaderMap) -> Result<Response, AppError> {
    let entry = cached(&e, ViewKey::Locations, |txn| {
        Ok(Some((
            to_json(&json!({ "locations": read::locations(txn)? })),
            Bytes::new(),
        )))
    })?
    .ok_or_else(|| AppError::not_found("locations"))?;
    Ok(json_response(&headers, &entry.etag, entry.body.clone()))
}

async fn badges(State(e): State<Engine>, headers: HeaderMap) -> Result<Response, AppError> {
    let entry = cached(&e, ViewKey::BadgeList, |txn| {
        Ok(Some((
            to_json(&json!({ "badges": read::badge_list(txn)? })),
            Bytes::new(),
        )))
    })?
    .ok_or_else(|| AppError::not_found("badges"))?;
    Ok(json_response(&headers, &entry.etag, entry.body.clone()))
}

async fn badge(
    State(e): State<Engine>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let entry = cached(&e, ViewKey::Badge(slug.clone()), |txn| {
        Ok(read::badge_detail(txn, &slug)?.map(|d| (to_json(&d), Bytes::new())))
    })?
    .ok_or_else(|| AppError::not_found("badge"))?;
    Ok(json_response(&headers, &entry.etag, entry.body.clone()))
}

async fn leaderboards(State(e): State<Engine>, headers: HeaderMap) -> Result<Response, AppError> {
    let entry = cached(&e, ViewKey::Leaderboards, |txn| {
        let boards: serde_json::Map<String, serde_json::Value> = read::top_boards(txn)?
            .into_iter()
            .map(|(b, rows)| (b.as_str().to_string(), json!(rows)))
            .collect();
        Ok(Some((
            to_json(&json!({ "boards": boards, "me": null })),
            Bytes::new(),
        )))
    })?
    .ok_or_else(|| AppError::not_found("leaderboards"))?;
    Ok(json_response(&headers, &entry.etag, entry.body.clone()))
}

/// What a cached profile keeps beside its body: where the ranks go and the four scores they
/// are looked up for. Ranks move with every score anywhere, so they are composed per request
/// (DESIGN.md rule 4) in O(log n) each.
#[derive(rkyv::Archive, rkyv::Serialize, rkyv::Deserialize, Debug)]
struct ProfileSnapshot {
    split: u32,
    scores: [i64; 4],
}

async fn user(
    State(e): State<Engine>,
    Path(username): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let entry = cached(&e, ViewKey::user(&username), |txn| {
        let Some(p) = read::profile(txn, &username)? else {
            return Ok(None);
        };
        let figures: serde_json::Map<String, serde_json::Value> = p
            .figures
            .named()
            .iter()
            .map(|(k, v)| (k.to_string(), json!(v)))
            .collect();
        let head = json!({
            "username": p.username,
            "display_name": p.display_name,
            "joined_at": p.joined_at,
            "figures": figures,
        })
        .to_string();
        let badges: Vec<_> = p
            .badges
            .iter()
            .map(|(slug, at)| json!({ "slug": slug, "earned_at": at }))
            .collect();
        // `{...,"figures":{..}` + `,"ranks":` RANKS + `,"badges":[..]}`
        let mut body = head[..head.len() - 1].to_string();
        body.push_str(",\"ranks\":");
        let split = body.len() as u32;
        body.push_str(&format!(
            ",\"badges\":{}}}",
            serde_json::Value::Array(badges)
        ));
        let scores = Board::ALL.map(|b| b.score(&p.figures));
        let snapshot = ProfileSnapshot { split, scores }.encode();
        Ok(Some((Bytes::from(body), Bytes::from(snapshot))))
    })?
    .ok_or_else(|| AppError::not_found("user"))?;
    let snap = ProfileSnapshot::access(&entry.snapshot)?;
    let split = snap.split.to_native() as usize;
    let mut ranks = serde_json::Map::new();
    let mut tag = entry.etag.trim_end_matches('"').to_string();
    for board in Board::ALL {
        let standing = e
            .standings
            .standing(board, snap.scores[board.index()].to_native());
        tag.push_str(&format!("-{}", standing.rank));
        ranks.insert(board.as_str().to_string(), json!(standing));
    }
    tag.push('"');
    let ranks = serde_json::Value::Object(ranks).to_string();
    let mut body = BytesMut::with_capacity(entry.body.len() + ranks.len());
    body.put_slice(&entry.body[..split]);
    body.put_slice(ranks.as_bytes());
    body.put_slice(&entry.body[split..]);
    Ok(json_response(&headers, &tag, body.freeze()))
}
