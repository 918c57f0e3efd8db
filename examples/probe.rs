//! A probe of the HS suggestions: reads a file of labelled titles (every defensible HS
//! 2022 heading, "|"-separated, a tab, the title; `#` lines are comments, as in
//! tests/quality/) and prints each title the suggestions miss with their first three,
//! then the share with the right chapter first and a labelled heading in the top five.
//! How the quality sets grow: write a probe, run it once before changing anything (its
//! "before" figure), then change the vocabulary against its misses.
//!
//! `cargo run --release --example probe -- FILE [-q]` (`-q`: the figures only).
use precheck::knowledge::hs;
use std::io::Write;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: probe FILE [-q]");
        std::process::exit(2);
    };
    let quiet = args.any(|a| a == "-q");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2);
    });
    let mut out = std::io::stdout().lock();
    let (mut n, mut chapter_first, mut heading_top5) = (0, 0, 0);
    for line in text.lines() {
        let Some((labels, title)) = line.split_once('\t').filter(|_| !line.starts_with('#')) else { continue };
        let labels: Vec<u32> = labels.split('|').filter_map(|h| h.parse().ok()).collect();
        let suggestions = hs::suggest(title, 5);
        let headings: Vec<u32> = suggestions.iter().filter_map(|s| s.code.replace('.', "").get(..4)?.parse().ok()).collect();
        let chapter = headings.first().is_some_and(|f| labels.iter().any(|h| h / 100 == f / 100));
        let heading = headings.iter().any(|h| labels.contains(h));
        n += 1;
        chapter_first += usize::from(chapter);
        heading_top5 += usize::from(heading);
        let missed = !(chapter && heading);
        if missed && !quiet {
            let mut lines = vec![format!("{} {labels:?} {title}", if chapter { "h-" } else { "XX" })];
            for s in suggestions.iter().take(3) {
                lines.push(format!("      {} {:.2} {}", s.code, s.score, s.description.chars().take(70).collect::<String>()));
            }
            // A closed pipe (`| head`) ends the listing.
            if writeln!(out, "{}", lines.join("\n")).is_err() {
                return;
            }
        }
    }
    let pct = |k: usize| 100.0 * k as f64 / n.max(1) as f64;
    let _ = writeln!(out, "{n}: chapter {:.1}% heading {:.1}%", pct(chapter_first), pct(heading_top5));
}
