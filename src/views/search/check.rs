//! The index recomputed from the records: `rebuild` writes it, `verify` compares it with what
//! the write path left. Both stream the records, once per kind, in order, and the stored
//! documents beside them; what is held in memory is one dictionary of terms and the blocks
//! the documents give (two bytes a posting: about 40 MB of a million members' items).

use std::collections::{BTreeMap, HashMap, HashSet};

use redb::{ReadTransaction, ReadableTable, WriteTransaction};

use super::blocks::{rank, Built};
use super::document::{self, Beside};
use super::{count_key, ID_LIMIT};
use crate::domain::privacy::{seen_by_visitors, ProfilePrivacy};
use crate::domain::records::{Category, Group, Item, ItemDetails, User};
use crate::domain::search::{Doc, Entries, Kind, Language};
use crate::store::read::optional;
use crate::store::tables::{
    CATEGORIES, GROUPS, ITEMS, ITEM_DETAILS, META, PROFILE_PRIVACY, SEARCH_BLOCKS, SEARCH_DOCS,
    SEARCH_FRESH, SEARCH_TERMS, USERS,
};
use crate::store::StoreError;
use crate::views::derive::each_record;

/// The members whose names visitors are shown (`privacy::seen_by_visitors`; a member with no
/// row has the default, private).
fn named_to_visitors(txn: &ReadTransaction) -> Result<HashSet<u64>, StoreError> {
    let mut named = HashSet::new();
    if let Some(t) = optional(txn, PROFILE_PRIVACY)? {
        for row in t.iter()? {
            let (user, privacy) = row?;
            if seen_by_visitors(ProfilePrivacy::unpacked(privacy.value())) {
                named.insert(user.value());
            }
        }
    }
    Ok(named)
}

/// Calls `f` with each record of `kind` that has a document (its words stemmed in `lang`), in
/// id order.
fn each_doc(
    src: &ReadTransaction,
    (kind, lang): (Kind, Language),
    f: &mut dyn FnMut(u64, Doc) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let mut emit = |id: u64, doc: Option<Doc>| match doc {
        Some(doc) if id < ID_LIMIT => f(id, doc),
        _ => Ok(()),
    };
    match kind {
        Kind::Member => {
            each_record::<User>(src, USERS, |id, u| emit(id, document::member(&u, lang)))
        }
        Kind::Group => {
            each_record::<Group>(src, GROUPS, |id, g| emit(id, document::group(&g, lang)))
        }
        Kind::Item => {
            let mut categories: HashMap<u64, String> = HashMap::new();
            each_record::<Category>(src, CATEGORIES, |id, c| {
                categories.insert(id, c.name);
                Ok(())
            })?;
            // Only what documents read: most items have no author or ISBN.
            let mut details: HashMap<u64, (String, String)> = HashMap::new();
            each_record::<ItemDetails>(src, ITEM_DETAILS, |id, d| {
                if !d.author.is_empty() || !d.isbn.is_empty() {
                    details.insert(id, (d.author, d.isbn));
                }
                Ok(())
            })?;
            let named = named_to_visitors(src)?;
            let mut owners: HashMap<u64, String> = HashMap::new();
            each_record::<User>(src, USERS, |id, u| {
                if let Some(name) = document::owner_name(&u) {
                    owners.insert(id, name);
                }
                Ok(())
            })?;
            each_record::<Item>(src, ITEMS, |id, it| {
                let (author, isbn) = details
                    .get(&id)
                    .map_or(("", ""), |(a, i)| (a.as_str(), i.as_str()));
                let beside = Beside {
                    category: it
                        .category
                        .and_then(|c| categories.get(&c).map(String::as_str)),
                    author,
                    isbn,
                    owner: owners.get(&it.owner.0).map(String::as_str),
                    owner_named_to_visitors: named.contains(&it.owner.0),
                };
                emit(id, document::item(&it, beside, lang))
            })
        }
    }
}

