//! Any bytes as a reference-data file or tariff chunk: refused with a message, never a panic.
fn main() {
    afl::fuzz!(|data: &[u8]| {
        if let Ok(text) = std::str::from_utf8(data) {
            let _ = precheck::knowledge::data::store::parse_untrusted(text);
            let _ = precheck::knowledge::data::china::parse_untrusted_tariff(text);
            let _ = precheck::knowledge::data::word_index::read_untrusted(text);
        }
    });
}
