//! Records whose words changed since the postings last took them in: a write gives the index
//! a record's new document at once, and its postings and counts with the next
//! [`FRESH_MAX`] - 1 others, in one merge.
//!
//! Why: a new item has some twenty terms, each a block and a count in a leaf of its own,
//! and redb copies every leaf a transaction touches first. Written one record at a time,
//! that tripled the cost of sharing an item (BENCHMARKS.md, "Search"). Merged in batches,
//! records with the same words share those leaves (and new records their newest blocks),
//! and a write between merges touches one row here.
//!
//! A pending row holds two documents: the one the postings, the counts and `SEARCH_DOCS` hold
//! of the record (`indexed`, empty when they hold nothing), and the one it has now (`current`,
//! empty when it has none). A query reads the few pending rows whole: it scores their records
//! from `current`, skips their postings (which may be stale), and corrects each term's count by
//! what the merge will change ([`Pending`]).

use std::collections::BTreeMap;

use redb::{ReadOnlyTable, ReadableTable, ReadableTableMetadata};

use crate::domain::search::{Entries, Entry, Kind};
use crate::store::tx::{add_to_count, W};
use crate::store::StoreError;

use super::blocks::{rank, Changes};

/// Pending rows that start a merge. More make each write cheaper (the words of more records
/// share a merge's leaves) and each query dearer (it scores them all). At 128, against 64, a
/// merge's share of sharing an item halves, and a query with every row pending reads some 60
/// more candidates at 10k members (BENCHMARKS.md, "Fewer, larger merges").
pub const FRESH_MAX: u64 = 128;

/// A pending row's value: `indexed` and `current`, the first one's length ahead (4 bytes).
pub fn encode(indexed: &[u8], current: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(4 + indexed.len() + current.len());
    out.extend_from_slice(&(indexed.len() as u32).to_le_bytes());
    out.extend_from_slice(indexed);
    out.extend_from_slice(current);
    out
}

/// A pending row's (`indexed`, `current`); `None` for a damaged row, which every reader
/// takes as no row at all: the postings and `SEARCH_DOCS` then agree as they are, and verify
/// names the row.
pub fn decode(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let (length, rest) = bytes.split_first_chunk::<4>()?;
    let length = u32::from_le_bytes(*length) as usize;
    (length <= rest.len()).then(|| rest.split_at(length))
}

/// Notes that record `id` of `kind` has document `new` now (empty: none), merging when
/// enough records wait; answers the document it had.
pub fn change(w: &mut W<'_>, kind: Kind, id: u64, new: &[u8]) -> Result<Vec<u8>, StoreError> {
    let key = (kind as u8, id);
    let fresh = w.search_fresh.open()?;
    let row = fresh.get(key)?.map(|row| row.value().to_vec());
    let (indexed, current) = match row.as_deref().and_then(decode) {
        Some((indexed, current)) => (indexed.to_vec(), current.to_vec()),
        None => {
            let stored = w.search_docs.open()?.get(key)?;
            let stored = stored.map(|v| v.value().to_vec()).unwrap_or_default();
            (stored.clone(), stored)
        }
    };
    if current == new {
        return Ok(current);
    }
    if indexed == new {
        // Back to what the postings hold (an edit undone before the merge).
        fresh.remove(key)?;
        return Ok(current);
    }
    wait(w, key, &indexed, new)?;
    Ok(current)
}

/// Notes that record `id` of `kind`, made by this command, has document `new`: it has no
/// document yet, stored or pending (a pk is never given twice: `W::next_id`), so none is
/// looked up.
pub fn add(w: &mut W<'_>, kind: Kind, id: u64, new: &[u8]) -> Result<(), StoreError> {
    let key = (kind as u8, id);
    debug_assert!(
        w.search_fresh.open()?.get(key)?.is_none() && w.search_docs.open()?.get(key)?.is_none(),
        "record {key:?} is new, yet the index has a document of it"
    );
    wait(w, key, &[], new)
}

