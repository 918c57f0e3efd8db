//! What each line's goods are, worked out once per check: the HS code as typed and as
//! found in the nomenclature, the products the description names, and the flags that
//! the restriction, battery, value and document rules read; the line's text folded once
//! and the phrases it holds (one pass of `knowledge::phrases`), which the rules ask
//! instead of searching the text.

use crate::base::date::Date;
use crate::base::text::{fold, is_cjk, words};
use crate::input::declaration::Item;
use crate::knowledge::data::china::TariffLine;
use crate::knowledge::data::store::{store, word_list};
use crate::knowledge::hs::{self, Edition, Parsed, ProductMatch};
use crate::knowledge::phrases::{found_in, Found};
use crate::knowledge::vocabulary::flag;

#[derive(Debug, Clone)]
pub enum HsState {
    /// No code typed.
    Missing,
    Malformed(hs::Malformed),
    /// A subheading of the edition in force.
    Valid {
        digits: String,
        six: u32,
    },
    /// An HS 2017 code deleted in 2022, with its successors.
    Outdated {
        digits: String,
        six: u32,
        successors: &'static [u32],
    },
    /// Six digits that are no subheading of the edition in force.
    Unknown {
        digits: String,
        six: u32,
    },
}

#[derive(Debug, Clone)]
pub struct ItemFacts {
    pub hs: HsState,
    /// Vocabulary products named in the description (English and Chinese), best first.
    pub products: Vec<ProductMatch>,
    /// Union of the flags of the products named as the head (the best match).
    pub flags: u32,
    /// A well-known brand named in the brand field or the text: (brand, USD floor).
    pub brand: Option<(&'static str, &'static str)>,
    /// A word admitting a copy ("replica", "高仿").
    pub replica_word: Option<&'static str>,
    /// China's 2026 tariff lines the code covers: the line itself for 10 digits, every
    /// 10-digit line under it for 6 or 8. Empty without a valid code (or origin not CN).
    pub cn_lines: &'static [TariffLine],
    /// What China's export controls say of the line (prohibited, CITES, licence, relic).
    pub controls: crate::facts::controls::LineControls,
    /// The phrases of every phrase list the line's folded text contains, found in one
    /// pass (`knowledge::phrases`): the rules ask this, not the text.
    pub phrases: crate::knowledge::phrases::Found,
    /// The line's text (descriptions, material, brand) folded once for every matcher.
    pub folded: String,
    /// Its words, singular (`base::text::norm_words`), made when a rule first asks.
    words: std::sync::OnceLock<Vec<String>>,
}

impl ItemFacts {
    /// The line's text as singular words (descriptions, material, brand), made once.
    pub fn words(&self) -> &[String] {
        self.words.get_or_init(|| crate::base::text::norm_words(&self.folded))
    }

    /// HS subheadings for the line's text, best first (`hs::suggest`, from the words made
    /// once); `products`: the vocabulary products of that same text, when known.
    pub fn suggest(&self, products: Option<&[ProductMatch]>, limit: usize) -> Vec<hs::Suggestion> {
        hs::suggest_for_words(&self.folded, self.words(), products, limit)
    }

    /// The digits as typed, when they form a code of the edition in force.
    pub fn valid_digits(&self) -> Option<&str> {
        match &self.hs {
            HsState::Valid { digits, .. } => Some(digits),
            _ => None,
        }
    }
}

