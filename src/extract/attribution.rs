//! Finding who says what in a sentence: "X said (on Friday)", "according to X", "reported by X",
//! "..., X says" in a headline, "said X", and pronouns ("he added") that point back to the last speaker.

use std::sync::LazyLock;

use chrono::{Datelike, Duration, NaiveDate};
use rustc_hash::FxHashSet;

use crate::claim::DateBasis;
use crate::dates;
use crate::extract::lexicon::{
    SPEECH_GERUNDS, SPEECH_VERBS, aux_or_adverb, be_verb, casualty_noun, clause_opener, personnel, pronoun,
    speech_gerund, speech_verb,
};
use crate::extract::sentence::Words;
use crate::tokens::TokKind;

/// How an attribution relates to the figures of its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// "X said ...", "... , X said": the whole statement.
    Statement,
    /// "according to X": the clause it stands in and the rest of the sentence.
    According,
    /// "11,000 soldiers reported by X": only the noun phrase right before it.
    Agent,
    /// "South Korea's estimate of 1,100": the figures after it, like a statement; but it is no
    /// statement, so a later "he said" does not point back to it.
    Owner,
    /// "..., the Guardian reported, citing a US military official": whose words the speaker passes
    /// on. Claims no figure itself; a later "the official said" points back to it.
    Cited,
}

impl Reach {
    /// Does the attribution speak for figures of its sentence?
    pub fn speaks(self) -> bool {
        self != Reach::Cited
    }
}

/// An attribution in a sentence.
#[derive(Clone, Debug)]
pub struct Attribution {
    /// Token index of the verb ("said") or "according"/"by".
    pub verb: usize,
    /// The speaker as written, and its token range.
    pub speaker: String,
    pub speaker_tokens: (usize, usize),
    pub reach: Reach,
    pub is_pronoun: bool,
    /// Read from punctuation alone (a headline's "Zelensky: ..." or "...: JCS"): stands only if the
    /// alias table knows the speaker, since "Kursk: 300 killed" has the same shape.
    pub needs_table: bool,
    /// When it was said, if the words around the verb say.
    pub date: Option<DateCue>,
}

impl Attribution {
    /// The speaker of the sentence before, still being quoted: resolved like "he said".
    pub fn continued_quote() -> Self {
        Self {
            verb: 0,
            speaker: String::new(),
            speaker_tokens: (0, 0),
            reach: Reach::Statement,
            is_pronoun: true,
            needs_table: false,
            date: None,
        }
    }

    /// A source named with no verb of its own, set apart by punctuation ("...: JCS", "(NIS, Nov.
    /// 2024)", a table's cell, "Zelensky: ..."); `verb` is the token standing for the verb.
    fn set_apart(
        words: &Words<'_>,
        speaker_tokens: TokenRange,
        verb: usize,
        needs_table: bool,
        date: Option<DateCue>,
    ) -> Self {
        Self {
            verb,
            speaker: words.slice(speaker_tokens.0, speaker_tokens.1).to_string(),
            speaker_tokens,
            reach: Reach::Statement,
            is_pronoun: false,
            needs_table,
            date,
        }
    }
}

/// A time expression near an attribution.
#[derive(Clone, Debug, PartialEq)]
pub struct DateCue {
    pub date: Option<NaiveDate>,
    pub basis: DateBasis,
    pub text: String,
}

fn is_boundary_punct(words: &Words<'_>, i: usize) -> bool {
    match words.toks[i].kind {
        // "Park Sun-won" and "S. Korea", "U.S. officials" keep their hyphens and dots.
        // A dash with a space on either side (or a list's bullet) separates.
        TokKind::Punct('-') => {
            words.toks[i].space_before || i == 0 || words.toks.get(i + 1).is_some_and(|t| t.space_before)
        }
        // "Rep. Han Ji-soo" too.
        TokKind::Punct('.') => {
            !(i > 0
                && words.is_word(i - 1)
                && (words.raw(i - 1).chars().count() == 1 || crate::segment::is_title_abbreviation(words.raw(i - 1))))
        }
        TokKind::Punct(c) => matches!(
            c,
            ',' | ';'
                | ':'
                | '"'
                | '\u{201c}'
                | '\u{201d}'
                | '('
                | ')'
                | '\u{2014}'
                | '\u{2013}'
                | '?'
                | '!'
                | '['
                | ']'
                | '*'
        ),
        TokKind::Numeral(_) | TokKind::Time => true,
        TokKind::Word => false,
    }
}

/// "reports", "claims", "estimates" are nouns as often as verbs: a verb only after a name or before "that".
fn noun_like_verb(words: &Words<'_>, v: usize) -> bool {
    // "a Washington-based think tank"
    if think_tank(words, v) {
        return true;
    }
    // "the United States", "the Federated States of Micronesia"
    if words.w(v) == "states"
        && v > 0
        && matches!(words.w(v - 1), "united" | "federated" | "gulf" | "member" | "baltic")
    {
        return true;
    }
    // "..., Ukraine's military claims." ends the sentence: a verb after all.
    // (Not "..., according to the latest estimates.")
    let closes_sentence = matches!(words.w(v + 1), "." | "!" | "" | "\"" | "\u{201d}")
        && (v.saturating_sub(6)..v).any(|i| words.w(i) == ",")
        && !(v.saturating_sub(6)..v).any(|i| words.w(i) == "according");
    // "..., a number higher than previous US estimates.": compared with, not said by.
    if matches!(words.w(v), "reports" | "claims" | "estimates")
        && (v.saturating_sub(4)..v).any(|i| matches!(words.w(i), "than" | "unlike" | "contrary" | "despite"))
    {
        return true;
    }
    // "Intelligence reports suggest ...": a verb right after makes it the subject.
    let subject = matches!(
        words.w(v + 1),
        "suggest" | "suggests" | "suggested" | "indicate" | "indicates" | "indicated" | "show" | "shows" | "showed"
    );
    if subject && matches!(words.w(v), "reports" | "claims" | "estimates") {
        return true;
    }
    // "The Kremlin denied reports that ...", "confirmed claims that": the object of a verb or a
    // preposition before it.
    if matches!(words.w(v), "reports" | "claims" | "estimates")
        && v > 0
        && (words.w(v - 1).ends_with("ed")
            || matches!(words.w(v - 1), "denies" | "dismisses" | "rejects")
            // "silent about reports that ...", "amid reports that ...": the object of a preposition;
            // "follows news reports that ...": a compound noun.
            || matches!(
                words.w(v - 1),
                "about"
                    | "of"
                    | "on"
                    | "amid"
                    | "over"
                    | "after"
                    | "following"
                    | "despite"
                    | "to"
                    | "with"
                    | "regarding"
                    | "news"
                    | "press"
            ))
    {
        return true;
    }
    // "follows a news report that ...": a singular after an article, a possessive or "news" is a
    // noun, whatever follows it.
    if matches!(words.w(v), "report" | "claim" | "estimate")
        && v > 0
        && matches!(
            words.w(v - 1),
            "a" | "an"
                | "the"
                | "this"
                | "that"
                | "another"
                | "news"
                | "press"
                | "its"
                | "his"
                | "her"
                | "their"
                | "latest"
                | "new"
        )
    {
        return true;
    }
    // "British intelligence estimates Russia has suffered ...": a clause with a named subject follows.
    let clause_follows = words.raw(v + 1).chars().next().is_some_and(char::is_uppercase)
        && (v + 2..(v + 5).min(words.len())).any(|i| {
            matches!(
                words.w(i),
                "has" | "have" | "had" | "is" | "are" | "was" | "were" | "will" | "would" | "could" | "may"
            )
        });
    // "puts the figure higher and claims more than 7,000 ...": a second verb, a figure for object.
    let joined_verb = v > 0
        && words.w(v - 1) == "and"
        && (v + 1..(v + 4).min(words.len())).any(|i| words.toks[i].numeral().is_some());
    matches!(words.w(v), "reports" | "report" | "claims" | "claim" | "estimates" | "estimate")
        && words.w(v + 1) != "that"
        && !clause_follows
        && !joined_verb
        && !closes_sentence
        // "..., claims Ukraine's Defense Intelligence": a name after the comma closes the sentence.
        && inverted(words, v).is_none()
        // "Seoul estimates ...", but not "The estimates ..." (a sentence's first word is capitalised anyway).
        && !(v >= 1
            && words.raw(v - 1).chars().next().is_some_and(char::is_uppercase)
            && !(v == 1 && matches!(words.w(0), "the" | "a" | "an" | "this" | "that" | "these" | "those" | "such" | "its" | "their" | "new" | "latest" | "earlier" | "previous" | "official" | "initial")))
}

/// "Moscow has not confirmed", "has yet to confirm", "cannot independently verify": one who does
/// not say it claims nothing.
fn negated(words: &Words<'_>, v: usize) -> bool {
    for i in (v.saturating_sub(4)..v).rev() {
        match words.w(i) {
            "not" | "never" | "t" | "cannot" | "yet" | "declined" | "refused" | "failed" | "neither" | "nor" => {
                return true;
            }
            // "has yet to", "did not", "could not independently": auxiliaries and adverbs between.
            w if aux_or_adverb(w) || be_verb(w) => {}
            "did" | "does" | "do" | "to" | "'" | "\u{2019}" | "still" | "officially" | "independently" => {}
            // "a figure no official has confirmed", "nobody has confirmed": no one says it.
            "nobody" | "none" => return true,
            _ => return i >= 1 && words.w(i - 1) == "no" || i >= 2 && words.w(i - 2) == "no" && words.is_word(i - 1),
        }
    }
    false
}

/// The words of a clause ending just before `end`, back to a boundary: `[a, end)`, maybe empty.
fn segment_before(words: &Words<'_>, end: usize) -> (usize, usize) {
    let mut a = end;
    while a > 0 && end - a < 12 {
        let i = a - 1;
        // "MI6", "G7": digits glued to a name are part of it.
        let glued =
            || i > 0 && !words.toks[i].space_before && words.is_word(i - 1) && words.toks[i].numeral().is_some();
        // "the service known as MI6": a name given, not a clause.
        let named_as = || words.w(i) == "as" && i > 0 && matches!(words.w(i - 1), "known" | "referred" | "such");
        // "It's the first time his government has acknowledged": "'s" after a pronoun is "is".
        let contracted_is = || {
            words.w(i) == "s"
                && i >= 2
                && matches!(words.w(i - 1), "'" | "\u{2019}")
                && matches!(words.w(i - 2), "it" | "that" | "there" | "here" | "what" | "who" | "he" | "she")
        };
        if is_boundary_punct(words, i) && !glued()
            || clause_opener(words.w(i)) && !named_as()
            || contracted_is()
            || verb_here(words, i)
            || be_verb(words.w(i))
        {
            break;
        }
        a -= 1;
    }
    (a, end)
}

/// "think" in "a think tank" is no verb.
fn think_tank(words: &Words<'_>, i: usize) -> bool {
    words.w(i) == "think" && matches!(words.w(i + 1), "tank" | "tanks")
}

/// A speech verb's form used as a verb at `i`: not "the report", "a claim", "the United States".
fn verb_here(words: &Words<'_>, i: usize) -> bool {
    let w = words.w(i);
    let before = if i > 0 { words.w(i - 1) } else { "" };
    let determiner = matches!(before, "the" | "a" | "an" | "this" | "that" | "its" | "their" | "his" | "her" | "whose");
    let united_states = w == "states" && before == "united";
    // "intelligence reports claiming that ...": a noun, with its own participle after it.
    let noun_with_participle = matches!(w, "reports" | "claims" | "estimates" | "statements")
        && words.w(i + 1).ends_with("ing")
        && speech_gerund(words.w(i + 1));
    // "South Korean intelligence reports indicate that ...": a noun, with its own verb after it; and
    // "Estimates from various sources suggest": a noun, with whose they are after it.
    let noun_with_source = matches!(w, "reports" | "claims" | "estimates" | "statements")
        && matches!(words.w(i + 1), "from" | "by" | "of");
    let noun_with_verb = noun_with_source
        || matches!(w, "reports" | "claims" | "estimates")
            && matches!(
                words.w(i + 1),
                "suggest"
                    | "suggested"
                    | "indicate"
                    | "indicated"
                    | "show"
                    | "showed"
                    | "say"
                    | "said"
                    | "put"
                    | "estimate"
            );
    speech_verb(w) && !think_tank(words, i) && !determiner && !united_states && !noun_with_participle && !noun_with_verb
}

