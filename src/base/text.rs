//! Text normalisation shared by the description, goods and HS matchers: full-width to
//! half-width, traditional to simplified Chinese (the characters goods names use),
//! accented Latin letters to ASCII, lower case, words, and English singulars.

/// Traditional -> simplified for characters common in goods descriptions. Not a full
/// converter: enough that 禮品, 樣品, 電子產品 read as 礼品, 样品, 电子产品. Sorted by the
/// traditional character, for binary search (a test keeps it so).
const TRAD_TO_SIMP: &[(char, char)] = &[
    ('乾', '干'),
    ('個', '个'),
    ('們', '们'),
    ('備', '备'),
    ('兒', '儿'),
    ('內', '内'),
    ('劍', '剑'),
    ('劑', '剂'),
    ('動', '动'),
    ('務', '务'),
    ('噴', '喷'),
    ('國', '国'),
    ('圍', '围'),
    ('壺', '壶'),
    ('嬰', '婴'),
    ('寵', '宠'),
    ('寶', '宝'),
    ('專', '专'),
    ('屬', '属'),
    ('帶', '带'),
    ('廚', '厨'),
    ('彈', '弹'),
    ('戲', '戏'),
    ('擋', '挡'),
    ('據', '据'),
    ('數', '数'),
    ('書', '书'),
    ('東', '东'),
    ('業', '业'),
    ('槍', '枪'),
    ('樂', '乐'),
    ('樣', '样'),
    ('機', '机'),
    ('檯', '台'),
    ('殼', '壳'),
    ('濾', '滤'),
    ('為', '为'),
    ('無', '无'),
    ('煙', '烟'),
    ('燈', '灯'),
    ('燭', '烛'),
    ('環', '环'),
    ('產', '产'),
    ('畫', '画'),
    ('療', '疗'),
    ('盤', '盘'),
    ('碼', '码'),
    ('禮', '礼'),
    ('積', '积'),
    ('筆', '笔'),
    ('糧', '粮'),
    ('紀', '纪'),
    ('紙', '纸'),
    ('紡', '纺'),
    ('絨', '绒'),
    ('絲', '丝'),
    ('網', '网'),
    ('綿', '绵'),
    ('線', '线'),
    ('織', '织'),
    ('聲', '声'),
    ('聽', '听'),
    ('腦', '脑'),
    ('膚', '肤'),
    ('膠', '胶'),
    ('臺', '台'),
    ('與', '与'),
    ('葉', '叶'),
    ('蓋', '盖'),
    ('藝', '艺'),
    ('藥', '药'),
    ('衛', '卫'),
    ('裝', '装'),
    ('製', '制'),
    ('褲', '裤'),
    ('襪', '袜'),
    ('襯', '衬'),
    ('視', '视'),
    ('記', '记'),
    ('話', '话'),
    ('護', '护'),
    ('豬', '猪'),
    ('貓', '猫'),
    ('貨', '货'),
    ('貼', '贴'),
    ('贈', '赠'),
    ('車', '车'),
    ('輪', '轮'),
    ('這', '这'),
    ('遊', '游'),
    ('運', '运'),
    ('達', '达'),
    ('醫', '医'),
    ('釘', '钉'),
    ('針', '针'),
    ('銀', '银'),
    ('銅', '铜'),
    ('鋁', '铝'),
    ('鋰', '锂'),
    ('鋼', '钢'),
    ('錄', '录'),
    ('錢', '钱'),
    ('錶', '表'),
    ('鍋', '锅'),
    ('鏈', '链'),
    ('鏡', '镜'),
    ('鐘', '钟'),
    ('鐮', '镰'),
    ('鐲', '镯'),
    ('鐵', '铁'),
    ('鑰', '钥'),
    ('鑼', '锣'),
    ('鑽', '钻'),
    ('門', '门'),
    ('開', '开'),
    ('關', '关'),
    ('雜', '杂'),
    ('雞', '鸡'),
    ('電', '电'),
    ('霧', '雾'),
    ('響', '响'),
    ('項', '项'),
    ('頭', '头'),
    ('類', '类'),
    ('風', '风'),
    ('飲', '饮'),
    ('飾', '饰'),
    ('餅', '饼'),
    ('馬', '马'),
    ('體', '体'),
    ('髮', '发'),
    ('魚', '鱼'),
    ('鳥', '鸟'),
    ('鴨', '鸭'),
    ('麵', '面'),
];

