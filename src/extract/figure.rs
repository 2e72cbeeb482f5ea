//! Reading one number in its sentence: does it count military personnel, and if so how sure the text
//! is (qualifier), what it counts (kind) and whose personnel (side).

use crate::claim::{Kind, Qualifier, Side};
use crate::dates;
use crate::extract::claimants::Country;
use crate::extract::lexicon::{
    Personnel, casualty_noun, casualty_word, deployed_cue, ends_hedge, figure_noun, increment_word, military_context,
    money_or_unit_word, np_modifier, personnel, planned_cue, qualifier_before, readying_verb, sending_verb,
    year_preposition,
};
use crate::extract::sentence::Words;
use crate::numbers::NumberMatch;
use crate::tokens::TokKind;

/// What the number's noun phrase is headed by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Head {
    /// A personnel noun after the number ("3,000 troops", "400 of the North Korean troops").
    Noun { at: usize },
    /// A casualty noun or participle standing for the people ("3,600 wounded", "400 casualties").
    Casualty { at: usize, kind: Kind },
    /// A personnel noun before the number ("the number of troops ... to 3,000").
    Before { at: usize },
}

impl Head {
    fn at(self) -> usize {
        match self {
            Head::Noun { at } | Head::Casualty { at, .. } | Head::Before { at } => at,
        }
    }
}

/// A number that may be a claim, with the tokens it covers (both ends for a range).
#[derive(Clone, Copy, Debug)]
pub struct Figure {
    pub num: NumberMatch,
    pub high: Option<NumberMatch>,
    /// Last token of the figure, exclusive (the high end's for ranges).
    pub end: usize,
    /// First token of the figure with its hedge ("about" in "about 3,000"): see [`hedge_start`],
    /// which every rule about the words before a figure needs.
    pub start: usize,
    pub head: Option<Head>,
    /// Its noun is an earlier figure's, left out ("11,000 troops ... followed by 4,000 more").
    pub shared: bool,
}

/// Is the "-" at `sign` a markdown list's bullet ("- 11,000 troops deployed"): first on its line, a
/// space after it? Then the number after it has no sign.
fn list_bullet(text: &str, sign: crate::span::ByteSpan) -> bool {
    let line_start = text[..sign.start].rfind('\n').map_or(0, |i| i + 1);
    text[line_start..sign.start].trim().is_empty() && text[sign.end..].starts_with(' ')
}

/// Is this number something other than a count (a year, a date, money, a percentage, a model name)?
pub fn not_a_count(w: &Words<'_>, m: &NumberMatch) -> bool {
    let (a, b) = m.tokens;
    let prev = if a > 0 { w.w(a - 1) } else { "" };
    let prev2 = if a > 1 { w.w(a - 2) } else { "" };
    let next = w.w(b);
    if m.weak || m.unit_suffix || m.value < 1.0 || m.sign.is_some_and(|sign| !list_bullet(w.text, sign)) {
        return true;
    }
    // "One of them admitted", "one of the soldiers said": a pronoun, not a count.
    if m.value == 1.0 && next == "of" {
        return true;
    }
    // "UPDATE 2-North Korean troops ...": a wire story's version number.
    if a == 1 && matches!(w.raw(0), "UPDATE" | "Update") {
        return true;
    }
    // "one in five soldiers", "7 in 10": a ratio (a smaller number in a larger one, up to 100); not
    // "killed 300 in 10 days".
    let value_at = |i: usize| {
        w.toks.get(i).and_then(|t| t.numeral()).map(|n| n.value).or_else(|| {
            crate::numbers::is_number_word(w.w(i))
                .then(|| crate::numbers::scan(w.raw(i)).first().map(|n| n.value))
                .flatten()
        })
    };
    let ratio = |num: Option<f64>, den: Option<f64>| matches!((num, den), (Some(n), Some(d)) if n < d && d <= 100.0);
    if (prev == "in" && a >= 2 && ratio(value_at(a - 2), Some(m.value)))
        || (next == "in" && ratio(Some(m.value), value_at(b + 1)))
    {
        return true;
    }
    if rate(w, b) {
        return true;
    }
    // "losing five or six soldiers for every Ukrainian soldier killed": a ratio, on either side of
    // "or"; the count is a rate, not a number of people.
    let for_every = |from: usize| {
        (from..(from + 6).min(w.len()))
            .take_while(|&i| w.is_word(i) || w.toks[i].numeral().is_some())
            .any(|i| w.w(i) == "for" && matches!(w.w(i + 1), "every" | "each"))
    };
    if m.value <= 100.0 && for_every(b) {
        return true;
    }
    // "Su-27", "MiG-29", "Hwasong-11": a model designation.
    if prev == "-" && !w.toks[a].space_before && a > 1 && w.is_word(a - 2) && !w.toks[a - 1].space_before {
        return true;
    }
    if m.year_like
        && (1800.0..=2100.0).contains(&m.value)
        && (year_preposition(prev) || dates::month(prev).is_some() || prev == "," || b >= w.len() || !w.is_word(b))
    {
        return true;
    }
    if in_numeric_date(w, a) {
        return true;
    }
    // "Oct. 3", "October 18", "18 October"
    let month_before = dates::month(prev).is_some() || (prev == "." && dates::month(prev2).is_some());
    if (month_before || dates::month(next).is_some() && w.raw(b).chars().next().is_some_and(char::is_uppercase))
        && m.value <= 31.0
    {
        return true;
    }
    // "troops in Russia now number 7,000": a verb; digits grouped by thousands are no designation.
    let grouped = w.raw(a).contains(',');
    let verb_number = prev == "number" && grouped;
    if !verb_number
        && matches!(
            prev,
            "$" | "€"
            | "£"
            | "₩"
            | "¥"
            | "#"
            | "no"
            | "number"
            | "article"
            | "resolution"
            | "page"
            | "chapter"
            | "section"
            | "paragraph"
            | "version"
            | "route"
            | "highway"
            // "Unit 6", "Corps 11": a designation.
            | "unit"
            | "corps"
            | "division"
            | "squad"
            | "platoon"
            | "line"
            | "phase"
        )
    {
        return true;
    }
    if next == "%" || money_or_unit_word(next) || (next == "per" && w.w(b + 1) == "cent") {
        return true;
    }
    // "a 26-year-old man", "a 30-km strip": a unit joined by a hyphen.
    if next == "-" && !w.toks.get(b + 1).is_some_and(|t| t.space_before) && money_or_unit_word(w.w(b + 1)) {
        return true;
    }
    // "Tactical Group No. 84"
    if prev == "." && prev2 == "no" && w.raw(a - 2) == "No" {
        return true;
    }
    // Decimals are counts only with a scale word ("1.2 million").
    m.value.fract() != 0.0 && !m.vague
}

/// "more than 1,000 casualties per day", "1,500 troops a month", "losing 900 soldiers daily", "1,200
/// wounded and dead per day": a rate,
/// not a count of anyone. `b` is the token after the number; the noun phrase may stand between.
fn rate(w: &Words<'_>, b: usize) -> bool {
    let end = (b..(b + 5).min(w.len()))
        .find(|&i| {
            !(w.is_word(i)
                && (np_modifier(w.w(i), w.raw(i))
                    || personnel(w.w(i)).is_some()
                    || casualty_noun(w.w(i)).is_some()
                    // "1,200 wounded and dead per day"
                    || casualty_word(w.w(i)).is_some()
                    || matches!(w.w(i), "and" | "or")))
                || matches!(w.w(i), "a" | "per" | "each" | "every" | "daily" | "weekly" | "monthly")
        })
        .unwrap_or(w.len());
    let unit = |x: &str| matches!(x, "day" | "week" | "month" | "year" | "hour" | "24");
    match w.w(end) {
        "per" | "each" | "every" => unit(w.w(end + 1)),
        // Not "a day ago", "a week earlier".
        "a" => unit(w.w(end + 1)) && !matches!(w.w(end + 2), "ago" | "earlier" | "later" | "before" | "after"),
        "daily" | "weekly" | "monthly" => true,
        _ => false,
    }
}

/// "at least 1.000 of the 11.000 troops": outlets that group thousands with dots (translated copy)
/// write counts the number parser reads, as English does, as decimals. People come whole, so a count
/// written as groups of three digits after dots ("11.000", "2.500.000", never "0.125") is in thousands.
pub fn dot_grouped(text: &str, mut m: NumberMatch) -> NumberMatch {
    let written = &text[m.span];
    let mut groups = written.split('.');
    let first = groups.next().unwrap_or("");
    let grouped = written.contains('.')
        && (1..=3).contains(&first.len())
        && !first.starts_with('0')
        && first.bytes().all(|b| b.is_ascii_digit())
        && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
    if grouped && let Ok(v) = written.replace('.', "").parse::<f64>() {
        m.value = v;
    }
    m
}

/// Is the numeral at token `a` part of a date written in numbers ("2024-10-23", "2025.06.26",
/// "2025/03/27")? The glued run of numerals and separators around it is read as the metadata reader
/// reads dates.
fn in_numeric_date(w: &Words<'_>, a: usize) -> bool {
    let glued = |i: usize| w.toks.get(i).is_some_and(|t| !t.space_before);
    let sep = |i: usize| matches!(w.w(i), "-" | "/" | ".");
    let numeral = |i: usize| w.toks.get(i).is_some_and(|t| t.numeral().is_some());
    // The first numeral of the run: back over "<numeral><sep>" pairs written without spaces.
    let mut first = a;
    while first >= 2 && glued(first) && sep(first - 1) && glued(first - 1) && numeral(first - 2) {
        first -= 2;
    }
    let three = (1..5).all(|k| glued(first + k) && if k % 2 == 1 { sep(first + k) } else { numeral(first + k) });
    three && a <= first + 4 && dates::parse_date(w.slice(first, first + 5)).is_some()
}

/// Join "10,000-12,000", "10,000 to 12,000" and "between 1,000 and 3,000" into ranges.
pub fn ranges(w: &Words<'_>, nums: &[NumberMatch]) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < nums.len() {
        let m = nums[i];
        if let Some(n) = nums.get(i + 1) {
            let gap = n.tokens.0 - m.tokens.1;
            let link = w.w(m.tokens.1);
            let between = m.tokens.0 > 0 && w.w(m.tokens.0 - 1) == "between";
            let from = m.tokens.0 > 0 && w.w(m.tokens.0 - 1) == "from";
            // "11 or 12,000", as a speaker hedges (and a transcript's "11 (or) 12,000").
            let or = gap == 1 && link == "or"
                || gap == 3 && link == "(" && w.w(m.tokens.1 + 1) == "or" && w.w(m.tokens.1 + 2) == ")";
            let linked = gap == 1 && (matches!(link, "-" | "\u{2013}" | "to") || link == "and" && between) || or;
            // "10 to 12 thousand troops": the low end shares the high end's scale.
            let mut m = m;
            if linked
                && !m.vague
                && !n.vague
                && m.value < 1000.0
                && m.value.fract() == 0.0
                && let Some(scale) = [1e9, 1e6, 1e3].into_iter().find(|s| n.value % s == 0.0 && n.value / s < 1000.0)
                && m.value * scale < n.value
                && m.value * scale * 20.0 >= n.value
                && n.value / scale > m.value
            {
                m.value *= scale;
            }
            if linked && !from && !m.vague && !n.vague && n.value > m.value && n.value <= m.value * 20.0 {
                out.push(Figure {
                    num: m,
                    high: Some(*n),
                    end: n.tokens.1,
                    start: hedge_start(w, m.tokens.0),
                    head: None,
                    shared: false,
                });
                i += 2;
                continue;
            }
        }
        out.push(Figure {
            num: m,
            high: None,
            end: m.tokens.1,
            start: hedge_start(w, m.tokens.0),
            head: None,
            shared: false,
        });
        i += 1;
    }
    out
}

/// Words that make "officers", "forces" or "workers" civilian.
fn civilian_modifier(w: &str) -> bool {
    matches!(
        w,
        "police"
            | "prison"
            | "correctional"
            | "customs"
            | "immigration"
            | "fire"
            | "election"
            | "polling"
            | "loan"
            | "probation"
            | "compliance"
            | "sales"
            | "market"
            | "labor"
            | "labour"
            | "medical"
            | "health"
            | "aid"
            | "humanitarian"
            | "rescue"
            | "emergency"
            | "civilian"
    )
}

/// Is the numeral at `k` the whole of a share whose own figure ends at `end`: "1,000 of the 11,000
/// troops", "half of its estimated 12,000 soldiers"?
fn of_the_whole(w: &Words<'_>, end: usize, k: usize) -> bool {
    w.w(end) == "of"
        && (end + 1..k).all(|i| {
            matches!(
                w.w(i),
                "the" | "its" | "their" | "some" | "about" | "around" | "roughly" | "approximately" | "estimated"
            )
        })
        && k > end + 1
}

