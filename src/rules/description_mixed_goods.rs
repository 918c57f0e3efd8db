use crate::facts::goods::ItemFacts;
use crate::knowledge::data::store::{in_word_list, word_list, Product};
use crate::knowledge::hs::{heading_of, is_qualifier_start, products_in};
use crate::report::Finding;
use crate::rules::context::Context;

declare_rule! {
    /// **What it checks**: that a line's description (or its Chinese name) names one kind
    /// of goods, not two joined by "+", "&", "and" (和, 及, 与), a comma, a semicolon or a
    /// slash ("PHONE CASE + CABLE", "hat, gloves") whose HS headings differ. Only short
    /// ones (eight words at most) are read: a listing title's commas join its keywords. A
    /// set put up for retail sale ("set", "kit", "bundle") is one line, and so is "salt and
    /// pepper grinder", where the first word shares the second's noun, and so are the
    /// functions of one device ("Bluetooth speaker & FM radio", "phone holder / charger").
    /// **Why customs cares**: each kind of goods is classified under its own HS code and
    /// declared with its own quantity and value (UPU CN22/CN23: "quantity and detailed
    /// description of contents" per article; China's declarations one line per code). One
    /// line for two kinds hides one of them from the code, the value and the duty.
    /// **What to do**: declare each kind on a line of its own, with its quantity, value and
    /// HS code; or, for goods sold together as one retail set, say so ("phone case and
    /// cable set").
    pub static RULE = "description-mixed-goods", "PC204", Warning;
}

/// The most words a description may have for its joiners to be read as joining goods,
/// and the most bytes (a Chinese name runs its words together: 24 characters).
const MOST_WORDS: usize = 8;
const MOST_BYTES: usize = 72;

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let joiners = word_list("mixed-goods-joiners");
    for (item, facts) in ctx.decl.items.iter().zip(&ctx.items) {
        // The Chinese name too (手机壳+数据线), and once a line: the first field that mixes.
        for (field, text) in [("description", &item.description), ("descriptionZh", &item.description_zh)] {
            // Measured before anything is made of the text (most lines are listing titles),
            // in one pass: its words, and whether anything joins two parts.
            let Some(text) = text.as_deref().filter(|t| t.len() <= MOST_BYTES) else { continue };
            let (mut words, mut joined) = (0, false);
            for word in text.split(' ') {
                words += 1;
                joined |= word.chars().any(is_joiner) || is_joiner_word(joiners, word);
            }
            // "Hook and loop tape", "salt and pepper": phrases whose "and" joins no goods.
            if words > MOST_WORDS || !joined || facts.phrases.any_of_list("mixed-goods-phrases") {
                continue;
            }
            let Some((first, second)) = two_kinds(text, joiners, facts) else { continue };
            let params = [("text", text.trim()), ("first", first), ("second", second)];
            out.push(ctx.finding(&RULE, item.field(field), "description-mixed-goods", &params));
            break;
        }
    }
}

/// The first two parts of `text` that name goods of different HS headings, as written,
/// when every part names goods and the line's words name no set.
fn two_kinds<'t>(text: &'t str, joiners: &[&str], facts: &ItemFacts) -> Option<(&'t str, &'t str)> {
    let parts = parts_of(text, joiners);
    if parts.len() < 2
        || facts.words().iter().any(|w| in_word_list("mixed-goods-sets", w))
        || parts.iter().all(|part| is_device_function(part))
    {
        return None;
    }
    let named: Vec<(&str, &'static Product)> =
        parts.iter().filter_map(|part| Some((*part, products_in(part).into_iter().find(|m| m.as_goods)?.product))).collect();
    // Every part names goods, or the joiners list a title's keywords ("Flower, sculpture,
    // ceramics": one ceramic flower sculpture), not goods.
    if named.len() < parts.len() {
        return None;
    }
    for (i, &(first, a)) in named.iter().enumerate() {
        for &(second, b) in &named[i + 1..] {
            if !shares_heading(a, b) && !shares_noun(first, second, b) {
                return Some((first, second));
            }
        }
    }
    None
}

/// The description's main phrase (up to a qualifier such as "for" or "with") cut at its
/// joiners: "+", "&", ",", ";", "/" and the words of `mixed-goods-joiners` ("and"), each
/// part trimmed, empty ones left out.
fn parts_of<'t>(text: &'t str, joiners: &[&str]) -> Vec<&'t str> {
    let mut parts = Vec::new();
    let (mut start, mut word_start) = (0, 0);
    // A space after the text ends its last word.
    for (at, c) in text.char_indices().chain([(text.len(), ' ')]) {
        if c == ' ' {
            let word = &text[word_start..at];
            // What follows "for" or "with" is what the goods fit or hold ("Controller for
            // PC and Switch"), not goods of the line.
            if word_start > 0 && is_qualifier_start(&word.to_ascii_lowercase()) {
                parts.push(text[start..word_start].trim());
                start = text.len();
                break;
            }
            if is_joiner_word(joiners, word) {
                parts.push(text[start..word_start].trim());
                start = at;
            }
            word_start = at + 1;
        } else if is_joiner(c) {
            parts.push(text[start..at].trim());
            // The next part starts after the joiner, which may take more than a byte (、).
            (start, word_start) = (at + c.len_utf8(), at + c.len_utf8());
        }
    }
    parts.push(text[start..].trim());
    parts.retain(|p| !p.is_empty());
    parts
}

