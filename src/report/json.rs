//! Compact JSON for reports: the same bytes `serde_json::to_writer` writes, with strings
//! escaped eight bytes at a time. A report is about 10 KB of mostly text: serde_json's
//! byte-at-a-time escaping was an eighth of `check --jsonl`, and in the browser one
//! JSON text parsed by the engine's `JSON.parse` is cheaper than building the report
//! object field by field across the wasm boundary (docs/history/speed.md). Only what reports
//! use is written natively: floats go through zmij, as serde_json's own go,
//! and whatever no report holds (bytes, non-string map keys) is refused with an error
//! rather than written differently.

use serde::ser::{self, Serialize};
use std::fmt::Display;

/// Appends `value` as compact JSON to `out`.
pub fn write<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<(), Error> {
    value.serialize(&mut Writer { out })
}

#[derive(Debug)]
pub struct Error(String);

impl Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

pub struct Writer<'a> {
    out: &'a mut Vec<u8>,
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that JSON escapes (a control character, '"' or
/// '\\'), with the usual "byte less than n" and "zero byte" tests: a byte above the
/// first flagged one may be flagged falsely, the lowest flag is exact.
fn escape_mask(x: u64) -> u64 {
    let control = x.wrapping_sub(ONES * 0x20) & !x;
    let quote = x ^ (ONES * u64::from(b'"'));
    let backslash = x ^ (ONES * u64::from(b'\\'));
    (control | (quote.wrapping_sub(ONES) & !quote) | (backslash.wrapping_sub(ONES) & !backslash)) & HIGH
}

/// The position of the first byte at or after `from` that JSON escapes.
fn next_escape(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    // Sixteen bytes a turn while the text is long: one test of both words' masks.
    while let Some(chunk) = bytes.get(i..i + 16) {
        let (mut low, mut high) = ([0u8; 8], [0u8; 8]);
        low.copy_from_slice(&chunk[..8]);
        high.copy_from_slice(&chunk[8..]);
        if escape_mask(u64::from_le_bytes(low)) | escape_mask(u64::from_le_bytes(high)) != 0 {
            break;
        }
        i += 16;
    }
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let mask = escape_mask(u64::from_le_bytes(word));
        if mask != 0 {
            return Some(i + mask.trailing_zeros() as usize / 8);
        }
        i += 8;
    }
    // The last bytes (most keys and short values are nothing else): one more word,
    // padded with a byte JSON leaves as it is.
    let rest = bytes.get(i..).filter(|r| !r.is_empty())?;
    let mut word = [b'a'; 8];
    for (slot, &b) in word.iter_mut().zip(rest) {
        *slot = b;
    }
    let mask = escape_mask(u64::from_le_bytes(word));
    (mask != 0).then(|| i + mask.trailing_zeros() as usize / 8)
}

/// A float as serde_json writes it: through zmij, which serde_json itself calls, so the
/// browser build needs no serde_json for its few floats.
fn write_float<F: zmij::Float>(out: &mut Vec<u8>, v: F, finite: bool) {
    if finite {
        out.extend_from_slice(zmij::Buffer::new().format_finite(v).as_bytes());
    } else {
        out.extend_from_slice(b"null");
    }
}

/// `s` as a JSON string, escaped as serde_json escapes it.
fn write_str(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut start = 0;
    while let Some(at) = next_escape(bytes, start) {
        out.extend_from_slice(&bytes[start..at]);
        let b = bytes[at];
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0C => b"\\f",
            _ => &[b'\\', b'u', b'0', b'0', HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xF)]],
        };
        out.extend_from_slice(escape);
        start = at + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

fn refused(what: &str) -> Error {
    Error(format!("the report holds {what}, which the JSON lines writer does not write"))
}

impl<'a, 'b> ser::Serializer for &'a mut Writer<'b> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, 'b>;
    type SerializeTuple = Compound<'a, 'b>;
    type SerializeTupleStruct = Compound<'a, 'b>;
    type SerializeTupleVariant = Compound<'a, 'b>;
    type SerializeMap = Compound<'a, 'b>;
    type SerializeStruct = Compound<'a, 'b>;
    type SerializeStructVariant = Compound<'a, 'b>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        if v < 0 {
            self.out.push(b'-');
        }
        self.out.extend_from_slice(crate::base::text::decimal(v.unsigned_abs(), &mut [0; 20]).as_bytes());
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.out.extend_from_slice(crate::base::text::decimal(v, &mut [0; 20]).as_bytes());
        Ok(())
    }
    // Floats (suggestion scores) as serde_json writes them: zmij's shortest round trip
    // (serde_json's own writer), null for NaN and infinities.
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        write_float(self.out, v, v.is_finite());
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        write_float(self.out, v, v.is_finite());
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        write_str(self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(refused("bytes"))
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.out.push(b'{');
        write_str(self.out, variant);
        self.out.push(b':');
        value.serialize(&mut *self)?;
        self.out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a, 'b>, Error> {
        self.out.push(b'[');
        Ok(Compound { writer: self, first: true, close: b"]" })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a, 'b>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'a, 'b>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(self, _: &'static str, _: u32, variant: &'static str, _: usize) -> Result<Compound<'a, 'b>, Error> {
        self.out.push(b'{');
        write_str(self.out, variant);
        self.out.extend_from_slice(b":[");
        Ok(Compound { writer: self, first: true, close: b"]}" })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a, 'b>, Error> {
        self.out.push(b'{');
        Ok(Compound { writer: self, first: true, close: b"}" })
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Compound<'a, 'b>, Error> {
        // serde_json's own numbers (arbitrary precision) pass as a one-field struct.
        if name.starts_with("$serde_json::") {
            return Err(refused("a serde_json value"));
        }
        self.serialize_map(None)
    }
    fn serialize_struct_variant(self, _: &'static str, _: u32, variant: &'static str, _: usize) -> Result<Compound<'a, 'b>, Error> {
        self.out.push(b'{');
        write_str(self.out, variant);
        self.out.extend_from_slice(b":{");
        Ok(Compound { writer: self, first: true, close: b"}}" })
    }
}