/// Find what the figure counts.
/// `context` says the sentence is about the military, or goes on from one that held a claim;
/// `own_context` only the first: a weak noun ("builders", "people") needs its own sentence's word.
pub fn head(w: &Words<'_>, f: &Figure, context: bool, own_context: bool) -> Option<Head> {
    let licensed = |p: Personnel| p == Personnel::Strong || own_context;
    let mut k = f.end;
    // "- **15,000**: North Korean troops sent to Russia", "11,000 — troops in the first wave": a
    // figure that labels a list item or a line, its noun after the colon or dash.
    let markup = |i: usize| matches!(w.toks[i].kind, TokKind::Punct('*' | '-' | '\u{2022}' | '#'));
    // (A cheap look first: the line opens within a few tokens of the figure.)
    if f.num.tokens.0 <= 4 && (0..f.start).all(markup) {
        let mut e = k;
        while e < w.len() && matches!(w.toks[e].kind, TokKind::Punct('*')) {
            e += 1;
        }
        if e < w.len() && matches!(w.toks[e].kind, TokKind::Punct(':' | '\u{2014}' | '\u{2013}')) {
            k = e + 1;
        }
    }
    // "some 2,500-odd troops": a loose figure, the noun after it.
    if w.w(k) == "-" && w.w(k + 1) == "odd" {
        k += 2;
    }
    // "10,000-strong contingent", "a 12,000-strong North Korean force", "a 2,000-man unit"; not "the
    // 2,000-strong crowd".
    if w.w(k) == "-" && matches!(w.w(k + 1), "strong" | "man" | "member") {
        let body = |i: usize| {
            personnel(w.w(i)).is_some()
                || matches!(
                    w.w(i),
                    "force"
                        | "unit"
                        | "units"
                        | "brigade"
                        | "battalion"
                        | "regiment"
                        | "division"
                        | "corps"
                        | "detachment"
                        | "garrison"
                        | "militia"
                        | "group"
                        | "deployment"
                        | "expeditionary"
                )
        };
        // The force itself heads the phrase, so that "North Korean" before it says whose.
        return (k + 2..(k + 6).min(w.len()))
            .take_while(|&i| w.is_word(i))
            .find(|&i| body(i))
            .map(|at| Head::Noun { at });
    }
    let mut casualty: Option<(usize, Kind)> = None;
    let mut steps = 0;
    while k < w.len() && steps < 7 {
        let tok = &w.toks[k];
        match tok.kind {
            TokKind::Punct('-' | '\'' | '\u{2019}') => {}
            // A quoted figure: '"several hundred" North Korean troops'.
            TokKind::Punct('"' | '\u{201d}') if k == f.end => {}
            // The dots of "U.S." and "U.K." inside the noun phrase: "28,500 U.S. troops" (not
            // counted as words of the phrase: "4,500 of the 28,500 U.S. troops").
            TokKind::Punct('.') if !tok.space_before && w.raw(k - 1).chars().count() == 1 => {
                k += 1;
                continue;
            }
            TokKind::Word => {
                let lw = w.w(k);
                // "service members"
                if lw == "members" && w.w(k - 1) == "service" {
                    return Some(Head::Noun { at: k });
                }
                // "300,000 service member deaths": a modifier here.
                if lw == "member" && w.w(k - 1) == "service" {
                    k += 1;
                    steps += 1;
                    continue;
                }
                // "10,000 of its military to Russia", "500 North Korean military would be used": the
                // military as its people, where no noun follows it.
                let ends_phrase = !w.is_word(k + 1)
                    || matches!(
                        w.w(k + 1),
                        "to" | "in"
                            | "into"
                            | "who"
                            | "that"
                            | "have"
                            | "has"
                            | "had"
                            | "were"
                            | "was"
                            | "are"
                            | "would"
                            | "will"
                            | "could"
                            | "from"
                            | "at"
                            | "on"
                            | "for"
                    );
                if lw == "military" && ends_phrase && w.w(k + 1) != "-" {
                    return Some(Head::Noun { at: k });
                }
                // "another 10,000 or so of their comrades"
                if lw == "or" && k == f.end && w.w(k + 1) == "so" {
                    k += 2;
                    steps += 2;
                    continue;
                }
                // "11,000-plus soldiers"
                if lw == "plus" && k <= f.end + 1 {
                    k += 1;
                    steps += 1;
                    continue;
                }
                // "service people", as the Russian ministry writes it.
                if lw == "people" && w.w(k - 1) == "service" {
                    return Some(Head::Noun { at: k });
                }
                // "12 armoured personnel carriers": a modifier of vehicles, not people.
                if lw == "personnel"
                    && matches!(w.w(k + 1), "carrier" | "carriers" | "mine" | "mines" | "vehicle" | "vehicles")
                {
                    break;
                }
                if let Some(p) = personnel(lw) {
                    // "2,000 police officers", "300 election workers": people, but not military personnel.
                    let civilian = (f.end..k).any(|i| civilian_modifier(w.w(i)));
                    // "killed 12 people": in a casualty clause, people are civilians.
                    // "A total of 48 people, including 12 soldiers, were killed": anywhere in the sentence.
                    let casualty_people = lw == "people"
                        && (0..w.len()).any(|i| {
                            casualty_word(w.w(i)).is_some() || matches!(w.w(i), "killing" | "kills" | "killed")
                        });
                    // But "the number of killed and wounded North Korean soldiers exceeds 3,000 people":
                    // the people of a count of soldiers.
                    let soldiers_counted = || {
                        let before = 0..f.num.tokens.0;
                        before.clone().any(|i| figure_noun(w.w(i)))
                            && before.into_iter().any(|i| personnel(w.w(i)) == Some(Personnel::Strong))
                    };
                    if licensed(p) && !civilian && (!casualty_people || soldiers_counted()) {
                        return Some(Head::Noun { at: k });
                    }
                    break;
                }
                if casualty.is_none()
                    && let Some(kind) = casualty_noun(lw)
                {
                    casualty = Some((k, kind));
                }
                let joins_casualties =
                    matches!(lw, "or" | "and") && casualty.is_some() && casualty_word(w.w(k + 1)).is_some();
                let more_than = lw == "more" && w.w(k + 1) == "than";
                // "50,000 Russian and North Korean troops": nationalities joined in the phrase.
                // "6,000 engineering and military construction personnel": modifiers joined too.
                let joined_modifiers = k > f.end
                    && w.is_word(k - 1)
                    && w.is_word(k + 1)
                    && np_modifier(w.w(k - 1), w.raw(k - 1))
                    && np_modifier(w.w(k + 1), w.raw(k + 1))
                    && casualty_word(w.w(k - 1)).is_none();
                if matches!(lw, "and" | "or")
                    && (joined_modifiers || w.country_at(k - 1).is_some() && w.country_at(k + 1).is_some())
                {
                    k += 1;
                    steps += 1;
                    continue;
                }
                // "2,000 of the roughly 12,000 soldiers": a hedge on the whole's number.
                let whole_hedge =
                    w.toks.get(k + 1).is_some_and(|t| t.numeral().is_some()) && of_the_whole(w, f.end, k + 1);
                if more_than || !(np_modifier(lw, w.raw(k)) || joins_casualties || whole_hedge) {
                    break;
                }
            }
            // "1,000 of the 11,000 troops sent": a share counts what its whole counts (the whole
            // may be written in parts: "45-hundred of the 28-thousand-500 U.S. troops").
            TokKind::Numeral(_) if of_the_whole(w, f.end, k) => {
                while matches!(w.w(k + 1), "-" | "thousand" | "hundred" | "million")
                    || w.w(k) == "-" && w.toks.get(k + 1).is_some_and(|t| t.numeral().is_some())
                {
                    k += 1;
                }
            }
            _ => break,
        }
        k += 1;
        steps += 1;
    }
    // "1,100 casualties", "1,100 North Korean casualties", but not "1,100 civilian casualties".
    if let Some((at, kind)) = casualty
        && context
        && at <= f.end + 3
        && !(f.end..at).any(|i| civilian_modifier(w.w(i)))
    {
        return Some(Head::Casualty { at, kind });
    }
    // "nearly 1,000 had been wounded", "400 were killed": the people are left out, the verb says who.
    if context {
        let mut k = f.end;
        while k < w.len()
            && matches!(
                w.w(k),
                "had"
                    | "have"
                    | "has"
                    | "been"
                    | "were"
                    | "was"
                    | "are"
                    | "reportedly"
                    | "also"
                    | "\""
                    | "\u{201c}"
                    | "of"
                    | "them"
                    | "those"
                    | "whom"
                    | "others"
                    | "more"
                    // "about 1,000 were believed to have been killed"
                    | "believed"
                    | "thought"
                    | "feared"
                    | "presumed"
                    | "estimated"
                    | "reported"
                    | "to"
                    | "be"
                    | "battle"
                    | "combat"
                    | "additionally"
                    | "already"
                    | "so"
                    | "far"
            )
            || (w.w(k) == "or" && matches!(w.w(k + 1), "more" | "so"))
        {
            k += 1;
        }
        // "About 10,000 are expected by December", "another 1,500 were sent": troops on the move,
        // the noun left out after a sentence about them.
        let moving = match w.w(k) {
            "expected" => match w.w(k + 1) {
                "by" | "soon" | "later" | "next" | "in" | "within" => true,
                "to" => {
                    let v = if w.w(k + 2) == "be" { w.w(k + 3) } else { w.w(k + 2) };
                    sending_verb(v) || matches!(v, "arrive" | "follow" | "join")
                }
                _ => false,
            },
            // "About 1,800 more are being readied": made ready to go.
            "being" => sending_verb(w.w(k + 1)) || readying_verb(w.w(k + 1)),
            // "Some 3,000 more are reportedly preparing to leave"
            "preparing" | "poised" | "ready" | "set" if w.w(k + 1) == "to" => {
                let v = w.w(k + 2);
                sending_verb(v) || matches!(v, "leave" | "depart" | "join" | "arrive" | "follow" | "deploy" | "move")
            }
            other => {
                sending_verb(other) || matches!(other, "stationed" | "arrived" | "arriving" | "headed" | "heading")
            }
        };
        // "as many as 8,000 fighting on the front lines": a participle right after the figure.
        // "adding to the 11,000 sent in November".
        // "beyond the roughly 11,000 already in Russia": troops known to be somewhere.
        let h = f.start;
        let definite = (h.saturating_sub(1)..f.num.tokens.0).any(|i| w.w(i) == "the");
        let posted = k == f.end
            && matches!(w.w(k), "fighting" | "serving" | "battling" | "stationed" | "deployed" | "sent" | "dispatched")
            || definite
                && k == f.end + 1
                && w.w(f.end) == "already"
                && matches!(w.w(k), "in" | "inside" | "there" | "on" | "at");
        // "3,000 more could follow", "another 2,000 will be sent": a modal, then the move.
        let modal_move = matches!(w.w(k), "could" | "will" | "may" | "might" | "would") && {
            let v = if w.w(k + 1) == "be" { w.w(k + 2) } else { w.w(k + 1) };
            sending_verb(v) || matches!(v, "follow" | "join" | "arrive" | "sent" | "deployed" | "dispatched")
        };
        // '"We expect 4,000 more within weeks," he added', "Pyongyang will send 5,000 more".
        let h0 = f.start;
        let more_coming = w.w(f.end) == "more"
            && h0 > 0
            && (sending_verb(w.w(h0 - 1))
                || matches!(
                    w.w(h0 - 1),
                    "expect" | "expects" | "expected" | "expecting" | "sent" | "deployed" | "dispatched"
                ));
        if (posted || moving && k > f.end || modal_move || more_coming) && w.w(f.end) != "of" {
            return Some(Head::Noun { at: f.end - 1 });
        }
        // "more than 4,000 had been lost": lost in a passive counts losses.
        let lost = w.w(k) == "lost" && matches!(w.w(k - 1), "been" | "were" | "was");
        // "Another 40 surrendered.": right after the figure when the figure is the subject.
        let mut s0 = f.start;
        if s0 > 0 && matches!(w.w(s0 - 1), "another" | "some" | "the") {
            s0 -= 1;
        }
        let subject = s0 == 0 || matches!(w.w(s0 - 1), "and" | "but" | "while" | "," | "\"" | "\u{201c}");
        if let Some(kind) = casualty_word(w.w(k)).or(lost.then_some(Kind::Casualties)).filter(|_| k > f.end || subject)
        {
            return Some(Head::Casualty { at: k, kind });
        }
        // A figure standing for (part of) troops named before it in the sentence: "had wounded 2,800
        // North Korean troops and killed 1,200", "50,000 troops, including 11,000 from North Korea",
        // "Of the 11,000 North Korean troops in Russia, about 3,000 are fighting", "about 8,000 of
        // them moved to Kursk".
        let start = f.start;
        // 'with "at least 10,000 right now in Kursk"': the word before the quotation.
        let quoted = start > 0 && matches!(w.w(start - 1), "\"" | "\u{201c}");
        let mut before_at = (start - usize::from(quoted)).checked_sub(1);
        // "with another 3,000 on the way"
        if let Some(b) = before_at.filter(|&b| b > 0 && matches!(w.w(b), "another" | "additional" | "further")) {
            before_at = Some(b - 1);
        }
        let before = before_at.map_or("", |v| w.w(v));
        // "killed 21 soldiers and injured 40 in the village": no noun of its own.
        let bare = !w.is_word(f.end)
            || matches!(
                w.w(f.end),
                "in" | "on"
                    | "at"
                    | "near"
                    | "during"
                    | "since"
                    | "over"
                    | "across"
                    | "around"
                    | "last"
                    | "this"
                    | "right"
                    | "now"
                    | "still"
                    | "currently"
                    | "already"
            );
        let refers_back = bare
            && matches!(before, "killed" | "wounded" | "injured" | "captured" | "killing" | "wounding" | "capturing")
            || matches!(before, "including" | "includes" | "include") && (bare || w.w(f.end) == "from")
            // "sent 11,000 troops, with 3,000 now in Kursk"
            || before == "with" && bare && w.is_word(f.end)

            // "12,000 soldiers in Kursk, of which they lost more than 4,000"
            || bare
                && matches!(before, "lost" | "killed" | "wounded" | "captured")
                && (start.saturating_sub(4)..start).any(|k| k > 0 && w.w(k - 1) == "of" && matches!(w.w(k), "which" | "whom"))
            || w.w(0) == "of" && before == ","
            || w.w(f.end) == "of" && matches!(w.w(f.end + 1), "them" | "those" | "whom");
        if refers_back && let Some(at) = (0..start).rev().find(|&i| personnel(w.w(i)) == Some(Personnel::Strong)) {
            return Some(Head::Before { at });
        }
        // "the U.S. has sent an initial 14,000 since the spring", after a sentence about troops: the
        // object of a verb of sending, its noun left out.
        // (And "it has now deployed as many as 15,000." at the clause's end.)
        let clause_end = matches!(w.w(f.end), "," | "." | ";" | "");
        if bare && (w.is_word(f.end) || clause_end) && sent_object(w, start) {
            return Some(Head::Noun { at: f.end - 1 });
        }
        // "Around 8,000 of them are now in Kursk": the troops of the sentence before.
        if context && w.w(f.end) == "of" && matches!(w.w(f.end + 1), "them" | "those") {
            return Some(Head::Noun { at: f.end + 1 });
        }
    }
    // A toll is the military's only in a sentence about the military, or when an army owns it.
    head_before(w, f).filter(|h| match *h {
        Head::Casualty { at, .. } if w.w(at) == "toll" => context || army_toll(w, at),
        _ => true,
    })
}

