//! `/items`: the items the viewer may see, newest first, 30 a page, filtered by group, category
//! and status; with words, the search index finds them, best first (`http::search`). The first
//! unfiltered page for anonymous viewers is the hot path: its fragment lives in L1 (evicted by
//! every community change); everything else is rendered per request, reading only as many
//! items as the page needs.

use crate::http::nameless::a_member;
use crate::i18n::{self, Arg, Lang};
use crate::views::audience::Audience;
use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use bytes::Bytes;
use maud::{html, Markup};
use serde::Deserialize;

use super::{
    access_of, condition_label, lent_state, status_label, status_pill, Access, People, PER_PAGE,
};
use crate::cache::ViewKey;
use crate::domain::choice::{ItemStatus, LoanStatus};
use crate::domain::photo::{Fit, Photo};
use crate::domain::records::{Category, Group, GroupId, Id, Item, ItemId};
use crate::domain::search::Kind;
use crate::http::cached::cached;
use crate::http::error::AppError;
use crate::http::pages::layout::{compose, render, Nav};
use crate::http::pages::paging::{self, Paging, NEWER_OLDER};
use crate::http::photos::{img, placeholder};
use crate::http::search::{find, Hits, ItemFilter, MAX_PAGE, MAX_QUERY};
use crate::http::session::Viewer;
use crate::http::snap::Snap;
use crate::http::state::App;
use crate::store::read::Snapshot;
use crate::store::StoreError;

/// The page asked for; strings so that a bad value is ignored rather than refused.
#[derive(Deserialize, Default, Debug)]
pub(super) struct Filters {
    #[serde(default)]
    group: String,
    #[serde(default)]
    category: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    q: String,
    #[serde(default)]
    page: String,
}

impl Filters {
    fn is_empty(&self) -> bool {
        self.group.is_empty()
            && self.category.is_empty()
            && self.status.is_empty()
            && self.q.trim().is_empty()
    }

    /// 1-based; deep pages are bounded so nobody makes the server skip the whole table.
    fn page(&self) -> usize {
        Paging::new(&self.page, PER_PAGE).page
    }

    /// This list's address on another page.
    fn href(&self, page: usize) -> String {
        let query = [
            ("group", self.group.as_str()),
            ("category", &self.category),
            ("status", &self.status),
            ("q", &self.q),
        ];
        paging::href("/items", &query, "page", page)
    }
}

/// One line of the list.
struct Row {
    id: ItemId,
    item: Item,
    /// The owner's name, or "a member" when the viewer may not know who they are.
    owner: Markup,
    lent: Option<LoanStatus>,
    /// Its primary photo.
    photo: Option<Photo>,
}

/// The filters resolved against the data: `None` for a group the viewer may not see.
struct Wanted {
    group: Option<(GroupId, Group)>,
    categories: Option<Vec<Id>>,
    status: Option<ItemStatus>,
    /// Words to search for: the search index answers then, best first (`http::search`).
    words: String,
}

impl Wanted {
    fn matches(&self, item: &Item) -> bool {
        self.status.is_none_or(|s| item.status == s)
            && self
                .categories
                .as_ref()
                .is_none_or(|cs| item.category.is_some_and(|c| cs.contains(&c)))
    }
}

/// A category and its descendants (categories are few: one read of the table).
fn category_and_children(cats: &[(Id, Category)], slug: &str) -> Option<Vec<Id>> {
    let root = cats.iter().find(|(_, c)| c.slug == slug)?.0;
    let mut ids = vec![root];
    let mut grew = true;
    while grew {
        grew = false;
        for (id, c) in cats {
            if c.parent.is_some_and(|p| ids.contains(&p)) && !ids.contains(id) {
                ids.push(*id);
                grew = true;
            }
        }
    }
    Some(ids)
}

/// Items one request may look at: a filter that matches little must not make one request
/// read the whole table.
const SCAN_LIMIT: usize = 20_000;

