//! China's outbound clearance: limits, customs modes, refund overrides and the element
//! names go into the main data file; the 10-digit tariff into a chunk of its own.

use crate::{raw_tsv, read_csv, row, section};
use std::collections::{BTreeMap, BTreeSet};

/// Sections of the main data file: small policy tables the clearance facts read on
/// every check.
pub fn rules_tables() -> String {
    let mut out = section(
        "cn-limits",
        "china_clearance_limits.csv",
        "id, category, channels, destinations (empty = any other), limit in CNY, basis, from, until, source, basis in Chinese",
    );
    for r in read_csv("china_clearance_limits.csv") {
        let limit = &r["limit_cny"];
        assert!(limit.parse::<u32>().is_ok(), "china_clearance_limits.csv: limit_cny {limit} is no whole number");
        row(
            &mut out,
            &[
                &r["id"],
                &r["category"],
                &r["channels"],
                &r["destinations"],
                limit,
                &r["basis"],
                &r["effective_from"],
                &r["effective_until"],
                &r["source"],
                &r["basis_zh"],
            ],
        );
    }
    out.push_str(&section("piece-limits", "piece_weight_limits.csv", "channel, most kg a piece, from, until, source (as of)"));
    for r in read_csv("piece_weight_limits.csv") {
        let kg = &r["limit_kg"];
        assert!(kg.parse::<u32>().is_ok_and(|kg| kg > 0), "piece_weight_limits.csv: limit_kg {kg} is no whole number");
        assert!(["postal", "express"].contains(&r["channel"].as_str()), "piece_weight_limits.csv: channel {}", r["channel"]);
        let source = format!("{} ({})", r["source"], r["as_of"]);
        row(&mut out, &[&r["channel"], kg, &r["effective_from"], &r["effective_until"], &source]);
    }
    out.push_str(&section(
        "cn-modes",
        "compliance/china_customs_modes.csv",
        "mode code, Chinese name, English name, legal basis, refund, source (confidence)",
    ));
    for r in read_csv("compliance/china_customs_modes.csv") {
        if r["code"].len() == 4 && r["code"].bytes().all(|b| b.is_ascii_digit()) {
            let source = format!("{}; {} ({})", r["legal_basis"], r["source"], r["confidence"]);
            row(&mut out, &[&r["code"], &r["name_zh"], &r["name_en"], &r["legal_basis"], &r["tax_refund"], &source]);
        }
    }
    out.push_str(&section(
        "cn-refund-overrides",
        "china_refund_overrides.csv",
        "scope, HS prefixes, refund rate %, from, until (inclusive), applies to (all | tariff-nonzero), source",
    ));
    for r in read_csv("china_refund_overrides.csv") {
        assert!(["all", "tariff-nonzero"].contains(&r["applies_to"].as_str()), "china_refund_overrides.csv: applies_to");
        row(
            &mut out,
            &[&r["scope"], &r["hs_prefixes"], &r["rate_pct"], &r["effective_from"], &r["effective_until"], &r["applies_to"], &r["source"]],
        );
    }
    out.push_str(&section(
        "cn-controls",
        "china_controls.csv",
        "id, kind (prohibited | cites | dual-use | export-licence), codes (10-digit codes or prefixes), words, requires, excludes (|-separated), from, suspended from, suspended until, destinations (ISO alpha-2, space-separated; empty: any); the source in @policy-sources",
    ));
    // The controls' and destination rules' sources, which only a finding quotes: a part
    // (xtask/src/parts.rs), so a first report that meets none downloads none of them.
    let mut sources = section(
        "policy-sources",
        "china_controls.csv, destination_rules.csv, messages.tsv",
        "table, id, source; and the destination rules' messages: \"messages\", key, English, Chinese",
    );
    for r in read_csv("china_controls.csv") {
        assert!(
            ["prohibited", "cites", "dual-use", "export-licence"].contains(&r["kind"].as_str()),
            "china_controls.csv: kind {}",
            r["kind"]
        );
        for code in r["codes"].split_whitespace() {
            assert!(code.len() >= 4 && code.bytes().all(|b| b.is_ascii_digit()), "china_controls.csv: code {code}");
        }
        for country in r["destinations"].split_whitespace() {
            assert!(country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()), "china_controls.csv: destination {country}");
        }
        let lower = |k: &str| r[k].to_lowercase();
        row(
            &mut out,
            &[
                &r["id"],
                &r["kind"],
                &r["codes"],
                &lower("words"),
                &lower("requires"),
                &lower("excludes"),
                &r["effective_from"],
                &r["suspended_from"],
                &r["suspended_until"],
                &r["destinations"],
            ],
        );
        row(&mut sources, &["cn-controls", &r["id"], &r["source"]]);
    }
    out.push_str(&section(
        "cn-export-duties",
        "china_export_duties_typed.csv",
        "codes (prefixes, space-separated), rate, from, until (inclusive), description, source",
    ));
    for r in read_csv("china_export_duties_typed.csv") {
        row(&mut out, &[&r["code"], &r["rate"], &r["effective_from"], &r["effective_until"], &r["description"], &r["source"]]);
    }
    out.push_str(&section(
        "destination-rules",
        "destination_rules.csv",
        "id, vocabulary flag, words, excludes (|-separated), destinations, channels, exporter type, from, until, severity by post, severity otherwise; the source in @policy-sources",
    ));
    for r in read_csv("destination_rules.csv") {
        for sev in ["postal_severity", "other_severity"] {
            assert!(["error", "warning", "info"].contains(&r[sev].as_str()), "destination_rules.csv: {sev} {}", r[sev]);
        }
        let lower = |k: &str| r[k].to_lowercase();
        row(
            &mut out,
            &[
                &r["id"],
                &r["flag"],
                &lower("words"),
                &lower("excludes"),
                &r["destinations"],
                &r["channels"],
                &r["exporter"],
                &r["effective_from"],
                &r["effective_until"],
                &r["postal_severity"],
                &r["other_severity"],
            ],
        );
        row(&mut sources, &["destination-rules", &r["id"], &r["source"]]);
    }
    // The destination rules' own messages, which only their findings show (with the
    // source they quote).
    for [key, en, zh] in crate::destination_rule_messages() {
        row(&mut sources, &["messages", &key, &en, &zh]);
    }
    out.push_str(&sources);
    out.push_str(&section(
        "cn-element-names",
        "declaration_elements.tsv",
        "element base name, optional (yes/no), evidence that states it; only the elements with either (their English names are in the tariff's parts, @cn-element-en)",
    ));
    for (base_zh, _, optional, evidence) in element_rows() {
        if optional == "yes" || !evidence.is_empty() {
            // Evidence keeps its spaces (" for " is a word with its borders), so no row() here.
            out.push_str(&format!("{base_zh}\t{optional}\t{evidence}\n"));
        }
    }
    out.push_str(&section(
        "cn-supervision-codes",
        "china_supervision_codes.csv",
        "tariff field (supervision/inspection), code, effect on export, document (zh), document (en), source",
    ));
    // The effects the engine acts on; "permit" rows are carried for the documents they name.
    const EFFECTS: &[&str] = &["prohibited", "dual-use", "export-licence", "cites", "outbound-inspection", "permit"];
    for r in read_csv("china_supervision_codes.csv") {
        assert!(r["field"] == "supervision" || r["field"] == "inspection", "china_supervision_codes.csv: field {}", r["field"]);
        assert_eq!(r["code"].chars().count(), 1, "china_supervision_codes.csv: one character per code ({})", r["code"]);
        assert!(EFFECTS.contains(&r["effect"].as_str()), "china_supervision_codes.csv: unknown effect {}", r["effect"]);
        row(&mut out, &[&r["field"], &r["code"], &r["effect"], &r["document_zh"], &r["document_en"], &r["source"]]);
    }
    out
}