/// Full-width ASCII to ASCII, ideographic space to space, traditional to simplified,
/// Latin-1 letters with accents to their ASCII letter ("Piñata", "Café", "Lancôme"),
/// lower case. Everything else is kept as it is.
pub fn fold(text: &str) -> String {
    // Most listing titles are ASCII, where folding is lower-casing.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    fold_chars(text)
}

/// The ASCII letter of each of U+00C0..=U+00FF, upper and lower case alike; "." keeps the
/// character (Æ, Ð, ×, Þ, ß and their lower cases have no one-letter base), and an upper
/// case letter is German's umlaut, written with an "e" after it as German does without
/// one ("für" is "fuer", never the English "fur").
const LATIN1_BASE: &[u8; 64] = b"aaaaAa.ceeeeiiii.nooooO.ouuuUy..aaaaAa.ceeeeiiii.nooooO.ouuuUy.y";

fn fold_chars(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        let c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ if is_cjk(c) => TRAD_TO_SIMP.binary_search_by_key(&c, |(t, _)| *t).map_or(c, |i| TRAD_TO_SIMP[i].1),
            // The words are ASCII to the reader and the reference data: an accented letter
            // would split "piñata" into "pi" and "ata".
            '\u{C0}'..='\u{FF}' => match LATIN1_BASE[c as usize - 0xC0] {
                b'.' => c,
                umlaut @ b'A'..=b'Z' => {
                    folded.push(char::from(umlaut.to_ascii_lowercase()));
                    'e'
                }
                base => char::from(base),
            },
            _ => c,
        };
        folded.push(lower(c));
    }
    folded
}

/// Lower case for the scripts goods descriptions use (Latin, Greek, Cyrillic), by
/// arithmetic: std's full Unicode case tables would add 13 KB to the wasm module.
fn lower(c: char) -> char {
    let u = c as u32;
    let mapped = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => u + 32,
        0x400..=0x40F => u + 80,
        // Latin Extended-A pairs: even upper, odd lower (except the odd-upper stretch).
        0x100..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        _ => u,
    };
    char::from_u32(mapped).unwrap_or(c)
}

pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2A6DF)
}

/// (An ASCII text, most listing titles, is answered without reading its characters.)
pub fn has_cjk(text: &str) -> bool {
    !text.is_ascii() && text.chars().any(is_cjk)
}

/// Whether `needle` occurs in `hay`: for the short texts of a declaration line, where
/// `str::contains` spends more preparing its search than searching.
/// The first and last bytes are tested before the rest: in Chinese text most
/// characters share a first byte, few share a last one.
pub fn contains_short(hay: &str, needle: &str) -> bool {
    find_short(hay.as_bytes(), needle.as_bytes()).is_some()
}

/// Where `needle` first occurs in `hay` (0 for an empty needle), by the tests of
/// [`contains_short`].
fn find_short(h: &[u8], n: &[u8]) -> Option<usize> {
    let (Some(&first), Some(&last)) = (n.first(), n.last()) else { return Some(0) };
    let end = n.len() - 1;
    (0..=h.len().checked_sub(n.len())?).find(|&i| h[i] == first && h[i + end] == last && &h[i..i + n.len()] == n)
}

/// Where `needle` occurs in `hay`, left to right and not overlapping, as
/// `str::match_indices` finds it, by the tests of [`contains_short`] (`match_indices`
/// prepares a two-way search first, more work than a title's search). An empty needle
/// occurs nowhere here.
pub fn positions_short<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        if needle.is_empty() {
            return None;
        }
        let at = from + find_short(hay.as_bytes().get(from..)?, needle.as_bytes())?;
        from = at + needle.len();
        Some(at)
    })
}

