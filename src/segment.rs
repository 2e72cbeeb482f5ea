//! Sentence segmentation for real news text.
//!
//! Lines are paragraphs in scraped text, except that a sentence may be broken across lines or even a
//! blank line ("expected by\n\nDecember"): a line joins the next when it has no final punctuation and the
//! next starts in lower case or it ends on a word that cannot end a sentence. Within a paragraph,
//! sentences end at `.`, `!`, `?` unless the stop belongs to an abbreviation ("U.S.", "Oct.", "N. Korea",
//! "Rep.") or the next word starts in lower case (an ellipsis). Words run together after a stop
//! ("Principles.Lee", `agency."This`) are split. Headlines and captions need no final stop.

use crate::document::{Block, BlockKind};
use crate::span::ByteSpan;

/// A sentence of a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: ByteSpan,
    pub kind: BlockKind,
    /// Index of the paragraph (joined lines) the sentence belongs to, in document order.
    pub paragraph: u32,
}

/// Split every block of a document into sentences, in text order.
pub fn sentences(text: &str, blocks: &[Block]) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(text.len() / 120 + 4);
    let mut paragraph = 0u32;
    let mut sorted: Vec<&Block> = blocks.iter().collect();
    sorted.sort_by_key(|b| b.span.start);
    for b in sorted {
        for para in paragraphs(text, b.span) {
            let first = out.len();
            split_paragraph(text, para, b.kind, paragraph, &mut out);
            // "date 2024-12-19 South Korean MP ...": a scraper's date label is no part of the sentence.
            if let Some(s) = out.get_mut(first)
                && let Some(n) = crate::dates::label_len(&text[s.span.start..s.span.end])
            {
                s.span.start += n;
            }
            paragraph += 1;
        }
    }
    out
}

/// Words after which a line cannot end a sentence, so the next line continues it.
fn is_joining_word(w: &str) -> bool {
    const WORDS: &[&str] = &[
        "a",
        "an",
        "the",
        "of",
        "by",
        "to",
        "and",
        "or",
        "but",
        "with",
        "from",
        "in",
        "on",
        "at",
        "for",
        "that",
        "as",
        "than",
        "its",
        "their",
        "his",
        "her",
        "our",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "into",
        "about",
        "some",
        "nearly",
        "around",
        "which",
        "another",
        "additional",
        "roughly",
        "approximately",
        "least",
        "over",
        "estimated",
        "almost",
        "alongside",
        "against",
        "toward",
        "towards",
        "across",
        "between",
        "among",
        "amid",
        "during",
        "including",
        "via",
        "through",
        "within",
        "without",
        "because",
        "whose",
    ];
    WORDS.iter().any(|x| x.eq_ignore_ascii_case(w))
}

fn ends_sentence_like(line: &str) -> bool {
    line.trim_end().ends_with(['.', '!', '?', ':', '"', '\u{201d}', '\'', '\u{2019}', ')', ']', '>', '*', '|'])
}

fn is_heading(line: &str) -> bool {
    line.trim_start().starts_with('#')
}

/// Block-level HTML tags left in scraped text ("...</p> <p>Nearly half a million ..."): they end
/// paragraphs as line breaks do.
const BLOCK_TAGS: [&str; 10] = ["<p>", "</p>", "<br>", "<br/>", "<br />", "<div>", "</div>", "<li>", "</li>", "<p "];

/// Add a line to `lines`, split where block-level tags stand in it.
fn push_line(text: &str, line: ByteSpan, lines: &mut Vec<ByteSpan>) {
    let bytes = &text.as_bytes()[line.start..line.end];
    let mut start = line.start;
    for at in memchr::memchr_iter(b'<', bytes) {
        let at = line.start + at;
        if at < start {
            continue;
        }
        let rest = &text.as_bytes()[at..line.end];
        let Some(tag) =
            BLOCK_TAGS.iter().find(|t| rest.get(..t.len()).is_some_and(|r| r.eq_ignore_ascii_case(t.as_bytes())))
        else {
            continue;
        };
        // "<p class=...>" ends at its ">".
        let end = if tag.ends_with('>') {
            at + tag.len()
        } else {
            memchr::memchr(b'>', rest).map_or(line.end, |k| at + k + 1)
        };
        push_trimmed(text, ByteSpan::new(start, at), lines);
        start = end;
    }
    push_trimmed(text, ByteSpan::new(start, line.end), lines);
}

