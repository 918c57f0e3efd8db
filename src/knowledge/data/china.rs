//! China's outbound clearance as data: the clearance limits (personal articles, low-value
//! goods), the customs supervision modes, dated export-refund overrides and the names of
//! the declaration elements (all in the main data file), and the 2026 10-digit tariff
//! (its own chunk, `generated/precheck_cn_tariff.tsv`: refund rates, supervision
//! conditions, export inspection codes, declaration elements, Chinese names).
//!
//! Every row carries its source; sources marked `[SEC]` or `[REPOST]` are secondary, and
//! [`secondary`] says so in the findings that rest on them.

use crate::base::date::Date;
use std::sync::OnceLock;

use super::china_tables::in_period;
pub use super::china_tables::*;
use super::format::{section_rows, Fields};
use super::parts::Part;

/// The export duty in force at `date` for a code (digits as typed): the row with the
/// longest code prefix that the code starts with, or that starts with the code.
pub fn export_duty(digits: &str, date: Date) -> Option<&'static ExportDuty> {
    let mut best: Option<(&'static ExportDuty, usize)> = None;
    for duty in policy().export_duties.iter().filter(|d| in_period(date, d.from, d.until)) {
        for code in &duty.codes {
            if digits.starts_with(code) || (digits.len() >= 6 && code.starts_with(digits)) {
                let len = code.len().min(digits.len());
                if best.map_or(true, |(_, l)| l < len) {
                    best = Some((duty, len));
                }
            }
        }
    }
    best.map(|(d, _)| d)
}

impl ElementName {
    /// Asked only where it exists (GTIN, CAS, other, "如有…"): never reported missing.
    /// `known`: the element's entry, `element_name(element_base(name))`.
    pub fn is_optional(name: &str, known: Option<&ElementName>) -> bool {
        name.starts_with("如有") || known.is_some_and(|e| e.optional)
    }
}

fn policy() -> &'static Policy {
    &super::store::store().china
}

/// The limit of `category` for `channel` and `destination` in force at `date`: a row
/// naming the destination wins over the row for any other destination.
pub fn limit(category: &str, channel: &str, destination: &str, date: Date) -> Option<&'static Limit> {
    let rows = policy().limits.iter().filter(|l| l.category == category && l.channels.split(' ').any(|c| c == channel) && l.in_force(date));
    let mut fallback = None;
    for row in rows {
        if row.destinations.split(' ').any(|d| d == destination) {
            return Some(row);
        }
        if row.destinations.is_empty() {
            fallback = Some(row);
        }
    }
    fallback
}

/// The most a piece may weigh on `channel` ("postal", "express") at `date`.
pub fn piece_limit(channel: &str, date: Date) -> Option<&'static PieceLimit> {
    policy().piece_limits.iter().find(|l| l.channel == channel && in_period(date, l.from, l.until) && l.limit_kg > 0)
}

pub fn destination_rules() -> &'static [DestinationRule] {
    &policy().destination_rules
}

// The sources are a part of the data (`@policy-sources`): only a finding quotes them.
impl Control {
    /// The regulation or list the control rests on, with its date; "" while the part is
    /// not loaded.
    pub fn source(&self) -> &'static str {
        super::store::store().policy_source("cn-controls", self.id)
    }
}

impl DestinationRule {
    /// The law or notice the rule rests on, with its date; "" while the part is not
    /// loaded.
    pub fn source(&self) -> &'static str {
        super::store::store().policy_source("destination-rules", self.id)
    }
}

pub fn controls() -> &'static [Control] {
    &policy().controls
}

pub fn mode(code: &str) -> Option<&'static Mode> {
    policy().modes.iter().find(|m| m.code == code)
}

/// Every declaration element's name, with the evidence that shows it stated.
pub fn element_names() -> &'static [ElementName] {
    &policy().element_names
}

pub fn element_name(base_zh: &str) -> Option<&'static ElementName> {
    let names = &policy().element_names;
    names.binary_search_by(|e| e.base_zh.cmp(base_zh)).ok().map(|i| &names[i])
}

