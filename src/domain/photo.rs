//! Photos as the site keeps them: an item's photos (at most [`MAX_PER_ITEM`], the first the
//! primary one) and a member's picture. Each is three JPEG sizes (thumbnail, page, full) made
//! by `photos::process`; each size is stored once under the SHA-256 of its bytes (its
//! [`Digest`]), however many items show it, and served at an address that names the digest,
//! so it never changes. What is charged to a member is every size of every photo on their
//! items and their picture; the site's total is what the file holds, each digest once.

use rkyv::{Archive, Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use super::records::{ItemId, UserId};
use super::time::Millis;
use super::validate::{check_name, Invalid};

/// The most photos one item has.
pub const MAX_PER_ITEM: usize = 6;
/// The longest alt text (Comuniza's caption), in characters.
pub const MAX_ALT_CHARS: usize = 200;

/// The SHA-256 of one stored size's bytes: its key and its address.
#[derive(
    Archive, Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
)]
pub struct Digest(pub [u8; 32]);

impl Digest {
    pub fn of(bytes: &[u8]) -> Digest {
        Digest(Sha256::digest(bytes).into())
    }

    /// Lower-case hex, as addresses spell it.
    pub fn hex(&self) -> String {
        use std::fmt::Write;
        self.0.iter().fold(String::with_capacity(64), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
    }

    /// A digest spelled as [`Digest::hex`] spells it (64 lower-case hex digits), else `None`.
    pub fn parse(hex: &str) -> Option<Digest> {
        let bytes = hex.as_bytes();
        if bytes.len() != 64 {
            return None;
        }
        let mut out = [0u8; 32];
        for (i, pair) in bytes.chunks(2).enumerate() {
            let digit = |c: u8| match c {
                b'0'..=b'9' => Some(c - b'0'),
                b'a'..=b'f' => Some(c - b'a' + 10),
                _ => None,
            };
            out[i] = digit(pair[0])? << 4 | digit(pair[1])?;
        }
        Some(Digest(out))
    }
}

/// One stored size of a photo.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    pub digest: Digest,
    pub width: u32,
    pub height: u32,
    /// Its length in bytes.
    pub bytes: u32,
}

/// Which size: the index into [`Photo::sizes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// About 320 px on the long side: cards and lists.
    Thumb = 0,
    /// About 960 px: the item page.
    Page = 1,
    /// About 1920 px: opened on its own, and what an export writes.
    Full = 2,
}

/// A photo: its three sizes (thumbnail, page, full) and its alt text ("" shows the item's
/// title instead).
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct Photo {
    pub sizes: [Size; 3],
    pub alt: String,
    pub added_at: Millis,
}

impl Photo {
    pub fn size(&self, fit: Fit) -> &Size {
        &self.sizes[fit as usize]
    }

    /// What names the photo among an item's: its full size's digest.
    pub fn key(&self) -> Digest {
        self.size(Fit::Full).digest
    }

    /// The bytes it is charged: every size.
    pub fn charged(&self) -> u64 {
        self.sizes.iter().map(|s| u64::from(s.bytes)).sum()
    }

    /// What a reader is told the photo shows: its alt text, or `title` when it has none.
    pub fn alt_or<'a>(&'a self, title: &'a str) -> &'a str {
        if self.alt.is_empty() {
            title
        } else {
            &self.alt
        }
    }
}

/// An item's photos, in the order they are shown; the first is the primary one.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq, Eq, Default)]
pub struct Photos {
    pub list: Vec<Photo>,
}

impl Photos {
    pub fn primary(&self) -> Option<&Photo> {
        self.list.first()
    }

    pub fn position(&self, key: Digest) -> Option<usize> {
        self.list.iter().position(|p| p.key() == key)
    }

    /// Moves the photo at `from` to `to` (clamped to the list), the others keeping their order.
    pub fn move_to(&mut self, from: usize, to: usize) {
        if from >= self.list.len() {
            return;
        }
        let photo = self.list.remove(from);
        let to = to.min(self.list.len());
        self.list.insert(to, photo);
    }

    pub fn charged(&self) -> u64 {
        self.list.iter().map(Photo::charged).sum()
    }
}

/// A photo ready to be stored: its sizes and their bytes, made off the writer
/// (`photos::process`), so that the writer only stores them.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPhoto {
    pub sizes: [Size; 3],
    pub bytes: [bytes::Bytes; 3],
    pub alt: String,
}

impl std::fmt::Debug for NewPhoto {
    // The bytes are not printed: a log line would carry the whole photo.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewPhoto")
            .field("sizes", &self.sizes)
            .field("alt", &self.alt)
            .finish_non_exhaustive()
    }
}

impl NewPhoto {
    /// The record it becomes, added at `now`.
    pub fn photo(&self, now: Millis) -> Photo {
        Photo {
            sizes: self.sizes,
            alt: self.alt.clone(),
            added_at: now,
        }
    }
}

/// What shows a stored size: an item's photo or a member's picture. The digest's uses are
/// what its visibility follows, and the last one gone frees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Use {
    Item(ItemId),
    Avatar(UserId),
}

impl Use {
    /// As stored in the uses index: (kind, id).
    pub fn key(self) -> (u8, u64) {
        match self {
            Use::Item(i) => (0, i.0),
            Use::Avatar(u) => (1, u.0),
        }
    }

    pub fn from_key(kind: u8, id: u64) -> Option<Use> {
        match kind {
            0 => Some(Use::Item(ItemId(id))),
            1 => Some(Use::Avatar(UserId(id))),
            _ => None,
        }
    }
}

