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

/// The header and every record, in order.
pub fn read_listings(bytes: &[u8]) -> (Vec<String>, Vec<Row>) {
    let text = decode(bytes);
    let mut reader = csv::ReaderBuilder::new().flexible(true).has_headers(true).from_reader(text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|f| f.trim().to_string()).collect(),
        Err(_) => Vec::new(),
    };
    let rows = reader.records().map(|r| r.map(|rec| rec.iter().map(str::to_string).collect()).map_err(|e| e.to_string())).collect();
    (header, rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_and_gb18030() {
        let (h, rows) = read_listings("\u{feff}description,unitPrice\n\"Mug, ceramic\",3\n".as_bytes());
        assert_eq!(h, ["description", "unitPrice"]);
        assert_eq!(rows[0].as_ref().unwrap()[0], "Mug, ceramic");
        let (gb, _, _) = encoding_rs::GB18030.encode("description\n陶瓷杯\n");
        assert_eq!(read_listings(&gb).1[0].as_ref().unwrap()[0], "陶瓷杯");
    }
}
