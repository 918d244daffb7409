//! Conversations: the two people of a loan write to each other on its page, and a member who
//! asks to join a group writes with the group's admins. Plain text only (links are found when
//! shown, never stored as markup). A loan's request message is its conversation's first
//! message; it stays on the loan and is shown first, so it is never stored twice.
//!
//! Nobody else reads a conversation, staff included. A party who finds a message abusive
//! reports it: the report keeps a copy of that one message with the reporter's note, and staff
//! read the copy (`Report`), never the conversation.

use crate::i18n::phrase::Phrase;
use rkyv::{Archive, Deserialize, Serialize};

use super::records::{LoanId, UserId};
use super::time::Millis;
use super::validate::{invalid, Invalid};

/// The longest message, in characters: a few paragraphs.
pub const MESSAGE_MAX: usize = 4000;
/// The longest note with a report.
pub const NOTE_MAX: usize = 1000;

/// Which conversation: a loan's, or a join request's (by the membership that asks).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Thread {
    Loan(LoanId),
    Join(u64),
}

impl Thread {
    /// As stored: (kind, id), the first two parts of every message's key.
    pub fn key(self) -> (u8, u64) {
        match self {
            Thread::Loan(l) => (0, l.0),
            Thread::Join(m) => (1, m),
        }
    }

    pub fn from_key((kind, id): (u8, u64)) -> Option<Thread> {
        match kind {
            0 => Some(Thread::Loan(LoanId(id))),
            1 => Some(Thread::Join(id)),
            _ => None,
        }
    }
}

/// One message, as stored under (thread kind, thread id, its number from 1).
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Message {
    pub author: UserId,
    pub body: String,
    pub created_at: Millis,
}

/// A reported message, as stored under (thread kind, thread id, number, reporter): one report
/// per message and reporter.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Report {
    /// The message's author and words as they were when reported.
    pub author: UserId,
    pub body: String,
    pub note: String,
    pub created_at: Millis,
    /// The staff member who dealt with it, once someone did.
    pub closed_by: Option<UserId>,
}

/// A message's words: trimmed, 1 to [`MESSAGE_MAX`] characters, no control characters other
/// than line breaks and tabs (which keep a message's shape), no direction overrides.
pub fn check_body(field: &'static str, text: &str, max: usize) -> Result<String, Invalid> {
    let t = text.trim();
    if t.is_empty() {
        return Err(invalid(field, Phrase::id("invalid-empty-message")));
    }
    if t.chars().count() > max {
        return Err(invalid(
            field,
            Phrase::id("invalid-too-long").number("max", max),
        ));
    }
    let hidden = |c: char| {
        (c.is_control() && c != '\n' && c != '\t' && c != '\r')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if t.chars().any(hidden) {
        return Err(invalid(field, Phrase::id("invalid-control-chars")));
    }
    Ok(t.replace("\r\n", "\n"))
}

/// A piece of a message as shown: plain words, or a web address to link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Link(&'a str),
}

/// Splits a message into words and links: only `http://` and `https://` addresses become links
/// (never `javascript:` or `data:`), and trailing punctuation stays outside the link, as a
/// reader means it ("see https://example.org."). The pieces cover the text exactly.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = next_link(rest) {
        let tail = &rest[start..];
        let end = tail
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"'))
            .unwrap_or(tail.len());
        let link = tail[..end].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'']);
        let scheme = if link.starts_with("https://") { 8 } else { 7 };
        if link.len() <= scheme {
            // A bare "https://": words, not a link.
            out.push(Piece::Text(&rest[..start + scheme]));
            rest = &rest[start + scheme..];
            continue;
        }
        if start > 0 {
            out.push(Piece::Text(&rest[..start]));
        }
        out.push(Piece::Link(link));
        rest = &rest[start + link.len()..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// Where the next `http://` or `https://` starts, at the start of a word (so
/// "xhttps://" is not one).
fn next_link(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find("http") {
        let at = from + i;
        let starts_word = text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '"' | '\'' | '<'));
        let scheme = &lower[at..];
        if starts_word && (scheme.starts_with("https://") || scheme.starts_with("http://")) {
            return Some(at);
        }
        from = at + 4;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_http_only_and_leave_punctuation_outside() {
        assert_eq!(
            pieces("see https://example.org/a?b=1. Thanks"),
            vec![
                Piece::Text("see "),
                Piece::Link("https://example.org/a?b=1"),
                Piece::Text(". Thanks"),
            ]
        );
        assert_eq!(
            pieces("javascript:alert(1) and data:text/html,x"),
            vec![Piece::Text("javascript:alert(1) and data:text/html,x")]
        );
        assert_eq!(
            pieces("(http://a.b)"),
            vec![
                Piece::Text("("),
                Piece::Link("http://a.b"),
                Piece::Text(")")
            ]
        );
        assert_eq!(pieces("xhttps://a.b"), vec![Piece::Text("xhttps://a.b")]);
        assert_eq!(
            pieces("https:// and HTTPS://Ex.org"),
            vec![
                Piece::Text("https://"),
                Piece::Text(" and "),
                Piece::Link("HTTPS://Ex.org")
            ]
        );
        let text = "a http://x.y\"<b>z https://é.pt/ç, end";
        let joined: String = pieces(text)
            .iter()
            .map(|p| match p {
                Piece::Text(t) | Piece::Link(t) => *t,
            })
            .collect();
        assert_eq!(joined, text, "the pieces cover the text exactly");
    }

    #[test]
    fn bodies_are_checked() {
        assert!(check_body("body", "  \n ", MESSAGE_MAX).is_err());
        assert!(check_body("body", &"a".repeat(MESSAGE_MAX + 1), MESSAGE_MAX).is_err());
        assert!(check_body("body", "evil \u{202E}txt", MESSAGE_MAX).is_err());
        assert!(check_body("body", "bell \u{7}", MESSAGE_MAX).is_err());
        assert_eq!(
            check_body("body", " line one\r\nline two\t! ", MESSAGE_MAX).unwrap(),
            "line one\nline two\t!"
        );
    }

    #[test]
    fn threads_round_trip_through_their_keys() {
        for t in [Thread::Loan(LoanId(7)), Thread::Join(9)] {
            assert_eq!(Thread::from_key(t.key()), Some(t));
        }
        assert_eq!(Thread::from_key((2, 1)), None);
    }
}
