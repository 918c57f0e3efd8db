//! Any bytes as a declaration: the reader and every rule must answer, never panic; the
//! report writer (`report::json`) must write the very bytes serde_json writes; and the
//! browser's JSON reader (`input::json`) must read what serde_json reads as serde_json
//! reads it (and never panic on the rest).
fn main() {
    let options = precheck::Options::default();
    afl::fuzz!(|data: &[u8]| {
        if let Ok(text) = std::str::from_utf8(data) {
            let ours = precheck::input::json::read(text);
            if let Ok(theirs) = serde_json::from_str::<serde_json::Value>(text) {
                assert_eq!(ours.as_ref(), Ok(&theirs), "input::json reads differently from serde_json");
            }
            if let Ok(report) = precheck::check_str(text, &options) {
                let mut ours = Vec::new();
                precheck::report::json::write(&mut ours, &report).expect("the report writer refused a report");
                assert_eq!(ours, serde_json::to_vec(&report).expect("serde_json refused a report"), "report::json differs from serde_json");
            }
        }
    });
}
