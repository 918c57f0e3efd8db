//! Embedded reference data: generated tables (`generated/`, DO NOT EDIT) and the small
//! lookups over them. Raw sources and their provenance live in `raw/`.
//!
//! Every table is a sorted slice searched with binary search: compact in wasm, no
//! start-up cost, no hashing of strings.

mod generated;

pub mod china;
mod china_tables;
mod format;
pub mod parts;
pub mod store;
pub mod word_index;

pub use generated::hs::HS2022_CHAPTERS;
pub use store::{store, FxRow, ThresholdKind, ThresholdRow, VagueTerm};

/// Reference exchange rates, sorted by (base, quote).
pub fn fx_rates() -> &'static [FxRow] {
    &store().fx
}

/// The English vague description terms, sorted by term (the Chinese ones are a part:
/// `store().vague_zh()`).
pub fn vague_terms() -> &'static [VagueTerm] {
    &store().vague
}

/// What the loaded data is (empty before it is loaded): the data files name their release
/// themselves, so new data needs no new engine.
pub fn release() -> store::Release {
    store().release
}

/// A country of ISO 3166-1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    pub alpha2: &'static str,
    pub alpha3: &'static str,
    pub name_en: &'static str,
    pub currency: &'static str,
}

pub fn country(alpha2: &str) -> Option<Country> {
    let table = &store().countries;
    let i = table.binary_search_by(|row| row.0.cmp(alpha2)).ok()?;
    let (alpha2, alpha3, name_en, currency) = table[i];
    Some(Country { alpha2, alpha3, name_en, currency })
}

/// Finds the country a person most likely meant by a non-code (alpha-3, English or
/// Chinese name, "UK"): used to suggest the right code, never to accept it silently.
pub fn country_by_name(text: &str) -> Option<Country> {
    let t = text.trim();
    if t.eq_ignore_ascii_case("UK") {
        return country("GB");
    }
    store()
        .countries
        .iter()
        .find(|row| row.1.eq_ignore_ascii_case(t) || row.2.eq_ignore_ascii_case(t))
        .map(|row| row.0)
        // Chinese names are a part of the data (an English page seldom needs them).
        .or_else(|| if t.is_ascii() { None } else { store().country_named_zh(t) })
        .and_then(country)
        .or_else(|| match t.to_ascii_lowercase().as_str() {
            "usa" | "united states of america" | "america" | "美国" => country("US"),
            "china" | "中国" | "prc" => country("CN"),
            "england" | "great britain" | "britain" | "英国" => country("GB"),
            "korea" | "south korea" | "韩国" => country("KR"),
            "russia" | "俄罗斯" => country("RU"),
            _ => None,
        })
}

/// Minor-unit digits of an active ISO 4217 currency (None for unknown codes; 255 for XDR-like units).
pub fn currency_minor_unit(code: &str) -> Option<u8> {
    let table = &store().currencies;
    table.binary_search_by(|row| row.0.cmp(code)).ok().map(|i| table[i].1)
}

/// The digits a destination's tariff classifies at (`national_code_digits.csv`).
#[derive(Debug, Clone, Copy)]
pub struct NationalDigits {
    pub digits: usize,
    pub tariff: &'static str,
    pub source: &'static str,
}

pub fn national_digits(country: &str) -> Option<NationalDigits> {
    let table = &store().national_digits;
    let i = table.binary_search_by(|row| row.0.cmp(country)).ok()?;
    let (_, digits, tariff, source) = table[i];
    Some(NationalDigits { digits: digits as usize, tariff, source })
}

pub fn thresholds_for(country: &str) -> &'static [ThresholdRow] {
    store().thresholds_for(country)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A destination written as a name is matched to its code, to suggest it: by alpha-3,
    /// English name or Chinese name (the Chinese names are a part of the data; natively
    /// the embedded file holds it), else by the common aliases.
    #[test]
    fn a_country_named_is_found_by_its_code_english_or_chinese_name() {
        let code = |text: &str| country_by_name(text).map(|c| c.alpha2);
        assert_eq!(code("DEU"), Some("DE"));
        assert_eq!(code("germany"), Some("DE"));
        assert_eq!(code("德国"), Some("DE"));
        assert_eq!(code("日本"), Some("JP"));
        assert_eq!(code("UK"), Some("GB"));
        assert_eq!(code("Atlantis"), None);
        assert_eq!(code("亚特兰蒂斯"), None);
    }
}
