//! The engine: one check from start to end. It reads the declaration (`input`), works out
//! the facts once (`facts`, over `knowledge`), runs every rule of the registry (`rules`)
//! and assembles the report (`report`): verdict, lane and totals. Also the other
//! questions the faces ask: HS suggestions, declaration elements, the rule list and the
//! data version.

use crate::base::date::Date;
use crate::base::{order, text};
use crate::input::declaration;
use crate::input::declaration::NotADeclaration;
use crate::input::json::Json;
use crate::knowledge::messages::Lang;
use crate::knowledge::money::{Rates, SuppliedRate};
use crate::knowledge::{data, hs, messages, money};
use crate::report::{Finding, Lane, Report, Severity, Totals};
use rust_decimal::Decimal;
use serde::Serialize;

/// The crate version, as `version()` reports it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// How to run a check.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub lang: Lang,
    /// The date to evaluate the rules at. Overrides the declaration's own `date`; when
    /// neither is given, today.
    pub date: Option<Date>,
    /// Today as the face knows it (the browser's clock in `faces::wasm`); when `None`,
    /// the system clock natively. Used only when neither `date` nor the declaration's own
    /// date is given.
    pub today: Option<Date>,
    /// Fresher exchange rates from the host page; they replace the embedded ones pair by pair.
    pub rates: Vec<SuppliedRate>,
}

/// Options that cannot be read: a programming error of the caller, not a person's typo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadOptions(pub String);

impl std::fmt::Display for BadOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Options {
    /// Reads `{lang, date, rates}` from JSON (the JS `options` object).
    pub fn from_json(value: &Json) -> Result<Options, BadOptions> {
        let mut options = Options::default();
        let Some(obj) = value.as_object() else {
            return if value.is_null() {
                Ok(options)
            } else {
                Err(BadOptions("options must be an object like {lang: \"en\", date: \"2026-07-01\"}".into()))
            };
        };
        if let Some(lang) = obj.get("lang").and_then(Json::as_str) {
            options.lang = Lang::parse(lang).ok_or_else(|| BadOptions(format!("options.lang must be \"en\" or \"zh\", not \"{lang}\"")))?;
        }
        match obj.get("date") {
            None | Some(Json::Null) => {}
            Some(Json::String(s)) if s.trim().is_empty() => {}
            Some(Json::String(s)) => {
                options.date = Some(Date::parse(s).ok_or_else(|| BadOptions(format!("options.date must be YYYY-MM-DD, not \"{s}\"")))?);
            }
            Some(_) => return Err(BadOptions("options.date must be a YYYY-MM-DD string".into())),
        }
        if let Some(rates) = obj.get("rates") {
            options.rates = read_rates(rates)?;
        }
        Ok(options)
    }
}

/// `rates: [{base: "EUR", quote: "USD", rate: "1.08", date: "2026-11-20", source: "ECB"}]`.
fn read_rates(value: &Json) -> Result<Vec<SuppliedRate>, BadOptions> {
    let Json::Array(list) = value else {
        return if value.is_null() {
            Ok(Vec::new())
        } else {
            Err(BadOptions("options.rates must be an array of {base, quote, rate, date, source}".into()))
        };
    };
    let mut out = Vec::new();
    for (i, r) in list.iter().enumerate() {
        let get = |k: &str| {
            r.get(k).map(|v| match v {
                Json::String(s) => s.trim().to_string(),
                other => other.to_string(),
            })
        };
        let code = |k: &str| get(k).map(|c| c.to_ascii_uppercase()).filter(|c| data::currency_minor_unit(c).is_some());
        let (Some(base), Some(quote)) = (code("base"), code("quote")) else {
            return Err(BadOptions(format!("options.rates[{i}] needs ISO 4217 `base` and `quote` codes")));
        };
        let rate = get("rate").and_then(|t| money::parse_decimal(&t).ok()).filter(|d| *d > Decimal::ZERO);
        let Some(rate) = rate else {
            return Err(BadOptions(format!("options.rates[{i}].rate must be a positive number")));
        };
        out.push(SuppliedRate {
            base,
            quote,
            rate,
            date: get("date").unwrap_or_default(),
            source: get("source").unwrap_or_else(|| "supplied by the host page".into()),
        });
    }
    Ok(out)
}