/// The characters that join two parts of a description, in English and in Chinese,
/// where "and" (和, 及, 与) is a character of its own, written without spaces (手机壳和数据线).
/// Inside a word (和服, 温和) it leaves a part that names no goods, which is not read.
fn is_joiner(c: char) -> bool {
    matches!(c, '+' | '&' | ',' | ';' | '/' | '、' | '，' | '；' | '＋' | '和' | '及' | '与')
}

/// A word of `joiners` (the list `mixed-goods-joiners`: "and"), in any case: compared
/// with the list's few words rather than made lower case first.
fn is_joiner_word(joiners: &[&str], word: &str) -> bool {
    joiners.iter().any(|j| word.eq_ignore_ascii_case(j))
}

/// Whether a part names what one device may do besides its main function: its last word
/// (a Chinese part: its ending) is in `mixed-goods-functions` ("FM radio", "charger").
fn is_device_function(part: &str) -> bool {
    let last = part.rsplit(' ').next().unwrap_or(part);
    word_list("mixed-goods-functions").iter().any(|f| last.eq_ignore_ascii_case(f) || (!f.is_ascii() && part.ends_with(f)))
}

/// Whether any code of one product falls in a heading of the other's: synonyms and
/// goods of one kind ("shampoo & conditioner", "phone case/cover") are one line.
fn shares_heading(a: &Product, b: &Product) -> bool {
    a.hs.iter().any(|&x| b.hs.iter().any(|&y| heading_of(x) == heading_of(y)))
}

/// "Salt and pepper grinder": a one-word first part that, put before the second part's
/// last word, names the second part's goods ("salt grinder") shares that noun.
fn shares_noun(first: &str, second: &str, second_goods: &Product) -> bool {
    if first.contains(' ') || second.split_whitespace().count() < 2 {
        return false;
    }
    let noun = second.split_whitespace().last().unwrap_or("");
    products_in(&[first, " ", noun].concat()).first().is_some_and(|m| std::ptr::eq(m.product, second_goods))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use serde_json::json;

    #[test]
    fn table() {
        for (text, fires) in [
            ("PHONE CASE + CABLE", true),
            ("Hat, gloves", true),
            ("USB cable & wall charger", true),
            ("T-shirt and jeans", true),
            ("Phone case and cable set", false),
            ("Shampoo & conditioner", false),
            ("Phone case / cover", false),
            ("Salt and pepper grinder", false),
            ("Women's knitted cotton T-shirt", false),
            ("Black and white dress", false),
            ("Wireless Game Controller for PC and Switch", false),
            ("Velcro Hook and Loop Tape", false),
            ("Flower, sculpture, ceramics, lantern flower", false),
            ("Hat and gloves with gift box", true),
            // One device's functions; a cable is no function of a charger.
            ("Bluetooth Speaker & FM Radio", false),
            ("Phone holder / charger", false),
            ("LED desk lamp + wireless charger", false),
            ("蓝牙音箱+收音机", false),
            ("Phone case & wireless charger", true),
            ("手机壳+数据线", true),
            ("手机壳、手机套", false),
            ("手机壳和数据线", true),
            ("不锈钢刀与砧板", true),
            ("和田玉手镯", false),
            ("温和洁面乳", false),
            ("适用于苹果和三星手机壳", false),
            ("女士针织棉T恤", false),
            // Joiners with nothing on one side, or nothing else.
            ("+ CABLE", false),
            ("Phone case and", false),
            ("and , + / ;", false),
            // A listing title's commas join its keywords.
            ("Wireless Earbuds, Bluetooth 5.3 Headphones with Charging Case, Deep Bass, IPX7 Waterproof", false),
        ] {
            let f = fired(with(base(), "/items/0/description", json!(text)), "description-mixed-goods");
            assert_eq!(!f.is_empty(), fires, "{text}: {f:?}");
        }
        let f = fired(with(base(), "/items/0/description", json!("PHONE CASE + CABLE")), "description-mixed-goods");
        assert_eq!(f[0].field, "items[0].description");
        assert!(f[0].message.contains("PHONE CASE") && f[0].message.contains("CABLE"), "{}", f[0].message);
        assert!(f[0].next.is_some(), "a warning says what customs does");
        // The Chinese name is read too, on its own field.
        let zh = with(base(), "/items/0/descriptionZh", json!("手机壳+数据线"));
        let f = fired(zh, "description-mixed-goods");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].field, "items[0].descriptionZh");
    }
}
