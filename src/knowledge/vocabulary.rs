//! How people name goods in listings, in English and Chinese, mapped to HS 2022 codes.
//!
//! The vocabulary itself is data: `src/data/raw/vocabulary.tsv`, curated by precheck
//! from the HS 2022 nomenclature and general trade knowledge (2026-11); not copied from
//! any list. It reaches the program through the reference-data file. Each entry names the product nouns sellers use
//! (English terms are matched singular, lower case, as whole words; Chinese terms as
//! substrings), the HS 2022 headings (4 digits) or subheadings (6 digits) such goods
//! usually fall in, what is special about them (flags), and the lowest unit value in USD
//! that is plausible for a genuine article (None: cheap versions exist, never flag).
//!
//! The minimum values are deliberately low: they flag only declarations that no honest
//! invoice would show (a smartphone at USD 3), not merely cheap goods.

pub use crate::knowledge::data::store::{flag, Product};

/// The vocabulary, from the reference-data file (empty until it is loaded in wasm).
pub fn products() -> &'static [Product] {
    &crate::knowledge::data::store().products
}

/// An English vocabulary term as matchers compare it: folded, singular words.
#[derive(Debug)]
pub struct EnglishTerm {
    pub words: Vec<String>,
    pub product: &'static Product,
}

/// The vocabulary prepared once for matching: English terms sorted by their first word
/// (so a title's word finds the terms that start with it by binary search) and Chinese
/// terms as they are.
pub struct TermIndex {
    english: Vec<EnglishTerm>,
    /// Each distinct first word and the run of `english` it starts: one binary search
    /// over short keys per word of a title.
    first_words: Vec<(String, u32, u32)>,
    /// Chinese (and mixed, "u盘") terms in file order, and their positions sorted by term.
    pub chinese: Vec<(&'static str, &'static Product)>,
    chinese_by_text: Vec<usize>,
}

impl TermIndex {
    /// English terms whose first word is `word`.
    pub fn starting_with(&self, word: &str) -> &[EnglishTerm] {
        match self.first_words.binary_search_by(|(w, _, _)| w.as_str().cmp(word)) {
            Ok(i) => self.english.get(self.first_words[i].1 as usize..self.first_words[i].2 as usize).unwrap_or(&[]),
            Err(_) => &[],
        }
    }

    /// Positions in `chinese` of the terms `text` starts with, in no particular order.
    pub fn chinese_at<'a>(&'a self, text: &'a str) -> impl Iterator<Item = usize> + 'a {
        let first = text.chars().next().map_or("", |c| &text[..c.len_utf8()]);
        let start = self.chinese_by_text.partition_point(|&i| self.chinese[i].0 < first);
        self.chinese_by_text[start..]
            .iter()
            .copied()
            .take_while(move |&i| !first.is_empty() && self.chinese[i].0.starts_with(first))
            .filter(move |&i| text.starts_with(self.chinese[i].0))
    }

    /// Whether `word` alone is an English product term ("earring", "mug").
    pub fn is_product_word(&self, word: &str) -> bool {
        self.starting_with(word).iter().any(|t| t.words.len() == 1)
    }
}

pub fn terms() -> &'static TermIndex {
    static INDEX: std::sync::OnceLock<TermIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut english = Vec::new();
        let mut chinese = Vec::new();
        for product in products() {
            for term in &product.terms {
                if term.is_ascii() {
                    let words: Vec<String> = term.split(' ').map(crate::base::text::singular).collect();
                    english.push(EnglishTerm { words, product });
                } else {
                    chinese.push((*term, product));
                }
            }
        }
        crate::base::order::sort_long_by(&mut english, |a, b| a.words.first() < b.words.first());
        let mut first_words: Vec<(String, u32, u32)> = Vec::new();
        for (i, term) in english.iter().enumerate() {
            let first = term.words.first().cloned().unwrap_or_default();
            match first_words.last_mut() {
                Some(last) if last.0 == first => last.2 = i as u32 + 1,
                _ => first_words.push((first, i as u32, i as u32 + 1)),
            }
        }
        let chinese_by_text = crate::base::order::sorted_positions(chinese.len(), &mut |a, b| chinese[a].0 < chinese[b].0);
        TermIndex { english, first_words, chinese, chinese_by_text }
    })
}

/// Every English term found in `tokens` (folded, singular words): (start, end, term).
pub fn english_matches(tokens: &[String]) -> Vec<(usize, usize, &'static EnglishTerm)> {
    let index = terms();
    let mut found = Vec::new();
    for (start, first) in tokens.iter().enumerate() {
        for term in index.starting_with(first) {
            let end = start + term.words.len();
            if tokens.get(start..end).is_some_and(|span| span == term.words.as_slice()) {
                found.push((start, end, term));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The generator (xtask) does not link the crate, so the flag names in the raw
    /// vocabulary are checked here, where they are known.
    #[test]
    fn every_flag_in_the_raw_vocabulary_is_known() {
        let raw = include_str!("../data/raw/vocabulary.tsv");
        for line in raw.lines().filter(|l| !l.starts_with('#') && !l.starts_with("terms\t") && !l.trim().is_empty()) {
            for name in line.split('\t').nth(2).unwrap_or("").split(' ').filter(|n| !n.is_empty()) {
                assert!(flag::by_name(name).is_some(), "vocabulary.tsv: unknown flag {name} in {line:?}");
            }
        }
    }

    #[test]
    fn terms_are_found_by_their_first_word() {
        let index = terms();
        let mugs = index.starting_with("mug");
        assert!(!mugs.is_empty() && mugs.iter().all(|t| t.words[0] == "mug"));
        // Every English term is reachable from its first word.
        for term in &index.english {
            assert!(index.starting_with(&term.words[0]).iter().any(|t| std::ptr::eq(t, term)));
        }
        assert!(index.starting_with("zzzz").is_empty() && index.starting_with("").is_empty());
    }

    #[test]
    fn every_code_is_a_real_hs2022_heading_or_subheading() {
        let store = crate::knowledge::data::store();
        assert!(products().len() > 500);
        for product in products() {
            for &code in &product.hs {
                let real = if code >= 10_000 {
                    store.subheadings.binary_search(&code).is_ok()
                } else {
                    store.headings.binary_search(&(code as u16)).is_ok()
                };
                assert!(real, "{:?}: {code} is not in HS 2022", product.terms.first());
            }
            for term in product.terms.iter().filter(|t| t.is_ascii()) {
                assert_eq!(*term, term.to_lowercase(), "terms are lower case");
            }
        }
    }
}
