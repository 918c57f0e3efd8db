use crate::input::declaration::Channel;
use crate::knowledge::data::ThresholdKind;
use crate::knowledge::money::format_amount;
use crate::knowledge::money::CN22_LIMIT_SDR;
use crate::report::Finding;
use crate::rules::context::Context;
use rust_decimal::Decimal;

declare_rule! {
    /// **What it checks**: whether the goods value sits within 10% below a threshold that
    /// changes what is owed or how the parcel is treated: the destination's duty or tax
    /// de minimis (dated data, converted at reference rates), the EU's EUR 150 line for the
    /// flat duty and IOSS, or, by post, the 300 SDR line between a CN22 and a CN23.
    /// **Why customs cares**: values that hug a threshold are a classic sign of
    /// under-declaration and are targeted for review (EU, UK, Australian and US risk
    /// profiles all name it).
    /// **What to do**: declare the true value; if it really is just under the line, keep
    /// the invoice and proof of payment at hand.
    pub static RULE = "value-near-threshold", "PC405", Warning;
}

/// The EU's EUR 150 line (IOSS, and since 2026-07-01 the flat EUR 3 duty).
const EU_LOW_VALUE_LINE: u32 = 150;

/// Thresholds in the declared currency: (amount, catalogue key of which threshold, as written).
pub fn thresholds(ctx: &Context) -> Vec<(Decimal, &'static str, String)> {
    let mut out = Vec::new();
    let Some(currency) = ctx.decl.currency.as_deref() else { return out };
    if let Some(row) = ctx.destination.row {
        for (amount, which, shown) in &ctx.destination.thresholds_declared {
            let kind = if *which == "duty" { row.duty_kind } else { row.tax_kind };
            if kind == ThresholdKind::Value && *amount > Decimal::ZERO && !out.iter().any(|(a, _, _)| a == amount) {
                // A gift relief's line is the relief's (gift_reliefs.csv), whatever it relieves.
                let key = match (row.purposes, *which) {
                    ("gift", _) => "threshold.gift",
                    (_, "duty") => "threshold.duty",
                    _ => "threshold.tax",
                };
                out.push((*amount, key, shown.clone()));
            }
        }
        if row.duty_kind == ThresholdKind::FlatPerItem {
            if let Some((v, _)) = ctx.rates.convert(Decimal::from(EU_LOW_VALUE_LINE), "EUR", currency) {
                out.push((v, "threshold.duty", format!("{EU_LOW_VALUE_LINE} EUR")));
            }
        }
    }
    if ctx.channel.effective == Channel::Postal {
        if let Some((v, _)) = ctx.rates.convert(Decimal::from(CN22_LIMIT_SDR), "XDR", currency) {
            out.push((v, "threshold.cn22", format!("{CN22_LIMIT_SDR} SDR")));
        }
    }
    out
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(value) = ctx.destination.assessed_value.or(ctx.decl.invoice_total) else { return };
    let currency = ctx.decl.currency.as_deref().unwrap_or("");
    for (threshold, which, shown) in thresholds(ctx) {
        let floor = threshold * Decimal::new(9, 1);
        if value >= floor && value <= threshold {
            // "135 GBP ≈ 135 GBP" says nothing: convert only when the currencies differ.
            let converted = if shown.rsplit(' ').next() == Some(currency) {
                shown
            } else {
                format!("{shown} ≈ {} {currency}", format_amount(threshold, currency))
            };
            out.push(ctx.finding(
                &RULE,
                "invoiceTotal",
                "value-near-threshold",
                &[("value", &format!("{value} {currency}")), ("which", &ctx.say(which, &[])), ("threshold", &converted)],
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use serde_json::json;

    fn near(dest: &str, currency: &str, price: &str) -> bool {
        let d = with(
            with(with(with(base(), "/destination", json!(dest)), "/currency", json!(currency)), "/items/0/unitPrice", json!(price)),
            "/items/0/quantity",
            json!(1),
        );
        let d = with(d, "/items/0/totalPrice", json!(null));
        !fired(d, "value-near-threshold").is_empty()
    }

    #[test]
    fn table() {
        assert!(near("GB", "GBP", "130"));
        assert!(near("GB", "GBP", "135"));
        assert!(!near("GB", "GBP", "110"));
        assert!(!near("GB", "GBP", "136"));
        assert!(near("AU", "AUD", "990"));
        assert!(near("CA", "CAD", "19.50"));
        assert!(!near("CA", "CAD", "12"));
        // Post: just under 300 SDR (about USD 407).
        let post = with(with(base(), "/channel", json!("postal")), "/items/0/totalPrice", json!(null));
        let post = with(with(post, "/items/0/quantity", json!(1)), "/items/0/unitPrice", json!("400"));
        assert!(!fired(with(post, "/destination", json!("US")), "value-near-threshold").is_empty());
        // A gift a person sends to Germany: just under the EUR 45 gift relief.
        let gift = with(with(with(base(), "/destination", json!("DE")), "/currency", json!("EUR")), "/purpose", json!("gift"));
        let gift =
            with(with(with(gift, "/items/0/quantity", json!(1)), "/items/0/unitPrice", json!("43")), "/items/0/totalPrice", json!(null));
        let f = fired(gift, "value-near-threshold");
        assert!(f[0].message.contains("gift relief threshold of 45 EUR"), "{f:?}");
    }

    #[test]
    fn threshold_converted_only_when_currencies_differ() {
        let priced = |currency: &str, price: &str| {
            let d = with(with(with(base(), "/destination", json!("GB")), "/currency", json!(currency)), "/items/0/unitPrice", json!(price));
            let d = with(with(d, "/items/0/quantity", json!(1)), "/items/0/totalPrice", json!(null));
            fired(d, "value-near-threshold").into_iter().map(|f| f.message).collect::<Vec<_>>()
        };
        let same = priced("GBP", "132");
        assert!(same[0].ends_with("threshold of 135 GBP."), "{same:?}");
        let other = priced("EUR", "155");
        assert!(other[0].contains("135 GBP ≈ 1"), "{other:?}");
    }
}
