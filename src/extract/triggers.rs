//! The first, cheap look at a whole document: where its trigger words are. A sentence is read
//! closely only if it holds a personnel or casualty word and a number (digits or a number word); a
//! sentence with only a speech verb is kept aside for "he said" in later sentences.
//!
//! One pass over the bytes splits ASCII letter runs into words and looks each up in patterns bucketed by
//! their first two letters, so most words cost one table read. (An aho-corasick automaton did the same
//! job at about a third of the speed: nearly every byte of news text is inside some partial match.)

/// What a trigger word tells about its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hit {
    /// A personnel or casualty word: "troops", "killed".
    Figure,
    /// A speech verb: "said", "according".
    Speech,
    /// Digits or a number word: "3,000", "six", "thousands".
    Number,
}

/// Words that make a sentence worth reading for figures. The first four are prefixes ("troops",
/// "soldiers", "servicemen"); the rest must be whole words.
pub const FIGURE_WORDS: &[&str] = &[
    "troop",
    "soldier",
    "servicem",
    "servicewom",
    "servicepeople",
    "personnel",
    "officers",
    "fighters",
    "forces",
    "marines",
    "sailors",
    "seamen",
    "airmen",
    "aviators",
    "paratroopers",
    "commandos",
    "mercenaries",
    "conscripts",
    "reservists",
    "infantrymen",
    "combatants",
    "sappers",
    "gunners",
    "snipers",
    "riflemen",
    "militiamen",
    "draftees",
    "legionnaires",
    "guardsmen",
    "contingent",
    "peacekeepers",
    "deminers",
    "builders",
    "labourers",
    "laborers",
    "force",
    // "a 2,000-man unit"
    "man",
    "unit",
    "units",
    "detachment",
    "brigade",
    "brigades",
    "battalion",
    "battalions",
    "regiment",
    "regiments",
    "army",
    "armies",
    "men",
    "volunteers",
    // "Ukrainian defenders", as Kyiv calls its soldiers
    "defenders",
    "recruits",
    "militants",
    "specialists",
    "engineers",
    "instructors",
    "advisers",
    "advisors",
    "guards",
    "pilots",
    "operators",
    "crew",
    "crews",
    "military",
    "koreans",
    "russians",
    "ukrainians",
    "americans",
    "chechens",
    "foreigners",
    "nationals",
    "citizens",
    "indians",
    "cubans",
    "nepalese",
    "nepalis",
    "africans",
    "syrians",
    "serbs",
    "convicts",
    "inmates",
    "buried",
    "workers",
    "comrades",
    "generals",
    "reinforcements",
    "reserves",
    "replacements",
    "commanders",
    "members",
    "people",
    "casualties",
    "causalities",
    "losses",
    "deaths",
    "fatalities",
    "dead",
    "killed",
    "wounded",
    "injured",
    "injuries",
    "prisoners",
    "pows",
    "captives",
    "captured",
    "missing",
    "died",
    "eliminated",
    "annihilated",
    "wiped",
    "die",
    "slain",
    "perished",
    "hurt",
    "surrendered",
    "prisoner",
    "occupiers",
    "invaders",
    "neutralized",
    "neutralised",
    // "the death toll could be as high as 60,000"
    "toll",
];

/// Speech verbs, so that "he said" can be resolved to the last named speaker. These are stems:
/// "report" stands for "reported", "reports", "reporting".
pub const SPEECH_WORDS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tell",
    "added",
    "adds",
    "stated",
    "claim",
    "estimate",
    "report",
    "believe",
    "assess",
    "confirm",
    "announc",
    "warn",
    "noted",
    "mention",
    "reveal",
    "disclosed",
    "accuse",
    "allege",
    "wrote",
    "writes",
    "testified",
    "explained",
    "acknowledged",
    "admitted",
    "think",
    "briefed",
    "informed",
    "according",
    "posted",
    "suggest",
    "indicat",
    "predicted",
    "projected",
    "calculated",
    "counted",
    "affirm",
    "states",
    "quot",
    "cited",
    "citing",
    "notified",
    "tweeted",
    "stress",
    "emphasi",
    "highlight",
    "noting",
    "stating",
    "adding",
    "estimating",
    "insist",
    "assert",
];

