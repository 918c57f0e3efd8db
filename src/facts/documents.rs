//! Which documents the shipment needs, and whether the seller has them.

use crate::facts::channel::ChannelPlan;
use crate::facts::goods::ItemFacts;
use crate::input::declaration::{Channel, Declaration, DocumentKind, Purpose};
use crate::knowledge::messages::{text, Lang};
use crate::knowledge::money::CN22_LIMIT_SDR;
use crate::knowledge::vocabulary::flag;
use crate::report::{DocumentNeed, Need};
use rust_decimal::Decimal;

/// Whether `country` has a free-trade agreement with China in force on `date`
/// (china_fta_partners.csv), so a certificate of origin can lower the duty.
fn china_fta_partner(country: &str, date: crate::base::date::Date) -> bool {
    crate::knowledge::data::store::store()
        .fta_partners
        .iter()
        .any(|(c, from, _)| *c == country && crate::base::date::Date::parse(from).is_some_and(|f| f <= date))
}

pub fn needs(decl: &Declaration, items: &[ItemFacts], plan: &ChannelPlan, date: crate::base::date::Date, lang: Lang) -> Vec<DocumentNeed> {
    let say = |key: &str| text(lang, key, &[]);
    let have = |kind: DocumentKind| decl.documents.as_ref().is_some_and(|d| d.contains(&kind));
    let flags = items.iter().fold(0, |acc, f| acc | f.flags);
    let channel = plan.effective;
    let mut out: Vec<DocumentNeed> = Vec::new();
    let mut need = |kind: DocumentKind, status: Need, key: &str| {
        if let Some(existing) = out.iter_mut().find(|d| d.kind == kind) {
            if status == Need::Required {
                existing.status = Need::Required;
                existing.reason = say(key);
            }
            return;
        }
        let name = say(&["doc.", kind.name()].concat());
        out.push(DocumentNeed { kind, name, status, reason: say(key), have: have(kind) });
    };

    match (decl.purpose, channel) {
        (Purpose::Documents, _) => {}
        (Purpose::Sale, _) | (_, Channel::GeneralTrade) | (_, Channel::Express) => {
            need(DocumentKind::CommercialInvoice, Need::Required, "doc.invoice-sale")
        }
        _ => need(DocumentKind::CommercialInvoice, Need::Recommended, "doc.invoice-value"),
    }
    if channel == Channel::GeneralTrade {
        need(DocumentKind::PackingList, Need::Required, "doc.packing-general-trade");
        need(DocumentKind::SalesContract, Need::Recommended, "doc.contract-general-trade");
    } else if decl.items.len() > 1 || decl.parcels > 1 {
        need(DocumentKind::PackingList, Need::Recommended, "doc.packing-several");
    }
    if channel == Channel::Postal && decl.purpose != Purpose::Documents {
        let over = plan.value_sdr.map_or(true, |v| v > Decimal::from(CN22_LIMIT_SDR));
        if over {
            need(DocumentKind::Cn23, Need::Required, "doc.reason-cn23");
        } else {
            need(DocumentKind::Cn22, Need::Required, "doc.reason-cn22");
        }
    }
    if flags & (flag::EXPORT_CONTROLLED | flag::ANTIQUE) != 0 {
        need(DocumentKind::ExportLicence, Need::Required, "doc.licence");
    }
    if flags & (flag::BATTERY_IN | flag::BATTERY_ALONE | flag::BATTERY_VEHICLE) != 0 {
        need(DocumentKind::BatteryTestSummary, Need::Required, "doc.un383");
        let status = if flags & (flag::BATTERY_ALONE | flag::BATTERY_VEHICLE) != 0 { Need::Required } else { Need::Recommended };
        need(DocumentKind::Msds, status, "doc.msds-battery");
    }
    if flags & flag::DANGEROUS != 0 || items.iter().any(|f| f.controls.hazardous.is_some()) {
        need(DocumentKind::Msds, Need::Required, "doc.msds-dangerous");
    }
    if flags & (flag::FOOD | flag::COSMETIC | flag::MEDICINE) != 0 {
        need(DocumentKind::QualityCertificate, Need::Recommended, "doc.quality");
    }
    if decl.seeks_tax_refund() {
        need(DocumentKind::VatSpecialInvoice, Need::Required, "doc.vat-invoice");
        need(DocumentKind::SalesContract, Need::Required, "doc.contract-refund");
    }
    let dest = decl.destination.as_deref().unwrap_or("");
    if decl.origin == "CN" && china_fta_partner(dest, date) && decl.purpose == Purpose::Sale {
        need(DocumentKind::CertificateOfOrigin, Need::Recommended, "doc.origin-fta");
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::input::declaration::DocumentKind;
    use crate::rules::testing::{base, with};
    use crate::{check_json, Options};
    use serde_json::json;

    fn origin_certificate_advised(destination: &str, date: &str) -> bool {
        let decl = with(with(base(), "/destination", json!(destination)), "/purpose", json!("sale"));
        let options = Options { date: crate::base::date::Date::parse(date), ..Options::default() };
        check_json(&decl, &options).expect("a declaration").documents.iter().any(|d| d.kind == DocumentKind::CertificateOfOrigin)
    }

    #[test]
    fn every_document_has_a_name_in_both_languages() {
        use crate::knowledge::messages::{text, Lang};
        for kind in DocumentKind::NAMES {
            let key = format!("doc.{kind}");
            for lang in [Lang::En, Lang::Zh] {
                assert_ne!(text(lang, &key, &[]), key, "{key} has no {lang:?} name in messages.tsv");
            }
        }
        let zh = Options { lang: Lang::Zh, ..Options::default() };
        let report = check_json(&base(), &zh).expect("a declaration");
        assert!(report.documents.iter().any(|d| d.name == "商业发票"), "{:?}", report.documents);
    }

    #[test]
    fn certificate_of_origin_where_an_fta_is_in_force_on_the_date() {
        // China-Serbia FTA: in force 2024-07-01 (china_fta_partners.csv).
        assert!(origin_certificate_advised("RS", "2024-07-01"));
        assert!(!origin_certificate_advised("RS", "2024-06-30"));
        assert!(origin_certificate_advised("KR", "2026-11-26"));
        assert!(!origin_certificate_advised("US", "2026-11-26"));
    }
}
