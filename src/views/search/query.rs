//! A query's results for one viewer: the records that have every word (the last one also as
//! the beginning of a longer word, until a space follows it), best first by BM25, then
//! available before lent out, then newest first. Only what the viewer may see is counted,
//! before paging, so a hidden record never shows and never shifts a page.
//!
//! Every word's blocks (`blocks`) are loaded whole. The rarest word leads: its records are
//! read best first, each block's with the records that lack another word masked out, and a
//! candidate's other words are looked up in memory. Reading stops as soon as no record
//! further down could enter the page (its best possible score is below the page's last), so
//! a common word costs about as much as the page it fills.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap, HashMap, HashSet};

use redb::{AccessGuard, ReadOnlyTable, ReadTransaction};

use super::blocks::{self, below, no_bits, unrank, Bits, Members, BLOCK};
use super::correct;
use super::count_key;
use super::fresh::Pending;
use crate::domain::search::{self, idf, Entries, Kind, Language, Stems, HIDDEN, OWNER_ONLY};
use crate::store::read::optional;
use crate::store::tables::{META, SEARCH_BLOCKS, SEARCH_FRESH, SEARCH_TERMS};
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
/// every record that has both (tens of thousands at 1M members; see BENCHMARKS.md).
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

    /// The viewer is a visitor (no one signed in), who sees no record whose document is
    /// marked `search::HIDDEN`: those are skipped without being judged.
    fn visitor(&self) -> bool {
        false
    }
}

/// A visitor's judge: [`Judge::visitor`], and the records `0` judges.
pub struct Visitor<J>(pub J);

impl<J: Judge> Judge for Visitor<J> {
    fn judge(&mut self, id: u64) -> Result<Option<Seen>, StoreError> {
        self.0.judge(id)
    }

    fn visitor(&self) -> bool {
        true
    }
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
    /// The most it can add to a score (its blocks', once [`Tables::load`] has read them).
    best: f64,
    /// Every stored block of its terms: per term, best rank first, newest block first
    /// ([`Tables::load`]).
    pieces: Vec<Piece>,
}

/// One stored block of one of a word's terms.
struct Piece {
    /// The term's place among the word's terms, and its rank.
    list: (usize, u16),
    /// What the term adds to a score there: its weight times the impact.
    share: f64,
    /// Only the owner's name has the term.
    owner_only: bool,
    /// The block's first id.
    base: u64,
    /// Its stored bytes, read in place.
    bytes: AccessGuard<'static, &'static [u8]>,
}

impl Piece {
    fn members(&self) -> Members<'_> {
        // Loaded only when they parse (a damaged block reads as an empty one).
        Members::parse(self.bytes.value()).unwrap_or(Members::List(&[]))
    }
}

