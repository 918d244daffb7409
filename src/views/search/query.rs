//! A query's results for one viewer: the records that have every word (the last one also as
//! the beginning of a longer word, until a space follows it), best first by BM25, then
//! available before lent out, then newest first. Only what the viewer may see is counted,
//! before paging, so a hidden record never shows and never shifts a page.
//!
//! The rarest word leads: its postings are read best first and every other word is checked in
//! each candidate's document. Reading stops as soon as no record further down could enter
//! the page (its best possible score is below the page's last), so a common word costs about
//! as much as the page it fills.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap, HashMap, HashSet};

use redb::{ReadOnlyTable, ReadTransaction};

use super::correct;
use super::fresh::Pending;
use super::{count_key, unorder};
use crate::domain::search::{self, idf, Entries, Kind, Language, Stems, OWNER_ONLY};
use crate::store::read::optional;
use crate::store::tables::{META, SEARCH_DOCS, SEARCH_FRESH, SEARCH_POSTINGS, SEARCH_TERMS};
use crate::store::StoreError;

/// The most longer words a typed beginning stands for (the commonest ones): two letters may
/// begin thousands.
pub const MAX_EXPANSIONS: usize = 200;
/// Dictionary entries read to find them.
const EXPANSIONS_READ: usize = 5_000;
/// The shortest beginning (in characters) that matches longer words.
pub const MIN_PREFIX: usize = 2;
/// Words of one query a typo is forgiven in.
pub const MAX_CORRECTED: usize = 2;
/// Candidates a query reads once its page is full. Past them, what is left unread ranks
/// below: the leading word's best records have been read, but a record further down with
/// more of the other words could have ranked higher. Without it, two common words read
/// every record of the rarer one (55,000 on average at 1M members; see BENCHMARKS.md).
pub const READ_LIMIT: usize = 3_000;

/// What the viewer may know of a record the query found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seen {
    /// Free to borrow now (items); ranks it above an equal one that is not.
    pub available: bool,
    /// The viewer may see the owner's name, so words of it match (items).
    pub owner_named: bool,
}

/// The viewer's side of a query: which records they may see.
pub trait Judge {
    /// `None` when the viewer may not see record `id` (or another filter leaves it out).
    fn judge(&mut self, id: u64) -> Result<Option<Seen>, StoreError>;
}

impl Seen {
    /// A record with no availability and no owner (a group, a member).
    pub const PLAIN: Seen = Seen {
        available: true,
        owner_named: true,
    };
}

impl<F: FnMut(u64) -> Result<Option<Seen>, StoreError>> Judge for F {
    fn judge(&mut self, id: u64) -> Result<Option<Seen>, StoreError> {
        self(id)
    }
}

/// A page of results.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Found {
    /// The records of the page, best first.
    pub ids: Vec<u64>,
    /// A further page has results.
    pub more: bool,
    /// The query as it was read after forgiving a typo, when one was ("drill" for "drrill").
    pub corrected: Option<String>,
    /// Candidates read (for the benchmarks and the tests of early stopping).
    pub read: usize,
    /// The ranking stopped at [`READ_LIMIT`] rather than by proving no unread record ranks
    /// higher.
    pub cut: bool,
}

/// One word of a query and the terms that match it.
struct Word {
    /// Its place among the query's words (a repeated word is resolved once).
    at: usize,
    /// Its term, and for the last word as typed, every term it begins: (term, idf).
    alts: Vec<(String, f64)>,
    /// The last word as typed, which begins the terms that also match.
    prefix: Option<String>,
    /// Each of its terms' weight (idf), looked up once per term of a candidate.
    weights: HashMap<String, f64>,
    /// Records that have one of its terms, at most.
    df: u64,
    /// The most it can add to a score.
    best: f64,
}

impl Word {
    /// Whether `doc` has one of this word's own terms (`alts`, at most [`MAX_EXPANSIONS`] for
    /// a beginning): the postings lead a query to records only through those, so a pending
    /// record must have one too, or a merge would change what the query finds.
    fn has_alt(&self, doc: &[u8]) -> bool {
        Entries(doc).any(|e| self.weights.contains_key(e.term))
    }

