//! Which channel suits the shipment, following the clearance process's advice:
//! low-value samples by post, high-value goods by commercial express, volume as a
//! general-trade declaration; and which channels refuse it.

use crate::declaration::{Channel, Declaration, Purpose};
use crate::goods::ItemFacts;
use crate::messages::{text, Lang};
use crate::money::{format_amount, RateUsed, Rates};
use crate::report::{ChannelAdvice, Unsuitable};
use crate::vocabulary::flag;
use rust_decimal::Decimal;

/// UPU: a CN22 covers items up to 300 SDR; above it a CN23 is needed.
pub const CN22_LIMIT_SDR: u32 = 300;
/// Post (EMS and parcels) takes at most 30 kg a parcel; express takes up to 70 kg a piece.
const POSTAL_MAX_KG: u32 = 30;
/// Beyond these a shipment is volume trade: a formal declaration with a broker.
const VOLUME_MAX_KG: u32 = 100;
const VOLUME_MAX_PARCELS: u32 = 10;
const VOLUME_MAX_QUANTITY: u32 = 1000;
const VOLUME_MAX_USD: u32 = 5000;

#[derive(Debug, Clone)]
pub struct ChannelPlan {
    pub advice: ChannelAdvice,
    /// The goods value in SDR, for the CN22/CN23 line.
    pub value_sdr: Option<Decimal>,
    pub value_usd: Option<Decimal>,
    /// The channel the documents are worked out for: the seller's, else the suggestion.
    pub effective: Channel,
}

pub fn advise(
    decl: &Declaration,
    items: &[ItemFacts],
    goods_total: Option<Decimal>,
    rates: &Rates,
    lang: Lang,
    used: &mut Vec<RateUsed>,
) -> ChannelPlan {
    let say = |key: &str, params: &[(&str, &str)]| text(lang, key, params);
    let currency = decl.currency.as_deref().unwrap_or("");
    let mut conv = |to: &str| -> Option<Decimal> {
        let (v, r) = rates.convert(goods_total?, currency, to)?;
        for rate in r {
            if !used.contains(&rate) {
                used.push(rate);
            }
        }
        Some(v)
    };
    let value_usd = conv("USD");
    let value_sdr = conv("XDR");
    let flags = items.iter().fold(0, |acc, f| acc | f.flags);
    let weight = decl.gross_weight_kg;
    let quantity: Decimal = decl.items.iter().filter_map(|i| i.quantity).fold(Decimal::ZERO, |a, q| a.saturating_add(q));

    let mut unsuitable: Vec<Unsuitable> = Vec::new();
    let refuse = |unsuitable: &mut Vec<Unsuitable>, channel: Channel, key: &str, params: &[(&str, &str)]| {
        if !unsuitable.iter().any(|u| u.channel == channel) {
            unsuitable.push(Unsuitable { channel, reason: say(key, params) });
        }
    };
    if flags & (flag::WEAPON | flag::NARCOTIC) != 0 {
        refuse(&mut unsuitable, Channel::Postal, "channel.refuses-prohibited", &[]);
        refuse(&mut unsuitable, Channel::Express, "channel.refuses-prohibited", &[]);
    }
    if flags & flag::BATTERY_ALONE != 0 {
        refuse(&mut unsuitable, Channel::Postal, "channel.post-refuses-loose-batteries", &[]);
    }
    if flags & flag::BATTERY_VEHICLE != 0 {
        refuse(&mut unsuitable, Channel::Postal, "channel.post-refuses-battery-vehicles", &[]);
    }
    if flags & flag::DANGEROUS != 0 {
        refuse(&mut unsuitable, Channel::Postal, "channel.post-refuses-dangerous", &[]);
    }
    if weight.is_some_and(|w| w > Decimal::from(POSTAL_MAX_KG)) {
        refuse(&mut unsuitable, Channel::Postal, "channel.post-too-heavy", &[("limit", &POSTAL_MAX_KG.to_string())]);
    }
    if decl.wants_tax_refund {
        refuse(&mut unsuitable, Channel::Postal, "channel.refund-needs-general-trade", &[]);
        refuse(&mut unsuitable, Channel::Express, "channel.refund-needs-general-trade", &[]);
    }

    let volume = decl.wants_tax_refund
        || weight.is_some_and(|w| w > Decimal::from(VOLUME_MAX_KG))
        || decl.parcels > VOLUME_MAX_PARCELS
        || quantity > Decimal::from(VOLUME_MAX_QUANTITY)
        || value_usd.is_some_and(|v| v > Decimal::from(VOLUME_MAX_USD));
    let low_value = value_sdr.is_some_and(|v| v <= Decimal::from(CN22_LIMIT_SDR));
    let postal_ok = !unsuitable.iter().any(|u| u.channel == Channel::Postal);
    let usd = |v: Option<Decimal>| v.map(|v| format_amount(v, "USD")).unwrap_or_else(|| "?".into());
    let mut reasons = Vec::new();
    let suggested = if volume {
        if decl.wants_tax_refund {
            reasons.push(say("channel.why-refund", &[]));
        }
        if value_usd.is_some_and(|v| v > Decimal::from(VOLUME_MAX_USD)) {
            reasons.push(say("channel.why-high-value-trade", &[("value", &usd(value_usd)), ("limit", &VOLUME_MAX_USD.to_string())]));
        }
        if weight.is_some_and(|w| w > Decimal::from(VOLUME_MAX_KG))
            || decl.parcels > VOLUME_MAX_PARCELS
            || quantity > Decimal::from(VOLUME_MAX_QUANTITY)
        {
            reasons.push(say("channel.why-volume", &[]));
        }
        Channel::GeneralTrade
    } else if postal_ok
        && (low_value
            || matches!(decl.purpose, Purpose::Sample | Purpose::Gift | Purpose::Documents)
                && !value_usd.is_some_and(|v| v > Decimal::from(400)))
    {
        reasons.push(say("channel.why-postal", &[("value", &usd(value_usd))]));
        if matches!(decl.purpose, Purpose::Sample | Purpose::Gift) {
            reasons.push(say("channel.why-postal-sample", &[]));
        }
        Channel::Postal
    } else {
        if value_sdr.is_some_and(|v| v > Decimal::from(CN22_LIMIT_SDR)) {
            reasons.push(say("channel.why-express-value", &[("value", &usd(value_usd))]));
        }
        if !postal_ok {
            reasons.push(say("channel.why-express-postal-refuses", &[]));
        }
        if reasons.is_empty() {
            reasons.push(say("channel.why-express", &[]));
        }
        Channel::Express
    };
    // Volume by post or express clears item by item, slowly; say so when it applies.
    if volume && !decl.wants_tax_refund {
        refuse(&mut unsuitable, Channel::Postal, "channel.volume-not-postal", &[]);
    }
    let effective = decl.channel.unwrap_or(suggested);
    ChannelPlan { advice: ChannelAdvice { suggested, reasons, unsuitable }, value_sdr, value_usd, effective }
}