/// Why a check could not run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckError {
    NotADeclaration(NotADeclaration),
    BadOptions(BadOptions),
}

impl std::fmt::Display for CheckError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CheckError::NotADeclaration(e) => e.fmt(f),
            CheckError::BadOptions(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for CheckError {}

/// Checks a declaration given as JSON text. Text that is not JSON is refused with
/// serde_json's message, which names the line and column.
#[cfg(not(target_arch = "wasm32"))]
pub fn check_str(json: &str, options: &Options) -> Result<Report, CheckError> {
    check_tree(&read_json(json).map_err(CheckError::NotADeclaration)?, options)
}

/// JSON text as a tree, read by `input::json` (no map per object); when it is not JSON,
/// serde_json's message says where. A byte-order mark before it is dropped (RFC 8259
/// lets a reader ignore one): Windows editors and spreadsheet exports write it, and the
/// file is the seller's declaration all the same.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_json(json: &str) -> Result<Json, NotADeclaration> {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    crate::input::json::read(json).or_else(|_| match serde_json::from_str::<serde_json::Value>(json) {
        Ok(value) => Ok(Json::from(value)),
        Err(e) => Err(NotADeclaration(format!("expected a declaration as JSON: {e}"))),
    })
}

/// Checks a declaration given as a serde_json value.
#[cfg(not(target_arch = "wasm32"))]
pub fn check_json(input: &serde_json::Value, options: &Options) -> Result<Report, CheckError> {
    check_tree(&Json::from(input), options)
}

/// Checks a declaration given as a JSON tree. Never panics, whatever the value.
pub fn check_tree(input: &Json, options: &Options) -> Result<Report, CheckError> {
    let (decl, issues) = declaration::read(input).map_err(CheckError::NotADeclaration)?;
    let date = options.date.or(decl.date).or(options.today).unwrap_or_else(system_today);
    let ctx = crate::rules::Context::new(&decl, &issues, options.lang, date, Rates::new(&options.rates));
    let findings = crate::rules::run(&ctx);
    Ok(assemble(ctx, findings))
}

#[cfg(not(target_arch = "wasm32"))]
fn system_today() -> Date {
    Date::today()
}

/// wasm32-unknown-unknown has no clock; `faces::wasm` always passes the browser's
/// `today`, so this serves only a Rust embedder that gave no date at all: the data's
/// review date, the last day its figures were checked.
#[cfg(target_arch = "wasm32")]
fn system_today() -> Date {
    Date::parse(data::release().review).unwrap_or(Date { year: 2026, month: 1, day: 1 })
}

/// The report, taking its parts from the context (the last use of it) rather than copying.
fn assemble(ctx: crate::rules::Context, findings: Vec<Finding>) -> Report {
    let (lane, lane_reasons) = lane(&ctx, &findings);
    let currency = ctx.decl.currency.clone().unwrap_or_default();
    let goods = ctx.goods_total.unwrap_or(Decimal::ZERO);
    Report {
        verdict: crate::report::verdict(&findings),
        lane,
        lane_reasons,
        totals: Totals { goods: crate::knowledge::money::text(goods), currency, items: ctx.decl.items.len() },
        destination: ctx.destination.info,
        channel: ctx.channel.advice,
        documents: ctx.documents,
        clearance: ctx.clearance.info,
        data_version: data::release().summary.to_string(),
        date: ctx.date.to_string(),
        exchange_rates: ctx.rates_used,
        findings,
    }
}

