//! The destination panel for the UK, Australia, Canada, the US and the EU on both sides
//! of each threshold and of each dated change, with the goods priced in USD (so every
//! threshold is converted). Values just below and just above a threshold are derived
//! from the report's own converted threshold, then checked against the expected answer:
//! a wrong conversion or a wrong threshold moves one of them to the wrong side.
#![cfg(not(target_arch = "wasm32"))]

use precheck::report::Report;
use precheck::{base::date::Date, check_json, Options};
use rust_decimal::Decimal;
use serde_json::{json, Value};
use std::str::FromStr;

fn report(country: &str, value: &str, currency: &str, date: &str, channel: &str, goods_origin: &str) -> Report {
    let decl = json!({
        "origin": "CN", "destination": country, "currency": currency, "channel": channel, "purpose": "sale",
        "items": [{"description": "Women's knitted cotton T-shirt", "hsCode": "6109.10", "quantity": "1",
                   "unitPrice": value, "originCountry": goods_origin}]
    });
    let options = Options { date: Date::parse(date), ..Options::default() };
    check_json(&decl, &options).expect("a declaration")
}

fn destination(r: &Report) -> Value {
    serde_json::to_value(&r.destination).expect("serialises")
}

/// (amount, currency) of a threshold in the report, if any.
fn threshold(d: &Value, key: &str) -> Option<(String, String)> {
    let t = d.get(key)?;
    Some((t["amount"].as_str()?.to_string(), t["currency"].as_str()?.to_string()))
}

/// The threshold converted into USD, as the report states it.
fn in_usd(d: &Value, key: &str) -> Decimal {
    let t = &d[key];
    assert_eq!(t["currency"], "USD", "{key} converted into the declared currency: {d}");
    Decimal::from_str(t["amount"].as_str().expect("amount")).expect("decimal")
}

struct Case {
    country: &'static str,
    date: &'static str,
    channel: &'static str,
    goods_origin: &'static str,
    duty: Option<(&'static str, &'static str)>,
    tax: Option<(&'static str, &'static str)>,
    /// (dutyLikely, taxLikely) well below every threshold and well above them.
    below: (bool, bool),
    above: (bool, bool),
}