/// Writes a pending row, merging when enough records wait.
fn wait(w: &mut W<'_>, key: (u8, u64), indexed: &[u8], new: &[u8]) -> Result<(), StoreError> {
    let fresh = w.search_fresh.open()?;
    fresh.insert(key, encode(indexed, new).as_slice())?;
    if fresh.len()? >= FRESH_MAX {
        merge(w)?;
    }
    Ok(())
}

/// Takes every pending record into the postings and counts, and empties the pending rows.
pub fn merge(w: &mut W<'_>) -> Result<(), StoreError> {
    let fresh = w.search_fresh.open()?;
    let mut rows = Vec::with_capacity(fresh.len()? as usize);
    for row in fresh.iter()? {
        let (key, value) = row?;
        if let Some((indexed, current)) = decode(value.value()) {
            rows.push((key.value(), indexed.to_vec(), current.to_vec()));
        }
    }
    fresh.retain(|_, _| false)?;
    let docs = w.search_docs.open()?;
    for ((kind, id), _, current) in &rows {
        match current.is_empty() {
            true => docs.remove((*kind, *id))?,
            false => docs.insert((*kind, *id), current.as_slice())?,
        };
    }
    // Counts are summed first, and postings gathered by block: the records of a merge share
    // most of their words, and new records their newest blocks.
    let mut counts: BTreeMap<(u8, String), i64> = BTreeMap::new();
    let mut changes = Changes::default();
    for ((kind, id), indexed, current) in &rows {
        difference(indexed, current, |term, gone, came| {
            let change = i64::from(came.is_some()) - i64::from(gone.is_some());
            if change != 0 {
                *counts.entry((*kind, term.to_string())).or_default() += change;
            }
            if let Some(rank) = gone {
                changes.note(*kind, term, rank, *id, false);
            }
            if let Some(rank) = came {
                changes.note(*kind, term, rank, *id, true);
            }
        });
    }
    changes.apply(w.search_blocks.open()?)?;
    let terms = w.search_terms.open()?;
    for ((kind, term), change) in counts {
        if change != 0 {
            add_to_count(terms, &(kind, term.as_str()), change)?;
        }
    }
    Ok(())
}

/// The rank of a document's entry.
fn rank_of(e: Entry<'_>) -> u16 {
    rank(e.impact, e.flags)
}

/// Calls `f` with each term whose posting differs between documents `old` and `new` of one
/// record: the rank it had (`None`: no posting) and the one it has.
fn difference(old: &[u8], new: &[u8], mut f: impl FnMut(&str, Option<u16>, Option<u16>)) {
    let mut gone = Entries(old).peekable();
    let mut came = Entries(new).peekable();
    loop {
        match (gone.peek().copied(), came.peek().copied()) {
            (None, None) => break,
            (Some(o), Some(n)) if o.term == n.term => {
                gone.next();
                came.next();
                if rank_of(o) != rank_of(n) {
                    f(o.term, Some(rank_of(o)), Some(rank_of(n)));
                }
            }
            (Some(o), n) if n.is_none_or(|n| o.term < n.term) => {
                gone.next();
                f(o.term, Some(rank_of(o)), None);
            }
            // Only the new document has the term (the arms above took every other case).
            _ => {
                if let Some(n) = came.next() {
                    f(n.term, None, Some(rank_of(n)));
                }
            }
        }
    }
}

/// The pending records of one kind, as a query reads them: a few dozen documents, looked
/// through for the terms a query asks about rather than counted whole (most of their terms
/// are not the query's).
#[derive(Debug, Default)]
pub struct Pending {
    /// Each record's id, and the documents the postings hold and it has now, by id.
    rows: Vec<(u64, Vec<u8>, Vec<u8>)>,
}

/// Whether a document (its entries ascending by term) has `term`.
fn has(doc: &[u8], term: &str) -> bool {
    for e in Entries(doc) {
        match e.term.cmp(term) {
            std::cmp::Ordering::Less => continue,
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Greater => return false,
        }
    }
    false
}