/// `destination`: where the goods go (ISO alpha-2; empty when the declaration has none).
pub fn recognise(item: &Item, date: Date, destination: &str) -> ItemFacts {
    let edition = Edition::at(date);
    let hs = match item.hs_code.as_deref() {
        None => HsState::Missing,
        Some(raw) => match hs::parse(raw) {
            Parsed::Malformed(m) => HsState::Malformed(m),
            Parsed::Digits { digits, six } => {
                if edition.has_subheading(six) {
                    HsState::Valid { digits, six }
                } else if let (Edition::Hs2022, Some(successors)) = (edition, hs::deleted_in_2022(six)) {
                    HsState::Outdated { digits, six, successors }
                } else {
                    HsState::Unknown { digits, six }
                }
            }
        },
    };
    // Folded once here; the brand and copy-word matchers below read it as it is.
    let folded = fold(&item.all_text());
    let words = std::sync::OnceLock::new();
    let line_words = || words.get_or_init(|| crate::base::text::norm_words(&folded));
    // The goods are named by the descriptions; when the line has no other text (most
    // listings), that is the text already folded, and its words are the line's words.
    let products = if item.text_is_descriptions() {
        hs::products_in_words(&folded, line_words())
    } else {
        let text = [item.description.as_deref(), item.description_zh.as_deref()].iter().flatten().copied().collect::<Vec<_>>().join(" ");
        hs::products_in(&text)
    };
    // What a line fits lends it no flags: a "Holder for Samsung Tablet" holds no battery,
    // a "Holster for Airsoft Gun" is no gun. What it comes with does ("Gift Set with
    // Perfume"): only where the first qualifier is "for" is the reading of goods named
    // after it ignored (read only when the best reading is no goods, as it seldom is).
    let fits = || line_words().iter().find(|w| hs::is_qualifier_start(w)).is_some_and(|w| w == "for");
    let mut flags = products.first().filter(|m| m.as_goods || !fits()).map_or(0, |m| {
        // Flags of every product as strong as the best: "phone with battery" etc.
        products.iter().filter(|p| p.strength == m.strength).fold(0, |acc, p| acc | p.product.flags)
    });
    // Goods that come with a lithium battery the title names after them ("Grass Trimmer
    // with 20V Lithium Battery", 电动割草机带锂电池) contain one, whatever the goods' own
    // flags say. Read only where the text names a battery at all.
    let batteries = flag::BATTERY_ALONE | flag::BATTERY_IN | flag::BATTERY_VEHICLE;
    if flags & batteries == 0 && (folded.contains("batter") || folded.contains("电池")) && hs::comes_with_battery(&folded, line_words()) {
        flags |= flag::BATTERY_IN;
    }
    // An accessory named after a dangerous good is none: "Lighter Holder", "Fire
    // Extinguisher Bracket" (weapons keep their flag: a gun's grips and rails are parts
    // of arms).
    if flags & flag::DANGEROUS != 0 && names_an_accessory_of(&products, line_words()) {
        flags &= !flag::DANGEROUS;
    }
    let phrases = found_in(&folded);
    // A cordless tool sold without its battery ("Tool Only", 不含电池) ships none.
    if phrases.any_of_list("battery-absent-phrases") {
        flags &= !flag::BATTERY_IN;
    }
    // Goods named "gun" that are toys or tools ("Glue Gun", "Radar Gun") are no weapon,
    // for the prohibited-item rule and the channel advice alike. (Without a branch: the
    // `if` form laid out 487 B larger in the module.)
    flags &= !(flag::WEAPON * u32::from(phrases.any_of_list("toy-gun-phrases")));
    // The brand field is the seller's own claim; in the text, a brand after "for" or
    // "compatible with" only says what the goods fit. The text's words are read only
    // when it may name one (`may_name_brand`).
    let brand = item.brand.as_deref().and_then(|b| find_brand(&fold(b), None)).or_else(|| {
        let own = may_name_brand(&folded, &phrases).then(|| own_part(&folded, &phrases))?;
        // A device the goods fit is no claim; another brand named may be ("Jordan 1 Phone
        // Case iPhone 15" claims Jordan).
        let fits = |(name, _): &(&str, &str)| names_the_device_it_fits(&folded, name);
        match find_brand(&own, Some(&phrases)) {
            Some(device) if fits(&device) => own.split(device.0).find_map(|part| find_brand(part, Some(&phrases)).filter(|b| !fits(b))),
            named => named,
        }
    });
    // "Replica" beside a thing it copies (a skull, a scale model, a helmet) admits no
    // brand's copy unless a brand is named too; beside a brand, as the grade of its
    // sports goods ("Match Ball Replica"), it admits none either: the price floor decides.
    let names_copy = |w: &&str| match (w.starts_with("replica"), brand) {
        (false, _) => true,
        (true, None) => !phrases.any_of_list("replica-thing-phrases"),
        (true, Some(_)) => !phrases.any_of_list("replica-grade-phrases"),
    };
    let replica_word = find_replica_word(&folded, &phrases)
        .filter(names_copy)
        .or_else(|| brand.and_then(|_| first_named(&folded, &phrases, &store().brand_copy_words)));
    let cn_lines = match &hs {
        HsState::Valid { digits, .. } => crate::knowledge::data::china::tariff_lines(digits),
        _ => &[],
    };
    let mut facts = ItemFacts { hs, products, flags, brand, replica_word, cn_lines, controls: Default::default(), phrases, folded, words };
    let other_goods = facts.products.first().is_some_and(|m| m.product.flags & flag::LIVE_ANIMAL == 0);
    facts.controls =
        crate::facts::controls::examine(item, &facts.phrases, facts.valid_digits(), facts.cn_lines, date, destination, other_goods);
    facts
}

