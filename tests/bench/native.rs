//! Native benchmarks (`cargo bench --bench native`, or `make bench`): mean time per call
//! of the description check, HS suggestions and a whole declaration check, over the
//! quality sets' titles. Figures go to the README; no test asserts a time.

use precheck::{check_json, facts::description, knowledge::hs, Options};
use serde_json::json;
use std::hint::black_box;
use std::time::Instant;

fn titles() -> Vec<String> {
    let mut out = Vec::new();
    for name in ["listings.tsv", "rulings.tsv", "listings_fresh.tsv"] {
        let path = format!("{}/tests/quality/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).expect("quality set");
        out.extend(text.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split_once('\t')).map(|(_, t)| t.to_string()));
    }
    out
}

/// Mean microseconds per call of `f` over `inputs`, after one warm-up pass.
fn measure<T>(name: &str, inputs: &[T], rounds: usize, mut f: impl FnMut(&T)) {
    for i in inputs {
        f(i);
    }
    let start = Instant::now();
    for _ in 0..rounds {
        for i in inputs {
            f(i);
        }
    }
    let per = start.elapsed().as_secs_f64() * 1e6 / (rounds * inputs.len()) as f64;
    println!("{name:<44} {per:>9.1} us/call  ({} inputs x {rounds})", inputs.len());
}

fn main() {
    let titles = titles();
    // 100-character titles: the size the latency budget names.
    let long: Vec<String> = titles
        .iter()
        .map(|t| {
            let mut s = t.clone();
            while s.len() < 100 {
                s.push_str(" Women Men Gift New 2026");
            }
            s.chars().take(100).collect()
        })
        .collect();
    println!("precheck native benchmarks ({} titles)", titles.len());
    measure("description check (analyse_en_raw)", &titles, 20, |t| {
        black_box(description::analyse_en_raw(t));
    });
    measure("HS suggestions, 5 (suggest), 100-char title", &long, 5, |t| {
        black_box(hs::suggest(t, 5));
    });
    let options = Options { date: precheck::base::date::Date::parse("2026-11-26"), ..Options::default() };
    let declarations: Vec<serde_json::Value> = titles
        .iter()
        .map(|t| {
            json!({"origin": "CN", "destination": "GB", "currency": "USD", "channel": "express", "purpose": "sale",
            "items": [{"description": t, "hsCode": "6109.10", "quantity": "2", "unitPrice": "12.50"}]})
        })
        .collect();
    measure("whole check, one-line declaration", &declarations, 3, |d| {
        black_box(check_json(d, &options).ok());
    });
}
