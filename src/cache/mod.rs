//! L1: ready responses in three LRU segments, evicted exactly by each commit, with fills tagged
//! by commit sequence so a slow reader can never put back a page a later commit invalidated
//! (DESIGN rule 3).
//!
//! Protocol. Readers: `let s = l1.current_seq()` *before* opening the read transaction, build
//! the entry from that snapshot, `l1.fill(&key, Arc::new(Entry::new(s, ..)))`. Writer: after each
//! durable commit, `l1.commit(seq, &changed_keys)` (or `evict_all(seq)` for bulk changes). A fill
//! whose `seq` is older than the key's last eviction is dropped. Because the check and the insert
//! happen under the same segment mutex as the eviction, an old snapshot's entry is either
//! refused or inserted before the eviction and then removed by it.

pub mod forms;
mod key;
#[cfg(test)]
mod tests;

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use lru::LruCache;
use parking_lot::Mutex;

pub use forms::{Coding, Forms};
pub use key::{etag_of, Entry, Fnv64, Page, Segment, ViewKey};

/// Slots of the per-segment "last eviction seq" table. Keys are folded onto it by hash so the
/// memory stays fixed however many distinct keys are ever evicted; two keys sharing a slot only
/// make fills of the other key drop more often, never accept a stale one.
const EVICT_SLOTS: usize = 4096;

/// Entry counts per segment. Zero disables a segment: its fills are ignored, its gets miss.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Capacities {
    pub hot: usize,
    pub warm: usize,
    pub cold: usize,
}

impl Default for Capacities {
    fn default() -> Self {
        Self {
            hot: 256,
            warm: 4096,
            cold: 65536,
        }
    }
}

/// A copy of one segment's counters, taken under its lock so they agree with each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SegmentStats {
    pub segment: Segment,
    /// Configured capacity in entries (0 = disabled).
    pub capacity: usize,
    pub hits: u64,
    pub misses: u64,
    /// Fills that were stored.
    pub fills: u64,
    /// Fills refused: older than the key's last eviction or the segment floor, or older than the
    /// entry already resident for that key.
    pub dropped_fills: u64,
    /// Entries removed because a commit (`commit` or `evict_all`) changed them.
    pub invalidations: u64,
    /// Entries pushed out by the LRU capacity.
    pub lru_evictions: u64,
    /// Resident entries.
    pub entries: u64,
    /// Sum of `body + snapshot` lengths of resident entries.
    pub bytes: u64,
}

struct SegState {
    /// `None` when the capacity is zero.
    lru: Option<LruCache<ViewKey, Arc<Entry>>>,
    /// Max eviction seq of the keys hashing to each slot.
    evicted: Box<[u64]>,
    /// Every fill below this seq is refused (set by `evict_all`).
    floor: u64,
    stats: SegmentStats,
}

impl SegState {
    fn new(segment: Segment, capacity: usize) -> Self {
        Self {
            lru: NonZeroUsize::new(capacity).map(LruCache::new),
            evicted: vec![0; EVICT_SLOTS].into_boxed_slice(),
            floor: 0,
            stats: SegmentStats {
                segment,
                capacity,
                hits: 0,
                misses: 0,
                fills: 0,
                dropped_fills: 0,
                invalidations: 0,
                lru_evictions: 0,
                entries: 0,
                bytes: 0,
            },
        }
    }

    fn slot(key: &ViewKey) -> usize {
        let h = key::key_hash(key);
        // Fold the high half in: FNV's low bits alone spread short keys poorly.
        ((h ^ (h >> 32)) as usize) & (EVICT_SLOTS - 1)
    }

    fn forget(&mut self, entry: &Entry) {
        self.stats.entries = self.stats.entries.saturating_sub(1);
        self.stats.bytes = self.stats.bytes.saturating_sub(entry.size());
    }

    fn invalidate(&mut self, key: &ViewKey, seq: u64) {
        let slot = &mut self.evicted[Self::slot(key)];
        *slot = (*slot).max(seq);
        if let Some(old) = self.lru.as_mut().and_then(|lru| lru.pop(key)) {
            self.stats.invalidations += 1;
            self.forget(&old);
        }
    }
}

/// The L1 cache. `Send + Sync`; share it as `Arc<L1>`.
pub struct L1 {
    /// Last committed sequence, published by the writer after the commit is durable.
    seq: AtomicU64,
    segments: [Mutex<SegState>; 3],
}

