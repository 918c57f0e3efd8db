//! Quality of the judgement, measured on sets precheck's engineers wrote (tests/quality/):
//! realistic listing titles and ruling-style descriptions with their HS headings, and
//! vague descriptions in English and Chinese. Each test asserts an issue's target and
//! prints the measured figure (`cargo test --release --test quality -- --nocapture`),
//! which the README quotes.
#![cfg(not(target_arch = "wasm32"))]

use precheck::report::Report;
use precheck::{check_json, knowledge::hs, Options};
use serde_json::{json, Value};

struct Case {
    heading: u32,
    text: String,
}

fn read(name: &str) -> Vec<(String, String)> {
    let path = format!("{}/tests/quality/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (a, b) = l.split_once('\t').unwrap_or_else(|| panic!("{name}: no tab in {l:?}"));
            (a.to_string(), b.to_string())
        })
        .collect()
}

fn cases(name: &str) -> Vec<Case> {
    read(name).into_iter().map(|(h, text)| Case { heading: h.parse().unwrap_or_else(|_| panic!("heading {h}")), text }).collect()
}

fn english() -> Vec<Case> {
    let mut all = cases("listings.tsv");
    all.extend(cases("rulings.tsv"));
    all.extend(cases("listings_fresh.tsv"));
    all
}

fn chinese() -> Vec<Case> {
    cases("listings_zh.tsv")
}

/// A plain, otherwise clean express declaration of one item.
fn declaration(text: &str, hs_code: Option<String>) -> Value {
    let zh = text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let mut item = json!({"quantity": "1", "unitPrice": "25.00", "unit": "pcs"});
    if zh {
        item["description"] = json!("Goods as described in Chinese");
        item["descriptionZh"] = json!(text);
    } else {
        item["description"] = json!(text);
    }
    if let Some(code) = hs_code {
        item["hsCode"] = json!(code);
    }
    json!({"origin": "CN", "destination": "GB", "currency": "USD", "channel": "express", "purpose": "sale", "items": [item]})
}

fn check(decl: &Value) -> Report {
    let options = Options { date: precheck::base::date::Date::parse("2026-11-26"), ..Options::default() };
    check_json(decl, &options).expect("a declaration")
}

fn description_findings(report: &Report, field: &str) -> Vec<String> {
    report
        .findings
        .iter()
        .filter(|f| f.rule == "description-too-general" && f.field.ends_with(field))
        .map(|f| format!("{:?}", f.severity).to_lowercase())
        .collect()
}

/// The headings of suggestions, best first.
fn suggested_headings(suggestions: &[hs::Suggestion]) -> Vec<u32> {
    suggestions.iter().filter_map(|s| s.code.replace('.', "").get(..4)?.parse().ok()).collect()
}

/// Whether the first suggested heading is in one of the labelled chapters, and whether a
/// labelled heading is among the suggested ones (sets labelled with every defensible one).
fn right_chapter_and_heading(labels: &[u32], suggested: &[u32]) -> (bool, bool) {
    let chapter = suggested.first().is_some_and(|f| labels.iter().any(|h| h / 100 == f / 100));
    (chapter, suggested.iter().any(|s| labels.contains(s)))
}

fn pct(n: usize, of: usize) -> f64 {
    100.0 * n as f64 / of.max(1) as f64
}

#[test]
fn real_titles_rarely_draw_a_vague_description_finding() {
    let mut texts: Vec<(String, &str)> = english().into_iter().map(|c| (c.text, "description")).collect();
    texts.extend(chinese().into_iter().map(|c| (c.text, "descriptionZh")));
    let (mut errors, mut any) = (Vec::new(), Vec::new());
    for (text, field) in &texts {
        let found = description_findings(&check(&declaration(text, None)), field);
        if found.iter().any(|s| s == "error") {
            errors.push(text.clone());
        }
        if !found.is_empty() {
            any.push(text.clone());
        }
    }
    let n = texts.len();
    eprintln!(
        "descriptions: {n} real titles; error {:.1}% ({}), any finding {:.1}% ({})",
        pct(errors.len(), n),
        errors.len(),
        pct(any.len(), n),
        any.len()
    );
    eprintln!("  with a finding: {any:?}");
    assert!(pct(errors.len(), n) < 1.0, "errors on real titles: {errors:?}");
    assert!(pct(any.len(), n) < 10.0, "findings on real titles: {any:?}");
}

/// The mixed-goods rule (one line naming two kinds of goods) reads short declarations;
/// real listing titles (every real-titles set, both halves: firing is counted, no title
/// is read) and the terse parcel descriptions (both sets) should almost never draw it:
/// 2 of 1,650 (0.1%, both in test halves, not read) on data 2026.12.05.460, the Chinese
/// names read too; 4 of 2,045 (0.2%) with the sets added since, on data 2026.12.06.740
/// and .752.
#[test]
fn real_titles_and_parcel_lines_rarely_read_as_mixed_goods() {
    let dir = format!("{}/tests/quality", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("real_titles") || n.starts_with("terse_"))
        .collect();
    names.sort();
    let (mut n, mut fired) = (0, 0);
    for name in &names {
        for (_, text) in read(name) {
            // The real-titles rows carry their half ("dev", "test") before the title.
            let title = text.rsplit('\t').next().unwrap_or("");
            n += 1;
            let report = check(&declaration(title, None));
            if report.findings.iter().any(|f| f.rule == "description-mixed-goods") {
                fired += 1;
            }
        }
    }
    eprintln!("mixed goods: {n} real titles and parcel lines; fired on {:.1}% ({fired})", pct(fired, n));
    assert!(n > 1500, "the sets were read");
    assert!(pct(fired, n) < 1.0, "description-mixed-goods fired on {fired} of {n}");
}

#[test]
fn vague_descriptions_are_caught() {
    let rows = read("vague.tsv");
    let mut missed = Vec::new();
    for (expected, text) in &rows {
        let zh = text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        let field = if zh { "descriptionZh" } else { "description" };
        let found = description_findings(&check(&declaration(text, None)), field);
        let caught = match expected.as_str() {
            "error" => found.iter().any(|s| s == "error"),
            _ => !found.is_empty(),
        };
        if !caught {
            missed.push(format!("{expected}: {text} (got {found:?})"));
        }
    }
    let n = rows.len();
    let caught = n - missed.len();
    eprintln!("vague: {caught}/{n} caught at the expected severity ({:.1}%)", pct(caught, n));
    eprintln!("  missed: {missed:?}");
    // Within 3 points of what it measures (100%), so a real regression fails.
    assert!(pct(caught, n) >= 97.0, "missed: {missed:?}");
}

#[test]
fn suggestions_find_the_chapter_and_heading() {
    let all: Vec<Case> = english().into_iter().chain(chinese()).collect();
    let (mut chapter_first, mut heading_top5) = (0, 0);
    let mut misses = Vec::new();
    for case in &all {
        let suggestions = hs::suggest(&case.text, 5);
        let headings = suggested_headings(&suggestions);
        if headings.first().map(|h| h / 100) == Some(case.heading / 100) {
            chapter_first += 1;
        }
        if headings.contains(&case.heading) {
            heading_top5 += 1;
        } else {
            misses.push(format!("{:04} {} -> {headings:?}", case.heading, case.text));
        }
    }
    let n = all.len();
    eprintln!(
        "suggestions: {n} titles; right chapter first {:.1}%, right heading in top five {:.1}%",
        pct(chapter_first, n),
        pct(heading_top5, n)
    );
    eprintln!("  heading misses: {misses:#?}");
    // Within 3 points of what they measure (94.8%, 98.6%), so a real regression fails.
    assert!(pct(chapter_first, n) >= 92.0);
    assert!(pct(heading_top5, n) >= 95.6);
}

/// The same figures on the set written after the vocabulary, never tuned on: the
/// honest estimate for titles precheck has not seen (printed; the README quotes it).
#[test]
fn fresh_titles_estimate() {
    let fresh = cases("listings_fresh.tsv");
    let n = fresh.len();
    let (mut chapter_first, mut heading_top5, mut vague) = (0, 0, 0);
    for case in &fresh {
        let headings = suggested_headings(&hs::suggest(&case.text, 5));
        chapter_first += usize::from(headings.first().map(|h| h / 100) == Some(case.heading / 100));
        heading_top5 += usize::from(headings.contains(&case.heading));
        vague += usize::from(!description_findings(&check(&declaration(&case.text, None)), "description").is_empty());
    }
    eprintln!(
        "fresh set: {n} titles; right chapter first {:.1}%, heading in top five {:.1}%, description finding {:.1}%",
        pct(chapter_first, n),
        pct(heading_top5, n),
        pct(vague, n)
    );
    // Within 3 points of what they measure (93.5%, 95.3%, 0%).
    assert!(pct(chapter_first, n) >= 90.5 && pct(heading_top5, n) >= 92.3 && pct(vague, n) < 3.0);
}

/// The first HS 2022 subheading of a heading: a true code for goods of that heading.
fn first_subheading(heading: u32) -> String {
    let code = hs::subheadings_of(heading as u16).first().copied().unwrap_or(heading * 100);
    hs::dotted(code)
}

/// Codes from every section, to declare against goods of another section.
const FOREIGN: &[&str] = &[
    "0101.21", "0702.00", "1507.10", "2009.11", "2523.29", "2709.00", "2901.10", "3102.10", "4001.10", "4403.11", "4701.00", "5101.11",
    "6101.20", "6801.00", "7102.10", "7208.10", "8407.10", "8701.10", "8802.11", "9001.10", "9301.10", "9401.10", "9701.21",
];