/// The declaration elements every one of `lines` asks for, in the first line's order.
pub fn shared_elements(lines: &[TariffLine]) -> Vec<&'static str> {
    let Some(first) = lines.first() else { return Vec::new() };
    let mut names: Vec<&'static str> = elements_of(first).to_vec();
    let mut seen = vec![first.element_set];
    // Most lines under a subheading share one element set: each set compared once.
    for line in &lines[1..] {
        if seen.contains(&line.element_set) {
            continue;
        }
        seen.push(line.element_set);
        let theirs = elements_of(line);
        names.retain(|n| theirs.contains(n));
    }
    names
}

/// The English name of the element `base_zh` as a report shows it ("brand type"), from
/// the part of the tariff chapter of `code` (its first two digits: "6109100000", "61")
/// whose lines ask for it: None when precheck has none, or while that part is not loaded.
pub fn element_en(code: &str, base_zh: &str) -> Option<&'static str> {
    try_tariff()?.element_en(code.get(..2)?.parse().ok()?, base_zh)
}

/// An element's base name: the text before any bracket ("织造方法（针织、钩编）" -> "织造方法").
pub fn element_base(name: &str) -> &str {
    name.split(['（', '(', '[', '［']).next().unwrap_or(name).trim()
}

/// True when a source is secondary (a repost or a summary, not the official text).
/// A source as findings show it: secondary sources (reposts, summaries) say so.
pub fn mark_secondary(source: &str) -> String {
    if secondary(source) {
        [source, " (secondary source: re-check against the official text)"].concat()
    } else {
        source.to_string()
    }
}

/// Whether a tariff line's codes (its `supervision` or `inspection` field, one character a
/// code) include one with `effect` on export, per `china_supervision_codes.csv`.
pub fn has_effect(codes: &str, field: &str, effect: &str) -> bool {
    with_effect(codes, field, effect).next().is_some()
}

/// The codes among a tariff line's `codes` (of its `field` column) with `effect` on export
/// ("permit": gold, medicines, pesticides, toxic chemicals, fossils ...), in `codes`' order.
pub fn with_effect<'a>(codes: &'a str, field: &'a str, effect: &'a str) -> impl Iterator<Item = &'static SupervisionCode> + 'a {
    let table = &policy().supervision_codes;
    codes.chars().filter_map(move |c| table.iter().find(|s| s.code == c && s.field == field && s.effect == effect))
}

pub fn secondary(source: &str) -> bool {
    source.contains("[SEC") || source.contains("[REPOST") || source.contains("UNCONFIRMED")
}

/// One line of China's 10-digit tariff.
#[derive(Debug, Clone, Copy)]
pub struct TariffLine {
    pub code: &'static str,
    /// Export refund rates in %, ","-separated when they differ by sub-item; empty = none given.
    pub refund: &'static str,
    /// Supervision conditions (监管条件), one character each.
    pub supervision: &'static str,
    /// Export inspection codes (the part after "/").
    pub inspection: &'static str,
    pub element_set: u16,
    pub name_zh: &'static str,
}

