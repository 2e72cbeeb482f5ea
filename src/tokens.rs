//! A small tokenizer for English news text: words, numerals and punctuation, with byte spans.
//!
//! Numerals are lexed whole here ("1,234,567.89", "10K", "1.2b", "12,34,567", "40 000") because their
//! separators are ambiguous with punctuation; the word-level grammar in [`crate::numbers`] then combines
//! tokens into numbers ("3 hundred and 21", "fifteen-thousand").

use crate::span::ByteSpan;

/// A numeral written with digits, as lexed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Numeral {
    /// Value including any attached multiplier ("10K" = 10000), without sign.
    pub value: f64,
    /// "8th", "21st": an ordinal, not a count.
    pub ordinal: bool,
    /// Had a decimal part ("1.2", "5,00").
    pub decimal: bool,
    /// Number of digits before any separator or decimal point ("2024" = 4, "3,000" = 1).
    pub lead_digits: u8,
    /// Written with thousands separators ("3,000", "40 000").
    pub grouped: bool,
    /// A multiplier letter was attached or followed ("10K", "1.2b", "2.33 k").
    pub multiplied: bool,
    /// Followed by letters that are not a multiplier ("10km", "3D", "MiG-29" is not this).
    pub unit_suffix: bool,
    /// A "+" right after the digits ("1,000+").
    pub plus: bool,
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TokKind {
    /// A run of letters (any script) and inner apostrophes are split off as punctuation.
    Word,
    Numeral(Numeral),
    /// Clock times and durations ("03:31", "10:45"), never counts.
    Time,
    Punct(char),
}

/// One token with its byte span and what separates it from the previous one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Token {
    pub kind: TokKind,
    pub span: ByteSpan,
    /// Whitespace between the previous token and this one.
    pub space_before: bool,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span]
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct(c)
    }

    pub fn numeral(&self) -> Option<Numeral> {
        match self.kind {
            TokKind::Numeral(n) => Some(n),
            _ => None,
        }
    }

    /// Case-insensitive comparison of a word token with an ASCII word.
    pub fn is(&self, text: &str, word: &str) -> bool {
        self.is_word() && text[self.span].eq_ignore_ascii_case(word)
    }
}

/// A short ASCII word in lower case, on the stack: lexicon lookups run on every token, so they must not
/// allocate.
pub struct ShortLower {
    buf: [u8; 12],
    len: usize,
}

impl ShortLower {
    /// `w` lower-cased, if it is ASCII and at most 12 bytes long.
    pub fn new(w: &str) -> Option<Self> {
        Self::from_bytes(w.as_bytes())
    }