fn section(code: &str) -> Option<&'static str> {
    hs::section_of(code.get(..2)?.parse().ok()?)
}

#[test]
fn mismatch_spares_true_codes_and_catches_foreign_ones() {
    let all: Vec<Case> = english().into_iter().chain(chinese()).collect();
    let mismatch = |text: &str, code: String| check(&declaration(text, Some(code))).findings.iter().any(|f| f.rule == "hs-code-mismatch");
    let (mut true_flagged, mut foreign_flagged) = (Vec::new(), 0);
    for (i, case) in all.iter().enumerate() {
        let own = first_subheading(case.heading);
        if mismatch(&case.text, own.clone()) {
            true_flagged.push(format!("{own} {}", case.text));
        }
        let own_section = section(&own);
        let foreign = (0..FOREIGN.len()).map(|k| FOREIGN[(i + k) % FOREIGN.len()]).find(|c| section(c) != own_section).unwrap_or("0101.21");
        if mismatch(&case.text, foreign.to_string()) {
            foreign_flagged += 1;
        }
    }
    let n = all.len();
    eprintln!(
        "mismatch: true code flagged {:.1}% ({}), other-section code flagged {:.1}%",
        pct(true_flagged.len(), n),
        true_flagged.len(),
        pct(foreign_flagged, n)
    );
    eprintln!("  true codes flagged: {true_flagged:#?}");
    // Within 3 points of what they measure (0.2%, 95.5%; 97.6% until a code in a chapter
    // the suggestions list among their five was spared).
    assert!(pct(true_flagged.len(), n) <= 3.2);
    assert!(pct(foreign_flagged, n) >= 92.5);
}

#[test]
fn replicas_and_cheap_famous_brands_draw_infringement_risk() {
    let rows = read("brands.tsv");
    let mut wrong = Vec::new();
    for (expected, rest) in &rows {
        let mut f = rest.splitn(3, '\t');
        let (price, brand, title) = (f.next().unwrap_or(""), f.next().unwrap_or(""), f.next().unwrap_or(""));
        let mut decl = declaration(title, None);
        decl["items"][0]["unitPrice"] = json!(price);
        if !brand.is_empty() {
            decl["items"][0]["brand"] = json!(brand);
        }
        let severities: Vec<String> = check(&decl)
            .findings
            .iter()
            .filter(|f| f.rule == "infringement-risk")
            .map(|f| format!("{:?}", f.severity).to_lowercase())
            .collect();
        let got = if severities.iter().any(|s| s != "info") {
            "risk"
        } else if severities.is_empty() {
            "none"
        } else {
            "note"
        };
        if got != expected {
            wrong.push(format!("{expected}: {title} at {price}"));
        }
    }
    eprintln!("infringement: {}/{} as expected; wrong: {wrong:?}", rows.len() - wrong.len(), rows.len());
    assert!(wrong.is_empty(), "{wrong:?}");
}

#[test]
fn ordinary_listings_draw_no_infringement_risk() {
    let all: Vec<Case> = english().into_iter().chain(chinese()).collect();
    let flagged: Vec<&str> = all
        .iter()
        .filter(|c| check(&declaration(&c.text, None)).findings.iter().any(|f| f.rule == "infringement-risk"))
        .map(|c| c.text.as_str())
        .collect();
    eprintln!("infringement on ordinary listings: {} of {}: {flagged:?}", flagged.len(), all.len());
    assert!(flagged.len() * 100 <= all.len(), "{flagged:?}");
}

/// The held-out set (tests/quality/heldout.tsv): written once, before the ranker learned
/// from the national tariffs, and never tuned on. Prints the figures per kind of text
/// (the README quotes them); the assertions only guard against regressions.
#[test]
fn heldout_estimate() {
    let path = format!("{}/tests/quality/heldout.tsv", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("heldout.tsv");
    let rows: Vec<(u32, &str, &str)> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut parts = l.splitn(3, '\t');
            let heading = parts.next().and_then(|h| h.parse().ok()).unwrap_or_else(|| panic!("heading in {l:?}"));
            (heading, parts.next().expect("kind"), parts.next().expect("text"))
        })
        .collect();
    let mut figures = Vec::new();
    for kind in ["listing", "listing-zh", "ruling", "parcel", "all"] {
        let set: Vec<_> = rows.iter().filter(|r| kind == "all" || r.1 == kind).collect();
        let n = set.len();
        let (mut chapter_first, mut heading_top5, mut true_flagged, mut heading_first, mut confidence) = (0, 0, 0, 0, 0.0);
        for (heading, _, text) in &set {
            let suggestions = hs::suggest(text, 5);
            confidence += suggestions.first().map_or(0.0, |s| s.confidence);
            let headings = suggested_headings(&suggestions);
            heading_first += usize::from(headings.first() == Some(heading));
            chapter_first += usize::from(headings.first().map(|h| h / 100) == Some(heading / 100));
            heading_top5 += usize::from(headings.contains(heading));
            let report = check(&declaration(text, Some(first_subheading(*heading))));
            true_flagged += usize::from(report.findings.iter().any(|f| f.rule == "hs-code-mismatch"));
        }
        eprintln!(
            "held-out {kind}: {n}; right chapter first {:.1}%, heading in top five {:.1}%, true code flagged {:.1}%; \
             first suggestion's heading right {:.1}% against a mean confidence of {:.1}%",
            pct(chapter_first, n),
            pct(heading_top5, n),
            pct(true_flagged, n),
            pct(heading_first, n),
            100.0 * confidence / n as f64
        );
        figures.push((kind, pct(chapter_first, n), pct(heading_top5, n), pct(true_flagged, n)));
    }
    let (_, chapter, heading, flagged) = figures.last().copied().expect("all");
    assert_near_floor("held-out right chapter first", chapter, HELDOUT_FLOOR.0);
    assert_near_floor("held-out heading in top five", heading, HELDOUT_FLOOR.1);
    assert_near_ceiling("held-out true code flagged", flagged, HELDOUT_FLOOR.2);
}

/// Real marketplace titles: published listing titles no one here wrote, labelled with
/// every defensible heading: `real_titles.tsv` (AliExpress, 2026-11-30),
/// `real_titles_b.tsv` (TikTok Shop, Amazon, AliExpress and 1688, gathered 2026-12-02),
/// `real_titles_c.tsv` and `real_titles_d.tsv` (AliExpress, a later version of the first
/// file's scrape), `real_titles_e.tsv` (more TikTok Shop titles), `real_titles_f.tsv`
/// (1688 offers, in Chinese), `real_titles_g.tsv` (Jumia Kenya household goods and
/// Amazon.in bestsellers, gathered 2026-12-03), `real_titles_h.tsv` (DummyJSON's
/// fixture of marketplace titles), `real_titles_i.tsv` (SHEIN titles from a search
/// fixture), `real_titles_j.tsv` (Amazon.in titles from a public product dataset) and
/// `real_titles_k.tsv` (Flipkart titles from another), all four gathered 2026-12-03,
/// `real_titles_l.tsv` (1688 offers in machine-translated English) and `real_titles_m.tsv`
/// (the same offers' Chinese titles, with 1688 bags, shoes and sunglasses), gathered
/// later that day, `real_titles_n.tsv` (Taobao and Tmall cosmetics titles in Chinese,
/// 2018, gathered in the thirty-seventh session), `real_titles_o.tsv` (eBay UK titles of
/// used tools and workshop parts, 2021) and `real_titles_p.tsv` (Etsy titles, 2019), both
/// gathered in the thirty-eighth, and `real_titles_q.tsv` (Amazon.com kitchen bestsellers,
/// 2024, gathered in the sixty-first) and `real_titles_r.tsv` (Amazon.co.uk toys, games,
/// hobby and party goods, 2015-2016, gathered in the sixty-second), `real_titles_s.tsv`
/// (Amazon.in pet supplies, 2022, gathered in the sixty-third) and `real_titles_t.tsv`
/// (an eBay dropshipping store's phone accessories and gadgets, 2025-2026, gathered in
/// the sixty-fourth), `real_titles_u.tsv` (category names from Google's product
/// taxonomy, gathered in the sixty-seventh) and `real_titles_v.tsv` (eBay US search
/// results a web-scraping course's students committed, gathered in the sixty-eighth),
/// `real_titles_w.tsv` (Temu "baby toys" search results, gathered in the sixty-ninth) and
/// `real_titles_x.tsv` (a US dismantler's used car parts, gathered in the seventieth) and
/// `real_titles_y.tsv` (an engineering organisation's purchase lines, gathered in the
/// seventy-first), `real_titles_z.tsv` (Wish listings of Chinese sellers' summer goods)
/// and `real_titles_aa.tsv` (Amazon.in listings of twenty categories), gathered in the
/// seventy-second, and `real_titles_ab.tsv` (Myntra's brand-first fashion listings),
/// gathered in the seventy-third.
/// The "dev" half of each may be examined to find what the ranker gets wrong; the "test"
/// half never is, and its figures are the README's estimate for real listings. A
/// suggestion counts as right when its heading (or chapter) is one of the labelled ones;
/// the true code is the first labelled heading's first subheading. `PRECHECK_SHOW_DEV=1`
/// prints the dev halves' misses and flagged codes (never the test halves').
#[test]
fn real_titles_estimate() {
    for (file, floor) in [
        ("real_titles.tsv", REAL_TEST_FLOOR),
        ("real_titles_b.tsv", REAL_B_TEST_FLOOR),
        ("real_titles_c.tsv", REAL_C_TEST_FLOOR),
        ("real_titles_d.tsv", REAL_D_TEST_FLOOR),
        ("real_titles_e.tsv", REAL_E_TEST_FLOOR),
        ("real_titles_f.tsv", REAL_F_TEST_FLOOR),
        ("real_titles_g.tsv", REAL_G_TEST_FLOOR),
        ("real_titles_h.tsv", REAL_H_TEST_FLOOR),
        ("real_titles_i.tsv", REAL_I_TEST_FLOOR),
        ("real_titles_j.tsv", REAL_J_TEST_FLOOR),
        ("real_titles_k.tsv", REAL_K_TEST_FLOOR),
        ("real_titles_l.tsv", REAL_L_TEST_FLOOR),
        ("real_titles_m.tsv", REAL_M_TEST_FLOOR),
        ("real_titles_n.tsv", REAL_N_TEST_FLOOR),
        ("real_titles_o.tsv", REAL_O_TEST_FLOOR),
        ("real_titles_p.tsv", REAL_P_TEST_FLOOR),
        ("real_titles_q.tsv", REAL_Q_TEST_FLOOR),
        ("real_titles_r.tsv", REAL_R_TEST_FLOOR),
        ("real_titles_s.tsv", REAL_S_TEST_FLOOR),
        ("real_titles_t.tsv", REAL_T_TEST_FLOOR),
        ("real_titles_u.tsv", REAL_U_TEST_FLOOR),
        ("real_titles_v.tsv", REAL_V_TEST_FLOOR),
        ("real_titles_w.tsv", REAL_W_TEST_FLOOR),
        ("real_titles_x.tsv", REAL_X_TEST_FLOOR),
        ("real_titles_y.tsv", REAL_Y_TEST_FLOOR),
        ("real_titles_z.tsv", REAL_Z_TEST_FLOOR),
        ("real_titles_aa.tsv", REAL_AA_TEST_FLOOR),
        ("real_titles_ab.tsv", REAL_AB_TEST_FLOOR),
    ] {
        let [_, (chapter, heading, flagged)] = real_titles_figures(file);
        assert_near_floor(&format!("{file} test right chapter first"), chapter, floor.0);
        assert_near_floor(&format!("{file} test heading in top five"), heading, floor.1);
        assert_near_ceiling(&format!("{file} test true code flagged"), flagged, floor.2);
    }
}

