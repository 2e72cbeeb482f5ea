//! English cardinal numbers as news writes them: digits, words and mixtures.
//!
//! Works on tokens from [`crate::tokens`]. The grammar is the usual one for English numerals: a chunk
//! below a thousand ("three hundred and twenty-one"), joined by big scales that must fall
//! ("two million three hundred thousand") or multiply when they rise ("three thousand millions"), with
//! digits allowed wherever a chunk is ("4 thousand 3 hundred and 21", "15-thousand", "1.2 million").
//! Vague quantities ("thousands", "tens of thousands", "several hundred") are numbers too, flagged
//! `vague`, with the smallest value the words imply.

use std::sync::LazyLock;

use crate::span::ByteSpan;
use crate::tokens::{TokKind, Token};

/// How a number was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberForm {
    Digits,
    Words,
    Mixed,
}

/// A number found in text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberMatch {
    /// The number itself, without any sign.
    pub span: ByteSpan,
    /// Where a sign ("-", "minus", "negative") was, if any.
    pub sign: Option<ByteSpan>,
    /// Magnitude (always >= 0); see [`NumberMatch::signed_value`].
    pub value: f64,
    pub form: NumberForm,
    /// "thousands", "several hundred": an order of magnitude, not a figure.
    pub vague: bool,
    /// "a few", "a couple", "single", "nil": numbers only by convention.
    pub weak: bool,
    /// A "+" followed the digits ("1,000+").
    pub plus: bool,
    /// Digits glued to letters that are not a multiplier ("10km"): a unit or a model name.
    pub unit_suffix: bool,
    /// A bare integer of four digits with no separator (a possible year).
    pub year_like: bool,
    /// Index of the first and one past the last token of the number (sign excluded).
    pub tokens: (usize, usize),
}

impl NumberMatch {
    pub fn signed_value(&self) -> f64 {
        if self.sign.is_some() { -self.value } else { self.value }
    }

