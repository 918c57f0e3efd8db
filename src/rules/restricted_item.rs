use super::Context;
use crate::report::{Finding, Severity};
use crate::vocabulary::flag;

declare_rule! {
    /// **What it checks**: goods admitted only with a licence, permit or special
    /// documents: food, plants and seeds (phytosanitary and food-safety rules), medicines
    /// and medical devices (registration, prescription), cosmetics (ingredient rules),
    /// goods under China's export controls (drones, night-vision and thermal imagers,
    /// encryption, gallium, germanium, antimony, graphite, rare earths: MOFCOM/GAC
    /// announcements 2023-2025), radio transmitters (type approval), cultural relics, and
    /// by express dangerous goods and magnets.
    /// **Why customs cares**: without the documents the goods are held, returned or
    /// destroyed, and exporting controlled items without a licence is an offence (Export
    /// Control Law of the PRC, 2020).
    /// **What to do**: get the licence or documents listed in the report before shipping,
    /// or leave the goods out.
    pub static RULE = "restricted-item", "PC502", Warning;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for (item, facts) in ctx.decl.items.iter().zip(&ctx.items) {
        let text = item.description.as_deref().or(item.description_zh.as_deref()).unwrap_or("");
        let f = facts.flags;
        let cases: [(u32, &str, Severity); 8] = [
            (flag::EXPORT_CONTROLLED, "restricted-item.export-control", Severity::Error),
            (flag::ANTIQUE, "restricted-item.antique", Severity::Error),
            (flag::MEDICINE, "restricted-item.medicine", Severity::Warning),
            (flag::FOOD, "restricted-item.food", Severity::Warning),
            (flag::COSMETIC, "restricted-item.cosmetic", Severity::Warning),
            (flag::RADIO, "restricted-item.radio", Severity::Warning),
            (flag::MAGNETIC, "restricted-item.magnetic", Severity::Warning),
            (flag::DANGEROUS, "restricted-item.dangerous", Severity::Warning),
        ];
        // A relic of 1912-1949 (ethnic-minority relics up to 1966) leaves only with a relic
        // export licence.
        if let Some(crate::controls::Relic::NeedsLicence(year)) = facts.controls.relic {
            let licensed = ctx.decl.documents.as_ref().is_some_and(|d| d.contains(&crate::declaration::DocumentKind::ExportLicence));
            let finding =
                ctx.finding(&RULE, item.field("yearMade"), "restricted-item.relic", &[("text", text), ("year", &year.to_string())]);
            out.push(finding.with_severity(if licensed { Severity::Info } else { Severity::Error }).with_source(RELIC_SOURCE));
            continue;
        }
        // One finding a line: the weightiest reason. Export control has its own rule
        // (export-controlled) when the controls know the goods.
        let known_control = facts.controls.licence.is_some() || facts.controls.partly_controlled.is_some();
        if let Some((_, key, severity)) =
            cases.iter().find(|(bit, key, _)| f & bit != 0 && !(known_control && *key == "restricted-item.export-control"))
        {
            if *key == "restricted-item.dangerous" && ctx.channel.effective == crate::declaration::Channel::Postal {
                continue; // prohibited-item says it for post.
            }
            out.push(ctx.finding(&RULE, item.field("description"), key, &[("text", text)]).with_severity(*severity));
        }
    }
}

const RELIC_SOURCE: &str = "Cultural Relics Protection Law of the PRC; relic export rules (2007): 1912-1949, and ethnic-minority relics up to 1966, leave only with a relic export licence (compliance/china_export_controls.csv) [SEC]";

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use serde_json::json;

    fn restricted(description: &str) -> Option<String> {
        fired(with(base(), "/items/0/description", json!(description)), "restricted-item").first().map(|f| f.message.clone())
    }

    #[test]
    fn table() {
        assert!(restricted("Oolong tea leaves 500g").is_some());
        assert!(restricted("Vitamin C tablets").is_some());
        assert!(restricted("Matte lipstick").is_some());
        assert!(restricted("Camera drone with 4K camera").is_some());
        assert!(restricted("Women's knitted cotton T-shirt").is_none());
        assert!(restricted("Ceramic coffee mug").is_none());
    }
}
