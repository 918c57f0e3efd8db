//! The HS word index the generator prepares (`@hs-index.00` to `@hs-index.63` in the
//! tariff chunk: parts, see `parts`), each bucket read on first use.

use std::sync::OnceLock;

static INDEX: WordIndex = WordIndex { buckets: [const { OnceLock::new() }; crate::base::text::INDEX_BUCKETS] };

/// Words (folded, singular) of the subheading texts -> the subheadings that use them, so
/// ranking a title touches a few posting lists instead of 5,612 texts. Each subheading
/// is indexed with its heading's words too: "Earrings" alone says little, the heading
/// "Imitation jewellery" says the rest; with the product words of the national tariffs'
/// lines under it ("jewelry", "rucksacks"), which the 6-digit texts lack; and with the
/// character pairs of China's 10-digit names (稀土永磁铁, 竹炭). The generator prepares it
/// (xtask/src/word_index.rs, `@hs-index` in the tariff chunk); the engine only reads it.
/// It comes in buckets by a hash of the word (`text::index_bucket`): a title's words
/// need a dozen of the 64, which is what the web build downloads for a first report.
pub struct WordIndex {
    buckets: [OnceLock<Bucket>; crate::base::text::INDEX_BUCKETS],
}

/// One bucket of the index: its words in order.
struct Bucket {
    /// Each row's word and the rest of its row (count, gaps), sorted by word: found with
    /// one walk over the section's lines, nothing parsed.
    words: crate::base::order::SortedWords,
    /// The rest of each row (count, gaps), in the words' order.
    gaps: Vec<&'static str>,
    /// Each row's posting list, read from its gaps on first lookup: a check looks up a
    /// few dozen of the 31,000 words, so reading them all first (tens of milliseconds in
    /// wasm) would delay the first report for lists it never reads.
    postings: Vec<OnceLock<Box<[u16]>>>,
}

impl WordIndex {
    /// The bucket that holds `word`, read when first needed: None while its part is not
    /// loaded (noted as wanted; nothing kept).
    fn bucket(&self, word: &str) -> Option<&Bucket> {
        let b = crate::base::text::index_bucket(word);
        let slot = self.buckets.get(b)?;
        if let Some(bucket) = slot.get() {
            return Some(bucket);
        }
        let text = super::china::tariff_part(&crate::base::text::index_part(b))?;
        Some(slot.get_or_init(|| Bucket::read(text)))
    }

    /// The subheadings (indices) whose text or heading uses `word`.
    pub fn postings(&self, word: &str) -> &[u16] {
        self.bucket(word).map_or(&[], |bucket| bucket.postings(word))
    }

    /// How telling a word is: ln(N / subheadings using it); 0 for unknown words.
    pub fn weight(&self, word: &str) -> f64 {
        let postings = self.postings(word);
        if postings.is_empty() {
            0.0
        } else {
            Self::rarity(postings)
        }
    }

    /// ln(N / subheadings in a posting list), an empty list counting as one subheading:
    /// the weight of the rarest word.
    pub fn rarity(postings: &[u16]) -> f64 {
        (super::store::store().subheadings.len() as f64 / postings.len().max(1) as f64).ln()
    }
}

impl Bucket {
    /// Finds the rows of the prepared section (word, count, gaps): one walk over its
    /// bytes, noting each line's start and first tab (the 31,000 rows were half the
    /// first check's work when found with line and field iterators). Tab and newline are
    /// ASCII, so every cut is a character boundary.
    fn read(section: &'static str) -> Bucket {
        let (mut words, mut gaps) = (Vec::with_capacity(section.len() / 24), Vec::with_capacity(section.len() / 24));
        let (mut start, mut tab) = (0, None);
        for (i, &b) in section.as_bytes().iter().enumerate().chain(std::iter::once((section.len(), &b'\n'))) {
            if b == b'\t' && tab.is_none() {
                tab = Some(i);
            } else if b == b'\n' {
                // A line as `str::lines` gives it (a '\r' before the newline dropped).
                let end = if i > start && section.as_bytes()[i - 1] == b'\r' { i - 1 } else { i };
                if let Some(t) = tab.filter(|&t| t > start && t <= end && !section[start..].starts_with('#')) {
                    words.push(&section[start..t]);
                    gaps.push(&section[t + 1..end]);
                }
                (start, tab) = (i + 1, None);
            }
        }
        let postings = (0..words.len()).map(|_| OnceLock::new()).collect();
        Bucket { words: crate::base::order::SortedWords::new(words), gaps, postings }
    }

    /// A row's posting list from its "count<TAB>gaps" (gaps from the previous position;
    /// a gap that would run past the last subheading is dropped, not wrapped).
    fn read_gaps(rest: &str) -> Box<[u16]> {
        let gaps = rest.split_once('\t').map_or("", |(_, gaps)| gaps);
        let mut postings = Vec::with_capacity(gaps.len() / 2);
        let (mut at, mut gap, mut digits) = (0u16, 0u32, false);
        for b in gaps.bytes().chain(std::iter::once(b' ')) {
            if b.is_ascii_digit() {
                gap = (gap * 10 + u32::from(b - b'0')).min(u32::from(u16::MAX) + 1);
                digits = true;
            } else {
                if let Some(next) = u16::try_from(gap).ok().filter(|_| digits).and_then(|g| at.checked_add(g)) {
                    at = next;
                    postings.push(at);
                }
                (gap, digits) = (0, false);
            }
        }
        postings.into_boxed_slice()
    }