/// Whether `hay` ends with `needle`, its last byte tested first: for walking a word list
/// along a short text, where most entries differ in their last character.
pub fn ends_with_short(hay: &str, needle: &str) -> bool {
    match needle.as_bytes().last() {
        Some(last) => hay.as_bytes().last() == Some(last) && hay.ends_with(needle),
        None => true,
    }
}

/// The CJK characters of a folded text, with everything else removed (spaces,
/// punctuation, Latin letters stay out of Chinese matching).
pub fn cjk_only(folded: &str) -> String {
    if folded.is_ascii() {
        return String::new();
    }
    folded.chars().filter(|c| is_cjk(*c)).collect()
}

/// A phrase's bit in a 64-bit sieve, from its length and last byte: the sieve of the
/// phrases a text holds (`knowledge::phrases::Found`) against that of a list's phrases
/// tells, in one test, that the text holds none of the list's (most texts, most lists).
pub fn phrase_bit(phrase: &str) -> u64 {
    let last = phrase.as_bytes().last().map_or(0, |&b| usize::from(b));
    1 << ((phrase.len() * 31 + last) % 64)
}

/// Words of a folded text: runs of ASCII letters and digits; apostrophes dropped
/// ("women's" -> "womens" -> singular "women"), everything else separates words.
pub fn words(folded: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            current.push(c);
        } else if c == '\'' || c == '\u{2019}' {
            continue;
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    // "T-shirt", "T shirt" -> "tshirt": one garment, not the letter t and a shirt.
    let mut i = 0;
    while i + 1 < out.len() {
        if (out[i] == "t" || out[i] == "tee") && out[i + 1].starts_with("shirt") {
            let merged = format!("t{}", out[i + 1]);
            out.splice(i..i + 2, [merged]);
        }
        i += 1;
    }
    out
}

/// Whether [`singular`] may change `word`: only words in "s" do, and three irregular
/// plurals (a test holds this to what `singular` does).
pub fn may_change_in_singular(word: &str) -> bool {
    word.ends_with('s') || matches!(word, "children" | "feet" | "teeth")
}

/// A plain English singular, enough to match "earrings" to "earring" and "accessories"
/// to "accessory". Irregular forms that matter for goods are listed.
pub fn singular(word: &str) -> String {
    // Every word of every title and vocabulary term passes here, most of them at once.
    if !may_change_in_singular(word) {
        return word.to_string();
    }
    singular_by_rules(word)
}

/// [`singular`] without its shortcut.
fn singular_by_rules(word: &str) -> String {
    match word {
        "womens" | "women" => return "women".into(),
        "mens" | "men" => return "men".into(),
        "childrens" | "children" | "kids" => return "kid".into(),
        "feet" => return "foot".into(),
        "teeth" => return "tooth".into(),
        "knives" => return "knife".into(),
        // Plurals in -ves of nouns in -f, and "lenses": the rules below would make
        // "shelve", "leave", "lense".
        "shelves" => return "shelf".into(),
        "leaves" => return "leaf".into(),
        "scarves" => return "scarf".into(),
        "halves" => return "half".into(),
        "wolves" => return "wolf".into(),
        "calves" => return "calf".into(),
        "loaves" => return "loaf".into(),
        "hooves" => return "hoof".into(),
        "lenses" => return "lens".into(),
        "glasses" | "sunglasses" | "pants" | "shorts" | "jeans" | "trousers" | "pliers" | "scissors" | "goggles" | "tights"
        | "clothes" | "sweets" | "spectacles" | "earnings" | "news" | "series" | "species" | "electronics" | "goods" | "cosmetics"
        | "supplies" | "sundries" | "novelties" | "necessities" | "effects" | "belongings" | "textiles" | "materials" | "fak"
        // Singular words that end in "s".
        | "christmas" | "xmas" | "lens" | "canvas" | "atlas" | "gas" | "bias" | "alias" | "yes" | "plus" | "tennis" | "abs"
        | "physics" | "mathematics" | "athletics" | "aerobics" | "gymnastics" | "analysis" | "chassis" | "mattress" => {
            // Plural-only or mass nouns: kept as written, on both sides of every match.
            return word.to_string();
        }
        _ => {}
    }
    let n = word.len();
    if n <= 3 || !word.is_ascii() {
        return word.to_string();
    }
    if let Some(stem) = word.strip_suffix("ies") {
        // "hoodies" -> "hoodie", not "hoody"; "accessories" -> "accessory".
        let ie = &word[..n - 1];
        if IE_NOUNS.contains(&ie) {
            return ie.to_string();
        }
        return format!("{stem}y");
    }
    for suffix in ["ches", "shes", "sses", "xes", "zes"] {
        if word.ends_with(suffix) {
            return word[..n - 2].to_string();
        }
    }
    if word.ends_with("ss") || word.ends_with("us") || word.ends_with("is") {
        return word.to_string();
    }
    word.strip_suffix('s').map_or_else(|| word.to_string(), str::to_string)
}