/// The tariff chunk, kept as text and read a part at a time when first needed: loading
/// it only finds where each part is. A check reads the lines of its goods' chapters, so
/// the first report does not wait for 12,000 tariff lines, 5,200 chemical names and the
/// word index to be read. Every section of it is a part (see `parts`): the web build
/// ships each as a file of its own, loaded when a check first reaches for it.
pub struct Tariff {
    /// The chunk's sections, when it was loaded whole (natively, or a page that loads
    /// the chunk); empty when its parts come one by one (the web build).
    sections: Vec<(&'static str, &'static str)>,
    /// The 10-digit lines of each chapter (part `cn-tariff.61`), by chapter number, read
    /// when first needed.
    chapters: [OnceLock<Vec<TariffLine>>; 100],
    /// The declaration-element sets each chapter's lines use and their English names
    /// (parts `cn-element-sets.61` and `cn-element-en.61`, in the file of the chapter's
    /// lines), by chapter, read together when an element of the chapter is first asked for.
    chapter_elements: [OnceLock<ChapterElements>; 100],
    /// Hazardous chemicals: (CAS, first name), sorted by CAS (by the generator).
    hazardous: Part<Vec<(&'static str, &'static str)>>,
    /// The catalogue's names and aliases, rows of (name, row of `hazardous`) sorted by
    /// name (by the generator), in parts by their first character
    /// (`text::hazardous_names_part`), each read as runs: (first character, where the
    /// rows starting with it begin and end in the text). Every catalogue name in a text is
    /// found in one pass over its characters, by binary search on the runs; finding the
    /// runs is one scan of the line starts, a fraction of splitting 5,200 rows into a table.
    hazardous_names: [OnceLock<(&'static str, Vec<NameRun>)>; crate::base::text::HAZARDOUS_NAME_BUCKETS as usize],
}

/// A declaration-element set: its number and names.
type ElementSet = (u16, Box<[&'static str]>);
/// One chapter's element sets, by number, and the English of the names they use, as
/// (base name, English) sorted by base name (by the generator).
struct ChapterElements {
    sets: Vec<ElementSet>,
    english: Vec<(&'static str, &'static str)>,
}
/// The catalogue names starting with one character: (it, where their rows start and end).
type NameRun = (char, u32, u32);

static TARIFF: OnceLock<Tariff> = OnceLock::new();

#[cfg(not(target_arch = "wasm32"))]
const EMBEDDED: Option<&str> = Some(include_str!("../../data/generated/precheck_cn_tariff.tsv"));
#[cfg(target_arch = "wasm32")]
const EMBEDDED: Option<&str> = None;

/// Finds the parts of a tariff chunk; reads none of them.
fn parse_tariff(text: &'static str) -> Result<Tariff, String> {
    super::format::check_header(text)?;
    let sections = super::format::sections(text);
    super::format::check_layout(&sections, &["cn-tariff", "hs-index", "cn-hazardous-names"])?;
    Ok(Tariff::of_sections(sections))
}

impl Tariff {
    /// The tariff of these sections; the parts they lack are looked for among the loaded
    /// part files.
    fn of_sections(sections: Vec<(&'static str, &'static str)>) -> Tariff {
        let given = |name: &str| sections.iter().find(|(n, _)| *n == name).map(|(_, body)| *body);
        Tariff {
            chapters: [const { OnceLock::new() }; 100],
            chapter_elements: [const { OnceLock::new() }; 100],
            hazardous: Part::new("cn-hazardous", given("cn-hazardous")),
            hazardous_names: [const { OnceLock::new() }; crate::base::text::HAZARDOUS_NAME_BUCKETS as usize],
            sections,
        }
    }

    /// A part's text: from the chunk when it was loaded whole, else from the part files
    /// (None, and its file noted as wanted, while the part is not loaded).
    fn part(&self, name: &str, file: &str) -> Option<&'static str> {
        match self.sections.iter().find(|(n, _)| *n == name) {
            Some((_, body)) => Some(body),
            None if self.sections.is_empty() => super::parts::get(name, file),
            None => None,
        }
    }
}

/// The part that holds a chapter's tariff lines, and the file that ships them with the
/// chapter's element sets.
fn chapter_file(chapter: usize) -> String {
    format!("cn-tariff.{chapter:02}")
}

fn at(f: &[&'static str], i: usize) -> &'static str {
    f.get(i).copied().unwrap_or("")
}

fn read_lines(text: &'static str) -> Vec<TariffLine> {
    section_rows(text)
        .map(|f| TariffLine {
            code: at(&f, 0),
            refund: at(&f, 1),
            supervision: at(&f, 2),
            inspection: at(&f, 3),
            element_set: at(&f, 4).parse().unwrap_or(u16::MAX),
            name_zh: at(&f, 5),
        })
        .collect()
}

impl Tariff {
    /// The lines of a chapter (none while its part is not loaded, nothing kept then).
    fn chapter(&self, chapter: usize) -> &[TariffLine] {
        let Some(slot) = self.chapters.get(chapter) else { return &[] };
        if let Some(lines) = slot.get() {
            return lines;
        }
        // (Rows of another chapter, never in a file the generator wrote, match no code of
        // this one: `tariff_lines` looks for the code's digits.)
        let file = chapter_file(chapter);
        match self.part(&file, &file) {
            Some(text) => slot.get_or_init(|| read_lines(text)),
            None => &[],
        }
    }

    /// A chapter's element sets and their English (read when first asked for; nothing is
    /// kept while their part is not loaded).
    fn chapter_elements(&self, chapter: usize) -> Option<&ChapterElements> {
        let slot = self.chapter_elements.get(chapter)?;
        if let Some(elements) = slot.get() {
            return Some(elements);
        }
        let file = chapter_file(chapter);
        let sets = self.part(&format!("cn-element-sets.{chapter:02}"), &file)?;
        let english = self.part(&format!("cn-element-en.{chapter:02}"), &file).unwrap_or("");
        Some(slot.get_or_init(|| {
            let names = |f: &Fields| at(f, 1).split(';').filter(|n| !n.is_empty()).collect();
            ChapterElements {
                sets: section_rows(sets).filter_map(|f| Some((at(&f, 0).parse().ok()?, names(&f)))).collect(),
                english: section_rows(english).map(|f| (at(&f, 0), at(&f, 1))).collect(),
            }
        }))
    }

    /// The names of element set `set` as chapter `chapter`'s lines use it, in the
    /// tariff's order.
    fn element_set(&self, chapter: usize, set: u16) -> Option<&[&'static str]> {
        let sets = &self.chapter_elements(chapter)?.sets;
        sets.binary_search_by_key(&set, |s| s.0).ok().map(|i| &*sets[i].1)
    }

    fn element_en(&self, chapter: usize, base_zh: &str) -> Option<&'static str> {
        let names = &self.chapter_elements(chapter)?.english;
        names.binary_search_by(|(base, _)| (*base).cmp(base_zh)).ok().map(|i| names[i].1)
    }

    fn hazardous(&self) -> &[(&'static str, &'static str)] {
        self.hazardous.get(|text| section_rows(text).map(|f| (at(&f, 0), at(&f, 1))).collect()).map_or(&[], |(_, rows)| rows)
    }

    /// The part of the catalogue's names that holds the names starting with `first`, as
    /// runs (None while it is not loaded, nothing kept then).
    fn hazardous_names(&self, first: char) -> Option<(&'static str, &[NameRun])> {
        let slot = &self.hazardous_names[(u32::from(first) % crate::base::text::HAZARDOUS_NAME_BUCKETS) as usize];
        if let Some((text, runs)) = slot.get() {
            return Some((text, runs));
        }
        let name = crate::base::text::hazardous_names_part(first);
        let text = self.part(&name, &name)?;
        let (text, runs) = slot.get_or_init(|| {
            let mut runs: Vec<NameRun> = Vec::new();
            let mut end = 0;
            for row in text.split_inclusive('\n') {
                let start = end;
                end += row.len();
                // Comments and blank lines are no names; a name starting with a tab is empty.
                let Some(first) = row.chars().next().filter(|c| !matches!(c, '#' | '\n' | '\r' | '\t')) else { continue };
                match runs.last_mut() {
                    Some(run) if run.0 == first => run.2 = end as u32,
                    _ => runs.push((first, start as u32, end as u32)),
                }
            }
            (text, runs)
        });
        Some((text, runs))
    }

    /// The (name, row of `hazardous`) rows whose names start with `first`.
    fn hazardous_names_from(&self, first: char) -> impl Iterator<Item = (&'static str, &'static str)> {
        let (text, runs) = self.hazardous_names(first).unwrap_or(("", &[]));
        let rows = runs.binary_search_by(|run| run.0.cmp(&first)).ok().map_or("", |i| {
            let (_, start, end) = runs[i];
            text.get(start as usize..end as usize).unwrap_or("")
        });
        rows.lines().map(|row| row.split_once('\t').unwrap_or((row, "")))
    }

    /// Reads every part (fuzzing and tests: a broken part shows up now, not at a check).
    fn read_all(&self) -> usize {
        let lines = (0..100).map(|c| self.chapter(c).len()).sum::<usize>();
        // Every line's set (each chapter's sets read whole with its first).
        let sets = (0..100).map(|c| self.chapter(c).iter().filter(|l| self.element_set(c, l.element_set).is_some()).count()).sum::<usize>();
        let index: usize = (0..crate::base::text::INDEX_BUCKETS)
            .map(crate::base::text::index_part)
            .filter_map(|name| self.part(&name, &name))
            .map(|t| t.lines().count())
            .sum();
        let names: usize = (0..crate::base::text::HAZARDOUS_NAME_BUCKETS)
            .filter_map(char::from_u32)
            .filter_map(|first| self.hazardous_names(first))
            .map(|(_, runs)| runs.len())
            .sum();
        lines + sets + self.hazardous().len() + names + index
    }
}

/// The first hazardous chemical the text names, by CAS number or by catalogue name:
/// (the matched name or CAS, the catalogue row's CAS).
pub fn hazardous_in(text: &str) -> Option<(&'static str, &'static str)> {
    let t = try_tariff()?;
    // The CAS table is read only when a CAS number or a name is found.
    // Words after a catalogue name that make it part of an ordinary material: 丙烯酸颜料
    // is acrylic paint, not acrylic acid (word_lists.tsv).
    let continuations = || super::store::word_list("hazardous-name-continuations-zh");
    // CAS numbers: digits-digits-digit (none in a text without a hyphen, most titles).
    let tokens = text.contains('-').then(|| text.split(|c: char| !(c.is_ascii_digit() || c == '-')));
    for token in tokens.into_iter().flatten() {
        // The shortest CAS number is 7 characters ("50-00-0"); most tokens are empty.
        if token.len() < 7 {
            continue;
        }
        let parts: Vec<&str> = token.split('-').collect();
        if let [a, b, c] = parts.as_slice() {
            if (2..=7).contains(&a.len()) && b.len() == 2 && c.len() == 1 {
                let hazardous = t.hazardous();
                if let Ok(i) = hazardous.binary_search_by(|(cas, _)| (*cas).cmp(token)) {
                    let (cas, _) = hazardous[i];
                    return Some((cas, cas));
                }
            }
        }
    }
    // The characters names start with (all of them in a data file without the list).
    let starts = &super::store::store().hazardous_starts;
    for (pos, c) in text.char_indices() {
        if c.is_ascii() || !(starts.is_empty() || starts.binary_search(&c).is_ok()) {
            continue;
        }
        // The names starting with `c` (sorted as strings is sorted by first character).
        let rest = &text[pos..];
        for (name, row) in t.hazardous_names_from(c) {
            if rest.starts_with(name) && !continuations().iter().any(|m| rest[name.len()..].starts_with(m)) {
                return Some((name, row.parse().ok().and_then(|row: usize| t.hazardous().get(row)).map_or("", |h| h.0)));
            }
        }
    }
    None
}

/// Parses a tariff chunk, every part of it, without installing it (fuzzing, tests).
/// Leaks the text.
pub fn parse_untrusted_tariff(text: &str) -> Result<usize, String> {
    let text: &'static str = Box::leak(text.to_string().into_boxed_str());
    parse_tariff(text).map(|t| t.read_all())
}

/// Installs the tariff chunk (`precheck_cn_tariff.tsv`) in a build that does not embed
/// it (wasm). Loading again is harmless; a file for another data version is refused.
pub fn load_tariff(text: String) -> Result<(), String> {
    let version = super::format::check_header(&text)?;
    if super::store::loaded() {
        super::format::same_release(version, super::store().release.version)?;
    }
    if TARIFF.get().is_some() {
        return Ok(());
    }
    let text: &'static str = Box::leak(text.into_boxed_str());
    let parsed = parse_tariff(text)?;
    let _ = TARIFF.set(parsed);
    Ok(())
}

/// The loaded chunk (wasm), else the embedded one (native), found once however many
/// threads ask first (see `store::try_store`); else, once a core file that names the
/// tariff's parts is loaded (the web build), the tariff of the part files.
fn try_tariff() -> Option<&'static Tariff> {
    static FROM_EMBEDDED: OnceLock<Option<Tariff>> = OnceLock::new();
    static FROM_PARTS: OnceLock<Tariff> = OnceLock::new();
    TARIFF
        .get()
        .or_else(|| FROM_EMBEDDED.get_or_init(|| parse_tariff(EMBEDDED?).ok()).as_ref())
        .or_else(|| super::parts::announced().then(|| FROM_PARTS.get_or_init(|| Tariff::of_sections(Vec::new()))))
}

/// A part of the tariff chunk (a bucket of the HS word index, `word_index`): None while
/// the chunk or the part is not loaded.
pub(crate) fn tariff_part(name: &str) -> Option<&'static str> {
    try_tariff()?.part(name, name)
}

pub fn tariff_loaded() -> bool {
    try_tariff().is_some()
}

/// The tariff source as findings cite it.
pub const TARIFF_SOURCE: &str =
    "China customs tariff 2026 (中华人民共和国进出口税则 2026), 10-digit lines as compiled in Hdycz0921/hscode-data v2.0.3, updated 2026-08-02";

/// The 10-digit lines under `digits` (6 to 10 digits; a full 10-digit code gives at most one).
pub fn tariff_lines(digits: &str) -> &'static [TariffLine] {
    let Some(t) = try_tariff() else { return &[] };
    if digits.len() < 6 || digits.len() > 10 {
        return &[];
    }
    let Some(chapter) = digits.get(..2).and_then(|c| c.parse::<usize>().ok()) else { return &[] };
    let lines = t.chapter(chapter);
    let start = lines.partition_point(|l| l.code < digits);
    let end = start + lines[start..].iter().take_while(|l| l.code.starts_with(digits)).count();
    &lines[start..end]
}

/// The declaration elements of a tariff line, in the tariff's order.
pub fn elements_of(line: &TariffLine) -> &'static [&'static str] {
    let chapter = line.code.get(..2).and_then(|c| c.parse().ok()).unwrap_or(100);
    try_tariff().and_then(|t| t.element_set(chapter, line.element_set)).unwrap_or(&[])
}

