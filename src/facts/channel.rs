//! Which channel suits the shipment, following the clearance process's advice:
//! low-value samples by post, high-value goods by commercial express, volume as a
//! general-trade declaration; and which channels refuse it.

use crate::base::date::Date;
use crate::facts::controls::Relic;
use crate::facts::goods::ItemFacts;
use crate::input::declaration::{Battery, Channel, Chemistry, Declaration, Packing, Purpose};
use crate::knowledge::data::china::{self, ControlState, PieceLimit};
use crate::knowledge::messages::{text, Lang};
use crate::knowledge::money::{format_amount, Converter, CN22_LIMIT_SDR};
use crate::knowledge::vocabulary::flag;
use crate::report::{ChannelAdvice, Unsuitable};
use rust_decimal::Decimal;

/// Section II / UPU limits (compliance/battery_limits.csv): li-ion 20 Wh a cell and
/// 100 Wh a battery; li-metal 1 g a cell and 2 g a battery. Post: at most 4 cells or 2
/// batteries an item, installed in the equipment only.
pub const ION_CELL_WH: u32 = 20;
pub const ION_BATTERY_WH: u32 = 100;
pub const METAL_CELL_G: u32 = 1;
pub const METAL_BATTERY_G: u32 = 2;
pub const POST_MAX_CELLS: u32 = 4;
pub const POST_MAX_BATTERIES: u32 = 2;

/// A battery's stated figures against the Section II limits.
pub struct BatteryFigures {
    /// Wh (li-ion) or g of lithium (li-metal) a battery.
    pub per_battery: Decimal,
    pub cells: u32,
    pub batteries: u32,
    /// A pack over the cell limit whose cell count is not given: nothing is assumed (a
    /// 37 Wh power bank is not one 37 Wh cell).
    pub cells_unknown: bool,
    /// Over a cell's or a battery's Section II limit.
    pub over_limits: bool,
}

impl BatteryFigures {
    /// None when the chemistry or its figure is not stated.
    pub fn of(b: &Battery) -> Option<BatteryFigures> {
        let (per_battery, cell_limit, battery_limit) = match b.chemistry? {
            Chemistry::LiIon => (b.watt_hours?, ION_CELL_WH, ION_BATTERY_WH),
            Chemistry::LiMetal => (b.lithium_grams?, METAL_CELL_G, METAL_BATTERY_G),
        };
        let cells = b.cells.unwrap_or(1).max(1);
        let batteries = b.batteries.unwrap_or(1).max(1);
        // A battery's energy (or lithium) is shared by its cells: cells per battery = cells / batteries.
        let cells_per_battery = (Decimal::from(cells) / Decimal::from(batteries)).max(Decimal::ONE);
        let cells_unknown = b.cells.is_none() && per_battery > Decimal::from(cell_limit);
        let over_cell = !cells_unknown && per_battery / cells_per_battery > Decimal::from(cell_limit);
        let over_limits = over_cell || per_battery > Decimal::from(battery_limit);
        Some(BatteryFigures { per_battery, cells, batteries, cells_unknown, over_limits })
    }

    /// Post refuses it: over a cell's or a battery's limit, or more cells and batteries
    /// than an item may hold.
    pub fn over_post_limits(&self) -> bool {
        self.over_limits || self.cells > POST_MAX_CELLS && self.batteries > POST_MAX_BATTERIES
    }
}

#[derive(Debug, Clone)]
pub struct ChannelPlan {
    pub advice: ChannelAdvice,
    /// The goods value in SDR, for the CN22/CN23 line.
    pub value_sdr: Option<Decimal>,
    pub value_usd: Option<Decimal>,
    /// The channel the documents are worked out for: the seller's, else the suggestion.
    pub effective: Channel,
}