const CASES: &[Case] = &[
    // UK: GBP 135 duty relief; since 2021 VAT is charged at sale up to GBP 135, at the border above.
    Case {
        country: "GB",
        date: "2026-11-26",
        channel: "express",
        goods_origin: "CN",
        duty: Some(("135", "GBP")),
        tax: None,
        below: (false, false),
        above: (true, true),
    },
    // UK before 2021-01-01: GBP 15 VAT relief (LVCR), GBP 135 duty relief.
    Case {
        country: "GB",
        date: "2020-12-31",
        channel: "postal",
        goods_origin: "CN",
        duty: Some(("135", "GBP")),
        tax: Some(("15", "GBP")),
        below: (false, false),
        above: (true, true),
    },
    // Australia: AUD 1,000; GST at sale below it since 2018-07-01.
    Case {
        country: "AU",
        date: "2026-11-26",
        channel: "express",
        goods_origin: "CN",
        duty: Some(("1000", "AUD")),
        tax: None,
        below: (false, false),
        above: (true, true),
    },
    Case {
        country: "AU",
        date: "2018-06-30",
        channel: "express",
        goods_origin: "CN",
        duty: Some(("1000", "AUD")),
        tax: Some(("1000", "AUD")),
        below: (false, false),
        above: (true, true),
    },
    // Canada: CAD 20 for post and for couriers from outside the US/Mexico.
    Case {
        country: "CA",
        date: "2026-11-26",
        channel: "express",
        goods_origin: "CN",
        duty: Some(("20", "CAD")),
        tax: Some(("20", "CAD")),
        below: (false, false),
        above: (true, true),
    },
    Case {
        country: "CA",
        date: "2026-11-26",
        channel: "postal",
        goods_origin: "CN",
        duty: Some(("20", "CAD")),
        tax: Some(("20", "CAD")),
        below: (false, false),
        above: (true, true),
    },
    // US: USD 800 until 2025-08-29 (for goods of Chinese origin until 2025-05-02); none after.
    Case {
        country: "US",
        date: "2025-04-30",
        channel: "express",
        goods_origin: "CN",
        duty: Some(("800", "USD")),
        tax: None,
        below: (false, false),
        above: (true, false),
    },
    Case {
        country: "US",
        date: "2025-08-28",
        channel: "express",
        goods_origin: "VN",
        duty: Some(("800", "USD")),
        tax: None,
        below: (false, false),
        above: (true, false),
    },
    Case {
        country: "US",
        date: "2025-08-28",
        channel: "express",
        goods_origin: "CN",
        duty: None,
        tax: None,
        below: (true, false),
        above: (true, false),
    },
    Case {
        country: "US",
        date: "2025-08-29",
        channel: "express",
        goods_origin: "VN",
        duty: None,
        tax: None,
        below: (true, false),
        above: (true, false),
    },
    Case {
        country: "US",
        date: "2026-11-26",
        channel: "postal",
        goods_origin: "CN",
        duty: None,
        tax: None,
        below: (true, false),
        above: (true, false),
    },
    // EU: before 2021-07-01 EUR 22 VAT and EUR 150 duty relief.
    Case {
        country: "DE",
        date: "2021-06-30",
        channel: "express",
        goods_origin: "CN",
        duty: Some(("150", "EUR")),
        tax: Some(("22", "EUR")),
        below: (false, false),
        above: (true, true),
    },
    // 2021-07-01 to 2026-06-30: VAT from the first euro, duty relief up to EUR 150.
    Case {
        country: "DE",
        date: "2026-06-30",
        channel: "express",
        goods_origin: "CN",
        duty: Some(("150", "EUR")),
        tax: None,
        below: (false, true),
        above: (true, true),
    },
    Case {
        country: "FR",
        date: "2026-06-30",
        channel: "postal",
        goods_origin: "CN",
        duty: Some(("150", "EUR")),
        tax: None,
        below: (false, true),
        above: (true, true),
    },
    // From 2026-07-01: a flat EUR 3 per item replaces the relief, so duty is owed from the first euro.
    Case {
        country: "DE",
        date: "2026-07-01",
        channel: "express",
        goods_origin: "CN",
        duty: None,
        tax: None,
        below: (true, true),
        above: (true, true),
    },
    Case {
        country: "NL",
        date: "2026-11-26",
        channel: "postal",
        goods_origin: "CN",
        duty: None,
        tax: None,
        below: (true, true),
        above: (true, true),
    },
];

#[test]
fn thresholds_and_what_is_owed_on_both_sides() {
    for c in CASES {
        let label = format!("{} {} {} goods of {}", c.country, c.date, c.channel, c.goods_origin);
        let low = report(c.country, "1.00", "USD", c.date, c.channel, c.goods_origin);
        let d = destination(&low);
        assert_eq!(threshold(&d, "dutyThreshold"), c.duty.map(|(a, cur)| (a.to_string(), cur.to_string())), "{label}: duty threshold");
        assert_eq!(threshold(&d, "taxThreshold"), c.tax.map(|(a, cur)| (a.to_string(), cur.to_string())), "{label}: tax threshold");
        assert_eq!((d["dutyLikely"].as_bool(), d["taxLikely"].as_bool()), (Some(c.below.0), Some(c.below.1)), "{label}: at USD 1");
        assert!(d["source"].as_str().is_some_and(|s| s.contains("precheck data")), "{label}: source and data version");

        let high = destination(&report(c.country, "5000.00", "USD", c.date, c.channel, c.goods_origin));
        assert_eq!((high["dutyLikely"].as_bool(), high["taxLikely"].as_bool()), (Some(c.above.0), Some(c.above.1)), "{label}: at USD 5000");

        // Just below and just above each converted threshold.
        for (key, likely) in [("dutyThresholdDeclared", "dutyLikely"), ("taxThresholdDeclared", "taxLikely")] {
            if d.get(key).is_none() {
                continue;
            }
            let usd = in_usd(&d, key);
            let under = (usd * Decimal::from_str("0.99").unwrap()).round_dp(2);
            let over = (usd * Decimal::from_str("1.01").unwrap()).round_dp(2);
            let at_under = destination(&report(c.country, &under.to_string(), "USD", c.date, c.channel, c.goods_origin));
            let at_over = destination(&report(c.country, &over.to_string(), "USD", c.date, c.channel, c.goods_origin));
            assert_eq!(at_under[likely], false, "{label}: {likely} at USD {under}, just under {usd}");
            assert_eq!(at_over[likely], true, "{label}: {likely} at USD {over}, just over {usd}");
        }
    }
}

