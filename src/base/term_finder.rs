//! A multi-term matcher: every term of a fixed set that a text contains, found in one
//! pass over the text's characters, however many terms there are.
//!
//! Terms wait in buckets by their first two characters (a one-character term by its
//! only one), so each position of the text looks only at the terms that could start there:
//! usually none, a few at most; a bucket keeps each term's first eight bytes beside its
//! id, so the text is compared with most candidates as one integer, without reading the
//! term (`check --jsonl`: about 30% fewer instructions in this matcher). The buckets are
//! filled in one counting pass, with no sorting and no states to link: the matchers are
//! built at a page's first check, in the browser, where the Aho-Corasick automaton this
//! replaced took about a third of that check's one-time work (its fail links over some
//! 15,000 byte states) for no faster scans of short listing texts. Written here, not
//! taken from a crate, for the wasm size budget (README, "Crates").

/// The matcher of a fixed set of terms; term ids are their positions in the set given.
#[derive(Debug)]
pub struct TermFinder<'a> {
    terms: Vec<&'a str>,
    /// Bucket `b`'s terms are `entries[starts[b]..starts[b + 1]]`, ids ascending.
    starts: Vec<u32>,
    entries: Vec<Entry>,
    /// log2 of the number of buckets.
    bits: u32,
}

/// A term in its bucket, with what rules most candidates out without reading the term:
/// most terms a position's bucket holds differ from the text there in their first
/// eight bytes, compared as one integer (terms hold no zero byte).
#[derive(Debug, Clone, Copy, Default)]
struct Entry {
    /// The term's first eight bytes, zero-padded (little-endian).
    head: u64,
    id: u32,
    /// The term's length in bytes.
    len: u16,
    /// How far `u64::MAX` shifts right to mask the bytes of `head` that are the term's.
    shift: u8,
}

/// Up to eight bytes from the start of `bytes`, zero-padded, as one integer.
fn head(bytes: &[u8]) -> u64 {
    if let Some(eight) = bytes.first_chunk::<8>() {
        return u64::from_le_bytes(*eight);
    }
    let mut eight = [0u8; 8];
    let n = bytes.len().min(8);
    eight[..n].copy_from_slice(&bytes[..n]);
    u64::from_le_bytes(eight)
}

impl<'a> TermFinder<'a> {
    /// The matcher of `terms`. Empty terms are never reported (an empty text occurs
    /// everywhere; callers that mean that say so themselves).
    pub fn new(terms: &[&'a str]) -> TermFinder<'a> {
        // About two buckets per term: most positions of a text find an empty one (at
        // most 2^20 buckets, so the shift below stays in range for any number of terms).
        let bits = (usize::BITS - (2 * terms.len()).leading_zeros()).clamp(6, 20);
        let mut finder = TermFinder { terms: terms.to_vec(), starts: vec![0; (1 << bits) + 1], entries: Vec::new(), bits };
        let buckets: Vec<Option<usize>> = terms.iter().map(|t| finder.bucket_of_term(t)).collect();
        for &b in buckets.iter().flatten() {
            finder.starts[b + 1] += 1;
        }
        for b in 0..1 << bits {
            finder.starts[b + 1] += finder.starts[b];
        }
        let mut next = finder.starts.clone();
        finder.entries = vec![Entry::default(); finder.starts[1 << bits] as usize];
        for (id, (&b, term)) in buckets.iter().zip(terms).enumerate() {
            if let Some(b) = b {
                let (len, shift) = (term.len().min(usize::from(u16::MAX)) as u16, 64 - 8 * term.len().clamp(1, 8) as u8);
                finder.entries[next[b] as usize] = Entry { head: head(term.as_bytes()), id: id as u32, len, shift };
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
        let mut chars = text.char_indices();
        let mut next = chars.next();
        while let Some((at, first)) = next {
            next = chars.next();
            let rest = text.as_bytes().get(at..).unwrap_or_default();
            let alone = self.bucket(first, None);
            if let Some((_, second)) = next {
                let pair = self.bucket(first, Some(second));
                self.scan(pair, rest, &mut ids);
                if pair == alone {
                    continue;
                }
            }
            self.scan(alone, rest, &mut ids);
        }
        crate::base::order::sort_by(&mut ids, |a, b| a < b);
        ids
    }

    /// Adds to `ids` the terms of `bucket` that `rest` (the text from a position on)
    /// starts with.
    fn scan(&self, bucket: usize, rest: &[u8], ids: &mut Vec<u32>) {
        let (Some(&start), Some(&end)) = (self.starts.get(bucket), self.starts.get(bucket + 1)) else { return };
        let Some(entries) = self.entries.get(start as usize..end as usize).filter(|e| !e.is_empty()) else { return };
        // The text's next eight bytes, as each term's are kept.
        let window = head(rest);
        for entry in entries {
            if window & (u64::MAX >> entry.shift) == entry.head
                && (entry.len <= 8 || self.rest_matches(entry.id, rest))
                && !ids.contains(&entry.id)
            {
                ids.push(entry.id);
            }
        }
    }

    /// Whether `rest` goes on as term `id` does after its first eight bytes.
    fn rest_matches(&self, id: u32, rest: &[u8]) -> bool {
        let term = self.terms.get(id as usize).map_or(&[][..], |t| t.as_bytes());
        matches!((rest.get(8..), term.get(8..)), (Some(r), Some(t)) if r.starts_with(t))
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