/// Fills one page: skips the visible matches of earlier pages, keeps `PER_PAGE` and tells
/// whether there is one more, or whether it stopped at [`SCAN_LIMIT`].
struct Pager<'a> {
    snap: &'a Snapshot,
    access: &'a Access,
    audience: Audience<'a>,
    /// The language of the rows ("a member").
    lang: Lang,
    wanted: &'a Wanted,
    people: People,
    skip: usize,
    rows: Vec<Row>,
    more: bool,
    scanned: usize,
}

impl Pager<'_> {
    /// Considers one item; `true` once the page is full or the scan is long enough.
    fn take(&mut self, id: ItemId, item: Item) -> Result<bool, StoreError> {
        self.scanned += 1;
        if self.scanned > SCAN_LIMIT {
            return Ok(true);
        }
        if !item.is_active || !self.wanted.matches(&item) {
            return Ok(false);
        }
        let Some(owner) = self.people.get(self.snap, item.owner)?.cloned() else {
            return Ok(false);
        };
        // The list hides archived items from their owner too; `/my/items` has them.
        if !owner.is_active || !self.access.may_see(&item, true) {
            return Ok(false);
        }
        if self.skip > 0 {
            self.skip -= 1;
            return Ok(false);
        }
        if self.rows.len() == PER_PAGE {
            self.more = true;
            return Ok(true);
        }
        let owner = if self.audience.names_on_pages(item.owner)? {
            html! { (owner.display_name()) }
        } else {
            a_member(self.lang)
        };
        self.rows.push(Row {
            lent: lent_state(self.snap, id, item.status)?,
            photo: self.snap.primary_photo(id)?,
            id,
            item,
            owner,
        });
        Ok(false)
    }
}

fn fill(
    snap: &Snapshot,
    access: &Access,
    wanted: &Wanted,
    (page, lang): (usize, Lang),
) -> Result<Filled, StoreError> {
    if !wanted.words.is_empty() {
        return searched(snap, access, wanted, (page, lang));
    }
    let mut p = Pager {
        snap,
        access,
        lang,
        audience: Audience::new(snap, access.me.map(|me| (me, access.staff))),
        wanted,
        people: People::default(),
        skip: (page - 1) * PER_PAGE,
        rows: Vec::new(),
        more: false,
        scanned: 0,
    };
    // Ids grow with time: a reverse scan is newest first and stops with the page.
    if let Some((g, _)) = &wanted.group {
        for id in snap.items_in_newest_first(*g)? {
            let id = id?;
            if let Some(item) = snap.item(id)? {
                if p.take(id, item)? {
                    break;
                }
            }
        }
    } else {
        for row in snap.items_newest_first()? {
            let (id, item) = row?;
            if p.take(id, item)? {
                break;
            }
        }
    }
    Ok(Filled {
        cut: p.scanned > SCAN_LIMIT,
        rows: p.rows,
        more: p.more,
        corrected: None,
    })
}

/// One page of the list found by the search index, the other filters applied to each item
/// before paging.
fn searched(
    snap: &Snapshot,
    access: &Access,
    wanted: &Wanted,
    (page, lang): (usize, Lang),
) -> Result<Filled, StoreError> {
    if page > MAX_PAGE {
        return Ok(Filled::default());
    }
    let audience = Audience::new(snap, access.me.map(|me| (me, access.staff)));
    let filter = ItemFilter {
        group: wanted.group.as_ref().map(|(id, _)| *id),
        categories: wanted.categories.clone(),
        status: wanted.status,
    };
    let r = find(
        snap,
        (access, &audience),
        (Kind::Item, &wanted.words),
        (page, PER_PAGE),
        &filter,
    )?;
    let Hits::Items(items) = r.hits else {
        return Ok(Filled::default());
    };
    Ok(Filled {
        rows: rows_of(snap, &audience, items, lang)?,
        more: r.more,
        cut: false,
        corrected: r.corrected,
    })
}

/// One page of the list.
#[derive(Default)]
struct Filled {
    rows: Vec<Row>,
    /// There is a next page.
    more: bool,
    /// The scan stopped at [`SCAN_LIMIT`] before the page was full.
    cut: bool,
    /// The words as read after forgiving a typo.
    corrected: Option<String>,
}

