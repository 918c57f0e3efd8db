//! The data's parts: sections a page loads only when a check first needs them
//! ([`is_data_part`] for the main file; every section of the tariff chunk, cut by
//! [`cut_data`] and [`cut_tariff`]). The generated files hold them like any other
//! section, and name their files in a `# parts:` header line; natively both files are
//! embedded whole. The web build (`cargo run -p xtask -- web-data DIR`, from
//! tests/tools/build-web.sh) writes the core sections as `DIR/precheck_data.tsv`, each
//! part file as `DIR/parts/NAME.tsv` and all of them as `DIR/parts/all.tsv`, so the first
//! report downloads the core file and the few parts its declaration reaches for.

use crate::word_index::text;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// The main data file's sections that are parts: the HS texts by chapter
/// (`@hs2022-headings.61`, `@hs2022-subheadings.61`, [`cut_data`]), which a finding or a
/// suggestion quotes, and the chapters' texts, which none quotes yet; the HS 2017 codes
/// and the codes deleted in 2022, which only old declarations and codes read; the
/// Chinese messages, the countries' Chinese names and the thresholds' texts in Chinese,
/// which only Chinese reports read; the rules' explanations, which only `rules()` reads;
/// and each destination's thresholds (`@thresholds.GB`), which only declarations for it
/// read; the vocabulary's Chinese terms and the Chinese vague terms, which only lines with
/// Chinese characters read; the sources of China's controls and the destination rules,
/// with those rules' own messages, which only a finding on such goods quotes.
pub fn is_data_part(section: &str) -> bool {
    const WHOLE: [&str; 10] = [
        "hs2017-subheadings",
        "hs2017-deleted",
        "messages-zh",
        "countries-zh",
        "destination-notes-zh",
        "rules",
        "hs2022-chapters",
        "vocabulary-zh",
        "vague-zh",
        "policy-sources",
    ];
    const CUT: [&str; 3] = ["thresholds.", "hs2022-headings.", "hs2022-subheadings."];
    WHOLE.contains(&section) || CUT.iter().any(|prefix| section.starts_with(prefix))
}

/// The main data file with its thresholds cut by destination (`@thresholds.GB`: a check
/// reads its destination's rows only) and its HS texts by chapter (`@hs2022-headings.61`
/// and `@hs2022-subheadings.61`, shipped together in `hs2022-texts.61`: a finding quotes
/// the texts of a few codes, not 120 KB of them).
pub fn cut_data(file: &str) -> String {
    let mut out = header(file).to_string();
    for (name, section) in sections(file) {
        let rows = &section[name.len() + 2..];
        match name {
            "thresholds" => {
                for (country, rows) in cut(rows, str::to_string) {
                    write!(out, "@thresholds.{country}\n{rows}").unwrap();
                }
            }
            "hs2022-headings" | "hs2022-subheadings" => {
                for (chapter, rows) in cut(rows, chapter_of) {
                    write!(out, "@{name}.{chapter}\n{rows}").unwrap();
                }
            }
            _ => out.push_str(section),
        }
    }
    out
}

/// A generated file's sections: (name, the section's text from its `@name` line on).
fn sections(file: &str) -> Vec<(&str, &str)> {
    let mut starts: Vec<usize> = file.match_indices("\n@").map(|(i, _)| i + 1).collect();
    starts.push(file.len());
    starts.windows(2).map(|w| (file[w[0] + 1..].split('\n').next().unwrap_or(""), &file[w[0]..w[1]])).collect()
}

/// The HS chapter of a code: its first two digits.
fn chapter_of(code: &str) -> String {
    code.get(..2).unwrap_or(code).to_string()
}

/// The file's header: its lines before the first section.
fn header(file: &str) -> &str {
    &file[..file.find("\n@").map_or(file.len(), |i| i + 1)]
}

/// A section's body cut into parts, `part` naming each row's part by its first field:
/// (part name, its text: the section's comment lines, then its rows in their order), in
/// the parts' name order.
fn cut(body: &str, part: impl Fn(&str) -> String) -> BTreeMap<String, String> {
    let comments: String = body.split_inclusive('\n').filter(|l| l.starts_with('#')).collect();
    let mut parts: BTreeMap<String, String> = BTreeMap::new();
    for line in body.split_inclusive('\n').filter(|l| !l.starts_with('#') && l.trim_end() != "") {
        parts.entry(part(line.split('\t').next().unwrap_or(""))).or_insert_with(|| comments.clone()).push_str(line);
    }
    parts
}

