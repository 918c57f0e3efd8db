//! Amounts, currencies and conversion. Money is `rust_decimal::Decimal` from input to
//! output: read from the text a person typed (or the digits of a JSON number), added and
//! multiplied exactly, converted with reference rates, and written back as a string.

use crate::base::date::Date;
use crate::knowledge::data;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

/// Why a piece of text is not a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberProblem {
    Empty,
    /// Not a number; carries a corrected form when one is obvious ("12,50" -> "12.50").
    NotANumber {
        suggestion: Option<String>,
    },
    TooLarge,
}

/// UPU: a CN22 covers items up to 300 SDR; above it a CN23 is needed (the channel
/// advice, the documents and the printed CN 22 read it).
pub const CN22_LIMIT_SDR: u32 = 300;

/// Reads a decimal the way people type it: ASCII or full-width digits, an optional sign,
/// a decimal point, thousands separators in their places ("1,234.50"), and the exponent
/// form JSON numbers may carry ("1e3"). Anything else is refused, never guessed.
pub fn parse_decimal(raw: &str) -> Result<Decimal, NumberProblem> {
    match parse_strict(raw) {
        Err(NumberProblem::NotANumber { .. }) => Err(NumberProblem::NotANumber { suggestion: suggest_number(raw.trim()) }),
        other => other,
    }
}

/// The reading itself, without suggestions (so suggesting can use it).
fn parse_strict(raw: &str) -> Result<Decimal, NumberProblem> {
    let text: String = raw
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' | '。' => '.',
            '，' => ',',
            '－' => '-',
            '＋' => '+',
            _ => c,
        })
        .collect();
    let text = text.strip_prefix('+').unwrap_or(&text);
    if text.is_empty() {
        return Err(NumberProblem::Empty);
    }
    if text.contains(['e', 'E']) {
        // Well-formed exponent notation that does not fit is too large, anything else is no number.
        let plain = text.split_once(['e', 'E']).is_some_and(|(m, e)| {
            let m = m.strip_prefix('-').unwrap_or(m);
            let e = e.strip_prefix(['-', '+']).unwrap_or(e);
            !m.is_empty()
                && m.bytes().any(|b| b.is_ascii_digit())
                && m.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                && m.matches('.').count() <= 1
                && is_digits(e)
        });
        return match text.split_once(['e', 'E']).and_then(|(m, e)| scientific(m, e)) {
            Some(d) if plain => Ok(d),
            _ if plain => Err(NumberProblem::TooLarge),
            _ => Err(NumberProblem::NotANumber { suggestion: None }),
        };
    }
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (int_part, frac_part) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let int_ok = is_digits(int_part) || is_grouped_thousands(int_part);
    let frac_ok = frac_part.map_or(true, |f| f.is_empty() || is_digits(f));
    let has_digit = !int_part.is_empty() || frac_part.is_some_and(|f| !f.is_empty());
    if !(int_ok || int_part.is_empty()) || !frac_ok || !has_digit {
        return Err(NumberProblem::NotANumber { suggestion: None });
    }
    let mut canonical = String::with_capacity(digits.len() + 1);
    if negative {
        canonical.push('-');
    }
    canonical.extend(int_part.chars().filter(|c| *c != ','));
    if canonical.is_empty() || canonical == "-" {
        canonical.push('0');
    }
    if let Some(f) = frac_part {
        if !f.is_empty() {
            canonical.push('.');
            canonical.push_str(f);
        }
    }
    // Past 28 significant digits a Decimal cannot hold the value exactly: refuse it.
    Decimal::from_str_exact(&canonical).map_err(|_| NumberProblem::TooLarge)
}

