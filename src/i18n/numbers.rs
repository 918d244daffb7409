//! Numbers and dates as each language writes them, from CLDR's data (ICU4X, compiled into the
//! binary): `1,240` / `1.240` / `1 240`, `Dec 2, 2026` / `2 dic 2026` / `02.12.2026`. Fluent's
//! numbers in messages go through [`number`] too (`Catalog::load` sets its formatter), so a
//! count reads the same inside a sentence and beside it.
//!
//! The formatters are made once per language at first use and kept: formatting is then a
//! table walk, with no allocation but the answer's.

use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{YM, YMD, YMDT};
use icu_datetime::input::{DateTime, Time};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;

use super::Lang;
use crate::domain::time::{format_date, format_when, Day, Millis, MS_PER_DAY};
use crate::domain::zone::Zone;

/// One language's formatters.
struct Formats {
    decimal: Option<DecimalFormatter>,
    date: Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    month: Option<FixedCalendarDateTimeFormatter<Gregorian, YM>>,
    when: Option<FixedCalendarDateTimeFormatter<Gregorian, YMDT>>,
}

impl Formats {
    fn load(lang: Lang) -> Formats {
        let locale: Locale = lang.locale().parse().unwrap_or(Locale::UNKNOWN);
        // The data is compiled in for every language: a failure here would be a build
        // without it, and then numbers and dates fall back to their plain forms.
        Formats {
            decimal: DecimalFormatter::try_new((&locale).into(), Default::default()).ok(),
            date: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::medium()).ok(),
            month: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YM::long()).ok(),
            when: FixedCalendarDateTimeFormatter::try_new(
                (&locale).into(),
                YMD::medium().with_time_hm(),
            )
            .ok(),
        }
    }
}

thread_local! {
    /// Each thread's formatters (ICU4X's are not `Sync`); made at a thread's first number.
    static FORMATS: Vec<Formats> = Lang::ALL.into_iter().map(Formats::load).collect();
}

/// `f` with `lang`'s formatters.
fn with_formats<T>(lang: Lang, f: impl FnOnce(&Formats) -> T) -> T {
    FORMATS.with(|all| f(&all[lang.index()]))
}

/// A whole number with the language's grouping: `12,500` / `12.500` / `12 500`.
pub fn number(lang: Lang, n: impl TryInto<i64>) -> String {
    let n = n.try_into().unwrap_or(i64::MAX);
    with_formats(lang, |formats| match &formats.decimal {
        Some(f) => f.format(&Decimal::from(n)).to_string(),
        None => n.to_string(),
    })
}

/// `x` rounded to `places` digits after the separator: `4.5` / `4,5`.
pub fn decimal(lang: Lang, x: f64, places: u8) -> String {
    let scale = 10f64.powi(places.into());
    // Ratings and distances: far inside i64 once scaled; `as` saturates anything else.
    let scaled = (x * scale).round() as i64;
    let mut d = Decimal::from(scaled);
    d.multiply_pow10(-i16::from(places));
    d.pad_end(-i16::from(places));
    with_formats(lang, |formats| match &formats.decimal {
        Some(f) => f.format(&d).to_string(),
        None => format!("{x:.*}", usize::from(places)),
    })
}

/// A civil date as ICU4X's Gregorian date.
fn gregorian(c: jiff::civil::Date) -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(
        c.year().into(),
        c.month().unsigned_abs(),
        c.day().unsigned_abs(),
    )
    .ok()
}

/// `date` in `lang`'s medium form.
fn format_day(lang: Lang, date: jiff::civil::Date) -> Option<String> {
    let date = gregorian(date)?;
    with_formats(lang, |f| Some(f.date.as_ref()?.format(&date).to_string()))
}

