//! A multi-term matcher (Aho-Corasick over UTF-8 bytes): every occurrence of every term
//! in a text, found in one pass over the text's bytes, however many terms there are.
//!
//! Written here rather than taken from the `aho-corasick` crate because the wasm module
//! has a size budget: this one is about 3 KB of wasm code (README, "Crates"), and the
//! term lists it serves are a few thousand short phrases, where the crate's prefilters
//! and DFA variants bring nothing measurable.

/// No state / no term.
const NONE: u32 = u32::MAX;

/// The automaton of a fixed set of terms; term ids are their positions in the set given.
#[derive(Debug)]
pub struct Automaton {
    /// The root's transitions for every byte (0 = stay at the root): most bytes of a
    /// text start no term, and a scan keeps returning to the root.
    root: Vec<u32>,
    /// State `s`'s transitions are `edges[first[s]..first[s + 1]]`, sorted by byte.
    first: Vec<u32>,
    edges: Vec<(u8, u32)>,
    /// Where to continue when a state has no transition for the next byte.
    fail: Vec<u32>,
    /// The term that ends at a state, or NONE.
    term: Vec<u32>,
    /// By term id: the next term with the same text, or NONE (every id is reported).
    same: Vec<u32>,
    /// The nearest state along the fail links that ends a term, or NONE: the other terms
    /// that end at the same place (the suffixes of this state's text).
    output: Vec<u32>,
}

impl Automaton {
    /// The automaton of `terms`. Empty terms are never reported (an empty text occurs
    /// everywhere; callers that mean that say so themselves).
    pub fn new(terms: &[&str]) -> Automaton {
        // The trie with one child list per state kept as links (a state's first child,
        // each child's next sibling, the byte into it): no allocation per state, which
        // made most of the build's time (the first check builds two automata).
        let mut root = vec![0u32; 256];
        let mut byte_in = vec![0u8];
        let mut first_child = vec![NONE];
        let mut next_sibling = vec![NONE];
        let mut term = vec![NONE];
        let mut same = vec![NONE; terms.len()];
        // The last id seen for each state's text, to chain the ids of a repeated term.
        let mut last = vec![NONE];
        for (id, t) in terms.iter().enumerate() {
            if t.is_empty() {
                continue;
            }
            let mut s = 0usize;
            for &b in t.as_bytes() {
                // The root's children are `root` (0: none); the others' a sibling list.
                let mut child = if s == 0 { root[b as usize] } else { first_child[s] };
                while s != 0 && child != NONE && byte_in[child as usize] != b {
                    child = next_sibling[child as usize];
                }
                if child == 0 || child == NONE {
                    child = byte_in.len() as u32;
                    byte_in.push(b);
                    first_child.push(NONE);
                    term.push(NONE);
                    last.push(NONE);
                    if s == 0 {
                        next_sibling.push(NONE);
                        root[b as usize] = child;
                    } else {
                        next_sibling.push(first_child[s]);
                        first_child[s] = child;
                    }
                }
                s = child as usize;
            }
            // A term given twice: its ids are chained, first to last.
            if term[s] == NONE {
                term[s] = id as u32;
            } else {
                same[last[s] as usize] = id as u32;
            }
            last[s] = id as u32;
        }
        // Each state's transitions as one sorted run of `edges` (the root's are `root`).
        let states = byte_in.len();
        let mut first = Vec::with_capacity(states + 1);
        let mut edges: Vec<(u8, u32)> = Vec::with_capacity(states);
        first.push(0);
        first.push(0);
        for &head in &first_child[1..] {
            let from = edges.len();
            let mut child = head;
            while child != NONE {
                edges.push((byte_in[child as usize], child));
                child = next_sibling[child as usize];
            }
            crate::base::order::sort_by(&mut edges[from..], |a, b| a.0 < b.0);
            first.push(edges.len() as u32);
        }
        let mut automaton = Automaton { root, first, edges, fail: vec![0u32; states], term, same, output: vec![NONE; states] };
        // Fail links breadth first: states in the order they are queued (a Vec read from
        // the front is all a queue needs here, and less code than a VecDeque).
        let mut queue: Vec<u32> = automaton.root.iter().copied().filter(|&c| c != 0).collect();
        let mut head = 0;
        while let Some(&s) = queue.get(head) {
            head += 1;
            let (from, to) = (automaton.first[s as usize] as usize, automaton.first[s as usize + 1] as usize);
            for e in from..to {
                let (b, next) = automaton.edges[e];
                // The longest proper suffix of next's text that is a state.
                let mut f = automaton.fail[s as usize];
                let target = loop {
                    if let Some(t) = automaton.next(f, b) {
                        break t;
                    }
                    f = automaton.fail[f as usize];
                };
                automaton.fail[next as usize] = target;
                automaton.output[next as usize] =
                    if automaton.term[target as usize] != NONE { target } else { automaton.output[target as usize] };
                queue.push(next);
            }
        }
        automaton
    }