/// Is the figure starting at token `start` (its hedge included) the object of a verb of sending:
/// "has sent an initial 14,000", "deployed another 2,000"?
fn sent_object(w: &Words<'_>, start: usize) -> bool {
    let mut k = start;
    while k > 0 && matches!(w.w(k - 1), "a" | "an" | "the" | "another" | "initial" | "further" | "first" | "second") {
        k -= 1;
    }
    k > 0 && matches!(w.w(k - 1), "sent" | "deployed" | "dispatched" | "sending" | "deploying" | "dispatching")
}

/// Does "by" after a verb of growth stand before token `j` ("has risen by", "grew by")?
fn growth_by(w: &Words<'_>, j: usize) -> bool {
    j >= 2 && w.w(j - 1) == "by" && growth_verb(w.w(j - 2))
}

/// A verb of growth, in any form: "rose", "has risen", "could grow".
fn growth_verb(w: &str) -> bool {
    matches!(
        w,
        "risen"
            | "rose"
            | "rise"
            | "rising"
            | "increased"
            | "increase"
            | "grown"
            | "grew"
            | "grow"
            | "climbed"
            | "climb"
            | "jumped"
            | "swelled"
            | "swell"
            | "expanded"
    )
}

/// "brings the number of North Korean troops in Russia to 3,000": a personnel noun before the figure,
/// linked to it by "to", "at", "of", "reached" ..., with nothing noun-like after the figure.
fn head_before(w: &Words<'_>, f: &Figure) -> Option<Head> {
    let a = f.num.tokens.0;
    // Back over hedges of one or more words: "about", "as high as". (But "put the toll closer to
    // 2,000": the hedge's "to" links the figure as a plain "to" does.)
    let j = f.start;
    let j = if matches!(w.w(j), "close" | "closer" | "nearer") && w.w(j + 1) == "to" { j + 2 } else { j };
    // ... as does a verb of the hedge: "with losses exceeding 4,000".
    let j = if j < a && matches!(w.w(j), "exceeding" | "surpassing" | "topping") { j + 1 } else { j };
    // ... and a quotation that opens on the figure: 'the number killed ... was "over 600,000."'
    let j = if j >= 2 && matches!(w.w(j - 1), "\"" | "\u{201c}") { j - 1 } else { j };
    // ... and an adverb after the verb: "the total number of troops is now around 14,000".
    let j = if j >= 2 && matches!(w.w(j - 1), "now" | "already" | "currently" | "still") { j - 1 } else { j };
    if j == 0 {
        return None;
    }
    // "casualties were 1,523", "losses of 1,500": a copula or "of" links only a noun right before it.
    // (But "North Korean troops in Russia now number 7,000": the verb reaches its subject.)
    let verb_number = matches!(w.w(j - 1), "number" | "numbers" | "numbered" | "total" | "totals")
        && j >= 2
        && !matches!(w.w(j - 2), "the" | "a" | "this" | "that" | "total" | "same");
    // "the number of Russians killed in the war thus far -- 15,000": a dash gives the number of the
    // phrase before it (checked with `counted` below).
    let dash_at = |i: usize| matches!(w.toks[i].kind, TokKind::Punct('\u{2013}' | '\u{2014}' | '-'));
    let dashes = (1..=2.min(j)).take_while(|&d| dash_at(j - d)).count();
    let dash_link = dashes > 0 && w.toks[j - dashes].space_before && w.toks[j].space_before;
    let near_link = !verb_number
        && (dash_link
            || matches!(
                w.w(j - 1),
                "were" | "was" | "of" | "number" | "numbered" | "stand" | "stands" | "stood" | "is" | "are"
            ));
    // "the number of North Korean troops in Kursk has risen by about 2,000".
    let rise = growth_by(w, j);
    // "estimated the number of troops in Russia to be 10,000": "to be" links as far as "reached".
    // ... and "may be as high as 1,000".
    let to_be =
        w.w(j - 1) == "be" && j >= 2 && matches!(w.w(j - 2), "to" | "may" | "might" | "could" | "would" | "will");
    if !near_link
        && !to_be
        && !rise
        && !verb_number
        && !matches!(
            w.w(j - 1),
            "to" | "at"
                | "reached"
                | "reach"
                | "totaling"
                | "totalling"
                | "numbering"
                | "totaled"
                | "totalled"
                | "reaches"
                | "passed"
                | "exceeded"
                | "exceeds"
                | "exceed"
                | "surpassed"
                | "surpasses"
                | "topped"
                | "top"
                | "tops"
                | "totals"
                | "hit"
                | "hits"
                | "approaching"
                | "approaches"
                | "nearing"
                | "nears"
                // "with losses exceeding 4,000"
                | "exceeding"
                | "surpassing"
                | "topping"
                | "reaching"
        )
    {
        return None;
    }
    // "troops numbering about 11,000 have joined": the verb after the phrase is no noun of the figure's.
    let next_is_word = w.is_word(f.end)
        && !matches!(
            w.w(f.end),
            "and"
                | "by"
                | "in"
                | "as"
                | "so"
                | "on"
                | "last"
                | "this"
                | "since"
                | "over"
                | "out"
                // "had shrunk to 8,000 from 11,000"
                | "from"
                | "during"
                | "within"
                | "according"
                | "have"
                | "has"
                | "had"
                | "were"
                | "are"
                | "is"
                | "was"
                | "will"
                | "would"
                | "could"
                | "may"
        );
    // "rose by about 2,000 to some 10,000", "sent a force of 12,000 to Russia"
    // ("the number of personnel is up to 3,000 people": a weak noun after it counts the same ones.)
    let same_people = near_link && personnel(w.w(f.end)) == Some(Personnel::Weak);
    if next_is_word && !same_people && !((rise || w.w(j - 1) == "of") && w.w(f.end) == "to") {
        return None;
    }
    // "the number of Pyongyang's soldiers killed in action was around 600": a copula after a phrase
    // opened by "the number of" links as far as that phrase goes.
    // (And "the median estimate of Russian soldiers killed and injured in Ukraine was 320,000".)
    let phrase_end = if dash_link { j - dashes } else { j - 1 };
    let counted = near_link
        && (phrase_end.saturating_sub(10)..phrase_end)
            .rev()
            .take_while(|&i| w.is_word(i) || matches!(w.w(i), "'" | "\u{2019}"))
            .any(|i| figure_noun(w.w(i)) && w.w(i + 1) == "of");
    if dash_link && !counted {
        return None;
    }
    // "puts the number of Russian and North Korean troops being readied for the offensive in Kursk
    // at 50,000": the phrase that "put ... at" frames may be long.
    let put_at = w.w(j - 1) == "at"
        && (j.saturating_sub(24)..j.saturating_sub(3))
            .any(|i| matches!(w.w(i), "put" | "puts") && w.w(i + 1) == "the" && figure_noun(w.w(i + 2)));
    // "The number of North Korean military casualties deployed to the war is estimated to have
    // exceeded 6,000": a long subject opened by "the number of" is read as far back as its start.
    let number_of = || {
        (j.saturating_sub(20)..j.saturating_sub(3)).any(|i| {
            figure_noun(w.w(i)) && w.w(i + 1) == "of" && i > 0 && matches!(w.w(i - 1), "the" | "a" | "this" | "that")
        })
    };
    let lo = j.saturating_sub(if put_at || !near_link && number_of() {
        22
    } else if near_link && !counted {
        3
    } else {
        // (A possessive's apostrophe and "s" are no words: "North Korean troop numbers in Russia's
        // Kursk region could rise to 15,000".)
        10 + 2 * (j.saturating_sub(12)..j).filter(|&i| matches!(w.w(i), "'" | "\u{2019}") && w.w(i + 1) == "s").count()
    });
    // "the number of troops ... to 3,000"; "casualties have reached 4,000".
    // A rise on the way does not stop the search: "the number of troops rose by 2,000 to 10,000".
    // Nor does a year: "bringing the total since February 2022 to 912,000".
    let numeral_stops = |i: usize| w.toks[i].numeral().is_some() && !growth_by(w, hedge_start(w, i)) && !year_at(w, i);
    // An aside between dashes is stepped over: "put the number of soldiers in Kursk - where Ukrainian
    // troops have held ground since August - at about 8,000".
    let dash =
        |i: usize| matches!(w.toks[i].kind, TokKind::Punct('\u{2013}' | '\u{2014}' | '-')) && w.toks[i].space_before;
    let mut looked_at = Vec::with_capacity(j - 1 - lo);
    let mut i = j - 1;
    while i > 0 && looked_at.len() < j - 1 - lo {
        i -= 1;
        if dash(i)
            && let Some(k) = (i.saturating_sub(40)..i).rev().find(|&k| dash(k))
        {
            i = k;
            continue;
        }
        looked_at.push(i);
    }
    let reach: Vec<usize> =
        looked_at.into_iter().take_while(|&i| !numeral_stops(i) && !matches!(w.w(i), ";" | ":")).collect();
    // "the number of North Korean casualties who conducted operations against Ukrainian forces
    // exceeds 6,000": the noun that "the number of" opens is what is counted, before any noun of a
    // clause that describes it.
    let frame = reach.iter().copied().rfind(|&i| figure_noun(w.w(i)) && w.w(i + 1) == "of");
    let framed = frame.and_then(|n| (n + 2..(n + 7).min(j)).find_map(|i| noun_head(w, i, j, counted)));
    framed.or_else(|| reach.into_iter().find_map(|i| noun_head(w, i, j, counted)))
}

/// A year after a month or a preposition ("since February 2022", "in 2024"): a numeral that does
/// not end a noun phrase's reach.
fn year_at(w: &Words<'_>, i: usize) -> bool {
    let raw = w.raw(i);
    raw.len() == 4
        && raw.bytes().all(|b| b.is_ascii_digit())
        && (raw.starts_with("19") || raw.starts_with("20"))
        && i > 0
        && (crate::dates::month(w.w(i - 1)).is_some() || matches!(w.w(i - 1), "in" | "since" | "of" | "until"))
}

/// What the word at `i`, before a figure whose link word ends at `j`, says the figure counts (see
/// [`head_before`]; `counted`: a phrase opened by "the number of" links the figure).
fn noun_head(w: &Words<'_>, i: usize, j: usize, counted: bool) -> Option<Head> {
    // "troop numbers could reach 100,000": "troop" as a modifier names the personnel too; "a
    // force of 12,000", "a detachment of 800": a body of troops right before "of".
    let body = matches!(
        w.w(i),
        "force"
            | "detachment"
            | "deployment"
            | "unit"
            | "contingent"
            | "battalion"
            | "brigade"
            | "regiment"
            | "division"
    ) && w.w(i + 1) == "of"
        && i + 2 == j;
    // "the number of Russians killed ... -- 15,000": a weaker noun, when the phrase counts its dead.
    let counted_people = counted && personnel(w.w(i)).is_some() && casualty_word(w.w(i + 1)).is_some();
    if personnel(w.w(i)) == Some(Personnel::Strong) || w.w(i) == "troop" || body || counted_people {
        // "The death toll among North Korean troops has risen to 300": the toll is what is counted.
        let among = (i.saturating_sub(5)..i).rev().find(|&k| matches!(w.w(k), "among" | "of"));
        let counted = among.and_then(|k| {
            let noun = k.checked_sub(1)?;
            match w.w(noun) {
                "toll" => {
                    let kind = if w.w(noun.wrapping_sub(1)) == "death" { Kind::Killed } else { Kind::Casualties };
                    Some(Head::Casualty { at: noun, kind })
                }
                other => casualty_noun(other).map(|kind| Head::Casualty { at: noun, kind }),
            }
        });
        Some(counted.unwrap_or(Head::Before { at: i }))
    } else if matches!(w.w(i), "total" | "tally") && matches!(w.w(i.wrapping_sub(1)), "the" | "a") {
        // "sent 3,000 troops so far, with the total likely to climb to 10,000": the troops' total.
        // The head is the total itself, so that the figure's own clause says what it counts.
        (0..i).rev().any(|k| personnel(w.w(k)) == Some(Personnel::Strong)).then_some(Head::Before { at: i })
    } else if w.w(i) == "toll" {
        // "put the death toll at 300"; "the casualty toll".
        let kind = if w.w(i.wrapping_sub(1)) == "death" { Kind::Killed } else { Kind::Casualties };
        Some(Head::Casualty { at: i, kind })
    } else {
        // "the number of soldiers killed and wounded ... exceeded 3,000": both, so casualties.
        // ("... killed or have been injured")
        let joined = |kind: Kind| {
            let mut c = i.saturating_sub(1);
            while c + 3 > i && c > 0 && is_aux(w.w(c)) {
                c -= 1;
            }
            let other = (c >= 1 && matches!(w.w(c), "and" | "or")).then(|| casualty_word(w.w(c - 1))).flatten();
            if other.is_some_and(|k| k != kind) { Kind::Casualties } else { kind }
        };
        casualty_noun(w.w(i)).filter(|_| w.w(i) != "killed").map(|kind| Head::Casualty { at: i, kind: joined(kind) })
    }
}

