//! HS codes: reading what people type, checking it against the nomenclature in force at
//! the declaration's date, and suggesting codes from a description.
//!
//! Editions: HS 2017 until 2021-12-31, HS 2022 from 2022-01-01. HS 2028 (in force
//! 2028-01-01) is added as data: a new table and one more arm in [`Edition::at`].

use crate::base::date::Date;
use crate::base::text::{cjk_only, fold, norm_words, positions_short};
pub use crate::knowledge::data::store::{deleted_text, heading_text, subheading_text};
use crate::knowledge::data::store::{pair_in, pairs_in, without_trailing, word_pair, word_pairs, word_set};
use crate::knowledge::data::word_index::WordIndex;
use crate::knowledge::data::{store, HS2022_CHAPTERS};
use crate::knowledge::vocabulary::{english_matches, english_matches_starting, flag, EnglishTerm, Product};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edition {
    Hs2017,
    Hs2022,
}

impl Edition {
    pub fn at(date: Date) -> Edition {
        if date < (Date { year: 2022, month: 1, day: 1 }) {
            Edition::Hs2017
        } else {
            Edition::Hs2022
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Edition::Hs2017 => "HS 2017",
            Edition::Hs2022 => "HS 2022",
        }
    }

    pub fn has_subheading(self, code: u32) -> bool {
        match self {
            Edition::Hs2017 => crate::knowledge::data::store::is_hs2017_subheading(code),
            Edition::Hs2022 => store().subheadings.binary_search(&code).is_ok(),
        }
    }
}

/// What a typed HS code is, before looking it up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    /// 6 to 10 digits (separators removed); `six` is the international subheading.
    Digits { digits: String, six: u32 },
    /// Not a code: wrong characters or length, or a chapter that does not exist.
    Malformed(Malformed),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Malformed {
    /// Characters other than digits, dots, spaces and dashes.
    BadCharacters,
    /// Fewer than 6 or more than 10 digits; carries the count.
    Length(usize),
    /// 7 or 9 digits: national lines have 8 or 10.
    OddLength(usize),
    /// Chapter 00, 77 (reserved) or above 97.
    NoSuchChapter(String),
}

/// Removes dots, spaces and dashes ("6109.10", "6109 10 00 10", "6109-10") and checks
/// the shape. Full-width digits count as digits.
pub fn parse(raw: &str) -> Parsed {
    let folded = fold(raw);
    let mut digits = String::new();
    for c in folded.chars() {
        match c {
            '0'..='9' => digits.push(c),
            '.' | ' ' | '-' | '\t' | '。' | '·' => {}
            _ => return Parsed::Malformed(Malformed::BadCharacters),
        }
    }
    let n = digits.len();
    if !(6..=10).contains(&n) {
        return Parsed::Malformed(Malformed::Length(n));
    }
    let chapter: u8 = digits[..2].parse().unwrap_or(0);
    if section_of(chapter).is_none() {
        return Parsed::Malformed(Malformed::NoSuchChapter(digits[..2].to_string()));
    }
    if n == 7 || n == 9 {
        return Parsed::Malformed(Malformed::OddLength(n));
    }
    let six = digits[..6].parse().unwrap_or(0);
    Parsed::Digits { digits, six }
}

pub fn chapter_text(chapter: u8) -> Option<&'static str> {
    store().chapter_text(chapter)
}

pub fn section_of(chapter: u8) -> Option<&'static str> {
    HS2022_CHAPTERS.binary_search_by_key(&chapter, |c| c.0).ok().map(|i| HS2022_CHAPTERS[i].1)
}

/// HS 2022 subheadings under a heading.
pub fn subheadings_of(heading: u16) -> &'static [u32] {
    let lo = u32::from(heading) * 100;
    let all = &store().subheadings;
    let start = all.partition_point(|s| *s < lo);
    let end = all.partition_point(|s| *s < lo + 100);
    all.get(start..end).unwrap_or(&[])
}

/// The HS 2022 successors of an HS 2017 subheading deleted in 2022.
pub fn deleted_in_2022(code: u32) -> Option<&'static [u32]> {
    let deleted = store().deleted();
    deleted.binary_search_by_key(&code, |d| d.0).ok().and_then(|i| deleted.get(i)).map(|d| d.2.as_slice())
}

/// "610910" written as people read it: "6109.10".
pub fn dotted(code: u32) -> String {
    // Digit by digit: formatting twice per suggestion was a tenth of suggesting.
    let digit = |place: u32| char::from(b'0' + (code / place % 10) as u8);
    let mut s = String::with_capacity(7);
    s.extend([100_000, 10_000, 1_000, 100].map(digit));
    s.push('.');
    s.extend([10, 1].map(digit));
    s
}

/// Real subheadings near an unknown code: same heading first, then same chapter.
pub fn nearest(code: u32, limit: usize) -> Vec<u32> {
    let heading = (code / 100) as u16;
    let mut near: Vec<u32> = subheadings_of(heading).to_vec();
    if near.is_empty() {
        let chapter = code / 10_000;
        let all = &store().subheadings;
        let start = all.partition_point(|s| *s < chapter * 10_000);
        let end = all.partition_point(|s| *s < (chapter + 1) * 10_000);
        near = all.get(start..end).unwrap_or(&[]).to_vec();
    }
    crate::base::order::sort_by_key(&mut near, |c| c.abs_diff(code));
    near.truncate(limit);
    near
}

/// One suggested code.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    /// Six digits, as "6109.10".
    pub code: String,
    pub description: String,
    /// 0 to 1: how well the description matches.
    pub score: f64,
    /// 0 to 1: how often a suggestion at this rank with this score named the right
    /// heading when measured (hs_confidence.tsv); 0 when nothing was measured for it.
    pub confidence: f64,
}

impl Suggestion {
    /// "6109.10 T-shirts, ...": the code and its text, as a finding suggests it.
    pub fn line(&self) -> String {
        [self.code.as_str(), " ", &self.description].concat()
    }
}

/// The measured confidence of the suggestion at `rank` (1-based) with `score`.
fn confidence(rank: usize, score: f64) -> f64 {
    let hundredths = (score * 100.0).round() as u8;
    store().hs_confidence.iter().find(|(r, from, _)| usize::from(*r) == rank && hundredths >= *from).map_or(0.0, |c| f64::from(c.2) / 100.0)
}

/// Whether `word` is in a list of src/data/raw/word_lists.tsv ("hs-stop", ...).
pub fn in_list(list: &str, word: &str) -> bool {
    crate::knowledge::data::store::in_word_list(list, word)
}

/// A product the text names, with how strongly.
#[derive(Debug, Clone, Copy)]
pub struct ProductMatch {
    pub product: &'static Product,
    /// Higher is better: word count of the term, bonus for the head position.
    pub strength: u32,
    /// Named as the goods themselves, not only in what they fit or contain ("for
    /// iPhone", "with camera"): only such a reading can contradict a declared code.
    pub as_goods: bool,
}

/// Words after which a title or ruling stops saying what the goods are and starts
/// saying what they fit, contain or are made of: "case for iPhone", "pullover
/// constructed of cotton knit fabric", "gift set containing a mug".
pub fn is_qualifier_start(word: &str) -> bool {
    matches!(
        word,
        "for"
            | "with"
            | "compatible"
            | "fit"
            | "fits"
            | "suitable"
            | "made"
            | "constructed"
            | "composed"
            | "consisting"
            | "containing"
            | "featuring"
            | "including"
            | "namely"
            | "which"
            | "that"
            | "designed"
            | "used"
            | "intended"
    )
}

/// Whether the words say the goods come with a lithium battery ("Cordless Grass Trimmer
/// with 20V Lithium Battery", "Drill Driver including 2 Batteries"): a battery term
/// after "with", "including" or "containing", before any "for" (a "charger for lithium
/// batteries" holds none), not qualifying goods right after it ("with battery box"), in
/// a text (`folded`) that does not say they are not included or sold apart. The goods'
/// own flags miss it: the battery is no goods of the title.
pub fn comes_with_battery(folded: &str, tokens: &[String]) -> bool {
    if ["not include", "excluded", "sold separately", "without batter"].iter().any(|apart| folded.contains(apart)) {
        return false;
    }
    // Battery terms themselves ("lithium battery", 锂电池), not devices that hold one
    // ("with LCD" names no battery).
    let battery = flag::BATTERY_ALONE;
    // In Chinese, a battery term right after 带, 含, 配, 内置 ... (`comes-with-zh`).
    let zh = cjk_only(folded);
    if let Some(index) = (!zh.is_empty()).then(crate::knowledge::vocabulary::chinese_terms).flatten() {
        let with_battery = |i: usize| {
            let (term, product) = index.terms[i];
            product.flags & battery != 0 && positions_short(&zh, term).any(|at| comes_with_zh(&zh, at))
        };
        if index.found_in(&zh).into_iter().any(with_battery) {
            return true;
        }
    }
    let Some(with) = tokens.iter().position(|t| matches!(t.as_str(), "with" | "including" | "containing")) else { return false };
    let end = tokens[with + 1..]
        .iter()
        .position(|t| is_qualifier_start(t) && !matches!(t.as_str(), "with" | "including"))
        .map_or(tokens.len(), |i| with + 1 + i);
    let span = &tokens[with + 1..end];
    let matches = crate::knowledge::vocabulary::english_matches(span);
    matches.iter().any(|&(start, stop, term)| {
        term.product.flags & battery != 0
            // Not a word of a longer term ("battery box", a holder), nor a term that
            // qualifies goods after it.
            && !matches.iter().any(|&(s, e, t)| {
                let covers = s <= start && e >= stop && e - s > stop - start;
                (covers || s == stop || (s > start && s < stop && e > stop)) && t.product.flags & battery == 0
            })
    })
}

/// Whether the Chinese characters before `at` end in a word that says what comes with
/// the goods (`comes-with-zh`: 带, 含, 内置 ...), a measure word (块, 节) between, and
/// goods before it: 电钻含2块锂电池 (digits are not among the characters).
fn comes_with_zh(zh: &str, at: usize) -> bool {
    let before = zh.get(..at).unwrap_or("");
    let before = ["块", "节", "个", "粒", "颗", "组", "只"].iter().find_map(|m| before.strip_suffix(m)).unwrap_or(before);
    crate::knowledge::data::store::word_list("comes-with-zh").iter().any(|w| before.len() > w.len() && before.ends_with(w))
}

/// Whether the words `start..end`, all colour words (`hs-colours`), name a colour by the
/// finish word after them: "Cream-Coloured ... Kurta", "Coffee Color Mug" hold no cream
/// and no coffee.
fn names_a_colour(tokens: &[String], start: usize, end: usize) -> bool {
    tokens.get(end).is_some_and(|t| in_list("hs-finish", t)) && tokens[start..end].iter().all(|t| in_list("hs-colours", t))
}

/// Whether a title says a precious metal of `term` is a finish ("14K Gold Plated", "Silver
/// Tone": `hs-finish`) anywhere: "Gold Necklaces ... 14K Gold Plated" are no gold jewellery.
fn is_finish(tokens: &[String], term: &EnglishTerm) -> bool {
    // Terms of precious goods only: valuables, and jewellery of precious metal (7113).
    let precious = term.product.flags & flag::VALUABLE != 0 || term.product.hs.first().is_some_and(|&c| heading_of(c) == 7113);
    precious && tokens.windows(2).any(|w| in_list("hs-finish", &w[1]) && term.words.words().any(|t| t == w[0]))
}

/// The vocabulary term that a head word makes with the first words of the purpose after
/// it: "strap for Apple Watch" is a "watch strap", "bed for dog" a "dog bed", "case
/// compatible with iPhone 15" an "iphone case". `head`: the head word's position;
/// `qualifier`: where the purpose starts ("for", "compatible", "fits", ...). None when
/// no purpose starts there or its words make no term with the head.
pub fn purpose_compound(tokens: &[String], head: usize, qualifier: usize) -> Option<&'static EnglishTerm> {
    let purpose = |t: &str| matches!(t, "for" | "compatible" | "fit" | "fits" | "suitable" | "designed" | "intended" | "used");
    if !tokens.get(qualifier).is_some_and(|t| purpose(t)) {
        return None;
    }
    let head_word = tokens.get(head)?;
    // The object starts after the purpose's words ("compatible with", "designed for").
    let mut at = qualifier;
    while tokens.get(at).is_some_and(|t| purpose(t) || t == "with" || t == "to") {
        at += 1;
    }
    let mut found = None;
    // Its first word, then its first two (not past a number): a term that ends with the
    // head and takes at least one of them; the longer object wins ("apple watch strap"
    // finds "watch strap").
    for end in at + 1..=(at + 2).min(tokens.len()) {
        // Nor past a finish's word: "Necklace for Women Gold Color" is no gold necklace.
        if tokens[end - 1].bytes().all(|b| b.is_ascii_digit()) || tokens.get(end).is_some_and(|t| in_list("hs-finish", t)) {
            break;
        }
        if let Some(term) = term_ending_with(&tokens[at..end], head_word) {
            found = Some(term);
        }
    }
    // A device named by its make or model makes none ("Display For Xiaomi Redmi Note 10"):
    // the word goods of its heading go by does ("phone display", `hs-device-word`).
    found.or_else(|| {
        let object = &tokens[at..(at + 3).min(tokens.len())];
        let device = english_matches_starting(object, 1).iter().find_map(|m| heading_word("hs-device-word", *m.2.product.hs.first()?))?;
        term_ending_with(&[device.to_owned()], head_word)
    })
}

/// A vocabulary term of two words or more that ends the words `before` followed by
/// `last`: "watch" then "strap" makes "watch strap".
pub(crate) fn term_ending_with(before: &[String], last: &str) -> Option<&'static EnglishTerm> {
    let mut compound = before.to_vec();
    compound.push(last.to_owned());
    let whole = compound.len();
    english_matches(&compound).iter().find(|m| m.1 == whole && m.0 + 1 < m.1).map(|m| m.2)
}

/// The vocabulary term that the last one or two words before "replacement" (at
/// `replacement`) make with the word after it: "Electric Toothbrush Replacement Heads" is
/// an "electric toothbrush head" (or a "toothbrush head"). None when they make none.
fn replacement_compound(tokens: &[String], replacement: usize) -> Option<&'static EnglishTerm> {
    let part = tokens.get(replacement + 1).filter(|_| tokens[replacement] == "replacement")?;
    (replacement.saturating_sub(2)..replacement).find_map(|start| term_ending_with(&tokens[start..replacement], part))
}

/// Main phrases longer than this many words are keyword lists ("Cutlery Set ... Knife
/// Spoon Fork ... Tableware"): their first product is the goods, later ones synonyms.
const LIST_TITLE: usize = 8;

/// Finds the vocabulary products a description names, best first. The head of the
/// description (its last product noun before "for", "with", ...) wins over nouns in
/// qualifiers ("case for iphone" is a case).
pub fn products_in(text: &str) -> Vec<ProductMatch> {
    let folded = fold(text);
    products_in_words(&folded, &norm_words(&folded))
}