fn push_trimmed(text: &str, span: ByteSpan, lines: &mut Vec<ByteSpan>) {
    let piece = &text[span];
    let lead = piece.len() - piece.trim_start().len();
    let span = ByteSpan::new(span.start + lead, span.start + piece.trim_end().len());
    if !span.is_empty() {
        lines.push(span);
    }
}

/// Paragraph spans of a block: its non-blank lines, joined where a sentence runs on.
fn paragraphs(text: &str, block: ByteSpan) -> Vec<ByteSpan> {
    let mut lines: Vec<ByteSpan> = Vec::new();
    let mut pos = block.start;
    for line in text[block].split_inclusive('\n') {
        let content = line.trim_end();
        let lead = content.len() - content.trim_start().len();
        if !content.trim().is_empty() {
            let mut start = pos + lead;
            // Markdown heading markers are not part of the sentence.
            let body = &text[start..pos + content.len()];
            if is_heading(body) {
                start += body.len() - body.trim_start_matches('#').trim_start().len();
            }
            push_line(text, ByteSpan::new(start, pos + content.len()), &mut lines);
        }
        pos += line.len();
    }
    let mut out: Vec<ByteSpan> = Vec::with_capacity(lines.len());
    let mut prev_heading = false;
    for l in lines {
        let raw_line_start = text[..l.start].rfind('\n').map_or(block.start, |i| i + 1).max(block.start);
        let heading = is_heading(&text[raw_line_start..l.end]);
        if let Some(last) = out.last_mut() {
            let prev = &text[*last];
            let next = &text[l];
            let last_word = prev.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            // (... or goes on with a comma: "during offensive in Kursk area\n, the ministry added.")
            let next_lower = next.chars().next().is_some_and(|c| c.is_lowercase() || matches!(c, ',' | ';'));
            let runs_on = !ends_sentence_like(prev)
                && (next_lower || is_joining_word(last_word) || prev.ends_with([',', '-', '\u{2014}']))
                || cut_after_abbreviation(prev, next);
            if runs_on
                && !heading
                && !prev_heading
                && !crate::load::meta::opens_with_dateline(next)
                && !lower_case_byline(next)
            {
                last.end = l.end;
                continue;
            }
        }
        prev_heading = heading;
        out.push(l);
    }
    out
}

/// "by Kateryna Hodunova January 1, 2025 6:03 PM": a byline under a headline, in lower case as some
/// sites print it, is no sentence running on (unlike "expected\n\nby December" or "by Russian
/// forces near Kursk.").
fn lower_case_byline(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("by ") else { return false };
    let mut words = rest.split_whitespace();
    let capital = |w: Option<&str>| w.is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()) && w.len() > 1);
    let (first, second) = (words.next(), words.next());
    line.len() <= 100
        && !line.ends_with('.')
        && capital(first)
        && capital(second)
        && first.is_some_and(|w| crate::dates::month(w).is_none() && crate::dates::weekday(w).is_none())
        && !first.is_some_and(|w| w.to_lowercase().ends_with("ian") || w.to_lowercase().ends_with("ean"))
}