/// "Russia's death toll", "the Russian death toll", "the military toll": a toll at `at` said to be a
/// country's or an army's. (Not "the death toll from the strike".)
fn army_toll(w: &Words<'_>, at: usize) -> bool {
    (at.saturating_sub(4)..at).any(|k| {
        let raw = w.raw(k);
        matches!(w.w(k), "military" | "army" | "troop" | "combat" | "battlefield")
            || raw.starts_with(char::is_uppercase)
                && !matches!(w.w(k), "the" | "a" | "an" | "its" | "this" | "that" | "their" | "death" | "casualty")
    })
}

/// Words between a noun phrase and what happened to it: "were believed to have been", "who were
/// recently", "it has", "after they were".
fn linking_word(w: &str) -> bool {
    matches!(
        w,
        // "have been battle casualties"
        "battle" | "combat" | "heavy"
        | "were"
            | "was"
            | "have"
            | "had"
            | "been"
            | "are"
            | "be"
            | "reportedly"
            | "being"
            | "also"
            | "already"
            | "believed"
            | "thought"
            | "feared"
            | "presumed"
            | "said"
            | "reported"
            | "estimated"
            | "likely"
            | "to"
            | "taken"
            | "who"
            | "that"
            | "it"
            | "they"
            | "has"
            | "recently"
            | "allegedly"
            | "after"
            | "either"
            | "went"
            | "gone"
            // "are listed as missing in action"
            | "listed"
            | "considered"
            | "registered"
            | "as"
            // "300 of them are now believed to be dead"
            | "now"
            | "probably"
    )
}

/// The qualifier: hedge words before the figure, a "+" or "or more" after it, vague words.
pub fn qualifier(w: &Words<'_>, f: &Figure) -> Option<Qualifier> {
    if f.num.vague {
        return Some(Qualifier::Vague);
    }
    let plus_word = w.w(f.end) == "plus" || w.w(f.end) == "-" && w.w(f.end + 1) == "plus";
    if w.w(f.end) == "-" && w.w(f.end + 1) == "odd" {
        return Some(Qualifier::Approx);
    }
    if f.num.plus || (w.w(f.end) == "or" && matches!(w.w(f.end + 1), "more" | "so")) || plus_word {
        return Some(if w.w(f.end + 1) == "so" { Qualifier::Approx } else { Qualifier::AtLeast });
    }
    let mut a = f.num.tokens.0;
    // 'at least "3,000 soldiers"': the hedge is outside the quotation.
    if a > 0 && matches!(w.w(a - 1), "\"" | "\u{201c}") {
        a -= 1;
    }
    // "approx. 500", "est. 3,000", "ca. 200": an abbreviated hedge keeps its stop.
    if a > 1 && w.w(a - 1) == "." && matches!(w.w(a - 2), "approx" | "est" | "ca") {
        a -= 1;
    }
    // "a couple thousand": a round figure, loosely.
    if matches!(w.w(f.num.tokens.0 + 1), "couple" | "pair") && f.num.tokens.1 > f.num.tokens.0 + 2 {
        return Some(Qualifier::Approx);
    }
    let before: Vec<&str> = (a.saturating_sub(3)..a).map(|i| w.w(i)).collect();
    // "the number ... has already exceeded 3,000": past the figure, so at least it.
    let past = a > 0
        && matches!(
            w.w(a - 1),
            "exceeded" | "exceeds" | "exceed" | "surpassed" | "surpasses" | "topped" | "top" | "tops" | "passed"
        );
    // A hedge word that the word before it makes something else: "details about two soldiers" (a
    // preposition), "hand over two captured soldiers" (a phrasal verb's particle, not "more than").
    let not_a_hedge = a >= 2
        && match w.w(a - 1) {
            "about" => matches!(
                w.w(a - 2),
                "details"
                    | "detail"
                    | "information"
                    | "news"
                    | "questions"
                    | "concerns"
                    | "worries"
                    | "stories"
                    | "talked"
                    | "talking"
                    | "spoke"
                    | "speaking"
                    | "know"
                    | "knew"
                    | "learned"
                    | "asked"
                    | "worried"
                    | "concerned"
            ),
            "over" => matches!(
                w.w(a - 2),
                "hand"
                    | "hands"
                    | "handed"
                    | "handing"
                    | "turn"
                    | "turns"
                    | "turned"
                    | "turning"
                    | "take"
                    | "took"
                    | "taken"
                    | "taking"
                    | "pass"
                    | "passed"
                    | "passing"
            ),
            _ => false,
        };
    if not_a_hedge {
        return past.then_some(Qualifier::AtLeast);
    }
    // "the injured are approaching 1,000": nearly that many; "troops, estimated at 12,000": an estimate.
    let near = a > 0 && matches!(w.w(a - 1), "approaching" | "approaches" | "nearing" | "nears")
        || a > 1 && w.w(a - 1) == "at" && matches!(w.w(a - 2), "estimated" | "estimates");
    qualifier_before(&before).or(past.then_some(Qualifier::AtLeast)).or(near.then_some(Qualifier::Approx))
}

