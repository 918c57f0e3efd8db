//! How China's customs clears the parcel on the way out, worked out once per check from
//! the dated limits and modes in the data (`data::china`):
//!
//! - the category: express documents; personal articles (CNY 1,000 a parcel, 800 to Hong
//!   Kong, Macao and Taiwan); express low-value goods (up to CNY 5,000, freight and
//!   insurance not counted, only without licence, refund or foreign-exchange
//!   settlement); otherwise a formal declaration (报关单);
//! - the customs supervision mode when a list or declaration form is filed (9610, 9710,
//!   9810, 0110), and what it needs;
//! - whether an export VAT refund is possible, and the rate in force at the date for
//!   each line's code (the tariff's column, overridden by dated announcements).
//!
//! The `clearance-limit-exceeded` and `declaration-elements-missing` rules read it.

use crate::base::date::Date;
use crate::facts::goods::ItemFacts;
use crate::input::declaration::{Channel, Declaration, ExporterType, Purpose, SalesModel};
use crate::knowledge::data::china::{self, ControlState, Limit};
use crate::knowledge::messages::{text, Lang};
use crate::knowledge::money::{format_amount, Converter};
use crate::knowledge::vocabulary::flag;
use crate::report::{Category, Clearance, ItemRefund, TaxRefund};
use rust_decimal::Decimal;

#[derive(Debug, Clone)]
pub struct ClearancePlan {
    pub info: Clearance,
    pub value_cny: Option<Decimal>,
    /// The limit this shipment passed, when it passed one.
    pub exceeded: Option<&'static Limit>,
    /// True when a list (申报清单) or declaration form is filed, so the declaration
    /// elements of each code must be stated.
    pub files_form: bool,
}

/// Whether a line's goods need an export licence at the date: by its code (every tariff
/// line under it controlled), by the dated controls that name it, or by what the
/// vocabulary knows of the goods.
pub fn needs_licence(facts: &ItemFacts) -> bool {
    facts.controls.licence.as_ref().is_some_and(|h| h.state != ControlState::Suspended) || facts.flags & flag::EXPORT_CONTROLLED != 0
}

