//! The data files' format, shared by the main file and the tariff chunk: a header line
//! naming the data version, `@section` lines, `#` comments, tab-separated fields.

/// The layout of the data files this engine reads, written in every file's header by the
/// generator (`xtask`, `DATA_FORMAT`). A data release keeps it, so new data needs no new
/// engine; a change to the files that an engine already shipped would misread bumps both.
pub(crate) const FORMAT: &str = "(format 2)";

/// A data file's release version, from its header line ("# precheck data 2026.12.02.42
/// (format 2): ..."), when it is laid out for this engine.
pub(crate) fn check_header(text: &str) -> Result<&str, String> {
    let Some(line) = text.lines().take(3).find_map(|l| l.strip_prefix("# precheck data ")) else {
        return Err("the data file has no precheck header".into());
    };
    let (version, rest) = line.split_once(' ').unwrap_or((line, ""));
    if rest.starts_with(FORMAT) {
        return Ok(version);
    }
    Err(format!("the data file (data {version}) is laid out for another build of the engine, which reads data {FORMAT}: load the data files that came with this module"))
}

/// Refuses a data file of another release than `loaded`, the one the engine reads already:
/// parts of two releases would disagree.
pub(crate) fn same_release(version: &str, loaded: &str) -> Result<(), String> {
    if version == loaded {
        Ok(())
    } else {
        Err(format!("the data file is for data version {version}, the data loaded is {loaded}: load the files of one release"))
    }
}

/// Refuses a file of this data version laid out for another build of the engine: one
/// that holds whole a section this build reads in parts (`@thresholds`, which it reads
/// as `@thresholds.GB` and so on), which would otherwise read as empty.
pub(crate) fn check_layout(sections: &[(&str, &str)], cut: &[&str]) -> Result<(), String> {
    match sections.iter().find(|(name, _)| cut.contains(name)) {
        Some((name, _)) => Err(format!(
            "the data file holds @{name} whole: it is laid out for another build of the engine; load the data files that came with this module"
        )),
        None => Ok(()),
    }
}

/// The most fields a row has (the thresholds have 19); the last one holds any rest.
const MAX_FIELDS: usize = 24;

