//! Which part of the world a map shows: a centre and a zoom level, each level twice as close
//! as the one before. Views are plain addresses (`/groups/map?lat=38.7&lng=-9.1&z=6`), so the
//! map zooms and pans with links and works without JavaScript; `map-view.js` only makes the
//! same moves with the mouse or a finger.

/// The closest level of the groups' map (about 20 km across).
pub(super) const MAX_ZOOM: u8 = 10;
/// From this level on, each group is its own marker (a city's groups apart, each named).
pub(super) const GROUPS_FROM: u8 = 5;
/// From this level on, the finer outline is drawn.
pub(super) const FINE_FROM: u8 = 2;
/// From this level on, towns and cities are named on the map.
pub(super) const PLACES_FROM: u8 = 3;

/// A map's centre and zoom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct View {
    pub latitude: f64,
    pub longitude: f64,
    pub zoom: u8,
}

/// Shortcuts to the parts of the world, for the map's links.
pub(super) const REGIONS: [(&str, View); 9] = [
    ("region-europe", View::at(52.0, 12.0, 2)),
    ("region-north-america", View::at(45.0, -100.0, 1)),
    ("region-central-america", View::at(17.0, -80.0, 3)),
    ("region-south-america", View::at(-22.0, -60.0, 1)),
    ("region-africa", View::at(2.0, 18.0, 1)),
    ("region-middle-east", View::at(28.0, 45.0, 3)),
    ("region-asia", View::at(32.0, 100.0, 1)),
    ("region-oceania", View::at(-25.0, 145.0, 2)),
    ("region-world", View::WORLD),
];

impl View {
    pub(super) const WORLD: View = View::at(0.0, 0.0, 0);

    pub(super) const fn at(latitude: f64, longitude: f64, zoom: u8) -> View {
        View {
            latitude,
            longitude,
            zoom,
        }
    }

    /// The view a query asks for (`lat`, `lng`, `z`), kept within the world: anything that is
    /// not a number is the whole world.
    pub(super) fn from_query(lat: &str, lng: &str, z: &str) -> View {
        let zoom = z.trim().parse::<u8>().unwrap_or(0).min(MAX_ZOOM);
        match (lat.trim().parse::<f64>(), lng.trim().parse::<f64>()) {
            (Ok(a), Ok(b)) if a.is_finite() && b.is_finite() => View::at(a, b, zoom).clamped(),
            _ => View::at(0.0, 0.0, zoom).clamped(),
        }
    }

    /// How many times closer than the whole world.
    pub(super) fn scale(&self) -> f64 {
        f64::from(1u32 << self.zoom)
    }

    /// The shown box in viewBox units (x = longitude + 180, y = 90 - latitude): its left,
    /// top, width and height.
    pub(super) fn view_box(&self) -> (f64, f64, f64, f64) {
        let (w, h) = (360.0 / self.scale(), 180.0 / self.scale());
        let x = (self.longitude + 180.0 - w / 2.0).clamp(0.0, 360.0 - w);
        let y = (90.0 - self.latitude - h / 2.0).clamp(0.0, 180.0 - h);
        (x, y, w, h)
    }

    /// `"x y w h"` for the SVG.
    pub(super) fn view_box_attr(&self) -> String {
        let (x, y, w, h) = self.view_box();
        format!("{} {} {} {}", num(x), num(y), num(w), num(h))
    }

    /// The shown latitudes and longitudes: south, north, west, east.
    pub(super) fn bounds(&self) -> (f64, f64, f64, f64) {
        let (x, y, w, h) = self.view_box();
        (90.0 - (y + h), 90.0 - y, x - 180.0, x + w - 180.0)
    }

    /// The centre moved so the whole view is inside the world (what the view box shows).
    fn clamped(self) -> View {
        let (x, y, w, h) = View {
            latitude: self.latitude.clamp(-90.0, 90.0),
            longitude: self.longitude.clamp(-180.0, 180.0),
            zoom: self.zoom,
        }
        .view_box();
        View::at(90.0 - (y + h / 2.0), x + w / 2.0 - 180.0, self.zoom)
    }

    /// Closer (`steps` > 0) or farther, about the same centre.
    pub(super) fn zoomed(&self, steps: i8) -> View {
        let zoom = (i16::from(self.zoom) + i16::from(steps)).clamp(0, i16::from(MAX_ZOOM)) as u8;
        View::at(self.latitude, self.longitude, zoom).clamped()
    }

    /// Moved by a half view: `east` and `north` in half views (-1, 0 or 1).
    pub(super) fn moved(&self, east: f64, north: f64) -> View {
        let (_, _, w, h) = self.view_box();
        View::at(
            self.latitude + north * h / 2.0,
            self.longitude + east * w / 2.0,
            self.zoom,
        )
        .clamped()
    }

    /// Whether moving that way shows anything new (the world has edges).
    pub(super) fn can_move(&self, east: f64, north: f64) -> bool {
        self.moved(east, north) != *self
    }

    /// The map's address for this view (the world's is the plain one).
    pub(super) fn href(&self) -> String {
        if self.zoom == 0 {
            return "/groups/map".into();
        }
        format!(
            "/groups/map?lat={}&lng={}&z={}#map",
            num(self.latitude),
            num(self.longitude),
            self.zoom
        )
    }
}

/// A coordinate in at most four decimals (about ten metres), no trailing zeros.
pub(super) fn num(v: f64) -> String {
    let s = format!("{:.4}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn views_stay_inside_the_world_and_halve_with_each_level() {
        assert_eq!(View::WORLD.view_box(), (0.0, 0.0, 360.0, 180.0));
        let lisbon = View::from_query("38.7", "-9.1", "6");
        let (x, y, w, h) = lisbon.view_box();
        assert_eq!((w, h), (5.625, 2.8125));
        assert!(
            (x + w / 2.0 - (180.0 - 9.1)).abs() < 1e-9
                && (y + h / 2.0 - (90.0 - 38.7)).abs() < 1e-9
        );
        // Near an edge the centre moves in: the box never leaves the world.
        let pole = View::from_query("89", "179", "2");
        let (x, y, w, h) = pole.view_box();
        assert_eq!((x + w, y), (360.0, 0.0));
        assert!(h > 0.0);
        assert!(!pole.can_move(1.0, 0.0) && !pole.can_move(0.0, 1.0));
        assert!(pole.can_move(-1.0, 0.0));
        // Nonsense is the whole world; the zoom is bounded.
        assert_eq!(View::from_query("x", "NaN", ""), View::WORLD);
        assert_eq!(View::from_query("10", "10", "99").zoom, MAX_ZOOM);
        assert_eq!(View::WORLD.zoomed(-1), View::WORLD);
        assert_eq!(View::WORLD.zoomed(1).zoom, 1);
    }

    #[test]
    fn a_view_has_an_address_and_bounds() {
        assert_eq!(View::WORLD.href(), "/groups/map");
        let v = View::at(38.7167, -9.1333, 6);
        assert_eq!(v.href(), "/groups/map?lat=38.7167&lng=-9.1333&z=6#map");
        let (s, n, w, e) = v.bounds();
        assert!(s < 38.7167 && 38.7167 < n && w < -9.1333 && -9.1333 < e);
        assert_eq!(num(-0.00001), "0");
        assert_eq!(num(12.5), "12.5");
    }
}
