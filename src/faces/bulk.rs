//! Bulk listing checks (contract 5.4): a table of goods lines, one row each, with a
//! header naming at least `description`; rows sharing an `order` form one declaration.
//! Every input row comes out, in order, with its verdict, lane, findings (`rule@field`
//! joined by "; ", the field named by its column for the row's own goods line) and the
//! first suggested HS code. A row that cannot be read gets its reason and the run goes on.
//!
//! The command line reads the CSV text with the `csv` crate (`csv_input.rs`) and calls
//! this module. The page's worker (`www/bulk-worker.js`) does the same mapping in
//! JavaScript on top of `check()` (the wasm module stays within its size budget without
//! carrying this code), naming columns by the same function (`input::columns`, exported
//! as `csvColumn`); the e2e and CLI tests hold both to the contract.

use crate::input::json::{Json, Object};
use crate::report::Report;
use crate::{check_tree, suggest_hs_codes, Options};

use crate::input::columns::{column, DECLARATION_COLUMNS, ITEM_COLUMNS, ORDER_COLUMN};

/// Columns this module adds to every row.
pub const RESULT_COLUMNS: &[&str] = &["verdict", "lane", "findings", "suggestedHsCode"];

/// What one input row gets.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RowResult {
    pub verdict: String,
    pub lane: String,
    pub findings: String,
    pub suggested_hs_code: String,
}

/// A row as read: its fields, or why it could not be read.
pub type Row = Result<Vec<String>, String>;

/// How the table writes its numbers.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub enum Decimals {
    /// "12.50": the contract's form.
    #[default]
    Point,
    /// "12,50", "1.234,56": a semicolon-separated file from a spreadsheet in a locale whose
    /// decimal mark is the comma; its amounts are read that way.
    Comma,
}

/// The columns that hold amounts or weights.
const NUMBER_COLUMNS: &[&str] = &["quantity", "unitPrice", "totalPrice", "netWeightKg", "invoiceTotal", "shippingCost", "grossWeightKg"];

/// Checks every row; the results come back one per row, in input order.
pub fn check_rows(header: &[String], rows: &[Row], options: &Options) -> Vec<RowResult> {
    check_rows_with_progress(header, rows, options, Decimals::Point, &[], &mut |_| {})
}

/// The same, reading numbers as `decimals` says, with `defaults` for declarations whose
/// rows do not give those fields, calling `progress` with the number of rows done after
/// each declaration.
pub fn check_rows_with_progress(
    header: &[String],
    rows: &[Row],
    options: &Options,
    decimals: Decimals,
    defaults: Defaults,
    progress: &mut dyn FnMut(usize),
) -> Vec<RowResult> {
    let at = |name: &str| header.iter().position(|h| column(h) == name);
    let order_at = at(ORDER_COLUMN);
    let mut results = vec![RowResult::default(); rows.len()];
    if at("description").is_none() {
        for r in results.iter_mut() {
            r.findings = "unreadable: the header needs a `description` column".into();
        }
        return results;
    }
    // Group the readable rows into declarations, keeping first-seen order.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut by_order: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for (i, row) in rows.iter().enumerate() {
        let fields = match row {
            Ok(fields) if fields.len() == header.len() => fields,
            Ok(fields) => {
                results[i].findings = format!("unreadable: {} fields where the header has {}", fields.len(), header.len());
                continue;
            }
            Err(reason) => {
                results[i].findings = format!("unreadable: {reason}");
                continue;
            }
        };
        // A row without an order is a declaration of its own.
        match order_at.map(|c| fields[c].trim().to_string()).filter(|o| !o.is_empty()) {
            Some(order) => {
                let next = groups.len();
                let g = *by_order.entry(order).or_insert(next);
                if g == next {
                    groups.push(Vec::new());
                }
                groups[g].push(i);
            }
            None => groups.push(vec![i]),
        }
    }
    let mut done = rows.len() - groups.iter().map(Vec::len).sum::<usize>();
    for members in &groups {
        done += members.len();
        progress(done);
        let declaration = declaration_of(header, rows, members, decimals, defaults);
        match check_tree(&declaration, options) {
            Ok(report) => fill(&report, header, rows, members, &mut results),
            Err(e) => {
                for &i in members {
                    results[i].findings = format!("unreadable: {e}");
                }
            }
        }
    }
    results
}

/// Declaration fields the caller gives for declarations that do not ("destination",
/// "US"): a listings export names no destination, currency or channel; the seller says
/// where the goods go. A field the declaration gives (not null, not blank) stays its own.
pub type Defaults<'a> = &'a [(&'a str, &'a str)];

/// Fills `defaults` into a declaration that lacks them (the command line's `--destination`,
/// `--currency`, `--channel`).
pub fn with_defaults(declaration: &mut Json, defaults: Defaults) {
    let Json::Object(fields) = declaration else { return };
    for &(name, value) in defaults {
        let given = fields.get(name).is_some_and(|v| !v.is_null() && v.as_str().map_or(true, |s| !s.trim().is_empty()));
        if !given {
            fields.insert(name.to_string(), Json::String(value.to_string()));
        }
    }
}

