use crate::base::text::is_cjk;
use crate::report::Finding;
use crate::rules::context::Context;

declare_rule! {
    /// **What it checks**: that the English description is written in Latin letters, not
    /// in Chinese or another script.
    /// **Why customs cares**: the destination's customs and the carrier's systems read the
    /// English description (UPU CN22/CN23, ICS2, ACAS); a description they cannot read is
    /// rejected like an empty one.
    /// **What to do**: move the Chinese name to the Chinese description field and write the
    /// English description, e.g. "women's knitted cotton T-shirt".
    pub static RULE = "description-not-english", "PC203", Error;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for (item, facts) in ctx.decl.items.iter().zip(&ctx.items) {
        let Some(text) = item.description.as_deref() else { continue };
        // ASCII text has no foreign letters (most listings): nothing to count.
        if text.is_ascii() {
            continue;
        }
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        let foreign = text.chars().filter(|c| c.is_alphabetic() && (is_cjk(*c) || !c.is_ascii())).count();
        // Mostly non-Latin letters: a few accented or Chinese characters in a brand are fine.
        if letters > 0 && foreign * 2 > letters {
            // The vocabulary's English name for the goods the text names ("蓝牙耳机" ->
            // "bluetooth earphone"), as a start: the seller adds material and kind.
            let english = facts.products.first().and_then(|m| m.product.terms.iter().find(|t| t.is_ascii()));
            let mut finding = ctx.finding(&RULE, item.field("description"), "description-not-english", &[("text", text)]);
            if let Some(name) = english {
                finding.message.push(' ');
                finding.message.push_str(&ctx.say("description-not-english.name", &[("name", name)]));
                finding = finding.with_suggestions([name.to_string()]);
            }
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
        for (text, fires) in [("女式T恤", true), ("Café au lait mug", false), ("Women's T-shirt 女式", false), ("футболка", true)]
        {
            let f = fired(with(base(), "/items/0/description", json!(text)), "description-not-english");
            assert_eq!(!f.is_empty(), fires, "{text}");
        }
        // An English name from the vocabulary, when the text names goods it knows.
        let f = fired(with(base(), "/items/0/description", json!("蓝牙耳机")), "description-not-english");
        assert!(f[0].suggestions.first().is_some_and(|s| s.is_ascii() && s.contains("ear")), "{f:?}");
        let unknown = with(with(base(), "/items/0/description", json!("这是什么")), "/items/0/descriptionZh", json!("这是什么"));
        assert!(fired(unknown, "description-not-english")[0].suggestions.is_empty());
    }
}
