//! `/badges` and `/badges/{slug}`: the badge list grouped by category, and a badge's detail
//! with its recent earners. Both are cached once in L1; the viewer's part (badges they hold,
//! their earned secret badges, whether they hold this one and their progress towards it) is
//! composed per request. A secret badge is shown only to those who earned it.

use crate::domain::badges::{Counted, Progress};
use crate::domain::decimal::Fraction;
use crate::domain::records::BadgeId;
use crate::http::pages::sentence::Part;
use crate::i18n::{self, Arg, Lang};
use axum::extract::Path;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use bytes::Bytes;
use maud::{html, Markup};

use super::layout::{compose, render, Nav};
use crate::cache::ViewKey;
use crate::domain::choice::{BadgeCategory, BadgeType};
use crate::domain::time::parse_datetime;
use crate::domain::zone::Zone;
use crate::http::cached::{cached, Reading};
use crate::http::error::AppError;
use crate::http::nameless::{self, Names, Rule, Slots};
use crate::http::session::Viewer;
use crate::http::state::App;
use crate::store::codec::Stored;
use crate::store::read::Snapshot;
use crate::store::StoreError;
use crate::views::audience::Audience;
use crate::views::personal;
use crate::views::read::{badge_detail_with, badge_list_in, BadgeDetailOut, BadgeOut};

pub fn router() -> Router<App> {
    Router::new()
        .route("/badges", get(list))
        .route("/badges/{slug}", get(detail))
}

/// A medal in the badge's type colour showing the icon staff chose: an emoji as typed, or
/// Comuniza's Font Awesome names (this site ships no icon font) as the emoji closest to them;
/// the badge's initial when neither.
pub fn medal(b: &BadgeOut) -> Markup {
    let glyph = icon_glyph(&b.icon).map(str::to_string).unwrap_or_else(|| {
        b.name
            .chars()
            .next()
            .map(|c| c.to_uppercase().collect())
            .unwrap_or_default()
    });
    html! { span.medal.(b.badge_type) aria-hidden="true" { (glyph) } }
}

/// The emoji a badge's icon stands for, if any.
fn icon_glyph(icon: &str) -> Option<&str> {
    let icon = icon.trim();
    // An emoji typed by staff: short and not ASCII (a Font Awesome name is ASCII).
    if !icon.is_empty() && !icon.is_ascii() && icon.chars().count() <= 4 {
        return Some(icon);
    }
    let name = icon
        .split_whitespace()
        .find_map(|c| c.strip_prefix("fa-"))?;
    Some(match name {
        "star" => "⭐",
        "hands-helping" | "handshake" => "🤝",
        "hand-holding-heart" | "heart" => "💖",
        "tools" | "wrench" | "hammer" => "🛠️",
        "book" | "book-open" | "book-reader" => "📖",
        "gift" => "🎁",
        "users" | "user-friends" => "👥",
        "thumbs-up" => "👍",
        "shield-alt" | "shield" => "🛡️",
        "seedling" | "leaf" => "🌱",
        "search" => "🔍",
        "rocket" => "🚀",
        "rainbow" => "🌈",
        "pen-fancy" | "pen" => "✒️",
        "moon" => "🌙",
        "infinity" => "♾️",
        "graduation-cap" => "🎓",
        "flag" => "🚩",
        "fist-raised" => "✊",
        "fire" => "🔥",
        "crown" => "👑",
        "city" => "🏙️",
        "trophy" => "🏆",
        "medal" | "award" => "🏅",
        "calendar" | "calendar-check" => "📅",
        "clock" => "⏰",
        "map-marker-alt" | "globe" => "🌍",
        "recycle" => "♻️",
        _ => return None,
    })
}

/// A badge's points and how many hold it, in `lang`.
fn points_and_holders(b: &BadgeOut, total_earned: u64, lang: Lang) -> String {
    let points = Arg::Number(b.points);
    i18n::format(
        lang,
        "badges-points-holders",
        &[("points", points), ("count", Arg::count(total_earned))],
    )
}

fn badge_card(b: &BadgeOut, lang: Lang) -> Markup {
    html! {
        li.badge-card {
            (medal(b))
            div {
                a href={ "/badges/" (b.slug) } { strong { (b.name) } }
                " " span.pill.(b.badge_type) { (tier_name(b.badge_type, lang)) }
                @if b.is_secret { " " span.pill { (i18n::text(lang, "badges-secret")) } }
                p { (b.description) }
                p.muted { (points_and_holders(b, b.total_earned, lang)) }
            }
        }
    }
}

