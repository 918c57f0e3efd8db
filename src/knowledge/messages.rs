//! The English and Chinese message catalogue (src/data/raw/messages.tsv), keyed by rule (`<rule>.<case>`), with
//! `{name}` parameters. Messages say what is wrong; `.help` entries say why customs cares
//! and what to do. A key missing in one language falls back to English, and a test
//! checks both languages carry the same parameters.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    pub fn parse(text: &str) -> Option<Lang> {
        match text.trim().to_ascii_lowercase().as_str() {
            "en" | "en-us" | "en-gb" | "english" => Some(Lang::En),
            "zh" | "zh-cn" | "zh-hans" | "zh-tw" | "zh-hant" | "cn" | "chinese" => Some(Lang::Zh),
            _ => None,
        }
    }
}

pub fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    template(lang, key).map(|(text, _)| text)
}

/// The message for `key` and whether it has `{name}` parameters.
fn template(lang: Lang, key: &str) -> Option<(&'static str, bool)> {
    // The catalogue (`src/data/raw/messages.tsv`) is in the reference-data file like every
    // other text: translations are data, and they compress better there. Sorted by key
    // by the generator (a store test holds it to that). (None before the data is loaded:
    // no table, no message.)
    let store = crate::knowledge::data::store();
    let Some(at) = store.message_keys.position(key) else {
        // A destination rule's own message (`destination-rule.<rule>`, its `.help`), in a
        // part of the data: read for such keys only, as other keys are looked up and
        // missed ("field.<name>" first, a finding's own help before its rule's).
        let (en, zh) = key.starts_with("destination-rule.").then(|| store.policy_message(key))??;
        return Some((if lang == Lang::Zh { zh } else { en }, true));
    };
    let (_, en) = *store.messages.get(at)?;
    if lang == Lang::Zh {
        if let Some(zh) = store.message_zh(at) {
            return Some(zh);
        }
    }
    Some((en, store.message_params.get(at).copied().unwrap_or(true)))
}

/// The message for `key`, filled; None if the catalogue lacks it.
pub fn filled(lang: Lang, key: &str, params: &[(&str, &str)]) -> Option<String> {
    template(lang, key).map(|(text, has_params)| if has_params { fill(text, params) } else { text.to_string() })
}

/// Replaces `{name}` with its value; unknown placeholders stay as written.
pub fn fill(template: &str, params: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match params.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The message for `key`, filled; the key itself if the catalogue lacks it (a test
/// makes sure it never does for the keys the rules use).
pub fn text(lang: Lang, key: &str, params: &[(&str, &str)]) -> String {
    filled(lang, key, params).unwrap_or_else(|| key.to_string())
}

/// `"items[2].unitPrice"` -> "Item 3 unit price" / "第3项商品单价".
pub fn field_label(lang: Lang, field: &str) -> String {
    if let Some(rest) = field.strip_prefix("items[") {
        let (index, sub) = rest.split_once(']').unwrap_or((rest, ""));
        let n = index.parse::<usize>().map(|i| (i + 1).to_string()).unwrap_or_else(|_| index.to_string());
        let item = text(lang, "field.item", &[("n", &n)]);
        let sub = sub.trim_start_matches('.');
        if sub.is_empty() {
            return item;
        }
        // "elements.成分含量" -> "declaration elements 成分含量" when there is no label of its own.
        let label = match (lookup(lang, &format!("field.{sub}")), sub.split_once('.')) {
            (Some(label), _) => label.to_string(),
            (None, Some((head, rest))) => match lookup(lang, &format!("field.{head}")) {
                Some(head) => format!("{head} {rest}"),
                None => sub.to_string(),
            },
            (None, None) => sub.to_string(),
        };
        return if lang == Lang::Zh { format!("{item}{label}") } else { format!("{item} {label}") };
    }
    let base = field.split('[').next().unwrap_or(field);
    if let Some(label) = lookup(lang, &format!("field.{base}")) {
        return label.to_string();
    }
    // "shipper.name" -> "Sender name".
    match base.split_once('.').and_then(|(head, rest)| lookup(lang, &format!("field.{head}")).map(|h| (h, rest))) {
        Some((head, rest)) => format!("{head} {rest}"),
        None => field.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(t: &str) -> Vec<String> {
        let mut v: Vec<String> = t.split('{').skip(1).filter_map(|s| s.split_once('}').map(|(p, _)| p.to_string())).collect();
        v.sort();
        v
    }

    #[test]
    fn languages_carry_the_same_parameters() {
        let mut keys = std::collections::HashSet::new();
        let store = crate::knowledge::data::store();
        assert!(store.messages.len() > 150);
        for (at, (key, en)) in store.messages.iter().enumerate() {
            let zh = store.message_zh(at).map_or("", |(zh, _)| zh);
            assert!(keys.insert(key), "duplicate key {key}");
            assert_eq!(placeholders(en), placeholders(zh), "{key}");
            assert!(!en.is_empty() && !zh.is_empty(), "{key}");
        }
    }

    /// A destination rule's messages come from their part of the data, in the report's
    /// language; a key nothing has stays unknown.
    #[test]
    fn destination_rules_messages_are_found_in_their_part() {
        let en = filled(Lang::En, "destination-rule.gb-kratom", &[("text", "Kratom 100g")]).unwrap_or_default();
        assert!(en.starts_with("\"Kratom 100g\" is kratom") && en.contains("Psychoactive Substances Act"), "{en}");
        assert!(lookup(Lang::Zh, "destination-rule.gb-kratom.help").is_some_and(|zh| zh.contains("卡痛")));
        assert!(lookup(Lang::En, "destination-rule.gb-kratom").is_some_and(|t| !t.contains("卡痛")));
        assert!(lookup(Lang::En, "destination-rule.no-such-rule").is_none());
        assert!(!crate::knowledge::data::store().messages.iter().any(|(key, _)| key.starts_with("destination-rule.gb-kratom")));
    }

    #[test]
    fn fills_and_labels() {
        assert_eq!(fill("a {x} b {y}", &[("x", "1")]), "a 1 b {y}");
        assert_eq!(field_label(Lang::En, "items[2].unitPrice"), "Item 3 unit price");
        assert_eq!(field_label(Lang::Zh, "items[0].hsCode"), "第1项商品HS编码");
        assert_eq!(field_label(Lang::En, "destination"), "Destination country");
    }
}
