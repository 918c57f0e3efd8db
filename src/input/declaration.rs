//! Reading a declaration leniently. A form is where people type, so every field a person
//! could get wrong (empty, unreadable number, unknown code, bad date) is read into an
//! `Option` plus a [`FieldIssue`] on its path; only input that is no declaration at all
//! (not an object, `items` not an array) is refused with [`NotADeclaration`].
//!
//! This module knows nothing of messages or rules: the `required-field-missing` and
//! `field-malformed` rules turn its issues into findings.

use crate::base::date::Date;
use crate::input::json::{Json, Object};
use crate::knowledge::data;
use crate::knowledge::money::{parse_decimal, NumberProblem};
use rust_decimal::Decimal;
use serde::Serialize;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    Postal,
    Express,
    GeneralTrade,
}

impl Channel {
    pub const ALL: [Channel; 3] = [Channel::Postal, Channel::Express, Channel::GeneralTrade];
    pub const NAMES: &'static [&'static str] = &["postal", "express", "general-trade"];

    pub fn name(self) -> &'static str {
        match self {
            Channel::Postal => "postal",
            Channel::Express => "express",
            Channel::GeneralTrade => "general-trade",
        }
    }

    /// The contract's names, plus the carrier and service names sellers actually write.
    fn read(text: &str) -> Option<Channel> {
        let t = text.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        match t.as_str() {
            "postal" | "post" | "ems" | "epacket" | "e-packet" | "china-post" | "mail" | "postal-parcel" => Some(Channel::Postal),
            "express" | "courier" | "dhl" | "ups" | "fedex" | "tnt" | "sf" | "sf-express" | "commercial-express" => Some(Channel::Express),
            "general-trade" | "generaltrade" | "general" | "trade" | "customs-declaration" | "0110" => Some(Channel::GeneralTrade),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Purpose {
    Sale,
    Gift,
    Sample,
    Documents,
    Return,
    Other,
}

impl Purpose {
    pub const NAMES: &'static [&'static str] = &["sale", "gift", "sample", "documents", "return", "other"];

    fn read(text: &str) -> Option<Purpose> {
        match text.trim().to_ascii_lowercase().as_str() {
            "sale" | "sale of goods" | "sold" | "merchandise" | "commercial" => Some(Purpose::Sale),
            "gift" | "gifts" => Some(Purpose::Gift),
            "sample" | "samples" | "commercial sample" | "commercial samples" => Some(Purpose::Sample),
            "documents" | "document" | "docs" => Some(Purpose::Documents),
            "return" | "returned goods" | "returned" | "returns" => Some(Purpose::Return),
            "other" => Some(Purpose::Other),
            _ => None,
        }
    }
}

/// Who sends the parcel: a person (personal articles) or a business (goods).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExporterType {
    Individual,
    Company,
}

impl ExporterType {
    pub const NAMES: &'static [&'static str] = &["individual", "company"];

    fn read(text: &str) -> Option<ExporterType> {
        match text.trim().to_ascii_lowercase().as_str() {
            "individual" | "person" | "private" | "personal" | "个人" => Some(ExporterType::Individual),
            "company" | "business" | "enterprise" | "corporate" | "企业" | "公司" => Some(ExporterType::Company),
            _ => None,
        }
    }
}

/// How the goods are sold, which decides the cross-border e-commerce customs mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SalesModel {
    /// Retail to an overseas consumer (9610).
    B2c,
    /// To an overseas business through a cross-border platform (9710).
    B2b,
    /// To an overseas warehouse, sold from there (9810).
    OverseasWarehouse,
}

impl SalesModel {
    pub const NAMES: &'static [&'static str] = &["b2c", "b2b", "overseas-warehouse"];

    fn read(text: &str) -> Option<SalesModel> {
        match text.trim().to_ascii_lowercase().replace(['_', ' '], "-").as_str() {
            "b2c" | "retail" | "9610" => Some(SalesModel::B2c),
            "b2b" | "9710" => Some(SalesModel::B2b),
            "overseas-warehouse" | "warehouse" | "9810" | "海外仓" => Some(SalesModel::OverseasWarehouse),
            _ => None,
        }
    }
}

/// Lithium battery chemistry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Chemistry {
    LiIon,
    LiMetal,
}

