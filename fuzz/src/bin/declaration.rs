//! Any bytes as a declaration: the reader and every rule must answer, never panic.
fn main() {
    let options = precheck::Options::default();
    afl::fuzz!(|data: &[u8]| {
        if let Ok(text) = std::str::from_utf8(data) {
            let _ = precheck::check_str(text, &options);
        }
    });
}
