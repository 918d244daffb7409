//! Instants and calendar days as plain integers, with the two text forms the fixtures and the
//! API use. Hand-written (Hinnant's civil-date algorithms) because import parses tens of
//! millions of datetimes and the conversions are a few integer operations.

use std::fmt::Write as _;

/// Milliseconds since 1970-01-01T00:00:00Z.
pub type Millis = i64;
/// Days since 1970-01-01 (UTC).
pub type Day = i32;

pub const MS_PER_DAY: i64 = 86_400_000;

/// The UTC calendar day an instant falls on.
pub fn day_of(t: Millis) -> Day {
    t.div_euclid(MS_PER_DAY) as Day
}

/// The last day a date can be written as `YYYY-MM-DD`: 9999-12-31.
pub const LAST_DAY: Day = 2_932_896;

/// `n` days after `day`, never past [`LAST_DAY`]: a due date computed from an imported item's
/// or extension's days (any `u32` in a fixture) stays a date that exports and reads back.
pub fn days_after(day: Day, n: u32) -> Day {
    let after = i64::from(day) + i64::from(n);
    after.min(i64::from(LAST_DAY)) as Day
}

pub(crate) fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

pub(crate) fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

fn digits(s: &[u8]) -> Option<i64> {
    if s.is_empty() || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(s.iter().fold(0i64, |n, c| n * 10 + (c - b'0') as i64))
}

fn parse_ymd(s: &[u8]) -> Option<i64> {
    if s.len() != 10 || s[4] != b'-' || s[7] != b'-' {
        return None;
    }
    let (y, m, d) = (
        digits(&s[..4])?,
        digits(&s[5..7])? as u32,
        digits(&s[8..])? as u32,
    );
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    Some(days_from_civil(y, m, d))
}

/// Parses a date `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<Day> {
    parse_ymd(s.as_bytes()).map(|d| d as Day)
}

/// Parses an RFC 3339 datetime as Django writes it (`2023-05-04T10:11:12.345Z`, any number of
/// fraction digits, `Z` or a `+HH:MM` offset; a space may stand for the `T`). Sub-millisecond
/// digits are truncated.
pub fn parse_datetime(s: &str) -> Option<Millis> {
    let b = s.as_bytes();
    if b.len() < 20 || !(b[10] == b'T' || b[10] == b' ') || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let day = parse_ymd(&b[..10])?;
    let (h, mi, sec) = (
        digits(&b[11..13])?,
        digits(&b[14..16])?,
        digits(&b[17..19])?,
    );
    if h > 23 || mi > 59 || sec > 59 {
        return None;
    }
    let mut rest = &b[19..];
    let mut ms = 0i64;
    if rest.first() == Some(&b'.') {
        let n = rest[1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return None;
        }
        let frac = &rest[1..=n];
        for i in 0..3 {
            ms = ms * 10 + frac.get(i).map_or(0, |c| (c - b'0') as i64);
        }
        rest = &rest[1 + n..];
    }
    let offset_min = match rest {
        b"Z" | b"z" => 0,
        [sign @ (b'+' | b'-'), hh1, hh2, b':', mm1, mm2] => {
            let v = digits(&[*hh1, *hh2])? * 60 + digits(&[*mm1, *mm2])?;
            if *sign == b'-' {
                -v
            } else {
                v
            }
        }
        _ => return None,
    };
    Some(((day * 24 + h) * 60 + mi - offset_min) * 60_000 + sec * 1000 + ms)
}

/// `2024-03-15T10:11:12.345Z`: RFC 3339 UTC with milliseconds, the API's form.
pub fn format_datetime(t: Millis) -> String {
    let mut s = String::with_capacity(24);
    write_datetime(&mut s, t, true);
    s
}

/// A time for people: `2024-03-15 10:11 UTC` (no seconds, no `T`).
pub fn format_when(t: Millis) -> String {
    let full = format_datetime(t);
    // `YYYY-MM-DDTHH:MM...`; a year outside 0..=9999 has another shape: shown whole.
    match (full.get(..10), full.get(11..16)) {
        (Some(day), Some(time)) if full.as_bytes().get(10) == Some(&b'T') => {
            format!("{day} {time} UTC")
        }
        _ => full,
    }
}

