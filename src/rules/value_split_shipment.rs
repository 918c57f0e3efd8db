use crate::knowledge::money::format_amount;
use crate::report::Finding;
use crate::rules::context::Context;
use rust_decimal::Decimal;

declare_rule! {
    /// **What it checks**: a consignment split into several parcels to one destination
    /// where each parcel's share of the value sits just under a duty or tax threshold
    /// while the whole is above it.
    /// **Why customs cares**: splitting one order to stay under de minimis is evasion;
    /// customs aggregate the parcels (EU Reg. 1186/2009 art. 23-24; UK and Australian
    /// anti-splitting rules) and charge duty, tax and penalties.
    /// **What to do**: declare the order as one consignment with its full value.
    pub static RULE = "value-split-shipment", "PC406", Warning;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let parcels = ctx.decl.parcels;
    if parcels < 2 {
        return;
    }
    let Some(total) = ctx.destination.assessed_value else { return };
    let currency = ctx.decl.currency.as_deref().unwrap_or("");
    let each = total / Decimal::from(parcels);
    for (threshold, which, shown) in super::value_near_threshold::thresholds(ctx) {
        if total > threshold && each <= threshold && each >= threshold * Decimal::new(75, 2) {
            out.push(ctx.finding(
                &RULE,
                "parcels",
                "value-split-shipment",
                &[
                    ("parcels", &parcels.to_string()),
                    ("each", &format!("{} {currency}", format_amount(each, currency))),
                    ("which", &ctx.say(which, &[])),
                    ("threshold", &shown),
                ],
            ));
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use serde_json::json;

    #[test]
    fn table() {
        let d = with(with(with(base(), "/currency", json!("GBP")), "/items/0/unitPrice", json!("130")), "/items/0/totalPrice", json!(null));
        assert!(fired(d.clone(), "value-split-shipment").is_empty());
        let split = with(with(d, "/parcels", json!(2)), "/items/0/quantity", json!(2));
        assert_eq!(fired(split, "value-split-shipment").len(), 1);
    }
}