/// The export refund rate of one tariff line at `date`, in %, with the source it rests on.
/// `None` when the line's rate differs by sub-item ("9,13") and no override settles it.
pub fn refund_rate(line: &TariffLine, date: Date) -> Option<(&'static str, &'static str)> {
    let nonzero = line.refund.split(',').any(|r| r != "0");
    let over = policy()
        .refund_overrides
        .iter()
        .find(|o| o.prefixes.iter().any(|p| line.code.starts_with(p)) && in_period(date, o.from, o.until) && (!o.only_nonzero || nonzero));
    if let Some(o) = over {
        return Some((o.rate, o.source));
    }
    if line.refund.is_empty() || line.refund.contains(',') {
        return None;
    }
    Some((line.refund, TARIFF_SOURCE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn supervision_codes_are_read_from_data_by_their_column() {
        assert!(has_effect("3B", "supervision", "dual-use") && has_effect("AB", "supervision", "outbound-inspection"));
        assert!(!has_effect("4", "supervision", "dual-use") && has_effect("4xy", "supervision", "export-licence"));
        // S is a pesticide permit among supervision conditions, food hygiene among inspections.
        assert!(!has_effect("S", "supervision", "outbound-inspection") && has_effect("S", "inspection", "outbound-inspection"));
        assert!(
            has_effect("E", "supervision", "cites")
                && has_effect("8", "supervision", "prohibited")
                && !has_effect("", "supervision", "cites")
        );
    }

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn tariff_is_complete_and_sorted() {
        let t = try_tariff().expect("embedded tariff");
        let lines: Vec<TariffLine> = (0..100).flat_map(|c| t.chapter(c).iter().copied()).collect();
        assert_eq!(lines.len(), 12024);
        assert!(lines.windows(2).all(|w| w[0].code < w[1].code));
        // Every line's element set is in its chapter's part.
        assert!(lines.iter().all(|l| !elements_of(l).is_empty()));
        // Each chapter holds its own lines only.
        assert!((0..100).all(|c| t.chapter(c).iter().all(|l| l.code.starts_with(&format!("{c:02}")))));
        assert_eq!(tariff_lines("6109100000").len(), 1);
        assert!(tariff_lines("850760").len() >= 3);
        assert!(tariff_lines("12345").is_empty());
    }

    #[test]
    fn chapters_are_found_without_reading_and_read_whole() {
        let header = format!("# precheck data {} {}: test\n", super::super::release().version, super::super::format::FORMAT);
        let text = format!(
            "{header}@cn-tariff.01\n# from tariff.csv\n0101210010\t0\t\t\t0\t马\n# a note\n\n\
             0101290000\t9\t\t\t3\t其他马\nzz\n@cn-element-sets.01\n0\t品牌类型;其他\n3\t品种\nx\tbad\n\
             @cn-tariff.02\n0201100000\t13\tAB\tPR\t0\t牛肉\n@hs-index.00\nbag\t1\t2\n"
        );
        let t = parse_tariff(Box::leak(text.into_boxed_str())).unwrap();
        assert!(t.chapters.iter().all(|c| c.get().is_none()), "nothing read at load");
        let codes = |c: usize| t.chapter(c).iter().map(|l| (l.code, l.name_zh)).collect::<Vec<_>>();
        assert_eq!(codes(1), [("0101210010", "马"), ("0101290000", "其他马"), ("zz", "")]);
        assert_eq!(codes(2), [("0201100000", "牛肉")]);
        assert!(codes(3).is_empty() && codes(100).is_empty());
        assert_eq!(t.part("hs-index.00", "hs-index.00"), Some("bag\t1\t2\n"));
        // A chunk loaded whole does not look among the part files for what it lacks.
        assert_eq!(t.part("hs-index.01", "hs-index.01"), None);
        // Each chapter's sets with its lines, by number; a chapter without them has none.
        assert_eq!((t.element_set(1, 0), t.element_set(1, 3)), (Some(&["品牌类型", "其他"][..]), Some(&["品种"][..])));
        assert_eq!((t.element_set(1, 1), t.element_set(2, 0)), (None, None));
        // Lines 3 + 1; the lines whose set is found 2 + 0; index rows 1.
        assert_eq!(t.read_all(), 4 + 2 + 1);
    }

    #[test]
    fn hazardous_chemicals_by_name_and_cas() {
        assert!(hazardous_in("氢氧化钠 片碱 25kg").is_some());
        assert!(hazardous_in("Sodium hydroxide flakes CAS 1310-73-2").is_some());
        assert!(hazardous_in("女式氨纶瑜伽裤").is_none());
        assert!(hazardous_in("丙烯酸颜料套装 24色").is_none());
        assert!(hazardous_in("Women's cotton T-shirt").is_none());
        let t = try_tariff().unwrap();
        assert!(t.hazardous().windows(2).all(|w| w[0].0 <= w[1].0));
        let (mut rows, mut in_runs) = (0, 0);
        for bucket in 0..crate::base::text::HAZARDOUS_NAME_BUCKETS {
            // A character of each part (the code points below 32 stand for their parts).
            let (text, runs) = t.hazardous_names(char::from_u32(bucket).unwrap()).unwrap_or(("", &[]));
            assert!(runs.windows(2).all(|w| w[0].0 < w[1].0 && w[0].2 <= w[1].1));
            // Every row of the part is in its first character's run, and that character's
            // part is this one.
            rows += section_rows(text).count();
            in_runs += runs.iter().map(|run| t.hazardous_names_from(run.0).count()).sum::<usize>();
            assert!(runs.iter().all(|run| u32::from(run.0) % crate::base::text::HAZARDOUS_NAME_BUCKETS == bucket));
            // The core data lists every character a name starts with (ASCII aside).
            let starts = &super::super::store::store().hazardous_starts;
            assert!(runs.iter().all(|run| run.0.is_ascii() || starts.binary_search(&run.0).is_ok()), "{bucket}");
        }
        assert_eq!((rows, in_runs > 5000), (in_runs, true));
    }

    #[test]
    fn refund_rates_follow_the_announcements_by_date() {
        let li_ion = tariff_lines("8507600090")[0];
        let rate = |line: &TariffLine, date: &str| refund_rate(line, d(date)).map(|r| r.0);
        assert_eq!(rate(&li_ion, "2024-06-01"), Some("13"));
        assert_eq!(rate(&li_ion, "2024-12-01"), Some("9"));
        assert_eq!(rate(&li_ion, "2026-03-31"), Some("9"));
        assert_eq!(rate(&li_ion, "2026-04-01"), Some("6"));
        assert_eq!(rate(&li_ion, "2027-01-01"), Some("0"));
        // Mercury cells were at 0 for another reason; the battery rows do not raise them.
        let mercury = tariff_lines("8506300000")[0];
        assert_eq!(rate(&mercury, "2024-06-01"), Some("0"));
        let pv = tariff_lines("8541430000")[0];
        assert_eq!((rate(&pv, "2024-11-30"), rate(&pv, "2025-06-01"), rate(&pv, "2026-04-01")), (Some("13"), Some("9"), Some("0")));
        let foil = tariff_lines("760719")[0];
        assert_eq!((rate(&foil, "2024-11-30"), rate(&foil, "2024-12-01")), (Some("13"), Some("0")));
        let tshirt = tariff_lines("6109100000")[0];
        assert_eq!(refund_rate(&tshirt, d("2026-07-01")), Some(("13", TARIFF_SOURCE)));
    }

    #[test]
    fn limits_by_destination_channel_and_date() {
        let hk = limit("personal-articles", "postal", "HK", d("2026-07-01")).unwrap();
        assert_eq!(hk.limit_cny, 800);
        assert_eq!(limit("personal-articles", "express", "US", d("2026-07-01")).unwrap().limit_cny, 1000);
        assert_eq!(limit("low-value-goods", "express", "US", d("2026-07-01")).unwrap().limit_cny, 5000);
        assert!(limit("personal-articles", "postal", "US", d("2009-01-01")).is_none());
        assert!(secondary(hk.source));
    }

    #[test]
    fn element_names_are_sorted_and_found() {
        assert_eq!(element_base("织造方法（针织、钩编）"), "织造方法");
        assert_eq!(element_name("成分含量").map(|e| e.optional), Some(false));
        assert_eq!(element_name("GTIN").map(|e| e.optional), Some(true));
        // English as a report shows it, from the chapter whose lines ask for the element:
        // a knitted garment's chapter names the weave, live horses' chapter does not.
        assert_eq!(element_en("61", "织造方法"), Some("knitted, crocheted or woven"));
        assert_eq!(element_en("61", "品牌类型"), Some("brand type"));
        assert_eq!(element_en("01", "织造方法"), None);
        assert_eq!((element_en("61", "没有这个要素"), element_en("6x", "品牌类型")), (None, None));
        assert!(mode("9610").is_some() && mode("0110").is_some() && mode("9999").is_none());
    }

    /// Every element the tariff's lines ask for has English (declaration_elements.tsv): a
    /// tariff release naming a new one fails here until it has.
    #[test]
    fn every_element_has_english() {
        let tariff = try_tariff().unwrap();
        let mut without = Vec::new();
        for chapter in 1..100 {
            for line in tariff.chapter(chapter) {
                for name in elements_of(line) {
                    let base = element_base(name);
                    if element_en(line.code, base).is_none() && !without.contains(&base) {
                        without.push(base);
                    }
                }
            }
        }
        assert!(without.is_empty(), "declaration elements without English: {without:?}");
    }
}
