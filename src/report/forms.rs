//! Printable documents from a declaration: the UPU CN22 and CN23 customs declarations,
//! a carrier-grade commercial invoice and a packing list, as complete, self-contained
//! HTML (inline styles, no external requests) that prints on A4, or the CN22 on a
//! 4 x 6 in label. Every box of the form is there; what the declaration does not fill
//! stays blank and visible, and nothing is invented. English, with the Chinese
//! description beside it where the seller gave one.
//!
//! Boxes: UPU CN 23 as transcribed in OECD 2018 Annex A (`documents/cn23_fields.csv`),
//! CN22 as printed by India Post and Japan Post, invoice fields from DHL, UPS and FedEx
//! requirements (`documents/NOTES.md`).

use crate::input::declaration::{self, Declaration, DocumentKind, Item, NotADeclaration, Party, Purpose};
use crate::input::json::Json;
use crate::knowledge::money::format_amount;
use rust_decimal::Decimal;
use std::fmt::Write as _;

/// The documents `renderDocument` makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Cn22,
    Cn23,
    CommercialInvoice,
    PackingList,
}

impl Form {
    pub const NAMES: &'static [&'static str] = &["cn22", "cn23", "commercial-invoice", "packing-list"];

    pub fn parse(name: &str) -> Option<Form> {
        match name.trim().to_ascii_lowercase().as_str() {
            "cn22" => Some(Form::Cn22),
            "cn23" => Some(Form::Cn23),
            "commercial-invoice" | "invoice" => Some(Form::CommercialInvoice),
            "packing-list" => Some(Form::PackingList),
            _ => None,
        }
    }
}

/// Page size: A4, or a 4 x 6 in label (CN22).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PageSize {
    #[default]
    A4,
    Label,
}

/// Why a document could not be made: the input is no declaration, or the kind is unknown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormError(pub String);

impl std::fmt::Display for FormError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<NotADeclaration> for FormError {
    fn from(e: NotADeclaration) -> Self {
        FormError(e.0)
    }
}

/// Renders `kind` for a declaration given as JSON.
pub fn render(input: &Json, kind: &str, size: PageSize) -> Result<String, FormError> {
    let form = Form::parse(kind)
        .ok_or_else(|| FormError(format!("the document kind must be one of {}, not \"{kind}\"", Form::NAMES.join(", "))))?;
    let (decl, _) = declaration::read(input)?;
    Ok(render_form(&decl, form, size))
}

/// Text made safe for HTML.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn opt(text: &Option<String>) -> String {
    text.as_deref().map(esc).unwrap_or_default()
}

fn money(amount: Option<Decimal>, currency: &str) -> String {
    amount.map(|a| format_amount(a, currency)).unwrap_or_default()
}

/// The line's value: its total as given, else quantity x unit price.
fn line_value(item: &Item) -> Option<Decimal> {
    item.total_price.or_else(|| item.line_value())
}

fn description(item: &Item) -> String {
    match (&item.description, &item.description_zh) {
        (Some(en), Some(zh)) => format!("{} <span lang=\"zh\">{}</span>", esc(en), esc(zh)),
        (Some(en), None) => esc(en),
        (None, Some(zh)) => format!("<span lang=\"zh\">{}</span>", esc(zh)),
        (None, None) => String::new(),
    }
}

/// A labelled box line; `value` is already escaped HTML.
fn field(label: &str, value: String) -> String {
    format!("<div class=\"row\"><span class=\"label\">{label}</span><span class=\"value\">{value}</span></div>")
}

fn party(title: &str, p: Option<&Party>) -> String {
    let empty = Party::default();
    let p = p.unwrap_or(&empty);
    let line = field;
    let mut out = format!("<section class=\"party box\"><h2>{title}</h2>");
    out.push_str(&line("Name", opt(&p.name)));
    out.push_str(&line("Business", opt(&p.company)));
    out.push_str(&line("Street", p.address.iter().map(|l| esc(l)).collect::<Vec<_>>().join("<br>")));
    out.push_str(&line("Postcode", opt(&p.postcode)));
    out.push_str(&line("City", opt(&p.city)));
    out.push_str(&line("Country", opt(&p.country)));
    out.push_str(&line(
        "Tel. / e-mail",
        [opt(&p.phone), opt(&p.email)].iter().filter(|s| !s.is_empty()).cloned().collect::<Vec<_>>().join(" · "),
    ));
    out.push_str(&line("Customs reference (tax ID, EORI, IOSS)", opt(&p.tax_id)));
    out.push_str("</section>");
    out
}