    /// The subheadings (indices) whose text or heading uses `word`.
    fn postings(&self, word: &str) -> &[u16] {
        match self.words.position(word) {
            Some(i) => self.postings[i].get_or_init(|| Self::read_gaps(self.gaps[i])),
            None => &[],
        }
    }
}

/// Reads `text` as a bucket of the `@hs-index` section without installing it, every
/// posting list of it (fuzzing): the number of postings read. Leaks the text.
pub fn read_untrusted(text: &str) -> usize {
    let bucket = Bucket::read(Box::leak(text.to_string().into_boxed_str()));
    bucket.words.words().iter().map(|word| bucket.postings(word).len()).sum()
}

/// The word index (its buckets read when first needed); none before the data and the
/// tariff chunk (or, in the web build, a core file naming its parts) are loaded.
pub fn word_index() -> Option<&'static WordIndex> {
    if !super::store::loaded() || !super::china::tariff_loaded() {
        return None;
    }
    Some(&INDEX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// The index as the engine once built it from the texts it loads (the HS texts and
    /// China's names; the national product words do not ship): every word and posting
    /// must be in the generator's index, which adds the product words.
    #[test]
    fn prepared_index_holds_what_the_texts_give() {
        let store = super::super::store::store();
        let stop: Vec<&str> = include_str!("../../data/raw/index_stopwords.txt").split_ascii_whitespace().collect();
        let mut built: BTreeMap<String, Vec<u16>> = BTreeMap::new();
        for (i, code) in store.subheadings.iter().enumerate() {
            let mut words = crate::base::text::norm_words(super::super::store::subheading_text(*code).unwrap_or(""));
            words.extend(crate::base::text::norm_words(super::super::store::heading_text((code / 100) as u16).unwrap_or("")));
            for line in super::super::china::tariff_lines(&format!("{code:06}")) {
                words.extend(crate::base::text::cjk_bigrams(line.name_zh));
            }
            for w in words {
                if w.len() > 2 && !stop.contains(&w.as_str()) && !w.bytes().all(|b| b.is_ascii_digit()) {
                    let postings = built.entry(w).or_default();
                    if postings.last() != Some(&(i as u16)) {
                        postings.push(i as u16);
                    }
                }
            }
        }
        let prepared = word_index().unwrap();
        let mut words = 0;
        for b in 0..crate::base::text::INDEX_BUCKETS {
            let bucket = Bucket::read(super::super::china::tariff_part(&crate::base::text::index_part(b)).expect("every bucket has words"));
            assert!(bucket.words.words().windows(2).all(|w| w[0] < w[1]), "sorted by word, each word once");
            assert!(bucket.words.words().iter().all(|w| crate::base::text::index_bucket(w) == b), "each word in its bucket");
            words += bucket.words.words().len();
        }
        assert!(built.len() > 20_000 && words > built.len());
        for (word, postings) in &built {
            let have = prepared.postings(word);
            assert!(postings.iter().all(|p| have.binary_search(p).is_ok()), "{word}");
        }
    }

    #[test]
    fn reads_posting_gaps_and_drops_what_overflows() {
        let index = Bucket::read("# comment\tx\ty\nbag\t3\t2 0 5\nbig\t1\t70000\nbox\t2\t65535 1\nnogaps\t0\n");
        assert!(index.postings.iter().all(|p| p.get().is_none()), "nothing read before a lookup");
        assert_eq!(index.postings("bag"), &[2, 2, 7]);
        assert!(index.postings("big").is_empty());
        // The second gap would pass u16::MAX: dropped, not wrapped to 0.
        assert_eq!(index.postings("box"), &[65535]);
        assert!(index.postings("nogaps").is_empty() && index.postings("comment").is_empty());
        // Windows line ends, a row without a tab, an empty word, and no newline at the end.
        let index = Bucket::read("cup\t2\t1 1\r\nlonely\r\n\t1\t4\nmug\t1\t9");
        assert_eq!((index.postings("cup"), index.postings("mug")), (&[1u16, 2][..], &[9u16][..]));
        assert_eq!(index.words.words().len(), 2);
    }

    #[test]
    fn index_finds_nomenclature_words() {
        let index = word_index().unwrap();
        assert!(index.postings("jewellery").iter().any(|&i| super::super::store::store().subheadings[i as usize] / 100 == 7117));
        assert!(index.weight("jewellery") > index.weight("cotton") && index.weight("cotton") > 0.0);
        assert!(index.postings("other").is_empty());
        // Product words from the national tariffs, which the 6-digit texts lack.
        assert!(index.postings("jewelry").iter().any(|&i| super::super::store::store().subheadings[i as usize] / 100 == 7117));
        assert!(index.postings("rucksack").iter().any(|&i| super::super::store::store().subheadings[i as usize] == 420292));
    }
}
