use crate::knowledge::data::china::mark_secondary;
use crate::knowledge::money::format_amount;
use crate::report::{Finding, Severity};
use crate::rules::context::Context;
use rust_decimal::Decimal;

declare_rule! {
    /// **What it checks**: whether the goods value, in CNY at the declaration's date,
    /// passes the limit of the clearance category the parcel would use on leaving China:
    /// personal articles by post or express (CNY 1,000 a parcel; CNY 800 to Hong Kong,
    /// Macao and Taiwan) and express low-value goods (CNY 5,000, freight and insurance
    /// not counted).
    /// **Why customs cares**: a personal parcel over its limit is returned or has to be
    /// cleared as goods, unless it is one indivisible item customs accepts as for personal
    /// use; low-value goods over CNY 5,000 leave the express manifest for a formal
    /// declaration (报关单), with a broker and more time.
    /// **What to do**: split nothing to stay under a limit; send the goods as goods (a
    /// business's express low-value declaration or a formal declaration), or plan the
    /// formal declaration, its documents and its time.
    /// **Source**: GACC Announcement 2010 No.43 (personal postal articles); express
    /// categories B and C of GACC 2018 No.119 (secondary sources, marked in the finding).
    pub static RULE = "clearance-limit-exceeded", "PC408", Error;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let (Some(limit), Some(value)) = (ctx.clearance.exceeded, ctx.clearance.value_cny) else { return };
    let params = [
        ("value", format!("CNY {}", format_amount(value, "CNY"))),
        ("limit", format!("CNY {}", format_amount(Decimal::from(limit.limit_cny), "CNY"))),
        ("where", ctx.decl.destination.clone().unwrap_or_default()),
    ];
    let params: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let finding = if limit.category == "personal-articles" {
        // One indivisible item may pass if customs accepts it as for personal use.
        let single = ctx.decl.items.len() == 1 && ctx.decl.items[0].quantity == Some(Decimal::ONE);
        let key = if single { "clearance-limit-exceeded.personal-single" } else { "clearance-limit-exceeded.personal" };
        let f = ctx.finding(&RULE, "invoiceTotal", key, &params);
        if single {
            f.with_severity(Severity::Warning)
        } else {
            f
        }
    } else {
        ctx.finding(&RULE, "invoiceTotal", "clearance-limit-exceeded.low-value", &params).with_severity(Severity::Warning)
    };
    out.push(finding.with_source(mark_secondary(limit.source)));
}

#[cfg(test)]
mod tests {
    use crate::report::Severity;
    use crate::rules::testing::*;
    use serde_json::json;

    fn limit(purpose: &str, dest: &str, currency: &str, price: &str, quantity: u32) -> Option<Severity> {
        let d = with(base(), "/purpose", json!(purpose));
        let d = with(with(d, "/destination", json!(dest)), "/currency", json!(currency));
        let d = with(with(d, "/items/0/unitPrice", json!(price)), "/items/0/quantity", json!(quantity));
        let d = with(d, "/items/0/totalPrice", json!(null));
        fired(d, "clearance-limit-exceeded").first().map(|f| f.severity)
    }

    #[test]
    fn table() {
        // Personal articles (a gift is sent by a person): CNY 1,000; 800 to HK, MO, TW.
        assert_eq!(limit("gift", "GB", "CNY", "500", 2), None);
        assert_eq!(limit("gift", "GB", "CNY", "500.01", 2), Some(Severity::Error));
        assert_eq!(limit("gift", "HK", "CNY", "400", 2), None);
        assert_eq!(limit("gift", "HK", "CNY", "400.01", 2), Some(Severity::Error));
        assert_eq!(limit("gift", "TW", "CNY", "810", 1), Some(Severity::Warning), "one indivisible item");
        // Express low-value goods (a sale): CNY 5,000, converted from USD at ECB rates.
        assert_eq!(limit("sale", "GB", "USD", "372", 2), None); // CNY 4,987.8
        assert_eq!(limit("sale", "GB", "USD", "373", 2), Some(Severity::Warning)); // CNY 5,001.2
        let f = fired(with(base(), "/items/0/unitPrice", json!("3000")), "clearance-limit-exceeded");
        assert!(f[0].source.as_deref().unwrap_or("").contains("2018 No.119"));
        assert_eq!(f[0].field, "invoiceTotal");
    }
}
