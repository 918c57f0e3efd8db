//! What China's export side says of each line, worked out once per check: goods
//! prohibited from export, CITES goods, dual-use and export-licence goods (by the
//! tariff's supervision conditions of the line's code and by the dated controls in
//! `china_controls.csv`, matched by code or by words), cultural relics by `yearMade`, the
//! permit the code's supervision conditions ask for on export, and whether the goods are
//! subject to outbound inspection.
//!
//! The `export-controlled`, `prohibited-item` and `restricted-item` rules and the lane
//! read it.

use crate::base::date::Date;
use crate::input::declaration::Item;
use crate::knowledge::data::china::{self, Control, ControlState, SupervisionCode, TariffLine, TARIFF_SOURCE};
use crate::knowledge::phrases::Found;

/// A tariff line's supervision conditions (监管条件) with `effect` on export; what each
/// code means is data (`china_supervision_codes.csv`, read through `china::has_effect`).
fn supervised(line: &TariffLine, effect: &str) -> bool {
    china::has_effect(line.supervision, "supervision", effect)
}

/// Why a line is controlled, prohibited or restricted.
#[derive(Debug, Clone)]
pub struct Hit {
    /// "prohibited", "cites", "dual-use" or "export-licence".
    pub kind: &'static str,
    /// What it rests on: the control's id or the tariff line's code.
    pub basis: String,
    pub source: String,
    /// Whether the control is in force at the date, suspended then (reported, not
    /// enforced), or in force again since its suspension ended (never `NotYet`).
    pub state: ControlState,
    /// The control comes in force later than the date (for "before" answers).
    pub from: &'static str,
    /// The suspension's last day, if the control has one.
    pub suspended_until: &'static str,
    /// The destinations the control names, when it names some ("US").
    pub destinations: &'static str,
}

impl Hit {
    /// The hit of a dated control that applies at the date, in `state`.
    fn of(control: &Control, state: ControlState) -> Hit {
        Hit {
            kind: control.kind,
            basis: control.id.to_string(),
            source: china::mark_secondary(control.source()),
            state,
            from: control.from,
            suspended_until: control.suspended_until,
            destinations: control.destinations,
        }
    }
}

/// A cultural relic's status by the year it was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relic {
    /// Made in or before 1911: may not leave China.
    Prohibited(i32),
    /// Made 1912-1949 (ethnic-minority relics up to 1966): only with a relic export licence.
    NeedsLicence(i32),
}

#[derive(Debug, Clone, Default)]
pub struct LineControls {
    pub prohibited: Option<Hit>,
    pub cites: Option<Hit>,
    /// Dual-use or export licence, in force or suspended at the date.
    pub licence: Option<Hit>,
    /// Only some of the 10-digit lines under a shorter code are controlled.
    pub partly_controlled: Option<String>,
    pub relic: Option<Relic>,
    /// Outbound inspection (supervision B or export inspection N/Q/S) on every line.
    pub inspection: bool,
    /// A permit every line under the code needs on export (a supervision condition with
    /// effect "permit": gold J, medicines L, pesticides S, fossils z ...).
    pub permit: Option<&'static SupervisionCode>,
    /// A chemical of China's hazardous chemicals catalogue the text names: (name or
    /// CAS as found, CAS of the catalogue row).
    pub hazardous: Option<(&'static str, &'static str)>,
}

