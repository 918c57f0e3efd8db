//! The rules registry: every rule's name, code, default severity and explanation, and the
//! order they run in. To add a rule: write one file here with `declare_rule!` (its doc
//! comment is the explanation users read), a `check(ctx, out)` function reading
//! [`Context`] and its pass/fail table; add one line to `REGISTRY` (with its `mod` line);
//! and add its messages to `src/data/raw/messages.tsv`. Rules read facts; they never
//! import one another's internals beyond a shared constant.
//!
//! Codes are stable and never reused: PC1xx input, PC2xx descriptions, PC3xx HS codes,
//! PC4xx values, PC5xx goods restrictions, PC6xx documents and channels.

use crate::knowledge::messages;
use crate::report::{Finding, Severity};

/// Declares a rule: its doc comment becomes `INFO.explanation`, so the text users read in
/// `rules()` and the text engineers read in the source are the same.
macro_rules! declare_rule {
    ($(#[doc = $doc:literal])* pub static $id:ident = $name:literal, $code:literal, $severity:ident;) => {
        $(#[doc = $doc])*
        pub static $id: crate::rules::context::RuleInfo = crate::rules::context::RuleInfo {
            name: $name,
            code: $code,
            severity: crate::report::Severity::$severity,
        };
    };
}

pub mod context;

mod battery_restriction;
mod channel_unsuitable;
mod clearance_limit_exceeded;
mod data_may_be_stale;
mod declaration_elements_missing;
mod description_mixed_goods;
mod description_not_english;
mod description_too_general;
mod description_zh_missing;
mod document_missing;
mod export_controlled;
mod export_duty_applies;
mod field_malformed;
mod hs_code_malformed;
mod hs_code_mismatch;
mod hs_code_missing;
mod hs_code_national_digits;
mod hs_code_outdated;
mod hs_code_unknown;
mod infringement_risk;
mod invoice_total_mismatch;
mod line_total_mismatch;
pub(crate) mod prohibited_item;
mod quantity_unreasonable;
mod required_field_missing;
mod restricted_item;
mod value_implausibly_low;
mod value_near_threshold;
mod value_not_positive;
mod value_split_shipment;

type Check = fn(&Context, &mut Vec<Finding>);

/// Every rule, in the order its findings appear.
pub static REGISTRY: &[(&RuleInfo, Check)] = &[
    (&required_field_missing::RULE, required_field_missing::check),
    (&field_malformed::RULE, field_malformed::check),
    (&description_too_general::RULE, description_too_general::check),
    (&description_not_english::RULE, description_not_english::check),
    (&description_zh_missing::RULE, description_zh_missing::check),
    (&description_mixed_goods::RULE, description_mixed_goods::check),
    (&hs_code_missing::RULE, hs_code_missing::check),
    (&hs_code_malformed::RULE, hs_code_malformed::check),
    (&hs_code_unknown::RULE, hs_code_unknown::check),
    (&hs_code_outdated::RULE, hs_code_outdated::check),
    (&hs_code_mismatch::RULE, hs_code_mismatch::check),
    (&hs_code_national_digits::RULE, hs_code_national_digits::check),
    (&declaration_elements_missing::RULE, declaration_elements_missing::check),
    (&line_total_mismatch::RULE, line_total_mismatch::check),
    (&invoice_total_mismatch::RULE, invoice_total_mismatch::check),
    (&value_not_positive::RULE, value_not_positive::check),
    (&value_implausibly_low::RULE, value_implausibly_low::check),
    (&value_near_threshold::RULE, value_near_threshold::check),
    (&value_split_shipment::RULE, value_split_shipment::check),
    (&quantity_unreasonable::RULE, quantity_unreasonable::check),
    (&clearance_limit_exceeded::RULE, clearance_limit_exceeded::check),
    (&prohibited_item::RULE, prohibited_item::check),
    (&restricted_item::RULE, restricted_item::check),
    (&battery_restriction::RULE, battery_restriction::check),
    (&infringement_risk::RULE, infringement_risk::check),
    (&export_controlled::RULE, export_controlled::check),
    (&export_duty_applies::RULE, export_duty_applies::check),
    (&document_missing::RULE, document_missing::check),
    (&channel_unsuitable::RULE, channel_unsuitable::check),
    (&data_may_be_stale::RULE, data_may_be_stale::check),
];

pub fn all() -> impl Iterator<Item = &'static RuleInfo> {
    REGISTRY.iter().map(|(info, _)| *info)
}

pub fn find(name: &str) -> Option<&'static RuleInfo> {
    all().find(|r| r.name == name)
}

pub use context::{Context, RuleInfo};