/// The (folded) text before its first "for" / "compatible" / "适用": what the goods are.
/// A text that starts with one ("For iPhone 15 Pro Max Case Silicone", the way many
/// listings are titled) names what the goods fit first, and has no part of its own to
/// name a brand in.
/// `phrases`: the phrases `folded` holds, so that only the words it holds are looked for.
fn own_part(folded: &str, phrases: &Found) -> String {
    let mut end = folded.len();
    if let Some(i) = word_list("brand-fits-zh").iter().filter(|w| phrases.has(w)).filter_map(|w| folded.find(w)).min() {
        end = end.min(i);
    }
    for w in folded.split(|c: char| !c.is_ascii_alphanumeric() && !is_cjk(c)) {
        if crate::knowledge::data::store::in_word_list("brand-fits", w) {
            end = end.min(w.as_ptr() as usize - folded.as_ptr() as usize);
            break;
        }
    }
    folded.get(..end).unwrap_or(folded).to_string()
}

/// Whether a device brand in the text names what the goods fit, though no "for" says so:
/// an accessory noun in the main phrase, after it or before it ("Samsung Galaxy S24
/// Ultra phone case", "Dyson V11 replacement filter", "Clear Case iPhone 15"; word lists
/// `device-brands`, `device-accessories`). "Samsung Galaxy S24 256GB" and "Gucci phone case" still claim
/// the brand.
fn names_the_device_it_fits(folded: &str, brand: &str) -> bool {
    let first = brand.split(' ').next().unwrap_or(brand);
    if !crate::knowledge::data::store::in_word_list("device-brands", first) {
        return false;
    }
    let text_words = words(folded);
    let main = text_words.iter().take_while(|w| !hs::is_qualifier_start(w));
    let accessories = crate::knowledge::data::store::word_set("device-accessories");
    main.map(|w| crate::base::text::singular(w)).any(|w| accessories.contains(&w))
}

/// Whether the line's main phrase (its words before the first qualifier) ends with an
/// accessory noun (`hazard-accessories`: holder, bracket, regulator ...) that no term of
/// its dangerous goods ends with: the goods are that accessory, named after what it holds.
fn names_an_accessory_of(products: &[hs::ProductMatch], words: &[String]) -> bool {
    let main = words.iter().take_while(|w| !hs::is_qualifier_start(w));
    // Its last English word, a material after it aside ("Lighter Holder Leather"), and a
    // Chinese description's stray letters ("T恤"), "OEM" ("... BATTERY CABLE WIRE OEM") and
    // units ("Battery Cable 4 AWG 24 Inch").
    let named = |w: &&String| {
        w.len() > 1
            && w.bytes().all(|b| b.is_ascii_alphabetic())
            && !["hs-material", "hs-fitment-words", "quantity-units"].iter().any(|l| crate::knowledge::data::store::in_word_list(l, w))
    };
    let Some(last) = main.filter(named).last() else { return false };
    crate::knowledge::data::store::word_set("hazard-accessories").contains(last)
        && !products
            .iter()
            .filter(|m| m.product.flags & flag::DANGEROUS != 0)
            .any(|m| m.product.terms.iter().any(|t| t.ends_with(last.as_str())))
}

/// Whether `find_brand` can find a brand in (a part of) `folded`: a Chinese name needs a
/// text outside ASCII; an English one is among the text's words (`base::text::words`),
/// which are pieces of the text, so the text contains its first word. Not so where
/// `words` drops an apostrophe ("levi's" is the word "levis"): such texts are read.
fn may_name_brand(folded: &str, phrases: &Found) -> bool {
    !folded.is_ascii() || folded.contains('\'') || phrases.may_name_english_brand()
}