pub fn plan(
    decl: &Declaration,
    items: &[ItemFacts],
    goods_total: Option<Decimal>,
    channel: Channel,
    date: Date,
    lang: Lang,
    money: &mut Converter,
) -> ClearancePlan {
    let say = |key: &str, params: &[(&str, &str)]| text(lang, key, params);
    let currency = decl.currency.as_deref().unwrap_or("");
    let value_cny = goods_total.and_then(|total| money.convert(total, currency, "CNY"));
    let cny = |v: Decimal| ["CNY ", &format_amount(v, "CNY")].concat();
    let shown_value = value_cny.map(cny).unwrap_or_else(|| "?".into());
    let destination = decl.destination.as_deref().unwrap_or("");
    let mut reasons: Vec<String> = Vec::new();
    let mut sources: Vec<&str> = Vec::new();
    let mut exceeded = None;
    if decl.origin != "CN" {
        reasons.push(say("clearance.not-cn", &[("origin", &decl.origin)]));
    }
    if value_cny.is_none() {
        reasons.push(say("clearance.no-value", &[]));
    }
    let licence = items.iter().any(needs_licence);
    let over = |limit: &Limit| value_cny.is_some_and(|v| v > Decimal::from(limit.limit_cny));

    // Goods a business sends: low-value goods within the limit, else a formal declaration.
    let as_goods = |reasons: &mut Vec<String>, sources: &mut Vec<&'static str>, exceeded: &mut Option<&'static Limit>| {
        if channel == Channel::GeneralTrade {
            reasons.push(say("clearance.general-trade", &[]));
            return Category::FormalDeclaration;
        }
        if decl.seeks_tax_refund() {
            reasons.push(say("clearance.formal-refund", &[]));
            return Category::FormalDeclaration;
        }
        if licence {
            reasons.push(say("clearance.formal-licence", &[]));
            return Category::FormalDeclaration;
        }
        let Some(limit) = china::limit("low-value-goods", channel.name(), destination, date) else {
            reasons.push(say("clearance.formal-no-limit", &[("date", &date.to_string())]));
            return Category::FormalDeclaration;
        };
        sources.push(limit.source);
        let basis = if lang == Lang::Zh && !limit.basis_zh.is_empty() { limit.basis_zh } else { limit.basis };
        let params = [("value", shown_value.as_str()), ("limit", &cny(Decimal::from(limit.limit_cny))), ("basis", basis)];
        if over(limit) {
            *exceeded = Some(limit);
            reasons.push(say("clearance.formal-value", &params));
            Category::FormalDeclaration
        } else {
            reasons.push(say(&["clearance.low-value.", channel.name()].concat(), &params));
            reasons.push(say("clearance.forex", &[]));
            Category::LowValueGoods
        }
    };

    let category = if decl.purpose == Purpose::Documents {
        reasons.push(say("clearance.documents", &[]));
        Category::Documents
    } else if decl.exporter_type == ExporterType::Individual && channel != Channel::GeneralTrade {
        match china::limit("personal-articles", channel.name(), destination, date) {
            Some(limit) => {
                sources.push(limit.source);
                let params = [("value", shown_value.as_str()), ("limit", &cny(Decimal::from(limit.limit_cny)))];
                if over(limit) {
                    exceeded = Some(limit);
                    reasons.push(say("clearance.personal-over", &params));
                    as_goods(&mut reasons, &mut sources, &mut None)
                } else {
                    reasons.push(say("clearance.personal", &params));
                    Category::PersonalArticles
                }
            }
            None => {
                reasons.push(say("clearance.personal-no-limit", &[("date", &date.to_string())]));
                Category::PersonalArticles
            }
        }
    } else {
        as_goods(&mut reasons, &mut sources, &mut exceeded)
    };

    let mode = mode_for(decl, category, channel);
    let mut mode_needs = Vec::new();
    if let Some(code) = mode {
        reasons.push(say(&["clearance.mode-why.", code].concat(), &[]));
        mode_needs.push(say(&["clearance.mode.", code].concat(), &[]));
        if let Some(m) = china::mode(code) {
            sources.push(m.source);
        }
    }
    let tax_refund = refund(decl, items, category, mode, date, lang);
    let source = sources.iter().map(|s| china::mark_secondary(s)).collect::<Vec<_>>().join(" | ");
    ClearancePlan {
        files_form: matches!(category, Category::LowValueGoods | Category::FormalDeclaration),
        info: Clearance {
            channel,
            category,
            mode,
            value_cny: value_cny.map(|v| format_amount(v, "CNY")).unwrap_or_default(),
            reasons,
            tax_refund,
            mode_needs,
            source,
        },
        value_cny,
        exceeded,
    }
}

/// The customs supervision mode of a list or declaration form: the cross-border
/// e-commerce modes follow how the goods are sold; other formal declarations are general
/// trade (0110). Personal articles and documents file neither.
fn mode_for(decl: &Declaration, category: Category, channel: Channel) -> Option<&'static str> {
    if !matches!(category, Category::LowValueGoods | Category::FormalDeclaration) {
        return None;
    }
    // On a general-trade declaration, retail is assumed only when the seller said so.
    let model = if channel == Channel::GeneralTrade { decl.sales_model } else { decl.effective_sales_model() };
    match model {
        Some(SalesModel::B2c) => Some("9610"),
        Some(SalesModel::B2b) => Some("9710"),
        Some(SalesModel::OverseasWarehouse) => Some("9810"),
        // Samples and other goods not sold through a platform: an express manifest for
        // low-value goods, a general-trade declaration otherwise.
        None if category == Category::FormalDeclaration => Some("0110"),
        None => None,
    }
}

