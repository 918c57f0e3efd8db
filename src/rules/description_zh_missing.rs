use crate::report::{Finding, Severity};
use crate::rules::context::Context;

declare_rule! {
    /// **What it checks**: that a shipment leaving China has a Chinese goods description
    /// (中文品名) on every line.
    /// **Why customs cares**: China Customs takes export declarations in Chinese: the
    /// Chinese name is a declaration element for general trade, and postal and express
    /// operators file it with their manifests (GACC declaration-element rules).
    /// **What to do**: write the Chinese name as specifically as the English one, e.g.
    /// 女式针织棉T恤 for "women's knitted cotton T-shirt".
    pub static RULE = "description-zh-missing", "PC202", Warning;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    if ctx.decl.origin != "CN" {
        return;
    }
    for item in &ctx.decl.items {
        if item.description_zh.is_none() && !ctx.has_issue(&item.field("descriptionZh")) {
            // A general-trade declaration cannot be filed without it.
            let severity =
                if ctx.channel.effective == crate::input::declaration::Channel::GeneralTrade { Severity::Error } else { Severity::Warning };
            // The Chinese name typed in the English field ("蓝牙耳机"): it belongs here.
            let in_english_field = item.description.as_deref().filter(|d| d.chars().any(crate::base::text::is_cjk));
            let finding = match in_english_field {
                Some(text) => ctx
                    .finding(&RULE, item.field("descriptionZh"), "description-zh-missing.in-english-field", &[("text", text)])
                    .with_suggestions([text.to_string()]),
                None => ctx.finding(&RULE, item.field("descriptionZh"), "description-zh-missing", &[]),
            };
            out.push(finding.with_severity(severity));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use serde_json::json;

    #[test]
    fn table() {
        assert!(fired(base(), "description-zh-missing").is_empty());
        let missing = with(base(), "/items/0/descriptionZh", json!(""));
        assert_eq!(fired(missing.clone(), "description-zh-missing").len(), 1);
        assert!(fired(with(missing.clone(), "/origin", json!("VN")), "description-zh-missing").is_empty());
        let swapped = fired(with(missing, "/items/0/description", json!("蓝牙耳机")), "description-zh-missing");
        assert_eq!(swapped[0].suggestions, ["蓝牙耳机"]);
    }
}
