use crate::report::Finding;
use crate::rules::context::Context;

declare_rule! {
    /// **What it checks**: that the invoice total equals the sum of the lines (line totals
    /// where given, else quantity x unit price), allowing for shipping when the invoice
    /// includes it.
    /// **Why customs cares**: the declared value must agree with the commercial or pro
    /// forma invoice; a difference is read as under- or mis-declaration and queried.
    /// **What to do**: correct the lines or the invoice total so they match.
    pub static RULE = "invoice-total-mismatch", "PC402", Error;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(invoice) = ctx.decl.invoice_total else { return };
    if !ctx.goods_total_complete {
        return;
    }
    let mut sum = rust_decimal::Decimal::ZERO;
    for item in &ctx.decl.items {
        match item.total_price.or_else(|| item.line_value()) {
            Some(v) => sum = sum.saturating_add(v),
            None => return,
        }
    }
    let with_shipping = ctx.decl.shipping_cost.map(|s| sum.saturating_add(s));
    if invoice == sum || Some(invoice) == with_shipping {
        return;
    }
    let finding = match with_shipping {
        Some(w) => ctx.finding(
            &RULE,
            "invoiceTotal",
            "invoice-total-mismatch.shipping",
            &[("invoice", &invoice.to_string()), ("sum", &sum.to_string()), ("with", &w.to_string())],
        ),
        None => {
            ctx.finding(&RULE, "invoiceTotal", "invoice-total-mismatch", &[("invoice", &invoice.to_string()), ("sum", &sum.to_string())])
        }
    };
    out.push(finding.with_suggestions([sum.to_string()]));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use serde_json::json;

    #[test]
    fn table() {
        assert!(fired(with(base(), "/invoiceTotal", json!("25.00")), "invoice-total-mismatch").is_empty());
        assert!(fired(with(base(), "/invoiceTotal", json!(25)), "invoice-total-mismatch").is_empty());
        let shipped = with(with(base(), "/invoiceTotal", json!("30.00")), "/shippingCost", json!("5"));
        assert!(fired(shipped, "invoice-total-mismatch").is_empty());
        let f = fired(with(base(), "/invoiceTotal", json!("20.00")), "invoice-total-mismatch");
        assert_eq!(f[0].field, "invoiceTotal");
    }
}
