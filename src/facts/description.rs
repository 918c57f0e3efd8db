//! Is a goods description specific enough for customs? Semantics, not substring search:
//!
//! * only vague words ("gift", "parts", "various goods", "礼物", "配件") -> `OnlyVague`;
//! * a vague word that carries the meaning ("phone accessories", "auto parts", "手机配件")
//!   -> `VagueHead`;
//! * a vague word that only modifies a specific product ("gift wrapping paper", "sample
//!   vials", "儿童塑料积木玩具"), or marketing tags after a named product ("Pearl
//!   Earrings Jewelry Gift For Her") -> `Specific`.
//!
//! Character patterns that carriers refuse outright (PACT TIG 6.1: digits only,
//! punctuation only, repeated characters, file names, too short) are `Pattern`.

use crate::base::order::SortedWords;
use crate::base::text::{cjk_only, ends_with_short, fold, has_cjk, norm_words, singular, words, SpacedWords};
use crate::knowledge::data;
use crate::knowledge::data::store::{in_word_list, without_trailing, word_list, word_set};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Vagueness {
    Specific,
    /// The description is nothing but vague words; `term` is the main one.
    OnlyVague {
        term: String,
    },
    /// A vague word is the head of the description.
    VagueHead {
        term: String,
    },
    /// A character pattern no customs system accepts.
    Pattern(PatternProblem),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PatternProblem {
    DigitsOnly,
    PunctuationOnly,
    RepeatedCharacters,
    FileName,
    TooShort,
}

impl PatternProblem {
    pub fn key(self) -> &'static str {
        match self {
            PatternProblem::DigitsOnly => "digits-only",
            PatternProblem::PunctuationOnly => "punctuation-only",
            PatternProblem::RepeatedCharacters => "repeated-characters",
            PatternProblem::FileName => "file-name",
            PatternProblem::TooShort => "too-short",
        }
    }
}

/// Whether folded text names a material ("cotton", "stainless", "塑料"): one of the
/// declaration elements (材质) a line can state in its description.
/// `phrases`: the phrases `folded` holds (`knowledge::phrases`, which gathers the Chinese
/// materials).
pub fn names_material(folded: &str, phrases: &crate::knowledge::phrases::Found) -> bool {
    folded.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| in_word_list("description-material", w))
        || phrases.any_of_list("description-zh-material")
}

/// The English vague terms.
fn english_terms() -> impl Iterator<Item = &'static str> {
    data::vague_terms().iter().map(|t| t.term)
}

/// The English vague terms as word sequences, sorted by first word (as the generator
/// wrote them, `@vague-en-phrases`), read once.
struct EnglishPhrases {
    phrases: Vec<EnglishPhrase>,
    /// Each phrase's first word, for the search.
    first_words: crate::base::order::SortedWords,
}

/// A vague term as a title's words (the generator's text of them) and the term.
struct EnglishPhrase {
    words: SpacedWords,
    term: &'static str,
}

impl EnglishPhrases {
    /// The phrases whose first word is `word`.
    fn starting_with<'a>(&'a self, word: &'a str) -> impl Iterator<Item = &'a EnglishPhrase> {
        let from = self.first_words.position(word).unwrap_or(self.phrases.len());
        self.phrases[from..].iter().take_while(move |p| p.words.first_word() == word)
    }
}

fn english_phrases() -> &'static EnglishPhrases {
    static PHRASES: std::sync::OnceLock<EnglishPhrases> = std::sync::OnceLock::new();
    PHRASES.get_or_init(|| {
        let phrases: Vec<EnglishPhrase> = crate::knowledge::data::store::vague_en_phrases()
            .filter(|(words, _)| !words.is_empty())
            .map(|(words, term)| EnglishPhrase { words: SpacedWords::new(words), term })
            .collect();
        let first_words = phrases.iter().map(|p| p.words.first_word()).collect();
        EnglishPhrases { phrases, first_words: crate::base::order::SortedWords::new(first_words) }
    })
}

