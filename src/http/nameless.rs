//! Names in shared responses. A cached page or answer is built once for an anonymous visitor:
//! every member the privacy rules hide from them shows as "a member" (or `null` in JSON). Kept
//! beside the body are those places ([`Slots`]), each with the member and what it shows to a
//! viewer who may see them. A signed-in viewer gets the cached body as is when they may see
//! none of the hidden members (a check per hidden row), or a copy with their names put back:
//! one pass over the body, never a rebuild of the page.
//!
//! In HTML the places are found by markers (`<!--who-->`...`<!--/who-->`): maud escapes `<`
//! in every text it is given, so no member can write one.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use std::hash::Hasher;

use bytes::{BufMut, BytesMut};
use maud::{html, Markup, PreEscaped};

use crate::cache::Entry;
use crate::domain::privacy::ProfilePrivacy;
use crate::domain::records::UserId;
use crate::store::codec::Stored;
use crate::store::StoreError;
use crate::views::audience::Audience;

const OPEN: &str = "<!--who-->";
const CLOSE: &str = "<!--/who-->";

/// Which rule hides a name: the profile rule, or the boards' (which adds "leave me off").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    Profile,
    Boards,
}

impl Rule {
    fn names(
        self,
        audience: &Audience<'_>,
        user: UserId,
        privacy: ProfilePrivacy,
    ) -> Result<bool, StoreError> {
        audience.names_with(user, privacy, self == Rule::Boards)
    }
}

/// One hidden name in a cached body: bytes `start..end` show it to whoever may see `user`
/// as `shown`.
#[derive(rkyv::Archive, rkyv::Serialize, rkyv::Deserialize, Debug, Clone, PartialEq)]
pub struct Slot {
    pub start: u32,
    pub end: u32,
    pub user: u64,
    pub on_boards: bool,
    /// The member's privacy when the body was built (`ProfilePrivacy::packed`; a change of it
    /// evicts the body), so that judging a viewer reads nothing more of it.
    pub privacy: u8,
    pub shown: String,
}

/// The hidden names of one cached body, in body order.
#[derive(rkyv::Archive, rkyv::Serialize, rkyv::Deserialize, Debug, Clone, Default, PartialEq)]
pub struct Slots(pub Vec<Slot>);

/// What an anonymous visitor sees instead of a name.
pub fn a_member() -> Markup {
    html! { span.nameless { "a member" } }
}

/// A hidden name met while rendering: where it is (JSON knows at once; HTML finds its marker
/// once the page is rendered).
struct Hidden {
    user: UserId,
    rule: Rule,
    privacy: ProfilePrivacy,
    shown: String,
    range: Option<(u32, u32)>,
}

impl Hidden {
    fn slot(self, (start, end): (u32, u32)) -> Slot {
        Slot {
            start,
            end,
            user: self.user.0,
            on_boards: self.rule == Rule::Boards,
            privacy: self.privacy.packed(),
            shown: self.shown,
        }
    }
}

/// Collects the hidden names while a shared body is rendered.
pub struct Names<'a, 's> {
    anonymous: &'a Audience<'s>,
    hidden: RefCell<Vec<Hidden>>,
}

impl<'a, 's> Names<'a, 's> {
    /// `anonymous`: the audience the shared body is built for.
    pub fn new(anonymous: &'a Audience<'s>) -> Self {
        Self {
            anonymous,
            hidden: RefCell::new(Vec::new()),
        }
    }

    /// `named` (a link, a name) when an anonymous visitor may see `user`, else a marked
    /// "a member" that a viewer who may see them gets `named` in place of.
    pub fn html(&self, user: UserId, rule: Rule, named: Markup) -> Result<Markup, StoreError> {
        let privacy = self.anonymous.privacy_of(user)?;
        if rule.names(self.anonymous, user, privacy)? {
            return Ok(named);
        }
        self.hidden.borrow_mut().push(Hidden {
            user,
            rule,
            privacy,
            shown: named.into_string(),
            range: None,
        });
        Ok(html! { (PreEscaped(OPEN)) (a_member()) (PreEscaped(CLOSE)) })
    }

