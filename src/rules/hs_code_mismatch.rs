use crate::base::text::norm_words;
use crate::facts::goods::HsState;
use crate::knowledge::hs;
use crate::report::Finding;
use crate::rules::context::Context;

declare_rule! {
    /// **What it checks**: that the HS code agrees with what the description (and
    /// material and brand) says the goods are. The description is read for the product
    /// it names, in English or Chinese, using the nomenclature and a vocabulary of how
    /// sellers name goods; when the declared code's chapter is not one such goods fall
    /// in, and its heading text shares nothing with the description, the code is called
    /// a mismatch. Codes in the right chapter are left alone: choosing between
    /// neighbouring headings needs a person; so are codes in a chapter the suggestions
    /// list among their five (the goods read two ways, one of them the seller's). A
    /// product named only in what the goods fit or contain ("cover for iPhone") is not a
    /// reading of the goods and never contradicts a code.
    /// **Why customs cares**: "is the product classification correct" is the first thing
    /// customs review; a code from another chapter is queried, and a wrong code with a
    /// lower duty is a misdeclaration with penalties.
    /// **What to do**: use one of the suggested codes, or describe the goods precisely.
    pub static RULE = "hs-code-mismatch", "PC305", Warning;
}

/// Content words of a description that the declared heading's text (or the product words
/// of the national tariffs' lines under the code) also uses show that the seller's code
/// speaks of the same goods.
fn shares_words(description: &str, code: u32) -> bool {
    // The word index holds exactly those words per subheading.
    let Some(index) = crate::knowledge::data::word_index::word_index() else { return false };
    let Ok(position) = crate::knowledge::data::store::store().subheadings.binary_search(&code) else { return false };
    norm_words(description)
        .iter()
        .any(|w| w.len() > 3 && !hs::in_list("hs-generic", w) && index.postings(w).binary_search(&(position as u16)).is_ok())
}

/// One telling word ("cosmetics", "black", "spare parts", "衣服") is too terse to
/// contradict a code: the nomenclature or the vocabulary reads it somewhere with full
/// marks, yet the goods could be many things. Abstain; the description rules say what
/// to add. A Chinese name of three characters or more (手机壳) names a product.
fn too_terse(text: &str) -> bool {
    let english = norm_words(text).iter().filter(|w| w.len() > 3 && !hs::in_list("hs-generic", w) && !hs::in_list("hs-stop", w)).count();
    let chinese = match crate::base::text::cjk_only(&crate::base::text::fold(text)).chars().count() {
        0 => 0,
        1 | 2 => 1,
        _ => 2,
    };
    english + chinese < 2
}

/// What the declared code says, for the message: in a Chinese report the Chinese name of
/// China's tariff line when the code names one line, else the HS text (English).
fn declared_text(ctx: &Context, lines: &[crate::knowledge::data::china::TariffLine], six: u32) -> &'static str {
    match lines {
        [line] if ctx.lang == crate::knowledge::messages::Lang::Zh && !line.name_zh.is_empty() => line.name_zh,
        _ => hs::subheading_text(six).unwrap_or(""),
    }
}

/// Whether the nomenclature's best reading `code` rests on more than one word of an
/// English description, or on all its telling words: "Handcraft Chinese style" reads
/// best as aubergines through "Chinese" alone, which says nothing against a code. A
/// description in Chinese (read by character pairs) is not held to it.
fn reading_rests_on_the_description(words: &[String], code: u32) -> bool {
    if words.iter().any(|w| crate::base::text::has_cjk(w)) {
        return true;
    }
    let (Some(index), Ok(position)) =
        (crate::knowledge::data::word_index::word_index(), crate::knowledge::data::store::store().subheadings.binary_search(&code))
    else {
        return true;
    };
    let telling: Vec<&String> =
        words.iter().filter(|w| w.len() > 2 && w.bytes().all(|b| b.is_ascii_alphabetic()) && !hs::in_list("hs-stop", w)).collect();
    let reading = telling.iter().filter(|w| hs::postings_of(index, w).binary_search(&(position as u16)).is_ok()).count();
    reading >= 2 || reading == telling.len()
}

