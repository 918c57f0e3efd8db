//! The HS word index, prepared here so the engine does not build it in the browser:
//! for each word (folded, singular) and Chinese character pair, the HS 2022 subheadings
//! (positions in the sorted subheading list) whose own text, heading text, national
//! product words or China's 10-digit names use it. The engine's text functions are
//! compiled in from src/base/text.rs, so the words are normalised exactly as the engine
//! normalises a title; a crate test rebuilds the index from the data and compares.

#[allow(dead_code)]
#[path = "../../src/base/text.rs"]
pub(crate) mod text;

use std::collections::BTreeMap;

/// Rows of one section of a generated data file: its tab-separated fields.
fn section_rows<'a>(file: &'a str, name: &str) -> Vec<Vec<&'a str>> {
    let mut inside = false;
    let mut rows = Vec::new();
    for line in file.lines() {
        if let Some(section) = line.strip_prefix('@') {
            inside = section == name;
        } else if inside && !line.starts_with('#') && !line.is_empty() {
            rows.push(line.split('\t').collect());
        }
    }
    rows
}

/// The "@hs-index" section, read from the generated core data and tariff chunk:
/// "word, number of subheadings, their positions as gaps from the previous one".
pub fn hs_index(data: &str, tariff: &str, stop_words: &str) -> String {
    let stop: Vec<&str> = stop_words.split_ascii_whitespace().collect();
    let headings: BTreeMap<&str, &str> =
        section_rows(data, "hs2022-headings").into_iter().map(|f| (f[0], f.get(1).copied().unwrap_or(""))).collect();
    let product_words: BTreeMap<&str, &str> =
        section_rows(tariff, "hs-product-words").into_iter().map(|f| (f[0], f.get(1).copied().unwrap_or(""))).collect();
    let names = section_rows(tariff, "cn-tariff");
    let mut map: BTreeMap<String, Vec<u16>> = BTreeMap::new();
    for (i, f) in section_rows(data, "hs2022-subheadings").into_iter().enumerate() {
        let code = f[0];
        let mut words = text::norm_words(f.get(1).copied().unwrap_or(""));
        words.extend(text::norm_words(headings.get(&code[..4]).copied().unwrap_or("")));
        words.extend(product_words.get(code).copied().unwrap_or("").split_ascii_whitespace().map(text::singular));
        let start = names.partition_point(|l| l[0] < code);
        for line in names[start..].iter().take_while(|l| l[0].starts_with(code)) {
            words.extend(text::cjk_bigrams(line.last().copied().unwrap_or("")));
        }
        for w in words {
            if w.len() > 2 && !stop.contains(&w.as_str()) && !w.bytes().all(|b| b.is_ascii_digit()) {
                let postings = map.entry(w).or_default();
                if postings.last() != Some(&(i as u16)) {
                    postings.push(i as u16);
                }
            }
        }
    }
    let mut out = crate::section(
        "hs-index",
        "the sections hs2022-subheadings, hs2022-headings, hs-product-words, cn-tariff and index_stopwords.txt",
        "word (folded, singular) or Chinese character pair, number of subheadings using it, their positions in hs2022-subheadings as gaps (first from 0); sorted by word",
    );
    for (word, postings) in map {
        let mut gaps = String::new();
        let mut last = 0u16;
        for (n, p) in postings.iter().enumerate() {
            if n > 0 {
                gaps.push(' ');
            }
            gaps.push_str(&(p - if n == 0 { 0 } else { last }).to_string());
            last = *p;
        }
        crate::row(&mut out, &[&word, &postings.len().to_string(), &gaps]);
    }
    out
}