/// What the figure counts, from the words of its clause.
pub fn kind(w: &Words<'_>, f: &Figure, head: Head, next_figure: Option<usize>) -> Kind {
    // "1,000 of the 11,000 troops had died": the share's noun phrase runs past its whole.
    let next_figure = next_figure.filter(|&n| !matches!(head, Head::Noun { at } if at > n));
    if let Head::Casualty { kind, at } = head {
        // "Wagner recruited 50,000 prisoners": convicts taken into the ranks, not captives.
        // ... and "exchanged 390 prisoners each", "released 150 POWs": captives set free, no count
        // of those taken.
        let verb = (kind == Kind::Captured).then(|| governing_verb(w, f.start)).flatten().map(|v| w.w(v));
        if verb
            .is_some_and(|v| matches!(v, "recruited" | "recruit" | "recruits" | "recruiting" | "enlisted" | "pardoned"))
        {
            return Kind::Deployed;
        }
        if verb.is_some_and(|v| {
            matches!(
                v,
                "exchanged"
                    | "exchange"
                    | "swapped"
                    | "swap"
                    | "released"
                    | "freed"
                    | "returned"
                    | "repatriated"
                    | "handed"
            )
        }) {
            return Kind::Other;
        }
        return joined_casualties(w, at).unwrap_or(kind);
    }
    // "casualties among North Korean troops have now reached about 3,000".
    if let Head::Before { at } = head
        && let Some(k) = (at.saturating_sub(5)..at).rev().find(|&i| matches!(w.w(i), "among" | "of"))
        && let Some(kind) = k.checked_sub(1).and_then(|c| casualty_noun(w.w(c)))
    {
        return kind;
    }
    // "Pyongyang's losses, some 4,000 troops, were heavy": an apposition to a casualty noun.
    let start = f.start;
    if start >= 2
        && w.w(start - 1) == ","
        && let Some(kind) = casualty_noun(w.w(start - 2))
    {
        return kind;
    }
    // "the number of North Korean soldiers killed in Kursk rose to 4,000", and "put the number of
    // killed or wounded North Korean soldiers at 3,000".
    if let Head::Before { at } = head
        && let Some(i) = (at + 1..f.num.tokens.0).find(|&i| casualty_word(w.w(i)).is_some()).or_else(|| {
            // ("the total number of wounded, killed, missing and captured DPRK army soldiers was 4,000")
            (at.saturating_sub(12)..at).find(|&i| casualty_word(w.w(i)).is_some() && w.w(i.wrapping_sub(1)) == "of")
        })
    {
        return joined_casualties(w, i).or(casualty_word(w.w(i))).unwrap_or(Kind::Casualties);
    }
    let a = f.num.tokens.0;
    // What the words before the figure make of it: "the deaths of at least 4,000 soldiers" counts
    // deaths; in "10% of the 12,000 soldiers sent have been killed" the casualty is the share's.
    let start = f.start;
    let mut j = start;
    if w.w(j.wrapping_sub(1)) == "the" {
        j -= 1;
    }
    // "put the total losses of the Ukrainian forces at more than 29,250 troops", "losses over the day
    // were more than 360 servicemen": the figure is what the losses come to (also quoted: 'losses
    // had reached "400,000 soldiers ..."').
    let quoted = j >= 2 && matches!(w.w(j - 1), "\"" | "\u{201c}");
    let j = if quoted { j - 1 } else { j };
    if j >= 1
        && matches!(
            w.w(j - 1),
            "at" | "were"
                | "was"
                | "totaled"
                | "totalled"
                | "reached"
                | "exceeded"
                | "passed"
                | "surpassed"
                | "topped"
                | "exceed"
                | "exceeds"
                | "reach"
                | "reaches"
        )
        // "Russia's losses climbed to 700,000 soldiers"
        || j >= 2 && w.w(j - 1) == "to" && growth_verb(w.w(j - 2))
    {
        let loss = (j.saturating_sub(14)..j - 1)
            .rev()
            .take_while(|&i| {
                (w.toks[i].numeral().is_none() || year_at(w, i)) && !matches!(w.w(i), ";" | ":" | "." | ",")
            })
            .find_map(|i| casualty_noun(w.w(i)).filter(|_| !matches!(w.w(i), "killed" | "wounded" | "injured")));
        if let Some(k) = loss {
            return k;
        }
    }
    // "the number of killed and wounded North Korean soldiers already exceeds 3,000 people" (the
    // verb read as a hedge): what the counted people suffered, named after "the number of".
    let exceeds = |i: usize| matches!(w.w(i), "exceeds" | "exceeded" | "exceed" | "surpassed" | "surpasses" | "topped");
    if j >= 1 && (j - 1..a).any(exceeds) {
        let window = (j.saturating_sub(14)..j)
            .rev()
            .take_while(|&i| w.toks[i].numeral().is_none() && !matches!(w.w(i), ";" | ":" | "." | ","));
        if let Some(n) = window.filter(|&i| figure_noun(w.w(i)) && w.w(i + 1) == "of").last()
            && let Some(i) = (n + 2..j).find(|&i| casualty_word(w.w(i)).is_some())
        {
            return joined_casualties(w, i).or(casualty_word(w.w(i))).unwrap_or(Kind::Casualties);
        }
    }
    let mut share = false;
    // "1,000 of the 11,000 troops sent had died": the whole is not what happened to its share.
    let mut whole = false;
    if j >= 2 && w.w(j - 1) == "of" {
        // Not "4,000 have been battle casualties of the 11,000 troops sent": the whole they came from.
        let share_before = (j.saturating_sub(8)..j - 2).any(|i| w.toks[i].numeral().is_some());
        whole = w.toks[j - 2].numeral().is_some()
            || w.toks[j - 2].kind == TokKind::Word && {
                // "at least 1,000 of the 11,000", "1,000 or more of the": hedges and words after the share's number.
                (j.saturating_sub(5)..j - 1).any(|i| w.toks[i].numeral().is_some())
                    && (j.saturating_sub(5)..j - 1)
                        .rev()
                        .take_while(|&i| w.toks[i].numeral().is_none())
                        .all(|i| matches!(w.w(i), "or" | "more" | "so"))
            };
        if let Some(k) = casualty_noun(w.w(j - 2)).filter(|_| w.w(j - 2) != "killed" && !share_before) {
            return k;
        }
        // "confirmed the capture of two North Korean soldiers"
        if matches!(w.w(j - 2), "capture" | "captures") {
            return Kind::Captured;
        }
        share = matches!(w.w(j - 2), "%" | "percent" | "half" | "third" | "thirds" | "quarter" | "fraction" | "most")
            || w.w(j - 2) == "cent" && w.w(j.wrapping_sub(3)) == "per"
            // "one in three of the 11,500 soldiers"
            || j >= 4 && w.w(j - 3) == "in" && w.w(j - 4) == "one";
    }
    // "considering withdrawing 4,500 troops", "to pull 4,500 of the 28,500 troops out", "the
    // removal of about 4,500 troops": troops taken away are no count of a force, present or planned.
    // (Not the whole they are taken from.)
    let governing = governing_verb(w, start);
    let away_verb = governing.is_some_and(|v| withdrawal_verb(w.w(v)))
        || j >= 2
            && w.w(j - 1) == "of"
            && matches!(w.w(j - 2), "withdrawal" | "removal" | "pullout" | "drawdown" | "redeployment" | "relocation");
    if away_verb && !whole {
        return Kind::Other;
    }
    // The verb before the figure, or before the first of two joined objects, says what was done to
    // them, whatever follows: "Russia has lost 700,000 troops", "had wounded 2,800 North Korean troops
    // and killed 1,200", "lost 45 tanks and 1,200 troops", "killing at least 30 troops".
    if let Some(v) = governing {
        let verb = match w.w(v) {
            "lost" | "lose" | "losing" | "loses" => Some(Kind::Casualties),
            _ => harm_done(w, v, f),
        };
        // "has killed or wounded 300 soldiers": two verbs, one object.
        let pair = v >= 2
            && matches!(w.w(v - 1), "or" | "and")
            && casualty_word(w.w(v - 2)).is_some_and(|k| verb.is_some_and(|v| v != k));
        if pair {
            return Kind::Casualties;
        }
        // "Russia lost 350,000 soldiers killed": the losses are said to be deaths.
        if verb == Some(Kind::Casualties)
            && let Head::Noun { at } = head
            && at >= f.end
            && let Some(k) = casualty_word(w.w(at + 1))
        {
            return joined_casualties(w, at + 1).unwrap_or(k);
        }
        if let Some(k) = verb {
            return k;
        }
    }
    let h = head.at();
    let np_end = if let Head::Noun { at } = head { np_tail(w, of_phrase_end(w, at).unwrap_or(at + 1)) } else { f.end };
    // Casualty words inside the noun phrase ("600,000 killed or wounded troops") or right after it.
    // "200 of the troops were believed to have been captured": hedged verbs lead to the participle.
    // A share's own noun phrase still says what its whole counts: "half of the 4,100 wounded soldiers".
    // A figure inside the phrase (in an aside it stepped over, or the whole of a share) does not end
    // the search for what happened to them.
    let next_after_np = next_figure.filter(|&n| n >= np_end).unwrap_or(w.len());
    let limit = if share || whole { np_end.max(f.end) } else { next_after_np.min(np_end + 8) };
    // What happened to them after the phrase outranks how the phrase describes them: "one injured
    // soldier has been captured" counts a capture.
    let after = (np_end..limit).find(|&i| casualty_word(w.w(i)).is_some() || !linking_word(w.w(i)));
    if let Some(i) = after.filter(|&i| casualty_word(w.w(i)) == Some(Kind::Captured)) {
        return joined_casualties(w, i).unwrap_or(Kind::Captured);
    }
    // "76,000 Ukrainian soldiers, both dead and wounded, were lost": an apposition says what
    // happened to them.
    if w.w(np_end) == ","
        && matches!(w.w(np_end + 1), "both" | "either" | "all")
        && let Some(i) = (np_end + 2..(np_end + 8).min(w.len()))
            .take_while(|&i| w.w(i) != ",")
            .find(|&i| casualty_word(w.w(i)).is_some())
    {
        return joined_casualties(w, i).or(casualty_word(w.w(i))).unwrap_or(Kind::Casualties);
    }
    for i in f.end..limit {
        if let Some(k) = casualty_word(w.w(i)) {
            return joined_casualties(w, i).unwrap_or(k);
        }
        // "235 soldiers have been lost": losses.
        // ... and "4,000 troops have been put out of action".
        let passive = i > np_end && matches!(w.w(i - 1), "been" | "were" | "was");
        let out_of_action = w.w(i + 1) == "out" && w.w(i + 2) == "of" && w.w(i + 3) == "action";
        if passive && (w.w(i) == "lost" || matches!(w.w(i), "put" | "taken") && out_of_action) {
            return Kind::Casualties;
        }
        if i >= np_end && !linking_word(w.w(i)) && i > np_end {
            break;
        }
    }
    // "two soldiers whom Ukrainian forces captured", "soldiers that its forces captured in Kursk": an
    // object relative clause says what was done to them.
    let apostrophe = |k: usize| matches!(w.w(k), "'" | "\u{2019}");
    if let Some(rel) = (np_end..limit.max(np_end + 6).min(w.len()))
        .take_while(|&k| w.is_word(k) || apostrophe(k))
        .find(|&k| matches!(w.w(k), "whom" | "that" | "who"))
    {
        let verb = (rel + 2..(rel + 7).min(w.len()))
            .take_while(|&k| w.is_word(k) || apostrophe(k))
            .find_map(|k| casualty_word(w.w(k)).map(|kind| (k, kind)));
        // A subject between: not "troops who reportedly killed 30 civilians".
        let subject = |k: usize| {
            (rel + 1..k).any(|i| {
                matches!(w.w(i), "the" | "its" | "their" | "his" | "her" | "our" | "they" | "we" | "he" | "she")
                    || w.raw(i).starts_with(char::is_uppercase)
                    || personnel(w.w(i)).is_some()
            })
        };
        if let Some((k, kind)) = verb
            && matches!(kind, Kind::Captured | Kind::Killed | Kind::Wounded)
            && subject(k)
            && !crate::extract::lexicon::be_verb(w.w(k - 1))
            && !matches!(w.w(k - 1), "been" | "be" | "have" | "has" | "had")
        {
            return kind;
        }
    }
    // "100 soldiers fighting on the side of Russia have been killed": a participle's phrase describes
    // the troops; what happened to them comes after it, with the finite verb.
    if !share
        && !whole
        && let Some(p) = after_modifier(w, np_end, next_after_np)
    {
        for i in p..next_after_np.min(p + 8) {
            if let Some(k) = casualty_word(w.w(i)) {
                return joined_casualties(w, i).unwrap_or(k);
            }
            if !linking_word(w.w(i)) {
                break;
            }
        }
    }
    // Increments: "an additional 1,500", "another 3,000", "1,500 more troops", "troops more".
    let j = f.start;
    let np = f.end..np_end.max(f.end);
    let inc_in_np = np.clone().any(|i| increment_word(w.w(i)) && !(w.w(i) == "more" && w.w(i + 1) == "than"));
    let inc_before = j > 0 && matches!(w.w(j - 1), "additional" | "another" | "further" | "extra" | "fresh");
    let inc_after = w.w(np_end) == "more" && w.w(np_end + 1) != "than";
    // "appears to have additionally dispatched at least 3,000 soldiers"
    // ... and "some 3,000 or more have been additionally dispatched".
    let inc_adverb = (j.saturating_sub(4)..j).chain(np_end..np_end + 5).any(|i| w.w(i) == "additionally");
    // "a second wave of 3,000 troops", "a fresh batch of 2,000"
    let inc_wave = j >= 3
        && w.w(j - 1) == "of"
        && matches!(w.w(j - 2), "wave" | "batch" | "contingent" | "group" | "round" | "rotation" | "deployment")
        && matches!(w.w(j - 3), "second" | "third" | "fourth" | "new" | "another" | "fresh" | "additional" | "further");
    // "The scale of the additional deployment is estimated at more than 1,000 troops": the figure
    // sizes an addition named before it (linked by "at", "of" or a copula, not "brought the total to").
    let inc_sized = j >= 2
        && matches!(w.w(j - 1), "at" | "of" | "was" | "is" | "were" | "are" | "be")
        && (j.saturating_sub(14)..j - 1)
            .rev()
            .take_while(|&i| {
                !w.clause_break(i) && w.toks[i].numeral().is_none() && !matches!(w.w(i), "total" | "tally")
            })
            .any(|i| {
                matches!(w.w(i), "additional" | "further" | "extra" | "fresh")
                    && matches!(w.w(i + 1), "deployment" | "dispatch" | "troops" | "soldiers" | "forces" | "contingent")
            });
    // "2,000 replacement troops", "1,000 reinforcements"
    let inc_replacing =
        (f.end..np_end.max(f.end)).any(|i| w.w(i).starts_with("replacement") || w.w(i).starts_with("reinforcement"));
    // "the number of troops has risen by about 2,000": the rise, not the total.
    let inc_rise = growth_by(w, j);
    // "sent over 1,000 military personnel in January and February in addition to some 11,000 troops
    // already deployed": on top of the figure after it (a figure of the same clause, not "in addition
    // to shells").
    let inc_on_top = (np_end..w.len().min(np_end + 14))
        .take_while(|&i| w.toks[i].numeral().is_none() && !matches!(w.w(i), "," | ";" | ":" | "."))
        .any(|i| {
            w.w(i) == "in"
                && w.w(i + 1) == "addition"
                && w.w(i + 2) == "to"
                && next_figure.is_some_and(|n| n > i + 2 && n <= i + 5)
        });
    let increment = inc_in_np
        || inc_before
        || inc_after
        || inc_adverb
        || inc_wave
        || inc_sized
        || inc_replacing
        || inc_rise
        || inc_on_top;
    // "Some 1,000 soldiers have returned home", "5,000 troops were withdrawn": leaving, not there.
    let leaving = (np_end..w.len().min(np_end + 4)).take_while(|&i| w.is_word(i)).any(|i| match w.w(i) {
        "withdrawn" | "withdrew" | "repatriated" => true,
        // "18 soldiers had deserted their positions": gone from the count, not part of it.
        "deserted" | "defected" | "escaped" | "fled" => true,
        // Not "returned to the front".
        "returned" | "rotated" | "pulled" => matches!(w.w(i + 1), "home" | "out" | "back"),
        _ => false,
    });
    if leaving {
        return Kind::Other;
    }
    let (mut ca, cb) = w.clause(a.min(h));
    // 'would send "5,000 soldiers"': a quotation opened right after a word is that clause's object.
    let quote = |k: usize| matches!(w.w(k), "\"" | "\u{201c}" | "\u{ab}");
    if ca >= 2 && quote(ca - 1) && w.is_word(ca - 2) {
        ca = w.clause(ca - 2).0;
    } else if let Some(q) = (ca.saturating_sub(16)..ca).rev().find(|&k| quote(k) || w.w(k) == "\u{201d}")
        && quote(q)
        && q >= 1
        && sending_verb(w.w(q - 1))
        && (0..q).filter(|&k| w.w(k) == "\"").count() % 2 == 0
    {
        // 'would send "a division of builders, two military brigades - 5,000 people"': the quotation,
        // asides and all, is the object of the verb right before it.
        ca = w.clause(q - 1).0;
    }
    let (_, cb2) = w.clause(f.end.max(h).min(w.len().saturating_sub(1)));
    let cb = cb.max(cb2);
    // "Some 12,000 troops, including 500 officers, will be deployed": the verb after the aside.
    let cb = if np_end > cb && np_end < w.len() { cb.max(w.clause(np_end).1) } else { cb };
    // "Two brigades, about 6,000 people, will be sent": an apposition's verb is its head's.
    let appositive = j > 0
        && w.w(j - 1) == ","
        && w.w(np_end) == ","
        && matches!(
            w.w(np_end + 1),
            "will" | "would" | "could" | "may" | "were" | "was" | "are" | "is" | "have" | "has" | "had"
        );
    let cb = if appositive && np_end + 1 < w.len() { cb.max(w.clause(np_end + 1).1) } else { cb };
    // A whole army: "North Korea has 1.2 million troops", "an army of 1.2 million".
    let prev = if j > 0 { w.w(j - 1) } else { "" };
    // ("Russia has 50,000 troops ready for a Kursk assault": massed for an operation, not an army.)
    let located = (np_end..cb).any(|i| {
        matches!(w.w(i), "in" | "at" | "inside" | "to" | "into" | "near" | "on" | "ready" | "poised" | "massed")
    });
    // "may soon have as many as 12,000 soldiers": a future, not an army's size.
    let modal = (j.saturating_sub(4)..j.saturating_sub(1)).any(|i| plan_word(w, i));
    if (matches!(prev, "has" | "have" | "had" | "maintains" | "boasts" | "fields") && !located && !modal)
        || (matches!(prev, "of" | "numbers" | "totals")
            && j > 1
            && matches!(w.w(j - 2), "army" | "military" | "militaries" | "forces"))
        // "The North Korean armed forces, numbering 1.2 million, are ..."
        || (prev == "numbering"
            && w.w(j - 2) == ","
            && (matches!(w.w(j - 3), "army" | "military" | "militaries")
                || w.w(j - 3) == "forces" && w.w(j - 4) == "armed"))
        || matches!(w.w(h), "army" | "armies")
    {
        return Kind::ForceSize;
    }
    // "Kim has ordered the dispatch of 6,000 specialists", "approved the deployment of 3,000 troops":
    // an order or an approval, not yet a sending.
    let ordered = j >= 4
        && w.w(j - 1) == "of"
        && matches!(w.w(j - 2), "dispatch" | "deployment" | "sending" | "transfer")
        && matches!(w.w(j - 3), "the" | "a")
        && matches!(w.w(j - 4), "ordered" | "approved" | "authorized" | "authorised" | "sanctioned");
    if ordered {
        return Kind::Planned;
    }
    // "could grow to 100,000", "is expected to reach 10,000": a projected total.
    let future = |k: usize| matches!(w.w(k), "could" | "may" | "might" | "will" | "would" | "to");
    // ("may exceed 15,000" alone is a guess at how many there are; "could exceed 15,000 by spring"
    // a projection.)
    let later = || {
        (f.end..(f.end + 6).min(w.len())).any(|k| matches!(w.w(k), "by" | "next" | "soon" | "within" | "later"))
            || (j.saturating_sub(4)..j).any(|k| matches!(w.w(k), "eventually" | "soon"))
    };
    let projected = j >= 3
        && (w.w(j - 1) == "to" && growth_verb(w.w(j - 2)) && future(j - 3)
            || w.w(j - 1) == "reach" && future(j - 2)
            || matches!(w.w(j - 1), "exceed" | "top") && future(j - 2) && later());
    if projected {
        return Kind::Planned;
    }
    // "with another 3,000 on the way", "25,000 more troops were en route to Kursk": coming, not there
    // yet, whatever verb of sending the clause has.
    let coming = (f.end..(f.end + 7).min(w.len())).take_while(|&i| w.is_word(i)).any(|i| {
        w.w(i) == "on" && matches!(w.w(i + 1), "the" | "their" | "its") && w.w(i + 2) == "way"
            || w.w(i) == "en" && w.w(i + 1) == "route"
            // "A couple of thousand more were heading there"
            || w.w(i) == "heading" && matches!(w.w(i - 1), "were" | "are" | "is" | "was")
    });
    // "and another 9,000 expected shortly", "5,000 troops due by December": a participle of the
    // future right after the figure's phrase.
    let expected_after =
        |k: usize| matches!(w.w(k), "expected" | "due") && !crate::extract::lexicon::be_verb(w.w(k.wrapping_sub(1)));
    if coming || expected_after(f.end) || np_end > f.end && expected_after(np_end) {
        return Kind::Planned;
    }
    let deployed = (ca..cb).any(|i| {
        // "troops present in Kursk", not the verb in "will present plans to send 10,000".
        let verb_present = w.w(i) == "present"
            && (i > 0 && (planned_cue(w.w(i - 1)) || w.w(i - 1) == "to")
                || matches!(w.w(i + 1), "a" | "an" | "the" | "its" | "their" | "his" | "her" | "plans" | "evidence"));
        deployed_cue(w.w(i)) && !verb_present
            // "have sent", "had been deployed", and "have moved into Kursk" even when "likely".
            || matches!(w.w(i), "sent" | "deployed" | "dispatched" | "moved" | "entered" | "crossed")
                && i > 0
                && (matches!(w.w(i - 1), "has" | "have" | "had" | "been")
                    // "after an estimated 14,000 were sent last year", not "if 10,000 were sent".
                    || matches!(w.w(i - 1), "were" | "was") && !(ca..i).any(|k| matches!(w.w(k), "if" | "unless")))
    }) || sent_in_the_past(w, j, np_end);
    if deployed {
        return if increment { Kind::Increment } else { Kind::Deployed };
    }
    let planned = (ca..cb).any(|i| {
        let lw = w.w(i);
        // "is preparing to launch a counteroffensive": the troops are there; their attack is planned.
        // "were being prepared to join the invading forces" (passive): they are being readied to go.
        let readied = i > 0 && matches!(w.w(i - 1), "being" | "been" | "be");
        let going = |v: &str| sending_verb(v) || matches!(v, "leave" | "depart" | "join" | "move" | "arrive");
        // ... and "50,000 troops are preparing an attack": the troops are there too.
        let other_plan = lw.starts_with("prepar")
            && !readied
            && (w.w(i + 1) == "to" && !going(w.w(i + 2)) || matches!(w.w(i + 1), "a" | "an" | "for"));
        // "could be closer to around 11,000", "may be as many as 12,000": how sure, not when.
        // ... and "may have been killed", "could have arrived": a guess about the past.
        // ... and "troops, which could number as many as 11,000": how many there may be.
        let epistemic = matches!(lw, "could" | "may" | "might")
            && (matches!(w.w(i + 1), "have" | "number" | "total" | "exceed")
                || w.w(i + 1) == "be"
                    && !sending_verb(w.w(i + 2))
                    && !readying_verb(w.w(i + 2))
                    && !matches!(w.w(i + 2), "expected" | "planned" | "ready"));
        // "troops ready for a Kursk assault" are where the assault will be.
        let ready_for = lw == "ready" && w.w(i + 1) == "for";
        plan_word(w, i) && !other_plan && !epistemic && !ready_for
            || (lw == "to"
                && (sending_verb(w.w(i + 1))
                    || w.w(i + 1) == "be" && sending_verb(w.w(i + 2))
                    // "approval to call up 75,000 reservists"
                    || w.w(i + 1) == "call" && matches!(w.w(i + 2), "up" | "in"))
                // "The losses prompted Moscow to deploy 10,000 troops": a cause, not a plan.
                && !(i.saturating_sub(3)..i).any(|k| {
                    matches!(w.w(k), "prompted" | "forced" | "led" | "caused" | "compelled" | "pushed")
                }))
            || (lw == "being" && (sending_verb(w.w(i + 1)) || readying_verb(w.w(i + 1))))
            // "the idea of sending 20,000 troops", "the possibility of deploying": a sending only thought of.
            || (i >= 2
                && w.w(i - 1) == "of"
                && matches!(w.w(i - 2), "idea" | "possibility" | "prospect" | "option" | "proposal" | "question")
                && lw.strip_suffix("ing").is_some_and(|stem| sending_verb(stem) || sending_verb(&format!("{stem}e"))))
            || (lw == "training" && i > 0 && matches!(w.w(i - 1), "is" | "are" | "was" | "were"))
            || (lw == "by"
                && dates::month(w.w(i + 1)).is_some()
                && w.toks.get(i + 2).is_none_or(|t| t.numeral().is_none()))
    });
    // "could send up to 25,000 more": a plan, even for more troops.
    if planned {
        Kind::Planned
    } else if increment {
        Kind::Increment
    } else {
        Kind::Deployed
    }
}

