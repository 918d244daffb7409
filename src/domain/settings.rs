//! The site's settings: a few texts the staff write (the name, a tagline, a welcome message)
//! and the creation limits of `limits`. Each is named once here; pages, the command and the
//! settings form ask this module for its stored key, its bound and its label.

use super::limits::{self, Limit};
use super::photo::Quota;
use super::validate::{invalid, Invalid};
use crate::i18n::Lang;

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

    /// The name its text in `lang` is stored (and posted) under (`site_name_es`): what
    /// members reading `lang` see instead of the text itself, when it is not empty.
    pub fn key_in(self, lang: Lang) -> &'static str {
        /// By text (in `ALL`'s order), then by language (in `Lang::ALL`'s).
        const KEYS: [[&str; Lang::COUNT]; 3] = [
            [
                "site_name_en",
                "site_name_es",
                "site_name_de",
                "site_name_ca",
                "site_name_fr",
                "site_name_pt",
            ],
            [
                "site_tagline_en",
                "site_tagline_es",
                "site_tagline_de",
                "site_tagline_ca",
                "site_tagline_fr",
                "site_tagline_pt",
            ],
            [
                "welcome_message_en",
                "welcome_message_es",
                "welcome_message_de",
                "welcome_message_ca",
                "welcome_message_fr",
                "welcome_message_pt",
            ],
        ];
        KEYS[self as usize][lang.index()]
    }
}

/// Any setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    Text(Text),
    /// A text as members reading one language see it (empty: the text itself).
    TextIn(Text, Lang),
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
            Setting::TextIn(t, lang) => t.key_in(lang),
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
            .or_else(|| {
                let mut pairs = Text::ALL
                    .into_iter()
                    .flat_map(|t| Lang::ALL.into_iter().map(move |l| (t, l)));
                pairs
                    .find(|(t, l)| t.key_in(*l) == key)
                    .map(|(t, l)| Setting::TextIn(t, l))
            })
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
            .chain(
                Text::ALL
                    .into_iter()
                    .flat_map(|t| Lang::ALL.into_iter().map(move |l| Setting::TextIn(t, l))),
            )
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
        .ok_or_else(|| invalid(field, crate::i18n::phrase::Phrase::id("invalid-language")))
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

    #[test]
    fn a_text_in_a_language_is_kept_under_the_texts_key_and_the_languages_tag() {
        for t in Text::ALL {
            for l in Lang::ALL {
                assert_eq!(t.key_in(l), format!("{}_{}", t.key(), l.tag()));
                assert_eq!(Setting::by_key(t.key_in(l)), Some(Setting::TextIn(t, l)));
            }
        }
    }
}
