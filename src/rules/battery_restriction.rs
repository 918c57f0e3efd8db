use crate::facts::channel::{BatteryFigures, ION_BATTERY_WH, ION_CELL_WH, METAL_BATTERY_G, METAL_CELL_G};
use crate::input::declaration::{Battery, Channel, Chemistry, Item, Packing};
use crate::knowledge::vocabulary::flag;
use crate::report::{Finding, Severity};
use crate::rules::context::Context;
use rust_decimal::Decimal;

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

const LIMITS_SOURCE: &str = "UN SP188 / IATA DGR Section II (PI 965-970) and UPU international mail limits, compliance/battery_limits.csv (IMDG SP188 text, IATA DGR tables and Royal Mail's UPU implementation, secondary sources [SEC])";

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let channel = ctx.channel.effective;
    for (item, facts) in ctx.decl.items.iter().zip(&ctx.items) {
        let text = item.description.as_deref().or(item.description_zh.as_deref()).unwrap_or("");
        let postal = channel == Channel::Postal;
        if let Some(battery) = &item.battery {
            out.push(by_figures(ctx, item, battery, postal, text).with_source(LIMITS_SOURCE));
            continue;
        }
        let f = facts.flags;
        let field = item.field("description");
        let by_post = |severity_post: Severity, severity_express: Severity| if postal { severity_post } else { severity_express };
        let finding = if f & flag::BATTERY_ALONE != 0 {
            Some(
                ctx.finding(&RULE, field, "battery-restriction.alone", &[("text", text)])
                    .with_severity(by_post(Severity::Error, Severity::Warning)),
            )
        } else if f & flag::BATTERY_VEHICLE != 0 {
            Some(
                ctx.finding(&RULE, field, "battery-restriction.vehicle", &[("text", text)])
                    .with_severity(by_post(Severity::Error, Severity::Warning)),
            )
        } else if f & flag::BATTERY_IN != 0 {
            // Batteries named but no figures: ask for them rather than guess.
            Some(
                ctx.finding(&RULE, item.field("battery"), "battery-restriction.contained", &[("text", text)])
                    .with_severity(Severity::Warning),
            )
        } else {
            None
        };
        out.extend(finding);
    }
}

