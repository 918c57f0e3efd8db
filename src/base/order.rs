//! Sorting and searching with little code. Each `slice::sort_by` call site instantiates
//! std's whole driftsort for its element type and closure (3-5 KB of wasm each; 46 KB in
//! all before this module). Most lists precheck orders are short (findings, matches,
//! suggestions): a stable insertion sort per element type costs a few hundred bytes. The
//! few long ones take `sort_long_by`, a merge sort of positions, or, ordered by a word's
//! [`prefix_key`] (the vocabulary's thousands of terms), `positions_by_key`, a radix sort.
//! [`SortedWords`] is the one search of every sorted word table, by 8-byte number keys.

/// The first 8 bytes of a word as a number that orders as the word does (big-endian,
/// zero-padded): `a < b` gives `prefix_key(a) <= prefix_key(b)`, so a binary search
/// over words compares numbers and compares strings only where the first 8 bytes tie.
pub fn prefix_key(word: &str) -> u64 {
    word.bytes().take(8).enumerate().fold(0, |n, (i, b)| n | u64::from(b) << (56 - 8 * i))
}

/// Words sorted as strings, each with its [`prefix_key`]: the word tables (vague phrases'
/// and vocabulary terms' first words, the HS word index, the word lists) are searched
/// for each word of a title, thousands of times a second in bulk. An exact search
/// ([`SortedWords::position`]) is a hash probe or two, one string compared; a search by
/// order ([`SortedWords::lower_bound`]) is a handful of number comparisons, with strings
/// compared only where 8 bytes tie. (The binary searches alone, a cache miss a step,
/// were a sixth of `check --jsonl`.) One type for every table, so the wasm module
/// carries the search once.
#[derive(Debug, Default)]
pub struct SortedWords {
    words: Vec<&'static str>,
    keys: Vec<u64>,
    /// An open-addressing table (linear probing, a power of two at least twice the
    /// words): each distinct word's first position plus one, 0 for an empty slot.
    slots: Vec<u32>,
}

/// A hash of a word, eight bytes at a time (FxHash's step): names like
/// "description-zh-relational" are looked up as often as words.
fn word_hash(word: &str) -> u64 {
    let step = |h: u64, eight: u64| (h.rotate_left(5) ^ eight).wrapping_mul(0x517c_c1b7_2722_0a95);
    let chunks = word.as_bytes().chunks_exact(8);
    let tail = chunks.remainder().iter().rev().fold(0u64, |n, &b| n << 8 | u64::from(b));
    let h = chunks.fold(word.len() as u64, |h, c| step(h, u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]])));
    let h = step(h, tail);
    // The top bits are the best mixed; the table takes the low ones.
    h ^ (h >> 32)
}

impl SortedWords {
    /// `words` must be sorted as strings (a word may repeat).
    pub fn new(words: Vec<&'static str>) -> SortedWords {
        let keys = words.iter().map(|w| prefix_key(w)).collect();
        let mut slots = vec![0u32; (words.len() * 2).next_power_of_two()];
        let mask = slots.len() - 1;
        for (i, word) in words.iter().enumerate() {
            if i > 0 && words[i - 1] == *word {
                continue;
            }
            let mut at = word_hash(word) as usize & mask;
            while slots[at] != 0 {
                at = (at + 1) & mask;
            }
            slots[at] = i as u32 + 1;
        }
        SortedWords { words, keys, slots }
    }

    pub const fn empty() -> SortedWords {
        SortedWords { words: Vec::new(), keys: Vec::new(), slots: Vec::new() }
    }