    /// The span including the sign.
    pub fn signed_span(&self) -> ByteSpan {
        self.sign.map_or(self.span, |s| ByteSpan::new(s.start, self.span.end))
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Word {
    Unit(f64),
    Teen(f64),
    Tens(f64),
    Hundred,
    /// thousand, million, lakh, crore ...
    Big(f64),
    Dozen,
    /// "hundreds", "thousands", "dozens": a scale when it follows a number, vague when it starts one.
    Plural(f64),
    A,
    Half,
    /// "quarter", "quarters": only before "of a" and a scale ("three quarters of a million").
    Quarter,
    And,
    Point,
    Minus,
    /// a couple, a pair (2), a few, few (3), single (1), nil (0)
    Weak(f64),
    /// several, many, a few + scale: vague
    Several,
    TensOf,
}

/// The number parser's vocabulary: every word form and what it is.
const VOCABULARY: &[(&str, Word)] = {
    use Word::*;
    &[
        ("zero", Unit(0.0)),
        ("nought", Unit(0.0)),
        ("naught", Unit(0.0)),
        ("one", Unit(1.0)),
        ("two", Unit(2.0)),
        ("three", Unit(3.0)),
        ("four", Unit(4.0)),
        ("five", Unit(5.0)),
        ("six", Unit(6.0)),
        ("seven", Unit(7.0)),
        ("eight", Unit(8.0)),
        ("nine", Unit(9.0)),
        ("ten", Teen(10.0)),
        ("eleven", Teen(11.0)),
        ("twelve", Teen(12.0)),
        ("thirteen", Teen(13.0)),
        ("fourteen", Teen(14.0)),
        ("fifteen", Teen(15.0)),
        ("sixteen", Teen(16.0)),
        ("seventeen", Teen(17.0)),
        ("eighteen", Teen(18.0)),
        ("nineteen", Teen(19.0)),
        ("twenty", Tens(20.0)),
        ("thirty", Tens(30.0)),
        ("forty", Tens(40.0)),
        ("fourty", Tens(40.0)),
        ("fifty", Tens(50.0)),
        ("sixty", Tens(60.0)),
        ("seventy", Tens(70.0)),
        ("eighty", Tens(80.0)),
        ("ninety", Tens(90.0)),
        ("hundred", Hundred),
        ("hundreds", Plural(100.0)),
        ("thousand", Big(1e3)),
        ("thousands", Plural(1e3)),
        ("lakh", Big(1e5)),
        ("lakhs", Big(1e5)),
        ("lac", Big(1e5)),
        ("lacs", Big(1e5)),
        ("lkh", Big(1e5)),
        ("lkhs", Big(1e5)),
        ("million", Big(1e6)),
        ("mln", Big(1e6)),
        ("mn", Big(1e6)),
        ("millions", Plural(1e6)),
        ("crore", Big(1e7)),
        ("crores", Big(1e7)),
        ("cr", Big(1e7)),
        ("koti", Big(1e7)),
        ("krore", Big(1e7)),
        ("krores", Big(1e7)),
        ("kr", Big(1e7)),
        ("billion", Big(1e9)),
        ("bn", Big(1e9)),
        ("bln", Big(1e9)),
        ("billions", Plural(1e9)),
        ("trillion", Big(1e12)),
        ("tln", Big(1e12)),
        ("trillions", Plural(1e12)),
        ("dozen", Dozen),
        ("dz", Dozen),
        ("doz", Dozen),
        ("dozens", Plural(12.0)),
        ("dzs", Plural(12.0)),
        ("dozs", Plural(12.0)),
        ("a", A),
        ("an", A),
        ("half", Half),
        ("quarter", Quarter),
        ("quarters", Quarter),
        ("and", And),
        ("point", Point),
        ("minus", Minus),
        ("negative", Minus),
        ("couple", Weak(2.0)),
        ("pair", Weak(2.0)),
        ("few", Weak(3.0)),
        ("single", Weak(1.0)),
        ("nil", Weak(0.0)),
        ("several", Several),
        ("many", Several),
        ("tens", TensOf),
    ]
};

/// [`VOCABULARY`] keyed by packed lower-case words: classification runs on every word token of
/// every sentence read closely, so a lookup is one integer hash. The few nine-letter words are
/// compared one by one, so that every key fits a u64.
type Vocabulary = (rustc_hash::FxHashMap<u64, Word>, Vec<(&'static str, Word)>);
static PACKED: LazyLock<Vocabulary> = LazyLock::new(|| {
    let short = VOCABULARY.iter().filter_map(|(w, class)| pack_lower(w.as_bytes()).map(|k| (k, *class))).collect();
    let long = VOCABULARY.iter().filter(|(w, _)| w.len() > 8).copied().collect();
    (short, long)
});

/// A word of at most 8 bytes, ASCII letters lower-cased, packed into an integer. (Bytes are never
/// zero in words, so words of different lengths never share a key.)
fn pack_lower(w: &[u8]) -> Option<u64> {
    if w.len() > 8 {
        return None;
    }
    // Byte by byte: the words are short, and a copy of variable length would be a call to memcpy.
    Some(w.iter().rev().fold(0u64, |acc, b| acc << 8 | u64::from(b.to_ascii_lowercase())))
}

fn classify(w: &str) -> Option<Word> {
    classify_bytes(w.as_bytes())
}

fn classify_bytes(w: &[u8]) -> Option<Word> {
    let (short, long) = &*PACKED;
    match pack_lower(w) {
        Some(key) => short.get(&key).copied(),
        None => long.iter().find(|(v, _)| v.len() == w.len() && v.as_bytes().eq_ignore_ascii_case(w)).map(|(_, c)| *c),
    }
}

/// Number words that make a count on their own or scale one ("six", "thousands", "dozen"), of
/// three letters or more: what tells that a sentence holds a number written in words.
pub fn count_words() -> impl Iterator<Item = &'static str> {
    VOCABULARY.iter().map(|(w, _)| *w).filter(|w| w.len() >= 3 && is_number_word(w))
}

fn numeral_at(toks: &[Token], i: usize) -> Option<crate::tokens::Numeral> {
    toks.get(i).and_then(Token::numeral).filter(|n| !n.ordinal)
}

/// Find every number in `toks` (tokens of `text`), left to right, longest first.
pub fn find_numbers(text: &str, toks: &[Token]) -> Vec<NumberMatch> {
    let sc = Scan::new(text, toks);
    let sc = &sc;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !sc.may_start(i) {
            i += 1;
            continue;
        }
        if let Some(m) = parse_at(sc, i) {
            i = m.tokens.1.max(i + 1);
            out.push(m);
        } else {
            i += 1;
        }
    }
    out
}

/// Is `w` an English number word ("six", "Thousand", "dozens")? Used to skip sentences without numbers.
pub fn is_number_word(w: &str) -> bool {
    is_number_word_bytes(w.as_bytes())
}

/// [`is_number_word`] for a word given as bytes.
pub fn is_number_word_bytes(w: &[u8]) -> bool {
    matches!(
        classify_bytes(w),
        Some(
            Word::Unit(_)
                | Word::Teen(_)
                | Word::Tens(_)
                | Word::Hundred
                | Word::Big(_)
                | Word::Dozen
                | Word::Plural(_)
        )
    )
}

/// Tokenize `text` and find every number in it: the number parser on its own, as the `numbers`
/// command and the conformance checks use it. Ordinals and clock times are not reported.
pub fn scan(text: &str) -> Vec<NumberMatch> {
    let toks = crate::tokens::tokenize(text, ByteSpan::new(0, text.len()));
    find_numbers(text, &toks)
}

/// Tokens with their number-word classes, computed once per token.
struct Scan<'a> {
    text: &'a str,
    toks: &'a [Token],
    words: Vec<Option<Word>>,
}

impl<'a> Scan<'a> {
    fn new(text: &'a str, toks: &'a [Token]) -> Self {
        let words = toks.iter().map(|t| if t.is_word() { classify(&text[t.span]) } else { None }).collect();
        Self { text, toks, words }
    }