fn resolve(
    snap: &Snapshot,
    access: &Access,
    f: &Filters,
    cats: &[(Id, Category)],
) -> Result<Option<Wanted>, StoreError> {
    let group = match f.group.trim() {
        "" => None,
        slug => {
            let found = match snap.group_id_by_slug(slug)? {
                Some(id) => snap.group(id)?.map(|g| (id, g)),
                None => None,
            };
            match found {
                Some((id, g)) if access.lists_group(id, &g) => Some((id, g)),
                _ => return Ok(None),
            }
        }
    };
    let categories = match f.category.trim() {
        "" => None,
        slug => Some(category_and_children(cats, slug).unwrap_or_default()),
    };
    Ok(Some(Wanted {
        group,
        categories,
        status: ItemStatus::parse(f.status.trim()),
        words: f.q.trim().to_string(),
    }))
}

/// The filter form's choices: the categories and the groups.
type Choices<'a> = (&'a [(Id, Category)], &'a [(GroupId, Group)]);

fn filter_form(f: &Filters, (cats, groups): Choices<'_>, lang: Lang) -> Markup {
    let msg = |id| i18n::text(lang, id);
    html! {
        form.row.filters method="get" action="/items" role="search" {
            label { (msg("nav-search"))
                input type="search" name="q" value=(f.q) maxlength=(MAX_QUERY);
            }
            @if !groups.is_empty() {
                label { (msg("items-group"))
                    select name="group" {
                        option value="" { (msg("items-all-groups")) }
                        @for (_, g) in groups {
                            option value=(g.slug) selected[g.slug == f.group] { (g.name) }
                        }
                    }
                }
            }
            label { (msg("items-category"))
                select name="category" {
                    option value="" { (msg("items-all-categories")) }
                    @for (_, c) in cats.iter().filter(|(_, c)| c.is_active) {
                        option value=(c.slug) selected[c.slug == f.category] { (c.name) }
                    }
                }
            }
            label { (msg("items-status"))
                select name="status" {
                    option value="" { (msg("items-any-status")) }
                    @for s in ItemStatus::ALL {
                        option value=(s.as_str()) selected[s.as_str() == f.status] { (status_label(*s, lang)) }
                    }
                }
            }
            button type="submit" { (msg("items-filter")) }
            @if !f.is_empty() {
                a.button.secondary href="/items" { (msg("items-clear")) }
            }
        }
    }
}

fn item_card(row: &Row, cat_names: &HashMap<Id, &str>, lang: Lang) -> Markup {
    let msg = |id| i18n::text(lang, id);
    let item = &row.item;
    let category = item
        .category
        .and_then(|c| cat_names.get(&c).map(|name| (c, *name)));
    html! {
        li.item-card {
            a.thumb href={ "/items/" (row.id) } tabindex="-1" aria-hidden="true" {
                @match &row.photo {
                    Some(p) => (img(p, Fit::Thumb, "", false)),
                    None => (placeholder(category)),
                }
            }
            h2 { a href={ "/items/" (row.id) } { (item.title) } }
            p.meta {
                @if let Some(name) = item.category.and_then(|c| cat_names.get(&c)) {
                    span { (name) } " · "
                }
                span { (msg("items-condition")) " " (condition_label(item.condition, lang)) }
            }
            p { (status_pill(item.status, row.lent, lang)) " " span.muted { (msg("home-shared-by")) " " (row.owner) } }
        }
    }
}

/// Cards of items the viewer may see, in this order (search results).
pub(crate) fn item_cards(
    snap: &Snapshot,
    audience: &Audience,
    items: Vec<(ItemId, Item)>,
    lang: Lang,
) -> Result<Markup, StoreError> {
    let rows = rows_of(snap, audience, items, lang)?;
    let cats = snap.categories()?;
    let cat_names: HashMap<Id, &str> = cats.iter().map(|(id, c)| (*id, c.name.as_str())).collect();
    Ok(html! { ul.item-list { @for row in &rows { (item_card(row, &cat_names, lang)) } } })
}

