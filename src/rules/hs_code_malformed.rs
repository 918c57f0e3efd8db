use crate::facts::goods::HsState;
use crate::knowledge::hs::Malformed;
use crate::report::Finding;
use crate::rules::context::Context;

declare_rule! {
    /// **What it checks**: that an HS code is 6 to 10 digits once dots, spaces and dashes
    /// are removed ("6109.10", "6109 10 00 10"), has 6, 8 or 10 digits, and starts with a
    /// chapter that exists (01 to 97; 77 is reserved).
    /// **Why customs cares**: a code of the wrong shape cannot be looked up, so the
    /// declaration is rejected before any other check (WCO HS Convention; national
    /// tariffs add 2 to 4 digits to the international six).
    /// **What to do**: copy the code from the tariff or the suggestions, digits only.
    pub static RULE = "hs-code-malformed", "PC302", Error;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for (item, facts) in ctx.decl.items.iter().zip(&ctx.items) {
        let HsState::Malformed(problem) = &facts.hs else { continue };
        let code = item.hs_code.as_deref().unwrap_or("");
        let field = item.field("hsCode");
        let finding = match problem {
            Malformed::BadCharacters => ctx.finding(&RULE, field, "hs-code-malformed.characters", &[("code", code)]),
            Malformed::Length(n) => ctx.finding(&RULE, field, "hs-code-malformed.length", &[("code", code), ("n", &n.to_string())]),
            Malformed::OddLength(n) => ctx.finding(&RULE, field, "hs-code-malformed.odd", &[("code", code), ("n", &n.to_string())]),
            Malformed::NoSuchChapter(ch) => ctx.finding(&RULE, field, "hs-code-malformed.chapter", &[("code", code), ("chapter", ch)]),
        };
        let suggestions = facts.suggest(None, 3).into_iter().map(|s| s.line());
        out.push(finding.with_suggestions(suggestions));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use serde_json::json;

    #[test]
    fn table() {
        for good in ["6109.10", "610910", "6109 10 00 10", "6109-10-00"] {
            assert!(fired(with(base(), "/items/0/hsCode", json!(good)), "hs-code-malformed").is_empty(), "{good}");
        }
        for bad in ["6109", "61O910", "771010", "6109100", "12345678901", "abc"] {
            assert_eq!(fired(with(base(), "/items/0/hsCode", json!(bad)), "hs-code-malformed").len(), 1, "{bad}");
        }
    }
}