impl Word {
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
    blocks: ReadOnlyTable<blocks::Key<'static>, &'static [u8]>,
    terms: ReadOnlyTable<(u8, &'static str), u64>,
    records: u64,
    /// The language the index stems in: a query's words are stemmed the same way.
    language: Language,
    /// Records the postings do not hold as they are now (`fresh`).
    pending: Pending,
    /// The query is a visitor's ([`Judge::visitor`]): the postings they may not find records
    /// by are not even loaded.
    visitor: bool,
}

impl Tables {
    fn open(
        txn: &ReadTransaction,
        kind: Kind,
        visitor: bool,
    ) -> Result<Option<Tables>, StoreError> {
        let (Some(blocks), Some(terms)) =
            (optional(txn, SEARCH_BLOCKS)?, optional(txn, SEARCH_TERMS)?)
        else {
            return Ok(None);
        };
        let meta = txn.open_table(META)?;
        let records = meta.get(count_key(kind))?.map_or(0, |v| v.value());
        let pending = Pending::read(optional(txn, SEARCH_FRESH)?.as_ref(), kind)?;
        Ok(Some(Tables {
            blocks,
            terms,
            records,
            language: super::language(&meta)?,
            pending,
            visitor,
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

    /// The stored blocks of term `alt` of a word, with its weight.
    fn pieces(
        &self,
        kind: Kind,
        (alt, term, weight): (usize, &str, f64),
        out: &mut Vec<Piece>,
    ) -> Result<(), StoreError> {
        let k = kind as u8;
        for row in self
            .blocks
            .range((k, term, 0, 0)..=(k, term, u16::MAX, u64::MAX))?
        {
            let (key, value) = row?;
            let (_, _, rank, block) = key.value();
            // A damaged row is taken as no row (verify names it).
            if block > blocks::LAST_BLOCK || Members::parse(value.value()).is_none() {
                continue;
            }
            let (impact, flags) = unrank(rank);
            if self.visitor && flags & HIDDEN != 0 {
                continue;
            }
            out.push(Piece {
                list: (alt, rank),
                share: weight * f64::from(impact),
                owner_only: flags & OWNER_ONLY != 0,
                base: blocks::block_base(block),
                bytes: value,
            });
        }
        Ok(())
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
        let total = found.iter().map(|(_, df)| df).sum();
        let alts: Vec<(String, f64)> = found
            .into_iter()
            .map(|(t, df)| (t, weight(df, self.records)))
            .collect();
        Ok(Word {
            at,
            weights: alts.iter().cloned().collect(),
            alts,
            prefix: prefix.map(str::to_string),
            df: total,
            best: 0.0,
            pieces: Vec::new(),
        })
    }

    /// Reads the stored blocks of a word's terms, once the query's words are final (a
    /// corrected query's are known only after its guess).
    fn load(&self, kind: Kind, word: &mut Word) -> Result<(), StoreError> {
        let mut pieces = Vec::new();
        for (alt, (t, weight)) in word.alts.iter().enumerate() {
            self.pieces(kind, (alt, t, *weight), &mut pieces)?;
        }
        // The most a record the blocks lead to can get (pending records are scored on their
        // own, after them; a pending record's older block can only make it higher).
        word.best = pieces.iter().map(|p| p.share).fold(0.0, f64::max);
        word.pieces = pieces;
        Ok(())
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

/// A candidate from the leading word's blocks: its share of the score, its id, and the list
/// (a term and rank of the leading word) it came from.
#[derive(PartialEq)]
struct Head {
    share: f64,
    id: u64,
    list: usize,
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

/// A record's score: its full one, and the one without the words only its owner's name has
/// (`None` when a word needs the owner's name).
type Score = (f64, Option<f64>);

/// How a pending record's document `doc` matches the words (`None`: a word is missing).
/// A word matches through its own terms only (`alts`, at most [`MAX_EXPANSIONS`] for a
/// beginning), as the blocks lead to records: otherwise a merge would change what a query
/// finds.
fn score(words: &[Word], doc: &[u8]) -> Option<Score> {
    let mut full = 0.0;
    let mut unnamed = Some(0.0);
    for w in words {
        let (mut any, mut plain): (Option<f64>, Option<f64>) = (None, None);
        for e in Entries(doc) {
            let Some(weight) = w.weights.get(e.term) else {
                continue;
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

/// A word's blocks by block, to look a candidate up in.
struct Lookup<'w> {
    word: &'w Word,
    /// Per block's first id: its pieces, the best share first.
    by_block: HashMap<u64, Vec<usize>>,
    /// Per block: every record the word has there (built when first asked for).
    unions: HashMap<u64, Bits>,
}

impl<'w> Lookup<'w> {
    fn new(word: &'w Word) -> Lookup<'w> {
        let mut by_block: HashMap<u64, Vec<usize>> = HashMap::new();
        for (i, p) in word.pieces.iter().enumerate() {
            by_block.entry(p.base).or_default().push(i);
        }
        for pieces in by_block.values_mut() {
            pieces.sort_by(|a, b| word.pieces[*b].share.total_cmp(&word.pieces[*a].share));
        }
        Lookup {
            word,
            by_block,
            unions: HashMap::new(),
        }
    }

    /// The records the word has in the block that begins at `base` (`None`: none).
    fn union(&mut self, base: u64) -> Option<&Bits> {
        let pieces = self.by_block.get(&base)?;
        Some(self.unions.entry(base).or_insert_with(|| {
            let mut bits = no_bits();
            for &i in pieces {
                self.word.pieces[i].members().or_into(&mut bits);
            }
            bits
        }))
    }

    /// What the word adds to record `id`'s score, and without the owner's name.
    fn share(&self, id: u64) -> Option<Score> {
        let low = blocks::low(id);
        let mut full = None;
        for &i in self.by_block.get(&(id - u64::from(low)))? {
            let p = &self.word.pieces[i];
            if !p.members().contains(low) {
                continue;
            }
            full = full.or(Some(p.share));
            if !p.owner_only {
                return Some((full.unwrap_or(p.share), Some(p.share)));
            }
        }
        full.map(|f| (f, None))
    }
}

/// One list of the leading word (a term's records at one rank), walked newest first: its
/// pieces, its share of a score, and the current block's records that every other word has
/// too (held only while the list has candidates left: a beginning may have thousands of
/// lists, most never read).
struct Walk {
    pieces: std::ops::Range<usize>,
    share: f64,
    next: usize,
    base: u64,
    bits: Option<Bits>,
}

impl Walk {
    /// The list's next candidate below `before` in the current block (`BLOCK`: its first),
    /// moving on to its next blocks until one has a candidate.
    fn next(&mut self, lead: &Word, others: &mut [Lookup<'_>], before: u32) -> Option<u64> {
        let found = self.next_in(lead, others, before);
        if found.is_none() {
            self.bits = None;
        }
        found
    }

    fn next_in(&mut self, lead: &Word, others: &mut [Lookup<'_>], before: u32) -> Option<u64> {
        let bits = self.bits.get_or_insert_with(no_bits);
        if let Some(low) = below(bits, before) {
            return Some(self.base + u64::from(low));
        }
        'pieces: while self.next < self.pieces.end {
            let piece = &lead.pieces[self.next];
            self.next += 1;
            bits.fill(0);
            piece.members().or_into(bits);
            for other in others.iter_mut() {
                let Some(union) = other.union(piece.base) else {
                    continue 'pieces;
                };
                for (mine, theirs) in bits.iter_mut().zip(union.iter()) {
                    *mine &= theirs;
                }
            }
            self.base = piece.base;
            if let Some(low) = below(bits, BLOCK as u32) {
                return Some(self.base + u64::from(low));
            }
        }
        None
    }
}

/// The lists of the leading word (consecutive pieces of one term and rank), the best
/// share first.
fn walks(lead: &Word) -> Vec<Walk> {
    let mut out: Vec<Walk> = Vec::new();
    for (i, p) in lead.pieces.iter().enumerate() {
        match out.last_mut() {
            Some(w) if lead.pieces[w.pieces.start].list == p.list => w.pieces.end = i + 1,
            _ => out.push(Walk {
                pieces: i..i + 1,
                share: p.share,
                next: i,
                base: 0,
                bits: None,
            }),
        }
    }
    out.sort_by(|a, b| b.share.total_cmp(&a.share));
    out
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
    let Some(t) = Tables::open(txn, kind, judge.visitor())? else {
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
    load_all(&t, kind, &mut words)?;
    let mut found = rank(&t, &words, (page, per_page), judge)?;
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

/// Reads the blocks of the query's final words.
fn load_all(t: &Tables, kind: Kind, words: &mut [Word]) -> Result<(), StoreError> {
    for word in words {
        t.load(kind, word)?;
    }
    Ok(())
}

/// Ranks the records that have every word (their blocks read: [`load_all`]) and keeps the
/// page.
fn rank(
    t: &Tables,
    words: &[Word],
    (page, per_page): (usize, usize),
    judge: &mut dyn Judge,
) -> Result<Found, StoreError> {
    if words.is_empty() {
        return Ok(Found::default());
    }
    let keep = page * per_page + 1;
    // The rarest word leads.
    let lead = (0..words.len()).min_by_key(|&i| words[i].df).unwrap_or(0);
    let others_best: f64 = (0..words.len())
        .filter(|&i| i != lead)
        .map(|i| words[i].best)
        .sum();
    let mut others: Vec<Lookup> = (words.iter().enumerate())
        .filter(|(i, _)| *i != lead)
        .map(|(_, w)| Lookup::new(w))
        .collect();
    // The leading word looked up only for a record it first finds by the owner's name.
    let mut leading: Option<Lookup> = None;
    let mut walks = walks(&words[lead]);
    let mut heads = BinaryHeap::new();
    // Lists are started in share order, once the best head left is no better than theirs
    // (an equal one too: among equal shares the newest comes first, whichever list has it).
    let mut started = 0;
    let several = words[lead].alts.len() > 1;
    let mut seen: HashSet<u64> = HashSet::new();
    let mut hits: Vec<Hit> = Vec::with_capacity(keep + 1);
    let (mut read, mut cut) = (0, false);
    loop {
        while let Some(walk) = walks.get_mut(started) {
            if heads.peek().is_some_and(|h: &Head| h.share > walk.share) {
                break;
            }
            if let Some(id) = walk.next(&words[lead], &mut others, BLOCK as u32) {
                heads.push(Head {
                    share: walk.share,
                    id,
                    list: started,
                });
            }
            started += 1;
        }
        let Some(Head { share, id, list }) = heads.pop() else {
            break;
        };
        let walk = &mut walks[list];
        if let Some(next) = walk.next(&words[lead], &mut others, blocks::low(id).into()) {
            heads.push(Head {
                share,
                id: next,
                list,
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
        // The first list a record comes from is its leading word's best share; when not only
        // its owner's name has it, that is also its best without the name.
        let mut scored = match words[lead].pieces[walks[list].pieces.start].owner_only {
            false => Some((share, Some(share))),
            true => leading
                .get_or_insert_with(|| Lookup::new(&words[lead]))
                .share(id),
        };
        // Every other word has the record (the walk masked out those that lack one); what
        // each adds is looked up in its blocks.
        for other in &others {
            scored = match (scored, other.share(id)) {
                (Some((f, u)), Some((of, ou))) => Some((f + of, u.zip(ou).map(|(a, b)| a + b))),
                _ => None,
            };
        }
        if let Some(scored) = scored {
            consider(id, scored, (&mut hits, keep), judge)?;
        }
    }
    // Pending records, from their words as they are now (the blocks skip them), once the
    // page is as full as the blocks make it: most then rank below it without being judged.
    for (id, doc) in t.pending.current() {
        read += 1;
        if words.iter().all(|w| w.may_match(doc)) {
            if let Some(scored) = score(words, doc) {
                consider(id, scored, (&mut hits, keep), judge)?;
            }
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

/// Puts record `id` with its score among `hits` (best first, at most `keep`) if the viewer
/// may see it and it ranks high enough.
fn consider(
    id: u64,
    (full, unnamed): Score,
    (hits, keep): (&mut Vec<Hit>, usize),
    judge: &mut dyn Judge,
) -> Result<(), StoreError> {
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