/// "on Jan.\n\n3 that ...", "Gen.\n\nSyrskyi said": a month or a title cannot end a sentence before
/// a day or a name.
fn cut_after_abbreviation(prev: &str, next: &str) -> bool {
    let Some(before_stop) = prev.strip_suffix('.') else { return false };
    // Abbreviations are short: most lines end on a longer word, decided by a few bytes.
    let tail = before_stop.as_bytes();
    let short = (1..=5).any(|n| tail.len() >= n && !tail[tail.len() - n].is_ascii_alphanumeric()) || tail.len() <= 4;
    if !short {
        return false;
    }
    let last_word = before_stop.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    // A month's abbreviation ("Jan", "Sept"), not a whole name that may end a sentence ("in May.").
    let month = crate::dates::month(last_word).is_some()
        && (last_word.len() == 3 && !last_word.eq_ignore_ascii_case("may") || last_word.eq_ignore_ascii_case("sept"));
    let title = is_title_abbreviation(last_word);
    let first = next.chars().next();
    month && first.is_some_and(|c| c.is_ascii_digit()) || title && first.is_some_and(char::is_uppercase)
}

/// Abbreviated titles before a name ("Rep. Lee", "Gen. Syrskyi"): their stop ends neither a sentence
/// nor a name.
const TITLE_ABBREVIATIONS: [&str; 16] =
    ["mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "gov", "sen", "rep"];

/// Is `word` (without its stop) an abbreviated title ("Rep", "gen")?
pub fn is_title_abbreviation(word: &str) -> bool {
    word.len() <= 4 && TITLE_ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

const ABBREVIATIONS: [&str; 55] = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pvt", "adm", "cmdr", "gov",
    "sen", "rep", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "nos", "vs", "e.g", "i.e", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "incl", "excl", "govt", "dept",
    "fig", "vol", "pp", "nr", "nrs", "mt", "ft",
];

/// Words that start sentences: after "U.S." they signal a real boundary.
const STARTERS: [&str; 16] =
    ["The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "On", "But", "And", "This", "That", "There"];

/// The word before byte `stop` (a '.') and whether it is an abbreviation.
fn abbreviation_before(text: &str, para_start: usize, stop: usize) -> bool {
    let before = &text[para_start..stop];
    let word =
        before.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '\u{201c}').next().unwrap_or("");
    if word.is_empty() {
        return false;
    }
    // Initials and dotted abbreviations: "N", "U.S", "a.m".
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if word.contains('.') && letters <= 4 {
        return true;
    }
    if letters == 1 && word.chars().all(|c| c.is_uppercase()) {
        return true;
    }
    // "killed.Rep. Lee": an abbreviation glued to the sentence before it.
    let last = word.rsplit('.').next().unwrap_or(word);
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word) || a.eq_ignore_ascii_case(last))
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '\u{201d}' | '\u{2019}' | ')' | ']' | '*')
}