    /// The first position whose word is not less than `word`.
    pub fn lower_bound(&self, word: &str) -> usize {
        let key = prefix_key(word);
        let (mut lo, mut hi) = (0, self.keys.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let k = self.keys[mid];
            if k < key || (k == key && self.words[mid] < word) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// The first position of `word`.
    pub fn position(&self, word: &str) -> Option<usize> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut at = word_hash(word) as usize & mask;
        loop {
            let i = (*self.slots.get(at)? as usize).checked_sub(1)?;
            if self.words.get(i) == Some(&word) {
                return Some(i);
            }
            at = (at + 1) & mask;
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.position(word).is_some()
    }

    pub fn words(&self) -> &[&'static str] {
        &self.words
    }
}

/// Stable sort by `is_less`, O(n^2): for the short lists (findings, matches,
/// suggestions) most call sites sort.
pub fn sort_by<T>(v: &mut [T], mut is_less: impl FnMut(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && is_less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Stable sort by `is_less`, O(n log n): for the few long lists (thousands of entries,
/// where the insertion sort took 11 ms natively on the first check). A merge sort of positions, then one pass that moves each element once.
pub fn sort_long_by<T>(v: &mut [T], mut is_less: impl FnMut(&T, &T) -> bool) {
    let n = v.len();
    let order = sorted_positions(n, &mut |a, b| is_less(&v[a], &v[b]));
    apply(v, order);
}

/// The positions 0..keys.len() ordered by key, ties in position order: a byte-wise radix
/// sort (least significant byte first, which keeps ties in order), with no comparison
/// callback. Ordering the vocabulary's ~3,600 English terms by their first word's first
/// eight bytes with the merge sort's callback took 2.8 ms in wasm at the first check.
pub fn positions_by_key(keys: &[u64]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    let mut next = vec![0; keys.len()];
    for shift in (0..64).step_by(8) {
        let byte = |i: usize| ((keys[i] >> shift) & 0xff) as usize;
        // Where each byte value's run starts, then each position into its run.
        let mut starts = [0usize; 257];
        for &i in &order {
            starts[byte(i) + 1] += 1;
        }
        for b in 1..257 {
            starts[b] += starts[b - 1];
        }
        for &i in &order {
            next[starts[byte(i)]] = i;
            starts[byte(i)] += 1;
        }
        std::mem::swap(&mut order, &mut next);
    }
    order
}

/// The positions 0..n in stable sorted order: a bottom-up merge sort in which ties take
/// the left run. Not generic, so the wasm module carries it once; an index over a table
/// (positions sorted by a key) is this alone.
pub fn sorted_positions(n: usize, is_less: &mut dyn FnMut(usize, usize) -> bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut merged = vec![0; n];
    let mut width = 1;
    while width < n {
        for start in (0..n).step_by(2 * width) {
            let (mid, end) = ((start + width).min(n), (start + 2 * width).min(n));
            let (mut left, mut right) = (start, mid);
            for slot in &mut merged[start..end] {
                let take_right = right < end && (left >= mid || is_less(order[right], order[left]));
                *slot = if take_right { order[right] } else { order[left] };
                if take_right {
                    right += 1;
                } else {
                    left += 1;
                }
            }
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// Moves the element at `order[p]` to position p, following each cycle of the permutation.
fn apply<T>(v: &mut [T], mut order: Vec<usize>) {
    for start in 0..v.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

/// Stable sort, largest key first.
pub fn sort_desc_by_key<T, K: PartialOrd>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a) > key(b));
}

/// Stable sort, smallest key first.
pub fn sort_by_key<T, K: PartialOrd>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a) < key(b));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The radix sort orders by key and keeps ties in position order, as the stable merge
    /// sort does.
    #[test]
    fn positions_by_key_is_a_stable_sort() {
        let mut seed = 7u64;
        let keys: Vec<u64> = (0..2000)
            .map(|_| {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                // Few distinct keys, so ties are common; some with high bytes set.
                (seed >> 61) << (8 * (seed % 8))
            })
            .collect();
        let merged = sorted_positions(keys.len(), &mut |a, b| keys[a] < keys[b]);
        assert_eq!(positions_by_key(&keys), merged);
        assert!(positions_by_key(&[]).is_empty());
    }

    #[test]
    fn sorted_words_search_as_strings_do() {
        let words =
            vec!["", "a", "ab", "abcdefgh", "abcdefghi", "abcdefghj", "abcdefgi", "b", "bag", "bag", "bags", "t", "tshirt", "z\u{0}", "é"];
        let table = SortedWords::new(words.clone());
        assert!(table.keys.windows(2).all(|k| k[0] <= k[1]));
        for probe in words.iter().copied().chain(["aa", "abcdefgh0", "abcdefghz", "c", "zz", "ÿ"]) {
            assert_eq!(table.lower_bound(probe), words.partition_point(|w| *w < probe), "{probe:?}");
            assert_eq!(table.position(probe), words.iter().position(|w| *w == probe), "{probe:?}");
        }
        assert_eq!(SortedWords::empty().position("x"), None);
        assert_eq!(SortedWords::new(vec![]).position(""), None);
        // Many words, so probes collide and wrap around the table.
        let many: Vec<&'static str> = {
            let mut v: Vec<&'static str> = (0..3000).map(|i| &*Box::leak(format!("w{}", i * 7 % 1000).into_boxed_str())).collect();
            v.sort_unstable();
            v
        };
        let table = SortedWords::new(many.clone());
        for probe in ["w0", "w999", "w5", "w1000", "x", ""] {
            assert_eq!(table.position(probe), many.iter().position(|w| *w == probe), "{probe:?}");
        }
    }

    #[test]
    fn sorts_stably() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut v, |x| x.0);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        sort_desc_by_key(&mut v, |x| x.0);
        assert_eq!(v, [(3, 'a'), (3, 'c'), (2, 'd'), (1, 'b'), (1, 'e')]);
        let mut empty: Vec<u8> = vec![];
        sort_by_key(&mut empty, |x| *x);
    }

    #[test]
    fn long_lists_sort_like_std_stable_sort() {
        // A small linear congruential generator: many ties, every length around the cut-over.
        let mut seed = 7u32;
        for n in [0, 1, 2, 31, 32, 33, 64, 100, 1000, 4097] {
            let v: Vec<(u32, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 50, i)
                })
                .collect();
            let (mut ours, mut short, mut std) = (v.clone(), v.clone(), v);
            sort_long_by(&mut ours, |a, b| a.0 < b.0);
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std, "n = {n}");
            if n <= 1000 {
                sort_by_key(&mut short, |x| x.0);
                assert_eq!(short, std, "n = {n}");
            }
        }
    }
}
