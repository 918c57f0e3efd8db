use crate::base::text::has_cjk;
use crate::facts::description::{analyse, analyse_en_raw_words, analyse_zh, replacements, Vagueness};
use crate::facts::goods::HsState;
use crate::knowledge::hs;
use crate::report::{Finding, Severity};
use crate::rules::context::Context;

declare_rule! {
    /// **What it checks**: that the English and Chinese descriptions say what the goods
    /// are. A description of nothing but vague words ("gift", "parts", "various goods",
    /// "礼物", "配件") is an error; a vague word that carries the meaning ("phone
    /// accessories", "auto parts", "手机配件") is a warning; a vague word that only
    /// modifies a specific product ("gift wrapping paper", "sample vials") passes, and so
    /// do listing titles that name the product and a kind word whose purpose the word
    /// before it names ("makeup bag", "tool box"; not "gift box"). Descriptions that are
    /// only digits, symbols, repeated characters or file names are errors.
    /// **Why customs cares**: the EU's ICS2 rejects such descriptions automatically
    /// (Delegated Reg. 2015/2446 Annex B, DE 18 05), as do Canada's PACT, US CBP's ACAS
    /// and the carriers; the parcel waits until someone says what is inside.
    /// **What to do**: write what it is, of what material, for what use: "ceramic coffee
    /// mug", "women's knitted cotton dress", "brake pads for passenger cars". Suggestions
    /// come from the declared HS code's heading and from examples for the vague term.
    /// Sources: the ICS2 stop-word list, Transport Canada PACT TIG v1.9 6.1-6.2, CBP CSMS
    /// #60011750, carrier guidance, and precheck's own additions (src/data/raw).
    pub static RULE = "description-too-general", "PC201", Error;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for (item, facts) in ctx.decl.items.iter().zip(&ctx.items) {
        // Suggestions from the declared code's heading, when there is one.
        let from_code = || match &facts.hs {
            HsState::Valid { six, .. } => hs::heading_text((six / 100) as u16).map(|t| vec![t.to_string()]).unwrap_or_default(),
            _ => Vec::new(),
        };
        if let Some(text) = item.description.as_deref() {
            // Chinese typed into the English field is judged as Chinese too ("礼物"); the
            // not-English rule separately asks for an English text.
            let verdict = if item.description_zh.is_none() && item.text_is_descriptions() && !has_cjk(text) {
                // The description is the line's only text: its words are made already.
                analyse_en_raw_words(text, facts.words())
            } else {
                analyse(text)
            };
            if let Some(f) = judge(ctx, verdict, text, &item.field("description"), from_code) {
                out.push(f);
            }
        }
        if let Some(text) = item.description_zh.as_deref() {
            if let Some(f) = judge(ctx, analyse_zh(text), text, &item.field("descriptionZh"), Vec::new) {
                out.push(f);
            }
        }
    }
}

/// The finding for a verdict; `from_code` (the heading's text, read only for a finding).
fn judge(ctx: &Context, verdict: Vagueness, text: &str, field: &str, from_code: impl FnOnce() -> Vec<String>) -> Option<Finding> {
    let (key, severity, term, why) = match verdict {
        Vagueness::Specific => return None,
        Vagueness::OnlyVague { term } => ("description-too-general.only", Severity::Error, term, String::new()),
        Vagueness::VagueHead { term } => ("description-too-general.head", Severity::Warning, term, String::new()),
        Vagueness::Pattern(p) => {
            ("description-too-general.pattern", Severity::Error, String::new(), ctx.say(&["pattern.", p.key()].concat(), &[]))
        }
    };
    let mut suggestions: Vec<String> = replacements(&term).into_iter().map(str::to_string).collect();
    suggestions.extend(from_code());
    Some(
        ctx.finding(&RULE, field, key, &[("text", text), ("term", &term), ("why", &why)])
            .with_severity(severity)
            .with_suggestions(suggestions),
    )
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use serde_json::json;

    #[test]
    fn table() {
        let cases = [
            ("gift", Some("error")),
            ("Spare parts", Some("error")),
            ("phone accessories", Some("warning")),
            ("1004", Some("error")),
            ("gift wrapping paper", None),
            ("2024 New Women Elegant Pearl Earrings Jewelry Gift For Her", None),
            ("Women's knitted cotton T-shirt", None),
        ];
        for (text, want) in cases {
            let f = fired(with(base(), "/items/0/description", json!(text)), "description-too-general");
            let got = f.first().map(|f| serde_json::to_value(f.severity).unwrap().as_str().unwrap().to_string());
            assert_eq!(got.as_deref(), want, "{text}");
        }
        let zh = fired(with(base(), "/items/0/descriptionZh", json!("礼物")), "description-too-general");
        assert_eq!(zh[0].field, "items[0].descriptionZh");
        assert!(!zh[0].suggestions.is_empty());
    }

    /// The message names the goods' vague word, not a count or a condition beside it.
    #[test]
    fn names_the_goods_word() {
        for (text, term) in
            [("Kids clothes 3 pcs", "\"clothes\""), ("BOOKS (USED)", "\"book\""), ("gift 2 pcs", "\"gift\""), ("pcs", "\"pcs\"")]
        {
            let f = fired(with(base(), "/items/0/description", json!(text)), "description-too-general");
            let message = f.first().map(|f| f.message.clone()).unwrap_or_default();
            assert!(message.contains(&format!("{term} is too general")), "{text}: {message}");
        }
    }
}