impl Pending {
    /// The pending records of `kind` (none in a data file written before they were).
    pub fn read(
        table: Option<&ReadOnlyTable<(u8, u64), &'static [u8]>>,
        kind: Kind,
    ) -> Result<Pending, StoreError> {
        let mut rows = Vec::new();
        if let Some(table) = table {
            let k = kind as u8;
            for row in table.range((k, 0)..=(k, u64::MAX))? {
                let (key, value) = row?;
                if let Some((indexed, current)) = decode(value.value()) {
                    rows.push((key.value().1, indexed.to_vec(), current.to_vec()));
                }
            }
        }
        Ok(Pending { rows })
    }

    /// Whether record `id` is pending (its postings are not to be read).
    pub fn holds(&self, id: u64) -> bool {
        // The rows are in id order, as the table's range gave them.
        self.rows.binary_search_by_key(&id, |r| r.0).is_ok()
    }

    /// Each pending record that has a document now, with it.
    pub fn current(&self) -> impl Iterator<Item = (u64, &[u8])> + '_ {
        self.rows
            .iter()
            .filter(|r| !r.2.is_empty())
            .map(|r| (r.0, r.2.as_slice()))
    }

    /// A term's count as the merge will leave it, from the one the dictionary holds.
    pub fn df(&self, term: &str, stored: u64) -> u64 {
        let change: i64 = self
            .rows
            .iter()
            .map(|(_, indexed, current)| {
                i64::from(has(current, term)) - i64::from(has(indexed, term))
            })
            .sum();
        stored.saturating_add_signed(change)
    }

    /// What the merge will add to the count of each term that begins with `prefix`.
    pub fn changes_beginning(&self, prefix: &str) -> BTreeMap<String, i64> {
        let mut out = BTreeMap::new();
        for (_, indexed, current) in &self.rows {
            for (doc, change) in [(indexed, -1), (current, 1)] {
                for e in Entries(doc).filter(|e| e.term.starts_with(prefix)) {
                    *out.entry(e.term.to_string()).or_default() += change;
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use redb::backends::InMemoryBackend;
    use redb::{Database, ReadableDatabase};

    use super::*;
    use crate::domain::search::{Doc, Field, Language};
    use crate::views::search::maintain::put;
    use crate::views::search::query::{search, Found, Seen, MAX_EXPANSIONS};

    #[test]
    fn a_row_reads_back_its_two_documents_and_a_damaged_one_reads_as_no_row() {
        let row = encode(b"old", b"newer");
        assert_eq!(decode(&row), Some((&b"old"[..], &b"newer"[..])));
        assert_eq!(decode(&encode(b"", b"x")), Some((&b""[..], &b"x"[..])));
        assert_eq!(decode(&[9, 0, 0, 0, 1]), None);
        assert_eq!(decode(&[1, 0]), None);
    }

    fn memory() -> Database {
        Database::builder()
            .create_with_backend(InMemoryBackend::new())
            .unwrap()
    }

    fn titled(title: &str) -> Doc {
        Doc::of(Kind::Item, &[(Field::Title, title)], Language::English).unwrap()
    }

    /// Writes `docs` (id, title; `None` takes the document away) in one transaction.
    fn write(db: &Database, docs: &[(u64, Option<&str>)], then_merge: bool) {
        let txn = db.begin_write().unwrap();
        {
            let mut w = W::open(&txn, 0).unwrap();
            w.open_all().unwrap();
            for (id, title) in docs {
                put(&mut w, Kind::Item, *id, title.map(titled).as_ref()).unwrap();
            }
            if then_merge {
                merge(&mut w).unwrap();
            }
        }
        txn.commit().unwrap();
    }

    fn find(db: &Database, q: &str) -> Found {
        let txn = db.begin_read().unwrap();
        let mut everyone = |_| Ok(Some(Seen::PLAIN));
        search(&txn, Kind::Item, q, (1, 20), &mut everyone).unwrap()
    }

    fn pending(db: &Database) -> u64 {
        let txn = db.begin_read().unwrap();
        let table = txn.open_table(crate::store::tables::SEARCH_FRESH).unwrap();
        table.len().unwrap()
    }

    #[test]
    fn pending_records_are_found_by_words_prefixes_and_typos_before_and_after_the_merge() {
        let db = memory();
        write(
            &db,
            &[(1, Some("Cordless drill")), (2, Some("Hammer"))],
            true,
        );
        // Pending: a new word, an old one, a record whose words changed, one taken away.
        write(
            &db,
            &[
                (3, Some("Drill press")),
                (4, Some("Wheelbarrow")),
                (2, Some("Sledge")),
                (1, None),
            ],
            false,
        );
        assert_eq!(pending(&db), 4);
        for merged in [false, true] {
            let ids = |q: &str| find(&db, q).ids;
            assert_eq!(ids("drill"), [3], "merged: {merged}");
            assert_eq!(
                ids("whee"),
                [4],
                "a word only a pending record has, as a prefix"
            );
            assert_eq!(ids("hammer"), Vec::<u64>::new(), "words a record lost");
            assert_eq!(ids("cordless"), Vec::<u64>::new(), "a record taken away");
            assert_eq!(ids("sledge"), [2]);
            let typo = find(&db, "wheelbarow");
            assert_eq!(
                (typo.ids, typo.corrected.as_deref()),
                (vec![4], Some("wheelbarrow"))
            );
            write(&db, &[], true);
            assert_eq!(pending(&db), 0);
        }
    }

    #[test]
    fn a_beginning_finds_the_same_pending_records_before_and_after_the_merge() {
        let db = memory();
        // More words beginning "dr" than a beginning stands for, each in two records: a
        // rarer one is left out of "dr", pending or not.
        let titles: Vec<String> = (0..MAX_EXPANSIONS).map(|n| format!("dr{n:03}x")).collect();
        let docs: Vec<(u64, Option<&str>)> = (0..2 * titles.len())
            .map(|n| (n as u64 + 1, Some(titles[n / 2].as_str())))
            .collect();
        write(&db, &docs, true);
        write(&db, &[(9_999, Some("Drzzz"))], false);
        assert_eq!(pending(&db), 1);
        let before = find(&db, "dr").ids;
        assert!(!before.contains(&9_999), "{before:?}");
        assert_eq!(find(&db, "drzzz").ids, [9_999]);
        write(&db, &[], true);
        assert_eq!(find(&db, "dr").ids, before);
        assert_eq!(find(&db, "drzzz").ids, [9_999]);
    }

    #[test]
    fn a_damaged_pending_row_is_read_as_none_and_merged_away_without_touching_the_index() {
        let db = memory();
        write(&db, &[(1, Some("Hammer"))], true);
        let txn = db.begin_write().unwrap();
        {
            let mut fresh = txn.open_table(crate::store::tables::SEARCH_FRESH).unwrap();
            fresh
                .insert((Kind::Item as u8, 1), &[200u8, 0, 0, 0][..])
                .unwrap();
        }
        txn.commit().unwrap();
        assert_eq!(find(&db, "hammer").ids, [1], "its postings are still read");
        write(&db, &[], true);
        assert_eq!(pending(&db), 0);
        assert_eq!(
            find(&db, "hammer").ids,
            [1],
            "the merge left its document and postings"
        );
    }

    #[test]
    fn the_last_pending_record_before_the_limit_merges_them_all_and_undoing_an_edit_leaves_none() {
        let db = memory();
        let titles: Vec<String> = (0..FRESH_MAX).map(|n| format!("Spanner {n}")).collect();
        let docs: Vec<(u64, Option<&str>)> = titles
            .iter()
            .enumerate()
            .map(|(n, t)| (n as u64 + 1, Some(t.as_str())))
            .collect();
        write(&db, &docs[..docs.len() - 1], false);
        assert_eq!(pending(&db), FRESH_MAX - 1);
        write(&db, &docs[docs.len() - 1..], false);
        assert_eq!(pending(&db), 0, "the merge empties the pending rows");
        assert_eq!(find(&db, "spanner").ids.len(), 20);
        write(&db, &[(1, Some("Wrench"))], false);
        assert_eq!(pending(&db), 1);
        write(&db, &[(1, Some("Spanner 0"))], false);
        assert_eq!(pending(&db), 0, "back to what the postings hold");
    }
}
