//! Each title's first three suggested codes, one line per title, for comparing two
//! builds of the data: run it on the dev sets before and after a vocabulary change and
//! `diff` the two outputs (a change's effect on titles it was not written for). Never
//! run it on a held-out set: their misses are not to be read.
//!
//! `cargo run --release --example dump -- FILE... > before.txt`
use precheck::knowledge::hs;
use std::io::Write;

fn main() {
    let mut out = std::io::stdout().lock();
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        });
        let name = path.rsplit('/').next().unwrap_or(&path);
        for line in text.lines().filter(|l| !l.starts_with('#') && l.contains('\t')) {
            let title = line.rsplit('\t').next().unwrap_or(line);
            let codes: Vec<String> = hs::suggest(title, 5).iter().take(3).map(|s| s.code.clone()).collect();
            // A closed pipe (`| head`) ends the listing.
            if writeln!(out, "{name}\t{}\t{line}", codes.join(" ")).is_err() {
                return;
            }
        }
    }
}
