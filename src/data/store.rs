//! The reference-data file: messages, rule explanations, countries, currencies,
//! exchange rates, thresholds, vague terms, the listing vocabulary and the HS
//! nomenclature, as one generated text file (`generated/precheck_data.tsv`).
//!
//! Why a file and not Rust tables: as statics the same data made a 420 KB (gzip) wasm
//! module (every string is a pointer-and-length pair that compresses badly, and the HS
//! texts alone are 700 KB). As text it compresses well, changes on its own schedule
//! (thresholds and rates move faster than code), and is cached apart from the module.
//! Native builds embed the file; the wasm module is handed it once by the page's
//! `init()` ([`load`]); the wasm face refuses to check before that. Only the HS chapter
//! numbers and their sections stay in `generated/hs.rs` (reading a code needs them).
//!
//! Format: `@section` starts a section; `#` lines are comments; fields are tab-separated.

use super::{ThresholdKind, ThresholdRow};
use std::sync::OnceLock;

/// (alpha-2, alpha-3, English name, Chinese name, main currency), sorted by alpha-2.
pub type CountryRow = (&'static str, &'static str, &'static str, &'static str, &'static str);
/// (base, quote, units of quote per 1 base, rate date, source, confidence), sorted by pair.
pub type FxRow = (&'static str, &'static str, &'static str, &'static str, &'static str, &'static str);

/// A vague description term with where it comes from and what to write instead.
#[derive(Debug, Clone)]
pub struct VagueTerm {
    /// Lower case.
    pub term: &'static str,
    /// "en" or "zh".
    pub lang: &'static str,
    /// "stop": rejected when it is the whole description; "weak": too broad on its own.
    pub strength: &'static str,
    pub sources: &'static str,
    pub replacements: Vec<&'static str>,
}

#[derive(Default)]
pub struct Store {
    pub countries: Vec<CountryRow>,
    /// (active ISO 4217 code, minor-unit digits; 255 = not applicable), sorted.
    pub currencies: Vec<(&'static str, u8)>,
    pub fx: Vec<FxRow>,
    /// Sorted by (country, from).
    pub thresholds: Vec<ThresholdRow>,
    /// Sorted by term.
    pub vague: Vec<VagueTerm>,
    /// HS 2022 chapter texts: (chapter, text).
    pub chapters: Vec<(u8, &'static str)>,
    /// HS 2022 headings and subheadings, sorted, with their texts (index for index).
    pub headings: Vec<u16>,
    heading_texts: Vec<&'static str>,
    pub subheadings: Vec<u32>,
    subheading_texts: Vec<&'static str>,
    /// Measured confidence of a suggestion: (rank, score band's lower bound in hundredths,
    /// confidence in %), best band first within a rank (hs_confidence.tsv).
    pub hs_confidence: Vec<(u8, u8, u8)>,
    /// HS 2017 subheadings, sorted (declarations dated before 2022-01-01).
    pub hs2017: Vec<u32>,
    /// HS 2017 subheadings deleted in 2022, sorted: (code, 2017 text, HS 2022 successors).
    pub deleted: Vec<(u32, &'static str, Vec<u32>)>,
    /// The listing vocabulary (src/data/raw/vocabulary.tsv), in file order.
    pub products: Vec<crate::vocabulary::Product>,
    /// Messages (src/data/raw/messages.tsv): (key, English, Chinese).
    pub messages: Vec<(&'static str, &'static str, &'static str)>,
    /// Each rule's explanation: its doc comment in src/rules/<rule>.rs.
    pub rule_docs: Vec<(&'static str, &'static str)>,
    /// The engine's word lists (word_lists.tsv): (list name, its words in file order).
    pub word_lists: Vec<(&'static str, Vec<&'static str>)>,
    /// Material word -> (household articles heading, other articles heading) of it.
    pub material_articles: Vec<(&'static str, u16, u16)>,
    /// Brands commonly counterfeited (brands.tsv): (lower-case name, USD floor of a
    /// genuine article), in file order.
    pub brands: Vec<(&'static str, &'static str)>,
    /// Words that admit a copy anywhere, and words that do only next to a brand.
    pub replica_words: Vec<&'static str>,
    pub brand_copy_words: Vec<&'static str>,
    /// Destinations with an FTA with China in force: (country, from, agreement).
    pub fta_partners: Vec<(&'static str, &'static str, &'static str)>,
    /// Import VAT collected by the seller at sale: (country, from, limit, currency, scheme).
    pub vat_at_sale: Vec<(&'static str, &'static str, &'static str, &'static str, &'static str)>,
    /// China's clearance policy tables (see `data::china`).
    pub china: super::china::Policy,
}

static STORE: OnceLock<Store> = OnceLock::new();
static INDEX: OnceLock<WordIndex> = OnceLock::new();

#[cfg(not(target_arch = "wasm32"))]
const EMBEDDED: Option<&str> = Some(include_str!("generated/precheck_data.tsv"));
#[cfg(target_arch = "wasm32")]
const EMBEDDED: Option<&str> = None;

/// The header line that ties a data file to this build.
pub(crate) fn check_header(text: &str) -> Result<(), String> {
    let header = format!("# precheck data {}:", super::DATA_VERSION);
    if text.lines().take(3).any(|l| l.starts_with(&header)) {
        return Ok(());
    }
    let found = text.lines().find(|l| l.starts_with("# precheck data")).unwrap_or("no precheck header");
    Err(format!("the data file is not for data version {} ({found})", super::DATA_VERSION))
}

fn kind(text: &str) -> ThresholdKind {
    match text {
        "value" => ThresholdKind::Value,
        "tax_amount" => ThresholdKind::TaxAmount,
        "flat_per_item" => ThresholdKind::FlatPerItem,
        "not_applicable" => ThresholdKind::NotApplicable,
        _ => ThresholdKind::NoRelief,
    }
}

fn some(text: &'static str) -> Option<&'static str> {
    (!text.is_empty()).then_some(text)
}

/// The data rows of a data file: (section, tab-separated fields), skipping comments and
/// blank lines. Both data files (this one and the tariff chunk) are read through it.
pub(crate) fn rows(text: &'static str) -> impl Iterator<Item = (&'static str, Vec<&'static str>)> {
    let mut section = "";
    text.lines().filter_map(move |line| {
        if let Some(name) = line.strip_prefix('@') {
            section = name;
            return None;
        }
        (!line.starts_with('#') && !line.is_empty()).then(|| (section, line.split('\t').collect()))
    })
}

fn parse(text: &'static str) -> Result<Store, String> {
    check_header(text)?;
    let mut store = Store::default();
    for (section, f) in rows(text) {
        let at = |i: usize| f.get(i).copied().unwrap_or("");
        match section {
            "countries" => store.countries.push((at(0), at(1), at(2), at(3), at(4))),
            "currencies" => store.currencies.push((at(0), at(1).parse().unwrap_or(255))),
            "fx" => store.fx.push((at(0), at(1), at(2), at(3), at(4), at(5))),
            "thresholds" => store.thresholds.push(ThresholdRow {
                country: at(0),
                scope: at(1),
                channels: at(2),
                origins: at(3),
                duty: some(at(4)),
                duty_currency: at(5),
                duty_kind: kind(at(6)),
                tax: some(at(7)),
                tax_currency: at(8),
                tax_kind: kind(at(9)),
                basis: at(10),
                vat_rate_pct: some(at(11)),
                tax_name: at(12),
                from: at(13),
                until: at(14),
                notes: at(15),
                planned: at(16),
                sources: at(17),
                confidence: at(18),
            }),
            "vague" => store.vague.push(VagueTerm {
                term: at(0),
                lang: at(1),
                strength: at(2),
                sources: at(3),
                replacements: at(4).split(';').filter(|s| !s.is_empty()).collect(),
            }),
            "messages" => store.messages.push((at(0), at(1), at(2))),
            "cn-limits"
            | "cn-modes"
            | "cn-refund-overrides"
            | "cn-controls"
            | "cn-export-duties"
            | "destination-rules"
            | "cn-element-names" => store.china.read_row(section, &f),
            "rules" => store.rule_docs.push((at(0), at(1))),
            "vocabulary" => store.products.push(crate::vocabulary::Product {
                terms: at(0).split('|').filter(|t| !t.is_empty()).collect(),
                hs: at(1).split(' ').filter_map(|c| c.parse().ok()).collect(),
                flags: at(2).split(' ').filter_map(crate::vocabulary::flag::by_name).fold(0, |a, b| a | b),
                min_usd: some(at(3)),
            }),
            "hs2022-chapters" => {
                if let Ok(c) = at(0).parse() {
                    store.chapters.push((c, at(1)));
                }
            }
            "hs2022-headings" => {
                if let Ok(h) = at(0).parse() {
                    store.headings.push(h);
                    store.heading_texts.push(at(1));
                }
            }
            "hs2022-subheadings" => {
                if let Ok(c) = at(0).parse() {
                    store.subheadings.push(c);
                    store.subheading_texts.push(at(1));
                }
            }
            "cn-fta-partners" => store.fta_partners.push((at(0), at(1), at(2))),
            "vat-at-sale" => store.vat_at_sale.push((at(0), at(1), at(2), at(3), at(4))),
            "brands" => match at(0) {
                "brand" => store.brands.push((at(1), at(2))),
                "replica" => store.replica_words.push(at(1)),
                _ => store.brand_copy_words.push(at(1)),
            },
            "word-lists" if at(0) == "hs-articles" => {
                if let (Ok(home), Ok(other)) = (at(2).parse(), at(3).parse()) {
                    store.material_articles.push((at(1), home, other));
                }
            }
            // "*-phrases" lists hold phrases with spaces, "|"-separated; others are words.
            "word-lists" if at(0).ends_with("-phrases") => {
                store.word_lists.push((at(0), at(1).split('|').filter(|p| !p.is_empty()).collect()))
            }
            "word-lists" => store.word_lists.push((at(0), at(1).split_ascii_whitespace().collect())),
            "hs-confidence" => {
                if let (Ok(rank), Ok(from), Ok(p)) = (at(0).parse(), at(1).parse(), at(2).parse()) {
                    store.hs_confidence.push((rank, from, p));
                }
            }
            "hs2017-subheadings" => {
                if let Ok(h) = at(0).parse::<u32>() {
                    store.hs2017.extend(at(1).split(' ').filter_map(|s| s.parse::<u32>().ok()).map(|s| h * 100 + s));
                }
            }
            "hs2017-deleted" => {
                if let Ok(c) = at(0).parse() {
                    let successors = at(2).split(' ').filter_map(|s| s.parse().ok()).collect();
                    store.deleted.push((c, at(1), successors));
                }
            }
            _ => {}
        }
    }
    Ok(store)
}

/// Parses a data file without installing it (fuzzing, tests): a file that is not one is
/// refused with a message. The text is leaked (the tables borrow it), so this is for
/// short-lived processes.
pub fn parse_untrusted(text: &str) -> Result<usize, String> {
    let text: &'static str = Box::leak(text.to_string().into_boxed_str());
    parse(text).map(|s| s.messages.len() + s.subheadings.len())
}

/// Installs the data file (`precheck_data.tsv`) in a build that does not embed it (wasm).
/// Loading again is harmless; a file for another data version is refused.
pub fn load(text: String) -> Result<(), String> {
    check_header(&text)?;
    if STORE.get().is_some() {
        return Ok(());
    }
    // Kept for the life of the page: reports borrow its strings.
    let text: &'static str = Box::leak(text.into_boxed_str());
    let parsed = parse(text)?;
    let _ = STORE.set(parsed);
    Ok(())
}

/// Whether the data is there (always natively; in wasm once loaded).
pub fn loaded() -> bool {
    try_store().is_some()
}

fn try_store() -> Option<&'static Store> {
    if let Some(s) = STORE.get() {
        return Some(s);
    }
    let parsed = parse(EMBEDDED?).ok()?;
    Some(STORE.get_or_init(|| parsed))
}

/// The data, or an empty store before it is loaded (the wasm face refuses to check then).
pub fn store() -> &'static Store {
    static EMPTY: OnceLock<Store> = OnceLock::new();
    try_store().unwrap_or_else(|| EMPTY.get_or_init(Store::default))
}

fn non_empty(s: &'static str) -> Option<&'static str> {
    (!s.is_empty()).then_some(s)
}

/// The words of a list in word_lists.tsv (empty before the data is loaded).
pub fn word_list(list: &str) -> &'static [&'static str] {
    store().word_lists.iter().find(|(name, _)| *name == list).map_or(&[], |(_, words)| words.as_slice())
}

pub fn heading_text(heading: u16) -> Option<&'static str> {
    let s = store();
    let i = s.headings.binary_search(&heading).ok()?;
    s.heading_texts.get(i).copied().and_then(non_empty)
}

pub fn subheading_text(code: u32) -> Option<&'static str> {
    let s = store();
    let i = s.subheadings.binary_search(&code).ok()?;
    s.subheading_texts.get(i).copied().and_then(non_empty)
}

/// The HS 2017 text of a subheading deleted in 2022.
pub fn deleted_text(code: u32) -> Option<&'static str> {
    let s = store();
    s.deleted.binary_search_by_key(&code, |d| d.0).ok().and_then(|i| s.deleted.get(i)).map(|d| d.1).and_then(non_empty)
}

/// Words (folded, singular) of the subheading texts -> the subheadings that use them, so
/// ranking a title touches a few posting lists instead of 5,612 texts. Each subheading
/// is indexed with its heading's words too: "Earrings" alone says little, the heading
/// "Imitation jewellery" says the rest; with the product words of the national tariffs'
/// lines under it ("jewelry", "rucksacks"), which the 6-digit texts lack; and with the
/// character pairs of China's 10-digit names (稀土永磁铁, 竹炭). The generator prepares it
/// (xtask/src/word_index.rs, `@hs-index` in the tariff chunk); the engine only reads it.
pub struct WordIndex {
    /// Sorted by word; postings are indices into the subheading list, ascending.
    words: Vec<(&'static str, Vec<u16>)>,
}

impl WordIndex {
    /// Reads the prepared rows: each posting list is written as gaps from the previous.
    fn read(rows: &[(&'static str, &'static str)]) -> WordIndex {
        let words = rows
            .iter()
            .map(|(word, gaps)| {
                let mut at = 0u16;
                let postings = gaps
                    .split(' ')
                    .filter_map(|g| {
                        at = at.checked_add(g.parse().ok()?)?;
                        Some(at)
                    })
                    .collect();
                (*word, postings)
            })
            .collect();
        WordIndex { words }
    }

    /// The subheadings (indices) whose text or heading uses `word`.
    pub fn postings(&self, word: &str) -> &[u16] {
        match self.words.binary_search_by(|(w, _)| (*w).cmp(word)) {
            Ok(i) => &self.words[i].1,
            Err(_) => &[],
        }
    }

    /// How telling a word is: ln(N / subheadings using it); 0 for unknown words.
    pub fn weight(&self, word: &str) -> f64 {
        let postings = self.postings(word);
        if postings.is_empty() {
            0.0
        } else {
            Self::rarity(postings)
        }
    }

    /// ln(N / subheadings in a posting list), an empty list counting as one subheading:
    /// the weight of the rarest word.
    pub fn rarity(postings: &[u16]) -> f64 {
        (store().subheadings.len() as f64 / postings.len().max(1) as f64).ln()
    }
}

/// The word index, read from the tariff chunk on first use (which `init()` loads before
/// any check); none before the chunk is there.
pub fn word_index() -> Option<&'static WordIndex> {
    if let Some(i) = INDEX.get() {
        return Some(i);
    }
    let rows = super::china::hs_index_rows();
    if rows.is_empty() || try_store().is_none() {
        return None;
    }
    let read = WordIndex::read(rows);
    Some(INDEX.get_or_init(|| read))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn embedded_data_is_complete() {
        assert!(loaded());
        let s = store();
        assert!(s.countries.len() > 240 && s.currencies.len() > 150 && s.fx.len() > 30);
        assert!(s.thresholds.len() > 100 && s.vague.len() > 500);
        assert_eq!((s.subheadings.len(), s.headings.len(), s.chapters.len()), (5612, 1228, 96));
        assert_eq!(crate::hs::chapter_text(61).map(|t| t.contains("knitted")), Some(true));
        assert!(s.hs2017.len() > 5000 && s.deleted.len() > 100);
        for code in &s.subheadings {
            assert!(subheading_text(*code).is_some(), "{code}");
        }
        for heading in &s.headings {
            assert!(heading_text(*heading).is_some(), "{heading}");
        }
        assert!(deleted_text(851712).is_some());
        assert_eq!(subheading_text(999999), None);
        // Sorted, as the binary searches over them assume.
        assert!(s.countries.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(s.currencies.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(s.subheadings.windows(2).all(|w| w[0] < w[1]) && s.headings.windows(2).all(|w| w[0] < w[1]));
        assert!(s.hs2017.windows(2).all(|w| w[0] < w[1]) && s.deleted.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(s.thresholds.windows(2).all(|w| (w[0].country, w[0].from) <= (w[1].country, w[1].from)));
    }

    #[test]
    fn refuses_a_file_for_another_data_version() {
        let err = load("# precheck data 1999.01.01: old\n@countries\nGB\tGBR\n".into()).err().unwrap_or_default();
        assert!(err.contains(super::super::DATA_VERSION), "{err}");
    }

    /// The index as the engine once built it from the texts it loads (the HS texts and
    /// China's names; the national product words do not ship): every word and posting
    /// must be in the generator's index, which adds the product words.
    #[test]
    fn prepared_index_holds_what_the_texts_give() {
        let store = store();
        let stop: Vec<&str> = include_str!("raw/index_stopwords.txt").split_ascii_whitespace().collect();
        let mut built: BTreeMap<String, Vec<u16>> = BTreeMap::new();
        for (i, code) in store.subheadings.iter().enumerate() {
            let mut words = crate::text::norm_words(subheading_text(*code).unwrap_or(""));
            words.extend(crate::text::norm_words(heading_text((code / 100) as u16).unwrap_or("")));
            for line in super::super::china::tariff_lines(&format!("{code:06}")) {
                words.extend(crate::text::cjk_bigrams(line.name_zh));
            }
            for w in words {
                if w.len() > 2 && !stop.contains(&w.as_str()) && !w.bytes().all(|b| b.is_ascii_digit()) {
                    let postings = built.entry(w).or_default();
                    if postings.last() != Some(&(i as u16)) {
                        postings.push(i as u16);
                    }
                }
            }
        }
        let prepared = word_index().unwrap();
        assert!(built.len() > 20_000 && prepared.words.len() > built.len());
        for (word, postings) in &built {
            let have = prepared.postings(word);
            assert!(postings.iter().all(|p| have.binary_search(p).is_ok()), "{word}");
        }
    }

    #[test]
    fn index_finds_nomenclature_words() {
        let index = word_index().unwrap();
        assert!(index.postings("jewellery").iter().any(|&i| store().subheadings[i as usize] / 100 == 7117));
        assert!(index.weight("jewellery") > index.weight("cotton") && index.weight("cotton") > 0.0);
        assert!(index.postings("other").is_empty());
        // Product words from the national tariffs, which the 6-digit texts lack.
        assert!(index.postings("jewelry").iter().any(|&i| store().subheadings[i as usize] / 100 == 7117));
        assert!(index.postings("rucksack").iter().any(|&i| store().subheadings[i as usize] == 420292));
    }
}
