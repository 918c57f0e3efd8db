//! Sorting with little code. Each `slice::sort_by` call site instantiates std's whole
//! driftsort for its element type and closure (3-5 KB of wasm each; 46 KB in all before
//! this module). The lists precheck orders are short (findings, matches, suggestions),
//! so one stable insertion sort per element type is enough and costs a few hundred bytes.

/// Stable sort by `is_less`, O(n^2): for lists of at most a few hundred elements.
pub fn sort_by<T>(v: &mut [T], mut is_less: impl FnMut(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && is_less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
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
    fn sorts_stably() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut v, |x| x.0);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        sort_desc_by_key(&mut v, |x| x.0);
        assert_eq!(v, [(3, 'a'), (3, 'c'), (2, 'd'), (1, 'b'), (1, 'e')]);
        let mut empty: Vec<u8> = vec![];
        sort_by_key(&mut empty, |x| *x);
    }
}
