//! One sentence prepared for analysis: its tokens, their lower-case words, and where clauses and
//! country names are. Shared by attribution and figure analysis.

use crate::extract::claimants::Country;
use crate::span::ByteSpan;
use crate::tokens::{TokKind, Token, tokenize_into};

/// Buffers of dropped `Words`, reused by the next ones on the same thread: a document has dozens of
/// sentences analysed one after another, and their three allocations each added up.
type Buffers = (Vec<Token>, String, Vec<(u32, u32)>);

thread_local! {
    static SPARE: std::cell::RefCell<Vec<Buffers>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Tokens of a sentence with lower-case word forms.
pub struct Words<'t> {
    pub text: &'t str,
    pub toks: Vec<Token>,
    /// Lower-case text of all tokens, one after another; `lw[i]` is token i's range in it
    /// ("" for numerals and times, the character for punctuation). One allocation per sentence.
    lower: String,
    lw: Vec<(u32, u32)>,
}

impl Drop for Words<'_> {
    fn drop(&mut self) {
        let mut buffers =
            (std::mem::take(&mut self.toks), std::mem::take(&mut self.lower), std::mem::take(&mut self.lw));
        buffers.0.clear();
        buffers.1.clear();
        buffers.2.clear();
        SPARE.with(|s| {
            let mut s = s.borrow_mut();
            // Words are short-lived and few are alive at once; a small pool is enough.
            if s.len() < 8 {
                s.push(buffers);
            }
        });
    }
}

impl<'t> Words<'t> {
    pub fn new(text: &'t str, span: ByteSpan) -> Self {
        let (mut toks, mut lower, mut lw) = SPARE.with(|s| s.borrow_mut().pop()).unwrap_or_default();
        tokenize_into(text, span, &mut toks);
        lw.reserve(toks.len());
        let sentence = &text[span];
        if sentence.is_ascii() {
            // Lower-casing ASCII keeps every offset: one copy of the sentence serves all its tokens.
            lower.push_str(sentence);
            lower.make_ascii_lowercase();
            let at = |b: usize| (b - span.start) as u32;
            lw.extend(toks.iter().map(|t| match t.kind {
                TokKind::Word | TokKind::Punct(_) => (at(t.span.start), at(t.span.end)),
                _ => (0, 0),
            }));
        } else {
            lower.reserve(span.len());
            for t in &toks {
                let start = lower.len();
                match t.kind {
                    TokKind::Word if text[t.span].is_ascii() => {
                        lower.push_str(&text[t.span]);
                        lower[start..].make_ascii_lowercase();
                    }
                    TokKind::Word => lower.extend(text[t.span].chars().flat_map(char::to_lowercase)),
                    TokKind::Punct(c) => lower.push(c),
                    _ => {}
                }
                lw.push((start as u32, lower.len() as u32));
            }
        }
        Self { text, toks, lower, lw }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// Lower-case word at `i`, or "" out of range.
    pub fn w(&self, i: usize) -> &str {
        self.lw.get(i).map_or("", |&(a, b)| &self.lower[a as usize..b as usize])
    }

    pub fn raw(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |t| &self.text[t.span])
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(Token::is_word)
    }

