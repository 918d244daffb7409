//! The ranking against a model: random records written through the index's write path (with
//! removals and changed impacts), random queries of one to three words (the last one maybe a
//! prefix), random viewers; each page must be exactly what scoring every record by hand and
//! sorting gives.

use proptest::prelude::*;
use redb::backends::InMemoryBackend;
use redb::{Database, ReadableDatabase};

use super::*;
use crate::domain::search::{Doc, OWNER_ONLY};
use crate::store::tx::W;
use crate::views::search::blocks::BLOCK;
use crate::views::search::maintain;

/// Terms, the first common and the last ones rare, with prefixes of one another.
const VOCABULARY: [&str; 8] = ["ax", "axe", "axle", "bolt", "box", "dr", "drill", "drum"];

/// The chance in 16 that a record has each term.
const ODDS: [u32; 8] = [14, 8, 6, 8, 4, 1, 6, 2];

/// Few impacts, so that many records tie.
const IMPACTS: [u8; 3] = [40, 80, 255];

#[derive(Debug, Clone)]
struct Record {
    id: u64,
    /// (term, impact, only in the owner's name)
    terms: Vec<(usize, u8, bool)>,
    /// A visitor may not see it.
    hidden: bool,
}

fn records() -> impl Strategy<Value = Vec<Record>> {
    let record = (
        // Ids over several blocks, and their edges.
        prop_oneof![
            1u64..6_000,
            (1u64..6_000).prop_map(|i| i * 97),
            (0u64..4).prop_map(|b| b * BLOCK + BLOCK - 1 - b)
        ],
        proptest::collection::vec((0u32..16, 0usize..3, any::<bool>()), 8),
        any::<bool>(),
    )
        .prop_map(|(id, draws, hidden)| Record {
            id,
            hidden,
            terms: draws
                .iter()
                .enumerate()
                .filter(|(i, (roll, _, _))| *roll < ODDS[*i])
                .map(|(i, (_, impact, owner))| (i, IMPACTS[*impact], *owner && i % 2 == 1))
                .collect(),
        });
    proptest::collection::vec(record, 1..1_500).prop_map(|mut all| {
        all.sort_by_key(|r| r.id);
        all.dedup_by_key(|r| r.id);
        all.retain(|r| !r.terms.is_empty());
        // Written in an order other than ids', so blocks are split and not only appended to.
        all.sort_by_key(|r| r.id.wrapping_mul(0x9e37_79b9) % 1_009);
        all
    })
}

/// Whether `viewer` is a visitor, who never sees a hidden record, and is shown the owner's
/// name of records whose owner is not [`owner_private`].
fn visitor(viewer: u64) -> bool {
    viewer % 3 == 0
}

/// Whether visitors are not shown the name of the record's owner.
fn owner_private(r: &Record) -> bool {
    r.id % 2 == 0
}

fn seen(r: &Record, viewer: u64) -> Option<Seen> {
    if visitor(viewer) && r.hidden {
        return None;
    }
    let h = (r.id ^ viewer).wrapping_mul(0x2545_f491_4f6c_dd1d) >> 40;
    if visitor(viewer) {
        return (h % 5 != 0).then_some(Seen {
            available: h % 3 != 0,
            owner_named: !owner_private(r),
        });
    }
    (h % 5 != 0).then_some(Seen {
        available: h % 3 != 0,
        owner_named: h % 2 == 0,
    })
}

/// The document of a record's terms (in the vocabulary's order, which is the terms' order).
fn doc(r: &Record) -> Doc {
    let mut bytes = Vec::new();
    for &(t, impact, owner_only) in &r.terms {
        bytes.extend([impact, if owner_only { OWNER_ONLY } else { 0 }]);
        bytes.push(VOCABULARY[t].len() as u8);
        bytes.extend_from_slice(VOCABULARY[t].as_bytes());
    }
    let mut doc = Doc::from_bytes(&bytes);
    if owner_private(r) {
        doc = doc.owner_unnamed_to_visitors();
    }
    match r.hidden {
        true => doc.hidden_from_visitors(),
        false => doc,
    }
}