/// A word of planning at token `i` (`lexicon::planned_cue`), but not the month in "sent 2,100
/// soldiers in May": a capital "May" inside a sentence is the month, not the modal.
fn plan_word(w: &Words<'_>, i: usize) -> bool {
    planned_cue(w.w(i)) && !(i > 0 && w.raw(i) == "May" && !matches!(w.w(i - 1), "\"" | "\u{201c}" | "(" | ":"))
}

/// "the initial deployment of 11,000 troops sent last November": a sending that the words around
/// the figure put in the past, whatever modal the sentence has ("This would be in addition to ...").
/// `j` is where the figure starts (hedges included), `np_end` where its noun phrase ends.
fn sent_in_the_past(w: &Words<'_>, j: usize, np_end: usize) -> bool {
    let past_time = |k: usize| {
        matches!(w.w(k), "last" | "earlier" | "previously")
            || w.w(k) == "in"
                && (dates::month(w.w(k + 1)).is_some()
                    || w.toks.get(k + 1).and_then(|t| t.numeral()).is_some_and(|n| (1990.0..2100.0).contains(&n.value)))
            || w.w(k + 2) == "ago"
    };
    let participle = matches!(w.w(np_end), "sent" | "deployed" | "dispatched") && past_time(np_end + 1);
    let first_wave = j >= 3
        && w.w(j - 1) == "of"
        && matches!(w.w(j - 2), "deployment" | "dispatch" | "contingent" | "wave")
        && matches!(w.w(j - 3), "initial" | "first" | "earlier" | "previous" | "original");
    participle || first_wave
}

/// The first token of the hedge words before token `a` ("more than", "as many as", "an estimated").
/// The token before a figure starting (hedges included) at `j`; when that is "and" or a comma after
/// another counted object ("45 tanks and 1,200 troops"), the token before that object.
/// "Seven soldiers of the Ukrainian armed forces surrendered": the end of an "of" phrase after the
/// personnel noun at `at` that names their force, which belongs to the noun phrase.
fn of_phrase_end(w: &Words<'_>, at: usize) -> Option<usize> {
    // ... and "700 servicemen from the Russian military were captured".
    if !matches!(w.w(at + 1), "of" | "from") {
        return None;
    }
    (at + 2..w.len().min(at + 9))
        .take_while(|&k| w.is_word(k) || matches!(w.w(k), "'" | "\u{2019}" | "."))
        .find(|&k| matches!(w.w(k), "forces" | "army" | "military" | "troops" | "navy" | "marines"))
        .map(|k| {
            // "of the armed forces of Ukraine", "of the army of the Russian Federation": whose.
            let mut e = k + 1;
            if w.w(e) == "of" {
                let name = if w.w(e + 1) == "the" { e + 2 } else { e + 1 };
                let caps = (name..w.len().min(name + 4))
                    .take_while(|&i| w.is_word(i) && w.raw(i).starts_with(char::is_uppercase))
                    .count();
                if caps > 0 {
                    e = name + caps;
                }
            }
            e
        })
}

/// Where a noun phrase ending at `end` really ends when it goes on with an aside between dashes or
/// commas ("soldiers – including senior officers – have been taken prisoner") or a second noun joined to it
/// ("soldiers and \"nationalists\" have been killed"): what comes next is the verb they share.
fn np_tail(w: &Words<'_>, end: usize) -> usize {
    let dash = |i: usize| matches!(w.toks.get(i).map(|t| t.kind), Some(TokKind::Punct('\u{2013}' | '\u{2014}')));
    let quote = |i: usize| matches!(w.w(i), "\"" | "\u{201c}" | "\u{201d}");
    let mut e = end;
    if dash(e)
        && let Some(close) = (e + 1..w.len().min(e + 10)).find(|&k| !w.is_word(k))
        && dash(close)
    {
        e = close + 1;
    }
    // "3,000 soldiers from the DPRK have been killed": where they come from is part of the phrase.
    if matches!(w.w(e), "from" | "of") {
        let the = usize::from(w.w(e + 1) == "the");
        if let Some((_, n)) = w.country_at(e + 1 + the) {
            e += 1 + the + n;
        }
    }
    // "three soldiers, including two officers, were injured"
    if w.w(e) == ","
        && matches!(w.w(e + 1), "including" | "among")
        && let Some(close) = (e + 2..w.len().min(e + 16)).find(|&k| w.w(k) == ",")
        && matches!(
            w.w(close + 1),
            "have" | "has" | "had" | "were" | "was" | "are" | "will" | "would" | "could" | "may"
        )
    {
        e = close + 1;
    }
    if w.w(e) == "and" {
        let mut k = e + 1;
        if quote(k) {
            k += 1;
        }
        // One noun ("and nationalists", "and \"volunteers\""), not a new clause or another count.
        if w.is_word(k) && w.raw(k).starts_with(|c: char| c.is_ascii_lowercase()) && w.w(k).ends_with('s') {
            k += 1;
            if quote(k) {
                k += 1;
            }
            if matches!(w.w(k), "have" | "has" | "had" | "were" | "was" | "are") {
                e = k;
            }
        }
    }
    e
}

/// Where the finite verb is after a noun phrase ending at `np_end` that a participle's phrase goes
/// on describing ("soldiers fighting on the side of Russia have", "troops sent by the North were"),
/// within the clause and before `stop`.
fn after_modifier(w: &Words<'_>, np_end: usize, stop: usize) -> Option<usize> {
    let mut start = np_end;
    // "100 troops, who were dispatched to Russia, were killed": a relative clause set off by commas;
    // the finite verb comes right after its closing comma.
    if w.w(start) == "," && matches!(w.w(start + 1), "who" | "which") {
        let close = (start + 2..stop.min(start + 16)).take_while(|&k| w.is_word(k)).last()? + 1;
        let verb = close + 1;
        return (w.w(close) == "," && matches!(w.w(verb), "have" | "has" | "had" | "were" | "was" | "are" | "is"))
            .then_some(verb);
    }
    // "1,000 of the 11,000 men that North Korea had dispatched had been killed": an object relative
    // clause (its own subject, then its verb); the finite verb comes after that verb's phrase.
    if matches!(w.w(start), "that" | "whom" | "which")
        && (w.raw(start + 1).starts_with(char::is_uppercase)
            || matches!(w.w(start + 1), "the" | "its" | "their" | "his" | "her" | "they" | "it" | "he" | "she"))
        && let Some(v) = (start + 2..stop.min(start + 8))
            .take_while(|&k| w.is_word(k) || matches!(w.w(k), "'" | "\u{2019}"))
            .find(|&k| w.w(k).ends_with("ed") || w.w(k) == "sent")
    {
        let aux = (v + 1..stop.min(v + 10))
            .take_while(|&k| w.is_word(k))
            .find(|&k| matches!(w.w(k), "have" | "has" | "had" | "were" | "was" | "are" | "is"));
        if aux.is_some() {
            return aux;
        }
    }
    // "a thousand soldiers who took part in the war against Ukraine were killed": a subject relative
    // clause with a verb of its own; the finite verb is the auxiliary that a casualty word follows.
    if w.w(start) == "who" && !matches!(w.w(start + 1), "have" | "has" | "had" | "were" | "was" | "are" | "is") {
        let aux = (start + 2..stop.min(start + 14))
            .take_while(|&k| w.is_word(k) || matches!(w.w(k), "'" | "\u{2019}"))
            .find(|&k| {
                matches!(w.w(k), "were" | "was" | "have" | "has" | "had")
                    && (casualty_word(w.w(k + 1)).is_some() || w.w(k + 1) == "been")
            });
        if aux.is_some() {
            return aux;
        }
    }
    // "troops who have been fighting in the Kursk region have been killed": a relative clause, past
    // its own auxiliaries, is read as the participle's phrase.
    if matches!(w.w(start), "who" | "that") {
        start += 1;
        while matches!(w.w(start), "have" | "has" | "had" | "been" | "are" | "were" | "was" | "is") {
            start += 1;
        }
    }
    let first = w.w(start);
    // ... and "soldiers believed to have been sent to Russia may have been killed".
    let hedged = matches!(first, "believed" | "thought" | "said" | "reported") && w.w(start + 1) == "to";
    let participle = first.len() > 4 && first.ends_with("ing") && casualty_word(first).is_none()
        || matches!(first, "sent" | "deployed" | "dispatched" | "stationed" | "based" | "transferred")
        || hedged;
    if !participle {
        return None;
    }
    // Prepositions such as "with" belong to the phrase ("fighting on Russia's side in the conflict
    // with Ukraine have been killed"); punctuation ends it. (Not the phrase's own "to have been".)
    let finite = (start + 1..stop.min(start + 14))
        .take_while(|&k| w.is_word(k) || matches!(w.w(k), "'" | "\u{2019}" | "-"))
        .find(|&k| {
            w.w(k - 1) != "to"
                && matches!(w.w(k), "have" | "has" | "had" | "were" | "was" | "are" | "is" | "may" | "might" | "could")
        })?;
    // A modal's guess ("may have been killed") reads on from the word after it.
    Some(if matches!(w.w(finite), "may" | "might" | "could") { finite + 1 } else { finite })
}

fn governing_verb(w: &Words<'_>, j: usize) -> Option<usize> {
    let mut before = j.checked_sub(1)?;
    // "captured a total of two soldiers": the verb before the total.
    if before >= 3 && w.w(before) == "of" && matches!(w.w(before - 1), "total" | "maximum") && w.w(before - 2) == "a" {
        before -= 3;
    }
    // "could have killed or wounded \"several hundred\" soldiers": a quote opens the object.
    if matches!(w.w(before), "\"" | "\u{201c}" | "'" | "\u{2018}") {
        before = before.checked_sub(1)?;
    }
    // "facing nearly \"50,000 enemy troops\"": a hedge before the quote.
    if before + 1 < j {
        before = hedge_start(w, before + 1).checked_sub(1)?;
    }
    // "lost up to a battalion - several hundred troops -": an apposition between dashes to the
    // object of the verb before.
    if matches!(w.toks[before].kind, TokKind::Punct('\u{2013}' | '\u{2014}'))
        && let Some(v) = (before.saturating_sub(7)..before).rev().take_while(|&i| w.is_word(i)).find(|&i| {
            matches!(
                w.w(i),
                "lost" | "lose" | "loses" | "losing" | "killed" | "killing" | "wounded" | "captured" | "eliminated"
            )
        })
    {
        return Some(v);
    }
    if !matches!(w.w(before), "and" | ",") {
        return Some(before);
    }
    // Back over a short object that starts with a number.
    let object = (before.saturating_sub(5)..before).rev().find(|&i| w.toks[i].numeral().is_some())?;
    if (object + 1..before).any(|i| !w.is_word(i)) {
        return Some(before);
    }
    hedge_start(w, object).checked_sub(1)
}

