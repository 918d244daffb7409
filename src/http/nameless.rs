//! Names in shared responses. A cached page or answer is built once for an anonymous visitor:
//! every member the privacy rules hide from them shows as "a member" (or `null` in JSON). Kept
//! beside the body are those places ([`Slots`]), each with the member and what it shows to a
//! viewer who may see them. A signed-in viewer gets the cached body as is when they may see
//! none of the hidden members (a check per hidden row), or a copy with their names put back:
//! one pass over the body, never a rebuild of the page.
//!
//! In HTML the places are found by markers (`<!--who-->`...`<!--/who-->`): maud escapes `<`
//! in every text it is given, so no member can write one.
//!
//! The same pass marks the viewer's own rows (a board's row is a member's: `<!--row-->`
//! before its `<tr>`): theirs gets `class="mine"`, so each member finds themselves on the
//! cached boards without the page being built for them.

use crate::i18n::{self, Lang};
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
const ROW: &str = "<!--row-->";
/// What the viewer's own row gets, just after its `<tr`.
const MINE: &str = " class=\"mine\"";

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

/// A member's row in a cached body: `at` is where its `<tr` starts.
#[derive(rkyv::Archive, rkyv::Serialize, rkyv::Deserialize, Debug, Clone, PartialEq)]
pub struct RowMark {
    pub at: u32,
    pub user: u64,
}

/// The hidden names of one cached body, and its members' rows, each in body order.
#[derive(rkyv::Archive, rkyv::Serialize, rkyv::Deserialize, Debug, Clone, Default, PartialEq)]
pub struct Slots {
    pub names: Vec<Slot>,
    pub rows: Vec<RowMark>,
}

/// What an anonymous visitor sees instead of a name.
pub fn a_member(lang: Lang) -> Markup {
    html! { span.nameless { (i18n::text(lang, "a-member")) } }
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
    /// The language of the body ("a member" in it).
    lang: Lang,
    hidden: RefCell<Vec<Hidden>>,
    rows: RefCell<Vec<UserId>>,
}

impl<'a, 's> Names<'a, 's> {
    /// `anonymous`: the audience the shared body is built for.
    pub fn new(anonymous: &'a Audience<'s>) -> Self {
        Self {
            anonymous,
            lang: Lang::En,
            hidden: RefCell::new(Vec::new()),
            rows: RefCell::new(Vec::new()),
        }
    }

    /// These names in a body in `lang`.
    pub fn speaking(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// Marks the table row that follows as `user`'s: put just before its `tr`.
    pub fn row(&self, user: UserId) -> Markup {
        self.rows.borrow_mut().push(user);
        PreEscaped(ROW.to_string())
    }

    /// `named` (a link, a name) when an anonymous visitor may see `user`, else a marked
    /// "a member" that a viewer who may see them gets `named` in place of.
    /// The snapshot the shared body is built from.
    pub fn snapshot(&self) -> &'s crate::store::read::Snapshot {
        self.anonymous.snapshot()
    }

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
        Ok(html! { (PreEscaped(OPEN)) (a_member(self.lang)) (PreEscaped(CLOSE)) })
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
        let mut rows = Vec::new();
        let mut from = 0;
        for user in self.rows.into_inner() {
            let Some(at) = body[from..].find(ROW).map(|i| from + i + ROW.len()) else {
                break;
            };
            if body[at..].starts_with("<tr") {
                rows.push(RowMark {
                    at: at as u32,
                    user: user.0,
                });
            }
            from = at;
        }
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
        Slots { names: slots, rows }
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
/// names and have no row in it (every anonymous visitor), else a copy with those names put
/// back and their own rows marked. `slots` are the entry's.
pub fn with_names(
    entry: &Arc<Entry>,
    slots: &ArchivedSlots,
    audience: &Audience<'_>,
) -> Result<Arc<Entry>, StoreError> {
    let Some(me) = audience.me() else {
        return Ok(entry.clone());
    };
    // Each edit replaces `start..end` of the body: a name put back, or `MINE` inserted.
    let mut edits: Vec<(usize, usize, &[u8])> = Vec::new();
    // A member is on several boards: each (member, rule) is judged once.
    let mut judged: HashMap<(u64, bool), bool> = HashMap::new();
    for slot in slots.names.iter() {
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
            let (start, end) = (
                slot.start.to_native() as usize,
                slot.end.to_native() as usize,
            );
            edits.push((start, end, slot.shown.as_bytes()));
        }
    }
    for row in slots.rows.iter().filter(|r| r.user.to_native() == me.0) {
        let at = row.at.to_native() as usize + "<tr".len();
        edits.push((at, at, MINE.as_bytes()));
    }
    if edits.is_empty() {
        return Ok(entry.clone());
    }
    edits.sort_by_key(|e| e.0);
    let extra: usize = edits.iter().map(|e| e.2.len()).sum();
    let mut body = BytesMut::with_capacity(entry.body.len() + extra);
    // The body is the cached one with these edits: its ETag is the cached one and which
    // edits, without hashing the whole body again.
    let mut which = crate::cache::Fnv64::default();
    let mut at = 0usize;
    for (start, end, text) in edits {
        which.write(&(start as u32).to_le_bytes());
        which.write(&[u8::from(start == end)]);
        body.put_slice(&entry.body[at..start]);
        body.put_slice(text);
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
