//! The in-memory rank index of one leaderboard: a score -> count histogram as an AVL tree with
//! subtree totals, so "how many active users score more than s" is O(log d) (DESIGN rule 6).
//!
//! Why AVL in an arena: redb has no order statistics, scores are arbitrary i64 (a Fenwick tree
//! would need a dense key space), and the tree must stay balanced when scores arrive in order
//! (a start-up rebuild or a stream of growing scores). AVL bounds the height at ~1.44 log2(d)
//! deterministically; nodes live in a `Vec` with a free list because the crate forbids `unsafe`
//! and boxing every node would scatter them over the heap.

/// Marks an absent child.
const NIL: usize = usize::MAX;

#[derive(Clone, Debug)]
struct Node {
    score: i64,
    /// Users with exactly this score; never 0 for a node in the tree.
    count: u64,
    /// `count` summed over this node's subtree.
    total: u64,
    left: usize,
    right: usize,
    height: u32,
}

/// Multiset of scores with order statistics. Each operation is O(log d), d = distinct scores.
#[derive(Clone, Debug)]
pub struct RankIndex {
    nodes: Vec<Node>,
    /// Slots of removed nodes, reused before the arena grows.
    free: Vec<usize>,
    root: usize,
    distinct: usize,
}

impl Default for RankIndex {
    fn default() -> Self {
        Self::new()
    }
}

impl RankIndex {
    pub fn new() -> Self {
        Self {
            nodes: Vec::new(),
            free: Vec::new(),
            root: NIL,
            distinct: 0,
        }
    }

    /// Builds the index from a histogram. Sorted ascending input with distinct scores (as a redb
    /// range scan yields it) is built in O(n) as a perfectly balanced tree; any other input is
    /// sorted and merged first rather than rejected. Zero counts are skipped.
    pub fn from_counts(counts: impl IntoIterator<Item = (i64, u64)>) -> Self {
        let mut pairs: Vec<(i64, u64)> = counts.into_iter().filter(|&(_, c)| c > 0).collect();
        if !pairs.windows(2).all(|w| w[0].0 < w[1].0) {
            pairs.sort_unstable_by_key(|&(s, _)| s);
            pairs.dedup_by(|later, kept| {
                let same = later.0 == kept.0;
                if same {
                    kept.1 = kept.1.saturating_add(later.1);
                }
                same
            });
        }
        let mut index = Self::new();
        index.nodes.reserve_exact(pairs.len());
        index.root = index.build(&pairs);
        index.distinct = pairs.len();
        index
    }

    fn build(&mut self, pairs: &[(i64, u64)]) -> usize {
        if pairs.is_empty() {
            return NIL;
        }
        let mid = pairs.len() / 2;
        let left = self.build(&pairs[..mid]);
        let right = self.build(&pairs[mid + 1..]);
        let (score, count) = pairs[mid];
        let n = self.alloc(score, count);
        self.nodes[n].left = left;
        self.nodes[n].right = right;
        self.update(n);
        n
    }

    /// Counts one more user at `score`.
    pub fn add(&mut self, score: i64) {
        self.root = self.insert(self.root, score);
    }

    /// Counts one user fewer at `score`. Returns false, changing nothing, when no user has that
    /// score: the caller's bookkeeping is wrong, which it should report, but a rank must not
    /// take the server down.
    pub fn remove(&mut self, score: i64) -> bool {
        if self.count_of(score) == 0 {
            return false;
        }
        self.root = self.delete(self.root, score);
        true
    }

    /// Moves one user from score `from` to `to` (the usual update). Returns false, changing
    /// nothing, when no user has `from`.
    pub fn replace(&mut self, from: i64, to: i64) -> bool {
        if from == to {
            return self.count_of(from) > 0;
        }
        let removed = self.remove(from);
        if removed {
            self.add(to);
        }
        removed
    }

    /// A user entering (`old` none), leaving (`new` none) or moving: a move as the writer
    /// records it.
    pub fn moved(&mut self, old: Option<i64>, new: Option<i64>) {
        if let Some(s) = old {
            self.remove(s);
        }
        if let Some(s) = new {
            self.add(s);
        }
    }

    /// Users with a score strictly greater than `score`.
    pub fn count_greater(&self, score: i64) -> u64 {
        let mut acc = 0u64;
        let mut n = self.root;
        while n != NIL {
            let node = &self.nodes[n];
            if score < node.score {
                acc = acc
                    .saturating_add(node.count)
                    .saturating_add(self.total_of(node.right));
                n = node.left;
            } else if score > node.score {
                n = node.right;
            } else {
                return acc.saturating_add(self.total_of(node.right));
            }
        }
        acc
    }

    /// Competition rank ("1224"): 1 + users with a strictly greater score.
    pub fn rank(&self, score: i64) -> u64 {
        self.count_greater(score).saturating_add(1)
    }

    /// Users counted.
    pub fn total(&self) -> u64 {
        self.total_of(self.root)
    }

    /// Distinct scores present.
    pub fn distinct(&self) -> usize {
        self.distinct
    }

    /// Users with exactly `score`.
    pub fn count_of(&self, score: i64) -> u64 {
        let mut n = self.root;
        while n != NIL {
            let node = &self.nodes[n];
            n = match score.cmp(&node.score) {
                std::cmp::Ordering::Less => node.left,
                std::cmp::Ordering::Greater => node.right,
                std::cmp::Ordering::Equal => return node.count,
            };
        }
        0
    }

