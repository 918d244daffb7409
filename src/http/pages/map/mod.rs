//! The world map: `/groups/map` (every public group location, markers sized by how many groups
//! meet there, each a link to that place's groups, with the same places as a table below for
//! screen readers and phones), zoomed and moved with plain links (`view`), "groups near" a
//! town (`near`), [`world_map`] for other pages (the home page's small map), and [`picker`],
//! the map of the group form that a click fills the coordinates from.
//!
//! The land is `assets/map/land.svg` and, closer in, `land-50m.svg` (Natural Earth, public
//! domain; see their README), drawn in equirectangular projection on a 360 x 180 viewBox:
//! x = longitude + 180, y = 90 - latitude. Towns come from the built-in gazetteer
//! (`domain::places`). No tile server: it works offline and tells no one who looks.
//!
//! The whole world's page is rendered once into L1 (`Html(Locations)`, evicted by the writer
//! whenever a location changes); a closer view or a search is drawn per request.

use crate::i18n::{self, Lang};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use bytes::Bytes;
use maud::{html, Markup};

use axum::extract::Query;

mod draw;
mod near;
mod view;

use super::layout::{compose, render, Nav};
use crate::cache::ViewKey;
use crate::domain::places::distance_km;
use crate::http::assets;
use crate::http::cached::{cached, Reading};
use crate::http::error::AppError;
use crate::http::session::Viewer;
use crate::http::state::App;
use crate::store::read::Snapshot;
use crate::store::StoreError;
use crate::views::maintain::location_of;
use crate::views::read::{locations, LocationOut};
use draw::{land, map_at, project, GroupMark};
use view::{num, View, GROUPS_FROM, MAX_ZOOM, REGIONS};

pub fn router() -> Router<App> {
    Router::new().route("/groups/map", get(map_page))
}

