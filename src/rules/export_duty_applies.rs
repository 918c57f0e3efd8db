use crate::knowledge::data::china;
use crate::knowledge::vocabulary::flag;
use crate::report::Finding;
use crate::rules::context::Context;

declare_rule! {
    /// **What it checks**: goods that China taxes on export: some resource goods such as
    /// certain ores and concentrates, ferroalloys and pig iron, phosphate rock, urea and
    /// other fertilisers, and rare-earth and minor metals. Found by code in the dated
    /// export-duty list (with the rate in force at the date; headings without a
    /// retrieved rate are marked indicative), or from the description.
    /// **Why customs cares**: most goods leave China duty-free, but these pay export duty
    /// under the export section of the Customs Tariff of the PRC (rates set yearly by the
    /// Tariff Commission), and the declaration must carry the right 10-digit code.
    /// **What to do**: check the rate for the 10-digit code in the current tariff and
    /// include it in the price.
    pub static RULE = "export-duty-applies", "PC505", Info;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    if ctx.decl.origin != "CN" {
        return;
    }
    for (item, facts) in ctx.decl.items.iter().zip(&ctx.items) {
        let text = item.description.as_deref().or(item.description_zh.as_deref()).unwrap_or("");
        let duty = facts.valid_digits().and_then(|digits| china::export_duty(digits, ctx.date));
        if let (Some(duty), Some(digits)) = (duty, facts.valid_digits()) {
            let params = [("text", text), ("code", digits), ("rate", duty.rate), ("what", duty.description)];
            out.push(
                ctx.finding(&RULE, item.field("hsCode"), "export-duty-applies.rate", &params)
                    .with_source(crate::knowledge::data::china::mark_secondary(duty.source)),
            );
        } else if facts.flags & flag::EXPORT_DUTY != 0 {
            let finding = match item.hs_code.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
                Some(code) => ctx.finding(&RULE, item.field("hsCode"), "export-duty-applies", &[("text", text), ("code", code)]),
                None => ctx.finding(&RULE, item.field("hsCode"), "export-duty-applies.no-code", &[("text", text)]),
            };
            out.push(finding);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use serde_json::json;

    #[test]
    fn table() {
        let ore = with(with(base(), "/items/0/description", json!("Copper ore concentrate")), "/items/0/hsCode", json!("2603.00"));
        assert_eq!(fired(ore, "export-duty-applies").len(), 1);
        assert!(fired(base(), "export-duty-applies").is_empty());
        // Without a code: no empty "()" where the code would be.
        let uncoded = with(with(base(), "/items/0/description", json!("Gallium metal 100g")), "/items/0/hsCode", json!(""));
        let f = fired(uncoded, "export-duty-applies");
        assert!(f.len() == 1 && !f[0].message.contains("()") && f[0].message.contains("10-digit"), "{f:?}");
        // Goods named by their own vocabulary rows (xtask holds their flags to the
        // export-duty table): fertiliser, ore and scrap in a general-trade title.
        for text in ["NPK Compound Fertilizer 15-15-15 Water Soluble", "Iron Ore Fines 62% Fe", "Aluminum Scrap 6063 Extrusion Clean"] {
            let uncoded = with(with(base(), "/items/0/description", json!(text)), "/items/0/hsCode", json!(""));
            assert_eq!(fired(uncoded, "export-duty-applies").len(), 1, "{text}");
        }
        // Ferro-chromium: 40% with a provisional 20% until 2021-07-31, 40% after.
        let rate = |date: &str| {
            let d = with(with(base(), "/items/0/description", json!("Ferro-chromium lumps, C 6%")), "/items/0/hsCode", json!("7202410000"));
            let r = crate::check_json(&with(d, "/date", json!(date)), &crate::Options::default()).unwrap();
            r.findings.into_iter().find(|f| f.rule == "export-duty-applies").map(|f| f.message).unwrap_or_default()
        };
        assert!(rate("2021-06-01").contains("provisional 20%"), "{}", rate("2021-06-01"));
        assert!(rate("2026-07-01").contains("40%") && !rate("2026-07-01").contains("provisional"));
    }
}
