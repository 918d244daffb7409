//! Checked values ("parse, don't validate"): a `Username`, `Rating` or `Slug` exists only if it
//! is valid, so code that holds one needs no further check.

use std::fmt;

use crate::i18n::phrase::Phrase;

/// A refused value: `field` names it in the code (and the API's forms), the message in the
/// words of the form's label ("Longest loan: choose 1 to 365 days").
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {reason}", label_of(field))]
pub struct Invalid {
    pub field: &'static str,
    pub reason: Phrase,
}

impl Invalid {
    /// The refusal for a field the form labels itself: `key` and `label` in place of this
    /// refusal's field (a setting's value, refused by the rule every setting shares).
    pub fn labelled(&self, key: &str, label: &str) -> Phrase {
        Phrase::id("invalid")
            .text("field", key)
            .text("label", label)
            .phrase("reason", self.reason.clone())
    }

    /// The refusal as the catalogs say it: the field's label in the reader's language (the
    /// message `invalid` knows the forms' fields; others keep their English label), then why.
    pub fn phrase(&self) -> Phrase {
        self.labelled(self.field, &label_of(self.field))
    }
}

/// The words a form shows for a field (its label), for messages about it.
pub fn label_of(field: &str) -> String {
    let known = match field {
        "max_loan_days" => "Longest loan",
        "rating" => "Rating",
        "max_uses" => "For how many people",
        "site_name" => "Site name",
        "first_name" => "First name",
        "last_name" => "Last name",
        "trigger_type" => "Trigger",
        "threshold_value" => "Threshold",
        "transaction_type" => "Kind of points",
        "visibility" => "Who sees it",
        "parent" => "Parent category",
        "slug" => "Short name in its address",
        "code" => "Link",
        "from" => "Merge",
        "into" => "Into",
        "lang" => "Language",
        "condition" => "Condition",
        "status" => "Status",
        _ => "",
    };
    if !known.is_empty() {
        return known.to_string();
    }
    let words = field.replace('_', " ");
    let mut c = words.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => words,
    }
}

pub fn invalid(field: &'static str, reason: impl Into<Phrase>) -> Invalid {
    Invalid {
        field,
        reason: reason.into(),
    }
}

/// 3-50 characters of `[A-Za-z0-9_-]`; unique ignoring case (the store checks that).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Username(String);