/// The clearance process's advice, on sourced lines: post for low-value goods (within the
/// 300 SDR CN22 line, UPU) that post accepts; express for higher values and what post
/// refuses (express agents also file formal declarations); general trade when the
/// exporter wants a refund, the goods need a licence, or goods past the low-value limit
/// (CNY 5,000, GACC 2018 No.119) travel in several parcels: one declaration covers them.
pub fn advise(
    decl: &Declaration,
    items: &[ItemFacts],
    goods_total: Option<Decimal>,
    date: Date,
    lang: Lang,
    money: &mut Converter,
) -> ChannelPlan {
    let say = |key: &str, params: &[(&str, &str)]| text(lang, key, params);
    let currency = decl.currency.as_deref().unwrap_or("");
    let mut conv = |to: &str| goods_total.and_then(|total| money.convert(total, currency, to));
    let value_usd = conv("USD");
    let value_sdr = conv("XDR");
    let value_cny = conv("CNY");
    let flags = items.iter().fold(0, |acc, f| acc | f.flags);
    let weight = decl.gross_weight_kg;

    let mut unsuitable: Vec<Unsuitable> = Vec::new();
    // One reason a channel (the first found); true when this one was it.
    let add = |unsuitable: &mut Vec<Unsuitable>, channel: Channel, refuses: bool, key: &str, params: &[(&str, &str)]| {
        let first = !unsuitable.iter().any(|u| u.channel == channel);
        if first {
            unsuitable.push(Unsuitable { channel, reason: say(key, params), refuses, source: None });
        }
        first
    };
    // Weapons and narcotics, and what prohibited-item reads from the controls: goods China
    // bans from export (a ban that applies at the date, a relic made before 1912) leave by
    // no channel.
    let banned = items.iter().any(|f| {
        let c = &f.controls;
        c.prohibited.as_ref().is_some_and(|h| h.state != ControlState::Suspended) || matches!(c.relic, Some(Relic::Prohibited(_)))
    });
    if flags & (flag::WEAPON | flag::NARCOTIC) != 0 || banned {
        let key = if banned { "channel.refuses-export-banned" } else { "channel.refuses-prohibited" };
        add(&mut unsuitable, Channel::Postal, true, key, &[]);
        add(&mut unsuitable, Channel::Express, true, key, &[]);
    }
    // prohibited-item's own reading: tobacco and e-cigarettes are not admitted by post to
    // most destinations (UPU Convention art. 19 lets each post refuse them; most do).
    if flags & flag::TOBACCO != 0 {
        add(&mut unsuitable, Channel::Postal, true, "channel.post-refuses-tobacco", &[]);
    }
    if flags & flag::BATTERY_ALONE != 0 {
        add(&mut unsuitable, Channel::Postal, true, "channel.post-refuses-loose-batteries", &[]);
    }
    if flags & flag::BATTERY_VEHICLE != 0 {
        add(&mut unsuitable, Channel::Postal, true, "channel.post-refuses-battery-vehicles", &[]);
    }
    // Stated figures post refuses: a battery beside the equipment or alone, or over the
    // limits ("a 120 Wh laptop battery" is not for post, whatever the goods' words say).
    let refused_battery =
        |b: &Battery| b.packing.is_some_and(|p| p != Packing::Installed) || BatteryFigures::of(b).is_some_and(|f| f.over_post_limits());
    if decl.items.iter().filter_map(|i| i.battery.as_ref()).any(refused_battery) {
        add(&mut unsuitable, Channel::Postal, true, "channel.post-refuses-battery-figures", &[]);
    }
    if flags & flag::DANGEROUS != 0 || items.iter().any(|f| f.controls.hazardous.is_some()) {
        add(&mut unsuitable, Channel::Postal, true, "channel.post-refuses-dangerous", &[]);
    }
    // A piece's weight is what post and express limit (piece_weight_limits.csv): the gross
    // weight over the pieces, compared as the gross weight against the limit times them.
    // Express takes a shipment in as many pieces as it needs: its limit is judged only when
    // the pieces are known (`parcels` given, or one unit of goods); else no count is.
    let pieces = decl.parcels.max(1);
    let one_unit = matches!(decl.items.as_slice(), [only] if only.quantity == Some(Decimal::ONE));
    let express_pieces = if decl.parcels_given || one_unit { pieces } else { u32::MAX };
    let too_heavy_for = |channel: &str, pieces: u32| {
        china::piece_limit(channel, date).filter(|l| weight.is_some_and(|w| w > Decimal::from(l.limit_kg.saturating_mul(pieces))))
    };
    // The weight limits' reasons carry their source (the rule's finding shows it).
    let add_limit = |unsuitable: &mut Vec<Unsuitable>, channel: Channel, refuses: bool, key: &str, limit: &'static PieceLimit| {
        if add(unsuitable, channel, refuses, key, &[("limit", &limit.limit_kg.to_string())]) {
            if let Some(u) = unsuitable.last_mut() {
                u.source = Some(limit.source);
            }
        }
    };
    if let Some(limit) = too_heavy_for("postal", pieces) {
        add_limit(&mut unsuitable, Channel::Postal, true, "channel.post-too-heavy", limit);
    }
    let freight = too_heavy_for("express", express_pieces);
    if let Some(limit) = freight {
        add_limit(&mut unsuitable, Channel::Express, false, "channel.express-too-heavy", limit);
    }
    if decl.seeks_tax_refund() {
        add(&mut unsuitable, Channel::Postal, true, "channel.refund-needs-general-trade", &[]);
        // Express brokers can file the declaration form a refund needs, at a cost: a
        // poor fit, not a refusal.
        add(&mut unsuitable, Channel::Express, false, "channel.refund-by-express", &[]);
    }

    let licence = items.iter().any(crate::facts::clearance::needs_licence);
    let low_value_limit = china::limit("low-value-goods", "express", decl.destination.as_deref().unwrap_or(""), date);
    let past_low_value = low_value_limit.zip(value_cny).filter(|(l, v)| *v > Decimal::from(l.limit_cny));
    let cny = |v: Decimal| format!("CNY {}", format_amount(v, "CNY"));
    let volume = past_low_value.is_some() && decl.parcels > 1;
    let low_value = value_sdr.is_some_and(|v| v <= Decimal::from(CN22_LIMIT_SDR));
    let postal_ok = !unsuitable.iter().any(|u| u.channel == Channel::Postal);
    let usd = |v: Option<Decimal>| v.map(|v| format_amount(v, "USD")).unwrap_or_else(|| "?".into());
    let mut reasons = Vec::new();
    let suggested = if decl.seeks_tax_refund() || licence || volume || freight.is_some() {
        if decl.seeks_tax_refund() {
            reasons.push(say("channel.why-refund", &[]));
        }
        if licence {
            reasons.push(say("channel.why-licence", &[]));
        }
        if let (true, Some((limit, value))) = (volume, past_low_value) {
            let params = [("value", cny(value)), ("limit", cny(Decimal::from(limit.limit_cny))), ("parcels", decl.parcels.to_string())];
            let params: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
            reasons.push(say("channel.why-volume", &params));
        }
        if let (Some(limit), Some(total)) = (freight, weight) {
            let params = [("total", total.to_string()), ("parcels", pieces.to_string()), ("limit", limit.limit_kg.to_string())];
            let params: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
            reasons.push(say("channel.why-freight", &params));
        }
        Channel::GeneralTrade
    } else if postal_ok && low_value {
        reasons.push(say("channel.why-postal", &[("value", &usd(value_usd))]));
        if matches!(decl.purpose, Purpose::Sample | Purpose::Gift) {
            reasons.push(say("channel.why-postal-sample", &[]));
        }
        Channel::Postal
    } else {
        if value_sdr.is_some_and(|v| v > Decimal::from(CN22_LIMIT_SDR)) {
            reasons.push(say("channel.why-express-value", &[("value", &usd(value_usd))]));
        }
        if let Some((limit, value)) = past_low_value {
            reasons.push(say("channel.why-express-formal", &[("value", &cny(value)), ("limit", &cny(Decimal::from(limit.limit_cny)))]));
        }
        if let Some(refusal) = unsuitable.iter().find(|u| u.channel == Channel::Postal) {
            // Name post's own reason: "refuses these goods" misleads when only the weight is
            // over. Refused by express too (weapons, banned exports), the goods have no way out.
            let none = unsuitable.iter().any(|u| u.channel == Channel::Express && u.refuses);
            if none {
                reasons.clear();
            }
            let key = if none { "channel.why-none" } else { "channel.why-express-postal-refuses" };
            reasons.push(say(key, &[("why", &refusal.reason)]));
        }
        if reasons.is_empty() {
            reasons.push(say("channel.why-express", &[]));
        }
        Channel::Express
    };
    // Goods past the low-value limit by post clear as a formal declaration, slowly.
    if past_low_value.is_some() && !decl.seeks_tax_refund() {
        add(&mut unsuitable, Channel::Postal, false, "channel.volume-not-postal", &[]);
    }
    let effective = decl.channel.unwrap_or(suggested);
    ChannelPlan { advice: ChannelAdvice { suggested, reasons, unsuitable }, value_sdr, value_usd, effective }
}