#[test]
fn conversion_uses_the_stated_rates_and_host_rates_override_them() {
    let r = report("GB", "100.00", "USD", "2026-11-26", "express", "CN");
    let d = destination(&r);
    // GBP 135 in USD through EUR at the ECB rates of 2026-10-02 (EUR/USD 1.1225, EUR/GBP 0.85033).
    let expected = (Decimal::from(135) / Decimal::from_str("0.85033").unwrap() * Decimal::from_str("1.1225").unwrap()).round_dp(2);
    assert_eq!(in_usd(&d, "dutyThresholdDeclared"), expected);
    assert!(r.exchange_rates.iter().any(|x| x.base == "EUR" && x.quote == "GBP" && x.date == "2026-10-02"));

    // A fresher rate from the host page moves the line and is reported.
    let decl = json!({"origin": "CN", "destination": "GB", "currency": "USD", "channel": "express", "purpose": "sale",
        "items": [{"description": "Women's knitted cotton T-shirt", "hsCode": "6109.10", "quantity": "1", "unitPrice": "160"}]});
    let options = Options::from_json(
        &json!({"date": "2026-11-26", "rates": [{"base": "GBP", "quote": "USD", "rate": "1.10", "date": "2026-11-25", "source": "host"}]})
            .into(),
    )
    .unwrap();
    let r = check_json(&decl, &options).unwrap();
    let d = destination(&r);
    assert_eq!(in_usd(&d, "dutyThresholdDeclared"), Decimal::from_str("148.50").unwrap());
    assert_eq!(d["dutyLikely"], true, "USD 160 is over GBP 135 at 1.10");
    assert!(r.exchange_rates.iter().any(|x| x.source == "host" && x.date == "2026-11-25"));
}

#[test]
fn eu_flat_duty_counts_distinct_subheadings() {
    let decl = json!({"origin": "CN", "destination": "DE", "currency": "EUR", "channel": "postal", "purpose": "sale",
        "items": [
            {"description": "Women's knitted cotton T-shirt", "hsCode": "6109.10", "quantity": "2", "unitPrice": "10"},
            {"description": "Men's knitted cotton T-shirt", "hsCode": "6109.10", "quantity": "1", "unitPrice": "10"},
            {"description": "Ceramic coffee mug", "hsCode": "6912.00", "quantity": "1", "unitPrice": "8"}]});
    let options = Options { date: Date::parse("2026-07-01"), ..Options::default() };
    let d = destination(&check_json(&decl, &options).unwrap());
    assert_eq!(d["flatDuty"]["amount"], "6", "EUR 3 x 2 distinct subheadings: {d}");
    assert_eq!(d["flatDuty"]["currency"], "EUR");
    let before = Options { date: Date::parse("2026-06-30"), ..Options::default() };
    let d = destination(&check_json(&decl, &before).unwrap());
    assert!(d.get("flatDuty").is_none() && d["dutyLikely"] == false);
}

#[test]
fn a_country_without_data_says_so() {
    let d = destination(&report("BT", "50.00", "USD", "2026-11-26", "express", "CN"));
    assert!(d.get("dutyThreshold").is_none());
    let notes = d["notes"].to_string();
    assert!(notes.to_lowercase().contains("no threshold data") || notes.to_lowercase().contains("no data"), "{notes}");
}