/// The tariff chunk with its three large sections cut: the 10-digit lines by chapter
/// (`@cn-tariff.61`; a check reads the chapters of its codes), each followed by the
/// declaration-element sets its lines use (`@cn-element-sets.61`, rows numbered as in the
/// whole `@cn-element-sets`, which goes: a line's elements then come with its chapter,
/// not one read later) and the English names of those elements (`@cn-element-en.61`,
/// which a report in English shows beside the Chinese), the word index by bucket (`@hs-index.17`, `text::index_bucket`
/// of the word; a check reads the buckets of its words), and the hazardous-chemical names
/// by their first character (`@cn-hazardous-names.07`, `text::hazardous_names_part`; a
/// Chinese text needs the parts of its characters).
pub fn cut_tariff(file: &str) -> String {
    let found = sections(file);
    let body = |name: &str| found.iter().find(|(n, _)| *n == name).map_or("", |(_, s)| &s[name.len() + 2..]);
    let sets_body = body("cn-element-sets");
    let sets: BTreeMap<usize, &str> =
        sets_body.lines().filter_map(|l| l.split_once('\t')).filter_map(|(n, names)| Some((n.parse().ok()?, names))).collect();
    let sets_comment: String = sets_body.split_inclusive('\n').take_while(|l| l.starts_with('#')).collect();
    let english_body = body("cn-element-en");
    let english_comment: String = english_body.split_inclusive('\n').take_while(|l| l.starts_with('#')).collect();
    let english: BTreeMap<&str, &str> = english_body.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split_once('\t')).collect();
    let mut out = header(file).to_string();
    for &(name, section) in &found {
        match name {
            "cn-element-sets" | "cn-element-en" => {}
            "cn-tariff" => {
                for (chapter, lines) in cut(body(name), chapter_of) {
                    write!(out, "@cn-tariff.{chapter}\n{lines}@cn-element-sets.{chapter}\n{sets_comment}").unwrap();
                    // Numbers in order, each once (a set used by many lines is listed once).
                    let used: BTreeSet<usize> =
                        lines.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split('\t').nth(4)?.parse().ok()).collect();
                    for &set in &used {
                        writeln!(out, "{set}\t{}", sets[&set]).unwrap();
                    }
                    // The English of the elements those sets name, sorted by base name.
                    let bases: BTreeSet<&str> = used.iter().flat_map(|set| sets[set].split(';')).map(crate::china::base).collect();
                    write!(out, "@cn-element-en.{chapter}\n{english_comment}").unwrap();
                    for base in bases {
                        if let Some(en) = english.get(base) {
                            writeln!(out, "{base}\t{en}").unwrap();
                        }
                    }
                }
            }
            "hs-index" => {
                for (part, rows) in cut(body(name), |word| text::index_part(text::index_bucket(word))) {
                    write!(out, "@{part}\n{rows}").unwrap();
                }
            }
            "cn-hazardous-names" => {
                for (part, rows) in cut(body(name), |name| text::hazardous_names_part(name.chars().next().unwrap_or(' '))) {
                    write!(out, "@{part}\n{rows}").unwrap();
                }
            }
            _ => out.push_str(section),
        }
    }
    out
}

/// The file that holds every part (no part has this name).
pub const ALL: &str = "all";

/// The file a part is shipped in: a chapter's element sets with its tariff lines, a
/// chapter's heading and subheading texts together, the countries' Chinese names with
/// the Chinese messages (a Chinese report loads that file first; its pickers then name
/// the countries without another request).
pub fn file_of(part: &str) -> String {
    if let Some(chapter) = part.strip_prefix("cn-element-sets.").or_else(|| part.strip_prefix("cn-element-en.")) {
        return format!("cn-tariff.{chapter}");
    }
    if part == "countries-zh" {
        return "messages-zh".into();
    }
    // The Chinese vague terms go where the vocabulary's Chinese terms go: a line with
    // Chinese characters reads both.
    if part == "vague-zh" {
        return "vocabulary-zh".into();
    }
    match part.strip_prefix("hs2022-headings.").or_else(|| part.strip_prefix("hs2022-subheadings.")) {
        Some(chapter) => format!("hs2022-texts.{chapter}"),
        None => part.to_string(),
    }
}

