//! The report: what the pre-check says about one declaration. Field names and enum
//! values are the contract's (camelCase fields, kebab-case values). Facts and rules fill it;
//! the engine assembles it. `forms` prints a declaration's documents.

pub mod forms;
pub mod json;

use crate::input::declaration::{Channel, DocumentKind};
use crate::knowledge::money::RateUsed;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Ready,
    Review,
    Blocked,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lane {
    Fast,
    Manual,
    Inspection,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    pub rule: &'static str,
    pub code: &'static str,
    pub severity: Severity,
    pub field: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<String>,
    /// The regulation or list the finding rests on, with its date; secondary sources say so.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Extension: what customs does if an error or warning is not fixed (returned, a
    /// declaration modification with fees, detention, the anti-smuggling department).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

impl Finding {
    pub fn with_source(mut self, source: impl Into<String>) -> Finding {
        self.source = Some(source.into());
        self
    }

    pub fn with_severity(mut self, severity: Severity) -> Finding {
        self.severity = severity;
        self
    }

    pub fn with_suggestions<I: IntoIterator<Item = S>, S: Into<String>>(mut self, suggestions: I) -> Finding {
        for s in suggestions {
            let s = s.into();
            if !s.is_empty() && !self.suggestions.contains(&s) {
                self.suggestions.push(s);
            }
        }
        self
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    /// Sum of quantity x unit price over the lines that could be read, exact.
    pub goods: String,
    pub currency: String,
    pub items: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Threshold {
    pub amount: String,
    pub currency: String,
    pub basis: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct DestinationInfo {
    pub country: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duty_threshold: Option<Threshold>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax_threshold: Option<Threshold>,
    pub duty_likely: bool,
    pub tax_likely: bool,
    pub notes: Vec<String>,
    pub source: String,
    /// Extension: the thresholds converted into the declaration's currency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duty_threshold_declared: Option<Threshold>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax_threshold_declared: Option<Threshold>,
    /// Extension: estimated import VAT/GST at the standard rate, in the declared currency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax_estimate: Option<Threshold>,
    /// Extension: flat duty per item (EU from 2026-07-01), in the threshold's currency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flat_duty: Option<Threshold>,
    /// Extension: standard VAT/GST rate in percent, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vat_rate: Option<String>,
    /// Extension: effective date of the threshold row used, and how sure the data is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Unsuitable {
    pub channel: Channel,
    pub reason: String,
    /// The channel refuses the goods outright (not merely suits them badly).
    #[serde(skip)]
    pub refuses: bool,
    /// Extension: the source of the figure the reason rests on (a weight limit).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChannelAdvice {
    pub suggested: Channel,
    pub reasons: Vec<String>,
    pub unsuitable: Vec<Unsuitable>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Need {
    Required,
    Recommended,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentNeed {
    pub kind: DocumentKind,
    /// The document's name in the report's language ("Commercial invoice", "商业发票").
    pub name: String,
    pub status: Need,
    pub reason: String,
    pub have: bool,
}

/// How China's customs clears the parcel on the way out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// Express documents of no commercial value (express category A).
    Documents,
    /// Personal items by express (category B) or personal postal articles.
    PersonalArticles,
    /// Express low-value goods (category C), or a 9610 list by post.
    LowValueGoods,
    /// A formal export declaration (报关单).
    FormalDeclaration,
}

/// The export VAT refund (出口退税) for this shipment.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TaxRefund {
    pub possible: bool,
    /// Refund rate in %, when every coded line has the same known rate at the date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate: Option<String>,
    pub reason: String,
    /// Extension: the rate of each line, with the source it rests on.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<ItemRefund>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ItemRefund {
    pub field: String,
    pub code: String,
    /// None when the code's 10-digit lines differ, or the code is not in the tariff.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate: Option<String>,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Clearance {
    pub channel: Channel,
    pub category: Category,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<&'static str>,
    /// The goods value in CNY that decided the category; empty when it could not be converted.
    pub value_cny: String,
    pub reasons: Vec<String>,
    pub tax_refund: TaxRefund,
    /// Extension: what the mode needs (registration, platform data, summary declaration).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mode_needs: Vec<String>,
    /// Extension: the limits and modes the category rests on, with their dates.
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub verdict: Verdict,
    pub lane: Lane,
    pub lane_reasons: Vec<String>,
    pub findings: Vec<Finding>,
    pub totals: Totals,
    pub destination: DestinationInfo,
    pub channel: ChannelAdvice,
    pub documents: Vec<DocumentNeed>,
    /// How China's customs clears it (contract 5.2).
    pub clearance: Clearance,
    pub data_version: String,
    pub date: String,
    /// Extension: every exchange rate the report relied on, with its date and source.
    pub exchange_rates: Vec<RateUsed>,
}

/// blocked: any error; review: any warning; else ready.
pub fn verdict(findings: &[Finding]) -> Verdict {
    match findings.iter().map(|f| f.severity).max() {
        Some(Severity::Error) => Verdict::Blocked,
        Some(Severity::Warning) => Verdict::Review,
        _ => Verdict::Ready,
    }
}