/// Measures one real-titles file's dev and test halves (right chapter first, heading in the
/// top five, true code flagged) and prints both.
fn real_titles_figures(file: &str) -> [(f64, f64, f64); 2] {
    let path = format!("{}/tests/quality/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let rows: Vec<(Vec<u32>, &str, &str)> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut parts = l.splitn(3, '\t');
            let headings =
                parts.next().unwrap_or("").split('|').map(|h| h.parse().unwrap_or_else(|_| panic!("heading in {l:?}"))).collect();
            (headings, parts.next().expect("split"), parts.next().expect("title"))
        })
        .collect();
    let show_dev = std::env::var_os("PRECHECK_SHOW_DEV").is_some();
    ["dev", "test"].map(|split| {
        let set: Vec<_> = rows.iter().filter(|r| r.1 == split).collect();
        let n = set.len();
        let (mut chapter_first, mut heading_top5, mut true_flagged) = (0, 0, 0);
        for (headings, _, title) in &set {
            let suggested = suggested_headings(&hs::suggest(title, 5));
            let (chapter, heading) = right_chapter_and_heading(headings, &suggested);
            chapter_first += usize::from(chapter);
            heading_top5 += usize::from(heading);
            if show_dev && split == "dev" && !chapter {
                eprintln!("dev miss {headings:?} got {suggested:?}: {title}");
            }
            let report = check(&declaration(title, Some(first_subheading(headings[0]))));
            let flagged = report.findings.iter().any(|f| f.rule == "hs-code-mismatch");
            if flagged && show_dev && split == "dev" {
                eprintln!("dev flagged {headings:?}: {title}");
            }
            true_flagged += usize::from(flagged);
        }
        eprintln!(
            "{file} {split}: {n}; right chapter first {:.1}%, heading in top five {:.1}%, true code flagged {:.1}%",
            pct(chapter_first, n),
            pct(heading_top5, n),
            pct(true_flagged, n)
        );
        (pct(chapter_first, n), pct(heading_top5, n), pct(true_flagged, n))
    })
}

/// Terse contents descriptions, as CN22/CN23 forms and waybills carry them ("LAMP",
/// "phone parts"): the dev set (tests/quality/terse_dev.tsv, examined while the vocabulary
/// grew) and the held-out set (terse_heldout.tsv, written after and never tuned on, the
/// README's estimate). A suggestion counts as right when its heading (or chapter) is one
/// of the labelled ones. Prints both; asserts each within 3 points of what it measured.
#[test]
fn terse_declarations_estimate() {
    for (name, floor) in [("terse_dev.tsv", TERSE_DEV_FLOOR), ("terse_heldout.tsv", TERSE_HELDOUT_FLOOR)] {
        assert_at_floor(name, floor);
    }
}

/// Titles that name goods by their purpose ("Band for Fitbit Charge 6", "For iPad Pro
/// Screen Protector"): a held-out set (tests/quality/purpose_heldout.tsv) written after
/// `hs::purpose_compound` and never tuned on. Prints it; asserts within 3 points.
#[test]
fn purpose_titles_estimate() {
    assert_at_floor("purpose_heldout.tsv", PURPOSE_HELDOUT_FLOOR);
}

/// Titles from categories the eighteenth session's probes did not visit (instruments,
/// garden, baby, sports, crafts, pets, cars, office, party, bathroom): a held-out set
/// (tests/quality/categories_heldout.tsv) written after that session's vocabulary work
/// and never tuned on. Prints it; asserts within 3 points.
#[test]
fn unvisited_categories_estimate() {
    assert_at_floor("categories_heldout.tsv", CATEGORIES_HELDOUT_FLOOR);
}

/// Honest estimate on fresh titles from the whole range marketplaces sell
/// (tests/quality/mixed_heldout.tsv), written after the nineteenth session's vocabulary
/// work and never tuned on.
#[test]
fn mixed_titles_estimate() {
    assert_at_floor("mixed_heldout.tsv", MIXED_HELDOUT_FLOOR);
}

/// Honest estimate on fresh titles written after the vocabulary and reading work of
/// 2026-12-02 (tests/quality/later_heldout.tsv: English and Chinese, the whole range),
/// never tuned on.
#[test]
fn later_titles_estimate() {
    assert_at_floor("later_heldout.tsv", LATER_HELDOUT_FLOOR);
}

/// Titles as exporters list goods for general trade (metals and plastics in their trade
/// forms, chemicals, yarns, building materials, machine parts): the dev set the
/// twentieth session's vocabulary and readings were written against
/// (tests/quality/trade_dev.tsv), and a held-out set written after it and never tuned on
/// (tests/quality/trade_heldout.tsv), with one in Chinese (trade_zh_heldout.tsv) and a second
/// English one (trade_heldout_b.tsv), a Chinese dev set (trade_zh_dev.tsv) and a third
/// held-out set in both languages (trade_heldout_c.tsv). Prints
/// them; asserts within 3 points.
#[test]
fn general_trade_titles_estimate() {
    for (name, floor) in [
        ("trade_dev.tsv", TRADE_DEV_FLOOR),
        ("trade_heldout.tsv", TRADE_HELDOUT_FLOOR),
        ("trade_zh_heldout.tsv", TRADE_ZH_HELDOUT_FLOOR),
        ("trade_heldout_b.tsv", TRADE_HELDOUT_B_FLOOR),
        ("trade_zh_dev.tsv", TRADE_ZH_DEV_FLOOR),
        ("trade_heldout_c.tsv", TRADE_HELDOUT_C_FLOOR),
    ] {
        assert_at_floor(name, floor);
    }
}

/// Marketplace listing titles in English and Chinese (tests/quality/shop_heldout.tsv),
/// written at the twenty-second session's start before its tuning and never tuned on,
/// and the English marketplace dev set (shop_dev.tsv, tuned on). Prints them; asserts
/// within 3 points.
#[test]
fn shop_titles_estimate() {
    for (name, floor) in [("shop_heldout.tsv", SHOP_HELDOUT_FLOOR), ("shop_dev.tsv", SHOP_DEV_FLOOR)] {
        assert_at_floor(name, floor);
    }
}

/// General-trade titles in English and Chinese with parcel contents as CN22 forms carry
/// them (tests/quality/heldout_d.tsv), written at the twenty-third session's start before
/// its tuning and never tuned on. Prints it; asserts within 3 points.
#[test]
fn heldout_d_estimate() {
    assert_at_floor("heldout_d.tsv", HELDOUT_D_FLOOR);
}

/// Chinese marketplace listing titles (tests/quality/heldout_e_zh.tsv), written at the
/// twenty-fourth session's start before its tuning and never tuned on. Prints it; asserts
/// within 3 points.
#[test]
fn heldout_e_estimate() {
    assert_at_floor("heldout_e_zh.tsv", HELDOUT_E_FLOOR);
}

/// General-trade titles in English (tests/quality/heldout_f.tsv), written after the
/// twenty-fourth session's rows and never tuned on. Prints it; asserts within 3 points.
#[test]
fn heldout_f_estimate() {
    assert_at_floor("heldout_f.tsv", HELDOUT_F_FLOOR);
}

/// English marketplace titles across categories (tests/quality/heldout_g.tsv), written at
/// the fifty-second session's end after its rows and readings, and never tuned on. Prints
/// it; asserts within 3 points.
#[test]
fn heldout_g_estimate() {
    assert_at_floor("heldout_g.tsv", HELDOUT_G_FLOOR);
}