/// The month of a calendar day, spelled out: `November 2026`, `noviembre de 2026`.
pub fn month(lang: Lang, day: Day) -> String {
    let civil = jiff::civil::date(1970, 1, 1).checked_add(jiff::Span::new().days(day));
    let spelled = civil.ok().and_then(|c| {
        let date = gregorian(c)?;
        with_formats(lang, |f| Some(f.month.as_ref()?.format(&date).to_string()))
    });
    spelled.unwrap_or_else(|| format_date(day).chars().take(7).collect())
}

/// A calendar day (days since 1970-01-01), as a due date is: `Dec 2, 2026`.
pub fn date(lang: Lang, day: Day) -> String {
    let civil = jiff::civil::date(1970, 1, 1).checked_add(jiff::Span::new().days(day));
    civil
        .ok()
        .and_then(|c| format_day(lang, c))
        .unwrap_or_else(|| format_date(day))
}

/// The day of instant `t` where `zone` is.
pub fn day_in(lang: Lang, zone: &Zone, t: Millis) -> String {
    zone.civil(t)
        .and_then(|(at, _)| format_day(lang, at.date()))
        .unwrap_or_else(|| format_date(t.div_euclid(MS_PER_DAY) as Day))
}

/// Instant `t` where `zone` is, to the minute, with the zone's short name: `Dec 2, 2026,
/// 5:05 PM WET` / `2 dic 2026, 17:05 WET`.
pub fn when(lang: Lang, zone: &Zone, t: Millis) -> String {
    let formatted = zone.civil(t).and_then(|(at, abbreviation)| {
        let date = gregorian(at.date())?;
        let time =
            Time::try_new(at.hour().unsigned_abs(), at.minute().unsigned_abs(), 0, 0).ok()?;
        let at = DateTime { date, time };
        with_formats(lang, |f| {
            Some(format!("{} {abbreviation}", f.when.as_ref()?.format(&at)))
        })
    });
    formatted.unwrap_or_else(|| format_when(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_groups_digits_its_own_way() {
        let n = |lang| number(lang, 1_234_567);
        assert_eq!(n(Lang::En), "1,234,567");
        assert_eq!(n(Lang::Es), "1.234.567");
        assert_eq!(n(Lang::De), "1.234.567");
        assert_eq!(n(Lang::Ca), "1.234.567");
        assert_eq!(n(Lang::Fr), "1\u{202f}234\u{202f}567");
        assert_eq!(n(Lang::Pt), "1\u{a0}234\u{a0}567");
        assert_eq!(number(Lang::En, 42), "42");
        assert_eq!(number(Lang::De, -3), "-3");
    }

    #[test]
    fn decimals_round_and_use_the_language_separator() {
        assert_eq!(decimal(Lang::En, 4.25, 1), "4.3");
        assert_eq!(decimal(Lang::De, 4.0, 1), "4,0");
        assert_eq!(decimal(Lang::Fr, 1240.5, 1), "1\u{202f}240,5");
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        // 2026-12-02 is day 20,789.
        let day = 20_789;
        assert_eq!(format_date(day), "2026-12-02");
        assert_eq!(date(Lang::En, day), "Dec 2, 2026");
        assert_eq!(date(Lang::De, day), "02.12.2026");
        for lang in Lang::ALL {
            assert!(date(lang, day).contains("2026"), "{}", date(lang, day));
        }
        let zone = Zone::named("Europe/Lisbon").unwrap();
        // 2026-12-02 17:05 UTC, winter: Lisbon is on UTC.
        let t = i64::from(day) * MS_PER_DAY + (17 * 60 + 5) * 60_000;
        assert_eq!(day_in(Lang::En, &zone, t), "Dec 2, 2026");
        let es = when(Lang::Es, &zone, t);
        assert!(es.contains("17:05") && es.ends_with("WET"), "{es}");
        let tokyo = Zone::named("Asia/Tokyo").unwrap();
        // Already the 3rd in Tokyo.
        assert_eq!(day_in(Lang::De, &tokyo, t), "03.12.2026");
    }
}
