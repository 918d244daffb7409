//! The postings as blocks: for each term, and each impact it has in a record (and whether only
//! the owner's name has it there), the records that have it, in blocks of [`BLOCK`] ids. One
//! row per (kind, term, rank, block) of `SEARCH_BLOCKS`, its value a sorted list of the
//! members' low ids, or a bitmap once the list would be larger than one.
//!
//! Why blocks rather than a key per posting: a community's vocabulary is small beside its
//! records (299 item terms over 1.9M items at 1M members), so a term is in tens of thousands
//! of records. A query loads each of its words whole (a few hundred rows) and checks a
//! candidate's other words in memory, rather than reading each candidate's document; a
//! leading word's candidates that lack another word are never visited (their bits are masked
//! out a block at a time). The index is a twentieth of the postings' size.
//!
//! Rows sort best first: by rank (impact descending, then the owner's name only), then by
//! block with the newest ids first, as the leading word's candidates are read.

use std::collections::{BTreeMap, HashMap};

use redb::Table;

use super::ID_LIMIT;
use crate::domain::search::{HIDDEN, OWNER_ONLY};
use crate::store::StoreError;

/// Ids a block holds: a block's bitmap is 8 KiB, its list two bytes a member.
pub const BLOCK_BITS: u32 = 16;
pub const BLOCK: u64 = 1 << BLOCK_BITS;
/// A block's bitmap in 64-bit words.
pub const WORDS: usize = (BLOCK / 64) as usize;
/// Members a block keeps as a list: more and the bitmap is smaller. (The unit tests make
/// bitmaps of a few dozen records, so that the ranking's model meets both kinds.)
const LIST_MAX: usize = if cfg!(test) { 64 } else { WORDS * 4 };
/// A stored block's first byte.
const AS_LIST: u8 = 0;
const AS_BITS: u8 = 1;

/// A block as a bitmap in memory, bit `low % 64` of word `low / 64` for each member.
pub type Bits = Box<[u64; WORDS]>;

/// An empty bitmap.
pub fn no_bits() -> Bits {
    Box::new([0; WORDS])
}

/// The rank of a document entry's posting: its impact, best first, then its flags
/// (`search::OWNER_ONLY`, `search::HIDDEN`), so that records of each sort are a list apart.
pub fn rank(impact: u8, flags: u8) -> u16 {
    (u16::from(255 - impact) << 2) | u16::from(flags & (OWNER_ONLY | HIDDEN))
}

/// The impact and the flags a rank holds.
pub fn unrank(rank: u16) -> (u8, u8) {
    (255 - (rank >> 2) as u8, (rank & 3) as u8)
}

/// The block key of record `id`: the newest block first.
pub fn block_key(id: u64) -> u64 {
    LAST_BLOCK - (id >> BLOCK_BITS)
}

/// The last block key there is (of the block of id 0).
pub const LAST_BLOCK: u64 = ID_LIMIT >> BLOCK_BITS;

/// The first id of the block with key `key` (at most [`LAST_BLOCK`]).
pub fn block_base(key: u64) -> u64 {
    LAST_BLOCK.saturating_sub(key) << BLOCK_BITS
}

/// Record `id`'s place in its block.
pub fn low(id: u64) -> u16 {
    (id & (BLOCK - 1)) as u16
}