/// English and Chinese marketplace titles, Indian and South-East Asian ones and
/// general-trade lines (tests/quality/heldout_h.tsv), written near the fifty-third
/// session's end after its rows and readings through data .519, and never tuned on.
/// Prints it; asserts within 3 points.
#[test]
fn heldout_h_estimate() {
    assert_at_floor("heldout_h.tsv", HELDOUT_H_FLOOR);
}

/// English and Chinese marketplace titles, general-trade lines, Indian, South-East Asian
/// and African titles and terse parcel lines (tests/quality/heldout_i.tsv), written in the
/// fifty-fourth session after its rows and readings through data .542, and never tuned on.
/// Prints it; asserts within 3 points.
#[test]
fn heldout_i_estimate() {
    assert_at_floor("heldout_i.tsv", HELDOUT_I_FLOOR);
}

/// English and Chinese marketplace titles, general-trade lines, Indian, South-East Asian,
/// Latin American and African titles and terse parcel lines (tests/quality/heldout_j.tsv),
/// written at the fifty-fifth session's start (data .552), before any of its changes, and
/// never tuned on. Prints it; asserts within 3 points.
#[test]
fn heldout_j_estimate() {
    assert_at_floor("heldout_j.tsv", HELDOUT_J_FLOOR);
}

/// English and Chinese marketplace titles, general-trade lines, terse parcel lines and
/// handmade or regional marketplace titles (tests/quality/heldout_k.tsv), written at the
/// fifty-sixth session's start (data .568), before any of its vocabulary changes, and
/// never tuned on. Prints it; asserts within 3 points.
#[test]
fn heldout_k_estimate() {
    assert_at_floor("heldout_k.tsv", HELDOUT_K_FLOOR);
}

/// English and Chinese marketplace titles, general-trade lines, terse parcel lines and
/// handmade or regional marketplace titles (tests/quality/heldout_l.tsv), written at the
/// fifty-seventh session's start (data .610), before any of its changes, and never tuned
/// on. Prints it; asserts within 3 points.
#[test]
fn heldout_l_estimate() {
    assert_at_floor("heldout_l.tsv", HELDOUT_L_FLOOR);
}

/// English and Chinese marketplace titles, general-trade lines, terse parcel lines and
/// titles for babies and children (tests/quality/heldout_m.tsv), written late in the
/// fifty-eighth session (data .639), after most of its changes, and never tuned on. Prints
/// it; asserts within 3 points.
#[test]
fn heldout_m_estimate() {
    assert_at_floor("heldout_m.tsv", HELDOUT_M_FLOOR);
}

/// English and Chinese marketplace titles, general-trade lines, terse parcel lines and
/// tools and home-improvement titles (tests/quality/heldout_n.tsv), written at the
/// fifty-ninth session's start (data .644), before any of its changes, and never tuned on.
/// Prints it; asserts within 3 points.
#[test]
fn heldout_n_estimate() {
    assert_at_floor("heldout_n.tsv", HELDOUT_N_FLOOR);
}

/// English and Chinese marketplace titles, general-trade lines, terse parcel lines and
/// sports and outdoor titles (tests/quality/heldout_o.tsv), written at the sixtieth
/// session's start (data .669), before any of its changes, and never tuned on. Prints it;
/// asserts within 3 points.
#[test]
fn heldout_o_estimate() {
    assert_at_floor("heldout_o.tsv", HELDOUT_O_FLOOR);
}

/// English and Chinese marketplace titles, general-trade lines, terse parcel lines and
/// car and pet supplies (tests/quality/heldout_p.tsv), written at the sixty-first
/// session's start (data .694), before any of its changes, and never tuned on. Prints it;
/// asserts within 3 points.
#[test]
fn heldout_p_estimate() {
    assert_at_floor("heldout_p.tsv", HELDOUT_P_FLOOR);
}

/// Toys, games, hobby, craft and party goods as English and Chinese titles, general-trade
/// lines and terse parcel lines (tests/quality/heldout_q.tsv), written in the sixty-second
/// session (data .727) after its toy rows and readings, before any change made with the
/// set in view, and never tuned on. Prints it; asserts within 3 points.
#[test]
fn heldout_q_estimate() {
    assert_at_floor("heldout_q.tsv", HELDOUT_Q_FLOOR);
}

/// Pet and animal supplies as English and Chinese titles, general-trade lines and terse
/// parcel lines (tests/quality/heldout_t.tsv), written in the sixty-third session after
/// its pet rows, before any change made with the set in view, and never tuned on.
/// Prints it; asserts within 3 points.
#[test]
fn heldout_t_estimate() {
    assert_at_floor("heldout_t.tsv", HELDOUT_T_FLOOR);
}

/// Sports and outdoor goods, electronic components, hardware and tools, fashion
/// accessories, baby, health, music, craft, party and phone goods as English and Chinese
/// titles, general-trade lines and terse parcel lines (tests/quality/heldout_u.tsv),
/// written in the sixty-fourth session after its rows from probes of those goods, before
/// any change made with the set in view, and never tuned on. Prints it; asserts within 3
/// points.
#[test]
fn heldout_u_estimate() {
    assert_at_floor("heldout_u.tsv", HELDOUT_U_FLOOR);
}

/// Toys and party goods, pet supplies, machinery spare parts, chemicals by trade name,
/// food specialities and other regions' crafts (tests/quality/heldout_v.tsv), written at
/// the start of the sixty-fifth session, before any change in it, and never tuned on.
/// Prints it; asserts within 3 points.
#[test]
fn heldout_v_estimate() {
    assert_at_floor("heldout_v.tsv", HELDOUT_V_FLOOR);
}

/// Marketplace titles as sellers stack them (a maker first, keywords, the goods named
/// late or twice) across home, garden, beauty, accessories, electronics, sports, car,
/// baby, craft, office and tool goods (tests/quality/heldout_w.tsv), written in the
/// sixty-sixth session after its first three changes and never tuned on. Prints it;
/// asserts within 3 points.
#[test]
fn heldout_w_estimate() {
    assert_at_floor("heldout_w.tsv", HELDOUT_W_FLOOR);
}

/// Measures a set labelled with every defensible heading (printed) and asserts both
/// figures at or above their floor and within `FLOOR_SLACK` of it: (right chapter first,
/// a right heading in the top five).
fn assert_at_floor(name: &str, floor: (f64, f64)) {
    let (chapter, heading) = multi_label_estimate(name);
    assert_near_floor(&format!("{name} right chapter first"), chapter, floor.0);
    assert_near_floor(&format!("{name} heading in top five"), heading, floor.1);
}

/// How far a floor may sit below what its set measures: issue #9 asks for quality
/// thresholds within 3 points of what is measured, so a real regression fails and a gain
/// raises the floor (the figures are printed to one decimal, hence the tenth more). Every
/// floor below was set within 3 points of its set's figures at data 2026.12.04.401 (the
/// forty-eighth session, when twenty of them had drifted up to 15.5 points below); the
/// figures in each guard's comment are its history.
const FLOOR_SLACK: f64 = 3.1;

/// A figure where higher is better (right chapter first, a right heading in the top
/// five): at or above its floor, and the floor within `FLOOR_SLACK` of it.
fn assert_near_floor(what: &str, measured: f64, floor: f64) {
    assert!(measured >= floor, "{what}: {measured:.1}% is below its floor {floor:.1}%");
    assert!(measured - floor <= FLOOR_SLACK, "{what}: {measured:.1}% is more than 3 points above its floor {floor:.1}%: raise the floor");
}

/// A figure where lower is better (true codes flagged): at or below its ceiling, and the
/// ceiling within `FLOOR_SLACK` of it.
fn assert_near_ceiling(what: &str, measured: f64, ceiling: f64) {
    assert!(measured <= ceiling, "{what}: {measured:.1}% is above its ceiling {ceiling:.1}%");
    assert!(
        ceiling - measured <= FLOOR_SLACK,
        "{what}: {measured:.1}% is more than 3 points under its ceiling {ceiling:.1}%: lower the ceiling"
    );
}

/// A set labelled with every defensible heading: (right chapter first, a right heading in
/// the top five), in percent, printed.
fn multi_label_estimate(name: &str) -> (f64, f64) {
    let rows = read(name);
    let n = rows.len();
    let (mut chapter_first, mut heading_top5) = (0, 0);
    for (labels, text) in &rows {
        let headings: Vec<u32> = labels.split('|').map(|h| h.parse().unwrap_or_else(|_| panic!("{name}: heading {h}"))).collect();
        let (chapter, heading) = right_chapter_and_heading(&headings, &suggested_headings(&hs::suggest(text, 5)));
        chapter_first += usize::from(chapter);
        heading_top5 += usize::from(heading);
    }
    let (chapter, heading) = (pct(chapter_first, n), pct(heading_top5, n));
    eprintln!("{name}: {n}; right chapter first {chapter:.1}%, heading in top five {heading:.1}%");
    (chapter, heading)
}

/// Regression guard for the purpose titles: within 3 points of what they measure (90.0% /
/// 95.0% since the twentieth session; 80.0% / 87.5% at their first run, and the engine
/// before `purpose_compound` 82.5% / 87.5%).
const PURPOSE_HELDOUT_FLOOR: (f64, f64) = (87.0, 94.5);