/// The brand the text names, and where it names several, the one whose genuine
/// article costs most ("Nike Air Jordan" is held to Jordan's floor, not Nike's: the
/// goods claim to be both), ties to the first in the list's order. English names as
/// whole words, found from the text's words through the names' first words; Chinese
/// names as substrings, only in a text that has any.
/// `phrases`: what the whole text holds when `folded` is a part of it (Chinese names it
/// lacks are not looked for); None to look for every name.
fn find_brand(folded: &str, phrases: Option<&Found>) -> Option<(&'static str, &'static str)> {
    let brands = &store().brands;
    let floor = |i: usize| brands[i].1.parse::<u32>().unwrap_or(0);
    let mut best: Option<usize> = None;
    let mut consider = |i: usize| {
        if best.map_or(true, |b| floor(i) > floor(b) || (floor(i) == floor(b) && i < b)) {
            best = Some(i);
        }
    };
    let text_words = words(folded);
    let index = brands_by_first_word();
    // A name that is an ordinary word too ("apple") is a claim only in the brand field,
    // read with no `phrases`.
    let field_only = phrases.map(|_| crate::knowledge::data::store::word_set("field-brands"));
    for (at, word) in text_words.iter().enumerate() {
        let start = index.partition_point(|(w, _)| *w < word.as_str());
        for &(_, i) in index[start..].iter().take_while(|(w, _)| *w == word.as_str()) {
            let name = brands[i].0;
            // A name of several words is listed with hyphens ("off-white", also a colour).
            if field_only.is_some_and(|set| set.contains(name) || name.contains(' ') && set.contains(&name.replace(' ', "-"))) {
                continue;
            }
            let n = name.split(' ').count();
            if text_words.get(at..at + n).is_some_and(|w| w.iter().map(String::as_str).eq(name.split(' ')))
                && (name.len() > 3 || names_abbreviation(folded, name))
            {
                consider(i);
            }
        }
    }
    // Chinese names only in a text with characters outside ASCII (one test, not one a brand).
    if !folded.is_ascii() {
        let named = |name: &str| phrases.map_or(true, |p| p.has(name)) && folded.contains(name);
        for (i, _) in brands.iter().enumerate().filter(|(_, b)| !b.0.is_ascii() && named(b.0)) {
            consider(i);
        }
    }
    best.map(|i| brands[i])
}

/// Whether a brand's abbreviation ("lv", "jbl") stands in the text somewhere other than
/// as a segment of a model code, hyphenated to a number ("HS-200-LV filter", "LV-200").
fn names_abbreviation(folded: &str, name: &str) -> bool {
    let b = folded.as_bytes();
    // The byte at `i`, or a space beyond the text.
    let at = |i: usize| b.get(i).copied().unwrap_or(b' ');
    crate::base::text::positions_short(folded, name).any(|start| {
        let end = start + name.len();
        let before = if start == 0 { b' ' } else { b[start - 1] };
        let hyphen_to_number =
            (before == b'-' && start > 1 && b[start - 2].is_ascii_digit()) || (at(end) == b'-' && at(end + 1).is_ascii_digit());
        !before.is_ascii_alphanumeric() && !at(end).is_ascii_alphanumeric() && !hyphen_to_number
    })
}

/// The English brand names by their first word, sorted: (first word, position in the
/// list). Brands are looked for on every line; this replaces a search per brand.
fn brands_by_first_word() -> &'static [(&'static str, usize)] {
    static INDEX: std::sync::OnceLock<Vec<(&'static str, usize)>> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: Vec<(&'static str, usize)> = store()
            .brands
            .iter()
            .enumerate()
            .filter(|(_, b)| b.0.is_ascii())
            .map(|(i, b)| (b.0.split(' ').next().unwrap_or(""), i))
            .collect();
        crate::base::order::sort_by(&mut index, |a, b| a < b);
        index
    })
}