/// One row's tab-separated fields, held in place: reading the files' 65,000 rows makes no
/// allocation per row (in wasm that was a third of the load time). Derefs to a slice.
pub(crate) struct Fields {
    fields: [&'static str; MAX_FIELDS],
    len: usize,
}

impl Fields {
    /// One walk over the line's bytes (tab is ASCII, so every cut is a char boundary):
    /// in wasm, a `split('\t')` searcher per row cost more than the rest of the load.
    fn split(line: &'static str) -> Fields {
        let mut fields = Fields { fields: [""; MAX_FIELDS], len: 0 };
        let mut start = 0;
        for (i, &b) in line.as_bytes().iter().enumerate() {
            if b == b'\t' && fields.len + 1 < MAX_FIELDS {
                fields.fields[fields.len] = &line[start..i];
                fields.len += 1;
                start = i + 1;
            }
        }
        fields.fields[fields.len] = &line[start..];
        fields.len += 1;
        fields
    }
}

impl std::ops::Deref for Fields {
    type Target = [&'static str];
    fn deref(&self) -> &[&'static str] {
        &self.fields[..self.len]
    }
}

/// The rows of one section's text (the part after its `@name` line, see [`sections`]):
/// tab-separated fields, skipping comments and blank lines. Both data files (the main
/// file and the tariff chunk) are read through it.
pub(crate) fn section_rows(body: &'static str) -> impl Iterator<Item = Fields> {
    // `lines` finds the ends a word at a time, faster in V8's baseline code (which reads
    // the core file before the first report) than one byte loop looking for both ends
    // and tabs (measured: 6.4-6.8 against 7.9-10.4 ms for the core file in Node).
    body.lines().filter(|line| !line.starts_with('#') && !line.is_empty()).map(Fields::split)
}

/// The header line listing where each section starts: `# sections: name:offset ...`,
/// offsets in bytes from the start of the line after it.
const DIRECTORY: &str = "# sections:";

/// The sections of a data file, as (name, its text after the `@name` line), in file
/// order: a section can be kept as text and read only when first needed. Read from the
/// header's directory when each of its entries points at its `@name` line (the generator
/// writes it: finding the sections by searching 3.4 MB for them was a quarter of loading
/// both files); otherwise (a file edited by hand) found by searching.
pub(crate) fn sections(text: &'static str) -> Vec<(&'static str, &'static str)> {
    directory(text).unwrap_or_else(|| searched_sections(text).collect())
}

/// The sections as the directory line lists them, or None where it is missing or does
/// not match the file (an entry out of order, past the end, or not at its `@name` line).
fn directory(text: &'static str) -> Option<Vec<(&'static str, &'static str)>> {
    let (start, line) = header_line(text, DIRECTORY)?;
    let base = start + line.len() + 1;
    let mut found: Vec<(&'static str, &'static str)> = Vec::new();
    let mut body_start = 0;
    for entry in line[DIRECTORY.len()..].split_ascii_whitespace() {
        let (name, offset) = entry.rsplit_once(':')?;
        let at = base.checked_add(offset.parse().ok()?)?;
        // The previous section ends where this one starts (None if not after it).
        if let Some(last) = found.last_mut() {
            last.1 = text.get(body_start..at)?;
        }
        body_start = at.checked_add(name.len() + 2)?;
        if text.get(at..body_start)?.strip_prefix('@')?.strip_suffix('\n')? != name {
            return None;
        }
        found.push((name, ""));
    }
    if let Some(last) = found.last_mut() {
        last.1 = text.get(body_start..)?;
    }
    Some(found)
}

/// The header line (before any section) that starts with `prefix`: where it starts,
/// and the line.
fn header_line(text: &'static str, prefix: &str) -> Option<(usize, &'static str)> {
    let header = &text[..section_start(text).unwrap_or(text.len())];
    let start = header.match_indices(prefix).map(|(at, _)| at).find(|&at| at == 0 || header.as_bytes()[at - 1] == b'\n')?;
    Some((start, text[start..].lines().next()?))
}

/// The parts a core data file names in its header (`# parts: name ...`, see `parts`).
pub(crate) fn part_names(text: &'static str) -> &'static str {
    header_line(text, "# parts:").map_or("", |(_, line)| &line["# parts:".len()..])
}

/// The sections found by searching for the lines that start with `@`.
fn searched_sections(text: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let at = if rest.starts_with('@') { 0 } else { section_start(rest)? };
        let after = &rest[at + 1..];
        let (name, body) = after.split_once('\n').unwrap_or((after, ""));
        let end = section_start(body).unwrap_or(body.len());
        rest = &body[end..];
        Some((name, &body[..end]))
    })
}

/// Where the first row for which `past` holds starts in `rows` (a section's text), or
/// `rows.len()`: for rows in an order where `past` is false and then true (comment and
/// blank lines anywhere, skipped). A binary search over the bytes: reading one row or one
/// run of a sorted section does not walk the rows before it.
pub(crate) fn first_row_where(rows: &str, past: impl Fn(&str) -> bool) -> usize {
    let bytes = rows.as_bytes();
    // The first row at or after line start `at`: whether `past` holds for it, where it
    // starts and where the line after it starts (at the end: past, there, there).
    let row_at = |mut at: usize| loop {
        let rest = &rows[at..];
        if rest.is_empty() {
            return (true, at, at);
        }
        let end = rest.find('\n').map_or(rows.len(), |i| at + i + 1);
        if !(rest.starts_with('#') || rest.starts_with('\n')) {
            return (past(rest.lines().next().unwrap_or(rest)), at, end);
        }
        at = end;
    };
    // Every row before line start `lo` is not past; no row from line start `hi` on is not past.
    let (mut lo, mut hi) = (0, rows.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        // The first line start at or after mid, by bytes: mid may fall inside a character,
        // a line start never does.
        let start = if mid == 0 || bytes[mid - 1] == b'\n' {
            mid
        } else {
            bytes[mid..].iter().position(|&b| b == b'\n').map_or(rows.len(), |i| mid + i + 1)
        };
        // No line starts in [mid, hi): the few lines left start in [lo, mid); take the next.
        let probe = if start >= hi { lo } else { start };
        match row_at(probe) {
            (false, _, after) => lo = after,
            (true, row, _) if probe == lo => return row,
            (true, _, _) => hi = start,
        }
    }
    row_at(lo).1
}

/// The number a row starts with (its first field), if it is one.
fn row_number(row: &str) -> Option<usize> {
    row.split('\t').next()?.parse().ok()
}

/// The row whose first field is the number `key`, in rows sorted by that number (rows
/// whose first field is no number sort last): found by binary search.
pub(crate) fn numbered_row(rows: &'static str, key: usize) -> Option<&'static str> {
    let at = first_row_where(rows, |row| row_number(row).map_or(true, |n| n >= key));
    rows.get(at..)?.lines().next().filter(|row| row_number(row) == Some(key))
}

/// Where the next line starting with `@` starts: a search for the rare '@' (a byte
/// search, fast in wasm too) rather than for "\n@" (a substring searcher over 3 MB).
fn section_start(text: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = text[from..].find('@').map(|i| from + i) {
        if i == 0 || text.as_bytes()[i - 1] == b'\n' {
            return Some(i);
        }
        from = i + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_split_at_lines_starting_with_at() {
        let found = sections("# header, a@b\n@a\n@b\nx@y\n@c\ny\tz\n");
        assert_eq!(found, [("a", ""), ("b", "x@y\n"), ("c", "y\tz\n")]);
        assert!(sections("no sections").is_empty());
        assert_eq!(part_names("# v\n# parts: a b\n@a\n# parts: c\n"), " a b");
        assert_eq!(part_names("# v\n@a\n# parts: c\n"), "", "a header line, not a section's");
        // With a directory: read from it when it matches, searched when it does not.
        let listed = "# header\n# sections: a:0 b:3\n@a\n@b\nrow\n";
        assert_eq!(directory(listed), Some(vec![("a", ""), ("b", "row\n")]));
        for wrong in [
            "# sections: a:0 b:4\n@a\n@b\nrow\n",
            "# sections: b:3 a:0\n@a\n@b\n",
            "# sections: a:0 b:99\n@a\n@b\n",
            "# sections: a:x\n@a\n",
        ] {
            assert_eq!(directory(wrong), None, "{wrong}");
            assert_eq!(sections(wrong), searched_sections(wrong).collect::<Vec<_>>());
        }
        // Sorted rows: the first row at or past a key, comments skipped, none past at the end.
        let rows = "# numbers\n1\ta\n3\tb\n# note\n\n5\tc\n7\td";
        let number = |row: &str| row.split('\t').next().unwrap().parse::<u32>().unwrap();
        let first = |key: u32| rows[first_row_where(rows, |row| number(row) >= key)..].lines().next().unwrap_or("end");
        assert_eq!(
            [first(0), first(1), first(2), first(4), first(5), first(7), first(8)],
            ["1\ta", "1\ta", "3\tb", "5\tc", "5\tc", "7\td", "end"]
        );
        let fields: Vec<Vec<&str>> = section_rows("# note\n\na\tb\nc\n").map(|f| f.to_vec()).collect();
        assert_eq!(fields, [vec!["a", "b"], vec!["c"]]);
    }

    /// What `section_rows` reads, written plainly: `str::lines`, comments and blank lines
    /// skipped, tabs split up to `MAX_FIELDS` fields (the last holds the rest).
    fn plain_rows(body: &str) -> Vec<Vec<&str>> {
        let split = |line: &'static str| line.splitn(MAX_FIELDS, '\t').collect::<Vec<_>>();
        let body: &'static str = Box::leak(body.to_string().into_boxed_str());
        body.lines().filter(|line| !line.starts_with('#') && !line.is_empty()).map(split).collect()
    }

    #[test]
    fn rows_read_as_lines_split_at_tabs() {
        let tricky = [
            "",
            "\n",
            "a",
            "a\tb\n\nc",
            "a\r\nb\r\n",
            "a\rb\n",
            "last\r",
            "\r\n#c\r\nx\t\r\n",
            "\t\t\n\t",
            "中\t文\n#注\n字",
            &"f\t".repeat(MAX_FIELDS + 3),
        ];
        for body in tricky {
            let body: &'static str = Box::leak(body.to_string().into_boxed_str());
            let ours: Vec<Vec<&str>> = section_rows(body).map(|f| f.to_vec()).collect();
            assert_eq!(ours, plain_rows(body), "{body:?}");
        }
        for file in [include_str!("../../data/generated/precheck_data.tsv"), include_str!("../../data/generated/precheck_cn_tariff.tsv")] {
            let ours: Vec<Vec<&str>> = section_rows(file).map(|f| f.to_vec()).collect();
            assert_eq!(ours, plain_rows(file));
        }
    }

    // (proptest's RNG does not build for wasm32.)
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn rows_read_as_lines_split_at_tabs_on_any_text(body in "[a\t\r\n#中]{0,40}") {
            let text: &'static str = Box::leak(body.clone().into_boxed_str());
            let ours: Vec<Vec<&str>> = section_rows(text).map(|f| f.to_vec()).collect();
            proptest::prop_assert_eq!(ours, plain_rows(&body));
        }
    }

    #[test]
    fn the_generated_directories_list_what_a_search_finds() {
        for file in [include_str!("../../data/generated/precheck_data.tsv"), include_str!("../../data/generated/precheck_cn_tariff.tsv")] {
            let listed = directory(file).expect("the generator writes a directory that matches its file");
            assert!(listed.len() > 4);
            assert_eq!(listed, searched_sections(file).collect::<Vec<_>>());
        }
    }
}