/// [`products_in`] of a folded text and its singular words (`base::text::norm_words`),
/// when the caller has made them already.
pub fn products_in_words(folded: &str, tokens: &[String]) -> Vec<ProductMatch> {
    let zh = cjk_only(folded);
    // A title may open with what the goods fit ("For iPhone 15 case with card slot"): the
    // main phrase then ends at the next qualifier, not at the first word.
    let main_end = tokens.iter().skip(1).position(|t| is_qualifier_start(t) || t == "replacement").map_or(tokens.len(), |i| i + 1);
    // Where the main phrase's words end: a size or count after them ("Baking Mat ...
    // Macaron Sheet 40x30cm") does not move its head noun off the end.
    let words_end = (0..main_end)
        .rev()
        .find(|&i| tokens[i].bytes().next().is_some_and(|b| b.is_ascii_alphabetic() || b >= 0x80))
        .map_or(main_end, |i| i + 1)
        .max(1);
    let mut found: Vec<ProductMatch> = Vec::new();
    let mut note =
        |product: &'static Product, strength: u32, as_goods: bool| match found.iter_mut().find(|m| std::ptr::eq(m.product, product)) {
            Some(m) => {
                m.strength = m.strength.max(strength);
                m.as_goods |= as_goods;
            }
            None => found.push(ProductMatch { product, strength, as_goods }),
        };
    let matches = crate::knowledge::vocabulary::english_matches(tokens);
    let yielding = flag::DEFERS | flag::DESCRIBES;
    // Products named by an English term only inside a longer goods term, and those named
    // on their own too.
    let (mut within_longer, mut standing_alone): (Vec<&Product>, Vec<&Product>) = (Vec::new(), Vec::new());
    let mut phrase_heads: Vec<&Product> = Vec::new();
    // Goods: a term that neither defers nor describes.
    let is_goods_term = move |t: &EnglishTerm| t.product.flags & yielding == 0;
    // Whether a describing term starts inside words `start..end` and runs past them.
    let claimed_by_describing = |start: usize, end: usize| {
        matches.iter().any(|&(s, e, t)| s > start && s < end && e > end && t.product.flags & flag::DESCRIBES != 0)
    };
    // Whether the title opens or ends its main phrase with goods of chapters 84-97
    // (furniture, lamps, machines) outside words `start..end`: what a semi-manufacture
    // there is built into. Not a use named in passing ("Polycarbonate Sheet ...
    // Greenhouse Roofing"), nor goods of other chapters ("Rebar Tie Wire" is no necktie).
    let built_into = |start: usize, end: usize| {
        matches.iter().any(|&(s, e, t)| {
            (s == 0 || e == words_end)
                && (e <= start || s >= end)
                && is_goods_term(t)
                && is_machine(t.product)
                && !is_semi_finished(t.product)
        })
    };
    // Whether goods of a kind are named before word `at` (one closure for the kinds
    // below: each of its own cost the module about 30 B); whether any goods are.
    let kind_before =
        |at: usize, kind: fn(&Product) -> bool| matches.iter().any(|&(_, e, t)| e <= at && is_goods_term(t) && kind(t.product));
    let goods_before = |at: usize| kind_before(at, |_| true);
    // Whether words before `at` name something besides materials ("adipic acid", not
    // "woven polypropylene").
    let other_words_before = |at: usize| {
        tokens[..at]
            .iter()
            .any(|t| t.len() > 2 && t.bytes().all(|b| b.is_ascii_alphabetic()) && !in_list("hs-material", t) && !in_list("hs-stop", t))
    };
    // A material right after the goods it makes: "Travel Tote Leather", "Recliner Chair
    // Fabric" (a term of material words only, which a goods term ends just before), its
    // colour perhaps first ("Bed Frame Grey Fabric" is no greige fabric).
    // Whether goods are named right before word `at`.
    let goods_end_at = |at: usize| matches.iter().any(|&(_, e, t)| e == at && is_goods_term(t));
    let material_after_goods = |start: usize, end: usize| {
        // A colour named as goods is no goods there either: "Throw Blanket Cream"
        // (`hs-colours`).
        let material = |t: &String| in_list("hs-material", t) || in_list("hs-colours", t);
        // A colour or other filler word (`description-filler`), but not "of": what a
        // container holds ("Bottle of Red Wine") is no colour of it.
        let filler = |t: &String| !material(t) && t != "of" && in_list("description-filler", t);
        // Such words in the term ("grey fabric"), or before it ("grey" "fabric").
        let within = tokens[start..end - 1].iter().take_while(|t| filler(t)).count();
        let before = start - tokens[..start].iter().rev().take_while(|t| filler(t)).count();
        tokens[start + within..end].iter().all(material) && goods_end_at(before)
    };
    // A chemical named after a preparation is what it contains: "Mineral Sunscreen SPF 50
    // Zinc Oxide", "Mouthwash Hydrogen Peroxide", "Deodorant Aluminum Free Baking Soda".
    let preparation_before = |at: usize| kind_before(at, is_preparation);
    // Produce named after prepared food, drink or feed is its flavour or filling:
    // "Granola Honey", "Naan Bread Garlic", "Canned Tuna in Olive Oil", "Puppy Food Dry
    // Chicken". (Prepared food after prepared food is the head: "Peanut Butter Cookies".)
    let flavour = |at: usize, product: &Product| is_produce(product) && kind_before(at, is_prepared_food);
    // What follows the size of goods named before it is their feature, not goods
    // ([`is_feature_after_size`]).
    let feature = |start: usize, end: usize| is_feature_after_size(tokens, start, end) && goods_before(start);
    // A preparation's form after the substances it is made of names the goods:
    // "Amoxicillin Capsules" are a medicine in doses (3004), not the antibiotic (2941).
    let names_dose_form = |at: usize, product: &Product| {
        is_preparation(product)
            && goods_before(at)
            && matches.iter().filter(|&&(_, e, t)| e <= at && is_goods_term(t)).all(|&(_, _, t)| is_ingredient(t.product))
    };
    // ... and one named with a cosmetic anywhere: "Vitamin C + E Super Bright Sunscreen".
    let cosmetic_named = matches.iter().any(|&(_, _, t)| is_goods_term(t) && is_cosmetic(t.product));
    // Goods right before "special" or "dedicated", as titles translated from Chinese
    // render 专用 ("Kitchen silicone spatula ... non-stick pan special cooking shovel"):
    // what the goods named with them are for.
    let made_for = |start: usize, end: usize| {
        tokens.get(end).is_some_and(|w| matches!(w.as_str(), "special" | "dedicated"))
            && (goods_before(start) || matches.iter().any(|&(s, _, t)| s > end && is_goods_term(t)))
    };
    // Goods named again after the goods a title opens with, which they qualify
    // ("Aquarium Heater ... Fish Tank", "Phone Tripod Stand ... Cell Phone", "Guitar Strap
    // ... Bass Guitar"): the sellers' keywords for what the goods are for, not goods.
    // `start..end` names `product` after opening goods of another heading (one of the same
    // heading is a synonym: "Glass Tumbler ... Drinking Glass") that open with a term of
    // the same product ("aquarium" in "Aquarium Heater"), or, when it is a device
    // (chapters 84-97), with its last word ("phone", "guitar"; "Elastic Band ... Sewing
    // Elastic" names the elastic again). Not when that word is all the opening goods say:
    // "Watch Smart Watch", "Table Top Pool Table" name the goods more closely.
    let repeats_purpose = |start: usize, end: usize, product: &Product| {
        let opens_with_its_word = tokens[0] == tokens[end - 1] && is_machine(product);
        matches.iter().any(|&(s1, e1, t1)| {
            s1 == 0
                && e1 <= start
                && e1 > 1
                && is_goods_term(t1)
                && usual_heading(t1.product) != usual_heading(product)
                && (opens_with_its_word || matches.iter().any(|&(s0, e0, t0)| s0 == 0 && e0 < e1 && std::ptr::eq(t0.product, product)))
        })
    };
    // A toy's term right before goods it copies names the goods: "Toy Tractor", "Kids Toy
    // Mobile Phone", "Playmobil Fire Truck" are toys (HS 9503, "other toys; reduced-size
    // models"), whatever tool, machine, vehicle, instrument or weapon (chapters 82-93) they
    // copy; what holds toys (a toy box, a toy chest) is no copy. `t` starts at `start`.
    let copies = |t: &EnglishTerm| {
        t.product.flags & flag::DESCRIBES == 0 && t.product.hs.first().is_some_and(|&c| (82..=93).contains(&chapter_of(c)))
    };
    let copied_by_toy = |start: usize, t: &EnglishTerm| {
        is_goods_term(t)
            && copies(t)
            && matches.iter().any(|&(_, e, toy)| e == start && is_goods_term(toy) && usual_heading(toy.product) == Some(9503))
    };
    // So does an ornament's term right after them, a word ("model") perhaps between:
    // "Brass Tractor Showpiece", "Mini Guitar Model Ornament" are ornaments.
    let ornamental = |t: &EnglishTerm| t.product.flags & flag::DECORATIVE != 0;
    let copied_by_ornament =
        |end: usize, t: &EnglishTerm| copies(t) && matches.iter().any(|&(s, _, d)| (s == end || s == end + 1) && ornamental(d));
    // The ornament's own term defers to goods before it, but not to the goods it copies.
    let copies_before = |start: usize| matches.iter().any(|&(_, e, t)| (e == start || e + 1 == start) && copies(t));
    // A title that opens with what the goods fit ("For Samsung Galaxy S23 ... Phone
    // Case", "Compatible with iPhone 15 Case"): goods named right after the opening
    // qualifier are what they fit, once other goods follow (a keyword list's first term
    // would otherwise head it); a phone's make, a deferring term, too.
    let opens_with_fit = tokens.first().is_some_and(|t| matches!(t.as_str(), "for" | "compatible" | "fit" | "fits" | "suitable"));
    let fitted_object = tokens.iter().position(|t| !is_qualifier_start(t)).filter(|_| opens_with_fit);
    for &(start, end, term) in &matches {
        // What the goods fit, and goods a toy copies, are not the goods.
        if (fitted_object == Some(start)
            && term.product.flags & flag::DESCRIBES == 0
            && matches.iter().any(|&(s, _, t)| s >= end && is_goods_term(t)))
            || copied_by_toy(start, term)
            || copied_by_ornament(end, term)
        {
            note(term.product, 1, false);
            continue;
        }
        // English compounds are headed on the right: when a later term takes this one's
        // last word ("stainless steel nail clipper": "steel nail", "nail clipper"), this
        // one only describes it. Not when that term names parts ("machine part" in
        // "Sewing Machine Parts"): this one names the goods they are parts of.
        if matches.iter().any(|&(s, e, _)| s > start && s < end && e > end && tokens[e - 1] != "part" && !claimed_by_describing(s, e)) {
            continue;
        }
        // Nor does a term whose last words a describing phrase continues ("Dress Shoes
        // Lace Up": "shoe lace" is no shoelace, its "lace" opens "lace up").
        if claimed_by_describing(start, end) {
            continue;
        }
        // Whether a longer term that yields (defers or describes), or one that names
        // goods, takes this one's words.
        let inside_longer = |yields: bool| {
            matches.iter().any(|&(s, e, t)| s <= start && e >= end && e - s > end - start && (t.product.flags & yielding != 0) == yields)
        };
        // Words a deferring or describing term takes are its own: "short" in "romper
        // short sleeve" is no pair of shorts.
        if inside_longer(true) {
            continue;
        }
        // A describing term ("short sleeve") names the goods only when nothing else does;
        // a deferring term ("tablet") after another product names that product's form:
        // "Ibuprofen 200mg tablets" is ibuprofen, "Tablet 10 inch 4GB RAM" a tablet.
        let describes = term.product.flags & flag::DESCRIBES != 0;
        let defers = term.product.flags & flag::DEFERS != 0;
        // Nor does one right before goods, which it qualifies ("Camo Print Jacket",
        // "Tablet Stand"), nor, in a short title, one that goods named later in its main
        // phrase take: "Screen Protector Samsung Galaxy S24" fits the phone, "Samsung
        // Galaxy S23 Case Leather" is a case (a keyword list's later terms are synonyms,
        // not its goods).
        let goods_after =
            || matches.iter().any(|&(s, _, t)| is_goods_term(t) && (s == end || main_end <= LIST_TITLE && s > end && s < main_end));
        // Goods right before the head noun of a short title qualify it: "Ball Bearing
        // Hinge" is a hinge, "Ring Light" a light; not before a container ("Tea Bag"),
        // nor before the material they are made of ("Portable Wardrobe Nonwoven"), nor
        // before what they contain ("Dishwasher Tablets Citric Acid").
        let head_right_after = || {
            main_end <= LIST_TITLE
                && matches.iter().any(|&(s, e, t)| {
                    s == end
                        && e == words_end
                        && is_goods_term(t)
                        && !copied_by_toy(s, t)
                        && !in_list("hs-packaging", &tokens[e - 1])
                        && !material_after_goods(s, e)
                        && !refines(term.product, t.product)
                        && !(t.product.flags & flag::BATTERY_ALONE != 0 && heated_wear(term.product))
                        && !(is_ingredient(t.product) && preparation_before(s))
                })
        };
        // Nor, at all, goods a grade is named after: "Talc Powder Cosmetic Grade", nor a
        // package after words the vocabulary does not know: "Adipic Acid 25kg Bag" is the
        // acid the nomenclature reads, no bag ("Woven Polypropylene 50kg Bags", only
        // materials before, are bags); nor what a machine named next works on ("Wire
        // Drawing Machine").
        if names_grade(tokens, end - 1) && !rated_by_grade(tokens, start, end) && !school_grade(tokens, end, term.product)
            || !is_machine(term.product)
                && !in_list("hs-machine-words", &tokens[end - 1])
                && (works_on(tokens, end) || works_on(tokens, end + 1))
            || !goods_before(start) && is_package(tokens, start, end, goods_before) && other_words_before(start)
        {
            continue;
        }
        if describes
            || is_semi_finished(term.product) && built_into(start, end) && !sold_by_weight(tokens, end)
            || is_finish(tokens, term)
            || names_a_colour(tokens, start, end)
            || end == start + 1 && abbreviates_earlier(tokens, start)
            || head_right_after()
            || (defers
                && !names_dose_form(start, term.product)
                && !(ornamental(term) && copies_before(start))
                && (goods_before(start) || goods_after()))
            || is_package(tokens, start, end, goods_before)
            || is_spec(tokens, start, || {
                // Goods before the spec, or a device after it that the main phrase ends on
                // and that no spec of its own names ("... 8GB RAM 512GB SSD ... Laptop").
                matches.iter().any(|&(s, e, t)| {
                    e < start && t.product.flags & flag::DESCRIBES == 0
                        || s >= end && e <= main_end && is_goods_term(t) && is_machine(t.product) && !amount_in(tokens, s, "hs-spec-units")
                })
            })
            || feature(start, end)
            || made_for(start, end)
            || repeats_purpose(start, end, term.product)
            || term.product.flags & flag::BATTERY_ALONE != 0 && kind_before(start, heated_wear)
            || of_material(tokens, start, end) && goods_before(start)
            || material_after_goods(start, end)
            || is_ingredient(term.product) && preparation_before(start)
            || flavour(start, term.product)
            || cosmetic_named && is_cosmetic_ingredient(term.product)
        {
            note(term.product, 1, false);
            continue;
        }
        // "gps" in "GPS tracker" is the same naming, not another one (the keyword lists'
        // same-heading gain below counts namings).
        if inside_longer(false) {
            within_longer.push(term.product);
        } else {
            standing_alone.push(term.product);
            // A naming that ends a phrase: no term starts right after it ("quartz watch
            // cross-border", not "Phone Signal Booster" or "Book Cover").
            if !matches.iter().any(|&(s, _, _)| s == end) {
                phrase_heads.push(term.product);
            }
        }
        let n = term.words.word_count() as u32;
        // Words matched, plus a bonus in the main phrase, more the nearer its end.
        let position = if main_end > LIST_TITLE {
            main_end.saturating_sub(end) as u32 * 10 / main_end as u32
        } else {
            end.min(words_end) as u32 * 10 / words_end as u32
        };
        let strength = if end <= main_end { 20 * n + 20 + position } else { 20 * n };
        // A term that starts in the main phrase names the goods, even when it runs past
        // where the phrase ends ("Laptop Replacement Battery for Dell", "Grinder for Herbs").
        note(term.product, strength, start < main_end);
    }
    // "Strap for Apple Watch", "Bed for dog": the goods are the term the head makes with
    // its purpose ("watch strap", "dog bed"), as strong as that term in the main phrase.
    if let Some(term) = main_end.checked_sub(1).and_then(|head| purpose_compound(tokens, head, main_end)) {
        note(term.product, 20 * term.words.word_count() as u32 + 30, true);
    }
    // "Electric Toothbrush Replacement Heads", "Laptop Replacement Battery": the goods
    // are the term the main phrase's last words make with the part after "replacement"
    // ("electric toothbrush head"), as strong as a purpose's compound.
    if let Some(term) = replacement_compound(tokens, main_end) {
        note(term.product, 20 * term.words.word_count() as u32 + 30, true);
    }
    // "MacBook Air 13 sleeve", "Kindle Paperwhite cover": the head noun makes a term
    // with an earlier word of a short main phrase ("macbook sleeve", "kindle cover") that
    // the model's words split; just under a term of as many words written together at
    // the phrase's end ("hose ... brass connector" is a brass connector).
    if main_end <= LIST_TITLE {
        let head = (0..main_end).rev().find(|&i| tokens[i].bytes().all(|b| b.is_ascii_alphabetic()));
        // A head word inside a describing phrase is no head noun: "Electric Bike ... Fat
        // Tire" is an e-bike, not a bike tyre; "Roller Skates ... High Top" no top.
        let describes = |h: usize| matches.iter().any(|&(s, e, t)| s <= h && h < e && e - s > 1 && t.product.flags & flag::DESCRIBES != 0);
        // Nor is a package ("... 10 Boxes"): no "tissue box" or "soft box" to pair.
        let package = |h: usize| is_package(tokens, h, h + 1, goods_before);
        // Nor is a form right after the goods it is the form of ("Black Silicon Carbide
        // Powder" is silicon carbide, no black powder).
        let form_of_goods = |h: usize| in_list("hs-forms", &tokens[h]) && goods_end_at(h);
        // Nor the material goods named before are made of ("jacket of nylon woven fabric").
        let material_of_goods = |h: usize| of_material(tokens, h, h + 1) && goods_before(h);
        // Nor one in a feature after the goods' size ("Label Printer 4x6 Shipping Labels").
        let in_feature = |h: usize| matches.iter().any(|&(s, e, _)| s <= h && h < e && feature(s, e));
        if let Some(head) = head.filter(|&h| !describes(h) && !package(h) && !form_of_goods(h) && !material_of_goods(h) && !in_feature(h)) {
            // "Gold Plated ... Necklace" is no gold necklace (`hs-finish`).
            let finish = word_set("hs-finish");
            // Nor a word that already heads goods of its own ("Guitar Strings ... Light":
            // "string" ends "guitar string", no string light); a material still says what
            // the head is made of ("Kraft Paper Gift Boxes" are paper boxes).
            let heads_goods =
                |i: usize| !in_list("hs-material", &tokens[i]) && matches.iter().any(|&(s, e, t)| s < i && e == i + 1 && is_goods_term(t));
            for i in (0..head.saturating_sub(1)).filter(|&i| !finish.contains(&tokens[i + 1]) && !heads_goods(i)) {
                let pair = [tokens[i].clone(), tokens[head].clone()];
                // Not a deferring or describing term: "Silk Roses Bouquet Home Wedding
                // Decoration" are roses, whatever "home decoration" would be alone. (Only
                // the terms that start with the pair's first word can span it.)
                let names_goods = |m: &&(usize, usize, &EnglishTerm)| m.1 == 2 && is_goods_term(m.2);
                // Nor a pair that names the opening goods' purpose again ("... Acoustic
                // Electric Bass Guitar" after "Guitar Strap").
                if let Some(&(_, _, term)) = english_matches_starting(&pair, 1).iter().find(names_goods) {
                    if !repeats_purpose(i, head + 1, term.product) {
                        note(term.product, 20 * 2 + 20 + 9, true);
                    }
                }
            }
        }
    }
    // The Chinese terms (none while their part is not loaded: the check is then asked
    // again once it is), asked for only when the text has Chinese characters (every term
    // has some), so an English page never loads them.
    if let Some(index) = (!zh.is_empty()).then(crate::knowledge::vocabulary::chinese_terms).flatten() {
        // Mixed terms ("u盘", "tf卡") are looked for in the text with only spaces removed.
        let compact: String = folded.chars().filter(|c| !c.is_whitespace()).collect();
        // One pass of the term finder over each text, not a substring search per term
        // (~1,500): Chinese terms in the Chinese characters, mixed ones in the compact
        // text; then in file order, as the strengths' ties are broken by it.
        let mixed = |i: &usize| index.terms[*i].0.bytes().any(|b| b.is_ascii());
        let pure = index.found_in(&zh).into_iter().filter(|i| !mixed(i));
        let mut hits: Vec<usize> = pure.chain(index.found_in(&compact).into_iter().filter(mixed)).collect();
        crate::base::order::sort_by(&mut hits, |a, b| a < b);
        // Where each term stands in the characters (mixed terms, found in the compact
        // text, stand nowhere there and take no part in the readings below).
        let spans: Vec<Option<(usize, usize, bool)>> = hits
            .iter()
            .map(|&i| {
                let (term, product) = index.terms[i];
                positions_short(&zh, term).next().map(|at| (at, at + term.len(), product.flags & yielding == 0))
            })
            .collect();
        let fitted = fitted_spans(folded, &zh, &spans);
        let standing = standing_spans(&zh, &spans);
        let other_goods = |k: usize| spans.iter().enumerate().any(|(j, s)| j != k && !fitted[j] && s.is_some_and(|s| s.2));
        let battery = |j: usize| index.terms[hits[j]].1.flags & flag::BATTERY_ALONE != 0;
        let goods_besides_batteries = || spans.iter().enumerate().any(|(j, s)| !battery(j) && !fitted[j] && s.is_some_and(|s| s.2));
        // Term k lies in a battery term that follows a comes-with word (itself, or 锂电池
        // for its 电池).
        let battery_after_with = |k: usize| {
            let Some((start, end, _)) = spans[k] else { return false };
            spans
                .iter()
                .enumerate()
                .any(|(j, s)| battery(j) && s.is_some_and(|(s0, e0, _)| s0 <= start && e0 >= end && comes_with_zh(&zh, s0)))
        };
        // A term right before 级 names a grade (医药级, 食品级硅胶: "pharmaceutical grade",
        // "food-grade silicone"), as "Food Grade" does in English: it names no goods. Only
        // the term that 级 follows: 女包百搭高级 ("premium") is still a handbag.
        let names_grade_zh = |term: &str| positions_short(folded, term).any(|at| folded[at + term.len()..].starts_with('级'));
        // A vitamin or other ingredient beside a cosmetic is what the cosmetic contains
        // (维生素 ... 面膜), as in English.
        let cosmetic_named =
            cosmetic_named || hits.iter().any(|&i| index.terms[i].1.flags & yielding == 0 && is_cosmetic(index.terms[i].1));
        // A title may end on trade words (批发, 跨境, 一件代发: `hs-zh-trade-words`) after its
        // head noun: the head is what ends the title before them.
        let head_end = without_trailing(&zh, "hs-zh-trade-words");
        // A declaration line names its goods first and their elements after, in segments
        // a space or comma parts ("办公椅 带扶手 网布", "玻璃水杯 钢化玻璃"): once its first
        // segment with Chinese ends on a term that names goods, that is the head, and a
        // term of a later segment says what the goods are made of or have, not what they
        // are. (Marketplace titles run keywords apart too, but seldom end the first on one.)
        // `first_segment`: where it ends in `zh`, the bytes of its Chinese characters.
        let mut first_segment = 0;
        for c in folded.chars() {
            if crate::base::text::is_cjk(c) {
                first_segment += c.len_utf8();
            } else if first_segment > 0 && (c.is_whitespace() || c == ',' || c == '，') {
                break;
            }
        }
        let first_segment = Some(first_segment).filter(|&n| {
            n < zh.len()
                && (0..spans.len()).any(|j| index.terms[hits[j]].1.flags & flag::DESCRIBES == 0 && spans[j].is_some_and(|s| s.1 == n))
        });
        for (k, (term, product)) in hits.iter().map(|&i| index.terms[i]).enumerate() {
            if names_grade_zh(term) {
                continue;
            }
            if cosmetic_named && is_cosmetic_ingredient(product) {
                note(product, 1, false);
                continue;
            }
            // What the goods fit or serve is no goods when other goods are named:
            // 不粘锅炒锅电磁炉燃气灶通用 is a wok "for induction and gas hobs".
            if fitted[k] && other_goods(k) {
                note(product, 1, false);
                continue;
            }
            if let Some((start, end, _)) = spans[k] {
                if !standing[k] {
                    continue;
                }
                // A battery the goods come with (电动割草机带锂电池, its 电池 too) is no goods
                // of its own; `comes_with_battery` reads it as contained.
                if product.flags & flag::BATTERY_ALONE != 0 && battery_after_with(k) && goods_besides_batteries() {
                    note(product, 1, false);
                    continue;
                }
                // A deferring term after named goods is their form (鱼油软胶囊: fish oil),
                // and one right before goods what they fit (自行车内胎: an inner tube).
                let defers = product.flags & flag::DEFERS != 0;
                if defers && spans.iter().flatten().any(|&(s, e, goods)| goods && (e <= start || s == end && first_segment != Some(end))) {
                    note(product, 1, false);
                    continue;
                }
            }
            let chars = term.chars().count() as u32;
            // Chinese heads are at the end (of the first segment, in a declaration line).
            let segment_end = first_segment.zip(spans[k].map(|s| s.1));
            let later = segment_end.is_some_and(|(n, e)| e > n);
            let at_end = segment_end.map_or_else(|| head_end.ends_with(term), |(n, e)| e == n);
            // A keyword title names its goods again and again (户外风扇 ... usb风扇 ... 露营风扇
            // 照明挂钩): each naming after the first gains, as in an English keyword list.
            let again = positions_short(folded, term).count().saturating_sub(1) as u32;
            // A describing term (短袖) names the goods only when nothing else does.
            let strength = if product.flags & flag::DESCRIBES != 0 {
                1
            } else {
                15 * chars
                    + 15 * again
                    + if later {
                        0
                    } else if at_end {
                        30
                    } else {
                        10
                    }
            };
            note(product, strength, !later);
        }
    }
    // A keyword-stuffed title (a list of words, longer than `LIST_TITLE`) names its goods
    // more than once, in other words each time ("3D Printed Jacket ... Hoodie ...
    // Sweatshirt Pullover"): each goods term gains a little for every other one whose
    // usual code has the same heading, and for each time its own term ends a phrase
    // again ("calendar steel band watch men's ... quartz watch cross-border men's
    // watch"), so the heading named most often is ahead of one named once. Not in a short
    // title, where terms that share words ("LED lamp", "lamp") are one naming.
    if main_end > LIST_TITLE {
        let only_within = |m: &ProductMatch| {
            let is = |p: &&Product| std::ptr::eq(*p, m.product);
            within_longer.iter().any(is) && !standing_alone.iter().any(is)
        };
        let named = |m: &ProductMatch| m.as_goods && m.strength >= 20 && !only_within(m);
        let bonus: Vec<u32> = found
            .iter()
            .map(|m| {
                let others = found
                    .iter()
                    .filter(|o| named(o) && !std::ptr::eq(o.product, m.product) && usual_heading(o.product) == usual_heading(m.product));
                let again = phrase_heads.iter().filter(|p| std::ptr::eq(**p, m.product)).count().saturating_sub(1);
                if named(m) {
                    (others.count() + again) as u32 * SAME_HEADING_BONUS
                } else {
                    0
                }
            })
            .collect();
        for (m, b) in found.iter_mut().zip(bonus) {
            m.strength += b;
        }
    }
    // Decorations for a festival ("Christmas Elk Lawn Decorations", "Halloween Ghost
    // Ornament", 圣诞树脂摆件) are festive articles whatever they are made of: the festival
    // names the goods when the goods read so far are only decorative articles.
    if let Some(occasion) = found.iter().position(|m| m.product.flags & flag::OCCASION != 0) {
        let lead = found.iter().filter(|m| m.as_goods && m.product.flags & flag::OCCASION == 0).max_by_key(|m| m.strength);
        if let Some(strength) = lead.filter(|m| m.product.flags & flag::DECORATIVE != 0).map(|m| m.strength) {
            found[occasion].strength = strength + 1;
            found[occasion].as_goods = true;
        }
    }
    crate::base::order::sort_desc_by_key(&mut found, |m| m.strength);
    found
}

