//! JSON as the declaration reader walks it: a small tree (`Json`) and its reader. The
//! reader takes the text the page's `JSON.stringify` writes, or a file a person wrote,
//! with every number kept as its digits (an exact decimal later). The browser build has
//! no serde_json at all: its reader made a sixth of the wasm module (16 KB brotli), and
//! its `Value` (a BTreeMap per object, numbers parsed again to be checked) another 6.7 KB.
//! Natively serde_json stays for what a person reads: when a text is not JSON the
//! command line quotes serde_json's message, which names the line and column. A test
//! holds this reader equal to serde_json's on the fixtures and on tricky texts, and the
//! declaration fuzz target on every text: it must accept exactly what serde_json accepts.

/// A JSON value. Numbers are the text written (`12.50` stays "12.50"); objects keep
/// their members sorted by key, a repeated key its last value, as serde_json's map does.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Json {
    #[default]
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Object),
}

/// An object's members, sorted by key.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Object(Vec<(String, Json)>);

impl Object {
    pub fn new() -> Object {
        Object(Vec::new())
    }

    /// Sets `key` to `value` (replacing a value it had).
    pub fn insert(&mut self, key: String, value: Json) {
        match self.0.binary_search_by(|(k, _)| k.as_str().cmp(&key)) {
            Ok(at) => self.0[at].1 = value,
            Err(at) => self.0.insert(at, (key, value)),
        }
    }

    pub fn get(&self, key: &str) -> Option<&Json> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key)).ok().map(|at| &self.0[at].1)
    }

    /// The members in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Json)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }
}

impl Json {
    pub fn as_object(&self) -> Option<&Object> {
        match self {
            Json::Object(o) => Some(o),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// A number written as a whole number that fits a u64 ("5", not "5.0").
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    /// An object's member.
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.as_object()?.get(key)
    }
}

/// Compact JSON text, as serde_json writes it (a message quoting what it was given).
impl std::fmt::Display for Json {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Json::Null => f.write_str("null"),
            Json::Bool(b) => write!(f, "{b}"),
            Json::Number(n) => f.write_str(n),
            Json::String(s) => write_string(f, s),
            Json::Array(items) => {
                f.write_str("[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("]")
            }
            Json::Object(members) => {
                f.write_str("{")?;
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write_string(f, key)?;
                    write!(f, ":{value}")?;
                }
                f.write_str("}")
            }
        }
    }
}

/// `s` quoted and escaped as serde_json escapes it.
fn write_string(f: &mut std::fmt::Formatter<'_>, s: &str) -> std::fmt::Result {
    f.write_str("\"")?;
    for c in s.chars() {
        match c {
            '"' => f.write_str("\\\"")?,
            '\\' => f.write_str("\\\\")?,
            '\n' => f.write_str("\\n")?,
            '\r' => f.write_str("\\r")?,
            '\t' => f.write_str("\\t")?,
            '\u{8}' => f.write_str("\\b")?,
            '\u{c}' => f.write_str("\\f")?,
            c if c < ' ' => write!(f, "\\u{:04x}", u32::from(c))?,
            c => write!(f, "{c}")?,
        }
    }
    f.write_str("\"")
}

/// serde_json's tree as this one (natively: a declaration built with `json!`, or read by
/// serde_json, checks as the same text read here would).
#[cfg(not(target_arch = "wasm32"))]
impl From<&serde_json::Value> for Json {
    fn from(value: &serde_json::Value) -> Json {
        use serde_json::Value;
        match value {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Number(n) => Json::Number(n.to_string()),
            Value::String(s) => Json::String(s.clone()),
            Value::Array(a) => Json::Array(a.iter().map(Json::from).collect()),
            Value::Object(map) => {
                // serde_json's map iterates in key order: already sorted.
                Json::Object(Object(map.iter().map(|(k, v)| (k.clone(), Json::from(v))).collect()))
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl From<serde_json::Value> for Json {
    fn from(value: serde_json::Value) -> Json {
        Json::from(&value)
    }
}

/// serde_json's limit too: deeper input is refused, not a stack overflow.
const MAX_DEPTH: usize = 128;

/// Reads `text` as one JSON value, or says where it stopped being JSON.
pub fn read(text: &str) -> Result<Json, String> {
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

    fn value(&mut self, depth: usize) -> Result<Json, String> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.space();
        match self.bytes.get(self.at) {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ if self.eat("null") => Ok(Json::Null),
            _ if self.eat("true") => Ok(Json::Bool(true)),
            _ if self.eat("false") => Ok(Json::Bool(false)),
            _ => Err(self.error("expected a value")),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, String> {
        let mut map = Object::new();
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
        Ok(Json::Object(map))
    }

    fn array(&mut self, depth: usize) -> Result<Json, String> {
        let mut items = Vec::new();
        self.sequence(b']', |r| {
            items.push(r.value(depth + 1)?);
            Ok(())
        })?;
        Ok(Json::Array(items))
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

    /// A number as JSON writes it, kept as its digits.
    fn number(&mut self) -> Result<Json, String> {
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
        let mut number = self.text[start..self.at].to_string();
        // The exponent as serde_json keeps it: "1E5" is "1e+5" (a message quotes it so).
        if matches!(self.bytes.get(self.at), Some(b'e' | b'E')) {
            self.at += 1;
            let negative = self.eat("-");
            if !negative {
                self.eat("+");
            }
            number.push_str(if negative { "e-" } else { "e+" });
            let from = self.at;
            if !digits(self) {
                return Err(self.error("expected the exponent's digits"));
            }
            number.push_str(&self.text[from..self.at]);
        }
        Ok(Json::Number(number))
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
        let theirs: Result<serde_json::Value, _> = serde_json::from_str(text);
        match (read(text), theirs.map(Json::from)) {
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
            "[1e-+5]",
            "[1e+-5]",
            "[1E-05,2e0,3E+0]",
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
