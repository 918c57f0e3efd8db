//! Every phrase a rule looks for anywhere in a line's text, in one matcher: the names of
//! the goods under China's export controls (with their required and excluding words),
//! the words of the destinations' and carriers' rules, the words that show a declaration
//! element stated, the data's `*-phrases` word lists (relics, cash, valuables, toy guns,
//! accessories, model numbers, unbranded goods), and the Chinese words that admit a copy
//! (English ones are matched as whole words, through the text's words). A line's folded
//! text is scanned once ([`found_in`]); each rule then asks the result which phrases it
//! holds, instead of searching the text once per phrase.

use crate::base::term_finder::TermFinder;
use crate::knowledge::data::{china, store};
use std::sync::OnceLock;

struct Phrases {
    /// Every phrase of every list, in the lists' order (a phrase in two lists is there
    /// twice: the finder reports both, and a question about it is answered the same):
    /// a phrase's id is its position.
    terms: Vec<&'static str>,
    finder: TermFinder<'static>,
    /// The first words of the English brand names and of the English copy words,
    /// sorted: matched as whole words through the text's words, and only in a text that
    /// contains one of these (most titles contain none).
    brand_starts: Vec<&'static str>,
    replica_starts: Vec<&'static str>,
}

/// The first words of `terms`' ASCII entries, sorted, each once.
fn ascii_starts<'a>(terms: impl Iterator<Item = &'a &'static str>) -> Vec<&'static str> {
    let mut starts: Vec<&'static str> =
        terms.filter(|t| t.is_ascii()).filter_map(|t| t.split(' ').next()).filter(|w| !w.is_empty()).collect();
    crate::base::order::sort_by(&mut starts, |a, b| a < b);
    starts.dedup();
    starts
}

