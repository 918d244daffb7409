//! Sentences with markup inside: "The item is free, and 2 members are waiting for it: <a>Ana</a>
//! asked first." Such a sentence is one message of the catalogs, so each language may put the
//! link where its grammar wants it; the page's markup (a link, a pill, a date) goes in as an
//! argument.
//!
//! Every argument but a number or a key is handed to Fluent as a marker of private-use characters and
//! put back after formatting: markup as it is (maud made it, escaped), text escaped. The only
//! characters left outside markers are the catalog's own, so a member's name can never pose as
//! markup or as a marker.

use maud::{html, Markup, PreEscaped};

use crate::i18n::{self, Arg, Lang};

/// An argument of a sentence.
pub enum Part<'a> {
    /// Plain text, escaped.
    Text(&'a str),
    /// A number: chooses plural forms, formatted by Fluent.
    Number(i64),
    /// Markup made by the page (a link, a pill, a `<time>`).
    Markup(Markup),
    /// A variant's key for the message to choose by (`[you]`): one of the page's own words,
    /// never a member's text, handed to Fluent as it is.
    Key(&'static str),
}

impl Part<'static> {
    /// A count as a number (saturating, as `Arg::count`).
    pub fn count(n: impl TryInto<i64>) -> Part<'static> {
        Part::Number(n.try_into().unwrap_or(i64::MAX))
    }
}

/// Opens and closes an argument's marker; both are private-use characters no catalog holds.
const OPEN: char = '\u{F8F0}';
const CLOSE: char = '\u{F8F1}';

/// Message `id` in `lang` as markup, its arguments put in their places.
pub fn sentence(lang: Lang, id: &str, parts: &[(&str, Part<'_>)]) -> Markup {
    let markers: Vec<String> = (0..parts.len())
        .map(|i| format!("{OPEN}{i}{CLOSE}"))
        .collect();
    let args: Vec<(&str, Arg<'_>)> = parts
        .iter()
        .zip(&markers)
        .map(|((name, part), marker)| {
            let arg = match part {
                Part::Number(n) => Arg::Number(*n),
                Part::Key(k) => Arg::Text(k),
                Part::Text(_) | Part::Markup(_) => Arg::Text(marker),
            };
            (*name, arg)
        })
        .collect();
    let formatted = i18n::format(lang, id, &args);
    let mut out = String::with_capacity(formatted.len() + 64);
    let mut rest = formatted.as_str();
    while let Some(open) = rest.find(OPEN) {
        out.push_str(&html! { (&rest[..open]) }.into_string());
        let after = &rest[open + OPEN.len_utf8()..];
        let Some(close) = after.find(CLOSE) else {
            rest = after;
            break;
        };
        match after[..close]
            .parse::<usize>()
            .ok()
            .and_then(|i| parts.get(i))
        {
            Some((_, Part::Markup(m))) => out.push_str(&m.0),
            Some((_, Part::Text(t))) => out.push_str(&html! { (t) }.into_string()),
            _ => {}
        }
        rest = &after[close + CLOSE.len_utf8()..];
    }
    out.push_str(&html! { (rest) }.into_string());
    // Catalog text and text arguments are escaped above; markup arguments were made by maud.
    PreEscaped(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_goes_in_as_it_is_and_text_is_escaped() {
        let link = html! { a href="/users/ana" { "Ana <3" } };
        let said = sentence(
            Lang::En,
            "loans-waiting-item",
            &[
                ("item", Part::Markup(link)),
                ("count", Part::Number(2)),
                ("person", Part::Text("<b>Bo</b> \u{F8F0}0\u{F8F1}")),
            ],
        )
        .into_string();
        assert_eq!(
            said,
            "<a href=\"/users/ana\">Ana &lt;3</a> is free, and 2 members are waiting for it: \
             &lt;b&gt;Bo&lt;/b&gt; \u{F8F0}0\u{F8F1} asked first."
        );
    }

    #[test]
    fn other_languages_place_the_markup_where_their_grammar_wants_it() {
        let said = sentence(
            Lang::De,
            "loans-waiting-item",
            &[
                ("item", Part::Markup(html! { i { "Bohrer" } })),
                ("count", Part::Number(1)),
                ("person", Part::Markup(html! { b { "Ana" } })),
            ],
        )
        .into_string();
        assert!(
            said.contains("<i>Bohrer</i>") && said.contains("<b>Ana</b>"),
            "{said}"
        );
        assert!(!said.contains('\u{F8F0}'), "{said}");
    }
}