fn refund(decl: &Declaration, items: &[ItemFacts], category: Category, mode: Option<&str>, date: Date, lang: Lang) -> TaxRefund {
    let say = |key: &str, params: &[(&str, &str)]| text(lang, key, params);
    let date_text = date.to_string();
    let mut lines = Vec::new();
    for (item, facts) in decl.items.iter().zip(items) {
        let Some(digits) = facts.valid_digits() else { continue };
        let field = item.field("hsCode");
        let mut rates: Vec<(&str, &str)> = Vec::new();
        let mut unknown = facts.cn_lines.is_empty();
        for line in facts.cn_lines {
            match china::refund_rate(line, date) {
                Some(r) if !rates.iter().any(|x| x.0 == r.0) => rates.push(r),
                Some(_) => {}
                None => unknown = true,
            }
        }
        let rate = match (rates.as_slice(), unknown) {
            ([(rate, _)], false) => Some(rate.to_string()),
            _ => None,
        };
        let source = match (rates.first(), &rate) {
            (Some((_, source)), Some(_)) => china::mark_secondary(source),
            _ if facts.cn_lines.is_empty() => say("refund.not-in-tariff", &[("code", digits)]),
            _ => {
                let mut all: Vec<String> = facts
                    .cn_lines
                    .iter()
                    .map(|l| format!("{} {}", l.code, china::refund_rate(l, date).map_or(l.refund, |r| r.0)))
                    .collect();
                all.dedup();
                say("refund.differs", &[("code", digits), ("lines", &all.join(", "))])
            }
        };
        lines.push(ItemRefund { field, code: digits.to_string(), rate, source });
    }
    let rate = match lines.first() {
        Some(first) if lines.iter().all(|l| l.rate.is_some() && l.rate == first.rate) => first.rate.clone(),
        _ => None,
    };
    let (possible, reason) = if decl.origin != "CN" {
        (false, say("refund.not-cn", &[]))
    } else {
        // A private individual gets no refund, whatever the goods: said first to one who
        // asked for it.
        let individual = decl.exporter_type == ExporterType::Individual;
        match (category, mode) {
            _ if individual && decl.wants_tax_refund => (false, say("refund.individual", &[])),
            (Category::Documents, _) => (false, say("refund.documents", &[])),
            (Category::PersonalArticles, _) => (false, say("refund.personal", &[])),
            _ if individual => (false, say("refund.individual", &[])),
            (Category::LowValueGoods, _) => (false, say("refund.low-value", &[])),
            (Category::FormalDeclaration, Some(mode)) => {
                let key = if mode == "9610" { "refund.possible-9610" } else { "refund.possible" };
                let mut reason = say(key, &[("mode", mode)]);
                match (&rate, lines.is_empty()) {
                    (Some(r), _) if r == "0" => reason = say("refund.zero-rate", &[("date", &date_text)]),
                    (Some(r), _) => {
                        reason.push(' ');
                        reason.push_str(&say("refund.rate", &[("rate", r), ("date", &date_text)]));
                    }
                    (None, true) => {
                        reason.push(' ');
                        reason.push_str(&say("refund.no-code", &[]));
                    }
                    (None, false) => {
                        reason.push(' ');
                        reason.push_str(&say("refund.rate-per-line", &[("date", &date_text)]));
                    }
                }
                (rate.as_deref() != Some("0"), reason)
            }
            (Category::FormalDeclaration, None) => (false, say("refund.no-mode", &[])),
        }
    };
    TaxRefund { possible, rate, reason, items: lines }
}

#[cfg(test)]
mod tests {
    //! Categories on both sides of each limit, in CNY and converted from USD and EUR at
    //! the embedded rates (ECB 2026-10-02: EUR/CNY 7.5259, EUR/USD 1.1225), HK/MO/TW
    //! against other destinations, each mode, and refunds by date.
    use crate::report::Report;
    use crate::{base::date::Date, check_json, Options};
    use serde_json::{json, Value};

    fn report(decl: Value, date: &str) -> Report {
        check_json(&decl, &Options { date: Date::parse(date), ..Options::default() }).expect("a declaration")
    }

