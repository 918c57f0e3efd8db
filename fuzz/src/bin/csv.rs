//! Any bytes as a CSV of listings: every row comes out, never a panic.
fn main() {
    let options = precheck::Options::default();
    afl::fuzz!(|data: &[u8]| {
        let (header, rows, _) = precheck::faces::csv_input::read_listings(data);
        let results = precheck::faces::bulk::check_rows(&header, &rows, &options);
        assert_eq!(results.len(), rows.len());
    });
}
