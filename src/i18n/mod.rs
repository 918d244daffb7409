//! The one translation layer (issue 19): every sentence a member reads is a message of a
//! Project Fluent catalog (`assets/locales/<tag>.ftl`, compiled into the binary), looked up by
//! its id in the viewer's language, with Fluent's plural rules.
//!
//! - [`text`]: a message without arguments. Each is formatted once per language at start-up
//!   and kept, so the page chrome costs a hash lookup, not a Fluent formatting.
//! - [`format`]: a message with arguments (counts choose plural forms).
//! - [`Lang::negotiate`]: a visitor's `Accept-Language` against the languages offered.
//!
//! A language is offered to visitors only once every page speaks it (see
//! [`FINISHED`]); a host may offer others earlier (`--languages`), knowing that pages not
//! translated yet stay in English.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub mod numbers;
pub mod phrase;

/// A language the site's messages are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Es,
    De,
    Ca,
    Fr,
    Pt,
}

/// Languages every page speaks: offered to visitors unless the host says otherwise. A new
/// language joins once none of its pages is left in English.
pub const FINISHED: &[Lang] = &Lang::ALL;

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Es, Lang::De, Lang::Ca, Lang::Fr, Lang::Pt];
    pub const COUNT: usize = Lang::ALL.len();

    /// Its IETF tag, as `<html lang>` and the cookie carry it.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::De => "de",
            Lang::Ca => "ca",
            Lang::Fr => "fr",
            Lang::Pt => "pt",
        }
    }

    /// The locale its catalog and its numbers and dates are written for. The catalogs'
    /// Portuguese is Portugal's, whose plural rules differ from Brazil's ("0 grupos", not
    /// "0 grupo") and whose dates too.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::Pt => "pt-PT",
            other => other.tag(),
        }
    }

    /// Its name in itself, as a language switcher lists it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::De => "Deutsch",
            Lang::Ca => "Català",
            Lang::Fr => "Français",
            Lang::Pt => "Português",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// The language of a tag's primary subtag (`es-MX` is Spanish), if the site has it.
    pub fn of_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(primary))
    }

    /// The best of `offered` for an `Accept-Language` header: the client's languages by their
    /// weight (`q`), the first that is offered; `None` when none is (or the header is
    /// garbage). `q=0` refuses a language.
    pub fn negotiate(accept: &str, offered: &[Lang]) -> Option<Lang> {
        // The best so far: the highest weight, the first of equals.
        let mut best: Option<(u16, Lang)> = None;
        for part in accept.split(',').take(32) {
            let mut pieces = part.split(';');
            let Some(lang) = pieces.next().and_then(Lang::of_tag) else {
                continue;
            };
            let mut weight = 1000;
            for p in pieces {
                let Some((k, v)) = p.trim().split_once('=') else {
                    continue;
                };
                if k.trim().eq_ignore_ascii_case("q") {
                    weight = v
                        .trim()
                        .parse::<f32>()
                        .map_or(0, |q| (q.clamp(0.0, 1.0) * 1000.0).round() as u16);
                }
            }
            let better = best.is_none_or(|(w, _)| weight > w);
            if weight > 0 && better && offered.contains(&lang) {
                best = Some((weight, lang));
            }
        }
        best.map(|(_, lang)| lang)
    }
}

// `Langs` holds a language a bit.
const _: () = assert!(Lang::COUNT <= 8);

/// A set of languages, in [`Lang::ALL`]'s order (what a site offers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Langs(u8);

impl Langs {
    pub fn of(langs: &[Lang]) -> Langs {
        Langs(langs.iter().fold(0, |bits, l| bits | 1 << l.index()))
    }

    pub fn contains(self, lang: Lang) -> bool {
        self.0 & 1 << lang.index() != 0
    }

    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Lang> {
        Lang::ALL.into_iter().filter(move |l| self.contains(*l))
    }
}

/// A language's catalog: Fluent's bundle, and each message without arguments formatted.
struct Catalog {
    bundle: FluentBundle<FluentResource>,
    plain: HashMap<String, String>,
}

