//! Tests of the rank index, including a proptest against a BTreeMap model.
use std::collections::BTreeMap;

use proptest::prelude::*;

use super::*;

/// Checks order, AVL balance, totals and the distinct count of the whole tree.
fn check(ix: &RankIndex) {
    fn walk(ix: &RankIndex, n: usize, lo: Option<i64>, hi: Option<i64>) -> (u32, u64, usize) {
        if n == NIL {
            return (0, 0, 0);
        }
        let node = &ix.nodes[n];
        assert!(node.count > 0);
        assert!(lo.is_none_or(|lo| node.score > lo) && hi.is_none_or(|hi| node.score < hi));
        let (hl, tl, dl) = walk(ix, node.left, lo, Some(node.score));
        let (hr, tr, dr) = walk(ix, node.right, Some(node.score), hi);
        assert!(hl.abs_diff(hr) <= 1, "unbalanced at {}", node.score);
        assert_eq!(node.height, 1 + hl.max(hr));
        assert_eq!(node.total, node.count + tl + tr);
        (node.height, node.total, 1 + dl + dr)
    }
    let (_, _, d) = walk(ix, ix.root, None, None);
    assert_eq!(d, ix.distinct());
    assert_eq!(ix.nodes.len() - ix.free.len(), d);
}

#[test]
fn basics_with_ties() {
    let mut ix = RankIndex::new();
    assert_eq!((ix.total(), ix.rank(0), ix.height()), (0, 1, 0));
    for s in [10, 5, 10, 20, -3, 10] {
        ix.add(s);
    }
    check(&ix);
    assert_eq!((ix.total(), ix.distinct()), (6, 4));
    assert_eq!(ix.count_of(10), 3);
    assert_eq!(ix.count_greater(20), 0);
    assert_eq!(ix.rank(20), 1);
    assert_eq!(ix.rank(10), 2);
    assert_eq!(ix.rank(7), 5);
    assert_eq!(ix.rank(5), 5);
    assert_eq!(ix.rank(-3), 6);
    assert_eq!(ix.count_greater(i64::MIN), 6);
    assert!(ix.remove(10));
    assert!(!ix.remove(11));
    assert!(ix.replace(20, -100));
    assert!(!ix.replace(20, 0));
    check(&ix);
    assert_eq!((ix.count_of(10), ix.count_of(20), ix.rank(-100)), (2, 0, 5));
    for s in [10, 10, 5, -3, -100] {
        assert!(ix.remove(s));
    }
    check(&ix);
    assert_eq!((ix.total(), ix.distinct(), ix.height()), (0, 0, 0));
}

#[test]
fn from_counts_sorted_and_unsorted() {
    let sorted = RankIndex::from_counts([(-5, 2), (0, 0), (3, 1), (9, 4)]);
    check(&sorted);
    assert_eq!((sorted.total(), sorted.distinct()), (7, 3));
    assert_eq!(sorted.count_greater(0), 5);
    let messy = RankIndex::from_counts([(9, 1), (-5, 2), (9, 3), (3, 1), (7, 0)]);
    check(&messy);
    for s in [-6, -5, 0, 3, 8, 9, 10] {
        assert_eq!(messy.count_greater(s), sorted.count_greater(s), "at {s}");
        assert_eq!(messy.count_of(s), sorted.count_of(s), "at {s}");
    }
    let big = RankIndex::from_counts((0..100_000).map(|s| (s, 1)));
    check(&big);
    assert_eq!(big.height(), 17); // ceil(log2(100_001))
}

#[test]
fn monotonic_insertion_stays_logarithmic() {
    const N: i64 = 200_000;
    let mut up = RankIndex::new();
    let mut down = RankIndex::new();
    for s in 0..N {
        up.add(s);
        down.add(-s);
    }
    // AVL: h < 1.4405 log2(n + 2) - 0.3277, i.e. <= 25 for n = 200_000.
    let bound = (1.4405 * ((N + 2) as f64).log2()).floor() as u32;
    assert!(up.height() <= bound, "height {} > {bound}", up.height());
    assert!(down.height() <= bound, "height {} > {bound}", down.height());
    assert_eq!(up.count_greater(N / 2), (N / 2 - 1) as u64);
    for s in (0..N).step_by(2) {
        assert!(up.remove(s));
    }
    check(&up);
    assert!(up.height() <= bound);
    assert_eq!(up.total(), (N / 2) as u64);
}

#[derive(Clone, Debug)]
enum Op {
    Add(i64),
    Remove(i64),
    Replace(i64, i64),
}

fn score() -> impl Strategy<Value = i64> {
    prop_oneof![
        4 => -20i64..20,
        1 => Just(i64::MIN),
        1 => Just(i64::MAX),
        1 => any::<i64>(),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => score().prop_map(Op::Add),
        2 => score().prop_map(Op::Remove),
        1 => (score(), score()).prop_map(|(a, b)| Op::Replace(a, b)),
    ]
}

fn model_greater(m: &BTreeMap<i64, u64>, s: i64) -> u64 {
    m.range((std::ops::Bound::Excluded(s), std::ops::Bound::Unbounded))
        .map(|(_, c)| c)
        .sum()
}

fn model_remove(m: &mut BTreeMap<i64, u64>, s: i64) -> bool {
    match m.get_mut(&s) {
        Some(c) if *c > 1 => *c -= 1,
        Some(_) => {
            m.remove(&s);
        }
        None => return false,
    }
    true
}

proptest! {
    #[test]
    fn matches_btreemap_model(
        start in proptest::collection::vec((score(), 0u64..4), 0..20),
        ops in proptest::collection::vec(op(), 0..200),
        probes in proptest::collection::vec(score(), 1..10),
    ) {
        let mut model: BTreeMap<i64, u64> = BTreeMap::new();
        for &(s, c) in &start {
            *model.entry(s).or_default() += c;
        }
        model.retain(|_, c| *c > 0);
        let mut ix = RankIndex::from_counts(start);
        for op in ops {
            match op {
                Op::Add(s) => {
                    ix.add(s);
                    *model.entry(s).or_default() += 1;
                }
                Op::Remove(s) => prop_assert_eq!(ix.remove(s), model_remove(&mut model, s)),
                Op::Replace(a, b) => {
                    let ok = model.contains_key(&a);
                    if ok {
                        model_remove(&mut model, a);
                        *model.entry(b).or_default() += 1;
                    }
                    prop_assert_eq!(ix.replace(a, b), ok);
                }
            }
            for &p in &probes {
                prop_assert_eq!(ix.count_greater(p), model_greater(&model, p));
                prop_assert_eq!(ix.count_of(p), model.get(&p).copied().unwrap_or(0));
            }
        }
        check(&ix);
        prop_assert_eq!(ix.total(), model.values().sum::<u64>());
        prop_assert_eq!(ix.distinct(), model.len());
        for (&s, &c) in &model {
            prop_assert_eq!(ix.count_of(s), c);
            prop_assert_eq!(ix.rank(s), 1 + model_greater(&model, s));
        }
    }
}