/// Without a vocabulary product, the nomenclature's own words decide, cautiously: only
/// when the description matches some subheadings strongly and none of the best ten lies
/// in the declared code's section, and the declared code's texts share no word with it.
fn nomenclature_disagrees(
    ctx: &Context,
    item: &crate::input::declaration::Item,
    lines: &[crate::knowledge::data::china::TariffLine],
    six: u32,
    text: &str,
) -> Option<Finding> {
    let all_text = item.all_text();
    if too_terse(&all_text) {
        return None;
    }
    let words = norm_words(&all_text);
    let matches = hs::nomenclature_matches(&words, 10, false);
    let (top, top_score) = *matches.first()?;
    if top_score < 0.5 || shares_words(&all_text, six) || !reading_rests_on_the_description(&words, top) {
        return None;
    }
    let section = |code: u32| hs::section_of((code / 10_000) as u8);
    let declared_section = section(six)?;
    if matches.iter().take(10).any(|(c, _)| section(*c) == Some(declared_section)) {
        return None;
    }
    let (likely, _) = matches.first()?;
    let expected = format!("{:04} {}", likely / 100, hs::heading_text((likely / 100) as u16).unwrap_or(""));
    let declared = declared_text(ctx, lines, six);
    let suggestions = matches.iter().take(3).map(|(c, _)| format!("{} {}", hs::dotted(*c), hs::subheading_text(*c).unwrap_or("")));
    Some(
        ctx.finding(
            &RULE,
            item.field("hsCode"),
            "hs-code-mismatch",
            &[("code", &hs::dotted(six)), ("declared", declared), ("text", text), ("expected", &expected)],
        )
        .with_suggestions(suggestions),
    )
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for (item, facts) in ctx.decl.items.iter().zip(&ctx.items) {
        let HsState::Valid { six, digits } = &facts.hs else { continue };
        let text = item.description.as_deref().or(item.description_zh.as_deref()).unwrap_or("");
        let chapter = six / 10_000;
        let heading = six / 100;
        let Some(best) = facts.products.first() else {
            // Goods the vocabulary does not know: read the nomenclature itself.
            if let Some(f) = nomenclature_disagrees(ctx, item, facts.cn_lines, *six, text) {
                out.push(f);
            }
            continue;
        };
        // Products named only in what the goods fit or contain ("case for iPhone", "bag
        // with charger") say nothing against the code: abstain.
        if !best.as_goods {
            continue;
        }
        // Every product named about as strongly as the best one is a reading to respect.
        let candidates: Vec<_> = facts.products.iter().filter(|m| m.strength * 10 >= best.strength * 7).collect();
        let agrees = candidates.iter().any(|m| {
            m.product.hs.iter().any(|&c| {
                let (c_heading, c_chapter) = if c >= 10_000 { (c / 100, c / 10_000) } else { (c, c / 100) };
                c_heading == heading || c_chapter == chapter
            })
        });
        if agrees {
            continue;
        }
        // Checked last: most codes agree, and reading the text again costs.
        let all_text = item.all_text();
        if shares_words(&all_text, *six) || too_terse(&all_text) {
            continue;
        }
        // Nor is a code in a chapter the suggestions themselves list among the five
        // likeliest ("Portable Wardrobe Nonwoven ...": nonwovens first, furniture fourth).
        if facts.suggest(None, 5).iter().any(|s| s.code.get(..2) == digits.get(..2)) {
            continue;
        }
        let expected: Vec<u32> = best.product.hs.iter().map(|&c| hs::heading_of(c)).collect();
        let expected_text = expected.first().map(|h| format!("{:04} {}", h, hs::heading_text(*h as u16).unwrap_or(""))).unwrap_or_default();
        let declared = declared_text(ctx, facts.cn_lines, *six);
        // The suggestions again, three of them: only a line about to be flagged gets
        // here, and keeping the five above for this cost the wasm module 95 B (docs/history/
        // size.md).
        let suggestions = facts.suggest(None, 3).into_iter().map(|s| s.line());
        out.push(
            ctx.finding(
                &RULE,
                item.field("hsCode"),
                "hs-code-mismatch",
                &[("code", &hs::dotted(*six)), ("declared", declared), ("text", text), ("expected", &expected_text)],
            )
            .with_suggestions(suggestions),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use serde_json::json;

    fn mismatch(description: &str, code: &str) -> bool {
        // Without the base declaration's Chinese description (a T-shirt's).
        let decl = with(
            with(with(base(), "/items/0/description", json!(description)), "/items/0/hsCode", json!(code)),
            "/items/0/descriptionZh",
            json!(null),
        );
        !fired(decl, "hs-code-mismatch").is_empty()
    }

    #[test]
    fn table() {
        // The right code, or one in the right chapter, passes.
        assert!(!mismatch("Women's knitted cotton T-shirt", "6109.10"));
        assert!(!mismatch("Women's knitted cotton T-shirt", "6110.20"));
        assert!(!mismatch("Gold color hoop earrings", "7117.19"));
        assert!(!mismatch("Silicone phone case", "3926.90"));
        assert!(!mismatch("Unknown gadget xyz", "8543.70"));
        // A code from another section does not.
        assert!(mismatch("Women's knitted cotton T-shirt", "8517.13"));
        assert!(mismatch("20000mAh power bank", "6109.10"));
        assert!(mismatch("Hoop earrings", "0101.21"));
        assert!(mismatch("手机壳", "9503.00"));
        assert!(mismatch("64G金属U盘高速USB3.0", "6109.10"));
        assert!(!mismatch("男士纯棉T恤", "6109.10"));
        // Goods the vocabulary does not know are read against the nomenclature.
        assert!(mismatch("Galvanised steel wire rope with fibre core", "0901.21"));
        assert!(!mismatch("Galvanised steel wire rope with fibre core", "7312.10"));
        assert!(!mismatch("Zorbly frobnicator", "0901.21"));
        // Nor against a reading that rests on one adjective of several telling words.
        assert!(!mismatch("Handcraft Chinese style", "6913.90"));
        // A product named only in what the goods fit is no reading of the goods.
        assert!(!mismatch("Soft pouch for earrings and necklaces", "4202.92"));
        assert!(!mismatch("Waterproof cover for bicycle", "6306.12"));
        assert!(mismatch("Silicone phone case for iPhone 15", "0101.21"));
        // The goods before the material they are made of ("Wardrobe Nonwoven"): a code
        // of their heading agrees, one of another section does not.
        assert!(!mismatch("Portable Wardrobe Nonwoven With 3 Hanging Rods And 6 Storage Shelves", "9403.20"));
        assert!(mismatch("Portable Wardrobe Nonwoven With 3 Hanging Rods And 6 Storage Shelves", "0101.21"));
        // Too terse to contradict any code: one telling word.
        assert!(!mismatch("cosmetics", "3304.99"));
        assert!(!mismatch("black", "6402.99"));
        assert!(!mismatch("spare parts", "8708.99"));
        assert!(!mismatch("clothes", "9503.00"));
        assert!(!mismatch("衣服", "9503.00"));
    }

    #[test]
    fn a_chinese_report_quotes_chinas_tariff_line_for_a_10_digit_code() {
        let decl = with(with(base(), "/items/0/hsCode", json!("8517130000")), "/items/0/descriptionZh", json!(null));
        let zh = crate::Options { lang: crate::knowledge::messages::Lang::Zh, ..crate::Options::default() };
        let report = crate::check_json(&decl, &zh).expect("a declaration");
        let f = report.findings.iter().find(|f| f.rule == "hs-code-mismatch").expect("a mismatch");
        let line = crate::knowledge::data::china::tariff_lines("8517130000")[0].name_zh;
        assert!(f.message.contains(line) && !f.message.contains("Telephone"), "{}", f.message);
        // In English, the HS text.
        let en = fired(decl, "hs-code-mismatch");
        assert!(en[0].message.contains("Telephone"), "{}", en[0].message);
    }
}
