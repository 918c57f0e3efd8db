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

use crate::base::text::SpacedWords;
pub use crate::knowledge::data::store::{flag, Product};

/// The vocabulary, from the reference-data file (empty until it is loaded in wasm).
pub fn products() -> &'static [Product] {
    &crate::knowledge::data::store().products
}

/// An English vocabulary term as matchers compare it: folded, singular words, kept as
/// the data's text (`SpacedWords`).
#[derive(Debug, Clone, Copy)]
pub struct EnglishTerm {
    pub words: SpacedWords,
    pub product: &'static Product,
}

/// The vocabulary's English terms as matchers read them: sorted by their first word (so
/// a title's word finds the terms that start with it by one lookup). Built at the first
/// check (about 0.7 ms natively): the order, when the generator prepared it
/// (`@vocabulary-index`, until data 2026.12.01.7), was 8.3 KB brotli of the core data
/// file that every first report downloads. The Chinese terms are [`ChineseTerms`].
pub struct TermIndex {
    english: Vec<EnglishTerm>,
    /// Each distinct first word and the run of `english` it starts: one binary search
    /// over short keys per word of a title.
    first_words: crate::base::order::SortedWords,
    /// The run of `english` each first word starts.
    runs: Vec<(u32, u32)>,
}

/// The vocabulary's Chinese (and mixed, "u盘") terms in file order, and their matcher
/// (a term's id is its position here): every one a text contains, in one pass. From the
/// `vocabulary-zh` part, built when a line with Chinese characters first needs it.
pub struct ChineseTerms {
    pub terms: Vec<(&'static str, &'static Product)>,
    matcher: crate::base::term_finder::TermFinder<'static>,
}

impl ChineseTerms {
    /// Positions in `terms` of the terms `text` contains, each once, in file order.
    pub fn found_in(&self, text: &str) -> Vec<usize> {
        self.matcher.ids_in(text).into_iter().map(|id| id as usize).collect()
    }
}

/// The Chinese terms; None while their part is not loaded (noted as wanted, so the page
/// loads it and checks again; nothing is kept, so a later load is seen).
pub fn chinese_terms() -> Option<&'static ChineseTerms> {
    static INDEX: std::sync::OnceLock<ChineseTerms> = std::sync::OnceLock::new();
    if let Some(index) = INDEX.get() {
        return Some(index);
    }
    let rows = crate::knowledge::data::store().chinese_terms()?;
    Some(INDEX.get_or_init(|| {
        let products = products();
        let terms: Vec<(&'static str, &'static Product)> = rows.iter().map(|&(term, row)| (term, &products[row as usize])).collect();
        let texts: Vec<&str> = terms.iter().map(|t| t.0).collect();
        ChineseTerms { matcher: crate::base::term_finder::TermFinder::new(&texts), terms }
    }))
}