/// The speaker before a speech verb at `end`: "Seoul's spy agency said", "U.S. officials, speaking on
/// condition of anonymity, say" (the parenthetical is skipped), "Lee Seong-kweun, a lawmaker on the
/// committee, said" (the appositive joins the name).
fn subject_before(words: &Words<'_>, end: usize) -> Option<(usize, usize)> {
    let mut b = end;
    loop {
        // "has also said", "on Thursday said", and "has been reporting" (progressive: "been" before an
        // "-ing" verb is no passive).
        while b > 0
            // (The month in "the JCS in May reported" is no modal.)
            && (aux_or_adverb(words.w(b - 1)) && !(b >= 2 && words.raw(b - 1) == "May" && words.w(b - 2) == "in")
                || dates::weekday(words.w(b - 1)).is_some()
                || matches!(words.w(b - 1), "been" | "is" | "are" | "was" | "were") && words.w(end).ends_with("ing"))
            && words.is_word(b - 1)
        {
            b -= 1;
        }
        // "Washington last week confirmed", "Seoul on Monday said", "The Pentagon earlier this month
        // said": when it was said stands between speaker and verb.
        if b >= 2
            && matches!(words.w(b - 1), "week" | "weekend" | "month" | "year")
            && matches!(words.w(b - 2), "last" | "this" | "past" | "previous")
        {
            b -= if b >= 3 && words.w(b - 3) == "earlier" { 3 } else { 2 };
            continue;
        }
        if b >= 2 && words.w(b - 2) == "on" && dates::weekday(words.w(b - 1)).is_some() {
            b -= 2;
            continue;
        }
        if b >= 1 && matches!(words.w(b - 1), "yesterday" | "today") {
            b -= 1;
            continue;
        }
        // "British Defense Intelligence on June 15 estimated", "... on 15 June ...", "the JCS in
        // March reported": a date between speaker and verb.
        let month_at = |i: usize| month_named(words, i).is_some();
        let day_at = |i: usize| words.toks[i].numeral().is_some_and(|n| n.lead_digits <= 2 && !n.grouped);
        if b >= 3 && words.w(b - 3) == "on" && (month_at(b - 2) && day_at(b - 1) || day_at(b - 2) && month_at(b - 1)) {
            b -= 3;
            continue;
        }
        if b >= 4 && words.w(b - 4) == "on" && month_at(b - 3) && words.w(b - 2) == "." && day_at(b - 1) {
            b -= 4;
            continue;
        }
        if b >= 3 && words.w(b - 2) == "in" && month_at(b - 1) {
            b -= 2;
            continue;
        }
        // "as we continue to assess", "officials began to report": the verb before "to" is no name.
        if b >= 3
            && words.w(b - 1) == "to"
            && matches!(
                words.w(b - 2),
                "continue"
                    | "continues"
                    | "continued"
                    | "began"
                    | "begin"
                    | "begins"
                    | "started"
                    | "start"
                    | "try"
                    | "tried"
                    | "want"
                    | "wants"
                    | "wanted"
            )
        {
            b -= 2;
            continue;
        }
        // "South Korea's National Intelligence Service (NIS) told": an abbreviation in brackets.
        if b >= 3 && words.w(b - 1) == ")" && words.w(b - 3) == "(" {
            b -= 3;
            continue;
        }
        // "Ukrainian officials, however, said": a connective between commas.
        if b >= 3
            && words.w(b - 1) == ","
            && words.w(b - 3) == ","
            && matches!(
                words.w(b - 2),
                "however"
                    | "meanwhile"
                    | "though"
                    | "too"
                    | "also"
                    | "nevertheless"
                    | "instead"
                    | "similarly"
                    | "likewise"
            )
        {
            b -= 3;
            continue;
        }
        // "The NIS had earlier, in April, reported": an aside of when, between commas.
        if b >= 3
            && words.w(b - 1) == ","
            && let Some(k) = (b.saturating_sub(8)..b - 2).rev().find(|&k| words.w(k) == ",")
            && (k + 1..b - 1).all(|i| words.is_word(i) || words.toks[i].numeral().is_some())
            && (matches!(words.w(k + 1), "in" | "on" | "at" | "during" | "earlier" | "later" | "last" | "this")
                || dates::weekday(words.w(k + 1)).is_some()
                || dates::month(words.w(k + 1)).is_some())
        {
            b = k;
            continue;
        }
        break;
    }
    let (mut a, mut b) = segment_before(words, b);
    // "a Telegram channel that provides war-related intelligence claimed": the words after "that"
    // describe the speaker named before it.
    // (A verb and its object: not "told the committee that his agency estimated", "that officials
    // said", "that armed groups claimed".)
    let determiner = |w: &str| matches!(w, "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "these");
    let relative_verb = |i: usize| {
        let w = words.w(i);
        words.raw(i).starts_with(|c: char| c.is_ascii_lowercase())
            && !determiner(w)
            && !matches!(w, "us" | "was" | "is" | "has" | "those" | "officials" | "sources" | "analysts" | "reports")
            && (w.ends_with('s') && !speech_verb(words.w(i + 1)) || w.ends_with("ed") && determiner(words.w(i + 1)))
    };
    if a < b && b - a >= 2 && a >= 2 && matches!(words.w(a - 1), "that" | "which" | "who") && relative_verb(a) {
        let (pa, pb) = segment_before(words, a - 1);
        if pa < pb {
            (a, b) = (pa, pb);
        }
    }
    // "A statement by Ukraine's intelligence (HUR) on Telegram claimed": the place it was said is no
    // speaker; the subject is before it.
    if a < b && b - a <= 3 && matches!(words.w(a), "on" | "in" | "via") && a > 0 {
        let mut e = a;
        if e >= 3 && words.w(e - 1) == ")" && words.w(e - 3) == "(" {
            e -= 3;
        }
        let (pa, pb) = segment_before(words, e);
        if pa < pb {
            (a, b) = (pa, pb);
        }
    }
    // "A report posted on X by the UK Ministry of Defense stated": the author after "by".
    if a < b
        && a > 0
        && release_participle(words.w(a - 1))
        && let Some(k) = (a..b).find(|&k| words.w(k) == "by").filter(|&k| k + 1 < b)
    {
        a = k + 1;
    }
    // "said in an interview posted on Telegram that ...": a place of words is no one who speaks.
    if a < b && matches!(words.w(a), "in" | "on" | "at" | "via" | "during" | "through") {
        return None;
    }
    // "Kyiv and Seoul estimate": names joined by "and" speak together.
    // (Also "lawmakers Lee Seong-kweun and Kim Byung-kee": hyphenated names, a role before them.)
    let capital = |i: usize| words.raw(i).chars().next().is_some_and(char::is_uppercase);
    let name_part = |i: usize| capital(i) || words.w(i) == "-" || i > 0 && words.w(i - 1) == "-" && words.is_word(i);
    let short = b - a <= 3 || b - a <= 5 && (a..b).all(name_part);
    if a < b && a >= 2 && words.w(a - 1) == "and" && capital(a) && name_part(a - 2) && short {
        let (pa, pb) = segment_before(words, a - 1);
        let pa = if pa + 1 < pb && role_word(words.w(pa).trim_end_matches('s')) { pa + 1 } else { pa };
        if pa < pb && pb - pa <= 5 && (pa..pb).all(name_part) {
            a = pa;
        }
    }
    // "a delegation of South Korean intelligence and defense chiefs briefed": both are "of" the
    // delegation, which speaks.
    if a < b && a >= 2 && words.w(a - 1) == "and" && b - a <= 3 {
        let (pa, pb) = segment_before(words, a - 1);
        // ... and "Intelligence agencies from South Korea and several Western powers had reported".
        if pa < pb && (pa..pb).any(|i| matches!(words.w(i), "of" | "from")) {
            a = pa;
        }
    }
    // "Lee told reporters the NIS said that ...": the one told is no part of the speaker who follows.
    if a < b
        && a > 0
        && matches!(words.w(a - 1), "told" | "tells" | "tell" | "informed" | "briefed" | "assured")
        && let Some(d) = (a + 1..b).find(|&i| {
            matches!(words.w(i), "the" | "a" | "an" | "his" | "her" | "its" | "their")
                || words.raw(i).starts_with(char::is_uppercase)
                    && words.raw(i - 1).starts_with(|c: char| c.is_ascii_lowercase())
        })
    {
        a = d;
    }
    // "media reports citing Ukrainian officials and Western sources have said": the reports speak;
    // the ones they cite follow "citing" (and `cited_source` may pass the claim on to them).
    if a < b
        && let Some(k) = (a.saturating_sub(10)..a)
            .rev()
            .take_while(|&k| words.is_word(k))
            .find(|&k| matches!(words.w(k), "citing" | "quoting"))
        && k > 0
        && words.is_word(k - 1)
    {
        // (The noun phrase before "citing", which may end on a verb's form: "media reports".)
        let pa = (k.saturating_sub(5)..k)
            .rev()
            .take_while(|&i| words.is_word(i) && !clause_opener(words.w(i)) && !be_verb(words.w(i)))
            .last()
            .unwrap_or(k);
        if pa < k {
            (a, b) = (pa, k);
        }
    }
    let mut relative = None;
    if a == b && b > 0 && words.w(b - 1) == "," {
        // "X, who ..., told": the clause before the comma is a parenthetical or an appositive
        // (which may end with an abbreviation in brackets: "briefed by the NIS (NIS), told").
        let mut e = b - 1;
        if e >= 3 && words.w(e - 1) == ")" && words.w(e - 3) == "(" {
            e -= 3;
        }
        (a, b) = segment_before(words, e);
        if a == b {
            return None;
        }
        // "The officials, who were speaking anonymously, said": the segment stopped at "were"; the
        // relative clause starts at "who".
        if a > 0
            && words.w(a - 1) != ","
            && let Some(k) = (a.saturating_sub(6)..a)
                .rev()
                .find(|&k| matches!(words.w(k), "who" | "which") && k > 0 && words.w(k - 1) == ",")
        {
            a = k;
        } else if a > 0
            && words.w(a - 1) != ","
            && let Some(k) = (a.saturating_sub(6)..a).rev().find(|&k| matches!(words.w(k), "who" | "which"))
            && let Some(c) = (k.saturating_sub(10)..k).rev().find(|&c| words.w(c) == ",")
            && matches!(words.w(c + 1), "a" | "an" | "the")
        {
            // "Lee, a member of parliament who was briefed by the NIS, told": the relative clause
            // is inside an apposition, which starts after the comma (and is no part of the name).
            a = c + 1;
            relative = Some(k);
        } else if a > 0
            && words.w(a - 1) != ","
            && let Some(k) = (a.saturating_sub(12)..a).rev().find(|&k| {
                k > 0
                    && words.w(k - 1) == ","
                    && words.w(k).ends_with("ing")
                    && words.raw(k).starts_with(char::is_lowercase)
            })
        {
            // "Lee, speaking to reporters after parliament was briefed by the NIS, said": the segment
            // stopped inside the participle's aside; the aside starts at the participle.
            a = k;
        }
        // "The NIS, as quoted by the Polish Press Agency, estimates": the one quoted, before the relay.
        if words.w(a) == "by" && a >= 3 && words.w(a - 2) == "as" && words.w(a - 3) == "," {
            let mut e = a - 3;
            if e >= 3 && words.w(e - 1) == ")" && words.w(e - 3) == "(" {
                e -= 3;
            }
            (a, b) = segment_before(words, e);
            if a == b {
                return None;
            }
        }
    }
    // "Ukraine's defence ministry puts the figure higher and says ...": a second verb joined to the
    // first by "and" shares its subject. (The nearest earlier verb in the clause that could itself
    // report, so "troops arrived and said" stays unread.)
    if a == b && b >= 2 && words.w(b - 1) == "and" {
        let first = (b.saturating_sub(16)..b - 1).rev().take_while(|&i| !is_boundary_punct(words, i)).find(|&i| {
            let w = words.w(i);
            (PUT_VERBS.contains(&w) || GIVE_VERBS.contains(&w) || SPEECH_VERBS.contains(&w) && verb_here(words, i))
                && !negated(words, i)
        });
        return first.and_then(|v| subject_before(words, v));
    }
    if a >= b {
        return None;
    }
    // "the first time his government has acknowledged": the subject follows the time.
    if let Some(t) = (a..b.min(a + 4))
        .find(|&t| words.w(t) == "time" && t > a && matches!(words.w(t - 1), "first" | "last" | "second" | "only"))
        && t + 1 < b
    {
        a = t + 1;
    }
    // "Lee, citing intelligence data, has said": the segment stopped at "citing"; the phrase is an aside.
    if a > 0 && matches!(words.w(a - 1), "citing" | "quoting") {
        a -= 1;
    }
    let first = words.w(a);
    let parenthetical = first.ends_with("ing") || matches!(first, "who" | "which" | "whose");
    // "Andrii Kovalenko, head of the Center for Countering Disinformation, said": a role opens it too.
    let descriptive = matches!(
        first,
        "a" | "an"
            | "the"
            | "another"
            | "head"
            | "chief"
            | "director"
            | "deputy"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "commander"
            | "minister"
            | "adviser"
            | "advisor"
            | "secretary"
            | "leader"
            | "member"
    ) || words.country_at(a).is_some();
    if a > 0 && words.w(a - 1) == "," && (parenthetical || descriptive) {
        let (pa, pb) = segment_before(words, a - 1);
        // "Lee Seong-kweun": the part after a hyphen may be lower case.
        let hyphened = |i: usize| i > pa && words.w(i - 1) == "-" && !words.toks[i].space_before;
        // Not "On Sunday, the NIS said": a time is no name.
        let when = |i: usize| {
            dates::weekday(words.w(i)).is_some()
                || dates::month(words.w(i)).is_some()
                || matches!(
                    words.w(i),
                    "on" | "in"
                        | "at"
                        | "by"
                        | "after"
                        | "before"
                        | "since"
                        | "during"
                        | "yesterday"
                        | "today"
                        | "earlier"
                        | "later"
                        | "meanwhile"
                        // "Previously, The Economist reported": a sentence adverb, no name.
                        | "previously"
                        | "however"
                        | "additionally"
                        | "separately"
                        | "moreover"
                        | "furthermore"
                        | "also"
                        | "now"
                        | "initially"
                        | "recently"
                        | "notably"
                        | "similarly"
                        | "overall"
                        | "instead"
                )
        };
        // "The Institute for the Study of War": small words inside a name of capitalised words.
        let inside = |i: usize| i > pa && i + 1 < pb && matches!(words.w(i), "for" | "of" | "the" | "and" | "on");
        let name_like = pa < pb
            && (pa..pb).all(|i| {
                words.raw(i).chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                    || hyphened(i)
                    || inside(i)
            })
            // ("Min-jun" is no June.)
            && !(pa..pb).any(|i| when(i) && !hyphened(i))
            // A title-case headline is no name: "Sends 1,500 More Troops To Russia, Seoul Says".
            && !(pa..pb).any(|i| {
                matches!(words.w(i), "to" | "from" | "with" | "into") || crate::extract::lexicon::personnel(words.w(i)).is_some()
            });
        // Words of the name, not its dots and hyphens ("Rep. Lee Seong-kweun" is four).
        let name_words = (pa..pb).filter(|&i| words.is_word(i) && !inside(i)).count();
        if parenthetical && pa < pb {
            // "He cited a report by Dr. Kim, who said": the one the relative clause is about.
            let by = (pa..pb).rev().find(|&i| matches!(words.w(i), "by" | "from") && i + 1 < pb);
            return Some(by.map_or((pa, pb), |i| (i + 1, pb)));
        }
        if name_like && name_words <= 4 {
            return Some((pa, relative.unwrap_or(b)));
        }
    }
    if parenthetical {
        return None;
    }
    // "Yesterday Kyiv said": the time is no part of the speaker.
    while b - a > 1 && matches!(words.w(a), "yesterday" | "today") {
        a += 1;
    }
    // "a day later an unnamed US official said", "two weeks earlier the ministry said".
    if let Some(k) = (a + 1..(a + 4).min(b.saturating_sub(1))).find(|&k| matches!(words.w(k), "later" | "earlier"))
        && (a..k).all(|i| {
            let w = words.w(i);
            matches!(w, "a" | "an" | "one" | "two" | "three" | "several" | "few" | "some")
                || w.starts_with(|c: char| c.is_ascii_digit())
                || matches!(w, "day" | "days" | "week" | "weeks" | "month" | "months" | "hours" | "hour" | "moments")
        })
    {
        a = k + 1;
    }
    // "..., with estimated Russian losses to be 500,000": a preposition is no one.
    if b - a == 1 && matches!(first, "with" | "of" | "in" | "on" | "at" | "by" | "for" | "from" | "to" | "as" | "than")
    {
        return None;
    }
    (a..b).any(|i| words.is_word(i)).then_some((a, b))
}

/// The noun phrase starting at `start`: "according to X", "by X", "said X".
fn phrase_after(words: &Words<'_>, start: usize) -> Option<(usize, usize)> {
    let mut b = start;
    while b < words.len() && b - start < 10 {
        // "MI6", "G7": digits glued to a name are part of it.
        let glued =
            b > start && !words.toks[b].space_before && words.is_word(b - 1) && words.toks[b].numeral().is_some();
        if is_boundary_punct(words, b) && !glued {
            // "according to U.S., South Korean and Ukrainian intelligence officials": one source.
            if let Some(end) = (b > start).then(|| country_list_end(words, start, b)).flatten() {
                b = end;
                continue;
            }
            break;
        }
        // "South Korean and Western intelligence agencies": adjectives joined by "and" in one name.
        let joined_names = b > start
            && words.w(b) == "and"
            && [b - 1, b + 1].iter().all(|&i| words.raw(i).chars().next().is_some_and(char::is_uppercase));
        // "the United States": a capitalised word in a name is no verb.
        let verb = speech_verb(words.w(b)) && !words.raw(b).starts_with(char::is_uppercase);
        if b > start && !joined_names && (clause_opener(words.w(b)) || verb || be_verb(words.w(b))) {
            break;
        }
        // "according to X on Friday": the date is not part of the name.
        if b > start && (words.w(b) == "on" || dates::weekday(words.w(b)).is_some()) {
            break;
        }
        // "stated by President Zelenskyy in an interview with Polish media": where, not who.
        if b > start
            && matches!(words.w(b), "in" | "during")
            && matches!(words.w(b + 1), "a" | "an" | "his" | "her" | "their" | "its")
        {
            break;
        }
        b += 1;
    }
    (b > start).then_some((start, b))
}

/// "U.S., South Korean and Ukrainian intelligence officials": at the comma after `at`, a list of
/// countries that runs on to "and" and a last country, then the officials they all qualify. Returns
/// where the last country ends. (Not "according to Reuters, North Korea and Russia ...": every item
/// must be a country, and a noun for a source must follow.)
fn country_list_end(words: &Words<'_>, start: usize, at: usize) -> Option<usize> {
    let comma = at;
    if words.w(comma) != "," {
        return None;
    }
    // "U.S.,": the abbreviation's last full stop comes before the comma.
    let end = if words.w(at - 1) == "." { at - 1 } else { at };
    (start..end).rev().find(|&i| words.country_at(i).is_some_and(|(_, n)| i + n == end || i + n == at))?;
    let mut i = comma;
    let mut joined = false;
    while words.w(i) == "," || words.w(i) == "and" {
        joined |= words.w(i) == "and";
        // "... and the United States"
        let the = usize::from(words.w(i + 1) == "the");
        let (_, n) = words.country_at(i + 1 + the)?;
        i += 1 + the + n;
        // "U.S. and", "and U.S. officials": the abbreviation's last full stop.
        if words.w(i) == "." && (matches!(words.w(i + 1), "," | "and") || words.w(i - 1).len() == 1) {
            i += 1;
        }
        if joined {
            break;
        }
        // "U.S., South Korean, and Ukrainian": the serial comma.
        if words.w(i) == "," && words.w(i + 1) == "and" {
            i += 1;
        }
    }
    let source = |w: &str| {
        role_word(w.trim_end_matches('s'))
            || matches!(
                w,
                "intelligence"
                    | "officials"
                    | "sources"
                    | "authorities"
                    | "governments"
                    | "estimates"
                    | "military"
                    | "militaries"
                    | "agencies"
                    | "data"
            )
    };
    // "according to South Korea, Ukraine and the United States, North Korea has ...": the countries
    // themselves, when a comma closes the list.
    let countries_speak =
        start >= 2 && words.w(start - 1) == "to" && words.w(start - 2) == "according" && words.w(i) == ",";
    (joined && (source(words.w(i)) || countries_speak)).then_some(i)
}

/// Nouns for something published or said, whose source a relative clause can report with.
const REPORT_NOUNS: [&str; 17] = [
    "report",
    "reports",
    "briefing",
    "briefings",
    "testimony",
    "statement",
    "statements",
    "article",
    "story",
    "study",
    "analysis",
    "assessment",
    "estimate",
    "document",
    "post",
    "message",
    "bulletin",
];

/// The source of a report named before the relative pronoun at `rel` ("that", "which"): "a report in
/// The Wall Street Journal that said", "a statement from the General Staff which said", "a Yonhap
/// report that said". None when no report noun stands there or it names no source.
fn relative_source(words: &Words<'_>, rel: usize) -> Option<(usize, usize)> {
    // Lower case: "Post" in "The Washington Post" is a name.
    let k = (rel.saturating_sub(8)..rel)
        .rev()
        .find(|&k| REPORT_NOUNS.contains(&words.w(k)) && words.raw(k).starts_with(|c: char| c.is_lowercase()))?;
    if matches!(words.w(k + 1), "by" | "from" | "in" | "of") {
        return phrase_after(words, k + 2).map(|(a, b)| (a, b.min(rel))).filter(|&(a, b)| a < b);
    }
    if k + 1 != rel {
        return None;
    }
    // "a Pentagon report", "Yonhap's report": the capitalised words or the owner before the noun.
    let mut a = k;
    while a > 0
        && (words.raw(a - 1).chars().next().is_some_and(char::is_uppercase)
            || matches!(words.w(a - 1), "'" | "\u{2019}" | "s"))
    {
        a -= 1;
    }
    while a < k && !words.is_word(a) {
        a += 1;
    }
    (a < k).then_some((a, k))
}

/// The source in "lawmakers cited the NIS as saying", "quoting the NIS as saying", and "the NIS was
/// quoted as saying": the one whose words they are, not the one who passes them on.
fn cited_as_saying(words: &Words<'_>, v: usize, passive: bool) -> Option<(usize, usize)> {
    let w = words.w(v);
    if !matches!(w, "cited" | "citing" | "quoting" | "quoted") {
        return None;
    }
    let saying = |i: usize| words.w(i) == "as" && matches!(words.w(i + 1), "saying" | "estimating" | "reporting");
    if passive {
        // "The NIS was quoted as saying": the subject before the auxiliary.
        return if saying(v + 1) { subject_before(words, v - 1) } else { None };
    }
    let p = phrase_after(words, v + 1)?;
    // The phrase runs up to "as": "the NIS as saying".
    let end = (p.0..p.1.min(words.len())).find(|&i| saying(i)).or_else(|| saying(p.1).then_some(p.1))?;
    (end > p.0).then_some((p.0, end))
}

/// ", says Zelensky", ", said Lim Eul-chul": after a comma, a capitalised name follows the verb.
fn inverted(words: &Words<'_>, v: usize) -> Option<(usize, usize)> {
    if v == 0 || words.w(v - 1) != "," {
        return None;
    }
    let p = phrase_after(words, v + 1)?;
    // A name: capitalised words, with "of", "the", hyphens and possessives between ("the Ministry of Defence").
    // ... and ends on a word for a source: "..., says British intelligence".
    let source_end = p.1 - p.0 >= 2
        && (role_word(words.w(p.1 - 1).trim_end_matches('s'))
            || matches!(words.w(p.1 - 1), "intelligence" | "officials" | "sources" | "military" | "government"));
    let capitalised = (p.0..p.1).all(|i| {
        let raw = words.raw(i);
        raw.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
            || matches!(words.w(i), "of" | "the" | "for" | "and" | "s")
            || source_end && i + 1 == p.1
    }) && words.raw(p.0).chars().next().is_some_and(|c| c.is_uppercase() || words.w(p.0) == "the");
    // A name closes the sentence or its clause: "..., says Zelensky." / "..., said Lim, a professor".
    // (A headline in quotation marks closes with them: "\"..., says British intelligence\"".)
    let closes = p.1 >= words.len() || matches!(words.w(p.1), "," | "." | ";" | "!" | "?" | "\"" | "\u{201d}");
    (capitalised && closes && p.1 - p.0 <= 6).then_some(p)
}

/// A headline's "Zelensky: 'North Korea could send 100,000 troops'": a name, a colon, a quotation.
/// Without the quotation marks ("Zelensky: 3,000 North Korean soldiers killed") the speaker must be
/// one the alias table knows: the second value says so.
fn colon_quote(words: &Words<'_>) -> Option<((usize, usize), bool)> {
    // A list item's bullet is not part of the name: "* South Korea's NIS: about 11,000 troops".
    let mut first = usize::from(matches!(words.w(0), "*" | "-" | "\u{2022}"));
    // ... nor its bold markup ("- **15,000**: North Korean troops ..."), and a figure is no name.
    while words.w(first) == "*" {
        first += 1;
    }
    if words.toks.get(first).is_some_and(|t| t.numeral().is_some()) {
        return None;
    }
    // "Quote from Shoigu: \"...\"", "Statement by the ministry: ...": a label before the name.
    if matches!(words.w(first), "quote" | "statement" | "comment" | "message" | "words")
        && matches!(words.w(first + 1), "from" | "by" | "of")
    {
        first += 2;
    }
    let colon = (first + 1..words.len().min(first + 8)).find(|&i| words.w(i) == ":")?;
    let quote = matches!(words.w(colon + 1), "\"" | "\u{201c}" | "'" | "\u{2018}");
    // "SEOUL: Around 300 ...": a dateline, a place in capitals, says where, not who.
    // "Seoul: An estimated 4,700 ..., South Korea's spy agency told lawmakers": in title case too,
    // when the sentence after it names its own speaker.
    let place = colon == first + 1
        && words.raw(first).len() >= 4
        && (words.raw(first).chars().all(|c| !c.is_lowercase())
            || !quote && (colon + 1..words.len()).any(|i| speech_verb(words.w(i))))
        && words.country_at(first).is_some();
    if place {
        return None;
    }
    // "Ukraine war live: ...", "Russia-Ukraine war latest: ...", "By the numbers: ...": a page's
    // or a section's label, not a speaker.
    if matches!(
        words.w(colon - 1),
        "live"
            | "latest"
            | "update"
            | "updates"
            | "explained"
            | "news"
            | "numbers"
            | "timeline"
            | "analysis"
            | "recap"
            | "exclusive"
            | "breaking"
            | "factbox"
            | "explainer"
            | "opinion"
            | "watch"
    ) || (first..colon).any(|i| words.w(i) == "war")
    {
        return None;
    }
    let capitalised = |i: usize| words.raw(i).chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic());
    // "Seoul's spy agency: 300 dead" too: lower-case words after a capitalised start, which the
    // alias table must know (quotation marks are not there to vouch for it).
    let name = (first..colon).all(|i| capitalised(i) || words.w(i) == "s")
        || !quote
            && capitalised(first)
            && (first..colon).all(|i| {
                let w = words.w(i);
                // A noun phrase, no clause: not "He listed the units:", "The troops were sent to Kursk:".
                (words.is_word(i) && !w.ends_with("ed") && !be_verb(w) && !speech_verb(w)) || matches!(w, "'" | "\u{2019}")
            })
            // "North Korean troops: at least 1,000 killed" names whom, not who.
            && crate::extract::lexicon::personnel(words.w(colon - 1)).is_none();
    (name && (quote || colon - first <= 6)).then_some(((first, colon), !quote))
}

