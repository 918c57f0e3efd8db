use crate::input::declaration::DocumentKind;
use crate::report::{Finding, Need, Severity};
use crate::rules::context::Context;

declare_rule! {
    /// **What it checks**: when the seller lists the documents they have, that every
    /// document the shipment requires is among them: commercial invoice for a sale (and
    /// for express and general trade), packing list for general trade, CN22 or CN23 by
    /// post (300 SDR line), export licence for controlled goods, UN 38.3 test summary and
    /// MSDS for lithium batteries, VAT special invoices for a tax refund.
    /// **Why customs cares**: the declaration is checked against its documents; a missing
    /// one stops release (the clearance process's document-preparation stage; UPU
    /// CN22/CN23 rules; IATA DGR 3.9.2.6).
    /// **What to do**: prepare the document before handing the parcel over. CN22/CN23 are
    /// usually printed with the postal label, so their absence is only noted.
    pub static RULE = "document-missing", "PC601", Warning;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    if ctx.decl.documents.is_none() {
        return; // The seller did not say what they have: the report lists what is needed.
    }
    for need in ctx.documents.iter().filter(|d| d.status == Need::Required && !d.have) {
        let severity = match need.kind {
            DocumentKind::Cn22 | DocumentKind::Cn23 => Severity::Info,
            DocumentKind::ExportLicence => Severity::Error,
            _ => Severity::Warning,
        };
        let name = ctx.say(&["doc.", need.kind.name()].concat(), &[]);
        out.push(
            ctx.finding(&RULE, "documents", "document-missing", &[("document", &name), ("reason", &need.reason)])
                .with_severity(severity)
                .with_suggestions([need.kind.name()]),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use serde_json::json;

    #[test]
    fn table() {
        assert!(fired(base(), "document-missing").is_empty());
        let f = fired(with(base(), "/documents", json!([])), "document-missing");
        assert_eq!(f[0].suggestions, ["commercial-invoice"]);
        assert!(fired(with(base(), "/documents", json!(null)), "document-missing").is_empty());
    }
}