impl Username {
    pub fn parse(s: &str) -> Result<Username, Invalid> {
        let n = s.chars().count();
        if !(3..=50).contains(&n) {
            return Err(invalid("username", Phrase::id("invalid-username-length")));
        }
        if !s
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            return Err(invalid("username", Phrase::id("invalid-username-chars")));
        }
        Ok(Username(s.to_string()))
    }

    /// The form uniqueness is checked on.
    pub fn folded(&self) -> String {
        self.0.to_ascii_lowercase()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A username spelled in ASCII from one that is not valid (`Jürgen_Groß` ->
    /// `Jurgen_Gross`, `José María` -> `Jose_Maria`): letters transliterated, anything else
    /// left a single `_`, cut to 50. `None` when too little remains (a name in a script with
    /// no sensible spelling in Latin letters): the caller falls back to the email.
    pub fn transliterated(name: &str) -> Option<Username> {
        let mut s = String::new();
        for c in deunicode::deunicode(name).chars() {
            if c.is_ascii_alphanumeric() || c == '-' {
                s.push(c);
            } else if !s.is_empty() && !s.ends_with('_') {
                s.push('_');
            }
        }
        let s: String = s.trim_end_matches('_').chars().take(50).collect();
        Username::parse(&s).ok()
    }

    /// A valid username made from an email's local part (imports with an empty or invalid
    /// username): invalid characters become `_`, short ones are padded, long ones cut.
    /// The caller adds a numeric suffix when it is taken.
    pub fn from_email(email: &str) -> Username {
        let local = email.split('@').next().unwrap_or_default();
        let mut s: String = local
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .take(40)
            .collect();
        while s.len() < 3 {
            s.push_str(if s.is_empty() { "user" } else { "_" });
        }
        Username(s)
    }

    /// `name` + suffix, cut so the whole stays within 50 characters.
    pub fn with_suffix(&self, n: u64) -> Username {
        let suffix = n.to_string();
        let keep = 50usize.saturating_sub(suffix.len()).min(self.0.len());
        Username(format!("{}{}", &self.0[..keep], suffix))
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A review rating, 1 to 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rating(u8);

impl Rating {
    pub fn new(n: i64) -> Result<Rating, Invalid> {
        if (1..=5).contains(&n) {
            Ok(Rating(n as u8))
        } else {
            Err(invalid("rating", Phrase::id("invalid-rating")))
        }
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

/// Paths under `/groups/` that are pages of their own: a group named "Map" gets `map-2`.
/// How a deleted account is named (`former-member-<id>`): no one signs up with it.
pub const FORMER_MEMBER: &str = "former-member-";

pub const RESERVED_GROUP_SLUGS: &[&str] = &["new", "map"];

/// Lower-case letters, digits and single dashes: `berlin-tool-library-1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slug(String);

impl Slug {
    pub fn parse(s: &str) -> Result<Slug, Invalid> {
        if s.is_empty() || s.len() > 100 {
            return Err(invalid(
                "slug",
                Phrase::id("invalid-length").number("max", 100),
            ));
        }
        if !s
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(invalid("slug", Phrase::id("invalid-slug-chars")));
        }
        // Comuniza's slugify gives "-1", "-2" to the titles after an empty one.
        if !s.starts_with(|c: char| c.is_ascii_alphanumeric()) {
            return Err(invalid("slug", Phrase::id("invalid-slug-start")));
        }
        Ok(Slug(s.to_string()))
    }

    /// A slug from free text, transliterated to ASCII first (`Café` -> `cafe`): letters and
    /// digits kept (lower-cased), runs of anything else become one dash. Empty text gives
    /// `item`.
    pub fn from_text(text: &str) -> Slug {
        Slug::spelled(text).unwrap_or_else(|| Slug("item".into()))
    }

    /// [`Slug::from_text`], or `None` when nothing of the text can be spelled in a slug.
    pub fn spelled(text: &str) -> Option<Slug> {
        let mut s = String::new();
        for c in deunicode::deunicode(text)
            .chars()
            .flat_map(char::to_lowercase)
        {
            if c.is_ascii_alphanumeric() {
                s.push(c);
            } else if !s.is_empty() && !s.ends_with('-') {
                s.push('-');
            }
            if s.len() >= 80 {
                break;
            }
        }
        let s = s.trim_end_matches('-');
        (!s.is_empty()).then(|| Slug(s.to_string()))
    }

    /// `slug-n`, for a slug taken (`n` from 2).
    pub fn with_suffix(&self, n: u64) -> Slug {
        Slug(format!("{}-{n}", self.0))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// A plausible email address: one `@`, something on both sides, a dot in the domain.
pub fn check_email(s: &str) -> Result<String, Invalid> {
    let s = s.trim();
    match s.split_once('@') {
        Some((local, domain))
            if !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !s.contains(char::is_whitespace)
                && s.len() <= 254 =>
        {
            Ok(s.to_string())
        }
        _ => Err(invalid("email", Phrase::id("invalid-email"))),
    }
}

/// Free text with a length limit in characters, trimmed; `required` refuses empty text.
pub fn check_text(
    field: &'static str,
    s: &str,
    max: usize,
    required: bool,
) -> Result<String, Invalid> {
    let t = s.trim();
    if required && t.is_empty() {
        return Err(invalid(field, Phrase::id("invalid-required")));
    }
    if t.chars().count() > max {
        return Err(invalid(
            field,
            Phrase::id("invalid-too-long").number("max", max),
        ));
    }
    Ok(t.to_string())
}

/// Characters that change how text around them is shown without being seen: bidirectional
/// controls (which can make a name read backwards, or the text after it) and zero-width
/// characters (which make two names that look the same differ).
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' // zero-width space, joiners, left-to-right and right-to-left marks
        | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
        | '\u{2060}'..='\u{2064}' // word joiner and invisible operators
        | '\u{2066}'..='\u{2069}' // bidi isolates
        | '\u{FEFF}' // zero-width no-break space
    ) || c.is_control()
}

/// A person's first or last name: [`check_text`], without invisible or control characters.
pub fn check_name(field: &'static str, s: &str, max: usize) -> Result<String, Invalid> {
    let t = check_text(field, s, max, false)?;
    if t.chars().any(is_invisible) {
        return Err(invalid(field, Phrase::id("invalid-invisible")));
    }
    Ok(t)
}

/// A decimal degree string such as `"52.520008"` as millionths of a degree, exact; at most
/// 6 decimals, within `limit` degrees.
pub fn parse_coordinate(field: &'static str, s: &str, limit: i64) -> Result<i64, Invalid> {
    let bad = || {
        invalid(
            field,
            Phrase::id("invalid-coordinate").number("limit", limit),
        )
    };
    let t = s.trim();
    let (neg, body) = match t.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    if int.is_empty() || int.len() > 3 || frac.len() > 6 {
        return Err(bad());
    }
    if !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let mut micro: i64 = int.parse::<i64>().map_err(|_| bad())? * 1_000_000;
    let mut scale = 100_000;
    for b in frac.bytes() {
        micro += (b - b'0') as i64 * scale;
        scale /= 10;
    }
    if micro > limit * 1_000_000 {
        return Err(bad());
    }
    Ok(if neg { -micro } else { micro })
}

/// Millionths of a degree as the decimal text Django writes (`52.520008`).
pub fn format_coordinate(micro: i64) -> String {
    let sign = if micro < 0 { "-" } else { "" };
    let m = micro.unsigned_abs();
    format!("{sign}{}.{:06}", m / 1_000_000, m % 1_000_000)
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_in_other_scripts_are_spelled_in_ascii() {
        let t = |s| Username::transliterated(s).map(|u| u.to_string());
        assert_eq!(t("Jürgen_Groß").as_deref(), Some("Jurgen_Gross"));
        assert_eq!(t("José María").as_deref(), Some("Jose_Maria"));
        assert_eq!(t("。。。"), None, "nothing to spell: the email is used");
        assert_eq!(Slug::from_text("Café Lisboa").as_str(), "cafe-lisboa");
        assert_eq!(Slug::from_text("東京").as_str(), "dong-jing");
        assert_eq!(Slug::spelled("——"), None);
        assert!(
            Slug::parse("-1").is_err(),
            "Comuniza's slug after an empty one"
        );
    }

    use super::*;

    #[test]
    fn usernames_are_3_to_50_safe_characters() {
        assert!(Username::parse("ana").is_ok());
        assert!(Username::parse("The_Quick-Brown_Fox_Jumps-Over_the_Lazy_Dog_123456").is_ok());
        assert!(Username::parse("ab").is_err());
        assert!(Username::parse(&"a".repeat(51)).is_err());
        assert!(Username::parse("ana.costa").is_err());
        assert!(Username::parse("<script>").is_err());
        assert_eq!(Username::parse("Ana_X").unwrap().folded(), "ana_x");
    }

    #[test]
    fn a_username_is_derived_from_an_email() {
        assert_eq!(
            Username::from_email("ada.admin@example.org").as_str(),
            "ada_admin"
        );
        assert_eq!(Username::from_email("x@example.org").as_str(), "x__");
        assert_eq!(Username::from_email("").as_str(), "user");
        let long = Username::parse(&"a".repeat(50)).unwrap();
        assert_eq!(long.with_suffix(12).as_str().len(), 50);
        assert!(Username::parse(long.with_suffix(12).as_str()).is_ok());
    }

    #[test]
    fn ratings_are_1_to_5() {
        assert!(Rating::new(0).is_err());
        assert_eq!(Rating::new(5).unwrap().get(), 5);
        assert!(Rating::new(6).is_err());
    }

    #[test]
    fn slugs_from_text() {
        assert_eq!(
            Slug::from_text("Berlin Tool Library!").as_str(),
            "berlin-tool-library"
        );
        assert_eq!(Slug::from_text("  ").as_str(), "item");
        assert!(Slug::parse("a b").is_err());
    }

    #[test]
    fn coordinates_are_exact_millionths() {
        assert_eq!(
            parse_coordinate("latitude", "52.520008", 90),
            Ok(52_520_008)
        );
        assert_eq!(
            parse_coordinate("longitude", "-0.127758", 180),
            Ok(-127_758)
        );
        assert_eq!(parse_coordinate("latitude", "10", 90), Ok(10_000_000));
        assert!(parse_coordinate("latitude", "91", 90).is_err());
        assert!(parse_coordinate("latitude", "1.1234567", 90).is_err());
        assert!(parse_coordinate("latitude", "abc", 90).is_err());
        assert_eq!(format_coordinate(-127_758), "-0.127758");
        assert_eq!(format_coordinate(52_520_008), "52.520008");
    }

    #[test]
    fn emails_need_an_at_and_a_domain() {
        assert!(check_email("ana@example.org").is_ok());
        assert!(check_email("ana@localhost").is_err());
        assert!(check_email("ana example@x.org").is_err());
    }

    #[test]
    fn names_refuse_invisible_characters() {
        assert_eq!(
            check_name("first_name", " Ana María ", 150),
            Ok("Ana María".into())
        );
        assert_eq!(
            check_name("first_name", "Jürgen 山田", 150),
            Ok("Jürgen 山田".into())
        );
        for bad in [
            "ana\u{202E}nimda",
            "ad\u{200B}min",
            "\u{2066}x\u{2069}",
            "a\u{FEFF}",
            "a\u{200F}b",
            "line\nbreak",
            "nul\u{0}",
        ] {
            assert_eq!(
                check_name("last_name", bad, 150).unwrap_err().field,
                "last_name",
                "{bad:?}"
            );
        }
    }
}