/// Regression guard for the unvisited categories: within 3 points of what they measure
/// (97.5% / 100.0% since data 2026.12.06.745, one title, not examined, after the
/// sixty-fourth session's rows from its probes; 95.0% / 97.5% before; 82.5% / 90.0% since
/// data 2026.12.02.33; 80.0% / 87.5% from the nineteenth session; 75.0% / 87.5% at their
/// first run); 100.0% / 100.0% since data 2026.12.06.779 (one title, not examined, after
/// the sixty-sixth session's reading of articles of one material made of another).
const CATEGORIES_HELDOUT_FLOOR: (f64, f64) = (97.0, 97.0);

/// Regression guard for the mixed fresh titles: within 3 points of what they measure
/// (84.0% / 94.0% since data 2026.12.06.808, after the sixty-seventh session's rows for
/// goods of Google's product categories, titles not examined; 78.0% / 88.0% since data
/// 2026.12.02.52; 76.0% / 86.0% since the twentieth session; 74.0% / 84.0% at their first
/// run).
const MIXED_HELDOUT_FLOOR: (f64, f64) = (81.0, 91.0);

/// Regression guards for the general-trade titles: within 3 points of what they measure
/// (data 2026.12.02.48, the twenty-third session's rows: dev 97.9% / 98.1% with its 313
/// probe titles added (97.1% / 97.4% on the 509 before them), held-out 72.0% / 82.0%;
/// data .41-.43 and the abbreviations' reading: dev 96.7% / 97.4%, held-out 70.0% /
/// 80.0%; data 2026.12.02.39: dev 96.1% / 97.4% with the twenty-first session's 154
/// titles (91.0% / 94.1% for data .37), held-out 68.0% / 78.0% (data .37 60.0% / 68.0%; the
/// held-out set 56.0% / 58.0% at its first run with data .33, and 38.0% / 32.0% for the
/// twentieth session's starting engine and data). The Chinese held-out set, written after
/// the twentieth session's rows and readings: 86.0% / 100.0% at its first run (that
/// session's starting build 70.0% / 78.0%), 88.0% / 100.0% with data .39, 92.0% / 100.0%
/// with data .49, 94.0% / 100.0% with data .55. Twenty-fourth session (data .52-.61): dev
/// 97.6% / 97.9% with its 363 probe titles, held-out 72.0% / 84.0%. Fifty-second session
/// (data 2026.12.05.474, a probe of 79 trade titles written that day): held-out 80.0% / 86.0%.
/// Fifty-fifth session (rows for HS headings no row named): 82.0% / 88.0% at data .559,
/// 88.0% / 92.0% at .562 (raw materials, scrap, farm goods, vehicles). Fifty-sixth
/// session (rows for meat, dairy, vegetables, fruit, acids; a package after "mesh"): dev
/// 98.1% / 98.3% at data .594. Sixty-seventh session (rows for goods of Google's product
/// categories): 98.2% / 98.5% at data .814. Seventy-first session: held-out 90.0% / 92.0%
/// at data .904 (one title, not examined, after a row for glass sheets and panes).
const TRADE_DEV_FLOOR: (f64, f64) = (95.3, 95.5);
const TRADE_HELDOUT_FLOOR: (f64, f64) = (87.0, 89.0);
const TRADE_ZH_HELDOUT_FLOOR: (f64, f64) = (95.0, 97.0);
/// The second general-trade held-out set, written at the twenty-first session's start
/// before its tuning: 82.4% / 86.3% at its first run (data 2026.12.02.37), the same after
/// the session's readings and rows (data .39); 84.3% / 86.3% with data .41; 90.2% / 90.2%
/// with data .45; 90.2% / 92.2% with data .82; 96.1% / 96.1% with data 2026.12.05.474;
/// 96.1% / 98.0% with data .635 (the fifty-eighth session's rows for car and truck tyres,
/// polyester spun yarn and cooking oil named after its kind: one title, not examined).
const TRADE_HELDOUT_B_FLOOR: (f64, f64) = (93.1, 95.0);
/// The Chinese general-trade dev set (tuned on): 98.8% / 99.7% with data 2026.12.02.49 and
/// the twenty-third session's 209 titles; 99.2% / 100.0% with data 2026.12.02.41,
/// 98.3% / 100.0% with data .39, 63.9% / 73.1% for data .37; 100.0% / 99.8% with data
/// 2026.12.06.665 (a declaration line's later segments name no goods: 1 title more right
/// first, "无纺布 针刺 毛毡" no longer felt in the top five).
const TRADE_ZH_DEV_FLOOR: (f64, f64) = (97.0, 97.0);
/// The third general-trade held-out set, written at the twenty-second session's start
/// before its tuning (60 titles, 5 of them Chinese): 91.7% / 93.3% at its first run (data
/// 2026.12.02.40); 95.0% / 96.7% with that session's machines and commodities (data .41),
/// rows its writer added right after writing it, so a less clean figure than the others';
/// 96.7% / 98.3% with data .45; 98.3% / 98.3% with data .52.
const TRADE_HELDOUT_C_FLOOR: (f64, f64) = (95.3, 97.0);

/// Regression guard for the marketplace titles of the twenty-second session (68 titles,
/// 10 of them Chinese), written before that session's tuning: 100.0% / 100.0% at its first
/// run (data 2026.12.02.40) and with data .41.
const SHOP_HELDOUT_FLOOR: (f64, f64) = (97.0, 97.0);
/// The marketplace titles' dev set (tuned on, twenty-fourth session): 98.4% / 99.5% with
/// data 2026.12.02.53 (95.0% and 95.1% right chapter first in its two probes before);
/// 98.9% / 99.5% with data 2026.12.03.82; 98.9% / 100% through data 2026.12.06.743 and
/// 99.5% / 100% since .745 (a key ring holder's row).
const SHOP_DEV_FLOOR: (f64, f64) = (96.5, 97.0);

/// Regression guard for held-out set D (60 titles: 32 general-trade, 10 Chinese trade
/// names, 18 parcel contents), written before the twenty-third session's tuning: 95.0% /
/// 96.7% at its first run (data 2026.12.02.43); 96.7% / 96.7% with data .45, whose probes
/// the same engineer wrote after it (so quote the first run).
const HELDOUT_D_FLOOR: (f64, f64) = (97.0, 97.0);

/// Regression guard for held-out set E (60 Chinese marketplace listing titles), written
/// before the twenty-fourth session's tuning: 96.7% / 100.0% at its first run (data
/// 2026.12.02.50).
const HELDOUT_E_FLOOR: (f64, f64) = (95.3, 97.0);

/// Regression guard for held-out set G (50 English marketplace titles), written at the
/// fifty-second session's end: 94.0% / 96.0% at its first run (data 2026.12.05.489; the
/// fifty-first session's final build measured the same on it); 94.0% / 98.0% since data
/// 2026.12.06.779 (one title, not examined: articles of one material made of another).
const HELDOUT_G_FLOOR: (f64, f64) = (91.0, 95.0);

/// Regression guard for held-out set H (20 English and 10 Chinese marketplace titles, 10
/// as Indian and South-East Asian marketplaces write them, 10 general-trade lines), written
/// near the fifty-third session's end: 92.0% / 94.0% at its first run (data
/// 2026.12.05.519; the fifty-second session's final build measured the same on it);
/// 94.0% / 96.0% from data .716 (one title, not examined, after rows for palazzo trousers
/// and spice mixes such as garam masala); 96.0% / 98.0% from data .839 (one title, not
/// examined, after rows from probes of taxonomy lines: instruments, crafts, electronics).
const HELDOUT_H_FLOOR: (f64, f64) = (93.0, 95.0);

/// Regression guard for held-out set I: within 3 points of what it measured at its first
/// run (96.0% / 98.0% at data 2026.12.05.542; the fifty-third session's final build the
/// same; 98.0% / 98.0% since data .559; 100.0% / 98.0% since data .700, when "electric"
/// began to choose electro-thermic and electro-mechanical codes: one title, not examined).
const HELDOUT_I_FLOOR: (f64, f64) = (97.0, 95.0);

/// Regression guard for held-out set J: within 3 points of what it measured at its first
/// run (98.0% / 98.0% at data 2026.12.05.552, the fifty-fourth session's final build).
const HELDOUT_J_FLOOR: (f64, f64) = (95.0, 95.0);
const HELDOUT_K_FLOOR: (f64, f64) = (93.0, 97.0);

/// Regression guard for held-out set L: within 3 points of what it measured at its first
/// run (98.0% / 100.0% at data 2026.12.05.610, the fifty-sixth session's final build);
/// 100.0% / 100.0% since data .641 (the fifty-eighth session's figurines read as ornaments
/// by their material, not as toys: one title, not examined).
const HELDOUT_L_FLOOR: (f64, f64) = (97.0, 97.0);

/// Regression guard for held-out set M: within 3 points of what it measured at its first
/// run (96.0% / 98.0% at data 2026.12.05.639, the fifty-eighth session's last vocabulary);
/// 98.0% / 98.0% since data 2026.12.06.734, the sixty-third session's reading of a colour
/// named after the goods (one title, not examined); 100.0% / 98.0% since data .803, the
/// sixty-seventh session's rows for goods of Google's product categories (one title, not
/// examined).
const HELDOUT_M_FLOOR: (f64, f64) = (97.0, 95.0);

/// Regression guard for held-out set N: within 3 points of what it measured at its first
/// run (94.0% / 100.0% at data 2026.12.05.644, before any of the fifty-ninth session's changes).
const HELDOUT_N_FLOOR: (f64, f64) = (91.0, 97.0);

/// Regression guard for held-out set O: within 3 points of what it measured at its first
/// run (96.0% / 100.0% at data 2026.12.06.669, before any of the sixtieth session's changes).
const HELDOUT_O_FLOOR: (f64, f64) = (93.0, 97.0);

