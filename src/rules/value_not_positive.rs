use crate::report::Finding;
use crate::rules::context::Context;
use rust_decimal::Decimal;

declare_rule! {
    /// **What it checks**: that quantities and unit prices are more than zero.
    /// **Why customs cares**: customs value every item, gifts and free samples included
    /// (WTO Customs Valuation Agreement; UPU CN22/CN23 "value" box): "0.00" or "no
    /// commercial value" is rejected, and a negative figure is an error.
    /// **What to do**: declare what the goods are worth, or what they would sell for.
    pub static RULE = "value-not-positive", "PC403", Error;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for item in &ctx.decl.items {
        if let Some(q) = item.quantity.filter(|q| *q <= Decimal::ZERO) {
            out.push(ctx.finding(&RULE, item.field("quantity"), "value-not-positive.quantity", &[("value", &q.to_string())]));
        }
        if let Some(p) = item.unit_price.filter(|p| *p <= Decimal::ZERO) {
            out.push(ctx.finding(&RULE, item.field("unitPrice"), "value-not-positive.price", &[("value", &p.to_string())]));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use serde_json::json;

    #[test]
    fn table() {
        assert!(fired(base(), "value-not-positive").is_empty());
        assert_eq!(fired(with(base(), "/items/0/unitPrice", json!("0")), "value-not-positive")[0].field, "items[0].unitPrice");
        assert_eq!(fired(with(base(), "/items/0/quantity", json!(-1)), "value-not-positive")[0].field, "items[0].quantity");
    }
}
