//! The destination's import thresholds (de minimis), as dated data evaluated at the
//! declaration's date, and what the buyer is likely to owe.

use crate::base::date::Date;
use crate::input::declaration::Declaration;
use crate::knowledge::data::{self, ThresholdKind, ThresholdRow};
use crate::knowledge::messages::Lang;
use crate::knowledge::money::{self, format_amount, RateUsed, Rates};
use crate::report::{DestinationInfo, Threshold};
use rust_decimal::Decimal;

/// The destination as the rules and the report need it.
#[derive(Debug, Clone, Default)]
pub struct DestinationEval {
    pub info: DestinationInfo,
    pub row: Option<&'static ThresholdRow>,
    /// The value compared with the thresholds, in the declared currency (goods, plus
    /// shipping where the basis includes freight).
    pub assessed_value: Option<Decimal>,
    /// Thresholds converted into the declared currency: (amount, which, original text).
    pub thresholds_declared: Vec<(Decimal, &'static str, String)>,
}

fn row_applies(row: &ThresholdRow, date: Date, channel: Option<&str>, origin: &str) -> bool {
    let from_ok = Date::parse(row.from).map_or(true, |from| from <= date);
    let until_ok = Date::parse(row.until).map_or(true, |until| date < until);
    let channel_ok = match (row.channels, channel) {
        ("" | "all", _) => true,
        (_, None) => true,
        (c, Some(ch)) => c == ch || (c == "express" && ch == "general-trade"),
    };
    let origin_ok = match row.origins {
        "" => true,
        list if list.starts_with('!') => !list[1..].split_whitespace().any(|o| o == origin),
        list => list.split_whitespace().any(|o| o == origin),
    };
    from_ok && until_ok && channel_ok && origin_ok
}

/// The row in force: the latest-starting row that applies; scoped rows beat general ones
/// that start on the same day. For a gift between private persons (`gift`) a gift
/// relief in force (gift_reliefs.csv) stands in for them all.
pub fn row_for(country: &str, date: Date, channel: Option<&str>, origin: &str, gift: bool) -> Option<&'static ThresholdRow> {
    data::thresholds_for(country)
        .iter()
        .filter(|r| row_applies(r, date, channel, origin) && (r.purposes.is_empty() || (gift && r.purposes == "gift")))
        .max_by(|a, b| {
            (!a.purposes.is_empty())
                .cmp(&!b.purposes.is_empty())
                .then(a.from.cmp(b.from))
                .then((!a.origins.is_empty()).cmp(&!b.origins.is_empty()))
        })
}

fn includes_freight(basis: &str) -> bool {
    let b = basis.to_ascii_lowercase();
    !b.contains("excl") && (b.contains("cif") || b.contains("freight") || b.contains("shipping"))
}

/// Whether a duty or tax is likely owed under a threshold of `kind`: the value (in the
/// threshold's currency) over a value threshold, or the tax on it over a tax-amount one;
/// `positive` (goods of some value) where the threshold or value is unknown, and
/// `unrelieved` where no relief applies.
fn likely(
    kind: ThresholdKind,
    threshold: &Option<(Decimal, Threshold)>,
    value: Option<Decimal>,
    rate: Option<Decimal>,
    positive: bool,
    unrelieved: bool,
) -> bool {
    match (kind, threshold, value) {
        (ThresholdKind::Value, Some((t, _)), Some(v)) => v > *t,
        (ThresholdKind::TaxAmount, Some((t, _)), Some(v)) => match rate {
            Some(r) => v.checked_mul(r).map_or(true, |x| x / Decimal::ONE_HUNDRED > *t),
            None => positive,
        },
        (ThresholdKind::Value | ThresholdKind::TaxAmount, ..) => positive,
        (ThresholdKind::NoRelief | ThresholdKind::FlatPerItem, ..) => unrelieved,
        (ThresholdKind::NotApplicable, ..) => false,
    }
}

