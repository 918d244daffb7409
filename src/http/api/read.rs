//! The JSON read API of DOMAIN.md, served through L1. The shared body is cached once; a signed-in
//! viewer's fields (`me`, `has_earned`, their secret badges) are spliced in per request from
//! O(log n) lookups, and the ETag covers both.

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use bytes::{BufMut, Bytes, BytesMut};
use serde_json::json;

use std::sync::Arc;

use crate::cache::{Entry, ViewKey};
use crate::domain::boards::Board;
use crate::engine::Engine;
use crate::http::cached::{
    cached, json_entry, json_for, json_for_entry, json_of, to_json, Reading,
};
use crate::http::error::AppError;
use crate::http::nameless::{self, Names, Rule};
use crate::http::session::Member;
use crate::http::state::App;
use crate::store::codec::Stored;
use crate::store::read::Snapshot;
use crate::store::StoreError;
use crate::views::audience::Audience;
use crate::views::{personal, read};

pub(super) fn router() -> Router<App> {
    Router::new()
        .route("/api/groups/locations", get(locations))
        .route("/api/places", get(places))
        .route("/api/badges", get(badges))
        .route("/api/badges/{slug}", get(badge))
        .route("/api/users/{username}", get(user))
        .route("/api/me", get(me))
}

/// Replaces the trailing `null}` of a cached body (its last field is the personal one) with
/// `value}`; the ETag gets `suffix`.
pub(super) fn splice_last(
    entry: &crate::cache::Entry,
    value: &str,
    suffix: &str,
) -> (String, Bytes) {
    let keep = entry.body.len().saturating_sub("null}".len());
    let mut body = BytesMut::with_capacity(keep + value.len() + 1);
    body.put_slice(&entry.body[..keep]);
    body.put_slice(value.as_bytes());
    body.put_u8(b'}');
    let tag = format!("{}-{suffix}\"", entry.etag.trim_end_matches('"'));
    (tag, body.freeze())
}

async fn locations(State(e): State<Engine>, headers: HeaderMap) -> Result<Response, AppError> {
    let entry = cached(&e, None, ViewKey::Locations, |snap| {
        Ok(Some((
            to_json(&json!({ "locations": read::locations(snap)? })),
            Bytes::new(),
        )))
    })?
    .ok_or_else(|| AppError::not_found("page"))?;
    Ok(json_entry(&headers, &entry))
}

/// `GET /api/places?q=Lisbon`: towns and cities of that name from the built-in gazetteer
/// (the group form's "Find a place"), the best five.
#[derive(serde::Deserialize)]
struct PlacesQuery {
    #[serde(default)]
    q: String,
}

async fn places(
    axum::extract::Query(query): axum::extract::Query<PlacesQuery>,
) -> Result<axum::Json<serde_json::Value>, AppError> {
    let q = query.q.trim();
    if q.chars().count() > 100 {
        return Err(AppError::Unprocessable(crate::i18n::phrase::Phrase::id(
            "bad-place-query",
        )));
    }
    let found: Vec<_> = crate::domain::places::find(q, 5)
        .into_iter()
        .map(|p| {
            json!({
                "name": p.name,
                "country": p.country,
                "latitude": p.latitude,
                "longitude": p.longitude,
            })
        })
        .collect();
    Ok(axum::Json(json!({ "places": found })))
}

async fn badges(Reading(e, mut snap, v, headers): Reading) -> Result<Response, AppError> {
    let entry = cached(&e, Some(&mut snap), ViewKey::BadgeList, |snap| {
        Ok(Some((
            to_json(&json!({ "badges": read::badge_list(snap)? })),
            Bytes::new(),
        )))
    })?
    .ok_or_else(|| AppError::not_found("page"))?;
    if let Some(me) = &v.me {
        // Secret badges are listed to their earners only: rare, so built per request.
        let secret = personal::earned_secret_badges(&snap, me.id, None)?;
        if !secret.is_empty() {
            let mut all = read::badge_list(&snap)?;
            all.extend(secret);
            read::sort_badges(&mut all);
            return Ok(json_of(&v, &headers, &json!({ "badges": all })));
        }
    }
    Ok(json_for_entry(&v, &headers, &entry))
}

