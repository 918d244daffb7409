//! Drawing a map: the land (the coarse outline for the world, the finer one closer in), the
//! places where groups meet (one circle per place, sized by its groups), each group apart once
//! close enough, and the names of towns and cities for bearings. Sizes are divided by the
//! view's scale so that a marker or a label stays the same size on the screen at every level.

use crate::i18n::{self, Arg, Lang};
use maud::{html, Markup};

use super::view::{num, View, FINE_FROM, GROUPS_FROM, PLACES_FROM};
use super::{groups_link, place_name};
use crate::domain::places;
use crate::http::assets;
use crate::views::read::LocationOut;

/// A group drawn on its own (close in): its name, address and coordinates.
pub(super) struct GroupMark {
    pub name: String,
    pub slug: String,
    pub latitude: f64,
    pub longitude: f64,
}

/// The point of a coordinate on the map, in viewBox units.
pub(super) fn project(latitude: f64, longitude: f64) -> (f64, f64) {
    (
        (longitude + 180.0).clamp(0.0, 360.0),
        (90.0 - latitude).clamp(0.0, 180.0),
    )
}

/// Marker radius in viewBox units of the world map: its area grows with the number of
/// groups. One group is still a few pixels wide on a phone; a busy city does not cover its
/// neighbours.
pub(super) fn radius(group_count: u64) -> f64 {
    (1.6 + 1.4 * (group_count as f64).sqrt()).min(10.0)
}

/// The land and the sea. Both outlines are fingerprinted assets the browser caches for a
/// year (the world's ~40 KB, the finer ~120 KB compressed, fetched only when zoomed in);
/// pages only point at them, and the page's CSS colours them (light and dark).
pub(super) fn land(view: &View) -> Markup {
    let outline = if view.zoom >= FINE_FROM {
        "map/land-50m.svg"
    } else {
        "map/land.svg"
    };
    html! {
        rect.sea x="0" y="0" width="360" height="180" {}
        use.land href={ (assets::url(outline)) "#land" } {}
    }
}

/// The map of `locations` (biggest first, so small markers stay on top and clickable) seen
/// from `view`; `groups`, close in, are drawn each on its own instead. `compact`: the small
/// map of other pages (no caption, no town names).
pub(super) fn map_at(
    view: &View,
    locations: &[LocationOut],
    groups: &[GroupMark],
    (compact, lang): (bool, Lang),
) -> Markup {
    let msg = |id| i18n::text(lang, id);
    let s = view.scale();
    let close = view.zoom >= GROUPS_FROM;
    let (south, north, west, east) = view.bounds();
    let drawn_groups = if close { fanned(groups, s) } else { Vec::new() };
    // A group's name is written unless it would cover an earlier group's (its marker keeps
    // the name as its title either way).
    let mut group_named = Vec::with_capacity(drawn_groups.len());
    let mut group_labels: Vec<Rect> = Vec::new();
    for (g, (x, y)) in &drawn_groups {
        let r = Rect::label(*x, *y, &g.name, GROUP_FONT / s, s);
        let free = !group_labels.iter().any(|o| o.overlaps(&r));
        if free {
            group_labels.push(r);
        }
        group_named.push(free);
    }
    let towns = if view.zoom >= PLACES_FROM && !compact {
        // The groups' names first, then the biggest towns whose names find room.
        let mut taken: Vec<Rect> = drawn_groups
            .iter()
            .zip(&group_named)
            .filter(|(_, named)| **named)
            .map(|((g, (x, y)), _)| Rect::label(*x, *y, &g.name, GROUP_FONT / s, s))
            .collect();
        let mut shown = Vec::new();
        for t in places::biggest_within(south, north, west, east, 200) {
            let (x, y) = project(t.latitude, t.longitude);
            let r = Rect::label(x, y, t.name, TOWN_FONT / s, s);
            if !taken.iter().any(|o| o.overlaps(&r)) {
                taken.push(r);
                shown.push(t);
                if shown.len() == MOST_TOWNS {
                    break;
                }
            }
        }
        shown
    } else {
        Vec::new()
    };
    html! {
        figure.world-map.compact[compact] #map data-zoom=(view.zoom) {
            svg viewBox=(view.view_box_attr()) role="group" aria-labelledby="world-map-title" {
                title #world-map-title { (msg("map-title")) }
                (land(view))
                @for t in &towns {
                    @let (x, y) = project(t.latitude, t.longitude);
                    g.town aria-hidden="true" {
                        circle cx=(num(x)) cy=(num(y)) r=(num(0.9 / s)) {}
                        text x=(num(x + 1.6 / s)) y=(num(y + 1.4 / s)) font-size=(num(TOWN_FONT / s)) { (t.name) }
                    }
                }
                @if close {
                    @for ((g, (x, y)), named) in drawn_groups.iter().zip(&group_named) {
                        @let (x, y) = (*x, *y);
                        a.marker.group href={ "/groups/" (g.slug) } aria-label=(g.name) {
                            title { (g.name) }
                            circle cx=(num(x)) cy=(num(y)) r=(num(radius(1) / s)) {}
                            circle.hit cx=(num(x)) cy=(num(y)) r=(num(8.0 / s)) {}
                            @if *named {
                                text x=(num(x + 3.4 / s)) y=(num(y + 1.6 / s)) font-size=(num(GROUP_FONT / s)) { (g.name) }
                            }
                        }
                    }
                } @else {
                    @for l in locations {
                        @let (x, y) = project(l.latitude, l.longitude);
                        @let label = i18n::format(lang, "map-place-groups", &[("place", Arg::Text(&place_name(l))), ("count", Arg::count(l.group_count))]);
                        a.marker href=(groups_link(l)) aria-label=(label) {
                            title { (label) }
                            circle cx=(num(x)) cy=(num(y)) r=(num(radius(l.group_count) / s)) {}
                            // About 16 px across on a phone: a finger finds it.
                            circle.hit cx=(num(x)) cy=(num(y)) r=(num(radius(l.group_count).max(8.0) / s)) {}
                        }
                    }
                }
            }
            @if !compact {
                figcaption.muted {
                    (msg("map-credits")) " "
                    @if close { (msg("map-each-group")) }
                    @else { (msg("map-each-place")) }
                }
            }
        }
    }
}

