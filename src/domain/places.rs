//! The gazetteer: towns and cities of the world (GeoNames, CC BY 4.0; `assets/map/places.tsv`,
//! made by `tools/gazetteer.py`), built into the binary so that the map finds "groups near
//! Lisbon" and the group form finds a place without asking any service. Read once, on first use.

use std::sync::OnceLock;

/// One town or city.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub name: &'static str,
    /// ISO 3166-1 alpha-2.
    pub country: &'static str,
    pub latitude: f64,
    pub longitude: f64,
    pub population: u64,
}

struct Gazetteer {
    /// Most populous first.
    places: Vec<Place>,
    /// Each place's name folded (`fold`), in the same order.
    folded: Vec<String>,
}

const SOURCE: &str = include_str!("../../assets/map/places.tsv");

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| {
        let places: Vec<Place> = SOURCE.lines().filter_map(parse_line).collect();
        let folded = places.iter().map(|p| fold(p.name)).collect();
        Gazetteer { places, folded }
    })
}

fn parse_line(line: &'static str) -> Option<Place> {
    if line.starts_with('#') {
        return None;
    }
    let mut f = line.split('\t');
    Some(Place {
        name: f.next()?,
        country: f.next()?,
        latitude: f.next()?.parse().ok()?,
        longitude: f.next()?.parse().ok()?,
        population: f.next()?.parse().ok()?,
    })
}

/// A name as searched: ASCII, lower case, words separated by single spaces ("Montréal" and
/// "montreal" meet; "Mexico-City" finds "Mexico City").
pub fn fold(name: &str) -> String {
    let ascii = deunicode::deunicode(name).to_lowercase();
    ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Places named `query`, best first: `"Lisbon"`, or `"Lisbon, PT"` for one country. Whole
/// names before names that start with it; the more populous first within each.
pub fn find(query: &str, limit: usize) -> Vec<&'static Place> {
    // "Lisbon, PT" is one country's; "Lisbon, Portugal" is read as "Lisbon" (countries are
    // known here by their codes only).
    let (name, country) = match query.rsplit_once(',') {
        Some((n, c)) if c.trim().len() == 2 => (n, Some(c.trim().to_ascii_uppercase())),
        Some((n, _)) => (n, None),
        None => (query, None),
    };
    let wanted = fold(name);
    if wanted.is_empty() {
        return Vec::new();
    }
    let g = gazetteer();
    let in_country = |p: &Place| country.as_deref().is_none_or(|c| p.country == c);
    let mut whole = Vec::new();
    let mut starts = Vec::new();
    for (p, f) in g.places.iter().zip(&g.folded) {
        if !in_country(p) {
            continue;
        }
        if *f == wanted {
            whole.push(p);
        } else if starts.len() < limit
            && f.starts_with(&wanted)
            && f[wanted.len()..].starts_with(' ')
        {
            starts.push(p);
        }
    }
    whole.extend(starts);
    whole.truncate(limit);
    whole
}

/// Reads the gazetteer now (tens of milliseconds, once), so that no request waits for it.
pub fn warm() {
    gazetteer();
}

/// The most populous places inside a box of latitudes and longitudes, up to `limit`: the
/// labels of a zoomed-in map.
pub fn biggest_within(
    south: f64,
    north: f64,
    west: f64,
    east: f64,
    limit: usize,
) -> Vec<&'static Place> {
    gazetteer()
        .places
        .iter()
        .filter(|p| (south..=north).contains(&p.latitude) && (west..=east).contains(&p.longitude))
        .take(limit)
        .collect()
}

/// The great-circle distance in kilometres (haversine, on a sphere of the Earth's mean radius).
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_found_by_name_accents_and_country() {
        let lisbon = find("Lisbon", 5);
        assert_eq!(lisbon[0].country, "PT");
        assert!((lisbon[0].latitude - 38.72).abs() < 0.05);
        assert_eq!(find("montreal", 1)[0].name, "Montréal");
        assert_eq!(find("Mexico-City", 1)[0].country, "MX");
        // Two with one name: the bigger first, or the one in the country asked for.
        let london = find("London", 5);
        assert_eq!(london[0].country, "GB");
        assert!(london.iter().any(|p| p.country == "CA"));
        assert_eq!(find("London, ca", 1)[0].country, "CA");
        assert_eq!(find("Lisbon, Portugal", 1)[0].country, "PT");
        // "Rio" finds Rio de Janeiro (a name that starts with it), not Rioja fragments.
        assert!(find("Rio", 10).iter().any(|p| p.name == "Rio de Janeiro"));
        assert!(find("", 5).is_empty() && find("  ,  ", 5).is_empty());
        assert!(find("Xyzzyville", 5).is_empty());
    }

    #[test]
    fn distances_and_boxes() {
        let lisbon = (38.7167, -9.1333);
        let porto = (41.1496, -8.611);
        let d = distance_km(lisbon, porto);
        assert!((270.0..280.0).contains(&d), "{d}");
        assert_eq!(distance_km(lisbon, lisbon), 0.0);
        let near_lisbon = biggest_within(38.0, 39.5, -10.0, -8.0, 3);
        assert_eq!(near_lisbon[0].name, "Lisbon");
        assert_eq!(near_lisbon.len(), 3);
    }
}