/// `phrases`: the phrases the line's folded text contains (`knowledge::phrases`);
/// `destination`: where the goods go (ISO alpha-2), for controls on exports to some;
/// `other_goods`: whether the line's goods read as something other than wildlife.
pub fn examine(
    item: &Item,
    phrases: &Found,
    valid_digits: Option<&str>,
    lines: &'static [TariffLine],
    date: Date,
    destination: &str,
    other_goods: bool,
) -> LineControls {
    let mut out = LineControls {
        inspection: !lines.is_empty()
            && lines
                .iter()
                .all(|l| supervised(l, "outbound-inspection") || china::has_effect(l.inspection, "inspection", "outbound-inspection")),
        permit: china::with_effect(lines.first().map_or("", |l| l.supervision), "supervision", "permit")
            .find(|p| lines.iter().all(|l| l.supervision.contains(p.code))),
        relic: relic(item, phrases),
        hazardous: china::hazardous_in(&item.all_text()),
        ..LineControls::default()
    };
    // The controls on exports to this destination (most apply to every destination).
    let controls: Vec<&Control> = china::controls().iter().filter(|c| c.applies_to(destination)).collect();
    // By words: the dated controls name the goods. A colour named after a protected
    // material (`hs-colours`: "Ivory Wedding Dress", "Cake Topper Ivory") names none when
    // the line's goods are other goods.
    // (No list is named "": its set is empty, and every word counts.)
    let colours = crate::knowledge::data::store::word_set(if other_goods { "hs-colours" } else { "" });
    let names = |w: &str| phrases.has(w) && !colours.contains(w);
    for &control in &controls {
        if !phrases.may_hold_any(control.words_sieve) || !control.named_in(names) {
            continue;
        }
        let state = control.state(date);
        if state == ControlState::NotYet {
            continue;
        }
        let hit = Hit::of(control, state);
        // The first control of a kind, unless one on exports to this destination ("to
        // the United States") names the goods too: that one says more.
        let slot = slot(&mut out, control.kind);
        if slot.is_none() || !control.destinations.is_empty() {
            *slot = Some(hit);
        }
    }
    // By code: the tariff's supervision conditions of every line under it.
    if !lines.is_empty() {
        let all = |c: &dyn Fn(&TariffLine) -> bool| lines.iter().all(c);
        let any = |c: &dyn Fn(&TariffLine) -> bool| lines.iter().any(c);
        let is_licence = |l: &TariffLine| supervised(l, "dual-use") || supervised(l, "export-licence");
        let code = valid_digits.unwrap_or("").to_string();
        let by_code = |kind: &'static str, line_test: &dyn Fn(&TariffLine) -> bool| {
            let controlled: Vec<&TariffLine> = lines.iter().filter(|l| line_test(l)).collect();
            // A dated control covering the line decides whether it is in force yet.
            let dated = controls.iter().copied().find(|c| c.destinations.is_empty() && controlled.iter().any(|l| c.covers(l.code)));
            let state = dated.map_or(ControlState::InForce, |c| c.state(date));
            (state != ControlState::NotYet).then(|| Hit {
                kind,
                basis: code.clone(),
                source: dated.map_or_else(|| TARIFF_SOURCE.to_string(), |c: &Control| china::mark_secondary(c.source())),
                state,
                from: dated.map_or("", |c| c.from),
                suspended_until: dated.map_or("", |c| c.suspended_until),
                destinations: dated.map_or("", |c| c.destinations),
            })
        };
        // A ban on exports to this destination that covers every line under the code.
        let banned_here =
            controls.iter().copied().find(|c| c.kind == "prohibited" && !c.destinations.is_empty() && all(&|l| c.covers(l.code)));
        if let (Some(c), None) = (banned_here, &out.prohibited) {
            let state = c.state(date);
            if state != ControlState::NotYet {
                out.prohibited = Some(Hit::of(c, state));
            }
        }
        if all(&|l| supervised(l, "prohibited")) && out.prohibited.is_none() {
            out.prohibited = by_code("prohibited", &|l| supervised(l, "prohibited"));
        }
        if all(&|l| supervised(l, "cites")) && out.cites.is_none() {
            out.cites = by_code("cites", &|l| supervised(l, "cites"));
        }
        if all(&is_licence) && out.licence.is_none() {
            let dual = lines.iter().any(|l| supervised(l, "dual-use"));
            out.licence = by_code(if dual { "dual-use" } else { "export-licence" }, &is_licence);
        } else if any(&is_licence) && out.licence.is_none() {
            let which: Vec<&str> = lines.iter().filter(|l| is_licence(l)).map(|l| l.code).collect();
            out.partly_controlled = Some(which.join(", "));
        }
    }
    out
}

fn slot<'a>(out: &'a mut LineControls, kind: &str) -> &'a mut Option<Hit> {
    match kind {
        "prohibited" => &mut out.prohibited,
        "cites" => &mut out.cites,
        _ => &mut out.licence,
    }
}

/// Cultural relics by age (Cultural Relics Protection Law; relic export rules 2007): made
/// in or before 1911, prohibited; 1912-1949, and ethnic-minority relics up to 1966, only
/// with a relic export licence. A year given on a line counts as a relic's year when the
/// line names antiques or is an artwork or collectable (HS chapter 97).
fn relic(item: &Item, phrases: &Found) -> Option<Relic> {
    let year = item.year_made?;
    let chapter97 = item.hs_code.as_deref().is_some_and(|c| c.trim_start().starts_with("97"));
    let named = phrases.any_of_list("relic-phrases") || chapter97;
    let ethnic = phrases.any_of_list("ethnic-phrases");
    if year <= 1911 {
        Some(Relic::Prohibited(year))
    } else if (named && year <= 1949) || (ethnic && year <= 1966) {
        Some(Relic::NeedsLicence(year))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::report::Lane;
    use crate::{base::date::Date, check_json, Options};
    use serde_json::json;

    fn lane(description: &str, hs: &str) -> (Lane, Vec<String>) {
        let d = json!({"destination": "GB", "currency": "USD", "channel": "express", "documents": ["commercial-invoice"],
            "items": [{"description": description, "hsCode": hs, "quantity": 1, "unitPrice": "20",
              "elements": {"品牌类型": "无品牌", "出口享惠情况": "不享惠"}}]});
        let r = check_json(&d, &Options { date: Date::parse("2026-07-01"), ..Options::default() }).unwrap();
        (r.lane, r.lane_reasons)
    }

    #[test]
    fn outbound_inspection_and_controls_make_the_inspection_lane_likely() {
        // Green tea 0902109000 is under outbound inspection and quarantine.
        let (l, reasons) = lane("Green tea leaves 250g", "0902109000");
        assert_eq!(l, Lane::Inspection, "{reasons:?}");
        assert!(reasons.iter().any(|r| r.contains("0902109000")));
        let (l, _) = lane("Gallium metal ingot 99.99%", "8112929010");
        assert_eq!(l, Lane::Inspection);
    }
}