/// A badge category's title, in `lang`.
pub(crate) fn category_title(c: &str, lang: Lang) -> &'static str {
    let id = match BadgeCategory::parse(c) {
        Some(BadgeCategory::Lending) => "badge-cat-lending",
        Some(BadgeCategory::Borrowing) => "badge-cat-borrowing",
        Some(BadgeCategory::Community) => "badge-cat-community",
        Some(BadgeCategory::Reputation) => "badge-cat-reputation",
        _ => "badge-cat-special",
    };
    i18n::text(lang, id)
}

/// A badge's tier (bronze, silver ...), in `lang`.
pub(crate) fn tier_name(t: &str, lang: Lang) -> &'static str {
    let id = match BadgeType::parse(t) {
        Some(BadgeType::Bronze) => "badge-tier-bronze",
        Some(BadgeType::Silver) => "badge-tier-silver",
        Some(BadgeType::Gold) => "badge-tier-gold",
        Some(BadgeType::Platinum) => "badge-tier-platinum",
        _ => "badge-tier-special",
    };
    i18n::text(lang, id)
}

/// Badges grouped by category, each group in list order, in `lang`.
pub fn grouped(badges: &[BadgeOut], lang: Lang) -> Markup {
    let categories = ["lending", "borrowing", "community", "reputation", "special"];
    html! {
        @if badges.is_empty() { p.muted { (i18n::text(lang, "badges-none")) } }
        @for c in categories {
            @let mine: Vec<&BadgeOut> = badges.iter().filter(|b| b.category == c).collect();
            @if !mine.is_empty() {
                section aria-labelledby={ "cat-" (c) } {
                    h2 #{ "cat-" (c) } { (category_title(c, lang)) }
                    ul.badge-grid { @for b in mine { (badge_card(b, lang)) } }
                }
            }
        }
    }
}

async fn list(Reading(e, mut snap, v, headers): Reading) -> Result<Response, AppError> {
    let entry = cached(
        &e,
        Some(&mut snap),
        ViewKey::BadgeList.html(v.lang),
        |snap| {
            let html = grouped(&badge_list_in(snap, Some(v.lang))?, v.lang);
            Ok(Some((Bytes::from(html.into_string()), Bytes::new())))
        },
    )?
    .ok_or_else(|| AppError::not_found("page"))?;
    let personal = html! {
        h1 { (v.t("nav-badges")) }
        @if let Some(me) = &v.me {
            @let secret = personal::earned_secret_badges(&snap, me.id, Some(v.lang))?;
            p.lead { (v.t("badges-lead")) " "
                a href={ "/users/" (me.username) } { (v.t("badges-see-yours")) } }
            @if !secret.is_empty() {
                section.card aria-labelledby="secret-h" {
                    h2 #secret-h { (v.t("badges-your-secret")) }
                    p.muted { (v.t("badges-secret-only")) }
                    ul.badge-grid { @for b in &secret { (badge_card(b, v.lang)) } }
                }
            }
        } @else {
            p.lead { (v.t("badges-lead")) " "
                a href="/signup" { (v.t("badges-join")) } }
        }
    };
    Ok(compose(
        &headers,
        &v,
        v.t("nav-badges"),
        Nav::Badges,
        personal,
        &entry,
    ))
}

/// A badge's page; recent earners `names` may not show are "a member".
/// The shared part of a badge's page; dates in the site's zone (`zone`), as cached pages are
/// the same for everyone.
fn detail_html(
    d: &BadgeDetailOut,
    (names, lang): (&Names, Lang),
    zone: &Zone,
) -> Result<Markup, StoreError> {
    let b = &d.badge;
    let mut earners = Vec::new();
    for r in &d.recent_earners {
        let named = html! { a href={ "/users/" (r.username) } { (r.username) } };
        earners.push((names.html(r.user, Rule::Profile, named)?, &r.earned_at));
    }
    Ok(html! {
        header.badge-head {
            (medal(b))
            div {
                h1 { (b.name) }
                p { span.pill.(b.badge_type) { (tier_name(b.badge_type, lang)) } " " span.pill { (category_title(b.category, lang)) } }
            }
        }
        p.lead { (b.description) }
        p { (points_and_holders(b, d.total_earned, lang)) }
        section aria-labelledby="earners-h" {
            h2 #earners-h { (i18n::text(lang, "badges-recent")) }
            @if d.recent_earners.is_empty() {
                p.muted { (i18n::text(lang, "badges-no-one")) }
            } @else {
                ol.earners {
                    @for (who, at) in &earners {
                        li { (who) " " span.muted { (short_date(lang, zone, at)) } }
                    }
                }
            }
        }
    })
}