    /// Text of tokens `[a, b)` as written.
    pub fn slice(&self, a: usize, b: usize) -> &'t str {
        if a >= b || b > self.toks.len() {
            return "";
        }
        &self.text[self.toks[a].span.start..self.toks[b - 1].span.end]
    }

    /// Does the token end a clause (for cues that must stay in the number's clause)?
    pub fn clause_break(&self, i: usize) -> bool {
        match self.toks[i].kind {
            TokKind::Punct(c) => {
                matches!(
                    c,
                    ',' | ';'
                        | ':'
                        | '('
                        | ')'
                        | '\u{2014}'
                        | '\u{2013}'
                        | '.'
                        | '"'
                        | '\u{201c}'
                        | '\u{201d}'
                        | '?'
                        | '!'
                ) || c == '-' && self.toks[i].space_before
            }
            TokKind::Word => {
                let w = self.w(i);
                // Most words start with another letter: one byte test turns them down.
                matches!(w.as_bytes().first(), Some(b'w' | b'b' | b's' | b'a' | b't'))
                    && matches!(
                        w,
                        "with" | "while" | "whereas" | "but" | "so" | "and" | "although" | "though" | "who" | "which"
                    )
            }
            _ => false,
        }
    }

    /// The clause around token `i`: `[start, end)`.
    pub fn clause(&self, i: usize) -> (usize, usize) {
        let mut a = i;
        while a > 0 && !self.clause_break(a - 1) {
            a -= 1;
        }
        let mut b = i + 1;
        while b < self.len() && !self.clause_break(b) {
            b += 1;
        }
        (a, b)
    }

    /// A country named at token `i`, with the number of tokens it spans.
    pub fn country_at(&self, i: usize) -> Option<(Country, usize)> {
        let w = self.w(i);
        let next = self.w(i + 1);
        let korea = |s: &str| s == "korea" || s == "korean" || s == "koreans";
        Some(match w {
            "north" if korea(next) => (Country::NorthKorea, 2),
            "south" if korea(next) => (Country::SouthKorea, 2),
            "n" | "s" if next == "." && korea(self.w(i + 2)) => {
                (if w == "n" { Country::NorthKorea } else { Country::SouthKorea }, 3)
            }
            "north" if i > 0 && self.w(i - 1) == "the" => (Country::NorthKorea, 1),
            "south" if i > 0 && self.w(i - 1) == "the" => (Country::SouthKorea, 1),
            "pyongyang" | "dprk" | "kcna" | "nk" => (Country::NorthKorea, 1),
            // "Kim Jong Un", "Kim Jong-un": the leader stands for his country; a bare "Kim" does not.
            "kim" if next == "jong" => (Country::NorthKorea, if self.w(i + 2) == "-" { 4 } else { 3 }),
            // "Putin's army", "Zelensky's forces": a leader's own are his country's (only so: "Putin
            // thanked Kim for the troops" is no Russian count).
            "putin" if matches!(next, "'" | "\u{2019}") && self.w(i + 2) == "s" => (Country::Russia, 1),
            "zelensky" | "zelenskyy" | "zelenskiy" if matches!(next, "'" | "\u{2019}") && self.w(i + 2) == "s" => {
                (Country::Ukraine, 1)
            }
            "seoul" => (Country::SouthKorea, 1),
            // The Wagner Group's fighters fought for Russia.
            "wagner" if self.raw(i) == "Wagner" => (Country::Russia, 1),
            "russia" | "russian" | "russians" | "moscow" | "kremlin" => (Country::Russia, 1),
            "ukraine" | "ukrainian" | "ukrainians" | "kyiv" | "kiev" => (Country::Ukraine, 1),
            "american" | "americans" | "washington" | "pentagon" => (Country::UnitedStates, 1),
            "u" if next == "." && self.w(i + 2) == "s" => (Country::UnitedStates, 3),
            "united" if next == "states" => (Country::UnitedStates, 2),
            // "US" in capitals is the country; "us" is a pronoun.
            "us" if self.raw(i) == "US" => (Country::UnitedStates, 1),
            // Any other country, capitalised: "France will send 2,000 troops" is no one's side here.
            _ if self.raw(i).starts_with(|c: char| c.is_ascii_uppercase()) && other_country(w) => {
                (Country::Elsewhere, 1)
            }
            _ => return None,
        })
    }

    /// The first country named in tokens `[a, b)`.
    pub fn first_country(&self, a: usize, b: usize) -> Option<Country> {
        (a..b.min(self.len())).find_map(|i| self.country_at(i).map(|c| c.0))
    }
}

/// One-word names of countries other than the four whose troops claimline tells apart.
fn other_country(w: &str) -> bool {
    static NAMES: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> = std::sync::LazyLock::new(|| {
        crate::extract::claimants::COUNTRY_WORDS
            .iter()
            .filter(|(name, c)| *c == Country::Elsewhere && !name.contains(' '))
            .map(|(name, _)| *name)
            .collect()
    });
    NAMES.contains(w)
}