/// A row of a markdown table of estimates ("| South Korea's NIS | Oct. 18 | 1,500 troops sent |"):
/// its first cell with no digits names the source, if the alias table knows it, and a cell holding a
/// date says when.
fn table_row(words: &Words<'_>, published: Option<NaiveDate>) -> Option<Attribution> {
    if words.w(0) != "|" {
        return None;
    }
    let bars: Vec<usize> = (0..words.len()).filter(|&i| words.w(i) == "|").collect();
    if bars.len() < 3 {
        return None;
    }
    let cells = bars.windows(2).map(|p| (p[0] + 1, p[1])).filter(|&(a, b)| a < b);
    let speaker_tokens = cells
        .clone()
        .find(|&(a, b)| (a..b).all(|i| words.toks[i].numeral().is_none()) && (a..b).any(|i| words.is_word(i)))?;
    let date = cells.filter(|&c| c != speaker_tokens).find_map(|(a, b)| date_in(words, a, b, published));
    Some(Attribution::set_apart(words, speaker_tokens, speaker_tokens.1, true, date))
}

/// A headline's trailing source: "N. Korea sends 3,000 more troops to Russia: JCS", "... - Yonhap".
/// One to four capitalised words after a colon or a spaced dash end the sentence.
fn trailing_source(words: &Words<'_>) -> Option<(usize, usize)> {
    let n = words.len();
    let mut end = if matches!(words.w(n.checked_sub(1)?), "." | "!" | "?") { n - 1 } else { n };
    // "...: Shoigu | NK News": a page title's site name after a bar is where, not who.
    if let Some(bar) = (end.saturating_sub(5)..end).rev().find(|&i| words.w(i) == "|") {
        end = bar;
    }
    let sep = (end.saturating_sub(7)..end).rev().find(|&i| {
        matches!(words.w(i), ":" | "\u{2013}" | "\u{2014}" | "|") || words.w(i) == "-" && words.toks[i].space_before
    })?;
    let capitalised = |i: usize| words.raw(i).chars().next().is_some_and(char::is_uppercase);
    // "...: Kiev official", "...: US officials", "— South Korea's spy agency": a name and the role
    // of who speaks for it (two lower-case words at most, the last a role).
    let last_is_role = role_word(words.w(end - 1).trim_end_matches('s')) || words.w(end - 1) == "intelligence";
    let role = |i: usize| i + 2 >= end && i > sep + 1 && last_is_role;
    let source =
        (sep + 1..end).all(|i| capitalised(i) || role(i) || matches!(words.w(i), "'" | "\u{2019}" | "s" | "."));
    (sep >= 4 && sep + 1 < end && source && capitalised(sep + 1)).then_some((sep + 1, end))
}

