//! Time zones: the site's (a setting, for everyone) and a member's own (their account), so a
//! group in Lisbon, Montreal or Mexico City reads its own clock. Instants are stored in UTC;
//! only their showing changes. Names are IANA's (`Europe/Lisbon`), from the system's time zone
//! database or, on a machine without one, the copy built into the binary.
//!
//! Days that are calendar days by rule (a loan's due date: DOMAIN.md counts them in UTC days)
//! are dates, not instants, and are shown as they are.

use jiff::tz::TimeZone;
use jiff::Timestamp;

use super::time::{format_when, Millis};
use super::validate::{invalid, Invalid};

/// The site's zone when staff chose none.
pub const DEFAULT: &str = "UTC";

/// A time zone to show instants in.
#[derive(Debug, Clone)]
pub struct Zone {
    tz: TimeZone,
    name: String,
}

impl Default for Zone {
    fn default() -> Self {
        Zone {
            tz: TimeZone::UTC,
            name: DEFAULT.into(),
        }
    }
}

impl Zone {
    /// The zone of an IANA name (any case: `europe/lisbon` is `Europe/Lisbon`), if the
    /// database knows it.
    pub fn named(name: &str) -> Option<Zone> {
        let name = name.trim();
        if name.is_empty() || name.len() > 64 {
            return None;
        }
        let tz = TimeZone::get(name).ok()?;
        let name = tz.iana_name().unwrap_or(name).to_string();
        Some(Zone { tz, name })
    }

    /// The zone a stored name names, or UTC for none or one the database no longer knows.
    pub fn stored(name: Option<&str>) -> Zone {
        name.and_then(Zone::named).unwrap_or_default()
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// `2026-12-02 17:05 WET`: the date, the time and the zone's short name at that instant.
    pub fn when(&self, t: Millis) -> String {
        let Ok(ts) = Timestamp::from_millisecond(t) else {
            return format_when(t);
        };
        let at = self.tz.to_datetime(ts);
        let info = self.tz.to_offset_info(ts);
        format!(
            "{:04}-{:02}-{:02} {:02}:{:02} {}",
            at.year(),
            at.month(),
            at.day(),
            at.hour(),
            at.minute(),
            info.abbreviation()
        )
    }

    /// The wall clock here at that instant and the zone's short name then (`WET`), for
    /// formatting in a language (`i18n::numbers`); `None` outside the years jiff counts.
    pub fn civil(&self, t: Millis) -> Option<(jiff::civil::DateTime, String)> {
        let ts = Timestamp::from_millisecond(t).ok()?;
        let info = self.tz.to_offset_info(ts);
        Some((self.tz.to_datetime(ts), info.abbreviation().to_string()))
    }

    /// The calendar day (days since 1970-01-01) and the hour at that instant here.
    pub fn day_and_hour(&self, t: Millis) -> Option<(super::time::Day, i8)> {
        let ts = Timestamp::from_millisecond(t).ok()?;
        let at = self.tz.to_datetime(ts);
        let epoch = jiff::civil::date(1970, 1, 1);
        let days = (at.date() - epoch).get_days();
        Some((days, at.hour()))
    }

    /// `2026-12-02`: the date at that instant here.
    pub fn day(&self, t: Millis) -> String {
        let when = self.when(t);
        when.get(..10).unwrap_or(&when).to_string()
    }
}

/// A zone name as typed, checked: one of the forms' choices ([`names`]), in the database's own
/// spelling. Aliases the database also knows (`US/Pacific`, `EST`, `localtime`) are refused: a
/// form could not show them as chosen, and would quietly send another zone at its next save.
pub fn check(field: &'static str, name: &str) -> Result<String, Invalid> {
    Zone::named(name)
        .map(|z| z.name)
        .filter(|n| names().binary_search(n).is_ok())
        .ok_or_else(|| invalid(field, crate::i18n::phrase::Phrase::id("invalid-zone")))
}

/// Every zone name the database offers, sorted: the choices of the forms. Legacy aliases
/// (`US/Pacific`, `Etc/GMT+3`) are left out; `UTC` is kept. Listed once per process (the
/// system's database is a directory to walk).
pub fn names() -> &'static [String] {
    static NAMES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        let mut out: Vec<String> = jiff::tz::db()
            .available()
            .map(|n| n.as_str().to_string())
            .filter(|n| n == DEFAULT || (n.contains('/') && !legacy(n)))
            .collect();
        out.sort();
        out.dedup();
        out
    })
}

fn legacy(name: &str) -> bool {
    let area = name.split('/').next().unwrap_or("");
    !matches!(
        area,
        "Africa"
            | "America"
            | "Antarctica"
            | "Arctic"
            | "Asia"
            | "Atlantic"
            | "Australia"
            | "Europe"
            | "Indian"
            | "Pacific"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-07-01 12:30 UTC.
    const JULY: Millis = 1_782_909_000_000;
    /// 2026-12-02 04:17 UTC.
    const DECEMBER: Millis = 1_796_185_020_000;

    #[test]
    fn an_instant_reads_in_each_zone_with_its_summer_time() {
        let z = |n| Zone::named(n).unwrap();
        assert_eq!(Zone::default().when(JULY), "2026-07-01 12:30 UTC");
        assert_eq!(z("Europe/Lisbon").when(JULY), "2026-07-01 13:30 WEST");
        assert_eq!(z("Europe/Lisbon").when(DECEMBER), "2026-12-02 04:17 WET");
        assert_eq!(z("America/Toronto").when(DECEMBER), "2026-12-01 23:17 EST");
        assert_eq!(z("America/Mexico_City").when(JULY), "2026-07-01 06:30 CST");
        // As a calendar day and hour, for the reminders' daytime.
        assert_eq!(
            Zone::default().day_and_hour(DECEMBER),
            Some((super::super::time::day_of(DECEMBER), 4))
        );
        assert_eq!(
            z("America/Toronto").day_and_hour(DECEMBER),
            Some((super::super::time::day_of(DECEMBER) - 1, 23))
        );
        // The day changes with the zone too.
        assert_eq!(z("America/Toronto").day(DECEMBER), "2026-12-01");
        assert_eq!(Zone::default().day(DECEMBER), "2026-12-02");
    }

    #[test]
    fn names_are_checked_and_spelled_as_the_database_does() {
        assert_eq!(
            check("time_zone", "europe/lisbon").unwrap(),
            "Europe/Lisbon"
        );
        assert_eq!(check("time_zone", " UTC ").unwrap(), "UTC");
        for bad in [
            "",
            "Mars/Olympus",
            "../../etc/passwd",
            &"A".repeat(300),
            "US/Pacific",
            "EST",
            "localtime",
            "Etc/GMT+3",
        ] {
            assert!(check("time_zone", bad).is_err(), "{bad:?}");
        }
        assert_eq!(Zone::stored(Some("Nowhere/Else")).name(), "UTC");
        let names = names();
        assert!(
            names.contains(&"America/Montreal".to_string())
                || names.contains(&"America/Toronto".to_string())
        );
        assert!(names.contains(&"Europe/Lisbon".to_string()));
        assert!(names.contains(&"UTC".to_string()));
        assert!(!names
            .iter()
            .any(|n| n.starts_with("US/") || n.starts_with("Etc/")));
        assert!(names.len() > 300, "{}", names.len());
    }
}
