//! What an error says, kept as a message id and its arguments until the language of whoever
//! reads it is known: the rules refuse a command long before the page or the JSON answer that
//! shows why is written. There is no conversion from a string: the site's own words are
//! always a message id, so none can bypass the catalogs. `Plain` is only for text the site did
//! not write (the text of the web framework's own rejections), shown as it is.

use std::fmt;

use super::{format, Arg, Lang};

/// One argument of a phrase, owned (a phrase outlives the values it was made from).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Number(i64),
    /// A phrase within the phrase (why a field was refused), said in the same language.
    Said(Box<Phrase>),
}

/// A message of the catalogs with its arguments, or text not in them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phrase {
    Said(&'static str, Vec<(&'static str, Value)>),
    Plain(String),
}

impl Phrase {
    /// Message `id` without arguments.
    pub fn id(id: &'static str) -> Phrase {
        Phrase::Said(id, Vec::new())
    }

    /// Message `id` with a text argument added.
    pub fn text(self, name: &'static str, value: impl Into<String>) -> Phrase {
        self.with(name, Value::Text(value.into()))
    }

    /// Message `id` with a number argument added (saturating, as `Arg::count`).
    pub fn number(self, name: &'static str, n: impl TryInto<i64>) -> Phrase {
        self.with(name, Value::Number(n.try_into().unwrap_or(i64::MAX)))
    }

    /// Message `id` with another phrase as an argument.
    pub fn phrase(self, name: &'static str, inner: Phrase) -> Phrase {
        self.with(name, Value::Said(Box::new(inner)))
    }

    fn with(self, name: &'static str, value: Value) -> Phrase {
        match self {
            Phrase::Said(id, mut args) => {
                args.push((name, value));
                Phrase::Said(id, args)
            }
            plain => plain,
        }
    }

    /// The phrase as `lang` says it.
    pub fn in_lang(&self, lang: Lang) -> String {
        match self {
            Phrase::Said(id, args) => {
                // Phrases within are said first, in the same language.
                let inner: Vec<String> = args
                    .iter()
                    .map(|(_, v)| match v {
                        Value::Said(p) => p.in_lang(lang),
                        _ => String::new(),
                    })
                    .collect();
                let args: Vec<(&str, Arg<'_>)> = args
                    .iter()
                    .zip(&inner)
                    .map(|((name, v), said)| {
                        let arg = match v {
                            Value::Text(t) => Arg::Text(t),
                            Value::Number(n) => Arg::Number(*n),
                            Value::Said(_) => Arg::Text(said),
                        };
                        (*name, arg)
                    })
                    .collect();
                format(lang, id, &args)
            }
            Phrase::Plain(text) => text.clone(),
        }
    }
}

/// English: logs, and whoever the language of is not known.
impl fmt::Display for Phrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_is_said_in_the_readers_language_and_plain_text_as_it_is() {
        let p = Phrase::id("groups-members").number("count", 3);
        assert_eq!(p.in_lang(Lang::En), "3 members");
        assert_eq!(p.in_lang(Lang::De), "3 Mitglieder");
        assert_eq!(p.to_string(), "3 members");
        let plain = Phrase::Plain("the item is lent".into());
        assert_eq!(plain.in_lang(Lang::Es), "the item is lent");
        assert_eq!(
            plain.clone().number("count", 1),
            plain,
            "plain text takes no arguments"
        );
    }
}
