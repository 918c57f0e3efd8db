use super::Context;
use crate::goods::HsState;
use crate::hs;
use crate::report::Finding;
use crate::vocabulary::flag;

declare_rule! {
    /// **What it checks**: goods that China taxes on export: some resource goods such as
    /// certain ores and concentrates, ferroalloys and pig iron, phosphate rock, urea and
    /// other fertilisers, and rare-earth and minor metals. Recognised from the HS chapter
    /// and heading or from the description.
    /// **Why customs cares**: most goods leave China duty-free, but these pay export duty
    /// under the export section of the Customs Tariff of the PRC (rates set yearly by the
    /// Tariff Commission), and the declaration must carry the right 10-digit code.
    /// **What to do**: check the rate for the 10-digit code in the current tariff and
    /// include it in the price.
    pub static RULE = "export-duty-applies", "PC505", Info;
}

/// Headings China's export tariff commonly taxes (general knowledge of the 2024-2026
/// tariff; indicative, not the legal list).
const EXPORT_DUTY_HEADINGS: &[u32] = &[
    2510, 2601, 2602, 2603, 2606, 2607, 2608, 2610, 2611, 2613, 2614, 2615, 2617, 2620, 2805, 2846, 3102, 3103, 3105, 7201, 7202, 7204,
    7207, 7401, 7404, 7502, 7601, 7602, 8101, 8102, 8109, 8110, 8112,
];

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    if ctx.decl.origin != "CN" {
        return;
    }
    for (item, facts) in ctx.decl.items.iter().zip(&ctx.items) {
        let by_code = match &facts.hs {
            HsState::Valid { six, .. } => EXPORT_DUTY_HEADINGS.contains(&(six / 100)).then_some(*six),
            _ => None,
        };
        if by_code.is_none() && facts.flags & flag::EXPORT_DUTY == 0 {
            continue;
        }
        let text = item.description.as_deref().or(item.description_zh.as_deref()).unwrap_or("");
        let code = by_code.map(hs::dotted).unwrap_or_else(|| item.hs_code.clone().unwrap_or_default());
        out.push(ctx.finding(&RULE, item.field("hsCode"), "export-duty-applies", &[("text", text), ("code", &code)]));
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
    }
}
