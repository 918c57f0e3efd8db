use super::Context;
use crate::goods::HsState;
use crate::hs::{self, Edition};
use crate::report::Finding;

declare_rule! {
    /// **What it checks**: that the first six digits are a subheading of the HS edition in
    /// force at the declaration's date (HS 2022 from 2022-01-01, HS 2017 before).
    /// **Why customs cares**: a code that is not in the nomenclature is rejected by every
    /// customs system; it usually means a typing slip or a half-remembered code.
    /// **What to do**: pick the right code among the nearest real subheadings under the
    /// same heading (suggested), or from the description's suggestions.
    /// Source: HS 2022 nomenclature (WCO, via UN Comtrade), embedded.
    pub static RULE = "hs-code-unknown", "PC303", Error;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let edition = Edition::at(ctx.date);
    for (item, facts) in ctx.decl.items.iter().zip(&ctx.items) {
        let HsState::Unknown { six, .. } = &facts.hs else { continue };
        let mut suggestions: Vec<String> =
            hs::nearest(*six, 3).into_iter().map(|c| format!("{} {}", hs::dotted(c), hs::subheading_text(c).unwrap_or(""))).collect();
        suggestions.extend(hs::suggest(&item.all_text(), 2).into_iter().map(|s| format!("{} {}", s.code, s.description)));
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
    }
}
