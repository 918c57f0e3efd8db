use crate::input::declaration::Purpose;
use crate::report::Finding;
use crate::rules::context::Context;
use rust_decimal::Decimal;

declare_rule! {
    /// **What it checks**: that quantities and unit prices are more than zero, weights
    /// (gross, net) too when given, and that no amount (line total, invoice total,
    /// shipping cost) is negative.
    /// **Why customs cares**: customs value every item, gifts and free samples included
    /// (WTO Customs Valuation Agreement; UPU CN22/CN23 "value" box): "0.00" or "no
    /// commercial value" is rejected, and a negative figure is an error; the weight
    /// boxes of the CN22/CN23 and the declaration form take a real weight. Documents
    /// (`purpose` documents) are the exception: express category A is papers of no
    /// commercial value (GACC 2018 No.119), so a zero price is what they declare.
    /// **What to do**: declare what the goods are worth, or what they would sell for, and
    /// what they weigh.
    pub static RULE = "value-not-positive", "PC403", Error;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let documents = ctx.decl.purpose == Purpose::Documents;
    for item in &ctx.decl.items {
        if let Some(q) = item.quantity.filter(|q| *q <= Decimal::ZERO) {
            out.push(ctx.finding(&RULE, item.field("quantity"), "value-not-positive.quantity", &[("value", &q.to_string())]));
        }
        if let Some(p) = item.unit_price.filter(|p| *p < Decimal::ZERO || (p.is_zero() && !documents)) {
            out.push(ctx.finding(&RULE, item.field("unitPrice"), "value-not-positive.price", &[("value", &p.to_string())]));
        }
        if let Some(t) = item.total_price.filter(|t| *t < Decimal::ZERO) {
            out.push(ctx.finding(&RULE, item.field("totalPrice"), "value-not-positive.amount", &[("value", &t.to_string())]));
        }
        if let Some(w) = item.net_weight_kg.filter(|w| *w <= Decimal::ZERO) {
            out.push(ctx.finding(&RULE, item.field("netWeightKg"), "value-not-positive.weight", &[("value", &w.to_string())]));
        }
    }
    let decl = ctx.decl;
    for (field, amount) in [("invoiceTotal", decl.invoice_total), ("shippingCost", decl.shipping_cost)] {
        if let Some(a) = amount.filter(|a| *a < Decimal::ZERO) {
            out.push(ctx.finding(&RULE, field, "value-not-positive.amount", &[("value", &a.to_string())]));
        }
    }
    if let Some(w) = decl.gross_weight_kg.filter(|w| *w <= Decimal::ZERO) {
        out.push(ctx.finding(&RULE, "grossWeightKg", "value-not-positive.weight", &[("value", &w.to_string())]));
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
        let field_of = |path: &str, value: serde_json::Value| {
            fired(with(base(), path, value), "value-not-positive").into_iter().map(|f| f.field).collect::<Vec<_>>()
        };
        assert_eq!(field_of("/grossWeightKg", json!("-1")), ["grossWeightKg"]);
        assert_eq!(field_of("/grossWeightKg", json!("0")), ["grossWeightKg"]);
        assert_eq!(field_of("/items/0/netWeightKg", json!("0")), ["items[0].netWeightKg"]);
        assert_eq!(field_of("/shippingCost", json!("-8.50")), ["shippingCost"]);
        assert_eq!(field_of("/invoiceTotal", json!("-20")), ["invoiceTotal"]);
        assert_eq!(field_of("/items/0/totalPrice", json!("-20")), ["items[0].totalPrice"]);
        // Documents declare no commercial value; a negative price is still an error.
        let papers = with(base(), "/purpose", json!("documents"));
        assert!(fired(with(papers.clone(), "/items/0/unitPrice", json!("0")), "value-not-positive").is_empty());
        assert_eq!(fired(with(papers, "/items/0/unitPrice", json!("-1")), "value-not-positive").len(), 1);
        // Free shipping is no error; nor is a weight, or a total, that is given.
        assert!(field_of("/shippingCost", json!("0")).is_empty());
        assert!(field_of("/grossWeightKg", json!("0.2")).is_empty());
    }
}