/// Regression guard for held-out set P: within 3 points of what it measured at its first
/// run (98.0% / 100.0% at data 2026.12.06.694, before any of the sixty-first session's changes).
const HELDOUT_P_FLOOR: (f64, f64) = (95.0, 97.0);

/// Regression guard for held-out set Q (toys, games, hobby and party goods): within 3
/// points of its first run (92.0% / 100.0% at data 2026.12.06.727, after the sixty-second
/// session's toy rows and readings; 90.0% / 100.0% on the session's starting build, .724).
const HELDOUT_Q_FLOOR: (f64, f64) = (89.0, 97.0);

/// Regression guard for heldout_u.tsv: 88.0% / 90.0% when written (data 2026.12.06.746,
/// after the sixty-fourth session's rows from its probes; the same on the session's
/// starting build, .740: those rows moved none of these titles); 90.0% / 92.0% since data
/// .753 (one title, not examined, after rows from a list of industrial, textile and
/// regional product names written here); 92.0% / 94.0% since data .814 (one title, not
/// examined, after the sixty-seventh session's rows for goods of Google's product
/// categories).
const HELDOUT_U_FLOOR: (f64, f64) = (89.0, 91.0);

/// Regression guard for heldout_v.tsv: 94.0% / 94.0% when written (data 2026.12.06.756,
/// the sixty-fifth session's starting build, and at its end); 96.0% / 96.0% since data
/// 2026.12.06.779 (one title, not examined: articles of one material made of another);
/// 96.0% / 98.0% since data .818 (one title, not examined, after the sixty-seventh
/// session's rows for goods of Google's product categories).
const HELDOUT_V_FLOOR: (f64, f64) = (93.0, 95.0);

/// Regression guard for heldout_w.tsv: 88.0% / 98.0% when written (data 2026.12.06.781).
const HELDOUT_W_FLOOR: (f64, f64) = (85.0, 95.0);

/// Regression guard for heldout_t.tsv: 94.0% / 94.0% when written (data 2026.12.06.733;
/// the session's starting build, .732, measured 80.0% / 82.0%).
const HELDOUT_T_FLOOR: (f64, f64) = (91.0, 91.0);

/// Regression guard for held-out set F (50 English general-trade titles), written after
/// the twenty-fourth session's rows: 80.0% / 86.0% at its first run (data 2026.12.02.56),
/// 84.0% / 90.0% since data 2026.12.05.512, 86.0% / 90.0% since data .559, 88.0% / 90.0%
/// since data .594 (the fifty-sixth session's rows for foods and basic chemicals), 88.0% /
/// 92.0% since data .635 (the fifty-eighth session's rows for tyres, spun yarn and cooking
/// oil named after its kind: one title, not examined).
const HELDOUT_F_FLOOR: (f64, f64) = (85.0, 89.0);

/// Regression guard for the later fresh titles: within 3 points of what they measure
/// (100.0% / 100.0% since data 2026.12.05.559, 97.5% / 97.5% since data 2026.12.03.82,
/// 97.5% / 96.3% since data 2026.12.02.23; 95.1% / 95.1% at their first run).
const LATER_HELDOUT_FLOOR: (f64, f64) = (97.0, 97.0);

/// Regression guards for the terse sets: within 3 points of what they measure (dev
/// 98.4% / 98.9% since data 2026.12.05.537, held-out 98.1% / 98.1%; held-out 100.0% /
/// 99.4% since data 2026.12.06.803, the sixty-seventh session's rows, titles not examined).
const TERSE_DEV_FLOOR: (f64, f64) = (95.4, 95.9);
const TERSE_HELDOUT_FLOOR: (f64, f64) = (97.0, 96.4);

/// Regression guards for the real titles' test half: within 3 points of what it measured
/// (87.6% / 93.8% / 3.9% since data 2026.12.02.41; 86.8% / 93.0% / 3.9% since data .33;
/// 86.8% / 92.2% / 3.9% before). 88.4% since data .63 is its last clean figure; 89.1% /
/// 95.3% since data .67 came with rows written after reading findings on its test titles
/// (the battery-free audio rows): the README quotes the clean figure, and the guard sits
/// within 3 points of what is measured (89.1% / 95.3% / 3.1%, data 2026.12.03.85; 90.7% /
/// 96.1% / 1.6% at data 2026.12.04.404; 91.5% / 96.1% / 1.6% since data 2026.12.06.727, one
/// title, not examined, after the sixty-second session's toy rows and readings; 90.7% /
/// 96.1% / 1.6% since data .776, one title, not examined, after the sixty-fifth session's
/// rows for textiles, packaging and stationery; 92.2% / 96.9% / 1.6% since data .814, two
/// titles, not examined, after the sixty-seventh session's rows for goods of Google's
/// product categories); 93.0% / 96.9% / 1.6% since data .886, one title, not examined,
/// after the seventieth session's rows for motor-vehicle parts).
const REAL_TEST_FLOOR: (f64, f64, f64) = (90.0, 93.9, 4.6);

/// Regression guard for real_titles_b.tsv's test half: within 3 points of its first run
/// (78.6% / 89.3% / 3.6%, data 2026.12.02.61); within 3 points of what it measures since
/// (82.1% / 89.3% / 3.6%, data 2026.12.03.84; 85.7% / 92.9% / 3.6%, data 2026.12.05.564;
/// 89.3% / 96.4% / 0.0%, data 2026.12.05.594).
const REAL_B_TEST_FLOOR: (f64, f64, f64) = (86.3, 93.4, 3.0);

/// Regression guard for real_titles_c.tsv's test half: within 3 points of its first run
/// (80.0% / 96.7% / 0.0%, data 2026.12.02.61); 83.3% / 96.7% / 0.0% since data
/// 2026.12.03.82.
const REAL_C_TEST_FLOOR: (f64, f64, f64) = (83.7, 93.7, 3.0);

/// Regression guard for real_titles_d.tsv's test half: within 3 points of its first run
/// (84.2% / 92.1% / 7.9%, data 2026.12.02.62); 86.8% / 94.7% / 2.6% since data
/// 2026.12.03.82; 84.2% / 94.7% / 2.6% since data 2026.12.05.641 (figurines read as
/// ornaments by their material, not as toys: one title, not examined, the other way).
const REAL_D_TEST_FLOOR: (f64, f64, f64) = (83.8, 91.7, 5.6);

/// Regression guard for real_titles_e.tsv's test half: within 3 points of what it measures,
/// 93.3% / 100% / 0.0% since data 2026.12.06.733, when the sixty-third session's pet rows
/// stopped one title's true code being flagged (not examined); 93.3% / 100% / 6.7% from
/// data 2026.12.05.627, when lids, stoppers and clips became terms (93.3% / 93.3% / 6.7%
/// from data .507; first run 86.7% / 93.3% / 6.7%, data 2026.12.02.62; 15 titles, one is
/// 6.7 points: within 3 points the top five's floor admits no title fewer).
const REAL_E_TEST_FLOOR: (f64, f64, f64) = (90.3, 97.0, 3.0);

/// Regression guard for real_titles_g.tsv's test half: within 3 points of its first run
/// (81.2% / 88.4% / 10.1%, data 2026.12.02.69; 69 titles, one is 1.4 points); 82.6% /
/// 89.9% / 8.7% at data 2026.12.03.85; 85.5% / 91.3% / 7.2% in the fifty-second session,
/// when a vitamin beside a cosmetic became its ingredient (one title more, not examined);
/// 88.4% / 92.8% / 7.2% in the fifty-seventh session, when a festival named with only
/// decorative articles made them festive articles (9505; two titles more, not examined);
/// 89.9% / 92.8% / 7.2% in the seventy-second session, when printed matter named for a
/// school year ("Grade 3") stayed the book (one title more, not examined).
const REAL_G_TEST_FLOOR: (f64, f64, f64) = (86.9, 89.8, 10.2);

/// Regression guard for real_titles_h.tsv's test half: within 3 points of its first run
/// (72.0% / 86.0% / 4.0%, data 2026.12.03.76; 50 titles, one is 2 points); 74.0% / 86.0%
/// / 4.0% since data .77; 76.0% / 88.0% / 2.0% by data .669; 78.0% since data .677 (the
/// sixtieth session's row for silicone gloves: one title, not examined).
const REAL_H_TEST_FLOOR: (f64, f64, f64) = (75.0, 85.0, 5.0);

/// Regression guard for real_titles_i.tsv's test half: within 3 points of its first run
/// (75.9% / 79.3% / 6.9%, data 2026.12.03.83; 29 titles, one is 3.4 points); 93.1% /
/// 96.6% / 3.4% since data .84.
const REAL_I_TEST_FLOOR: (f64, f64, f64) = (90.1, 93.6, 6.4);

/// Regression guard for real_titles_j.tsv's test half: within 3 points of its first run
/// (85.5% / 89.1% / 1.8%, data 2026.12.03.86; 55 titles, one is 1.8 points); 87.3% /
/// 90.9% / 1.8% since data .87; 89.1% / 94.5% / 1.8% since data .94 (phones by their
/// model lines, a device's specs); 90.9% / 94.5% / 1.8% since data 2026.12.05.428 (one
/// title, not examined, after a USB receiver named after other goods began to defer);
/// 92.7% / 94.5% / 1.8% since the fifty-sixth session's rows for ceiling fans, preserved
/// roses and lace trim that describes (one title, not examined).
const REAL_J_TEST_FLOOR: (f64, f64, f64) = (89.7, 91.5, 4.8);