/// The catalog files, by language.
fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../../assets/locales/en.ftl"),
        Lang::Es => include_str!("../../assets/locales/es.ftl"),
        Lang::De => include_str!("../../assets/locales/de.ftl"),
        Lang::Ca => include_str!("../../assets/locales/ca.ftl"),
        Lang::Fr => include_str!("../../assets/locales/fr.ftl"),
        Lang::Pt => include_str!("../../assets/locales/pt.ftl"),
    }
}

impl Catalog {
    fn load(lang: Lang) -> Catalog {
        // A catalog that does not parse fails the tests (`every_catalog_parses`): what does
        // parse is kept, so one bad message never takes a page down.
        let resource = FluentResource::try_new(source(lang).to_string()).unwrap_or_else(|(r, _)| r);
        let id = lang.locale().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Numbers in messages grouped as the language groups them (`numbers`).
        bundle.set_formatter(Some(number_formatter(lang)));
        // No Unicode isolation marks around arguments: they would show in titles, attributes
        // and the API. While every language is left to right none is needed; right-to-left
        // languages will want names wrapped in `<bdi>` by the pages.
        bundle.set_use_isolating(false);
        let ids: Vec<String> = message_ids(&resource);
        let _ = bundle.add_resource(resource);
        let mut plain = HashMap::new();
        for id in ids {
            let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors);
            if errors.is_empty() {
                plain.insert(id, text.into_owned());
            }
        }
        Catalog { bundle, plain }
    }
}

/// How a catalog's bundle writes numbers: whole ones as `numbers::number` does in `lang`, the
/// rest (none of the catalogs' so far) as Fluent does. A plain function per language, as
/// Fluent takes a function pointer.
fn number_formatter(
    lang: Lang,
) -> fn(&FluentValue<'_>, &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    fn whole<const L: usize>(
        value: &FluentValue<'_>,
        _: &intl_memoizer::concurrent::IntlLangMemoizer,
    ) -> Option<String> {
        match value {
            FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 9e15 => {
                Some(numbers::number(Lang::ALL[L], n.value as i64))
            }
            _ => None,
        }
    }
    match lang {
        Lang::En => whole::<0>,
        Lang::Es => whole::<1>,
        Lang::De => whole::<2>,
        Lang::Ca => whole::<3>,
        Lang::Fr => whole::<4>,
        Lang::Pt => whole::<5>,
    }
}

/// The ids of a resource's messages, in the file's order.
fn message_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

fn catalogs() -> &'static [Catalog] {
    static CATALOGS: OnceLock<Vec<Catalog>> = OnceLock::new();
    CATALOGS.get_or_init(|| Lang::ALL.into_iter().map(Catalog::load).collect())
}

/// Message `id` (one without arguments) in `lang`; English when `lang` lacks it, the id itself
/// when no catalog has it (both fail the tests).
pub fn text(lang: Lang, id: &str) -> &'static str {
    let all = catalogs();
    if let Some(t) = all[lang.index()].plain.get(id) {
        return t;
    }
    match all[Lang::En.index()].plain.get(id) {
        Some(t) => t,
        None => {
            tracing::warn!(
                id,
                lang = lang.tag(),
                "a message is missing from the catalogs"
            );
            "…"
        }
    }
}

/// An argument of a message.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

impl Arg<'static> {
    /// A count as a message's number (saturating: a count past `i64` reads as its greatest).
    pub fn count(n: impl TryInto<i64>) -> Arg<'static> {
        Arg::Number(n.try_into().unwrap_or(i64::MAX))
    }
}

/// Message `id` in `lang` with `args` (a number picks the plural form); English when `lang`
/// lacks it.
pub fn format(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let all = catalogs();
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(t) => fluent.set(*name, FluentValue::from(*t)),
            Arg::Number(n) => fluent.set(*name, FluentValue::from(*n)),
        }
    }
    for catalog in [&all[lang.index()], &all[Lang::En.index()]] {
        if let Some(pattern) = catalog.bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return catalog
                .bundle
                .format_pattern(pattern, Some(&fluent), &mut errors)
                .into_owned();
        }
    }
    tracing::warn!(
        id,
        lang = lang.tag(),
        "a message is missing from the catalogs"
    );
    "…".into()
}

#[cfg(test)]
mod tests;