    /// The same for bytes (never valid for non-ASCII bytes).
    pub fn from_bytes(w: &[u8]) -> Option<Self> {
        if w.len() > 12 || !w.is_ascii() {
            return None;
        }
        let mut buf = [0u8; 12];
        buf[..w.len()].copy_from_slice(w);
        buf[..w.len()].make_ascii_lowercase();
        Some(Self { buf, len: w.len() })
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// Tokenize `text[span]`; token spans are in `text` coordinates.
pub fn tokenize(text: &str, span: ByteSpan) -> Vec<Token> {
    let mut out = Vec::with_capacity(span.len() / 5 + 4);
    tokenize_into(text, span, &mut out);
    out
}

/// [`tokenize`] appending to `out` (to reuse its allocation).
pub fn tokenize_into(text: &str, span: ByteSpan, out: &mut Vec<Token>) {
    out.reserve(span.len() / 5 + 4);
    let bytes = text.as_bytes();
    let class = |i: usize| CLASS[usize::from(bytes[i])];
    let mut i = span.start;
    let end = span.end;
    let mut space = false;
    while i < end {
        let b = bytes[i];
        // Most of news text is ASCII: its bytes are sorted by one table read.
        let (kind, len) = match CLASS[usize::from(b)] {
            SPACE => {
                space = true;
                i += 1;
                while i < end && class(i) == SPACE {
                    i += 1;
                }
                continue;
            }
            LETTER => {
                let mut j = i + 1;
                while j < end && class(j) == LETTER {
                    j += 1;
                }
                if j < end && class(j) == OTHER_SCRIPT {
                    j = letters_end(text, j, end);
                }
                (TokKind::Word, j - i)
            }
            DIGIT => lex_numeral(text, i, end),
            // Only "." needs to know what comes before it (".5" is a numeral, "v.5" is not).
            PUNCT
                if b == b'.'
                    && i + 1 < end
                    && class(i + 1) == DIGIT
                    && !prev_is(bytes, i, b'.')
                    && !(i > span.start
                        && match bytes[i - 1] {
                            p if p.is_ascii() => p.is_ascii_alphanumeric(),
                            _ => is_alnum_before(text, i),
                        }) =>
            {
                lex_numeral(text, i, end)
            }
            PUNCT => (TokKind::Punct(char::from(b)), 1),
            _ => {
                let Some(c) = text[i..].chars().next() else { break };
                if c.is_whitespace() {
                    space = true;
                    i += c.len_utf8();
                    continue;
                }
                if c.is_alphabetic() {
                    (TokKind::Word, letters_end(text, i, end) - i)
                } else {
                    (TokKind::Punct(quote_mark(c)), c.len_utf8())
                }
            }
        };
        // A numeral that turns out empty (".1.2": a dotted run, not a decimal) is its punctuation.
        let (kind, len) = if len == 0 { (TokKind::Punct(char::from(b)), 1) } else { (kind, len) };
        out.push(Token { kind, span: ByteSpan::new(i, i + len), space_before: space });
        space = false;
        i += len;
    }
}

/// Guillemets and low quotes open and close quotations as curly quotes do ("«...» he said"), and
/// their tokens say so, so that no reader of punctuation has to know every style.
fn quote_mark(c: char) -> char {
    match c {
        '\u{ab}' | '\u{201e}' => '\u{201c}',
        '\u{bb}' => '\u{201d}',
        c => c,
    }
}

/// Byte classes of the tokenizer.
const SPACE: u8 = 0;
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const PUNCT: u8 = 3;
/// The first byte of a character outside ASCII.
const OTHER_SCRIPT: u8 = 4;

/// The class of every byte value. Whitespace is what `char::is_whitespace` calls so in ASCII.
const CLASS: [u8; 256] = {
    let mut t = [PUNCT; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c >= 0x80 {
            OTHER_SCRIPT
        } else if matches!(c, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') {
            SPACE
        } else if c.is_ascii_alphabetic() {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else {
            PUNCT
        };
        b += 1;
    }
    t
};

/// The end of a run of letters in any script starting at `i` (combining acute accents included).
fn letters_end(text: &str, mut i: usize, end: usize) -> usize {
    for ch in text[i..end].chars() {
        if ch.is_alphabetic() || ch == '\u{0301}' {
            i += ch.len_utf8();
        } else {
            break;
        }
    }
    i
}

fn prev_is(bytes: &[u8], i: usize, b: u8) -> bool {
    i > 0 && bytes[i - 1] == b
}

fn is_alnum_before(text: &str, i: usize) -> bool {
    text[..i].chars().next_back().is_some_and(char::is_alphanumeric)
}

fn digits_at(bytes: &[u8], i: usize, end: usize) -> usize {
    bytes[i..end].iter().take_while(|b| b.is_ascii_digit()).count()
}

/// `acc` followed by the digits of `s` (other bytes, such as separators, are skipped).
fn more_digits(acc: f64, s: &[u8]) -> f64 {
    s.iter().filter(|b| b.is_ascii_digit()).fold(acc, |acc, &d| acc * 10.0 + f64::from(d - b'0'))
}

fn fraction_value(s: &[u8]) -> f64 {
    let mut scale = 0.1;
    let mut v = 0.0;
    for &d in s {
        v += f64::from(d - b'0') * scale;
        scale /= 10.0;
    }
    v
}

/// Separators accepted between digit groups written with spaces: space, no-break and thin spaces.
fn group_space_len(text: &str, i: usize) -> Option<usize> {
    let c = text[i..].chars().next()?;
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}').then(|| c.len_utf8())
}

/// Lex a numeral starting at `i` (a digit, or "." followed by a digit). Returns kind and byte length.
fn lex_numeral(text: &str, start: usize, end: usize) -> (TokKind, usize) {
    let bytes = text.as_bytes();
    let mut n = Numeral {
        value: 0.0,
        ordinal: false,
        decimal: false,
        lead_digits: 0,
        grouped: false,
        multiplied: false,
        unit_suffix: false,
        plus: false,
    };
    let mut i = start;
    let lead = digits_at(bytes, i, end);
    n.lead_digits = lead.min(255) as u8;
    // The integer part, digit by digit across separators (no allocation: this runs for every numeral).
    let mut int_value = more_digits(0.0, &bytes[i..i + lead]);
    i += lead;

    // Clock times and durations: 03:31, 10:45:12.
    if lead > 0 && lead <= 2 && bytes.get(i) == Some(&b':') && digits_at(bytes, (i + 1).min(end), end) == 2 {
        let mut j = i + 3;
        while j < end && bytes[j] == b':' && digits_at(bytes, (j + 1).min(end), end) == 2 {
            j += 3;
        }
        return (TokKind::Time, j - start);
    }

    let group3_at = |j: usize| -> bool {
        j + 3 <= end && digits_at(bytes, j, end) == 3 && !bytes.get(j + 3).is_some_and(u8::is_ascii_digit)
    };
    let mut frac: Option<(usize, usize)> = None;
    if (1..=3).contains(&lead) && i < end && bytes[i] == b',' && group3_at(i + 1) {
        // 1,234,567(.89)
        while i < end && bytes[i] == b',' && group3_at(i + 1) {
            int_value = more_digits(int_value, &bytes[i + 1..i + 4]);
            i += 4;
        }
        n.grouped = true;
    } else if (1..=2).contains(&lead) && i < end && bytes[i] == b',' && indian_groups(bytes, i, end).is_some() {
        // 12,34,567 (Indian grouping)
        let stop = indian_groups(bytes, i, end).unwrap_or(i);
        int_value = more_digits(int_value, &bytes[i..stop]);
        i = stop;
        n.grouped = true;
    } else if (1..=3).contains(&lead)
        && i < end
        && bytes[i] == b'.'
        && group3_at(i + 1)
        && european_end(bytes, i, end).is_some()
    {
        // 1.111,11 (European grouping with a decimal comma)
        let (stop, comma) = european_end(bytes, i, end).unwrap_or((i, i));
        int_value = more_digits(int_value, &bytes[i..comma]);
        frac = Some((comma + 1, stop));
        i = stop;
        n.grouped = true;
    } else if (1..=3).contains(&lead) {
        // 1 234 567, 40 000 (space-grouped; only groups of exactly three)
        let mut j = i;
        let mut groups = Vec::new();
        while let Some(sl) = (j < end).then(|| group_space_len(text, j)).flatten() {
            if group3_at(j + sl) && !bytes.get(j + sl + 3).is_some_and(|b| *b == b',' || b.is_ascii_alphabetic()) {
                groups.push(j + sl);
                j += sl + 3;
            } else {
                break;
            }
        }
        if !groups.is_empty() {
            for g in groups {
                int_value = more_digits(int_value, &bytes[g..g + 3]);
            }
            i = j;
            n.grouped = true;
        }
    }
    // "1.2" inside "192.168.1.2" is two parts of a dotted quad, not a decimal.
    let after_dotted = start >= 2 && bytes[start - 1] == b'.' && bytes[start - 2].is_ascii_digit();
    if frac.is_none() && !after_dotted && i + 1 < end && bytes[i] == b'.' && bytes[i + 1].is_ascii_digit() {
        let d = digits_at(bytes, i + 1, end);
        // 192.168.1.2 is four numbers, not a decimal.
        let dotted_more = bytes.get(i + 1 + d) == Some(&b'.') && bytes.get(i + 2 + d).is_some_and(u8::is_ascii_digit);
        if !dotted_more {
            frac = Some((i + 1, i + 1 + d));
            i += 1 + d;
        }
    } else if frac.is_none()
        && !n.grouped
        && lead >= 1
        && i + 1 < end
        && bytes[i] == b','
        && bytes[i + 1].is_ascii_digit()
    {
        // A decimal comma ("1,3", "5,00"), but not a list "22,24,26".
        let d = digits_at(bytes, i + 1, end);
        let after = i + 1 + d;
        let list_follows = bytes.get(after) == Some(&b',') && bytes.get(after + 1).is_some_and(u8::is_ascii_digit);
        let list_precedes = start > 0 && bytes[start - 1] == b',';
        if d <= 2 && !list_follows && !list_precedes {
            frac = Some((i + 1, after));
            i = after;
        }
    }
    n.value = int_value;
    if let Some((a, b)) = frac {
        n.value += fraction_value(&bytes[a..b]);
        n.decimal = true;
    }

    // Suffixes: ordinal, multiplier letter, "+", or a unit glued to the number.
    let letters = bytes[i..end].iter().take_while(|b| b.is_ascii_alphabetic()).count();
    if letters > 0 {
        let suffix = &text[i..i + letters];
        let followed_by_alnum = text[i + letters..end].chars().next().is_some_and(char::is_alphanumeric);
        if !followed_by_alnum && !n.decimal && ["st", "nd", "rd", "th"].iter().any(|s| suffix.eq_ignore_ascii_case(s)) {
            n.ordinal = true;
            i += letters;
        } else if let Some(m) = multiplier_suffix(suffix).filter(|_| !followed_by_alnum) {
            n.value *= m;
            n.multiplied = true;
            i += letters;
        } else {
            n.unit_suffix = true;
        }
    } else if let Some(sl) = (i < end).then(|| group_space_len(text, i)).flatten() {
        // "2.33 k", "1,674.5 G", "10  k": a lone multiplier letter after spaces.
        let mut j = i + sl;
        while j < end && bytes[j] == b' ' {
            j += 1;
        }
        let l = bytes[j..end].iter().take_while(|b| b.is_ascii_alphabetic()).count();
        let after_alnum = text[j + l..end].chars().next().is_some_and(char::is_alphanumeric);
        if l == 1
            && !after_alnum
            && matches!(bytes[j], b'k' | b'K' | b'M' | b'G' | b'B')
            && !ends_sentence(bytes, j + l, end)
            && let Some(m) = multiplier_suffix(&text[j..j + l])
        {
            n.value *= m;
            n.multiplied = true;
            i = j + l;
        }
    }
    if i < end && bytes[i] == b'+' && !bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
        n.plus = true;
        i += 1;
    }
    (TokKind::Numeral(n), i - start)
}

/// "... 3 B." at the end of a sentence is more likely a label than a billion.
fn ends_sentence(bytes: &[u8], i: usize, end: usize) -> bool {
    i < end && bytes[i] == b'.' && (i + 1 >= end || bytes[i + 1] == b' ')
}

/// Indian grouping after the lead digits: (,dd)+ ,ddd. Returns the end of the last group.
fn indian_groups(bytes: &[u8], mut i: usize, end: usize) -> Option<usize> {
    let mut pairs = 0;
    while i + 3 <= end && bytes[i] == b',' && digits_at(bytes, i + 1, end) == 2 {
        i += 3;
        pairs += 1;
    }
    (pairs > 0 && i + 4 <= end && bytes[i] == b',' && digits_at(bytes, i + 1, end) == 3).then_some(i + 4)
}

/// European grouping: (.ddd)+ ,d+ . Returns (end, position of the decimal comma).
fn european_end(bytes: &[u8], mut i: usize, end: usize) -> Option<(usize, usize)> {
    while i + 4 <= end && bytes[i] == b'.' && digits_at(bytes, i + 1, end) == 3 {
        i += 4;
    }
    let d = if i < end && bytes[i] == b',' { digits_at(bytes, i + 1, end) } else { 0 };
    (d > 0 && d != 3).then_some((i + 1 + d, i))
}

/// Multiplier letters glued to digits, after the conventions of Recognizers-Text and Duckling:
/// "10k", "3M", "1MM", "2mil", "10G", "1.2b", "10 bln". A lowercase "m" alone is metres, not millions.
fn multiplier_suffix(s: &str) -> Option<f64> {
    Some(match s {
        "k" | "K" => 1e3,
        "M" | "MM" | "mil" | "mln" | "mn" => 1e6,
        "G" | "b" | "B" | "bn" | "bln" => 1e9,
        "tln" | "tn" => 1e12,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(String, TokKind)> {
        tokenize(s, ByteSpan::new(0, s.len())).into_iter().map(|t| (s[t.span].to_string(), t.kind)).collect()
    }

    fn value(s: &str) -> Option<f64> {
        toks(s).into_iter().find_map(|(_, k)| match k {
            TokKind::Numeral(n) => Some(n.value),
            _ => None,
        })
    }

    #[test]
    fn guillemets_are_quotation_marks() {
        let t = toks("\u{ab}About 10,000,\u{bb} he said. \u{201e}Ja\u{201c}");
        let kind = |mark: &str| t.iter().find(|(s, _)| s == mark).map(|(_, k)| *k);
        assert_eq!(kind("\u{ab}"), Some(TokKind::Punct('\u{201c}')));
        assert_eq!(kind("\u{bb}"), Some(TokKind::Punct('\u{201d}')));
        assert_eq!(kind("\u{201e}"), Some(TokKind::Punct('\u{201c}')));
    }

    #[test]
    fn grouped_and_decimal_numerals() {
        assert_eq!(value("sent 3,000 troops"), Some(3000.0));
        assert_eq!(value("1,234,567.89"), Some(1_234_567.89));
        assert_eq!(value("12,34,567"), Some(1_234_567.0));
        assert_eq!(value("1.111,11"), Some(1111.11));
        assert_eq!(value("40\u{202f}000"), Some(40000.0));
        assert_eq!(value("1.2b"), Some(1.2e9));
        assert_eq!(value("10K"), Some(10000.0));
        assert_eq!(value(".08"), Some(0.08));
        assert_eq!(value("1,3"), Some(1.3));
    }

    #[test]
    fn times_ordinals_and_lists_are_not_counts() {
        let t = toks("03:31 the 8th 22,24,26");
        assert_eq!(t[0].1, TokKind::Time);
        assert!(matches!(t[2].1, TokKind::Numeral(n) if n.ordinal));
        let nums: Vec<_> =
            t.iter().filter(|(_, k)| matches!(k, TokKind::Numeral(_))).map(|(s, _)| s.as_str()).collect();
        assert_eq!(nums, ["8th", "22", "24", "26"]);
    }

    #[test]
    fn a_leading_dot_before_a_dotted_run_makes_progress() {
        let nums: Vec<_> = toks(".1.2 million")
            .into_iter()
            .filter(|(_, k)| matches!(k, TokKind::Numeral(_)))
            .map(|(s, _)| s)
            .collect();
        assert_eq!(nums, ["1.2"]);
    }

    #[test]
    fn dotted_quad_is_four_numbers() {
        let nums: Vec<_> =
            toks("192.168.1.2").into_iter().filter(|(_, k)| matches!(k, TokKind::Numeral(_))).map(|(s, _)| s).collect();
        assert_eq!(nums, ["192", "168", "1", "2"]);
    }

    #[test]
    fn plus_and_unit_suffixes() {
        assert!(matches!(toks("1,000+ troops")[0].1, TokKind::Numeral(n) if n.plus && n.value == 1000.0));
        assert!(matches!(toks("10km")[0].1, TokKind::Numeral(n) if n.unit_suffix && n.value == 10.0));
    }
}