/// Tokens `[start, end)` of a sentence's [`Words`].
type TokenRange = (usize, usize);

/// A list item's source in brackets at its end: "- 11,000 troops deployed (NIS, November 2024)".
/// Returns the source's tokens (which the alias table must know) and those of a date after a comma.
fn bracketed_source(words: &Words<'_>) -> Option<(TokenRange, Option<TokenRange>)> {
    let n = words.len();
    let close = if matches!(words.w(n.checked_sub(1)?), "." | ";") { n.checked_sub(2)? } else { n - 1 };
    if words.w(close) != ")" || !matches!(words.w(0), "-" | "*" | "\u{2022}") {
        return None;
    }
    let open = (close.saturating_sub(10)..close).rev().find(|&i| words.w(i) == "(")?;
    let comma = (open + 1..close).find(|&i| words.w(i) == ",");
    let name_end = comma.unwrap_or(close);
    let named = open + 1 < name_end && words.raw(open + 1).starts_with(char::is_uppercase);
    named.then(|| ((open + 1, name_end), comma.map(|c| (c + 1, close))))
}

/// Words for a speaker's role that, after "the", stand for a speaker named before.
fn role_word(w: &str) -> bool {
    matches!(
        w,
        "agency"
            | "ministry"
            | "official"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "lawmaker"
            | "legislator"
            | "commander"
            | "governor"
            | "office"
            | "source"
            | "statement"
            | "report"
            | "assessment"
            | "document"
            | "post"
            | "update"
            | "briefing"
            | "bulletin"
            // "A NATO spokesperson said that the alliance estimated ..."
            | "alliance"
            // "..., the general added."
            | "general"
    ) || named_role_word(w)
}

/// Role words that name one person ("Ukraine's presidential advisor claims ... The advisor also
/// said ..."). Articles use them for someone they have not named yet as well ("The envoy said"),
/// so they point back only to an earlier speaker named with the same word.
pub fn named_role_word(w: &str) -> bool {
    matches!(w, "advisor" | "adviser" | "minister" | "envoy" | "ambassador")
}

/// Nouns for figures that are someone's ("the NIS's estimate", "Pentagon figures").
const INFORMATION_NOUNS: [&str; 15] = [
    "estimate",
    "estimates",
    "assessment",
    "assessments",
    "tally",
    "count",
    "figure",
    "figures",
    "data",
    "statistics",
    "information",
    "calculations",
    "numbers",
    "report",
    "reports",
];

fn information_noun(w: &str) -> bool {
    INFORMATION_NOUNS.contains(&w)
}

/// "..., per CNN.", "Per the Pentagon, ...": "per" before a name (not "per day", "per cent") is
/// "according to". Returns the name's tokens.
/// The same for ", based on Gerasimov." (`v` at "based").
fn per_source(words: &Words<'_>, v: usize) -> Option<(usize, usize)> {
    let name = match words.w(v) {
        "per" => v + 1,
        "based" if words.w(v + 1) == "on" => v + 2,
        _ => return None,
    };
    if v > 0 && !matches!(words.w(v - 1), "," | "(" | "\u{2014}" | "-") {
        return None;
    }
    let first = if matches!(words.w(name), "a" | "an" | "the") { name + 1 } else { name };
    if !words.raw(first).chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    phrase_after(words, name)
}

/// "This information was provided by X", "as published by X": a verb that names no speech, but a
/// source when what it passes on is information ("1,000 troops were provided by Pyongyang" is not).
/// "This information was provided by X", "the figures, as shared by X": verbs of handing information
/// over whose agent is the source. (Read by `source_by`, by the extractor's look at the sentence after
/// a claim, and by the trigger scan, which must see them.)
pub const SOURCE_BY_VERBS: [&str; 7] =
    ["provided", "given", "shared", "released", "published", "presented", "supplied"];

fn source_by(words: &Words<'_>, v: usize) -> bool {
    if words.w(v + 1) != "by" || !SOURCE_BY_VERBS.contains(&words.w(v)) {
        return false;
    }
    let before = |i: usize| if i <= v { words.w(v - i) } else { "" };
    before(1) == "as"
        || be_verb(before(1))
            && (information_noun(before(2))
                || matches!(before(2), "information" | "data" | "details" | "numbers" | "this" | "these"))
}