/// `mantissa` x 10^`exponent`, exactly, as `Decimal::from_scientific` reads it (its
/// lossy reading of a long mantissa apart: more than 28 digits are refused here, as in
/// plain numbers). Our own because `from_scientific` pulls the whole lossy parser into
/// the wasm module for this one rare form.
fn scientific(mantissa: &str, exponent: &str) -> Option<Decimal> {
    let mut value = Decimal::from_str_exact(mantissa).ok()?;
    let scale = value.scale();
    if let Some(down) = exponent.strip_prefix('-') {
        let down: u32 = down.parse().ok().filter(|d| *d <= Decimal::MAX_SCALE)?;
        value.set_scale(scale + down).ok()?;
    } else {
        let up: u32 = exponent.parse().ok()?;
        if up <= scale {
            value.set_scale(scale - up).ok()?;
        } else if up <= Decimal::MAX_SCALE {
            for _ in 0..up {
                value = value.checked_mul(Decimal::TEN)?;
            }
            value = value.normalize();
        } else {
            return None;
        }
    }
    Some(value)
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn is_grouped_thousands(s: &str) -> bool {
    let mut groups = s.split(',');
    let first = groups.next().unwrap_or("");
    s.contains(',') && (1..=3).contains(&first.len()) && is_digits(first) && groups.all(|g| g.len() == 3 && is_digits(g))
}

/// "12,50" -> "12.50"; "$12.50" / "12.50 USD" -> "12.50".
fn suggest_number(text: &str) -> Option<String> {
    let kept: String = text.chars().filter(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-')).collect();
    let candidate = match kept.matches(',').count() {
        1 if !kept.contains('.') && kept.rsplit(',').next().is_some_and(|f| f.len() != 3) => kept.replace(',', "."),
        // "1.234,56": dots group the thousands and the comma is the decimal point, as
        // much of Europe writes amounts.
        1 if dots_group_thousands(&kept) => kept.replace('.', "").replace(',', "."),
        _ => kept,
    };
    match parse_decimal_plain(&candidate) {
        Some(_) if candidate != text => Some(candidate),
        _ => None,
    }
}

/// An amount as a file written with decimal commas holds it ("12,50", "1.234,56", a
/// spreadsheet's semicolon-separated export in much of Europe and Russia), written with
/// a decimal point; None when the text has no decimal comma to read.
pub fn from_decimal_comma(text: &str) -> Option<String> {
    let text = text.trim();
    let (int, frac) = text.split_once(',')?;
    let plain = is_digits(int.trim_start_matches('-')) && is_digits(frac);
    (plain || dots_group_thousands(text)).then(|| format!("{}.{frac}", int.replace('.', "")))
}

/// "1.234,56", "12.345.678,9": groups of three digits after dots, then a comma and digits.
fn dots_group_thousands(text: &str) -> bool {
    let Some((int, frac)) = text.split_once(',') else { return false };
    let mut groups = int.trim_start_matches('-').split('.');
    let first_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()) && is_digits(g));
    let rest: Vec<&str> = groups.collect();
    first_ok && !rest.is_empty() && rest.iter().all(|g| g.len() == 3 && is_digits(g)) && !frac.is_empty() && is_digits(frac)
}

fn parse_decimal_plain(text: &str) -> Option<Decimal> {
    if text.is_empty() || text.contains(['e', 'E']) || text.chars().any(|c| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '-'))) {
        return None;
    }
    parse_strict(text).ok()
}

/// Rounds for display to the currency's minor unit (half away from zero); comparisons
/// always use the unrounded amount.
pub fn round_for_display(amount: Decimal, currency: &str) -> Decimal {
    amount.round_dp_with_strategy(minor_digits(currency), RoundingStrategy::MidpointAwayFromZero)
}

/// The currency's minor digits (ISO 4217; 2 when unknown).
fn minor_digits(currency: &str) -> u32 {
    match data::currency_minor_unit(currency) {
        Some(d) if d <= 4 => u32::from(d),
        _ => 2,
    }
}

/// "1234.567" in EUR -> "1234.57": rounded to the currency's minor digits, never padded
/// ("5000" stays "5000"; a limit reads better whole; `exact_amount` pads).
pub fn format_amount(amount: Decimal, currency: &str) -> String {
    text(round_for_display(amount, currency))
}