fn hedge_start(w: &Words<'_>, a: usize) -> usize {
    let mut j = a;
    loop {
        // The (up to) three words before `j`, without an allocation: this runs for every figure.
        let lo = j.saturating_sub(3);
        let mut buf = [""; 3];
        for (k, i) in (lo..j).enumerate() {
            buf[k] = w.w(i);
        }
        let n = j - lo;
        let words = &buf[..n];
        // Most figures have no hedge before them: one match on the last word turns them down.
        let last = if n > 0 { words[n - 1] } else { "" };
        // "just over", "well over", "slightly more than": a degree word before a hedge is part of it.
        if j < a && matches!(last, "just" | "well" | "slightly" | "somewhat") {
            j -= 1;
            continue;
        }
        let may_end_hedge = ends_hedge(last) || matches!(last, "an" | "a" | "the");
        if !may_end_hedge {
            return j;
        }
        let step = if n >= 3
            && qualifier_before(&words[n - 3..]).is_some()
            && qualifier_before(&words[n - 1..]).is_none()
            && qualifier_before(&words[n - 2..]).is_none()
        {
            3
        } else if n >= 2 && qualifier_before(&words[n - 2..]).is_some() && qualifier_before(&words[n - 1..]).is_none() {
            2
        } else if n >= 1 && (qualifier_before(&words[n - 1..]).is_some() || matches!(words[n - 1], "an" | "a" | "the"))
        {
            1
        } else {
            0
        };
        if step == 0 {
            return j;
        }
        j -= step;
    }
}

/// "killed or wounded", "dead and injured": killed and wounded together.
fn joined_casualties(w: &Words<'_>, i: usize) -> Option<Kind> {
    let first = casualty_word(w.w(i))?;
    // "killed or wounded", a headline's "Killed, Wounded", and "have died or been wounded".
    let mut second = i + 2;
    while second < i + 4 && is_aux(w.w(second)) {
        second += 1;
    }
    let joined = matches!(w.w(i + 1), "or" | "and" | ",") && casualty_word(w.w(second)).is_some_and(|k| k != first);
    (first == Kind::Casualties || joined).then_some(Kind::Casualties)
}

/// Verbs that take troops away: "withdraw", "pull", "remove", "relocate", "cut".
fn withdrawal_verb(w: &str) -> bool {
    matches!(
        w,
        "withdraw"
            | "withdraws"
            | "withdrawing"
            | "withdrew"
            | "withdrawn"
            | "pull"
            | "pulls"
            | "pulling"
            | "pulled"
            | "remove"
            | "removing"
            | "removed"
            | "relocate"
            | "relocating"
            | "relocated"
            | "redeploy"
            | "redeploying"
            | "cut"
            | "cutting"
    )
}

/// The auxiliaries between the two halves of "died or been wounded", "killed or have been injured".
fn is_aux(w: &str) -> bool {
    crate::extract::lexicon::be_verb(w) || matches!(w, "have" | "has" | "had")
}

pub fn side_of(c: Country) -> Side {
    match c {
        Country::NorthKorea => Side::NorthKorea,
        Country::Russia => Side::Russia,
        Country::Ukraine => Side::Ukraine,
        _ => Side::Other,
    }
}

/// Whose personnel: a nationality in the noun phrase, else the first country named as a subject
/// before the figure (not one inside an attribution, not one after a preposition). `None` when the
/// sentence does not say; the document's other claims decide then.
pub fn side(w: &Words<'_>, f: &Figure, head: Head, attributions: &[(usize, usize)]) -> Option<Side> {
    let a = f.num.tokens.0;
    let np_end = match head {
        Head::Noun { at } if at >= f.end => of_phrase_end(w, at).unwrap_or(at + 1),
        // "1,100 North Korean casualties": the casualty noun ends the phrase, as a personnel noun does.
        Head::Noun { at } | Head::Casualty { at, .. } if at >= f.end => at + 1,
        _ => f.end,
    };
    // "two soldiers from North Korea", "11,000 from North Korea", "soldiers sent by North Korea".
    let sent = matches!(w.w(np_end), "sent" | "deployed" | "dispatched" | "supplied" | "provided")
        && matches!(w.w(np_end + 1), "by" | "from");
    let from = if sent { np_end + 1 } else { np_end };
    // "the dispatch of 10,000 troops by Pyongyang": who sent them, after a noun of sending.
    let start = f.start;
    let sending_noun = start >= 2
        && w.w(start - 1) == "of"
        && matches!(w.w(start - 2), "dispatch" | "despatch" | "deployment" | "transfer" | "sending");
    if matches!(w.w(from), "from" | "by")
        && (sent || w.w(from) == "from" || sending_noun)
        && let Some((c, n)) =
            w.country_at(from + 1).or_else(|| w.country_at(from + 2).filter(|_| w.w(from + 1) == "the"))
    {
        // "troops from Russia's ally North Korea": the ally, not its friend.
        let at = if w.w(from + 1) == "the" { from + 2 } else { from + 1 };
        let owner = matches!(w.w(at + n), "'" | "\u{2019}") && w.w(at + n + 1) == "s";
        let named = owner.then(|| (at + n + 2..(at + n + 5).min(w.len())).find_map(|i| w.country_at(i))).flatten();
        return Some(side_of(named.map_or(c, |(c, _)| c)));
    }
    // "Russia's Wagner chief said about 20,000 of his fighters were killed": the speaker's own, when
    // the speaker's words name a country and nothing between them and the figure names another
    // (in "North Korea has sent ... and 4,700 of its soldiers were killed, Seoul said", "its" is
    // North Korea's).
    let own = |i: usize| matches!(w.w(i), "his" | "her" | "its" | "our" | "my");
    if (w.w(f.end) == "of" && own(f.end + 1) || start > 0 && own(start - 1))
        && let Some(c) = attributions
            .iter()
            .filter(|&&(_, e)| e <= start && w.first_country(e, start).is_none())
            .find_map(|&(s, e)| w.first_country(s, e))
    {
        return Some(side_of(c));
    }
    // "50,000 were killed on the Ukrainian side".
    if let Some(k) = (f.end..(f.end + 10).min(w.len())).find(|&k| w.w(k) == "side" && w.w(k.saturating_sub(3)) == "on")
        && !(f.end..k).any(|i| w.clause_break(i))
        && let Some((c, _)) = w.country_at(k - 1)
    {
        return Some(side_of(c));
    }
    // "the 11,000 soldiers North Korea provided to Moscow": who sent them, in a relative clause.
    if let Some((c, n)) = w.country_at(np_end)
        && matches!(
            w.w(np_end + n),
            "sent" | "provided" | "deployed" | "dispatched" | "supplied" | "has" | "had" | "transferred"
        )
    {
        return Some(side_of(c));
    }
    // "12,000 North Korean troops to Kursk, of whom more than 4,000 ...": the troops referred to.
    let of_whom = start >= 2 && w.w(start - 2) == "of" && matches!(w.w(start - 1), "whom" | "which" | "them" | "those")
        || w.w(f.end) == "of" && matches!(w.w(f.end + 1), "whom" | "them" | "those");
    // "North Korea sent some 14,000 soldiers to fight alongside Russian troops, where more than
    // 6,000 of them were killed": the troops that were counted, whose sender stands before their figure.
    let counted = || {
        (0..start).rev().find(|&i| {
            personnel(w.w(i)) == Some(Personnel::Strong)
                && (i.saturating_sub(3)..i).any(|k| w.raw(k).starts_with(|c: char| c.is_ascii_digit()))
        })
    };
    if of_whom
        && let Some(at) = counted()
        && let Some(c) = (at.saturating_sub(7)..at)
            .rev()
            .take_while(|&i| !matches!(w.w(i), "," | ";" | "."))
            .filter_map(|i| w.country_at(i).map(|(c, _)| c))
            .next()
    {
        return Some(side_of(c));
    }
    if of_whom && let Some(at) = (0..start).rev().find(|&i| personnel(w.w(i)) == Some(Personnel::Strong)) {
        if let Some(c) = w.first_country(at.saturating_sub(3), at) {
            return Some(side_of(c));
        }
        // "15,000 invaders, of which about 7,000 were killed".
        if fights_for_russia(w.w(at)) {
            return Some(Side::Russia);
        }
    }
    // "North Korea's troop dispatch to Russia has reached 12,000": the owner before the noun;
    // "estimated Russian losses to be 500,000".
    // (Not a place: "arrived in Russia, bringing the total to 3,000"; nor the speaker: "Ukraine
    // reports North Korean troop numbers could reach 30,000".)
    let in_attr = |i: usize| attributions.iter().any(|&(s, e)| i >= s && i < e);
    if let Head::Before { at } = head
        && let Some(c) = (at.saturating_sub(4)..at + 1)
            .rev()
            .take_while(|&i| w.w(i) != "," && !in_attr(i))
            .filter_map(|i| w.country_at(i).map(|(c, _)| (i, c)))
            .filter(|&(i, _)| {
                !matches!(w.w(i.wrapping_sub(1)), "in" | "to" | "into" | "from" | "at" | "inside" | "across")
            })
            .last()
            .map(|(_, c)| c)
    {
        return Some(side_of(c));
    }
    // "the number of North Korean soldiers killed or wounded ... has exceeded 4,000": the nationality
    // nearest before the casualty word (not the speaker's: "The South Korean military said casualties
    // reached 4,000").
    if let Head::Casualty { at, .. } = head
        && at < a
        && let Some(c) = (at.saturating_sub(8)..at + 1)
            .rev()
            .take_while(|&i| (w.is_word(i) || matches!(w.w(i), "'" | "\u{2019}")) && !in_attr(i))
            .find_map(|i| w.country_at(i).map(|c| c.0))
    {
        return Some(side_of(c));
    }
    if let Some(c) = w.first_country(f.end, np_end) {
        return Some(side_of(c));
    }
    // "including soldiers from the DPRK, who suffered losses of up to 4,000 troops": a relative
    // clause counts what its antecedent names.
    // (Not "a US official, who cited 1,240 casualties among the North Korean units": whose, after it.)
    let named_after =
        || (f.end..(f.end + 6).min(w.len())).take_while(|&i| w.w(i) != ",").any(|i| w.country_at(i).is_some());
    if let Some(k) = (a.saturating_sub(8)..a)
        .rev()
        .take_while(|&k| w.w(k) != ",")
        .find(|&k| k > 0 && w.w(k - 1) == "," && matches!(w.w(k), "who" | "which"))
        && !named_after()
        && let Some(c) = (k.saturating_sub(6)..k - 1)
            .rev()
            .take_while(|&i| w.w(i) != ",")
            .find_map(|i| w.country_at(i).filter(|&(_, n)| i + n < k).map(|(c, _)| c))
    {
        return Some(side_of(c));
    }
    // "at least 10 Nepalese were killed": a nationality that is the noun itself, of a country whose
    // troops claimline does not tell apart.
    if let Head::Noun { at } = head
        && matches!(w.w(at), "indians" | "cubans" | "nepalese" | "nepalis" | "africans" | "syrians" | "serbs")
    {
        return Some(Side::Other);
    }
    // "our soldiers neutralised more than 15,000 invaders", "1,150 occupiers".
    if let Head::Noun { at } = head
        && at >= f.end
        && fights_for_russia(w.w(at))
    {
        return Some(Side::Russia);
    }
    // A dateline opening the sentence ("SEOUL, South Korea (AP) —") ends at its dash.
    // (It may follow a label such as "date 2024-10-23" left at the start of a scraped paragraph.)
    // Wires that write the place in title case and leave out the dash ("Seoul, April 30 (IANS) North
    // Korean troops ...") end it at the agency's closing bracket instead.
    let place = |k: usize| {
        let raw = w.raw(k);
        let caps = raw.len() > 1 && raw.chars().all(|c| c.is_alphabetic() && !c.is_lowercase());
        let titled = k == 0 && raw.chars().next().is_some_and(char::is_uppercase);
        (caps || titled) && w.w(k + 1) == ","
    };
    let dateline_end = (0..w.len().min(8))
        .find(|&k| place(k))
        .and_then(|s| {
            let within = s + 2..w.len().min(s + 14);
            let dash = within.clone().find(|&k| matches!(w.w(k), "\u{2014}" | "\u{2013}" | "-"));
            let agency = || {
                let open = within.clone().find(|&k| w.w(k) == "(")?;
                let close = (open + 1..within.end).find(|&k| w.w(k) == ")")?;
                let named = w.raw(open + 1).chars().next().is_some_and(char::is_uppercase);
                named.then_some(close)
            };
            let end = dash.or_else(agency)?;
            // "Seoul, South Korea -" but not "Russia, meanwhile, sent 3,000 troops - ...": a title-case
            // place is a dateline only when nothing before its end is a lower-case word.
            let upper = |k: usize| !w.raw(k).chars().next().is_some_and(char::is_lowercase);
            let inside = |k: usize| (s..k).any(|j| w.w(j) == "(");
            let caps = w.raw(s).chars().all(|c| !c.is_lowercase());
            (caps || (s..end).all(|k| upper(k) || inside(k))).then_some(end)
        })
        .map_or(0, |k| k + 1);
    // "the Ukrainian president said ... that the North Korean forces had suffered 4,000 casualties":
    // the subject of the clause that states the figure, when that clause names one, before the rest.
    let complement = (0..a).rev().find(|&k| w.w(k) == "that").map_or(0, |k| k + 1);
    let subject = |from: usize| {
        let mut i = from;
        while i < a {
            if let Some((c, len)) = w.country_at(i) {
                // "the number of North Korean troops": a nationality before a personnel noun is whose.
                let noun_at = if matches!(w.w(i + len), "'" | "\u{2019}") && w.w(i + len + 1) == "s" {
                    i + len + 2
                } else {
                    i + len
                };
                let owner = i > 0 && w.w(i - 1) == "of" && personnel(w.w(noun_at)) == Some(Personnel::Strong);
                // "plans for North Korea to deploy 10,000 troops": the subject of the infinitive.
                let doer = i > 0 && w.w(i - 1) == "for" && w.w(i + len) == "to";
                // ("by the Ukrainian Defense Forces": a determiner between.)
                let before = if i > 1 && matches!(w.w(i - 1), "the" | "a" | "an") { i - 2 } else { i.wrapping_sub(1) };
                let prep = i > 0
                    && !owner
                    && !doer
                    && matches!(
                        w.w(before),
                        "to" | "in"
                            | "into"
                            | "against"
                            | "from"
                            | "with"
                            | "for"
                            | "on"
                            | "at"
                            | "by"
                            | "of"
                            | "near"
                            | "toward"
                            | "towards"
                            | "across"
                            | "inside"
                            | "over"
                            | "about"
                            | "aid"
                            | "help"
                            | "support"
                            | "invaded"
                            // "a region that borders Ukraine": a country as the object of a verb.
                            | "borders"
                            | "bordering"
                            | "entered"
                            | "attacked"
                    );
                // "SEOUL, Oct 23 (Reuters) -", "SEOUL, South Korea (AP) —": a dateline names a place, not a side.
                // "MOSCOW (Sputnik) -" too.
                let dateline = w.raw(i).chars().all(|c| !c.is_lowercase())
                    && matches!(w.w(i + len), "," | ":" | "\u{2014}" | "\u{2013}" | "-" | "(")
                    || i < dateline_end;
                // "said Washington believed 11,000 troops were ...": a country that speaks is no side.
                let next = w.w(i + len);
                let speaks = crate::extract::lexicon::speech_verb(next)
                    || matches!(next, "believed" | "estimated" | "assessed" | "thought" | "thinks")
                    // "a US Pentagon spokesman said North Koreans had been killed": the speaker's own
                    // country, before the noun that names the speaker.
                    || (i + len + 1..(i + len + 4).min(a))
                        .find(|&v| crate::extract::lexicon::speech_verb(w.w(v)))
                        .is_some_and(|v| {
                            (i + len..v).all(|k| w.is_word(k) && personnel(w.w(k)) != Some(Personnel::Strong))
                        });
                // "during its three-year-long Ukraine offensive, sending thousands of troops": a
                // country naming a war or a place is no one's side.
                let attributive = matches!(
                    next,
                    "offensive"
                        | "war"
                        | "front"
                        | "border"
                        | "conflict"
                        | "invasion"
                        | "campaign"
                        | "crisis"
                        | "talks"
                        // "to rebuild Kursk after the Ukrainian incursion"
                        | "incursion"
                        | "counteroffensive"
                        | "operation"
                );
                if !prep && !in_attr(i) && !dateline && !speaks && !attributive {
                    return Some(side_of(c));
                }
                i += len;
            } else {
                i += 1;
            }
        }
        None
    };
    // "Ukrainian forces neutralised 1,150 occupiers", "Kyiv's troops killed 300 soldiers": the subject
    // of an active verb of killing is who did it, not whose troops they were; "Ukrainian soldiers are
    // holding off nearly 50,000 troops", "Ukraine is fighting 50,000 troops": nor of fighting them.
    // "50,000 enemy troops": the enemy of whoever speaks, not the subject's side.
    let enemy = (f.start.saturating_sub(2)..np_end.max(f.end + 4)).any(|i| w.w(i) == "enemy");
    let agent = || {
        enemy
            || governing_verb(w, f.start).is_some_and(|v| {
                let fights = matches!(
                    w.w(v),
                    "facing"
                        | "faces"
                        | "faced"
                        | "fighting"
                        | "fights"
                        | "fought"
                        | "battling"
                        | "confronting"
                        | "repelled"
                        | "repelling"
                        | "attacking"
                ) || matches!(w.w(v), "off" | "back")
                    && matches!(w.w(v.wrapping_sub(1)), "holding" | "hold" | "holds" | "held");
                fights || v > 0 && !crate::extract::lexicon::be_verb(w.w(v - 1)) && harm_done(w, v, f).is_some()
            })
    };
    // "Having already lost an estimated 350,000 troops in battle — potentially more — Russia has
    // made policy changes": a clause opened by a participle has the main clause's subject.
    let fronted = || {
        let opens = w.w(0).ends_with("ing") && w.raw(0).starts_with(char::is_uppercase);
        opens
            .then(|| {
                // The comma or dash that ends the clause (and any aside after it) before the subject.
                (f.end..(f.end + 30).min(w.len()))
                    .filter(|&k| matches!(w.w(k), "," | "\u{2014}" | "\u{2013}" | "-"))
                    .find_map(|k| w.country_at(k + 1).or_else(|| w.country_at(k + 2).filter(|_| w.w(k + 1) == "the")))
            })
            .flatten()
            .map(|(c, _)| side_of(c))
    };
    subject(complement).or_else(|| if complement > 0 { subject(0) } else { None }).filter(|_| !agent()).or_else(fronted)
}

