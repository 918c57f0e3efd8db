//! What every rule reads and writes: the rule's public identity (`RuleInfo`) and the
//! check's `Context` (the declaration, what reading it found, the facts worked out once)
//! with the helpers that turn a catalogue key into a finding.

use crate::base::date::Date;
use crate::facts::channel::{self, ChannelPlan};
use crate::facts::clearance::{self, ClearancePlan};
use crate::facts::destination::{self, DestinationEval};
use crate::facts::documents;
use crate::facts::goods::{self, ItemFacts};
use crate::input::declaration::{Declaration, ExporterType, FieldIssue, Purpose};
use crate::knowledge::messages::{self, Lang};
use crate::knowledge::money::{Converter, RateUsed, Rates};
use crate::report::{DocumentNeed, Finding, Severity};
use rust_decimal::Decimal;
use serde::Serialize;

/// A rule as users see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RuleInfo {
    pub name: &'static str,
    pub code: &'static str,
    pub severity: Severity,
}

impl RuleInfo {
    /// The rule's doc comment as one paragraph. The generator (xtask) copies every
    /// rule file's doc comment into the reference-data file, so the wasm module does not
    /// carry the prose twice.
    pub fn explanation_text(&self) -> String {
        crate::knowledge::data::store()
            .rule_docs()
            .iter()
            .find(|(name, _)| *name == self.name)
            .map(|(_, doc)| doc.to_string())
            .unwrap_or_default()
    }
}

/// Everything the rules read: the declaration, what reading it found, and the facts
/// derived from it once (goods recognised, destination thresholds, channel, documents).
pub struct Context<'a> {
    pub decl: &'a Declaration,
    pub issues: &'a [FieldIssue],
    pub lang: Lang,
    pub date: Date,
    pub rates: Rates,
    /// Per item, in `decl.items` order.
    pub items: Vec<ItemFacts>,
    /// Sum of the readable line values; None when no line could be valued.
    pub goods_total: Option<Decimal>,
    /// True when every line could be valued, so the total is the whole shipment.
    pub goods_total_complete: bool,
    pub destination: DestinationEval,
    pub channel: ChannelPlan,
    pub documents: Vec<DocumentNeed>,
    /// How China's customs clears it: category, mode, refund.
    pub clearance: ClearancePlan,
    /// Exchange rates used so far, for the report.
    pub rates_used: Vec<RateUsed>,
}

impl<'a> Context<'a> {
    pub fn new(decl: &'a Declaration, issues: &'a [FieldIssue], lang: Lang, date: Date, rates: Rates) -> Context<'a> {
        let items: Vec<ItemFacts> =
            decl.items.iter().map(|item| goods::recognise(item, date, decl.destination.as_deref().unwrap_or(""))).collect();
        let mut goods_total = None::<Decimal>;
        let mut complete = true;
        for item in &decl.items {
            match item.line_value() {
                Some(v) => goods_total = Some(goods_total.unwrap_or(Decimal::ZERO).saturating_add(v)),
                None => complete = false,
            }
        }
        let complete = complete && !decl.items.is_empty();
        // The value the thresholds and limits are judged on. A sum that leaves out an
        // unreadable line would judge them on the lines that could be read ("goods worth
        // CNY 0" when the one priced line is malformed): use the declared invoice total
        // then (unless negative: value-not-positive says so), or nothing, and the facts say
        // the value could not be checked.
        let judged_value = if complete { goods_total } else { decl.invoice_total.filter(|v| *v >= Decimal::ZERO) };
        let mut rates_used = Vec::new();
        // A gift relief covers what a private person gives, not excise goods (tobacco).
        let gift = decl.purpose == Purpose::Gift
            && decl.exporter_type == ExporterType::Individual
            && items.iter().all(|f| f.flags & crate::knowledge::vocabulary::flag::TOBACCO == 0);
        let destination = destination::evaluate(decl, gift, judged_value, date, &rates, lang, &mut rates_used);
        let mut money = Converter { rates: &rates, used: &mut rates_used };
        let channel = channel::advise(decl, &items, judged_value, date, lang, &mut money);
        let documents = documents::needs(decl, &items, &channel, date, lang);
        let clearance = clearance::plan(decl, &items, judged_value, channel.effective, date, lang, &mut money);
        Context {
            decl,
            issues,
            lang,
            date,
            rates,
            items,
            goods_total,
            goods_total_complete: complete,
            destination,
            channel,
            documents,
            clearance,
            rates_used,
        }
    }

    /// A finding of `rule` on `field`, its message from the catalogue entry `key`.
    /// The help text is the catalogue's `key.help`, else the rule's `<rule>.help`.
    pub fn finding(&self, rule: &RuleInfo, field: impl Into<String>, key: &str, params: &[(&str, &str)]) -> Finding {
        let help = messages::filled(self.lang, &[key, ".help"].concat(), params)
            .or_else(|| messages::filled(self.lang, &[rule.name, ".help"].concat(), params));
        Finding {
            rule: rule.name,
            code: rule.code,
            severity: rule.severity,
            field: field.into(),
            message: messages::text(self.lang, key, params),
            help,
            suggestions: Vec::new(),
            source: None,
            next: None,
        }
    }

    pub fn say(&self, key: &str, params: &[(&str, &str)]) -> String {
        messages::text(self.lang, key, params)
    }

    /// True when reading the declaration already reported a problem on `field`, so a
    /// rule need not pile a second finding on it.
    pub fn has_issue(&self, field: &str) -> bool {
        self.issues.iter().any(|i| i.field == field)
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use crate::{check_json, Options};
    use serde_json::json;

    fn clearance_value(decl: serde_json::Value) -> String {
        let options = Options { date: crate::base::date::Date::parse("2026-11-26"), ..Options::default() };
        check_json(&decl, &options).expect("a declaration").clearance.value_cny
    }

    #[test]
    fn limits_are_judged_on_the_whole_value_or_none() {
        // A free second line and a first line whose price cannot be read: not "worth CNY 0".
        let free = json!({"description": "Cotton tote bag", "quantity": "0", "unitPrice": "5"});
        let mut broken = with(base(), "/items/0/unitPrice", json!("abc"));
        broken["items"].as_array_mut().unwrap().push(free);
        let broken = with(broken, "/currency", json!("CNY"));
        assert_eq!(clearance_value(broken.clone()), "");
        assert_eq!(clearance_value(with(broken, "/invoiceTotal", json!("300"))), "300");
        // Every line valued: the sum.
        assert_eq!(clearance_value(with(base(), "/currency", json!("CNY"))), "25.00");
    }
}