/// Django's form: like [`format_datetime`] but without the fraction when it is zero.
pub fn format_datetime_django(t: Millis) -> String {
    let mut s = String::with_capacity(24);
    write_datetime(&mut s, t, t.rem_euclid(1000) != 0);
    s
}

fn write_datetime(s: &mut String, t: Millis, with_ms: bool) {
    let day = t.div_euclid(MS_PER_DAY);
    let ms_of_day = t.rem_euclid(MS_PER_DAY);
    let (y, m, d) = civil_from_days(day);
    let secs = ms_of_day / 1000;
    let _ = write!(
        s,
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    );
    if with_ms {
        let _ = write!(s, ".{:03}", ms_of_day % 1000);
    }
    s.push('Z');
}

/// `2024-03-15`.
pub fn format_date(day: Day) -> String {
    let (y, m, d) = civil_from_days(day as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The current time, read once per command so every record of a write shares it.
pub fn now() -> Millis {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    d.as_millis() as Millis
}

/// The writer's clock: the system's, unless a test pins it to an instant (weeks pass in a
/// test without waiting, and it knows the exact time each write is stamped with).
#[derive(Debug)]
pub struct Clock {
    /// The instant the clock shows, or [`Clock::SYSTEM`] to follow the system's.
    pinned: std::sync::atomic::AtomicI64,
}

impl Default for Clock {
    fn default() -> Self {
        Clock {
            pinned: std::sync::atomic::AtomicI64::new(Clock::SYSTEM),
        }
    }
}

impl Clock {
    const SYSTEM: Millis = Millis::MIN;

    pub fn now(&self) -> Millis {
        match self.pinned.load(std::sync::atomic::Ordering::Relaxed) {
            Clock::SYSTEM => now(),
            t => t,
        }
    }

    /// Shows `t` from now on, until pinned again.
    pub fn pin(&self, t: Millis) {
        let t = if t == Clock::SYSTEM { t + 1 } else { t };
        self.pinned.store(t, std::sync::atomic::Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn days_after_stops_at_the_last_writable_date() {
        assert_eq!(format_date(LAST_DAY), "9999-12-31");
        assert_eq!(days_after(100, 7), 107);
        assert_eq!(days_after(100, u32::MAX), LAST_DAY);
        assert_eq!(days_after(LAST_DAY - 1, 5), LAST_DAY);
    }

    use super::*;

    #[test]
    fn datetimes_round_trip_with_milliseconds() {
        let t = parse_datetime("2024-03-15T10:11:12.345Z").unwrap();
        assert_eq!(format_datetime(t), "2024-03-15T10:11:12.345Z");
        assert_eq!(format_datetime_django(t), "2024-03-15T10:11:12.345Z");
        let whole = parse_datetime("2021-01-01T00:00:00Z").unwrap();
        assert_eq!(whole, 1_609_459_200_000);
        assert_eq!(format_datetime_django(whole), "2021-01-01T00:00:00Z");
        assert_eq!(format_datetime(whole), "2021-01-01T00:00:00.000Z");
    }

    #[test]
    fn offsets_and_long_fractions_are_read() {
        assert_eq!(
            parse_datetime("2024-03-15T12:11:12.345678+02:00"),
            parse_datetime("2024-03-15T10:11:12.345Z")
        );
        assert_eq!(parse_datetime("2024-02-30T00:00:00Z"), None);
        assert_eq!(parse_datetime("2024-03-15"), None);
        assert_eq!(parse_datetime("2024-03-15T10:11:12.Z"), None);
    }

    #[test]
    fn dates_parse_and_leap_days_are_checked() {
        assert_eq!(parse_date("1970-01-02"), Some(1));
        assert_eq!(
            parse_date("2024-02-29").map(format_date).as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(parse_date("2023-02-29"), None);
        assert_eq!(parse_date("1969-12-31"), Some(-1));
    }

    #[test]
    fn the_utc_day_of_an_instant() {
        let t = parse_datetime("2024-03-15T23:59:59.999Z").unwrap();
        assert_eq!(day_of(t), parse_date("2024-03-15").unwrap());
        assert_eq!(day_of(t + 1), parse_date("2024-03-16").unwrap());
    }
}