    fn word(&self, i: usize) -> Option<Word> {
        self.words.get(i).copied().flatten()
    }

    /// Could the token at `i` begin a number? A cheap test before [`parse_at`].
    fn may_start(&self, i: usize) -> bool {
        match self.toks[i].kind {
            TokKind::Numeral(_) => true,
            TokKind::Word => self.words[i].is_some(),
            TokKind::Punct(c) => matches!(c, '-' | '\u{2212}'),
            TokKind::Time => false,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Phase {
    Start,
    /// After a unit or teen ("three", "thirteen"): a hundred or a scale may follow.
    Unit,
    /// After "twenty": a unit may follow.
    Tens,
    /// After a digit literal.
    Literal,
    Hundred,
    Big,
    Dozen,
    /// After "a"/"an" or "half a": only a scale may follow.
    A,
    /// A decimal part was read ("two point two"): only a big scale may follow.
    Decimal,
}

struct Acc {
    total: f64,
    group: f64,
    /// The part of `group` after its hundreds ("twenty-one" in "three hundred twenty-one").
    small: f64,
    /// The group already has hundreds.
    has_hundreds: bool,
    last_big: f64,
    max_big: f64,
    phase: Phase,
    words: bool,
    digits: bool,
    /// One past the last accepted token.
    end: usize,
}

impl Acc {
    fn value(&self) -> f64 {
        self.total + self.group
    }
}

/// Parse the longest number starting at token `i`.
fn parse_at(sc: &Scan<'_>, start: usize) -> Option<NumberMatch> {
    let (text, toks) = (sc.text, sc.toks);
    let mut i = start;
    let mut sign = None;
    match toks[i].kind {
        TokKind::Punct('-' | '\u{2212}') => {
            let prev_ok = i == 0 || toks[i].space_before || matches!(toks[i - 1].kind, TokKind::Punct(c) if c != '.');
            // "The figure - 7,000 troops - was", "thus far -- 15,000": within text, a dash with space
            // after it is no minus sign ("- 1,200,000" alone still is).
            let next_num =
                numeral_at(toks, i + 1).is_some_and(|n| !n.unit_suffix) && !(i > 0 && toks[i + 1].space_before);
            if !(prev_ok && next_num) {
                return None;
            }
            sign = Some(toks[i].span);
            i += 1;
        }
        TokKind::Word if sc.word(i) == Some(Word::Minus) => {
            let next = numeral_at(toks, i + 1).is_some()
                || matches!(sc.word(i + 1), Some(Word::Unit(_) | Word::Teen(_) | Word::Tens(_)));
            if !next {
                return None;
            }
            sign = Some(toks[i].span);
            i += 1;
        }
        _ => {}
    }
    if let Some(m) = vague_at(sc, i) {
        return Some(m);
    }
    let mut acc = Acc {
        total: 0.0,
        group: 0.0,
        small: 0.0,
        has_hundreds: false,
        last_big: f64::INFINITY,
        max_big: 0.0,
        phase: Phase::Start,
        words: false,
        digits: false,
        end: i,
    };
    let mut weak = false;
    let mut plus = false;
    let mut unit_suffix = false;
    let mut year_like = false;
    let mut j = i;
    while j < toks.len() {
        // A connector ("-", "and") is consumed only with what follows it.
        let t = &toks[j];
        let connector = match t.kind {
            TokKind::Punct('-' | '\u{2013}') => acc.phase != Phase::Start,
            TokKind::Word => acc.phase != Phase::Start && sc.word(j) == Some(Word::And),
            _ => false,
        };
        let k = if connector { j + 1 } else { j };
        if k >= toks.len() {
            break;
        }
        let is_and = connector && toks[j].is_word();
        let is_hyphen = connector && !is_and;
        if !step(sc, k, &mut acc, is_and, is_hyphen) {
            break;
        }
        if let Some(n) = toks[k].numeral() {
            plus |= n.plus;
            unit_suffix |= n.unit_suffix;
            year_like = n.lead_digits == 4 && !n.grouped && !n.decimal && !n.multiplied && acc.phase == Phase::Literal;
            if n.plus || n.unit_suffix || n.multiplied {
                break;
            }
        }
        // "a couple" is a number only by convention; "a couple thousand" is 2,000 all the same.
        if let Some(w) = sc.word(k) {
            weak = matches!(w, Word::Weak(_)) || weak && !matches!(w, Word::Hundred | Word::Big(_));
        }
        j = acc.end;
        if acc.phase == Phase::Dozen && !matches!(sc.word(j), Some(Word::Big(_))) {
            break;
        }
    }
    if acc.end == i || acc.phase == Phase::A {
        return None;
    }
    // "a couple of" / "a dozen of" at the very end of an input: keep the "of" (Duckling's convention).
    if (weak || acc.phase == Phase::Dozen) && acc.end + 1 == toks.len() && toks[acc.end].is(text, "of") {
        acc.end += 1;
    }
    let form = match (acc.words, acc.digits) {
        (true, true) => NumberForm::Mixed,
        (true, false) => NumberForm::Words,
        _ => NumberForm::Digits,
    };
    let span = ByteSpan::new(toks[i].span.start, toks[acc.end - 1].span.end);
    Some(NumberMatch {
        span,
        sign,
        value: acc.value(),
        form,
        vague: false,
        weak,
        plus,
        unit_suffix,
        year_like: year_like && acc.end == i + 1,
        tokens: (i, acc.end),
    })
}

/// Try to accept token `k` into `acc`. `after_and` / `after_hyphen` say what connected it.
fn step(sc: &Scan<'_>, k: usize, acc: &mut Acc, after_and: bool, after_hyphen: bool) -> bool {
    let toks = sc.toks;
    use Phase as P;
    let t = &toks[k];
    // "3 hundred and 2 hundred" is two numbers: a second hundreds chunk cannot join the first.
    if acc.has_hundreds && sc.word(k + 1).is_some_and(|w| matches!(w, Word::Hundred | Word::Plural(100.0))) {
        return false;
    }
    if let TokKind::Numeral(n) = t.kind {
        if n.ordinal {
            return false;
        }
        let whole_small = !n.decimal && n.value >= 1.0 && !n.multiplied && !n.unit_suffix;
        let ok = match acc.phase {
            P::Start => !after_and && !after_hyphen,
            P::Hundred => whole_small && n.value < 100.0 && !after_hyphen,
            // "four thousand 100", and glued as broadcasters write it, "four-thousand-100" (but
            // "5 thousand-10 thousand" is a range).
            P::Big => {
                let glued = !t.space_before && !toks[k - 1].space_before;
                let scale_follows = matches!(sc.word(k + 1), Some(Word::Big(_) | Word::Hundred | Word::Plural(_)));
                whole_small && n.value < acc.last_big.min(1000.0) && (!after_hyphen || glued && !scale_follows)
            }
            _ => false,
        };
        if !ok {
            return false;
        }
        acc.group += n.value;
        acc.small = n.value;
        acc.phase = if n.multiplied { P::Decimal } else { P::Literal };
        acc.digits = true;
        acc.end = k + 1;
        return true;
    }
    let Some(w) = sc.word(k) else { return false };
    let w = match w {
        // A plural scale right after a number is just that scale ("three billions", "200 dozens").
        Word::Plural(12.0) if acc.phase != P::Start => Word::Dozen,
        Word::Plural(100.0) if acc.phase != P::Start => Word::Hundred,
        Word::Plural(s) if acc.phase != P::Start => Word::Big(s),
        w => w,
    };
    let accepted = match w {
        Word::Unit(u) | Word::Teen(u) => {
            let is_unit = matches!(w, Word::Unit(_));
            let ok = match acc.phase {
                P::Start => !after_and && !after_hyphen,
                P::Tens => is_unit && u > 0.0 && !after_and,
                P::Hundred | P::Big => u > 0.0 && !after_hyphen,
                _ => false,
            };
            if ok {
                acc.group += u;
                acc.small = if acc.phase == P::Tens { acc.small + u } else { u };
                acc.phase = P::Unit;
            }
            ok
        }
        Word::Tens(v) => {
            let ok = matches!(acc.phase, P::Start | P::Hundred | P::Big)
                && !after_hyphen
                && !(after_and && acc.phase == P::Start);
            if ok {
                acc.group += v;
                acc.small = v;
                acc.phase = P::Tens;
            }
            ok
        }
        Word::Hundred => {
            let ok = matches!(acc.phase, P::Unit | P::Tens | P::Literal | P::A) && !acc.has_hundreds && !after_and;
            if ok {
                // "a hundred": the "a" was never added to the group, so nothing comes off it.
                let (base, added) = if acc.phase == P::A { (acc.small.max(1.0), 0.0) } else { (acc.small, acc.small) };
                acc.group = acc.group - added + base * 100.0;
                acc.small = 0.0;
                acc.has_hundreds = true;
                acc.phase = P::Hundred;
            }
            ok
        }
        Word::Big(s) => big_scale(acc, s, after_and),
        Word::Dozen => {
            let ok = matches!(acc.phase, P::Unit | P::Tens | P::Literal | P::A | P::Hundred) && !after_and;
            if ok {
                if acc.phase == P::A {
                    acc.group = acc.small.max(0.5) * 12.0;
                } else if acc.small > 0.0 && acc.phase != P::Hundred {
                    acc.group = acc.group - acc.small + acc.small * 12.0;
                } else {
                    acc.group *= 12.0;
                }
                acc.small = 0.0;
                acc.phase = P::Dozen;
            }
            ok
        }
        Word::Point => return decimal_part(sc, k, acc),
        Word::A if acc.phase == P::Start && !after_and => {
            // "a hundred", "a dozen", "a couple", "a few": only with what follows.
            let next = sc.word(k + 1);
            let ok = matches!(next, Some(Word::Hundred | Word::Big(_) | Word::Dozen | Word::Weak(2.0 | 3.0)))
                || next == Some(Word::Quarter) && quarter_of_a_scale(sc, k + 1);
            if ok {
                acc.small = 1.0;
                acc.phase = P::A;
            }
            ok
        }
        Word::Half if acc.phase == P::Start && !after_and => {
            let ok = sc.word(k + 1) == Some(Word::A)
                && matches!(sc.word(k + 2), Some(Word::Hundred | Word::Big(_) | Word::Dozen));
            if ok {
                acc.small = 0.5;
                acc.end = k + 2;
                acc.phase = P::A;
                acc.words = true;
                return true;
            }
            false
        }
        // "a quarter of a million", "three quarters of a million", "three-quarters of a million".
        Word::Quarter if !after_and && quarter_of_a_scale(sc, k) => {
            let times = match acc.phase {
                P::Start if !after_hyphen => Some(1.0),
                P::A => Some(1.0),
                P::Unit if acc.group == acc.small && acc.small < 4.0 => Some(acc.small),
                _ => None,
            };
            match times {
                Some(t) => {
                    acc.group = 0.0;
                    acc.small = t * 0.25;
                    acc.end = k + 3;
                    acc.phase = P::A;
                    acc.words = true;
                    return true;
                }
                None => false,
            }
        }
        Word::Weak(v) if matches!(acc.phase, P::Start | P::A) && !after_and => {
            let is_few = v == 3.0;
            // "a couple", "a pair", "a few", "few", "single", "nil"; "couple" and "pair" need the "a".
            let ok = acc.phase == P::A || is_few || v <= 1.0;
            if ok {
                acc.group = v;
                acc.small = v;
                acc.phase = P::Dozen;
            }
            ok
        }
        _ => false,
    };
    if accepted {
        acc.words = true;
        acc.end = k + 1;
    }
    accepted
}

/// Is "quarter" at `k` followed by "of a" and a scale ("of a million")?
fn quarter_of_a_scale(sc: &Scan<'_>, k: usize) -> bool {
    sc.toks.get(k + 1).is_some_and(|t| t.is(sc.text, "of"))
        && sc.word(k + 2) == Some(Word::A)
        && matches!(sc.word(k + 3), Some(Word::Big(_)))
}

fn big_scale(acc: &mut Acc, s: f64, after_and: bool) -> bool {
    use Phase as P;
    if after_and || acc.phase == P::Start {
        return false;
    }
    // After "a" (1), "half a" (0.5), "a quarter of a" (0.25).
    let base = if acc.phase == P::A { if acc.small > 0.0 { acc.small } else { 1.0 } } else { acc.group };
    if acc.phase == P::A {
        acc.group = 0.0;
    }
    if base > 0.0 {
        if s > acc.max_big {
            acc.total = (acc.total + base) * s;
        } else if s < acc.last_big {
            acc.total += base * s;
        } else {
            return false;
        }
    } else if acc.phase == P::Big && s > acc.last_big {
        // "three thousand millions", "three lakh crore": a rising scale multiplies everything.
        acc.total *= s;
    } else {
        return false;
    }
    acc.group = 0.0;
    acc.small = 0.0;
    acc.has_hundreds = false;
    acc.last_big = s;
    acc.max_big = acc.max_big.max(s);
    acc.phase = P::Big;
    true
}

/// "point zero three", "point 77", "point seventy-one": digits after a spoken decimal point.
fn decimal_part(sc: &Scan<'_>, k: usize, acc: &mut Acc) -> bool {
    let (text, toks) = (sc.text, sc.toks);
    use Phase as P;
    if !matches!(acc.phase, P::Start | P::Unit | P::Tens | P::Literal | P::Hundred | P::Big) {
        return false;
    }
    let mut digits = String::new();
    let mut j = k + 1;
    while j < toks.len() {
        if let Some(n) = toks[j].numeral() {
            if digits.is_empty() && !n.decimal && !n.multiplied {
                digits.push_str(&text[toks[j].span]);
                j += 1;
            }
            break;
        }
        match sc.word(j) {
            Some(Word::Unit(u) | Word::Teen(u)) => {
                digits.push_str(&format!("{u}"));
                j += 1;
            }
            Some(Word::Tens(t)) => {
                let unit = (toks.get(j + 1).is_some_and(|t| t.is_punct('-'))).then(|| sc.word(j + 2)).flatten();
                if let Some(Word::Unit(u)) = unit {
                    digits.push_str(&format!("{}", t + u));
                    j += 3;
                } else {
                    digits.push_str(&format!("{t}"));
                    j += 1;
                }
            }
            _ => break,
        }
    }
    if digits.is_empty() {
        return false;
    }
    let frac: f64 = format!("0.{digits}").parse().unwrap_or(0.0);
    acc.group += frac;
    acc.phase = P::Decimal;
    acc.words = true;
    acc.end = j;
    true
}

/// Vague quantities: "thousands", "tens of thousands", "hundreds of thousands", "several hundred",
/// "a few thousand", "dozens".
fn vague_at(sc: &Scan<'_>, i: usize) -> Option<NumberMatch> {
    let (text, toks) = (sc.text, sc.toks);
    let w0 = sc.word(i)?;
    let of_plural = |j: usize| -> Option<f64> {
        (toks.get(j)?.is(text, "of")).then_some(())?;
        match sc.word(j + 1)? {
            Word::Plural(s) if s >= 1e3 => Some(s),
            _ => None,
        }
    };
    let (value, end) = match w0 {
        Word::TensOf => (10.0 * of_plural(i + 1)?, i + 3),
        Word::Plural(s) => match of_plural(i + 1) {
            Some(s2) if s < s2 => (s * s2, i + 3),
            _ => (s, i + 1),
        },
        Word::Several => match sc.word(i + 1)? {
            Word::Hundred | Word::Plural(100.0) => (100.0, i + 2),
            // "several dozen North Korean soldiers"
            Word::Dozen => (12.0, i + 2),
            Word::Big(s) | Word::Plural(s) if s != 12.0 => (s, i + 2),
            _ => return None,
        },
        // "a couple of hundred soldiers": about 200, as "a couple hundred" is.
        Word::A if sc.word(i + 1) == Some(Word::Weak(2.0)) && toks.get(i + 2)?.is(text, "of") => {
            let scale = match sc.word(i + 3)? {
                Word::Hundred => 100.0,
                Word::Big(s) => s,
                _ => return None,
            };
            return Some(NumberMatch {
                span: ByteSpan::new(toks[i].span.start, toks[i + 3].span.end),
                sign: None,
                value: 2.0 * scale,
                form: NumberForm::Words,
                vague: false,
                weak: false,
                plus: false,
                unit_suffix: false,
                year_like: false,
                tokens: (i, i + 4),
            });
        }
        Word::A | Word::Weak(3.0) => {
            let j = if w0 == Word::A { i + 1 } else { i };
            if w0 == Word::A && sc.word(j) != Some(Word::Weak(3.0)) {
                return None;
            }
            match sc.word(j + 1)? {
                Word::Hundred => (100.0, j + 2),
                // "a few dozen soldiers"
                Word::Dozen => (12.0, j + 2),
                Word::Big(s) => (s, j + 2),
                _ => return None,
            }
        }
        _ => return None,
    };
    Some(NumberMatch {
        span: ByteSpan::new(toks[i].span.start, toks[end - 1].span.end),
        sign: None,
        value,
        form: NumberForm::Words,
        vague: true,
        weak: false,
        plus: false,
        unit_suffix: false,
        year_like: false,
        tokens: (i, end),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn nums(s: &str) -> Vec<(String, f64)> {
        let toks = tokenize(s, ByteSpan::new(0, s.len()));
        find_numbers(s, &toks).into_iter().map(|m| (s[m.signed_span()].to_string(), m.signed_value())).collect()
    }

    fn one(s: &str) -> f64 {
        let found = nums(s);
        assert_eq!(found.len(), 1, "{s}: {found:?}");
        found[0].1
    }

    #[test]
    fn words() {
        assert_eq!(one("one hundred and sixty-one"), 161.0);
        assert_eq!(one("twenty-one trillion and three hundred"), 21e12 + 300.0);
        assert_eq!(one("seven hundred twenty-one thousand and twelve"), 721_012.0);
        assert_eq!(one("three crore twelve lakh fifty-six thousand seven hundred twenty-one"), 31_256_721.0);
        assert_eq!(one("three thousand millions"), 3e9);
        assert_eq!(one("half a  dozen"), 6.0);
        assert_eq!(one("three hundred and two dozens"), 324.0);
        assert_eq!(one("two hundred point seventy-one"), 200.71);
        assert_eq!(one("minus three million two hundred thousand"), -3_200_000.0);
        assert_eq!(one("a hundred"), 100.0);
        assert_eq!(one("a hundred and twenty"), 120.0);
        assert_eq!(one("a thousand"), 1000.0);
        assert_eq!(one("a dozen"), 12.0);
    }

    #[test]
    fn mixed_forms() {
        assert_eq!(one("15-thousand"), 15000.0);
        assert_eq!(one("27-hundred"), 2700.0);
        assert_eq!(one("three-thousand"), 3000.0);
        assert_eq!(one("1.2 million"), 1_200_000.0);
        assert_eq!(one("4 thousand 3 hundred and 21"), 4321.0);
        assert_eq!(one("2.33 k"), 2330.0);
    }

    #[test]
    fn fractions_of_a_scale() {
        assert_eq!(one("a quarter of a million"), 250_000.0);
        assert_eq!(one("up to quarter of a million dead"), 250_000.0);
        assert_eq!(one("three quarters of a million"), 750_000.0);
        assert_eq!(one("three-quarters of a million"), 750_000.0);
        assert_eq!(one("half a million"), 500_000.0);
        assert!(nums("in the third quarter of a year").is_empty(), "a quarter of a year is no count");
        assert!(nums("a quarter of the troops").is_empty());
    }

    #[test]
    fn dashes_in_text_are_no_minus_signs() {
        assert_eq!(nums("killed so far -- 15,000"), [("15,000".to_string(), 15_000.0)]);
        assert_eq!(nums("the figure - 7,000 - was"), [("7,000".to_string(), 7_000.0)]);
        assert_eq!(one("- 1,200,000"), -1_200_000.0, "alone, a spaced dash is still a sign");
        assert_eq!(one("from -15 to"), -15.0);
    }

    #[test]
    fn where_numbers_split() {
        assert_eq!(nums("3 hundred and 2 hundred"), [("3 hundred".into(), 300.0), ("2 hundred".into(), 200.0)]);
        assert_eq!(nums("three-nought-four").len(), 3);
        assert_eq!(nums("4000 3 hundred and 21")[1], ("3 hundred and 21".to_string(), 321.0));
    }

    #[test]
    fn vague_quantities() {
        let s = "tens of thousands of troops and several hundred officers";
        let toks = tokenize(s, ByteSpan::new(0, s.len()));
        let found = find_numbers(s, &toks);
        assert!(found.iter().all(|m| m.vague));
        assert_eq!(found.iter().map(|m| m.value).collect::<Vec<_>>(), [10_000.0, 100.0]);
        let s = "a few dozen soldiers";
        let found = find_numbers(s, &tokenize(s, ByteSpan::new(0, s.len())));
        assert_eq!(found.iter().map(|m| (m.value, m.vague)).collect::<Vec<_>>(), [(12.0, true)]);
    }

    #[test]
    fn a_couple_of_a_scale() {
        assert_eq!(nums("a couple of hundred soldiers"), [("a couple of hundred".to_string(), 200.0)]);
        assert_eq!(nums("a couple of thousand troops"), [("a couple of thousand".to_string(), 2_000.0)]);
        assert_eq!(nums("a couple of"), [("a couple of".to_string(), 2.0)], "Duckling's convention");
    }
}