    /// Appends a JSON value to `out`: `shown` when an anonymous visitor may see `user`, else
    /// `hidden`, recording the place for viewers who may.
    pub fn json(
        &self,
        out: &mut String,
        user: UserId,
        rule: Rule,
        shown: String,
        hidden: &str,
    ) -> Result<(), StoreError> {
        let privacy = self.anonymous.privacy_of(user)?;
        if rule.names(self.anonymous, user, privacy)? {
            out.push_str(&shown);
            return Ok(());
        }
        let start = out.len() as u32;
        out.push_str(hidden);
        self.hidden.borrow_mut().push(Hidden {
            user,
            rule,
            privacy,
            shown,
            range: Some((start, out.len() as u32)),
        });
        Ok(())
    }

    /// The places of the hidden names in the finished `body`: recorded (JSON), or found by
    /// their markers in order (HTML).
    pub fn slots(self, body: &str) -> Slots {
        let mut slots = Vec::new();
        let mut from = 0;
        for h in self.hidden.into_inner() {
            if let Some(range) = h.range {
                slots.push(h.slot(range));
                continue;
            }
            let Some(open) = body[from..].find(OPEN).map(|i| from + i) else {
                break;
            };
            let Some(close) = body[open..].find(CLOSE).map(|i| open + i + CLOSE.len()) else {
                break;
            };
            slots.push(h.slot((open as u32, close as u32)));
            from = close;
        }
        Slots(slots)
    }
}

/// The entry as `audience` sees it, for an entry that keeps its `Slots` beside it (and
/// nothing else).
pub fn for_viewer(entry: &Arc<Entry>, audience: &Audience<'_>) -> Result<Arc<Entry>, StoreError> {
    if audience.is_anonymous() {
        return Ok(entry.clone());
    }
    with_names(entry, Slots::access(&entry.snapshot)?, audience)
}

/// The entry as `audience` sees it: the cached one when they may see none of its hidden
/// names (every anonymous visitor), else a copy with those names put back. `slots` are the
/// entry's.
pub fn with_names(
    entry: &Arc<Entry>,
    slots: &ArchivedSlots,
    audience: &Audience<'_>,
) -> Result<Arc<Entry>, StoreError> {
    if audience.is_anonymous() || slots.0.is_empty() {
        return Ok(entry.clone());
    }
    let mut named = Vec::new();
    // A member is on several boards: each (member, rule) is judged once.
    let mut judged: HashMap<(u64, bool), bool> = HashMap::new();
    for slot in slots.0.iter() {
        let (user, on_boards) = (slot.user.to_native(), slot.on_boards);
        let shown = match judged.get(&(user, on_boards)) {
            Some(&shown) => shown,
            None => {
                let privacy = ProfilePrivacy::unpacked(slot.privacy);
                let shown = audience.names_with(UserId(user), privacy, on_boards)?;
                judged.insert((user, on_boards), shown);
                shown
            }
        };
        if shown {
            named.push(slot);
        }
    }
    if named.is_empty() {
        return Ok(entry.clone());
    }
    let mut body = BytesMut::with_capacity(entry.body.len() + 64 * named.len());
    // The body is the cached one with these slots named: its ETag is the cached one and
    // which slots, without hashing the whole body again.
    let mut which = crate::cache::Fnv64::default();
    let mut at = 0usize;
    for slot in named {
        which.write(&slot.start.to_native().to_le_bytes());
        let (start, end) = (
            slot.start.to_native() as usize,
            slot.end.to_native() as usize,
        );
        body.put_slice(&entry.body[at..start]);
        body.put_slice(slot.shown.as_bytes());
        at = end;
    }
    body.put_slice(&entry.body[at..]);
    let etag = format!(
        "{}-n{:016x}\"",
        entry.etag.trim_end_matches('"'),
        which.finish()
    );
    Ok(Arc::new(Entry::tagged(entry.seq, body.freeze(), etag)))
}