/// What a cached badge page keeps beside its body.
#[derive(rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
struct Kept {
    /// The badge's name, for the page title.
    name: String,
    slots: Slots,
}

/// The day of an RFC 3339 time in `zone`, as `lang` writes it.
pub fn short_date(lang: Lang, zone: &Zone, rfc3339: &str) -> String {
    match parse_datetime(rfc3339) {
        Some(t) => i18n::numbers::day_in(lang, zone, t),
        None => rfc3339.to_string(),
    }
}

/// The viewer's part of a badge's page (`badge` is not read for an anonymous viewer).
fn viewer_part(
    snap: &Snapshot,
    v: &Viewer,
    badge: BadgeId,
    earned: bool,
) -> Result<Markup, AppError> {
    let Some(me) = &v.me else {
        let link = html! { a href="/signin" { (v.t("group-sign-in")) } };
        return Ok(
            html! { p.muted { (v.say("progress-sign-in", &[("link", Part::Markup(link))])) } },
        );
    };
    if earned {
        return Ok(html! { div.notice role="status" { p { (v.t("progress-earned")) } } });
    }
    let f = snap.figures(me.id)?;
    let steps = personal::progress(snap, badge, &f)?;
    Ok(html! {
        section.card.progress aria-labelledby="progress-h" {
            h2 #progress-h { (v.t("progress-yours")) }
            @if steps.len() > 1 { p { (v.t("progress-any-one")) } }
            @for step in steps { (progress_step(v, step)) }
        }
    })
}

/// A progress bar with its words: `have` of `need`.
#[allow(clippy::needless_pass_by_value)] // maud components take their parts by value
fn bar(words: String, have: i64, need: i64) -> Markup {
    html! {
        p { label { (words) progress max=(need.max(1)) value=(have.min(need).max(0)) {} } }
    }
}

/// The message naming what a count rule counts.
fn counted_id(c: Counted) -> &'static str {
    match c {
        Counted::ItemsShared => "progress-items-shared",
        Counted::ItemsBorrowed => "progress-items-borrowed",
        Counted::ItemsLent => "progress-items-lent",
        Counted::GroupsJoined => "progress-groups-joined",
        Counted::ReviewsGiven => "progress-reviews-given",
    }
}

/// A decimal as `Fraction::shown` rounded it ("4.34", "4.5", "4"), written as the viewer's
/// language writes numbers.
fn localized(v: &Viewer, shown: &str) -> String {
    match shown.split_once('.') {
        Some((_, places)) => v.decimal(
            shown.parse().unwrap_or_default(),
            u8::try_from(places.len()).unwrap_or(2),
        ),
        None => v.number(shown.parse::<i64>().unwrap_or_default()),
    }
}

/// One rule's progress, in that rule's terms.
fn progress_step(v: &Viewer, step: Progress) -> Markup {
    let reviews = |have: i64, need: i64| {
        let words = v.tr(
            "progress-reviews",
            &[
                ("have", Arg::Number(have.min(need))),
                ("need", Arg::Number(need)),
            ],
        );
        bar(words, have, need)
    };
    let strong = |shown: String| Part::Markup(html! { strong { (localized(v, &shown)) } });
    match step {
        Progress::Count {
            have,
            need,
            counted,
        } => {
            let words = v.tr(
                counted_id(counted),
                &[
                    ("have", Arg::Number(have.min(need))),
                    ("need", Arg::Number(need)),
                ],
            );
            bar(words, have, need)
        }
        Progress::Rating {
            rating_sum,
            reviews: got,
            need,
            min_reviews,
        } => {
            let now = Fraction {
                num: rating_sum.into(),
                den: got.into(),
            };
            html! {
                p { (v.say("progress-rating-rule", &[("rating", strong(need.shown_up())), ("reviews", Part::count(min_reviews))])) }
                p {
                    @if got == 0 { (v.t("progress-no-reviews")) }
                    @else { (v.say("progress-rating-now", &[("rating", strong(now.shown())), ("reviews", Part::count(got))])) }
                }
                (reviews(got, min_reviews))
            }
        }
        Progress::Trust {
            score,
            need,
            reviews: got,
            min_reviews,
        } => html! {
            p { (v.say("progress-trust-rule", &[("score", strong(need.shown_up()))])) }
            (bar(v.tr("progress-trust-now", &[("score", Arg::Number(score)), ("need", Arg::Text(&localized(v, &need.shown_up())))]), score, need.ceil()))
            @if min_reviews > 0 { (reviews(got, min_reviews)) }
        },
        Progress::PeriodTop {
            board,
            period,
            rank,
        } => {
            let id = match period {
                crate::domain::periods::Period::Week => "progress-period-top-week",
                crate::domain::periods::Period::Month => "progress-period-top-month",
                crate::domain::periods::Period::Year => "progress-period-top-year",
            };
            let board = super::boards::board_title(board, v.lang).0;
            html! {
                p { (v.tr(id, &[("rank", Arg::Number(rank)), ("board", Arg::Text(board))])) }
            }
        }
        Progress::Granted => html! {
            p { (v.t("progress-granted")) }
        },
    }
}