#[cfg(test)]
mod tests {
    use crate::input::declaration::Channel;
    use crate::{base::date::Date, check_json, Options};
    use serde_json::{json, Value};

    fn suggested(extra: Value, price: &str) -> Channel {
        let mut d = json!({"destination": "DE", "currency": "CNY",
            "items": [{"description": "Ceramic coffee mug 350ml", "hsCode": "6912.00", "quantity": 1, "unitPrice": price}]});
        for (k, v) in extra.as_object().unwrap() {
            d[k] = v.clone();
        }
        check_json(&d, &Options { date: Date::parse("2026-07-01"), ..Options::default() }).unwrap().channel.suggested
    }

    #[test]
    fn suggestions_follow_sourced_lines() {
        // 300 SDR is about CNY 2,900: post below it, express above it.
        assert_eq!(suggested(json!({"purpose": "sample"}), "200"), Channel::Postal);
        assert_eq!(suggested(json!({}), "3500"), Channel::Express);
        // Past the CNY 5,000 low-value limit: express for one parcel, general trade for several.
        assert_eq!(suggested(json!({}), "8000"), Channel::Express);
        assert_eq!(suggested(json!({"parcels": 3}), "8000"), Channel::GeneralTrade);
        assert_eq!(suggested(json!({"parcels": 3}), "4000"), Channel::Express);
        // A refund needs a declaration form at any value.
        assert_eq!(suggested(json!({"wantsTaxRefund": true}), "100"), Channel::GeneralTrade);
        // What post refuses goes by express even when cheap.
        assert_eq!(suggested(json!({"grossWeightKg": "35"}), "100"), Channel::Express);
        // Weight limits are a piece's (piece_weight_limits.csv): the gross weight spread
        // over the parcels. Past express's 70 kg a piece the goods travel as freight.
        assert_eq!(suggested(json!({"grossWeightKg": "60", "parcels": 3, "purpose": "sample"}), "200"), Channel::Postal);
        assert_eq!(suggested(json!({"grossWeightKg": "100", "parcels": 2}), "200"), Channel::Express);
        assert_eq!(suggested(json!({"grossWeightKg": "700"}), "200"), Channel::GeneralTrade);
        assert_eq!(suggested(json!({"grossWeightKg": "700", "parcels": 10}), "200"), Channel::Express);
        // Express's limit needs the pieces known: 20 chairs of 90 kg in all may be in
        // several boxes; said to be one piece, they are freight.
        let chairs = |extra: Value| {
            let mut d = json!({"destination": "US", "currency": "USD", "grossWeightKg": "90",
                "items": [{"description": "Folding camping chair", "hsCode": "9401.71", "quantity": 20, "unitPrice": "8"}]});
            for (k, v) in extra.as_object().unwrap() {
                d[k] = v.clone();
            }
            check_json(&d, &Options { date: Date::parse("2026-07-01"), ..Options::default() }).unwrap().channel.suggested
        };
        assert_eq!(chairs(json!({})), Channel::Express);
        assert_eq!(chairs(json!({"parcels": 1})), Channel::GeneralTrade);
    }