/// Runs every rule. Findings come out grouped by rule, in registry order.
pub fn run(ctx: &Context) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (_, check) in REGISTRY {
        check(ctx, &mut findings);
    }
    // Errors and warnings say what customs does if they are not fixed.
    for f in findings.iter_mut().filter(|f| f.severity >= Severity::Warning) {
        f.next = messages::lookup(ctx.lang, &["next.", f.rule].concat()).map(str::to_string);
    }
    findings
}

#[cfg(test)]
pub(crate) mod testing {
    //! Helpers for the rules' pass/fail tables: run the whole pre-check on a declaration
    //! and look at one rule's findings.
    use crate::report::Finding;
    use crate::{check_json, Options};
    use serde_json::Value;

    pub fn findings(decl: Value) -> Vec<Finding> {
        let options = Options { date: crate::base::date::Date::parse("2026-11-26"), ..Options::default() };
        check_json(&decl, &options).expect("a declaration").findings
    }

    pub fn fired(decl: Value, rule: &str) -> Vec<Finding> {
        findings(decl).into_iter().filter(|f| f.rule == rule).collect()
    }

    /// A clean declaration to change one thing at a time.
    pub fn base() -> Value {
        serde_json::json!({
            "destination": "GB", "currency": "USD", "channel": "express", "documents": ["commercial-invoice"],
            "items": [{"description": "Women's knitted cotton T-shirt", "descriptionZh": "女式针织棉T恤", "hsCode": "6109.10",
                       "quantity": "2", "unitPrice": "12.50", "totalPrice": "25.00"}]
        })
    }

    pub fn with(mut decl: Value, pointer: &str, value: Value) -> Value {
        if let Some(slot) = decl.pointer_mut(pointer) {
            *slot = value;
        } else if let Some((parent, key)) = pointer.rsplit_once('/') {
            if let Some(Value::Object(map)) = decl.pointer_mut(parent) {
                map.insert(key.to_string(), value);
            }
        }
        decl
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn names_and_codes_are_unique_and_well_formed() {
        let mut names = HashSet::new();
        let mut codes = HashSet::new();
        for rule in all() {
            assert!(names.insert(rule.name), "duplicate rule {}", rule.name);
            assert!(codes.insert(rule.code), "duplicate code {}", rule.code);
            assert!(rule.name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{}", rule.name);
            assert!(rule.code.starts_with("PC") && rule.code.len() == 5, "{}", rule.code);
            assert!(rule.explanation_text().len() > 200, "{} needs a real explanation", rule.name);
        }
    }

    /// Adding a rule is three touches: its file, its registry line, its messages. This
    /// fails when any one is forgotten (or the data file was not regenerated).
    #[test]
    fn every_rule_file_is_registered_documented_tested_and_translated() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
        let mut files = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.file_name().is_some_and(|n| n == "mod.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let Some(decl) = text.split("pub static RULE = \"").nth(1) else { continue };
            files += 1;
            let name = decl.split('"').next().unwrap();
            let rule = find(name).unwrap_or_else(|| panic!("{name}: add it to REGISTRY in src/rules/mod.rs"));
            let doc = rule.explanation_text();
            for section in ["**What it checks**", "**Why customs cares**", "**What to do**"] {
                assert!(doc.contains(section), "{name}: the doc comment needs {section} (then `make generate`)");
            }
            assert!(text.contains("#[cfg(test)]") && text.contains("fn table()"), "{name}: end the file with its pass/fail table");
            let keys: Vec<&str> = crate::knowledge::data::store()
                .messages
                .iter()
                .map(|m| m.0)
                .filter(|k| *k == name || k.starts_with(&format!("{name}.")))
                .collect();
            assert!(!keys.is_empty(), "{name}: add its messages to src/data/raw/messages.tsv (then `make generate`)");
            if rule.severity >= Severity::Warning {
                assert!(
                    messages::lookup(messages::Lang::Zh, &format!("next.{name}")).is_some(),
                    "{name}: add next.{name} (what customs does if unfixed)"
                );
            }
        }
        assert_eq!(files, REGISTRY.len(), "every registered rule has its own file");
    }

    #[test]
    fn every_contract_rule_exists() {
        let contract = [
            "required-field-missing",
            "field-malformed",
            "description-too-general",
            "description-zh-missing",
            "hs-code-missing",
            "hs-code-malformed",
            "hs-code-unknown",
            "hs-code-outdated",
            "hs-code-mismatch",
            "line-total-mismatch",
            "invoice-total-mismatch",
            "value-not-positive",
            "value-implausibly-low",
            "value-near-threshold",
            "quantity-unreasonable",
            "prohibited-item",
            "restricted-item",
            "battery-restriction",
            "infringement-risk",
            "export-duty-applies",
            "document-missing",
            "channel-unsuitable",
        ];
        for name in contract {
            assert!(find(name).is_some(), "{name} missing from the registry");
        }
    }
}