    fn parcel(currency: &str, price: &str, extra: Value) -> Value {
        let mut d = json!({
            "destination": "US", "currency": currency, "channel": "express",
            "items": [{"description": "Women's knitted cotton T-shirt", "descriptionZh": "女式针织棉T恤", "hsCode": "6109100000",
                       "quantity": 1, "unitPrice": price}]
        });
        if let (Some(d), Some(extra)) = (d.as_object_mut(), extra.as_object()) {
            for (k, v) in extra {
                d.insert(k.clone(), v.clone());
            }
        }
        d
    }

    /// Only enterprises filed for export refunds can claim one (财税〔2012〕39号): a private
    /// individual who asks is told so, and the wish changes neither the category, the
    /// channel nor the documents; a company's wish takes the goods to a declaration form.
    #[test]
    fn a_private_individual_gets_no_refund() {
        let ask = |exporter: &str| {
            let d = parcel("USD", "40", json!({"channel": "postal", "exporterType": exporter, "wantsTaxRefund": true}));
            report(d, "2026-11-29")
        };
        let person = ask("individual");
        assert_eq!(category(&person), "personal-articles");
        assert!(!person.clearance.tax_refund.possible && person.clearance.tax_refund.reason.contains("private individual"));
        assert!(!person.findings.iter().any(|f| f.rule == "channel-unsuitable"));
        let kinds = serde_json::to_value(&person.documents).unwrap().to_string();
        assert!(!kinds.contains("vat-special-invoice"), "{kinds}");
        let company = ask("company");
        assert_eq!(category(&company), "formal-declaration");
        assert!(company.clearance.tax_refund.possible);
        assert!(company.findings.iter().any(|f| f.rule == "channel-unsuitable"));
        assert!(serde_json::to_value(&company.documents).unwrap().to_string().contains("vat-special-invoice"));
    }

    fn category(r: &Report) -> String {
        serde_json::to_value(r.clearance.category).unwrap().as_str().unwrap().to_string()
    }

    #[test]
    fn personal_articles_on_both_sides_of_their_limits() {
        let gift = json!({"purpose": "gift", "channel": "postal"});
        let r = report(parcel("CNY", "1000", gift.clone()), "2026-07-01");
        assert_eq!((category(&r), r.clearance.value_cny.as_str()), ("personal-articles".into(), "1000"));
        let r = report(parcel("CNY", "1000.01", gift.clone()), "2026-07-01");
        assert_ne!(category(&r), "personal-articles");
        assert!(r.findings.iter().any(|f| f.rule == "clearance-limit-exceeded"));
        // Hong Kong, Macao and Taiwan: CNY 800.
        for dest in ["HK", "MO", "TW"] {
            let mut d = parcel("CNY", "800", gift.clone());
            d["destination"] = json!(dest);
            assert_eq!(category(&report(d.clone(), "2026-07-01")), "personal-articles", "{dest}");
            d["items"][0]["unitPrice"] = json!("800.01");
            assert_ne!(category(&report(d, "2026-07-01")), "personal-articles", "{dest}");
        }
        // USD 149 is CNY 998.97 (149 / 1.1225 x 7.5259); USD 150 is CNY 1,005.68.
        assert_eq!(category(&report(parcel("USD", "149", gift.clone()), "2026-07-01")), "personal-articles");
        assert_ne!(category(&report(parcel("USD", "150", gift), "2026-07-01")), "personal-articles");
    }

    #[test]
    fn low_value_goods_up_to_cny_5000_then_a_formal_declaration() {
        let r = report(parcel("CNY", "5000", json!({})), "2026-07-01");
        assert_eq!((category(&r), r.clearance.mode), ("low-value-goods".into(), Some("9610")));
        let r = report(parcel("CNY", "5000.01", json!({})), "2026-07-01");
        assert_eq!((category(&r), r.clearance.mode), ("formal-declaration".into(), Some("9610")));
        // EUR 664 is CNY 4,997.20; EUR 665 is CNY 5,004.72. Freight does not count.
        assert_eq!(category(&report(parcel("EUR", "664", json!({"shippingCost": "100"})), "2026-07-01")), "low-value-goods");
        assert_eq!(category(&report(parcel("EUR", "665", json!({})), "2026-07-01")), "formal-declaration");
        // A refund or a licence makes it formal at any value.
        assert_eq!(category(&report(parcel("CNY", "50", json!({"wantsTaxRefund": true})), "2026-07-01")), "formal-declaration");
    }

