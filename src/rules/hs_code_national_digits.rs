use crate::facts::goods::HsState;
use crate::input::declaration::Channel;
use crate::knowledge::data::national_digits;
use crate::report::{Finding, Severity};
use crate::rules::context::Context;

declare_rule! {
    /// **What it checks**: whether the code has the national digits the declaration will
    /// need: a China general-trade export declaration takes the 10-digit Chinese commodity
    /// code (warning when shorter); many destinations classify at 8 or 10 digits (US
    /// HTSUS 10, EU Combined Nomenclature 8, UK 10, Canada 10, Japan 9, ...), which the
    /// report mentions as information. The digits per destination are data
    /// (`national_code_digits.csv`, each row with its tariff and source).
    /// **Why customs cares**: the six international digits do not set the duty rate or the
    /// licence requirements; the national digits do.
    /// **What to do**: look up the full code in the tariff (中国海关进出口税则, TARIC,
    /// HTSUS) or ask the broker; keep the six digits the same.
    pub static RULE = "hs-code-national-digits", "PC306", Warning;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let dest = ctx.decl.destination.as_deref().unwrap_or("");
    let want = national_digits(dest);
    let china = national_digits("CN");
    for (item, facts) in ctx.decl.items.iter().zip(&ctx.items) {
        let HsState::Valid { digits, .. } = &facts.hs else { continue };
        let n = digits.len();
        let code = item.hs_code.as_deref().unwrap_or("");
        if let (Some(china), "CN", Channel::GeneralTrade) =
            (china.filter(|c| n < c.digits), ctx.decl.origin.as_str(), ctx.channel.effective)
        {
            out.push(
                ctx.finding(&RULE, item.field("hsCode"), "hs-code-national-digits.cn", &[("code", code), ("n", &n.to_string())])
                    .with_source(china.source.to_string()),
            );
        } else if let Some(want) = want.filter(|w| n < w.digits) {
            out.push(
                ctx.finding(
                    &RULE,
                    item.field("hsCode"),
                    "hs-code-national-digits.dest",
                    &[("code", code), ("n", &n.to_string()), ("country", dest), ("want", &want.digits.to_string())],
                )
                .with_severity(Severity::Info)
                .with_source(format!("{}: {}", want.tariff, want.source)),
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
        // The digits come from data, with the tariff they are read from.
        assert!(info[0].source.as_deref().is_some_and(|s| s.contains("UK Trade Tariff")), "{:?}", info[0].source);
        let japan = fired(with(base(), "/destination", json!("JP")), "hs-code-national-digits");
        assert!(japan[0].message.contains('9'), "{}", japan[0].message);
        // A destination the data does not list says nothing.
        assert!(fired(with(base(), "/destination", json!("AR")), "hs-code-national-digits").is_empty());
    }
}
