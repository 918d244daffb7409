//! The index recomputed from the records: `rebuild` writes it, `verify` compares it with what
//! the write path left. Both stream: the records are read once per kind, in order, and the
//! stored documents beside them; what is held in memory is one dictionary of terms (with a
//! count and a checksum of each term's postings) and, for `rebuild`, a bounded buffer of
//! postings written in sorted runs.

use std::collections::{BTreeMap, HashMap};

use redb::{ReadTransaction, WriteTransaction};

use super::document::{self, Beside};
use super::{count_key, order, unorder, ID_LIMIT};
use crate::domain::records::{Category, Group, Item, ItemDetails, User};
use crate::domain::search::{Doc, Entries, Kind, Language};
use crate::store::read::optional;
use crate::store::tables::{
    CATEGORIES, GROUPS, ITEMS, ITEM_DETAILS, META, SEARCH_DOCS, SEARCH_FRESH, SEARCH_POSTINGS,
    SEARCH_TERMS, USERS,
};
use crate::store::StoreError;
use crate::views::derive::{each_record, Source};

/// Calls `f` with each record of `kind` that has a document (its words stemmed in `lang`), in
/// id order.
fn each_doc(
    src: &dyn Source,
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
                };
                emit(id, document::item(&it, beside, lang))
            })
        }
    }
}

/// The terms of one kind, each with a number: what postings are counted and sorted by.
#[derive(Default)]
struct Dictionary {
    numbers: HashMap<String, u32>,
    terms: Vec<String>,
    /// Per term number: how many records have it, and the sum of its postings' checksums.
    df: Vec<u64>,
    sums: Vec<u64>,
}

impl Dictionary {
    fn note(&mut self, term: &str, order: u64) -> u32 {
        let n = match self.numbers.get(term) {
            Some(&n) => n,
            None => {
                let n = self.terms.len() as u32;
                self.numbers.insert(term.to_string(), n);
                self.terms.push(term.to_string());
                self.df.push(0);
                self.sums.push(0);
                n
            }
        };
        self.df[n as usize] += 1;
        self.sums[n as usize] = self.sums[n as usize].wrapping_add(checksum(order));
        n
    }
}