/// What each other goods term of the same heading adds to a term's strength (a word of a
/// term is worth 20).
const SAME_HEADING_BONUS: u32 = 4;

/// Which Chinese terms (by their spans in the characters) are read: of two sharing
/// characters the first reading stands (扳手套装 is a wrench set, not 手套 gloves), and a
/// term that starts inside a material word (`description-zh-material`) is none (橡胶水鞋
/// are rubber rain shoes, no 胶水 glue); a term only a dropped reading overlaps stands
/// (水鞋 there). Terms that only follow one another all stand: a Chinese title runs its
/// keywords together (玻璃保鲜盒微波炉可用 is a food box, "microwave-safe").
fn standing_spans(zh: &str, spans: &[Option<(usize, usize, bool)>]) -> Vec<bool> {
    let words: Vec<(usize, usize)> = crate::knowledge::data::store::word_list("description-zh-material")
        .iter()
        .flat_map(|w| positions_short(zh, w).map(move |at| (at, at + w.len())))
        .collect();
    let mut order: Vec<usize> = (0..spans.len()).collect();
    crate::base::order::sort_by(&mut order, |&a, &b| spans[a].map_or(usize::MAX, |s| s.0) < spans[b].map_or(usize::MAX, |s| s.0));
    let mut standing = vec![true; spans.len()];
    for &k in &order {
        let Some((start, end, _)) = spans[k] else { continue };
        let crosses = |(s, e): (usize, usize)| s < start && e > start && e < end;
        standing[k] = !words.iter().any(|&w| crosses(w))
            && !(0..spans.len()).any(|j| standing[j] && spans[j].is_some_and(|(s, e, _)| crosses((s, e))));
    }
    standing
}

/// Which Chinese terms (by their spans in the characters) name what the goods fit or
/// serve: those right after a word like 适用 ("fits", `brand-fits-zh`) or right before
/// one like 通用 ("for all", `fits-after-zh`), and the terms run together with them
/// (电磁炉燃气灶通用: both hobs).
fn fitted_spans(folded: &str, zh: &str, spans: &[Option<(usize, usize, bool)>]) -> Vec<bool> {
    let mut fitted = vec![false; spans.len()];
    let fits_before = crate::knowledge::data::store::word_list("brand-fits-zh");
    for word in crate::knowledge::data::store::word_list("fits-after-zh") {
        // Not the start of a word that says what follows fits (用 in 用于).
        for at in positions_short(zh, word).filter(|&at| !fits_before.iter().any(|w| zh[at..].starts_with(w))) {
            let mut end = at;
            while let Some(k) = spans.iter().position(|s| s.is_some_and(|s| s.1 == end && s.0 < end)) {
                fitted[k] = true;
                end = spans[k].map_or(0, |s| s.0);
            }
        }
    }
    for word in fits_before {
        // Not when a model in Latin letters follows the word (适用iPhone15手机壳): that is
        // what the goods fit, and the Chinese term after it the goods. (Its occurrences in
        // `zh` and in `folded` are paired in order: the same but for a word whose
        // characters the text parts with Latin ones, which only `zh` holds.)
        for (at, in_folded) in positions_short(zh, word).zip(positions_short(folded, word)) {
            if folded[in_folded + word.len()..].trim_start().starts_with(|c: char| c.is_ascii_alphanumeric()) {
                continue;
            }
            let mut start = at + word.len();
            while let Some(k) = spans.iter().position(|s| s.is_some_and(|s| s.0 == start && s.1 > start)) {
                fitted[k] = true;
                start = spans[k].map_or(usize::MAX, |s| s.1);
            }
        }
    }
    // A run that takes every goods term leaves the title naming none: its first goods are
    // what the title sells (铜管空调用 is copper tube "for air conditioners").
    let goods = |j: usize| spans[j].is_some_and(|s| s.2);
    if !(0..spans.len()).any(|j| goods(j) && !fitted[j]) {
        let first = (0..spans.len()).filter(|&j| goods(j)).min_by_key(|&j| spans[j].map_or(usize::MAX, |s| s.0));
        if let Some(j) = first {
            fitted[j] = false;
        }
    }
    fitted
}

/// Whether the words `start..end` name a material after "of" ("A men's jacket of 100%
/// nylon woven fabric", "a box of polypropylene plastic", "Woven fabric of polyester
/// filament yarn": a yarn too, as the nomenclature names fabrics): what goods named
/// before are made of, not goods. Numbers and other material or weave words may stand
/// between.
fn of_material(tokens: &[String], start: usize, end: usize) -> bool {
    if !(in_list("hs-material", &tokens[end - 1]) || tokens[end - 1] == "yarn") {
        return false;
    }
    let mut at = start;
    while at > 0 {
        let word = tokens[at - 1].as_str();
        if word == "of" {
            return true;
        }
        if !(is_number(word) || in_list("hs-material", word) || matches!(word, "woven" | "knit" | "knitted" | "pure")) {
            return false;
        }
        at -= 1;
    }
    false
}

/// Whether the words `start..end` are a container after the amount it holds ("Almonds
/// Roasted Salted 1kg Bag", "Honey 500 g Jar"), after a count of them or "in (a)" once
/// other goods are named ("Facial Tissues Soft 3 Ply 10 Boxes", "Soy sauce in a glass
/// bottle"), or before "of" and what it holds ("Box of Chocolates"): the package of the
/// goods the title names, not goods (`hs-packaging`, perhaps after its own `hs-material`
/// words, after a number with an `hs-content-units` unit, or a bare number or "in" when
/// `goods_before` the container).
fn is_package(tokens: &[String], start: usize, end: usize, goods_before: impl Fn(usize) -> bool) -> bool {
    // A container, or a term naming one of a material ("glass bottle").
    let container = end.saturating_sub(1);
    if end <= start || !in_list("hs-packaging", &tokens[container]) || !tokens[start..container].iter().all(|t| in_list("hs-material", t)) {
        return false;
    }
    // A container of what the title names next: "Box of Chocolates", "Bulk Bags of Fine
    // Glitter", "Pack of 12 Pencils".
    if tokens.get(end).is_some_and(|t| t == "of") {
        return true;
    }
    // The container's own material stands between: "Soy sauce 500 ml glass bottle".
    let mut at = start;
    while at > 0 && in_list("hs-material", &tokens[at - 1]) {
        at -= 1;
    }
    let Some(before) = at.checked_sub(1).map(|i| tokens[i].as_str()) else { return false };
    if is_number(before) {
        return goods_before(start);
    }
    // What named goods come in: "Soy sauce in a glass bottle", "olives in jars".
    let article = matches!(before, "a" | "an");
    if (before == "in" || (article && at >= 2 && tokens[at - 2] == "in")) && goods_before(start) {
        return true;
    }
    amount_in(tokens, at, "hs-content-units")
}

/// Whether the words before word `at` (at least one) are an amount in a unit of the
/// word list `units`: "1kg" as one word, or "1 kg" as two.
fn amount_in(tokens: &[String], at: usize, units: &str) -> bool {
    let before = tokens[at - 1].as_str();
    if let Some(unit) = amount_unit(before) {
        return in_list(units, unit);
    }
    at >= 2 && is_number(&tokens[at - 2]) && in_list(units, before)
}

/// Whether the term starting at `start` follows an amount in a unit of what a device
/// holds or does (`hs-spec-units`: "8GB RAM", "5000mAh Battery", "50 MP Camera") once
/// `device_named` says goods are named with it: before it (a deferring term too: "Tablet
/// 10 inch 4GB RAM"), or as the device the main phrase ends on ("HP 15s 8GB RAM 512GB SSD
/// Laptop"): their spec ("Redmi Note 12 8GB RAM" is a phone), not goods. Alone or first
/// ("Crucial 8GB DDR4 RAM") it stays goods.
fn is_spec(tokens: &[String], start: usize, device_named: impl Fn() -> bool) -> bool {
    start > 0 && amount_in(tokens, start, "hs-spec-units") && device_named()
}

/// Whether the term `start..end` follows a size of the goods named before it ("Wall Fan
/// 16 Inch Remote Control", "Label Printer 4x6 Shipping Labels"), or their package ("PLA
/// Filament 1kg Spool 3D Printer"): what they come with, work with or are for, not goods;
/// an accessory's noun (`device-accessories`: "Tablet 10 inch Case") is still the goods.
fn is_feature_after_size(tokens: &[String], start: usize, end: usize) -> bool {
    // The size right before the term, or before a word that says how it works ("Slow
    // Cooker 6 Quart Programmable Digital Timer").
    let after_size = |at: usize| {
        let Some(size) = at.checked_sub(1).map(|i| tokens[i].as_str()) else { return false };
        let dimensions = size.split_once('x').is_some_and(|(a, b)| is_number(a) && is_number(b));
        dimensions || amount_in(tokens, at, "hs-size-units")
    };
    let worded = start > 1 && tokens[start - 1].bytes().all(|b| b.is_ascii_alphabetic());
    // Or right after the package the goods come in, and its content ("PLA Filament 1kg
    // Spool 3D Printer"): what they are for.
    let after_package = start > 1 && in_list("hs-packaging", &tokens[start - 1]) && amount_in(tokens, start - 1, "hs-content-units");
    (after_size(start) || worded && after_size(start - 1) || after_package)
        && !crate::knowledge::data::store::in_word_list("device-accessories", &tokens[end - 1])
}

/// A title word that is a number ("3", "2.5").
fn is_number(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}

/// The unit of an amount written as one word ("1kg" -> "kg", "3" -> ""), None for a word
/// that does not start with a digit.
fn amount_unit(word: &str) -> Option<&str> {
    word.as_bytes().first().is_some_and(u8::is_ascii_digit).then(|| word.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.'))
}

/// Whether the goods ending before word `end` are what a machine named next works on
/// (`hs-machine-words`): "Wire Drawing Machine", "Waffle Maker" name the machine, which
/// the nomenclature reads, not wire or waffles. (Callers ask one word on too: "Toilet
/// Paper Making Machine" names no toilet either; nor of goods that are a machine already,
/// "Pasta Maker Machine".)
#[inline(never)]
fn works_on(tokens: &[String], end: usize) -> bool {
    let machine = |at: usize| tokens.get(at).is_some_and(|w| in_list("hs-machine-words", w));
    machine(end) || tokens.get(end).is_some_and(|w| w.len() > 4 && w.ends_with("ing")) && machine(end + 1)
}

/// The first chapter whose codes say what goods do rather than what they are made of
/// (84-97: machines, instruments, vacuum flasks, toys).
const WHAT_GOODS_DO: u32 = 84;

/// Semi-manufactures that other goods are built of (`hs-semi-finished`: steel tubes,
/// boards, plastic sheets): "Steel Pipe ... Shoe Cabinet" is a cabinet of steel pipe.
#[inline(never)]
fn is_semi_finished(product: &Product) -> bool {
    // A String a call: writing the digits in place (`base::text::decimal`, as
    // `paired_with_heading` does) measured 0.02% fewer instructions in `check --jsonl`
    // and 20 B more module.
    product.hs.first().is_some_and(|&c| in_list("hs-semi-finished", &heading_of(c).to_string()))
}

/// Whether a weight or volume follows the goods ending before word `end`, within the
/// next three words ("PLA Filament 1.75mm 1kg Spool 3D Printer"): a semi-manufacture
/// sold by the kilogram is the goods, not what a machine named after it is built of.
fn sold_by_weight(tokens: &[String], end: usize) -> bool {
    (end + 1..=(end + 3).min(tokens.len())).any(|at| amount_in(tokens, at, "hs-content-units"))
}

/// Machines, appliances, instruments and other goods named by what they do
/// ([`WHAT_GOODS_DO`]: "Nebulizer Machine", "Bubble Machine"), which a machine word after
/// them describes.
#[inline(never)]
fn is_machine(product: &Product) -> bool {
    product.hs.first().is_some_and(|&c| chapter_of(c) >= WHAT_GOODS_DO)
}

/// Whether `narrow`'s usual code lies within a heading `broad` names ("18K Gold Necklace
/// Pendant": gold jewellery, 7113.19, within heading 7113 of a pendant's codes): goods
/// named right before a head noun then name the same goods more closely, not what the
/// head's goods fit or are made for.
fn refines(narrow: &Product, broad: &Product) -> bool {
    narrow.hs.first().is_some_and(|&code| code > 9999 && broad.hs.contains(&heading_of(code)))
}

/// Clothing, footwear and headgear that carry their lithium battery (chapters 61-65:
/// heated gloves, vests, socks): a battery named after them ("Heated Gloves Rechargeable
/// Battery") is theirs, no battery alone; the goods stand, the battery describes them.
/// Not a device's: "Drill Battery", "Camera Battery" are batteries for it.
fn heated_wear(product: &Product) -> bool {
    product.flags & flag::BATTERY_IN != 0 && product.hs.first().is_some_and(|&c| (61..=65).contains(&chapter_of(c)))
}

/// The heading of a product's usual code (its first).
fn usual_heading(product: &Product) -> Option<u32> {
    product.hs.first().map(|&c| heading_of(c))
}

/// Whether word `i` is the one a grade is named after ("Cosmetic" in "Talc Powder
/// Cosmetic Grade"): what the goods are fit for, not what they are.
fn names_grade(words: &[String], i: usize) -> bool {
    words.get(i + 1).is_some_and(|w| w == "grade")
}

/// Whether the goods a title starts with, a grade named after them, are rated by it: a
/// number or letter follows ("Cheesecloth Grade 90", "Vanilla Beans Grade A").
/// Later in a title the grade is a use whatever follows ("Lithium Carbonate Battery Grade
/// 99.5%", whose purity reads as a number too).
fn rated_by_grade(words: &[String], start: usize, end: usize) -> bool {
    start == 0 && words.get(end + 1).is_some_and(|w| is_number(w) || matches!(w.as_str(), "a" | "b" | "aa"))
}

/// Whether printed matter is named for a school year: "Reading Comprehension, Grade 3" is
/// a book whatever words come before it.
fn school_grade(words: &[String], end: usize, product: &Product) -> bool {
    usual_heading(product).is_some_and(|h| h / 100 == 49) && words.get(end + 1).is_some_and(|w| is_number(w))
}

/// Whether the word `tokens[at]` abbreviates the words just before it (an amount between
/// them aside), as trade titles repeat a chemical's name: "Triethanolamine 99% TEA" is no
/// tea, "Monoammonium Phosphate MAP" no map. The words' letters spell it, each word giving
/// its first letter; one word alone must be three times as long ("Stainless Steel Set" and
/// "Transparent Tape" abbreviate nothing).
fn abbreviates_earlier(tokens: &[String], at: usize) -> bool {
    let word = tokens[at].as_bytes();
    let letters = |t: &String| t.bytes().all(|b| b.is_ascii_lowercase());
    // Most single-word terms are no short word of letters: done before looking back.
    if !(2..=5).contains(&word.len()) || !letters(&tokens[at]) {
        return false;
    }
    let mut end = at;
    while end > 0 && !letters(&tokens[end - 1]) {
        end -= 1;
    }
    (1..=word.len().min(end)).any(|n| {
        let span = &tokens[end - n..end];
        span.iter().all(letters) && (n > 1 || span[0].len() >= 3 * word.len()) && spells(word, span)
    })
}

/// Whether `word` is an abbreviation of `words`: each word's first letter in turn, and
/// the letters between taken in order from within the word before.
fn spells(word: &[u8], words: &[String]) -> bool {
    let Some((first, rest)) = words.split_first() else { return word.is_empty() };
    let first = first.as_bytes();
    // The letters this word gives after its first: word[1..k], in order within it.
    word.first() == first.first()
        && (1..=word.len()).any(|k| {
            let mut within = first[1..].iter();
            word[1..k].iter().all(|b| within.any(|c| c == b)) && spells(&word[k..], rest)
        })
}

/// The code a "heading=code" word list pairs with a code's heading.
fn paired_with_heading(list: &str, code: u32) -> Option<u32> {
    heading_word(list, code).and_then(|p| p.parse().ok())
}

/// What a "heading=word" list pairs with a code's heading (`hs-device-word`: 8517 ->
/// "phone", the word goods of a device's heading go by).
fn heading_word(list: &str, code: u32) -> Option<&'static str> {
    word_pair(list, crate::base::text::decimal(u64::from(heading_of(code)), &mut [0; 20]))
}

/// Where the HS texts put the parts of a code's goods (`hs-parts-of`: 8427 -> 8431.20).
fn parts_code(code: u32) -> Option<u32> {
    paired_with_heading("hs-parts-of", code)
}

/// Whether a title names whom its goods are for with a word of `list` (`hs-for-women`):
/// English as words; Chinese anywhere in the text, a lone character too (羽绒服女, 男款):
/// a Chinese title runs its words together.
fn named_for(description: &str, words: &[String], list: &str) -> bool {
    let set = word_set(list);
    words.iter().any(|w| set.contains(w))
        || (!description.is_ascii()
            && crate::knowledge::data::store::word_list(list).iter().any(|w| !w.is_ascii() && description.contains(w)))
}

/// Whether a title says its goods are for babies (`hs-for-babies`: "Newborn Romper",
/// 婴儿连体衣), not in a colour or style named after them ("Baby Blue", `hs-babies-not-
/// before`), or gives their age in months ("0-3 Months", "3-6 Mos", "6-12M").
fn for_babies(description: &str, words: &[String]) -> bool {
    let after_babies = |w: &[String]| in_list("hs-for-babies", &w[0]) && in_list("hs-babies-not-before", &w[1]);
    named_for(description, words, "hs-for-babies") && !words.windows(2).any(after_babies)
        || words.windows(2).any(|w| is_number(&w[0]) && (matches!(w[1].as_str(), "month" | "mos") || is_months_size(&w[1])))
}

/// A babies' size's second number and its "M" ("6-12M": "12m").
fn is_months_size(word: &str) -> bool {
    word.strip_suffix('m').is_some_and(is_number)
}

/// Chinese parts words (`hs-parts-words`: 配件, 零件 ...).
fn zh_parts_words() -> impl Iterator<Item = &'static &'static str> {
    word_set("hs-parts-words").words().iter().filter(|w| !w.is_ascii())
}

/// Whether the title names parts at all ("part" among its words, or a Chinese parts word):
/// asked once per title, so most titles never look for whose parts they are.
fn names_parts(description: &str, words: &[String]) -> bool {
    words.iter().any(|w| w == "part") || zh_parts_words().any(|p| description.contains(p))
}

/// Whether the title names parts of `product`'s goods: one of its terms followed by parts
/// words that hold "part" ("Forklift Spare Parts"), "part(s) for/of" before it ("Spare
/// Parts for Excavator"), or in Chinese a term followed by one (挖掘机配件).
fn names_parts_of(product: &Product, description: &str, words: &[String]) -> bool {
    if words.iter().any(|w| w == "part") {
        let parts_words = word_set("hs-parts-words");
        for term in &product.terms {
            let n = term.split(' ').count();
            for at in (0..words.len().saturating_sub(n - 1)).filter(|&at| words[at..at + n].iter().map(String::as_str).eq(term.split(' ')))
            {
                let before = at >= 2 && matches!(words[at - 1].as_str(), "for" | "of") && words[at - 2] == "part";
                if before || words[at + n..].iter().take_while(|w| parts_words.contains(w)).any(|w| w == "part") {
                    return true;
                }
            }
        }
    }
    let zh = cjk_only(description);
    if zh.is_empty() || !zh_parts_words().any(|p| zh.contains(p)) {
        return false;
    }
    let Some(index) = crate::knowledge::vocabulary::chinese_terms() else { return false };
    index.found_in(&zh).into_iter().any(|i| {
        let (term, of) = index.terms[i];
        std::ptr::eq(of, product) && positions_short(&zh, term).any(|at| zh_parts_words().any(|p| zh[at + term.len()..].starts_with(p)))
    })
}

/// Expands a vocabulary code (a heading or a subheading) to subheadings, choosing the
/// subheadings whose text shares most words with the description: `lists` are the
/// posting lists of its words (longer than two letters), looked up once per title.
fn expand(code: u32, lists: &[&[u16]]) -> Vec<u32> {
    if code >= 10_000 {
        return vec![code];
    }
    // Shared words counted through the word index's posting lists (each subheading's
    // text with its heading's and the national lines' words), not by re-reading texts.
    // A heading's subheadings are one run of positions, so each list is read only there.
    let run = positions_of(code);
    let mut subs: Vec<(usize, u32)> = subheadings_of(code as u16).iter().map(|c| (0, *c)).collect();
    for postings in lists {
        let start = postings.partition_point(|&i| usize::from(i) < run.start);
        for &i in postings[start..].iter().take_while(|&&i| run.contains(&usize::from(i))) {
            subs[usize::from(i) - run.start].0 += 1;
        }
    }
    // Most shared words first; equal counts keep code order.
    crate::base::order::sort_desc_by_key(&mut subs, |s| s.0);
    subs.into_iter().map(|(_, c)| c).take(2).collect()
}

