use crate::facts::goods::HsState;
use crate::knowledge::hs::{self, Edition};
use crate::report::Finding;
use crate::rules::context::Context;

declare_rule! {
    /// **What it checks**: that the first six digits are a subheading of the HS edition in
    /// force at the declaration's date (HS 2022 from 2022-01-01, HS 2017 before).
    /// **Why customs cares**: a code that is not in the nomenclature is rejected by every
    /// customs system; it usually means a typing slip or a half-remembered code.
    /// **What to do**: pick the right code among the nearest real subheadings under the
    /// same heading (suggested), or from the description's suggestions.
    /// For goods leaving China, a 10-digit code must also be a line of China's 2026
    /// tariff: one that is not gets this finding for its national part, with the valid
    /// lines under its subheading (an error when a list or declaration form is filed);
    /// when the code has as many digits as the destination classifies by, the finding
    /// says it may be the destination's own code, for the invoice and the CN23.
    /// Source: HS 2022 nomenclature (WCO, via UN Comtrade), embedded; China customs
    /// tariff 2026.
    pub static RULE = "hs-code-unknown", "PC303", Error;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let edition = Edition::at(ctx.date);
    for (item, facts) in ctx.decl.items.iter().zip(&ctx.items) {
        if let HsState::Valid { digits, six } = &facts.hs {
            // The national part: a 10-digit code for China's declaration must be a tariff line.
            let under = crate::knowledge::data::china::tariff_lines(&format!("{six:06}"));
            if ctx.decl.origin == "CN" && digits.len() == 10 && facts.cn_lines.is_empty() && !under.is_empty() {
                // A code with as many digits as the destination classifies by is likely the
                // destination's own (a US HTS code on a US-bound parcel): said so.
                let dest = ctx.decl.destination.as_deref().unwrap_or("");
                let national = crate::knowledge::data::national_digits(dest).filter(|n| n.digits == digits.len() && dest != "CN");
                let key = if national.is_some() { "hs-code-unknown.national-destination" } else { "hs-code-unknown.national" };
                let (want, tariff) = national.map_or((String::new(), ""), |n| (n.digits.to_string(), n.tariff));
                let params =
                    [("code", digits.as_str()), ("six", &hs::dotted(*six)), ("country", dest), ("want", &want), ("tariff", tariff)];
                let finding = ctx
                    .finding(&RULE, item.field("hsCode"), key, &params)
                    .with_suggestions(under.iter().take(8).map(|l| format!("{} {}", l.code, l.name_zh)))
                    .with_source(crate::knowledge::data::china::TARIFF_SOURCE);
                let filed = ctx.clearance.files_form;
                out.push(if filed { finding } else { finding.with_severity(crate::report::Severity::Warning) });
            }
            continue;
        }
        let HsState::Unknown { six, .. } = &facts.hs else { continue };
        let mut suggestions: Vec<String> =
            hs::nearest(*six, 3).into_iter().map(|c| format!("{} {}", hs::dotted(c), hs::subheading_text(c).unwrap_or(""))).collect();
        suggestions.extend(facts.suggest(None, 2).into_iter().map(|s| s.line()));
        out.push(
            ctx.finding(&RULE, item.field("hsCode"), "hs-code-unknown", &[("code", &hs::dotted(*six)), ("edition", edition.name())])
                .with_suggestions(suggestions),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use serde_json::json;

    #[test]
    fn table() {
        let f = fired(with(base(), "/items/0/hsCode", json!("6109.55")), "hs-code-unknown");
        assert_eq!(f.len(), 1);
        assert!(f[0].suggestions[0].starts_with("6109."));
        assert!(fired(with(base(), "/items/0/hsCode", json!("0101.50")), "hs-code-unknown").len() == 1);
        assert!(fired(base(), "hs-code-unknown").is_empty());
        // The national part: 6109100010 is no line of China's 2026 tariff; 6109100000 is.
        let national = fired(with(base(), "/items/0/hsCode", json!("6109.10.00.10")), "hs-code-unknown");
        assert_eq!(national.len(), 1);
        assert!(national[0].suggestions[0].starts_with("6109100000"));
        assert!(fired(with(base(), "/items/0/hsCode", json!("6109100000")), "hs-code-unknown").is_empty());
        // A US HTS code on a US-bound parcel is named as possibly the destination's own.
        let us = fired(with(with(base(), "/items/0/hsCode", json!("6109.10.0012")), "/destination", json!("US")), "hs-code-unknown");
        assert_eq!(us.len(), 1);
        assert!(us[0].message.contains("a US tariff code") && us[0].suggestions[0].starts_with("6109100000"), "{}", us[0].message);
        // Not for goods from elsewhere.
        assert!(fired(with(with(base(), "/items/0/hsCode", json!("6109.10.00.10")), "/origin", json!("VN")), "hs-code-unknown").is_empty());
    }
}