async fn detail(
    Reading(e, mut snap, v, headers): Reading,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let entry = cached(
        &e,
        Some(&mut snap),
        ViewKey::Badge(slug.clone()).html(v.lang),
        |snap| {
            let Some((_, d)) = badge_detail_with(snap, &slug, false, Some(v.lang))? else {
                return Ok(None);
            };
            let anyone = Audience::anonymous(snap);
            let names = Names::new(&anyone).speaking(v.lang);
            let body = detail_html(&d, (&names, v.lang), &snap.zone_for(None)?)?.into_string();
            let kept = Kept {
                name: d.badge.name.clone(),
                slots: names.slots(&body),
            };
            Ok(Some((Bytes::from(body), Bytes::from(kept.encode()))))
        },
    )?;
    let Some(me) = v.id() else {
        let entry = entry.ok_or_else(|| AppError::not_found("badge"))?;
        let title = Kept::access(&entry.snapshot)?.name.to_string();
        let personal = viewer_part(&snap, &v, BadgeId::default(), false)?;
        return Ok(compose(&headers, &v, &title, Nav::Badges, personal, &entry));
    };
    if let Some(entry) = entry {
        // The shared part is cached: the viewer's part needs only the badge's id (O(log n)).
        let id = snap
            .badge_id_by_slug(&slug)?
            .ok_or_else(|| AppError::not_found("badge"))?;
        let earned = personal::has_earned(&snap, me, id)?;
        let kept = Kept::access(&entry.snapshot)?;
        let title = kept.name.to_string();
        let entry = nameless::with_names(&entry, &kept.slots, &v.audience(&snap))?;
        let personal = viewer_part(&snap, &v, id, earned)?;
        return Ok(compose(&headers, &v, &title, Nav::Badges, personal, &entry));
    }
    // Not cached: a secret badge (or none). Its earners only, rendered for them (rare).
    let Some((id, d)) = badge_detail_with(&snap, &slug, true, Some(v.lang))? else {
        return Err(AppError::not_found("badge"));
    };
    match personal::has_earned(&snap, me, id)? {
        true => {
            let audience = v.audience(&snap);
            let names = Names::new(&audience).speaking(v.lang);
            let shown = detail_html(&d, (&names, v.lang), &snap.zone_for(None)?)?;
            let main = html! { (viewer_part(&snap, &v, id, true)?) (shown) p.muted { (v.t("badge-secret-note")) } };
            Ok(render(&v, &d.badge.name, Nav::Badges, main))
        }
        false => Err(AppError::not_found("badge")),
    }
}

#[cfg(test)]
mod tests {
    use super::icon_glyph;

    #[test]
    fn icons_are_emoji_as_typed_or_from_font_awesome_names() {
        assert_eq!(icon_glyph("🎁"), Some("🎁"));
        assert_eq!(icon_glyph("fas fa-star"), Some("⭐"));
        assert_eq!(icon_glyph("fas fa-hands-helping"), Some("🤝"));
        assert_eq!(icon_glyph("fas fa-unknown-thing"), None);
        assert_eq!(icon_glyph(""), None);
        // A long text is no icon.
        assert_eq!(icon_glyph("très longue icône"), None);
    }
}