fn declaration_of(header: &[String], rows: &[Row], members: &[usize], decimals: Decimals, defaults: Defaults) -> Json {
    let mut decl = Object::new();
    let mut items = Vec::new();
    for (k, &i) in members.iter().enumerate() {
        let Ok(fields) = &rows[i] else { continue };
        let mut item = Object::new();
        for (name, value) in header.iter().zip(fields) {
            let name = column(name);
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            let converted = match decimals {
                Decimals::Comma if NUMBER_COLUMNS.contains(&name) => crate::knowledge::money::from_decimal_comma(value),
                _ => None,
            };
            let value = converted.as_deref().unwrap_or(value);
            if ITEM_COLUMNS.contains(&name) {
                item.insert(name.to_string(), Json::String(value.to_string()));
            } else if k == 0 && DECLARATION_COLUMNS.contains(&name) {
                decl.insert(name.to_string(), Json::String(value.to_string()));
            }
        }
        // A listing without a quantity column is one piece.
        if item.get("quantity").is_none() {
            item.insert("quantity".into(), Json::String("1".into()));
        }
        items.push(Json::Object(item));
    }
    decl.insert("items".into(), Json::Array(items));
    let mut decl = Json::Object(decl);
    with_defaults(&mut decl, defaults);
    decl
}

/// A unit variant's name as the report's JSON writes it ("ready", "fast"): the contract's
/// words, from the serializer rather than written again here.
fn contract_name<T: serde::Serialize>(value: &T) -> String {
    let mut text = Vec::new();
    match crate::report::json::write(&mut text, value) {
        Ok(()) => String::from_utf8_lossy(&text).trim_matches('"').to_string(),
        Err(_) => String::new(),
    }
}

fn fill(report: &Report, header: &[String], rows: &[Row], members: &[usize], results: &mut [RowResult]) {
    let (verdict, lane) = (contract_name(&report.verdict), contract_name(&report.lane));
    let description_at = header.iter().position(|h| column(h) == "description");
    for (k, &i) in members.iter().enumerate() {
        let prefix = format!("items[{k}].");
        let mut listed: Vec<String> = Vec::new();
        for f in &report.findings {
            let field = if let Some(own) = f.field.strip_prefix(&prefix) {
                own.to_string()
            } else if f.field.starts_with("items[") {
                continue; // another row's goods line
            } else {
                f.field.clone()
            };
            let entry = format!("{}@{}", f.rule, field);
            if !listed.contains(&entry) {
                listed.push(entry);
            }
        }
        let description = match (&rows[i], description_at) {
            (Ok(fields), Some(c)) => fields.get(c).map(String::as_str).unwrap_or(""),
            _ => "",
        };
        results[i] = RowResult {
            verdict: verdict.clone(),
            lane: lane.clone(),
            findings: listed.join("; "),
            suggested_hs_code: suggest_hs_codes(description, 1).first().map(|s| s.code.clone()).unwrap_or_default(),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(names: &str) -> Vec<String> {
        names.split(',').map(str::to_string).collect()
    }

    fn row(fields: &str) -> Row {
        Ok(fields.split(',').map(str::to_string).collect())
    }

    #[test]
    fn every_row_comes_out_in_order_with_orders_grouped() {
        let h = header("order,description,hsCode,quantity,unitPrice,currency,destination,channel");
        let rows = vec![
            row("A1,Women's knitted cotton T-shirt,6109.10,2,9.00,USD,GB,express"),
            row("B7,gift,,1,5,USD,DE,postal"),
            row("A1,Ceramic coffee mug 350ml,6912.00,1,15.00,USD,GB,express"),
            Err("invalid UTF-8".into()),
            row("C3,too,few"),
        ];
        let out = check_rows(&h, &rows, &Options::default());
        assert_eq!(out.len(), 5);
        assert!(!out[0].verdict.is_empty() && out[0].verdict == out[2].verdict, "one declaration for order A1");
        assert!(out[1].findings.contains("description-too-general@description"), "{}", out[1].findings);
        assert!(!out[0].findings.contains("description-too-general"), "another row's finding stays on its row");
        assert_eq!(out[0].suggested_hs_code, "6109.10");
        assert!(out[3].findings.starts_with("unreadable: invalid UTF-8"));
        assert!(out[4].findings.starts_with("unreadable: 3 fields"));
        assert!(check_rows(&header("title,price"), &[row("x,1")], &Options::default())[0].findings.contains("description"));
    }

    #[test]
    fn defaults_fill_only_what_the_declaration_leaves_out() {
        let mut decl = crate::read_json(r#"{"destination": "GB", "currency": " ", "channel": null, "items": []}"#).unwrap();
        with_defaults(&mut decl, &[("destination", "US"), ("currency", "USD"), ("channel", "postal"), ("origin", "CN")]);
        for (name, want) in [("destination", "GB"), ("currency", "USD"), ("channel", "postal"), ("origin", "CN")] {
            assert_eq!(decl.get(name).and_then(Json::as_str), Some(want), "{name}");
        }
    }
}
