use crate::report::Finding;
use crate::rules::context::Context;

declare_rule! {
    /// **What it checks**: that each line's total equals quantity x unit price, exactly
    /// (decimal arithmetic, no rounding beyond the last cent written).
    /// **Why customs cares**: quantity, unit price and total are compared automatically;
    /// figures that do not add up point to a typing error or to under-declaration, and
    /// the declaration goes to manual review.
    /// **What to do**: correct the quantity, the unit price or the total.
    pub static RULE = "line-total-mismatch", "PC401", Error;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for item in &ctx.decl.items {
        let (Some(total), Some(expected)) = (item.total_price, item.line_value()) else { continue };
        // The total may be rounded to the cent when the unit price has more decimals.
        let dp = total.scale().max(2);
        if total != expected && total != expected.round_dp(dp) {
            out.push(
                ctx.finding(
                    &RULE,
                    item.field("totalPrice"),
                    "line-total-mismatch",
                    &[("total", &total.to_string()), ("expected", &expected.to_string())],
                )
                .with_suggestions([expected.to_string()]),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use serde_json::json;

    #[test]
    fn table() {
        let line = |q: &str, p: &str, t: &str| {
            let d =
                with(with(with(base(), "/items/0/quantity", json!(q)), "/items/0/unitPrice", json!(p)), "/items/0/totalPrice", json!(t));
            fired(d, "line-total-mismatch").len()
        };
        assert_eq!(line("2", "12.50", "25.00"), 0);
        assert_eq!(line("3", "0.1", "0.3"), 0);
        assert_eq!(line("3", "0.333", "1.00"), 0);
        assert_eq!(line("2", "12.50", "25.01"), 1);
        assert_eq!(line("10", "1.99", "19.00"), 1);
    }
}