/// Regression guard for real_titles_k.tsv's test half: within 3 points of its first run
/// (74.5% / 70.9% / 1.8%, data 2026.12.03.88; 55 titles, one is 1.8 points); 81.8% /
/// 78.2% / 0.0% since data .89; 83.6% / 80.0% / 0.0% since data .94; 85.5% / 81.8% /
/// 0.0% since data .107; 87.3% / 83.6% / 0.0% since the fifty-sixth session's rows for
/// goods its dev half named in Indian English ("bellies", "tree oil", "gulab powder");
/// 87.3% / 85.5% / 0.0% since the fifty-eighth session's babies' garments (6111, 6209:
/// one title, not examined); 87.3% / 87.3% / 0.0% since data 2026.12.06.750 (one title,
/// not examined, after the sixty-fourth session's rows for goods whose names read as
/// other goods: bolt cutters, mailboxes, patio heaters, solar path lights ...); 87.3% /
/// 89.1% / 0.0% since data 2026.12.07.936 (one title, not examined, after the seventy-
/// sixth session's men's garments named by women's words and its sports tops).
const REAL_K_TEST_FLOOR: (f64, f64, f64) = (84.3, 86.1, 3.0);

/// Regression guard for real_titles_l.tsv's test half (1688 titles in machine-translated
/// English): within 3 points of what it measures, 93.8% / 93.8% / 3.1% since data
/// 2026.12.05.479 (one title more, not examined, after that session's garment rows;
/// 90.6% / 93.8% / 3.1% from data 2026.12.03.100; first run, data .99: 81.2% / 87.5% /
/// 3.1%; 32 titles, one is 3.1 points).
const REAL_L_TEST_FLOOR: (f64, f64, f64) = (90.8, 90.8, 6.1);

/// Regression guard for real_titles_m.tsv's test half (the same offers' Chinese titles and
/// 24 more): within 3 points of its first run (93.2% / 95.5% / 2.3%, data 2026.12.03.99;
/// the same at data .100; 44 titles, one is 2.3 points).
const REAL_M_TEST_FLOOR: (f64, f64, f64) = (90.2, 92.5, 5.3);

/// Regression guard for real_titles_n.tsv's test half (Taobao and Tmall cosmetics titles in
/// Chinese): within 3 points of what it measures, 85.0% / 90.0% / 0.0% since data
/// 2026.12.03.103 (first run, data .102: 80.0% / 85.0% / 5.0%; 20 titles, one is 5 points);
/// 100% / 100% / 0.0% since data 2026.12.06.730 (three titles, not examined, after the
/// sixty-second session's row of skin-care makers' names, a describing row written from
/// general knowledge for a probe of brand-led English titles, not for this set).
const REAL_N_TEST_FLOOR: (f64, f64, f64) = (97.0, 97.0, 3.0);

/// Regression guard for real_titles_o.tsv's test half (eBay UK used tools and workshop
/// parts): within 3 points of what it measures, 100% / 100% / 0.0% since data
/// 2026.12.05.497 (first run, data .104: 73.7% / 100% / 0.0%; 89.5% from data .105,
/// 94.7% later; 19 titles, one is 5.3 points).
const REAL_O_TEST_FLOOR: (f64, f64, f64) = (97.0, 97.0, 3.0);

/// Regression guard for real_titles_p.tsv's test half (Etsy titles): within 3 points of its
/// first run, 80.0% / 90.0% / 0.0% (data 2026.12.03.114; 10 titles, one is 10 points);
/// 90.0% / 90.0% / 0.0% since data 2026.12.05.641 (figurines read as ornaments by their
/// material, not as toys: one title, not examined).
const REAL_P_TEST_FLOOR: (f64, f64, f64) = (87.0, 87.0, 3.0);

/// Regression guard for real_titles_q.tsv's test half (Amazon.com kitchen bestsellers,
/// 2024): within 3 points of its first run, 72.7% / 89.1% / 7.3% (data 2026.12.06.694, at
/// the sixty-first session's start; 55 titles, one is 1.8 points); 76.4% / 90.9% / 5.5%
/// since data .698 (two titles, not examined, after rows for what the dev half named:
/// meat choppers, sponge holders and sink caddies, cabinet organizers, silicone liners);
/// heading in the top five 92.7% since data 2026.12.06.732 (one title, not examined, after
/// the sixty-second session's rows of kitchen makers' names and glass dishes, written for
/// a probe of brand-led home titles); 78.2% / 94.5% since data 2026.12.06.749 (one title,
/// not examined, after the sixty-fourth session's rows for household goods whose names
/// collide with other goods': mug warmers, plungers, descalers, boot dryers, chimney
/// starters ..., written for a list of such names written here); 80.0% / 96.4% / 3.6%
/// since data .754 (one title, not examined, after rows from a seventh such list:
/// packaging, office, laboratory, medical and household supplies); 85.5% / 96.4% / 3.6%
/// since data .779 (three titles, not examined, after the sixty-sixth session's reading of
/// articles of one material made of another).
const REAL_Q_TEST_FLOOR: (f64, f64, f64) = (82.5, 93.5, 6.5);

/// Regression guard for real_titles_r.tsv's test half (Amazon.co.uk toys, games, hobby and
/// party goods, 2015-2016): within 3 points of its first run, 50.0% / 58.1% / 18.9% (data
/// 2026.12.06.724, at the sixty-second session's start; 74 titles, one is 1.4 points);
/// 59.5% / 64.9% / 16.2% since data .727, after rows for what the dev half named (toy
/// makers, model scales, loom bands, puppets, play mats ...) and the reading of a toy's
/// term before the goods it copies ("Toy Tractor"), which titles seen while labelling
/// both halves suggested: the first run is the estimate. 60.8% / 64.9% / 16.2% since data
/// .882, after a probe of sports, outdoor-games and toy lines of Google's taxonomy.
const REAL_R_TEST_FLOOR: (f64, f64, f64) = (58.0, 62.0, 19.0);

/// Regression guard for real_titles_s.tsv's test half (Amazon.in pet supplies, July
/// 2022): its first run, the honest estimate, was 36.1% / 44.4% / 33.3% (data
/// 2026.12.06.732, at the sixty-third session's start; 36 titles, one is 2.8 points): pet
/// goods were read as what their words name elsewhere (a bird's nest as edible, a cage as
/// a bearing's, a pet's toy as a child's). 61.1% / 83.3% / 13.9% since data .733, after
/// rows for pets' goods written from the dev half, two probes of pet titles written here
/// and the nomenclature's own texts (dog coats are harness, 4201), not from the test half;
/// 63.9% / 86.1% / 13.9% since data .847 (one title, not examined, after rows from probes
/// of taxonomy lines: hardware, tools, health and beauty).
const REAL_S_TEST_FLOOR: (f64, f64, f64) = (61.0, 83.5, 16.5);

/// Regression guard for real_titles_t.tsv's test half (an eBay dropshipping store's phone
/// accessories and gadgets, 2025-2026, in the Chinese supplier's English): its first run,
/// the honest estimate, was 90.3% / 93.5% / 0.0% (data 2026.12.06.740, at the sixty-fourth
/// session's start; 31 titles, one is 3.2 points): phone accessories are goods the
/// earlier sets and rows already named.
const REAL_T_TEST_FLOOR: (f64, f64, f64) = (87.5, 90.5, 3.0);

/// Regression guard for real_titles_u.tsv's test half (150 category names from Google's
/// product taxonomy, one every 37 lines across all departments): its first run, the
/// honest estimate, was 69.3% / 69.3% / 10.7% (data 2026.12.06.786, at the sixty-seventh
/// session's start; 75 names, one is 1.3 points): goods no row named (flour, bleach,
/// augers, boxing hand wraps, remote-control boats), and accented letters that split a
/// word ("Piñatas"). 70.7% / 69.3% / 10.7% since data .803, 72.0% / 69.3% / 10.7% since
/// data .814 and 73.3% / 69.3% / 10.7% since data .819, after rows from the dev half and
/// from probes of other taxonomy lines written here (eleven probes, 1,788 category names),
/// never from the test half; 73.3% / 70.7% / 10.7% since data .839, after five more
/// probes of taxonomy lines (crafts, instruments, business, cameras, electronics, food);
/// 74.7% / 72.0% / 9.3% since data .847, after three more (furniture and hardware, tools
/// and health, beauty and home); 77.3% / 74.7% / 6.7% since data .868, after a probe of
/// kitchen, tableware and garden lines (259 names) and a real set's dev half; 78.7% /
/// 74.7% / 5.3% since data .873, after a probe of outdoor, lighting, linen, plant, pool,
/// luggage, media and office lines (226 names); 80.0% / 76.0% / 5.3% since data .877,
/// after a probe of office, religious and team-sports lines (235 names); 82.7% / 78.7% /
/// 4.0% since data .882, after a probe of cycling, equestrian, fishing, golf, archery,
/// hunting, outdoor-games and toy lines (217 names); 82.7% / 80.0% / 4.0% since data .884,
/// after a probe of tennis, athletics, fitness, water-sports and camping lines (157 names);
/// 84.0% / 81.3% / 2.7% since data .888, after a probe of the toy and Vehicles & Parts
/// lines (336 names) in the seventieth session.
const REAL_U_TEST_FLOOR: (f64, f64, f64) = (81.0, 78.3, 5.7);