fn check(ticked: bool, label: &str) -> String {
    format!("<span class=\"tick\"><span class=\"boxmark\">{}</span> {label}</span>", if ticked { "&#10003;" } else { "&nbsp;" })
}

fn has(decl: &Declaration, kind: DocumentKind) -> bool {
    decl.documents.as_ref().is_some_and(|d| d.contains(&kind))
}

const STYLE: &str = "*{box-sizing:border-box}body{font:10pt/1.35 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans CJK SC','Microsoft YaHei',sans-serif;color:#000;margin:0}\
main{padding:0}h1{font-size:14pt;margin:0 0 2mm}h2{font-size:9pt;margin:0 0 1mm;text-transform:uppercase;letter-spacing:.03em}\
.box{border:1px solid #000;padding:2mm;margin:0 0 2mm}.grid{display:grid;grid-template-columns:1fr 1fr;gap:2mm}\
.row{display:flex;gap:2mm;min-height:5mm;border-bottom:1px dotted #888}.label{flex:0 0 38%;color:#333;font-size:8pt}.value{flex:1}\
table{width:100%;border-collapse:collapse;margin:0 0 2mm}th,td{border:1px solid #000;padding:1mm 1.5mm;text-align:left;vertical-align:top;font-size:9pt}\
th{font-size:8pt;background:#eee}td.num,th.num{text-align:right}tr.blank td{height:6mm}.tick{margin-right:4mm;white-space:nowrap}\
.boxmark{display:inline-block;width:4mm;height:4mm;border:1px solid #000;text-align:center;line-height:4mm;font-size:8pt}\
.sign{display:grid;grid-template-columns:1fr 1fr;gap:6mm;margin-top:4mm}.sign div{border-top:1px solid #000;padding-top:1mm;font-size:8pt;min-height:10mm}\
.note{font-size:8pt;color:#333}table,tr,.box{break-inside:avoid}@media print{body{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

fn page(title: &str, size: PageSize, body: &str) -> String {
    let page_rule = match size {
        PageSize::A4 => "@page{size:A4;margin:12mm}",
        PageSize::Label => "@page{size:4in 6in;margin:4mm}body{font-size:8pt}th,td{font-size:7pt}",
    };
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{}</title><style>{STYLE}{page_rule}</style></head><body><main>{body}</main></body></html>\n",
        esc(title)
    )
}

pub fn render_form(decl: &Declaration, form: Form, size: PageSize) -> String {
    match form {
        Form::Cn22 => cn22(decl, size),
        Form::Cn23 => cn23(decl, size),
        Form::CommercialInvoice => invoice(decl, size),
        Form::PackingList => packing_list(decl, size),
    }
}

fn currency(decl: &Declaration) -> String {
    decl.currency.clone().unwrap_or_default()
}

fn total_value(decl: &Declaration) -> Option<Decimal> {
    decl.items.iter().map(line_value).try_fold(Decimal::ZERO, |acc, v| v.and_then(|v| acc.checked_add(v)))
}

fn total_net(decl: &Declaration) -> Option<Decimal> {
    decl.items.iter().map(|i| i.net_weight_kg).try_fold(Decimal::ZERO, |acc, v| v.and_then(|v| acc.checked_add(v)))
}

