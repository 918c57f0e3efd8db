//! Reading a CSV of listings (native only: the command line and the fuzz target; the
//! page reads its CSV in the worker). UTF-8 with or without a BOM, else GB18030, as
//! Chinese spreadsheets save it; RFC 4180 quoting through the `csv` crate. A record that
//! cannot be read keeps its place with the reason.

use crate::faces::bulk::Row;

/// The file's text: UTF-8 (a BOM is dropped), else GB18030.
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => encoding_rs::GB18030.decode(bytes).0.into_owned(),
    }
}

/// The field separator of a listings file, as its header line uses it: a comma, or the
/// semicolon spreadsheets write where the comma is the decimal mark (Excel in French,
/// German, Russian ... locales), or a tab (a copy from a spreadsheet). Commas win ties.
pub fn delimiter(text: &str) -> u8 {
    let mut quoted = false;
    let mut counts = [0usize; 3];
    for b in text.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (1..3).fold(0, |best, i| if counts[i] > counts[best] { i } else { best });
    [b',', b';', b'\t'][best]
}

/// The header and every record, in order, and the field separator they were read with
/// ([`delimiter`]; a report written back uses it too).
pub fn read_listings(bytes: &[u8]) -> (Vec<String>, Vec<Row>, u8) {
    let text = decode(bytes);
    let separator = delimiter(&text);
    let mut reader = csv::ReaderBuilder::new().flexible(true).has_headers(true).delimiter(separator).from_reader(text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|f| f.trim().to_string()).collect(),
        Err(_) => Vec::new(),
    };
    let rows = reader.records().map(|r| r.map(|rec| rec.iter().map(str::to_string).collect()).map_err(|e| e.to_string())).collect();
    (header, rows, separator)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_and_gb18030() {
        let (h, rows, _) = read_listings("\u{feff}description,unitPrice\n\"Mug, ceramic\",3\n".as_bytes());
        assert_eq!(h, ["description", "unitPrice"]);
        assert_eq!(rows[0].as_ref().unwrap()[0], "Mug, ceramic");
        let (gb, _, _) = encoding_rs::GB18030.encode("description\n陶瓷杯\n");
        assert_eq!(read_listings(&gb).1[0].as_ref().unwrap()[0], "陶瓷杯");
    }

    #[test]
    fn semicolons_and_tabs_as_spreadsheets_write_them() {
        let (h, rows, sep) = read_listings("description;unitPrice\n\"Mug; ceramic\";3,50\n".as_bytes());
        assert_eq!((h, sep), (vec!["description".to_string(), "unitPrice".to_string()], b';'));
        assert_eq!(rows[0].as_ref().unwrap(), &["Mug; ceramic", "3,50"]);
        assert_eq!(read_listings(b"description\tunitPrice\nMug\t3\n").2, b'\t');
        // A comma header with a semicolon inside a quoted name stays comma-separated.
        assert_eq!(read_listings(b"\"description;en\",unitPrice\nMug,3\n").2, b',');
        assert_eq!(read_listings(b"description\nMug\n").2, b',');
    }
}