/// One pattern: lower-case ASCII letters, packed little-endian into a u128 (at most 16 letters), so a
/// comparison is one integer compare.
#[derive(Clone, Debug)]
struct Pattern {
    word: Box<[u8]>,
    packed: u128,
    /// `mask(len)`, kept for prefix comparisons.
    mask: u128,
    len: usize,
    hit: Hit,
    /// Matches any word starting with it, not only the word itself.
    prefix: bool,
}

/// The trigger scanner. Cheap to clone (the tables are small).
#[derive(Clone, Debug)]
pub struct Triggers {
    patterns: Vec<Pattern>,
    /// For the first two letters of a word (26 x 26), the range of `patterns` starting with them and
    /// the set of their third letters (bit 0 = 'a'): most words are turned down by these two reads.
    buckets: Vec<(u16, u16, u32)>,
}

impl Default for Triggers {
    fn default() -> Self {
        Self::new()
    }
}

impl Triggers {
    pub fn new() -> Self {
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut add = |w: &str, hit, prefix| {
            let (packed, len) = pack(w.as_bytes());
            patterns.push(Pattern { word: w.as_bytes().into(), packed, mask: mask(len), len, hit, prefix });
        };
        for (i, w) in FIGURE_WORDS.iter().enumerate() {
            add(w, Hit::Figure, i < 4);
        }
        // ... and "This information was provided by X": a source for the sentence before.
        for w in SPEECH_WORDS.iter().chain(&crate::extract::attribution::SOURCE_BY_VERBS) {
            add(w, Hit::Speech, true);
        }
        for w in crate::numbers::count_words() {
            add(w, Hit::Number, false);
        }
        // Longest first within a bucket, as a leftmost-longest automaton would choose.
        patterns.sort_by(|a, b| bucket(&a.word).cmp(&bucket(&b.word)).then(b.word.len().cmp(&a.word.len())));
        let mut buckets = vec![(0u16, 0u16, 0u32); 26 * 26];
        for (i, p) in patterns.iter().enumerate() {
            let Some(k) = bucket(&p.word) else { continue };
            let b = &mut buckets[k];
            if b.0 == b.1 {
                *b = (i as u16, i as u16, 0);
            }
            b.1 = i as u16 + 1;
            b.2 |= 1 << (p.word[2] - b'a');
        }
        Self { patterns, buckets }
    }

    /// Every trigger of `text` in order: (byte offset, what it is). A word counts when it starts the
    /// text or follows a byte that is not an ASCII letter or digit; digit runs are numbers.
    pub fn scan(&self, text: &str) -> Vec<(usize, Hit)> {
        let b = text.as_bytes();
        let mut out = Vec::with_capacity(b.len() / 64);
        // Eight bytes at a time, letters and digits become bit masks, and words are found from the
        // bits: a byte loop that stops at every word's end mispredicts a branch per word.
        let (mut carry_letter, mut carry_digit) = (0u64, 0u64);
        for (k, chunk) in b.chunks(64).enumerate() {
            let base = k * 64;
            let (letters, digits) = class_masks(chunk);
            let before_letter = letters << 1 | carry_letter;
            let before_digit = digits << 1 | carry_digit;
            // "10km": letters glued to digits are a unit, not a word.
            let words = letters & !before_letter & !before_digit;
            let numbers = digits & !before_digit;
            (carry_letter, carry_digit) = (letters >> 63, digits >> 63);
            let mut starts = words | numbers;
            while starts != 0 {
                let j = starts.trailing_zeros() as usize;
                starts &= starts - 1;
                let at = base + j;
                if numbers >> j & 1 == 1 {
                    out.push((at, Hit::Number));
                    continue;
                }
                let mut end = at + (letters >> j).trailing_ones() as usize;
                if end == base + 64 {
                    // The word goes on in the next chunk.
                    while end < b.len() && b[end].is_ascii_alphabetic() {
                        end += 1;
                    }
                }
                if let Some(hit) = self.word(b, at, end) {
                    out.push((at, hit));
                }
            }
        }
        out
    }

