//! Posted forms: the [`Posted`] extractor checks the CSRF token of every form before a handler
//! sees it, and [`Form`] reads fields by name with clear messages for bad values. Forms are read
//! as name/value pairs (not into structs) because a field may repeat (an item's groups) and a
//! bad number must come back as a message on the form, not a rejection.

use crate::i18n::phrase::Phrase;
use std::str::FromStr;

use axum::extract::{FromRef, FromRequest, Request};
use axum::http::header;
use bytes::Bytes;

use super::error::AppError;
use super::session::{Viewer, Who};
use super::state::App;
use crate::auth::secret;
use crate::domain::validate::{invalid, Invalid};

/// The fields of a submitted form, in order.
#[derive(Debug, Clone, Default)]
pub struct Form {
    pairs: Vec<(String, String)>,
}

/// A form body that is not text: its bytes, once decoded, are not UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "the form holds text that is not valid UTF-8 (a character this site cannot read); nothing \
     was changed. Please type it again and send the form from its page"
)]
pub struct NotText;

/// One name or value of an `application/x-www-form-urlencoded` body, decoded (`+` is a
/// space); `Err` when the bytes it spells are not UTF-8. (`form_urlencoded::parse` would
/// replace them with U+FFFD and store that.)
fn decode(part: &[u8]) -> Result<String, NotText> {
    let spaced: Vec<u8> = part
        .iter()
        .map(|&b| if b == b'+' { b' ' } else { b })
        .collect();
    let bytes: Vec<u8> = percent_encoding::percent_decode(&spaced).collect();
    String::from_utf8(bytes).map_err(|_| NotText)
}

impl Form {
    /// The pairs of a posted body; refused whole if any of it is not UTF-8 text.
    pub fn parse(body: &[u8]) -> Result<Form, NotText> {
        let mut pairs = Vec::new();
        for pair in body.split(|&b| b == b'&').filter(|p| !p.is_empty()) {
            let (name, value) = match pair.iter().position(|&b| b == b'=') {
                Some(i) => (&pair[..i], &pair[i + 1..]),
                None => (pair, &b""[..]),
            };
            pairs.push((decode(name)?, decode(value)?));
        }
        Ok(Form { pairs })
    }

    /// The first value of a field, or "" when absent.
    pub fn text(&self, name: &str) -> &str {
        self.get(name).unwrap_or("")
    }

    /// A form filled from pairs, so that records and posted forms render through the same code.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Form {
        Form {
            pairs: pairs
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }

    /// The first value of a field, or `None` when the form does not have it.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of a repeated field (checkboxes, multiple selects).
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.pairs
            .iter()
            .filter(move |(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Refuses a form whose `csrf` field is not the viewer's token (every form carries it),
    /// as pages send it (masked) or as it is.
    pub fn check_csrf(&self, viewer: &Viewer) -> Result<(), AppError> {
        let sent = self.text("csrf");
        let same = |t: &str| secret::same(t, &viewer.csrf);
        if viewer.csrf.is_empty()
            || !(same(sent) || secret::unmasked(sent).is_some_and(|t| same(&t)))
        {
            return Err(AppError::bad_csrf());
        }
        Ok(())
    }

    /// A checkbox: present and not "false"/"0"/"off".
    pub fn flag(&self, name: &str) -> bool {
        self.pairs
            .iter()
            .any(|(k, v)| k == name && !matches!(v.as_str(), "false" | "0" | "off"))
    }

    /// A required number (trimmed).
    pub fn number<T: FromStr>(&self, name: &'static str) -> Result<T, Invalid> {
        self.text(name)
            .trim()
            .parse()
            .map_err(|_| invalid(name, Phrase::id("invalid-whole-number")))
    }

    /// A number that may be left empty.
    pub fn optional_number<T: FromStr>(&self, name: &'static str) -> Result<Option<T>, Invalid> {
        match self.text(name).trim() {
            "" => Ok(None),
            _ => self.number(name).map(Some),
        }
    }

    /// Every value of a repeated numeric field (ids).
    pub fn numbers<T: FromStr>(&self, name: &'static str) -> Result<Vec<T>, Invalid> {
        self.all(name)
            .filter(|v| !v.trim().is_empty())
            .map(|v| {
                v.trim()
                    .parse()
                    .map_err(|_| invalid(name, Phrase::id("invalid-whole-number")))
            })
            .collect()
    }

    /// A choice given as its string form (`Condition::parse` and the like).
    pub fn choice<T>(
        &self,
        name: &'static str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Result<T, Invalid> {
        parse(self.text(name).trim()).ok_or_else(|| invalid(name, Phrase::id("invalid-choice")))
    }
}

/// A form posted by a browser, its CSRF token checked against the viewer's, from someone
/// `W` admits (anyone, a member, staff: see [`Who`]).
/// Destructured in the handler's arguments: `Posted(Member { viewer: v, me }, form)`.
#[derive(Debug)]
pub struct Posted<W = Viewer>(pub W, pub Form);

impl<S, W> FromRequest<S> for Posted<W>
where
    App: FromRef<S>,
    S: Send + Sync,
    W: Who + Send,
{
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Posted<W>, AppError> {
        let is_form = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !is_form {
            return Err(AppError::UnsupportedMedia(crate::i18n::phrase::Phrase::id(
                "bad-form-type",
            )));
        }
        let (mut parts, body) = req.into_parts();
        let viewer =
            <Viewer as axum::extract::FromRequestParts<S>>::from_request_parts(&mut parts, state)
                .await?;
        let req = Request::from_parts(parts, body);
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|e| AppError::body_unreadable(&e, e.status()))?;
        let form = Form::parse(&bytes)
            .map_err(|_| AppError::bad_request(crate::i18n::phrase::Phrase::id("bad-form-text")))?;
        form.check_csrf(&viewer)?;
        Ok(Posted(W::admit(viewer)?, form))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_is_not_utf8_is_refused_and_never_replaced() {
        assert_eq!(Form::parse(b"name=%FF%FE").unwrap_err(), NotText);
        assert_eq!(Form::parse(b"%C3=x").unwrap_err(), NotText);
        assert_eq!(Form::parse(b"a=ok&b=caf%E9").unwrap_err(), NotText);
        // Real UTF-8, and U+FFFD typed on purpose, are kept as sent.
        let f = Form::parse(b"name=caf%C3%A9&mark=%EF%BF%BD&plain=a+b%2Bc").unwrap();
        assert_eq!(f.text("name"), "café");
        assert_eq!(f.text("mark"), "\u{FFFD}");
        assert_eq!(f.text("plain"), "a b+c");
        assert_eq!(Form::parse(b"").unwrap().get("x"), None);
        assert_eq!(Form::parse(b"flag&x=").unwrap().get("flag"), Some(""));
    }

    #[test]
    fn fields_by_name_repeated_and_typed() {
        let f = Form::parse(b"title=Drill+%26+bits&groups=3&groups=7&n=12&bad=x&flag=on&off=0")
            .unwrap();
        assert_eq!(f.text("title"), "Drill & bits");
        assert_eq!(f.text("missing"), "");
        assert_eq!(f.numbers::<u64>("groups").unwrap(), vec![3, 7]);
        assert_eq!(f.number::<u32>("n").unwrap(), 12);
        assert_eq!(f.number::<u32>("bad").unwrap_err().field, "bad");
        assert_eq!(f.optional_number::<u32>("missing").unwrap(), None);
        assert!(f.flag("flag"));
        assert!(!f.flag("off"));
        assert!(!f.flag("missing"));
    }
}