impl Chemistry {
    pub const NAMES: &'static [&'static str] = &["li-ion", "li-metal"];

    fn read(text: &str) -> Option<Chemistry> {
        match text.trim().to_ascii_lowercase().replace(['_', ' '], "-").as_str() {
            "li-ion" | "lithium-ion" | "li-po" | "lipo" | "li-polymer" | "锂离子" => Some(Chemistry::LiIon),
            "li-metal" | "lithium-metal" | "lithium" | "锂金属" => Some(Chemistry::LiMetal),
            _ => None,
        }
    }
}

/// Where the battery travels: in the equipment, beside it, or on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Packing {
    Installed,
    PackedWith,
    Alone,
}

impl Packing {
    pub const NAMES: &'static [&'static str] = &["installed", "packed-with", "alone"];

    fn read(text: &str) -> Option<Packing> {
        match text.trim().to_ascii_lowercase().replace(['_', ' '], "-").as_str() {
            "installed" | "contained-in" | "in-equipment" | "内置" => Some(Packing::Installed),
            "packed-with" | "with-equipment" | "配套" => Some(Packing::PackedWith),
            "alone" | "standalone" | "loose" | "单独" => Some(Packing::Alone),
            _ => None,
        }
    }
}

/// The figures of an item's lithium battery (contract 5.1).
#[derive(Debug, Clone, PartialEq)]
pub struct Battery {
    pub chemistry: Option<Chemistry>,
    pub packing: Option<Packing>,
    /// Per battery (li-ion).
    pub watt_hours: Option<Decimal>,
    /// Per battery (li-metal).
    pub lithium_grams: Option<Decimal>,
    /// Cells per item.
    pub cells: Option<u32>,
    /// Batteries per item.
    pub batteries: Option<u32>,
}

/// A sender or addressee (CN22/CN23 "From"/"To", the invoice's seller and buyer).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Party {
    pub name: Option<String>,
    pub company: Option<String>,
    pub address: Vec<String>,
    pub city: Option<String>,
    pub postcode: Option<String>,
    pub country: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub tax_id: Option<String>,
}

/// The documents a shipment may need. Names are the contract's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentKind {
    CommercialInvoice,
    PackingList,
    SalesContract,
    CertificateOfOrigin,
    QualityCertificate,
    ExportLicence,
    Cn22,
    Cn23,
    Msds,
    BatteryTestSummary,
    VatSpecialInvoice,
}

impl DocumentKind {
    pub const NAMES: &'static [&'static str] = &[
        "commercial-invoice",
        "packing-list",
        "sales-contract",
        "certificate-of-origin",
        "quality-certificate",
        "export-licence",
        "cn22",
        "cn23",
        "msds",
        "battery-test-summary",
        "vat-special-invoice",
    ];
    const ALL: [DocumentKind; 11] = [
        DocumentKind::CommercialInvoice,
        DocumentKind::PackingList,
        DocumentKind::SalesContract,
        DocumentKind::CertificateOfOrigin,
        DocumentKind::QualityCertificate,
        DocumentKind::ExportLicence,
        DocumentKind::Cn22,
        DocumentKind::Cn23,
        DocumentKind::Msds,
        DocumentKind::BatteryTestSummary,
        DocumentKind::VatSpecialInvoice,
    ];

    pub fn name(self) -> &'static str {
        Self::NAMES[Self::ALL.iter().position(|k| *k == self).unwrap_or(0)]
    }

    fn read(text: &str) -> Option<DocumentKind> {
        let t = text.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        let alias = match t.as_str() {
            "invoice" | "proforma-invoice" | "pro-forma-invoice" => "commercial-invoice",
            "export-license" | "licence" | "license" => "export-licence",
            "coo" | "origin-certificate" => "certificate-of-origin",
            "sds" | "msds-sheet" => "msds",
            "un38.3" | "un38.3-test-summary" | "un383" => "battery-test-summary",
            "contract" => "sales-contract",
            other => other,
        };
        Self::NAMES.iter().position(|n| *n == alias).map(|i| Self::ALL[i])
    }
}