/// The review lane customs is likely to use: inspection when goods are prohibited,
/// restricted, battery-powered beyond post limits or suspected counterfeits; manual
/// review with any error or warning; fast otherwise.
fn lane(ctx: &crate::rules::Context, findings: &[Finding]) -> (Lane, Vec<String>) {
    const INSPECTION_RULES: &[&str] = &[
        "prohibited-item",
        "export-controlled",
        "infringement-risk",
        "battery-restriction",
        "restricted-item",
        "value-implausibly-low",
        "value-split-shipment",
    ];
    let mut reasons: Vec<String> = Vec::new();
    let inspect: Vec<&Finding> =
        findings.iter().filter(|f| INSPECTION_RULES.contains(&f.rule) && f.severity >= Severity::Warning).collect();
    // Goods under outbound inspection (法检: supervision B, export inspection N/Q/S on
    // every tariff line of the code) are inspected whatever the declaration says.
    let inspected: Vec<String> = ctx
        .decl
        .items
        .iter()
        .zip(&ctx.items)
        .filter(|(_, f)| f.controls.inspection)
        .map(|(item, f)| [item.field("hsCode").as_str(), " ", f.valid_digits().unwrap_or("")].concat())
        .collect();
    // Hazardous chemicals get the special inspection (危险化学品查验).
    let hazardous: Vec<&str> = ctx.items.iter().filter_map(|f| f.controls.hazardous.map(|h| h.0)).collect();
    if !inspect.is_empty() || !inspected.is_empty() || !hazardous.is_empty() {
        if !hazardous.is_empty() {
            reasons.push(ctx.say("lane.hazardous", &[("names", &hazardous.join(", "))]));
        }
        let mut names: Vec<&str> = inspect.iter().map(|f| f.rule).collect();
        names.dedup();
        if !names.is_empty() {
            reasons.push(ctx.say("lane.inspection", &[("reasons", &names.join(", "))]));
        }
        if !inspected.is_empty() {
            reasons.push(ctx.say("lane.outbound-inspection", &[("lines", &inspected.join(", "))]));
        }
        for f in inspect.iter().take(3) {
            reasons.push(f.message.clone());
        }
        return (Lane::Inspection, reasons);
    }
    let errors = findings.iter().filter(|f| f.severity == Severity::Error).count();
    let warnings = findings.iter().filter(|f| f.severity == Severity::Warning).count();
    if errors + warnings > 0 {
        let mut parts = Vec::new();
        if errors > 0 {
            parts.push(ctx.say("lane.reason.errors", &[("n", &errors.to_string())]));
        }
        if warnings > 0 {
            parts.push(ctx.say("lane.reason.warnings", &[("n", &warnings.to_string())]));
        }
        reasons.push(ctx.say("lane.manual", &[("reasons", &parts.join(", "))]));
        let mut rules_seen: Vec<&str> = Vec::new();
        for f in findings.iter().filter(|f| f.severity >= Severity::Warning) {
            if !rules_seen.contains(&f.rule) {
                rules_seen.push(f.rule);
                reasons.push([f.rule, ": ", &f.message].concat());
            }
            if rules_seen.len() >= 3 {
                break;
            }
        }
        return (Lane::Manual, reasons);
    }
    reasons.push(ctx.say("lane.fast", &[]));
    (Lane::Fast, reasons)
}

/// Ranked HS 2022 suggestions for a goods description.
pub fn suggest_hs_codes(description: &str, limit: usize) -> Vec<hs::Suggestion> {
    hs::suggest(description, limit)
}

/// The same suggestions, described in `lang`: in Chinese, each code's name in China's
/// 2026 tariff (the line's own name when the subheading is one line, else its shortest).
pub fn suggest_hs_codes_in(description: &str, limit: usize, lang: Lang) -> Vec<hs::Suggestion> {
    suggest_hs_codes_with(description, limit, lang, 6)
}