fn category_boxes(decl: &Declaration, cn23: bool) -> String {
    let p = decl.purpose;
    let mut out = String::new();
    out.push_str(&check(p == Purpose::Gift, "Gift"));
    out.push_str(&check(p == Purpose::Documents, "Documents"));
    out.push_str(&check(p == Purpose::Sample, "Commercial sample"));
    if cn23 {
        out.push_str(&check(p == Purpose::Return, "Returned goods"));
        out.push_str(&check(p == Purpose::Sale, "Sale of goods"));
        out.push_str(&check(p == Purpose::Other, "Other"));
    } else {
        out.push_str(&check(matches!(p, Purpose::Sale | Purpose::Return | Purpose::Other), "Other"));
    }
    out
}

fn origin(decl: &Declaration, item: &Item) -> String {
    esc(item.origin_country.as_deref().unwrap_or(&decl.origin))
}

const CERTIFICATION: &str = "I certify that the particulars given in this customs declaration are correct and that this item does not contain any dangerous article or articles prohibited by legislation or by postal or customs regulations.";

fn cn22(decl: &Declaration, size: PageSize) -> String {
    let cur = currency(decl);
    let total = total_value(decl);
    let mut b = String::new();
    b.push_str("<h1>CUSTOMS DECLARATION CN 22 <span class=\"note\">May be opened officially</span></h1>");
    let _ = write!(b, "<section class=\"box\"><h2>Category of item</h2>{}</section>", category_boxes(decl, false));
    b.push_str("<table><thead><tr><th>(1) Quantity and detailed description of contents</th><th class=\"num\">(2) Weight (kg)</th><th class=\"num\">(3) Value</th><th>(4) HS tariff number</th><th>(5) Country of origin</th></tr></thead><tbody>");
    for item in &decl.items {
        let _ = write!(
            b,
            "<tr><td>{} {} {}</td><td class=\"num\">{}</td><td class=\"num\">{} {}</td><td>{}</td><td>{}</td></tr>",
            money(item.quantity, ""),
            esc(&item.unit),
            description(item),
            money(item.net_weight_kg, ""),
            money(line_value(item), &cur),
            esc(&cur),
            opt(&item.hs_code),
            origin(decl, item)
        );
    }
    let _ = write!(
        b,
        "<tr><th>Totals</th><td class=\"num\">(6) {}</td><td class=\"num\">(7) {} {}</td><td colspan=\"2\"></td></tr></tbody></table>",
        money(decl.gross_weight_kg, ""),
        money(total, &cur),
        esc(&cur)
    );
    // UPU: a CN 22 covers contents up to 300 SDR; above it the counter asks for a CN 23.
    let limit = Decimal::from(crate::knowledge::money::CN22_LIMIT_SDR);
    let rates = crate::knowledge::money::Rates::new(&[]);
    if let Some(sdr) = total.and_then(|v| rates.convert(v, &cur, "XDR")).map(|(v, _)| v).filter(|v| *v > limit) {
        let _ = write!(
            b,
            "<p class=\"box\">Contents worth about {} SDR, over the CN 22 line of {limit} SDR (UPU): use a CN 23.</p>",
            format_amount(sdr, "XDR")
        );
    }
    let _ = write!(
        b,
        "<section class=\"box\"><p class=\"note\">{CERTIFICATION}</p><div class=\"sign\"><div>(8) Date</div><div>Sender's signature</div></div></section>"
    );
    let _ = write!(
        b,
        "<p class=\"note\">Sender: {} · Addressee: {}</p>",
        party_line(decl.shipper.as_ref()),
        party_line(decl.consignee.as_ref())
    );
    page("CN 22", size, &b)
}