/// What a field should have held, for the `field-malformed` message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Text,
    Number,
    WholeNumber,
    Date,
    Country,
    Currency,
    Boolean,
    OneOf(&'static [&'static str]),
    Object,
    /// Named values: a party, a battery, the declaration elements.
    Record,
    List,
    Year,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Missing,
    Malformed {
        expected: Expected,
        /// What was there, shortened for display.
        found: Found,
        /// A corrected value when one is obvious ("US" for "USA").
        suggestion: Option<String>,
    },
    /// A number too large to hold exactly.
    TooLarge,
}

/// What a malformed field held, as a message shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// A text, number or truth value, as written (shortened).
    Value(String),
    /// A list, an object or null: the message key that names it in the report's language.
    Kind(&'static str),
}

/// A problem with one field of the input, on its path (`items[2].unitPrice`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldIssue {
    pub field: String,
    pub problem: Problem,
}

/// The input is not a declaration at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotADeclaration(pub String);

impl fmt::Display for NotADeclaration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NotADeclaration {}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(test, derive(Default))]
pub struct Item {
    /// Position in the input's `items` array, for field paths.
    pub index: usize,
    pub description: Option<String>,
    pub description_zh: Option<String>,
    pub hs_code: Option<String>,
    pub quantity: Option<Decimal>,
    pub unit: String,
    pub unit_price: Option<Decimal>,
    pub total_price: Option<Decimal>,
    pub net_weight_kg: Option<Decimal>,
    pub origin_country: Option<String>,
    pub brand: Option<String>,
    pub material: Option<String>,
    pub battery: Option<Battery>,
    pub year_made: Option<i32>,
    /// Declaration elements (申报要素) by their Chinese name, as given, in input order.
    pub elements: Vec<(String, String)>,
}

impl Item {
    pub fn field(&self, name: &str) -> String {
        // Written out rather than formatted: rules ask for a field path per line.
        let mut path = String::with_capacity(12 + name.len());
        path.push_str("items[");
        path.push_str(crate::base::text::decimal(self.index as u64, &mut [0; 20]));
        path.push_str("].");
        path.push_str(name);
        path
    }

    /// quantity x unitPrice, exactly; None when either is unreadable or it overflows.
    pub fn line_value(&self) -> Option<Decimal> {
        self.quantity?.checked_mul(self.unit_price?)
    }

    /// Everything a person wrote about what the goods are, for matching.
    /// Whether the line's text (`all_text`) is its descriptions alone: no material or
    /// brand, so what is made of the one serves for the other.
    pub fn text_is_descriptions(&self) -> bool {
        self.material.is_none() && self.brand.is_none()
    }