/// "the preliminary data", "official figures": an information noun with no one named before it.
/// With `opens_sentence`, a capital on the sentence's first word names no one.
fn information_only(words: &Words<'_>, (a, b): (usize, usize), opens_sentence: bool) -> bool {
    let named = (a..b)
        .filter(|&i| !(opens_sentence && i == 0))
        .any(|i| words.raw(i).chars().next().is_some_and(char::is_uppercase))
        // "Seoul's intelligence reports indicate": a capital word at the start may still be a name.
        || (a..b).any(|i| words.country_at(i).is_some());
    !named && information_noun(words.w(b - 1))
}

/// "South Korea's estimate", "the agency's count": the owner before "'s" of an information noun.
/// Nouns for words said: "Zelenskiy's remarks that ...".
const SAID_NOUNS: [&str; 6] = ["remarks", "comments", "statement", "warning", "claim", "claims"];

fn estimate_owner(words: &Words<'_>, v: usize) -> Option<(usize, usize)> {
    // "Zelenskiy's remarks that the number ... could grow to 100,000": words said are their owner's.
    let said = SAID_NOUNS.contains(&words.w(v)) && words.w(v + 1) == "that";
    if v < 2 || !(information_noun(words.w(v)) || said) {
        return None;
    }
    // "Moscow's widely disputed claims that": up to two describing words between owner and noun.
    let possessive = (v.saturating_sub(3)..v).rev().find(|&p| {
        p >= 2
            && words.w(p) == "s"
            && matches!(words.w(p - 1), "'" | "\u{2019}")
            && (p + 1..v).all(|i| {
                // Describing words only: not "Russia's army numbers".
                let d = words.w(i);
                words.raw(i).starts_with(char::is_lowercase)
                    && (d.ends_with("ly")
                        || d.ends_with("ed")
                        || matches!(d, "latest" | "new" | "own" | "recent" | "previous" | "official" | "initial"))
            })
    });
    if let Some(p) = possessive {
        let (mut a, b) = segment_before(words, p - 1);
        // "Asked about the president's remarks": the owner starts after the preposition.
        if let Some(k) = (a..b).rev().find(|&k| {
            matches!(words.w(k), "about" | "on" | "of" | "to" | "from" | "with" | "in" | "at" | "by" | "for")
        }) {
            a = k + 1;
        }
        // "..., confirming the White House's data of 1,000": the owner starts after the participle.
        if let Some(k) = (a..b).rev().find(|&k| {
            let raw = words.raw(k);
            raw.len() > 4 && raw.ends_with("ing") && raw.starts_with(|c: char| c.is_ascii_lowercase())
        }) {
            a = k + 1;
        }
        return (a < b && (a..b).any(|i| words.is_word(i))).then_some((a, b));
    }
    // "the new U.S. estimate of 10,000 troops", "the latest Ukrainian intelligence assessment": a
    // country's name in front of the estimate, after an article. (Not "The Kremlin denied reports":
    // reports are as often denied as owned.)
    if matches!(words.w(v), "report" | "reports") {
        return None;
    }
    let mut a = v;
    while a > 0
        && v - a < 6
        && (words.is_word(a - 1) || words.w(a - 1) == ".")
        && !matches!(words.w(a - 1), "the" | "a" | "an")
    {
        a -= 1;
    }
    let fresh =
        |i: usize| matches!(words.w(i), "new" | "latest" | "updated" | "revised" | "official" | "initial" | "previous");
    while a < v && fresh(a) {
        a += 1;
    }
    let article = a > 0 && matches!(words.w(a - 1), "the" | "a" | "an") || a > 1 && fresh(a - 1);
    (article && a < v && words.country_at(a).is_some()).then_some((a, v))
}

/// "claims by the United States that ...", "a statement by the Pentagon that ...", "reports from
/// the Pentagon suggesting that ...": words said or information, by or from a name, and the clause
/// they report. Returns the name's tokens, and whether the alias table must know it (after "from",
/// a place is as likely as a source: "reports from Kursk suggest").
fn owner_by(words: &Words<'_>, v: usize) -> Option<((usize, usize), bool)> {
    let noun = words.w(v);
    let by = words.w(v + 1);
    if !(SAID_NOUNS.contains(&noun) || information_noun(noun) || matches!(noun, "report" | "reports"))
        || !matches!(by, "by" | "from")
    {
        return None;
    }
    // ("a report from the agency stating that ...": the owner ends before any speech gerund.)
    let reported = |i: usize| {
        matches!(words.w(i), "that" | "suggesting" | "indicating" | "saying" | "showing") || speech_gerund(words.w(i))
    };
    let (a, b) = phrase_after(words, v + 2)?;
    let b = (a + 1..b).find(|&i| reported(i)).unwrap_or(b);
    // "claims by the United States and other allies suggesting": a second source joined on.
    let b = if words.w(b) == "and" {
        (b + 1..(b + 6).min(words.len())).take_while(|&i| words.is_word(i)).find(|&i| reported(i)).unwrap_or(b)
    } else {
        b
    };
    let first = if matches!(words.w(a), "the" | "a" | "an") { a + 1 } else { a };
    let named = first < b && words.raw(first).starts_with(char::is_uppercase);
    (named && reported(b)).then_some(((a, b), by == "from"))
}

/// The words the rules of [`find`] start from: speech verbs and their "-ing" forms, nouns for
/// information and for words said ([`estimate_owner`]), "put ... at" and "made the claim", "citing",
/// "provided by" and "per".
static OPENS_ATTRIBUTION: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    let mut set: FxHashSet<&'static str> = SPEECH_VERBS.iter().chain(SPEECH_GERUNDS).copied().collect();
    set.extend(INFORMATION_NOUNS);
    set.extend(SAID_NOUNS);
    set.extend(PUT_VERBS);
    set.extend(REVISE_VERBS);
    set.extend(GIVE_VERBS);
    set.extend(EVIDENCE_VERBS);
    set.extend(SHARE_VERBS);
    set.extend(["quoting", "citing"]);
    // `source_by` and `per_source`.
    set.extend(SOURCE_BY_VERBS);
    set.extend(["per", "based", "noted", "mentioned", "assessed"]);
    set
});

/// "Intelligence from Seoul suggests that ...": evidence that speaks when a clause follows.
const EVIDENCE_VERBS: [&str; 5] = ["suggests", "suggest", "indicates", "indicate", "indicated"];
/// "The ministry shared in an intelligence update that ...": verbs of making public that report a
/// clause, when one follows.
const SHARE_VERBS: [&str; 5] = ["shared", "published", "released", "publicized", "publicised"];
/// "The NIS put the death toll at around 300".
const PUT_VERBS: [&str; 2] = ["put", "puts"];
/// "The military increased the estimated casualties to 4,000".
const REVISE_VERBS: [&str; 6] = ["increased", "raised", "revised", "lowered", "updated", "upped"];
/// "The ministry made the claim", "U.S. officials offered a lower estimate of 1,200".
const GIVE_VERBS: [&str; 10] =
    ["made", "makes", "issued", "issues", "offered", "offers", "gave", "gives", "provided", "provides"];

