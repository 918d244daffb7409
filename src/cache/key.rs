//! What L1 stores and under which name: [`ViewKey`], its [`Segment`], the immutable [`Entry`]
//! and the process-independent FNV-1a hash used for ETags and eviction slots.

use std::hash::{Hash, Hasher};
use std::sync::OnceLock;

use bytes::Bytes;

use super::forms::Forms;
use crate::i18n::Lang;

/// The name of one cached view. Personal data is never a key of its own page (DESIGN rule 4):
/// `User` is the public profile, the viewer's part is composed per request.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ViewKey {
    /// Map data: every location with its aggregates.
    Locations,
    /// The list of all badges with their totals.
    BadgeList,
    /// The top-N of the four leaderboards.
    Leaderboards,
    /// One badge's detail page, by slug.
    Badge(String),
    /// One user's public profile, by lower-cased username.
    User(String),
    /// The home page's shared part: counts, newest items, top of the boards, the map.
    Home,
    /// The first page of the public item list.
    ItemList,
    /// The top-N of the boards of a scope (the site: 0, or a group's id) in a period (its
    /// kind's code and first day: `views::periods::Slot`) or a group's all time.
    Boards { scope: u64, period: u8, start: i32 },
    /// The HTML rendering of a view (the key above holds its JSON) in one language: evicted
    /// with it, in every language.
    Html(Box<ViewKey>, Lang),
}

impl ViewKey {
    /// The key of a user's profile; lower-cases so `Ana` and `ana` share one entry.
    /// A profile's key: usernames are unique ignoring ASCII case, as the index folds them.
    pub fn user(username: &str) -> Self {
        Self::User(username.to_ascii_lowercase())
    }

    /// Which LRU the key lives in: few, much-read pages must not be pushed out by the long tail
    /// of profiles, so each popularity class gets its own capacity.
    /// The HTML twin of this view, in `lang`.
    pub fn html(self, lang: Lang) -> Self {
        Self::Html(Box::new(self), lang)
    }

    pub fn segment(&self) -> Segment {
        match self {
            Self::Html(inner, _) => inner.segment(),
            Self::Locations
            | Self::BadgeList
            | Self::Leaderboards
            | Self::Home
            | Self::ItemList => Segment::Hot,
            Self::Boards { scope, .. } if *scope == crate::views::periods::SITE => Segment::Hot,
            Self::Badge(_) | Self::Boards { .. } => Segment::Warm,
            Self::User(_) => Segment::Cold,
        }
    }
}

/// One independently sized part of L1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Segment {
    Hot,
    Warm,
    Cold,
}

impl Segment {
    pub const ALL: [Segment; 3] = [Segment::Hot, Segment::Warm, Segment::Cold];

    pub fn as_str(self) -> &'static str {
        match self {
            Segment::Hot => "hot",
            Segment::Warm => "warm",
            Segment::Cold => "cold",
        }
    }

    pub(crate) fn index(self) -> usize {
        match self {
            Segment::Hot => 0,
            Segment::Warm => 1,
            Segment::Cold => 2,
        }
    }
}

/// A ready response and the view it was rendered from. Immutable once built and shared as
/// `Arc<Entry>`, so a reader never holds a lock (or a redb guard) while writing it out.
#[derive(Debug, PartialEq, Eq)]
pub struct Entry {
    /// Commit sequence that was current before the snapshot this entry was read from was opened.
    pub seq: u64,
    /// The response body as sent.
    pub body: Bytes,
    /// Strong ETag of `body`, quoted: `"0123456789abcdef"`.
    pub etag: String,
    /// rkyv bytes of the view, for composing personal parts; may be empty.
    pub snapshot: Bytes,
    /// `body` compressed, each form made by the first request that takes it.
    forms: Forms,
    /// The whole page a visitor gets around `body` (an HTML fragment, in the language of its
    /// key), made at the first visitor's request: the page chrome is the same for every
    /// visitor.
    page: OnceLock<Page>,
    /// Whether whole pages are kept ([`Entry::keeping_pages`]).
    keeps_pages: bool,
}

/// A whole page built around a cached fragment, with its compressed forms.
#[derive(Debug, PartialEq, Eq)]
pub struct Page {
    /// The page's ETag: it names the chrome it was built with, so a request whose chrome
    /// differs (a flash message) builds its own.
    pub etag: String,
    pub body: Bytes,
    pub forms: Forms,
}

impl Entry {
    pub fn new(seq: u64, body: Bytes, snapshot: Bytes) -> Self {
        let etag = etag_of(&body);
        Self {
            seq,
            body,
            etag,
            snapshot,
            forms: Forms::default(),
            page: OnceLock::new(),
            keeps_pages: false,
        }
    }

    /// An entry whose ETag is known without hashing its body (a cached body with a known
    /// change, as `http::nameless` makes: the cached ETag and which names were put back).
    pub fn tagged(seq: u64, body: Bytes, etag: String) -> Self {
        Self {
            seq,
            body,
            etag,
            snapshot: Bytes::new(),
            forms: Forms::default(),
            page: OnceLock::new(),
            keeps_pages: false,
        }
    }

    /// `body`'s compressed forms (see [`Forms::pick`]).
    pub fn forms(&self) -> &Forms {
        &self.forms
    }

    /// An entry that keeps the visitors' whole page beside its fragment: for the few, much-read
    /// pages. The long tail (profiles: tens of thousands) keeps fragments only, so L1's memory
    /// stays what its entry counts allow.
    pub fn keeping_pages(mut self) -> Self {
        self.keeps_pages = true;
        self
    }

    /// The visitors' page around this fragment, built by `build` once; `None` when the one
    /// built is for another chrome than `etag`'s, or this entry keeps no pages.
    pub fn page(&self, etag: &str, build: impl FnOnce() -> Bytes) -> Option<&Page> {
        if !self.keeps_pages {
            return None;
        }
        let page = self.page.get_or_init(|| Page {
            etag: etag.to_string(),
            forms: Forms::default(),
            body: build(),
        });
        (page.etag == etag).then_some(page)
    }

    /// Bytes this entry keeps resident, as counted by the segment metrics (its compressed
    /// forms and visitors' page, made later, are not counted).
    pub fn size(&self) -> u64 {
        // usize -> u64 cannot lose bits on any supported target.
        (self.body.len() as u64).saturating_add(self.snapshot.len() as u64)
    }
}

/// The strong ETag of a body. FNV-1a rather than std's hasher because the value must be the same
/// in every process (clients keep ETags across restarts).
pub fn etag_of(body: &[u8]) -> String {
    let mut h = Fnv64::default();
    h.write(body);
    format!("\"{:016x}\"", h.finish())
}

/// FNV-1a, 64 bits: tiny, deterministic, good enough for ETags and slot spreading.
#[derive(Clone, Copy)]
pub struct Fnv64(u64);

impl Default for Fnv64 {
    fn default() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv64 {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Hash of a key for the eviction-slot table; any stable spread works, collisions only cost
/// extra dropped fills.
pub(crate) fn key_hash(key: &ViewKey) -> u64 {
    let mut h = Fnv64::default();
    key.hash(&mut h);
    h.finish()
}