/// An exact amount as an invoice shows it: at least the currency's minor digits ("63.0"
/// in USD -> "63.00"), and every digit it has past them ("0.999" stays "0.999").
pub fn exact_amount(amount: Decimal, currency: &str) -> String {
    let shown = amount.normalize();
    // Padded by multiplying by one written with the missing zeros ("1.00"): exact, and
    // no rescaling routine in the wasm module for it.
    let missing = minor_digits(currency).saturating_sub(shown.scale());
    text(if missing > 0 { shown * Decimal::new(10i64.pow(missing), missing) } else { shown })
}

/// `amount` as rust_decimal's `Display` writes it (every digit of its scale, "-" for a
/// negative amount, negative zero included), without the formatting machinery: reports
/// write a dozen amounts each (a test compares the two on many values).
pub fn text(amount: Decimal) -> String {
    let scale = amount.scale() as usize;
    // The digits, least significant first, padded with zeros to the scale.
    // The 96-bit mantissa as three 32-bit limbs, divided by 10 in 64-bit steps (no
    // 128-bit division routine in the wasm module for this).
    let m = amount.mantissa().unsigned_abs();
    let mut limbs = [(m >> 64) as u32, (m >> 32) as u32, m as u32];
    let (mut digits, mut n) = ([0u8; 40], 0);
    while limbs != [0; 3] {
        let mut rest = 0u64;
        for limb in &mut limbs {
            let current = rest << 32 | u64::from(*limb);
            *limb = (current / 10) as u32;
            rest = current % 10;
        }
        digits[n] = b'0' + rest as u8;
        n += 1;
    }
    while n < scale {
        digits[n] = b'0';
        n += 1;
    }
    let mut out = String::with_capacity(n + 3);
    if amount.is_sign_negative() {
        out.push('-');
    }
    if n == scale {
        out.push('0');
    }
    out.extend(digits[scale..n].iter().rev().map(|&d| char::from(d)));
    if scale > 0 {
        out.push('.');
        out.extend(digits[..scale].iter().rev().map(|&d| char::from(d)));
    }
    out
}

/// Converts amounts and records every rate it relied on, for the report's `exchangeRates`.
pub struct Converter<'a> {
    pub rates: &'a Rates,
    pub used: &'a mut Vec<RateUsed>,
}

impl Converter<'_> {
    pub fn convert(&mut self, amount: Decimal, from: &str, to: &str) -> Option<Decimal> {
        let (value, chain) = self.rates.convert(amount, from, to)?;
        for rate in chain.rates() {
            if !self.used.contains(rate) {
                self.used.push(rate.clone());
            }
        }
        Some(value)
    }
}

/// The rates one conversion went through (none, one, or two via EUR, USD or the SDR),
/// borrowed and held inline: a check converts a dozen times and most callers want
/// only the value.
#[derive(Debug, Clone, Copy)]
pub struct Chain<'a>([Option<&'a RateUsed>; 2]);

impl<'a> Chain<'a> {
    pub fn rates(self) -> impl Iterator<Item = &'a RateUsed> {
        self.0.into_iter().flatten()
    }
}

/// One exchange rate the report relied on.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RateUsed {
    pub base: String,
    pub quote: String,
    /// Units of `quote` for one `base`, as published.
    pub rate: String,
    pub date: String,
    pub source: String,
}

/// A rate the host page supplies in `options.rates`, fresher than the embedded ones.
#[derive(Debug, Clone)]
pub struct SuppliedRate {
    pub base: String,
    pub quote: String,
    pub rate: Decimal,
    pub date: String,
    pub source: String,
}

#[derive(Debug, Clone)]
struct Edge {
    from: String,
    to: String,
    /// Units of `to` per one `from`.
    factor: Decimal,
    used: RateUsed,
}