/// The verdict on an item's stated battery figures for the channel.
fn by_figures(ctx: &Context, item: &Item, b: &Battery, postal: bool, text: &str) -> Finding {
    let field = item.field("battery");
    let channel = ctx.say(&["channel.", ctx.channel.effective.name()].concat(), &[]);
    let (Some(chemistry), Some(packing)) = (b.chemistry, b.packing) else {
        return ctx.finding(&RULE, field, "battery-restriction.figures-missing", &[("text", text), ("what", "chemistry, packing")]);
    };
    let (cell_limit, battery_limit, unit) = match chemistry {
        Chemistry::LiIon => (ION_CELL_WH, ION_BATTERY_WH, "Wh"),
        Chemistry::LiMetal => (METAL_CELL_G, METAL_BATTERY_G, "g"),
    };
    let Some(figures) = BatteryFigures::of(b) else {
        let what = if chemistry == Chemistry::LiIon { "wattHours" } else { "lithiumGrams" };
        return ctx.finding(&RULE, field, "battery-restriction.figures-missing", &[("text", text), ("what", what)]);
    };
    let BatteryFigures { per_battery, cells, batteries, cells_unknown, .. } = figures;
    let shown = |v: Decimal| format!("{} {unit}", v.normalize());
    let params = [
        ("text", text.to_string()),
        ("channel", channel),
        ("value", shown(per_battery)),
        ("limit", format!("{battery_limit} {unit}")),
        ("cellLimit", format!("{cell_limit} {unit}")),
        ("cells", cells.to_string()),
        ("batteries", batteries.to_string()),
        ("what", "cells".to_string()),
    ];
    // Within the limits, or (a pack over the cell limit without its cell count) the
    // number of cells asked for.
    let (within, severity) = if cells_unknown {
        ("battery-restriction.figures-missing", Severity::Warning)
    } else {
        ("battery-restriction.within", Severity::Info)
    };
    let params: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
    // Lithium-ion charged to at most 30%: batteries alone (UN3480) since 2016-04-01,
    // packed with the equipment (UN3481) from 2026-01-01 (compliance/battery_limits.csv).
    let (year, month) = if packing == Packing::Alone { (2016, 4) } else { (2026, 1) };
    let soc_rule =
        chemistry == Chemistry::LiIon && packing != Packing::Installed && ctx.date >= crate::base::date::Date { year, month, day: 1 };
    if postal {
        if packing != Packing::Installed {
            return ctx.finding(&RULE, field, "battery-restriction.post-not-installed", &params).with_severity(Severity::Error);
        }
        if figures.over_post_limits() {
            let key = if figures.over_limits { "post-over-limit" } else { "post-too-many" };
            return ctx.finding(&RULE, field, &["battery-restriction.", key].concat(), &params).with_severity(Severity::Error);
        }
        return ctx.finding(&RULE, field, within, &params).with_severity(severity);
    }
    if figures.over_limits {
        return ctx.finding(&RULE, field, "battery-restriction.fully-regulated", &params).with_severity(Severity::Warning);
    }
    if packing == Packing::Alone {
        // General trade may go by sea as well as by air.
        let by = if ctx.channel.effective == Channel::GeneralTrade { "cargo" } else { "express" };
        let key = ["battery-restriction.alone-", by, if soc_rule { "-soc" } else { "" }].concat();
        return ctx.finding(&RULE, field, &key, &params).with_severity(Severity::Warning);
    }
    if soc_rule {
        return ctx.finding(&RULE, field, "battery-restriction.soc", &params).with_severity(Severity::Warning);
    }
    ctx.finding(&RULE, field, within, &params).with_severity(severity)
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
        // Named but without figures: a warning that asks for them.
        assert_eq!(battery("Bluetooth wireless earbuds", "postal"), Some(Severity::Warning));
        assert_eq!(battery("Bluetooth wireless earbuds", "express"), Some(Severity::Warning));
        assert_eq!(battery("Electric scooter", "postal"), Some(Severity::Error));
        assert_eq!(battery("Cotton T-shirt", "postal"), None);
        // Tablets of a medicine named as one are no tablet computer.
        assert_eq!(battery("Sildenafil Tablets 100mg", "postal"), None);
        // A spare battery is a battery shipped alone; a charger for cells is not one.
        assert_eq!(battery("Replacement laptop battery for Dell", "postal"), Some(Severity::Error));
        // A laptop's replacement part is the part: a battery alone, a keyboard with none.
        assert_eq!(battery("Laptop Replacement Battery for Dell Latitude", "postal"), Some(Severity::Error));
        assert_eq!(battery("Phone Replacement Battery for iPhone 11", "postal"), Some(Severity::Error));
        assert_eq!(battery("Laptop Replacement Keyboard for Lenovo ThinkPad", "postal"), None);
        assert_eq!(battery("18650 lithium battery 3000mAh", "postal"), Some(Severity::Error));
        assert_eq!(battery("Lithium battery charger for 18650 cells", "postal"), None);
        assert_eq!(battery("Battery holder 18650 4 slots", "postal"), None);
        // What the goods fit lends them no battery.
        assert_eq!(battery("Cover for Power Bank", "postal"), None);
        assert_eq!(battery("Stand for Smart Watch", "postal"), None);
        // A cordless tool with its battery, and sold without one.
        assert_eq!(battery("Cordless Drill 20V", "postal"), Some(Severity::Warning));
        assert_eq!(battery("Cordless Drill 20V Tool Only Without Battery", "postal"), None);
        assert_eq!(battery("电动扳手 裸机 不含电池", "postal"), None);
        // A vape's pods hold its liquid, no battery; a pod kit is the device.
        assert_eq!(battery("电子烟烟弹", "express"), None);
        assert_eq!(battery("Vape Pods Prefilled 2ml 4 Pack", "express"), None);
        assert_eq!(battery("Vape Pod Kit 1000mAh Refillable", "express"), Some(Severity::Warning));
        // A battery named after goods that carry one is theirs; after other goods, or
        // as a replacement for them, a battery alone.
        assert_eq!(battery("Heated Gloves Rechargeable Battery", "postal"), Some(Severity::Warning));
        assert_eq!(battery("Heated Vest USB Rechargeable Battery Pack Included", "postal"), Some(Severity::Warning));
        assert_eq!(battery("Heated Socks Rechargeable Battery 5000mAh", "postal"), Some(Severity::Warning));
        assert_eq!(battery("Heated Hat Rechargeable Battery", "postal"), Some(Severity::Warning));
        assert_eq!(battery("Replacement Battery for Heated Gloves", "postal"), Some(Severity::Error));
        assert_eq!(battery("Drill Battery 18V Replacement", "postal"), Some(Severity::Error));
        assert_eq!(battery("Camera Battery Rechargeable 2 Pack", "postal"), Some(Severity::Error));
        assert_eq!(battery("Rechargeable Battery 18650 3000mAh", "postal"), Some(Severity::Error));
    }

    fn figures(channel: &str, battery: serde_json::Value, date: &str) -> (Option<Severity>, String) {
        let d = with(with(base(), "/items/0/description", json!("Laptop computer 14 inch")), "/channel", json!(channel));
        let d = with(with(d, "/items/0/battery", battery), "/date", json!(date));
        let r = crate::check_json(&d, &crate::Options::default()).unwrap();
        let f = r.findings.into_iter().find(|f| f.rule == "battery-restriction");
        (f.as_ref().map(|f| f.severity), f.map(|f| f.message).unwrap_or_default())
    }

    #[test]
    fn batteries_by_their_figures() {
        let now = "2026-07-01";
        let laptop = json!({"chemistry": "li-ion", "packing": "installed", "wattHours": "56", "cells": 3, "batteries": 1});
        assert_eq!(figures("postal", laptop.clone(), now).0, Some(Severity::Info));
        assert_eq!(figures("express", laptop, now).0, Some(Severity::Info));
        // A 150 Wh mower battery: over the post limit; by express fully regulated.
        let mower = json!({"chemistry": "li-ion", "packing": "installed", "wattHours": "150", "cells": 10, "batteries": 1});
        assert_eq!(figures("postal", mower.clone(), now).0, Some(Severity::Error));
        assert_eq!(figures("express", mower, now).0, Some(Severity::Warning));
        // 2 batteries pass by post, 3 (of 2 cells each, 6 cells) do not.
        let two = json!({"chemistry": "li-ion", "packing": "installed", "wattHours": "10", "cells": 4, "batteries": 2});
        assert_eq!(figures("postal", two, now).0, Some(Severity::Info));
        let three = json!({"chemistry": "li-ion", "packing": "installed", "wattHours": "10", "cells": 6, "batteries": 3});
        assert_eq!(figures("postal", three, now).0, Some(Severity::Error));
        // Loose or packed-with: never by post; by express with 30% charge from 2026-01-01.
        let loose = json!({"chemistry": "li-ion", "packing": "alone", "wattHours": "37", "cells": 3});
        assert_eq!(figures("postal", loose.clone(), now).0, Some(Severity::Error));
        assert!(figures("express", loose.clone(), now).1.contains("30%"));
        // Alone, the 30% charge has held since 2016-04-01; packed with the equipment, from
        // 2026-01-01; general trade may go by sea.
        assert!(figures("express", loose.clone(), "2025-12-31").1.contains("30%"));
        assert!(!figures("express", loose.clone(), "2016-03-31").1.contains("30%"));
        assert!(figures("general-trade", loose, now).1.contains("IMDG"));
        let with = json!({"chemistry": "li-ion", "packing": "packed-with", "wattHours": "37", "cells": 3});
        assert!(figures("express", with.clone(), now).1.contains("30%"));
        assert_eq!(figures("express", with, "2025-12-31").0, Some(Severity::Info));
        // Lithium metal by grams; figures missing ask for them.
        let coin = json!({"chemistry": "li-metal", "packing": "installed", "lithiumGrams": "0.1"});
        assert_eq!(figures("postal", coin, now).0, Some(Severity::Info));
        let bare = json!({"chemistry": "li-ion", "packing": "installed"});
        let (severity, message) = figures("postal", bare, now);
        assert_eq!(severity, Some(Severity::Warning));
        assert!(message.contains("wattHours"), "{message}");
        // A 37 Wh pack without its cell count is neither one 37 Wh cell (fully regulated)
        // nor within the limits: the number of cells is asked for; with 3 cells it is within.
        let pack = json!({"chemistry": "li-ion", "packing": "installed", "wattHours": "37"});
        let (severity, message) = figures("express", pack.clone(), now);
        assert_eq!(severity, Some(Severity::Warning));
        assert!(message.contains("cells") && !message.contains("Section II"), "{message}");
        assert_eq!(figures("postal", pack, now).0, Some(Severity::Warning));
        let packed = json!({"chemistry": "li-ion", "packing": "installed", "wattHours": "37", "cells": 3});
        assert_eq!(figures("express", packed, now).0, Some(Severity::Info));
        // Loose, the charge rule speaks first; one cell of 37 Wh is over the cell limit.
        let loose = json!({"chemistry": "li-ion", "packing": "alone", "wattHours": "37"});
        assert!(figures("express", loose, now).1.contains("30%"));
        let one_cell = json!({"chemistry": "li-ion", "packing": "installed", "wattHours": "37", "cells": 1});
        assert!(figures("express", one_cell, now).1.contains("Section II"));
    }
}