fn split_paragraph(text: &str, para: ByteSpan, kind: BlockKind, paragraph: u32, out: &mut Vec<Sentence>) {
    let bytes = text.as_bytes();
    let mut start = para.start;
    let mut i = para.start;
    let push = |s: usize, e: usize, out: &mut Vec<Sentence>| {
        let piece = &text[s..e];
        let lead = piece.len() - piece.trim_start().len();
        let span = ByteSpan::new(s + lead, s + piece.trim_end().len());
        if !span.is_empty() {
            out.push(Sentence { span, kind, paragraph });
        }
    };
    // Next '.', '!' or '?' and next ':' or first byte of '…' (0xE2) at or after `i`, found with SIMD
    // searches and kept until passed: most bytes are none of these.
    let (mut next_stop, mut next_other): (Option<usize>, Option<usize>) = (None, None);
    let find_from = |i: usize, found: Option<usize>, search: &dyn Fn(&[u8]) -> Option<usize>| match found {
        Some(at) if at >= i => Some(at),
        _ => Some(search(&bytes[i..para.end]).map_or(para.end, |k| i + k)),
    };
    while i < para.end {
        next_stop = find_from(i, next_stop, &|h| memchr::memchr3(b'.', b'!', b'?', h));
        next_other = find_from(i, next_other, &|h| memchr::memchr2(b':', 0xE2, h));
        i = next_stop.unwrap_or(para.end).min(next_other.unwrap_or(para.end));
        if i >= para.end {
            break;
        }
        let b = bytes[i];
        // A caption credit glued to the caption: "experienceImage: Russian Defence Ministry".
        if b == b':' {
            if let Some(cut) = glued_credit(text, para.start, i) {
                push(start, cut, out);
                start = cut;
            }
            i += 1;
            continue;
        }
        let is_stop = matches!(b, b'.' | b'!' | b'?') || b == 0xE2 && bytes[i..].starts_with("\u{2026}".as_bytes());
        if !is_stop {
            i += 1;
            continue;
        }
        let stop = i;
        // Decimal points and dotted numbers are not stops.
        if b == b'.'
            && i > para.start
            && bytes[i - 1].is_ascii_digit()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
        {
            i += 1;
            continue;
        }
        // Consume the rest of the punctuation run: "...", "?!", closing quotes and brackets.
        let mut j = i + if b == b'.' || b == b'!' || b == b'?' { 1 } else { '\u{2026}'.len_utf8() };
        while j < para.end {
            let c = text[j..].chars().next().unwrap_or(' ');
            if matches!(c, '.' | '!' | '?' | '\u{2026}') || is_closer(c) && !glued_opening_quote(text, j, para.end) {
                j += c.len_utf8();
            } else {
                break;
            }
        }
        if j >= para.end {
            break;
        }
        let next = text[j..].chars().next().unwrap_or(' ');
        let boundary = if next.is_whitespace() {
            let k = j + text[j..para.end].len() - text[j..para.end].trim_start().len();
            let after = text[k..para.end].chars().next().unwrap_or(' ');
            let ellipsis = j - stop > 1 && text[stop..j].starts_with("..") || text[stop..].starts_with('\u{2026}');
            if after.is_lowercase() {
                false
            } else if b == b'.' && j == stop + 1 && abbreviation_before(text, para.start, stop) {
                // "U.S. The" ends a sentence; "U.S. Defense" and "N. Korea" do not.
                let next_word: String = text[k..para.end].chars().take_while(|c| c.is_alphabetic()).collect();
                STARTERS.contains(&next_word.as_str()) && !single_initial(text, para.start, stop)
            } else if ellipsis {
                true
            } else {
                !list_marker(text, para.start, stop)
            }
        } else if next.is_uppercase() {
            // Run together: "Principles.Lee" splits, "U.S.Army" does not; "the U.S.He said" does (a
            // whole word that opens sentences, not "U.S.A.").
            let word: String = text[para.start..stop].chars().rev().take_while(|c| c.is_alphabetic()).collect();
            let glued = &text[j..para.end];
            let next_len = glued.find(|c: char| !c.is_alphabetic()).unwrap_or(glued.len());
            let starter = next_len >= 2
                && STARTERS.contains(&&glued[..next_len])
                && glued[next_len..].starts_with(char::is_whitespace);
            word.chars().take(2).filter(|c| c.is_lowercase()).count() == 2
                && !abbreviation_before(text, para.start, stop)
                || starter
        } else {
            glued_opening_quote(text, j, para.end)
        };
        if boundary {
            push(start, j, out);
            start = j;
        }
        i = j;
    }
    push(start, para.end, out);
}

/// `"This`: a quote right after a stop, followed by a letter, opens the next sentence.
fn glued_opening_quote(text: &str, j: usize, end: usize) -> bool {
    let mut cs = text[j..end].chars();
    matches!(cs.next(), Some('"' | '\u{201c}')) && cs.next().is_some_and(char::is_alphabetic)
}

fn single_initial(text: &str, para_start: usize, stop: usize) -> bool {
    let word: String = text[para_start..stop].chars().rev().take_while(|c| !c.is_whitespace()).collect();
    word.chars().count() == 1
}

/// "1." at the start of a paragraph is a list marker.
fn list_marker(text: &str, para_start: usize, stop: usize) -> bool {
    let before = &text[para_start..stop];
    !before.is_empty() && before.len() <= 3 && before.bytes().all(|b| b.is_ascii_digit())
}

