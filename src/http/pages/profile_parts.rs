//! The parts of a profile that depend on who looks (composed per request below the cached
//! figures): the reviews the member received, newest first and paged, each reviewer named as
//! privacy allows; and the member's items the viewer may see.

use crate::http::pages::sentence::{sentence, Part};
use crate::i18n::{self, numbers, Arg, Lang};
use maud::{html, Markup};

use super::items::{person, Access, People};
use super::paging::{Paging, NEWER_OLDER};
use crate::domain::choice::ReviewerRole;
use crate::domain::records::{ItemId, Review, UserId};
use crate::store::read::Snapshot;
use crate::store::StoreError;
use crate::views::audience::Audience;

/// Reviews a page.
const REVIEWS_PER_PAGE: usize = 10;
/// Items shown on a profile (the newest).
const ITEMS_SHOWN: usize = 12;

/// Every review `user` received, newest first (read through their loans: a member has tens,
/// not millions).
fn received(snap: &Snapshot, user: UserId) -> Result<Vec<Review>, StoreError> {
    let mut out = Vec::new();
    for loan in snap.loans_of(user)? {
        for (_, r) in snap.reviews_of(loan)? {
            if r.reviewee == user {
                out.push(r);
            }
        }
    }
    out.sort_by_key(|r| std::cmp::Reverse((r.created_at, r.loan)));
    Ok(out)
}

/// The reviews part; `page` from `?reviews_page=`.
pub(super) fn reviews(
    snap: &Snapshot,
    audience: &Audience,
    user: UserId,
    username: &str,
    (page, lang): (&str, Lang),
) -> Result<Markup, StoreError> {
    let all = received(snap, user)?;
    let paging = Paging::new(page, REVIEWS_PER_PAGE);
    let total = all.len();
    let (shown, more) = paging.take(all);
    let mut people = People::default();
    // Beside the cached profile: dates in the site's zone, as its own.
    let zone = snap.zone_for(None)?;
    let t = |id| i18n::text(lang, id);
    let mut rows = Vec::new();
    for r in shown {
        let by = match people.get(snap, r.reviewer)? {
            Some(u) => person(audience, (r.reviewer, u), lang)?,
            None => html! { (i18n::text(lang, "messages-former-member")) },
        };
        rows.push((r, by));
    }
    let path = format!("/users/{username}");
    Ok(html! {
        section.card #reviews aria-labelledby="reviews-h" {
            h2 #reviews-h { (t("figure-reviews-received")) " " span.muted { "(" (numbers::number(lang, total)) ")" } }
            @if total == 0 {
                p.muted { (t("profile-no-reviews")) }
            } @else {
                ul.reviews {
                    @for (r, by) in &rows {
                        li {
                            p {
                                span.stars aria-label=(i18n::format(lang, "stars-label", &[("rating", Arg::Number(r.rating.into()))])) { (stars(r.rating)) }
                                " " span.muted {
                                    (sentence(lang, match r.reviewer_role { ReviewerRole::Lender => "review-as-borrower", ReviewerRole::Borrower => "review-as-lender" }, &[("person", Part::Markup(by.clone()))]))
                                    " · " (numbers::day_in(lang, &zone, r.created_at))
                                }
                            }
                            @if !r.comment.trim().is_empty() { p { (r.comment) } }
                        }
                    }
                }
                (paging.nav(more, |p| crate::http::pages::paging::href(&path, &[], "reviews_page", p), (NEWER_OLDER, lang)))
            }
        }
    })
}

fn stars(rating: u8) -> String {
    let n = usize::from(rating.min(5));
    format!("{}{}", "★".repeat(n), "☆".repeat(5 - n))
}

/// The member's items the viewer may see, newest first.
pub(super) fn items(
    snap: &Snapshot,
    (access, lang): (&Access, Lang),
    user: UserId,
) -> Result<Markup, StoreError> {
    let t = |id| i18n::text(lang, id);
    let mut shown: Vec<(ItemId, String)> = Vec::new();
    let mut total = 0usize;
    for id in snap.items_of(user)?.into_iter().rev() {
        let Some(item) = snap.item(id)? else {
            continue;
        };
        if access.may_see(&item, true) && item.is_active {
            total += 1;
            if shown.len() < ITEMS_SHOWN {
                shown.push((id, item.title));
            }
        }
    }
    Ok(html! {
        section.card aria-labelledby="their-items-h" {
            h2 #their-items-h { (t("nav-items")) " " span.muted { "(" (numbers::number(lang, total)) ")" } }
            @if shown.is_empty() {
                p.muted { (t("profile-no-items")) }
            } @else {
                ul.their-items {
                    @for (id, title) in &shown { li { a href={ "/items/" (id) } { (title) } } }
                }
                @if total > shown.len() { p.muted { (i18n::format(lang, "profile-newest-of", &[("count", Arg::count(shown.len())), ("total", Arg::count(total))])) } }
            }
        }
    })
}