    pub fn all_text(&self) -> String {
        [&self.description, &self.description_zh, &self.material, &self.brand]
            .iter()
            .filter_map(|s| s.as_deref())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Declaration {
    pub origin: String,
    pub destination: Option<String>,
    pub currency: Option<String>,
    pub channel: Option<Channel>,
    pub purpose: Purpose,
    pub invoice_total: Option<Decimal>,
    pub shipping_cost: Option<Decimal>,
    pub gross_weight_kg: Option<Decimal>,
    pub parcels: u32,
    /// Whether `parcels` was given (1 when not): a weight is a piece's only when the
    /// pieces are known.
    pub parcels_given: bool,
    pub date: Option<Date>,
    /// None when the seller did not say which documents they have.
    pub documents: Option<Vec<DocumentKind>>,
    pub wants_tax_refund: bool,
    /// Given, or by default a company for sale and sample, a person otherwise.
    pub exporter_type: ExporterType,
    /// As given; None when the seller did not say.
    pub sales_model: Option<SalesModel>,
    pub invoice_number: Option<String>,
    pub incoterm: Option<String>,
    pub shipper: Option<Party>,
    pub consignee: Option<Party>,
    pub items: Vec<Item>,
}

impl Declaration {
    /// The sales model in force: as given, else retail (b2c) for a sale.
    pub fn effective_sales_model(&self) -> Option<SalesModel> {
        self.sales_model.or((self.purpose == Purpose::Sale).then_some(SalesModel::B2c))
    }

    /// Whether the shipment is to claim an export VAT refund: asked for, by a company. Only
    /// enterprises (and individual businesses) filed for export refunds can claim one
    /// (财税〔2012〕39号, the exporters it covers), so a private individual's wish
    /// changes neither the channel, the documents nor the clearance; the report's refund
    /// says why.
    pub fn seeks_tax_refund(&self) -> bool {
        self.wants_tax_refund && self.exporter_type != ExporterType::Individual
    }
}

/// Reads a declaration from any JSON value. Never panics; see the module docs.
/// How people write a currency instead of its ISO code (upper case as compared): the
/// mark, the currency it usually means, and others that write it too ("$": USD, also
/// HKD, SGD, ...). The currency field suggests the usual one; an amount's mark is checked
/// against the declaration's currency (`currency_marked_in`).
const CURRENCY_MARKS: &[(&str, &str, &str)] = &[
    ("RMB", "CNY", ""),
    ("人民币", "CNY", ""),
    ("元", "CNY", ""),
    ("YUAN", "CNY", ""),
    ("CNH", "CNY", ""),
    ("¥", "CNY", "JPY"),
    ("￥", "CNY", "JPY"),
    ("US$", "USD", ""),
    ("USD$", "USD", ""),
    ("美元", "USD", ""),
    ("DOLLAR", "USD", "HKD SGD AUD CAD NZD TWD MXN"),
    ("DOLLARS", "USD", "HKD SGD AUD CAD NZD TWD MXN"),
    ("$", "USD", "HKD SGD AUD CAD NZD TWD MXN"),
    ("€", "EUR", ""),
    ("EURO", "EUR", ""),
    ("EUROS", "EUR", ""),
    ("欧元", "EUR", ""),
    ("£", "GBP", ""),
    ("POUND", "GBP", ""),
    ("POUNDS", "GBP", ""),
    ("英镑", "GBP", ""),
    ("円", "JPY", ""),
    ("YEN", "JPY", ""),
    ("日元", "JPY", ""),
];

/// The currency an amount as typed is written in ("¥80", "12 EUR"): the usual one and
/// the others its mark may mean, space-separated; None when it carries no mark or code.
pub fn currency_marked_in(amount: &str) -> Option<(String, &'static str)> {
    let upper = amount.to_ascii_uppercase();
    // An ISO code the data knows, as a word of its own ("12.50 HKD").
    let code = upper.split(|c: char| !c.is_ascii_alphabetic()).find(|w| w.len() == 3 && data::currency_minor_unit(w).is_some());
    // Else the longest mark it holds ("日元", not the "元" in it).
    code.map(|c| (c.to_string(), ""))
        .or_else(|| CURRENCY_MARKS.iter().filter(|m| upper.contains(m.0)).max_by_key(|m| m.0.len()).map(|m| (m.1.to_string(), m.2)))
}

pub fn read(input: &Json) -> Result<(Declaration, Vec<FieldIssue>), NotADeclaration> {
    let obj = input.as_object().ok_or_else(|| {
        NotADeclaration(format!("expected a declaration: a JSON object with destination, currency and items; got {}", kind_of(input)))
    })?;
    let mut r = Reader { issues: Vec::new(), scope: String::new() };
    let items_value = obj.get("items").unwrap_or(&Json::Null);
    let raw_items: &[Json] = match items_value {
        Json::Array(a) => a,
        Json::Null => &[],
        other => return Err(NotADeclaration(format!("expected `items` to be an array of goods lines; got {}", kind_of(other)))),
    };

    let origin = r.country(obj, "origin").unwrap_or_else(|| "CN".to_string());
    let destination = r.required("destination", |r, key| r.country(obj, key));
    let currency = r.required("currency", |r, key| r.currency(obj, key));
    let channel = r.choice(obj, "channel", Channel::NAMES, Channel::read);
    let purpose = r.choice(obj, "purpose", Purpose::NAMES, Purpose::read).unwrap_or(Purpose::Sale);
    let invoice_total = r.decimal(obj, "invoiceTotal");
    let shipping_cost = r.decimal(obj, "shippingCost");
    let gross_weight_kg = r.decimal(obj, "grossWeightKg");
    let parcels_read = r.whole_number(obj, "parcels");
    let parcels = parcels_read.unwrap_or(1);
    let date = r.date(obj, "date");
    let documents = r.documents(obj);
    let wants_tax_refund = r.boolean(obj, "wantsTaxRefund").unwrap_or(false);
    let exporter_type = r.choice(obj, "exporterType", ExporterType::NAMES, ExporterType::read).unwrap_or(match purpose {
        Purpose::Sale | Purpose::Sample => ExporterType::Company,
        _ => ExporterType::Individual,
    });
    let sales_model = r.choice(obj, "salesModel", SalesModel::NAMES, SalesModel::read);
    let invoice_number = r.text(obj, "invoiceNumber");
    let incoterm = r.text(obj, "incoterm").map(|t| t.to_ascii_uppercase());
    let shipper = r.party(obj, "shipper");
    let consignee = r.party(obj, "consignee");

    if raw_items.is_empty() {
        r.missing("items");
    }
    let mut items = Vec::with_capacity(raw_items.len());
    for (index, value) in raw_items.iter().enumerate() {
        match value.as_object() {
            Some(item) => items.push(r.item(item, index, &origin)),
            None => r.malformed(&format!("items[{index}]"), Expected::Object, value, None),
        }
    }

    let declaration = Declaration {
        origin,
        destination,
        currency,
        channel,
        purpose,
        invoice_total,
        shipping_cost,
        gross_weight_kg,
        parcels,
        parcels_given: parcels_read.is_some(),
        date,
        documents,
        wants_tax_refund,
        exporter_type,
        sales_model,
        invoice_number,
        incoterm,
        shipper,
        consignee,
        items,
    };
    Ok((declaration, r.issues))
}

fn kind_of(v: &Json) -> &'static str {
    match v {
        Json::Null => "null",
        Json::Bool(_) => "a boolean",
        Json::Number(_) => "a number",
        Json::String(_) => "a string",
        Json::Array(_) => "an array",
        Json::Object(_) => "an object",
    }
}

/// What was found, short enough for a message.
fn shown(v: &Json) -> Found {
    let text = match v {
        Json::String(s) => s.clone(),
        Json::Number(n) => n.clone(),
        Json::Bool(b) => b.to_string(),
        Json::Null => return Found::Kind("value-kind.null"),
        Json::Array(_) => return Found::Kind("value-kind.an-array"),
        Json::Object(_) => return Found::Kind("value-kind.an-object"),
    };
    let mut short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    Found::Value(short)
}

struct Reader {
    issues: Vec<FieldIssue>,
    /// The path of the record being read ("items[0].", "shipper."): a field's path is
    /// the scope and its key, formatted only when an issue names it (a clean line used
    /// to format a dozen paths it never showed).
    scope: String,
}

impl Reader {
    /// The path of `key` in the record being read.
    fn path(&self, key: &str) -> String {
        format!("{}{key}", self.scope)
    }