/// A product's name for a message: its first English term, else its first Chinese one
/// (a row of Chinese terms only, such as 水杯).
pub fn product_name(product: &'static Product) -> Option<&'static str> {
    product.terms.first().copied().or_else(|| Some(chinese_terms()?.terms.iter().find(|t| std::ptr::eq(t.1, product))?.0))
}

impl TermIndex {
    /// English terms whose first word is `word`.
    pub fn starting_with(&self, word: &str) -> &[EnglishTerm] {
        match self.first_words.position(word) {
            Some(i) => self.english.get(self.runs[i].0 as usize..self.runs[i].1 as usize).unwrap_or(&[]),
            None => &[],
        }
    }

    /// Whether `word` alone is an English product term ("earring", "mug").
    pub fn is_product_word(&self, word: &str) -> bool {
        self.starting_with(word).iter().any(|t| t.words.word_count() == 1)
    }
}

pub fn terms() -> &'static TermIndex {
    static INDEX: std::sync::OnceLock<TermIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        // Each English term as a title's words are read (folded, singular), in file
        // order; a term whose singular words differ from its text keeps them for the
        // life of the program, as the vocabulary's own text is kept. Then ordered by first
        // word with file order among equals (which breaks the matchers' ties): a radix
        // sort of the first word's first eight bytes as one number, then the few runs
        // of equal numbers by the whole word: about 0.7 ms natively for ~3,600 terms.
        let products = products();
        let mut listed: Vec<EnglishTerm> = Vec::new();
        for product in products {
            for term in product.terms.iter().filter(|t| t.is_ascii()) {
                let words: &'static str = if term.split(' ').any(crate::base::text::may_change_in_singular) {
                    let singular = term.split(' ').map(crate::base::text::singular).collect::<Vec<_>>().join(" ");
                    if singular == *term {
                        term
                    } else {
                        Box::leak(singular.into_boxed_str())
                    }
                } else {
                    term
                };
                listed.push(EnglishTerm { words: SpacedWords::new(words), product });
            }
        }
        let first_word = |i: usize| listed[i].words.first_word();
        let keys: Vec<u64> = (0..listed.len()).map(|i| crate::base::order::prefix_key(first_word(i))).collect();
        let mut order = crate::base::order::positions_by_key(&keys);
        let mut start = 0;
        while start < order.len() {
            let end = start + order[start..].iter().take_while(|&&i| keys[i] == keys[order[start]]).count();
            crate::base::order::sort_by(&mut order[start..end], |&a, &b| first_word(a) < first_word(b));
            start = end;
        }
        let english: Vec<EnglishTerm> = order.iter().map(|&i| listed[i]).collect();
        let (mut first_words, mut runs): (Vec<&'static str>, Vec<(u32, u32)>) = (Vec::new(), Vec::new());
        for (i, term) in english.iter().enumerate() {
            let first = term.words.first_word();
            match (first_words.last(), runs.last_mut()) {
                (Some(&last), Some(run)) if last == first => run.1 = i as u32 + 1,
                _ => {
                    first_words.push(first);
                    runs.push((i as u32, i as u32 + 1));
                }
            }
        }
        TermIndex { english, first_words: crate::base::order::SortedWords::new(first_words), runs }
    })
}

/// Every English term found in `tokens` (folded, singular words): (start, end, term).
pub fn english_matches(tokens: &[String]) -> Vec<(usize, usize, &'static EnglishTerm)> {
    english_matches_starting(tokens, tokens.len())
}