async fn badge(
    Reading(e, mut snap, v, headers): Reading,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let entry = cached(&e, Some(&mut snap), ViewKey::Badge(slug.clone()), |snap| {
        let Some(d) = read::badge_detail(snap, &slug)? else {
            return Ok(None);
        };
        let anyone = Audience::anonymous(snap);
        let names = Names::new(&anyone);
        let body = badge_json(&d, &names)?;
        let slots = names.slots(&body).encode();
        Ok(Some((Bytes::from(body), Bytes::from(slots))))
    })?;
    let Some(me) = &v.me else {
        let entry = entry.ok_or_else(|| AppError::not_found("badge"))?;
        return Ok(json_for_entry(&v, &headers, &entry));
    };
    if let Some(entry) = entry {
        let entry = nameless::for_viewer(&entry, &v.audience(&snap))?;
        // Cached: only `has_earned` is read for this viewer (O(log n)).
        let id = snap
            .badge_id_by_slug(&slug)?
            .ok_or_else(|| AppError::not_found("badge"))?;
        let earned = personal::has_earned(&snap, me.id, id)?;
        let (tag, body) = splice_last(
            &entry,
            if earned { "true" } else { "false" },
            if earned { "e1" } else { "e0" },
        );
        return Ok(json_for(&v, &headers, &tag, body));
    }
    // Not cached: a secret badge (or none), shown to its earners only.
    let Some((id, detail)) = read::badge_detail_with(&snap, &slug, true, None)? else {
        return Err(AppError::not_found("badge"));
    };
    if !personal::has_earned(&snap, me.id, id)? {
        return Err(AppError::not_found("badge"));
    }
    // Built for this viewer alone: the names they may see are shown at once.
    let audience = v.audience(&snap);
    let body = badge_json(&detail, &Names::new(&audience))?;
    let body = format!("{}true}}", body.trim_end_matches("null}"));
    Ok(json_for(
        &v,
        &headers,
        &crate::cache::etag_of(body.as_bytes()),
        Bytes::from(body),
    ))
}

/// A badge's detail as JSON, ending in `"has_earned":null}`; recent earners `names` may not
/// show have `"username": null` (DOMAIN.md, "Profile privacy").
fn badge_json(d: &read::BadgeDetailOut, names: &Names) -> Result<String, StoreError> {
    let mut out = format!(
        "{{\"badge\":{},\"total_earned\":{},\"recent_earners\":[",
        json!(d.badge),
        d.total_earned
    );
    for (i, r) in d.recent_earners.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let shown = json!({ "username": r.username, "earned_at": r.earned_at });
        let hidden = json!({ "username": null, "earned_at": r.earned_at });
        names.json(
            &mut out,
            r.user,
            Rule::Profile,
            shown.to_string(),
            &hidden.to_string(),
        )?;
    }
    out.push_str("],\"has_earned\":null}");
    Ok(out)
}

/// The signed-in viewer (session or token): who the API thinks you are.
async fn me(Member { viewer: v, me }: Member, headers: HeaderMap) -> Result<Response, AppError> {
    let me = &me;
    let body = json!({
        "username": me.username,
        "display_name": me.display_name,
        "is_staff": me.is_staff,
    });
    Ok(json_of(&v, &headers, &body))
}

/// What a cached profile keeps beside its body: where the ranks go and the four scores they
/// are looked up for. Ranks move with every score anywhere, so they are composed per request
/// (DESIGN.md rule 4) in O(log n) each.
#[derive(rkyv::Archive, rkyv::Serialize, rkyv::Deserialize, Debug)]
struct ProfileSnapshot {
    split: u32,
    scores: [i64; 4],
}

/// A profile's shared body (ranks left out) and what is kept beside it; secret badges only
/// `with_secret`.
fn user_body(
    snap: &Snapshot,
    username: &str,
    with_secret: bool,
) -> Result<Option<(Bytes, Bytes)>, StoreError> {
    let Some(p) = read::profile(snap, username, with_secret)? else {
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
}

async fn user(
    Reading(e, mut snap, v, headers): Reading,
    Path(username): Path<String>,
) -> Result<Response, AppError> {
    // A profile the viewer may not see answers as an unknown name does.
    let Some(id) = snap.user_id_by_username(&username)? else {
        return Err(AppError::not_found("user"));
    };
    let audience = v.audience(&snap);
    if !audience.sees_profile(id)? {
        return Err(AppError::not_found("user"));
    }
    // Off the boards: their ranks would name their nameless rows (`"ranks": null`).
    let ranked = audience.names_on_boards(id)?;
    drop(audience);
    let viewer = v.me.as_ref().map(|m| (m.id, m.is_staff));
    // The member (or staff) with secret badges to see: built for this request alone.
    let entry = if personal::sees_hidden_badges(&snap, viewer, &username)? {
        user_body(&snap, &username, true)?
            .map(|(body, kept)| Arc::new(Entry::new(snap.seq(), body, kept)))
    } else {
        cached(&e, Some(&mut snap), ViewKey::user(&username), |snap| {
            user_body(snap, &username, false)
        })?
    }
    .ok_or_else(|| AppError::not_found("user"))?;
    let kept = ProfileSnapshot::access(&entry.snapshot)?;
    let split = kept.split.to_native() as usize;
    let mut ranks = serde_json::Map::new();
    let mut tag = entry.etag.trim_end_matches('"').to_string();
    for board in Board::ALL.into_iter().filter(|_| ranked) {
        let standing = e
            .standings
            .standing(board, kept.scores[board.index()].to_native());
        tag.push_str(&format!("-{}", standing.rank));
        ranks.insert(board.as_str().to_string(), json!(standing));
    }
    tag.push('"');
    let ranks = match ranked {
        true => serde_json::Value::Object(ranks).to_string(),
        false => "null".to_string(),
    };
    let mut body = BytesMut::with_capacity(entry.body.len() + ranks.len());
    body.put_slice(&entry.body[..split]);
    body.put_slice(ranks.as_bytes());
    body.put_slice(&entry.body[split..]);
    // What a member sees of their own profile differs (their secret badges): never shared.
    Ok(json_for(&v, &headers, &tag, body.freeze()))
}