/// Writes `all` through the write path, then takes out every fourth, halves the impacts of
/// every seventh and hides or shows every fifth; answers the records as they end. With `merged`, no record is left
/// pending (`fresh`): the postings hold them all.
fn index(db: &Database, all: &[Record], merged: bool) -> Vec<Record> {
    let txn = db.begin_write().unwrap();
    let mut kept = Vec::new();
    {
        let mut w = W::open(&txn, 0).unwrap();
        // As the server does when it opens a data file.
        w.open_all().unwrap();
        for r in all {
            maintain::put(&mut w, Kind::Item, r.id, Some(&doc(r))).unwrap();
        }
        for (n, r) in all.iter().enumerate() {
            if n % 4 == 0 {
                maintain::put(&mut w, Kind::Item, r.id, None).unwrap();
                continue;
            }
            let mut r = r.clone();
            if n % 7 == 0 || n % 5 == 0 {
                if n % 7 == 0 {
                    for t in &mut r.terms {
                        t.1 /= 2;
                    }
                }
                if n % 5 == 0 {
                    r.hidden = !r.hidden;
                }
                maintain::put(&mut w, Kind::Item, r.id, Some(&doc(&r))).unwrap();
            }
            kept.push(r);
        }
        if merged {
            crate::views::search::fresh::merge(&mut w).unwrap();
        }
    }
    txn.commit().unwrap();
    kept
}

/// Scores every record by hand: the page and whether more follow.
fn by_hand(
    kept: &[Record],
    (words, prefix): (&[usize], Option<&str>),
    viewer: u64,
    (page, per_page): (usize, usize),
) -> (Vec<u64>, bool) {
    let df = |t: usize| {
        kept.iter()
            .filter(|r| r.terms.iter().any(|x| x.0 == t))
            .count() as u64
    };
    let last = words.len() - 1;
    let mut ranked: Vec<Hit> = Vec::new();
    for r in kept {
        let Some(seen) = seen(r, viewer) else {
            continue;
        };
        let mut score = Some(0.0);
        for (i, &w) in words.iter().enumerate() {
            let matches = |t: usize| {
                let begins =
                    |p: &str| p.chars().count() >= MIN_PREFIX && VOCABULARY[t].starts_with(p);
                t == w || (i == last && prefix.is_some_and(begins))
            };
            let best = r
                .terms
                .iter()
                .filter(|x| matches(x.0) && (seen.owner_named || !x.2))
                .map(|x| weight(df(x.0), kept.len() as u64) * f64::from(x.1))
                .reduce(f64::max);
            score = match (score, best) {
                (Some(s), Some(b)) => Some(s + b),
                _ => None,
            };
        }
        if let Some(score) = score {
            ranked.push(Hit {
                score,
                available: seen.available,
                id: r.id,
            });
        }
    }
    ranked.sort_by(|a, b| a.rank(b));
    page_of(&ranked, (page, per_page))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn pages_are_what_scoring_every_record_by_hand_gives(
        all in records(),
        picked in proptest::collection::vec(0usize..8, 1..4),
        prefix in proptest::option::of(prop_oneof![Just("ax"), Just("dr"), Just("bo"), Just("a")]),
        viewer in any::<u64>(),
        page in 1usize..4,
        per_page in prop_oneof![Just(1usize), Just(5), Just(20)],
        merged in any::<bool>(),
    ) {
        let db = Database::builder().create_with_backend(InMemoryBackend::new()).unwrap();
        let kept = index(&db, &all, merged);
        let words: Vec<usize> = picked
            .iter()
            .enumerate()
            .filter(|(i, w)| !picked[..*i].contains(w))
            .map(|(_, w)| *w)
            .collect();
        let mut terms: Vec<String> = words.iter().map(|w| VOCABULARY[*w].to_string()).collect();
        let mut model_words = words.clone();
        // A typed beginning is the query's last word, a term of its own whether or not any
        // record has it whole (a word already asked for stays whole).
        let open = prefix.filter(|p| !terms.iter().any(|t| t == p));
        if let Some(p) = open {
            terms.push(p.to_string());
            model_words.push(VOCABULARY.iter().position(|v| *v == p).unwrap_or(usize::MAX));
        }
        let txn = db.begin_read().unwrap();
        let t = Tables::open(&txn, Kind::Item, visitor(viewer)).unwrap().unwrap();
        let parsed = search::Query { terms, prefix: open.map(str::to_string) };
        let mut resolved = resolve(&t, Kind::Item, &parsed).unwrap();
        load_all(&t, Kind::Item, &mut resolved).unwrap();
        let by_id: std::collections::HashMap<u64, &Record> = kept.iter().map(|r| (r.id, r)).collect();
        let mut judge = |id: u64| Ok(by_id.get(&id).and_then(|r| seen(r, viewer)));
        let found = match visitor(viewer) {
            true => rank(&t, &resolved, (page, per_page), &mut Visitor(&mut judge)),
            false => rank(&t, &resolved, (page, per_page), &mut judge),
        }
        .unwrap();
        let want = by_hand(&kept, (&model_words, open), viewer, (page, per_page));
        prop_assert!(!found.cut);
        prop_assert_eq!((found.ids, found.more), want);
    }
}
