use crate::input::declaration::DocumentKind;
use crate::knowledge::data::china::ControlState;
use crate::report::{Finding, Severity};
use crate::rules::context::Context;

declare_rule! {
    /// **What it checks**: goods under China's export controls at the declaration's
    /// date: the dual-use items and technologies export licence (两用物项和技术出口许可证,
    /// supervision conditions 3 and G) and the export-licence catalogue (出口许可证,
    /// 4, x, y), by the 10-digit code (every line under a shorter code), and by what the
    /// description names: gallium, germanium, graphite, antimony, tungsten compounds, NdFeB
    /// magnets with dysprosium or terbium, samarium-cobalt, controlled drones, the precursor
    /// chemicals (chloroform, potassium permanganate, acetone, toluene ...). Each control
    /// counts from its date (tungsten from 2025-02-04, medium and heavy rare earths from
    /// 2025-04-04); a suspended one is reported with its suspension, not enforced, and
    /// once its suspension has ended it is enforced again with that said (holmium-group
    /// rare earths and 300 Wh/kg lithium-ion cells, suspended until 2026-11-10).
    /// **Why customs cares**: exporting controlled goods without the licence is smuggling
    /// under the Export Control Law of the PRC (2020) and the Dual-Use Items Export
    /// Control Regulations (2024): the goods are seized and the exporter prosecuted.
    /// **What to do**: apply to MOFCOM for the licence before shipping and list it among
    /// the documents (`export-licence`); when only some lines under a code are controlled,
    /// give the 10-digit code and the specification (purity, performance). That is a
    /// warning when the description does not say what the goods are, and a note when it
    /// names ordinary goods under a catch-all code.
    /// **Source**: MOFCOM/GACC 2026 catalogue of dual-use items and technologies; the
    /// 2026 export-licence catalogue (2025 No.89); announcements 2023 No.23 (gallium,
    /// germanium), 2023 No.39 (graphite), 2024 No.33 (antimony), 2025 No.10 (tungsten),
    /// 2025 No.18 (rare earths), 2023 No.28 (drones), 2025 No.57/58 suspended by 2025 No.70;
    /// the Regulations on the Administration of Precursor Chemicals (2005); China's 2026
    /// tariff.
    pub static RULE = "export-controlled", "PC506", Error;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let has_licence = ctx.decl.documents.as_ref().is_some_and(|d| d.contains(&DocumentKind::ExportLicence));
    for (item, facts) in ctx.decl.items.iter().zip(&ctx.items) {
        let controls = &facts.controls;
        let text = item.description.as_deref().or(item.description_zh.as_deref()).unwrap_or("");
        if let Some(hit) = &controls.licence {
            let by_code = facts.valid_digits() == Some(hit.basis.as_str());
            let field = item.field(if by_code { "hsCode" } else { "description" });
            let kind = ctx.say(&["export-controlled.kind.", hit.kind].concat(), &[]);
            let date = ctx.date.to_string();
            let params = [("text", text), ("kind", &kind), ("basis", &hit.basis), ("date", &date), ("until", hit.suspended_until)];
            let finding = if hit.state == ControlState::Suspended {
                ctx.finding(&RULE, field, "export-controlled.suspended", &params).with_severity(Severity::Info)
            } else if has_licence {
                ctx.finding(&RULE, field, "export-controlled.licensed", &params).with_severity(Severity::Info)
            } else if hit.state == ControlState::Resumed {
                // In force again since its suspension ended: MOFCOM may have extended it.
                ctx.finding(&RULE, field, "export-controlled.resumed", &params)
            } else {
                ctx.finding(&RULE, field, "export-controlled", &params)
            };
            out.push(finding.with_source(hit.source.clone()));
        } else if let Some(lines) = &controls.partly_controlled {
            // Catch-all codes (3926.90 "other articles of plastics") hold a controlled line
            // or two; when the description names ordinary goods, that is only a note.
            let ordinary = !facts.products.is_empty() && facts.flags & crate::knowledge::vocabulary::flag::EXPORT_CONTROLLED == 0;
            let code = facts.valid_digits().unwrap_or("");
            out.push(
                ctx.finding(&RULE, item.field("hsCode"), "export-controlled.partly", &[("code", code), ("lines", lines)])
                    .with_severity(if ordinary { Severity::Info } else { Severity::Warning })
                    .with_source(crate::knowledge::data::china::TARIFF_SOURCE),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::report::Severity;
    use crate::rules::testing::*;
    use crate::{base::date::Date, check_json, Options};
    use serde_json::{json, Value};

    fn controlled_at(description: &str, hs: Option<&str>, date: &str, licence: bool) -> Option<Severity> {
        let mut d = with(base(), "/items/0/description", json!(description));
        d = with(d, "/items/0/hsCode", hs.map_or(Value::Null, |h| json!(h)));
        if licence {
            d = with(d, "/documents", json!(["commercial-invoice", "export-licence"]));
        }
        let r = check_json(&d, &Options { date: Date::parse(date), ..Options::default() }).unwrap();
        r.findings.iter().find(|f| f.rule == "export-controlled").map(|f| f.severity)
    }

    #[test]
    fn table() {
        let now = "2026-07-01";
        // Magnets: NdFeB with dysprosium is controlled from 2025-04-04; plain NdFeB is not.
        let dy = "Sintered NdFeB magnets N52 with dysprosium grain boundary diffusion";
        assert_eq!(controlled_at(dy, None, now, false), Some(Severity::Error));
        assert_eq!(controlled_at(dy, None, now, true), Some(Severity::Info));
        assert_eq!(controlled_at(dy, None, "2025-04-03", false), None);
        assert_eq!(controlled_at("NdFeB disc magnets 10x3mm", None, now, false), None);
        assert_eq!(controlled_at("Samarium cobalt magnet SmCo5 ring", None, now, false), Some(Severity::Error));
        // Tungsten products from 2025-02-04; a tungsten carbide ring is jewellery.
        assert_eq!(controlled_at("Tungsten carbide powder 99.9%", None, "2025-02-03", false), None);
        assert_eq!(controlled_at("Tungsten carbide powder 99.9%", None, "2025-02-04", false), Some(Severity::Error));
        assert_eq!(controlled_at("Men's tungsten carbide ring 8mm", None, now, false), None);
        // Gallium and antimony by name; a GaN charger is not gallium.
        assert_eq!(controlled_at("Gallium metal ingot 99.99%", None, now, false), Some(Severity::Error));
        assert_eq!(controlled_at("65W GaN charger gallium nitride USB-C", None, now, false), None);
        assert_eq!(controlled_at("Antimony ingots 99.65%", None, now, false), Some(Severity::Error));
        assert_eq!(controlled_at("Antimony ingots 99.65%", None, "2024-09-14", false), None);
        // By code: flake graphite 2504101000 (supervision 3) from 2023-12-01.
        assert_eq!(controlled_at("Graphite", Some("2504101000"), now, false), Some(Severity::Error));
        assert_eq!(controlled_at("Graphite", Some("2504101000"), "2023-11-30", false), None);
        // A 6-digit code where only some lines are controlled asks for the 10 digits.
        assert_eq!(controlled_at("Graphite powder", Some("250410"), now, false), Some(Severity::Warning));
        // Drones: a consumer camera drone is not controlled; a BVLOS military drone is.
        assert_eq!(controlled_at("Mini camera drone 4K foldable", None, now, false), None);
        assert_eq!(controlled_at("Military UAV BVLOS 40 kg take-off", None, now, false), Some(Severity::Error));
        // Suspended measures are reported with their suspension, not enforced.
        assert_eq!(controlled_at("Holmium oxide 99.9%", None, "2026-01-10", false), Some(Severity::Info));
        // Suspended until 2026-11-10 (MOFCOM/GACC 2025 No.70): enforced again after it.
        assert_eq!(controlled_at("Holmium oxide 99.9%", None, "2026-11-10", false), Some(Severity::Info));
        assert_eq!(controlled_at("Holmium oxide 99.9%", None, "2026-11-11", false), Some(Severity::Error));
        // Precursor chemicals by name (licence since 2005-11-01), in English or Chinese; an
        // acetone-free remover or a glycol methyl ether names none.
        assert_eq!(controlled_at("Chloroform 99% 500ml", None, now, false), Some(Severity::Error));
        assert_eq!(controlled_at("Chloroform 99% 500ml", None, "2005-10-31", false), None);
        assert_eq!(controlled_at("高锰酸钾 500g", None, now, false), Some(Severity::Error));
        assert_eq!(controlled_at("Acetone-free nail polish remover 200ml", None, now, false), None);
        assert_eq!(controlled_at("Propylene glycol methyl ether PM solvent", None, now, false), None);
        assert_eq!(controlled_at("Women's knitted cotton T-shirt", Some("6109100000"), now, false), None);
        assert_eq!(controlled_at("Silicone phone case", Some("3926.90"), now, false), Some(Severity::Info));
    }
}