/// Nouns ending in "ie", whose plural "-ies" is not "-y" made plural.
const IE_NOUNS: &[&str] = &[
    "tie",
    "necktie",
    "bowtie",
    "hoodie",
    "beanie",
    "onesie",
    "scrunchie",
    "cookie",
    "brownie",
    "smoothie",
    "selfie",
    "movie",
    "zombie",
    "pixie",
    "bootie",
    "nightie",
    "pie",
    "rookie",
    "goalie",
    "veggie",
    "birdie",
    "cutie",
    "kiltie",
    "sweetie",
];

/// Folded, singular words: what every English matcher compares.
/// The pairs of adjacent Chinese characters in a text, in order ("竹炭包" -> 竹炭, 炭包):
/// Chinese has no spaces, so the word index matches Chinese titles by character pairs.
pub fn cjk_bigrams(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    if text.is_ascii() {
        return out;
    }
    let mut previous: Option<char> = None;
    for c in fold(text).chars() {
        let han = is_cjk(c).then_some(c);
        if let (Some(a), Some(b)) = (previous, han) {
            let mut pair = String::with_capacity(a.len_utf8() + b.len_utf8());
            pair.push(a);
            pair.push(b);
            out.push(pair);
        }
        previous = han;
    }
    out
}

/// `n` in decimal digits, written into `digits` (no formatting machinery: field paths
/// and report numbers are written per line).
pub fn decimal(mut n: u64, digits: &mut [u8; 20]) -> &str {
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // ASCII digits: always UTF-8.
    std::str::from_utf8(&digits[at..]).unwrap_or_default()
}

/// How many parts the HS word index is cut into (`@hs-index.00` to `@hs-index.63`): a
/// title's dozen words then need a dozen small parts, not the 270 KB (brotli) whole.
pub const INDEX_BUCKETS: usize = 64;

/// The part of the HS word index that holds `word` (FNV-1a of its bytes): the generator
/// cuts the index with it and the engine looks a word up with it.
pub fn index_bucket(word: &str) -> usize {
    let hash = word.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    hash as usize % INDEX_BUCKETS
}

/// How many parts the hazardous-chemical names are cut into, by their first character.
pub const HAZARDOUS_NAME_BUCKETS: u32 = 32;

/// The name of the data part that holds the hazardous-chemical names starting with `first`
/// (by its code point: a Chinese title's characters need a few of the parts, and the
/// page's script names them the same way, `www/package/precheck.js`).
pub fn hazardous_names_part(first: char) -> String {
    format!("cn-hazardous-names.{:02}", u32::from(first) % HAZARDOUS_NAME_BUCKETS)
}

/// The name of the data part that holds bucket `bucket` of the HS word index.
pub fn index_part(bucket: usize) -> String {
    format!("hs-index.{bucket:02}")
}

pub fn norm_words(text: &str) -> Vec<String> {
    // Most words are their own singular: those keep the string `words` made.
    let mut out = words(&fold(text));
    for word in out.iter_mut().filter(|w| may_change_in_singular(w)) {
        *word = singular_by_rules(word);
    }
    out
}