/// Every attribution in a sentence, in order.
pub fn find(words: &Words<'_>, published: Option<NaiveDate>) -> Vec<Attribution> {
    let mut out = Vec::new();
    // "Can you say how many have been in combat?": a question asserts nothing.
    if (0..words.len())
        .rev()
        .find(|&i| !matches!(words.w(i), "\"" | "\u{201d}" | ")"))
        .is_some_and(|i| words.w(i) == "?")
    {
        return out;
    }
    // Sources with no verb, set apart by punctuation (all but a quoted name: the alias table must
    // know them).
    if let Some((speaker_tokens, when)) = bracketed_source(words) {
        let date = when.and_then(|(a, b)| date_in(words, a, b, published));
        out.push(Attribution::set_apart(words, speaker_tokens, speaker_tokens.0 - 1, true, date));
    }
    if let Some(speaker_tokens) = trailing_source(words) {
        out.push(Attribution::set_apart(words, speaker_tokens, speaker_tokens.0 - 1, true, None));
    }
    if let Some(a) = table_row(words, published) {
        out.push(a);
    }
    if let Some((speaker_tokens, needs_table)) = colon_quote(words) {
        out.push(Attribution::set_apart(words, speaker_tokens, speaker_tokens.1, needs_table, None));
    }
    for v in 0..words.len() {
        let w = words.w(v);
        // Most words open no attribution: one set lookup turns them down before the rules below.
        if !OPENS_ATTRIBUTION.contains(w) {
            continue;
        }
        // "South Korea's estimate of around 1,100": whose estimate it is says who claims it; and
        // "claims by the United States that ...", "reports from the Pentagon suggesting that ...".
        let owner = estimate_owner(words, v).map(|t| (t, false)).or_else(|| owner_by(words, v));
        if let Some((speaker_tokens, needs_table)) = owner {
            out.push(Attribution {
                verb: v,
                speaker: words.slice(speaker_tokens.0, speaker_tokens.1).to_string(),
                speaker_tokens,
                reach: Reach::Owner,
                // "according to the agency's latest estimate": the agency named before.
                is_pronoun: refers_back(words, speaker_tokens),
                needs_table,
                date: date_near(words, v, speaker_tokens, published),
            });
            continue;
        }
        // "The NIS put the death toll at around 300": an estimate given.
        let put_at = PUT_VERBS.contains(&w)
            && (v + 1..v + 5).any(|i| {
                matches!(
                    words.w(i),
                    "toll"
                        | "number"
                        | "figure"
                        | "losses"
                        | "casualties"
                        | "total"
                        | "size"
                        | "strength"
                        | "contingent"
                )
            })
            && (v + 2..(v + 48).min(words.len())).any(|i| {
                // "at about 8,000", even past an aside between dashes; "closer to 20,000".
                let at =
                    words.w(i) == "at" || words.w(i) == "to" && matches!(words.w(i - 1), "closer" | "close" | "nearer");
                at && (i + 1..(i + 4).min(words.len())).any(|k| words.toks[k].numeral().is_some())
            });
        // "the South Korean military increased the estimated casualties to 4,000": an estimate revised.
        let revised_to = REVISE_VERBS.contains(&w)
            && (v + 1..(v + 5).min(words.len())).any(|i| {
                matches!(
                    words.w(i),
                    "estimate"
                        | "estimates"
                        | "toll"
                        | "figure"
                        | "number"
                        | "count"
                        | "tally"
                        | "casualties"
                        | "assessment"
                )
            })
            && (v + 2..(v + 10).min(words.len())).any(|i| {
                matches!(words.w(i), "to" | "upward" | "downward")
                    && (i + 1..(i + 4).min(words.len())).any(|k| words.toks[k].numeral().is_some())
            });
        let put_at = put_at || revised_to;
        // "The ministry made the claim on Monday", "U.S. officials offered a lower estimate of 1,200".
        let made_claim = GIVE_VERBS.contains(&w)
            && (v + 1..(v + 4).min(words.len()))
                .take_while(|&i| words.is_word(i))
                .find(|&i| {
                    !matches!(
                        words.w(i),
                        "a" | "an"
                            | "the"
                            | "its"
                            | "their"
                            | "his"
                            | "her"
                            | "own"
                            | "new"
                            | "lower"
                            | "higher"
                            | "revised"
                            | "updated"
                            | "fresh"
                            | "latest"
                            | "separate"
                            | "different"
                            | "similar"
                            | "rough"
                    )
                })
                .is_some_and(|i| {
                    matches!(
                        words.w(i),
                        "claim"
                            | "claims"
                            // "X made the remarks after ...": a later "X said" is the same speaker.
                            | "remarks"
                            | "comments"
                            | "statement"
                            | "announcement"
                            | "assessment"
                            | "estimate"
                            | "figure"
                            | "tally"
                            | "count"
                    )
                });
        // "Intelligence from Seoul suggests that ...": evidence speaks only when a clause follows.
        let evidential = EVIDENCE_VERBS.contains(&w) && words.w(v + 1) == "that"
            || SHARE_VERBS.contains(&w)
                && (v + 1..(v + 9).min(words.len())).take_while(|&i| words.is_word(i)).any(|i| words.w(i) == "that");
        if speech_gerund(w) && !put_at {
            if let Some(a) = gerund_report(words, v, published) {
                out.push(a);
            }
            continue;
        }
        if !(speech_verb(w)
            || put_at
            || made_claim
            || evidential
            || source_by(words, v)
            || per_source(words, v).is_some()
            || matches!(w, "quoting" | "citing")
            || w == "cited" && v > 0 && words.w(v - 1) == "who")
            || noun_like_verb(words, v)
            || negated(words, v)
        {
            continue;
        }
        // "A report posted on X by the ministry stated": a participle describing the report.
        if release_participle(w) && v > 0 && (information_noun(words.w(v - 1)) || SAID_NOUNS.contains(&words.w(v - 1)))
        {
            continue;
        }
        // "with thousands reported killed or wounded": a passive participle, no one's statement.
        if matches!(w, "reported" | "said" | "believed" | "thought" | "feared" | "estimated" | "confirmed")
            && matches!(words.w(v + 1), "killed" | "wounded" | "injured" | "dead" | "missing" | "captured")
        {
            continue;
        }
        // "830 casualties reported over the past day", "1,500 troops estimated to be there": a
        // participle after a counted noun describes the figure; the noun is no speaker.
        // (Not "11,000 soldiers reported by Seoul's intelligence services": the agent speaks.)
        if w.ends_with("ed")
            && v >= 2
            && words.w(v + 1) != "by"
            && (casualty_noun(words.w(v - 1)).is_some() || personnel(words.w(v - 1)).is_some())
            && (v.saturating_sub(4)..v - 1).any(|i| words.toks[i].numeral().is_some())
        {
            continue;
        }
        // "Russia said to have suffered ...", "is said to number 10,000", "the number of injured troops
        // estimated to reach some 1,000": reported by no one named.
        if matches!(w, "said" | "estimated" | "reported" | "believed" | "thought" | "assessed")
            && words.w(v + 1) == "to"
            && matches!(words.w(v + 2), "have" | "be" | "number" | "total" | "include" | "reach" | "exceed" | "stand")
        {
            continue;
        }
        // "has been reporting" is progressive, not passive.
        let passive = v > 0 && be_verb(words.w(v - 1)) && !w.ends_with("ing");
        let (speaker_tokens, reach) = if let Some(p) = per_source(words, v) {
            (p, Reach::According)
        } else if w == "according" {
            if words.w(v + 1) != "to" {
                continue;
            }
            match phrase_after(words, v + 2) {
                // "according to preliminary data, ..., he said": data are not a speaker; "according
                // to a new estimate from the head of MI6": the one whose estimate it is.
                Some(p) if information_only(words, p, false) || information_noun(words.w(p.1)) => {
                    let k = if information_noun(words.w(p.1)) { p.1 + 1 } else { p.1 };
                    // "according to U.S. estimates": a name before the estimates is their owner.
                    let owner = (p.0..p.1).any(|i| words.raw(i).chars().next().is_some_and(char::is_uppercase))
                        && information_noun(words.w(p.1));
                    match matches!(words.w(k), "from" | "by" | "of").then(|| phrase_after(words, k + 1)).flatten() {
                        Some(q) => (q, Reach::According),
                        // "according to the agency's latest estimate": the owner, without the
                        // words about its estimate.
                        None if owner => {
                            let apostrophe = (p.0 + 1..p.1)
                                .find(|&i| matches!(words.w(i), "'" | "\u{2019}") && words.w(i + 1) == "s");
                            ((p.0, apostrophe.unwrap_or(p.1)), Reach::According)
                        }
                        None => continue,
                    }
                }
                Some(p) => (p, Reach::According),
                None => continue,
            }
        } else if words.w(v + 1) == "by"
            && matches!(
                w,
                "reported"
                    | "cited"
                    | "quoted"
                    | "estimated"
                    | "claimed"
                    | "confirmed"
                    | "announced"
                    | "counted"
                    | "stated"
                    | "revealed"
                    | "disclosed"
                    | "noted"
                    | "mentioned"
                    | "indicated"
                    | "assessed"
            )
            || source_by(words, v)
        {
            // "This was stated by X, as cited by Y": Y only passes X's words on.
            let relay = v > 0 && words.w(v - 1) == "as" && !out.is_empty();
            // "shared by the spy agency with the committee": the ones it was given to are no source.
            let given_to = |(a, b): (usize, usize)| {
                let to = (a + 1..b).find(|&i| matches!(words.w(i), "with" | "to")).filter(|_| source_by(words, v));
                (a, to.unwrap_or(b))
            };
            match phrase_after(words, v + 2).map(given_to) {
                // "..., as revealed by South Korean legislators on Wednesday": the whole statement.
                Some(p) if !relay && v > 0 && words.w(v - 1) == "as" => (p, Reach::According),
                Some(p) if !relay => (p, Reach::Agent),
                _ => continue,
            }
        } else if v > 0 && matches!(words.w(v - 1), "that" | "which") {
            // "a report in The Wall Street Journal that said ...": the report's source speaks; the
            // name after the verb ("which said North Korea had sent") is the reported clause's.
            match relative_source(words, v - 1) {
                Some(p) => (p, Reach::Statement),
                None => continue,
            }
        } else if let Some(p) = cited_as_saying(words, v, passive) {
            (p, Reach::Statement)
        } else if w == "cited"
            && v >= 3
            && words.w(v - 1) == "who"
            && words.w(v - 2) == ","
            && let Some(p) = Some(segment_before(words, v - 2))
                .map(|(a, b)| {
                    (a..b).rev().find(|&i| matches!(words.w(i), "from" | "by" | "of")).map_or((a, b), |i| (i + 1, b))
                })
                .filter(|&(a, b)| a < b && b - a <= 6)
        {
            // "data from a US military official, who cited several hundred casualties": the one the
            // relative clause is about gives the figure.
            (p, Reach::Statement)
        } else if w == "citing" && !passive {
            // "citing the statement of the Security Council secretary": whose statement it is.
            let mut from = v + 1;
            if matches!(words.w(from), "the" | "a" | "an")
                && (SAID_NOUNS.contains(&words.w(from + 1)) || information_noun(words.w(from + 1)))
                && matches!(words.w(from + 2), "of" | "by" | "from")
            {
                from += 3;
            }
            match phrase_after(words, from) {
                Some(p) => (p, Reach::Cited),
                None => continue,
            }
        } else if passive
            // "the deployment, estimated at 11,000,": a participle giving the figure, not a speaker.
            // (Not "said at least 3,000", "said at a briefing".)
            || words.w(v + 1) == "at"
                && !matches!(words.w(v + 2), "least" | "most")
                && matches!(w, "estimated" | "assessed" | "reported" | "counted" | "projected" | "calculated" | "claimed")
            || w == "citing"
            || w == "cited"
            || w == "quoted"
            || (v > 0 && matches!(words.w(v - 1), "an" | "a" | "the" | "with" | "of"))
        {
            // "an estimated 1.28 million": an adjective, not a speaker's verb.
            continue;
        } else if let Some(p) = inverted(words, v) {
            (p, Reach::Statement)
        } else if let Some(s) = subject_before(words, v) {
            // "A separate tally by independent analysts put the losses at ...": whose tally it is.
            let owner = (s.0..s.1.saturating_sub(2))
                .find(|&i| information_noun(words.w(i)) && matches!(words.w(i + 1), "by" | "from"))
                .map(|i| (i + 2, s.1));
            (owner.unwrap_or(s), Reach::Statement)
        } else if let Some(s) = coordinated_subject(words, v) {
            (s, Reach::Statement)
        } else if let Some(p) = phrase_after(words, v + 1).filter(|p| {
            // Not "reports said Tuesday".
            let when = dates::weekday(words.w(p.0)).is_some() || dates::month(words.w(p.0)).is_some();
            // The speaker follows the verb only after a quotation or a comma: in "and warned
            // Pyongyang's allies that ..." the name after the verb is whom it was said to.
            let inverted = v == 0
                || matches!(
                    words.w(v - 1),
                    "," | "\"" | "\u{201d}" | "\u{2019}" | "'" | "\u{2014}" | "\u{2013}" | ":" | "." | ")"
                );
            inverted
                && (words.raw(p.0).chars().next().is_some_and(char::is_uppercase) || pronoun(words.w(p.0)))
                && !when
        }) {
            // '"...," said Lim Eul-chul' and '"...," he said' after the quote.
            (p, Reach::Statement)
        } else {
            continue;
        };
        // "Recent information suggests that ...": evidence nobody is named for speaks for no one.
        // ... and "reports said Friday": a bare "reports" is nobody either.
        let bare_reports =
            speaker_tokens.1 - speaker_tokens.0 == 1 && matches!(words.w(speaker_tokens.0), "reports" | "estimates");
        if (evidential && !speech_verb(w) || bare_reports) && information_only(words, speaker_tokens, true) {
            continue;
        }
        let speaker = words.slice(speaker_tokens.0, speaker_tokens.1).to_string();
        let is_pronoun = refers_back(words, speaker_tokens);
        let date = date_near(words, v, speaker_tokens, published);
        out.push(Attribution { verb: v, speaker, speaker_tokens, reach, is_pronoun, needs_table: false, date });
    }
    out
}

/// Do the speaker's words `[a, b)` point back to someone named before? "he said", and "the agency
/// said" after "According to the GUR": a definite role word with nothing else.
fn refers_back(words: &Words<'_>, (a, b): (usize, usize)) -> bool {
    b - a == 1 && pronoun(words.w(a))
        || b - a == 2 && matches!(words.w(a), "the" | "this" | "these") && role_word(words.w(a + 1).trim_end_matches('s'))
        // "Cho told lawmakers that his agency assessed": the speaker's own agency.
        || b - a == 2
            && matches!(words.w(a), "his" | "her" | "its" | "their")
            && (role_word(words.w(a + 1))
                // "his government has acknowledged": the one named before speaks for it (not
                // "their government", the government of people just named).
                || words.w(a) != "their"
                    && matches!(words.w(a + 1), "government" | "administration" | "military" | "army"))
}

