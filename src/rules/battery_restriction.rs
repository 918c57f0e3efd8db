use super::Context;
use crate::declaration::Channel;
use crate::report::{Finding, Severity};
use crate::vocabulary::flag;

declare_rule! {
    /// **What it checks**: lithium batteries and how the channel treats them: batteries
    /// and power banks shipped alone (UN3480/UN3090) and lithium-battery vehicles
    /// (UN3171/UN3556) are refused by post and go by air only as dangerous goods; goods
    /// with batteries installed (phones, earbuds, smart watches) are admitted by post only
    /// within limits (at most 4 cells or 2 batteries, 100 Wh a battery, UN 38.3 tested).
    /// **Why customs cares**: lithium batteries can catch fire in aircraft; operators screen
    /// for them and return or destroy what breaks the rules (UPU Convention art. 19, ICAO
    /// Technical Instructions, IATA DGR 66th/67th ed.: 30% state of charge from 2026-01-01).
    /// **What to do**: ship loose batteries and power banks by express under its
    /// dangerous-goods service with the UN 38.3 test summary and MSDS; keep installed
    /// batteries within the post limits.
    pub static RULE = "battery-restriction", "PC503", Warning;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let channel = ctx.channel.effective;
    for (item, facts) in ctx.decl.items.iter().zip(&ctx.items) {
        let text = item.description.as_deref().or(item.description_zh.as_deref()).unwrap_or("");
        let f = facts.flags;
        let field = item.field("description");
        let postal = channel == Channel::Postal;
        let finding = if f & flag::BATTERY_ALONE != 0 {
            Some(ctx.finding(&RULE, field, "battery-restriction.alone", &[("text", text)]).with_severity(if postal {
                Severity::Error
            } else {
                Severity::Warning
            }))
        } else if f & flag::BATTERY_VEHICLE != 0 {
            Some(ctx.finding(&RULE, field, "battery-restriction.vehicle", &[("text", text)]).with_severity(if postal {
                Severity::Error
            } else {
                Severity::Warning
            }))
        } else if f & flag::BATTERY_IN != 0 {
            Some(ctx.finding(&RULE, field, "battery-restriction.contained", &[("text", text)]).with_severity(if postal {
                Severity::Warning
            } else {
                Severity::Info
            }))
        } else {
            None
        };
        out.extend(finding);
    }
}

#[cfg(test)]
mod tests {
    use crate::report::Severity;
    use crate::rules::testing::*;
    use serde_json::json;

    fn battery(description: &str, channel: &str) -> Option<Severity> {
        let d = with(with(base(), "/items/0/description", json!(description)), "/channel", json!(channel));
        fired(d, "battery-restriction").first().map(|f| f.severity)
    }

    #[test]
    fn table() {
        assert_eq!(battery("20000mAh power bank", "postal"), Some(Severity::Error));
        assert_eq!(battery("20000mAh power bank", "express"), Some(Severity::Warning));
        assert_eq!(battery("Bluetooth wireless earbuds", "postal"), Some(Severity::Warning));
        assert_eq!(battery("Bluetooth wireless earbuds", "express"), Some(Severity::Info));
        assert_eq!(battery("Electric scooter", "postal"), Some(Severity::Error));
        assert_eq!(battery("Cotton T-shirt", "postal"), None);
    }
}
