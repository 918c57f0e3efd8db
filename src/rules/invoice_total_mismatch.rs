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
    // Amounts as an invoice shows them, exact ("63.00", not the "63.0" of 500 x 0.10).
    let currency = ctx.decl.currency.as_deref().unwrap_or("");
    let amount = |v: rust_decimal::Decimal| crate::knowledge::money::exact_amount(v, currency);
    let (invoice, total) = (amount(invoice), amount(sum));
    let finding = match with_shipping {
        Some(w) => ctx.finding(
            &RULE,
            "invoiceTotal",
            "invoice-total-mismatch.shipping",
            &[("invoice", &invoice), ("sum", &total), ("with", &amount(w))],
        ),
        None => ctx.finding(&RULE, "invoiceTotal", "invoice-total-mismatch", &[("invoice", &invoice), ("sum", &total)]),
    };
    out.push(finding.with_suggestions([total]));
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
        // The sum as an invoice shows it, exact: 500 x 0.10 is "50.00", not "50.0"; a
        // third of a cent stays.
        let tenths = with(with(base(), "/items/0/quantity", json!("500")), "/items/0/unitPrice", json!("0.1"));
        let f =
            fired(with(with(tenths.clone(), "/items/0/totalPrice", json!(null)), "/invoiceTotal", json!("60")), "invoice-total-mismatch");
        assert_eq!(f[0].suggestions, ["50.00"]);
        let odd = with(with(tenths, "/items/0/unitPrice", json!("0.0333")), "/items/0/totalPrice", json!(null));
        assert_eq!(fired(with(odd, "/invoiceTotal", json!("60")), "invoice-total-mismatch")[0].suggestions, ["16.65"]);
        assert_eq!(crate::knowledge::money::exact_amount(rust_decimal::Decimal::new(9995, 4), "USD"), "0.9995");
    }
}