    /// Whether document `doc` has a term of this word: its bytes compared, not read as
    /// text, so that the pending records a query looks through cost little when they do not
    /// match (most of them).
    fn may_match(&self, doc: &[u8]) -> bool {
        let exact = self.alts.first().map(|(t, _)| t.as_bytes());
        let prefix = self.prefix.as_deref().map(str::as_bytes);
        let mut rest = doc;
        while let [_impact, _flags, length, tail @ ..] = rest {
            let Some(term) = tail.get(..usize::from(*length)) else {
                return false;
            };
            if exact == Some(term) || prefix.is_some_and(|p| term.starts_with(p)) {
                return true;
            }
            rest = &tail[term.len()..];
        }
        false
    }
}

/// A term's weight: BM25's idf in steps of 1/1024, so that a score (impacts times weights,
/// summed) is exact in any order. The bound that stops reading adds the leading word first,
/// a candidate's score adds the words in the query's order; with rounding errors they could
/// differ in the last bit, and a record whose score equals the bound was left unread (the
/// model test found one).
fn weight(df: u64, records: u64) -> f64 {
    (idf(df, records) * 1024.0).round() / 1024.0
}

struct Tables {
    postings: ReadOnlyTable<(u8, &'static str, u64), ()>,
    terms: ReadOnlyTable<(u8, &'static str), u64>,
    docs: ReadOnlyTable<(u8, u64), &'static [u8]>,
    records: u64,
    /// The language the index stems in: a query's words are stemmed the same way.
    language: Language,
    /// Records the postings do not hold as they are now (`fresh`).
    pending: Pending,
}

impl Tables {
    fn open(txn: &ReadTransaction, kind: Kind) -> Result<Option<Tables>, StoreError> {
        let (Some(postings), Some(terms), Some(docs)) = (
            optional(txn, SEARCH_POSTINGS)?,
            optional(txn, SEARCH_TERMS)?,
            optional(txn, SEARCH_DOCS)?,
        ) else {
            return Ok(None);
        };
        let meta = txn.open_table(META)?;
        let records = meta.get(count_key(kind))?.map_or(0, |v| v.value());
        let pending = Pending::read(optional(txn, SEARCH_FRESH)?.as_ref(), kind)?;
        Ok(Some(Tables {
            postings,
            terms,
            docs,
            records,
            language: super::language(&meta)?,
            pending,
        }))
    }

    /// How many records have `term`, pending ones as they are now.
    fn df(&self, kind: Kind, term: &str) -> Result<u64, StoreError> {
        let stored = self.terms.get((kind as u8, term))?.map_or(0, |v| v.value());
        Ok(self.pending.df(term, stored))
    }

    /// [`Tables::df`] with the pending records' `changes` counted beforehand.
    fn df_among(
        &self,
        kind: Kind,
        term: &str,
        changes: &BTreeMap<String, i64>,
    ) -> Result<u64, StoreError> {
        let stored = self.terms.get((kind as u8, term))?.map_or(0, |v| v.value());
        Ok(stored.saturating_add_signed(changes.get(term).copied().unwrap_or(0)))
    }

    /// The impact of a term's best posting: the most it can weigh in a record the postings
    /// lead to (pending records are scored on their own, after them). A pending record's
    /// older posting can only make it higher than needed.
    fn best_impact(&self, kind: Kind, term: &str) -> Result<u8, StoreError> {
        let k = kind as u8;
        let mut range = self.postings.range((k, term, 0)..=(k, term, u64::MAX))?;
        Ok(match range.next() {
            Some(row) => unorder(row?.0.value().2).1,
            None => 0,
        })
    }

    /// The word whose term is `term` (and, with `prefix`, the terms it begins).
    fn word(
        &self,
        kind: Kind,
        (at, term): (usize, &str),
        prefix: Option<&str>,
    ) -> Result<Word, StoreError> {
        let k = kind as u8;
        let mut found: Vec<(String, u64)> = Vec::new();
        let df = self.df(kind, term)?;
        if df > 0 {
            found.push((term.to_string(), df));
        }
        let prefix = prefix.filter(|p| p.chars().count() >= MIN_PREFIX);
        if let Some(p) = prefix {
            let mut more = Vec::new();
            // What pending records will change in these terms' counts, taken out as each
            // is read: those left are words only pending records have.
            let mut changes = self.pending.changes_beginning(p);
            for row in self.terms.range((k, p)..(k + 1, ""))?.take(EXPANSIONS_READ) {
                let (key, df) = row?;
                let t = key.value().1;
                if !t.starts_with(p) {
                    break;
                }
                let change = changes.remove(t).unwrap_or(0);
                let df = df.value().saturating_add_signed(change);
                if t != term && df > 0 {
                    more.push((t.to_string(), df));
                }
            }
            for (t, change) in changes {
                if t != term && change > 0 && self.terms.get((k, t.as_str()))?.is_none() {
                    more.push((t, change as u64));
                }
            }
            more.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            more.truncate(MAX_EXPANSIONS - found.len());
            found.extend(more);
        }
        let mut alts = Vec::with_capacity(found.len());
        let (mut total, mut best) = (0u64, 0f64);
        for (t, df) in found {
            let weight = weight(df, self.records);
            let impact = self.best_impact(kind, &t)?;
            best = best.max(weight * f64::from(impact));
            total += df;
            alts.push((t, weight));
        }
        Ok(Word {
            at,
            weights: alts.iter().cloned().collect(),
            alts,
            prefix: prefix.map(str::to_string),
            df: total,
            best,
        })
    }
}

/// A result on its way to the page, ordered best first.
#[derive(Debug, Clone, Copy)]
struct Hit {
    score: f64,
    available: bool,
    id: u64,
}

impl Hit {
    fn rank(&self, other: &Hit) -> Ordering {
        other
            .score
            .total_cmp(&self.score)
            .then(other.available.cmp(&self.available))
            .then(other.id.cmp(&self.id))
    }
}

/// The ids of page `page` of `ranked` (best first), and whether a further page has results.
fn page_of(ranked: &[Hit], (page, per_page): (usize, usize)) -> (Vec<u64>, bool) {
    let more = ranked.len() > page * per_page;
    let ids = ranked
        .iter()
        .skip((page - 1) * per_page)
        .take(per_page)
        .map(|h| h.id)
        .collect();
    (ids, more)
}

/// A candidate from the leading word's postings: its share of the score, and its id.
#[derive(PartialEq)]
struct Head {
    share: f64,
    id: u64,
    alt: usize,
}

impl Eq for Head {}

impl PartialOrd for Head {
    fn partial_cmp(&self, other: &Head) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Head {
    fn cmp(&self, other: &Head) -> Ordering {
        self.share
            .total_cmp(&other.share)
            .then(self.id.cmp(&other.id))
    }
}

/// How a document matches the words: its score, and its score without the words only its
/// owner's name has (`None` when a word needs the owner's name).
fn score(
    words: &[Word],
    doc: &[u8],
    extra: &mut dyn FnMut(&str) -> f64,
) -> Option<(f64, Option<f64>)> {
    let mut full = 0.0;
    let mut unnamed = Some(0.0);
    for w in words {
        let (mut any, mut plain): (Option<f64>, Option<f64>) = (None, None);
        // A candidate's terms are compared with each word's rather than looked up: a word
        // typed whole has one term, and only terms that begin a typed prefix look for their
        // weight (a hash lookup per term of every candidate was a third of its cost).
        let exact = w.alts.first().map(|(t, weight)| (t.as_str(), *weight));
        for e in Entries(doc) {
            let weight = match (exact, &w.prefix) {
                (Some((t, weight)), _) if t == e.term => weight,
                (_, Some(p)) if e.term.starts_with(p.as_str()) => match w.weights.get(e.term) {
                    Some(weight) => *weight,
                    None => extra(e.term),
                },
                _ => continue,
            };
            let s = weight * f64::from(e.impact);
            any = Some(any.map_or(s, |a: f64| a.max(s)));
            if e.flags & OWNER_ONLY == 0 {
                plain = Some(plain.map_or(s, |a: f64| a.max(s)));
            }
        }
        full += any?;
        unnamed = match (unnamed, plain) {
            (Some(u), Some(p)) => Some(u + p),
            _ => None,
        };
    }
    Some((full, unnamed))
}

/// One page (1-based, `per_page` results) of what `q` finds among records of `kind`, for the
/// viewer `judge` speaks for.
pub fn search(
    txn: &ReadTransaction,
    kind: Kind,
    q: &str,
    (page, per_page): (usize, usize),
    judge: &mut dyn Judge,
) -> Result<Found, StoreError> {
    let Some(t) = Tables::open(txn, kind)? else {
        return Ok(Found::default());
    };
    let parsed = search::query(q, t.language);
    let typed = search::words(q);
    let mut words = resolve(&t, kind, &parsed)?;
    let mut corrected = None;
    let missing = words.iter().filter(|w| w.alts.is_empty()).count();
    if missing > MAX_CORRECTED {
        // Each guess looks up a few thousand edits: a query of many unknown words is not
        // worth that much of the server.
        return Ok(Found::default());
    }
    if missing > 0 {
        // A word matches nothing: one typo is forgiven in each such word.
        let stems = Stems::new(t.language);
        let mut fixed = typed.clone();
        // A guess looks up thousands of edits: pending records are counted once for them all.
        let changes = t.pending.changes_beginning("");
        for w in words.iter().filter(|w| w.alts.is_empty()) {
            let Some(word) = typed.get(w.at) else {
                return Ok(Found::default());
            };
            match correct::correct(word, &stems, |term| t.df_among(kind, term, &changes))? {
                Some((better, _)) => fixed[w.at] = better,
                None => return Ok(Found::default()),
            }
        }
        let again = fixed.join(" ");
        words = resolve(&t, kind, &search::query(&format!("{again} "), t.language))?;
        if words.iter().any(|w| w.alts.is_empty()) {
            return Ok(Found::default());
        }
        corrected = Some(again);
    }
    let mut found = rank(&t, kind, &words, (page, per_page), judge)?;
    found.corrected = corrected;
    Ok(found)
}

/// The words of a parsed query with their terms, each once.
fn resolve(t: &Tables, kind: Kind, parsed: &search::Query) -> Result<Vec<Word>, StoreError> {
    let mut words: Vec<Word> = Vec::new();
    let last = parsed.terms.len().saturating_sub(1);
    for (i, term) in parsed.terms.iter().enumerate() {
        let prefix = if i == last {
            parsed.prefix.as_deref()
        } else {
            None
        };
        let repeated = parsed.terms[..i].contains(term)
            || (prefix.is_some() && parsed.terms[i + 1..].contains(term));
        if repeated {
            continue;
        }
        words.push(t.word(kind, (i, term), prefix)?);
    }
    Ok(words)
}

/// Ranks the records that have every word and keeps the page.
fn rank(
    t: &Tables,
    kind: Kind,
    words: &[Word],
    (page, per_page): (usize, usize),
    judge: &mut dyn Judge,
) -> Result<Found, StoreError> {
    if words.is_empty() {
        return Ok(Found::default());
    }
    let k = kind as u8;
    let keep = page * per_page + 1;
    // The rarest word leads.
    let lead = (0..words.len()).min_by_key(|&i| words[i].df).unwrap_or(0);
    let others_best: f64 = (0..words.len())
        .filter(|&i| i != lead)
        .map(|i| words[i].best)
        .sum();
    let mut ranges = Vec::with_capacity(words[lead].alts.len());
    let mut heads = BinaryHeap::new();
    for (alt, (term, weight)) in words[lead].alts.iter().enumerate() {
        let mut range = t
            .postings
            .range((k, term.as_str(), 0)..=(k, term.as_str(), u64::MAX))?;
        if let Some(row) = range.next() {
            let (id, impact) = unorder(row?.0.value().2);
            heads.push(Head {
                share: weight * f64::from(impact),
                id,
                alt,
            });
        }
        ranges.push(range);
    }
    let several = ranges.len() > 1;
    let mut seen: HashSet<u64> = HashSet::new();
    let mut weights: HashMap<String, f64> = HashMap::new();
    let mut extra = |term: &str| -> f64 {
        if let Some(w) = weights.get(term) {
            return *w;
        }
        let w = weight(t.df(kind, term).unwrap_or(1), t.records);
        weights.insert(term.to_string(), w);
        w
    };
    let mut hits: Vec<Hit> = Vec::with_capacity(keep + 1);
    let (mut read, mut cut) = (0, false);
    while let Some(Head { share, id, alt }) = heads.pop() {
        if let Some(row) = ranges[alt].next() {
            let (next, impact) = unorder(row?.0.value().2);
            heads.push(Head {
                share: words[lead].alts[alt].1 * f64::from(impact),
                id: next,
                alt,
            });
        }
        if (several && !seen.insert(id)) || t.pending.holds(id) {
            continue;
        }
        let bound = share + others_best;
        if hits.len() >= keep {
            let last = hits[hits.len() - 1];
            if bound < last.score || (bound == last.score && last.available && id < last.id) {
                break;
            }
            // The same limit for every page, so that pages of one query rank the same
            // candidates and never repeat one another.
            if read >= READ_LIMIT {
                cut = true;
                break;
            }
        }
        read += 1;
        let Some(doc) = t.docs.get((k, id))? else {
            continue;
        };
        consider(
            words,
            (id, doc.value()),
            (&mut hits, keep),
            judge,
            &mut extra,
        )?;
    }
    // Pending records, from their words as they are now (the postings skip them), once the
    // page is as full as the postings make it: most then rank below it without being judged.
    for (id, doc) in t.pending.current() {
        read += 1;
        if words.iter().all(|w| w.may_match(doc)) && words[lead].has_alt(doc) {
            consider(words, (id, doc), (&mut hits, keep), judge, &mut extra)?;
        }
    }
    let (ids, more) = page_of(&hits, (page, per_page));
    Ok(Found {
        ids,
        more,
        corrected: None,
        read,
        cut,
    })
}

/// Scores record `id` (its document `doc`) and puts it among `hits` (best first, at most
/// `keep`) if the viewer may see it and it ranks high enough.
fn consider(
    words: &[Word],
    (id, doc): (u64, &[u8]),
    (hits, keep): (&mut Vec<Hit>, usize),
    judge: &mut dyn Judge,
    extra: &mut dyn FnMut(&str) -> f64,
) -> Result<(), StoreError> {
    let Some((full, unnamed)) = score(words, doc, extra) else {
        return Ok(());
    };
    let beats = |score: f64, available: bool, hits: &[Hit]| {
        hits.len() < keep
            || Hit {
                score,
                available,
                id,
            }
            .rank(&hits[hits.len() - 1])
                == Ordering::Less
    };
    if !beats(full, true, hits) {
        return Ok(());
    }
    let Some(seen) = judge.judge(id)? else {
        return Ok(());
    };
    let score = match (seen.owner_named, unnamed) {
        (true, _) => full,
        (false, Some(u)) => u,
        (false, None) => return Ok(()),
    };
    if !beats(score, seen.available, hits) {
        return Ok(());
    }
    let hit = Hit {
        score,
        available: seen.available,
        id,
    };
    let at = hits.partition_point(|h| h.rank(&hit) == Ordering::Less);
    hits.insert(at, hit);
    hits.truncate(keep);
    Ok(())
}

#[cfg(test)]
#[path = "query_model.rs"]
mod model;