    /// Reads `name`'s fields (a record inside the one being read) under its path.
    fn within<T>(&mut self, name: &str, read: impl FnOnce(&mut Self) -> T) -> T {
        let outer = self.scope.len();
        self.scope.push_str(name);
        self.scope.push('.');
        let value = read(self);
        self.scope.truncate(outer);
        value
    }

    fn has_issue(&self, key: &str) -> bool {
        self.issues.iter().any(|i| i.field.strip_prefix(self.scope.as_str()) == Some(key))
    }

    fn missing(&mut self, key: &str) {
        self.issues.push(FieldIssue { field: self.path(key), problem: Problem::Missing });
    }

    /// `key` read by `read`, reported missing when absent (unless reading it already
    /// reported a problem with it).
    fn required<T>(&mut self, key: &str, read: impl FnOnce(&mut Self, &str) -> Option<T>) -> Option<T> {
        let value = read(self, key);
        if value.is_none() && !self.has_issue(key) {
            self.missing(key);
        }
        value
    }

    fn malformed(&mut self, key: &str, expected: Expected, found: &Json, suggestion: Option<String>) {
        self.issues.push(FieldIssue { field: self.path(key), problem: Problem::Malformed { expected, found: shown(found), suggestion } });
    }

    /// Text, trimmed; empty text is absent. Numbers are taken as their digits (a person
    /// may type an HS code or a description like "1004"); anything else is malformed.
    fn text(&mut self, obj: &Object, key: &str) -> Option<String> {
        match obj.get(key)? {
            Json::String(s) => {
                let t = s.trim();
                (!t.is_empty()).then(|| t.to_string())
            }
            Json::Number(n) => Some(n.to_string()),
            Json::Null => None,
            other => {
                self.malformed(key, Expected::Text, other, None);
                None
            }
        }
    }