/// If the ':' at `colon` ends a credit label glued to the previous word ("experienceImage:"), the byte
/// offset where the credit starts.
fn glued_credit(text: &str, para_start: usize, colon: usize) -> Option<usize> {
    const LABELS: [&str; 5] = ["Image", "Photo", "Picture", "Credit", "Video"];
    let before = &text[para_start..colon];
    let label = LABELS.iter().find(|l| before.ends_with(*l))?;
    let cut = colon - label.len();
    text[para_start..cut].chars().next_back().is_some_and(char::is_lowercase).then_some(cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let blocks = [Block { span: ByteSpan::new(0, text.len()), kind: BlockKind::Body }];
        sentences(text, &blocks).into_iter().map(|s| &text[s.span]).collect()
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(
            split("U.S. Defense Secretary Lloyd Austin said N. Korea sent troops on Oct. 3. The rest followed."),
            ["U.S. Defense Secretary Lloyd Austin said N. Korea sent troops on Oct. 3.", "The rest followed."]
        );
    }

    #[test]
    fn a_line_ending_on_a_quantifier_runs_on() {
        assert_eq!(
            split("Russia expects another\n8,000 troops by spring.\nNext line."),
            ["Russia expects another\n8,000 troops by spring.", "Next line."]
        );
    }

    #[test]
    fn sentence_cut_after_a_month_or_a_title() {
        let text =
            "Officials confirmed on Jan.\n\n3 that 3,000 troops were sent.\n\nOn Dec.\n\n31, Gen.\n\nSmith said so.";
        let got = split(text);
        assert_eq!(
            got,
            ["Officials confirmed on Jan.\n\n3 that 3,000 troops were sent.", "On Dec.\n\n31, Gen.\n\nSmith said so."]
        );
    }

    #[test]
    fn a_line_ending_on_a_preposition_runs_on() {
        assert_eq!(
            split("Pyongyang sent 9,000 soldiers to serve alongside\n\nRussian units in Kursk.\n\nNext one."),
            ["Pyongyang sent 9,000 soldiers to serve alongside\n\nRussian units in Kursk.", "Next one."]
        );
    }

    #[test]
    fn a_line_opening_on_a_comma_runs_on() {
        assert_eq!(
            split("Ukraine has lost over 7,000 troops in the area\n, the ministry added."),
            ["Ukraine has lost over 7,000 troops in the area\n, the ministry added."]
        );
    }

    #[test]
    fn sentence_broken_by_a_blank_line() {
        assert_eq!(
            split("\"The deployment is expected by\n\nDecember,\" he said.\n\nNext paragraph."),
            ["\"The deployment is expected by\n\nDecember,\" he said.", "Next paragraph."]
        );
    }

    #[test]
    fn a_headline_ending_on_a_preposition_before_a_dateline() {
        assert_eq!(
            split("Losses mount as the fighting drags on\n\nBusan, May 14 (NNA) Troops were sent.\n"),
            ["Losses mount as the fighting drags on", "Busan, May 14 (NNA) Troops were sent."]
        );
    }

    #[test]
    fn run_together_words_and_quotes() {
        assert_eq!(
            split("Trust Principles.Lee said so, citing the agency.\"This is it,\" Austin said."),
            ["Trust Principles.", "Lee said so, citing the agency.", "\"This is it,\" Austin said."]
        );
        assert_eq!(
            split("They met in the U.S.He said so. The U.S.Army and the U.S.A. agreed."),
            ["They met in the U.S.", "He said so.", "The U.S.Army and the U.S.A. agreed."]
        );
        assert_eq!(split("One was killed.Rep. Lee said so."), ["One was killed.", "Rep. Lee said so."]);
    }

    #[test]
    fn ellipsis_inside_a_quote_and_headlines_without_stops() {
        assert_eq!(
            split("Headline with no stop\nThey were deployed... so approximately 3,000 remain."),
            ["Headline with no stop", "They were deployed... so approximately 3,000 remain."]
        );
    }

    #[test]
    fn glued_caption_credit() {
        assert_eq!(
            split("It lacks combat experienceImage: Agency/dpa"),
            ["It lacks combat experience", "Image: Agency/dpa"]
        );
    }
}