/// Regression guard for real_titles_v.tsv's test half (eBay US search results that a
/// web-scraping course's students committed: golf clubs, trading cards, comics, CPUs,
/// hammers, film cameras, match balls, apparel, smartwatches, earbuds, shoes, car
/// accessories, chairs, drill presses): its first run, the honest estimate, was 70.7% /
/// 75.8% / 12.1% (data 2026.12.06.847, in the sixty-eighth session; 99 titles, one is 1.0
/// point): golf irons read as graphite, match balls "FIFA World Cup" as cups, trading
/// cards and comics as paper, 35mm cameras as digital ones. 79.8% / 84.8% / 3.0% since
/// data .854, after rows from the dev half, not the test half; the halves share their
/// searches (alternate rows of each), so the test half's rise overstates what a new
/// search's titles would show.
const REAL_V_TEST_FLOOR: (f64, f64, f64) = (77.0, 82.0, 6.0);

/// Regression guard for real_titles_w.tsv's test half (Temu "baby toys" search results,
/// long, gift-laden titles of Chinese sellers, one kind of goods): its first run, the
/// honest estimate, was 87.5% / 97.5% / 2.5% (data 2026.12.06.865, in the sixty-ninth
/// session; 40 titles, one is 2.5 points).
const REAL_W_TEST_FLOOR: (f64, f64, f64) = (84.5, 94.5, 5.5);

/// Regression guard for real_titles_x.tsv's test half (a US dismantler's used car parts,
/// "2018 - 2020 HONDA ACCORD ... OEM 77630TVAA0"): its first run, the honest estimate, was
/// 56.4% / 64.1% / 9.0% (data 2026.12.06.885, in the seventieth session; 78 titles, one is
/// 1.3 points; its dev half read trim covers as garments, glove boxes as gloves,
/// "DISCOVERY SPORT" as sports bags, control modules as computers). 92.3% / 94.9% / 3.8% since data .886, after
/// the fitment reading (a maker with model years or "OEM": the vehicle's parts, 8708,
/// unless a heading Section XVII note 2 names takes the goods) and rows from the dev half;
/// both halves are one seller's parts of three makers, so the test half's rise overstates
/// what another seller's titles would show. 93.6% / 96.2% / 2.6% since data .887, one
/// title, not examined, after airbag terms written as two words ("KNEE AIR BAG").
const REAL_X_TEST_FLOOR: (f64, f64, f64) = (90.6, 93.2, 5.6);

/// Regression guard for real_titles_y.tsv's test half (one engineering organisation's
/// purchase lines, terse as typed: "Capacitor SMD 0.1uF", "RG142 N(M) - N(M) 2 ft.",
/// "Padestal fan large"): its first run, the honest estimate, was 68.3% / 63.4% / 0.0%
/// (data 2026.12.06.895, in the seventy-first session; 82 titles, one is 1.2 points; its
/// dev half read coaxial cables as nothing, RF connectors as plastics, push buttons as
/// garment buttons, headers as horses, filter elements as glassware, fuel as generators).
/// 74.4% / 68.3% / 0.0% since data .896, after rows from the dev half (coaxial cables and
/// RF connectors by their type names, push buttons, pin headers, ribbon cables, filter
/// elements, fuel, glass-fibre mats, anti-static bags, "IC"); the halves share one
/// buyer's vocabulary, so the test half's rise overstates what another buyer's would show.
const REAL_Y_TEST_FLOOR: (f64, f64, f64) = (71.4, 65.3, 3.0);

/// Regression guard for real_titles_z.tsv's test half (Wish listing titles of Chinese
/// sellers' summer goods, August 2020: dresses, tops, shorts, jumpsuits, swimwear, the
/// odd sandal or rattan bag, in the sellers' own English): its first run, the honest
/// estimate, was 94.8% / 97.9% / 2.1% (data 2026.12.07.906, in the seventy-second
/// session; 96 titles, one is 1.0 point). Garments are the goods the vocabulary was
/// first written for, so this set says little about the rest. 95.8% / 97.9% / 2.1% at
/// data .912, when "print" became a word that describes the goods rather than names them
/// ("Lip Print ... T-shirt"; one title more, seen only after the change).
const REAL_Z_TEST_FLOOR: (f64, f64, f64) = (92.8, 94.9, 5.1);

/// Regression guard for real_titles_aa.tsv's test half (Amazon.in listing titles of
/// twenty categories, March 2023: appliances, groceries, bags, fitness, garden, storage,
/// cleaning, kids' shoes, lingerie, instruments, strollers, wallets ...): its first run,
/// the honest estimate, was 79.1% / 83.7% / 4.7% (data 2026.12.07.906, in the
/// seventy-second session; 43 titles, one is 2.3 points). Rows from its dev half (.907:
/// instant ground coffee, screen guards, tummy trimmers, keyboard bags, levelling
/// staffs, home cinema speaker systems, steel scrubbers, flower pot stands, hazelnuts
/// as nuts) left the test half where it was.
const REAL_AA_TEST_FLOOR: (f64, f64, f64) = (76.1, 80.7, 7.7);

/// Regression guard for real_titles_ab.tsv's test half (Myntra listing titles, brand
/// first: garments, kurtas, watches, shoes, bags, curtains, costume jewellery, about
/// 2020): its first run, the honest estimate, was 90.0% / 86.7% / 0.0% (data
/// 2026.12.07.913, in the seventy-third session; 30 titles, one is 3.3 points).
/// Garments are the goods the vocabulary was first written for.
const REAL_AB_TEST_FLOOR: (f64, f64, f64) = (87.0, 83.7, 3.0);

/// Regression guard for real_titles_f.tsv's test half: within 3 points of its first run
/// (100% / 96.7% / 0.0%, data 2026.12.02.63); 100% / 100% / 0.0% since.
const REAL_F_TEST_FLOOR: (f64, f64, f64) = (97.0, 97.0, 3.0);

/// Regression guards for the held-out set (all kinds): within 3 points of what it measured
/// (96.6% / 99.4% / 0.0% since data 2026.12.06.808, the sixty-seventh session's rows for
/// goods of Google's product categories, titles not examined; 96.0% / 98.9% / 0.0% since
/// data 2026.12.02.54; 95.5% / 98.9% / 0.0% since data .32; 94.9% / 98.9% / 0.0% before).
const HELDOUT_FLOOR: (f64, f64, f64) = (94.0, 96.5, 3.0);

/// Score bands of the suggestion confidence table (lower bounds, best first).
const BANDS: &[f64] = &[0.9, 0.8, 0.6, 0.45, 0.3, 0.15, 0.0];

/// Counts, on the tuning sets (never a held-out set), the titles whose goods fall in each
/// HS chapter: the table src/data/raw/hs_chapter_prior.tsv holds, which weighs the
/// nomenclature's word matches (`hs::chapter_prior`). Prints it; fails when the committed
/// table differs (update it after a tuning set changes).
#[test]
fn chapter_prior_is_measured() {
    let mut cases = english();
    cases.extend(chinese());
    let mut titles = std::collections::BTreeMap::<u32, usize>::new();
    for case in &cases {
        *titles.entry(case.heading / 100).or_default() += 1;
    }
    let table: String = titles.iter().map(|(chapter, n)| format!("{chapter:02}\t{n}\n")).collect();
    eprintln!("chapter\ttitles\n{table}");
    let committed = std::fs::read_to_string(format!("{}/src/data/raw/hs_chapter_prior.tsv", env!("CARGO_MANIFEST_DIR"))).expect("table");
    let committed: String = committed.lines().filter(|l| !l.starts_with('#')).map(|l| format!("{l}\n")).collect();
    assert_eq!(committed, table, "hs_chapter_prior.tsv is stale: the measured table is printed above");
}

/// Measures, on the tuning sets (never the held-out set), how often a suggestion at each
/// rank and score band names the right heading: the table src/data/raw/hs_confidence.tsv
/// holds. Prints it; fails when the committed table is more than 0.05 off a cell with at
/// least 20 suggestions (re-measure and update the table after a ranking change).
#[test]
fn confidence_table_is_measured() {
    let mut cases = english();
    cases.extend(chinese());
    // (rank, band) -> (right, total)
    let mut cells = std::collections::BTreeMap::<(usize, usize), (usize, usize)>::new();
    for case in &cases {
        for (rank, s) in hs::suggest(&case.text, 5).iter().enumerate() {
            let heading: u32 = s.code.replace('.', "").get(..4).and_then(|h| h.parse().ok()).unwrap_or(0);
            let band = BANDS.iter().position(|b| s.score >= *b).unwrap_or(BANDS.len() - 1);
            let cell = cells.entry((rank + 1, band)).or_default();
            cell.0 += usize::from(heading == case.heading);
            cell.1 += 1;
        }
    }
    let mut table = String::new();
    for ((rank, band), (right, total)) in &cells {
        // Laplace-smoothed, so a sparse cell is not 0 or 1.
        let p = (*right as f64 + 1.0) / (*total as f64 + 2.0);
        table.push_str(&format!("{rank}\t{}\t{p:.2}\t{total}\n", BANDS[*band]));
    }
    eprintln!("rank\tscore_from\tconfidence\tsuggestions\n{table}");
    let committed = std::fs::read_to_string(format!("{}/src/data/raw/hs_confidence.tsv", env!("CARGO_MANIFEST_DIR"))).expect("table");
    let committed: Vec<&str> = committed.lines().filter(|l| !l.starts_with('#')).collect();
    for line in table.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let same_cell = committed.iter().find(|c| c.split('\t').take(2).eq(f.iter().take(2).copied()));
        let big = f[3].parse::<usize>().unwrap_or(0) >= 20;
        let off = same_cell.and_then(|c| c.split('\t').nth(2)?.parse::<f64>().ok()).map(|p| (p - f[2].parse::<f64>().unwrap_or(0.0)).abs());
        assert!(!big || off.is_some_and(|d| d <= 0.05), "hs_confidence.tsv is stale at rank {} band {}: measured {}", f[0], f[1], f[2]);
    }
}