/// "with the Pentagon saying that ...", "Budanov, noting that 12,000 had arrived, warned": an "-ing"
/// speech verb reports what follows it when "that", a quotation or a number comes right after; its
/// speaker is the phrase before it (after "with"), or the name before the comma.
fn gerund_report(words: &Words<'_>, v: usize, published: Option<NaiveDate>) -> Option<Attribution> {
    let next = words.w(v + 1);
    // ... 'saying, "Look at the numbers.'
    let quote_after_comma = next == "," && matches!(words.w(v + 2), "\"" | "\u{201c}");
    let reports = matches!(next, "that" | "\"" | "\u{201c}")
        || quote_after_comma
        || (v + 1..(v + 4).min(words.len())).any(|i| words.toks[i].numeral().is_some());
    // Not "adding to the 40,000 already there", "warning of 10,000 more".
    if !reports || v == 0 || matches!(next, "to" | "of" | "about" | "against") {
        return None;
    }
    // "..., specifically saying": the adverb belongs to the participle; the speaker stands before both.
    let raw_before = words.raw(v - 1);
    let lead = if v >= 2
        && raw_before.len() > 4
        && raw_before.ends_with("ly")
        && raw_before.starts_with(|c: char| c.is_ascii_lowercase())
    {
        v - 1
    } else {
        v
    };
    let (mut a, mut b) = subject_before(words, lead)?;
    // "with the Pentagon saying that ...", but not "in an interview with Lex Fridman, saying, ...".
    if let Some(i) = (a..b).rev().find(|&i| words.w(i) == "with").filter(|_| words.w(lead - 1) != ",") {
        a = i + 1;
    } else if words.w(lead - 1) == ","
        && a > 0
        && (words.toks[a - 1].numeral().is_some() || !is_boundary_punct(words, a - 1) && !clause_opener(words.w(a - 1)))
    {
        // "Budanov, noting that ..." names its speaker before the comma, but in "X issued a statement
        // refuting the idea of sending 14,000 troops, noting that ..." the words before the comma end
        // a clause: the speaker is that clause's subject, too far back to be read safely. Near enough
        // when the clause is a verb and its object: "Zelensky cited his commanders, indicating that".
        let verb = a - 1;
        let raw = words.raw(verb);
        let short_clause = b - a <= 4
            && words.toks[verb].numeral().is_none()
            && raw.starts_with(|c: char| c.is_ascii_lowercase())
            && (raw.ends_with("ed") || speech_verb(words.w(verb)));
        match subject_before(words, verb)
            .filter(|s| short_clause && s.1 == verb && s.1 - s.0 <= 6)
            .or_else(|| opening_name_subject(words, lead - 1))
        {
            Some(s) => (a, b) = s,
            None => return None,
        }
    }
    // "Rudenko, an advisor in Kyiv, spoke to reporters on Thursday, saying ...": the words before the
    // comma are a predicate; the speaker is its subject.
    if words.w(lead - 1) == "," && a < b && opens_predicate(words, a) {
        (a, b) = subject_before(words, a)?;
    }
    // "he went further, saying, ...": the subject of the clause the participle hangs on; and
    // "President Zelensky disputed these figures, insisting that ...": the words before its verb.
    if quote_after_comma && b - a > 1 && pronoun(words.w(a)) {
        b = a + 1;
    } else if words.w(lead - 1) == ","
        && let Some(k) = (a + 1..b).find(|&k| {
            let raw = words.raw(k);
            raw.ends_with("ed") && raw.starts_with(|c: char| c.is_ascii_lowercase())
        })
    {
        b = k;
    }
    if a >= b || pronoun(words.w(a)) && b - a == 1 && words.w(lead - 1) != "," {
        // "without saying", "them saying": no speaker named.
        return None;
    }
    // "a South Korean lawmaker cited intelligence reports claiming that ...": papers of no one named
    // speak through the one who cites them.
    if a > 0 && matches!(words.w(a - 1), "cited" | "quoted") && information_only(words, (a, b), false) {
        (a, b) = subject_before(words, a - 1)?;
    }
    // "Ukraine has intelligence indicating that ...": the one who has it; but in "Zelensky stated
    // that Ukraine has intelligence indicating that ..." the intelligence is what the speaker cites.
    let evidence = |i: usize| {
        information_noun(words.w(i)) || matches!(words.w(i), "intelligence" | "evidence" | "new" | "some" | "the")
    };
    let has = |h: usize| matches!(words.w(h), "has" | "have" | "had");
    if (a..b).all(evidence) && a >= 2 && has(a - 1) {
        let (pa, _) = subject_before(words, a - 1).unwrap_or((a - 1, a - 1));
        if pa < a - 1 {
            (a, b) = (pa, a - 1);
        }
    } else if let Some(h) = (a + 1..b).find(|&h| has(h)).filter(|&h| h + 1 < b && (h + 1..b).all(evidence)) {
        b = h;
    }
    if has(b) && a >= 2 && words.w(a - 1) == "that" && speech_verb(words.w(a - 2)) {
        return None;
    }
    // "Zelensky referenced the military's data, indicating that ...", but "satellite images
    // indicating that ..." are evidence, nobody's words.
    let someone = (a..b)
        .any(|i| i > 0 && words.raw(i).starts_with(char::is_uppercase) || words.country_at(i).is_some())
        || role_word(words.w(b - 1).trim_end_matches('s'))
        || b - a == 1 && pronoun(words.w(a));
    if words.w(v) == "indicating" && !someone {
        return None;
    }
    let speaker_tokens = (a, b);
    let is_pronoun = b - a == 1 && pronoun(words.w(a));
    Some(Attribution {
        verb: v,
        speaker: words.slice(a, b).to_string(),
        speaker_tokens,
        reach: Reach::Statement,
        is_pronoun,
        needs_table: false,
        date: date_near(words, v, speaker_tokens, published),
    })
}

/// "Kim visited the front and said ...", "He did not give details, but did say that ...": a speech
/// verb joined by "and"/"but" to the sentence's first predicate shares its subject. Only a subject
/// that opens the sentence (after an opening adverbial and its comma at most), and only when no
/// relative clause or quotation stands between, where the "and" might join something else.
fn coordinated_subject(words: &Words<'_>, v: usize) -> Option<(usize, usize)> {
    let mut b = v;
    while b > 0 && aux_or_adverb(words.w(b - 1)) && words.is_word(b - 1) {
        b -= 1;
    }
    let conj = b.checked_sub(1).filter(|&c| matches!(words.w(c), "and" | "but"))?;
    let first_verb = (1..conj).find(|&i| {
        let raw = words.raw(i);
        raw.starts_with(|c: char| c.is_ascii_lowercase())
            && (opens_predicate(words, i)
                || be_verb(raw)
                || matches!(raw, "did" | "does" | "has" | "had" | "have" | "will" | "would" | "declined" | "refused")
                || verb_here(words, i))
    })?;
    let (a, end) = subject_before(words, first_verb)?;
    let opens = a == 0 || words.w(a - 1) == "," && a <= 6 && (0..a - 1).all(|i| !verb_here(words, i));
    let plain = (first_verb..conj).all(|i| {
        !matches!(words.w(i), "who" | "which" | "that" | "and" | "but" | ";" | ":" | "\"" | "\u{201c}" | "\u{201d}")
    });
    (opens && plain).then_some((a, end))
}

/// "Rutte pointed to the severe toll the war has taken on Russian forces, noting that ...": a
/// sentence that opens on a name and its verb in the past, with no comma before the participle's
/// (at `comma`), has that name as the participle's subject, however long the predicate.
fn opening_name_subject(words: &Words<'_>, comma: usize) -> Option<(usize, usize)> {
    let capital = |i: usize| words.raw(i).starts_with(char::is_uppercase) && words.is_word(i);
    let verb = (0..4.min(comma)).find(|&i| !capital(i))?;
    let raw = words.raw(verb);
    let past = raw.starts_with(|c: char| c.is_ascii_lowercase()) && (raw.ends_with("ed") || speech_verb(words.w(verb)));
    let plain = (verb..comma).all(|i| !is_boundary_punct(words, i) && words.toks[i].numeral().is_none());
    (verb > 0 && past && plain && words.country_at(0).is_none_or(|(_, n)| n < verb)).then_some((0, verb))
}

/// Does a verb in the past open the words at `i` ("spoke to reporters", "appeared on television")?
/// Not a noun phrase opened by a participle ("unnamed officials", "armed forces").
fn opens_predicate(words: &Words<'_>, i: usize) -> bool {
    let raw = words.raw(i);
    if !raw.starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    matches!(raw, "spoke" | "went" | "gave" | "wrote" | "took" | "made" | "met" | "held" | "came" | "sat")
        || raw.ends_with("ed")
            && matches!(
                words.w(i + 1),
                "to" | "on" | "at" | "in" | "with" | "before" | "a" | "an" | "the" | "his" | "her" | "their" | "its"
            )
}

/// A time expression in the words around an attribution: after the verb up to the clause end, between
/// speaker and verb, or opening the sentence before the speaker ("On Tuesday he said").
fn date_near(words: &Words<'_>, verb: usize, speaker: (usize, usize), published: Option<NaiveDate>) -> Option<DateCue> {
    let mut ranges = Vec::new();
    let after_start = if speaker.0 > verb { speaker.1 } else { verb + 1 };
    let mut e = after_start;
    // Up to the reported clause: not "say Pyongyang sent 1,500 troops in December" (when they were
    // sent), so a number other than the day of a date ends the search.
    let day_of_month = |k: usize| {
        let m = if words.w(k - 1) == "." { k.saturating_sub(2) } else { k - 1 };
        dates::month(words.w(m)).is_some()
            || dates::month(words.w(k + 1)).is_some()
            // "on the 17th"
            || words.toks[k].numeral().is_some_and(|n| n.ordinal) && words.w(k - 1) == "the"
    };
    while e < words.len()
        && e - after_start < 10
        && !matches!(words.w(e), "," | ";" | "." | "that" | "\"" | "\u{201c}")
        && !(words.toks[e].numeral().is_some() && e > 0 && !day_of_month(e))
        // "said two soldiers who were recently captured": a number in words, or a relative clause,
        // is the reported clause too.
        && !(crate::numbers::is_number_word(words.w(e))
            && !day_of_month(e)
            && !matches!(words.w(e + 1), "days" | "weeks" | "months" | "day" | "week"))
        && !matches!(words.w(e), "who" | "which" | "whom")
    {
        e += 1;
    }
    ranges.push((after_start, e));
    if speaker.1 <= verb {
        ranges.push((speaker.1, verb));
    }
    let lead = speaker.0.min(verb);
    // "On Tuesday he said"; a longer opening phrase only when a comma closes it ("In a closed-door
    // briefing on Nov. 4, the NIS said"). Not the reported clause itself: in "North Korea sent 11,000
    // troops last year, according to Seoul", last year is when they were sent.
    // (After a list item's bullet: "- On December 23, ...".)
    let first = (0..lead).find(|&i| words.is_word(i)).unwrap_or(0);
    let opening = matches!(
        words.w(first),
        "on" | "in"
            | "at"
            | "during"
            | "earlier"
            | "later"
            | "last"
            | "this"
            | "yesterday"
            | "today"
            | "after"
            | "before"
            | "speaking"
            | "late"
            | "early"
    ) && !(words.w(first) == "at" && matches!(words.w(first + 1), "least" | "most"))
        || dates::weekday(words.w(first)).is_some()
        || dates::month(words.w(first)).is_some();
    // ("At least 47 were killed last year, officials said": a hedge opens the reported clause.)
    if lead > 0 && (lead <= 6 || opening && lead <= 14 && words.w(lead - 1) == ",") {
        ranges.push((0, lead));
    }
    ranges.into_iter().find_map(|(a, b)| date_in(words, a, b, published)).or_else(|| {
        // "said in October that ...", "In early November, the NIS said": a month and no day is a
        // time, but not a day to place the claim on. Only right by the verb or opening the sentence,
        // not "said North Korea sent troops in October" (when they were sent).
        [verb + 1, speaker.1.min(verb), first].into_iter().find_map(|i| month_only(words, i))
    })
}

/// "A report posted on X by ...": participles that describe a published text, not a speaker's verb.
fn release_participle(w: &str) -> bool {
    matches!(w, "posted" | "published" | "released" | "issued" | "shared")
}

/// The month a capitalised month name at `i` names ("October", "Oct"; not the modal "may").
fn month_named(words: &Words<'_>, i: usize) -> Option<u32> {
    dates::month(words.w(i)).filter(|_| words.raw(i).starts_with(char::is_uppercase))
}

/// "in October", "in early November", "in late October 2024" at `i`, without a day.
fn month_only(words: &Words<'_>, i: usize) -> Option<DateCue> {
    if words.w(i) != "in" {
        return None;
    }
    let m = if matches!(words.w(i + 1), "early" | "late" | "mid") { i + 2 } else { i + 1 };
    let month = month_named(words, m);
    let day = words.toks.get(m + 1).and_then(|t| t.numeral()).filter(|n| n.lead_digits <= 2 && !n.grouped);
    if month.is_none() || day.is_some() {
        return None;
    }
    let year = words.toks.get(m + 1).and_then(|t| t.numeral()).is_some_and(|n| n.lead_digits == 4);
    let end = if year { m + 2 } else { m + 1 };
    Some(DateCue { date: None, basis: DateBasis::Unresolved, text: words.slice(i, end).to_string() })
}

