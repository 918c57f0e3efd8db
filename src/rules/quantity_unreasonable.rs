use crate::input::declaration::Purpose;
use crate::knowledge::data::ThresholdKind;
use crate::report::Finding;
use crate::rules::context::Context;
use rust_decimal::Decimal;

declare_rule! {
    /// **What it checks**: quantities that do not fit the declaration: a gift or sample in
    /// commercial quantities (more than 10 of a kind as a gift, 20 as samples) or with a
    /// high value (over USD 100 for a gift, unless the destination levies neither duty nor
    /// import tax), a net weight above the gross weight, a weight per piece out of
    /// proportion, or a quantity no parcel could hold.
    /// **Why customs cares**: "quantity or amount obviously unreasonable" is among the
    /// commonest errors; commercial quantities declared as gifts or samples are treated
    /// as disguised sales (gift reliefs: US USD 100, EU EUR 45, UK GBP 39, person to person
    /// only).
    /// **What to do**: declare commercial quantities as a sale, correct the figures, or
    /// send fewer.
    pub static RULE = "quantity-unreasonable", "PC407", Warning;
}

const GIFT_MAX_PER_LINE: u32 = 10;
const SAMPLE_MAX_PER_LINE: u32 = 20;
const GIFT_MAX_USD: u32 = 100;
const PARCEL_MAX_PIECES: u32 = 100_000;

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let purpose = ctx.decl.purpose;
    let purpose_word = match purpose {
        Purpose::Gift => ctx.say("purpose.gift", &[]),
        _ => ctx.say("purpose.sample", &[]),
    };
    for item in &ctx.decl.items {
        let Some(q) = item.quantity.filter(|q| *q > Decimal::ZERO) else { continue };
        let counted = !matches!(
            item.unit.to_ascii_lowercase().as_str(),
            "kg" | "g" | "m" | "l" | "ml" | "meter" | "metre" | "meters" | "kgs" | "千克" | "公斤" | "米"
        );
        let max = match purpose {
            Purpose::Gift => Some(GIFT_MAX_PER_LINE),
            Purpose::Sample => Some(SAMPLE_MAX_PER_LINE),
            _ => None,
        };
        if let (Some(max), true) = (max, counted) {
            if q > Decimal::from(max) {
                out.push(ctx.finding(
                    &RULE,
                    item.field("quantity"),
                    "quantity-unreasonable.gift",
                    &[("quantity", &q.to_string()), ("unit", &item.unit), ("purpose", &purpose_word)],
                ));
                continue;
            }
        }
        if counted && q > Decimal::from(PARCEL_MAX_PIECES) && ctx.channel.effective != crate::input::declaration::Channel::GeneralTrade {
            out.push(ctx.finding(&RULE, item.field("quantity"), "quantity-unreasonable.huge", &[("quantity", &q.to_string())]));
            continue;
        }
        if let (Some(net), true) = (item.net_weight_kg.filter(|n| *n > Decimal::ZERO), counted) {
            let per = net / q;
            // Over 1 t a piece, or under 0.1 g a piece, is a slip of the keyboard.
            if per > Decimal::from(1000) || per < Decimal::new(1, 4) {
                out.push(ctx.finding(
                    &RULE,
                    item.field("quantity"),
                    "quantity-unreasonable.weight",
                    &[
                        ("quantity", &q.to_string()),
                        ("unit", &item.unit),
                        ("weight", &net.to_string()),
                        ("per", &per.round_dp(4).normalize().to_string()),
                    ],
                ));
            }
        }
    }
    let net_total: Decimal = ctx.decl.items.iter().filter_map(|i| i.net_weight_kg).fold(Decimal::ZERO, |a, b| a.saturating_add(b));
    if let Some(gross) = ctx.decl.gross_weight_kg.filter(|g| *g > Decimal::ZERO && net_total > *g) {
        out.push(ctx.finding(
            &RULE,
            "grossWeightKg",
            "quantity-unreasonable.gross",
            &[("net", &net_total.to_string()), ("gross", &gross.to_string())],
        ));
    }
    // A high-value gift matters where a gift relief could be abused: not where the
    // destination levies neither duty nor import tax at all (Hong Kong).
    let nothing_levied = ctx
        .destination
        .row
        .is_some_and(|row| row.duty_kind == ThresholdKind::NotApplicable && row.tax_kind == ThresholdKind::NotApplicable);
    if purpose == Purpose::Gift && !nothing_levied {
        if let Some(usd) = ctx.channel.value_usd.filter(|v| *v > Decimal::from(GIFT_MAX_USD)) {
            let currency = ctx.decl.currency.as_deref().unwrap_or("");
            let usd_text = crate::knowledge::money::format_amount(usd, "USD");
            // In US dollars already: said once ("USD 120.33", not "120.33 USD (USD 120.33)").
            let value = if currency == "USD" {
                format!("USD {usd_text}")
            } else {
                format!("{} {currency} (USD {usd_text})", ctx.goods_total.unwrap_or_default())
            };
            out.push(ctx.finding(&RULE, "purpose", "quantity-unreasonable.gift-value", &[("purpose", &purpose_word), ("value", &value)]));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use serde_json::json;

    #[test]
    fn table() {
        assert!(fired(base(), "quantity-unreasonable").is_empty());
        let gift = with(with(base(), "/purpose", json!("gift")), "/items/0/totalPrice", json!(null));
        assert!(fired(gift.clone(), "quantity-unreasonable").is_empty());
        assert_eq!(fired(with(gift.clone(), "/items/0/quantity", json!(200)), "quantity-unreasonable")[0].field, "items[0].quantity");
        let dear = with(gift, "/items/0/unitPrice", json!(300));
        let high = fired(dear.clone(), "quantity-unreasonable");
        assert_eq!(high[0].field, "purpose");
        assert!(high[0].message.contains("worth USD 600 is"), "a dollar value said once: {}", high[0].message);
        let in_euros = fired(with(dear.clone(), "/currency", json!("EUR")), "quantity-unreasonable");
        assert!(in_euros[0].message.contains("worth 600 EUR (USD "), "{}", in_euros[0].message);
        // Hong Kong levies no duty or import tax: a gift's value relieves nothing there.
        assert!(fired(with(dear, "/destination", json!("HK")), "quantity-unreasonable").is_empty());
        let heavy = with(with(base(), "/items/0/netWeightKg", json!(5)), "/grossWeightKg", json!(1));
        assert_eq!(fired(heavy, "quantity-unreasonable")[0].field, "grossWeightKg");
        assert!(fired(with(base(), "/items/0/netWeightKg", json!("0.4")), "quantity-unreasonable").is_empty());
    }
}