/// declaration_elements.tsv's rows: (base name, English, optional, evidence).
fn element_rows() -> Vec<(String, String, String, String)> {
    raw_tsv("declaration_elements.tsv", Some("base_zh\t"))
        .into_iter()
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            assert!(f.len() == 4 || f.len() == 3, "declaration_elements.tsv: four columns in {line:?}");
            assert!(["yes", "no"].contains(&f[2]), "declaration_elements.tsv: optional is yes or no in {line:?}");
            (f[0].to_string(), f[1].to_string(), f[2].to_string(), f.get(3).unwrap_or(&"").to_string())
        })
        .collect()
}

/// The element's base name: the text before any bracket.
pub(crate) fn base(name: &str) -> &str {
    name.split(['（', '(', '[', '［']).next().unwrap_or(name).trim()
}

/// China's catalogue of hazardous chemicals (危险化学品目录): (CAS, the names and aliases
/// of at least three characters: shorter ones are parts of ordinary words, 氨 in 氨纶,
/// spandex), sorted by CAS.
fn hazardous_rows() -> Vec<(String, Vec<String>)> {
    let mut rows: Vec<(String, Vec<String>)> = read_csv("cn_tariff_2026/hazardous_chemicals.csv")
        .into_iter()
        .map(|r| {
            let mut names: Vec<String> = std::iter::once(r["name_zh"].as_str())
                .chain(r["aliases"].split(['；', ';']))
                .map(str::trim)
                .filter(|n| n.chars().count() >= 3)
                .map(str::to_string)
                .collect();
            names.dedup();
            (r["cas"].clone(), names)
        })
        .filter(|(cas, names)| !cas.is_empty() || !names.is_empty())
        .collect();
    rows.sort();
    rows
}