/// Read a time expression within tokens `[a, b)`.
pub fn date_in(words: &Words<'_>, a: usize, b: usize, published: Option<NaiveDate>) -> Option<DateCue> {
    let cue = |date: Option<NaiveDate>, basis, from: usize, to: usize| {
        let basis = if date.is_none() { DateBasis::Unresolved } else { basis };
        Some(DateCue { date, basis, text: words.slice(from, to).to_string() })
    };
    for i in a..b {
        let w = words.w(i);
        // "fighting incursions since Tuesday": when something began, not when it was said.
        let span_edge = i > 0 && matches!(words.w(i - 1), "since" | "until" | "till" | "from");
        if let Some(day) = dates::weekday(w).filter(|_| w.len() > 3 && !span_edge) {
            let last = i > 0 && words.w(i - 1) == "last";
            let date = published.map(|p| {
                let d = dates::last_weekday(p, day);
                if last && d == p { d - Duration::days(7) } else { d }
            });
            return cue(date, DateBasis::Weekday, if last { i - 1 } else { i }, i + 1);
        }
        match w {
            "yesterday" => return cue(published.map(|p| p - Duration::days(1)), DateBasis::Relative, i, i + 1),
            "today" | "tonight" => return cue(published, DateBasis::Relative, i, i + 1),
            "week" if i > 0 && words.w(i - 1) == "last" => {
                return cue(published.map(|p| p - Duration::days(7)), DateBasis::Relative, i - 1, i + 1);
            }
            "month" | "year" | "week" if i > 0 && matches!(words.w(i - 1), "last" | "this") => {
                // "earlier this month", "last month": a time, but no day.
                let from = if i >= 2 && words.w(i - 2) == "earlier" { i - 2 } else { i - 1 };
                return cue(None, DateBasis::Unresolved, from, i + 1);
            }
            "recently" => return cue(None, DateBasis::Unresolved, i, i + 1),
            // "two days ago", "a week ago"
            "ago" if i >= 2 && matches!(words.w(i - 1), "day" | "days" | "week" | "weeks") => {
                let count = match words.w(i - 2) {
                    "a" | "an" => Some(1.0),
                    _ => crate::numbers::scan(words.raw(i - 2)).first().map(|n| n.value),
                };
                if let Some(n) = count.filter(|n| (1.0..=60.0).contains(n) && n.fract() == 0.0) {
                    let days = if words.w(i - 1).starts_with("week") { n * 7.0 } else { n };
                    return cue(published.map(|p| p - Duration::days(days as i64)), DateBasis::Relative, i - 2, i + 1);
                }
            }
            _ => {}
        }
        // "on the 17th", as Korean and Japanese wires write it: a day of the month of publication, or
        // of the month before when that day is still to come.
        if w == "the"
            && i > 0
            && words.w(i - 1) == "on"
            && let Some(n) = words.toks.get(i + 1).and_then(|t| t.numeral()).filter(|n| n.ordinal)
            && (1.0..=31.0).contains(&n.value)
            && dates::month(words.w(i + 2)).is_none()
            && words.w(i + 2) != "of"
        {
            let day = n.value as u32;
            let date = published.and_then(|p| {
                let in_month = if day <= p.day() { Some(p) } else { p.checked_sub_months(chrono::Months::new(1)) };
                in_month?.with_day(day)
            });
            return cue(date, DateBasis::Explicit, i - 1, i + 2);
        }
        if let Some(m) = month_named(words, i) {
            // "Oct. 3", "October 18", "18 October"
            let next = if words.w(i + 1) == "." { i + 2 } else { i + 1 };
            // ("9 January 2025": the year after the month is no day.)
            let day_after = words
                .toks
                .get(next)
                .and_then(|t| t.numeral())
                .map(|n| (n.value, next))
                .filter(|(d, _)| (1.0..=31.0).contains(d));
            let day_before = (i > 0).then(|| words.toks[i - 1].numeral().map(|n| (n.value, i - 1))).flatten();
            if let Some((d, at)) = day_after.or(day_before)
                && (1.0..=31.0).contains(&d)
            {
                // "Oct. 3, 2023": a year written out is the year.
                let end = i.max(at) + 1;
                let y_at = if words.w(end) == "," { end + 1 } else { end };
                let written_year =
                    words.toks.get(y_at).and_then(|t| t.numeral()).filter(|n| {
                        n.lead_digits == 4 && !n.grouped && !n.decimal && (1900.0..=2100.0).contains(&n.value)
                    });
                if let Some(y) = written_year {
                    return cue(
                        NaiveDate::from_ymd_opt(y.value as i32, m, d as u32),
                        DateBasis::Explicit,
                        i.min(at),
                        y_at + 1,
                    );
                }
                let year = published.map_or(0, |p| p.year());
                let mut date = NaiveDate::from_ymd_opt(year, m, d as u32);
                if let (Some(dt), Some(p)) = (date, published)
                    && dt > p
                {
                    date = NaiveDate::from_ymd_opt(year - 1, m, d as u32);
                }
                let date = if published.is_some() { date } else { None };
                return cue(date, DateBasis::Explicit, i.min(at), end);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::ByteSpan;

    fn attrs(s: &str) -> Vec<(String, Reach, Option<String>)> {
        let w = Words::new(s, ByteSpan::new(0, s.len()));
        let published = NaiveDate::from_ymd_opt(2024, 10, 23);
        find(&w, published)
            .into_iter()
            .map(|a| (a.speaker, a.reach, a.date.and_then(|d| d.date).map(|d| d.to_string())))
            .collect()
    }

    #[test]
    fn a_month_without_a_day_is_no_day() {
        let cue = |s: &str| {
            let w = Words::new(s, ByteSpan::new(0, s.len()));
            find(&w, NaiveDate::from_ymd_opt(2024, 12, 18)).into_iter().next().and_then(|a| a.date)
        };
        let said_in = cue("South Korean intelligence said in October that North Korea had sent 12,000 troops.");
        assert_eq!(
            said_in.map(|c| (c.date, c.basis, c.text)),
            Some((None, DateBasis::Unresolved, "in October".into()))
        );
        let opening = cue("In early November, the NIS said 10,000 troops had arrived.");
        assert_eq!(opening.map(|c| c.text).as_deref(), Some("In early November"));
        // When they were sent, not when it was said.
        assert!(cue("The NIS said North Korea sent troops in October.").is_none());
        assert!(cue("Moscow says it has been fighting incursions by Ukrainian troops since Tuesday.").is_none());
        assert_eq!(
            cue("The NIS said on October 3 that 10,000 troops had arrived.").and_then(|c| c.date),
            NaiveDate::from_ymd_opt(2024, 10, 3)
        );
    }

    #[test]
    fn progressive_speech_verbs() {
        let a = attrs("South Korean intelligence has been reporting that 1,500 North Korean troops arrived.");
        assert_eq!(a.first().map(|a| a.0.as_str()), Some("South Korean intelligence"));
    }

    #[test]
    fn subjects_and_dates() {
        let a = attrs("Seoul's National Intelligence Service said on Friday the North had sent some 1,500 troops.");
        assert_eq!(a[0].0, "Seoul's National Intelligence Service");
        assert_eq!(a[0].2.as_deref(), Some("2024-10-18"));
        let a =
            attrs("North Korea sent troops, South Korea's intelligence agency told lawmakers Wednesday, with more.");
        assert_eq!(a[0].0, "South Korea's intelligence agency");
        assert_eq!(a[0].2.as_deref(), Some("2024-10-23"));
    }

    #[test]
    fn parentheticals_appositives_and_agents() {
        assert_eq!(
            attrs("U.S. officials, speaking on condition of anonymity, say Russia lost troops.")[0].0,
            "U.S. officials"
        );
        assert_eq!(attrs("Park, who sits on the committee, told reporters.")[0].0, "Park");
        let a = attrs("on top of the 11,000 soldiers reported by Seoul's intelligence services, who were sent");
        assert_eq!((a[0].0.as_str(), a[0].1), ("Seoul's intelligence services", Reach::Agent));
        assert_eq!(
            attrs("According to South Korea's Joint Chiefs of Staff, the troops left.")[0].0,
            "South Korea's Joint Chiefs of Staff"
        );
        assert!(attrs("Troops are believed to have been deployed.").is_empty());
    }

    #[test]
    fn pronouns_and_inverted_speech() {
        let a = attrs("\"They are preparing 10,000 soldiers,\" he added.");
        assert_eq!(a[0].0, "he");
        let a = attrs("\"It is crucial,\" said Lim Eul-chul, a professor.");
        assert_eq!(a[0].0, "Lim Eul-chul");
    }

    #[test]
    fn headline_name_colon_quote() {
        let a = attrs("Zelensky: \u{2018}North Korea could send up to 100,000 troops\u{2019}");
        assert_eq!(a[0].0, "Zelensky");
        // Without quotation marks: a candidate the alias table must confirm (see the extractor).
        assert_eq!(attrs("Kursk: 300 soldiers killed")[0].0, "Kursk");
    }

    #[test]
    fn headline_trailing_source() {
        assert_eq!(attrs("N. Korea sends 3,000 more troops to Russia: JCS")[0].0, "JCS");
        assert_eq!(
            attrs("North Korea has lost 4,000 soldiers in Kursk - Ukraine's General Staff")[0].0,
            "Ukraine's General Staff"
        );
        assert!(attrs("The troops were sent to Kursk: about 3,000 of them").is_empty());
        assert!(attrs("He listed the units: marines, paratroopers.").is_empty());
    }

    #[test]
    fn explicit_dates_with_their_year() {
        let a = attrs("The NIS said on Oct. 3, 2023 that 1,000 troops were sent.");
        assert_eq!(a[0].2.as_deref(), Some("2023-10-03"));
        let w = Words::new("said on December 5, 2023 that", ByteSpan::new(0, 29));
        let cue = date_in(&w, 0, w.len(), NaiveDate::from_ymd_opt(2025, 1, 8));
        assert_eq!(cue.and_then(|c| c.date), NaiveDate::from_ymd_opt(2023, 12, 5));
    }

    #[test]
    fn definite_role_words_point_back() {
        let w = Words::new("The agency said 200 soldiers were killed.", ByteSpan::new(0, 41));
        let a = find(&w, None);
        assert!(a[0].is_pronoun, "{:?}", a[0].speaker);
        let w = Words::new("The agency's director said 200 soldiers were killed.", ByteSpan::new(0, 52));
        assert!(!find(&w, None)[0].is_pronoun);
    }

    #[test]
    fn cited_as_saying_names_the_source() {
        assert_eq!(attrs("Lawmakers cited the NIS as saying that 300 soldiers had died.")[0].0, "the NIS");
        assert_eq!(attrs("The NIS was quoted as saying that 1,000 troops were sent.")[0].0, "The NIS");
        let a = attrs("Yonhap reported, quoting the JCS as saying 3,000 more were sent.");
        assert!(a.iter().any(|x| x.0 == "the JCS"), "{a:?}");
    }

    #[test]
    fn days_ago() {
        let a = attrs("The NIS said two days ago that 1,500 troops were sent.");
        assert_eq!(a[0].2.as_deref(), Some("2024-10-21"));
        let a = attrs("The NIS said a week ago that 1,500 troops were sent.");
        assert_eq!(a[0].2.as_deref(), Some("2024-10-16"));
    }

    #[test]
    fn a_day_of_the_month_alone() {
        let a = attrs("The NIS said on the 17th that 1,500 troops were sent.");
        assert_eq!(a[0].2.as_deref(), Some("2024-10-17"), "this month, the day being past");
        let a = attrs("The NIS said on the 28th that 1,500 troops were sent.");
        assert_eq!(a[0].2.as_deref(), Some("2024-09-28"), "a day still to come is last month's");
    }

    #[test]
    fn unresolvable_times_and_event_times() {
        let a = attrs("Earlier this month, Ukrainian media reported that six officers were killed.");
        assert_eq!(a[0].0, "Ukrainian media");
        assert_eq!(a[0].2, None);
        // When the troops were sent is not when it was said.
        assert_eq!(attrs("Officials say Pyongyang sent 1,500 troops on Oct. 3.")[0].2, None);
        assert_eq!(attrs("The NIS said on Oct. 3 that 1,500 troops were sent.")[0].2.as_deref(), Some("2024-10-03"));
        assert_eq!(attrs("The NIS said on 3 October that 1,500 troops were sent.")[0].2.as_deref(), Some("2024-10-03"));
    }
}