/// `gift`: the declaration is a gift a private person sends, of goods a gift relief may
/// cover (not tobacco), so the destination's gift relief applies where it has one.
pub fn evaluate(
    decl: &Declaration,
    gift: bool,
    goods_total: Option<Decimal>,
    date: Date,
    rates: &Rates,
    lang: Lang,
    used: &mut Vec<RateUsed>,
) -> DestinationEval {
    let say = |key: &str, params: &[(&str, &str)]| crate::knowledge::messages::text(lang, key, params);
    let Some(country) = decl.destination.as_deref() else { return DestinationEval::default() };
    let mut eval = DestinationEval { info: DestinationInfo { country: country.to_string(), ..Default::default() }, ..Default::default() };
    let channel = decl.channel.map(|c| c.name());
    // The origin of the goods (a line's own origin when all lines agree).
    let origin = decl.items.first().and_then(|i| i.origin_country.as_deref()).unwrap_or(&decl.origin);
    let Some(row) = row_for(country, date, channel, origin, gift) else {
        eval.info.notes.push(say("destination.no-data", &[("country", country), ("version", data::release().version)]));
        eval.info.source = format!("precheck reference data {}", data::release().version);
        return eval;
    };
    eval.row = Some(row);
    let currency = decl.currency.as_deref();
    let freight = if includes_freight(row.basis) { decl.shipping_cost.unwrap_or(Decimal::ZERO) } else { Decimal::ZERO };
    let assessed = goods_total.map(|g| g.saturating_add(freight));
    eval.assessed_value = assessed;

    let mut convert = |amount: Decimal, from: &str| -> Option<Decimal> {
        let to = currency?;
        let (v, chain) = rates.convert(amount, from, to)?;
        for r in chain.rates() {
            if !used.contains(r) {
                used.push(r.clone());
            }
        }
        Some(v)
    };
    let rate = row.vat_rate_pct.and_then(|r| Decimal::from_str_exact(r).ok());
    let threshold = |amount: Option<&str>, cur: &str, kind: ThresholdKind| -> Option<(Decimal, Threshold)> {
        let a = Decimal::from_str_exact(amount?).ok()?;
        let basis = match kind {
            ThresholdKind::Value => row.basis.to_string(),
            ThresholdKind::TaxAmount => say("destination.tax-amount-basis", &[("basis", row.basis)]),
            _ => return None,
        };
        Some((a, Threshold { amount: money::text(a.normalize()), currency: cur.to_string(), basis }))
    };

    // Duty.
    let duty = threshold(row.duty, row.duty_currency, row.duty_kind);
    let value_in = |cur: &str, convert: &mut dyn FnMut(Decimal, &str) -> Option<Decimal>| -> Option<Decimal> {
        let v = assessed?;
        let declared = currency?;
        if declared == cur {
            return Some(v);
        }
        // Convert the declared value into the threshold's currency via the inverse path.
        let one = convert(Decimal::ONE, cur)?;
        if one.is_zero() {
            None
        } else {
            v.checked_div(one)
        }
    };
    let mut value_in_dyn = |cur: &str| value_in(cur, &mut convert);
    let duty_value = value_in_dyn(row.duty_currency);
    let tax_value = value_in_dyn(row.tax_currency);
    let positive = assessed.is_some_and(|v| v > Decimal::ZERO);
    eval.info.duty_likely = likely(row.duty_kind, &duty, duty_value, rate, positive, positive);
    if row.duty_kind == ThresholdKind::FlatPerItem {
        // EU from 2026-07-01: EUR 3 per distinct tariff subheading in consignments up to EUR 150.
        let per_item = row.duty.and_then(|d| Decimal::from_str_exact(d).ok()).unwrap_or(Decimal::ZERO);
        let mut subheadings: Vec<String> = decl
            .items
            .iter()
            .map(|i| i.hs_code.clone().unwrap_or_default().chars().filter(char::is_ascii_digit).take(6).collect())
            .collect();
        crate::base::order::sort_by(&mut subheadings, |a, b| a < b);
        subheadings.dedup();
        let count = Decimal::from(subheadings.len().max(1));
        let within = duty_value.map_or(true, |v| v <= Decimal::from(150));
        if within {
            eval.info.flat_duty = Some(Threshold {
                amount: money::text(per_item.saturating_mul(count).normalize()),
                currency: row.duty_currency.to_string(),
                basis: say("destination.flat-duty-basis", &[("perItem", &per_item.normalize().to_string()), ("count", &count.to_string())]),
            });
        }
    }
    // Tax at the border.
    let tax = threshold(row.tax, row.tax_currency, row.tax_kind);
    // Where the seller or marketplace collects import VAT at sale up to a value
    // (vat_collected_at_sale.csv), none is due at the border.
    // A gift is no sale: nobody collected VAT at its sale (gift rows).
    let at_sale = data::store::store().vat_at_sale.iter().find(|c| c.0 == country && row.purposes.is_empty()).and_then(|c| {
        let in_force = Date::parse(c.1).is_some_and(|from| from <= date);
        let limit = Decimal::from_str_exact(c.2).ok()?;
        let v = value_in_dyn(c.3)?;
        (in_force && v <= limit).then_some(c.4)
    });
    // No relief from a tax at a zero rate is no tax.
    let taxed = positive && rate.map_or(true, |r| r > Decimal::ZERO);
    eval.info.tax_likely = at_sale.is_none() && likely(row.tax_kind, &tax, tax_value, rate, positive, taxed);
    // The notes are the data's English (as their sources are), in Chinese where the
    // data has their translation; the frame of each is the report's language.
    let text = |english: &'static str| match lang {
        Lang::Zh => data::store().destination_text_zh(english).unwrap_or(english),
        Lang::En => english,
    };
    if let Some(scheme) = at_sale {
        eval.info.notes.push(text(scheme).to_string());
    }
    if let (Some(r), Some(v), Some(cur)) = (rate, assessed, currency) {
        let base = v.saturating_add(if freight.is_zero() { decl.shipping_cost.unwrap_or(Decimal::ZERO) } else { Decimal::ZERO });
        if eval.info.tax_likely {
            eval.info.tax_estimate = Some(Threshold {
                // An amount owed, to the cent: "5.00", not "5".
                amount: money::exact_amount(money::round_for_display(base.saturating_mul(r) / Decimal::ONE_HUNDRED, cur), cur),
                currency: cur.to_string(),
                basis: say("destination.tax-estimate-basis", &[("rate", &r.normalize().to_string()), ("tax", row.tax_name)]),
            });
        }
        eval.info.vat_rate = Some(money::text(r.normalize()));
    }
    for (which, t) in [("duty", &duty), ("tax", &tax)] {
        if let Some((amount, th)) = t {
            if let Some(conv) = convert(*amount, &th.currency) {
                let declared = Threshold {
                    amount: format_amount(conv, currency.unwrap_or("")),
                    currency: currency.unwrap_or("").to_string(),
                    basis: th.basis.clone(),
                };
                eval.thresholds_declared.push((conv, which, [th.amount.as_str(), " ", th.currency.as_str()].concat()));
                if which == "duty" {
                    eval.info.duty_threshold_declared = Some(declared);
                } else {
                    eval.info.tax_threshold_declared = Some(declared);
                }
            }
        }
    }
    eval.info.duty_threshold = duty.map(|d| d.1);
    eval.info.tax_threshold = tax.map(|t| t.1);
    let in_force = if row.from.is_empty() { "destination.in-force-long" } else { "destination.in-force" };
    eval.info
        .notes
        .push(say(in_force, &[("country", row.country), ("scope", text(row.scope)), ("from", row.from), ("notes", text(row.notes))]));
    if !row.planned.is_empty() {
        eval.info.notes.push(say("destination.planned", &[("planned", text(row.planned))]));
    }
    let unverified = row.confidence == "low" || row.notes.contains("from memory") || row.sources.contains("not re-verified");
    if unverified {
        eval.info.notes.push(say("destination.unverified", &[("confidence", row.confidence)]));
    }
    eval.info.effective_from = (!row.from.is_empty()).then(|| row.from.to_string());
    eval.info.confidence = Some(row.confidence.to_string());
    let release = data::release();
    eval.info.source = [row.sources, " (retrieved ", release.review, "; precheck data ", release.version, ")"].concat();
    eval
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn eu_flat_duty_from_july_2026() {
        let before = row_for("DE", d("2026-06-30"), None, "CN", false).unwrap();
        assert_eq!(before.duty, Some("150"));
        let after = row_for("DE", d("2026-07-01"), None, "CN", false).unwrap();
        assert_eq!(after.duty_kind, ThresholdKind::FlatPerItem);
    }

    /// France's small-parcel tax, Romania's parcel fee and Italy's contribution come on
    /// top of the EU's rows from their own dates, and stay named once the EUR 3 duty
    /// starts (our rows stand in for the shared file's there: `supersedes`).
    #[test]
    fn national_parcel_charges_join_the_eu_rows_from_their_dates() {
        let notes = |country: &str, date: &str| row_for(country, d(date), None, "CN", false).unwrap().notes;
        assert!(!notes("FR", "2026-02-28").contains("TPC"));
        assert!(notes("FR", "2026-03-01").contains("EUR 2 per article"));
        assert!(!notes("RO", "2025-12-31").contains("RON 25"));
        assert!(notes("RO", "2026-01-01").contains("RON 25"));
        assert!(notes("IT", "2026-01-01").contains("EUR 2 per consignment"));
        for (country, charge) in [("FR", "TPC"), ("RO", "RON 25"), ("IT", "EUR 2 per consignment")] {
            let row = row_for(country, d("2026-08-01"), None, "CN", false).unwrap();
            assert_eq!(row.duty_kind, ThresholdKind::FlatPerItem, "{country}");
            assert!(row.notes.contains(charge), "{country}: {}", row.notes);
        }
        // Not elsewhere in the EU.
        assert!(!notes("DE", "2026-08-01").contains("on top"));
    }

    #[test]
    fn us_de_minimis_ends() {
        assert_eq!(row_for("US", d("2025-01-15"), None, "DE", false).unwrap().duty, Some("800"));
        assert_eq!(row_for("US", d("2025-08-28"), None, "DE", false).unwrap().duty, Some("800"));
        assert_eq!(row_for("US", d("2025-08-29"), None, "DE", false).unwrap().duty_kind, ThresholdKind::NoRelief);
        // Goods of Chinese origin lost it on 2025-05-02.
        assert_eq!(row_for("US", d("2025-05-01"), None, "CN", false).unwrap().duty, Some("800"));
        assert_eq!(row_for("US", d("2025-05-02"), None, "CN", false).unwrap().duty_kind, ThresholdKind::NoRelief);
    }

    #[test]
    fn the_panels_own_sentences_follow_the_reports_language() {
        let decl = serde_json::json!({"destination": "DE", "currency": "EUR", "channel": "postal",
            "items": [{"description": "Cotton T-shirt", "hsCode": "6109.10", "quantity": "2", "unitPrice": "6.00"}]});
        let zh = crate::Options { date: Some(d("2026-08-15")), lang: Lang::Zh, ..crate::Options::default() };
        let info = crate::check_json(&decl, &zh).expect("a declaration").destination;
        assert!(info.notes[0].contains("起施行") && !info.notes[0].contains("in force from"), "{}", info.notes[0]);
        // The notes themselves in Chinese too (data/raw/destination_notes_zh.tsv).
        assert!(info.notes[0].contains("临时定额关税") && !info.notes[0].contains("interim flat duty"), "{}", info.notes[0]);
        assert!(info.notes[1].contains("欧盟海关数据中心"), "{}", info.notes[1]);
        assert!(info.tax_estimate.expect("VAT estimate").basis.contains("估算值"));
        assert!(info.flat_duty.expect("EUR 3 duty").basis.contains("税则子目"));
    }

    /// A gift between private persons is judged by the destination's gift relief
    /// (gift_reliefs.csv): EUR 45 in the EU, USD 100 in the US; not what a business
    /// sends, nor tobacco.
    #[test]
    fn a_private_gift_is_judged_by_the_gift_relief() {
        let info = |country: &str, currency: &str, price: &str, extra: serde_json::Value| {
            let mut decl = serde_json::json!({"destination": country, "currency": currency, "channel": "postal", "purpose": "gift",
                "items": [{"description": "Wool scarf", "hsCode": "6117.10", "quantity": "1", "unitPrice": price}]});
            for (k, v) in extra.as_object().unwrap() {
                decl[k] = v.clone();
            }
            let options = crate::Options { date: Some(d("2026-12-01")), ..crate::Options::default() };
            crate::check_json(&decl, &options).expect("a declaration").destination
        };
        let none = serde_json::json!({});
        let de = info("DE", "EUR", "40", none.clone());
        assert!(!de.duty_likely && !de.tax_likely && de.tax_estimate.is_none() && de.flat_duty.is_none(), "{de:?}");
        assert!(de.source.contains("32006L0079"), "{}", de.source);
        // Over EUR 45: duty and VAT on the whole value, as the relief's basis says.
        let over = info("DE", "EUR", "60", none.clone());
        assert!(over.duty_likely && over.tax_likely && over.tax_estimate.is_some());
        // A business's gift is goods: the EUR 3 duty and the general rows.
        let company = info("DE", "EUR", "40", serde_json::json!({"exporterType": "company"}));
        assert!(company.flat_duty.is_some() && !company.source.contains("32006L0079"));
        // A gift is no sale: the UK's VAT at sale does not cover one over GBP 39.
        let gb = info("GB", "GBP", "60", none.clone());
        assert!(gb.tax_likely && !gb.duty_likely && gb.tax_estimate.is_some(), "{gb:?}");
        assert!(!info("GB", "GBP", "30", none.clone()).tax_likely);
        let us = info("US", "USD", "45", none.clone());
        assert!(!us.duty_likely && us.notes[0].contains("1321(a)(2)(A)"), "{:?}", us.notes);
        assert!(info("US", "USD", "120", none).duty_likely);
        // Tobacco is outside every gift relief.
        let cigars = info(
            "US",
            "USD",
            "45",
            serde_json::json!({"items": [{"description": "Cuban cigars, 10 pieces", "quantity": "1", "unitPrice": "45"}]}),
        );
        assert!(cigars.duty_likely && !cigars.notes[0].contains("(bona fide gifts from a person abroad)"));
        // Rows of a purpose are only for declarations of that purpose.
        assert!(row_for("DE", d("2026-12-01"), None, "CN", false).is_some_and(|r| r.purposes.is_empty()));
        assert!(row_for("DE", d("2026-12-01"), None, "CN", true).is_some_and(|r| r.purposes == "gift"));
    }

    #[test]
    fn scoped_rows_follow_origin_and_channel() {
        assert_eq!(row_for("CA", d("2026-11-26"), Some("express"), "US", false).unwrap().duty, Some("150"));
        assert_eq!(row_for("CA", d("2026-11-26"), Some("express"), "CN", false).unwrap().duty, Some("20"));
        assert_eq!(row_for("KR", d("2026-11-26"), None, "CN", false).unwrap().duty, Some("150"));
    }
}