    /// What the word `b[start..end]` (ASCII letters) triggers, if anything.
    fn word(&self, b: &[u8], start: usize, end: usize) -> Option<Hit> {
        let len = end - start;
        if len < 3 {
            return None;
        }
        let (from, to, thirds) = self.buckets[bucket(&b[start..end])?];
        if thirds & 1u32.checked_shl(u32::from((b[start + 2] | 0x20).wrapping_sub(b'a'))).unwrap_or(0) == 0 {
            return None;
        }
        // Patterns are at most 16 letters: a longer word can only match a prefix pattern.
        let word = match b.get(start..start + 16).and_then(|s| <[u8; 16]>::try_from(s).ok()) {
            // One load; the bytes after the word are masked off.
            Some(sixteen) => lower_packed(u128::from_le_bytes(sixteen), len),
            None => pack(&b[start..end]).0,
        };
        self.patterns[from as usize..to as usize]
            .iter()
            .find(|p| if p.prefix { word & p.mask == p.packed } else { len == p.len && word == p.packed })
            .map(|p| p.hit)
    }
}

/// Up to 16 ASCII letters, lower-cased and packed into a u128, with the number of letters packed.
fn pack(w: &[u8]) -> (u128, usize) {
    let n = w.len().min(16);
    let mut buf = [0u8; 16];
    buf[..n].copy_from_slice(&w[..n]);
    (lower_packed(u128::from_le_bytes(buf), n), n)
}

/// The low `n` bytes of `x` (letters), lower-cased: setting bit 5 lower-cases an ASCII letter.
fn lower_packed(x: u128, n: usize) -> u128 {
    (x | 0x2020_2020_2020_2020_2020_2020_2020_2020) & mask(n)
}

/// The low `n` bytes of a u128.
fn mask(n: usize) -> u128 {
    if n >= 16 { u128::MAX } else { (1u128 << (8 * n)) - 1 }
}

/// Bit j of the first mask says that `chunk[j]` is an ASCII letter, of the second that it is a digit
/// (chunks of at most 64 bytes).
fn class_masks(chunk: &[u8]) -> (u64, u64) {
    let (mut letters, mut digits) = (0u64, 0u64);
    let mut add = |i: usize, word: [u8; 8]| {
        let (l, d) = class_bits(u64::from_le_bytes(word));
        letters |= l << (8 * i);
        digits |= d << (8 * i);
    };
    let eights = chunk.chunks_exact(8);
    let rest = eights.remainder();
    let full = eights.len();
    for (i, eight) in eights.enumerate() {
        add(i, eight.try_into().unwrap_or([0; 8]));
    }
    if !rest.is_empty() {
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        add(full, word);
    }
    (letters, digits)
}

/// For eight bytes at once: which are ASCII letters, which digits, as the low eight bits.
fn class_bits(x: u64) -> (u64, u64) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Bytes below 0x80 only (others are never letters or digits): no addition below carries out of its byte.
    let ascii = !x & HIGH;
    let y = x & !HIGH;
    let lower = y | (0x20 * ONES);
    let in_range = |v: u64, lo: u8, hi: u8| (v + (0x80 - u64::from(lo)) * ONES) & !(v + (0x7F - u64::from(hi)) * ONES);
    let letters = in_range(lower, b'a', b'z') & ascii;
    let digits = in_range(y, b'0', b'9') & ascii;
    (gather_high_bits(letters), gather_high_bits(digits))
}

