//! The JavaScript face: the only module that knows about wasm. It reads JS values in as
//! JSON text (`JSON.stringify`, then `input::json`: numbers stay exact), calls the core, and
//! hands results out as JSON text that the engine's `JSON.parse` turns into plain objects
//! (`report::json`, serde_json's bytes): one crossing per result instead of one per field.
//! Any error crosses as a JS `Error` carrying the message.

use crate::base::date::Date;
use crate::Options;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// A result as the object `JSON.parse` makes of its JSON text. (serde-wasm-bindgen built
/// the smaller results field by field until the fifth session: the module is 1.85 KB
/// brotli smaller without its serializer, which left room under the size budget.)
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let mut text = Vec::with_capacity(8 << 10);
    crate::report::json::write(&mut text, value).map_err(|e| JsError::new(&e.to_string()))?;
    let text = String::from_utf8(text).map_err(|_| JsError::new("precheck: a result is not UTF-8"))?;
    js_sys::JSON::parse(&text).map_err(|e| JsError::new(&format!("precheck: a result could not be read: {}", describe(&e))))
}

/// Reads a JS value as JSON text: the engine's own JSON.stringify writes every number
/// the way JS shows it (0.1 stays "0.1"), which `input::json` then keeps as its digits
/// (an exact decimal later). Less code than walking the object from Rust, and
/// JSON.stringify's own rules (toJSON, undefined dropped) hold.
fn from_js(value: JsValue, what: &str) -> Result<crate::Json, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(crate::Json::Null);
    }
    let text = js_sys::JSON::stringify(&value)
        .map_err(|e| JsError::new(&format!("{what} could not be read: {}", describe(&e))))?
        .as_string()
        .unwrap_or_default();
    crate::input::json::read(&text).map_err(|e| JsError::new(&format!("{what} could not be read: {e}")))
}

/// The message of a thrown JS value.
fn describe(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &JsValue::from_str("message")).ok().and_then(|m| m.as_string()).unwrap_or_else(|| "not JSON".into())
}

/// `loadDataBytes(bytes)`: installs the reference-data file (`precheck_data.tsv`), which
/// the module does not embed to stay small (see `knowledge/data/store.rs`), from its
/// bytes as `init()` fetches them (no decoding to a JS string and back). The package's
/// `init()` calls it; until then `check` and `suggestHsCodes` throw. Its `loadData(text)`
/// is this with the text encoded (precheck.js: one export less to carry in the module).
#[wasm_bindgen(js_name = loadDataBytes)]
pub fn load_data_bytes(bytes: Vec<u8>) -> Result<(), JsError> {
    crate::knowledge::data::store::load(utf8(bytes, "precheck_data.tsv")?).map_err(|e| JsError::new(&e))
}

/// `loadTariffBytes(bytes)`: installs China's 10-digit tariff chunk
/// (`precheck_cn_tariff.tsv`): refund rates, supervision conditions and declaration
/// elements (`loadTariff(text)` in precheck.js, as above).
#[wasm_bindgen(js_name = loadTariffBytes)]
pub fn load_tariff_bytes(bytes: Vec<u8>) -> Result<(), JsError> {
    crate::knowledge::data::china::load_tariff(utf8(bytes, "precheck_cn_tariff.tsv")?).map_err(|e| JsError::new(&e))
}

/// `loadPartBytes(bytes)`: installs a part file of the web build (`parts/NAME.tsv`, see
/// `knowledge::data::parts`).
#[wasm_bindgen(js_name = loadPartBytes)]
pub fn load_part_bytes(bytes: Vec<u8>) -> Result<(), JsError> {
    crate::knowledge::data::parts::install(utf8(bytes, "the part file")?).map_err(|e| JsError::new(&e))
}

/// `wantedParts() -> string`: the parts the last check, suggestion or element lookup
/// reached for that are not loaded (it then threw instead of answering from less data),
/// space-separated.
#[wasm_bindgen(js_name = wantedParts)]
pub fn wanted_parts() -> String {
    crate::knowledge::data::parts::wanted()
}

/// `missingParts() -> string`: the parts the loaded core file names that are not loaded
/// yet, space-separated (`init()` loads them all unless told to wait for a check to want them).
#[wasm_bindgen(js_name = missingParts)]
pub fn missing_parts() -> String {
    crate::knowledge::data::parts::missing()
}

/// After an answer: refuses it (it came from less data than the declaration needs) when
/// it reached for parts of the data that are not loaded, naming them.
fn all_parts_there() -> Result<(), JsError> {
    let wanted = crate::knowledge::data::parts::wanted();
    if wanted.is_empty() {
        Ok(())
    } else {
        Err(JsError::new(&format!("precheck: the reference data's parts {wanted} are not loaded yet")))
    }
}

fn utf8(bytes: Vec<u8>, file: &str) -> Result<String, JsError> {
    String::from_utf8(bytes).map_err(|_| JsError::new(&format!("precheck: {file} is not UTF-8 text")))
}

