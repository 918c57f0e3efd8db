//! The row types of China's clearance policy tables (limits, modes, refund overrides,
//! element names, controls, destination rules, export duties) and how the data file's
//! rows fill them. Pure tables: the lookups over the loaded tables are in `china`.

use crate::base::date::Date;

/// One dated clearance limit in CNY (`china_clearance_limits.csv`).
#[derive(Debug, Clone)]
pub struct Limit {
    pub id: &'static str,
    /// "personal-articles", "low-value-goods" or "sample".
    pub category: &'static str,
    /// Channel names the limit covers ("postal express").
    pub channels: &'static str,
    /// Destinations the limit covers ("HK MO TW"); empty = any other destination.
    pub destinations: &'static str,
    pub limit_cny: u32,
    pub basis: &'static str,
    /// The basis in Chinese, for Chinese reports.
    pub basis_zh: &'static str,
    pub from: &'static str,
    pub until: &'static str,
    pub source: &'static str,
}

/// The most a single piece may weigh on a channel (`piece_weight_limits.csv`).
#[derive(Debug, Clone)]
pub struct PieceLimit {
    /// "postal" or "express".
    pub channel: &'static str,
    pub limit_kg: u32,
    pub from: &'static str,
    pub until: &'static str,
    pub source: &'static str,
}

impl Limit {
    pub fn in_force(&self, date: Date) -> bool {
        in_period(date, self.from, self.until)
    }
}

/// A customs supervision mode (`compliance/china_customs_modes.csv`).
#[derive(Debug, Clone)]
pub struct Mode {
    pub code: &'static str,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    pub legal_basis: &'static str,
    pub refund: &'static str,
    pub source: &'static str,
}

/// A dated export-refund rate that overrides the tariff's column for some codes.
#[derive(Debug, Clone)]
pub struct RefundOverride {
    pub scope: &'static str,
    pub prefixes: Vec<&'static str>,
    pub rate: &'static str,
    pub from: &'static str,
    /// Inclusive.
    pub until: &'static str,
    /// Only lines whose tariff rate is not 0 (a 0 there has another reason, e.g. mercury).
    pub only_nonzero: bool,
    pub source: &'static str,
}

/// How precheck names a declaration element and recognises it in an item.
#[derive(Debug, Clone)]
pub struct ElementName {
    pub base_zh: &'static str,
    pub optional: bool,
    /// How an item shows it states the element (declaration_elements.tsv's `;`-separated
    /// evidence), read once at load: a check asks for every element of every line.
    pub proofs: Vec<Evidence>,
}