    /// A battery's stated figures that post refuses send the goods by express, whatever
    /// their words say: a laptop's 120 Wh battery, a tracker's 3 g of lithium metal, a
    /// coin cell packed beside the scale; a phone's 15 Wh battery installed stays post's.
    #[test]
    fn stated_battery_figures_post_refuses_take_the_goods_to_express() {
        let with_battery = |description: &str, battery: Value| {
            let d = json!({"destination": "DE", "currency": "USD",
                "items": [{"description": description, "quantity": 1, "unitPrice": "20", "battery": battery}]});
            check_json(&d, &Options { date: Date::parse("2026-07-01"), ..Options::default() }).unwrap().channel.suggested
        };
        let ion = |packing: &str, wh: &str| json!({"chemistry": "li-ion", "packing": packing, "wattHours": wh, "cells": 1, "batteries": 1});
        assert_eq!(with_battery("Smartphone 6.5 inch", ion("installed", "15")), Channel::Postal);
        assert_eq!(with_battery("Mobile workstation laptop", ion("installed", "120")), Channel::Express);
        assert_eq!(with_battery("Kitchen scale", ion("packed-with", "0.5")), Channel::Express);
        let metal = json!({"chemistry": "li-metal", "packing": "installed", "lithiumGrams": "3", "cells": 1, "batteries": 1});
        assert_eq!(with_battery("GPS tracker", metal), Channel::Express);
    }