/// Starts an answer: refuses it before the data is there, and forgets the parts the last
/// answer wanted, so `wantedParts()` speaks of this one.
fn begin_answer() -> Result<(), JsError> {
    crate::knowledge::data::parts::clear_wanted();
    if crate::knowledge::data::store::loaded() && crate::knowledge::data::china::tariff_loaded() {
        Ok(())
    } else {
        Err(JsError::new("precheck: the reference data is not loaded yet; await init() before checking"))
    }
}

/// `check(declaration, options?) -> Report`.
#[wasm_bindgen]
pub fn check(declaration: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    begin_answer()?;
    let declaration = from_js(declaration, "the declaration")?;
    let mut options = Options::from_json(&from_js(options, "options")?).map_err(|e| JsError::new(&e.0))?;
    options.today = Some(today());
    let report = crate::check_tree(&declaration, &options).map_err(|e| JsError::new(&e.to_string()))?;
    all_parts_there()?;
    to_js(&report)
}

/// `suggestHsCodes(description, limit?) -> {code, description, score}[]`, or
/// `suggestHsCodes(description, {limit, lang, digits})`: `lang: "zh"` describes codes by
/// China's tariff names; `digits: 10` suggests China's 10-digit lines.
#[wasm_bindgen(js_name = suggestHsCodes)]
pub fn suggest_hs_codes(description: &str, options: JsValue) -> Result<JsValue, JsError> {
    begin_answer()?;
    let (mut limit, mut lang, mut digits) = (5usize, crate::knowledge::messages::Lang::En, 6u8);
    if let Some(n) = options.as_f64() {
        limit = n.clamp(1.0, 100.0) as usize;
    } else if !options.is_undefined() && !options.is_null() {
        let o = from_js(options, "options")?;
        if let Some(n) = o.get("limit").and_then(|v| v.as_u64()) {
            limit = n.clamp(1, 100) as usize;
        }
        if let Some(l) = o.get("lang").and_then(|v| v.as_str()) {
            lang = crate::knowledge::messages::Lang::parse(l)
                .ok_or_else(|| JsError::new(&format!("options.lang must be \"en\" or \"zh\", not \"{l}\"")))?;
        }
        if let Some(d) = o.get("digits").and_then(|v| v.as_u64()) {
            digits = if d >= 10 { 10 } else { 6 };
        }
    }
    let suggestions = crate::suggest_hs_codes_with(description, limit, lang, digits);
    all_parts_there()?;
    to_js(&suggestions)
}

/// `declarationElements(code) -> {code, lines, nameZh?, elements: {name, base, en?, optional}[]}`:
/// what the form asks for under a code.
#[wasm_bindgen(js_name = declarationElements)]
pub fn declaration_elements(code: &str) -> Result<JsValue, JsError> {
    begin_answer()?;
    let elements = crate::declaration_elements(code);
    all_parts_there()?;
    to_js(&elements)
}

/// `csvColumn(header) -> string`: the contract field a listings table's column header
/// names ("HS code", "商品名称", "Qty"), or "" (the bulk page's worker maps its CSV by it,
/// as `precheck check --csv` does).
#[wasm_bindgen(js_name = csvColumn)]
pub fn csv_column(header: &str) -> String {
    crate::input::columns::column(header).to_string()
}

/// `renderDocument(declaration, kind, options?) -> string`: the printable HTML of "cn22",
/// "cn23", "commercial-invoice" or "packing-list"; `options.size` "a4" (default) or
/// "label" (4 x 6 in).
#[wasm_bindgen(js_name = renderDocument)]
pub fn render_document(declaration: JsValue, kind: &str, options: JsValue) -> Result<String, JsError> {
    let declaration = from_js(declaration, "the declaration")?;
    let options = from_js(options, "options")?;
    let size = match options.get("size").and_then(|s| s.as_str()) {
        None | Some("a4") | Some("A4") => crate::report::forms::PageSize::A4,
        Some("label") => crate::report::forms::PageSize::Label,
        Some(other) => return Err(JsError::new(&format!("options.size must be \"a4\" or \"label\", not \"{other}\""))),
    };
    crate::report::forms::render(&declaration, kind, size).map_err(|e| JsError::new(&e.0))
}

/// `rules() -> {rule, code, severity, explanation}[]`: the explanations are a part of
/// the data (the answer is refused, naming it, until it is loaded).
#[wasm_bindgen]
pub fn rules() -> Result<JsValue, JsError> {
    crate::knowledge::data::parts::clear_wanted();
    let rules = crate::rules();
    all_parts_there()?;
    to_js(&rules)
}

#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}

#[wasm_bindgen(js_name = dataVersion)]
pub fn data_version() -> String {
    crate::data_version().to_string()
}

/// Today in the browser's own calendar (what the person at the counter sees).
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date { year: now.get_full_year() as i32, month: (now.get_month() + 1) as u8, day: now.get_date() as u8 }
}

// The module's allocator: talc instead of Rust's default dlmalloc for wasm (smaller and
// faster; measured in docs/history/speed.md).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
