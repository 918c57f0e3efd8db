use crate::input::declaration::Item;
use crate::knowledge::data::china::{self, Evidence, TARIFF_SOURCE};
use crate::knowledge::messages::Lang;
use crate::knowledge::phrases::Found;
use crate::report::Finding;
use crate::rules::context::Context;

declare_rule! {
    /// **What it checks**: for a shipment that files a list (申报清单) or a declaration
    /// form (低值货物 or 报关单), the declaration elements (申报要素) China's 2026 tariff
    /// requires for each line's code (its 10-digit line, or what all the 10-digit lines
    /// under a shorter code share), and which of them the line does not state: in
    /// `elements` by their Chinese name, or in its descriptions, material and brand
    /// (composition with percentages, knitted or woven, brand, model, use, ...).
    /// **Why customs cares**: the elements are how customs checks the code and the value;
    /// a declaration without them is sent back for correction (改单, with its fees and
    /// delay) or held for review.
    /// **What to do**: state each missing element, e.g. `"elements": {"成分含量": "100%棉",
    /// "品牌类型": "无品牌", "出口享惠情况": "不享惠"}`. GTIN, CAS and "other" are asked
    /// only where they exist and are never reported.
    /// **Source**: China customs tariff 2026 (declaration elements by 10-digit code);
    /// GACC guidance on declaration standardisation (规范申报目录).
    pub static RULE = "declaration-elements-missing", "PC307", Warning;
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    if !ctx.clearance.files_form {
        return;
    }
    for (item, facts) in ctx.decl.items.iter().zip(&ctx.items) {
        if facts.cn_lines.is_empty() {
            continue;
        }
        // Each element's base name and entry looked up once, for every question below.
        let missing: Vec<(&str, &str, Option<&china::ElementName>)> = china::shared_elements(facts.cn_lines)
            .into_iter()
            .map(|name| {
                let base = china::element_base(name);
                (name, base, china::element_name(base))
            })
            .filter(|&(name, _, known)| !china::ElementName::is_optional(name, known))
            .filter(|&(name, base, known)| !states(item, &facts.phrases, &facts.folded, name, base, known))
            .collect();
        if missing.is_empty() {
            continue;
        }
        let code = facts.valid_digits().unwrap_or("");
        let mut shown = String::new();
        for (i, (name, base, _)) in missing.iter().enumerate() {
            if i > 0 {
                shown.push_str("; ");
            }
            shown.push_str(name);
            // English from the chapter's part, which the lines above came from (a Chinese
            // report shows none: no lookup).
            if let Some(en) = (ctx.lang == Lang::En).then(|| china::element_en(code, base)).flatten() {
                shown.push_str(" [");
                shown.push_str(en);
                shown.push(']');
            }
        }
        out.push(
            ctx.finding(&RULE, item.field("elements"), "declaration-elements-missing", &[("code", code), ("missing", &shown)])
                .with_suggestions(missing.iter().map(|(_, base, _)| base.to_string()))
                .with_source(TARIFF_SOURCE),
        );
    }
}

/// Whether the item states the element `name` (`base`: its base name, `known`: its entry
/// in declaration_elements.tsv): given in `elements` (by its full or base name), or
/// evident from its descriptions, material, brand or battery (`folded`: the item's text,
/// folded; `phrases`: the phrases it contains, `knowledge::phrases`).
fn states(item: &Item, phrases: &Found, folded: &str, name: &str, base: &str, known: Option<&china::ElementName>) -> bool {
    if item.elements.iter().any(|(k, _)| k == name || china::element_base(k) == base) {
        return true;
    }
    let Some(known) = known else { return false };
    let text = folded;
    known.proofs.iter().any(|evidence| match evidence {
        // Evidence in the data is already folded (a test below holds it to that).
        Evidence::Words(words) => words.iter().any(|w| phrases.has(w)),
        Evidence::Units(units) => units.iter().any(|u| has_number_with_unit(text, u)),
        Evidence::Kind(kind) => match *kind {
            "brand" => item.brand.is_some(),
            "unbranded" => phrases.any_of_list("unbranded-phrases"),
            "material" => item.material.is_some() || crate::facts::description::names_material(text, phrases),
            "percent" => has_percentage(text),
            "model" => phrases.any_of_list("model-phrases") || has_model_number(text),
            "dims" => has_dimensions(text),
            "battery" => item.battery.is_some(),
            _ => false,
        },
    })
}

/// "100% cotton", "棉95%", "95 % polyester".
fn has_percentage(text: &str) -> bool {
    text.char_indices().any(|(i, c)| c == '%' && text[..i].trim_end().chars().last().is_some_and(|d| d.is_ascii_digit()))
}

/// A number followed by a unit: "65w", "5000 mah", "220v".
fn has_number_with_unit(text: &str, unit: &str) -> bool {
    let mut rest = text;
    while let Some(i) = rest.find(unit) {
        let before = rest[..i].trim_end();
        let after = rest[i + unit.len()..].chars().next();
        let unit_ends = !after.is_some_and(|c| c.is_ascii_alphanumeric());
        if before.chars().last().is_some_and(|c| c.is_ascii_digit()) && unit_ends {
            return true;
        }
        rest = &rest[i + unit.len()..];
    }
    false
}