/// The terms of one kind, each with a number: what blocks are built by.
#[derive(Default)]
struct Dictionary {
    numbers: HashMap<String, u32>,
    terms: Vec<String>,
    /// Per term number: how many records have it.
    df: Vec<u64>,
}

impl Dictionary {
    fn note(&mut self, term: &str) -> u32 {
        let n = match self.numbers.get(term) {
            Some(&n) => n,
            None => {
                let n = self.terms.len() as u32;
                self.numbers.insert(term.to_string(), n);
                self.terms.push(term.to_string());
                self.df.push(0);
                n
            }
        };
        self.df[n as usize] += 1;
        n
    }

    /// Notes each term of record `id`'s document `doc`, and its posting in `built`.
    fn note_doc(&mut self, built: &mut Built, id: u64, doc: &[u8]) {
        for e in Entries(doc) {
            let n = self.note(e.term);
            built.add(n, rank(e.impact, e.flags), id);
        }
    }
}

/// Documents the reading side of a rebuild sends at a time.
const BATCH: usize = 4096;

/// Writes the index from the records over the stored one (`rebuild`, `import`), and answers
/// how many documents each kind has (for `meta`, [`count_key`], which the caller writes:
/// this runs beside other steps of a rebuild, and opens the index's tables only).
///
/// The records are read from `records`, a snapshot in which they are as `txn` has them, on
/// a second thread that folds and stems their words and builds the blocks in memory (about
/// 40 MB at 1M members), while this one writes the documents.
pub fn rebuild(
    txn: &WriteTransaction,
    records: &ReadTransaction,
    lang: Language,
) -> Result<Vec<(Kind, u64)>, StoreError> {
    txn.delete_table(SEARCH_DOCS)?;
    txn.delete_table(SEARCH_BLOCKS)?;
    txn.delete_table(SEARCH_TERMS)?;
    txn.delete_table(SEARCH_FRESH)?;
    // Every record is in the blocks: none waits (the table stays, empty, for readers).
    txn.open_table(SEARCH_FRESH)?;
    let mut docs = txn.open_table(SEARCH_DOCS)?;
    let mut blocks = txn.open_table(SEARCH_BLOCKS)?;
    let mut terms = txn.open_table(SEARCH_TERMS)?;
    let mut counts = Vec::new();
    for kind in Kind::ALL {
        let k = kind as u8;
        let (send, received) = std::sync::mpsc::sync_channel::<Vec<(u64, Doc)>>(4);
        let (dict, built, count) = std::thread::scope(|scope| {
            let reader = scope.spawn(move || read_kind(records, (kind, lang), &send));
            let mut write = || -> Result<(), StoreError> {
                for batch in received.iter() {
                    for (id, doc) in batch {
                        docs.insert((k, id), doc.as_bytes())?;
                    }
                }
                Ok(())
            };
            let written = write();
            // On an error here the reader stops at its next send.
            drop(received);
            let read = reader
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            written.and(read)
        })?;
        for ((term, rank, block), bytes) in built.into_rows(&dict.terms) {
            blocks.insert((k, term.as_str(), rank, block), bytes.as_slice())?;
        }
        let mut sorted: Vec<usize> = (0..dict.terms.len()).collect();
        sorted.sort_unstable_by(|a, b| dict.terms[*a].cmp(&dict.terms[*b]));
        for n in sorted {
            terms.insert((k, dict.terms[n].as_str()), dict.df[n])?;
        }
        counts.push((kind, count));
    }
    Ok(counts)
}

/// The reading side of [`rebuild`] for one kind: documents sent to `send` in batches;
/// answers the dictionary, the blocks and the number of documents.
fn read_kind(
    records: &ReadTransaction,
    kind_lang: (Kind, Language),
    send: &std::sync::mpsc::SyncSender<Vec<(u64, Doc)>>,
) -> Result<(Dictionary, Built, u64), StoreError> {
    // The writing side stopped: it reports its own error.
    let stopped = |_| StoreError::Corrupt("the search index's writing stopped".into());
    let mut dict = Dictionary::default();
    let mut built = Built::default();
    let mut batch: Vec<(u64, Doc)> = Vec::with_capacity(BATCH);
    let mut count = 0u64;
    each_doc(records, kind_lang, &mut |id, doc| {
        count += 1;
        dict.note_doc(&mut built, id, doc.as_bytes());
        batch.push((id, doc));
        if batch.len() >= BATCH {
            let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
            send.send(full).map_err(stopped)?;
        }
        Ok(())
    })?;
    send.send(batch).map_err(stopped)?;
    Ok((dict, built, count))
}

