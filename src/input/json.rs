//! A small JSON reader for the browser: the text the page's `JSON.stringify` writes, read
//! into a `serde_json::Value` with every number kept as its digits (an exact decimal
//! later). serde_json's own reader made a sixth of the wasm module (16 KB brotli), for
//! input that is always well-formed there; natively the command line keeps serde_json,
//! whose messages name the line and column of a mistake in a file a person wrote. A test
//! holds the two readers equal on the fixtures and on tricky texts, and the declaration
//! fuzz target on every text serde_json reads.

use serde_json::{Map, Number, Value};

/// serde_json's limit too: deeper input is refused, not a stack overflow.
const MAX_DEPTH: usize = 128;

/// Reads `text` as one JSON value, or says where it stopped being JSON.
pub fn read(text: &str) -> Result<Value, String> {
    let mut reader = Reader { bytes: text.as_bytes(), at: 0, text };
    let value = reader.value(0)?;
    reader.space();
    if reader.at < reader.bytes.len() {
        return Err(reader.error("text after the value"));
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn error(&self, what: &str) -> String {
        format!("{what} at byte {}", self.at)
    }

    fn space(&mut self) {
        while matches!(self.bytes.get(self.at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, word: &str) -> bool {
        let found = self.bytes[self.at..].starts_with(word.as_bytes());
        if found {
            self.at += word.len();
        }
        found
    }

    fn value(&mut self, depth: usize) -> Result<Value, String> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.space();
        match self.bytes.get(self.at) {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ if self.eat("null") => Ok(Value::Null),
            _ if self.eat("true") => Ok(Value::Bool(true)),
            _ if self.eat("false") => Ok(Value::Bool(false)),
            _ => Err(self.error("expected a value")),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, String> {
        let mut map = Map::new();
        self.sequence(b'}', |r| {
            r.space();
            if r.bytes.get(r.at) != Some(&b'"') {
                return Err(r.error("expected a key"));
            }
            let key = r.string()?;
            r.space();
            if !r.eat(":") {
                return Err(r.error("expected ':'"));
            }
            // A repeated key keeps its last value, as serde_json does.
            map.insert(key, r.value(depth + 1)?);
            Ok(())
        })?;
        Ok(Value::Object(map))
    }

    fn array(&mut self, depth: usize) -> Result<Value, String> {
        let mut items = Vec::new();
        self.sequence(b']', |r| {
            items.push(r.value(depth + 1)?);
            Ok(())
        })?;
        Ok(Value::Array(items))
    }

    /// The members of an object or array after its opening bracket, each read by `member`,
    /// separated by commas, up to the closing bracket `close`.
    fn sequence(&mut self, close: u8, mut member: impl FnMut(&mut Self) -> Result<(), String>) -> Result<(), String> {
        self.at += 1;
        self.space();
        if self.bytes.get(self.at) == Some(&close) {
            self.at += 1;
            return Ok(());
        }
        loop {
            member(self)?;
            self.space();
            match self.bytes.get(self.at) {
                Some(&b) if b == close => {
                    self.at += 1;
                    return Ok(());
                }
                Some(b',') => self.at += 1,
                _ => return Err(self.error(&format!("expected ',' or '{}'", char::from(close)))),
            }
        }
    }

    /// A number as JSON writes it, kept as its digits (serde_json's arbitrary precision).
    fn number(&mut self) -> Result<Value, String> {
        let start = self.at;
        let digits = |r: &mut Self| {
            let from = r.at;
            while r.bytes.get(r.at).is_some_and(u8::is_ascii_digit) {
                r.at += 1;
            }
            r.at > from
        };
        self.eat("-");
        // No leading zeros: "0" alone, or a digit 1-9 and more digits.
        if !self.eat("0") && !digits(self) {
            return Err(self.error("expected digits"));
        }
        if self.eat(".") && !digits(self) {
            return Err(self.error("expected digits after '.'"));
        }
        if matches!(self.bytes.get(self.at), Some(b'e' | b'E')) {
            self.at += 1;
            if !self.eat("+") {
                self.eat("-");
            }
            if !digits(self) {
                return Err(self.error("expected the exponent's digits"));
            }
        }
        let token = &self.text[start..self.at];
        token.parse::<Number>().map(Value::Number).map_err(|_| self.error("not a number"))
    }

    /// A string after its opening quote; escapes decoded. A lone surrogate (JSON.stringify
    /// writes one as `\udXXX`) is refused, as serde_json refuses it.
    fn string(&mut self) -> Result<String, String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while !matches!(self.bytes.get(self.at), None | Some(b'"' | b'\\' | 0..=0x1f)) {
                self.at += 1;
            }
            // Cut at ASCII bytes only, so always at character boundaries.
            out.push_str(&self.text[start..self.at]);
            match self.bytes.get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = self.bytes.get(self.at).copied();
                    self.at += 1;
                    match escaped {
                        Some(b'"') => out.push('"'),
                        Some(b'\\') => out.push('\\'),
                        Some(b'/') => out.push('/'),
                        Some(b'b') => out.push('\u{8}'),
                        Some(b'f') => out.push('\u{c}'),
                        Some(b'n') => out.push('\n'),
                        Some(b'r') => out.push('\r'),
                        Some(b't') => out.push('\t'),
                        Some(b'u') => out.push(self.unicode_escape()?),
                        _ => return Err(self.error("invalid escape")),
                    }
                }
                Some(_) => return Err(self.error("a control character in a string")),
                None => return Err(self.error("a string without its closing quote")),
            }
        }
    }

    /// The character of a `\uXXXX` escape (after the `u`), a surrogate pair read whole.
    fn unicode_escape(&mut self) -> Result<char, String> {
        let first = self.hex4()?;
        let code = match first {
            0xd800..=0xdbff => {
                if !self.eat("\\u") {
                    return Err(self.error("a lone surrogate"));
                }
                let second = self.hex4()?;
                if !(0xdc00..=0xdfff).contains(&second) {
                    return Err(self.error("a lone surrogate"));
                }
                0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
            }
            0xdc00..=0xdfff => return Err(self.error("a lone surrogate")),
            _ => first,
        };
        char::from_u32(code).ok_or_else(|| self.error("not a character"))
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let hex = self.text.get(self.at..self.at + 4).filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
        let value = hex.and_then(|h| u32::from_str_radix(h, 16).ok()).ok_or_else(|| self.error("expected four hex digits"))?;
        self.at += 4;
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What serde_json reads, this reader reads the same; what it refuses, this refuses.
    fn same_as_serde_json(text: &str) {
        let theirs: Result<Value, _> = serde_json::from_str(text);
        match (read(text), theirs) {
            (Ok(ours), Ok(theirs)) => assert_eq!(ours, theirs, "{text}"),
            (Err(_), Err(_)) => {}
            (ours, theirs) => panic!("{text}: ours {ours:?}, serde_json {theirs:?}"),
        }
    }

    #[test]
    fn reads_what_serde_json_reads() {
        for text in [
            r#"{"items":[{"description":"Women's T-shirt","quantity":"2","unitPrice":12.50}],"destination":"GB"}"#,
            r#" { "a" : [ 1 , -0 , 0.5 , 1e5 , 1E+5 , -2.5e-3 , 12345678901234567890123 ] , "b" : null , "c" : true , "d" : false } "#,
            r#""\" \\ \/ \b \f \n \r \t \u00e9 \u4e2d \ud83d\ude00 女式针织棉T恤""#,
            r#"{"a":1,"a":2}"#,
            "[]",
            "{}",
            "[[[[]]]]",
            "0",
            "-",
            "01",
            "1.",
            ".5",
            "1e",
            "+1",
            "[1,]",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "{a:1}",
            "\"\\ud83d\"",
            "\"\\ude00\"",
            "\"\\ud83d\\u0041\"",
            "\"\\x\"",
            "\"\\u12\"",
            "\"tab\tinside\"",
            "\"open",
            "nul",
            "[1] 2",
            "",
            "   ",
            "tru",
            "[null,true,false,\"\"]",
        ] {
            same_as_serde_json(text);
        }
        assert!(read(&"[".repeat(200)).unwrap_err().contains("nested too deeply"));
        assert!(read(&format!("{}{}", "[".repeat(100), "]".repeat(100))).is_ok());
    }

    #[test]
    fn reads_the_fixtures_as_serde_json_does() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut read_any = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                same_as_serde_json(&std::fs::read_to_string(&path).unwrap());
                read_any += 1;
            } else if path.extension().is_some_and(|e| e == "jsonl") {
                std::fs::read_to_string(&path).unwrap().lines().for_each(same_as_serde_json);
                read_any += 1;
            }
        }
        assert!(read_any > 10, "{read_any}");
    }
}