/// A stored block's members; `None` for bytes that are not a block (a damaged row, which
/// readers take as an empty block and verify names).
#[derive(Debug, Clone, Copy)]
pub enum Members<'a> {
    /// Two bytes (little-endian) a member, ascending.
    List(&'a [u8]),
    /// [`WORDS`] words, little-endian.
    Bits(&'a [u8]),
}

impl<'a> Members<'a> {
    pub fn parse(bytes: &'a [u8]) -> Option<Members<'a>> {
        match bytes.split_first() {
            Some((&AS_LIST, list)) if list.len() % 2 == 0 && list.len() <= LIST_MAX * 2 => {
                Some(Members::List(list))
            }
            Some((&AS_BITS, bits)) if bits.len() == WORDS * 8 => Some(Members::Bits(bits)),
            _ => None,
        }
    }

    fn at(list: &[u8], i: usize) -> u16 {
        u16::from_le_bytes([list[2 * i], list[2 * i + 1]])
    }

    fn word(bits: &[u8], i: usize) -> u64 {
        let mut w = [0u8; 8];
        w.copy_from_slice(&bits[8 * i..8 * i + 8]);
        u64::from_le_bytes(w)
    }

    pub fn len(&self) -> usize {
        match self {
            Members::List(list) => list.len() / 2,
            Members::Bits(bits) => (0..WORDS)
                .map(|i| Self::word(bits, i).count_ones() as usize)
                .sum(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn contains(&self, low: u16) -> bool {
        match self {
            Members::List(list) => {
                let (mut lo, mut hi) = (0, list.len() / 2);
                while lo < hi {
                    let mid = (lo + hi) / 2;
                    match Self::at(list, mid).cmp(&low) {
                        std::cmp::Ordering::Less => lo = mid + 1,
                        std::cmp::Ordering::Greater => hi = mid,
                        std::cmp::Ordering::Equal => return true,
                    }
                }
                false
            }
            Members::Bits(bits) => Self::word(bits, usize::from(low) / 64) >> (low % 64) & 1 == 1,
        }
    }

    /// Adds the members to `bits`.
    pub fn or_into(&self, bits: &mut [u64; WORDS]) {
        match self {
            Members::List(list) => {
                for i in 0..list.len() / 2 {
                    set(bits, Self::at(list, i));
                }
            }
            Members::Bits(stored) => {
                for (i, word) in bits.iter_mut().enumerate() {
                    *word |= Self::word(stored, i);
                }
            }
        }
    }

    /// The members, ascending.
    pub fn to_vec(&self) -> Vec<u16> {
        match self {
            Members::List(list) => (0..list.len() / 2).map(|i| Self::at(list, i)).collect(),
            Members::Bits(bits) => {
                let mut out = Vec::new();
                for i in 0..WORDS {
                    let mut word = Self::word(bits, i);
                    while word != 0 {
                        out.push((i * 64 + word.trailing_zeros() as usize) as u16);
                        word &= word - 1;
                    }
                }
                out
            }
        }
    }
}

/// Adds `low` to `bits`.
pub fn set(bits: &mut [u64; WORDS], low: u16) {
    bits[usize::from(low) / 64] |= 1 << (low % 64);
}

/// The greatest member of `bits` below `before` (at most [`BLOCK`]).
pub fn below(bits: &[u64; WORDS], before: u32) -> Option<u16> {
    if before == 0 {
        return None;
    }
    let last = before - 1;
    let mut i = (last / 64) as usize;
    // The bits of word `i` up to `last`.
    let mut word = bits[i] & (u64::MAX >> (63 - last % 64));
    loop {
        if word != 0 {
            return Some((i * 64 + 63 - word.leading_zeros() as usize) as u16);
        }
        if i == 0 {
            return None;
        }
        i -= 1;
        word = bits[i];
    }
}

/// A block's stored bytes for `members` (ascending, without repeats).
pub fn encode(members: &[u16]) -> Vec<u8> {
    if members.len() <= LIST_MAX {
        let mut out = Vec::with_capacity(1 + members.len() * 2);
        out.push(AS_LIST);
        for m in members {
            out.extend_from_slice(&m.to_le_bytes());
        }
        out
    } else {
        let mut bits = no_bits();
        for &m in members {
            set(&mut bits, m);
        }
        let mut out = Vec::with_capacity(1 + WORDS * 8);
        out.push(AS_BITS);
        for word in bits.iter() {
            out.extend_from_slice(&word.to_le_bytes());
        }
        out
    }
}

/// A `SEARCH_BLOCKS` key: (kind, term, rank, block key).
pub type Key<'a> = (u8, &'a str, u16, u64);

/// A [`Key`] held apart from the table.
type OwnedKey = (u8, String, u16, u64);

/// Postings to add and take out, gathered by block so that the records of one merge that
/// share a block write it once: per block, (place in the block, added).
#[derive(Debug, Default)]
pub struct Changes(BTreeMap<OwnedKey, Vec<(u16, bool)>>);

impl Changes {
    /// Record `id` of `kind` gains (`add`) or loses the posting of `term` at `rank`.
    pub fn note(&mut self, kind: u8, term: &str, rank: u16, id: u64, add: bool) {
        self.0
            .entry((kind, term.to_string(), rank, block_key(id)))
            .or_default()
            .push((low(id), add));
    }

    /// Writes every changed block (an emptied one is removed).
    pub fn apply(
        self,
        table: &mut Table<'_, Key<'static>, &'static [u8]>,
    ) -> Result<(), StoreError> {
        for ((kind, term, rank, block), changes) in self.0 {
            let key = (kind, term.as_str(), rank, block);
            // A stored block is changed through one walk down the table, not a read and then
            // a write. A damaged block is taken as empty, as queries take it: verify names
            // the term until a rebuild writes its blocks again. `emptied`: whether a stored
            // block was emptied (`None`: there was none).
            let emptied = match table.get_mut(key)? {
                Some(mut row) => {
                    let changed = match Members::parse(row.value()) {
                        Some(Members::Bits(bits)) => changed_bits(bits, &changes),
                        Some(list) => changed_list(list.to_vec(), &changes),
                        None => changed_list(Vec::new(), &changes),
                    };
                    match changed {
                        Some(bytes) => row.insert(bytes.as_slice()).map(|()| Some(false))?,
                        None => Some(true),
                    }
                }
                None => None,
            };
            match emptied {
                Some(true) => {
                    table.remove(key)?;
                }
                Some(false) => {}
                None => {
                    if let Some(bytes) = changed_list(Vec::new(), &changes) {
                        table.insert(key, bytes.as_slice())?;
                    }
                }
            }
        }
        Ok(())
    }
}

/// A list block's bytes after `changes` (`None`: emptied).
fn changed_list(mut members: Vec<u16>, changes: &[(u16, bool)]) -> Option<Vec<u8>> {
    for &(low, add) in changes {
        match (members.binary_search(&low), add) {
            (Err(at), true) => members.insert(at, low),
            (Ok(at), false) => {
                members.remove(at);
            }
            _ => {}
        }
    }
    (!members.is_empty()).then(|| encode(&members))
}

/// A bitmap block's bytes after `changes`, its bits flipped in place (a bitmap holds
/// thousands of records: read as a list, each merge would cost a walk over them all).
fn changed_bits(bits: &[u8], changes: &[(u16, bool)]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(1 + bits.len());
    out.push(AS_BITS);
    out.extend_from_slice(bits);
    for &(low, add) in changes {
        // Bit `low % 64` of little-endian word `low / 64` is bit `low % 8` of byte `low / 8`.
        let (byte, bit) = (1 + usize::from(low) / 8, low % 8);
        match add {
            true => out[byte] |= 1 << bit,
            false => out[byte] &= !(1 << bit),
        }
    }
    let members = Members::Bits(&out[1..]);
    match members.len() {
        0 => None,
        n if n <= LIST_MAX => Some(encode(&members.to_vec())),
        _ => Some(out),
    }
}

/// Blocks built from documents (`rebuild`, `verify`), by term number, rank and block key.
#[derive(Debug, Default)]
pub struct Built(HashMap<(u32, u16, u64), Vec<u16>>);

impl Built {
    pub fn add(&mut self, term: u32, rank: u16, id: u64) {
        self.0
            .entry((term, rank, block_key(id)))
            .or_default()
            .push(low(id));
    }

    /// Every block as stored, in the table's order: (term, rank, block key) and its bytes.
    pub fn into_rows(self, terms: &[String]) -> Vec<((String, u16, u64), Vec<u8>)> {
        let mut rows: Vec<_> = self.0.into_iter().collect();
        rows.sort_unstable_by(|a, b| {
            let (ta, ra, ba) = a.0;
            let (tb, rb, bb) = b.0;
            (terms[ta as usize].as_str(), ra, ba).cmp(&(terms[tb as usize].as_str(), rb, bb))
        });
        rows.into_iter()
            .map(|((t, r, b), mut members)| {
                members.sort_unstable();
                members.dedup();
                ((terms[t as usize].clone(), r, b), encode(&members))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use redb::ReadableTable;

    #[test]
    fn ranks_and_blocks_sort_best_and_newest_first_and_read_back() {
        assert!(rank(200, 0) < rank(200, OWNER_ONLY));
        assert!(rank(200, OWNER_ONLY | HIDDEN) < rank(100, 0));
        assert_eq!(unrank(rank(37, OWNER_ONLY)), (37, OWNER_ONLY));
        assert_eq!(unrank(rank(255, HIDDEN | 8)), (255, HIDDEN));
        assert!(block_key(BLOCK) < block_key(BLOCK - 1));
        assert_eq!(block_base(block_key(3 * BLOCK + 17)), 3 * BLOCK);
        assert_eq!(low(3 * BLOCK + 17), 17);
    }

    #[test]
    fn a_block_is_a_list_until_a_bitmap_is_smaller_and_reads_back_either_way() {
        for n in [1usize, 2, LIST_MAX, LIST_MAX + 1, 20_000] {
            let members: Vec<u16> = (0..n).map(|i| (i * 3 % BLOCK as usize) as u16).collect();
            let mut sorted = members.clone();
            sorted.sort_unstable();
            sorted.dedup();
            let bytes = encode(&sorted);
            assert_eq!(
                bytes[0],
                if sorted.len() <= LIST_MAX {
                    AS_LIST
                } else {
                    AS_BITS
                }
            );
            let read = Members::parse(&bytes).unwrap();
            assert_eq!(read.len(), sorted.len());
            assert_eq!(read.to_vec(), sorted);
            assert!(read.contains(sorted[sorted.len() / 2]));
            assert!(
                !read.contains(1),
                "1 is not a multiple of 3 below the block's size"
            );
            let mut bits = no_bits();
            read.or_into(&mut bits);
            assert_eq!(below(&bits, BLOCK as u32), sorted.last().copied());
            assert_eq!(below(&bits, u32::from(sorted[0])), None);
        }
        assert!(Members::parse(&[AS_LIST, 1]).is_none());
        assert!(Members::parse(&[AS_BITS, 0, 0]).is_none());
        assert!(Members::parse(&[]).is_none());
    }

    #[test]
    fn changes_add_and_take_out_records_of_lists_and_bitmaps_and_remove_an_emptied_block() {
        use redb::backends::InMemoryBackend;
        use redb::{Database, TableDefinition};
        const T: TableDefinition<'static, Key<'static>, &'static [u8]> =
            TableDefinition::new("blocks");
        let db = Database::builder()
            .create_with_backend(InMemoryBackend::new())
            .unwrap();
        let block = block_key(5 * BLOCK);
        let stored = |db: &Database| -> Option<(u8, Vec<u16>)> {
            let txn = db.begin_write().unwrap();
            let t = txn.open_table(T).unwrap();
            let row = t.get((1, "drill", 7, block)).unwrap()?;
            let bytes = row.value();
            Some((bytes[0], Members::parse(bytes).unwrap().to_vec()))
        };
        let apply = |db: &Database, ids: &[u64], add: bool| {
            let mut changes = Changes::default();
            for &id in ids {
                changes.note(1, "drill", 7, 5 * BLOCK + id, add);
            }
            let txn = db.begin_write().unwrap();
            changes.apply(&mut txn.open_table(T).unwrap()).unwrap();
            txn.commit().unwrap();
        };
        let many: Vec<u64> = (0..LIST_MAX as u64 + 10).map(|i| i * 2).collect();
        apply(&db, &many, true);
        let (kind, members) = stored(&db).unwrap();
        assert_eq!(kind, AS_BITS);
        assert_eq!(members.len(), LIST_MAX + 10);
        // A bitmap changed in place: one in, one out.
        apply(&db, &[1], true);
        apply(&db, &[0], false);
        let (kind, members) = stored(&db).unwrap();
        assert_eq!(kind, AS_BITS);
        assert_eq!(&members[..2], [1, 2]);
        assert_eq!(members.len(), LIST_MAX + 10);
        // Below a list's size it is a list again, and emptied it is gone.
        apply(&db, &many[..20], false);
        let (kind, members) = stored(&db).unwrap();
        assert_eq!(kind, AS_LIST);
        assert_eq!(members.len(), LIST_MAX - 9);
        assert_eq!(members[0], 1);
        apply(&db, &many, false);
        apply(&db, &[1], false);
        assert_eq!(stored(&db), None);
    }

    #[test]
    fn below_finds_the_greatest_member_under_a_bound_across_words() {
        let mut bits = no_bits();
        for m in [0u16, 63, 64, 1000, 65_535] {
            set(&mut bits, m);
        }
        assert_eq!(below(&bits, 65_536), Some(65_535));
        assert_eq!(below(&bits, 65_535), Some(1000));
        assert_eq!(below(&bits, 1000), Some(64));
        assert_eq!(below(&bits, 64), Some(63));
        assert_eq!(below(&bits, 63), Some(0));
        assert_eq!(below(&bits, 0), None);
    }
}
