//! Golden declarations: each fixture names the rules it must fire (errors and warnings),
//! and its full report is kept beside it, so the wasm test can show the browser build
//! gives the same report. `PRECHECK_REGENERATE=1 cargo test --test fixtures` rewrites
//! the reports after an intended change.

use precheck::{base::date::Date, check_json, Options};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::PathBuf;

fn fixtures() -> Vec<(PathBuf, Value)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out: Vec<(PathBuf, Value)> = std::fs::read_dir(&dir)
        .expect("tests/fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json") && !p.to_string_lossy().ends_with(".report.json"))
        .map(|p| {
            let v = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
            (p, v)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn fixtures_fire_their_rules_and_match_their_reports() {
    let options = Options { date: Date::parse("2026-11-26"), ..Options::default() };
    let mut stale = Vec::new();
    for (path, fixture) in fixtures() {
        let report = check_json(&fixture["declaration"], &options).expect("a declaration");
        let fired: BTreeSet<&str> =
            report.findings.iter().filter(|f| f.severity >= precheck::report::Severity::Warning).map(|f| f.rule).collect();
        let expected: BTreeSet<&str> = fixture["expectedRules"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
        assert_eq!(fired, expected, "{}", path.display());
        if expected.is_empty() {
            assert_eq!(serde_json::to_value(report.verdict).unwrap(), "ready", "{}", path.display());
            assert_eq!(serde_json::to_value(report.lane).unwrap(), "fast", "{}", path.display());
        }
        let golden = path.with_extension("report.json");
        let text = serde_json::to_string_pretty(&report).unwrap() + "\n";
        if std::env::var_os("PRECHECK_REGENERATE").is_some() {
            std::fs::write(&golden, text).unwrap();
        } else if std::fs::read_to_string(&golden).unwrap_or_default() != text {
            stale.push(golden.display().to_string());
        }
    }
    assert!(stale.is_empty(), "reports changed: {stale:?}; review and run PRECHECK_REGENERATE=1 cargo test --test fixtures");
}

/// The report writer (`report::json`, used by the CLI and the browser) writes the bytes
/// serde_json writes, on every fixture in both languages: struct keys are written
/// without escaping, which holds for every key a report has.
#[test]
fn the_report_writer_writes_what_serde_json_writes() {
    for lang in [precheck::knowledge::messages::Lang::En, precheck::knowledge::messages::Lang::Zh] {
        let options = Options { date: Date::parse("2026-11-26"), lang, ..Options::default() };
        for (path, fixture) in fixtures() {
            let report = check_json(&fixture["declaration"], &options).expect("a declaration");
            let mut ours = Vec::new();
            precheck::report::json::write(&mut ours, &report).unwrap();
            assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string(&report).unwrap(), "{}", path.display());
        }
    }
}