    /// A weight limit's source goes with its own reason only: post refusing dangerous goods
    /// first keeps that reason, sourceless, when the parcel is too heavy as well.
    #[test]
    fn a_limits_source_stays_with_its_reason() {
        let d = json!({"destination": "GB", "currency": "USD", "grossWeightKg": "40",
            "items": [{"description": "Hair spray strong hold 300ml", "quantity": 1, "unitPrice": "20"}]});
        let advice = check_json(&d, &Options { date: Date::parse("2026-07-01"), ..Options::default() }).unwrap().channel;
        let post = advice.unsuitable.iter().find(|u| u.channel == Channel::Postal).expect("post unsuitable");
        assert!(!post.reason.contains("30 kg") && post.source.is_none(), "{post:?}");
        let heavy = json!({"destination": "GB", "currency": "USD", "grossWeightKg": "40",
            "items": [{"description": "Ceramic coffee mug", "quantity": 1, "unitPrice": "20"}]});
        let advice = check_json(&heavy, &Options { date: Date::parse("2026-07-01"), ..Options::default() }).unwrap().channel;
        assert!(advice.unsuitable[0].source.is_some_and(|s| s.contains("postal_limits")), "{:?}", advice.unsuitable);
    }

    /// Goods named "gun" that are tools are no weapon for the channel either: prohibited-item
    /// and the channel advice read the same facts.
    #[test]
    fn a_tool_named_gun_is_no_prohibited_good() {
        let advice = |description: &str| {
            let d = json!({"destination": "US", "currency": "USD", "channel": "postal",
                "items": [{"description": description, "quantity": 1, "unitPrice": "20"}]});
            check_json(&d, &Options { date: Date::parse("2026-07-01"), ..Options::default() }).unwrap().channel
        };
        for tool in ["Radar gun speed detector", "Tire inflator gun with gauge", "Cocktail smoking gun", "Jerky gun"] {
            assert!(advice(tool).unsuitable.is_empty(), "{tool}: {:?}", advice(tool).unsuitable);
        }
        assert!(advice("Airsoft gun metal replica pistol").unsuitable.iter().any(|u| u.channel == Channel::Postal && u.refuses));
    }

    /// Goods China bans from export leave by no channel, and the advice says so rather than
    /// name one that would take them; a hazardous chemical is refused by post.
    #[test]
    fn banned_exports_leave_by_no_channel() {
        let advice = |description: &str, extra: Value| {
            let mut d = json!({"destination": "US", "currency": "USD",
                "items": [{"description": description, "quantity": 1, "unitPrice": "20"}]});
            for (k, v) in extra.as_object().unwrap() {
                d["items"][0][k] = v.clone();
            }
            check_json(&d, &Options { date: Date::parse("2026-07-01"), ..Options::default() }).unwrap().channel
        };
        for (goods, extra) in [("Hardwood lump charcoal for BBQ", json!({})), ("Carved jade vase", json!({"yearMade": 1850}))] {
            let a = advice(goods, extra);
            assert_eq!(a.unsuitable.iter().filter(|u| u.refuses).count(), 2, "{goods}: {a:?}");
            assert!(a.reasons.len() == 1 && a.reasons[0].starts_with("No channel takes these goods"), "{goods}: {a:?}");
        }
        let chemical = advice("硝酸钾 工业级", json!({}));
        assert!(chemical.unsuitable.iter().any(|u| u.channel == Channel::Postal && u.refuses), "{chemical:?}");
        assert_eq!(chemical.suggested, Channel::Express);
        let mug = advice("Ceramic coffee mug", json!({}));
        assert!(mug.unsuitable.is_empty() && mug.suggested == Channel::Postal, "{mug:?}");
    }

    #[test]
    fn post_refuses_tobacco_as_prohibited_item_says() {
        let d = json!({"destination": "GB", "currency": "USD", "channel": "postal",
            "items": [{"description": "Disposable vape pen e-cigarette", "quantity": 1, "unitPrice": "20"}]});
        let advice = check_json(&d, &Options { date: Date::parse("2026-07-01"), ..Options::default() }).unwrap().channel;
        assert_eq!(advice.suggested, Channel::Express);
        assert!(
            advice.unsuitable.iter().any(|u| u.channel == Channel::Postal && u.reason.contains("e-cigarettes")),
            "{:?}",
            advice.unsuitable
        );
    }
}