    fn decimal(&mut self, obj: &Object, key: &str) -> Option<Decimal> {
        let value = obj.get(key)?;
        let text = match value {
            Json::Null => return None,
            Json::String(s) => s.clone(),
            Json::Number(n) => n.clone(),
            other => {
                self.malformed(key, Expected::Number, other, None);
                return None;
            }
        };
        match parse_decimal(&text) {
            Ok(d) => Some(d),
            Err(NumberProblem::Empty) => None,
            Err(NumberProblem::TooLarge) => {
                self.issues.push(FieldIssue { field: self.path(key), problem: Problem::TooLarge });
                None
            }
            Err(NumberProblem::NotANumber { suggestion }) => {
                self.malformed(key, Expected::Number, value, suggestion);
                None
            }
        }
    }

    fn whole_number(&mut self, obj: &Object, key: &str) -> Option<u32> {
        let value = obj.get(key)?;
        if value.is_null() {
            return None;
        }
        let parsed = match value {
            Json::Number(n) => parse_decimal(n).ok(),
            Json::String(s) => parse_decimal(s).ok(),
            _ => None,
        };
        match parsed.filter(|d| d.fract().is_zero() && *d >= Decimal::ONE).map(|d| d.trunc().to_string().parse::<u32>()) {
            Some(Ok(n)) => Some(n),
            _ => {
                self.malformed(key, Expected::WholeNumber, value, None);
                None
            }
        }
    }

    fn boolean(&mut self, obj: &Object, key: &str) -> Option<bool> {
        match obj.get(key)? {
            Json::Bool(b) => Some(*b),
            Json::Null => None,
            Json::String(s) if s.eq_ignore_ascii_case("true") || s.eq_ignore_ascii_case("yes") => Some(true),
            Json::String(s) if s.eq_ignore_ascii_case("false") || s.eq_ignore_ascii_case("no") || s.is_empty() => Some(false),
            other => {
                self.malformed(key, Expected::Boolean, other, None);
                None
            }
        }
    }

    fn date(&mut self, obj: &Object, key: &str) -> Option<Date> {
        let value = obj.get(key)?;
        let text = match value {
            Json::Null => return None,
            Json::String(s) if s.trim().is_empty() => return None,
            Json::String(s) => s,
            other => {
                self.malformed(key, Expected::Date, other, None);
                return None;
            }
        };
        let parsed = Date::parse(text);
        if parsed.is_none() {
            // "2026/7/1" or "2026-7-1": offer the padded form.
            let parts: Vec<&str> = text.trim().split(['-', '/', '.']).collect();
            let suggestion = match parts.as_slice() {
                [y, m, d] => Date::parse(&format!("{y}-{m:0>2}-{d:0>2}")).map(|d| d.to_string()),
                _ => None,
            };
            self.malformed(key, Expected::Date, value, suggestion);
        }
        parsed
    }

    fn country(&mut self, obj: &Object, key: &str) -> Option<String> {
        let raw = self.text(obj, key)?;
        let code = raw.to_ascii_uppercase();
        if code.len() == 2 && data::country(&code).is_some() {
            return Some(code);
        }
        let suggestion = data::country_by_name(&raw).map(|c| c.alpha2.to_string());
        self.malformed(key, Expected::Country, &Json::String(raw), suggestion.clone());
        // A clear alias ("USA", "China") still lets the other checks run on the country
        // it names; the finding asks for the code.
        suggestion
    }

    fn currency(&mut self, obj: &Object, key: &str) -> Option<String> {
        let raw = self.text(obj, key)?;
        let code = raw.to_ascii_uppercase();
        if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) && data::currency_minor_unit(&code).is_some() {
            return Some(code);
        }
        let suggestion = CURRENCY_MARKS.iter().find(|m| m.0 == code).map(|m| m.1.to_string());
        self.malformed(key, Expected::Currency, &Json::String(raw), suggestion.clone());
        suggestion
    }