/// The Chinese vague terms, longest first (so "电子产品" wins over "产品"), prepared once
/// their part is loaded; none until then (the part is noted as wanted and nothing is
/// kept, so the check the page runs once it has loaded sees them).
fn chinese_terms() -> &'static [&'static str] {
    static TERMS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    if let Some(terms) = TERMS.get() {
        return terms;
    }
    let Some(rows) = data::store().vague_zh() else { return &[] };
    TERMS.get_or_init(|| {
        let mut terms: Vec<&'static str> = rows.iter().map(|t| t.term).collect();
        crate::base::order::sort_desc_by_key(&mut terms, |t| t.chars().count());
        terms
    })
}

/// Analyses an English description.
pub fn analyse_en(text: &str) -> Vagueness {
    analyse_en_words(text, &norm_words(text))
}

/// [`analyse_en`] of `text` and its singular words (`base::text::norm_words`), when the
/// caller has made them already.
fn analyse_en_words(text: &str, tokens: &[String]) -> Vagueness {
    if let Some(p) = pattern_problem(text) {
        // "N/A", "NA": too short, but first of all a stop word.
        let exact =
            data::vague_terms().iter().find(|t| t.term.len() <= 4 && norm_words(t.term) == tokens && !norm_words(t.term).is_empty());
        return match (p, exact) {
            (PatternProblem::TooShort, Some(t)) => Vagueness::OnlyVague { term: t.term.to_string() },
            _ => Vagueness::Pattern(p),
        };
    }
    if tokens.is_empty() {
        // Only non-Latin script: handled by the not-English check, not here.
        return Vagueness::Specific;
    }
    // Mark every token covered by a vague phrase, longest phrases first.
    let mut vague_at: Vec<Option<&'static str>> = vec![None; tokens.len()];
    // Candidates start at a title word (binary search by first word); longest win.
    let phrases = english_phrases();
    let mut hits: Vec<(usize, &EnglishPhrase)> = Vec::new();
    for (start, word) in tokens.iter().enumerate() {
        for p in phrases.starting_with(word) {
            if tokens.get(start..start + p.words.word_count()).is_some_and(|span| p.words.is_spelled_by(span)) {
                hits.push((start, p));
            }
        }
    }
    crate::base::order::sort_desc_by_key(&mut hits, |h| h.1.words.word_count());
    for (start, phrase) in hits {
        let span = start..start + phrase.words.word_count();
        if vague_at[span.clone()].iter().all(Option::is_none) {
            for slot in &mut vague_at[span] {
                *slot = Some(phrase.term);
            }
        }
    }
    let first_vague = vague_at.iter().flatten().next().copied();
    let Some(first_vague) = first_vague else { return Vagueness::Specific };

    // The lists, looked up once for all the tokens below.
    let (fillers, materials) = (word_set("description-filler"), word_set("description-material"));
    let (domains, relations) = (word_set("description-domain"), word_set("description-relational"));
    let is_filler = |t: &str| fillers.contains(t) || t.bytes().all(|b| b.is_ascii_digit()) || t.len() == 1;
    let content: Vec<usize> = (0..tokens.len()).filter(|&i| vague_at[i].is_none() && !is_filler(&tokens[i])).collect();
    if content.is_empty() {
        let term = main_term(tokens, &vague_at, &is_filler).unwrap_or(first_vague).to_string();
        // "phone accessories", "auto parts": the vague word is the head, but the domain
        // word narrows it; customs query these rather than reject them.
        // A kind word narrowed by a word outside the vague phrase ("leather shoes") names
        // the goods; "kitchen utensils" (one listed phrase) does not. A relation word
        // narrowed by a domain ("car parts", "phone accessories") is queried; by a
        // material only ("plastic products", "leather goods") it still says nothing.
        let narrowing = |t: &String| domains.contains(t) || (materials.contains(t) && !t.starts_with("electr") && t != "digital");
        // Outside a multi-word vague phrase: "leather" is itself a vague term but in
        // "leather shoes" it is the material of the shoes.
        let outside_phrase = |i: usize| vague_at[i].map_or(true, |t| !t.contains(' '));
        let narrowed_outside = (0..tokens.len()).any(|i| outside_phrase(i) && narrowing(&tokens[i]) && tokens.len() > 1);
        let domain = tokens.len() > 1 && tokens.iter().any(|t| domains.contains(t));
        let head = (0..tokens.len()).rev().find(|&i| vague_at[i].is_some());
        let head_word = head.map(|i| tokens[i].as_str()).unwrap_or("");
        let relational = relations.contains(head_word) || relations.contains(&singular(&term));
        if !relational && head.is_some_and(|h| names_kind_compound(tokens, &vague_at, h, &is_filler, relations)) {
            return Vagueness::Specific;
        }
        return match (relational, domain, narrowed_outside) {
            (false, _, true) => Vagueness::Specific,
            (true, true, _) => Vagueness::VagueHead { term },
            _ => Vagueness::OnlyVague { term },
        };
    }

    // The head of an English noun phrase is its last noun before a preposition.
    let main_end = tokens
        .iter()
        .position(|t| matches!(t.as_str(), "for" | "with" | "compatible" | "fit" | "fits" | "suitable" | "to" | "in" | "from"))
        .filter(|&i| i > 0)
        .unwrap_or(tokens.len());
    let head = (0..main_end).rev().find(|&i| vague_at[i].is_some() || !is_filler(&tokens[i]));
    let Some(head) = head else { return Vagueness::Specific };
    let Some(term) = vague_at[head] else { return Vagueness::Specific };
    let head_word = tokens[head].as_str();
    let relational = relations.contains(head_word) || relations.contains(&singular(term));

    // The goods named after the qualifier: "Hair Accessories for Women Pearl Hair Clips",
    // "Gift for Dad Funny Cotton T-Shirt", "Gift Box with Ribbon Kraft Paper". The object
    // right after "for" is what the goods fit ("accessories for iPhone") and does not count.
    if names_goods_after(tokens, &vague_at, main_end, relational, &is_filler) {
        return Vagueness::Specific;
    }

    // Nothing but vague words and fillers before the qualifier: "a gift for my friend"
    // says no more than "gift"; "accessories for iPhone" says what they fit.
    if !content.iter().any(|&i| i < main_end) {
        // ... but "case for iPhone 15" and "bag for laptop" are the listing vocabulary's
        // "iphone case" and "laptop bag": a kind word that its purpose names.
        if !relational && crate::knowledge::hs::purpose_compound(tokens, head, main_end).is_some() {
            return Vagueness::Specific;
        }
        return if relational { Vagueness::VagueHead { term: term.to_string() } } else { Vagueness::OnlyVague { term: term.to_string() } };
    }

    // A named product before the trailing tags ("Pearl Earrings Jewelry Gift"): the
    // product is what the listing sells; the vague words are category tags.
    if names_product_before(tokens, &vague_at, head, relations) {
        return Vagueness::Specific;
    }
    let modifiers: Vec<&str> = content.iter().filter(|&&i| i < head).map(|&i| tokens[i].as_str()).collect();
    // A kind word with any modifier, a material included, names goods ("cotton fabric",
    // "leather shoes"); a relation word needs more than a material ("plastic parts").
    let specific_modifier = modifiers.iter().any(|m| !materials.contains(m) || (!relational && !m.starts_with("electr")));
    if !relational && specific_modifier {
        return Vagueness::Specific;
    }
    Vagueness::VagueHead { term: term.to_string() }
}