    fn next(&self, state: u32, byte: u8) -> Option<u32> {
        if state == 0 {
            return Some(self.root[byte as usize]);
        }
        let edges = &self.edges[self.first[state as usize] as usize..self.first[state as usize + 1] as usize];
        edges.binary_search_by_key(&byte, |e| e.0).ok().map(|i| edges[i].1)
    }

    /// The ids of the terms `text` contains, each once, in ascending order.
    pub fn ids_in(&self, text: &str) -> Vec<u32> {
        let mut ids: Vec<u32> = Vec::new();
        self.each_match(text, |id| {
            if !ids.contains(&id) {
                ids.push(id);
            }
        });
        crate::base::order::sort_by(&mut ids, |a, b| a < b);
        ids
    }

    /// Calls `found` with the id of every term occurrence in `text`, in the order the
    /// occurrences end (a term found twice is reported twice; a term given twice, under
    /// each of its ids).
    pub fn each_match(&self, text: &str, mut found: impl FnMut(u32)) {
        let mut state = 0u32;
        for &b in text.as_bytes() {
            // The root answers every byte, so the walk down the fail links ends there.
            state = loop {
                if let Some(next) = self.next(state, b) {
                    break next;
                }
                state = self.fail[state as usize];
            };
            if state == 0 {
                continue;
            }
            let mut at = if self.term[state as usize] != NONE { state } else { self.output[state as usize] };
            while at != NONE {
                let mut id = self.term[at as usize];
                while id != NONE {
                    found(id);
                    id = self.same[id as usize];
                }
                at = self.output[at as usize];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(terms: &[&str], text: &str) -> Vec<u32> {
        let mut out = Vec::new();
        Automaton::new(terms).each_match(text, |id| out.push(id));
        out.sort();
        out.dedup();
        out
    }

    #[test]
    fn finds_every_term_that_occurs_as_a_substring() {
        let terms = ["he", "she", "his", "hers", "toy gun", "枪", "玩具枪", "", "he"];
        assert_eq!(all(&terms, "ushers"), [0, 1, 3, 8]);
        assert_eq!(all(&terms, "a toy gun 玩具枪"), [4, 5, 6]);
        assert_eq!(all(&terms, "nothing here"), [0, 8]);
        assert!(all(&terms, "").is_empty() && all(&[], "text").is_empty());
    }

    #[test]
    fn agrees_with_substring_search() {
        // Terms that overlap, nest and share prefixes and suffixes, over texts built from
        // the same pieces: the automaton finds exactly what str::contains finds.
        let pieces = ["a", "ab", "bab", "abc", "c", "cab", "枪", "水枪", " ", "b c"];
        let automaton = Automaton::new(&pieces);
        let mut seed = 7u32;
        for _ in 0..500 {
            let mut text = String::new();
            for _ in 0..(seed % 9) {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                text.push_str(pieces[(seed >> 16) as usize % pieces.len()]);
            }
            let mut found = vec![false; pieces.len()];
            automaton.each_match(&text, |id| found[id as usize] = true);
            for (id, piece) in pieces.iter().enumerate() {
                assert_eq!(found[id], text.contains(piece), "{piece:?} in {text:?}");
            }
        }
        // Random term sets (repeats included, in no order) over a small alphabet.
        let alphabet = ["a", "b", "枪", " "];
        let word = |len: u32, seed: &mut u32| {
            (0..len)
                .map(|_| {
                    *seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    alphabet[(*seed >> 16) as usize % alphabet.len()]
                })
                .collect::<String>()
        };
        for round in 0..200 {
            let terms: Vec<String> = (0..(round % 12 + 1)).map(|i| word(i % 4 + 1, &mut seed)).collect();
            let refs: Vec<&str> = terms.iter().map(String::as_str).collect();
            let automaton = Automaton::new(&refs);
            let text = word(12, &mut seed);
            let mut found = vec![false; terms.len()];
            automaton.each_match(&text, |id| found[id as usize] = true);
            for (id, t) in terms.iter().enumerate() {
                assert_eq!(found[id], text.contains(t.as_str()), "{t:?} in {text:?} among {terms:?}");
            }
        }
    }
}
