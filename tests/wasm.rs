//! The wasm build gives the same report as the native core: each golden fixture's report
//! (written by the native `fixtures` test) is reproduced through the JS-facing `check`.
#![cfg(target_arch = "wasm32")]

use precheck::faces::wasm;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

const FIXTURES: &[(&str, &str)] = &[
    (include_str!("fixtures/clean-express-gb.json"), include_str!("fixtures/clean-express-gb.report.json")),
    (include_str!("fixtures/vague-gift-post.json"), include_str!("fixtures/vague-gift-post.report.json")),
    (include_str!("fixtures/broken-fields.json"), include_str!("fixtures/broken-fields.report.json")),
    (include_str!("fixtures/totals-wrong.json"), include_str!("fixtures/totals-wrong.report.json")),
    (include_str!("fixtures/hs-codes.json"), include_str!("fixtures/hs-codes.report.json")),
    (include_str!("fixtures/battery-replica.json"), include_str!("fixtures/battery-replica.report.json")),
    (include_str!("fixtures/threshold-hug.json"), include_str!("fixtures/threshold-hug.report.json")),
];

/// What the package's `init()` does after instantiating the module: the files' bytes.
fn load_reference_data() {
    wasm::load_data_bytes(include_bytes!("../src/data/generated/precheck_data.tsv").to_vec())
        .map_err(JsValue::from)
        .expect("the data file loads");
    wasm::load_tariff_bytes(include_bytes!("../src/data/generated/precheck_cn_tariff.tsv").to_vec())
        .map_err(JsValue::from)
        .expect("the tariff chunk loads");
}

fn js(text: &str) -> JsValue {
    js_sys::JSON::parse(text).expect("valid JSON")
}

#[wasm_bindgen_test]
fn wasm_check_matches_the_native_reports() {
    load_reference_data();
    for (fixture, golden) in FIXTURES {
        let fixture: serde_json::Value = serde_json::from_str(fixture).unwrap();
        let declaration = js(&fixture["declaration"].to_string());
        let report = wasm::check(declaration, js(r#"{"date": "2026-11-26"}"#)).map_err(JsValue::from).expect("a report");
        let text: String = js_sys::JSON::stringify(&report).unwrap().into();
        let got: serde_json::Value = serde_json::from_str(&text).unwrap();
        let want: serde_json::Value = serde_json::from_str(golden).unwrap();
        assert_eq!(got, want);
    }
}

#[wasm_bindgen_test]
fn not_a_declaration_is_an_error_not_a_trap() {
    load_reference_data();
    for bad in ["[1,2]", "\"text\"", "{\"items\": 5}"] {
        assert!(wasm::check(js(bad), JsValue::UNDEFINED).is_err(), "{bad}");
    }
    assert!(wasm::check(js("{}"), js(r#"{"date": "not a date"}"#)).is_err());
    assert!(wasm::check(js(r#"{"items": [{"quantity": 1e308, "unitPrice": -0}]}"#), JsValue::UNDEFINED).is_ok());
}

#[wasm_bindgen_test]
fn suggestions_and_rules_cross_the_boundary() {
    assert!(wasm::load_data_bytes(b"# precheck data 1999.01.01: stale\n".to_vec()).is_err());
    // Bytes that are not UTF-8 (a truncated or wrong file) are refused with a message.
    assert!(wasm::load_data_bytes(vec![b'#', 0xff, 0xfe]).is_err() && wasm::load_tariff_bytes(vec![0xc3]).is_err());
    load_reference_data();
    let suggest = |options: JsValue| -> String {
        js_sys::JSON::stringify(&wasm::suggest_hs_codes("hoop earrings", options).map_err(JsValue::from).unwrap()).unwrap().into()
    };
    assert!(suggest(JsValue::from(3)).contains("7117"));
    // The options object: Chinese tariff names and China's 10-digit lines.
    let ten = suggest(js(r#"{"limit": 3, "lang": "zh", "digits": 10}"#));
    assert!(ten.contains("\"code\":\"7117") && !ten.contains("7117.19"), "{ten}");
    assert!(wasm::suggest_hs_codes("hoop earrings", js(r#"{"lang": "fr"}"#)).is_err());
    let r: String = js_sys::JSON::stringify(&wasm::rules().map_err(JsValue::from).unwrap()).unwrap().into();
    assert!(r.contains("description-too-general"));
    assert!(!wasm::data_version().is_empty());
    // Documents and declaration elements cross too.
    let doc = wasm::render_document(
        js(r#"{"destination":"DE","currency":"EUR","items":[{"description":"Silk scarf","quantity":1,"unitPrice":"30"}]}"#),
        "cn23",
        JsValue::UNDEFINED,
    )
    .map_err(JsValue::from)
    .unwrap();
    assert!(doc.contains("CN 23") && doc.contains("Silk scarf"));
    let elements: String =
        js_sys::JSON::stringify(&wasm::declaration_elements("6109100000").map_err(JsValue::from).unwrap()).unwrap().into();
    assert!(elements.contains("成分含量"));
}
