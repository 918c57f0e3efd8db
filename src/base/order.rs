//! Sorting with little code. Each `slice::sort_by` call site instantiates std's whole
//! driftsort for its element type and closure (3-5 KB of wasm each; 46 KB in all before
//! this module). Most lists precheck orders are short (findings, matches, suggestions):
//! a stable insertion sort per element type costs a few hundred bytes. The few long ones
//! (thousands of vocabulary terms) take `sort_long_by`, a merge sort of positions.

/// The first 8 bytes of a word as a number that orders as the word does (big-endian,
/// zero-padded): `a < b` gives `prefix_key(a) <= prefix_key(b)`, so a binary search
/// over words compares numbers and compares strings only where the first 8 bytes tie.
pub fn prefix_key(word: &str) -> u64 {
    word.bytes().take(8).enumerate().fold(0, |n, (i, b)| n | u64::from(b) << (56 - 8 * i))
}

/// The first position of a table sorted by string whose string is not less than `word`
/// (`partition_point(|s| s < word)`): `keys[i]` is [`prefix_key`] of entry `i`'s string
/// and `at(i)` the string. Title words are looked up in the word tables thousands of
/// times a second; this is what makes each lookup a handful of number comparisons.
pub fn lower_bound<'a>(keys: &[u64], at: impl Fn(usize) -> &'a str, word: &str) -> usize {
    let key = prefix_key(word);
    let from = keys.partition_point(|&k| k < key);
    let tied = keys[from..].partition_point(|&k| k == key);
    let (mut lo, mut hi) = (from, from + tied);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if at(mid) < word {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
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

/// Stable sort by `is_less`, O(n log n): for the few long lists (the vocabulary's terms,
/// the vague phrases: thousands, where the insertion sort took 11 ms natively on the
/// first check). A merge sort of positions, then one pass that moves each element once.
pub fn sort_long_by<T>(v: &mut [T], mut is_less: impl FnMut(&T, &T) -> bool) {
    let n = v.len();
    let order = sorted_positions(n, &mut |a, b| is_less(&v[a], &v[b]));
    apply(v, order);
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

    #[test]
    fn lower_bound_agrees_with_a_string_search() {
        let words = ["", "a", "ab", "abcdefgh", "abcdefghi", "abcdefghj", "abcdefgi", "b", "bag", "bags", "t", "tshirt", "z\u{0}", "é"];
        let keys: Vec<u64> = words.iter().map(|w| prefix_key(w)).collect();
        assert!(keys.windows(2).all(|k| k[0] <= k[1]));
        for probe in words.iter().copied().chain(["aa", "abcdefgh0", "abcdefghz", "c", "zz", "ÿ"]) {
            assert_eq!(lower_bound(&keys, |i| words[i], probe), words.partition_point(|w| *w < probe), "{probe:?}");
        }
        assert_eq!(lower_bound(&[], |_| "", "x"), 0);
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
