//! The home page: the community at a glance (counts, newest items, the top 5 of each board,
//! where the groups are), cached once in L1 and renewed by every change to the community; the
//! greeting is the viewer's own. An empty data file sends visitors to the first-run page.

use crate::domain::photo::{Fit, Photo};
use crate::http::photos::{img, placeholder};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use bytes::Bytes;
use maud::{html, Markup};

use super::boards::board_table;
use super::layout::{compose, redirect, Nav};
use super::map::world_map;
use crate::cache::ViewKey;
use crate::domain::access::Access;
use crate::domain::records::{ItemId, UserId};
use crate::domain::settings::Text;
use crate::http::cached::{cached, Reading};
use crate::http::error::AppError;
use crate::http::nameless::{self, Names, Rule, Slots};
use crate::http::pages::account::invitations::waiting;
use crate::http::session::site_text;
use crate::http::state::App;
use crate::i18n::{self, Arg, Lang};
use crate::store::codec::Stored;
use crate::store::read::Snapshot;
use crate::store::StoreError;
use crate::views::audience::Audience;
use crate::views::read::{self, top_boards};

pub fn router() -> Router<App> {
    Router::new().route("/", get(home))
}

/// How many newest items the home page shows, and how far back it looks for public ones.
const NEWEST: usize = 6;
const NEWEST_SCAN: usize = 300;

/// The newest public items of active members: a reverse scan of the items by pk, stopped
/// after a bounded number of rows.
/// Answers (item, title, owner, owner's username).
/// One of the newest items: id, title, owner, owner's username, primary photo, category.
type Newest = (
    ItemId,
    String,
    UserId,
    String,
    Option<Photo>,
    Option<(u64, String)>,
);

fn newest_items(snap: &Snapshot) -> Result<Vec<Newest>, StoreError> {
    let anyone = Access::default();
    let mut out = Vec::new();
    for row in snap.items_newest_first()?.take(NEWEST_SCAN) {
        let (id, item) = row?;
        let Some(owner) = snap.user(item.owner)? else {
            continue;
        };
        if anyone.may_see(&item, owner.is_active) {
            let category = match item.category {
                Some(c) => snap.category(c)?.map(|cat| (c, cat.name)),
                None => None,
            };
            let photo = snap.primary_photo(id)?;
            out.push((id, item.title, item.owner, owner.username, photo, category));
            if out.len() == NEWEST {
                break;
            }
        }
    }
    Ok(out)
}

/// What the cached home page keeps beside its body.
#[derive(rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
struct Kept {
    /// The site had no user yet (the first user renews this entry).
    empty: bool,
    /// The names an anonymous visitor does not see (newest items' owners, the boards).
    slots: Slots,
}