/// Every phrase of every list in the data that is matched as a substring of the folded
/// text, and `starts` (the first words that let word-level searches skip a text). A list
/// read through [`Found`] must be gathered here.
fn gather(starts: &[&[&'static str]]) -> Vec<&'static str> {
    let mut lists: Vec<&[&'static str]> = starts.to_vec();
    for control in china::controls() {
        lists.extend([&control.words[..], &control.requires, &control.excludes]);
    }
    for rule in china::destination_rules() {
        lists.extend([&rule.words[..], &rule.excludes]);
    }
    for list in store::phrase_lists() {
        lists.push(store::word_list(list));
    }
    // Lists found by position or with a test of their own: the finder says which of
    // their words a text holds, so only those are looked for (`facts::goods`, materials).
    for list in ["brand-fits-zh", "description-zh-material"] {
        lists.push(store::word_list(list));
    }
    let mut terms: Vec<&'static str> = lists.concat();
    // Declaration elements stated in words ("words:针织|knit;..." in their evidence).
    for name in china::element_names() {
        for evidence in &name.proofs {
            if let china::Evidence::Words(words) = evidence {
                terms.extend(words);
            }
        }
    }
    // Words that admit a copy: the Chinese ones as substrings (English ones count as
    // whole words and are matched through the text's words).
    let data = store::store();
    terms.extend(data.replica_words.iter().chain(&data.brand_copy_words).filter(|t| !t.is_ascii()));
    // Chinese brand names as they are.
    terms.extend(data.brands.iter().map(|b| b.0).filter(|name| !name.is_ascii()));
    // Not sorted nor made unique: the finder needs neither, and sorting 667 phrases was
    // a third of this gathering at the first check.
    terms.retain(|t| !t.is_empty());
    terms
}

fn phrases() -> &'static Phrases {
    static PHRASES: OnceLock<Phrases> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let data = store::store();
        let brand_starts = ascii_starts(data.brands.iter().map(|b| &b.0));
        let replica_starts = ascii_starts(data.replica_words.iter());
        let terms = gather(&[&brand_starts, &replica_starts]);
        let finder = TermFinder::new(&terms);
        Phrases { terms, finder, brand_starts, replica_starts }
    })
}

/// The phrases one folded text contains.
#[derive(Debug, Clone, Default)]
pub struct Found {
    /// The phrases found, each once: a line holds a handful, so a question is a few
    /// comparisons (none for the many lines that hold no phrase at all).
    terms: Vec<&'static str>,
    /// The sieve of `terms` (`base::text::phrase_bit`).
    sieve: u64,
}

/// The phrases `folded` (text as `base::text::fold` leaves it) contains, in one pass.
pub fn found_in(folded: &str) -> Found {
    let phrases = phrases();
    let terms: Vec<&'static str> = phrases.finder.ids_in(folded).into_iter().map(|id| phrases.terms[id as usize]).collect();
    let sieve = terms.iter().fold(0, |sieve, t| sieve | crate::base::text::phrase_bit(t));
    Found { terms, sieve }
}

impl Found {
    /// Whether the text contains `term` (a phrase of the lists gathered above; the empty
    /// phrase is in every text, as with `str::contains`).
    pub fn has(&self, term: &str) -> bool {
        // Lengths and last bytes first: most questions are answered no, and a string
        // comparison per found phrase was a tenth of a coded line's check.
        let last = term.as_bytes().last();
        term.is_empty() || self.terms.iter().any(|t| t.len() == term.len() && t.as_bytes().last() == last && *t == term)
    }

    /// Whether the text contains any of `terms`.
    pub fn any(&self, terms: &[&str]) -> bool {
        !self.terms.is_empty() && terms.iter().any(|t| self.has(t))
    }

    /// Whether the text may contain one of the phrases whose sieve is `sieve`: false
    /// means it contains none of them.
    pub fn may_hold_any(&self, sieve: u64) -> bool {
        self.sieve & sieve != 0
    }

    /// Whether the text contains any phrase of the data's word list `list` (a `*-phrases` list).
    pub fn any_of_list(&self, list: &str) -> bool {
        store::find_word_list(list).is_some_and(|l| self.may_hold_any(l.sieve) && self.any(&l.words))
    }

    /// Whether the text contains the first word of an English brand name (as a
    /// substring): without one, no English brand can be among its words.
    pub fn may_name_english_brand(&self) -> bool {
        self.any_sorted(&phrases().brand_starts)
    }

    /// The same for the English words that admit a copy ("replica", "knock off").
    pub fn may_hold_english_copy_word(&self) -> bool {
        self.any_sorted(&phrases().replica_starts)
    }

    fn any_sorted(&self, sorted: &[&str]) -> bool {
        self.terms.iter().any(|t| sorted.binary_search(t).is_ok())
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
        assert!(found.has("") && !found.has("not a phrase of any list"));
        assert!(found.any_of_list("relic-phrases") && found.any_of_list("cash-phrases") && found.any_of_list("toy-gun-phrases"));
        assert!(!found_in("cotton t-shirt").any_of_list("relic-phrases"));
    }

    #[test]
    fn gathers_every_phrase_list() {
        let terms = &phrases().terms;
        for list in store::phrase_lists() {
            assert!(!store::word_list(list).is_empty(), "{list} is empty");
            assert!(store::word_list(list).iter().all(|t| terms.contains(t)), "{list}");
        }
        // Every list a rule asks through Found: controls, destination rules, element evidence.
        let known = |t: &&str| t.is_empty() || terms.contains(t);
        assert!(china::controls().iter().flat_map(|c| c.words.iter().chain(&c.requires).chain(&c.excludes)).all(known));
        assert!(china::destination_rules().iter().flat_map(|r| r.words.iter().chain(&r.excludes)).all(known));
        let evidence = china::element_names().iter().flat_map(|e| &e.proofs);
        assert!(evidence.filter_map(|e| if let china::Evidence::Words(w) = e { Some(w) } else { None }).flatten().all(known));
    }
}
