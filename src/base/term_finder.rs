//! A multi-term matcher: every term of a fixed set that a text contains, found in one
//! pass over the text's characters, however many terms there are.
//!
//! Terms wait in buckets by their first two characters (a one-character term by its
//! only one), so each position of the text looks only at the terms that could start there:
//! usually none, a few at most. The buckets are filled in one counting pass, with no
//! sorting and no states to link: the matchers are built at a page's first check, in
//! the browser, where the Aho-Corasick automaton this replaced took about a third of
//! that check's one-time work (its fail links over some 15,000 byte states) for no
//! faster scans of short listing texts. Written here, not taken from a crate, for the
//! wasm size budget (README, "Crates").

/// The matcher of a fixed set of terms; term ids are their positions in the set given.
#[derive(Debug)]
pub struct TermFinder<'a> {
    terms: Vec<&'a str>,
    /// Bucket `b`'s term ids are `ids[starts[b]..starts[b + 1]]`, ascending.
    starts: Vec<u32>,
    ids: Vec<u32>,
    /// log2 of the number of buckets.
    bits: u32,
}

impl<'a> TermFinder<'a> {
    /// The matcher of `terms`. Empty terms are never reported (an empty text occurs
    /// everywhere; callers that mean that say so themselves).
    pub fn new(terms: &[&'a str]) -> TermFinder<'a> {
        // About two buckets per term: most positions of a text find an empty one (at
        // most 2^20 buckets, so the shift below stays in range for any number of terms).
        let bits = (usize::BITS - (2 * terms.len()).leading_zeros()).clamp(6, 20);
        let mut finder = TermFinder { terms: terms.to_vec(), starts: vec![0; (1 << bits) + 1], ids: Vec::new(), bits };
        let buckets: Vec<Option<usize>> = terms.iter().map(|t| finder.bucket_of_term(t)).collect();
        for &b in buckets.iter().flatten() {
            finder.starts[b + 1] += 1;
        }
        for b in 0..1 << bits {
            finder.starts[b + 1] += finder.starts[b];
        }
        let mut next = finder.starts.clone();
        finder.ids = vec![0; finder.starts[1 << bits] as usize];
        for (id, &b) in buckets.iter().enumerate() {
            if let Some(b) = b {
                finder.ids[next[b] as usize] = id as u32;
                next[b] += 1;
            }
        }
        finder
    }

    fn bucket(&self, first: char, second: Option<char>) -> usize {
        let second = second.map_or(0x7FFF_FFFF, u32::from);
        let hash = (u32::from(first).wrapping_mul(0x9E37_79B1) ^ second.wrapping_mul(0x85EB_CA77)).wrapping_mul(0xC2B2_AE35);
        (hash >> (32 - self.bits)) as usize
    }

    fn bucket_of_term(&self, term: &str) -> Option<usize> {
        let mut chars = term.chars();
        let first = chars.next()?;
        Some(self.bucket(first, chars.next()))
    }

    /// The ids of the terms `text` contains, each once, in ascending order.
    pub fn ids_in(&self, text: &str) -> Vec<u32> {
        let mut ids: Vec<u32> = Vec::new();
        let mut chars = text.char_indices().peekable();
        while let Some((at, first)) = chars.next() {
            let second = chars.peek().map(|&(_, c)| c);
            let (pair, alone) = (self.bucket(first, second), self.bucket(first, None));
            let rest = &text[at..];
            for b in [pair, alone].into_iter().take(if second.is_some() && pair != alone { 2 } else { 1 }) {
                for &id in &self.ids[self.starts[b] as usize..self.starts[b + 1] as usize] {
                    if rest.starts_with(self.terms[id as usize]) && !ids.contains(&id) {
                        ids.push(id);
                    }
                }
            }
        }
        crate::base::order::sort_by(&mut ids, |a, b| a < b);
        ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(terms: &[&str], text: &str) -> Vec<u32> {
        TermFinder::new(terms).ids_in(text)
    }

    #[test]
    fn finds_every_term_that_occurs_as_a_substring() {
        let terms = ["he", "she", "his", "hers", "toy gun", "枪", "玩具枪", "", "he"];
        assert_eq!(all(&terms, "ushers"), [0, 1, 3, 8]);
        assert_eq!(all(&terms, "a toy gun 玩具枪"), [4, 5, 6]);
        assert_eq!(all(&terms, "nothing here"), [0, 8]);
        assert!(all(&terms, "").is_empty() && all(&[], "text").is_empty());
        // A one-character term at the text's end, and one that is a term's first character.
        assert_eq!(all(&["枪", "枪支", "x"], "玩具枪"), [0]);
        assert_eq!(all(&["枪", "枪支", "x"], "枪支x"), [0, 1, 2]);
    }

    #[test]
    fn agrees_with_substring_search() {
        // Terms that overlap, nest and share prefixes and suffixes, over texts built from
        // the same pieces: the finder finds exactly what str::contains finds.
        let pieces = ["a", "ab", "bab", "abc", "c", "cab", "枪", "水枪", " ", "b c"];
        let finder = TermFinder::new(&pieces);
        let mut seed = 7u32;
        for _ in 0..500 {
            let mut text = String::new();
            for _ in 0..(seed % 9) {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                text.push_str(pieces[(seed >> 16) as usize % pieces.len()]);
            }
            let expected: Vec<u32> = (0..pieces.len() as u32).filter(|&id| text.contains(pieces[id as usize])).collect();
            assert_eq!(finder.ids_in(&text), expected, "{text:?}");
        }
        // Random term sets (repeats included, in no order) over a small alphabet, and
        // sets large enough to fill many buckets.
        let alphabet = ["a", "b", "枪", " "];
        let word = |len: u32, seed: &mut u32| {
            (0..len)
                .map(|_| {
                    *seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    alphabet[(*seed >> 16) as usize % alphabet.len()]
                })
                .collect::<String>()
        };
        for round in 0..300 {
            let count = if round % 10 == 0 { 400 } else { round % 12 + 1 };
            let terms: Vec<String> = (0..count).map(|i| word(i as u32 % 5 + 1, &mut seed)).collect();
            let refs: Vec<&str> = terms.iter().map(String::as_str).collect();
            let text = word(12, &mut seed);
            let expected: Vec<u32> = (0..refs.len() as u32).filter(|&id| text.contains(refs[id as usize])).collect();
            assert_eq!(TermFinder::new(&refs).ids_in(&text), expected, "{text:?} among {refs:?}");
        }
    }
}
