use crate::facts::goods::HsState;
use crate::knowledge::hs;
use crate::report::Finding;
use crate::rules::context::Context;

declare_rule! {
    /// **What it checks**: whether the code is an HS 2017 subheading that HS 2022 deleted
    /// (split, merged or moved), for declarations dated 2022-01-01 or later.
    /// **Why customs cares**: since HS 2022 entered into force on 2022-01-01 customs reject
    /// deleted codes; sellers often copy codes from old invoices (mobile phones 8517.12,
    /// drones under 8525.80, e-waste now in 8549).
    /// **What to do**: use one of its HS 2022 successors (suggested, from the UNSD
    /// HS 2022-HS 2017 correlation table) that describes the goods.
    pub static RULE = "hs-code-outdated", "PC304", Error;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for (item, facts) in ctx.decl.items.iter().zip(&ctx.items) {
        let HsState::Outdated { six, successors, .. } = &facts.hs else { continue };
        let old = hs::deleted_text(*six).unwrap_or("");
        // The successors the description points to first.
        let preferred: Vec<u32> = facts.suggest(None, 10).iter().filter_map(|s| s.code.replace('.', "").parse().ok()).collect();
        let mut ordered: Vec<u32> = successors.iter().copied().filter(|c| preferred.contains(c)).collect();
        ordered.extend(successors.iter().copied().filter(|c| !preferred.contains(c)));
        let suggestions = ordered.into_iter().take(8).map(|c| format!("{} {}", hs::dotted(c), hs::subheading_text(c).unwrap_or("")));
        out.push(
            ctx.finding(&RULE, item.field("hsCode"), "hs-code-outdated", &[("code", &hs::dotted(*six)), ("old", old)])
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
        let phone = with(with(base(), "/items/0/description", json!("Android smartphone")), "/items/0/hsCode", json!("8517.12"));
        let f = fired(phone.clone(), "hs-code-outdated");
        assert_eq!(f.len(), 1);
        assert!(f[0].suggestions[0].starts_with("8517.13"), "{:?}", f[0].suggestions);
        // Before 2022 the same code was valid.
        let old = with(phone, "/date", json!("2021-06-01"));
        let options = crate::Options::default();
        let report = crate::check_json(&old, &options).unwrap();
        assert!(!report.findings.iter().any(|f| f.rule == "hs-code-outdated" || f.rule == "hs-code-unknown"));
    }
}