/// The English terms found in `tokens` that start at one of its first `starts` words.
pub fn english_matches_starting(tokens: &[String], starts: usize) -> Vec<(usize, usize, &'static EnglishTerm)> {
    let index = terms();
    let mut found = Vec::new();
    for (start, first) in tokens.iter().enumerate().take(starts) {
        for term in index.starting_with(first) {
            let end = start + term.words.word_count();
            if tokens.get(start..end).is_some_and(|span| term.words.is_spelled_by(span)) {
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

    /// A title's words lose their apostrophes ("Bird's Nest" is read "birds nest", then
    /// "bird nest"), so an English term written with one ("bird's nest drink") is never
    /// matched.
    #[test]
    fn no_english_term_has_an_apostrophe() {
        let written: Vec<&str> =
            products().iter().flat_map(|p| p.terms.iter().copied()).filter(|t| t.is_ascii() && t.contains('\'')).collect();
        assert!(written.is_empty(), "write these without the apostrophe: {written:?}");
    }

    /// A title's plural reaches its term: `singular` keeps plural-only nouns as written
    /// ("pants", "supplies"), so a term ending in "pant" or "supply" is never matched by
    /// "yoga pants" or "pet supplies" unless its row also holds the plural.
    #[test]
    fn a_term_whose_plural_titles_keep_has_it_in_its_row() {
        let mut unreachable = Vec::new();
        for product in products() {
            for term in product.terms.iter().filter(|t| t.is_ascii()) {
                let (head, last) = term.rsplit_once(' ').unwrap_or(("", term));
                // Mass nouns, which titles do not write in the plural.
                const MASS_NOUNS: &[&str] = &[
                    "antifreeze",
                    "baijiu",
                    "bonsai",
                    "confetti",
                    "dashi",
                    "gauze",
                    "gnocchi",
                    "goji",
                    "hanfu",
                    "kimchi",
                    "kombu",
                    "lingerie",
                    "muesli",
                    "nori",
                    "nunchaku",
                    "potpourri",
                    "senbei",
                    "shikanji",
                    "shochu",
                    "soju",
                    "tahini",
                    "teriyaki",
                    "vermicelli",
                ];
                // "back cover for redmi": what the goods fit ends the term, not its noun.
                let fits = head.split(' ').any(|w| w == "for");
                if fits
                    || last.len() < 3
                    || last.ends_with('s')
                    || !last.bytes().all(|b| b.is_ascii_lowercase())
                    || MASS_NOUNS.contains(&last)
                {
                    continue;
                }
                let plural = match last.strip_suffix('y') {
                    Some(stem) if !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{stem}ies"),
                    _ => format!("{last}s"),
                };
                let plural_term = if head.is_empty() { plural.clone() } else { format!("{head} {plural}") };
                if crate::base::text::singular(&plural) != last && !product.terms.contains(&plural_term.as_str()) {
                    unreachable.push(plural_term);
                }
            }
        }
        assert!(
            unreachable.is_empty(),
            "vocabulary.tsv: add these plurals (a title's plural never reaches the term without them): {unreachable:?}"
        );
    }

    /// The index built at the first check is the one the vocabulary gives: English terms
    /// made singular by the engine's own function, stably sorted by first word (the
    /// index compares first words by their first eight bytes first); the Chinese terms,
    /// from their part, each with its row's product, in file order.
    #[test]
    fn index_matches_the_vocabulary() {
        let raw = include_str!("../data/raw/vocabulary.tsv");
        let rows: Vec<&str> = raw.lines().filter(|l| !l.starts_with('#') && !l.starts_with("terms\t") && !l.trim().is_empty()).collect();
        assert_eq!(rows.len(), products().len());
        let mut english: Vec<(Vec<String>, *const Product)> = Vec::new();
        let mut chinese: Vec<(&str, *const Product)> = Vec::new();
        for (row, product) in rows.iter().zip(products()) {
            let terms: Vec<&str> = row.split('\t').next().unwrap_or("").split('|').filter(|t| !t.is_empty()).collect();
            assert_eq!(product.terms, terms.iter().copied().filter(|t| t.is_ascii()).collect::<Vec<_>>(), "{row}");
            for term in terms {
                if term.is_ascii() {
                    english.push((term.split(' ').map(crate::base::text::singular).collect(), product));
                } else {
                    chinese.push((term, product));
                }
            }
        }
        crate::base::order::sort_long_by(&mut english, |a, b| a.0.first() < b.0.first());
        let index = terms();
        assert_eq!(index.english.len(), english.len());
        for (term, (words, product)) in index.english.iter().zip(&english) {
            assert!(term.words.words().eq(words.iter().map(String::as_str)) && std::ptr::eq(term.product, *product), "{words:?}");
        }
        let zh = chinese_terms().expect("the generated file holds the Chinese terms");
        assert_eq!(zh.terms.iter().map(|&(t, p)| (t, p as *const Product)).collect::<Vec<_>>(), chinese);
        // Every Chinese term is found in a text that holds it, and in file order.
        let text: String = chinese.iter().take(40).map(|c| c.0).collect::<Vec<_>>().join(" ");
        let found = zh.found_in(&text);
        assert!(found.windows(2).all(|w| w[0] < w[1]));
        assert!((0..40.min(chinese.len())).all(|i| found.contains(&i)));
        // A row of Chinese terms only is named by its first one.
        let only_chinese = products().iter().find(|p| p.terms.is_empty()).expect("rows of Chinese terms only (水杯)");
        assert!(product_name(only_chinese).is_some_and(|name| !name.is_ascii()));
    }

    #[test]
    fn terms_are_found_by_their_first_word() {
        let index = terms();
        let mugs = index.starting_with("mug");
        assert!(!mugs.is_empty() && mugs.iter().all(|t| t.words.first_word() == "mug"));
        // Every English term is reachable from its first word.
        for term in &index.english {
            assert!(index.starting_with(term.words.first_word()).iter().any(|t| std::ptr::eq(t, term)));
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
