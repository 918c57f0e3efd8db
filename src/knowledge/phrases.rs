//! Every phrase a rule looks for anywhere in a line's text, in one matcher: the names of
//! the goods under China's export controls (with their required and excluding words),
//! the words of the destinations' and carriers' rules, the data's `*-phrases` word lists
//! (relics, cash, valuables, toy guns, accessories), and the Chinese words that admit a
//! copy (English ones are matched as whole words, through the text's words). A
//! line's folded text is scanned once ([`found_in`]); each rule then asks the result
//! which phrases it holds, instead of searching the text once per phrase.

use crate::base::automaton::Automaton;
use crate::knowledge::data::{china, store};
use std::sync::OnceLock;

struct Phrases {
    /// Every phrase once, sorted: a phrase's id is its position.
    terms: Vec<&'static str>,
    automaton: Automaton,
}

/// Every phrase of every list in the data that is matched as a substring of the folded
/// text. A list read through [`Found`] must be gathered here.
fn gather() -> Vec<&'static str> {
    let mut lists: Vec<&[&'static str]> = Vec::new();
    for control in china::controls() {
        lists.extend([&control.words[..], &control.requires, &control.excludes]);
    }
    for rule in china::destination_rules() {
        lists.extend([&rule.words[..], &rule.excludes]);
    }
    for list in store::phrase_lists() {
        lists.push(store::word_list(list));
    }
    let mut terms: Vec<&'static str> = lists.concat();
    // Words that admit a copy: the Chinese ones as substrings (English ones count as
    // whole words and are matched through the text's words).
    let data = store::store();
    terms.extend(data.replica_words.iter().chain(&data.brand_copy_words).filter(|t| !t.is_ascii()));
    terms.retain(|t| !t.is_empty());
    crate::base::order::sort_long_by(&mut terms, |a, b| a < b);
    terms.dedup();
    terms
}

fn phrases() -> &'static Phrases {
    static PHRASES: OnceLock<Phrases> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let terms = gather();
        let automaton = Automaton::new(&terms);
        Phrases { terms, automaton }
    })
}

/// The phrases one folded text contains.
#[derive(Debug, Clone, Default)]
pub struct Found {
    /// One bit a phrase id; empty when the text holds no phrase at all (most lines), so
    /// every question about such a text is answered without a lookup.
    bits: Vec<u64>,
}

/// The phrases `folded` (text as `base::text::fold` leaves it) contains, in one pass.
pub fn found_in(folded: &str) -> Found {
    let phrases = phrases();
    let mut bits = Vec::new();
    phrases.automaton.each_match(folded, |id| {
        if bits.is_empty() {
            bits = vec![0u64; phrases.terms.len().div_ceil(64)];
        }
        bits[id as usize / 64] |= 1 << (id % 64);
    });
    Found { bits }
}

impl Found {
    /// Whether the text contains `term` (a phrase of the lists gathered above; the empty
    /// phrase is in every text, as with `str::contains`).
    pub fn has(&self, term: &str) -> bool {
        if term.is_empty() {
            return true;
        }
        // Most texts hold no phrase at all: answered without a lookup.
        if self.bits.is_empty() {
            return false;
        }
        match phrases().terms.binary_search(&term) {
            Ok(id) => self.bits.get(id / 64).is_some_and(|b| b & (1 << (id % 64)) != 0),
            Err(_) => {
                debug_assert!(false, "{term:?} is in no phrase list the matcher gathers");
                false
            }
        }
    }

    /// Whether the text contains any of `terms`.
    pub fn any(&self, terms: &[&str]) -> bool {
        terms.iter().any(|t| self.has(t))
    }

    /// Whether the text contains any phrase of the data's word list `list` (a `*-phrases` list).
    pub fn any_of_list(&self, list: &str) -> bool {
        self.any(store::word_list(list))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_a_substring_search_finds() {
        let text = crate::base::text::fold("Antique Qing Dynasty vase, 古董 paper money and a TOY GUN");
        let found = found_in(&text);
        for term in &phrases().terms {
            assert_eq!(found.has(term), text.contains(term), "{term:?}");
        }
        assert!(found.any_of_list("relic-phrases") && found.any_of_list("cash-phrases") && found.any_of_list("toy-gun-phrases"));
        assert!(!found_in("cotton t-shirt").any_of_list("relic-phrases"));
    }

    #[test]
    fn gathers_every_phrase_list() {
        let terms = &phrases().terms;
        assert!(terms.windows(2).all(|w| w[0] < w[1]));
        for list in store::phrase_lists() {
            assert!(!store::word_list(list).is_empty(), "{list} is empty");
            assert!(store::word_list(list).iter().all(|t| terms.binary_search(t).is_ok()), "{list}");
        }
        assert!(china::controls().iter().flat_map(|c| &c.words).all(|t| t.is_empty() || terms.binary_search(t).is_ok()));
    }
}