/// "invaders", "occupiers": what Ukraine's tallies call the forces on its soil, which fight for Russia.
fn fights_for_russia(noun: &str) -> bool {
    matches!(noun, "invaders" | "occupiers" | "occupants")
}

/// What the active verb at `v`, before figure `f`, did to the people counted: "killed 300", "killing
/// at least 30", "neutralised 1,150 occupiers" (killed or wounded, as Ukraine's tallies count them),
/// "put more than 307,000 occupiers out of action".
fn harm_done(w: &Words<'_>, v: usize, f: &Figure) -> Option<Kind> {
    match w.w(v) {
        "killing" | "kills" | "eliminating" => Some(Kind::Killed),
        "wounding" | "injuring" => Some(Kind::Wounded),
        // "managed to capture two soldiers": base forms after "to" or a modal.
        "capturing" | "captures" | "capture" => Some(Kind::Captured),
        // "has destroyed 77 North Koreans": people destroyed are dead.
        "kill" | "destroyed" | "destroying" => Some(Kind::Killed),
        "neutralized" | "neutralised" | "neutralizing" | "neutralising" => Some(Kind::Casualties),
        "put" | "puts" | "putting"
            if (f.end..(f.end + 6).min(w.len()))
                .any(|i| w.w(i) == "out" && w.w(i + 1) == "of" && w.w(i + 2) == "action") =>
        {
            Some(Kind::Casualties)
        }
        other => casualty_word(other).filter(|k| matches!(k, Kind::Killed | Kind::Wounded | Kind::Captured)),
    }
}

/// "sent 11,000 personnel in October, followed by 4,000 more in a second wave", "2,100 soldiers in
/// May and another 3,300 in June": a figure with no noun of its own that "more" follows or
/// "another" / "an additional" / "a further" opens counts the personnel of the nearest figure before
/// it in the sentence. (Not "4,000 more shells": a noun of its own after "more".)
pub fn shared_noun(w: &Words<'_>, figs: &mut [Figure]) {
    for i in 1..figs.len() {
        let f = figs[i];
        if f.head.is_some() || f.high.is_some() {
            continue;
        }
        let a = f.start;
        // "The death toll rose to 2,000, up from 600 in April": an earlier value of the same count.
        let earlier_value = a >= 2
            && w.w(a - 1) == "from"
            && matches!(w.w(a - 2), "up" | "down" | "rising" | "rose" | "increased" | "compared" | "climbing");
        if earlier_value && let Some(prev) = figs[..i].iter().rev().find_map(|e| e.head.filter(|_| a - e.end <= 4)) {
            figs[i].head = Some(match prev {
                Head::Noun { at } => Head::Before { at },
                other => other,
            });
            figs[i].shared = true;
            continue;
        }
        let more = matches!(w.w(f.end), "more" | "additional");
        // ... and "sent 13,000 troops, including 3,000 who arrived this year".
        let opened = a > 0
            && (matches!(w.w(a - 1), "another" | "including")
                || a > 1 && matches!(w.w(a - 1), "additional" | "further") && matches!(w.w(a - 2), "an" | "a"));
        let after = f.end + usize::from(more);
        if !(more || opened) || !elided_noun_ends(w, after) {
            continue;
        }
        let earlier = figs[..i].iter().rev().find_map(|e| match e.head {
            Some(Head::Noun { at }) if at < a && a - at <= 25 => Some(at),
            _ => None,
        });
        if let Some(at) = earlier
            && !(at..a).any(|k| matches!(w.w(k), ";" | ":"))
        {
            // Before, not Noun: the figure's own phrase ends with it ("more"), and what happened
            // to its troops is read after it.
            figs[i].head = Some(Head::Before { at });
            figs[i].shared = true;
        }
    }
}

/// Does the phrase of a figure whose noun is left out end at token `k` ("4,000 more in a second
/// wave", "another 3,300 arrived", "3,300 more.")?
fn elided_noun_ends(w: &Words<'_>, k: usize) -> bool {
    k >= w.len()
        || !w.is_word(k)
        || matches!(
            w.w(k),
            "in" | "on"
                | "at"
                | "by"
                | "to"
                | "from"
                | "into"
                | "this"
                | "last"
                | "next"
                | "later"
                | "since"
                | "during"
                | "within"
                | "over"
                | "and"
                | "or"
                | "as"
                | "were"
                | "are"
                | "have"
                | "had"
                | "will"
                | "would"
                | "could"
                | "may"
                | "arrived"
                | "followed"
                | "joined"
                // "and another 9,000 expected shortly", "another 2,000 sent in May"
                | "expected"
                | "due"
                | "sent"
                | "deployed"
                | "dispatched"
                | "already"
                | "still"
                | "soon"
                | "recently"
                | "afterwards"
                | "after"
                | "before"
                | "who"
                | "that"
        )
}

/// '"... the number of war dead was at least 600. Based on updated assessments, it now estimates the
/// figure at around 2,000"': right after a claim, "the figure at N" (or "it at N") counts what that
/// claim counted. `previous` is the kind of the last claim of the sentence before.
pub fn refer_back(w: &Words<'_>, figs: &mut [Figure], previous: Option<Kind>) {
    let Some(previous) = previous else { return };
    for f in figs.iter_mut().filter(|f| f.head.is_none()) {
        let mut j = f.start;
        // 'said the figure was "more than 3,000"'
        if j > 0 && matches!(w.w(j - 1), "\"" | "\u{201c}") {
            j -= 1;
        }
        if j < 2 || !matches!(w.w(j - 1), "at" | "was" | "is" | "stood" | "stands" | "reached") {
            continue;
        }
        let noun = j - 2;
        let named =
            figure_noun(w.w(noun)) && matches!(w.w(noun.wrapping_sub(1)), "the" | "that" | "this" | "its" | "their");
        if !(named || w.w(noun) == "it" && w.w(j - 1) == "at") {
            continue;
        }
        f.head = Some(if previous.is_casualty() {
            Head::Casualty { at: noun, kind: previous }
        } else {
            Head::Before { at: noun }
        });
    }
}

/// "a battalion typically consists of several hundred troops": what such a unit usually holds, not
/// a count of anyone's troops.
pub fn generic(w: &Words<'_>, f: &Figure) -> bool {
    let a = f.num.tokens.0;
    // Back to the start of the number's clause, at most a dozen words.
    let clause = || (a.saturating_sub(12)..a).rev().take_while(|&i| !w.clause_break(i));
    let typical = clause().any(|i| matches!(w.w(i), "typically" | "generally" | "usually" | "normally"))
        && clause()
            .any(|i| matches!(w.w(i), "consists" | "consist" | "comprises" | "made" | "includes" | "has" | "numbers"));
    // "assigned to each battalion of about 500 soldiers": the size of every such unit.
    let start = f.start;
    let each_unit = start >= 3
        && w.w(start - 1) == "of"
        && matches!(
            w.w(start - 2),
            "battalion"
                | "brigade"
                | "regiment"
                | "division"
                | "company"
                | "platoon"
                | "squad"
                | "unit"
                | "group"
                | "team"
        )
        && matches!(w.w(start - 3), "each" | "every" | "per");
    typical || each_unit
}

/// Is any word of the sentence about the military?
pub fn military_sentence(w: &Words<'_>) -> bool {
    (0..w.len()).any(|i| military_context(w.w(i)))
}

/// A sentence about civilian victims: people named as such ("two people were killed and two
/// injured"), or an attack on a place ("Russian air raid on Kherson, one dead"), and no soldiers named.
/// Casualties it leaves without a noun are not military personnel.
pub fn civilian_scene(w: &Words<'_>) -> bool {
    let mut civilians = false;
    for i in 0..w.len() {
        let lw = w.w(i);
        // ... nor units: "two military brigades – 5,000 people".
        if personnel(lw) == Some(Personnel::Strong)
            || matches!(lw, "brigade" | "brigades" | "battalion" | "battalions" | "regiment" | "regiments")
        {
            return false;
        }
        civilians = civilians
            || matches!(
                lw,
                "person"
                    | "people"
                    | "civilian"
                    | "civilians"
                    | "residents"
                    | "children"
                    | "passengers"
                    | "villagers"
                    | "inhabitants"
                    | "patients"
            )
            || matches!(
                lw,
                "raid"
                    | "raids"
                    | "strike"
                    | "strikes"
                    | "attack"
                    | "attacks"
                    | "shelling"
                    | "bombing"
                    | "bombardment"
                    | "missile"
                    | "missiles"
                    | "rockets"
                    | "drones"
            ) && matches!(w.w(i + 1), "on" | "against");
    }
    civilians
}