/// The part every visitor shares, in `lang`.
fn shared(snap: &Snapshot, names: &Names, lang: Lang) -> Result<Markup, StoreError> {
    let msg = |id| i18n::text(lang, id);
    let tagline = site_text(snap, Text::Tagline, lang)?;
    let welcome = site_text(snap, Text::WelcomeMessage, lang)?;
    let c = snap.counts()?;
    let counts = [
        (snap.ranked_members()?, "count-members"),
        (c.groups, "count-groups"),
        (c.items, "count-items"),
        (c.open_loans, "count-on-loan"),
    ]
    .map(|(n, id)| (n, i18n::format(lang, id, &[("count", Arg::count(n))])));
    let mut items = Vec::new();
    for (id, title, owner, username, photo, category) in newest_items(snap)? {
        let picture = match &photo {
            Some(p) => img(p, Fit::Thumb, "", false),
            None => placeholder(category.as_ref().map(|(c, name)| (*c, name.as_str()))),
        };
        items.push((
            id,
            title,
            names.html(owner, Rule::Profile, html! { (username) })?,
            picture,
        ));
    }
    let locations = read::locations(snap)?;
    let mut boards = Vec::new();
    for (board, rows) in &top_boards(snap)? {
        boards.push(board_table(*board, rows, 5, (names, lang))?);
    }
    Ok(html! {
        @if !tagline.is_empty() { p.lead { (tagline) } }
        @if !welcome.is_empty() {
            div.welcome { @for para in welcome.split("\n\n") { p { (para) } } }
        }
        section.counts aria-label=(msg("home-numbers")) {
            @for (n, what) in &counts { div.stat { strong { (n) } (what) } }
        }
        section aria-labelledby="newest-h" {
            h2 #newest-h { (msg("home-newest")) }
            @if items.is_empty() {
                p.muted { (msg("home-no-items")) }
            } @else {
                ul.item-tiles {
                    @for (id, title, owner, picture) in &items {
                        li.card {
                            a.thumb href={ "/items/" (id) } tabindex="-1" aria-hidden="true" { (picture) }
                            a href={ "/items/" (id) } { strong { (title) } }
                            p.muted { (msg("home-shared-by")) " " (owner) }
                        }
                    }
                }
            }
            p { a href="/items" { (msg("home-browse-items")) } }
        }
        section aria-labelledby="where-h" {
            h2 #where-h { (msg("home-where")) }
            (world_map(&locations, true, lang))
            p { a href="/groups/map" { (msg("home-full-map")) } " · " a href="/groups" { (msg("home-browse-groups")) } }
        }
        section aria-labelledby="top-h" {
            h2 #top-h { (msg("home-top")) }
            div.boards.compact {
                @for table in &boards { (table) }
            }
            p { a href="/leaderboards" { (msg("home-full-boards")) } }
        }
    })
}

async fn home(Reading(e, mut snap, v, headers): Reading) -> Result<Response, AppError> {
    let entry = cached(&e, Some(&mut snap), ViewKey::Home.html(v.lang), |snap| {
        let anyone = Audience::anonymous(snap);
        let names = Names::new(&anyone).speaking(v.lang);
        let body = shared(snap, &names, v.lang)?.into_string();
        let kept = Kept {
            empty: snap.has_no_users()?,
            slots: names.slots(&body),
        };
        Ok(Some((Bytes::from(body), Bytes::from(kept.encode()))))
    })?
    .ok_or_else(|| AppError::not_found("page"))?;
    let kept = Kept::access(&entry.snapshot)?;
    if kept.empty {
        return Ok(redirect("/setup"));
    }
    let entry = nameless::with_names(&entry, &kept.slots, &v.audience(&snap))?;
    let greeting = match &v.me {
        Some(me) => html! {
            // A member who joined today is welcomed, not welcomed back.
            @let name = [("name", Arg::Text(&me.display_name))];
            @if snap.user(me.id)?.is_some_and(|u| crate::domain::time::now() - u.date_joined < crate::domain::time::MS_PER_DAY) {
                h1 { (v.tr("home-welcome", &name)) }
            } @else {
                h1 { (v.tr("home-welcome-back", &name)) }
            }
            @for (_, group, by) in &waiting(&snap, me.id, v.lang)? {
                p.notice {
                    (v.tr("home-invited", &[("group", Arg::Text(group)), ("by", Arg::Text(by))])) " "
                    a href="/account#invitations-h" { (v.t("home-accept-decline")) }
                }
            }
            p.actions {
                a.button href="/items/new" { (v.t("home-share")) }
                a.button.secondary href="/loans" { (v.t("home-your-loans")) }
                a.button.secondary href="/groups" { (v.t("home-find-group")) }
            }
        },
        None => html! {
            h1 { (v.site_name) }
            p.actions {
                a.button href="/signup" { (v.t("home-join")) }
                a.button.secondary href="/items" { (v.t("home-browse")) }
            }
        },
    };
    Ok(compose(
        &headers,
        &v,
        v.t("home-title"),
        Nav::Home,
        greeting,
        &entry,
    ))
}