/// A posting's share of its term's checksum (splitmix64): a sum over a term's postings that
/// a missing, extra or changed posting moves.
fn checksum(order: u64) -> u64 {
    let mut z = order.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Postings a rebuild holds before writing them as one sorted run (16 bytes each). Small
/// runs keep the writing side busy from the first records on, while the reading side folds
/// and stems; redb's inserts cost about the same out of order. At 1M members the index was
/// written in 61 s with runs of 65,536 postings, 83 s with runs of 4M.
const RUN: usize = 1 << 16;

/// Documents the reading side of a rebuild sends at a time.
const BATCH: usize = 4096;

/// What the reading side of a rebuild sends the writing side, in order: documents (in id
/// order) with the terms first seen in them, and runs of postings, sorted, whose terms came
/// with earlier documents.
enum Built {
    Docs {
        docs: Vec<(u64, Doc)>,
        terms: Vec<String>,
    },
    Run(Vec<(u32, u64)>),
}

/// Writes the index from the records over the stored one (`rebuild`, `import`), and answers
/// how many documents each kind has (for `meta`, [`count_key`], which the caller writes:
/// this runs beside other steps of a rebuild, and opens the index's tables only).
///
/// The records are read from `records`, a snapshot in which they are as `txn` has them, on
/// a second thread that folds and stems their words and sorts the postings, while this one
/// writes.
pub fn rebuild(
    txn: &WriteTransaction,
    records: &ReadTransaction,
    lang: Language,
) -> Result<Vec<(Kind, u64)>, StoreError> {
    txn.delete_table(SEARCH_DOCS)?;
    txn.delete_table(SEARCH_POSTINGS)?;
    txn.delete_table(SEARCH_TERMS)?;
    txn.delete_table(SEARCH_FRESH)?;
    // Every record is in the postings: none waits (the table stays, empty, for readers).
    txn.open_table(SEARCH_FRESH)?;
    let mut docs = txn.open_table(SEARCH_DOCS)?;
    let mut postings = txn.open_table(SEARCH_POSTINGS)?;
    let mut terms = txn.open_table(SEARCH_TERMS)?;
    let mut counts = Vec::new();
    for kind in Kind::ALL {
        let k = kind as u8;
        let (send, received) = std::sync::mpsc::sync_channel::<Built>(4);
        let (dict, count) = std::thread::scope(|scope| {
            let reader = scope.spawn(move || read_kind(records, (kind, lang), &send));
            // The dictionary's terms by number, as the reader sends them.
            let mut names: Vec<String> = Vec::new();
            let mut write = || -> Result<(), StoreError> {
                for built in received.iter() {
                    match built {
                        Built::Docs { docs: batch, terms } => {
                            names.extend(terms);
                            for (id, doc) in batch {
                                docs.insert((k, id), doc.as_bytes())?;
                            }
                        }
                        Built::Run(run) => {
                            for (n, o) in run {
                                postings.insert((k, names[n as usize].as_str(), o), ())?;
                            }
                        }
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
        let mut sorted: Vec<usize> = (0..dict.terms.len()).collect();
        sorted.sort_unstable_by(|a, b| dict.terms[*a].cmp(&dict.terms[*b]));
        for n in sorted {
            terms.insert((k, dict.terms[n].as_str()), dict.df[n])?;
        }
        counts.push((kind, count));
    }
    Ok(counts)
}

/// The reading side of [`rebuild`] for one kind: documents and sorted runs sent to `send`;
/// answers the dictionary and the number of documents.
fn read_kind(
    records: &ReadTransaction,
    kind_lang: (Kind, Language),
    send: &std::sync::mpsc::SyncSender<Built>,
) -> Result<(Dictionary, u64), StoreError> {
    // The writing side stopped: it reports its own error.
    let stopped = |_| StoreError::Corrupt("the search index's writing stopped".into());
    let mut dict = Dictionary::default();
    let mut batch: Vec<(u64, Doc)> = Vec::with_capacity(BATCH);
    let mut run: Vec<(u32, u64)> = Vec::new();
    let mut terms_sent = 0;
    let mut count = 0u64;
    let mut send_docs = |batch: &mut Vec<(u64, Doc)>, dict: &Dictionary| {
        let docs = std::mem::replace(batch, Vec::with_capacity(BATCH));
        let terms = dict.terms[terms_sent..].to_vec();
        terms_sent = dict.terms.len();
        send.send(Built::Docs { docs, terms }).map_err(stopped)
    };
    let send_run = |run: &mut Vec<(u32, u64)>, dict: &Dictionary| {
        run.sort_unstable_by(|a, b| {
            (dict.terms[a.0 as usize].as_str(), a.1).cmp(&(dict.terms[b.0 as usize].as_str(), b.1))
        });
        send.send(Built::Run(std::mem::take(run))).map_err(stopped)
    };
    each_doc(records, kind_lang, &mut |id, doc| {
        count += 1;
        for e in doc.entries() {
            let o = order(e.impact, id);
            run.push((dict.note(e.term, o), o));
        }
        batch.push((id, doc));
        if batch.len() >= BATCH || run.len() >= RUN {
            send_docs(&mut batch, &dict)?;
        }
        if run.len() >= RUN {
            send_run(&mut run, &dict)?;
        }
        Ok(())
    })?;
    send_docs(&mut batch, &dict)?;
    send_run(&mut run, &dict)?;
    Ok((dict, count))
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
    let postings = optional(txn, SEARCH_POSTINGS)?;
    let terms = optional(txn, SEARCH_TERMS)?;
    let fresh = optional(txn, SEARCH_FRESH)?;
    let meta = txn.open_table(META)?;
    let lang = super::language(&meta)?;
    for kind in Kind::ALL {
        let k = kind as u8;
        let name = kind.as_str();
        let mut dict = Dictionary::default();
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
            for e in Entries(held) {
                dict.note(e.term, order(e.impact, id));
            }
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
            for e in Entries(&indexed) {
                dict.note(e.term, order(e.impact, id));
            }
        }
        let stored_count = meta.get(count_key(kind))?.map_or(0, |v| v.value());
        if stored_count != records {
            note(format!(
                "{name}: {stored_count} documents are counted, {records} are there"
            ));
        }
        // The dictionary and the postings, term by term against the documents'.
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
        let mut sums: HashMap<u32, (u64, u64)> = HashMap::new();
        if let Some(t) = &postings {
            for row in t.range((k, "", 0)..(k + 1, "", 0))? {
                let (key, _) = row?;
                let (_, term, o) = key.value();
                match dict.numbers.get(term) {
                    Some(&n) => {
                        let e = sums.entry(n).or_default();
                        e.0 += 1;
                        e.1 = e.1.wrapping_add(checksum(o));
                    }
                    None => {
                        let (id, _) = unorder(o);
                        note(format!(
                            "{name} {id} is found by {term:?}, which none of its words is"
                        ));
                    }
                }
            }
        }
        for (n, term) in dict.terms.iter().enumerate() {
            let want = (dict.df[n], dict.sums[n]);
            if sums.get(&(n as u32)).copied().unwrap_or_default() != want {
                note(format!(
                    "{name} term {term:?} finds other records than those that have it"
                ));
            }
        }
    }
    Ok((count, lines))
}
