//! The world map: `/groups/map` (every public group location, markers sized by how many groups
//! meet there, each a link to that place's groups, with the same places as a table below for
//! screen readers and phones), [`world_map`] for other pages (the home page's small map), and
//! [`picker`], the map of the group form that a click fills the coordinates from.
//!
//! The land is `assets/map/land.svg` (Natural Earth, public domain; see its README), drawn
//! inline in equirectangular projection on a 360 x 180 viewBox: x = longitude + 180,
//! y = 90 - latitude. No tile server: it works offline and tells no one who looks.
//!
//! The page's shared part is rendered once into L1 (`Html(Locations)`, evicted by the writer
//! whenever a location changes); only the heading and the viewer's button are per request.

use axum::response::Response;
use axum::routing::get;
use axum::Router;
use bytes::Bytes;
use maud::{html, Markup};

use super::layout::{compose, plural, Nav};
use crate::cache::ViewKey;
use crate::http::assets;
use crate::http::cached::{cached, Reading};
use crate::http::error::AppError;
use crate::http::state::App;
use crate::views::read::{locations, LocationOut};

pub fn router() -> Router<App> {
    Router::new().route("/groups/map", get(map_page))
}

/// The point of a coordinate on the map, in viewBox units.
fn project(latitude: f64, longitude: f64) -> (f64, f64) {
    (
        (longitude + 180.0).clamp(0.0, 360.0),
        (90.0 - latitude).clamp(0.0, 180.0),
    )
}

/// Marker radius in viewBox units: its area grows with the number of groups. One group is
/// still a few pixels wide on a phone; a busy city does not cover its neighbours.
fn radius(group_count: u64) -> f64 {
    (1.6 + 1.4 * (group_count as f64).sqrt()).min(10.0)
}

/// "Berlin, Germany": a place's parts that are not empty (the state often is).
pub fn place_text(city: &str, state: &str, country: &str) -> String {
    [city, state, country]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

fn place_name(l: &LocationOut) -> String {
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

/// The land and the sea, shared by every map.
fn land() -> Markup {
    html! {
        rect.sea x="0" y="0" width="360" height="180" {}
        // The outline (~40 KB) is a fingerprinted asset the browser caches for a year; pages
        // only point at it, and the page's CSS still colours it (light and dark).
        use.land href={ (assets::url("map/land.svg")) "#land" } {}
    }
}

/// The map of `locations` (in [`locations`] order: biggest first, so small markers stay on
/// top and clickable). `compact` is the small version for other pages: thinner markers'
/// outlines and no caption.
pub fn world_map(locations: &[LocationOut], compact: bool) -> Markup {
    html! {
        figure.world-map.compact[compact] {
            svg viewBox="0 0 360 180" role="group" aria-labelledby="world-map-title" {
                title #world-map-title { "World map of group locations" }
                (land())
                @for l in locations {
                    @let (x, y) = project(l.latitude, l.longitude);
                    @let label = format!("{}: {}", place_name(l), plural(l.group_count, "group", "groups"));
                    a.marker href=(groups_link(l)) aria-label=(label) {
                        title { (label) }
                        circle cx=(format!("{x:.2}")) cy=(format!("{y:.2}")) r=(format!("{:.2}", radius(l.group_count))) {}
                        // About 16 px across on a phone: a finger finds it.
                        circle.hit cx=(format!("{x:.2}")) cy=(format!("{y:.2}")) r=(format!("{:.2}", radius(l.group_count).max(8.0))) {}
                    }
                }
            }
            @if !compact {
                figcaption.muted { "Land outline: Natural Earth (public domain). Each circle is a place where groups meet; bigger circles, more groups." }
            }
        }
    }
}

/// The places as a table: what the map shows, for screen readers and small screens.
fn location_table(locations: &[LocationOut]) -> Markup {
    html! {
        section aria-labelledby="places-h" {
            h2 #places-h { "Places with groups" }
            @if locations.is_empty() {
                p { "No group has a location yet." }
            } @else {
                div.table-wrap {
                    table.stacked {
                        thead { tr { th scope="col" { "City" } th scope="col" { "State" } th scope="col" { "Country" } th.num scope="col" { "Groups" } } }
                        tbody {
                            @for l in locations {
                                tr {
                                    th scope="row" { a href=(groups_link(l)) { (l.city) } }
                                    td data-label="State" { (l.state) }
                                    td data-label="Country" { (l.country) }
                                    td.num data-label="Groups" { (l.group_count) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

async fn map_page(Reading(e, mut snap, v, headers): Reading) -> Result<Response, AppError> {
    let entry = cached(&e, Some(&mut snap), ViewKey::Locations.html(), |snap| {
        let places = locations(snap)?;
        let fragment = html! { (world_map(&places, false)) (location_table(&places)) };
        Ok(Some((Bytes::from(fragment.into_string()), Bytes::new())))
    })?
    .ok_or_else(|| AppError::not_found("map"))?;
    let personal = html! {
        div.groups-head {
            h1 { "Map of groups" }
            @if v.me.is_some() { a.button href="/groups/new" { "Create a group" } }
        }
        p.lead { "Where the community's groups meet. Choose a circle to see the groups there." }
    };
    Ok(compose(&headers, &v, "Map", Nav::Map, personal, &entry))
}

/// The group form's map: a click on it fills the latitude and longitude fields (with
/// `map-picker.js`; without it, they are typed). The marker shows the current coordinates.
pub fn picker(latitude: &str, longitude: &str) -> Markup {
    let point = match (
        latitude.trim().parse::<f64>(),
        longitude.trim().parse::<f64>(),
    ) {
        (Ok(lat), Ok(lng)) if lat.abs() <= 90.0 && lng.abs() <= 180.0 => Some(project(lat, lng)),
        _ => None,
    };
    let (x, y) = point.unwrap_or((180.0, 90.0));
    html! {
        figure.world-map.map-picker data-lat="latitude" data-lng="longitude" {
            svg viewBox="0 0 360 180" role="img" aria-labelledby="picker-title" {
                title #picker-title { "World map: click a place to fill in its latitude and longitude" }
                (land())
                circle.pick.unset[point.is_none()] cx=(format!("{x:.2}")) cy=(format!("{y:.2}")) r="2.5" {}
            }
            figcaption.muted { "Click the map to fill in the coordinates, then adjust them if needed." }
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
        let map = world_map(&[], true).into_string();
        assert!(map.contains(&format!("href=\"{}#land\"", assets::url("map/land.svg"))));
        assert!(map.len() < 1_000, "the outline is not inlined");
    }

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
        let html = world_map(&[l], false).into_string();
        assert!(html.contains("São Paulo, Brazil: 3 groups"));
    }
}
