//! Any bytes as a declaration: the reader and every rule must answer, never panic; and
//! the report writer (`report::json`) must write the very bytes serde_json writes.
fn main() {
    let options = precheck::Options::default();
    afl::fuzz!(|data: &[u8]| {
        if let Ok(text) = std::str::from_utf8(data) {
            if let Ok(report) = precheck::check_str(text, &options) {
                let mut ours = Vec::new();
                precheck::report::json::write(&mut ours, &report).expect("the report writer refused a report");
                assert_eq!(ours, serde_json::to_vec(&report).expect("serde_json refused a report"), "report::json differs from serde_json");
            }
        }
    });
}