/// The positions in the subheading list (the word index's posting numbers) that a
/// vocabulary code covers: a subheading's own, or the run of a heading's subheadings.
fn positions_of(code: u32) -> std::ops::Range<usize> {
    let subheadings = &store().subheadings;
    if code >= 10_000 {
        let at = subheadings.partition_point(|s| *s < code);
        at..at + 1
    } else {
        let first = subheadings.partition_point(|s| *s < code * 100);
        first..first + subheadings_of(code as u16).len()
    }
}

// The four predicates below are kept out of line: inlined into each caller of
// `products_in_words` they cost the wasm module about 130 B brotli.

/// A chemical of chapters 28-29, urea (3102.10), which creams are made with, or a plastic
/// in primary forms (3901-3914: PVA, epoxy), which glues and paints are.
#[inline(never)]
fn is_ingredient(product: &Product) -> bool {
    product.hs.first().is_some_and(|&c| matches!(chapter_of(c), 28 | 29) || matches!(heading_of(c), 3102 | 3901..=3914))
}

/// What a cosmetic is made with: an ingredient, what is otherwise sold as a supplement
/// (2106: vitamins, collagen), which no listing sells as a cream's partner, an oil or
/// butter of chapter 15 ("Argan Oil Shampoo", "Shea Butter Body Lotion"), or a plant
/// product of chapters 7-14 ("Dog Shampoo Oatmeal", "Body Scrub Coffee"). Not dairy
/// goods nor confectionery: "Milk Powder Full Cream", "Strawberries and Cream Sweets"
/// name no cosmetic.
#[inline(never)]
fn is_cosmetic_ingredient(product: &Product) -> bool {
    is_ingredient(product) || product.hs.first().is_some_and(|&c| heading_of(c) == 2106 || matches!(chapter_of(c), 7..=15))
}

/// Cosmetic and toilet preparations (chapter 33): what a listing names by its
/// ingredients wherever they stand ("Vitamin C + E Sunscreen").
#[inline(never)]
fn is_cosmetic(product: &Product) -> bool {
    product.hs.first().is_some_and(|&c| chapter_of(c) == 33)
}

/// Farm and fishery produce (chapters 1-15): what a prepared food is flavoured with.
#[inline(never)]
fn is_produce(product: &Product) -> bool {
    product.hs.first().is_some_and(|&c| chapter_of(c) <= 15)
}

/// Prepared foods, drinks and animal feed (chapters 16-23).
#[inline(never)]
fn is_prepared_food(product: &Product) -> bool {
    product.hs.first().is_some_and(|&c| (16..=23).contains(&chapter_of(c)))
}

/// Pharmaceutical, cosmetic, toilet and washing preparations, paints and glues (chapters
/// 30, 32-35): goods that a listing names by what is in them ("Wood glue PVA").
#[inline(never)]
fn is_preparation(product: &Product) -> bool {
    product.hs.first().is_some_and(|&c| matches!(chapter_of(c), 30 | 32..=35))
}

/// The heading of a vocabulary code (a heading stays, a subheading loses its last two
/// digits).
pub fn heading_of(code: u32) -> u32 {
    if code >= 10_000 {
        code / 100
    } else {
        code
    }
}

/// The chapter of a vocabulary code (a heading or a subheading).
fn chapter_of(code: u32) -> u32 {
    if code >= 10_000 {
        code / 10_000
    } else {
        code / 100
    }
}

/// Ranks HS 2022 subheadings for a description: products the vocabulary recognises
/// first (with the material words choosing between subheadings), then subheadings whose
/// nomenclature text shares the description's words.
pub fn suggest(description: &str, limit: usize) -> Vec<Suggestion> {
    suggest_for_words(description, &norm_words(description), None, limit)
}

/// [`suggest`], with what a check has already made of the line: its singular words
/// (`base::text::norm_words`) and, when it has them, the products [`products_in`] finds
/// in `description` (`facts::goods::ItemFacts::suggest` passes both).
pub fn suggest_for_words(description: &str, words: &[String], products: Option<&[ProductMatch]>, limit: usize) -> Vec<Suggestion> {
    let limit = limit.clamp(1, 50);
    let mut words = words.to_vec();
    words.extend(crate::base::text::cjk_bigrams(description));
    let mut ranked: Vec<(u32, f64)> = Vec::new();
    let push = |ranked: &mut Vec<(u32, f64)>, code: u32, score: f64| {
        if crate::knowledge::data::store::is_subheading(code) && !ranked.iter().any(|(c, _)| *c == code) {
            ranked.push((code, score));
        }
    };
    let found;
    let products = match products {
        Some(p) => p,
        None => {
            found = products_in(description);
            &found[..]
        }
    };
    let top = products.first().map_or(1, |m| m.strength).max(1) as f64;
    let index = crate::knowledge::data::word_index::word_index();
    let spellings = word_set("hs-spellings");
    let lists: Vec<&[u16]> =
        words.iter().filter(|w| w.len() > 2).filter_map(|w| Some(index?.postings(nomenclature_spelling(spellings, w)))).collect();
    // Only read when the vocabulary named goods (their codes are what it orders).
    let selectors = if products.is_empty() { Vec::new() } else { selectors(description, &words, index) };
    // `usual`: the chapter of the product's usual code, which fibre words keep to.
    let named_selectors = |code: u32, usual: u32| {
        // The code's own text, where it is at hand, tells its material apart from its
        // neighbours' ("handbags ... outer surface of leather" against "... of plastics";
        // heading 6404, "uppers of textile materials"); the word index also holds each
        // heading's text and the national lines' words, which name them all.
        let run = positions_of(code);
        let within = |list: &[u16]| {
            let at = list.partition_point(|&i| usize::from(i) < run.start);
            list.get(at).is_some_and(|&i| run.contains(&usize::from(i)))
        };
        with_own_words(code, |own_words| {
            let names = |s: &Selector| match (own_words, s.word) {
                (Some(own), Some(word)) => own.iter().any(|w| w == word) || within(s.kept_plural),
                _ => within(s.postings),
            };
            let chapter = chapter_of(code);
            let in_usual_chapter = chapter == usual;
            let applies = |s: &Selector| match s.scope {
                Scope::Anywhere => true,
                Scope::UsualChapter => in_usual_chapter,
                Scope::OutsideTextiles => !(50..=63).contains(&chapter),
            };
            // A man-made fibre the goods' codes do not name is one of their "textile
            // materials (other than cotton)" ("polyester T-shirt": 6109.90, not cotton's .10).
            let other_fibres = in_usual_chapter && admits_other_fibres(code, &selectors);
            selectors.iter().filter(|s| applies(s) && names(s)).map(|s| s.weight).sum::<i32>() + i32::from(other_fibres)
        })
    };
    // A product whose parts the title names ("Sewing Machine Parts") reads first, at the
    // best reading's score: its parts code says more than a generic "machine part" row.
    let title_names_parts = names_parts(description, &words);
    let dosed = (1..=words.len()).any(|at| amount_in(&words, at, "hs-dose-units"));
    let readings: Vec<(&ProductMatch, bool)> =
        products.iter().take(4).map(|m| (m, title_names_parts && names_parts_of(m.product, description, &words))).collect();
    for &(m, parts_named) in readings.iter().filter(|r| r.1).chain(readings.iter().filter(|r| !r.1)) {
        let base = if parts_named { 0.95 } else { 0.5 + 0.45 * (m.strength as f64 / top) };
        let mut codes = m.product.hs.clone();
        // Garments for babies are babies' garments, whatever else they are: "Newborn
        // Romper ... Bodysuit" is 6111 (`hs-babies-heading`: 6109 -> 6111, 6204 -> 6209),
        // its fibre chosen below; and a women's word for garments in a title for men only
        // names men's: "Men's Linen Summer Top" is a shirt of 6105 (`hs-mens-heading`).
        // The pairs first: whom the title names for is read for garment codes only.
        let their_heading = codes
            .first()
            .and_then(|&c| {
                paired_with_heading("hs-babies-heading", c).filter(|_| for_babies(description, &words)).or_else(|| {
                    paired_with_heading("hs-mens-heading", c)
                        .filter(|_| named_for(description, &words, "hs-for-men") && !named_for(description, &words, "hs-for-women"))
                })
            })
            .and_then(|h| u16::try_from(h).ok());
        if let Some(heading) = their_heading {
            let mut own = subheadings_of(heading).to_vec();
            own.extend(&codes);
            codes = own;
        }
        // Articles of one material (bird cages 7326, soap dishes 6912) that the title makes
        // of another ("Wooden Bird Cage"): that material's articles come in, to be sorted
        // first below.
        let material_articles = if parts_named { Vec::new() } else { articles_of_named_material(&codes, &selectors, &words) };
        codes.extend(&material_articles);
        // A usual code that says what the goods do ([`WHAT_GOODS_DO`]) stays ahead of codes
        // of other chapters that say what they are made of: a steel vacuum flask is 9617,
        // not 7323 (articles of steel).
        if let Some(usual) = codes.first().map(|&c| chapter_of(c)).filter(|_| !selectors.is_empty()) {
            let moves = |c: u32| usual < WHAT_GOODS_DO || chapter_of(c) == usual;
            // Each code's texts read once, not at every comparison.
            // Babies' (men's) garments ahead of any the selectors prefer ("Baby Girl
            // Dress": no women's dress).
            let theirs = |c: u32| if their_heading.is_some_and(|h| u32::from(h) == heading_of(c)) { 64 } else { 0 };
            let mut keyed: Vec<(u32, i32)> =
                codes.iter().map(|&c| (c, theirs(c) + if moves(c) { named_selectors(c, usual) } else { 0 })).collect();
            crate::base::order::sort_desc_by_key(&mut keyed, |&(_, named)| named);
            // Of those articles, the two the title's words name most.
            let mut left = 2;
            codes = keyed
                .into_iter()
                .map(|(c, _)| c)
                .filter(|c| {
                    !material_articles.contains(c)
                        || (left > 0 && {
                            left -= 1;
                            true
                        })
                })
                .collect();
        }
        // A dose ("500mg", "1000 IU") names no device: of a product read as a device or a
        // medicine ("tablet": 8471.30 or 3004.90), the medicine comes first.
        if dosed && codes.first().is_some_and(|&c| chapter_of(c) >= WHAT_GOODS_DO) {
            crate::base::order::sort_desc_by_key(&mut codes, |&c| chapter_of(c) == 30);
        }
        // "Forklift Parts", "Spare Parts for Excavator", 挖掘机配件: the goods are parts of
        // what the title names, and the HS texts put those in a parts code of their own
        // (8431.20, not the forklift's 8427): theirs come first.
        if parts_named {
            let parts_codes = codes.iter().filter_map(|&c| parts_code(c)).filter(|c| !codes.contains(c));
            let mut with_parts: Vec<u32> = Vec::new();
            for c in parts_codes {
                if !with_parts.contains(&c) {
                    with_parts.push(c);
                }
            }
            with_parts.extend(&codes);
            codes = with_parts;
        }
        for (i, code) in codes.iter().enumerate() {
            for (j, sub) in expand(*code, &lists).into_iter().enumerate() {
                push(&mut ranked, sub, base - 0.05 * i as f64 - 0.02 * j as f64);
            }
        }
    }
    if ranked.len() < limit {
        let matches = nomenclature_matches(&words, limit * 2, true);
        for &(code, score) in &matches {
            push(&mut ranked, code, 0.45 * score);
        }
        // Goods named only by what they are made of: the "articles of <material>"
        // headings, household ones when the title says kitchen, table or home; not when
        // the nomenclature names goods of the same chapter by more than their material
        // ("Float Glass 5mm" is 7005, no articles of glass).
        if products.is_empty() {
            let named_beyond_material =
                |heading: u32| matches.iter().any(|&(code, score)| score >= ARTICLES_YIELD_TO && chapter_of(code) == chapter_of(heading));
            let household = words.iter().any(|w| in_list("hs-household", w));
            // A description that is nothing but materials ("Steel", "Leather goods") names
            // articles of them, not whatever nomenclature text happens to use the word
            // (glass was 3919 self-adhesive plastics, steel 8202 saw blades): theirs come first.
            let telling: Vec<&String> = words.iter().filter(|w| w.len() > 2 && !in_list("hs-stop", w)).collect();
            let only_materials = !telling.is_empty() && telling.iter().all(|w| in_list("hs-material", w));
            let articles_score = if only_materials { 0.5 } else { 0.3 };
            // Not a material a grade is named after ("Zinc Oxide Powder Rubber Grade").
            for (_, w) in words.iter().enumerate().filter(|&(i, _)| !names_grade(&words, i)) {
                let articles = &store().material_articles;
                let first = articles.partition_point(|(m, _, _)| *m < w.as_str());
                if let Some((_, home, other)) = articles.get(first).filter(|(m, _, _)| m == w) {
                    let heading = u32::from(if household { *home } else { *other });
                    if !only_materials && named_beyond_material(heading) {
                        continue;
                    }
                    for sub in expand(heading, &lists) {
                        push(&mut ranked, sub, articles_score);
                    }
                }
            }
        }
    }
    crate::base::order::sort_desc_by_key(&mut ranked, |r| r.1);
    if let Some(vehicle) = fitted_vehicle(&words) {
        vehicle_fitting_first(&mut ranked, vehicle, !products.is_empty(), &lists);
    }
    ranked
        .into_iter()
        .take(limit)
        .enumerate()
        .map(|(i, (code, score))| {
            let score = (score.clamp(0.0, 1.0) * 100.0).round() / 100.0;
            Suggestion {
                code: dotted(code),
                description: subheading_text(code).unwrap_or("").to_string(),
                score,
                confidence: confidence(i + 1, score),
            }
        })
        .collect()
}

/// Motor cars and motorcycles (HS 2022 headings 8703, 8711): the vehicles whose parts
/// (`hs-parts-of`: 8708, 8714) a fitment title names.
const MOTOR_CAR: u32 = 8703;
const MOTORCYCLE: u32 = 8711;

/// The vehicle a title fits its goods to, the way dismantlers and parts sellers write a
/// fitment: a maker (`hs-vehicle-makes`) with the model years ("2018 - 2020 HONDA ACCORD
/// ...", "2015 16 17 18 FORD TRANSIT") or the word that the part is the maker's own
/// ("OEM", `hs-fitment-words`). A motorcycle when a word says so (`hs-motorcycle-words`:
/// Honda and Suzuki make both). A lone model year ("2019 Honda Accord") is a car's own
/// title as often as a part's: not a fitment.
fn fitted_vehicle(words: &[String]) -> Option<u32> {
    // The maker first: most titles name none, and are done with one lookup a word.
    if !words.iter().any(|w| in_list("hs-vehicle-makes", w)) {
        return None;
    }
    let year = |w: &str| w.len() == 4 && is_number(w) && (w.starts_with("19") || w.starts_with("20"));
    let years = words.windows(2).any(|p| year(&p[0]) && (year(&p[1]) || (p[1].len() == 2 && is_number(&p[1]))));
    if !years && !words.iter().any(|w| in_list("hs-fitment-words", w)) {
        return None;
    }
    Some(if words.iter().any(|w| in_list("hs-motorcycle-words", w)) { MOTORCYCLE } else { MOTOR_CAR })
}

/// Orders the suggestions for a part fitted to `vehicle`: Section XVII note 2 and the
/// named headings take a vehicle's wiring (8544), lamps (8512), switches (8536), seats
/// (9401), tyres, glass and engines outside its parts heading (`hs-vehicle-keeps`), so
/// the best-ranked code of those the vocabulary's reading gave comes first; a lamp or a
/// computer read as the household kind is the vehicle's (`hs-vehicle-instead`: 9405 ->
/// 8512.20, not the bicycles' 8512.10); anything else the title's words happened to name
/// (a "TRIM COVER" read as a garment, a "GLOVE BOX" as gloves, "DISCOVERY SPORT" as a
/// sports bag) yields to the vehicle's parts heading (8708, 8714). Without a vocabulary
/// reading the nomenclature's matches are single words out of context ("MOLDING" read as
/// screws, "REAR ... DOOR" as rear-view mirrors, "CVT TRANSMISSION" as radio
/// transmission): the parts heading first.
fn vehicle_fitting_first(ranked: &mut Vec<(u32, f64)>, vehicle: u32, read: bool, lists: &[&[u16]]) {
    let Some(parts) = parts_code(vehicle) else { return };
    let top = ranked.first().map_or(0.5, |r| r.1);
    // The vehicle's own parts heading is kept too; the other vehicle's reads as it (a
    // motorcycle's fender read as a car's, 8708: 8714).
    let kept = |code: u32| {
        heading_of(code) == heading_of(parts)
            || in_list("hs-vehicle-keeps", crate::base::text::decimal(u64::from(heading_of(code)), &mut [0; 20]))
    };
    let other = parts_code(if vehicle == MOTOR_CAR { MOTORCYCLE } else { MOTOR_CAR }).map(heading_of);
    let instead = |code: u32| match other == Some(heading_of(code)) {
        true => Some(heading_of(parts)),
        false => paired_with_heading("hs-vehicle-instead", code),
    };
    let found = if read { ranked.iter().position(|&(c, _)| kept(c) || instead(c).is_some()) } else { None };
    let first: Vec<u32> = match found {
        Some(at) if kept(ranked[at].0) => vec![ranked[at].0],
        Some(at) => instead(ranked[at].0).map_or_else(Vec::new, |h| expand(h, lists)),
        None => expand(heading_of(parts), lists),
    };
    ranked.retain(|(c, _)| !first.contains(c));
    for (j, code) in first.into_iter().enumerate().rev() {
        ranked.insert(0, (code, top - 0.02 * j as f64));
    }
}

/// When a product's usual code is the articles n.e.c. of a material (`hs-articles`: a
/// bird cage's 7326.90, a soap dish's 6912.00) and none of its codes is the articles of a
/// material the title names, the subheadings of that material's articles, "other" first
/// (the caller keeps the two its words name most): household ones for household goods
/// ("Bamboo Soap Dish": 4419.19). Not for textiles, whose fibres choose among garments'
/// codes, nor for goods one of whose codes says what they do (a kettle's 8516.71:
/// "Electric Kettle ... Glass Tea Kettle").
#[inline(never)]
fn articles_of_named_material(codes: &[u32], selectors: &[Selector], words: &[String]) -> Vec<u32> {
    // Textiles' articles (6302, 6307) are left to the fibre selectors.
    let articles = || store().material_articles.iter().filter(|a| a.1 / 100 != 63);
    let usual = codes.first().map_or(0, |&c| heading_of(c)) as u16;
    // Not goods that may be an appliance ("Tea Kettle": 7323.93 or 8516.71).
    if codes.iter().any(|&c| chapter_of(c) >= WHAT_GOODS_DO) {
        return Vec::new();
    }
    let Some(usual_articles) = articles().find(|a| a.1 == usual || a.2 == usual) else { return Vec::new() };
    // A material of the goods themselves, named before any qualifier: not "Cookware Set
    // with ... Silicone Tools".
    let main = &words[..main_end(words)];
    let named = selectors
        .iter()
        .filter(|s| s.weight > 0 && main.iter().any(|w| s.word == Some(w)))
        .find_map(|s| articles().find(|a| Some(a.0) == s.word));
    match named.map(|a| if usual_articles.1 == usual { a.1 } else { a.2 }) {
        Some(heading) if !codes.iter().any(|&c| heading_of(c) == u32::from(heading)) => {
            subheadings_of(heading).iter().rev().copied().collect()
        }
        _ => Vec::new(),
    }
}

/// The nomenclature score at which a match of the material's own chapter, rather than the
/// articles of a material the title names, comes first.
const ARTICLES_YIELD_TO: f64 = 0.55;