/// A token of letters and digits that is no quantity ("a2337", "xr-500"), not "10000mah"
/// or "65w" (the units are word_lists.tsv's quantity-units).
fn has_model_number(text: &str) -> bool {
    let units = crate::knowledge::data::store::word_list("quantity-units");
    text.split(|c: char| c.is_whitespace() || c == ',' || c == '/' || c == '(' || c == ')').any(|token| {
        let t = token.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        let letters = t.chars().filter(|c| c.is_ascii_alphabetic()).count();
        let digits = t.chars().filter(|c| c.is_ascii_digit()).count();
        let quantity =
            units.iter().any(|u| t.strip_suffix(u).is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == '.')));
        t.len() >= 3 && letters > 0 && digits > 0 && !quantity
    })
}

/// "30x40 cm", "15 cm", "6 inch".
fn has_dimensions(text: &str) -> bool {
    ["cm", "mm", "inch", "厘米", "毫米", "英寸"].iter().any(|u| has_number_with_unit(text, u))
        || text.char_indices().any(|(i, c)| {
            (c == 'x' || c == '*' || c == '×')
                && text[..i].trim_end().chars().last().is_some_and(|d| d.is_ascii_digit())
                && text[i + c.len_utf8()..].trim_start().chars().next().is_some_and(|d| d.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    /// `states` compares evidence with folded text as it is: the data must hold it folded.
    #[test]
    fn evidence_in_the_data_is_folded() {
        use crate::knowledge::data::china::Evidence;
        for name in &crate::knowledge::data::store().china.element_names {
            for (kind, list) in name.proofs.iter().filter_map(|e| match e {
                Evidence::Words(list) => Some(("words", list)),
                Evidence::Units(list) => Some(("unit", list)),
                Evidence::Kind(_) => None,
            }) {
                for w in list {
                    assert_eq!(crate::base::text::fold(w), *w, "declaration_elements.tsv, {}: {kind} {w:?} is not folded", name.base_zh);
                }
            }
        }
    }

    use crate::rules::testing::*;
    use serde_json::{json, Value};

    fn missing(decl: Value) -> Vec<String> {
        fired(decl, "declaration-elements-missing").first().map(|f| f.suggestions.clone()).unwrap_or_default()
    }

    /// A sale by express over the low-value limit: a declaration form is filed.
    fn formal(description: &str, zh: &str, hs: &str) -> Value {
        let d = with(base(), "/items/0/description", json!(description));
        let d = with(with(d, "/items/0/descriptionZh", json!(zh)), "/items/0/hsCode", json!(hs));
        with(with(d, "/items/0/unitPrice", json!("4000")), "/items/0/totalPrice", json!(null))
    }

    #[test]
    fn garments_in_english_and_chinese() {
        let bare = missing(formal("Women's T-shirt", "女式T恤", "6109100000"));
        assert!(bare.contains(&"成分含量".to_string()) && bare.contains(&"品牌类型".to_string()), "{bare:?}");
        assert!(bare.contains(&"出口享惠情况".to_string()));
        // The text states composition and knitting; elements state the rest.
        let stated = with(
            formal("Women's knitted T-shirt, 100% cotton", "女式针织T恤 100%棉", "6109100000"),
            "/items/0/elements",
            json!({"品牌类型": "无品牌", "出口享惠情况": "出口货物在最终目的国（地区）不享受优惠关税"}),
        );
        let left = missing(stated.clone());
        assert!(!left.contains(&"成分含量".to_string()) && !left.contains(&"品牌类型".to_string()), "{left:?}");
        let zh = with(formal("T-shirt", "女式针织T恤，棉95%氨纶5%", "6109100000"), "/items/0/elements", json!({"品牌类型": "无品牌"}));
        assert!(!missing(zh).contains(&"成分含量".to_string()));
    }

    #[test]
    fn electronics_and_batteries() {
        let phone = missing(formal("Smartphone 6.1 inch", "智能手机", "8517130000"));
        assert!(phone.contains(&"品牌类型".to_string()), "{phone:?}");
        let battery = with(
            formal("Lithium-ion battery pack 48V 20Ah model LB-4820", "锂离子电池组", "8507600090"),
            "/items/0/elements",
            json!({"品牌类型": "境内自主品牌", "出口享惠情况": "不享惠"}),
        );
        let left = missing(battery);
        assert!(!left.contains(&"型号".to_string()), "{left:?}");
    }

    #[test]
    fn table() {
        // A gift by post within the personal limit files no list.
        let gift = with(with(base(), "/purpose", json!("gift")), "/channel", json!("postal"));
        assert!(missing(gift).is_empty());
        // A code that is no tariff line: hs-code rules speak, not this one.
        assert!(missing(formal("Women's T-shirt", "女式T恤", "6109109999")).is_empty());
    }

    #[test]
    fn recognisers() {
        use super::*;
        assert!(has_percentage("100% cotton") && has_percentage("棉95 %") && !has_percentage("% off"));
        let model = |text: &str| {
            let folded = crate::base::text::fold(text);
            let known = china::element_name("型号");
            states(&Item::default(), &crate::knowledge::phrases::found_in(&folded), &folded, "型号", "型号", known)
        };
        assert!(model("phone case for a2337") && model("model 5") && model("型号 X5") && !model("10000mah power bank 65w"));
        assert!(has_model_number("xr-500") && !has_model_number("65w 5000mah"));
        assert!(has_dimensions("30x40 cm") && has_dimensions("poster 30 × 40") && !has_dimensions("t-shirt"));
        assert!(has_number_with_unit("65w charger", "w") && !has_number_with_unit("wireless", "w"));
    }
}
