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

use super::format::{check_header, numbered_row, section_rows, sections};
use super::parts::Part;
use std::sync::OnceLock;

/// (alpha-2, alpha-3, English name, main currency), sorted by alpha-2.
pub type CountryRow = (&'static str, &'static str, &'static str, &'static str);
/// (base, quote, units of quote per 1 base, rate date, source, confidence), sorted by pair.
pub type FxRow = (&'static str, &'static str, &'static str, &'static str, &'static str, &'static str);

/// A vague description term with where it comes from and what to write instead.
#[derive(Debug, Clone)]
pub struct VagueTerm {
    /// Lower case. Its language is its section's (`@vague` English, `@vague-zh` Chinese).
    pub term: &'static str,
    /// "stop": rejected when it is the whole description; "weak": too broad on its own.
    pub strength: &'static str,
    /// Where the term comes from: ids of the file's `@vague-sources` rows, space-separated.
    pub sources: &'static str,
    pub replacements: Vec<&'static str>,
}

/// The data's release: its version, the date after which it should be reviewed, and the
/// summary every report quotes (`dataVersion`).
#[derive(Debug, Default, Clone, Copy)]
pub struct Release {
    pub version: &'static str,
    pub review: &'static str,
    pub summary: &'static str,
}

/// A list of word_lists.tsv.
#[derive(Debug)]
pub struct WordList {
    pub name: &'static str,
    /// Its words in file order.
    pub words: Vec<&'static str>,
    /// The same words sorted, for membership tests.
    pub sorted: crate::base::order::SortedWords,
    /// The sieve of its words (`base::text::phrase_bit`), for phrase lists.
    pub sieve: u64,
}

