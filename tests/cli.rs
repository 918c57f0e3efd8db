//! The command line as a user drives it: help, one declaration, JSON lines in order,
//! CSV listings (UTF-8 with BOM, GB18030, thousands of rows, none lost), documents.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_precheck"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the precheck binary runs");
    // Feed stdin from a thread: a large output must not wait on a full input pipe.
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    out
}

fn text(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn help_for_the_program_and_every_command() {
    for args in [&["--help"][..], &["check", "--help"], &["suggest", "--help"], &["document", "--help"], &["rules", "--help"]] {
        let out = run(args, b"");
        assert!(out.status.success(), "{args:?}");
        assert!(text(&out).contains("Usage"), "{args:?}");
    }
    assert_eq!(run(&["frobnicate"], b"").status.code(), Some(2));
    assert_eq!(run(&["check", "--lang", "fr"], b"{}").status.code(), Some(2));
}

#[test]
fn check_reports_clearance_in_both_languages() {
    let decl = br#"{"destination":"HK","currency":"CNY","channel":"postal","purpose":"gift","items":[{"description":"Silk scarf","quantity":1,"unitPrice":"900"}]}"#;
    let out = run(&["check", "--date", "2026-07-01"], decl);
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_str(&text(&out)).unwrap();
    assert_eq!(report["clearance"]["valueCny"], "900");
    assert!(report["findings"].as_array().unwrap().iter().any(|f| f["rule"] == "clearance-limit-exceeded"));
    let zh = run(&["check", "--lang", "zh", "--date", "2026-07-01"], decl);
    assert!(text(&zh).contains("个人物品"));
    assert_eq!(run(&["check"], b"[1,2]").status.code(), Some(2));
}

/// A byte-order mark before the JSON (Windows editors, spreadsheet exports) is no error:
/// the file, or a JSON-lines file's first line, is read as if it were not there.
#[test]
fn a_byte_order_mark_before_the_json_is_dropped() {
    let decl = "\u{feff}{\"destination\":\"US\",\"currency\":\"USD\",\"items\":[{\"description\":\"Ceramic mug\",\"quantity\":1,\"unitPrice\":\"9\"}]}";
    let out = run(&["check", "--date", "2026-07-01"], decl.as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(serde_json::from_str::<serde_json::Value>(&text(&out)).unwrap()["totals"]["goods"], "9");
    let lines = format!("{decl}\r\n{}\n", &decl[3..]);
    let out = run(&["check", "--jsonl", "--date", "2026-07-01"], lines.as_bytes());
    for line in text(&out).lines() {
        assert!(serde_json::from_str::<serde_json::Value>(line).unwrap()["error"].is_null(), "{line}");
    }
    assert_eq!(text(&out).lines().count(), 2);
}

#[test]
fn jsonl_keeps_order_and_survives_bad_lines() {
    let mut input = String::new();
    for i in 0..3000 {
        if i % 1000 == 7 {
            input.push_str("not json\n");
        } else {
            input.push_str(&format!(
                r#"{{"destination":"GB","currency":"USD","items":[{{"description":"Ceramic mug {i}","quantity":1,"unitPrice":"{}.00"}}]}}"#,
                i + 1
            ));
            input.push('\n');
        }
    }
    let out = run(&["check", "--jsonl", "--date", "2026-07-01"], input.as_bytes());
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 3000);
    for (i, line) in lines.iter().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        if i % 1000 == 7 {
            assert!(v["error"].is_string(), "line {i}");
        } else {
            assert_eq!(v["totals"]["goods"], format!("{}.00", i + 1), "line {i} out of order");
        }
    }
}

#[test]
fn csv_rows_all_come_out_in_order() {
    let mut csv = String::from("\u{feff}order,description,quantity,unitPrice,currency,destination\n");
    for i in 0..2000 {
        let description = if i % 500 == 3 { "gift".to_string() } else { format!("\"Stainless steel water bottle, {i} ml\"") };
        csv.push_str(&format!("O{},{description},1,{}.50,USD,DE\n", i / 2, i % 90 + 5));
    }
    csv.push_str("O9999,broken,row\n");
    let out = run(&["check", "--csv"], csv.as_bytes());
    assert!(out.status.success());
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let header = reader.headers().unwrap().clone();
    assert_eq!(header.iter().next_back(), Some("suggestedHsCode"));
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 2001);
    assert!(rows[3].get(6).unwrap() == "blocked" && rows[3].get(8).unwrap().contains("description-too-general@description"));
    assert!(rows[4].get(1).unwrap().contains("4 ml"));
    assert!(rows[2000].get(8).unwrap().starts_with("unreadable"));
    // GB18030 from a Chinese spreadsheet.
    let (gb, _, _) =
        encoding_rs::GB18030.encode("description,descriptionZh,quantity,unitPrice,currency,destination\nCotton T-shirt,棉T恤,1,9,USD,US\n");
    let out = run(&["check", "--csv"], &gb);
    assert!(text(&out).contains("棉T恤"), "{}", text(&out));
}

#[test]
fn documents_print_as_html() {
    let decl = br#"{"destination":"DE","currency":"EUR","invoiceNumber":"INV-7","items":[{"description":"Silk scarf","quantity":1,"unitPrice":"30"}]}"#;
    for kind in ["cn22", "cn23", "commercial-invoice", "packing-list"] {
        let out = run(&["document", kind], decl);
        assert!(out.status.success(), "{kind}");
        assert!(text(&out).starts_with("<!doctype html>") && text(&out).contains("Silk scarf"), "{kind}");
    }
    assert!(text(&run(&["document", "cn22", "--size", "label"], decl)).contains("4in 6in"));
    assert_eq!(run(&["document", "passport"], decl).status.code(), Some(2));
}

