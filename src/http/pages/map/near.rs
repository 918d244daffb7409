//! "Groups near Lisbon": the town is found in the built-in gazetteer (or, failing that, among
//! the groups' own cities), and the groups the viewer may see are listed nearest first, with
//! their distance, while the map goes there.

use crate::i18n::{self, Arg, Lang};
use maud::{html, Markup};

use super::view::View;
use crate::domain::places::{self, distance_km, fold};
use crate::domain::records::UNKNOWN_CITY;
use crate::http::error::AppError;
use crate::http::pages::items::access_of;
use crate::http::session::Viewer;
use crate::store::read::Snapshot;

/// How many groups the answer lists.
const LISTED: usize = 20;

/// A place found for a search: its words and where it is.
struct Spot {
    label: String,
    latitude: f64,
    longitude: f64,
}

/// A group near the place: name, address, where it meets, how far.
struct Near {
    name: String,
    slug: String,
    place: String,
    km: f64,
}

/// The answer to a search.
pub(super) struct Found {
    asked: String,
    spot: Option<Spot>,
    /// Other places of that name, as searches ("London, CA").
    others: Vec<(String, String)>,
    groups: Vec<Near>,
}

/// Finds `near` and the groups around it that `v` may see.
pub(super) fn search(snap: &Snapshot, v: &Viewer, near: &str) -> Result<Found, AppError> {
    let near: String = near.chars().take(100).collect();
    let named = places::find(&near, 6);
    let mut spot = named.first().map(|p| Spot {
        label: format!("{} ({})", p.name, p.country),
        latitude: p.latitude,
        longitude: p.longitude,
    });
    let others = named
        .iter()
        .skip(1)
        .map(|p| {
            (
                format!("{}, {}", p.name, p.country),
                format!("{}, {}", p.name, p.country),
            )
        })
        .collect();
    let access = access_of(snap, v)?;
    // A group's city is matched by the name alone ("Lisbon, PT" finds "Lisbon").
    let wanted = fold(near.rsplit_once(',').map_or(near.as_str(), |(n, _)| n));
    let mut placed = Vec::new();
    for (id, g) in snap.groups()? {
        if !g.is_active || g.city == UNKNOWN_CITY || !access.lists_group(id, &g) {
            continue;
        }
        let (Some(lat), Some(lng)) = (g.latitude, g.longitude) else {
            continue;
        };
        let at = (lat as f64 / 1e6, lng as f64 / 1e6);
        // A town the gazetteer does not know may still be a group's city.
        if spot.is_none() && fold(&g.city) == wanted {
            spot = Some(Spot {
                label: super::place_text(&g.city, &g.state, &g.country),
                latitude: at.0,
                longitude: at.1,
            });
        }
        placed.push((g, at));
    }
    let mut groups = Vec::new();
    if let Some(s) = &spot {
        for (g, at) in placed {
            groups.push(Near {
                km: distance_km((s.latitude, s.longitude), at),
                place: super::place_text(&g.city, &g.state, &g.country),
                name: g.name,
                slug: g.slug,
            });
        }
        groups.sort_by(|a, b| a.km.total_cmp(&b.km).then_with(|| a.name.cmp(&b.name)));
        groups.truncate(LISTED);
    }
    Ok(Found {
        asked: near,
        spot,
        others,
        groups,
    })
}

impl Found {
    /// The map's view of the answer: the place, close enough to see the nearest group.
    pub(super) fn view(&self) -> Option<View> {
        let s = self.spot.as_ref()?;
        let nearest = self.groups.first().map_or(f64::INFINITY, |g| g.km);
        let zoom = match nearest {
            d if d < 20.0 => 8,
            d if d < 80.0 => 7,
            _ => 6,
        };
        Some(View::at(s.latitude, s.longitude, zoom).zoomed(0))
    }

    pub(super) fn html(&self, lang: Lang) -> Markup {
        let msg = |id| i18n::text(lang, id);
        let Some(s) = &self.spot else {
            return html! {
                div.alert role="alert" {
                    p { (i18n::format(lang, "near-unknown", &[("asked", Arg::Text(&self.asked))])) }
                }
            };
        };
        html! {
            section.card.near-groups aria-labelledby="near-h" {
                h2 #near-h { (i18n::format(lang, "near-heading", &[("place", Arg::Text(&s.label))])) }
                @if !self.others.is_empty() {
                    p.muted { (msg("near-others")) " "
                        @for (i, (label, query)) in self.others.iter().enumerate() {
                            @if i > 0 { " · " }
                            a href={ "/groups/map?near=" (encode(query)) } { (label) }
                        }
                    }
                }
                @if self.groups.is_empty() {
                    p { (msg("near-none")) " " a href="/groups/new" { (msg("near-start")) } }
                } @else {
                    ol.near-list {
                        @for g in &self.groups {
                            li {
                                a href={ "/groups/" (g.slug) } { (g.name) }
                                " " span.muted { (g.place) " · " (distance(g.km, lang)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// "3 km", "under 1 km", "1,240 km".
fn distance(km: f64, lang: Lang) -> String {
    if km < 1.0 {
        return i18n::text(lang, "near-under-km").into();
    }
    let n = km.round() as u64;
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{out} km")
}

fn encode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_read_as_people_say_them() {
        assert_eq!(distance(0.4, Lang::En), "under 1 km");
        assert_eq!(distance(3.4, Lang::En), "3 km");
        assert_eq!(distance(1240.2, Lang::En), "1,240 km");
        assert_eq!(distance(12_345_678.0, Lang::En), "12,345,678 km");
        assert_eq!(distance(0.4, Lang::Es), "a menos de 1 km");
    }
}