#[derive(Default)]
pub struct Store {
    /// What the data is (`@release`): the file names its release itself, so a data release
    /// needs no new engine.
    pub release: Release,
    pub countries: Vec<CountryRow>,
    /// (active ISO 4217 code, minor-unit digits; 255 = not applicable), sorted.
    pub currencies: Vec<(&'static str, u8)>,
    pub fx: Vec<FxRow>,
    /// Each destination's thresholds (`@thresholds.GB`), sorted by country: its rows, read
    /// when a declaration for it is first checked (parts: the web build loads them then),
    /// sorted by `from`.
    thresholds: Vec<(&'static str, Part<Vec<ThresholdRow>>)>,
    /// The English vague terms, sorted by term.
    pub vague: Vec<VagueTerm>,
    /// The Chinese ones (`@vague-zh`, shipped with the vocabulary's Chinese terms: read
    /// when a line with Chinese characters is first checked).
    vague_zh: Part<()>,
    /// The English vague terms as a title's words, sorted by first word (the generator
    /// prepares them with the engine's `norm_words`): rows of (words, term).
    vague_en_phrases: &'static str,
    /// HS 2022 chapter texts: rows of (chapter, text), read when one is first asked for
    /// (a part: no check quotes them yet).
    chapters: Part<()>,
    /// HS 2022 headings and subheadings, sorted (from `@hs2022-codes`).
    pub headings: Vec<u16>,
    pub subheadings: Vec<u32>,
    /// Their texts by chapter (`@hs2022-headings.61`, `@hs2022-subheadings.61`), read
    /// when a finding or a suggestion first quotes one of the chapter (parts, shipped
    /// together as `hs2022-texts.61`: the web build loads them then).
    /// (Headings as u32, like the subheadings: one reader for both, not two in the module.)
    heading_texts: Vec<OnceLock<Vec<(u32, &'static str)>>>,
    subheading_texts: Vec<OnceLock<Vec<(u32, &'static str)>>>,
    /// The HS texts' sections this file holds (natively all of them; the web core none).
    hs_texts: Vec<(&'static str, &'static str)>,
    /// Measured confidence of a suggestion: (rank, score band's lower bound in hundredths,
    /// confidence in %), best band first within a rank (hs_confidence.tsv).
    pub hs_confidence: Vec<(u8, u8, u8)>,
    /// Tuning titles per HS chapter (index: chapter; hs_chapter_prior.tsv): how often
    /// sellers' goods fall in each, which weighs the nomenclature's word matches.
    pub hs_chapter_titles: Vec<u16>,
    /// HS 2017 subheadings (declarations dated before 2022-01-01): the section's rows
    /// (heading, its subheadings' last two digits) sorted by heading, searched in place
    /// (`is_hs2017_subheading`): reading them into a table was an eighth of loading the file.
    hs2017: Part<()>,
    /// HS 2017 subheadings deleted in 2022, sorted: (code, 2017 text, HS 2022 successors),
    /// read when a code is not an HS 2022 one (a part: the web build loads it then).
    deleted: Part<Vec<Deleted>>,
    /// The listing vocabulary (src/data/raw/vocabulary.tsv), in file order.
    pub products: Vec<Product>,
    /// Messages (src/data/raw/messages.tsv): (key, English), sorted by key.
    pub messages: Vec<(&'static str, &'static str)>,
    /// The message keys, for the search.
    pub message_keys: crate::base::order::SortedWords,
    /// Per message, whether its English text has `{` parameters: most help texts have
    /// none, and need no scan for them per finding.
    pub message_params: Vec<bool>,
    /// The Chinese messages by the position of their key in `messages`, each with
    /// whether it has parameters ("" where the file has none), read when a Chinese
    /// report first needs them (a part: an English page never downloads them).
    messages_zh: Part<Vec<(&'static str, bool)>>,
    /// The countries' Chinese names (alpha-2, name), read when a destination is named in
    /// Chinese (a part, shipped with the Chinese messages).
    countries_zh: Part<()>,
    /// The vocabulary's Chinese (and mixed) terms, each with its product's position in
    /// `products`, in file order (a part: only lines with Chinese characters read them).
    vocabulary_zh: Part<Vec<(&'static str, u32)>>,
    /// The thresholds' texts in Chinese: (English, Chinese), sorted by English.
    destination_texts_zh: Part<Vec<(&'static str, &'static str)>>,
    /// Each rule's explanation (its doc comment in `src/rules/<rule>.rs`), read by
    /// `rules()` (a part).
    rule_docs: Part<Vec<(&'static str, &'static str)>>,
    /// The sources of China's controls and of the destination rules (rows of table, id,
    /// source), read when a finding first quotes one (a part: a first
    /// report on goods that meet none downloads none of them).
    policy_sources: Part<()>,
    /// The engine's word lists (word_lists.tsv).
    pub word_lists: Vec<WordList>,
    /// Their names sorted, and each sorted name's position in `word_lists`: a list is
    /// found by name for many words of every title, and a walk of the ~225 names compared
    /// strings for each (0.7% of `check --jsonl`'s instructions; docs/history/speed.md).
    word_list_names: crate::base::order::SortedWords,
    word_list_at: Vec<u32>,
    /// Material word -> (household articles heading, other articles heading) of it,
    /// sorted by the word (file order among equal words).
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
    /// The digits each destination's tariff classifies at: (country, digits, tariff,
    /// source), sorted by country.
    pub national_digits: Vec<(&'static str, u8, &'static str, &'static str)>,
    /// China's clearance policy tables (see `data::china`).
    pub china: super::china_tables::Policy,
    /// The characters (not ASCII) the hazardous-chemical names start with, sorted (by
    /// the generator): a text's other characters start none.
    pub hazardous_starts: Vec<char>,
    /// The parts (see `parts`) the file names in its header but does not hold: the web
    /// build's core file holds none of them.
    absent_parts: Vec<&'static str>,
}

/// An HS 2017 subheading deleted in 2022: (code, 2017 text, HS 2022 successors).
pub type Deleted = (u32, &'static str, Vec<u32>);

/// How a de minimis threshold works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThresholdKind {
    /// Goods valued at or below the amount are exempt.
    Value,
    /// The duty or tax is waived when the computed amount is at or below the threshold.
    TaxAmount,
    /// No relief: taxed from the first unit.
    NoRelief,
    /// A flat amount per distinct tariff subheading instead of ad-valorem duty (EU 2026).
    FlatPerItem,
    /// The tax does not exist there.
    NotApplicable,
}

/// One dated row of a destination's import thresholds.
#[derive(Debug, Clone, Copy)]
pub struct ThresholdRow {
    pub country: &'static str,
    pub scope: &'static str,
    /// "all", "postal" or "express"; empty means all.
    pub channels: &'static str,
    /// Origins the row covers: empty = any, "US MX" = only those, "!US MX" = all but those.
    pub origins: &'static str,
    pub duty: Option<&'static str>,
    pub duty_currency: &'static str,
    pub duty_kind: ThresholdKind,
    pub tax: Option<&'static str>,
    pub tax_currency: &'static str,
    pub tax_kind: ThresholdKind,
    pub basis: &'static str,
    pub vat_rate_pct: Option<&'static str>,
    pub tax_name: &'static str,
    /// YYYY-MM-DD, empty when in force since before the data's horizon.
    pub from: &'static str,
    /// YYYY-MM-DD the row stops applying (exclusive), empty when open-ended.
    pub until: &'static str,
    pub notes: &'static str,
    pub planned: &'static str,
    pub sources: &'static str,
    pub confidence: &'static str,
    /// "gift": a relief for gifts from a private person (gift_reliefs.csv), which stands in
    /// for the general row when the declaration is one; empty: any declaration.
    pub purposes: &'static str,
}

/// The flags a vocabulary product can carry (the flags column of vocabulary.tsv).
pub mod flag {
    /// Contains lithium cells (phones, laptops, earbuds, e-cigarettes, smart watches).
    pub const BATTERY_IN: u32 = 1;
    /// Is itself a lithium battery or power bank (shipped alone).
    pub const BATTERY_ALONE: u32 = 1 << 1;
    /// Food, drink, seeds, plants: phytosanitary / food-safety rules at destination.
    pub const FOOD: u32 = 1 << 2;
    /// Medicines, drugs, medical devices needing registration.
    pub const MEDICINE: u32 = 1 << 3;
    /// Cosmetics and toiletries: ingredient rules; liquids and aerosols.
    pub const COSMETIC: u32 = 1 << 4;
    /// Weapons and their replicas, ammunition, explosives: prohibited in post and most express.
    pub const WEAPON: u32 = 1 << 5;
    /// Narcotics and drug paraphernalia: prohibited everywhere.
    pub const NARCOTIC: u32 = 1 << 6;
    /// Flammable, pressurised, corrosive or otherwise dangerous goods.
    pub const DANGEROUS: u32 = 1 << 7;
    /// Live animals, animal products of protected species.
    pub const LIVE_ANIMAL: u32 = 1 << 8;
    /// Precious metals, stones, coins, cash: not admitted in ordinary post.
    pub const VALUABLE: u32 = 1 << 9;
    /// Dual-use or controlled by China's export-control lists (drones, encryption, rare earths...).
    pub const EXPORT_CONTROLLED: u32 = 1 << 10;
    /// Radio transmitters needing type approval at destination (walkie-talkies, drones).
    pub const RADIO: u32 = 1 << 11;
    /// Tobacco and e-cigarettes: prohibited by post to many destinations.
    pub const TOBACCO: u32 = 1 << 12;
    /// Magnets and magnetised material (air transport limits).
    pub const MAGNETIC: u32 = 1 << 13;
    /// Electric vehicles with large lithium batteries (e-bikes, scooters, hoverboards).
    pub const BATTERY_VEHICLE: u32 = 1 << 14;
    /// Cultural relics, antiques: export needs approval in China.
    pub const ANTIQUE: u32 = 1 << 15;
    /// Goods China taxes on export (some metals, ores, fertilisers, chemicals).
    pub const EXPORT_DUTY: u32 = 1 << 16;
    /// Not a property of the goods but of the term: an ambiguous word ("tablet": a
    /// computer, or a pill of whatever the title names) that names the goods only when
    /// no other vocabulary term in the description does.
    pub const DEFERS: u32 = 1 << 17;
    /// Also of the term: words that describe goods ("short sleeve") and name them only
    /// when nothing else in the description does, wherever it stands; the term's words
    /// are its own ("short" in it is no pair of shorts).
    pub const DESCRIBES: u32 = 1 << 18;
    /// Of a describing term: a festival ("christmas", "halloween") whose decorations are
    /// festive articles of whatever material (HS 9505, Explanatory Notes: Christmas
    /// ornaments, nativity figures, Halloween decorations), when the goods a title names
    /// are only decorative articles (`DECORATIVE`). A Christmas sweater stays a sweater.
    pub const OCCASION: u32 = 1 << 19;
    /// Decorative articles that have no use besides decoration (ornaments, statuettes,
    /// crafts): what an `OCCASION` term makes festive articles.
    pub const DECORATIVE: u32 = 1 << 20;

    /// A flag by its name in the vocabulary file.
    pub fn by_name(name: &str) -> Option<u32> {
        Some(match name {
            "BATTERY_IN" => BATTERY_IN,
            "BATTERY_ALONE" => BATTERY_ALONE,
            "FOOD" => FOOD,
            "MEDICINE" => MEDICINE,
            "COSMETIC" => COSMETIC,
            "WEAPON" => WEAPON,
            "NARCOTIC" => NARCOTIC,
            "DANGEROUS" => DANGEROUS,
            "LIVE_ANIMAL" => LIVE_ANIMAL,
            "VALUABLE" => VALUABLE,
            "EXPORT_CONTROLLED" => EXPORT_CONTROLLED,
            "RADIO" => RADIO,
            "TOBACCO" => TOBACCO,
            "MAGNETIC" => MAGNETIC,
            "BATTERY_VEHICLE" => BATTERY_VEHICLE,
            "ANTIQUE" => ANTIQUE,
            "EXPORT_DUTY" => EXPORT_DUTY,
            "DEFERS" => DEFERS,
            "DESCRIBES" => DESCRIBES,
            "OCCASION" => OCCASION,
            "DECORATIVE" => DECORATIVE,
            _ => return None,
        })
    }
}

/// One kind of goods, as `src/data/raw/vocabulary.tsv` describes it.
#[derive(Debug, Clone, Default)]
pub struct Product {
    /// English terms (singular, lower case, words separated by spaces); the Chinese ones
    /// are in the `vocabulary-zh` part ([`Store::chinese_terms`]).
    pub terms: Vec<&'static str>,
    /// HS 2022 codes: the first is the usual one; 4-digit entries mean the whole heading.
    pub hs: Vec<u32>,
    pub flags: u32,
    /// Lowest plausible unit value in USD for a genuine article.
    pub min_usd: Option<&'static str>,
}

static STORE: OnceLock<Store> = OnceLock::new();

#[cfg(not(target_arch = "wasm32"))]
const EMBEDDED: Option<&str> = Some(include_str!("../../data/generated/precheck_data.tsv"));
#[cfg(target_arch = "wasm32")]
const EMBEDDED: Option<&str> = None;

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

/// A section of the data file, named once per section rather than once per row (a
/// string comparison per row and section name was half the load time in wasm).
#[derive(Clone, Copy)]
enum Section {
    Countries,
    Currencies,
    Fx,
    Vague,
    Messages,
    Vocabulary,
    Hs2022Codes,
    CnFtaPartners,
    VatAtSale,
    NationalDigits,
    Brands,
    WordLists,
    HsConfidence,
    HsChapterPrior,
    HazardousStarts,
    China,
    Other,
}

impl Section {
    fn of(name: &str) -> Section {
        match name {
            "countries" => Section::Countries,
            "currencies" => Section::Currencies,
            "fx" => Section::Fx,
            "vague" => Section::Vague,
            "messages" => Section::Messages,
            "vocabulary" => Section::Vocabulary,
            "hs2022-codes" => Section::Hs2022Codes,
            "cn-fta-partners" => Section::CnFtaPartners,
            "vat-at-sale" => Section::VatAtSale,
            "national-digits" => Section::NationalDigits,
            "brands" => Section::Brands,
            "word-lists" => Section::WordLists,
            "hs-confidence" => Section::HsConfidence,
            "hs-chapter-prior" => Section::HsChapterPrior,
            "cn-hazardous-starts" => Section::HazardousStarts,
            "cn-limits"
            | "piece-limits"
            | "cn-modes"
            | "cn-refund-overrides"
            | "cn-controls"
            | "cn-export-duties"
            | "destination-rules"
            | "cn-element-names"
            | "cn-supervision-codes" => Section::China,
            _ => Section::Other,
        }
    }
}

/// A row of `@vague` or `@vague-zh`.
fn vague_term(f: &[&'static str]) -> VagueTerm {
    let at = |i: usize| f.get(i).copied().unwrap_or("");
    VagueTerm {
        // Field 1 is the language, which the section already says.
        term: at(0),
        strength: at(2),
        sources: at(3),
        replacements: at(4).split(';').filter(|s| !s.is_empty()).collect(),
    }
}

fn parse(text: &'static str) -> Result<Store, String> {
    let version = check_header(text)?;
    let mut store = Store::default();
    let found = sections(text);
    super::format::check_layout(&found, &["thresholds", "hs2022-headings", "hs2022-subheadings"])?;
    // The parts: from this file when it holds them, else from the part files (web).
    let given = |name: &str| found.iter().find(|(n, _)| *n == name).map(|(_, body)| *body);
    let release = given("release").ok_or("the data file has no @release section")?;
    let value = |key: &str| release.lines().find_map(|l| l.strip_prefix(key)?.strip_prefix('\t')).unwrap_or_default();
    store.release = Release { version, review: value("review"), summary: value("summary") };
    store.heading_texts = (0..100).map(|_| OnceLock::new()).collect();
    store.subheading_texts = (0..100).map(|_| OnceLock::new()).collect();
    store.hs_texts = found.iter().copied().filter(|(name, _)| is_hs_texts(name)).collect();
    store.hs2017 = Part::new("hs2017-subheadings", given("hs2017-subheadings"));
    store.deleted = Part::new("hs2017-deleted", given("hs2017-deleted"));
    store.messages_zh = Part::new("messages-zh", given("messages-zh"));
    store.countries_zh = Part::shipped_in("countries-zh", "messages-zh", given("countries-zh"));
    store.vocabulary_zh = Part::new("vocabulary-zh", given("vocabulary-zh"));
    store.vague_zh = Part::shipped_in("vague-zh", "vocabulary-zh", given("vague-zh"));
    store.destination_texts_zh = Part::new("destination-notes-zh", given("destination-notes-zh"));
    store.rule_docs = Part::new("rules", given("rules"));
    store.policy_sources = Part::new("policy-sources", given("policy-sources"));
    store.chapters = Part::new("hs2022-chapters", given("hs2022-chapters"));
    // Each destination's thresholds, named by the header (the web build's core file holds
    // none of them) or found in the file.
    let header_parts: Vec<&'static str> = super::format::part_names(text).split_ascii_whitespace().collect();
    let mut names: Vec<&'static str> =
        header_parts.iter().copied().chain(found.iter().map(|(name, _)| *name)).filter(|name| name.starts_with("thresholds.")).collect();
    crate::base::order::sort_by(&mut names, |a, b| a < b);
    names.dedup();
    store.thresholds = names.into_iter().map(|name| (&name["thresholds.".len()..], Part::new(name, given(name)))).collect();
    // The parts the header names that this file leaves out (the web build's core file).
    store.absent_parts = header_parts.into_iter().filter(|name| given(name).is_none()).collect();
    // The tables read at load (the parts above, read when first needed, are `Other`).
    for (section, body) in found {
        match Section::of(section) {
            Section::Other if section == "vague-en-phrases" => store.vague_en_phrases = body,
            Section::Other => {}
            part => section_rows(body).for_each(|f| store.read_row(part, section, &f)),
        }
    }
    // Looked up for each word of a title the vocabulary does not recognise.
    crate::base::order::sort_long_by(&mut store.material_articles, |a, b| a.0 < b.0);
    let mut by_name: Vec<(&'static str, u32)> = store.word_lists.iter().zip(0..).map(|(l, i)| (l.name, i)).collect();
    crate::base::order::sort_long_by(&mut by_name, |a, b| a.0 < b.0);
    store.word_list_names = crate::base::order::SortedWords::new(by_name.iter().map(|n| n.0).collect());
    store.word_list_at = by_name.into_iter().map(|n| n.1).collect();
    let messages = &store.messages;
    store.message_keys = crate::base::order::SortedWords::new(messages.iter().map(|m| m.0).collect());
    store.message_params = messages.iter().map(|m| m.1.contains('{')).collect();
    // A file written before the codes had a section of their own would read as "no code
    // exists": refused instead.
    if store.subheadings.is_empty() {
        return Err("the data file lists no HS 2022 codes (no @hs2022-codes section): it is not from this build".into());
    }
    Ok(store)
}

impl Store {
    fn read_row(&mut self, part: Section, section: &str, f: &[&'static str]) {
        let store = self;
        let at = |i: usize| f.get(i).copied().unwrap_or("");
        match part {
            Section::Countries => store.countries.push((at(0), at(1), at(2), at(3))),
            Section::Currencies => store.currencies.push((at(0), at(1).parse().unwrap_or(255))),
            Section::Fx => store.fx.push((at(0), at(1), at(2), at(3), at(4), at(5))),
            Section::Vague => store.vague.push(vague_term(f)),
            Section::Messages => store.messages.push((at(0), at(1))),
            Section::China => store.china.read_row(section, f),
            Section::Vocabulary => store.products.push(Product {
                terms: at(0).split('|').filter(|t| !t.is_empty()).collect(),
                hs: at(1).split(' ').filter_map(|c| c.parse().ok()).collect(),
                flags: at(2).split(' ').filter_map(flag::by_name).fold(0, |a, b| a | b),
                min_usd: some(at(3)),
            }),
            Section::Hs2022Codes => {
                if let Ok(h) = at(0).parse::<u16>() {
                    store.headings.push(h);
                    store.subheadings.extend(at(1).split(' ').filter_map(|s| s.parse::<u32>().ok()).map(|s| u32::from(h) * 100 + s));
                }
            }
            Section::CnFtaPartners => store.fta_partners.push((at(0), at(1), at(2))),
            Section::VatAtSale => store.vat_at_sale.push((at(0), at(1), at(2), at(3), at(4))),
            Section::NationalDigits => store.national_digits.push((at(0), at(1).parse().unwrap_or(0), at(2), at(3))),
            Section::Brands => match at(0) {
                "brand" => store.brands.push((at(1), at(2))),
                "replica" => store.replica_words.push(at(1)),
                _ => store.brand_copy_words.push(at(1)),
            },
            Section::WordLists if at(0) == "hs-articles" => {
                if let (Ok(home), Ok(other)) = (at(2).parse(), at(3).parse()) {
                    store.material_articles.push((at(1), home, other));
                }
            }
            // "*-phrases" lists hold phrases with spaces, "|"-separated; others are words.
            Section::WordLists if at(0).ends_with("-phrases") => {
                store.push_word_list(at(0), at(1).split('|').filter(|p| !p.is_empty()).collect())
            }
            Section::WordLists => store.push_word_list(at(0), at(1).split_ascii_whitespace().collect()),
            Section::HazardousStarts => store.hazardous_starts.extend(at(0).chars()),
            Section::HsConfidence => {
                if let (Ok(rank), Ok(from), Ok(p)) = (at(0).parse(), at(1).parse(), at(2).parse()) {
                    store.hs_confidence.push((rank, from, p));
                }
            }
            Section::HsChapterPrior => {
                if let (Ok(chapter), Ok(titles)) = (at(0).parse::<usize>(), at(1).parse()) {
                    if chapter < 100 {
                        store.hs_chapter_titles.resize(store.hs_chapter_titles.len().max(chapter + 1), 0);
                        store.hs_chapter_titles[chapter] = titles;
                    }
                }
            }
            Section::Other => {}
        }
    }

    fn push_word_list(&mut self, name: &'static str, words: Vec<&'static str>) {
        let mut sorted = words.clone();
        crate::base::order::sort_long_by(&mut sorted, |a, b| a < b);
        let sieve = words.iter().fold(0, |sieve, w| sieve | crate::base::text::phrase_bit(w));
        self.word_lists.push(WordList { name, words, sorted: crate::base::order::SortedWords::new(sorted), sieve });
    }

    /// A chapter's heading texts (none while its part is not loaded, nothing kept then).
    fn heading_texts(&self, chapter: usize) -> &[(u32, &'static str)] {
        self.chapter_texts(&self.heading_texts, "hs2022-headings", chapter)
    }

    /// A chapter's subheading texts (none while its part is not loaded, nothing kept then).
    fn subheading_texts(&self, chapter: usize) -> &[(u32, &'static str)] {
        self.chapter_texts(&self.subheading_texts, "hs2022-subheadings", chapter)
    }

    fn chapter_texts<'a>(&self, slots: &'a [OnceLock<Vec<(u32, &'static str)>>], kind: &str, chapter: usize) -> &'a [(u32, &'static str)] {
        let Some(slot) = slots.get(chapter) else { return &[] };
        if let Some(texts) = slot.get() {
            return texts;
        }
        let name = format!("{kind}.{chapter:02}");
        let text = match self.hs_texts.iter().find(|(n, _)| *n == name) {
            Some((_, body)) => Some(*body),
            None => super::parts::get(&name, &format!("hs2022-texts.{chapter:02}")),
        };
        text.map_or(&[], |text| slot.get_or_init(|| code_texts(text)))
    }

    /// A destination's thresholds, sorted by `from` (empty for a destination the data has
    /// none for, and while its part is not loaded).
    pub fn thresholds_for(&self, country: &str) -> &[ThresholdRow] {
        let Ok(at) = self.thresholds.binary_search_by(|(c, _)| c.cmp(&country)) else { return &[] };
        self.thresholds[at].1.get(|body| section_rows(body).map(|f| threshold_row(&f)).collect()).map_or(&[], |(_, rows)| rows)
    }

    /// The destinations the data has thresholds for, sorted.
    pub fn threshold_countries(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.thresholds.iter().map(|(country, _)| *country)
    }

    /// The HS 2017 subheadings deleted in 2022 (empty while their part is not loaded).
    pub fn deleted(&self) -> &[Deleted] {
        let read = |body| {
            let row = |f: &[&'static str]| -> Option<Deleted> {
                let successors = f.get(2).map_or("", |s| *s).split(' ').filter_map(|s| s.parse().ok()).collect();
                Some((f.first()?.parse().ok()?, *f.get(1)?, successors))
            };
            section_rows(body).filter_map(|f| row(&f)).collect()
        };
        self.deleted.get(read).map_or(&[], |(_, rows)| rows)
    }

    /// The Chinese vague terms, sorted by term (read from their part at each call: a
    /// Chinese line's check asks once or twice); None while the part is not loaded
    /// (noted as wanted, so the page loads it and checks again).
    pub fn vague_zh(&self) -> Option<Vec<VagueTerm>> {
        let (text, _) = self.vague_zh.get(|_| ())?;
        Some(section_rows(text).map(|f| vague_term(&f)).collect())
    }

    /// The vocabulary's Chinese terms, each with its product's position in `products`, in
    /// file order; None while the part is not loaded (noted as wanted).
    pub fn chinese_terms(&self) -> Option<&[(&'static str, u32)]> {
        // Each line: the rows since the previous line's row (the first line's: from row
        // -1), then the row's terms.
        let read = |body| {
            let (mut terms, mut row) = (Vec::new(), -1i64);
            for f in section_rows(body) {
                if let (Some(Ok(gap)), Some(list)) = (f.first().map(|g| g.parse::<u32>()), f.get(1)) {
                    row += i64::from(gap);
                    if let Some(at) = u32::try_from(row).ok().filter(|&at| (at as usize) < self.products.len()) {
                        terms.extend(list.split('|').filter(|t| !t.is_empty()).map(|t| (t, at)));
                    }
                }
            }
            terms
        };
        self.vocabulary_zh.get(read).map(|(_, terms)| terms.as_slice())
    }

    /// The country whose Chinese name is `name` (its alpha-2); None while the part is not
    /// loaded (noted as wanted) or when no country is so named.
    pub fn country_named_zh(&self, name: &str) -> Option<&'static str> {
        let (text, _) = self.countries_zh.get(|_| ())?;
        section_rows(text).find(|f| f.get(1) == Some(&name)).and_then(|f| f.first().copied())
    }

    /// The Chinese message for the message at `at` and whether it has parameters; None
    /// while the part is not loaded or when the file has none for it.
    pub fn message_zh(&self, at: usize) -> Option<(&'static str, bool)> {
        let read = |body| {
            let mut texts = vec![("", false); self.messages.len()];
            for f in section_rows(body) {
                if let (Some(at), Some(zh)) = (f.first().and_then(|key| self.message_keys.position(key)), f.get(1)) {
                    texts[at] = (*zh, zh.contains('{'));
                }
            }
            texts
        };
        self.messages_zh.get(read).and_then(|(_, texts)| texts.get(at).copied()).filter(|(zh, _)| !zh.is_empty())
    }

    /// The Chinese of a destination threshold's text (its scope, notes or planned
    /// changes, as the thresholds hold it); None while the part is not loaded or when the
    /// text has none (it is then shown as it is).
    pub fn destination_text_zh(&self, english: &str) -> Option<&'static str> {
        let read = |body| section_rows(body).filter_map(|f| Some((*f.first()?, *f.get(1)?))).collect::<Vec<_>>();
        let (_, rows) = self.destination_texts_zh.get(read)?;
        rows.binary_search_by(|(en, _)| (*en).cmp(english)).ok().map(|i| rows[i].1)
    }

    /// Each rule's explanation: (rule, its doc comment as one paragraph), empty while
    /// the part is not loaded.
    pub fn rule_docs(&self) -> &[(&'static str, &'static str)] {
        let read = |body| section_rows(body).filter_map(|f| Some((*f.first()?, *f.get(1)?))).collect();
        self.rule_docs.get(read).map_or(&[], |(_, rows)| rows)
    }

    /// The source of a row of China's controls (`table` "cn-controls") or of the
    /// destination rules ("destination-rules"); "" while the part is not loaded (the page
    /// then loads it and checks again).
    pub fn policy_source(&self, table: &str, id: &str) -> &'static str {
        // Read where it lies, by each line's start: a finding quotes a few of its ~50 rows
        // (splitting every row into fields was 0.4% of `check --jsonl`).
        let text = self.policy_sources.get(|_| ()).map_or("", |(text, _)| text);
        let source = |line: &'static str| line.strip_prefix(table)?.strip_prefix('\t')?.strip_prefix(id)?.strip_prefix('\t');
        text.lines().find_map(source).unwrap_or("")
    }

    /// A destination rule's message (`destination-rule.<rule>`, its `.help`): English and
    /// Chinese, rows of the sources' part (the finding that shows one quotes its source);
    /// None when no rule has the key, or while the part is not loaded (the page then
    /// loads it and checks again).
    pub fn policy_message(&self, key: &str) -> Option<(&'static str, &'static str)> {
        self.policy_source("messages", key).split_once('\t')
    }

    /// An HS 2022 chapter's text (None while its part is not loaded).
    pub fn chapter_text(&self, chapter: u8) -> Option<&'static str> {
        let (text, ()) = self.chapters.get(|_| ())?;
        section_rows(text).find(|f| f.first().and_then(|c| c.parse().ok()) == Some(chapter)).and_then(|f| f.get(1).copied())
    }

    /// The HS 2017 section's rows (empty while its part is not loaded).
    fn hs2017(&self) -> &'static str {
        self.hs2017.get(|_| ()).map_or("", |(text, _)| text)
    }
}

/// Whether a section holds HS texts of one chapter (`@hs2022-headings.61`, `@hs2022-subheadings.61`).
fn is_hs_texts(section: &str) -> bool {
    section.starts_with("hs2022-headings.") || section.starts_with("hs2022-subheadings.")
}

/// A row of `@thresholds.XX`.
fn threshold_row(f: &[&'static str]) -> ThresholdRow {
    let at = |i: usize| f.get(i).copied().unwrap_or("");
    ThresholdRow {
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
        purposes: at(19),
    }
}

/// The rows (code, text) of an HS texts section, as the generator sorted them.
fn code_texts(body: &'static str) -> Vec<(u32, &'static str)> {
    section_rows(body).filter_map(|f| Some((f.first()?.parse().ok()?, *f.get(1)?))).collect()
}

/// Parses a data file without installing it (fuzzing, tests): a file that is not one is
/// refused with a message. The text is leaked (the tables borrow it), so this is for
/// short-lived processes.
pub fn parse_untrusted(text: &str) -> Result<usize, String> {
    let text: &'static str = Box::leak(text.to_string().into_boxed_str());
    parse(text).map(|s| {
        // Every part read now (a broken one shows up here, not at a check).
        let thresholds: usize = s.threshold_countries().map(|c| s.thresholds_for(c).len()).sum();
        let chinese =
            (0..s.messages.len()).filter(|&at| s.message_zh(at).is_some()).count() + usize::from(s.destination_text_zh("").is_some());
        let chapters = (0..=99).filter(|c| s.chapter_text(*c).is_some()).count();
        let parts = thresholds + chinese + chapters + s.deleted().len() + s.rule_docs().len() + section_rows(s.hs2017()).count();
        let texts: usize = (0..100).map(|c| s.heading_texts(c).len() + s.subheading_texts(c).len()).sum();
        s.messages.len() + s.subheadings.len() + texts + parts
    })
}

/// Installs the data file (`precheck_data.tsv`) in a build that does not embed it (wasm).
/// Loading again is harmless; a file for another data version is refused.
pub fn load(text: String) -> Result<(), String> {
    let version = check_header(&text)?;
    if let Some(loaded) = try_store() {
        return super::format::same_release(version, loaded.release.version);
    }
    // Kept for the life of the page: reports borrow its strings.
    let text: &'static str = Box::leak(text.into_boxed_str());
    let parsed = parse(text)?;
    super::parts::agree(parsed.release.version);
    super::parts::announce(&parsed.absent_parts);
    let _ = STORE.set(parsed);
    Ok(())
}

/// Whether the data is there (always natively; in wasm once loaded).
pub fn loaded() -> bool {
    try_store().is_some()
}

/// The loaded file (wasm), else the embedded one (native), parsed inside its lock: the
/// command line's workers that ask first together wait for one parse, not one each.
fn try_store() -> Option<&'static Store> {
    static FROM_EMBEDDED: OnceLock<Option<Store>> = OnceLock::new();
    STORE.get().or_else(|| FROM_EMBEDDED.get_or_init(|| parse(EMBEDDED?).ok()).as_ref())
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
    find_word_list(list).map_or(&[], |l| l.words.as_slice())
}

/// `text` without the words of `list` it ends on, taken off one after another: a Chinese
/// name's category suffixes (服装类), a title's trade words (...手表厂家批发).
pub fn without_trailing<'t>(text: &'t str, list: &str) -> &'t str {
    let words = word_list(list);
    let mut rest = text;
    while let Some(shorter) = words.iter().find_map(|w| rest.strip_suffix(w)) {
        rest = shorter;
    }
    rest
}

/// A list of word_lists.tsv by its name (None before the data is loaded).
pub fn find_word_list(list: &str) -> Option<&'static WordList> {
    let store = store();
    let at = store.word_list_at.get(store.word_list_names.position(list)?)?;
    store.word_lists.get(*at as usize)
}

/// A word list of "word=meaning" entries (`csv-headers`: "商品名称=description";
/// `hs-selectors-zh`: "纯棉=棉制") as pairs.
pub fn word_pairs(list: &str) -> impl Iterator<Item = (&'static str, &'static str)> {
    word_list(list).iter().filter_map(|entry| entry.split_once('='))
}

/// What `word` means in a "word=meaning" list (`hs-material-class`: "knit" -> "knitted"),
/// by a binary search of the list's sorted copy, without splitting its entries.
pub fn word_pair(list: &str, word: &str) -> Option<&'static str> {
    pair_in(word_set(list), word)
}

/// What `word` means in a "word=meaning" list already found ([`word_set`]): for a loop
/// over a title's words, which need not find the list by name each time.
pub fn pair_in(set: &'static crate::base::order::SortedWords, word: &str) -> Option<&'static str> {
    pairs_in(set, word).next()
}

/// Every meaning of `word` in a "word=meaning" list already found: a word may have
/// several (`hs-fibre-class`: "polyester" is the nomenclature's "man-made" and
/// "synthetic" fibres).
pub fn pairs_in<'w>(set: &'static crate::base::order::SortedWords, word: &'w str) -> impl Iterator<Item = &'static str> + 'w {
    let words = set.words();
    words[set.lower_bound(word)..].iter().take_while(move |e| e.starts_with(word)).filter_map(move |e| e[word.len()..].strip_prefix('='))
}

/// The names of the `*-phrases` word lists: phrases matched anywhere in a line's folded
/// text (`knowledge::phrases` gathers them into its one matcher).
pub fn phrase_lists() -> impl Iterator<Item = &'static str> {
    store().word_lists.iter().map(|l| l.name).filter(|name| name.ends_with("-phrases"))
}

/// Whether `word` is in a list of word_lists.tsv (a binary search of its sorted copy).
pub fn in_word_list(list: &str, word: &str) -> bool {
    word_set(list).contains(word)
}

/// A list of word_lists.tsv as a set (empty before the data is loaded), for callers that
/// ask it about many words.
pub fn word_set(list: &str) -> &'static crate::base::order::SortedWords {
    static EMPTY: crate::base::order::SortedWords = crate::base::order::SortedWords::empty();
    find_word_list(list).map_or(&EMPTY, |l| &l.sorted)
}

pub fn heading_text(heading: u16) -> Option<&'static str> {
    let texts = store().heading_texts(usize::from(heading / 100));
    texts.binary_search_by_key(&u32::from(heading), |t| t.0).ok().map(|i| texts[i].1).and_then(non_empty)
}

pub fn subheading_text(code: u32) -> Option<&'static str> {
    let texts = store().subheading_texts((code / 10_000) as usize);
    texts.binary_search_by_key(&code, |t| t.0).ok().map(|i| texts[i].1).and_then(non_empty)
}

/// Whether `code` is an HS 2022 subheading (without reading the texts).
pub fn is_subheading(code: u32) -> bool {
    store().subheadings.binary_search(&code).is_ok()
}

/// The English vague terms as (the words a title is split into, space-separated; the
/// term), sorted by first word, as the generator prepared them.
pub fn vague_en_phrases() -> impl Iterator<Item = (&'static str, &'static str)> {
    section_rows(store().vague_en_phrases).filter_map(|f| Some((*f.first()?, *f.get(1)?)))
}

/// Whether `code` is an HS 2017 subheading: its heading's row found by binary search.
pub fn is_hs2017_subheading(code: u32) -> bool {
    let row = numbered_row(store().hs2017(), (code / 100) as usize);
    let last_two = row.and_then(|row| row.split_once('\t')).map_or("", |(_, s)| s);
    last_two.split(' ').any(|s| s.parse::<u32>() == Ok(code % 100))
}

/// The HS 2017 text of a subheading deleted in 2022.
pub fn deleted_text(code: u32) -> Option<&'static str> {
    let s = store();
    let deleted = s.deleted();
    deleted.binary_search_by_key(&code, |d| d.0).ok().and_then(|i| deleted.get(i)).map(|d| d.1).and_then(non_empty)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_pair_is_found_by_its_whole_word() {
        assert_eq!(word_pair("hs-material-class", "knit"), Some("knitted"));
        assert_eq!(word_pair("hs-material-class", "knitted"), Some("knitted"));
        assert_eq!(word_pair("hs-material-class", "kni"), None);
        assert_eq!(word_pair("hs-material-class", "leather"), None);
        // Every pair of either list is found so; a word of several meanings has each.
        for list in ["hs-material-class", "hs-fibre-class"] {
            let set = word_set(list);
            for (said, meaning) in word_pairs(list) {
                assert!(pairs_in(set, said).any(|m| m == meaning), "{list}: {said}={meaning}");
            }
        }
        assert_eq!(pairs_in(word_set("hs-fibre-class"), "polyester").collect::<Vec<_>>(), ["man", "synthetic"]);
        assert_eq!(pairs_in(word_set("hs-material-class"), "electric").collect::<Vec<_>>(), ["electric", "electro"]);
    }

    #[test]
    fn embedded_data_is_complete() {
        assert!(loaded());
        let s = store();
        assert!(s.countries.len() > 240 && s.currencies.len() > 150 && s.fx.len() > 30);
        let thresholds: Vec<&ThresholdRow> = s.threshold_countries().flat_map(|c| s.thresholds_for(c)).collect();
        assert!(thresholds.len() > 100 && s.vague.len() > 500 && s.threshold_countries().count() > 50);
        assert_eq!((s.subheadings.len(), s.headings.len()), (5612, 1228));
        assert_eq!((1..=97).filter(|c| s.chapter_text(*c).is_some()).count(), 96);
        assert_eq!(crate::knowledge::hs::chapter_text(61).map(|t| t.contains("knitted")), Some(true));
        assert!(s.deleted().len() > 100);
        // Every HS 2017 subheading the section lists is found by its search, and no other.
        let mut hs2017 = Vec::new();
        for f in section_rows(s.hs2017()) {
            let heading: u32 = f[0].parse().unwrap();
            hs2017.extend(f[1].split(' ').map(|d| heading * 100 + d.parse::<u32>().unwrap()));
        }
        assert!(hs2017.len() > 5000 && hs2017.windows(2).all(|w| w[0] < w[1]));
        for code in &hs2017 {
            assert!(is_hs2017_subheading(*code), "{code}");
            assert_eq!(is_hs2017_subheading(code + 1), hs2017.binary_search(&(code + 1)).is_ok(), "{}", code + 1);
        }
        assert!(!is_hs2017_subheading(999999) && !is_hs2017_subheading(0));
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
        assert!(s.messages.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(s.currencies.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(s.subheadings.windows(2).all(|w| w[0] < w[1]) && s.headings.windows(2).all(|w| w[0] < w[1]));
        assert!(s.deleted().windows(2).all(|w| w[0].0 < w[1].0));
        assert!(thresholds.windows(2).all(|w| (w[0].country, w[0].from) <= (w[1].country, w[1].from)));
        assert!(s.threshold_countries().all(|c| s.thresholds_for(c).iter().all(|row| row.country == c)));
    }

    #[test]
    fn refuses_a_file_laid_out_for_another_build() {
        let header = format!("# precheck data {} {}: old layout\n", store().release.version, super::super::format::FORMAT);
        let err = parse_untrusted(&format!("{header}@thresholds\nGB\tall\n@hs2022-codes\n0101\t21\n")).unwrap_err();
        assert!(err.contains("@thresholds whole"), "{err}");
        let tariff = super::super::china::parse_untrusted_tariff(&format!("{header}@cn-hazardous-names\n氯\t1\n")).unwrap_err();
        assert!(tariff.contains("@cn-hazardous-names whole"), "{tariff}");
    }

    #[test]
    fn refuses_a_file_for_another_data_version() {
        let err = load("# precheck data 1999.01.01 (format 2): old\n@countries\nGB\tGBR\n".into()).err().unwrap_or_default();
        assert!(err.contains(store().release.version) && err.contains("1999.01.01"), "{err}");
        // Nor one laid out for another engine, whatever its release.
        let header = format!("# precheck data {} (format 0): old\n@countries\nGB\tGBR\n", store().release.version);
        assert!(load(header).err().unwrap_or_default().contains("data (format 2)"));
    }
}