impl Default for L1 {
    fn default() -> Self {
        Self::new(Capacities::default())
    }
}

impl L1 {
    pub fn new(caps: Capacities) -> Self {
        Self {
            seq: AtomicU64::new(0),
            segments: [
                Mutex::new(SegState::new(Segment::Hot, caps.hot)),
                Mutex::new(SegState::new(Segment::Warm, caps.warm)),
                Mutex::new(SegState::new(Segment::Cold, caps.cold)),
            ],
        }
    }

    fn seg(&self, segment: Segment) -> &Mutex<SegState> {
        &self.segments[segment.index()]
    }

    /// The last committed sequence. Read it before opening the read transaction whose data the
    /// entry will hold: Acquire pairs with the writer's Release, so that snapshot is at least
    /// as new as this sequence.
    pub fn current_seq(&self) -> u64 {
        self.seq.load(Ordering::Acquire)
    }

    pub fn get(&self, key: &ViewKey) -> Option<Arc<Entry>> {
        let mut st = self.seg(key.segment()).lock();
        let found = st.lru.as_mut().and_then(|lru| lru.get(key)).cloned();
        if found.is_some() {
            st.stats.hits += 1;
        } else {
            st.stats.misses += 1;
        }
        found
    }

    /// Offers an entry read from the snapshot of sequence `entry.seq`. Returns whether it was
    /// stored. Refused when the key was evicted by a later commit (the snapshot may predate it)
    /// or when a newer entry for the key is already resident (keep the fresher one).
    pub fn fill(&self, key: ViewKey, entry: Arc<Entry>) -> bool {
        let mut st = self.seg(key.segment()).lock();
        let st = &mut *st;
        let Some(lru) = st.lru.as_mut() else {
            return false;
        };
        let evicted_at = st.evicted[SegState::slot(&key)];
        let newer_resident = lru.peek(&key).is_some_and(|e| e.seq > entry.seq);
        if entry.seq < st.floor || entry.seq < evicted_at || newer_resident {
            st.stats.dropped_fills += 1;
            return false;
        }
        let size = entry.size();
        let replaced = lru.push(key, entry);
        st.stats.fills += 1;
        st.stats.entries += 1;
        st.stats.bytes = st.stats.bytes.saturating_add(size);
        if let Some((old_key, old)) = replaced {
            // `push` hands back either the same key's previous value (its key is still
            // resident, with the new value) or the LRU victim (gone).
            if !lru.contains(&old_key) {
                st.stats.lru_evictions += 1;
            }
            st.forget(&old);
        }
        true
    }

    /// Called by the writer after the commit of `seq` is durable: publishes `seq` and evicts
    /// exactly `keys`. The sequence is published first so that a reader that sees it also opens
    /// a snapshot containing the commit, and its fill (tagged `seq`) is accepted.
    pub fn commit(&self, seq: u64, keys: &[ViewKey]) {
        self.seq.fetch_max(seq, Ordering::AcqRel);
        for segment in Segment::ALL {
            let mut mine = keys.iter().filter(|k| k.segment() == segment).peekable();
            if mine.peek().is_none() {
                continue;
            }
            let mut st = self.seg(segment).lock();
            for key in mine {
                st.invalidate(key, seq);
                // A view's HTML twins change with it.
                for lang in crate::i18n::Lang::ALL {
                    st.invalidate(&key.clone().html(lang), seq);
                }
            }
        }
    }

    /// Evicts everything (imports, rebuilds): every fill read before `seq` is refused.
    pub fn evict_all(&self, seq: u64) {
        self.seq.fetch_max(seq, Ordering::AcqRel);
        for segment in Segment::ALL {
            let mut st = self.seg(segment).lock();
            st.floor = st.floor.max(seq);
            if let Some(lru) = st.lru.as_mut() {
                let n = lru.len() as u64;
                lru.clear();
                st.stats.invalidations += n;
            }
            st.stats.entries = 0;
            st.stats.bytes = 0;
        }
    }

    /// Counters of every segment, in `Segment::ALL` order.
    pub fn stats(&self) -> Vec<SegmentStats> {
        Segment::ALL
            .iter()
            .map(|&s| self.seg(s).lock().stats)
            .collect()
    }
}