/// "Berlin, Germany": a place's parts that are not empty (the state often is).
pub fn place_text(city: &str, state: &str, country: &str) -> String {
    [city, state, country]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn place_name(l: &LocationOut) -> String {
    place_text(&l.city, &l.state, &l.country)
}

/// The list of groups meeting at a location.
pub fn groups_link(l: &LocationOut) -> String {
    let query = form_urlencoded::Serializer::new(String::new())
        .append_pair("city", &l.city)
        .append_pair("country", &l.country)
        .finish();
    format!("/groups?{query}")
}

/// The places as a table: what the map shows, for screen readers and small screens.
fn location_table(locations: &[LocationOut], lang: Lang) -> Markup {
    let msg = |id| i18n::text(lang, id);
    html! {
        section aria-labelledby="places-h" {
            h2 #places-h { (msg("map-places")) }
            @if locations.is_empty() {
                p { (msg("map-no-places")) }
            } @else {
                div.table-wrap {
                    table.stacked {
                        thead { tr { th scope="col" { (msg("map-city")) } th scope="col" { (msg("map-state")) } th scope="col" { (msg("map-country")) } th.num scope="col" { (msg("nav-groups")) } } }
                        tbody {
                            @for l in locations {
                                tr {
                                    th scope="row" { a href=(groups_link(l)) { (l.city) } }
                                    td data-label=(msg("map-state")) { (l.state) }
                                    td data-label=(msg("map-country")) { (l.country) }
                                    td.num data-label=(msg("nav-groups")) { (l.group_count) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// `GET /groups/map`: `lat`, `lng` and `z` for a closer view, `near` for the groups near a
/// town.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct MapQuery {
    lat: String,
    lng: String,
    z: String,
    near: String,
}

/// The links that zoom and move the map (each a view's address), and the regions.
fn controls(view: &View, lang: Lang) -> Markup {
    let msg = |id| i18n::text(lang, id);
    let step = |label: &str, to: View, shown: bool| {
        html! {
            @if shown { a.button.secondary href=(to.href()) { (label) } }
        }
    };
    html! {
        nav.map-controls aria-label=(msg("map-move")) {
            (step(msg("map-zoom-in"), view.zoomed(1), view.zoom < MAX_ZOOM))
            (step(msg("map-zoom-out"), view.zoomed(-1), view.zoom > 0))
            (step(msg("map-west"), view.moved(-1.0, 0.0), view.zoom > 0 && view.can_move(-1.0, 0.0)))
            (step(msg("map-north"), view.moved(0.0, 1.0), view.can_move(0.0, 1.0)))
            (step(msg("map-south"), view.moved(0.0, -1.0), view.can_move(0.0, -1.0)))
            (step(msg("map-east"), view.moved(1.0, 0.0), view.zoom > 0 && view.can_move(1.0, 0.0)))
        }
        p.regions {
            (msg("map-go-to")) " "
            @for (i, (name, to)) in REGIONS.iter().enumerate() {
                @if i > 0 { " · " }
                a href=(to.href()) { (msg(name)) }
            }
        }
    }
}

/// The "groups near" search box.
fn near_form(near: &str, lang: Lang) -> Markup {
    let msg = |id| i18n::text(lang, id);
    html! {
        form.row.near method="get" action="/groups/map" role="search" {
            label { (msg("map-near"))
                input type="search" name="near" value=(near) placeholder=(msg("map-near-placeholder")) autocomplete="address-level2" maxlength="100";
            }
            button type="submit" { (msg("map-find")) }
        }
    }
}

/// The most groups one view draws one by one.
const MOST_GROUPS: usize = 300;

/// The groups drawn one by one close in: those on the map (active, not private, placed),
/// inside the view, ordered by place so that groups sharing one are drawn around it.
fn group_marks(snap: &Snapshot, view: &View) -> Result<Vec<GroupMark>, StoreError> {
    let (south, north, west, east) = view.bounds();
    let mut out = Vec::new();
    for (_, g) in snap.groups()? {
        let Some((_, _, _, lat, lng)) = location_of(&g) else {
            continue;
        };
        let (lat, lng) = (lat as f64 / 1e6, lng as f64 / 1e6);
        if (south..=north).contains(&lat) && (west..=east).contains(&lng) {
            out.push(GroupMark {
                name: g.name,
                slug: g.slug,
                latitude: lat,
                longitude: lng,
            });
        }
    }
    // A crowded view draws the groups nearest its centre, a few hundred at most: beyond that
    // no one could tell them apart (zoom in), and drawing stays cheap.
    if out.len() > MOST_GROUPS {
        let centre = (view.latitude, view.longitude);
        out.sort_by(|a, b| {
            distance_km(centre, (a.latitude, a.longitude))
                .total_cmp(&distance_km(centre, (b.latitude, b.longitude)))
        });
        out.truncate(MOST_GROUPS);
    }
    out.sort_by(|a, b| {
        (a.latitude, a.longitude, &a.name)
            .partial_cmp(&(b.latitude, b.longitude, &b.name))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    Ok(out)
}

async fn map_page(
    Reading(e, mut snap, v, headers): Reading,
    Query(q): Query<MapQuery>,
) -> Result<Response, AppError> {
    let head = |lead: Markup| {
        html! {
            div.groups-head {
                h1 { (v.t("map-heading")) }
                @if v.me.is_some() { a.button href="/groups/new" { (v.t("map-create")) } }
            }
            (lead)
        }
    };
    let view = View::from_query(&q.lat, &q.lng, &q.z);
    if q.near.trim().is_empty() && view == View::WORLD {
        let entry = cached(
            &e,
            Some(&mut snap),
            ViewKey::Locations.html(v.lang),
            |snap| {
                let places = locations(snap)?;
                let fragment = html! {
                    script src=(assets::url("map-view.js")) defer {}
                    (near_form("", v.lang))
                    (world_map(&places, false, v.lang)) (controls(&View::WORLD, v.lang)) (location_table(&places, v.lang))
                };
                Ok(Some((Bytes::from(fragment.into_string()), Bytes::new())))
            },
        )?
        .ok_or_else(|| AppError::not_found("page"))?;
        let personal = head(html! {
            p.lead { (v.t("map-lead")) }
        });
        return Ok(compose(
            &headers,
            &v,
            v.t("nav-map"),
            Nav::Map,
            personal,
            &entry,
        ));
    }
    // A closer view, or a search: drawn for this request.
    let (view, found) = match q.near.trim() {
        "" => (view, None),
        near => {
            let found = near::search(&snap, &v, near)?;
            (found.view().unwrap_or(view), Some(found))
        }
    };
    let places = locations(&snap)?;
    let groups = if view.zoom >= GROUPS_FROM {
        group_marks(&snap, &view)?
    } else {
        Vec::new()
    };
    let main = html! {
        (head(html! {}))
        script src=(assets::url("map-view.js")) defer {}
        (near_form(q.near.trim(), v.lang))
        @if let Some(found) = &found { (found.html(v.lang)) }
        (map_at(&view, &places, &groups, (false, v.lang)))
        (controls(&view, v.lang))
        (location_table(&places, v.lang))
    };
    Ok(render(&v, v.t("nav-map"), Nav::Map, main))
}

/// The map of `locations` for other pages: the whole world.
pub fn world_map(locations: &[LocationOut], compact: bool, lang: Lang) -> Markup {
    map_at(&View::WORLD, locations, &[], (compact, lang))
}

/// The group form's map: a click on it fills the latitude and longitude fields, the mouse
/// wheel, a pinch or its buttons zoom in to street level, and "Find a place" goes to a town
/// (with `map-picker.js`; without it, the coordinates are typed). The marker shows the current
/// coordinates.
pub fn picker(v: &Viewer, latitude: &str, longitude: &str) -> Markup {
    let point = match (
        latitude.trim().parse::<f64>(),
        longitude.trim().parse::<f64>(),
    ) {
        (Ok(lat), Ok(lng)) if lat.abs() <= 90.0 && lng.abs() <= 180.0 => Some((lat, lng)),
        _ => None,
    };
    // Around the coordinates already given, close enough to see their town.
    let view = match point {
        Some((lat, lng)) => View::at(lat, lng, 6).zoomed(0),
        None => View::WORLD,
    };
    let (x, y) = point.map_or((180.0, 90.0), |(lat, lng)| project(lat, lng));
    html! {
        figure.world-map.map-picker data-lat="latitude" data-lng="longitude"
            data-coarse={ (assets::url("map/land.svg")) "#land" } data-fine={ (assets::url("map/land-50m.svg")) "#land" }
            data-unknown=(v.t("picker-unknown")) data-failed=(v.t("picker-failed")) {
            div.picker-find hidden {
                label { (v.t("picker-find-place")) input.picker-query type="search" placeholder=(v.t("picker-placeholder")) autocomplete="off" maxlength="100"; }
                button.secondary.picker-go type="button" { (v.t("map-find")) }
                span.picker-said role="status" {}
            }
            svg viewBox=(view.view_box_attr()) role="img" aria-labelledby="picker-title" {
                title #picker-title { (v.t("picker-title")) }
                (land(&view))
                circle.pick.unset[point.is_none()] cx=(num(x)) cy=(num(y)) r=(num(2.5 / view.scale())) {}
            }
            div.picker-zoom hidden {
                button.secondary.picker-in type="button" aria-label=(v.t("picker-zoom-in")) { "+" }
                button.secondary.picker-out type="button" aria-label=(v.t("picker-zoom-out")) { "−" }
            }
            figcaption.muted { (v.t("picker-help")) }
        }
        script src=(assets::url("map-picker.js")) defer {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outline_is_a_bundled_asset_the_map_points_at() {
        let svg = std::str::from_utf8(assets::bytes("map/land.svg").unwrap()).unwrap();
        assert!(svg.contains("<path id=\"land\" d=\"m") && svg.len() > 10_000);
        let map = world_map(&[], true, Lang::En).into_string();
        assert!(map.contains(&format!("href=\"{}#land\"", assets::url("map/land.svg"))));
        assert!(map.len() < 1_000, "the outline is not inlined");
    }

    use super::draw::radius;

    #[test]
    fn equirectangular_projection_and_marker_sizes() {
        assert_eq!(project(0.0, 0.0), (180.0, 90.0));
        assert_eq!(project(52.5, 13.4), (193.4, 37.5));
        assert_eq!(project(-90.0, -180.0), (0.0, 180.0));
        assert!(radius(4) > radius(1) && radius(1) > 0.0);
        assert!(radius(10_000) <= 10.0);
    }

    #[test]
    fn a_marker_links_to_its_citys_groups() {
        let l = LocationOut {
            city: "São Paulo".into(),
            state: String::new(),
            country: "Brazil".into(),
            latitude: -23.5,
            longitude: -46.6,
            group_count: 3,
        };
        assert_eq!(
            groups_link(&l),
            "/groups?city=S%C3%A3o+Paulo&country=Brazil"
        );
        let html = world_map(&[l], false, Lang::En).into_string();
        assert!(html.contains("São Paulo, Brazil: 3 groups"));
    }
}
