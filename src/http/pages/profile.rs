//! `/users/{username}`: a member's public profile (figures, badges) cached once in L1, with
//! their ranks composed per request (ranks move with every score anywhere, so they are never
//! cached; each is an O(log n) lookup).

use axum::extract::{Path, Query};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use bytes::Bytes;
use maud::html;

use super::badges::{medal, short_date};
use super::boards::board_title;
use super::layout::{compose_around, Nav};
use crate::cache::Entry;
use crate::cache::ViewKey;
use crate::domain::boards::Board;
use crate::domain::zone::Zone;
use crate::http::cached::{cached, Reading};
use crate::http::error::AppError;
use crate::http::state::App;
use crate::store::codec::Stored;
use crate::store::read::Snapshot;
use crate::store::StoreError;
use crate::views::personal::sees_hidden_badges;
use crate::views::read::{badge_out, profile, Profile};
use std::sync::Arc;

pub fn router() -> Router<App> {
    Router::new().route("/users/{username}", get(show))
}

/// Kept beside the cached fragment: the page title and the four scores ranks are looked up for.
#[derive(rkyv::Archive, rkyv::Serialize, rkyv::Deserialize, Debug)]
struct Kept {
    username: String,
    scores: [i64; 4],
}

fn fragment(snap: &Snapshot, p: &Profile, zone: &Zone) -> Result<maud::Markup, StoreError> {
    let mut badges = Vec::new();
    for (slug, earned_at) in &p.badges {
        if let Some(id) = snap.badge_id_by_slug(slug)? {
            if let Some(b) = snap.badge(id)? {
                badges.push((badge_out(&b, 0), earned_at));
            }
        }
    }
    let f = &p.figures;
    let figures = [
        ("Items shared", f.items_shared),
        ("Items lent", f.items_lent),
        ("Items borrowed", f.items_borrowed),
        ("On-time returns", f.on_time_returns),
        ("Late returns", f.late_returns),
        ("Reviews received", f.reviews_received),
        ("Reviews given", f.reviews_given),
        ("Groups joined", f.groups_joined),
    ];
    let average = (f.reviews_received > 0)
        .then(|| format!("{:.1}", f.rating_sum as f64 / f.reviews_received as f64));
    Ok(html! {
        div.profile-stats {
            div.stat { strong { (f.points) } "points" }
            div.stat { strong { (f.trust_score) } "trust score" }
            @if let Some(a) = &average { div.stat { strong { (a) " ★" } "average rating" } }
        }
        section.card aria-labelledby="figures-h" {
            h2 #figures-h { "In numbers" }
            dl.figures {
                @for (label, n) in figures { div { dt { (label) } dd { (n) } } }
            }
        }
        section aria-labelledby="badges-h" {
            h2 #badges-h { "Badges (" (badges.len()) ")" }
            @if badges.is_empty() {
                p.muted { "No badges yet." }
            } @else {
                ul.badge-grid {
                    @for (b, at) in &badges {
                        li.badge-card {
                            (medal(b))
                            div {
                                a href={ "/badges/" (b.slug) } { strong { (b.name) } }
                                p.muted { "earned " (short_date(zone, at)) }
                            }
                        }
                    }
                }
            }
        }
    })
}

/// The profile's shared part and what is kept beside it; secret badges only `with_secret`.
fn build(
    snap: &Snapshot,
    username: &str,
    with_secret: bool,
) -> Result<Option<(Bytes, Bytes)>, StoreError> {
    let Some(p) = profile(snap, username, with_secret)? else {
        return Ok(None);
    };
    let picture = match snap.user_id_by_username(&p.username)? {
        Some(id) => snap.avatar(id)?,
        None => None,
    };
    // Cached for everyone: dates in the site's zone.
    let zone = snap.zone_for(None)?;
    let html = html! {
        header.profile-head {
            (crate::http::photos::avatar(picture.as_ref(), &p.display_name, 96))
            h1 { (p.display_name) }
            p.muted { "@" (p.username) " · member since " (short_date(&zone, &p.joined_at)) }
        }
        (fragment(snap, &p, &zone)?)
    };
    let kept = Kept {
        username: p.username.clone(),
        scores: Board::ALL.map(|b| b.score(&p.figures)),
    };
    Ok(Some((
        Bytes::from(html.into_string()),
        Bytes::from(kept.encode()),
    )))
}

#[derive(serde::Deserialize, Default)]
struct Pages {
    #[serde(default)]
    reviews_page: String,
}

async fn show(
    Reading(e, mut snap, v, headers): Reading,
    Path(username): Path<String>,
    Query(pages): Query<Pages>,
) -> Result<Response, AppError> {
    // A profile the viewer may not see answers as an unknown name does.
    let Some(id) = snap.user_id_by_username(&username)? else {
        return Err(AppError::not_found("member"));
    };
    let audience = v.audience(&snap);
    if !audience.sees_profile(id)? {
        return Err(AppError::not_found("member"));
    }
    // Off the boards: their ranks would name their nameless rows.
    let ranked = audience.names_on_boards(id)?;
    // What depends on who looks: the reviewers' names, the items this viewer may see.
    let reviews = super::profile_parts::reviews(
        &snap,
        &audience,
        id,
        &username,
        (&pages.reviews_page, v.lang),
    )?;
    let items = super::profile_parts::items(&snap, &super::items::access_of(&snap, &v)?, id)?;
    drop(audience);
    let viewer = v.me.as_ref().map(|m| (m.id, m.is_staff));
    // The member (or staff) with secret badges to see: built for this request alone.
    let entry = if sees_hidden_badges(&snap, viewer, &username)? {
        build(&snap, &username, true)?
            .map(|(body, kept)| Arc::new(Entry::new(snap.seq(), body, kept)))
    } else {
        cached(
            &e,
            Some(&mut snap),
            ViewKey::user(&username).html(v.lang),
            |snap| build(snap, &username, false),
        )?
    }
    .ok_or_else(|| AppError::not_found("member"))?;
    let kept = Kept::access(&entry.snapshot)?;
    let name = kept.username.as_str().to_string();
    let is_me = v.me.as_ref().is_some_and(|m| m.username == name);
    let above = html! {
        @if is_me {
            p.notice { "This is your public profile. " a href="/account" { "Edit your account" } "." }
        }
    };
    let below = html! {
        section.card.ranks aria-labelledby="ranks-h" {
            h2 #ranks-h { "Ranks" }
            @if !ranked {
                p.muted { "This member chose to stay off the boards." }
            } @else {
            ul.standings {
                @for board in Board::ALL {
                    @let s = e.standings.standing(board, kept.scores[board.index()].to_native());
                    li {
                        span.board-name { (board_title(board, v.lang).0) }
                        strong { "#" (s.rank) }
                        span.muted { "score " (s.score) }
                    }
                }
            }
            }
            p { a href="/leaderboards" { "See the leaderboards" } }
        }
        (items)
        (reviews)
    };
    Ok(compose_around(
        &headers,
        &v,
        &name,
        Nav::None,
        above,
        &entry,
        below,
    ))
}