/// Label sizes in viewBox units of the world map (divided by the scale, like markers).
const TOWN_FONT: f64 = 4.4;
const GROUP_FONT: f64 = 4.8;
/// The most towns named on one map.
const MOST_TOWNS: usize = 24;

/// The box a label takes (its dot on the left), to keep labels from writing over each other.
struct Rect {
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
}

impl Rect {
    /// About where a label of `text` at `font` sits beside the point (x, y): a character is
    /// about 0.55 of the font size wide.
    fn label(x: f64, y: f64, text: &str, font: f64, scale: f64) -> Rect {
        let width = text.chars().count() as f64 * 0.55 * font + 3.4 / scale;
        Rect {
            left: x - 1.0 / scale,
            top: y - font * 0.8,
            right: x + width,
            bottom: y + font * 0.5,
        }
    }

    fn overlaps(&self, o: &Rect) -> bool {
        self.left < o.right && o.left < self.right && self.top < o.bottom && o.top < self.bottom
    }
}

/// Where each group is drawn: at its place, or, when others are within a few pixels of it
/// (one address, or next door), on a small ring around their middle, so each can be seen
/// and chosen. Groups come in place order; a cluster is found greedily, in that order.
fn fanned(groups: &[GroupMark], scale: f64) -> Vec<(&GroupMark, (f64, f64))> {
    let near = 6.0 / scale;
    let mut clusters: Vec<Vec<(&GroupMark, (f64, f64))>> = Vec::new();
    for g in groups {
        let p = project(g.latitude, g.longitude);
        let joined = clusters.iter_mut().find(|c| {
            let q = c[0].1;
            (p.0 - q.0).abs() < near && (p.1 - q.1).abs() < near
        });
        match joined {
            Some(c) => c.push((g, p)),
            None => clusters.push(vec![(g, p)]),
        }
    }
    let mut out = Vec::with_capacity(groups.len());
    for c in clusters {
        if c.len() == 1 {
            out.extend(c);
            continue;
        }
        let n = c.len() as f64;
        let (x, y) = (
            c.iter().map(|(_, p)| p.0).sum::<f64>() / n,
            c.iter().map(|(_, p)| p.1).sum::<f64>() / n,
        );
        let ring = 7.0 / scale;
        for (k, (g, _)) in c.into_iter().enumerate() {
            let angle = std::f64::consts::TAU * k as f64 / n - std::f64::consts::FRAC_PI_2;
            out.push((g, (x + ring * angle.cos(), y + ring * angle.sin())));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(name: &str, lat: f64, lng: f64) -> GroupMark {
        GroupMark {
            name: name.into(),
            slug: name.to_lowercase().replace(' ', "-"),
            latitude: lat,
            longitude: lng,
        }
    }

    #[test]
    fn groups_at_one_point_are_drawn_apart() {
        let groups = [
            mark("A", 38.7, -9.1),
            mark("B", 38.7, -9.1),
            mark("C", 38.7, -9.1),
            mark("D", 41.1, -8.6),
        ];
        let drawn = fanned(&groups, 64.0);
        let points: Vec<(f64, f64)> = drawn.iter().map(|(_, p)| *p).collect();
        for (i, a) in points.iter().enumerate() {
            for b in &points[i + 1..] {
                assert!((a.0 - b.0).abs() + (a.1 - b.1).abs() > 0.05, "{points:?}");
            }
        }
        assert_eq!(points[3], project(41.1, -8.6), "alone: at its place");
    }

    #[test]
    fn close_in_each_group_is_a_link_and_towns_are_named() {
        let view = View::at(38.72, -9.14, 7);
        let marks = [mark("Sintra Tools", 38.80, -9.38)];
        let html = map_at(&view, &[], &marks, (false, Lang::En)).into_string();
        assert!(html.contains("href=\"/groups/sintra-tools\" aria-label=\"Sintra Tools\""));
        assert!(html.contains(">Sintra Tools</text>"));
        assert!(html.contains(">Lisbon</text>"), "a town for bearings");
        // A town whose name would be written over the group's is left out.
        assert!(!html.contains(">Sintra</text>"), "{html}");
        assert!(html.contains("land-50m"), "the finer outline");
        let world = map_at(&View::WORLD, &[], &[], (true, Lang::En)).into_string();
        assert!(world.contains("map/land.") && !world.contains("<text"));
    }
}
