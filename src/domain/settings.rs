//! The site's settings: a few texts the staff write (the name, a tagline, a welcome message)
//! and the creation limits of `limits`. Each is named once here; pages, the command and the
//! settings form ask this module for its stored key, its bound and its label.

use super::limits::{self, Limit};
use super::photo::Quota;
use super::validate::{invalid, Invalid};

/// A text setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Text {
    /// In the menu and page titles ("Comuniza" when empty).
    SiteName,
    /// Under the name on the home page.
    Tagline,
    /// Paragraphs on the home page.
    WelcomeMessage,
}

impl Text {
    pub const ALL: [Text; 3] = [Text::SiteName, Text::Tagline, Text::WelcomeMessage];

    /// The name it is stored (and posted) under.
    pub fn key(self) -> &'static str {
        match self {
            Text::SiteName => "site_name",
            Text::Tagline => "site_tagline",
            Text::WelcomeMessage => "welcome_message",
        }
    }

    /// The longest value, in characters.
    pub fn max_chars(self) -> usize {
        match self {
            Text::SiteName => 100,
            Text::Tagline => 200,
            Text::WelcomeMessage => 2000,
        }
    }

    /// The settings form's label.
    pub fn label(self) -> &'static str {
        match self {
            Text::SiteName => "Site name (in the menu and page titles; empty: Comuniza)",
            Text::Tagline => "Tagline (under the name on the home page)",
            Text::WelcomeMessage => "Welcome message (on the home page)",
        }
    }
}

/// Any setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    Text(Text),
    Limit(Limit),
    /// The IANA name of the zone the site's dates and times are shown in (`zone`); a member
    /// may choose their own.
    TimeZone,
    /// What photos may take, per member and in all (`photo`).
    Quota(Quota),
    /// The tag of the language pages speak when a visitor's browser asks for none the site
    /// offers (`i18n`).
    Language,
}

impl Setting {
    /// The name it is stored (and posted) under.
    pub fn key(self) -> &'static str {
        match self {
            Setting::Text(t) => t.key(),
            Setting::Limit(l) => l.setting,
            Setting::TimeZone => "time_zone",
            Setting::Quota(q) => q.key(),
            Setting::Language => "language",
        }
    }

    /// The setting stored under `key`, if there is one.
    pub fn by_key(key: &str) -> Option<Setting> {
        Text::ALL
            .into_iter()
            .find(|t| t.key() == key)
            .map(Setting::Text)
            .or_else(|| Limit::by_setting(key).map(Setting::Limit))
            .or_else(|| (key == Setting::TimeZone.key()).then_some(Setting::TimeZone))
            .or_else(|| Quota::by_key(key).map(Setting::Quota))
            .or_else(|| (key == Setting::Language.key()).then_some(Setting::Language))
    }

    /// Every setting, texts first.
    pub fn all() -> impl Iterator<Item = Setting> {
        Text::ALL
            .into_iter()
            .map(Setting::Text)
            .chain([Setting::TimeZone, Setting::Language])
            .chain(limits::ALL.into_iter().map(Setting::Limit))
            .chain(Quota::ALL.into_iter().map(Setting::Quota))
    }
}

/// A language setting's value: the tag of a language the site has messages in, or empty
/// (none chosen).
pub fn check_language(field: &'static str, tag: &str) -> Result<String, Invalid> {
    if tag.trim().is_empty() {
        return Ok(String::new());
    }
    crate::i18n::Lang::of_tag(tag)
        .filter(|l| l.tag().eq_ignore_ascii_case(tag.trim()))
        .map(|l| l.tag().to_string())
        .ok_or_else(|| invalid(field, "choose a language from the list"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_setting_is_found_by_its_own_key_and_no_other() {
        let keys: Vec<&str> = Setting::all().map(Setting::key).collect();
        let mut unique = keys.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), keys.len(), "keys are unique: {keys:?}");
        for s in Setting::all() {
            assert_eq!(Setting::by_key(s.key()), Some(s));
        }
        assert_eq!(
            Setting::by_key("site_name"),
            Some(Setting::Text(Text::SiteName))
        );
        assert_eq!(
            Setting::by_key("limit_items_per_day"),
            Some(Setting::Limit(limits::ITEMS))
        );
        assert_eq!(Setting::by_key("no_such_setting"), None);
    }
}