    #[test]
    fn a_chinese_report_gives_each_limit_its_basis_in_chinese() {
        for channel in ["express", "postal"] {
            let zh = Options { date: Date::parse("2026-07-01"), lang: crate::knowledge::messages::Lang::Zh, ..Options::default() };
            let r = check_json(&parcel("CNY", "300", json!({"channel": channel})), &zh).expect("a declaration");
            let reason = &r.clearance.reasons[0];
            // The limit's basis is data; its English text ("goods value ...") must not
            // appear in a Chinese sentence.
            assert!(reason.contains("货值") && !reason.contains("goods value"), "{channel}: {reason}");
        }
        let en = report(parcel("CNY", "300", json!({"channel": "postal"})), "2026-07-01");
        assert!(en.clearance.reasons[0].contains("the forwarders' figure"), "{}", en.clearance.reasons[0]);
    }

    #[test]
    fn modes_follow_the_sales_model() {
        let mode = |extra: Value| report(parcel("CNY", "20000", extra), "2026-07-01").clearance.mode;
        assert_eq!(mode(json!({})), Some("9610"));
        assert_eq!(mode(json!({"salesModel": "b2b"})), Some("9710"));
        assert_eq!(mode(json!({"salesModel": "overseas-warehouse"})), Some("9810"));
        assert_eq!(mode(json!({"channel": "general-trade"})), Some("0110"));
        assert_eq!(mode(json!({"purpose": "sample"})), Some("0110"));
        assert_eq!(report(parcel("CNY", "300", json!({"purpose": "sample"})), "2026-07-01").clearance.mode, None);
        assert_eq!(report(parcel("CNY", "300", json!({"purpose": "documents"})), "2026-07-01").clearance.mode, None);
    }

    #[test]
    fn refund_rates_by_date() {
        let refund = |hs: &str, description: &str, date: &str| {
            let mut d = parcel("CNY", "20000", json!({"channel": "general-trade", "wantsTaxRefund": true}));
            d["items"][0]["hsCode"] = json!(hs);
            d["items"][0]["description"] = json!(description);
            report(d, date).clearance.tax_refund
        };
        let battery = |date: &str| refund("8507600090", "Lithium-ion battery pack 48V", date).rate;
        assert_eq!(battery("2024-11-30").as_deref(), Some("13"));
        assert_eq!(battery("2024-12-01").as_deref(), Some("9"));
        assert_eq!(battery("2026-04-01").as_deref(), Some("6"));
        let abolished = refund("8507600090", "Lithium-ion battery pack 48V", "2027-01-01");
        assert_eq!((abolished.rate.as_deref(), abolished.possible), (Some("0"), false));
        let pv = |date: &str| refund("8541430000", "Solar panel 400W monocrystalline", date).rate;
        assert_eq!((pv("2025-06-01").as_deref(), pv("2026-04-01").as_deref()), (Some("9"), Some("0")));
        let foil = |date: &str| refund("7607190000", "Aluminium foil rolls 0.02mm", date).rate;
        assert_eq!((foil("2024-11-30").as_deref(), foil("2024-12-01").as_deref()), (Some("13"), Some("0")));
        let shirt = refund("6109100000", "Women's knitted cotton T-shirt", "2026-07-01");
        assert_eq!((shirt.rate.as_deref(), shirt.possible), (Some("13"), true));
        // A 6-digit code whose 10-digit lines differ: no guess.
        let six = refund("850760", "Lithium-ion battery pack 48V", "2026-07-01");
        assert!(six.items[0].rate.is_some() || six.rate.is_none());
        // Not possible for personal articles or low-value goods.
        let low = report(parcel("CNY", "300", json!({"purpose": "gift"})), "2026-07-01").clearance.tax_refund;
        assert!(!low.possible);
    }
}