/// The reference rates in force for one check: embedded ECB/IMF rates, overridden pair
/// by pair by any the caller supplied.
#[derive(Debug, Clone, Default)]
pub struct Rates {
    /// The embedded rates alone are built once and shared by every check (parsing them
    /// per check was 7% of `check --jsonl`); supplied rates make a set of their own.
    edges: std::borrow::Cow<'static, [Edge]>,
    /// Positions in `edges` sorted by (from, to), stably: a pair's first edge (a supplied
    /// rate before an embedded one) is found by binary search, not by a walk.
    by_pair: std::borrow::Cow<'static, [usize]>,
    /// The pairs of `by_pair` as numbers ([`code_key`]), in its order: a check looks pairs
    /// up a dozen times, and numbers compare without a string comparison. Empty when a
    /// code is too long to be one.
    keys: std::borrow::Cow<'static, [(u64, u64)]>,
}

/// A code of up to 7 bytes as a number that sorts as the string does: its
/// [`prefix_key`](crate::base::order::prefix_key), whose last byte is then free, holding
/// the length (so "AB" and "AB\0" differ).
fn code_key(code: &str) -> Option<u64> {
    (code.len() <= 7).then(|| crate::base::order::prefix_key(code) | code.len() as u64)
}

type Indexed = (Vec<Edge>, Vec<usize>, Vec<(u64, u64)>);

impl Rates {
    pub fn new(supplied: &[SuppliedRate]) -> Rates {
        use std::borrow::Cow;
        if supplied.is_empty() {
            static EMBEDDED: std::sync::OnceLock<Indexed> = std::sync::OnceLock::new();
            let (edges, by_pair, keys) = EMBEDDED.get_or_init(|| Rates::indexed(Rates::build(&[])));
            return Rates { edges: Cow::Borrowed(edges), by_pair: Cow::Borrowed(by_pair), keys: Cow::Borrowed(keys) };
        }
        let (edges, by_pair, keys) = Rates::indexed(Rates::build(supplied));
        Rates { edges: Cow::Owned(edges), by_pair: Cow::Owned(by_pair), keys: Cow::Owned(keys) }
    }

    fn indexed(edges: Vec<Edge>) -> Indexed {
        let by_pair =
            crate::base::order::sorted_positions(edges.len(), &mut |a, b| (&edges[a].from, &edges[a].to) < (&edges[b].from, &edges[b].to));
        let mut keys = Vec::with_capacity(by_pair.len());
        for &i in &by_pair {
            match (code_key(&edges[i].from), code_key(&edges[i].to)) {
                (Some(from), Some(to)) => keys.push((from, to)),
                // A code too long for a number: every pair compared as strings.
                _ => return (edges, by_pair, Vec::new()),
            }
        }
        (edges, by_pair, keys)
    }

    /// The first edge from `from` to `to`, in the order the rates were added.
    fn edge(&self, from: &str, to: &str) -> Option<&Edge> {
        if let (false, Some(from), Some(to)) = (self.keys.is_empty(), code_key(from), code_key(to)) {
            let at = self.keys.partition_point(|&k| k < (from, to));
            return (self.keys.get(at) == Some(&(from, to))).then(|| &self.edges[self.by_pair[at]]);
        }
        let key = |i: usize| (self.edges[i].from.as_str(), self.edges[i].to.as_str());
        let at = self.by_pair.partition_point(|&i| key(i) < (from, to));
        self.by_pair.get(at).filter(|&&i| key(i) == (from, to)).map(|&i| &self.edges[i])
    }

