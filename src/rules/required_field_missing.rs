use crate::input::declaration::Problem;
use crate::knowledge::messages::field_label;
use crate::report::Finding;
use crate::rules::context::Context;

declare_rule! {
    /// **What it checks**: that the fields customs cannot do without are filled in: the
    /// destination, the currency, at least one goods line, and for each line its
    /// description, quantity and unit price.
    /// **Why customs cares**: a declaration element left empty cannot be assessed, so the
    /// electronic check stops and the parcel waits for a person (China Customs declaration
    /// elements; UPU CN22/CN23 completion rules).
    /// **What to do**: fill in the field named; the other checks run as soon as it is there.
    pub static RULE = "required-field-missing", "PC101", Error;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for issue in ctx.issues.iter().filter(|i| i.problem == Problem::Missing) {
        let label = field_label(ctx.lang, &issue.field);
        let key = if issue.field == "items" { "required-field-missing.items" } else { "required-field-missing" };
        out.push(ctx.finding(&RULE, &issue.field, key, &[("label", &label)]));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use serde_json::json;

    #[test]
    fn table() {
        assert!(fired(base(), "required-field-missing").is_empty());
        let cases = [
            (with(base(), "/destination", json!("")), "destination"),
            (with(base(), "/currency", json!(null)), "currency"),
            (with(base(), "/items", json!([])), "items"),
            (with(base(), "/items/0/description", json!("  ")), "items[0].description"),
            (with(base(), "/items/0/quantity", json!("")), "items[0].quantity"),
            (with(base(), "/items/0/unitPrice", json!(null)), "items[0].unitPrice"),
        ];
        for (decl, field) in cases {
            let f = fired(decl, "required-field-missing");
            assert_eq!(f.len(), 1, "{field}");
            assert_eq!(f[0].field, field);
        }
    }
}