/// An array or object being written: whether a comma comes before the next entry,
/// and what closes it.
pub struct Compound<'a, 'b> {
    writer: &'a mut Writer<'b>,
    first: bool,
    close: &'static [u8],
}

impl Compound<'_, '_> {
    fn comma(&mut self) {
        if !std::mem::take(&mut self.first) {
            self.writer.out.push(b',');
        }
    }

    /// A struct field's name: a Rust identifier (camelCased by serde), which JSON never
    /// escapes, so written as it is (a test holds every report key to that).
    fn key(&mut self, key: &'static str) {
        self.comma();
        let out = &mut *self.writer.out;
        out.push(b'"');
        out.extend_from_slice(key.as_bytes());
        out.extend_from_slice(b"\":");
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        value.serialize(&mut *self.writer)
    }

    fn end(self) -> Result<(), Error> {
        self.writer.out.extend_from_slice(self.close);
        Ok(())
    }
}

/// The parts serde gives arrays and objects differ only in name: an element (or field)
/// is written the same way in all of them.
macro_rules! elements {
    ($($part:ident :: $add:ident),*) => {$(
        impl ser::$part for Compound<'_, '_> {
            type Ok = ();
            type Error = Error;
            fn $add<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.element(value)
            }
            fn end(self) -> Result<(), Error> {
                Compound::end(self)
            }
        }
    )*};
}

elements!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

macro_rules! fields {
    ($($part:ident),*) => {$(
        impl ser::$part for Compound<'_, '_> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
                self.key(key);
                value.serialize(&mut *self.writer)
            }
            fn end(self) -> Result<(), Error> {
                Compound::end(self)
            }
        }
    )*};
}

fields!(SerializeStruct, SerializeStructVariant);

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    /// A key is written as any value is, and must come out a string (a string, a unit
    /// variant's name, a newtype around one): every report's keys are; anything else is
    /// refused rather than written differently from serde_json.
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.comma();
        let at = self.writer.out.len();
        key.serialize(&mut *self.writer)?;
        if self.writer.out.get(at) != Some(&b'"') {
            return Err(refused("a map key that is no string"));
        }
        self.writer.out.push(b':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.writer)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    fn same_as_serde_json<T: Serialize>(value: &T) {
        let mut ours = Vec::new();
        write(&mut ours, value).unwrap();
        assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string(value).unwrap());
    }

    #[test]
    fn strings_escape_as_serde_json_escapes_them() {
        let mut every_byte: String = (0u8..0x80).map(char::from).collect();
        every_byte.push_str("中文 ¥ \u{2028} é");
        same_as_serde_json(&every_byte);
        // Each escaped byte at every position of an eight-byte word, and none at all.
        for special in ["\"", "\\", "\n", "\u{1}", "\u{1f}", "\u{7f}", " ", "中"] {
            for at in 0..17 {
                let text = format!("{}{special}{}", "a".repeat(at), "b".repeat(17 - at));
                same_as_serde_json(&text);
            }
        }
        same_as_serde_json(&"");
        // Texts shorter than a word (keys, codes, short values), a special at each place.
        for special in ["\"", "\\", "\n", "\u{1f}", "中"] {
            for len in 0..8 {
                for at in 0..len {
                    same_as_serde_json(&format!("{}{special}{}", "x".repeat(at), "y".repeat(len - at - 1)));
                }
            }
        }
        // Several in one word, and control bytes below and above ones that need none.
        same_as_serde_json(&"\"\"\\\n\u{1}a\u{1f}\u{20}\u{21}\"é\u{0}\u{7}\t\r\u{8}\u{c}x");
    }

    #[test]
    fn values_write_as_serde_json_writes_them() {
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Line {
            unit_price: String,
            quantity: u32,
            below: i64,
            score: f64,
            half: f32,
            none: Option<u8>,
            #[serde(skip_serializing_if = "Option::is_none")]
            skipped: Option<u8>,
            kind: Kind,
            list: Vec<(u8, &'static str)>,
            map: std::collections::BTreeMap<&'static str, bool>,
            nan: f64,
        }
        #[derive(Serialize)]
        #[serde(rename_all = "kebab-case")]
        enum Kind {
            OnlyVague,
        }
        let line = Line {
            unit_price: "12.50".into(),
            quantity: u32::MAX,
            below: i64::MIN,
            score: 0.1 + 0.2,
            half: 0.5,
            none: None,
            skipped: None,
            kind: Kind::OnlyVague,
            list: vec![(1, "a\"b"), (2, "")],
            map: [("x", true), ("y", false)].into_iter().collect(),
            nan: f64::NAN,
        };
        same_as_serde_json(&line);
        same_as_serde_json(&Vec::<u8>::new());
        // Keys that are no strings are refused, never written another way.
        let numbered: std::collections::BTreeMap<u8, bool> = [(1, true)].into_iter().collect();
        assert!(write(&mut Vec::new(), &numbered).is_err());
    }
}