    fn build(supplied: &[SuppliedRate]) -> Vec<Edge> {
        let mut edges = Vec::new();
        let mut push = |base: &str, quote: &str, rate: Decimal, date: &str, source: &str| {
            if rate <= Decimal::ZERO {
                return;
            }
            let used = RateUsed {
                base: base.to_string(),
                quote: quote.to_string(),
                rate: rate.normalize().to_string(),
                date: date.to_string(),
                source: source.to_string(),
            };
            let inverse = Decimal::ONE.checked_div(rate);
            edges.push(Edge { from: base.to_string(), to: quote.to_string(), factor: rate, used: used.clone() });
            if let Some(inv) = inverse {
                edges.push(Edge { from: quote.to_string(), to: base.to_string(), factor: inv, used });
            }
        };
        for s in supplied {
            push(&s.base, &s.quote, s.rate, &s.date, &s.source);
        }
        for (base, quote, rate, date, source, _confidence) in data::fx_rates() {
            let overridden = supplied.iter().any(|s| (s.base == *base && s.quote == *quote) || (s.base == *quote && s.quote == *base));
            if let (false, Ok(rate)) = (overridden, Decimal::from_str_exact(rate)) {
                push(base, quote, rate, date, source);
            }
        }
        edges
    }

    /// Converts exactly (to 28 significant digits) along the shortest chain of rates,
    /// at most two hops (through EUR, USD or the SDR). Returns the rates it used.
    /// The rates come back borrowed: most callers only want the value, and the others
    /// copy a rate once, when the report first uses it.
    pub fn convert(&self, amount: Decimal, from: &str, to: &str) -> Option<(Decimal, Chain<'_>)> {
        if from == to {
            return Some((amount, Chain([None, None])));
        }
        if let Some(e) = self.edge(from, to) {
            return Some((amount.checked_mul(e.factor)?, Chain([Some(&e.used), None])));
        }
        for via in ["EUR", "USD", "XDR"] {
            let (first, second) = (self.edge(from, via), self.edge(via, to));
            if let (Some(a), Some(b)) = (first, second) {
                let value = amount.checked_mul(a.factor)?.checked_mul(b.factor)?;
                return Some((value, Chain([Some(&a.used), Some(&b.used)])));
            }
        }
        None
    }

    /// The newest rate date among the embedded rates: how old the conversions may be.
    pub fn embedded_date() -> Option<Date> {
        data::fx_rates().iter().filter_map(|r| Date::parse(r.3)).max()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_what_display_writes() {
        let mut values =
            vec![Decimal::ZERO, -Decimal::ZERO, Decimal::MAX, Decimal::MIN, Decimal::ONE, Decimal::new(-1, 28), Decimal::new(0, 5)];
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..5000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let mantissa = (i128::from(x as i64) * i128::from((x >> 40) as u16)) >> (x % 50);
            values.push(Decimal::try_from_i128_with_scale(mantissa, (x % 29) as u32).unwrap_or(Decimal::ONE));
            values.push(Decimal::new((x % 1000) as i64 - 500, (x % 7) as u32));
        }
        let mut negative_zero = Decimal::new(0, 3);
        negative_zero.set_sign_negative(true);
        values.push(negative_zero);
        for v in values {
            assert_eq!(text(v), v.to_string(), "{v:?}");
        }
    }

    #[test]
    fn code_keys_sort_as_the_codes() {
        let codes = ["", "A", "AB", "AB\0", "ABC", "ABD", "B", "EUR", "USD", "XDR", "ABCDEFG", "é"];
        for a in codes {
            for b in codes {
                assert_eq!(code_key(a).cmp(&code_key(b)), a.cmp(b), "{a:?} {b:?}");
            }
        }
        assert_eq!(code_key("ABCDEFGH"), None);
    }