/// The list's rows of items the viewer may see, in this order.
fn rows_of(
    snap: &Snapshot,
    audience: &Audience,
    items: Vec<(ItemId, Item)>,
    lang: Lang,
) -> Result<Vec<Row>, StoreError> {
    let mut people = People::default();
    let mut rows = Vec::with_capacity(items.len());
    for (id, item) in items {
        let owner = match people.get(snap, item.owner)? {
            Some(u) if audience.names_on_pages(item.owner)? => html! { (u.display_name()) },
            _ => a_member(lang),
        };
        rows.push(Row {
            lent: lent_state(snap, id, item.status)?,
            photo: snap.primary_photo(id)?,
            id,
            item,
            owner,
        });
    }
    Ok(rows)
}

/// The part of the page below the personal bar: heading, filters, list, pages.
fn fragment(
    snap: &Snapshot,
    access: &Access,
    f: &Filters,
    lang: Lang,
) -> Result<Markup, StoreError> {
    let msg = |id| i18n::text(lang, id);
    let cats = snap.categories()?;
    let wanted = resolve(snap, access, f, &cats)?;
    let mut groups = super::groups_named(snap, &access.groups)?;
    groups.retain(|(id, g)| access.lists_group(*id, g));
    if let Some(Wanted { group: Some(g), .. }) = &wanted {
        if !groups.iter().any(|(id, _)| *id == g.0) {
            groups.push(g.clone());
        }
    }
    let page = f.page();
    let Filled {
        rows,
        more,
        cut,
        corrected,
    } = match &wanted {
        Some(w) => fill(snap, access, w, (page, lang))?,
        None => Filled::default(),
    };
    let cat_names: HashMap<Id, &str> = cats.iter().map(|(id, c)| (*id, c.name.as_str())).collect();
    Ok(html! {
        h1 { (msg("nav-items")) }
        @if let Some(Wanted { group: Some((_, g)), .. }) = &wanted {
            p.lead { (msg("items-shared-in")) " " a href={ "/groups/" (g.slug) } { (g.name) } }
        }
        (filter_form(f, (&cats, &groups), lang))
        @if let Some(c) = &corrected {
            p.notice role="status" { (i18n::format(lang, "items-corrected", &[("asked", Arg::Text(f.q.trim())), ("found", Arg::Text(c))])) }
        }
        @if rows.is_empty() {
            p.notice { @if f.is_empty() && page == 1 { (msg("items-none-shared")) } @else { (msg("items-none-match")) } }
        } @else {
            ul.item-list { @for row in &rows { (item_card(row, &cat_names, lang)) } }
        }
        @if cut {
            p.notice { (i18n::format(lang, "items-cut", &[("count", Arg::count(SCAN_LIMIT))])) }
        }
        (Paging { page, per_page: PER_PAGE }.nav(more, |p| f.href(p), (NEWER_OLDER, lang)))
    })
}

pub(super) async fn page(
    State(app): State<App>,
    mut snap: Snap,
    v: Viewer,
    headers: HeaderMap,
    Query(f): Query<Filters>,
) -> Result<Response, AppError> {
    if v.me.is_none() && f.is_empty() && f.page() == 1 {
        let entry = cached(
            &app.engine,
            Some(&mut snap),
            ViewKey::ItemList.html(v.lang),
            |snap| {
                let body = fragment(snap, &Access::default(), &f, v.lang)?.into_string();
                Ok(Some((Bytes::from(body), Bytes::new())))
            },
        )?
        .ok_or_else(|| AppError::not_found("page"))?;
        return Ok(compose(
            &headers,
            &v,
            v.t("nav-items"),
            Nav::Items,
            html! {},
            &entry,
        ));
    }
    let access = access_of(&snap, &v)?;
    let main = html! {
        @if v.me.is_some() {
            p.actions { a.button href="/items/new" { (v.t("home-share")) } }
        }
        (fragment(&snap, &access, &f, v.lang)?)
    };
    Ok(render(&v, v.t("nav-items"), Nav::Items, main))
}
