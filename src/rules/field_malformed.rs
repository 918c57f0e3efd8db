use crate::input::declaration::{currency_marked_in, Expected, Found, Problem};
use crate::knowledge::messages::field_label;
use crate::report::Finding;
use crate::rules::context::Context;

declare_rule! {
    /// **What it checks**: that every value can be read: numbers (no currency signs or
    /// units), dates as YYYY-MM-DD, ISO 3166-1 two-letter country codes, ISO 4217 currency
    /// codes, and the fixed choices (channel, purpose, document kinds).
    /// **Why customs cares**: customs systems take codes, not names: "UK", "USA" or "RMB"
    /// are rejected, and an amount with a comma for a decimal point is read as a
    /// different amount.
    /// **What to do**: write the value in the form shown; where the intended value is
    /// obvious ("US" for "USA", "CNY" for "RMB", "12.50" for "12,50") it is suggested.
    pub static RULE = "field-malformed", "PC102", Error;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for issue in ctx.issues {
        let label = field_label(ctx.lang, &issue.field);
        let (key, found, suggestion, allowed) = match &issue.problem {
            Problem::Missing => continue,
            Problem::TooLarge => ("field-malformed.too-large", String::new(), None, String::new()),
            Problem::Malformed { expected, found, suggestion } => {
                let (key, allowed) = match expected {
                    Expected::Number => ("field-malformed.number", String::new()),
                    Expected::WholeNumber => ("field-malformed.whole-number", String::new()),
                    Expected::Date => ("field-malformed.date", String::new()),
                    Expected::Country => ("field-malformed.country", String::new()),
                    Expected::Currency => ("field-malformed.currency", String::new()),
                    Expected::Text => ("field-malformed.text", String::new()),
                    Expected::Boolean => ("field-malformed.boolean", String::new()),
                    Expected::OneOf(names) => ("field-malformed.one-of", names.join(", ")),
                    Expected::Object => ("field-malformed.object", String::new()),
                    Expected::Record => ("field-malformed.record", String::new()),
                    Expected::Year => ("field-malformed.year", String::new()),
                    Expected::List => ("field-malformed.list", String::new()),
                };
                let found = match found {
                    Found::Value(text) => text.clone(),
                    // A list, an object or null, named in the report's language.
                    Found::Kind(key) => ctx.say(key, &[]),
                };
                (key, found, suggestion.clone(), allowed)
            }
        };
        let mut finding = ctx.finding(&RULE, &issue.field, key, &[("label", &label), ("found", &found), ("allowed", &allowed)]);
        if let Some(s) = suggestion {
            finding.message.push(' ');
            finding.message.push_str(&ctx.say("field-malformed.did-you-mean", &[("suggestion", &s)]));
            finding = finding.with_suggestions([s]);
        }
        // An amount written in another currency than the declaration's ("¥80" in a USD
        // declaration): its digits alone would be read as USD.
        let marked = match &issue.problem {
            Problem::Malformed { expected: Expected::Number, found: Found::Value(text), .. } => currency_marked_in(text),
            _ => None,
        };
        if let (Some((usual, others)), Some(currency)) = (marked, ctx.decl.currency.as_deref()) {
            if usual != currency && !others.split(' ').any(|c| c == currency) {
                finding.message.push(' ');
                finding.message.push_str(&ctx.say("field-malformed.other-currency", &[("written", &usual), ("currency", currency)]));
            }
        }
        out.push(finding);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use serde_json::json;

    #[test]
    fn table() {
        assert!(fired(base(), "field-malformed").is_empty());
        let cases = [
            (with(base(), "/destination", json!("USA")), "destination", Some("US")),
            (with(base(), "/destination", json!("XX")), "destination", None),
            (with(base(), "/currency", json!("RMB")), "currency", Some("CNY")),
            (with(base(), "/date", json!("2026-02-30")), "date", None),
            (with(base(), "/channel", json!("pigeon")), "channel", None),
            (with(base(), "/items/0/unitPrice", json!("12,50")), "items[0].unitPrice", Some("12.50")),
            (with(base(), "/items/0/quantity", json!(true)), "items[0].quantity", None),
            (with(base(), "/documents", json!(["invoice", "passport"])), "documents[1]", None),
            (with(base(), "/invoiceTotal", json!("1e999")), "invoiceTotal", None),
        ];
        // Another currency's sign: said, since the digits alone would be read as USD.
        let yen = fired(with(base(), "/items/0/unitPrice", json!("¥80")), "field-malformed");
        assert!(yen[0].message.contains("CNY") && yen[0].message.contains("USD"), "{yen:?}");
        assert!(!fired(with(base(), "/items/0/unitPrice", json!("$12.50")), "field-malformed")[0].message.contains("currency"));
        for (decl, field, suggestion) in cases {
            let f = fired(decl, "field-malformed");
            assert_eq!(f.len(), 1, "{field}: {f:?}");
            assert_eq!(f[0].field, field);
            assert_eq!(f[0].suggestions.first().map(String::as_str), suggestion, "{field}");
        }
    }

    #[test]
    fn a_list_or_an_object_is_named_in_the_reports_language() {
        let decl = with(base(), "/destination", json!({"code": "GB"}));
        let zh = crate::Options { lang: crate::knowledge::messages::Lang::Zh, ..crate::Options::default() };
        let report = crate::check_json(&decl, &zh).expect("a declaration");
        let f = report.findings.iter().find(|f| f.rule == "field-malformed").expect("a finding");
        assert!(f.message.contains("对象") && !f.message.contains("an object"), "{}", f.message);
        let en = fired(with(base(), "/currency", json!(["USD"])), "field-malformed");
        assert!(en[0].message.contains("a list"), "{}", en[0].message);
    }
}