    fn d(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    #[test]
    fn reads_what_people_type() {
        let cases = [
            ("12.50", "12.50"),
            ("  7 ", "7"),
            ("+3", "3"),
            ("-2.5", "-2.5"),
            ("1,234.50", "1234.50"),
            ("1,234,567", "1234567"),
            ("１２．５", "12.5"),
            (".5", "0.5"),
            ("5.", "5"),
            ("1e3", "1000"),
            ("2.5E-1", "0.25"),
            ("0.1", "0.1"),
        ];
        for (input, want) in cases {
            assert_eq!(parse_decimal(input).map(|v| v.to_string()), Ok(want.to_string()), "{input}");
        }
    }

    /// Our exponent reading agrees with rust_decimal's wherever the mantissa fits.
    #[test]
    fn exponents_read_as_rust_decimal_reads_them() {
        for mantissa in ["0", "1", "12.5", "-2.5", "0.001", "7922816251426433759354395033", "1.000"] {
            for exponent in ["0", "1", "+2", "-1", "-3", "10", "27", "28", "29", "-28", "-29", "400"] {
                let ours = scientific(mantissa, exponent);
                let theirs = Decimal::from_scientific(&format!("{mantissa}e{exponent}")).ok();
                assert_eq!(ours, theirs, "{mantissa}e{exponent}");
                assert_eq!(ours.map(|d| d.to_string()), theirs.map(|d| d.to_string()), "{mantissa}e{exponent}");
            }
        }
    }

    #[test]
    fn reads_decimal_commas_where_the_file_uses_them() {
        for (text, want) in [("12,50", Some("12.50")), ("1.234,56", Some("1234.56")), ("-0,5", Some("-0.5")), ("1,234", Some("1.234"))] {
            assert_eq!(from_decimal_comma(text).as_deref(), want, "{text}");
        }
        for text in ["12", "12.50", "1,2,3", "1.23,4", "abc,5", ",5", "5,"] {
            assert_eq!(from_decimal_comma(text), None, "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        assert_eq!(parse_decimal(""), Err(NumberProblem::Empty));
        assert_eq!(parse_decimal("   "), Err(NumberProblem::Empty));
        for bad in ["abc", "1.2.3", "12,5", "$12.50", "12.50 USD", "--1", "1,23,4", ".", "-", "1e", "NaN", "∞"] {
            assert!(matches!(parse_decimal(bad), Err(NumberProblem::NotANumber { .. })), "{bad}");
        }
        assert_eq!(parse_decimal("12,50"), Err(NumberProblem::NotANumber { suggestion: Some("12.50".into()) }));
        assert_eq!(parse_decimal("$12.50"), Err(NumberProblem::NotANumber { suggestion: Some("12.50".into()) }));
        assert_eq!(parse_decimal("1.234,56"), Err(NumberProblem::NotANumber { suggestion: Some("1234.56".into()) }));
        assert_eq!(parse_decimal("€ 12.345.678,9"), Err(NumberProblem::NotANumber { suggestion: Some("12345678.9".into()) }));
        assert_eq!(parse_decimal("1 234,56"), Err(NumberProblem::NotANumber { suggestion: Some("1234.56".into()) }));
        // Not grouped by thousands: no guess.
        assert_eq!(parse_decimal("1.23,4"), Err(NumberProblem::NotANumber { suggestion: None }));
        assert_eq!(parse_decimal("99999999999999999999999999999999"), Err(NumberProblem::TooLarge));
        assert_eq!(parse_decimal("1e400"), Err(NumberProblem::TooLarge));
    }

    #[test]
    fn converts_exactly_through_reference_rates() {
        let rates = Rates::new(&[]);
        let (eur, used) = rates.convert(d("112.25"), "USD", "EUR").unwrap();
        assert_eq!(round_for_display(eur, "EUR"), d("100.00"));
        assert_eq!(used.rates().next().unwrap().date, "2026-10-02");
        // CNY -> GBP goes through EUR.
        let (_, used) = rates.convert(d("100"), "CNY", "GBP").unwrap();
        assert_eq!(used.rates().count(), 2);
        assert!(rates.convert(d("1"), "USD", "ZZZ").is_none());
    }

    #[test]
    fn supplied_rates_win() {
        let supplied =
            SuppliedRate { base: "EUR".into(), quote: "USD".into(), rate: d("1.25"), date: "2026-11-20".into(), source: "host".into() };
        let rates = Rates::new(&[supplied]);
        let (eur, used) = rates.convert(d("125"), "USD", "EUR").unwrap();
        assert_eq!(eur, d("100"));
        assert_eq!(used.rates().next().unwrap().source, "host");
    }
}
