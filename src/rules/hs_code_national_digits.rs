use crate::facts::goods::HsState;
use crate::input::declaration::Channel;
use crate::report::{Finding, Severity};
use crate::rules::context::Context;

declare_rule! {
    /// **What it checks**: whether the code has the national digits the declaration will
    /// need: a China general-trade export declaration takes the 10-digit Chinese commodity
    /// code (warning when shorter); many destinations classify at 8 or 10 digits (US
    /// HTSUS 10, EU Combined Nomenclature 8, UK 10, Canada 10, Japan 9, ...), which the
    /// report mentions as information.
    /// **Why customs cares**: the six international digits do not set the duty rate or the
    /// licence requirements; the national digits do.
    /// **What to do**: look up the full code in the tariff (中国海关进出口税则, TARIC,
    /// HTSUS) or ask the broker; keep the six digits the same.
    pub static RULE = "hs-code-national-digits", "PC306", Warning;
}

/// Digits the destination's import tariff classifies at (general knowledge, 2026-11).
const DESTINATION_DIGITS: &[(&str, usize)] = &[
    ("AU", 8),
    ("BR", 8),
    ("CA", 10),
    ("CH", 8),
    ("CN", 10),
    ("GB", 10),
    ("IN", 8),
    ("JP", 9),
    ("KR", 10),
    ("MX", 8),
    ("MY", 10),
    ("NO", 8),
    ("NZ", 8),
    ("SG", 8),
    ("TH", 8),
    ("US", 10),
    ("VN", 8),
    ("ZA", 8),
];

const EU: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL",
    "PT", "RO", "SE", "SI", "SK",
];

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let dest = ctx.decl.destination.as_deref().unwrap_or("");
    let want = DESTINATION_DIGITS.iter().find(|d| d.0 == dest).map(|d| d.1).or_else(|| EU.contains(&dest).then_some(8));
    for (item, facts) in ctx.decl.items.iter().zip(&ctx.items) {
        let HsState::Valid { digits, .. } = &facts.hs else { continue };
        let n = digits.len();
        let code = item.hs_code.as_deref().unwrap_or("");
        if ctx.decl.origin == "CN" && ctx.channel.effective == Channel::GeneralTrade && n < 10 {
            out.push(ctx.finding(&RULE, item.field("hsCode"), "hs-code-national-digits.cn", &[("code", code), ("n", &n.to_string())]));
        } else if let Some(want) = want.filter(|w| n < *w) {
            out.push(
                ctx.finding(
                    &RULE,
                    item.field("hsCode"),
                    "hs-code-national-digits.dest",
                    &[("code", code), ("n", &n.to_string()), ("country", dest), ("want", &want.to_string())],
                )
                .with_severity(Severity::Info),
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
        let trade = with(base(), "/channel", json!("general-trade"));
        let f = fired(trade.clone(), "hs-code-national-digits");
        assert_eq!(f[0].severity, crate::report::Severity::Warning);
        assert!(fired(with(trade, "/items/0/hsCode", json!("6109100091")), "hs-code-national-digits").is_empty());
        let info = fired(base(), "hs-code-national-digits");
        assert_eq!(info[0].severity, crate::report::Severity::Info);
    }
}
