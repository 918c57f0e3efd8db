//! Property tests: whatever arrives, reading and checking never panics; a JSON object is
//! always a declaration (with findings), anything else is refused with a message.

use precheck::{base::date::Date, check_json, check_str, Options};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|f| json!(f)),
        ".{0,20}".prop_map(Value::String),
        "[0-9.,$ e-]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("destination".to_string()),
                    Just("currency".to_string()),
                    Just("items".to_string()),
                    Just("description".to_string()),
                    Just("quantity".to_string()),
                    Just("unitPrice".to_string()),
                    Just("hsCode".to_string()),
                    Just("totalPrice".to_string()),
                    Just("channel".to_string()),
                    Just("purpose".to_string()),
                    Just("date".to_string()),
                    Just("documents".to_string()),
                    Just("parcels".to_string()),
                    Just("invoiceTotal".to_string()),
                    ".{0,8}".prop_map(|s| s),
                ],
                inner,
                0..8,
            )
            .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

fn options() -> Options {
    Options { date: Date::parse("2026-11-26"), ..Options::default() }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_json_is_checked_or_refused(value in arb_json()) {
        let result = check_json(&value, &options());
        let is_declaration = value.is_object() && value.get("items").map_or(true, |i| i.is_array() || i.is_null());
        prop_assert_eq!(result.is_ok(), is_declaration);
    }

    #[test]
    fn any_item_values_never_panic(description in ".{0,60}", zh in "\\PC{0,20}", hs in "[0-9. -]{0,14}", q in ".{0,10}", p in ".{0,10}", t in ".{0,10}") {
        let d = json!({"destination": "DE", "currency": "EUR", "items": [{"description": description, "descriptionZh": zh, "hsCode": hs, "quantity": q, "unitPrice": p, "totalPrice": t}]});
        prop_assert!(check_json(&d, &options()).is_ok());
    }

    #[test]
    fn any_text_is_refused_or_read(text in "\\PC{0,80}") {
        let _ = check_str(&text, &options());
    }

    #[test]
    fn any_suggestion_query_works(text in "\\PC{0,120}", limit in 0usize..100) {
        let s = precheck::suggest_hs_codes(&text, limit);
        prop_assert!(s.len() <= 50);
    }
}

#[test]
fn deep_nesting_is_refused_not_crashed() {
    let deep = "[".repeat(100_000);
    assert!(check_str(&deep, &options()).is_err());
    let huge_number = format!(
        "{{\"destination\":\"DE\",\"currency\":\"EUR\",\"items\":[{{\"description\":\"mug\",\"quantity\":1{},\"unitPrice\":1e999999}}]}}",
        "0".repeat(500)
    );
    assert!(check_str(&huge_number, &options()).is_ok());
}

/// Inputs the fuzzers once crashed on (tests/fuzz_regressions/): each must now give a report.
#[test]
fn fuzz_regressions_give_reports() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(precheck::check_str(&text, &precheck::Options::default()).is_ok(), "{}", path.display());
    }
}

/// The loader's fuzz seeds (`fuzz/seeds/data`, written by the generator) are files the
/// loader accepts: a seed it refused at its header line (one of an older data version)
/// would leave the fuzzer knocking at the door, never reaching the sections.
#[test]
fn fuzz_seeds_are_accepted() {
    use precheck::knowledge::data::{china::parse_untrusted_tariff, store::parse_untrusted};
    let seeds = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/seeds/data")).unwrap();
    let mut read = 0;
    for seed in seeds {
        let path = seed.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let (core, tariff) = (parse_untrusted(&text), parse_untrusted_tariff(&text));
        assert!(core.as_ref().is_ok_and(|n| *n > 0) || tariff.as_ref().is_ok_and(|n| *n > 0), "{path:?}: {core:?} {tariff:?}");
        read += 1;
    }
    assert!(read >= 3, "the seeds are missing");
}