#[test]
fn csv_headers_as_marketplace_exports_name_them() {
    let csv = "订单号,商品名称,中文品名,HS编码,数量,单价,币种,目的国\nA1,Women cotton T-shirt,女式棉T恤,6109.10,2,9.5,USD,GB\nA1,Bluetooth earbuds,蓝牙耳机,851830,1,25,USD,GB\n";
    let out = run(&["check", "--csv", "-"], csv.as_bytes());
    let text = text(&out);
    assert!(!text.contains("unreadable") && text.lines().count() == 3, "{text}");
    assert!(text.lines().nth(1).is_some_and(|l| l.starts_with("A1,Women cotton T-shirt,")), "{text}");
}

/// A listings export (Shopify's product CSV) names no destination, currency or channel:
/// the command line takes them for rows that give none; a row's own value stays.
#[test]
fn listings_without_destination_take_the_command_lines_defaults() {
    let csv = "Handle,Title,Variant Price,Country\ntee,Women cotton knitted T-shirt,12.99,\ncase,Silicone phone case,5.50,GB\n";
    let without = text(&run(&["check", "--csv", "-"], csv.as_bytes()));
    assert!(without.contains("required-field-missing@destination") && without.contains("required-field-missing@currency"), "{without}");
    let with = text(&run(&["check", "--csv", "-", "--destination", "US", "--currency", "USD", "--channel", "postal"], csv.as_bytes()));
    assert!(!with.contains("required-field-missing") && !with.contains("unitPrice"), "{with}");
    // The same for a declaration as JSON: the defaults fill only what it leaves out.
    let decl = br#"{"destination": "GB", "items": [{"description": "Women cotton knitted T-shirt", "quantity": 1, "unitPrice": "10"}]}"#;
    let report: serde_json::Value =
        serde_json::from_str(&text(&run(&["check", "--destination", "US", "--currency", "USD"], decl))).unwrap();
    assert_eq!(report["destination"]["country"], "GB");
    assert_eq!(report["totals"]["currency"], "USD");
    let lines = text(&run(&["check", "--jsonl", "--currency", "EUR"], decl));
    assert!(lines.contains("\"currency\":\"EUR\""), "{lines}");
    assert_eq!(run(&["check", "--channel", "air"], decl).status.code(), Some(2));
}

/// A spreadsheet in a decimal-comma locale saves semicolons and "12,50": read as such,
/// written back the same way.
#[test]
fn csv_with_semicolons_and_decimal_commas() {
    let csv = "Title;Qty;Price;Currency;Country\n\"Women cotton T-shirt; short sleeve\";2;12,50;EUR;DE\nPhone case;1;abc;EUR;DE\n";
    let out = run(&["check", "--csv", "-"], csv.as_bytes());
    let text = text(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "Title;Qty;Price;Currency;Country;verdict;lane;findings;suggestedHsCode", "{text}");
    assert!(lines[1].starts_with("\"Women cotton T-shirt; short sleeve\";2;12,50;EUR;DE;") && !lines[1].contains("unitPrice"), "{text}");
    // A price that is no number in any locale is still named.
    assert!(lines[2].contains("field-malformed@unitPrice"), "{text}");
}

#[test]
fn suggest_and_elements_speak_chinese_and_ten_digits() {
    let out = run(&["suggest", "--lang", "zh", "--limit", "2", "women cotton t-shirt"], b"");
    assert!(text(&out).contains("针织"), "{}", text(&out));
    let out = run(&["elements", "6109100000"], b"");
    assert!(text(&out).contains("成分含量") && out.stderr.is_empty());
    // A code that names no line: the empty answer, and why, on stderr.
    let out = run(&["elements", "9999999999"], b"");
    assert!(text(&out).contains("\"lines\": 0") && String::from_utf8_lossy(&out.stderr).contains("no line"));
    // Ten digits: each subheading's likeliest line first. 3926.90 has lines for machine
    // parts, dual-use composites and condoms; a phone case is 其他塑料制品.
    let out = run(&["suggest", "--lang", "zh", "--digits", "10", "--limit", "3", "手机壳"], b"");
    let first = text(&out).split("\"code\": \"").nth(1).map(|s| s[..10].to_string());
    assert_eq!(first.as_deref(), Some("3926909090"), "{}", text(&out));
    assert!(!text(&out).contains("3926909020"), "{}", text(&out));
}

/// A reader that stops early (`precheck check --jsonl big.jsonl | head -1`) ends the run
/// quietly with status 0, as Unix tools do, not with "Broken pipe" and status 2.
#[test]
fn a_closed_output_pipe_is_not_an_error() {
    use std::io::{BufRead, BufReader};
    // About 20 MB of reports: far more than a pipe holds, so the writer meets the closed pipe.
    let line =
        r#"{"destination":"US","currency":"USD","channel":"postal","items":[{"description":"Ceramic mug","quantity":1,"unitPrice":"5"}]}"#;
    let input = format!("{line}\n").repeat(2_000);
    let mut child = Command::new(env!("CARGO_BIN_EXE_precheck"))
        .args(["check", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("precheck runs");
    let mut stdin = child.stdin.take().expect("stdin");
    let feeder = std::thread::spawn(move || {
        // The run may stop before it has read everything: a failed write here is expected.
        let _ = stdin.write_all(input.as_bytes());
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut first).expect("a first report");
    assert!(first.starts_with('{'), "{first}");
    // The reader (and with it the pipe) is gone here.
    let out = child.wait_with_output().expect("precheck ends");
    feeder.join().expect("feeder");
    assert!(out.status.success(), "status {:?}, stderr {}", out.status, String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}