/// The high bit of each byte of `m` (other bits clear) as eight bits, byte i to bit i.
fn gather_high_bits(m: u64) -> u64 {
    ((m >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Bucket of a word by its first two letters (case-insensitive).
fn bucket(w: &[u8]) -> Option<usize> {
    let a = w.first()?.to_ascii_lowercase().checked_sub(b'a')?;
    let b = w.get(1)?.to_ascii_lowercase().checked_sub(b'a')?;
    (a < 26 && b < 26).then_some(a as usize * 26 + b as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(text: &str) -> Vec<(&str, Hit)> {
        Triggers::new()
            .scan(text)
            .into_iter()
            .map(|(at, h)| {
                let len = text[at..].find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(text.len() - at);
                (&text[at..at + len], h)
            })
            .collect()
    }

    /// The string literals in the body of `fn name` of the lexicon's source.
    fn lexicon_words(name: &str) -> Vec<&'static str> {
        let source = include_str!("lexicon.rs");
        let start = source.find(&format!("pub fn {name}(")).unwrap_or_else(|| panic!("no fn {name}"));
        let body = &source[start..];
        let body = &body[..body.find("\n}\n").unwrap_or(body.len())];
        body.split('"').skip(1).step_by(2).filter(|w| w.bytes().all(|b| b.is_ascii_lowercase())).collect()
    }

    /// The scan and the lexicon are two lists of the same words, kept by hand: every word the
    /// lexicon reads as personnel, a casualty or a speech verb must make the scan look at its
    /// sentence, or the lexicon never sees it.
    #[test]
    fn every_lexicon_word_triggers() {
        for (name, hit) in [
            ("personnel", Hit::Figure),
            ("casualty_noun", Hit::Figure),
            ("casualty_word", Hit::Figure),
            ("speech_verb", Hit::Speech),
            ("speech_gerund", Hit::Speech),
        ] {
            let words = match name {
                "speech_verb" => crate::extract::lexicon::SPEECH_VERBS.to_vec(),
                "speech_gerund" => crate::extract::lexicon::SPEECH_GERUNDS.to_vec(),
                _ => lexicon_words(name),
            };
            assert!(words.len() > 5, "{name}: {words:?}");
            let missing: Vec<_> = words.into_iter().filter(|w| !hits(w).contains(&(*w, hit))).collect();
            assert!(missing.is_empty(), "{name}: these do not trigger: {missing:?}");
        }
    }

    #[test]
    fn whole_words_prefixes_and_stems() {
        use Hit::*;
        assert_eq!(
            hits("Some 3,000 TROOPS were reported, Servicewomen said; men of the army, amendments, armyworm."),
            [
                ("3", Number),
                ("000", Number),
                ("TROOPS", Figure),
                ("reported", Speech),
                ("Servicewomen", Figure),
                ("said", Speech),
                ("men", Figure),
                ("army", Figure),
            ]
        );
        assert_eq!(
            hits("six dozen killed; often 10km"),
            [("six", Number), ("dozen", Number), ("killed", Figure), ("10km", Number)]
        );
    }

    #[test]
    fn class_masks_agree_with_byte_tests() {
        let text = "Some 3,000 TROOPS [were] `reported` {z} @ caf\u{e9} \u{2014} 10km, A-Za-z09/:";
        for chunk in text.as_bytes().chunks(64) {
            let (l, d) = class_masks(chunk);
            for (j, c) in chunk.iter().enumerate() {
                assert_eq!(l >> j & 1 == 1, c.is_ascii_alphabetic(), "{c}");
                assert_eq!(d >> j & 1 == 1, c.is_ascii_digit(), "{c}");
            }
        }
        let all: Vec<u8> = (0..=255).collect();
        for chunk in all.chunks(64) {
            let (l, d) = class_masks(chunk);
            for (j, c) in chunk.iter().enumerate() {
                assert_eq!((l >> j & 1 == 1, d >> j & 1 == 1), (c.is_ascii_alphabetic(), c.is_ascii_digit()), "{c}");
            }
        }
    }

    #[test]
    fn words_across_chunk_edges() {
        // Words and digit runs that straddle the 64-byte chunks of the scan.
        for pad in 55..70 {
            let text = format!("{}troops 3000killed", "x ".repeat(pad / 2) + if pad % 2 == 1 { "." } else { "" });
            let h = hits(&text);
            assert_eq!(h, [("troops", Hit::Figure), ("3000killed", Hit::Number)], "{pad}");
        }
    }

    #[test]
    fn number_words_trigger() {
        let t = Triggers::new();
        let numbers = t.patterns.iter().filter(|p| p.hit == Hit::Number).count();
        assert!(numbers > 50, "{numbers}");
        for w in ["seventeen", "Thousands", "dozen", "mln"] {
            assert_eq!(t.word(w.as_bytes(), 0, w.len()), Some(Hit::Number), "{w}");
        }
    }

    #[test]
    fn every_pattern_is_in_a_bucket() {
        let t = Triggers::new();
        for p in &t.patterns {
            assert!(p.word.len() >= 3 && p.word.len() <= 16, "{:?}", p.word);
            assert!(t.word(&p.word, 0, p.word.len()).is_some(), "{:?}", std::str::from_utf8(&p.word));
        }
    }
}
