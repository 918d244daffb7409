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
use crate::http::state::App;
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

fn setting(snap: &Snapshot, text: Text) -> Result<String, StoreError> {
    Ok(snap.setting(text.key())?.unwrap_or_default())
}

/// What the cached home page keeps beside its body.
#[derive(rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
struct Kept {
    /// The site had no user yet (the first user renews this entry).
    empty: bool,
    /// The names an anonymous visitor does not see (newest items' owners, the boards).
    slots: Slots,
}

fn shared(snap: &Snapshot, names: &Names) -> Result<Markup, StoreError> {
    let tagline = setting(snap, Text::Tagline)?;
    let welcome = setting(snap, Text::WelcomeMessage)?;
    let c = snap.counts()?;
    let counts = [
        (snap.ranked_members()?, "member", "members"),
        (c.groups, "group", "groups"),
        (c.items, "item", "items"),
        (c.open_loans, "item out on loan", "items out on loan"),
    ];
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
        boards.push(board_table(*board, rows, 5, names)?);
    }
    Ok(html! {
        @if !tagline.is_empty() { p.lead { (tagline) } }
        @if !welcome.is_empty() {
            div.welcome { @for para in welcome.split("\n\n") { p { (para) } } }
        }
        section.counts aria-label="The community in numbers" {
            @for (n, one, many) in counts { div.stat { strong { (n) } (if n == 1 { one } else { many }) } }
        }
        section aria-labelledby="newest-h" {
            h2 #newest-h { "Newest items" }
            @if items.is_empty() {
                p.muted { "No items shared yet." }
            } @else {
                ul.item-tiles {
                    @for (id, title, owner, picture) in &items {
                        li.card {
                            a.thumb href={ "/items/" (id) } tabindex="-1" aria-hidden="true" { (picture) }
                            a href={ "/items/" (id) } { strong { (title) } }
                            p.muted { "shared by " (owner) }
                        }
                    }
                }
            }
            p { a href="/items" { "Browse all items" } }
        }
        section aria-labelledby="where-h" {
            h2 #where-h { "Where the groups are" }
            (world_map(&locations, true))
            p { a href="/groups/map" { "The full map" } " · " a href="/groups" { "browse the groups" } }
        }
        section aria-labelledby="top-h" {
            h2 #top-h { "Top of the boards" }
            div.boards.compact {
                @for table in &boards { (table) }
            }
            p { a href="/leaderboards" { "Full leaderboards" } }
        }
    })
}

async fn home(Reading(e, mut snap, v, headers): Reading) -> Result<Response, AppError> {
    let entry = cached(&e, Some(&mut snap), ViewKey::Home.html(), |snap| {
        let anyone = Audience::anonymous(snap);
        let names = Names::new(&anyone);
        let body = shared(snap, &names)?.into_string();
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
            @if snap.user(me.id)?.is_some_and(|u| crate::domain::time::now() - u.date_joined < crate::domain::time::MS_PER_DAY) {
                h1 { "Welcome, " (me.display_name) }
            } @else {
                h1 { "Welcome back, " (me.display_name) }
            }
            @for (_, group, by) in &waiting(&snap, me.id)? {
                p.notice {
                    "You are invited to join " strong { (group) } " by " (by) ". "
                    a href="/account#invitations-h" { "Accept or decline" }
                }
            }
            p.actions {
                a.button href="/items/new" { "Share an item" }
                a.button.secondary href="/loans" { "Your loans" }
                a.button.secondary href="/groups" { "Find a group" }
            }
        },
        None => html! {
            h1 { (v.site_name) }
            p.actions {
                a.button href="/signup" { "Join the community" }
                a.button.secondary href="/items" { "Browse items" }
            }
        },
    };
    Ok(compose(&headers, &v, "Home", Nav::Home, greeting, &entry))
}
