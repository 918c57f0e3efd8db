use crate::report::{Finding, Severity};
use crate::rules::context::Context;

declare_rule! {
    /// **What it checks**: whether the channel the seller chose refuses the shipment (an
    /// error) or suits it badly (a warning): no channel takes weapons, narcotics or goods
    /// China bans from export; post refuses loose lithium batteries, battery vehicles,
    /// dangerous goods (hazardous chemicals among them) and parcels over 30 kg; express
    /// parcel services take pieces up to 70 kg, heavier ones go as freight; an export VAT
    /// refund needs a general-trade declaration; goods past the CNY 5,000 low-value limit
    /// clear slowly by post.
    /// **Why customs cares**: goods refused by a channel come back; a channel that fits
    /// badly costs days at the counter. The clearance process advises post for low-value
    /// samples, express for high value and general trade for volume.
    /// **What to do**: use the suggested channel given in the report, with its reasons.
    pub static RULE = "channel-unsuitable", "PC602", Error;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let Some(chosen) = ctx.decl.channel else { return };
    for u in ctx.channel.advice.unsuitable.iter().filter(|u| u.channel == chosen) {
        let channel = ctx.say(&["channel.", chosen.name()].concat(), &[]);
        let suggested = ctx.channel.advice.suggested.name();
        let finding = ctx
            .finding(&RULE, "channel", "channel-unsuitable", &[("channel", &channel), ("reason", &u.reason)])
            .with_severity(if u.refuses { Severity::Error } else { Severity::Warning })
            .with_suggestions((suggested != chosen.name()).then_some(suggested));
        out.push(match u.source {
            Some(source) => finding.with_source(source),
            None => finding,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use serde_json::json;

    #[test]
    fn table() {
        assert!(fired(base(), "channel-unsuitable").is_empty());
        let pb = with(with(base(), "/items/0/description", json!("Power bank 10000mAh")), "/channel", json!("postal"));
        let f = fired(pb, "channel-unsuitable");
        assert_eq!(f[0].field, "channel");
        assert_eq!(f[0].suggestions, ["express"]);
        // Dangerous cosmetics (aerosols, flammable nail polish) are not for post; their
        // non-dangerous kin are.
        let by_post =
            |d: &str| fired(with(with(base(), "/items/0/description", json!(d)), "/channel", json!("postal")), "channel-unsuitable");
        assert!(!by_post("Hair spray strong hold 300ml").is_empty() && !by_post("Nail polish 12 colours").is_empty());
        assert!(by_post("Hair gel 250ml").is_empty() && by_post("UV gel polish 12 colours").is_empty());
        // What goods come with counts; what they fit does not (the English text alone).
        let alone = |d: &str| {
            let decl = with(with(base(), "/items/0/description", json!(d)), "/items/0/descriptionZh", json!(""));
            fired(with(with(decl, "/items/0/hsCode", json!("")), "/channel", json!("postal")), "channel-unsuitable")
        };
        assert!(!alone("Christmas Gift Set with Perfume and Lotion").is_empty());
        assert!(alone("Cover for Power Bank").is_empty() && !alone("Power Bank 10000mAh").is_empty());
        // A piece past express's 70 kg is freight: a warning for express, general trade suggested.
        let heavy = |kg: &str, parcels: u32| {
            let decl = with(with(base(), "/grossWeightKg", json!(kg)), "/parcels", json!(parcels));
            fired(with(decl, "/channel", json!("express")), "channel-unsuitable")
        };
        let f = heavy("700", 1);
        assert_eq!((f[0].severity, f[0].suggestions.clone()), (crate::report::Severity::Warning, vec!["general-trade".to_string()]));
        assert!(f[0].source.as_deref().is_some_and(|s| s.contains("ups.com")), "{:?}", f[0].source);
        assert!(heavy("700", 20).is_empty() && heavy("70", 1).is_empty());
        let refund = with(base(), "/wantsTaxRefund", json!(true));
        assert_eq!(fired(refund, "channel-unsuitable")[0].suggestions, ["general-trade"]);
    }
}