/// One way an item shows it states a declaration element (declaration_elements.tsv).
#[derive(Debug, Clone, PartialEq)]
pub enum Evidence {
    /// `words:a|b`: any of these phrases in the item's text.
    Words(Vec<&'static str>),
    /// `unit:w|mah`: a number followed by one of these units.
    Units(Vec<&'static str>),
    /// A kind the rule tests itself: brand, unbranded, material, percent, model, dims,
    /// battery (any other is never evidence).
    Kind(&'static str),
}

impl Evidence {
    /// The evidence kinds of a `;`-separated field; empty alternatives are dropped.
    pub fn read(field: &'static str) -> Vec<Evidence> {
        let list = |alternatives: &'static str| alternatives.split('|').filter(|a| !a.is_empty()).collect();
        field
            .split(';')
            .filter(|e| !e.is_empty())
            .map(|e| match e.split_once(':') {
                Some(("words", words)) => Evidence::Words(list(words)),
                Some(("unit", units)) => Evidence::Units(list(units)),
                _ => Evidence::Kind(e),
            })
            .collect()
    }
}

/// A dated control on China's export side (`china_controls.csv`): goods prohibited from
/// export, CITES goods, dual-use or export-licence goods, found by code or by words.
#[derive(Debug, Clone)]
pub struct Control {
    pub id: &'static str,
    /// "prohibited", "cites", "dual-use" or "export-licence".
    pub kind: &'static str,
    /// 10-digit codes or prefixes the control covers.
    pub codes: Vec<&'static str>,
    /// Any of these (lower case) in the text names the goods...
    pub words: Vec<&'static str>,
    /// ...together with one of these, when given...
    pub requires: Vec<&'static str>,
    /// ...and none of these.
    pub excludes: Vec<&'static str>,
    /// The sieve of `words` (`base::text::phrase_bit`).
    pub words_sieve: u64,
    pub from: &'static str,
    pub suspended_from: &'static str,
    pub suspended_until: &'static str,
    /// The destinations it bans or controls exports to (ISO alpha-2, space-separated);
    /// empty: any destination.
    pub destinations: &'static str,
}

/// Whether a control applies at a date: in force, or suspended then.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ControlState {
    NotYet,
    InForce,
    Suspended,
    /// In force again: its suspension has ended (MOFCOM may yet extend it, which a report
    /// says, as the data cannot know of an extension announced after its release).
    Resumed,
}

impl Control {
    pub fn state(&self, date: Date) -> ControlState {
        if !in_period(date, self.from, "") {
            ControlState::NotYet
        } else if !self.suspended_from.is_empty() && in_period(date, self.suspended_from, self.suspended_until) {
            ControlState::Suspended
        } else if !self.suspended_from.is_empty() && !in_period(date, "", self.suspended_until) {
            ControlState::Resumed
        } else {
            ControlState::InForce
        }
    }

    /// Whether a text names the goods of this control, given which phrases it contains
    /// (`knowledge::phrases::Found::has`).
    pub fn named_in(&self, contains: impl Fn(&str) -> bool) -> bool {
        let has = |w: &&str| !w.is_empty() && contains(w);
        self.words.iter().any(has) && (self.requires.is_empty() || self.requires.iter().any(has)) && !self.excludes.iter().any(has)
    }

    /// Whether the control applies to exports to `destination` (ISO alpha-2).
    pub fn applies_to(&self, destination: &str) -> bool {
        self.destinations.is_empty() || self.destinations.split(' ').any(|d| d == destination)
    }

    /// Whether the control covers a 10-digit tariff line.
    pub fn covers(&self, code: &str) -> bool {
        self.codes.iter().any(|c| code.starts_with(c))
    }
}

/// A destination's or carrier's rule on some goods (`destination_rules.csv`).
#[derive(Debug, Clone)]
pub struct DestinationRule {
    pub id: &'static str,
    /// A vocabulary flag name (COSMETIC, FOOD, ...) that names the goods, or empty.
    pub flag: &'static str,
    pub words: Vec<&'static str>,
    /// The sieve of `words` (`base::text::phrase_bit`).
    pub words_sieve: u64,
    pub excludes: Vec<&'static str>,
    /// Destinations (ISO alpha-2); empty = any.
    pub destinations: &'static str,
    /// Channels; empty = any.
    pub channels: &'static str,
    /// "individual", "company" or empty = either.
    pub exporter: &'static str,
    pub from: &'static str,
    pub until: &'static str,
    pub postal_severity: &'static str,
    pub other_severity: &'static str,
}

impl DestinationRule {
    pub fn in_force(&self, date: Date) -> bool {
        in_period(date, self.from, self.until)
    }

    pub fn applies_to(&self, destination: &str, channel: &str, exporter: &str) -> bool {
        let listed = |list: &str, value: &str| list.is_empty() || list.split(' ').any(|v| v == value);
        listed(self.destinations, destination) && listed(self.channels, channel) && (self.exporter.is_empty() || self.exporter == exporter)
    }
}

/// A dated export duty (`china_export_duties_typed.csv`).
#[derive(Debug, Clone)]
pub struct ExportDuty {
    pub codes: Vec<&'static str>,
    pub rate: &'static str,
    pub from: &'static str,
    pub until: &'static str,
    pub description: &'static str,
    pub source: &'static str,
}

#[derive(Debug, Default)]
pub struct Policy {
    pub export_duties: Vec<ExportDuty>,
    pub destination_rules: Vec<DestinationRule>,
    pub controls: Vec<Control>,
    pub limits: Vec<Limit>,
    pub piece_limits: Vec<PieceLimit>,
    pub modes: Vec<Mode>,
    pub refund_overrides: Vec<RefundOverride>,
    /// Sorted by base name.
    pub element_names: Vec<ElementName>,
    /// What the tariff's supervision and inspection codes mean on export.
    pub supervision_codes: Vec<SupervisionCode>,
}

/// One supervision-condition (监管条件) or inspection (检验检疫类别) code of the tariff and
/// its effect on export (`china_supervision_codes.csv`).
#[derive(Debug, Clone)]
pub struct SupervisionCode {
    /// "supervision" or "inspection": the tariff column the code appears in.
    pub field: &'static str,
    pub code: char,
    /// "prohibited", "dual-use", "export-licence", "cites", "outbound-inspection" or "permit".
    pub effect: &'static str,
    pub document_zh: &'static str,
    pub document_en: &'static str,
    pub source: &'static str,
}

impl Policy {
    pub(crate) fn read_row(&mut self, section: &str, f: &[&'static str]) {
        let at = |i: usize| f.get(i).copied().unwrap_or("");
        match section {
            "cn-limits" => self.limits.push(Limit {
                id: at(0),
                category: at(1),
                channels: at(2),
                destinations: at(3),
                limit_cny: at(4).parse().unwrap_or(0),
                basis: at(5),
                from: at(6),
                until: at(7),
                source: at(8),
                basis_zh: at(9),
            }),
            "piece-limits" => self.piece_limits.push(PieceLimit {
                channel: at(0),
                limit_kg: at(1).parse().unwrap_or(0),
                from: at(2),
                until: at(3),
                source: at(4),
            }),
            "cn-modes" => {
                self.modes.push(Mode { code: at(0), name_zh: at(1), name_en: at(2), legal_basis: at(3), refund: at(4), source: at(5) })
            }
            "cn-refund-overrides" => self.refund_overrides.push(RefundOverride {
                scope: at(0),
                prefixes: at(1).split(' ').filter(|p| !p.is_empty()).collect(),
                rate: at(2),
                from: at(3),
                until: at(4),
                only_nonzero: at(5) == "tariff-nonzero",
                source: at(6),
            }),
            "cn-controls" => {
                let list = |i: usize| at(i).split('|').filter(|w| !w.is_empty()).collect::<Vec<_>>();
                let words = list(3);
                self.controls.push(Control {
                    id: at(0),
                    kind: at(1),
                    codes: at(2).split(' ').filter(|c| !c.is_empty()).collect(),
                    words_sieve: words.iter().fold(0, |sieve, w| sieve | crate::base::text::phrase_bit(w)),
                    words,
                    requires: list(4),
                    excludes: list(5),
                    from: at(6),
                    suspended_from: at(7),
                    suspended_until: at(8),
                    destinations: at(9),
                })
            }
            "cn-export-duties" => self.export_duties.push(ExportDuty {
                codes: at(0).split(' ').filter(|c| !c.is_empty()).collect(),
                rate: at(1),
                from: at(2),
                until: at(3),
                description: at(4),
                source: at(5),
            }),
            "destination-rules" => {
                let list = |i: usize| at(i).split('|').filter(|w| !w.is_empty()).collect::<Vec<_>>();
                let words = list(2);
                self.destination_rules.push(DestinationRule {
                    id: at(0),
                    flag: at(1),
                    words_sieve: words.iter().fold(0, |sieve, w| sieve | crate::base::text::phrase_bit(w)),
                    words,
                    excludes: list(3),
                    destinations: at(4),
                    channels: at(5),
                    exporter: at(6),
                    from: at(7),
                    until: at(8),
                    postal_severity: at(9),
                    other_severity: at(10),
                })
            }
            "cn-element-names" => {
                let row = ElementName { base_zh: at(0), optional: at(1) == "yes", proofs: Evidence::read(at(2)) };
                let at = self.element_names.partition_point(|e| e.base_zh < row.base_zh);
                self.element_names.insert(at, row);
            }
            "cn-supervision-codes" => self.supervision_codes.push(SupervisionCode {
                field: at(0),
                code: at(1).chars().next().unwrap_or('\0'),
                effect: at(2),
                document_zh: at(3),
                document_en: at(4),
                source: at(5),
            }),
            _ => {}
        }
    }
}

/// Whether `date` lies in [from, until] (both YYYY-MM-DD, empty = open).
pub(crate) fn in_period(date: Date, from: &str, until: &str) -> bool {
    let after_start = from.is_empty() || Date::parse(from).is_some_and(|f| date >= f);
    let before_end = until.is_empty() || Date::parse(until).is_some_and(|u| date <= u);
    after_start && before_end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_is_read_once_as_written() {
        assert_eq!(
            Evidence::read("words:sku|art no||货号;percent;unit:w|mah;;brand"),
            [
                Evidence::Words(vec!["sku", "art no", "货号"]),
                Evidence::Kind("percent"),
                Evidence::Units(vec!["w", "mah"]),
                Evidence::Kind("brand"),
            ]
        );
        assert_eq!(Evidence::read(""), []);
        // An unknown kind with a colon is kept whole, and is never evidence.
        assert_eq!(Evidence::read("colour:red"), [Evidence::Kind("colour:red")]);
    }
}