/// The words of a title's materials and of whom the goods are for, which order a
/// product's codes: those whose texts name more of them come first ("leather boat
/// shoes": 6403, uppers of leather, before 6402; "women's wool coat": 6202 before 6201).
/// Each with its weight: 1, or -1 for a material the goods only imitate; a man-made
/// fibre's words count within the usual code's chapter only ("polyester dress": 6204.43).
fn selectors<'a>(description: &str, words: &'a [String], index: Option<&'a WordIndex>) -> Vec<Selector<'a>> {
    let Some(index) = index else { return Vec::new() };
    let mut selectors: Vec<Selector> = Vec::new();
    let mut add = |word: &'a str, weight: i32| selectors.push(Selector::of(word, index, weight, Scope::Anywhere));
    // "Wooden handle", "glass lid": the material of a part, not of the goods
    // (`hs-material-parts`).
    // Each list found by name once, not once a word.
    let (materials, parts, imitations) = (word_set("hs-material"), word_set("hs-material-parts"), word_set("hs-material-imitation"));
    // Unless that part is what the title sells: its last word before any qualifier
    // ("Plastic Knobs for Kitchen Cabinets" are plastic knobs).
    let main_end = main_end(words);
    let of_a_part = |i: usize| i + 2 != main_end && words.get(i + 1).is_some_and(|next| parts.contains(next));
    // "Nonstick Ceramic Pan": the coating of a metal pan (`hs-coating-before`).
    let coatings = word_set("hs-coating-before");
    for (i, w) in words.iter().enumerate() {
        if !materials.contains(w) || of_a_part(i) || i > 0 && coatings.contains(&words[i - 1]) {
            continue;
        }
        // What an imitation imitates is not what it is made of: "faux leather", "PU
        // leather" and "vegan leather" are plastics, and codes naming leather come last
        // (`hs-material-imitation`).
        if i > 0 && imitations.contains(&words[i - 1]) {
            add(w, -1);
            add("plastic", 1);
        } else if words.get(i + 1).is_some_and(|next| next == "free") {
            // "Lead free" crystal, a "PVC free" shower curtain: not made of it.
            add(w, -1);
        } else {
            add(w, 1);
        }
    }
    // Sellers' material words for the nomenclature's general ones: knit -> knitted (61
    // before 62), mesh and canvas -> textile, EVA and PU -> plastic (`hs-material-class`,
    // "title word=nomenclature word"); and man-made fibres ("polyester": the
    // nomenclature's "man-made" and "synthetic" fibres), for the codes of the goods' usual
    // chapter only (`hs-fibre-class`), each meaning once ("polyester viscose": "man" once).
    let (fibres, classes) = (word_set("hs-fibre-class"), word_set("hs-material-class"));
    let mut fibre_selectors: Vec<Selector> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if words[..i].contains(w) || of_a_part(i) {
            continue;
        }
        // Each of the nomenclature's words for it ("electric": "electric" and the
        // "electro-" of "electro-thermic" and "electro-mechanical").
        for class in pairs_in(classes, w) {
            // Knitted or not decides a garment's chapter (61 or 62), its fibre only the
            // subheading: "knitted wool scarf" is 6117, not 6214.20.
            add(class, if class == "knitted" { 2 } else { 1 });
        }
        for meaning in pairs_in(fibres, w) {
            if !fibre_selectors.iter().any(|s| s.word == Some(meaning)) {
                fibre_selectors.push(Selector::of(meaning, index, 1, Scope::UsualChapter));
            }
        }
    }
    let for_women = named_for(description, words, "hs-for-women");
    let for_men = named_for(description, words, "hs-for-men");
    if for_women != for_men {
        // The nomenclature's word ("women's or girls'", "men's or boys'").
        add(if for_women { "women" } else { "men" }, 1);
    }
    // A Chinese title's materials and whom the goods are for, as the pairs of characters
    // China's tariff names use (纯棉 -> 棉制, 女士 -> 女式: `hs-selectors-zh`): in the
    // tariff's Chinese names, which only the word index holds.
    if !description.is_ascii() {
        for (said, pair) in word_pairs("hs-selectors-zh") {
            if description.contains(said) {
                let postings = index.postings(pair);
                selectors.push(Selector { word: None, postings, kept_plural: &[], weight: 1, scope: Scope::Anywhere });
            }
        }
    }
    if !fibre_selectors.is_empty() && !selectors.iter().any(|s| s.word == Some("textile")) {
        fibre_selectors.push(Selector::of("textile", index, 1, Scope::OutsideTextiles));
    }
    selectors.extend(fibre_selectors);
    selectors.retain(|s| !s.postings.is_empty());
    selectors
}

/// Where a title's main part ends: at its first qualifier after the first word ("Cookware
/// Set | with Silicone Tools"), or at its end.
#[inline(never)]
fn main_end(words: &[String]) -> usize {
    words.iter().skip(1).position(|w| is_qualifier_start(w)).map_or(words.len(), |i| i + 1)
}

/// The least weight of a chapter the tuning titles never declare: the titles are
/// marketplace listings, and general-trade declarations name raw materials and
/// chemicals (chapters 25-29, 72), whose full names ("portland cement") must still beat
/// one word shared with a consumer chapter (0 would leave them at 0.41 of it).
const PRIOR_FLOOR: f32 = 0.4;

/// How likely goods of a chapter are among what sellers declare, from `PRIOR_FLOOR` to 1:
/// the square root of the share of the tuning titles in it (hs_chapter_prior.tsv, two
/// added to each chapter's count), 1 for every chapter with ten or more. A word shared by
/// accident with live fish (chapter 3) or bulbs (6) then counts for two thirds of one
/// shared with clothing: "Dental Floss Picks" is 3306, not crustaceans.
fn chapter_prior(chapter: u32) -> f32 {
    let titles = store().hs_chapter_titles.get(chapter as usize).copied().unwrap_or(0);
    PRIOR_FLOOR + (1.0 - PRIOR_FLOOR) * ((f32::from(titles) + 2.0) / 12.0).min(1.0).sqrt()
}

/// Whether a code is for goods "of textile materials (other than ...)" whose exclusions
/// name none of the title's fibres' meanings (their selectors: "man", "synthetic"):
/// 6109.90 "(other than cotton)" admits polyester, 6106.90 "(other than cotton or
/// man-made fibres)" does not, and 6106.20 names them ("of man-made fibres").
fn admits_other_fibres(code: u32, selectors: &[Selector]) -> bool {
    let mut fibres = selectors.iter().filter(|s| s.scope == Scope::UsualChapter).filter_map(|s| s.word).peekable();
    fibres.peek().is_some()
        && own_text(code).is_some_and(|text| {
            text.contains("textile materials (other than") && {
                let words = norm_words(text);
                !fibres.any(|f| words.iter().any(|w| w == f))
            }
        })
}

/// A code's own text (a subheading's, or a heading's), while it is at hand (its part
/// loaded).
fn own_text(code: u32) -> Option<&'static str> {
    if code >= 10_000 {
        subheading_text(code)
    } else {
        u16::try_from(code).ok().and_then(heading_text)
    }
}

/// `f` of a code's own text as singular words outside its parentheses, or of `None` while
/// that text is not at hand. Natively the words are made once per code and shared by the
/// threads: `check --jsonl` suggests codes for thousands of lines that read the same few
/// texts (+10% declarations a second; a cache per thread, which lived only as long as a
/// batch's threads, made them again for every batch). The browser checks one declaration
/// at a time and makes them each time: the cache would cost 0.4 KB of the module's budget.
#[cfg(not(target_arch = "wasm32"))]
fn with_own_words<R>(code: u32, f: impl FnOnce(Option<&[String]>) -> R) -> R {
    use std::sync::OnceLock;
    /// One slot a code: headings (under 10,000) at their number, subheadings at 10,000
    /// plus their position in the subheading list. Filled when first read, never emptied.
    static OWN_WORDS: OnceLock<Box<[OnceLock<Vec<String>>]>> = OnceLock::new();
    const HEADING_SLOTS: usize = 10_000;
    let slots = OWN_WORDS.get_or_init(|| (0..HEADING_SLOTS + store().subheadings.len()).map(|_| OnceLock::new()).collect());
    let at = if code >= 10_000 { store().subheadings.binary_search(&code).ok().map(|i| HEADING_SLOTS + i) } else { Some(code as usize) };
    let Some(slot) = at.and_then(|at| slots.get(at)) else { return f(own_text(code).map(words_outside_parentheses).as_deref()) };
    if let Some(words) = slot.get() {
        return f(Some(words));
    }
    match own_text(code) {
        Some(text) => f(Some(slot.get_or_init(|| words_outside_parentheses(text)))),
        None => f(None),
    }
}

#[cfg(target_arch = "wasm32")]
fn with_own_words<R>(code: u32, f: impl FnOnce(Option<&[String]>) -> R) -> R {
    f(own_text(code).map(words_outside_parentheses).as_deref())
}

/// A nomenclature text's singular words outside its parentheses (what `with_own_words`
/// compares a title's material words with).
fn words_outside_parentheses(text: &str) -> Vec<String> {
    norm_words(&outside_parentheses(text))
}

/// A nomenclature text without its parenthesised asides, which mostly say what it
/// excludes: "of textile materials (other than wool ..., cotton or man-made fibres)" is
/// no cotton jersey; nor what an unbracketed "other than" or "not of" excludes, to the
/// next comma ("Ceramic tableware ... other than of porcelain or china" names no
/// porcelain, "Wood; not of bamboo, articles n.e.c." no bamboo).
fn outside_parentheses(text: &str) -> String {
    let mut depth = 0u32;
    let mut excluding = false;
    let mut kept = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' | ';' if depth == 0 => {
                excluding = false;
                kept.push(c);
            }
            _ if depth == 0 && !excluding => {
                excluding = text[at..].starts_with("other than ") || text[at..].starts_with("not of ");
                if !excluding {
                    kept.push(c);
                }
            }
            _ => {}
        }
    }
    kept
}

/// The subheadings two sorted posting lists share, in order: the shorter list's entries
/// searched in the longer (a common word's list runs to thousands).
fn common_postings<'a>(a: &'a [u16], b: &'a [u16]) -> impl Iterator<Item = u16> + 'a {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut rest = long;
    short.iter().copied().filter(move |&i| {
        rest = &rest[rest.partition_point(|&x| x < i)..];
        rest.first() == Some(&i)
    })
}

/// The subheadings whose text (or heading, or national lines) uses a title word, however
/// the title spells it ([`nomenclature_spelling`]).
pub fn postings_of<'i>(index: &'i WordIndex, word: &str) -> &'i [u16] {
    index.postings(nomenclature_spelling(word_set("hs-spellings"), word))
}

/// A title word as the nomenclature spells it (`hs-spellings`: "sulfate" -> "sulphate",
/// "aluminum" -> "aluminium"), so its texts are found by either.
fn nomenclature_spelling<'a>(spellings: &'static crate::base::order::SortedWords, word: &'a str) -> &'a str {
    pair_in(spellings, word).unwrap_or(word)
}

/// A word that chooses among a product's codes ([`selectors`]).
struct Selector<'a> {
    /// The nomenclature's English word, looked for in a code's own text (none for the
    /// Chinese pairs, which only China's tariff names use).
    word: Option<&'a str>,
    /// The subheadings whose texts (their heading's included) use it.
    postings: &'a [u16],
    /// Those that use its plural where `base::text::singular` keeps that as written
    /// ("Textiles; made up articles n.e.c.", 6307): a heading that names its material so
    /// names it for every code under it, which tells 6307.90 from basketwork (4602.19),
    /// not from its sibling 6307.10. Empty for other words.
    kept_plural: &'a [u16],
    weight: i32,
    /// Which codes it chooses among.
    scope: Scope,
}

/// The codes a selector chooses among.
#[derive(Clone, Copy, PartialEq)]
enum Scope {
    Anywhere,
    /// A man-made fibre's word (`hs-fibre-class`): the product's usual chapter only, so
    /// it never moves a title to another chapter.
    UsualChapter,
    /// A man-made fibre as a textile: outside the textile chapters (50-63), where codes
    /// tell textiles from leather and plastics (a nylon bag 4202.22, not leather's .21);
    /// inside them the fibre's own words choose (nylon lace 5804.21, not "other textile
    /// materials").
    OutsideTextiles,
}

impl<'a> Selector<'a> {
    /// The selector of a nomenclature word, with its postings and its kept plural's.
    fn of(word: &'a str, index: &'a WordIndex, weight: i32, scope: Scope) -> Selector<'a> {
        // "glass": "drinking glasses", which `singular` keeps for spectacles.
        let plural = if word.ends_with('s') { format!("{word}es") } else { format!("{word}s") };
        let kept_plural = if crate::base::text::singular(&plural) == plural { index.postings(&plural) } else { &[] };
        Selector { word: Some(word), postings: index.postings(word), kept_plural, weight, scope }
    }
}

/// Subheadings whose nomenclature text (or heading text) shares the description's words,
/// best first, each with a score from 0 to 1: the share of the description's telling
/// words (weighted by how rare they are in the nomenclature) that the text uses; the
/// best `limit` of them. With `prior`, each score is weighed by how often goods of its
/// chapter are sold at all ([`chapter_prior`]): a suggestion wants the likely reading, a
/// rule that queries a declared code only the words' own.
pub fn nomenclature_matches(words: &[String], limit: usize, prior: bool) -> Vec<(u32, f64)> {
    let Some(index) = crate::knowledge::data::word_index::word_index() else { return Vec::new() };
    // Listing titles put the product first and what it fits after "for"/"with": words
    // of the main phrase count fully, its last word (the head noun) double, the rest less.
    let main_end = words.iter().skip(1).position(|t| is_qualifier_start(t)).map_or(words.len(), |i| i + 1);
    let (stop, materials, spellings) = (word_set("hs-stop"), word_set("hs-material"), word_set("hs-spellings"));
    // Nor an amount: "25kg" in "Baking Soda 25kg" is no 8806.23's drone of "more than
    // 25kg".
    let amount = |w: &str| {
        amount_unit(w).is_some_and(|unit| unit.is_empty() || in_list("quantity-units", unit) || in_list("hs-content-units", unit))
    };
    let telling = |w: &str| w.len() > 2 && !stop.contains(w) && !amount(w);
    // A container after a quantity ("Portland Cement 50kg Bag") is the goods' package,
    // no head noun: it counts as a qualifier's word.
    let package = |i: usize| is_package(words, i, i + 1, |_| true);
    // Nor is the word a grade is named after ("Baking Soda Food Grade").
    let qualifying = |i: usize| package(i) || names_grade(words, i);
    let head = (0..main_end).rev().find(|&i| telling(&words[i]) && !qualifying(i) && !in_list("hs-forms", &words[i]));
    // A general-trade title names its goods first ("Oxalic Acid 99.6% Crystals
    // Bleaching", "Acetic Acid Glacial Industrial"): for a suggestion its first two
    // telling words count half as much again (the rules' fit keeps the words' own).
    let first = (0..main_end).find(|&i| telling(&words[i]) && !qualifying(i));
    // (word, emphasis, the subheadings using it): each word's posting list looked up once.
    let mut content: Vec<(&str, f64, &[u16])> = Vec::new();
    // The title positions of content's English words (after its Chinese pairs).
    let mut adjacent: Vec<usize> = Vec::new();
    // Chinese runs count by character pairs that the index knows (pairs across word
    // boundaries, like 炭包 in 竹炭包, are in no name and say nothing); the last pair, where
    // Chinese puts the head noun, double, unless its run is a grade or a form (硝酸钾
    // 工业级, 氯化镁 片状: `zh_runs`), which counts as a qualifier's words.
    // (None at all for a title without Chinese, most of them.)
    let runs = if words.iter().any(|w| crate::base::text::has_cjk(w)) { zh_runs(words) } else { Vec::new() };
    let known: Vec<(&String, &[u16], bool)> = words
        .iter()
        .zip(&runs)
        .filter_map(|(w, run)| Some((w, index.postings(w), run.as_ref()?.1)))
        // A pair that names no goods (样品 "sample", 商品 "goods") ranks nothing.
        .filter(|(w, p, _)| !p.is_empty() && !stop.contains(w.as_str()))
        .collect();
    let zh_head = known.iter().rposition(|&(_, _, qualifying)| !qualifying);
    for (k, &(pair, postings, qualifying)) in known.iter().enumerate() {
        if !content.iter().any(|(c, _, _)| c == pair) {
            let emphasis = if Some(k) == zh_head {
                2.0
            } else if qualifying {
                0.4
            } else {
                1.0
            };
            content.push((pair.as_str(), emphasis, postings));
        }
    }
    for (i, w) in words.iter().enumerate() {
        if !telling(w) || crate::base::text::has_cjk(w) || content.iter().any(|(c, _, _)| c == w) {
            continue;
        }
        let at_first = first.is_some_and(|f| i == f || i == f + 1);
        let emphasis = if Some(i) == head {
            2.0
        } else if prior && at_first {
            1.5
        } else if i < main_end && !qualifying(i) {
            1.0
        } else {
            0.4
        };
        // A material says what the goods are made of, not what they are: alone it would
        // rank raw materials (steel scrap, sawn wood, plastics in primary forms) first.
        let emphasis = if materials.contains(w) { emphasis * 0.3 } else { emphasis };
        content.push((w.as_str(), emphasis, index.postings(nomenclature_spelling(spellings, w))));
        adjacent.push(i);
    }
    // When those two words name something together in the nomenclature ("Sodium
    // Metabisulfite ... Food Preservative", "Formic Acid ... Leather Tanning": some text
    // uses both), they are the goods and the last word what they serve.
    let english_from = content.len() - adjacent.len();
    let entry = |i: usize| adjacent.iter().position(|&a| a == i).map(|k| english_from + k);
    if let Some((a, b)) = first.filter(|_| prior).and_then(|f| Some((entry(f)?, entry(f + 1)?))) {
        // Not two materials ("Stainless Steel Colander"); a material and another word
        // only where a text of the mineral and chemical chapters (25-38) names them both:
        // a metal's compound ("Aluminium Sulphate ... Water Treatment"), not a machine
        // that works the material ("Plastic Injection Molding Parts").
        let substance = |k: usize| !materials.contains(content[k].0);
        let chemical = |i: u16| (25..=38).contains(&chapter_of(store().subheadings[usize::from(i)]));
        let mut common = common_postings(content[a].2, content[b].2);
        let named_together =
            if substance(a) && substance(b) { common.next().is_some() } else { (substance(a) || substance(b)) && common.any(chemical) };
        if named_together {
            content[a].1 = 2.0;
            content[b].1 = 2.0;
            if let Some(h) = head.and_then(entry).filter(|&h| h != a && h != b) {
                content[h].1 /= 2.0;
            }
        }
    }
    // How telling a word is: its rarity. A word the nomenclature never uses ("colander",
    // "kalimba") is most likely the very product noun it has no text for: it counts in
    // the total at the rarest word's weight, so matches on the other words alone
    // ("stainless steel") score low.
    let weight = WordIndex::rarity;
    let total: f64 = content.iter().map(|(_, e, p)| weight(p) * e).sum();
    if total <= 0.0 {
        return Vec::new();
    }
    // One score slot per subheading (a buffer kept between calls, zero between them):
    // no sorting of posting lists, no hashing, and only the slots touched are read back.
    SCORES.with(|cell| {
        let Ok(mut buffers) = cell.try_borrow_mut() else { return Vec::new() };
        let (scores, touched) = &mut *buffers;
        scores.resize(store().subheadings.len(), 0.0);
        touched.clear();
        for (_, emphasis, postings) in &content {
            let share = (weight(postings) * emphasis / total) as f32;
            for &i in postings.iter() {
                if let Some(s) = scores.get_mut(i as usize) {
                    if *s == 0.0 && share > 0.0 {
                        touched.push(i);
                    }
                    *s += share;
                }
            }
        }
        // Two title words side by side that a text uses both of ("Sodium Bicarbonate",
        // "Portland Cement") name its goods more surely than the same words apart, and so
        // do two pairs of one Chinese run (硝酸 and 酸钾 in 硝酸钾: most likely a word of
        // that text whole): their shares count again by half. For suggestions only; the
        // rules' fit stays the words'.
        if prior {
            let side_by_side = (english_from + 1..content.len())
                .filter(|&k| adjacent[k - english_from] == adjacent[k - 1 - english_from] + 1)
                .map(|k| (k - 1, k));
            let zh_entry = |pair: &str| content[..english_from].iter().position(|(c, _, _)| *c == pair);
            let in_one_run =
                (1..words.len()).filter(|&k| chained(&runs, k)).filter_map(|k| Some((zh_entry(&words[k - 1])?, zh_entry(&words[k])?)));
            for (a, b) in side_by_side.chain(in_one_run) {
                let ((_, ea, pa), (_, eb, pb)) = (content[a], content[b]);
                let share = (0.5 * (weight(pa) * ea + weight(pb) * eb) / total) as f32;
                for i in common_postings(pa, pb) {
                    if let Some(s) = scores.get_mut(usize::from(i)) {
                        *s += share;
                    }
                }
            }
        }
        // Per chapter once: a common word touches thousands of subheadings.
        let weights: Vec<f32> = if prior { (0..100).map(chapter_prior).collect() } else { Vec::new() };
        let best = best_scored(scores, touched, &weights, limit);
        for &i in touched.iter() {
            scores[i as usize] = 0.0;
        }
        best
    })
}

/// For each of `words`, when it is a pair of Chinese characters (`cjk_bigrams`): the
/// number of its run (consecutive pairs that overlap by a character: 硝酸, 酸钾 from
/// 硝酸钾) and whether that run only qualifies the goods: a grade (工业级, 食品级) or a
/// form of two characters (片状, 颗粒: `hs-forms`).
fn zh_runs(words: &[String]) -> Vec<Option<(usize, bool)>> {
    let mut runs: Vec<Option<(usize, bool)>> = vec![None; words.len()];
    let (mut k, mut number) = (0, 0);
    while k < words.len() {
        let mut end = k + 1;
        if crate::base::text::has_cjk(&words[k]) {
            while end < words.len() && overlapping(&words[end - 1], &words[end]) {
                end += 1;
            }
            let qualifying = words[end - 1].ends_with('级') || (end == k + 1 && in_list("hs-forms", &words[k]));
            runs[k..end].fill(Some((number, qualifying)));
            number += 1;
        }
        k = end;
    }
    runs
}

/// Whether two Chinese pairs continue one another (the second starts with the first's
/// last character).
fn overlapping(a: &str, b: &str) -> bool {
    a.chars().last().is_some_and(|c| crate::base::text::is_cjk(c) && b.starts_with(c))
}

/// Whether `words[k]` continues the Chinese run of `words[k - 1]`.
fn chained(runs: &[Option<(usize, bool)>], k: usize) -> bool {
    matches!((runs.get(k - 1), runs.get(k)), (Some(Some((a, _))), Some(Some((b, _)))) if a == b)
}

thread_local! {
    /// nomenclature_matches' score slots and the slots it touched.
    static SCORES: std::cell::RefCell<(Vec<f32>, Vec<u16>)> = const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
}