/// Alt text as typed: trimmed, at most [`MAX_ALT_CHARS`], no control or invisible characters.
pub fn check_alt(text: &str) -> Result<String, Invalid> {
    check_name("alt", text, MAX_ALT_CHARS)
}

/// A storage bound (a site setting, in MB; 0: none).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quota {
    /// What one member's photos may take.
    PerMember,
    /// What the whole site's photos may take.
    Site,
}

/// The largest quota a setting takes, in MB (1 TB).
pub const MAX_QUOTA_MB: u64 = 1_000_000;

impl Quota {
    pub const ALL: [Quota; 2] = [Quota::PerMember, Quota::Site];

    pub fn key(self) -> &'static str {
        match self {
            Quota::PerMember => "photo_quota_member_mb",
            Quota::Site => "photo_quota_site_mb",
        }
    }

    pub fn default_mb(self) -> u64 {
        match self {
            Quota::PerMember => 50,
            Quota::Site => 10_000,
        }
    }

    /// The bound a stored setting gives, in bytes (`None`: no bound).
    pub fn bytes(self, stored: Option<&str>) -> Option<u64> {
        let mb = stored
            .and_then(|s| parse_mb(s).ok())
            .unwrap_or(self.default_mb());
        (mb > 0).then_some(mb * 1_000_000)
    }

    pub fn by_key(key: &str) -> Option<Quota> {
        Quota::ALL.into_iter().find(|q| q.key() == key)
    }
}

/// A quota as typed: a whole number of MB from 0 to [`MAX_QUOTA_MB`].
pub fn parse_mb(text: &str) -> Result<u64, Invalid> {
    let n: u64 = text.trim().parse().map_err(|_| {
        super::validate::invalid(
            "value",
            crate::i18n::phrase::Phrase::id("invalid-megabytes"),
        )
    })?;
    if n > MAX_QUOTA_MB {
        return Err(super::validate::invalid(
            "value",
            crate::i18n::phrase::Phrase::id("invalid-megabytes-max").number("max", MAX_QUOTA_MB),
        ));
    }
    Ok(n)
}

/// A size in words: "840 KB", "12.5 MB".
pub fn megabytes(bytes: u64) -> String {
    if bytes < 1_000_000 {
        format!("{} KB", bytes.div_ceil(1000))
    } else {
        match bytes / 100_000 {
            tenths if tenths % 10 == 0 => format!("{} MB", tenths / 10),
            tenths => format!("{}.{} MB", tenths / 10, tenths % 10),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn photo(n: u8) -> Photo {
        let size = |b: u8| Size {
            digest: Digest([n.wrapping_add(b); 32]),
            width: 10,
            height: 10,
            bytes: 100 * u32::from(b + 1),
        };
        Photo {
            sizes: [size(0), size(1), size(2)],
            alt: String::new(),
            added_at: 0,
        }
    }

    #[test]
    fn digests_are_spelled_in_hex_and_read_back_only_from_their_spelling() {
        let d = Digest::of(b"abc");
        assert_eq!(
            d.hex(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(Digest::parse(&d.hex()), Some(d));
        assert_eq!(Digest::parse(&d.hex().to_uppercase()), None);
        assert_eq!(Digest::parse(&d.hex()[1..]), None);
        assert_eq!(Digest::parse(&format!("{}g", &d.hex()[1..])), None);
    }

    #[test]
    fn moving_a_photo_keeps_the_others_in_order() {
        let mut p = Photos {
            list: (0..4).map(|n| photo(n * 10)).collect(),
        };
        let keys = |p: &Photos| p.list.iter().map(|x| x.key().0[0]).collect::<Vec<_>>();
        assert_eq!(keys(&p), [2, 12, 22, 32]);
        p.move_to(2, 0);
        assert_eq!(keys(&p), [22, 2, 12, 32]);
        p.move_to(0, 9);
        assert_eq!(keys(&p), [2, 12, 32, 22]);
        p.move_to(7, 0);
        assert_eq!(keys(&p), [2, 12, 32, 22]);
        assert_eq!(p.position(Digest([32; 32])), Some(2));
        assert_eq!(p.charged(), 4 * 600);
    }

    #[test]
    fn quotas_read_their_setting_and_zero_is_no_bound() {
        assert_eq!(Quota::PerMember.bytes(None), Some(50_000_000));
        assert_eq!(Quota::PerMember.bytes(Some("2")), Some(2_000_000));
        assert_eq!(Quota::Site.bytes(Some("0")), None);
        assert_eq!(Quota::Site.bytes(Some("junk")), Some(10_000_000_000));
        assert!(parse_mb("1000001").is_err());
        assert_eq!(Quota::by_key("photo_quota_site_mb"), Some(Quota::Site));
        assert_eq!(megabytes(840_000), "840 KB");
        assert_eq!(megabytes(12_549_999), "12.5 MB");
        assert_eq!(megabytes(50_000_000), "50 MB");
    }

    #[test]
    fn alt_text_is_checked_and_falls_back_to_the_title() {
        assert_eq!(check_alt("  A red drill "), Ok("A red drill".into()));
        assert!(check_alt("a\u{202E}b").is_err());
        assert!(check_alt(&"x".repeat(201)).is_err());
        let mut p = photo(1);
        assert_eq!(p.alt_or("Drill"), "Drill");
        p.alt = "Red drill".into();
        assert_eq!(p.alt_or("Drill"), "Red drill");
    }
}
