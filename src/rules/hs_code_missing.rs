use crate::facts::description::Vagueness;
use crate::facts::goods::HsState;
use crate::input::declaration::{Channel, Purpose};
use crate::report::{Finding, Severity};
use crate::rules::context::Context;

declare_rule! {
    /// **What it checks**: that every line has an HS code.
    /// **Why customs cares**: customs classify, tax and risk-screen goods by HS code. The
    /// EU's ICS2 requires at least six digits for every postal and express item; a China
    /// general-trade declaration needs the 10-digit commodity code; without one the
    /// parcel is classified by hand, slowly, or held.
    /// **What to do**: add the code; suggestions from the description are given (none for
    /// vague words alone, "personal effects", 日用品: they name no goods). It is an
    /// error for general trade, a warning otherwise (CN22 says "if known", but most
    /// destinations now expect it). Not for documents (`purpose` documents): express
    /// category A clears papers on the manifest without a code (GACC 2018 No.119).
    pub static RULE = "hs-code-missing", "PC301", Warning;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    if ctx.decl.purpose == Purpose::Documents {
        return;
    }
    for (item, facts) in ctx.decl.items.iter().zip(&ctx.items) {
        if !matches!(facts.hs, HsState::Missing) || ctx.has_issue(&item.field("hsCode")) {
            continue;
        }
        let text = item.description.as_deref().or(item.description_zh.as_deref()).unwrap_or("");
        let severity = if ctx.channel.effective == Channel::GeneralTrade { Severity::Error } else { Severity::Warning };
        // The products the line's facts already found, when they were read from this text.
        let known = item.text_is_descriptions().then_some(facts.products.as_slice());
        let mut suggestions: Vec<String> = facts.suggest(known, 3).into_iter().map(|s| s.line()).collect();
        // Nothing but vague words ("personal effects", 日用品, 食品) that name no goods the
        // vocabulary knows: what the nomenclature finds for them is an accident of its
        // wording (食品 read as flavourings "used in the food industry"), no suggestion.
        if facts.products.is_empty() && matches!(crate::facts::description::analyse(text), Vagueness::OnlyVague { .. }) {
            suggestions.clear();
        }
        // A description that names no goods ("samples", 货物) gets no code, and is told why.
        // A line with no description at all is named by its number ("No HS code for \"\"" says nothing).
        let (key, text) = match (text.trim().is_empty(), suggestions.is_empty()) {
            (true, _) => ("hs-code-missing.undescribed", crate::knowledge::messages::field_label(ctx.lang, &item.field(""))),
            (false, true) => ("hs-code-missing.unsuggested", text.to_string()),
            (false, false) => ("hs-code-missing", text.to_string()),
        };
        out.push(ctx.finding(&RULE, item.field("hsCode"), key, &[("text", &text)]).with_severity(severity).with_suggestions(suggestions));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use serde_json::json;

    #[test]
    fn table() {
        assert!(fired(base(), "hs-code-missing").is_empty());
        let f = fired(with(base(), "/items/0/hsCode", json!("")), "hs-code-missing");
        assert_eq!(f.len(), 1);
        assert!(f[0].suggestions[0].starts_with("6109"), "{:?}", f[0].suggestions);
        // Words that name no goods suggest no code; the finding says why.
        for vague in ["Samples", "Merchandise", "样品", "货物"] {
            let decl = with(with(base(), "/items/0/hsCode", json!("")), "/items/0/description", json!(vague));
            let f = fired(with(decl, "/items/0/descriptionZh", json!(vague)), "hs-code-missing");
            assert!(f[0].suggestions.is_empty(), "{vague}: {:?}", f[0].suggestions);
            assert!(f[0].message.contains("names no goods"), "{}", f[0].message);
        }
        // Nothing but vague words the vocabulary does not know: no nomenclature accident.
        for vague in ["personal effects", "日用品", "食品"] {
            let decl = with(with(base(), "/items/0/hsCode", json!("")), "/items/0/description", json!(vague));
            let f = fired(with(decl, "/items/0/descriptionZh", json!(vague)), "hs-code-missing");
            assert!(f[0].suggestions.is_empty(), "{vague}: {:?}", f[0].suggestions);
        }
        // A vague word the vocabulary reads still suggests its usual headings.
        let decl = with(with(base(), "/items/0/hsCode", json!("")), "/items/0/description", json!("clothing"));
        assert!(!fired(with(decl, "/items/0/descriptionZh", json!(null)), "hs-code-missing")[0].suggestions.is_empty());
        // Documents clear without a code.
        let papers = with(with(base(), "/items/0/hsCode", json!("")), "/purpose", json!("documents"));
        assert!(fired(with(papers, "/items/0/description", json!("Contract documents")), "hs-code-missing").is_empty());
        // A line with no description is named by its number.
        let blank =
            with(with(with(base(), "/items/0/hsCode", json!("")), "/items/0/description", json!("")), "/items/0/descriptionZh", json!(""));
        let f = fired(blank, "hs-code-missing");
        assert!(f[0].message.starts_with("Item 1 has no HS code"), "{}", f[0].message);
    }
}
