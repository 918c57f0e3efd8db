//! Embedded reference data: generated tables (`generated/`, DO NOT EDIT) and the small
//! lookups over them. Raw sources and their provenance live in `raw/`.
//!
//! Every table is a sorted slice searched with binary search: compact in wasm, no
//! start-up cost, no hashing of strings.

#[rustfmt::skip]
mod generated {
    pub mod hs { include!("generated/hs.rs"); }
    pub mod release { include!("generated/release.rs"); }
}

pub mod china;
pub mod store;

pub use generated::hs::HS2022_CHAPTERS;
pub use store::{store, FxRow, VagueTerm};

/// Reference exchange rates, sorted by (base, quote).
pub fn fx_rates() -> &'static [FxRow] {
    &store().fx
}

/// Vague description terms, sorted by term.
pub fn vague_terms() -> &'static [VagueTerm] {
    &store().vague
}

pub use generated::release::{DATA_REVIEW_DATE, DATA_SUMMARY, DATA_VERSION};

/// A country of ISO 3166-1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    pub alpha2: &'static str,
    pub alpha3: &'static str,
    pub name_en: &'static str,
    pub name_zh: &'static str,
    pub currency: &'static str,
}

pub fn country(alpha2: &str) -> Option<Country> {
    let table = &store().countries;
    let i = table.binary_search_by(|row| row.0.cmp(alpha2)).ok()?;
    let (alpha2, alpha3, name_en, name_zh, currency) = table[i];
    Some(Country { alpha2, alpha3, name_en, name_zh, currency })
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
        .find(|row| row.1.eq_ignore_ascii_case(t) || row.2.eq_ignore_ascii_case(t) || row.3 == t)
        .and_then(|row| country(row.0))
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
}

pub fn thresholds_for(country: &str) -> &'static [ThresholdRow] {
    let table = &store().thresholds;
    let start = table.partition_point(|r| r.country < country);
    let end = table.partition_point(|r| r.country <= country);
    table.get(start..end).unwrap_or(&[])
}