/// Suggestions at 6 digits (HS) or 10 (China's tariff lines, for declaration forms).
/// Each suggested subheading's likeliest line comes first, in the subheadings' order,
/// then their other lines: a subheading with one line for dual-use composites, one for
/// condoms and "其他塑料制品" should offer the catch-all for a phone case.
pub fn suggest_hs_codes_with(description: &str, limit: usize, lang: Lang, digits: u8) -> Vec<hs::Suggestion> {
    let mut suggestions = hs::suggest(description, limit);
    if digits >= 10 {
        let pairs = text::cjk_bigrams(description);
        let (mut best, mut rest) = (Vec::new(), Vec::new());
        for s in &suggestions {
            let six: String = s.code.chars().filter(char::is_ascii_digit).collect();
            let mut lines: Vec<&data::china::TariffLine> = data::china::tariff_lines(&six).iter().collect();
            // Lines the description's words name first, then the catch-all ("其他…",
            // "…（…除外）"), then the rest in tariff order (the sort is stable).
            order::sort_desc_by_key(&mut lines, |l| {
                let named = pairs.iter().filter(|p| l.name_zh.contains(p.as_str())).count();
                named * 2 + usize::from(l.name_zh.starts_with("其他") || l.name_zh.contains("除外"))
            });
            for (i, line) in lines.into_iter().enumerate() {
                let description =
                    if lang == Lang::Zh { line.name_zh.to_string() } else { [s.description.as_str(), " (", line.name_zh, ")"].concat() };
                let suggestion = hs::Suggestion { code: line.code.to_string(), description, score: s.score, confidence: s.confidence };
                if i == 0 {
                    best.push(suggestion)
                } else {
                    rest.push(suggestion)
                }
            }
        }
        best.extend(rest);
        best.truncate(limit);
        return best;
    }
    if lang == Lang::Zh {
        for s in &mut suggestions {
            let digits: String = s.code.chars().filter(char::is_ascii_digit).collect();
            if let Some(name) = data::china::tariff_lines(&digits).iter().map(|l| l.name_zh).min_by_key(|n| n.chars().count()) {
                s.description = name.to_string();
            }
        }
    }
    suggestions
}

/// The declaration elements (申报要素) China's 2026 tariff asks for under a code, as
/// `declarationElements(code)` returns them for the form's element inputs.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CodeElements {
    /// The digits looked up.
    pub code: String,
    /// How many 10-digit tariff lines the code covers (0: not in the tariff).
    pub lines: usize,
    /// The tariff's Chinese name when the code is one line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_zh: Option<&'static str>,
    pub elements: Vec<ElementInfo>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ElementInfo {
    /// The tariff's name, e.g. "织造方法（针织、钩编）": the key for `item.elements`.
    pub name: &'static str,
    /// The text before any bracket, e.g. "织造方法".
    pub base: &'static str,
    /// English, when precheck knows the element.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub en: Option<&'static str>,
    /// Asked only where it exists (GTIN, CAS, other): never reported missing.
    pub optional: bool,
}

/// The declaration elements every 10-digit line under `code` shares (6 to 10 digits;
/// dots and spaces allowed), in the tariff's order.
pub fn declaration_elements(code: &str) -> CodeElements {
    use data::china;
    let digits = match hs::parse(code) {
        hs::Parsed::Digits { digits, .. } => digits,
        hs::Parsed::Malformed(_) => String::new(),
    };
    let lines = china::tariff_lines(&digits);
    let elements = china::shared_elements(lines)
        .into_iter()
        .map(|name| {
            let base = china::element_base(name);
            let known = china::element_name(base);
            let en = china::element_en(&digits, base);
            ElementInfo { name, base, en, optional: china::ElementName::is_optional(name, known) }
        })
        .collect();
    CodeElements { name_zh: (lines.len() == 1).then(|| lines[0].name_zh), lines: lines.len(), code: digits, elements }
}

/// A rule as `rules()` returns it.
#[derive(Debug, Clone, Serialize)]
pub struct RuleDoc {
    pub rule: &'static str,
    pub code: &'static str,
    pub severity: Severity,
    pub explanation: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

pub fn rules() -> Vec<RuleDoc> {
    rules_in(Lang::En)
}

/// Every rule; `help` is the rule's short why-and-what-to-do in `lang` (the explanation
/// itself is the rule's English doc comment).
pub fn rules_in(lang: Lang) -> Vec<RuleDoc> {
    crate::rules::all()
        .map(|r| RuleDoc {
            rule: r.name,
            code: r.code,
            severity: r.severity,
            explanation: r.explanation_text(),
            help: messages::lookup(lang, &format!("{}.help", r.name)).map(str::to_string),
        })
        .collect()
}

/// What the data is: its version and what it holds, as the data files name it (empty
/// before the data is loaded).
pub fn data_version() -> &'static str {
    data::release().summary
}