    fn choice<T>(&mut self, obj: &Object, key: &str, names: &'static [&'static str], read: fn(&str) -> Option<T>) -> Option<T> {
        let raw = self.text(obj, key)?;
        let parsed = read(&raw);
        if parsed.is_none() {
            self.malformed(key, Expected::OneOf(names), &Json::String(raw), None);
        }
        parsed
    }

    fn documents(&mut self, obj: &Object) -> Option<Vec<DocumentKind>> {
        let value = obj.get("documents")?;
        let list = match value {
            Json::Null => return None,
            Json::Array(a) => a,
            other => {
                self.malformed("documents", Expected::List, other, None);
                return None;
            }
        };
        let mut kinds = Vec::new();
        for (i, v) in list.iter().enumerate() {
            match v.as_str().and_then(DocumentKind::read) {
                Some(k) if !kinds.contains(&k) => kinds.push(k),
                Some(_) => {}
                None => self.malformed(&format!("documents[{i}]"), Expected::OneOf(DocumentKind::NAMES), v, None),
            }
        }
        Some(kinds)
    }

    fn item(&mut self, obj: &Object, index: usize, origin: &str) -> Item {
        self.within(&["items[", crate::base::text::decimal(index as u64, &mut [0; 20]), "]"].concat(), |r| {
            r.item_fields(obj, index, origin)
        })
    }

    fn item_fields(&mut self, obj: &Object, index: usize, origin: &str) -> Item {
        let description = self.required("description", |r, key| r.text(obj, key));
        let quantity = self.required("quantity", |r, key| r.decimal(obj, key));
        let unit_price = self.required("unitPrice", |r, key| r.decimal(obj, key));
        let origin_country = match obj.get("originCountry") {
            Some(_) => self.country(obj, "originCountry"),
            None => None,
        };
        Item {
            index,
            description,
            description_zh: self.text(obj, "descriptionZh"),
            hs_code: self.text(obj, "hsCode"),
            quantity,
            unit: self.text(obj, "unit").unwrap_or_else(|| "pcs".to_string()),
            unit_price,
            total_price: self.decimal(obj, "totalPrice"),
            net_weight_kg: self.decimal(obj, "netWeightKg"),
            origin_country: origin_country.or_else(|| Some(origin.to_string())),
            brand: self.text(obj, "brand"),
            material: self.text(obj, "material"),
            battery: self.battery(obj),
            year_made: self.year(obj, "yearMade"),
            elements: self.elements(obj),
        }
    }

    /// `{ "成分含量": "100% cotton" }`: names and values as text; an empty value is absent.
    fn elements(&mut self, obj: &Object) -> Vec<(String, String)> {
        let map = match obj.get("elements") {
            None | Some(Json::Null) => return Vec::new(),
            Some(Json::Object(map)) => map,
            Some(other) => {
                self.malformed("elements", Expected::Record, other, None);
                return Vec::new();
            }
        };
        self.within("elements", |r| map.iter().filter_map(|(name, _)| Some((name.trim().to_string(), r.text(map, name)?))).collect())
    }

    fn battery(&mut self, obj: &Object) -> Option<Battery> {
        let map = match obj.get("battery")? {
            Json::Null => return None,
            Json::Object(map) => map,
            other => {
                self.malformed("battery", Expected::Record, other, None);
                return None;
            }
        };
        Some(self.within("battery", |r| Battery {
            chemistry: r.choice(map, "chemistry", Chemistry::NAMES, Chemistry::read),
            packing: r.choice(map, "packing", Packing::NAMES, Packing::read),
            watt_hours: r.decimal(map, "wattHours"),
            lithium_grams: r.decimal(map, "lithiumGrams"),
            cells: r.whole_number(map, "cells"),
            batteries: r.whole_number(map, "batteries"),
        }))
    }

    /// A year such as 1890 (a number or its digits).
    fn year(&mut self, obj: &Object, key: &str) -> Option<i32> {
        let value = obj.get(key)?;
        let text = match value {
            Json::Null => return None,
            Json::Number(n) => n.clone(),
            Json::String(s) if s.trim().is_empty() => return None,
            Json::String(s) => s.trim().to_string(),
            other => {
                self.malformed(key, Expected::Year, other, None);
                return None;
            }
        };
        match text.parse::<i32>() {
            Ok(y) if (0..=9999).contains(&y) => Some(y),
            _ => {
                self.malformed(key, Expected::Year, value, None);
                None
            }
        }
    }

    fn party(&mut self, obj: &Object, key: &str) -> Option<Party> {
        let map = match obj.get(key)? {
            Json::Null => return None,
            Json::Object(map) => map,
            other => {
                self.malformed(key, Expected::Record, other, None);
                return None;
            }
        };
        self.within(key, |r| {
            let address = match map.get("address") {
                None | Some(Json::Null) => Vec::new(),
                Some(Json::String(s)) => s.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect(),
                Some(Json::Array(lines)) => {
                    let mut out = Vec::new();
                    for (i, line) in lines.iter().enumerate() {
                        match line {
                            Json::String(s) if !s.trim().is_empty() => out.push(s.trim().to_string()),
                            Json::String(_) | Json::Null => {}
                            other => r.malformed(&format!("address[{i}]"), Expected::Text, other, None),
                        }
                    }
                    out
                }
                Some(other) => {
                    r.malformed("address", Expected::List, other, None);
                    Vec::new()
                }
            };
            Some(Party {
                name: r.text(map, "name"),
                company: r.text(map, "company"),
                address,
                city: r.text(map, "city"),
                postcode: r.text(map, "postcode"),
                country: match map.get("country") {
                    Some(_) => r.country(map, "country"),
                    None => None,
                },
                phone: r.text(map, "phone"),
                email: r.text(map, "email"),
                tax_id: r.text(map, "taxId"),
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn issues(v: serde_json::Value) -> Vec<(String, Problem)> {
        read(&v.into()).unwrap().1.into_iter().map(|i| (i.field, i.problem)).collect()
    }

    #[test]
    fn refuses_only_what_is_no_declaration() {
        assert!(read(&Json::from(json!([1, 2]))).is_err());
        assert!(read(&Json::from(json!("text"))).is_err());
        assert!(read(&Json::from(json!(null))).is_err());
        assert!(read(&Json::from(json!({"items": "shoes"}))).is_err());
        assert!(read(&Json::from(json!({}))).is_ok());
    }

    #[test]
    fn empty_form_gives_missing_fields() {
        let fields: Vec<String> = issues(json!({})).into_iter().map(|(f, _)| f).collect();
        assert_eq!(fields, ["destination", "currency", "items"]);
        let fields: Vec<String> =
            issues(json!({"destination": "DE", "currency": "EUR", "items": [{}]})).into_iter().map(|(f, _)| f).collect();
        assert_eq!(fields, ["items[0].description", "items[0].quantity", "items[0].unitPrice"]);
    }

    #[test]
    fn wrong_values_are_findings_on_their_field() {
        let got = issues(json!({
            "destination": "USA", "currency": "rmb", "channel": "boat", "date": "2026/7/1", "parcels": 0,
            "items": [{"description": ["x"], "quantity": "two", "unitPrice": "$5", "hsCode": 610910}, 7]
        }));
        let fields: Vec<&str> = got.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(
            fields,
            [
                "destination",
                "currency",
                "channel",
                "parcels",
                "date",
                "items[0].description",
                "items[0].quantity",
                "items[0].unitPrice",
                "items[1]"
            ]
        );
        assert!(matches!(&got[0].1, Problem::Malformed { suggestion: Some(s), .. } if s == "US"));
        assert!(matches!(&got[1].1, Problem::Malformed { suggestion: Some(s), .. } if s == "CNY"));
        assert!(matches!(&got[4].1, Problem::Malformed { suggestion: Some(s), .. } if s == "2026-07-01"));
    }

    #[test]
    fn numbers_keep_their_digits() {
        let (d, _) = read(&Json::from(json!({"destination": "de", "currency": "eur", "items": [{"description": "mug", "quantity": 3, "unitPrice": 0.1, "totalPrice": "0.30"}]}))).unwrap();
        let item = &d.items[0];
        assert_eq!(item.line_value().unwrap().to_string(), "0.3");
        assert_eq!(item.total_price.unwrap().to_string(), "0.30");
        assert_eq!(d.destination.as_deref(), Some("DE"));
        assert_eq!(d.origin, "CN");
    }
}