/// The file with a `# parts:` line at the end of its header naming the part files its
/// sections that `is_part` says are parts go in (`file_of`), each once.
pub fn with_parts_line(file: &str, is_part: impl Fn(&str) -> bool) -> String {
    let mut files: Vec<String> = Vec::new();
    for (name, _) in sections(file).into_iter().filter(|(name, _)| is_part(name)) {
        if !files.contains(&file_of(name)) {
            files.push(file_of(name));
        }
    }
    let head = header(file);
    format!("{head}# parts: {}\n{}", files.join(" "), &file[head.len()..])
}

/// A section as the web build ships it: without its comment lines, which say what the
/// columns are for engineers reading the generated files (the engine skips them; the
/// rows keep their own sources).
fn without_notes(section: &str) -> String {
    section.split_inclusive('\n').filter(|line| !line.starts_with('#')).collect()
}

/// The web build's data: the core file (the main file's sections that are not parts,
/// its header naming the part files of both files) and the part files, each with the
/// generated header (the data version the engine checks) and a directory, their sections
/// without comment lines (`without_notes`); and every part in one file, `parts/all.tsv`,
/// for a page that loads them all (one request, not 222).
pub fn write_web_data(data: &str, tariff: &str, dir: &Path) -> std::io::Result<Vec<(String, usize)>> {
    let parts_of = |file: &str| -> Vec<String> {
        header(file)
            .lines()
            .find_map(|l| l.strip_prefix("# parts:"))
            .map(|names| names.split_ascii_whitespace().map(String::from).collect())
            .unwrap_or_default()
    };
    let (data_parts, tariff_parts) = (parts_of(data), parts_of(tariff));
    // The generated header's two lines, the second cut after the data version and format
    // (the engine reads no more of it: its account of the file is for people reading the
    // generated file, and 120 bytes in each of the 350 files a page may download).
    let first_lines = |file: &str| -> String {
        let mut lines = file.split_inclusive('\n');
        let (first, second) = (lines.next().unwrap_or(""), lines.next().unwrap_or(""));
        match second.find("): ") {
            Some(end) => format!("{first}{}\n", &second[..=end]),
            None => format!("{first}{second}"),
        }
    };
    let mut core = first_lines(data);
    writeln!(core, "# parts: {} {}", data_parts.join(" "), tariff_parts.join(" ")).unwrap();
    // Each part file's sections, in the order they come.
    let mut files: Vec<(String, String)> = Vec::new();
    for (file, parts, is_tariff) in [(data, &data_parts, false), (tariff, &tariff_parts, true)] {
        for (name, section) in sections(file) {
            let section = &without_notes(section);
            let part_file = file_of(name);
            if parts.contains(&part_file) {
                match files.iter_mut().find(|(f, _)| *f == part_file) {
                    Some((_, text)) => text.push_str(section),
                    None => files.push((part_file, format!("{}{section}", first_lines(file)))),
                }
            } else if !is_tariff {
                core.push_str(section);
            } else {
                panic!("the tariff chunk's section {name} is not a part: the web build would drop it");
            }
        }
    }
    std::fs::create_dir_all(dir.join("parts"))?;
    // Each file names the part files it holds (`# files:`): the engine counts a file as
    // loaded by that, whatever its sections are called (a chapter's texts are two).
    let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    let mut all = format!("{}# files: {}\n", first_lines(data), names.join(" "));
    for (_, text) in &files {
        all.push_str(&text[header(text).len()..]);
    }
    std::fs::write(dir.join("parts").join(format!("{ALL}.tsv")), crate::with_directory(&all))?;
    let mut written = Vec::new();
    for (name, text) in files {
        let head = header(&text).len();
        let text = crate::with_directory(&format!("{}# files: {name}\n{}", &text[..head], &text[head..]));
        std::fs::write(dir.join("parts").join(format!("{name}.tsv")), &text)?;
        written.push((format!("parts/{name}.tsv"), text.len()));
    }
    let core = crate::with_directory(&core);
    std::fs::write(dir.join("precheck_data.tsv"), &core)?;
    written.insert(0, ("precheck_data.tsv".into(), core.len()));
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The web build's files hold every section of the generated files exactly once: the
    /// core file the main file's other sections, each part file the part of its name
    /// (and a chapter's file its element sets), and the core file names every part file.
    #[test]
    fn the_web_data_holds_every_section_once() {
        let read = |name: &str| std::fs::read_to_string(crate::generated(name)).unwrap();
        let (data, tariff) = (read("precheck_data.tsv"), read("precheck_cn_tariff.tsv"));
        let dir = std::env::temp_dir().join(format!("precheck-web-data-{}", std::process::id()));
        let written = write_web_data(&data, &tariff, &dir).unwrap();
        let file = |path: &str| std::fs::read_to_string(dir.join(path)).unwrap();
        let core = file("precheck_data.tsv");
        let named: Vec<&str> = header(&core).lines().find_map(|l| l.strip_prefix("# parts:")).unwrap().split_ascii_whitespace().collect();
        assert_eq!(named.len(), written.len() - 1, "the core file names every part file");
        let mut shipped: Vec<(String, String)> = sections(&core).into_iter().map(|(n, s)| (n.to_string(), s.to_string())).collect();
        for part in &named {
            let text = file(&format!("parts/{part}.tsv"));
            assert!(text.starts_with(&data.split_inclusive('\n').take(1).collect::<String>()), "{part}: the generated header");
            let found = sections(&text);
            assert!(found.iter().all(|(n, _)| file_of(n) == *part), "{part} holds the parts shipped in it");
            shipped.extend(found.into_iter().map(|(n, s)| (n.to_string(), s.to_string())));
        }
        let mut generated: Vec<(String, String)> =
            sections(&data).into_iter().chain(sections(&tariff)).map(|(n, s)| (n.to_string(), without_notes(s))).collect();
        generated.sort();
        shipped.sort();
        assert_eq!(shipped.len(), generated.len());
        assert!(shipped == generated, "every section once, its text as generated without its comment lines");
        assert!(!core[header(&core).len()..].lines().any(|l| l.starts_with('#')), "no comment line past the header");
        assert!(named.contains(&"cn-tariff.61") && !named.iter().any(|n| n.starts_with("cn-element-sets")));
        // parts/all.tsv: the part files' sections, each once, under the generated header.
        let all = file(&format!("parts/{ALL}.tsv"));
        assert!(!named.contains(&ALL) && all.starts_with(&data.split_inclusive('\n').take(1).collect::<String>()));
        let mut in_all: Vec<(String, String)> = sections(&all).into_iter().map(|(n, s)| (n.to_string(), s.to_string())).collect();
        let mut in_parts: Vec<(String, String)> =
            shipped.into_iter().filter(|(n, _)| !sections(&core).iter().any(|(c, _)| c == n)).collect();
        in_all.sort();
        in_parts.sort();
        assert!(in_all == in_parts, "all.tsv holds every part once");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_chapter_carries_the_element_sets_its_lines_use() {
        let file = "# DO NOT EDIT\n# precheck data x: t\n@cn-element-sets\n# sets\n0\ta;b（说明）\n1\tc\n2\td\n\
                    @cn-element-en\n# en\nb\tbee\nc\tsea\n@cn-tariff\n# lines\n\
                    0101000000\t0\t\t\t2\t马\n0102000000\t0\t\t\t0\t牛\n0301000000\t9\t\t\t2\t鱼\n@hs-index\nbag\t1\t2\n";
        let cut = cut_tariff(file);
        let found: Vec<(&str, &str)> = sections(&cut).into_iter().map(|(n, s)| (n, &s[n.len() + 2..])).collect();
        let names: Vec<&str> = found.iter().map(|(n, _)| *n).collect();
        let bucket = text::index_part(text::index_bucket("bag"));
        assert_eq!(
            names,
            [
                "cn-tariff.01",
                "cn-element-sets.01",
                "cn-element-en.01",
                "cn-tariff.03",
                "cn-element-sets.03",
                "cn-element-en.03",
                bucket.as_str()
            ]
        );
        assert_eq!(found[1].1, "# sets\n0\ta;b（说明）\n2\td\n", "sets 0 and 2, in order, once each");
        // The English of the elements the chapter's sets name, by base name; set 1 (c) is
        // no chapter's.
        assert_eq!(found[2].1, "# en\nb\tbee\n");
        assert_eq!(found[4].1, "# sets\n2\td\n");
        assert_eq!(found[5].1, "# en\n");
        assert_eq!(file_of("cn-element-sets.03"), "cn-tariff.03");
        assert_eq!(file_of("cn-element-en.03"), "cn-tariff.03");
        assert_eq!((file_of("hs2022-headings.03"), file_of("hs2022-subheadings.03")), ("hs2022-texts.03".into(), "hs2022-texts.03".into()));
    }
}