/// True when the words after the qualifier starting at `main_end` name goods: a listing
/// vocabulary product past the preposition's own object, or (for a kind word such as
/// "gift box") a material.
fn names_goods_after(
    tokens: &[String],
    vague_at: &[Option<&'static str>],
    main_end: usize,
    relational: bool,
    is_filler: &dyn Fn(&str) -> bool,
) -> bool {
    if main_end >= tokens.len() {
        return false;
    }
    // The preposition's object: its first word that is no filler.
    let object = (main_end + 1..tokens.len()).find(|&i| !is_filler(&tokens[i]));
    let Some(object) = object else { return false };
    // Single vague words count ("paper" in "kraft paper", "shirt" in "cotton T-shirt");
    // words of a vague phrase ("birthday present") do not.
    let free = |i: usize| vague_at.get(i).is_some_and(|v| v.map_or(true, |t| !t.contains(' ')));
    let materials = word_set("description-material");
    if !relational && (main_end + 1..tokens.len()).any(|i| free(i) && materials.contains(&tokens[i]) && !tokens[i].starts_with("electr")) {
        return true;
    }
    if crate::knowledge::vocabulary::english_matches(tokens).iter().any(|&(start, end, _)| start > object && (start..end).all(free)) {
        return true;
    }
    false
}

/// True when the word before a kind word at `head` makes a listing vocabulary product
/// with it: a "makeup bag", "jewelry box" or "tool box" is a bag or a box for them, though
/// "makeup", "jewelry" and "tools" alone are vague. A filler or a relation word before the
/// head makes none: a "gift box" or "sample box" says nothing of what it holds; nor does
/// a listed vague phrase of two words ("kitchen utensils").
fn names_kind_compound(
    tokens: &[String],
    vague_at: &[Option<&'static str>],
    head: usize,
    is_filler: &dyn Fn(&str) -> bool,
    relations: &SortedWords,
) -> bool {
    let Some(before) = head.checked_sub(1) else { return false };
    let word = tokens[before].as_str();
    if is_filler(word) || relations.contains(word) || vague_at[head].is_some_and(|t| t.contains(' ')) {
        return false;
    }
    crate::knowledge::hs::term_ending_with(&tokens[before..head], &tokens[head]).is_some()
}

/// The vague phrase that is the description's head, for the message: the last one that
/// is not a filler word, else the last that is not a unit, else the last.
fn main_term(tokens: &[String], vague_at: &[Option<&'static str>], is_filler: &dyn Fn(&str) -> bool) -> Option<&'static str> {
    // A count or a condition ("3 pcs", "used") is vague too, but the goods' word is the
    // one to name: "Kids clothes 3 pcs" is too general because of "clothes", "gift 2 pcs"
    // because of "gift".
    let last = |keep: &dyn Fn(&str) -> bool| (0..tokens.len()).rev().find_map(|i| vague_at[i].filter(|_| keep(&tokens[i])));
    last(&|t| !is_filler(t)).or_else(|| last(&|t| !crate::knowledge::hs::in_list("quantity-units", t))).or_else(|| last(&|_| true))
}

/// True when a vocabulary product noun stands before `head`, in the plural or not
/// directly before it: "earrings jewelry gift", "mug ... gift". "phone accessories"
/// (a singular noun directly modifying the vague head) stays vague. A single vague kind
/// word inside the product counts ("Acrylic Lamp ... Christmas Gift", "Cake Decorating
/// Tool Set Baking Supplies": the listing names a lamp and a tool set); words of a vague
/// phrase ("birthday present") and relation words ("parts") do not.
fn names_product_before(tokens: &[String], vague_at: &[Option<&'static str>], head: usize, relations: &SortedWords) -> bool {
    let free = |i: usize| vague_at[i].map_or(true, |t| !t.contains(' ') && !relations.contains(&tokens[i]));
    for (start, end, _) in crate::knowledge::vocabulary::english_matches(tokens) {
        if end > head || !(start..end).all(free) {
            continue;
        }
        let directly_before = end == head;
        if !directly_before {
            return true;
        }
        // Directly before the head: a product when the vague head is a tag list
        // of two or more vague words, or the product noun was plural as typed.
        let tags_after = (head..tokens.len()).filter(|&i| vague_at[i].is_some()).count();
        if tags_after >= 2 {
            return true;
        }
    }
    false
}

/// Same as [`analyse_en`] but also reports a plural product noun as typed; used by
/// callers that have the raw text.
pub fn analyse_en_raw(text: &str) -> Vagueness {
    analyse_en_raw_words(text, &norm_words(text))
}

/// [`analyse_en_raw`] of `text` and its singular words, when the caller has them.
pub fn analyse_en_raw_words(text: &str, tokens: &[String]) -> Vagueness {
    let verdict = analyse_en_words(text, tokens);
    if let Vagueness::VagueHead { .. } = verdict {
        // A plural product noun as typed ("earrings gift") names what is sold.
        let raw = words(&fold(text));
        for (i, w) in raw.iter().enumerate() {
            if w.len() > 3 && w.ends_with('s') && i + 1 < raw.len() {
                let s = singular(w);
                let is_product = crate::knowledge::vocabulary::terms().is_product_word(&s);
                let vague_word = is_product && english_terms().any(|t| singular(t) == s);
                if is_product && !vague_word {
                    return Vagueness::Specific;
                }
            }
        }
    }
    verdict
}

/// A description in either field, judged in its language: Chinese with no Latin letters
/// as Chinese ("礼物" typed into the English field too), anything else as English.
pub fn analyse(text: &str) -> Vagueness {
    if has_cjk(text) && !text.chars().any(|c| c.is_ascii_alphabetic()) {
        analyse_zh(text)
    } else {
        analyse_en_raw(text)
    }
}

/// Analyses a Chinese description (中文品名).
pub fn analyse_zh(text: &str) -> Vagueness {
    let folded = fold(text);
    let zh = cjk_only(&folded);
    if zh.is_empty() {
        return match pattern_problem(text) {
            Some(p) => Vagueness::Pattern(p),
            None => Vagueness::Specific,
        };
    }
    // Strip fillers, then peel vague terms off the end (the head in Chinese).
    let mut rest = zh.clone();
    for f in word_list("description-zh-filler").iter().filter(|f| f.chars().count() > 1) {
        // A title holds few of them: search before copying.
        if crate::base::text::contains_short(&rest, f) {
            rest = rest.replace(f, "");
        }
    }
    // Nothing but fillers ("其他", "新款"): says nothing about the goods.
    if rest.is_empty() {
        return Vagueness::OnlyVague { term: zh };
    }
    // Category and quantity suffixes after the head: "服装类", "礼品一份", "配件等".
    rest = without_trailing(&rest, "description-zh-suffix").to_string();
    let terms = chinese_terms();
    let head = terms.iter().find(|t| ends_with_short(&rest, t));
    let Some(head_term) = head else { return Vagueness::Specific };
    let mut before = rest[..rest.len() - head_term.len()].to_string();
    // Peel further vague words and single-character fillers before the head.
    loop {
        let trimmed =
            terms.iter().find(|t| ends_with_short(&before, t)).map(|t| before.len() - t.len()).or_else(|| {
                word_list("description-zh-filler").iter().find(|f| ends_with_short(&before, f)).map(|f| before.len() - f.len())
            });
        match trimmed {
            Some(n) => before.truncate(n),
            None => break,
        }
    }
    if before.is_empty() {
        // "手机配件", "汽车零件": a domain word narrows the relational head.
        if word_list("description-zh-domain").iter().any(|d| rest.starts_with(d)) {
            return Vagueness::VagueHead { term: head_term.to_string() };
        }
        return Vagueness::OnlyVague { term: head_term.to_string() };
    }
    let relational = word_list("description-zh-relational").contains(head_term);
    let only_material = {
        let mut m = before.clone();
        // Longest first (不锈钢 before 钢), as the list is written (a test holds it to that).
        for mat in word_list("description-zh-material") {
            if crate::base::text::contains_short(&m, mat) {
                m = m.replace(mat, "");
            }
        }
        m.is_empty()
    };
    if relational || only_material {
        Vagueness::VagueHead { term: head_term.to_string() }
    } else {
        Vagueness::Specific
    }
}

/// PACT TIG 6.1 character rules.
pub fn pattern_problem(text: &str) -> Option<PatternProblem> {
    let t = text.trim();
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    if t.is_empty() {
        return None;
    }
    if letters == 0 {
        return Some(
            if t.chars().any(|c| c.is_ascii_digit()) && t.chars().all(|c| c.is_ascii_digit() || c.is_whitespace() || ",.-/".contains(c)) {
                PatternProblem::DigitsOnly
            } else {
                PatternProblem::PunctuationOnly
            },
        );
    }
    let mut compact = t.chars().filter(|c| !c.is_whitespace());
    let first = compact.next();
    let (mut count, mut same) = (usize::from(first.is_some()), true);
    for c in compact {
        count += 1;
        same &= first.is_some_and(|f| c.eq_ignore_ascii_case(&f));
    }
    if count >= 3 && same {
        return Some(PatternProblem::RepeatedCharacters);
    }
    let file_ext = ["pdf", "doc", "docx", "xls", "xlsx", "csv", "txt", "jpg", "jpeg", "png", "wpx", "zip"];
    // A file name has no space (most descriptions do: nothing to lower-case then).
    let looks_like_file = !t.contains(' ') && {
        let lower = t.to_ascii_lowercase();
        lower.rsplit_once('.').is_some_and(|(stem, ext)| file_ext.contains(&ext) && !stem.is_empty())
            || file_ext.contains(&lower.strip_prefix('.').unwrap_or(&lower))
    };
    if looks_like_file {
        return Some(PatternProblem::FileName);
    }
    let cjk = has_cjk(t);
    if !cjk && letters < 3 {
        return Some(PatternProblem::TooShort);
    }
    None
}

/// Replacements for a vague term, from the curated map, in the term's own language.
pub fn replacements(term: &str) -> Vec<&'static str> {
    let key = fold(term);
    // A Chinese term's own (the Chinese terms are a part, and have no plurals).
    if !key.is_ascii() {
        return data::store()
            .vague_zh()
            .and_then(|terms| terms.into_iter().find(|t| t.term == key))
            .map(|t| t.replacements)
            .unwrap_or_default();
    }
    let direct: &[&str] = data::vague_terms().iter().find(|t| t.term == key).map(|t| t.replacements.as_slice()).unwrap_or(&[]);
    if !direct.is_empty() {
        return direct.to_vec();
    }
    // Plural or variant of a term that has examples ("gifts" -> "gift").
    let s = singular(&key);
    data::vague_terms()
        .iter()
        .find(|t| !t.replacements.is_empty() && (singular(t.term) == s || t.term.contains(&*s)))
        .map(|t| t.replacements.clone())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prepared_phrases_are_the_vague_terms_as_a_title_is_split() {
        // What the generator prepared is what the engine would make of the English terms:
        // their words by `norm_words`, stably sorted by first word.
        let mut own: Vec<(Vec<String>, &str)> =
            english_terms().map(|term| (norm_words(term), term)).filter(|(w, _)| !w.is_empty()).collect();
        own.sort_by(|a, b| a.0[0].cmp(&b.0[0]));
        let prepared: Vec<(Vec<String>, &str)> =
            english_phrases().phrases.iter().map(|p| (p.words.words().map(str::to_string).collect(), p.term)).collect();
        assert!(prepared.len() > 500);
        assert_eq!(prepared, own);
    }

    #[test]
    fn chinese_materials_are_listed_longest_first() {
        let materials = word_list("description-zh-material");
        assert!(materials.len() > 20 && materials.windows(2).all(|w| w[0].len() >= w[1].len()), "{materials:?}");
    }

    #[test]
    fn patterns_of_repeated_characters_and_file_names() {
        use PatternProblem::*;
        let cases = [
            ("aaa", Some(RepeatedCharacters)),
            ("a a a", Some(RepeatedCharacters)),
            ("AaA", Some(RepeatedCharacters)),
            ("aa", Some(TooShort)),
            ("aab", None),
            (".pdf", Some(FileName)),
            ("PDF", Some(FileName)),
            ("report.pdf", Some(FileName)),
            ("my report.pdf", None),
            ("..zip", Some(FileName)),
            ("123", Some(DigitsOnly)),
            ("???", Some(PunctuationOnly)),
        ];
        for (text, expected) in cases {
            assert_eq!(pattern_problem(text), expected, "{text:?}");
        }
    }

    fn en(text: &str) -> &'static str {
        match analyse_en_raw(text) {
            Vagueness::Specific => "ok",
            Vagueness::OnlyVague { .. } => "only",
            Vagueness::VagueHead { .. } => "head",
            Vagueness::Pattern(_) => "pattern",
        }
    }

    fn zh(text: &str) -> &'static str {
        match analyse_zh(text) {
            Vagueness::Specific => "ok",
            Vagueness::OnlyVague { .. } => "only",
            Vagueness::VagueHead { .. } => "head",
            Vagueness::Pattern(_) => "pattern",
        }
    }

    #[test]
    fn english_table() {
        let cases = [
            ("gift", "only"),
            ("Gifts", "only"),
            ("GIFT!", "only"),
            ("sample", "only"),
            ("parts", "only"),
            ("spare parts", "only"),
            ("various goods", "only"),
            ("as per invoice", "only"),
            ("Said to contain", "only"),
            ("electronics", "only"),
            ("misc items", "only"),
            ("general merchandise", "only"),
            ("N/A", "only"),
            ("birthday gift", "only"),
            ("free sample", "only"),
            ("accessories", "only"),
            ("daily necessities", "only"),
            ("phone accessories", "head"),
            ("auto parts", "head"),
            ("plastic parts", "only"),
            ("car accessories", "head"),
            ("leather goods", "only"),
            ("kitchen utensils", "only"),
            ("Kitchen tools", "only"),
            // Bundle words and marketing tags name no goods.
            ("Bundle", "only"),
            ("Combo Pack", "only"),
            ("New arrival", "only"),
            ("Hot Sale", "only"),
            ("a gift for my friend", "only"),
            ("Christmas present", "only"),
            ("accessories for iPhone 15", "head"),
            // A kind word its purpose names ("iphone case", "laptop bag" in the vocabulary).
            ("Case for iPhone 15", "ok"),
            ("case compatible with iPhone 15", "ok"),
            ("Bag for laptop", "ok"),
            // A phone named by its maker: the vocabulary's "samsung case", "oppo case".
            ("Case for Samsung Galaxy S23", "ok"),
            ("Cover for Xiaomi Redmi Note 12", "ok"),
            ("Case for OPPO A57", "ok"),
            ("a box for my friend", "only"),
            // A kind word the word before it makes a vocabulary product with: a bag or box
            // for the goods the vague word names; not after a filler or relation word.
            ("Makeup bag", "ok"),
            ("Tool Bag 16 in.", "ok"),
            ("Jewelry box", "ok"),
            ("Gift box", "only"),
            ("Sample box", "only"),
            ("gift for mom", "only"),
            ("Nail Clipper Set Stainless Steel Manicure Kit", "ok"),
            ("sewing kit", "ok"),
            ("Cotton T-shirt", "ok"),
            ("cotton fabric", "ok"),
            ("electronic toy", "only"),
            ("electronic components", "only"),
            ("computer accessories", "head"),
            ("gift wrapping paper", "ok"),
            ("sample vials", "ok"),
            ("spare tyre for cars", "ok"),
            ("2024 New Women Elegant Pearl Earrings Jewelry Gift For Her", "ok"),
            ("Women's knitted cotton T-shirt", "ok"),
            ("ceramic coffee mug", "ok"),
            ("brake pads for passenger cars", "ok"),
            ("building block toys", "ok"),
            ("men's leather shoes", "ok"),
            ("Stainless steel phone stand for desktop use", "ok"),
            // A single vague kind word inside a named product before the trailing tags.
            ("Custom Acrylic Lamp Personalized Photo Bedroom Night Light Christmas Gift", "ok"),
            ("137 Pieces Cake Decorating Tool Set Baking Supplies", "ok"),
            ("Liquid Silicone Rubber LSR Two Part", "ok"),
            ("phone parts gift", "head"),
            ("1004", "pattern"),
            ("XXX", "pattern"),
            ("...", "pattern"),
            ("invoice.pdf", "pattern"),
            ("ab", "pattern"),
        ];
        for (text, want) in cases {
            assert_eq!(en(text), want, "{text}");
        }
    }

    #[test]
    fn chinese_table() {
        let cases = [
            ("礼物", "only"),
            ("禮品", "only"),
            ("样品", "only"),
            ("配件", "only"),
            ("电子产品", "only"),
            ("衣服", "only"),
            ("日用品", "only"),
            ("各种杂货", "only"),
            ("货物", "only"),
            ("商品", "only"),
            ("饰品", "only"),
            ("生日礼物", "only"),
            ("手机配件", "head"),
            ("汽车配件", "head"),
            ("塑料制品", "only"),
            ("塑料玩具", "head"),
            ("儿童塑料积木玩具", "ok"),
            ("女式针织棉T恤", "ok"),
            ("陶瓷咖啡杯", "ok"),
            ("礼品包装纸", "ok"),
            ("塑料手机壳样品", "ok"),
        ];
        for (text, want) in cases {
            assert_eq!(zh(text), want, "{text}");
        }
    }

    #[test]
    fn replacements_come_from_the_map() {
        assert!(!replacements("gift").is_empty());
        assert!(!replacements("Gifts").is_empty());
        assert!(!replacements("礼物").is_empty());
    }
}