fn party_line(p: Option<&Party>) -> String {
    let Some(p) = p else { return String::new() };
    [opt(&p.name), opt(&p.company), p.address.iter().map(|l| esc(l)).collect::<Vec<_>>().join(", "), opt(&p.city), opt(&p.country)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

fn cn23(decl: &Declaration, size: PageSize) -> String {
    let cur = currency(decl);
    let mut b = String::new();
    b.push_str("<h1>CUSTOMS DECLARATION CN 23 <span class=\"note\">May be opened officially · No. of item: ____________</span></h1>");
    let _ = write!(
        b,
        "<div class=\"grid\">{}{}</div>",
        party("From (sender)", decl.shipper.as_ref()),
        party("To (addressee)", decl.consignee.as_ref())
    );
    b.push_str("<table><thead><tr><th>(1) Detailed description of contents</th><th class=\"num\">(2) Quantity</th><th class=\"num\">(3) Net weight (kg)</th><th class=\"num\">(5) Value</th><th>(7) HS tariff number</th><th>(8) Country of origin of goods</th></tr></thead><tbody>");
    for item in &decl.items {
        let _ = write!(
            b,
            "<tr><td>{}</td><td class=\"num\">{} {}</td><td class=\"num\">{}</td><td class=\"num\">{} {}</td><td>{}</td><td>{}</td></tr>",
            description(item),
            money(item.quantity, ""),
            esc(&item.unit),
            money(item.net_weight_kg, ""),
            money(line_value(item), &cur),
            esc(&cur),
            opt(&item.hs_code),
            origin(decl, item)
        );
    }
    let _ = write!(
        b,
        "<tr><th>Totals</th><td></td><td class=\"num\">(4) Total gross weight: {}</td><td class=\"num\">(6) Total value: {} {}</td><td colspan=\"2\">(9) Postal charges/fees: {} {}</td></tr></tbody></table>",
        money(decl.gross_weight_kg, ""),
        money(total_value(decl), &cur),
        esc(&cur),
        money(decl.shipping_cost, &cur),
        if decl.shipping_cost.is_some() { esc(&cur) } else { String::new() }
    );
    let _ = write!(b, "<section class=\"box\"><h2>(10) Category of item</h2>{}<div class=\"row\"><span class=\"label\">Explanation</span><span class=\"value\"></span></div></section>", category_boxes(decl, true));
    b.push_str("<section class=\"box\"><h2>(11) Comments (e.g. goods subject to quarantine, sanitary/phytosanitary inspection or other restrictions)</h2><div class=\"row\"><span class=\"value\"></span></div></section>");
    let licence = has(decl, DocumentKind::ExportLicence);
    let certificate = has(decl, DocumentKind::CertificateOfOrigin) || has(decl, DocumentKind::QualityCertificate);
    let invoice = has(decl, DocumentKind::CommercialInvoice) || decl.invoice_number.is_some();
    let _ = write!(
        b,
        "<section class=\"box grid\"><div>{} No(s). of licence(s): ____________</div><div>{} No(s). of certificate(s): ____________</div><div>{} No. of invoice: {}</div><div>Office of origin / Date of posting: ____________</div></section>",
        check(licence, "(12) Licence"),
        check(certificate, "(13) Certificate"),
        check(invoice, "(14) Invoice"),
        opt(&decl.invoice_number)
    );
    let _ = write!(
        b,
        "<section class=\"box\"><p class=\"note\">{CERTIFICATION}</p><div class=\"sign\"><div>(15) Date</div><div>Sender's signature</div></div></section>"
    );
    page("CN 23", size, &b)
}

fn invoice(decl: &Declaration, size: PageSize) -> String {
    let cur = currency(decl);
    let mut b = String::new();
    b.push_str("<h1>COMMERCIAL INVOICE <span class=\"note\" lang=\"zh\">商业发票</span></h1>");
    let reason = match decl.purpose {
        Purpose::Sale => "Sale of goods",
        Purpose::Gift => "Gift (no commercial value; value stated for customs)",
        Purpose::Sample => "Commercial sample",
        Purpose::Documents => "Documents",
        Purpose::Return => "Returned goods",
        Purpose::Other => "Other",
    };
    let _ = write!(
        b,
        "<section class=\"box grid\"><div>{}{}{}</div><div>{}{}{}</div></section>",
        field("Invoice no.", opt(&decl.invoice_number)),
        field("Invoice date", decl.date.map(|d| d.to_string()).unwrap_or_default()),
        field("Waybill / tracking no.", String::new()),
        field("Reason for export", reason.to_string()),
        field("Terms of trade (Incoterm)", opt(&decl.incoterm)),
        field("Currency", esc(&cur))
    );
    let _ = write!(
        b,
        "<div class=\"grid\">{}{}</div>",
        party("Seller / exporter (shipper)", decl.shipper.as_ref()),
        party("Buyer / importer (consignee)", decl.consignee.as_ref())
    );
    b.push_str("<table><thead><tr><th>#</th><th>Full description of goods</th><th>HS code</th><th>Origin</th><th class=\"num\">Quantity</th><th>Unit</th><th class=\"num\">Net weight (kg)</th><th class=\"num\">Unit value</th><th class=\"num\">Total value</th></tr></thead><tbody>");
    for (n, item) in decl.items.iter().enumerate() {
        let _ = write!(
            b,
            "<tr><td>{}</td><td>{}{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            n + 1,
            description(item),
            item.material.as_deref().map(|m| format!(" <span class=\"note\">({})</span>", esc(m))).unwrap_or_default(),
            opt(&item.hs_code),
            origin(decl, item),
            money(item.quantity, ""),
            esc(&item.unit),
            money(item.net_weight_kg, ""),
            money(item.unit_price, &cur),
            money(line_value(item), &cur)
        );
    }
    let goods = total_value(decl);
    let freight = decl.shipping_cost;
    let invoice_total = decl.invoice_total.or_else(|| goods.and_then(|g| g.checked_add(freight.unwrap_or(Decimal::ZERO))));
    let sum_row =
        |label: &str, value: String| format!("<tr><td colspan=\"8\" class=\"num\">{label}</td><td class=\"num\">{value}</td></tr>");
    b.push_str(&sum_row("Total value of goods", format!("{} {}", money(goods, &cur), esc(&cur))));
    b.push_str(&sum_row("Freight and insurance", money(freight, &cur)));
    b.push_str(&sum_row("Other charges", String::new()));
    b.push_str(&sum_row("Total invoice amount", format!("{} {}", money(invoice_total, &cur), esc(&cur))));
    b.push_str("</tbody></table>");
    let _ = write!(
        b,
        "<section class=\"box grid\"><div>{}{}</div><div>{}{}</div></section>",
        field("Number of packages", decl.parcels.to_string()),
        field("Total net weight (kg)", money(total_net(decl), "")),
        field("Total gross weight (kg)", money(decl.gross_weight_kg, "")),
        field("Country of origin (shipment)", esc(&decl.origin))
    );
    b.push_str("<section class=\"box\"><p class=\"note\">I declare that the information contained in this invoice is true and correct, and that the contents of this shipment are as stated above.</p><div class=\"sign\"><div>Name and title</div><div>Signature and date</div></div></section>");
    page("Commercial invoice", size, &b)
}

fn packing_list(decl: &Declaration, size: PageSize) -> String {
    let mut b = String::new();
    b.push_str("<h1>PACKING LIST <span class=\"note\" lang=\"zh\">装箱单</span></h1>");
    let _ = write!(
        b,
        "<section class=\"box grid\"><div>{}{}</div><div>{}{}</div></section>",
        field("Invoice no.", opt(&decl.invoice_number)),
        field("Date", decl.date.map(|d| d.to_string()).unwrap_or_default()),
        field("Number of packages", decl.parcels.to_string()),
        field("Shipping marks", String::new())
    );
    let _ = write!(
        b,
        "<div class=\"grid\">{}{}</div>",
        party("Seller / shipper", decl.shipper.as_ref()),
        party("Buyer / consignee", decl.consignee.as_ref())
    );
    b.push_str("<table><thead><tr><th>Package no.</th><th>Contents</th><th>HS code</th><th class=\"num\">Quantity</th><th>Unit</th><th class=\"num\">Net weight (kg)</th><th class=\"num\">Gross weight (kg)</th><th>Dimensions (cm)</th></tr></thead><tbody>");
    for item in &decl.items {
        let _ = write!(
            b,
            "<tr><td></td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td><td></td><td></td></tr>",
            description(item),
            opt(&item.hs_code),
            money(item.quantity, ""),
            esc(&item.unit),
            money(item.net_weight_kg, "")
        );
    }
    let _ = write!(
        b,
        "<tr><th colspan=\"5\" class=\"num\">Totals</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td></td></tr></tbody></table>",
        money(total_net(decl), ""),
        money(decl.gross_weight_kg, "")
    );
    b.push_str("<div class=\"sign\"><div>Packed by (name)</div><div>Signature and date</div></div>");
    page("Packing list", size, &b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn decl() -> Json {
        decl_value().into()
    }

    fn decl_value() -> serde_json::Value {
        json!({
            "destination": "DE", "currency": "EUR", "purpose": "sale", "invoiceNumber": "INV-2026-0042", "incoterm": "dap",
            "shippingCost": "8.50", "grossWeightKg": "1.20", "date": "2026-07-01", "documents": ["commercial-invoice"],
            "shipper": {"name": "Li Wei", "company": "Shenzhen Bright Co.", "address": ["12 Keji Rd"], "city": "Shenzhen", "country": "CN", "phone": "+86 755 1234"},
            "consignee": {"name": "Anna <Schmidt>", "address": "Hauptstr. 5", "city": "Berlin", "postcode": "10115", "country": "DE", "taxId": "DE123"},
            "items": [{"description": "Women's knitted cotton T-shirt", "descriptionZh": "女式针织棉T恤", "hsCode": "6109.10", "quantity": "3",
                       "unitPrice": "9.00", "netWeightKg": "0.60"}]
        })
    }

    #[test]
    fn a_cn22_over_300_sdr_says_a_cn23_is_needed() {
        assert!(!render(&decl(), "cn22", PageSize::A4).unwrap().contains("use a CN 23"));
        let mut costly = decl_value();
        costly["items"][0]["unitPrice"] = json!("200.00");
        let html = render(&costly.into(), "cn22", PageSize::A4).unwrap();
        assert!(html.contains("over the CN 22 line of 300 SDR (UPU): use a CN 23."), "{html}");
    }

    #[test]
    fn every_form_carries_the_declaration_and_its_blank_boxes() {
        for kind in Form::NAMES {
            let html = render(&decl(), kind, PageSize::A4).unwrap();
            assert!(html.starts_with("<!doctype html>") && html.contains("@page{size:A4"), "{kind}");
            assert!(html.contains("Women&#39;s knitted cotton T-shirt") && html.contains("女式针织棉T恤"), "{kind}");
            // Escaped, never markup.
            assert!(!html.contains("<Schmidt>"), "{kind}");
            // Self-contained: nothing fetched.
            assert!(!html.contains("http") && !html.contains("src="), "{kind}");
        }
        let cn23 = render(&decl(), "cn23", PageSize::A4).unwrap();
        for boxed in [
            "(1) Detailed description",
            "(4) Total gross weight: 1.20",
            "(6) Total value: 27.00 EUR",
            "(9) Postal charges/fees: 8.50",
            "(14) Invoice",
            "INV-2026-0042",
            "(15) Date",
            "Anna &lt;Schmidt&gt;",
        ] {
            assert!(cn23.contains(boxed), "CN23 lacks {boxed}");
        }
        let invoice = render(&decl(), "commercial-invoice", PageSize::A4).unwrap();
        for field in ["DAP", "Sale of goods", "27.00", "35.50", "6109.10", "Signature and date"] {
            assert!(invoice.contains(field), "invoice lacks {field}");
        }
        let label = render(&decl(), "cn22", PageSize::Label).unwrap();
        assert!(label.contains("size:4in 6in") && label.contains("(7) 27.00 EUR"));
        assert!(render(&decl(), "cn99", PageSize::A4).unwrap_err().0.contains("cn22"));
        assert!(render(&Json::from(json!([1])), "cn22", PageSize::A4).is_err());
    }

    #[test]
    fn blanks_stay_visible_and_nothing_is_invented() {
        let html = render(&Json::from(json!({"items": [{"description": "Ceramic mug"}]})), "cn23", PageSize::A4).unwrap();
        assert!(html.contains("Ceramic mug") && html.contains("(12) Licence") && html.contains("Sender's signature"));
        assert!(!html.contains("INV-") && !html.contains("EUR"));
    }
}