/// A phrase as the generated data keeps it: its words (as `norm_words` gives them) in one
/// string, one space between them, compared with a title's words piece by piece rather
/// than split into a `Vec` per phrase when a matcher is built at the first check. The
/// vocabulary's English terms and the English vague phrases are both read this way.
#[derive(Debug, Clone, Copy)]
pub struct SpacedWords {
    text: &'static str,
    /// How many words the text has.
    count: usize,
}

impl SpacedWords {
    pub fn new(text: &'static str) -> SpacedWords {
        SpacedWords { text, count: 1 + text.bytes().filter(|&b| b == b' ').count() }
    }

    pub fn words(&self) -> impl Iterator<Item = &'static str> {
        self.text.split(' ')
    }

    /// The phrase's words as one string ("gold necklace").
    pub fn text(&self) -> &'static str {
        self.text
    }

    pub fn word_count(&self) -> usize {
        self.count
    }

    pub fn first_word(&self) -> &'static str {
        // A byte search, not `split`: matchers take the first word of thousands of
        // phrases at the first check, where `split`'s searcher made most of the build.
        self.text.as_bytes().iter().position(|&b| b == b' ').map_or(self.text, |end| &self.text[..end])
    }

    /// Whether `span` (words, none empty) is this phrase's words: the text compared piece
    /// by piece, without splitting it per comparison (every title word is compared with
    /// the phrases that start with it).
    pub fn is_spelled_by(&self, span: &[String]) -> bool {
        let mut rest = self.text;
        for (k, word) in span.iter().enumerate() {
            let after_space = if k == 0 { Some(rest) } else { rest.strip_prefix(' ') };
            match after_space.and_then(|r| r.strip_prefix(word.as_str())) {
                Some(r) => rest = r,
                None => return false,
            }
        }
        rest.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A phrase is spelled by exactly its words, in order.
    #[test]
    fn spaced_words_compare_word_by_word() {
        let term = SpacedWords::new("phone case");
        let words = |ws: &[&str]| ws.iter().map(|w| w.to_string()).collect::<Vec<String>>();
        assert!(term.is_spelled_by(&words(&["phone", "case"])));
        for wrong in [&["phone"][..], &["phone", "cases"], &["phonecase"], &["phone", "case", "x"], &["case", "phone"]] {
            assert!(!term.is_spelled_by(&words(wrong)), "{wrong:?}");
            assert_eq!(term.is_spelled_by(&words(wrong)), term.words().eq(wrong.iter().copied()));
        }
    }

    /// The short searches agree with `str::contains` and `str::ends_with`, the empty
    /// needle included, on texts whose characters share first bytes.
    #[test]
    fn short_searches_agree_with_std() {
        let hays = ["", "女式针织棉T恤", "棉", "手机配件", "a", "cotton t-shirt", "恤恤"];
        let needles = ["", "棉", "针织", "恤", "配件", "件", "手", "t-shirt", "x", "T恤", "女式针织棉T恤外套"];
        for hay in hays {
            for needle in needles {
                assert_eq!(contains_short(hay, needle), hay.contains(needle), "{hay:?} {needle:?}");
                assert_eq!(ends_with_short(hay, needle), hay.ends_with(needle), "{hay:?} {needle:?}");
            }
        }
    }

    /// `fold` searches the table by binary search, and callers fold text that may already
    /// be folded: sorted, one entry per character, and no simplified form that is itself
    /// a key (so folding twice changes nothing).
    #[test]
    fn traditional_table_is_sorted_and_folding_is_idempotent() {
        assert!(TRAD_TO_SIMP.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(TRAD_TO_SIMP.iter().all(|(_, s)| TRAD_TO_SIMP.binary_search_by_key(s, |(t, _)| *t).is_err()));
        for text in ["禮品 電子產品", "ＡＢＣ　Ｃｏｔｔｏｎ", "Ελληνικά ÄÖÜ Кириллица", "Nike 高仿"] {
            assert_eq!(fold(&fold(text)), fold(text), "{text}");
        }
        assert_eq!(fold("禮品 電子產品"), "礼品 电子产品");
    }

    #[test]
    fn writes_decimal_digits() {
        for n in [0usize, 7, 10, 99, 100, 12345, u64::MAX as usize] {
            let mut out = String::from("x");
            out.push_str(decimal(n as u64, &mut [0; 20]));
            assert_eq!(out, format!("x{n}"));
        }
    }

    #[test]
    fn ascii_fast_path_folds_as_the_general_one() {
        let ascii: String = (0u8..128).map(char::from).collect();
        assert_eq!(fold(&ascii), fold_chars(&ascii));
        assert_eq!(fold("Nike AIR Max 90"), "nike air max 90");
    }

    #[test]
    fn folds_width_script_and_case() {
        assert_eq!(fold("ＧＩＦＴ　禮品"), "gift 礼品");
        assert_eq!(fold("ÉTUI Ä Œ ΑΒΓ ПОДАРОК Ёж Łódź"), "etui ae œ αβγ подарок ёж łodź");
        assert_eq!(fold("Piñata Crème Brûlée ß ×"), "pinata creme brulee ß ×");
        assert_eq!(fold("Hülle für Büro"), "huelle fuer buero");
        assert_eq!(fold("電子產品"), "电子产品");
    }

    #[test]
    fn chinese_character_pairs() {
        assert_eq!(cjk_bigrams("竹炭包 bag 電動牙刷"), ["竹炭", "炭包", "电动", "动牙", "牙刷"]);
        assert!(cjk_bigrams("bamboo 炭").is_empty());
    }

    #[test]
    fn singulars() {
        let cases = [
            ("earrings", "earring"),
            ("accessories", "accessory"),
            ("boxes", "box"),
            ("watches", "watch"),
            ("glass", "glass"),
            ("dress", "dress"),
            ("parts", "part"),
            ("shoes", "shoe"),
            ("bus", "bus"),
            ("gifts", "gift"),
            ("knives", "knife"),
            ("shelves", "shelf"),
            ("leaves", "leaf"),
            ("lenses", "lens"),
            ("gloves", "glove"),
            ("sleeves", "sleeve"),
            ("hoodies", "hoodie"),
            ("ties", "tie"),
            ("scrunchies", "scrunchie"),
            ("christmas", "christmas"),
            ("lens", "lens"),
        ];
        for (plural, want) in cases {
            assert_eq!(singular(plural), want, "{plural}");
        }
    }

    /// `singular`'s shortcut holds: a word `may_change_in_singular` passes over is one its
    /// rules keep (every word of the vocabulary and of the tuning titles, and some traps).
    #[test]
    fn the_singular_shortcut_skips_only_words_the_rules_keep() {
        let titles = include_str!("../../tests/quality/listings.tsv");
        let vocabulary = include_str!("../data/raw/vocabulary.tsv");
        let traps = "children feet teeth women men glass bus chassis analysis series news men's 3d xl";
        for word in words(&fold(&format!("{titles} {vocabulary} {traps}"))) {
            if !may_change_in_singular(&word) {
                assert_eq!(singular_by_rules(&word), word);
            }
        }
    }

    #[test]
    fn positions_short_finds_what_match_indices_finds() {
        let cases = [("电池电池级", "电池"), ("aaaa", "aa"), ("a toy gun, toy", "toy"), ("x", "xy"), ("", "a"), ("锂电池", "池")];
        for (hay, needle) in cases {
            let expected: Vec<usize> = hay.match_indices(needle).map(|(at, _)| at).collect();
            assert_eq!(positions_short(hay, needle).collect::<Vec<_>>(), expected, "{needle} in {hay}");
        }
        assert_eq!(positions_short("abc", "").count(), 0);
    }

    #[test]
    fn splits_words() {
        assert_eq!(norm_words("Women's T-Shirts, 100% cotton"), ["women", "tshirt", "100", "cotton"]);
    }
}