/// The catalogue's rows sorted by CAS, and an index of its names sorted by name, so the
/// engine searches both without sorting anything at run time.
fn hazardous() -> String {
    let rows = hazardous_rows();
    let mut out = section("cn-hazardous", "cn_tariff_2026/hazardous_chemicals.csv", "CAS number, first name; sorted by CAS");
    let mut index: Vec<(String, usize)> = Vec::new();
    for (i, (cas, names)) in rows.iter().enumerate() {
        row(&mut out, &[cas, names.first().map(String::as_str).unwrap_or("")]);
        index.extend(names.iter().map(|n| (n.clone(), i)));
    }
    index.sort();
    out.push_str(&section(
        "cn-hazardous-names",
        "cn_tariff_2026/hazardous_chemicals.csv",
        "name or alias, row of @cn-hazardous; sorted by name",
    ));
    for (name, i) in index {
        row(&mut out, &[&name, &i.to_string()]);
    }
    out
}

/// China's 2026 10-digit tariff, for the export side: refund rate, supervision
/// conditions, export inspection codes, declaration elements (by set), Chinese name.
pub fn tariff() -> String {
    let rows = read_csv("cn_tariff_2026/tariff.csv");
    let hazardous = hazardous();
    let mut sets: BTreeMap<String, usize> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for r in &rows {
        let names: Vec<&str> = r["declaration_elements"].split(';').filter_map(|p| p.split_once(':').map(|(_, n)| n.trim())).collect();
        let key = names.join(";");
        if !sets.contains_key(&key) {
            sets.insert(key.clone(), order.len());
            order.push(key);
        }
    }
    let mut out = section(
        "cn-element-sets",
        "cn_tariff_2026/tariff.csv (declaration_elements)",
        "set number, the elements in the tariff's order (;-separated)",
    );
    for (i, key) in order.iter().enumerate() {
        for name in key.split(';') {
            assert!(!base(name).is_empty() || name.is_empty(), "element {name:?} has no base name");
        }
        row(&mut out, &[&i.to_string(), key]);
    }
    // The elements' English names as reports show them (before any explanation in
    // brackets), read only with a coded line's chapter: cut by chapter into its part.
    out.push_str(&section(
        "cn-element-en",
        "declaration_elements.tsv",
        "element base name, English as reports show it; sorted by base name",
    ));
    let mut english: Vec<(String, String)> = element_rows()
        .into_iter()
        .filter(|(_, en, _, _)| !en.is_empty())
        .map(|(base_zh, en, _, _)| (base_zh, en.split(" (").next().unwrap_or(&en).to_string()))
        .collect();
    english.sort();
    for (base_zh, en) in &english {
        row(&mut out, &[base_zh, en]);
    }
    out.push_str(&section(
        "cn-tariff",
        "cn_tariff_2026/tariff.csv (Hdycz0921/hscode-data v2.0.3, updated 2026-08-02)",
        "10-digit code, export refund rates (%, ,-separated when they differ by sub-item), supervision conditions, export inspection codes, element set, Chinese name; sorted by code",
    ));
    let mut sorted: Vec<&BTreeMap<String, String>> = rows.iter().collect();
    sorted.sort_by(|a, b| a["code"].cmp(&b["code"]));
    for r in sorted {
        let code = &r["code"];
        assert!(code.len() == 10 && code.bytes().all(|b| b.is_ascii_digit()), "tariff.csv: code {code}");
        let rebate: Vec<&str> = r["export_rebate"].split(',').map(|p| p.trim().trim_end_matches('%')).filter(|p| !p.is_empty()).collect();
        for p in &rebate {
            assert!(p.parse::<f64>().is_ok(), "tariff.csv {code}: refund rate {p}");
        }
        let inspection_out = r["inspection"].split_once('/').map(|(_, e)| e).unwrap_or("");
        let names: Vec<&str> = r["declaration_elements"].split(';').filter_map(|p| p.split_once(':').map(|(_, n)| n.trim())).collect();
        let set = sets[&names.join(";")];
        row(&mut out, &[code, &rebate.join(","), &r["supervision"], inspection_out, &set.to_string(), &r["name_zh"]]);
    }
    out.push_str(&hazardous);
    out
}

/// The characters (not ASCII) that the hazardous-chemical names start with, in the core
/// data (`@cn-hazardous-starts`): a text's other characters start no name, so a check and
/// the page's prefetch ask for the names' parts of these characters only (most Chinese
/// titles need none).
pub fn hazardous_starts() -> String {
    let names = hazardous_rows().into_iter().flat_map(|(_, names)| names);
    let starts: BTreeSet<char> = names.filter_map(|name| name.chars().next()).filter(|c| !c.is_ascii()).collect();
    let mut out = section(
        "cn-hazardous-starts",
        "cn_tariff_2026/hazardous_chemicals.csv",
        "the characters (not ASCII) the names and aliases of @cn-hazardous-names start with, in one row, sorted",
    );
    out.extend(starts);
    out.push('\n');
    out
}