/// The first of `terms` the folded text names: English terms as whole words (as typed,
/// so "adidas" stays "adidas"), Chinese ones as substrings (`phrases`: what the text
/// holds of them).
fn first_named(folded: &str, phrases: &Found, terms: &[&'static str]) -> Option<&'static str> {
    let text_words = words(folded);
    terms.iter().copied().find(|t| {
        if t.is_ascii() {
            // The term's words at some position of the text's words.
            let n = t.split(' ').count();
            text_words.windows(n).any(|w| w.iter().map(String::as_str).eq(t.split(' ')))
        } else {
            phrases.has(t)
        }
    })
}

/// Whether `spaced` (words between single spaces, with a space at each end) holds the
/// words of `term` as whole words: " {term} " without building that string per term.
fn spaced_word(spaced: &str, term: &str) -> bool {
    crate::base::text::positions_short(spaced, term).any(|i| spaced[..i].ends_with(' ') && spaced[i + term.len()..].starts_with(' '))
}

fn find_replica_word(folded: &str, phrases: &Found) -> Option<&'static str> {
    // An English copy word is found among the text's pieces below, so its first word is
    // in the text: without one (most texts) the text is not split.
    let english = phrases.may_hold_english_copy_word();
    let mut spaced: Option<String> = None;
    store().replica_words.iter().copied().find(|w| {
        if !w.is_ascii() {
            return phrases.has(w);
        }
        english
            && spaced_word(
                spaced.get_or_insert_with(|| {
                    let words: Vec<&str> = folded
                        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | '[' | ']' | '|' | '/'))
                        .filter(|w| !w.is_empty())
                        .collect();
                    format!(" {} ", words.join(" "))
                }),
                w,
            )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_brands_and_replica_words() {
        assert_eq!(find_brand(&fold("Nike Air running shoes"), None).map(|b| b.0), Some("nike"));
        assert_eq!(find_brand(&fold("Louis Vuitton style bag"), None).map(|b| b.0), Some("louis vuitton"));
        assert_eq!(find_brand(&fold("Plain cotton tote bag"), None), None);
        // Written with its accents, as the maker writes it.
        assert_eq!(find_brand(&fold("Hermès style scarf"), None).map(|b| b.0), Some("hermes"));
        assert_eq!(find_brand(&fold("Lancôme lipstick"), None).map(|b| b.0), Some("lancome"));
        assert_eq!(find_brand(&fold("pineapple slicer"), None), None);
        // Of two brands named, the dearer one, wherever in the title each is named; of two
        // with the same floor, the list's first.
        let brands = &store().brands;
        let floor = |name: &str| brands.iter().find(|b| b.0 == name).map(|b| b.1.parse::<u32>().unwrap());
        assert!(floor("jordan") > floor("nike"));
        assert_eq!(find_brand(&fold("Nike Air Jordan 1 Retro High"), None).map(|b| b.0), Some("jordan"));
        assert_eq!(find_brand(&fold("Jordan x Nike collab"), None).map(|b| b.0), Some("jordan"));
        let same: Vec<usize> =
            (0..brands.len()).filter(|&i| brands[i].0.is_ascii() && !brands[i].0.contains(' ') && brands[i].1 == brands[0].1).collect();
        let (a, b) = (brands[same[0]].0, brands[same[1]].0);
        assert_eq!(find_brand(&fold(&format!("{b} and {a} case")), None).map(|x| x.0), Some(a));
        assert_eq!(find_brand(&fold(&format!("{a} and {b} case")), None).map(|x| x.0), Some(a));
        let replica = |folded: &str| find_replica_word(folded, &found_in(folded));
        assert_eq!(replica(&fold("AAA replica watch")), Some("replica"));
        assert_eq!(replica(&fold("1:1 quality bag")), Some("1:1 quality"));
        // Words that name ordinary goods too admit a copy only next to a brand.
        assert_eq!(replica(&fold("AAA Batteries Alkaline 24 Pack")), None);
        assert_eq!(replica(&fold("A4 Copy Paper 500 Sheets")), None);
        assert_eq!(replica(&fold("Fake Flowers Silk Roses")), None);
        assert_eq!(replica(&fold("高仿包包")), Some("高仿"));
        assert_eq!(replica(&fold("copper wire")), None);
        assert_eq!(replica(&fold("Knock-Off (knock off) sneakers")), Some("knock off"));
        assert_eq!(replica(&fold("photocopy paper")), None);
    }

    /// The shortcut that skips the brand search must never skip a text that names one.
    #[test]
    fn the_brand_shortcut_keeps_every_brand() {
        for (name, _) in &store().brands {
            // "tshirt" is the one word `words` makes that is no piece of the text.
            assert!(!name.starts_with("tshirt"), "{name}");
            for text in [format!("New {name} case"), format!("{}-Style bag", name.to_uppercase()), format!("{name}'s bag")] {
                let folded = fold(&text);
                let phrases = found_in(&folded);
                if let Some(found) = find_brand(&folded, None) {
                    assert!(may_name_brand(&folded, &phrases), "{text} names {found:?}");
                }
            }
        }
        assert!(!may_name_brand("plain cotton tote bag", &found_in("plain cotton tote bag")));
        // Chinese names through the phrases found; after "适用" (fits) they name no brand.
        let fits = word_list("brand-fits-zh").iter().find(|w| !w.is_ascii()).copied().unwrap_or_default();
        for (name, _) in store().brands.iter().filter(|b| !b.0.is_ascii()) {
            let own = |text: &str| {
                let folded = fold(text);
                let phrases = found_in(&folded);
                find_brand(&own_part(&folded, &phrases), Some(&phrases)).map(|b| b.0)
            };
            assert_eq!(own(&format!("{name}运动鞋")), find_brand(&fold(&format!("{name}运动鞋")), None).map(|b| b.0), "{name}");
            assert!(own(&format!("{name}运动鞋")).is_some(), "{name}");
            assert_eq!(own(&format!("手机壳 {fits}{name}")), None, "{name}");
        }
    }
}
