//! Any bytes as a declaration: the reader and every rule must answer, never panic; the
//! report writer (`report::json`) must write the very bytes serde_json writes; and the
//! JSON reader (`input::json`, the browser's and `check_str`'s) must read what serde_json
//! reads as serde_json reads it, and refuse what it refuses.
fn main() {
    let options = precheck::Options::default();
    afl::fuzz!(|data: &[u8]| {
        if let Ok(text) = std::str::from_utf8(data) {
            // check_str reads with input::json and asks serde_json only for the message
            // of a text that is not JSON: the two must accept the same texts.
            let ours = precheck::input::json::read(text);
            match serde_json::from_str::<serde_json::Value>(text) {
                Ok(theirs) => assert_eq!(ours, Ok(precheck::Json::from(theirs)), "input::json reads differently from serde_json"),
                Err(_) => assert!(ours.is_err(), "input::json reads a text serde_json refuses"),
            }
            if let Ok(report) = precheck::check_str(text, &options) {
                let mut ours = Vec::new();
                precheck::report::json::write(&mut ours, &report).expect("the report writer refused a report");
                assert_eq!(ours, serde_json::to_vec(&report).expect("serde_json refused a report"), "report::json differs from serde_json");
            }
        }
    });
}