/// A built block's key, as the table's is compared with it.
fn key_of(row: &((String, u16, u64), Vec<u8>)) -> (&str, u16, u64) {
    let (term, rank, block) = &row.0;
    (term.as_str(), *rank, *block)
}

/// Each difference between the stored index and the records, as lines (at most `shown`), and
/// how many there are.
pub fn verify(txn: &ReadTransaction, shown: usize) -> Result<(u64, Vec<String>), StoreError> {
    let mut lines = Vec::new();
    let mut count = 0u64;
    let mut note = |line: String| {
        count += 1;
        if lines.len() < shown {
            lines.push(format!("search: {line}"));
        }
    };
    let docs = optional(txn, SEARCH_DOCS)?;
    let blocks = optional(txn, SEARCH_BLOCKS)?;
    let terms = optional(txn, SEARCH_TERMS)?;
    let fresh = optional(txn, SEARCH_FRESH)?;
    let meta = txn.open_table(META)?;
    let lang = super::language(&meta)?;
    for kind in Kind::ALL {
        let k = kind as u8;
        let name = kind.as_str();
        let mut dict = Dictionary::default();
        let mut built = Built::default();
        let mut records = 0u64;
        // Pending records (a few dozen): the postings hold their older document, and the row
        // holds their document as the records give it.
        let mut pending: BTreeMap<u64, (Vec<u8>, Vec<u8>)> = BTreeMap::new();
        if let Some(t) = &fresh {
            for row in t.range((k, 0)..=(k, u64::MAX))? {
                let (key, value) = row?;
                let id = key.value().1;
                match super::fresh::decode(value.value()) {
                    Some((indexed, current)) => {
                        pending.insert(id, (indexed.to_vec(), current.to_vec()));
                    }
                    None => note(format!("{name} {id}'s pending row is damaged")),
                }
            }
        }
        // The stored documents of this kind, walked beside the records.
        let mut stored = match &docs {
            Some(t) => Some(t.range((k, 0)..=(k, u64::MAX))?.peekable()),
            None => None,
        };
        // A stored document is the one the postings hold: a pending record's older one.
        let mut next_stored =
            |below: u64, note: &mut dyn FnMut(String)| -> Result<Option<Vec<u8>>, StoreError> {
                let Some(rows) = stored.as_mut() else {
                    return Ok(None);
                };
                while let Some(row) =
                    rows.next_if(|r| r.as_ref().map_or(true, |(key, _)| key.value().1 <= below))
                {
                    let (key, value) = row?;
                    let id = key.value().1;
                    if id == below {
                        return Ok(Some(value.value().to_vec()));
                    }
                    match pending.get(&id) {
                        // Gone since the merge, which will take the document out.
                        Some((indexed, _)) if indexed.as_slice() == value.value() => {}
                        _ => note(format!("{name} {id} has a document but should have none")),
                    }
                }
                Ok(None)
            };
        let mut visited = Vec::new();
        each_doc(txn, (kind, lang), &mut |id, doc| {
            records += 1;
            let held = match pending.get(&id) {
                Some((indexed, current)) => {
                    visited.push(id);
                    if current.as_slice() != doc.as_bytes() {
                        note(format!(
                            "{name} {id}'s pending document differs from its record"
                        ));
                    }
                    indexed.as_slice()
                }
                None => doc.as_bytes(),
            };
            dict.note_doc(&mut built, id, held);
            match next_stored(id, &mut note)? {
                Some(bytes) if bytes == held => {}
                Some(_) => note(format!("{name} {id}'s document differs from its record")),
                None if held.is_empty() => {}
                None => note(format!("{name} {id}'s document is missing")),
            }
            Ok(())
        })?;
        next_stored(u64::MAX, &mut note)?;
        for id in visited {
            pending.remove(&id);
        }
        // Pending records that have no document now: the postings and the stored document
        // may still be an older one's.
        for (id, (indexed, current)) in pending {
            if !current.is_empty() {
                note(format!(
                    "{name} {id} is pending with a document it should not have"
                ));
            }
            // (One that differs was named with the stored documents above.)
            let stored = match &docs {
                Some(t) => t.get((k, id))?.is_some(),
                None => false,
            };
            if !stored && !indexed.is_empty() {
                note(format!("{name} {id}'s document is missing"));
            }
            dict.note_doc(&mut built, id, &indexed);
        }
        let stored_count = meta.get(count_key(kind))?.map_or(0, |v| v.value());
        if stored_count != records {
            note(format!(
                "{name}: {stored_count} documents are counted, {records} are there"
            ));
        }
        // The dictionary, term by term against the documents'.
        let mut seen_df: HashMap<u32, u64> = HashMap::new();
        if let Some(t) = &terms {
            for row in t.range((k, "")..(k + 1, ""))? {
                let (key, df) = row?;
                let term = key.value().1;
                match dict.numbers.get(term) {
                    Some(&n) => {
                        seen_df.insert(n, df.value());
                        if dict.df[n as usize] != df.value() {
                            note(format!(
                                "{name} term {term:?} is counted in {} records, {} have it",
                                df.value(),
                                dict.df[n as usize]
                            ));
                        }
                    }
                    None => note(format!(
                        "{name} term {term:?} is in the dictionary but no record has it"
                    )),
                }
            }
        }
        for (n, term) in dict.terms.iter().enumerate() {
            if !seen_df.contains_key(&(n as u32)) {
                note(format!(
                    "{name} term {term:?} is missing from the dictionary"
                ));
            }
        }
        // The blocks, walked beside the ones the documents give (both in the table's order);
        // a term is named once, however many of its blocks differ.
        let mut named: Option<String> = None;
        let mut name_term = |term: &str, note: &mut dyn FnMut(String)| {
            if named.as_deref() == Some(term) {
                return;
            }
            named = Some(term.to_string());
            note(match dict.numbers.contains_key(term) {
                true => format!("{name} term {term:?} finds other records than those that have it"),
                false => {
                    format!("{name} term {term:?} finds records, and none of their words is it")
                }
            });
        };
        let mut want = built.into_rows(&dict.terms).into_iter().peekable();
        if let Some(t) = &blocks {
            for row in t.range((k, "", 0, 0)..(k + 1, "", 0, 0))? {
                let (key, value) = row?;
                let (_, term, rank, block) = key.value();
                let here = (term, rank, block);
                // Blocks the documents give that sort before this one are missing.
                while let Some(((t, _, _), _)) = want.next_if(|w| key_of(w) < here) {
                    name_term(&t, &mut note);
                }
                let same = match want.next_if(|w| key_of(w) == here) {
                    Some((_, bytes)) => bytes == value.value(),
                    None => false,
                };
                if !same {
                    name_term(term, &mut note);
                }
            }
        }
        for ((t, _, _), _) in want {
            name_term(&t, &mut note);
        }
    }
    // Rows of no kind: nothing writes them, nothing reads them.
    if let Some(t) = &blocks {
        let first = Kind::ALL.iter().map(|k| *k as u8).min().unwrap_or(0);
        let last = Kind::ALL.iter().map(|k| *k as u8).max().unwrap_or(u8::MAX);
        let stray = t.range(..(first, "", 0, 0))?.count()
            + match last.checked_add(1) {
                Some(after) => t.range((after, "", 0, 0)..)?.count(),
                None => 0,
            };
        if stray > 0 {
            note(format!("{stray} blocks belong to no kind of record"));
        }
    }
    Ok((count, lines))
}