    /// Height of the tree (0 when empty); exposed so tests can check the balance bound.
    pub fn height(&self) -> u32 {
        self.height_of(self.root)
    }

    fn total_of(&self, n: usize) -> u64 {
        if n == NIL {
            0
        } else {
            self.nodes[n].total
        }
    }

    fn height_of(&self, n: usize) -> u32 {
        if n == NIL {
            0
        } else {
            self.nodes[n].height
        }
    }

    fn alloc(&mut self, score: i64, count: u64) -> usize {
        let node = Node {
            score,
            count,
            total: count,
            left: NIL,
            right: NIL,
            height: 1,
        };
        match self.free.pop() {
            Some(i) => {
                self.nodes[i] = node;
                i
            }
            None => {
                self.nodes.push(node);
                self.nodes.len() - 1
            }
        }
    }

    /// Recomputes `n`'s height and total from its children.
    fn update(&mut self, n: usize) {
        let (l, r) = (self.nodes[n].left, self.nodes[n].right);
        let height = 1 + self.height_of(l).max(self.height_of(r));
        let total = self.nodes[n]
            .count
            .saturating_add(self.total_of(l))
            .saturating_add(self.total_of(r));
        let node = &mut self.nodes[n];
        node.height = height;
        node.total = total;
    }

    fn rotate_right(&mut self, y: usize) -> usize {
        let x = self.nodes[y].left;
        self.nodes[y].left = self.nodes[x].right;
        self.nodes[x].right = y;
        self.update(y);
        self.update(x);
        x
    }

    fn rotate_left(&mut self, x: usize) -> usize {
        let y = self.nodes[x].right;
        self.nodes[x].right = self.nodes[y].left;
        self.nodes[y].left = x;
        self.update(x);
        self.update(y);
        y
    }

    /// Updates `n` and restores the AVL invariant at it; returns the subtree's new root.
    fn rebalance(&mut self, n: usize) -> usize {
        self.update(n);
        let (l, r) = (self.nodes[n].left, self.nodes[n].right);
        let (hl, hr) = (self.height_of(l), self.height_of(r));
        if hl > hr + 1 {
            if self.height_of(self.nodes[l].left) < self.height_of(self.nodes[l].right) {
                self.nodes[n].left = self.rotate_left(l);
            }
            return self.rotate_right(n);
        }
        if hr > hl + 1 {
            if self.height_of(self.nodes[r].right) < self.height_of(self.nodes[r].left) {
                self.nodes[n].right = self.rotate_right(r);
            }
            return self.rotate_left(n);
        }
        n
    }

    // Recursion depth is the tree height, at most ~1.44 log2(d) (under 100 for any d that fits
    // in memory), so recursion cannot overflow the stack.
    fn insert(&mut self, n: usize, score: i64) -> usize {
        if n == NIL {
            self.distinct += 1;
            return self.alloc(score, 1);
        }
        match score.cmp(&self.nodes[n].score) {
            std::cmp::Ordering::Less => {
                let l = self.insert(self.nodes[n].left, score);
                self.nodes[n].left = l;
            }
            std::cmp::Ordering::Greater => {
                let r = self.insert(self.nodes[n].right, score);
                self.nodes[n].right = r;
            }
            std::cmp::Ordering::Equal => {
                self.nodes[n].count = self.nodes[n].count.saturating_add(1);
            }
        }
        self.rebalance(n)
    }

    /// Decrements `score`, which must be present, unlinking its node when the count reaches 0.
    fn delete(&mut self, n: usize, score: i64) -> usize {
        if n == NIL {
            return NIL;
        }
        match score.cmp(&self.nodes[n].score) {
            std::cmp::Ordering::Less => {
                let l = self.delete(self.nodes[n].left, score);
                self.nodes[n].left = l;
            }
            std::cmp::Ordering::Greater => {
                let r = self.delete(self.nodes[n].right, score);
                self.nodes[n].right = r;
            }
            std::cmp::Ordering::Equal if self.nodes[n].count > 1 => {
                self.nodes[n].count -= 1;
            }
            std::cmp::Ordering::Equal => return self.unlink(n),
        }
        self.rebalance(n)
    }

    /// Removes node `n` from its subtree and returns the subtree's new root.
    fn unlink(&mut self, n: usize) -> usize {
        let (l, r) = (self.nodes[n].left, self.nodes[n].right);
        self.free.push(n);
        self.distinct -= 1;
        if l == NIL {
            return r;
        }
        if r == NIL {
            return l;
        }
        // Two children: the successor (min of the right subtree) takes `n`'s place.
        let (rest, succ) = self.take_min(r);
        self.nodes[succ].left = l;
        self.nodes[succ].right = rest;
        self.rebalance(succ)
    }

    /// Detaches the minimum node of subtree `n`: returns (new subtree root, detached node).
    fn take_min(&mut self, n: usize) -> (usize, usize) {
        let l = self.nodes[n].left;
        if l == NIL {
            return (self.nodes[n].right, n);
        }
        let (rest, min) = self.take_min(l);
        self.nodes[n].left = rest;
        (self.rebalance(n), min)
    }
}

#[cfg(test)]
mod tests;
