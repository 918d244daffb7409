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
use crate::i18n::{self, numbers, Arg, Lang};
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

fn fragment(
    snap: &Snapshot,
    p: &Profile,
    (zone, lang): (&Zone, Lang),
) -> Result<maud::Markup, StoreError> {
    let mut badges = Vec::new();
    for (slug, earned_at) in &p.badges {
        if let Some(id) = snap.badge_id_by_slug(slug)? {
            if let Some(b) = snap.badge(id)? {
                let b = snap.badge_in(id, b, lang)?;
                badges.push((badge_out(&b, 0), earned_at));
            }
        }
    }
    let f = &p.figures;
    let figures = [
        ("figure-items-shared", f.items_shared),
        ("figure-items-lent", f.items_lent),
        ("figure-items-borrowed", f.items_borrowed),
        ("figure-on-time", f.on_time_returns),
        ("figure-late", f.late_returns),
        ("figure-reviews-received", f.reviews_received),
        ("figure-reviews-given", f.reviews_given),
        ("figure-groups-joined", f.groups_joined),
    ];
    let average = (f.reviews_received > 0)
        .then(|| numbers::decimal(lang, f.rating_sum as f64 / f.reviews_received as f64, 1));
    let t = |id| i18n::text(lang, id);
    Ok(html! {
        div.profile-stats {
            div.stat { strong { (numbers::number(lang, f.points)) } (t("stat-points")) }
            div.stat { strong { (numbers::number(lang, f.trust_score)) } (t("stat-trust")) }
            @if let Some(a) = &average { div.stat { strong { (a) " ★" } (t("stat-rating")) } }
        }
        section.card aria-labelledby="figures-h" {
            h2 #figures-h { (t("profile-in-numbers")) }
            dl.figures {
                @for (label, n) in figures { div { dt { (t(label)) } dd { (numbers::number(lang, n)) } } }
            }
        }
        section aria-labelledby="badges-h" {
            h2 #badges-h { (t("nav-badges")) " " span.muted { "(" (numbers::number(lang, badges.len())) ")" } }
            @if badges.is_empty() {
                p.muted { (t("profile-no-badges")) }
            } @else {
                ul.badge-grid {
                    @for (b, at) in &badges {
                        li.badge-card {
                            (medal(b))
                            div {
                                a href={ "/badges/" (b.slug) } { strong { (b.name) } }
                                p.muted { (i18n::format(lang, "profile-earned", &[("date", Arg::Text(&short_date(lang, zone, at)))])) }
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
    (with_secret, lang): (bool, Lang),
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
            p.muted { "@" (p.username) " · " (i18n::format(lang, "profile-since", &[("date", Arg::Text(&short_date(lang, &zone, &p.joined_at)))])) }
        }
        (fragment(snap, &p, (&zone, lang))?)
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
    let access = super::items::access_of(&snap, &v)?;
    let items = super::profile_parts::items(&snap, (&access, v.lang), id)?;
    drop(audience);
    let viewer = v.me.as_ref().map(|m| (m.id, m.is_staff));
    // The member (or staff) with secret badges to see: built for this request alone.
    let entry = if sees_hidden_badges(&snap, viewer, &username)? {
        build(&snap, &username, (true, v.lang))?
            .map(|(body, kept)| Arc::new(Entry::new(snap.seq(), body, kept)))
    } else {
        cached(
            &e,
            Some(&mut snap),
            ViewKey::user(&username).html(v.lang),
            |snap| build(snap, &username, (false, v.lang)),
        )?
    }
    .ok_or_else(|| AppError::not_found("member"))?;
    let kept = Kept::access(&entry.snapshot)?;
    let name = kept.username.as_str().to_string();
    let is_me = v.me.as_ref().is_some_and(|m| m.username == name);
    let above = html! {
        @if is_me {
            p.notice { (v.t("profile-yours")) " " a href="/account" { (v.t("profile-edit-account")) } }
        }
    };
    let below = html! {
        section.card.ranks aria-labelledby="ranks-h" {
            h2 #ranks-h { (v.t("profile-ranks")) }
            @if !ranked {
                p.muted { (v.t("profile-off-boards")) }
            } @else {
            ul.standings {
                @for board in Board::ALL {
                    @let s = e.standings.standing(board, kept.scores[board.index()].to_native());
                    li {
                        span.board-name { (board_title(board, v.lang).0) }
                        strong { "#" (v.number(s.rank)) }
                        span.muted { (v.tr("profile-score", &[("score", Arg::Number(s.score))])) }
                    }
                }
            }
            }
            p { a href="/leaderboards" { (v.t("profile-see-boards")) } }
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