/// The best `limit` of the touched slots (their scores weighed by `chapter_weights`, by
/// chapter, when given), best first, ties in code order: (score,
/// position) packed into one integer key, the smallest keys kept in order while scanning.
/// No sort of the thousands of scored subheadings a common word brings, of which callers
/// read ten.
fn best_scored(scores: &[f32], touched: &[u16], chapter_weights: &[f32], limit: usize) -> Vec<(u32, f64)> {
    let subheadings = &store().subheadings;
    // A slot's score, weighed by its chapter's prior when there is one.
    let score = |i: usize| {
        let weight = subheadings.get(i).and_then(|&c| chapter_weights.get((c / 10_000) as usize)).copied().unwrap_or(1.0);
        scores.get(i).copied().unwrap_or(0.0) * weight
    };
    let mut best: Vec<u64> = Vec::with_capacity(limit + 1);
    for &i in touched {
        let s = score(usize::from(i));
        let key = (u64::from(u32::MAX - (s.clamp(0.0, 2.0) * 1e6) as u32) << 32) | u64::from(i);
        if best.len() >= limit && best.last().map_or(true, |&worst| key >= worst) {
            continue;
        }
        best.insert(best.partition_point(|&k| k < key), key);
        best.truncate(limit);
    }
    best.into_iter()
        .filter_map(|k| {
            let i = (k & 0xFFFF_FFFF) as usize;
            Some((*subheadings.get(i)?, f64::from(score(i))))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_titles_rank_by_the_tariffs_chinese_names() {
        // Not in the listing vocabulary: found through China's tariff line 4402100000 竹炭.
        let first = suggest("竹炭块", 3).first().map(|s| s.code.clone());
        assert_eq!(first.as_deref(), Some("4402.10"));
        // A pair across words (炭包) matches no name and does not count.
        assert!(suggest("炭包", 3).is_empty());
    }

    /// The usual code of the first product a title names.
    fn first_product(title: &str) -> Option<u32> {
        products_in(title).first().map(|m| m.product.hs[0])
    }

    /// The first suggestion's code ("4202.21").
    fn first_code(title: &str) -> Option<String> {
        suggest(title, 1).first().map(|s| s.code.clone())
    }

    /// The first suggestion's heading ("4202").
    fn first_heading(title: &str) -> Option<String> {
        first_code(title).map(|code| code[..4].to_string())
    }

    /// None of these titles' goods is in the listing vocabulary: the readings below decide.
    #[test]
    fn a_chinese_run_that_is_a_grade_or_a_form_is_no_head() {
        // 工业级 ("industrial grade") was the head and chose 3302.90 (mixtures for
        // industry); 硝酸钾 is named whole by the tariff's 硝酸钾 lines.
        assert_eq!(first_heading("硝酸钾 工业级").as_deref(), Some("2834"));
        assert_eq!(first_heading("氯化镁 片状").as_deref(), Some("2827"));
        // Nor does a grade name goods: 药 ("medicine") in 医药级, "pharmaceutical grade".
        assert!(products_in("丙二醇 医药级").is_empty());
        assert_eq!(first_heading("丙二醇 医药级").as_deref(), Some("2905"));
        let runs = zh_runs(&["硝酸".to_string(), "酸钾".to_string(), "工业".to_string(), "业级".to_string()]);
        assert_eq!(runs, vec![Some((0, false)), Some((0, false)), Some((1, true)), Some((1, true))]);
    }

    #[test]
    fn an_ornament_named_after_the_goods_it_copies_is_the_goods() {
        // Were a tractor (8701), a telephone (8517) and a guitar (9202).
        assert_eq!(first_heading("Brass Tractor Showpiece").as_deref(), Some("8306"));
        assert!(first_heading("Antique Telephone Showpiece").is_some_and(|h| h != "8517"));
        assert!(first_heading("Mini Guitar Model Ornament").is_some_and(|h| h != "9202"));
        // "Bullet" in a motorcycle's name is no ammunition, nor the motorcycle.
        assert!(first_heading("Royal Enfield Bullet Bike Showpiece").is_some_and(|h| h != "9306" && h != "8711"));
        // An ornament of the season stays one: "Christmas Tree Ornament".
        assert_eq!(first_heading("Christmas Tree Ornament").as_deref(), Some("9505"));
    }

    #[test]
    fn a_container_of_goods_is_no_goods() {
        // "Bottle of Red Wine" was a wine-coloured bottle (3923.30), "Paper Bags Pack of
        // 50" still paper bags.
        assert_eq!(first_heading("Bottle of Red Wine").as_deref(), Some("2204"));
        assert_eq!(first_heading("Bottle of Perfume 50ml").as_deref(), Some("3303"));
        assert_eq!(first_heading("Paper Bags Pack of 50").as_deref(), Some("4819"));
        // Bags of glitter: the glitter (3926.90) among the first five, no handbags.
        let glitter: Vec<String> = suggest("1Kg Bulk Bags Of Ultra Fine Glitter (2006 Gold)", 5).into_iter().map(|s| s.code).collect();
        assert!(glitter.iter().any(|c| c == "3926.90") && !glitter.iter().any(|c| c.starts_with("4202")), "{glitter:?}");
        // A colour after goods is still theirs: "Throw Blanket Cream".
        assert_eq!(first_heading("Throw Blanket Cream").as_deref(), Some("6301"));
    }

    #[test]
    fn articles_of_one_material_made_of_another_are_that_materials_articles() {
        // A bird cage's codes are steel's and plastics' articles (7326, 3926); a wooden
        // one is wood's (4421), a soap dish of bamboo household wood (4419), of leather,
        // leather's (4205): none of them was in the top three.
        assert_eq!(first_heading("Wooden Bird Cage").as_deref(), Some("4421"));
        assert_eq!(first_code("Bamboo Bird Cage").as_deref(), Some("4421.91"));
        assert_eq!(first_heading("Bamboo Soap Dish").as_deref(), Some("4419"));
        assert_eq!(first_heading("Leather Coasters").as_deref(), Some("4205"));
        assert_eq!(first_heading("Cork Coasters Set of 6").as_deref(), Some("4503"));
        // Bamboo is wood to the nomenclature (`hs-material-class`): a utensil holder's
        // 4419.90 ("not of bamboo") comes first all the same.
        assert_eq!(first_heading("Bamboo Utensil Holder Kitchen").as_deref(), Some("4419"));
        // Two of that material's articles at most: no coffins or clothes hangers.
        let codes: Vec<String> = suggest("Wooden Bird Cage", 5).into_iter().map(|s| s.code).collect();
        assert_eq!(codes.iter().filter(|c| c.starts_with("4421")).count(), 2, "{codes:?}");
        // A material a code of the goods already names chooses among them as before.
        assert_eq!(first_heading("Stainless Steel Soap Dish").as_deref(), Some("7323"));
        // Not the material of what comes with the goods, nor a coating: a cookware set
        // "with ... Silicone Tools", a nonstick ceramic pan, stay steel and aluminium.
        let cookware = "Nonstick Ceramic Cookware Set 13-Piece, Pots and Pans Set with Stay-Cool Handles, Silicone Tools";
        assert!(first_heading(cookware).is_some_and(|h| h == "7323" || h == "7615"), "{:?}", first_heading(cookware));
        assert!(first_heading("Non-Stick Ceramic Frying Pan").is_some_and(|h| h == "7323" || h == "7615"));
        assert!(first_heading("Ceramic Coated Frying Pan").is_some_and(|h| h == "7323" || h == "7615"));
    }

    #[test]
    fn goods_a_machine_works_on_are_no_goods() {
        // Cigarettes and paper cups were the goods; the machines are.
        assert_eq!(first_heading("Cigarette Making Machine Automatic").as_deref(), Some("8478"));
        assert_eq!(first_heading("Paper Cup Making Machine").as_deref(), Some("8441"));
        // A device named before "machine" is still the goods.
        assert_eq!(first_heading("Nebulizer Machine Compressor for Kids Adults").as_deref(), Some("9019"));
    }

    #[test]
    fn a_grade_with_its_number_rates_the_goods_a_title_starts_with() {
        // "Grade 90" is how fine the cloth is: cheesecloth (5803), not greige cotton 5208.
        assert_eq!(first_heading("Cheesecloth Grade 90 Unbleached Cotton").as_deref(), Some("5803"));
        // A grade named after a use still names no goods: talc, no cosmetic; lithium
        // carbonate, no battery, though a purity follows the grade.
        assert_eq!(first_heading("Talc Powder Cosmetic Grade").as_deref(), Some("2526"));
        assert_eq!(first_heading("Lithium Carbonate Battery Grade 99.5%").as_deref(), Some("2836"));
        // Printed matter graded by school year is the book, whatever words come before it.
        assert_eq!(first_heading("Core Skills Reading Comprehension, Grade 3").as_deref(), Some("4901"));
    }

    #[test]
    fn a_colour_word_before_its_finish_word_names_a_colour() {
        // "Cream-Coloured" is the kurta's colour, no cosmetic cream; "Coffee Color" a
        // mug's, no coffee. A cream named as goods is still the cream.
        assert_eq!(first_heading("AURELIA Women Cream-Coloured & Sea Green Printed Straight Kurta").as_deref(), Some("6206"));
        assert_eq!(first_heading("Coffee Color Ceramic Mug 350ml").as_deref(), Some("6912"));
        assert_eq!(first_heading("Face Cream 50ml Moisturizing").as_deref(), Some("3304"));
    }

    #[test]
    fn a_chinese_grade_is_the_term_that_级_follows() {
        // 高级 ("premium") grades nothing a term names: a handbag, not (as when every term
        // in a run of characters ending in 级 was dropped) the word index's guess, wine.
        assert_eq!(first_heading("头层牛皮2024新款女包琳迪包单肩斜挎包枕头包百搭高级lindy小包").as_deref(), Some("4202"));
        // A class written apart from the goods leaves them: a bolt of property class 8.8.
        assert_eq!(first_heading("外六角螺栓 M12 8.8级 镀锌").as_deref(), Some("7318"));
    }

    #[test]
    fn a_keyword_list_that_ends_phrase_after_phrase_with_its_goods_names_them() {
        // "watch" ends four phrases, "calendar" starts one: a watch, not a calendar.
        let watch = "Factory direct calendar steel band watch men's large dial quartz watch cross-border men's watch foreign trade men's watch wholesale";
        assert_eq!(first_heading(watch).as_deref(), Some("9102"));
        // Words repeated as what other goods are for are no more namings: a signal booster
        // sticker, not a phone; a box for cosmetics, not cosmetics.
        let booster =
            "1/2/5/10Pcs Mobile Phone Signal Booster Sticker CellPhone Amplifier Antenna Outdoor Signal Enhancement Tool SP-9Pro/SP-11Pro";
        assert_eq!(first_heading(booster).as_deref(), Some("8529"));
        let box_ = "1pc White New Drawer Makeup Storage Box Dormitory Finishing Plastic Shelf Cosmetics Skin Care Dressing Table Desktop";
        assert_eq!(first_heading(box_).as_deref(), Some("3924"));
    }

    #[test]
    fn a_metal_and_the_word_it_makes_a_compound_with_name_a_chemical() {
        // "copper" is a material, "chloride" a substance; a text of chapter 28 uses both.
        assert_eq!(first_heading("Copper Chloride Dihydrate").as_deref(), Some("2827"));
    }

    #[test]
    fn articles_of_a_material_yield_to_goods_of_its_chapter_the_nomenclature_names() {
        // Glass rods (7002), not articles of glass (7020).
        assert_eq!(first_heading("Clear Glass Rods 8mm").as_deref(), Some("7002"));
        // Where it names none of the material's chapter, the articles stay.
        assert_eq!(first_heading("Acacia Wood Trivet Round").map(|h| h[..2].to_string()).as_deref(), Some("44"));
    }

    #[test]
    fn a_compound_is_headed_by_its_last_term() {
        // "steel nail" and "nail clipper" share "nail": the clipper is the goods, in a
        // short title and in a long keyword list alike.
        let first = first_product;
        assert_eq!(first("Stainless steel nail clippers"), Some(821420));
        assert_eq!(first("Stainless Steel Nail Clippers Pedicure Care Trimmer Portable File Storage Shell"), Some(821420));
        // A term alone keeps its meaning.
        assert_eq!(first("Galvanised steel nails 50mm"), Some(731700));
    }

    #[test]
    fn a_word_that_heads_goods_makes_no_pair_with_the_head_noun() {
        // "string" ends "guitar string": no "string light" with the last word.
        assert_eq!(first_heading("Guitar Strings Acoustic Phosphor Bronze Light").as_deref(), Some("9209"));
        // A material still makes one: boxes of kraft paper.
        assert_eq!(first_heading("Kraft Paper Gift Boxes with Lids 10 Pack").as_deref(), Some("4819"));
    }

    #[test]
    fn produce_after_prepared_food_is_its_flavour() {
        assert_eq!(first_heading("Naan Bread Garlic").as_deref(), Some("1905"));
        assert_eq!(first_heading("Canned Tuna in Olive Oil").as_deref(), Some("1604"));
        assert_eq!(first_heading("Puppy Food Dry Chicken 2kg").as_deref(), Some("2309"));
        // Prepared food after prepared food is the head; produce alone is the goods.
        assert_eq!(first_heading("Peanut Butter Cookies").as_deref(), Some("1905"));
        assert_eq!(first_heading("Garlic Bulbs Fresh 1kg").as_deref(), Some("0703"));
    }

    #[test]
    fn a_chemical_after_a_preparation_is_what_it_contains() {
        assert_eq!(first_heading("Mineral Sunscreen SPF 50 Zinc Oxide").as_deref(), Some("3304"));
        assert_eq!(first_heading("Mouthwash Hydrogen Peroxide Whitening").as_deref(), Some("3306"));
        assert_eq!(first_heading("Moisturizer Urea 10% Dry Skin").as_deref(), Some("3304"));
        // Nor does the preparation qualify it as the title's head noun.
        assert_eq!(first_heading("Dishwasher Tablets Citric Acid").as_deref(), Some("3402"));
        assert_eq!(first_heading("Laundry Detergent Citric Acid").as_deref(), Some("3402"));
        // A plastic in primary forms after a glue or paint is its base.
        assert_eq!(first_heading("Wood glue PVA 500ml").as_deref(), Some("3506"));
        // A vitamin beside a cosmetic, before or after it, in English or Chinese.
        assert_eq!(first_heading("Vitamin C + E Super Bright Sunscreen Spf 50").as_deref(), Some("3304"));
        assert_eq!(first_heading("维生素C精华液").as_deref(), Some("3304"));
        assert_eq!(first_heading("Vitamin C Tablets 1000mg").as_deref(), Some("2106"));
        // So is a plant oil or butter: a shampoo made with argan oil, raw shea alone.
        assert_eq!(first_heading("Argan Oil Shampoo Sulfate Free 500ml").as_deref(), Some("3305"));
        assert_eq!(first_heading("Raw Shea Butter Unrefined 500g").as_deref(), Some("1515"));
        // So is a cereal or other food: oatmeal in a pet shampoo, coffee in a body scrub.
        assert_eq!(first_heading("Dog Shampoo Oatmeal").as_deref(), Some("3307"));
        assert_eq!(first_heading("Body Scrub Coffee Exfoliating").as_deref(), Some("3304"));
        assert_eq!(first_heading("Rolled Oats 1kg").as_deref(), Some("1104"));
        assert_eq!(first_heading("Milk Powder Full Cream 1kg").as_deref(), Some("0402"));
        assert_eq!(first_heading("Strawberries and Cream Sweets").as_deref(), Some("1704"));
        // Named alone, or first, the chemical is the goods.
        assert_eq!(first_heading("Zinc Oxide Powder 500g").as_deref(), Some("2817"));
        assert_eq!(first_heading("Hydrogen Peroxide 3% Solution").as_deref(), Some("2847"));
        assert_eq!(first_heading("PVA powder 2488 polyvinyl alcohol").as_deref(), Some("3905"));
    }

    #[test]
    fn a_term_after_the_goods_size_is_their_feature() {
        assert_eq!(first_heading("Wall Fan 16 Inch Remote Control").as_deref(), Some("8414"));
        assert_eq!(first_heading("Thermal Label Printer 4x6 Shipping Labels").as_deref(), Some("8443"));
        // An accessory's noun is still the goods; alone, the term is.
        assert_eq!(first_heading("Tablet 10 inch Case").as_deref(), Some("4202"));
        assert_eq!(first_heading("Shipping Labels 4x6 Thermal").as_deref(), Some("4821"));
    }

    #[test]
    fn a_dose_form_after_its_active_substance_is_a_medicine() {
        // The form after the substance names the goods: a medicine in doses.
        assert_eq!(first_heading("Amoxicillin Capsules 500mg Blister Pack").as_deref(), Some("3004"));
        assert_eq!(first_heading("Amoxicillin powder 25kg drum").as_deref(), Some("2941"));
        // A dose names no device: "tablets" with one are a medicine.
        assert_eq!(first_heading("Metformin Hydrochloride Tablets 500mg").as_deref(), Some("3004"));
        assert_eq!(first_heading("Azithromycin Tablets 250 mg").as_deref(), Some("3004"));
        assert_eq!(first_heading("Samsung Galaxy Tab A9 Tablet 64GB").as_deref(), Some("8471"));
        // A supplement stays one.
        assert_eq!(first_heading("Vitamin D3 Softgels 5000 IU").as_deref(), Some("2106"));
    }

    /// A Chinese keyword title that names its goods three times names them, not the
    /// feature it ends on; named once, the end is still the head.
    #[test]
    fn goods_named_again_in_a_chinese_title_gain() {
        assert_eq!(first_heading("户外风扇露营风扇充电风扇照明挂钩").as_deref(), Some("8414"));
        assert_eq!(first_heading("女士针织棉T恤").as_deref(), Some("6109"));
    }

    /// A Chinese title's trade words after its head noun (批发, 跨境) do not take the head's
    /// place: the term before them heads it.
    #[test]
    fn a_chinese_head_before_trade_words_heads_the_title() {
        assert_eq!(first_heading("时尚手链石英腕表批发").as_deref(), Some("9102"));
        assert_eq!(first_heading("石英腕表女士手链批发").as_deref(), Some("7117"));
    }

    /// Knitted or not decides the chapter; the fibre, which the woven codes name, only the
    /// subheading.
    #[test]
    fn knitted_outweighs_the_fibre() {
        assert_eq!(first_heading("Knitted Wool Scarf Winter").as_deref(), Some("6117"));
        assert_eq!(first_heading("Acrylic Knit Infinity Scarf").as_deref(), Some("6117"));
        // 针织 says it in a Chinese title (China's tariff names 6117's lines without it).
        assert_eq!(first_heading("针织围巾女冬季保暖").as_deref(), Some("6117"));
        assert_eq!(first_code("Silk Scarf Square 90cm").as_deref(), Some("6214.10"));
    }

    #[test]
    fn a_colour_after_for_is_no_material_of_the_goods() {
        // "Gold Color" is a finish: steel jewellery, no gold necklace.
        assert_eq!(first_code("Stainless Steel Necklace for Women Gold Color Heart Pendant Chain").as_deref(), Some("7117.19"));
        // What the goods are for still makes the term: a watch strap.
        assert_eq!(first_heading("Strap for Apple Watch Series 9").as_deref(), Some("9113"));
    }

    #[test]
    fn a_colour_named_after_the_goods_is_no_goods() {
        // Cream, ivory, walnut: the goods' colour or finish, no cosmetic, ivory or nut.
        assert_eq!(first_heading("Knitted Throw Blanket Cream").as_deref(), Some("6301"));
        assert_eq!(first_heading("Lamp Shade Ivory").as_deref(), Some("9405"));
        assert_eq!(first_heading("Bedside Table Walnut").as_deref(), Some("9403"));
        // Alone, or before the goods, they are the goods: a cream, walnuts, a face cream.
        assert_eq!(first_heading("Walnut Kernels 1kg").as_deref(), Some("0802"));
        assert_eq!(first_heading("Moisturizing Face Cream 50ml").as_deref(), Some("3304"));
    }

    #[test]
    fn a_part_after_replacement_makes_a_term_with_the_goods_before() {
        // The part of the goods named before "replacement", not those goods.
        assert_eq!(first_heading("Electric Toothbrush Replacement Heads Compatible with Sonicare 8 Pack").as_deref(), Some("9603"));
        assert_eq!(first_code("Vacuum Cleaner Replacement Filter").as_deref(), Some("8508.70"));
        assert_eq!(first_heading("Laptop Replacement Battery for Dell").as_deref(), Some("8507"));
    }

    #[test]
    fn model_words_do_not_split_a_term() {
        // "macbook ... sleeve" is a laptop sleeve, "kindle ... cover" a cover: not the devices.
        let first = first_product;
        assert_eq!(first("MacBook Air 13 sleeve"), Some(420212));
        assert_eq!(first("Kindle Paperwhite cover"), Some(420232));
        assert_eq!(first("MacBook Air 13 M2 256GB"), Some(847130));
        // A last word inside a describing phrase is no head noun to pair: an e-bike with
        // fat tyres, roller skates with high tops.
        assert_eq!(first("Electric Bike 20 inch Fat Tire 750W"), Some(871160));
        assert_eq!(first("Roller Skates Women Classic High Top"), Some(950670));
    }

    #[test]
    fn the_material_and_whom_for_order_a_products_codes() {
        let first = first_heading;
        assert_eq!(first("Boat Shoes Men Leather").as_deref(), Some("6403"));
        assert_eq!(first("Women's Wool Coat Long Winter").as_deref(), Some("6202"));
        assert_eq!(first("Men's Wool Coat").as_deref(), Some("6201"));
        assert_eq!(first("女士羊毛大衣").as_deref(), Some("6202"));
        // A lone character says it too; both say nothing (unisex).
        assert_eq!(first("羽绒服女中长款冬季外套").as_deref(), Some("6202"));
        assert_eq!(first("羽绒服男加厚").as_deref(), Some("6201"));
        // What the goods do outranks what they are made of: a steel vacuum flask.
        assert_eq!(first("Stainless steel insulated water bottle").as_deref(), Some("9617"));
        assert_eq!(first("不锈钢保温杯").as_deref(), Some("9617"));
        // Wooden spoons are tableware of wood; steel spoons with wooden handles are not.
        assert_eq!(first("Wooden Spoons for Cooking Set of 5 Teak Utensils").as_deref(), Some("4419"));
        assert_eq!(first("Wooden Handle Serving Spoons Set Stainless Steel").as_deref(), Some("8215"));
    }

    #[test]
    fn what_a_chinese_title_says_the_goods_fit_is_no_goods() {
        let first = first_heading;
        // "For induction and gas hobs", "microwave-safe", "for Apple phones".
        assert_eq!(first("不粘锅炒锅家用电磁炉燃气灶通用").as_deref(), Some("7323"));
        assert_eq!(first("玻璃保鲜盒微波炉可用").as_deref(), Some("7013"));
        assert_eq!(first("苹果手机专用充电器").as_deref(), Some("8504"));
        // A run of terms before 用 that takes every goods term leaves the first as goods.
        assert_eq!(first("铜管空调用").as_deref(), Some("7411"));
        assert_eq!(first("空调用铜管").as_deref(), Some("7411"));
        // 用 starting 用于 ("for") says what follows is fitted, not what precedes it.
        assert_eq!(first("手机壳用于苹果手机带支架").as_deref(), Some("3926"));
        // Named alone, the fitted goods are the goods.
        assert_eq!(first("电磁炉").as_deref(), Some("8516"));
    }

    #[test]
    fn a_container_after_the_amount_it_holds_is_a_package() {
        let first = first_heading;
        assert_eq!(first("Almonds Roasted Salted 1kg Bag").as_deref(), Some("0802"));
        assert_eq!(first("Assorted Fruit Gummy Candy 500 g Bag").as_deref(), Some("1704"));
        // Counted, once other goods are named.
        assert_eq!(first("Facial Tissues Soft 3 Ply 10 Boxes").as_deref(), Some("4818"));
        // A bag that is the goods stays a bag, counted or measured otherwise.
        assert_eq!(first("Canvas Tote Bag 2 Pack").as_deref(), Some("4202"));
        assert_eq!(first("Reusable Shopping 3 Bags").as_deref(), Some("4202"));
        assert_eq!(first("Dry Bag 20L Waterproof Roll Top").as_deref(), Some("4202"));
        // The container's material between ("500 ml glass bottle"), or what the goods come
        // in ("in a ... bottle"); a bag of a material alone is still a bag.
        assert_eq!(first("Soy sauce in a 500 ml glass bottle").as_deref(), Some("2103"));
        assert_eq!(first("Raw Honey 500g Glass Jar").as_deref(), Some("0409"));
        assert_eq!(first("Succulent Plants Live 6 Pack in Pots").as_deref(), Some("0602"));
        assert_eq!(first("Stainless Steel Cooking Pot 5L").as_deref(), Some("7323"));
        assert_eq!(first("Leather Bag Women Shoulder").as_deref(), Some("4202"));
        // Goods the vocabulary does not know, which the nomenclature names, before the
        // package: no bag.
        assert_eq!(first("Adipic Acid 99.8% Industrial Grade 25kg Bag").as_deref(), Some("2917"));
        assert_eq!(first("Adipic Acid in 25kg bags").as_deref(), Some("2917"));
    }

    #[test]
    fn an_amount_in_a_devices_unit_makes_the_term_after_it_a_spec() {
        let first = first_heading;
        assert_eq!(first("Smartphone 5000mAh Battery 50MP Camera").as_deref(), Some("8517"));
        assert_eq!(first("Tablet 10 inch 4 GB RAM").as_deref(), Some("8471"));
        assert_eq!(first("Redmi Note 12 Pro 5G (Stardust Purple, 8GB RAM, 256GB Storage)").as_deref(), Some("8517"));
        // ... or before the device the main phrase ends on.
        assert_eq!(first("HP 15s Ryzen 5 5500U 8GB RAM 512GB SSD 15.6 inch Thin and Light Laptop").as_deref(), Some("8471"));
        // Alone, or before the goods, the term names them.
        assert_eq!(first("Corsair Vengeance 16GB DDR4 RAM").as_deref(), Some("8473"));
        assert_eq!(first("20000mAh Power Bank").as_deref(), Some("8507"));
    }

    #[test]
    fn goods_named_right_after_an_opening_for_are_what_the_goods_fit() {
        let first = first_heading;
        assert_eq!(first("For Samsung Galaxy S24 Ultra Tempered Glass Screen Protector Full Cover 2 Pack").as_deref(), Some("7007"));
        assert_eq!(first("For Redmi Note 13 Pro 5G Case Shockproof Silicone Cover").as_deref(), Some("3926"));
        // Named first without "for", the phone is the goods.
        assert_eq!(first("Samsung Galaxy M34 5G (Midnight Blue,6GB,128GB)").as_deref(), Some("8517"));
    }

    #[test]
    fn a_phones_make_in_a_short_title_with_other_goods_is_what_they_fit() {
        let first = first_heading;
        assert_eq!(first("Screen Protector Tempered Glass Samsung Galaxy S24").as_deref(), Some("7007"));
        assert_eq!(first("Samsung Galaxy S23 Case Leather").as_deref(), Some("4202"));
        assert_eq!(first("Lightning Cable iPhone 1m").as_deref(), Some("8544"));
        // Alone, the make names the phone.
        assert_eq!(first("iPhone 15 Pro Max 256GB Unlocked").as_deref(), Some("8517"));
        // A keyword list's later goods are synonyms, not what the first term defers to
        // (here the decoration is the goods, not the mirror).
        assert_eq!(
            first("Custom Baby Name Sign Decor Personalized Acrylic Mirror Gold Wood Wall Signs Baby Shower Nursery Decor").as_deref(),
            Some("4420")
        );
    }

    #[test]
    fn a_material_after_of_is_what_the_goods_named_before_are_made_of() {
        let first = first_heading;
        assert_eq!(first("A men's jacket of 100% nylon woven fabric with a full front zipper").as_deref(), Some("6201"));
        assert_eq!(first("A window curtain panel of polyester woven fabric with grommets").as_deref(), Some("6303"));
        // A yarn, as the nomenclature names fabrics by theirs.
        assert_eq!(first("Woven fabric of polyester filament yarn, dyed, 150cm width").as_deref(), Some("5407"));
        // Named alone, the fabric is the goods.
        assert_eq!(first("Cotton fabric by the yard").as_deref(), Some("5208"));
    }

    #[test]
    fn a_material_right_after_the_goods_is_theirs() {
        assert_eq!(first_heading("Dining Chair Fabric Upholstered Set of 2").as_deref(), Some("9401"));
        assert_eq!(first_heading("Michael Kors Jet Set Travel Tote Leather").as_deref(), Some("4202"));
        // Nor does the material, as the title's last word, make the goods before it a
        // qualifier of a head noun ("Portable Wardrobe Nonwoven" is no nonwoven fabric).
        assert_eq!(first_heading("Portable Wardrobe Nonwoven With 3 Hanging Rods And 6 Storage Shelves").as_deref(), Some("9403"));
        assert_eq!(first_heading("Nonwoven Fabric 50gsm Roll").as_deref(), Some("5603"));
        // Its colour first, in the material's term or before it: no greige "grey fabric".
        assert_eq!(first_heading("Bed Frame Grey Fabric").as_deref(), Some("9403"));
        assert_eq!(first_heading("Dining Chairs Grey Fabric Set of 2").as_deref(), Some("9401"));
        // Named alone, the material is what the title sells.
        assert_eq!(first_heading("Cotton Fabric Floral 1 Yard").as_deref(), Some("5208"));
        assert_eq!(first_heading("Cotton Grey Fabric").as_deref(), Some("5208"));
    }

    #[test]
    fn a_sofa_size_names_a_sofa_only_alone() {
        // "3 Seater" after a slipcover is the sofa it fits; alone it is the sofa.
        assert_eq!(first_heading("Velvet Sofa Cover Stretch Couch Slipcover 3 Seater").as_deref(), Some("6304"));
        assert_eq!(first_heading("Chesterfield 3 Seater Velvet").as_deref(), Some("9401"));
    }

    #[test]
    fn a_size_after_the_last_word_leaves_the_head_noun_at_the_end() {
        let first = first_heading;
        // "macaron sheet" ends the words; "40x30cm" is no word after it to outrank the
        // pair "baking ... sheet" (a baking tray) by.
        assert_eq!(first("Non-Stick Baking Mat Silicone Macaron Sheet 40x30cm").as_deref(), Some("3924"));
        assert_eq!(first("Non-Stick Baking Mat Silicone Macaron Sheet").as_deref(), Some("3924"));
    }

    #[test]
    fn a_codes_own_text_and_the_sellers_material_words_choose_among_its_neighbours() {
        let first = first_code;
        // Every 4202 subheading's heading names leather and plastics; their own texts
        // tell them apart.
        assert_eq!(first("Leather Handbag Women").as_deref(), Some("4202.21"));
        assert_eq!(first("Canvas Tote Bag Women Large Shopper").as_deref(), Some("4202.22"));
        // An imitation is not what it imitates.
        assert_eq!(first("Women's Crossbody Bag PU Leather Small Shoulder Purse").as_deref(), Some("4202.22"));
        assert_eq!(first("Women's Ankle Boots Chunky Heel Faux Leather Zip").as_deref(), Some("6402.91"));
        assert_eq!(first("Women's Ankle Boots Leather Chunky Heel").as_deref(), Some("6403.91"));
        // Knit and mesh uppers are textile (6404), whatever the national lines of 6402 say.
        assert_eq!(first_heading("Unisex Knit Fabric Walking Shoes Mesh").as_deref(), Some("6404"));
        // Silicone kitchenware is of plastics (3924), not the ceramics a bowl usually is.
        assert_eq!(first("Foldable Silicone Collapsible Bowl for Travel Camping").as_deref(), Some("3924.10"));
        // Brass is a copper alloy: the nomenclature's "copper", wherever the spec stands.
        assert_eq!(first("Brass Pipe Fitting Elbow 90 Degree 1/4 NPT").as_deref(), Some("7412.20"));
        assert_eq!(first("Ceramic Ramen Bowl Large").as_deref(), Some("6912.00"));
        // "(other than ... cotton ...)" names no cotton.
        assert_eq!(first("Men's cotton hoodie").as_deref(), Some("6110.20"));
        assert_eq!(outside_parentheses("of textile materials (other than wool or cotton), knitted"), "of textile materials , knitted");
        // Nor does an unbracketed "other than", to the next comma: porcelain plates are
        // 6911.10, not 6912.00 "other than of porcelain or china".
        assert_eq!(
            outside_parentheses("Tents; of textile materials other than synthetic fibres, knitted"),
            "Tents; of textile materials , knitted"
        );
        assert_eq!(first("Porcelain Dinner Plates Set of 6").as_deref(), Some("6911.10"));
        // And "not of": "Wood; not of bamboo, articles n.e.c." names no bamboo.
        assert_eq!(outside_parentheses("Wood; not of bamboo, articles n.e.c."), "Wood; , articles n.e.c.");
        assert_eq!(first("Drawer Organizer Bamboo").as_deref(), Some("4421.91"));
        assert_eq!(first("Crystal Wine Glasses Set of 6 Lead Free").as_deref(), Some("7013.28"));
        assert_eq!(first("Lead Crystal Wine Glasses").as_deref(), Some("7013.22"));
        // "Glass" names "drinking glasses" (a plural `singular` keeps, for spectacles).
        assert_eq!(first("GLASS CUP").as_deref(), Some("7013.37"));
    }

    #[test]
    fn chinese_terms_sharing_characters_keep_the_first_reading() {
        // 扳手套装: a wrench set (扳手 + 套装), not 手套 gloves.
        assert_eq!(first_heading("套筒扳手套装").as_deref(), Some("8204"));
        assert_eq!(first_product("丁腈手套"), Some(401519));
        // No term starts inside a material word (橡胶 rubber): no 胶水 glue in 橡胶水鞋, and
        // 水鞋, which only that dropped reading overlapped, stands.
        assert_eq!(first_heading("儿童雨靴防滑橡胶水鞋").as_deref(), Some("6401"));
        let chinese = crate::knowledge::vocabulary::chinese_terms().unwrap();
        let names_glue = |p: &Product| chinese.terms.iter().any(|&(t, q)| t == "胶水" && std::ptr::eq(q, p));
        let glue = |title: &str| products_in(title).iter().any(|m| names_glue(m.product));
        assert!(!glue("儿童雨靴防滑橡胶水鞋") && !glue("硅胶水杯"));
        assert!(glue("强力胶水"));
        // A dosage form after named goods is their form: fish oil, not a medicine.
        assert_eq!(first_product("鱼油软胶囊"), Some(150420));
        assert_eq!(first_product("胶囊"), Some(300490));
    }

    #[test]
    fn words_of_fastening_and_decoration_do_not_name_the_goods() {
        let heading = first_heading;
        assert_eq!(heading("Women's Platform Sneakers Canvas Lace Up White").as_deref(), Some("6404"));
        assert_eq!(heading("Men's Slim Fit Casual Button Down Shirt Long Sleeve Cotton").as_deref(), Some("6205"));
        // "Home ... Decoration" after the goods: roses, not an ornament (the head noun's
        // pairing with an earlier word skips deferring terms too).
        assert_eq!(heading("Artificial Flowers Silk Roses Bouquet Home Wedding Decoration").as_deref(), Some("6702"));
        assert_eq!(heading("Picture Frame 8x10 Wood Photo Frame Wall Hanging").as_deref(), Some("4414"));
        assert_eq!(heading("Buddha Statue Resin Meditation Home Decor").as_deref(), Some("3926"));
        // A dosage form after a named product: fish oil, not a medicine.
        assert_eq!(first_product("Fish Oil Omega 3 Softgels 120 Count"), Some(150420));
        assert_eq!(first_product("Softgels 120 Count"), Some(300490));
    }

    #[test]
    fn goods_that_come_with_a_battery_are_read_so() {
        let with = |title: &str| {
            let folded = crate::base::text::fold(title);
            comes_with_battery(&folded, &crate::base::text::norm_words(&folded))
        };
        assert!(with("Cordless Grass Trimmer with 20V Lithium Battery"));
        assert!(with("Electric Drill Driver Kit including 2 Batteries and Charger"));
        assert!(!with("Smart Charger for Lithium Batteries with LCD"));
        assert!(!with("Remote Control Car with Battery Box"));
        assert!(!with("Toy Robot with Lights, Batteries Not Included"));
        assert!(!with("Grass Trimmer 20V"));
        // In Chinese: after 带, 含, 配, 内置 ..., a measure word between.
        assert!(with("电动割草机 带锂电池") && with("充电式电钻 含2块锂电池") && with("蓝牙音箱 内置锂电池"));
        assert!(!with("锂电池 18650") && !with("电池收纳盒"));
    }

    #[test]
    fn a_keyword_list_is_headed_by_the_goods_it_names_most() {
        // A jacket named once, then a hoodie, a sweatshirt and a pullover: 6110.
        let long = "Camo Print Jacket Men Women Casual Hoodie Unisex Streetwear Sweatshirt Pullover Oversized";
        assert_eq!(first_heading(long).as_deref(), Some("6110"));
        // Terms that share words are one naming: LED bulbs are light sources, not lamps.
        assert_eq!(first_heading("LED lamps (bulbs) with E27 cap, 9 W, 230 V").as_deref(), Some("8539"));
    }

    #[test]
    fn a_deferring_term_names_the_goods_only_alone() {
        let first = first_product;
        assert_eq!(first("Tablet 10.1 inch 4GB RAM 64GB ROM WiFi"), Some(847130));
        assert_eq!(first("Ibuprofen 200mg tablets"), Some(300490));
        // A describing term yields wherever it stands, and its words are its own.
        assert_eq!(first("Baby Romper Cotton Short Sleeve"), Some(611120));
        assert_eq!(first("Short sleeve shirt"), first("shirt"));
        assert_eq!(first("Long sleeve"), Some(610910));
        assert_eq!(first("短袖衬衫"), first("衬衫"));
    }

    /// A festival with only decorative articles makes them festive articles (9505); its
    /// goods with a use of their own stay what they are.
    #[test]
    fn a_festival_makes_decorations_festive_articles() {
        let heading = |title: &str| first_heading(title).unwrap_or_default();
        assert_eq!(heading("Christmas Elk Fence Yard Lawn Decorations Cute For Holidays"), "9505");
        assert_eq!(heading("Halloween Hanging Ghost Decorations 3 Pack"), "9505");
        assert_eq!(heading("Merry Christmas Door Hanger Wooden Ornament"), "9505");
        assert_eq!(heading("Easter Bunny Resin Figurine Craft"), "9505");
        assert_eq!(heading("圣诞节树脂摆件"), "9505");
        // Without the festival, the material's ornament; with goods of a use, the goods.
        assert_eq!(heading("Wooden Elephant Ornament Home Decoration"), "4420");
        assert_eq!(heading("Christmas Ceramic Mug Santa Claus Coffee Cup"), "6912");
        assert_eq!(heading("Christmas Sweater Reindeer Knitted Pullover Unisex"), "6110");
        assert_eq!(heading("Christmas"), "9505");
    }

    /// What follows the goods' size, or a word after it, is their feature.
    #[test]
    fn a_term_after_the_size_and_a_word_is_a_feature() {
        assert_eq!(first_heading("Slow Cooker 6 Quart Programmable Digital Timer").as_deref(), Some("8516"));
        assert_eq!(first_heading("Wall Fan 16 Inch Remote Control").as_deref(), Some("8414"));
        assert_eq!(first_heading("Espresso Machine 20 Bar Milk Frother Steam Wand").as_deref(), Some("8516"));
    }

    /// A describing phrase that a goods term's last word opens takes that word: "Dress
    /// Shoes Lace Up" are shoes, no shoelaces and no dress; shoelaces are still shoelaces.
    #[test]
    fn a_describing_phrase_keeps_its_first_word() {
        assert_eq!(first_heading("Men's Leather Oxford Dress Shoes Lace Up Formal Business").as_deref(), Some("6403"));
        assert_eq!(first_heading("Shoe Laces Round 2 Pairs").as_deref(), Some("6307"));
    }

    /// Goods that are a machine already are what a machine word after them names: "Pasta
    /// Maker Machine" is a pasta maker (8210), not what the machine works on.
    #[test]
    fn a_machine_named_twice_is_one_machine() {
        assert_eq!(first_heading("Manual Pasta Maker Machine Stainless Steel Roller Cutter").as_deref(), Some("8210"));
        assert_eq!(first_heading("Wire Drawing Machine").as_deref(), Some("8463"));
    }

    /// A material before a part word is the part's ("Wooden Handle Kitchen Knife"), unless
    /// the part is what the title sells: "Plastic Knobs for Kitchen Cabinets" are plastic
    /// fittings for furniture (3926.30), not base-metal ones.
    #[test]
    fn a_part_sold_alone_is_of_its_material() {
        assert_eq!(suggest("Replacement Parts Plastic Knobs for Kitchen Cabinets", 1)[0].code, "3926.30");
        assert_eq!(first_heading("Wooden Handle Kitchen Knife Set").as_deref(), Some("8211"));
    }

    /// A semi-manufacture that furniture, lamps or machines the title opens or ends with
    /// are built of is their material (`hs-semi-finished`); alone, beside goods of other
    /// chapters, or sold by weight, it is the goods.
    #[test]
    fn a_semi_manufacture_is_what_goods_are_built_of() {
        assert_eq!(first_heading("6 Layers Steel Pipe Assembling Dustproof Storage Shoe Cabinet").as_deref(), Some("9403"));
        assert_eq!(first_heading("Kitchen Cabinets, particle board, flat packed").as_deref(), Some("9403"));
        assert_eq!(first_heading("Steel Pipe 2 Inch Galvanized for Furniture").as_deref(), Some("7306"));
        assert_eq!(first_heading("Rebar Tie Wire Black Annealed Binding Wire 1.2mm").as_deref(), Some("7217"));
        // Sold by the kilogram, it is the goods whatever machine it is for.
        assert_eq!(first_heading("PLA Filament 1.75mm 1kg Spool 3D Printer").as_deref(), Some("3916"));
    }

    /// A Chinese declaration line names its goods in its first segment and their elements
    /// after it: "办公椅 带扶手 网布" is a chair, not mesh fabric; "玻璃水杯 钢化玻璃" a
    /// drinking glass, not safety glass.
    #[test]
    fn a_chinese_declaration_line_names_its_goods_first() {
        assert_eq!(first_heading("办公椅 带扶手 网布").as_deref(), Some("9401"));
        assert_eq!(first_heading("玻璃水杯 钢化玻璃").as_deref(), Some("7013"));
        assert_eq!(first_heading("电动轮椅 折叠 锂电池").as_deref(), Some("8713"));
    }

    /// Goods before "special" or "dedicated" (专用 in a title translated from Chinese) are
    /// what the goods named with them are for: a spatula for non-stick pans is no pan.
    #[test]
    fn goods_before_special_are_what_the_goods_are_for() {
        let title = "Kitchen silicone spatula high temperature resistant non-stick pan special cooking shovel";
        assert_eq!(first_heading(title).as_deref(), Some("3924"));
        // Alone, they are the goods.
        assert_eq!(first_heading("Non-stick pan special offer").as_deref(), Some("7615"));
    }

    /// Goods for a device named by its make or model are the goods of its kind: the word
    /// its heading's goods go by makes the purpose's compound (`hs-device-word`).
    #[test]
    fn goods_for_a_device_named_by_its_model_are_that_device_s_goods() {
        let display = "Original LCD Display For Xiaomi Redmi Note 10 Touch Screen Digitizer Assembly Replacement Parts";
        assert_eq!(first_heading(display).as_deref(), Some("8517"));
        assert_eq!(first_heading("Propeller for DJI Mini 3 Pro").as_deref(), Some("8807"));
        // Without the device, a display is a monitor.
        assert_eq!(first_heading("LCD Display 24 Inch").as_deref(), Some("8528"));
    }

    /// Goods a title names again after the goods it opens with, which they qualify, are
    /// what those are for: sellers' keywords, not goods.
    #[test]
    fn goods_named_again_after_the_opening_goods_are_their_purpose() {
        let heater = "Aquarium Heater 100W Submersible Adjustable Thermostat Fish Tank";
        assert_eq!(first_heading(heater).as_deref(), Some("8516"));
        assert_eq!(first_heading("Phone Tripod Stand Extendable Cell Phone").as_deref(), Some("9620"));
        assert_eq!(first_heading("Guitar Strap Adjustable Leather Acoustic Electric Bass Guitar").as_deref(), Some("9209"));
        // Synonyms of the same heading are the goods named twice ("Glass Tumbler Drinking
        // Glass"); the opening word named again as goods that are no device is the goods
        // ("Elastic Band ... Sewing Elastic").
        assert_eq!(first_heading("Glass Tumbler Drinking Glass 300ml").as_deref(), Some("7013"));
        assert_eq!(first_heading("Elastic Band Flat Knitted Sewing Elastic 2cm 10m").as_deref(), Some("5806"));
        // An opening word that is all the opening goods say is named more closely after it.
        assert_eq!(first_heading("Watch Smart Watch for Men").as_deref(), Some("8517"));
        assert_eq!(first_heading("Table Top Pool Table").as_deref(), Some("9504"));
        // Alone, they are the goods.
        assert_eq!(first_heading("Glass Fish Tank 20 Gallon").as_deref(), Some("7013"));
    }

    /// A model in Latin letters after 适用 ("fits") is what the goods fit, and the Chinese
    /// term after the model the goods: 适用iPhone15手机壳 is a phone case, as 适用苹果15手机壳.
    #[test]
    fn a_model_after_fits_is_what_the_chinese_goods_fit() {
        assert_eq!(first_heading("适用iPhone15手机壳硅胶全包防摔透明保护套").as_deref(), Some("3926"));
        assert_eq!(first_heading("适用苹果15手机壳硅胶").as_deref(), Some("3926"));
    }

    /// A figurine is an ornament of its material (HS 3926.40, 6913, 4420, 8306), not a
    /// toy; an action figure is a toy.
    #[test]
    fn a_figurine_is_an_ornament_of_its_material() {
        let heading = |title: &str| first_heading(title).unwrap_or_default();
        assert_eq!(heading("Ceramic Elephant Figurine Lucky Home Decor Gift"), "6913");
        assert_eq!(heading("Resin Cat Figurine Home Decor Statue"), "3926");
        assert_eq!(heading("Anime Action Figure PVC 25cm Collectible Model Toy"), "9503");
    }

    /// Gold a title says is plated anywhere is a finish: no precious-metal jewellery.
    #[test]
    fn plated_gold_names_no_gold_jewellery() {
        let heading = |title: &str| first_heading(title).unwrap_or_default();
        assert_eq!(heading("Layered Gold Necklaces for Women Dainty Paperclip Chain Choker 14K Gold Plated"), "7117");
        assert_eq!(heading("Solid 14K Gold Necklace"), "7113");
        assert_eq!(heading("Silver Necklace Silver Plated Chain"), "7117");
        // Silver plated with gold is still silver jewellery.
        assert_eq!(heading("Sterling Silver Hoop Earrings Rose Gold Plated"), "7113");
    }

    /// Garments for babies are babies' garments (6111 knitted, 6209 not), whatever else
    /// they are, their fibre chosen as any garment's; a colour or style named after
    /// babies is not.
    #[test]
    fn garments_for_babies_are_babies_garments() {
        let first = |title: &str| suggest(title, 3).first().map(|s| s.code.clone()).unwrap_or_default();
        assert_eq!(first("Newborn Baby Romper Cotton Long Sleeve Bodysuit 0-3 Months"), "6111.20");
        assert_eq!(first("Baby Girl Dress Polyester Tutu Princess Party"), "6209.30");
        assert_eq!(first("Long Sleeve Bodysuit Cotton 6-12 Months"), "6111.20");
        assert_eq!(first("Bodysuit Long Sleeve 6-12M Cotton"), "6111.20");
        assert_eq!(first("Long Sleeve Bodysuit Cotton 3-6 Mos"), "6111.20");
        assert_eq!(first("婴儿连体衣纯棉长袖"), "6111.20");
        // Not garments, not for babies, or no babies at all.
        assert_eq!(first_heading("Baby Teether Toys Silicone").as_deref(), Some("9503"));
        assert_eq!(first_heading("Baby Blue Hoodie Women Oversized").as_deref(), Some("6110"));
        assert_ne!(first_heading("Bodysuit for Women Cotton 3M Brand").as_deref(), Some("6111"));
        assert_eq!(first_heading("Kids T-shirt Cotton Boys 4-8 Years").as_deref(), Some("6109"));
    }

    /// A women's word for garments ("top", "blouse") in a title for men only reads as
    /// men's shirts of the same fibre; for women, for both, or for no one, as before.
    #[test]
    fn womens_garment_words_for_men_read_as_mens_garments() {
        let first = |title: &str| suggest(title, 3).first().map(|s| s.code.clone()).unwrap_or_default();
        assert_eq!(first("Mens Polyester Summer Top"), "6105.20");
        assert_eq!(first("Men's Casual Linen Summer Top Short Sleeve").get(..4), Some("6105"));
        assert_eq!(first("Men's Blouse Cotton").get(..4), Some("6205"));
        assert_eq!(first("Women Polyester Summer Top"), "6106.20");
        assert_eq!(first("Summer Top Men Women Unisex").get(..4), Some("6106"));
        assert_eq!(first("Women's Summer Top").get(..4), Some("6106"));
    }

    /// Goods named right before a head noun of their own heading name the goods more
    /// closely ("Gold Necklace Pendant" is gold jewellery), not what the head fits.
    #[test]
    fn a_closer_naming_before_its_head_noun_stands() {
        let heading = |title: &str| first_heading(title).unwrap_or_default();
        assert_eq!(heading("18K Gold Necklace Pendant"), "7113");
        assert_eq!(heading("Gold Plated Necklace Pendant"), "7117");
        assert_eq!(heading("Ball Bearing Hinge"), "8302");
    }

    #[test]
    fn a_description_of_materials_alone_suggests_articles_of_them_first() {
        // Not whatever nomenclature text uses the word (self-adhesive plastics for glass,
        // saw blades for steel); with goods named, the goods lead as before.
        for (text, heading) in [("Steel", "7326"), ("Glass", "7020"), ("Leather goods", "4205"), ("Ceramic", "6914")] {
            let first = suggest(text, 5).first().map(|s| s.code.clone()).unwrap_or_default();
            assert!(first.starts_with(heading), "{text}: {first}");
        }
        assert!(suggest("Float Glass 5mm", 5)[0].code.starts_with("7005"));
        assert!(suggest("Steel pipe", 5)[0].code.starts_with("73"));
    }

    #[test]
    fn an_abbreviation_of_the_words_before_names_no_goods() {
        let first = first_product;
        // "TEA" repeats triethanolamine; alone, or after words it does not abbreviate, tea.
        assert_eq!(first("Triethanolamine 99% TEA"), Some(292215));
        assert_eq!(first("Green Tea"), first("tea"));
        let words = |t: &str| norm_words(&fold(t));
        let abbreviates = |t: &str| {
            let w = words(t);
            abbreviates_earlier(&w, w.len() - 1)
        };
        assert!(abbreviates("Monoammonium Phosphate MAP"));
        // Each word gives its first letter, not only the first word's letters.
        assert!(abbreviates("Calcium Ammonium Nitrate CAN"));
        assert!(abbreviates("Polyvinyl Alcohol 99% PVA"));
        assert!(!abbreviates("Stainless Steel Cutlery Set"));
        // One word alone: only when it is three times as long.
        assert!(!abbreviates("Transparent Tape"));
        assert!(!abbreviates("Travel Tea"));
    }

    #[test]
    fn reads_codes_however_written() {
        for raw in ["6109.10", "610910", "6109 10 00 10", "6109-10", "６１０９．１０", "61091000"] {
            assert!(matches!(parse(raw), Parsed::Digits { six: 610910, .. }), "{raw}");
        }
        assert_eq!(parse("6109"), Parsed::Malformed(Malformed::Length(4)));
        assert_eq!(parse("61091"), Parsed::Malformed(Malformed::Length(5)));
        assert_eq!(parse("61091000101"), Parsed::Malformed(Malformed::Length(11)));
        assert_eq!(parse("6109.10a"), Parsed::Malformed(Malformed::BadCharacters));
        assert_eq!(parse("771010"), Parsed::Malformed(Malformed::NoSuchChapter("77".into())));
        assert_eq!(parse("001010"), Parsed::Malformed(Malformed::NoSuchChapter("00".into())));
        assert_eq!(parse("980000"), Parsed::Malformed(Malformed::NoSuchChapter("98".into())));
        assert_eq!(parse("6109100"), Parsed::Malformed(Malformed::OddLength(7)));
    }

    #[test]
    fn every_hs2022_subheading_is_known() {
        for code in &store().subheadings {
            assert!(Edition::Hs2022.has_subheading(*code));
            let plain = format!("{code:06}");
            let national = format!("{} {} 00 10", &plain[..4], &plain[4..]);
            let dashed = format!("{}-{}", &plain[..4], &plain[4..]);
            for written in [dotted(*code), plain, national, dashed] {
                assert!(matches!(parse(&written), Parsed::Digits { six, .. } if six == *code), "{written}");
            }
        }
        assert_eq!(store().subheadings.len(), 5612);
    }

    #[test]
    fn deleted_codes_have_successors() {
        // 8517.12 (mobile phones) became 8517.13 / 8517.14 in 2022.
        let successors = deleted_in_2022(851712).unwrap();
        assert!(successors.contains(&851713));
        assert!(!Edition::Hs2022.has_subheading(851712));
        assert!(Edition::Hs2017.has_subheading(851712));
    }

    #[test]
    fn suggests_from_listing_titles() {
        let top = |t: &str| suggest(t, 5).first().map(|s| s.code[..4].to_string()).unwrap_or_default();
        assert_eq!(top("2024 New Fashion Women Gold Color Hoop Earrings Party Jewelry Gift"), "7117");
        assert_eq!(top("Silicone phone case for iPhone 15 Pro"), "3926");
        assert_eq!(top("Men's cotton hoodie"), "6110");
        assert_eq!(top("20000mAh power bank"), "8507");
        assert_eq!(top("耳环"), "7117");
        assert_eq!(top("手机壳"), "3926");
        assert_eq!(top("假发"), "6704");
        // Of two Chinese terms sharing characters the first reading stands: the data
        // keeps no term (厨房水槽) that would swallow the head of another (水槽龙头).
        assert_eq!(top("厨房水槽龙头 抽拉式 304不锈钢"), "8481");
        assert_eq!(top("儿童书包 小学生 护脊"), "4202");
        assert_eq!(first("无缝钢管 20# 外径89mm"), "7304.39");
        assert_eq!(first("Stainless Steel Seamless Pipe 316L"), "7304.41");
        assert_eq!(first("Sealed Lead Acid Battery 12V 7Ah"), "8507.20");
        assert_eq!(first("Compression Socks 3 Pairs"), "6115.10");
        // A carrying case after the device it carries is the case, not the device.
        assert_eq!(top("Camera Carrying Case"), "4202");
        assert_eq!(top("Nintendo Switch Carrying Case"), "4202");
    }

    /// The first suggestion's code for a description.
    fn first(text: &str) -> String {
        suggest(text, 3).first().map(|s| s.code.clone()).unwrap_or_default()
    }

    #[test]
    fn parts_of_named_goods_read_as_their_parts_code() {
        // The parts code the HS texts give the goods (hs-parts-of), however the title says it.
        assert_eq!(first("Forklift parts"), "8431.20");
        assert_eq!(first("Forklift spare parts"), "8431.20");
        assert_eq!(first("Spare parts for excavator"), "8431.49");
        assert_eq!(first("Sewing machine parts"), "8452.90");
        assert_eq!(first("叉车配件"), "8431.20");
        assert_eq!(first("洗衣机配件"), "8450.90");
        assert_eq!(first("Spare parts for textile machines"), "8448.39");
        assert_eq!(first("Shoe parts"), "6406.90");
        assert_eq!(first("Parts for wall clocks"), "9114.90");
        assert_eq!(first("Furniture parts"), "9403.99");
        // The goods themselves, and goods that are the spare part, keep their own code.
        assert_eq!(first("Forklift"), "8427.20");
        assert!(first("Hydraulic Gear Pump for Tractor Agricultural Machinery Spare Parts").starts_with("8413"));
        assert_eq!(first("Machine parts"), "8487.90");
    }

    #[test]
    fn a_part_fitted_to_a_vehicle_reads_as_its_parts() {
        let heading = |title: &str| first(title)[..4].to_string();
        // A maker with the model years, or "OEM": the goods are the vehicle's parts, not
        // what their words name elsewhere (a trim cover, a glove box, a sports bag).
        assert_eq!(heading("2016-2019 Toyota Camry Rear Left Door Trim Cover OEM"), "8708");
        assert_eq!(heading("2012 2013 2014 Nissan Altima Glove Box"), "8708");
        assert_eq!(heading("Kia Sportage Front Bumper Bracket OEM 86513"), "8708");
        // A motorcycle's, when a word says so.
        assert_eq!(heading("2008-2016 Yamaha YZF R6 Side Fairing Cover OEM"), "8714");
        assert_eq!(heading("2014-2017 Honda Grom motorcycle rear fender"), "8714");
        // Parts that Section XVII note 2 or a named heading takes apart keep their code.
        assert_eq!(heading("2015-2018 Ford F-150 Engine Wiring Harness OEM"), "8544");
        assert_eq!(heading("2010-2014 Subaru Outback Starter Motor"), "8511");
        assert_eq!(heading("2019-2021 Toyota RAV4 Headlight Assembly OEM"), "8512");
        // A household kind is the vehicle's: a lamp is its lighting (not a bicycle's).
        assert_eq!(heading("2018-2020 Honda Accord Dome Light OEM"), "8512");
        assert_eq!(first("2015-2019 Ford Explorer LED Reading Lamp OEM"), "8512.20");
        // Not a fitment: a lone model year, or a maker without years or "OEM", or years
        // without a maker; a model of the car stays a toy.
        assert_eq!(heading("Ford Mustang T-Shirt Men"), "6109");
        assert_eq!(heading("2019 Toyota Camry Rear Bumper Sticker"), first("Rear Bumper Sticker")[..4]);
        // A fitted accessory of leather stays one (a key ring for the 2018-2020 Camry), and
        // goods that merely name a vehicle and its years: a repair manual, a poster, a decal.
        assert_eq!(heading("Toyota Camry Keychain Leather 2018-2020"), "4205");
        assert_eq!(heading("Haynes Repair Manual Toyota Camry 2012-2017"), "4901");
        assert_eq!(heading("Ford Mustang 1965-1973 Poster Print"), "4911");
        assert_eq!(heading("Jeep Wrangler 2007-2018 Vinyl Decal Stripe Kit"), "3919");
        assert_eq!(heading("Motorcycle Helmet DOT Approved 2024 2025 Full Face"), "6506");
        assert_eq!(heading("2019-2020 Ford Mustang GT 1:24 Diecast Model Car"), "9503");
    }

    #[test]
    fn a_man_made_fibre_chooses_among_the_goods_own_chapter() {
        // The nomenclature says "synthetic" or "man-made fibres", sellers "polyester".
        assert_eq!(first("Women polyester dress"), "6204.43");
        assert_eq!(first("Women cotton dress"), "6204.42");
        // Where the goods' codes name no man-made fibre, it is among the other textiles.
        assert_eq!(first("Polyester T-Shirt Men"), "6109.90");
        assert_eq!(first("Men's Cotton T-Shirt"), "6109.10");
        assert_eq!(first("Polyester hoodie men"), "6110.30");
        assert_eq!(first("Acrylic sweater women"), "6110.30");
        assert_eq!(first("Polyester bed sheet"), "6302.32");
        assert_eq!(first("Lace fabric nylon embroidered"), "5804.21");
        // Chinese titles name the fibre by its trade name (涤纶, 锦纶, 尼龙).
        assert_eq!(first("涤纶T恤 男 短袖"), "6109.90");
        assert_eq!(first("纯棉T恤 男"), "6109.10");
        assert_eq!(first("女士涤纶连衣裙"), "6204.43");
        assert_eq!(first("涤纶衬衫 女士"), "6206.40");
        assert_eq!(first("尼龙绳 编织绳 10mm"), "5607.50");
        // A heading that names its material in a kept plural ("Textiles; made up
        // articles") tells textile goods from basketwork, not from each other.
        assert_eq!(first("Laundry Basket Foldable Fabric"), "6307.90");
        assert_eq!(first("Microfiber Cleaning Cloths 12 Pack"), "6307.10");
        // Outside the textile chapters the fibre is a textile, which tells bags and shoes
        // from leather and plastics.
        assert_eq!(first("Nylon crossbody bag women"), "4202.22");
        assert_eq!(first("Polyester shoes men"), "6404.11");
        // Never another chapter: nylon cable ties are plastics, not ties of man-made fibres.
        assert_eq!(first("Nylon cable ties 100 pcs"), "3926.90");
        assert_eq!(first("Nylon backpack"), "4202.92");
    }

    /// "Electric" (and 电动) chooses among a product's codes like a material word: the
    /// nomenclature's "electric" and "electro-" name the powered appliance's heading.
    #[test]
    fn electric_chooses_the_powered_appliance_among_the_goods_codes() {
        // Hand-operated kitchen appliances are 8210, electro-mechanical domestic ones 8509;
        // "electric" is the nomenclature's word for the second (hs-material-class).
        assert_eq!(first_heading("Electric Citrus Juicer with Pulp Control").as_deref(), Some("8509"));
        assert_eq!(first_heading("Citrus Juicer Lemon Squeezer").as_deref(), Some("8210"));
        assert_eq!(first_heading("Electric Salt and Pepper Grinder Set Battery Operated").as_deref(), Some("8509"));
        assert_eq!(first_heading("Electric Vegetable Chopper 3-Cup").as_deref(), Some("8509"));
        assert_eq!(first_heading("Vegetable Chopper with Container").as_deref(), Some("8210"));
        // "Electro-thermic" is the nomenclature's word for electric kettles (8516.71).
        assert_eq!(first_heading("Electric Kettle 1.7L Glass Tea Kettle").as_deref(), Some("8516"));
        assert_eq!(first_heading("Stainless Steel Tea Kettle Whistling").as_deref(), Some("7323"));
        // So does 电动 in a Chinese title.
        assert_eq!(first_heading("电动研磨器胡椒研磨器自动盐磨").as_deref(), Some("8509"));
        assert_eq!(first_heading("胡椒研磨器 手动").as_deref(), Some("8210"));
        // Electric blankets have a subheading of their own.
        assert_eq!(first("Electric Heated Throw Blanket"), "6301.10");
    }

    /// Pearl jewellery as marketplaces sell it is imitation (7117) unless the title says
    /// the pearls are cultured: "freshwater", "akoya", 淡水 select 7116's "natural or
    /// cultured pearls"; "faux" and "imitation" select 7117.
    #[test]
    fn pearls_are_imitation_unless_said_to_be_cultured() {
        assert_eq!(first_heading("Vintage Pearl Earrings For Women").as_deref(), Some("7117"));
        assert_eq!(first_heading("Faux Pearl Earrings").as_deref(), Some("7117"));
        assert_eq!(first_heading("Freshwater Pearl Necklace").as_deref(), Some("7116"));
        assert_eq!(first_heading("淡水珍珠项链").as_deref(), Some("7116"));
        assert_eq!(first_heading("珍珠项链 女").as_deref(), Some("7117"));
    }

    /// A toy's term right before the tool, machine, vehicle or instrument it copies (the
    /// word "toy", a toy maker's name) names a toy (9503); a toy box stays a box.
    #[test]
    fn a_toy_of_a_machine_is_a_toy() {
        assert_eq!(first_heading("Toy Tractor").as_deref(), Some("9503"));
        assert_eq!(first_heading("Kids Toy Mobile Phone").as_deref(), Some("9503"));
        assert_eq!(first_heading("Toy Excavator for Kids").as_deref(), Some("9503"));
        assert_eq!(first_heading("Playmobil Fire Truck").as_deref(), Some("9503"));
        assert_eq!(first_heading("Tractor").as_deref(), Some("8701"));
        assert_ne!(first_heading("Toy Storage Box").as_deref(), Some("9503"));
    }
}
