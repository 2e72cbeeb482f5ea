//! Metadata a file does not state, read from the article itself: a wire dateline ("SEOUL, Oct 23
//! (Reuters) -"), a date line, a byline ("By AFP"), the article's URL, a headline-like first line, or
//! an outlet named in the page furniture. What is only guessed is marked `Inferred` with its evidence.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::document::{Found, Sourced};
use crate::load::Hints;

/// The outlet table shipped in `assets/outlets.tsv`.
pub struct Outlets {
    /// host -> (name, is a wire agency)
    by_host: Vec<(String, String, bool)>,
    /// Names as printed (a first column with no dot) -> the canonical name: "Agence France-Presse" -> AFP.
    printed: Vec<(String, String)>,
}

pub static OUTLETS: LazyLock<Outlets> = LazyLock::new(|| Outlets::parse(include_str!("../../assets/outlets.tsv")));

impl Outlets {
    pub fn parse(tsv: &str) -> Self {
        let (mut by_host, mut printed) = (Vec::new(), Vec::new());
        for l in tsv.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let mut cols = l.split('\t');
            let (Some(first), Some(name)) = (cols.next(), cols.next()) else { continue };
            let (first, name) = (first.trim(), name.trim().to_string());
            if first.contains('.') {
                by_host.push((first.to_ascii_lowercase(), name, cols.next().is_some_and(|c| c.trim() == "agency")));
            } else {
                printed.push((first.to_string(), name));
            }
        }
        Self { by_host, printed }
    }

    /// Outlet name for a URL's host ("www.themoscowtimes.com" -> "The Moscow Times").
    pub fn for_host(&self, host: &str) -> Option<&str> {
        let host = host.trim_start_matches("www.").to_ascii_lowercase();
        self.by_host
            .iter()
            .filter(|(h, _, _)| {
                // The host itself or a subdomain of it ("edition.cnn.com" for "cnn.com").
                host.strip_suffix(h.as_str()).is_some_and(|rest| rest.is_empty() || rest.ends_with('.'))
            })
            .max_by_key(|(h, _, _)| h.len())
            .map(|(_, n, _)| n.as_str())
    }

    /// Is `name` a known outlet, and is it a wire agency?
    pub fn known(&self, name: &str) -> Option<(&str, bool)> {
        let canonical = self.printed.iter().find(|(p, _)| p.eq_ignore_ascii_case(name)).map_or(name, |(_, n)| n);
        self.by_host.iter().find(|(_, n, _)| n.eq_ignore_ascii_case(canonical)).map(|(_, n, a)| (n.as_str(), *a))
    }

    fn names(&self) -> impl Iterator<Item = &str> {
        self.by_host.iter().map(|(_, n, _)| n.as_str())
    }
}

/// All outlet names, searched at once in page furniture.
/// (Canonical names only: a name as printed, "Agence France-Presse", is found on a byline line by
/// [`name_line`]; more patterns here would slow a search that runs over every page.)
static NAME_FINDER: LazyLock<(aho_corasick::AhoCorasick, Vec<String>)> = LazyLock::new(|| {
    let mut names: Vec<String> = OUTLETS.names().map(str::to_string).collect();
    names.sort();
    names.dedup();
    // Leftmost-longest lets the automaton use its vectorised prefilter.
    let ac = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(&names)
        .unwrap_or_else(|_| unreachable!("plain names build"));
    (ac, names)
});

static URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"https?://[^\s<>()\[\]\x22']+").unwrap_or_else(|_| unreachable!()));
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    // ASCII word boundaries: Unicode ones make this search an order of magnitude slower.
    // "SEOUL, Oct 23 (Reuters) -", "KYIV, Ukraine (AP) —": a place in capitals, maybe a region or a
    // date, the agency in brackets, a dash.
    // ("LONDON (Reuters) -" with no date or region: see `dateline`.)
    Regex::new(r"(?-u:\b)[A-Z][A-Z .'-]{2,30}(?:, (?:([A-Z][a-z]{2,8}\.? \d{1,2})(?:, (\d{4}))?|[A-Z][A-Za-z .'-]{2,30}))? \(([A-Z][A-Za-z .&-]{1,30})\) *[-\u{2013}\u{2014}]")
        .unwrap_or_else(|_| unreachable!())
});
/// The same at a line's start with the place in title case and the dash often left out: "Seoul, April
/// 30 (IANS) North Korean troops ...". Without capitals or a dash, only a short acronym or a known
/// outlet in the brackets makes it a dateline (checked by the caller).
static DATELINE_TITLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?, (?:([A-Z][a-z]{2,8}\.? \d{1,2})(?:, (\d{4}))?|[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?) \(([A-Z][A-Za-z .&-]{1,30})\)")
        .unwrap_or_else(|_| unreachable!())
});
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^\s*By:? *\[?([A-Z][A-Za-z .&-]{1,40}?)\]?(?:\([^)]*\))?\s*$").unwrap_or_else(|_| unreachable!())
});
static URL_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"/(20\d\d|19\d\d)/(\d{1,2})/(\d{1,2})/").unwrap_or_else(|_| unreachable!()));

/// Metadata of one document, as found.
pub struct Meta {
    pub title: Sourced<String>,
    pub outlet: Sourced<String>,
    pub published: Sourced<NaiveDate>,
    pub url: Option<String>,
}

/// Complete the hints a format gave with what the text says.
pub fn infer(text: &str, hints: Hints) -> Meta {
    let head = &text[..floor_char(text, 6000)];
    let url = hints.url.clone().or_else(|| article_url(text));
    let host = url.as_deref().and_then(host_of);

    let title = match hints.title {
        Some((t, found)) => Sourced { value: Some(t), found, evidence: None },
        None => headline_line(head)
            .map_or_else(Sourced::default, |l| Sourced::new(l.to_string(), Found::Heading, "first headline-like line")),
    };

    // A scraped byline run into its date, read once for the outlet and the date.
    let glued = head.lines().take(20).map(str::trim).find_map(|l| {
        // A byline is short and dated.
        if l.len() > 90 || !l.bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        glued_byline(l).map(|(date, word)| (date, word, l))
    });
    let dateline = dateline(&head[..floor_char(head, 2000)]);
    let byline_agency = byline_agency(head);
    let outlet = if let Some((o, found)) = hints.outlet {
        Sourced { value: Some(o), found, evidence: None }
    } else if let Some(c) = &dateline {
        let o = c.get(3).map_or("", |m| m.as_str()).trim();
        Sourced::new(
            OUTLETS.known(o).map_or(o, |k| k.0).to_string(),
            Found::Dateline,
            c.get(0).map_or("", |m| m.as_str()).trim(),
        )
    } else if let Some((name, evidence)) = outlet_dash(&head[..floor_char(head, 2000)]) {
        Sourced::new(name.to_string(), Found::Dateline, evidence)
    } else if let Some((name, evidence)) = bracketed_outlet(&head[..floor_char(head, 2000)]) {
        Sourced::new(name, Found::Dateline, evidence)
    } else if let Some((name, evidence)) = slashed_dateline(&head[..floor_char(head, 2000)]) {
        Sourced::new(name, Found::Dateline, evidence)
    } else if let Some(site) = host.as_deref().and_then(|h| OUTLETS.for_host(h)) {
        let name = match &byline_agency {
            Some(agency) if agency != site => format!("{site} ({agency})"),
            _ => site.to_string(),
        };
        Sourced::new(name, Found::Url, url.clone().unwrap_or_default())
    } else if let Some(agency) = byline_agency {
        Sourced::new(agency.clone(), Found::Byline, format!("By {agency}"))
    } else if let Some((name, line)) = glued.and_then(|(_, word, line)| OUTLETS.known(word).map(|(n, _)| (n, line))) {
        Sourced::new(name.to_string(), Found::Byline, line)
    } else if let Some((name, line)) = name_line(head) {
        Sourced::new(name.to_string(), Found::Byline, line)
    } else if let Some((name, line)) = credit_line(text) {
        Sourced::new(name.to_string(), Found::Byline, line)
    } else if let Some((name, line)) = title.value.as_deref().and_then(site_suffix) {
        Sourced::new(name.to_string(), Found::Heading, line)
    } else {
        furniture_outlet(text)
    };

    let published = if let Some((d, found, ev)) = hints.published {
        Sourced::new(d, found, ev)
    } else if let Some((d, line)) = date_line(head) {
        Sourced::new(d, Found::DateLine, line)
    } else if let Some((d, _, line)) = glued {
        Sourced::new(d, Found::DateLine, line)
    } else if let Some((d, u)) = url.as_deref().and_then(|u| url_date(u).map(|d| (d, u))) {
        Sourced::new(d, Found::Url, u)
    } else {
        Sourced::default()
    };
    Meta { title, outlet, published, url }
}

/// The lines of `text` that hold the given byte offsets (in increasing order), each once, as
/// (start, end) without the line break: the metadata searches find a cheap sign of what they look for
/// with SIMD and run their regex on those lines alone.
fn lines_at(text: &str, offsets: impl Iterator<Item = usize>) -> impl Iterator<Item = (usize, usize)> {
    let mut searched_to = 0;
    offsets.filter_map(move |at| {
        if at < searched_to {
            return None;
        }
        let line = line_around(text, at);
        searched_to = line.1;
        Some(line)
    })
}

/// A wire agency's byline ("By AFP"). Only lines that start with "By" can be bylines.
fn byline_agency(head: &str) -> Option<String> {
    let starts = memchr::memmem::find_iter(head.as_bytes(), b"By");
    let starts = starts.filter(|&at| head[line_around(head, at).0..at].trim().is_empty());
    lines_at(head, starts).find_map(|(start, end)| {
        let c = BYLINE.captures(&head[start..end])?;
        OUTLETS.known(c.get(1)?.as_str().trim()).map(|(n, _)| n.to_string())
    })
}

/// Does `line` open with a wire dateline ("SEOUL, Oct 23 (Reuters) -", "Seoul, April 30 (IANS)")?
/// A dateline starts a story, so a line before it never runs on into it.
pub fn opens_with_dateline(line: &str) -> bool {
    let line = line.trim_start();
    let Some(bracket) = line.find(" (") else { return false };
    // The place, its region or date and the agency fit in the first few dozen bytes.
    if bracket > 40 {
        return false;
    }
    let head = &line[..floor_char(line, 90)];
    DATELINE.find(head).is_some_and(|m| m.start() == 0) || titled_dateline(head).is_some()
}

/// [`DATELINE_TITLED`] with an agency that is one: a short acronym or a known outlet.
fn titled_dateline(line: &str) -> Option<regex::Captures<'_>> {
    let c = DATELINE_TITLED.captures(line)?;
    let agency = c.get(3)?.as_str().trim();
    let acronym = (2..=6).contains(&agency.len()) && agency.bytes().all(|b| b.is_ascii_uppercase());
    (acronym || OUTLETS.known(agency).is_some()).then_some(c)
}

/// The Russian agencies' dateline: "MOSCOW, August 24. /TASS/.".
static DATELINE_SLASHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Z][A-Z .'-]{2,30}, [A-Z][a-z]{2,8}\.? \d{1,2}\. /([A-Z][A-Za-z-]{1,20})/")
        .unwrap_or_else(|_| unreachable!())
});

/// An outlet's own dateline with no place before it, as scraped from broadcasters' pages: "CNN —" on
/// a line of its own, or "Kyiv (CNN) — North Korea ...". Returns the outlet and the words found.
fn outlet_dash(head: &str) -> Option<(&'static str, &str)> {
    // Dashes are rare in a page's head: the lines are found from them, by SIMD.
    let b = head.as_bytes();
    let dashes =
        memchr::memmem::find_iter(b, "\u{2014}".as_bytes()).chain(memchr::memmem::find_iter(b, "\u{2013}".as_bytes()));
    let mut dashes: Vec<usize> = dashes.collect();
    dashes.sort_unstable();
    lines_at(head, dashes.into_iter()).find_map(|(start, end)| {
        let line = head[start..end].trim();
        // Only the line's start is looked at: paragraphs are long.
        let dash = line[..floor_char(line, 44)].find(['\u{2014}', '\u{2013}'])?;
        let before = line[..dash].trim_end();
        // "CNN", or the bracketed name of "Kyiv (CNN)".
        let name = match before.rfind('(') {
            Some(open) if before.ends_with(')') => &before[open + 1..before.len() - 1],
            _ => before,
        };
        let (known, _) = OUTLETS.known(name.trim())?;
        Some((known, line[..dash].trim()))
    })
}

/// A paragraph opened by an outlet's name in brackets and a dash, with no place: "(Reuters) - The
/// Pentagon ...", "(VOVWORLD) - ...". The name as the outlet table knows it, or as written when it is
/// in capitals (a brand the table does not know); and the words found.
fn bracketed_outlet(head: &str) -> Option<(String, &str)> {
    // Brackets are rare: the lines opening with one are found from them, by SIMD.
    let opens = memchr::memchr_iter(b'(', head.as_bytes())
        .filter(|&at| head[..at].bytes().rev().find(|b| !matches!(b, b' ' | b'\t')).is_none_or(|b| b == b'\n'));
    opens.take(3).find_map(|at| {
        let line = &head[at..line_around(head, at).1];
        let rest = line.strip_prefix('(')?;
        let close = rest[..floor_char(rest, 32)].find(')')?;
        let name = rest[..close].trim();
        let after = rest[close + 1..].trim_start();
        if !after.starts_with(['-', '\u{2014}', '\u{2013}']) {
            return None;
        }
        let known = OUTLETS.known(name).map(|k| k.0.to_string());
        let capitals = (2..=16).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase() || b == b' ');
        let name = known.or_else(|| capitals.then(|| name.to_string()))?;
        Some((name, &line[..close + 2]))
    })
}

/// A short line under the headline that is only an outlet's name, as pages print the byline of a
/// wire story: "Agence France-Presse". Returns the outlet and the line.
fn name_line(head: &str) -> Option<(&'static str, &str)> {
    head[..floor_char(head, 2000)]
        .lines()
        .take(40)
        .map(str::trim)
        // A name: short, capitalised, no digits (most lines are turned down here). (A line that is
        // only an outlet's name may open the page: "REUTERS", then the date.)
        .filter(|l| {
            (2..=40).contains(&l.len())
                && l.starts_with(|c: char| c.is_ascii_uppercase())
                && !l.bytes().any(|b| b.is_ascii_digit() || b == b':')
        })
        .find_map(|l| OUTLETS.known(l.trim_start_matches("By ").trim()).map(|(name, _)| (name, l)))
}

/// A copyright line at the top or the foot of the page naming a known outlet: "Copyright 2024 The
/// Associated Press. All rights reserved.", "© 2025 Agence France-Presse".
fn credit_line(text: &str) -> Option<(&'static str, &str)> {
    // Such a line stands among the first lines or the last ones: only those are looked at.
    let head = text[..floor_char(text, 2000)].lines().take(12);
    let tail = text.trim_end().rsplit('\n').take(15);
    head.chain(tail).map(str::trim).filter(|l| l.len() <= 120).find_map(|l| {
        let rest = ["Copyright", "COPYRIGHT", "\u{a9}", "(c)", "(C)"]
            .iter()
            .find_map(|p| l.strip_prefix(p))?
            .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{a9}' || c == '(' || c == ')' || c == 'c');
        // The year (or years: "2004-2025"), then the holder up to the first full stop or comma.
        let holder = rest.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '-' | '\u{2013}' | ' '));
        // "Copyright © 2019 by The Associated Press".
        let holder = holder.strip_prefix("by ").or_else(|| holder.strip_prefix("By ")).unwrap_or(holder);
        let name = holder.split(['.', ',', '|']).next()?.trim();
        OUTLETS.known(name).or_else(|| OUTLETS.known(name.trim_start_matches("The "))).map(|(n, _)| (n, l))
    })
}

/// "North Korea sends 3,000 more troops | Reuters", "... - BBC News": a headline as a page's title
/// prints it, with the site's name after the last separator.
fn site_suffix(title: &str) -> Option<(&'static str, &str)> {
    let at = [" | ", " - ", " \u{2014} ", " \u{2013} "]
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|i| i + sep.len()))
        .max()?;
    OUTLETS.known(title[at..].trim()).map(|(n, _)| (n, title))
}

/// [`DATELINE_SLASHED`] among the first lines: the agency as the outlet table names it, or as
/// written when it is an acronym, and the dateline.
fn slashed_dateline(head: &str) -> Option<(String, &str)> {
    let slashes = memchr::memmem::find_iter(head.as_bytes(), b". /");
    lines_at(head, slashes).find_map(|(start, end)| {
        let line = head[start..end].trim();
        // A label left before it by a scraper ("date 2024-08-24 MOSCOW, ...") is skipped.
        let first = line.find(|c: char| c.is_ascii_uppercase())?;
        let c = DATELINE_SLASHED.captures(&line[first..])?;
        let agency = c.get(1)?.as_str();
        let name = OUTLETS.known(agency).map(|k| k.0.to_string());
        let acronym = agency.len() <= 6 && agency.bytes().all(|b| b.is_ascii_uppercase());
        let name = name.or_else(|| acronym.then(|| agency.to_string()))?;
        Some((name, c.get(0)?.as_str()))
    })
}

/// The first wire dateline. It always holds "(" and a capital letter (the agency).
fn dateline(head: &str) -> Option<regex::Captures<'_>> {
    let b = head.as_bytes();
    let agencies = memchr::memchr_iter(b'(', b).filter(|&at| b.get(at + 1).is_some_and(u8::is_ascii_uppercase));
    lines_at(head, agencies).find_map(|(start, end)| {
        let line = &head[start..end];
        // "LONDON (Reuters) -": with nothing between place and brackets, only an outlet the table
        // knows (not "NIS (National Intelligence Service) -").
        let plain = |c: &regex::Captures<'_>| {
            c.get(0).is_some_and(|m| m.as_str().contains(", "))
                || c.get(3).is_some_and(|a| OUTLETS.known(a.as_str().trim()).is_some())
        };
        DATELINE.captures(line).filter(plain).or_else(|| titled_dateline(line))
    })
}

fn floor_char(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The article's own URL: on a line of its own, or after "url:" / "source:".
fn article_url(text: &str) -> Option<String> {
    // Every candidate holds "http"; most articles hold none, and then no line needs a look. Links in
    // paragraphs are common: the URL regex runs only on a line that could hold the article's own.
    for (start, end) in lines_at(text, memchr::memmem::find_iter(text.as_bytes(), b"http")) {
        let l = text[start..end].trim();
        let may_be_alone = l.trim_start_matches('<').starts_with("http");
        let label = || labelled(l) || previous_line(text, start).is_some_and(|p| labelled(p) && p.ends_with(':'));
        if !may_be_alone && !label() {
            continue;
        }
        let Some(m) = URL.find(l) else { continue };
        let alone = l.trim_matches(['<', '>']).len() == m.as_str().len();
        if alone || label() {
            return Some(m.as_str().to_string());
        }
    }
    None
}

/// "Original url:", "Source: https://...".
fn labelled(line: &str) -> bool {
    let b = line.as_bytes();
    b.get(..6).is_some_and(|s| s.eq_ignore_ascii_case(b"source"))
        || b.windows(3).any(|w| w.eq_ignore_ascii_case(b"url"))
}

/// Byte range of the line holding byte `at`, without its line break.
fn line_around(text: &str, at: usize) -> (usize, usize) {
    let b = text.as_bytes();
    let start = memchr::memrchr(b'\n', &b[..at]).map_or(0, |i| i + 1);
    let end = memchr::memchr(b'\n', &b[at..]).map_or(b.len(), |i| at + i);
    (start, end)
}

/// The nearest non-blank line before the line starting at `start`.
fn previous_line(text: &str, start: usize) -> Option<&str> {
    text[..start].lines().rev().map(str::trim).find(|l| !l.is_empty())
}

fn host_of(url: &str) -> Option<String> {
    let rest = url.split("://").nth(1)?;
    Some(rest.split(['/', '?', '#', ':']).next()?.to_ascii_lowercase())
}

fn url_date(url: &str) -> Option<NaiveDate> {
    let c = URL_DATE.captures(url)?;
    NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
}

/// A line near the top holding only a date: "October 18, 2024".
fn date_line(head: &str) -> Option<(NaiveDate, String)> {
    head.lines().take(60).find_map(|l| {
        let line = l.trim();
        if line.len() > 90 {
            // "date 2024-12-23 Ukrainian President ...": a labelled date opening a paragraph.
            let starts_labelled = ["date", "published", "updated", "posted"].iter().any(|label| {
                line.as_bytes().get(..label.len()).is_some_and(|p| p.eq_ignore_ascii_case(label.as_bytes()))
            });
            if !starts_labelled {
                return None;
            }
            return label_stripped(line)
                .and_then(leading_date)
                .map(|(d, _)| (d, line[..floor_char(line, 40)].to_string()));
        }
        if line.len() < 6 || !line.bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        // "By Jane Doe | 12 Dec. 2024, 09:15": the date may share its line with a byline.
        let pieces = std::iter::once(l).chain(l.split(['|', '\u{b7}', '\u{2022}', '\u{2014}']));
        pieces
            .filter_map(|p| match label_stripped(p) {
                // "date 2025-03-27 North Korea sent ...": a label, a date, then the headline.
                Some(rest) => crate::dates::parse_date(rest).or_else(|| leading_date(rest).map(|(d, _)| d)),
                // "December 20, 2024 at 10:50 JST": a date, then the time of day.
                None => crate::dates::parse_date(p)
                    .or_else(|| {
                        let timed = p
                            .as_bytes()
                            .windows(3)
                            .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
                        timed.then(|| leading_date(p.trim()).map(|(d, _)| d)).flatten()
                    })
                    // "입력 2025.05.02 (15:14)" ("input", on Korean sites): a label of one word, in
                    // any language, before a whole date.
                    .or_else(|| {
                        let (label, rest) = p.trim().split_once(char::is_whitespace)?;
                        let label = label.trim_end_matches(':');
                        (!label.is_empty() && label.chars().all(char::is_alphabetic))
                            .then(|| crate::dates::parse_date(rest))
                            .flatten()
                    }),
            })
            .next()
            .map(|d| (d, line.to_string()))
    })
}

/// "Jessie Yeung, Gawon Bae, CNNAugust 22, 2025 at 5:20 AM": a scraped byline whose outlet and date
/// were two elements of the page, run together when their markup was dropped. Returns the date and the
/// word glued before it (the outlet, if it is one).
fn glued_byline(line: &str) -> Option<(NaiveDate, &str)> {
    let b = line.as_bytes();
    (1..b.len()).find_map(|at| {
        // A capital right after a letter, with no space: the seam of two elements. (A month's name
        // goes on in lower case: not the inside of "NATO".)
        if !(b[at].is_ascii_uppercase()
            && b[at - 1].is_ascii_alphabetic()
            && b.get(at + 1).is_some_and(u8::is_ascii_lowercase))
        {
            return None;
        }
        let rest = &line[at..];
        let word_end = rest.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(rest.len());
        crate::dates::month(&rest[..word_end])?;
        let (date, _) = leading_date(rest)?;
        let glued_start = line[..at].rfind(|c: char| !c.is_ascii_alphanumeric()).map_or(0, |i| i + 1);
        Some((date, &line[glued_start..at]))
    })
}

/// A date in the first few words of `text`, with those words.
fn leading_date(text: &str) -> Option<(NaiveDate, String)> {
    let words: Vec<&str> = text.split_whitespace().take(5).collect();
    (1..=words.len()).rev().find_map(|n| {
        let lead = words[..n].join(" ");
        crate::dates::parse_date(&lead).map(|d| (d, lead))
    })
}

/// "Published On 8 Jan 2025", "Updated: 23 October 2024", "Posted on Oct 23, 2024", "Jane Doe
/// Published December 23, 2024": what follows a date label. A line that only updates ("Updated")
/// still dates the article better than nothing.
fn label_stripped(line: &str) -> Option<&str> {
    const LABELS: [&str; 8] =
        ["first published", "last updated", "published", "updated", "posted", "date", "dated", "released"];
    // Only these follow a byline's name on the same line; "date" there is too common a word.
    const AFTER_NAME: [&str; 3] = ["published", "updated", "posted"];
    // "**Last updated:** 14 January 2025": markdown emphasis around the label.
    let l = line.trim().trim_start_matches(['*', '_']);
    let lower = l.to_ascii_lowercase();
    let at = LABELS.iter().find(|label| lower.starts_with(**label)).map(|label| (0, label.len())).or_else(|| {
        AFTER_NAME.iter().find_map(|label| {
            let pos = lower.match_indices(label).map(|(p, _)| p).find(|&p| p > 0 && lower.as_bytes()[p - 1] == b' ')?;
            // The name before it is short and capitalised: "Umer Jamshaid Published ...".
            let name = &l[..pos];
            let named = name.split_whitespace().count() <= 4
                && name.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase));
            named.then_some((pos, label.len()))
        })
    })?;
    let (pos, len) = at;
    if !l.is_char_boundary(pos + len) {
        return None;
    }
    let rest = l[pos + len..].trim_start_matches([':', ' ', '\u{a0}', '*', '_']);
    // "Posted on Oct 23", "Published on: 2025/03/27"
    let on = rest.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("on")) && rest[2..].starts_with([' ', ':']);
    let rest = if on { rest[2..].trim_start_matches([':', ' ']) } else { rest };
    Some(rest.trim())
}

/// Page furniture that is not a headline: navigation, section names, captions of links.
fn is_furniture(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    ["skip ", "sign up", "subscribe", "advertisement", "share ", "menu", "cookie", "log in", "related article"]
        .iter()
        .any(|p| lower.contains(p))
}

/// A headline-like line near the top: 4 to 30 words, not ending in a full stop, not furniture.
fn headline_line(head: &str) -> Option<&str> {
    // "date 2025-06-17 Kim to send 6K workers | NK News": the headline after a scraper's date label.
    fn unlabelled(l: &str) -> &str {
        crate::dates::label_len(l).map_or(l, |n| &l[n..])
    }
    head.lines().take(40).map(|l| unlabelled(l.trim())).find(|l| {
        // Paragraphs are long: counting stops past the most a headline has.
        let words = l.split_whitespace().take(31).count();
        (4..=30).contains(&words)
            && !l.ends_with('.')
            && !l.starts_with(['-', '*', '[', '<', '!', '|', '\u{a9}'])
            && !l.starts_with("Copyright")
            && !l.chars().next().is_some_and(|c| c.is_ascii_digit())
            && !is_furniture(l)
            && crate::dates::parse_date(l).is_none()
    })
}

/// An outlet named in short, sentence-less lines ("More stories from DW", "DW's Top Story"): only a
/// guess, so it is marked as inferred with the lines it came from.
fn furniture_outlet(text: &str) -> Sourced<String> {
    let mut counts: HashMap<&str, (usize, Vec<&str>)> = HashMap::new();
    let (finder, names) = &*NAME_FINDER;
    // Names are rare in text: one pass of the automaton over it, then a look at the lines it stops in.
    let mut line: Option<(usize, &str, bool)> = None;
    for m in finder.find_iter(text) {
        let (start, end) = line_around(text, m.start());
        if line.is_none_or(|(s, _, _)| s != start) {
            let l = text[start..end].trim();
            // Furniture lines are short; the length test spares the word count on paragraphs.
            let short = end - start <= 160
                && l.split_whitespace().count() <= 8
                && !l.ends_with(['.', '"', '\u{201d}'])
                && !l.is_empty();
            line = Some((start, l, short));
        }
        // "Newsweek has contacted the ministry for comment", "Al Jazeera could not independently verify
        // the claims": the outlet speaking of itself, in a paragraph of any length.
        if word_at_edges(text, m.start(), m.end()) && speaks_of_itself(&text[m.end()..]) {
            let e = counts.entry(names[m.pattern().as_usize()].as_str()).or_default();
            e.0 += 2;
            let (_, line_end) = line_around(text, m.start());
            let at = floor_char(text, (m.start() + 80).min(line_end));
            e.1.push(text[m.start()..at.max(m.end())].trim());
            continue;
        }
        let Some((_, l, true)) = line else { continue };
        if word_at_edges(text, m.start(), m.end()) {
            let e = counts.entry(names[m.pattern().as_usize()].as_str()).or_default();
            e.0 += 1;
            e.1.push(l);
        }
    }
    let mut best: Vec<_> = counts.into_iter().collect();
    best.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
    match best.as_slice() {
        [(name, (n, lines)), rest @ ..] if *n >= 2 && rest.first().is_none_or(|r| r.1.0 < *n) => {
            let ev = format!(
                "named {n} times in page furniture or writing of itself: {}",
                lines.iter().take(3).map(|l| format!("\"{l}\"")).collect::<Vec<_>>().join(", ")
            );
            Sourced::new((*name).to_string(), Found::Inferred, ev)
        }
        _ => Sourced::default(),
    }
}

/// Does `after` (the text after an outlet's name) go on the way an outlet writes of itself?
fn speaks_of_itself(after: &str) -> bool {
    const SELF: [&str; 9] = [
        " has contacted",
        " contacted",
        " has reached out",
        " reached out",
        " has asked",
        " could not independently",
        " cannot independently",
        " was unable to independently",
        " has not independently",
    ];
    SELF.iter().any(|p| after.as_bytes().get(..p.len()).is_some_and(|b| b == p.as_bytes()))
}

fn word_at_edges(hay: &str, start: usize, end: usize) -> bool {
    let before = hay[..start].chars().next_back();
    let after = hay[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(text: &str) -> Meta {
        infer(text, Hints::default())
    }

    #[test]
    fn site_from_url_with_wire_byline() {
        let m = meta(
            "\n# Headline here about troops\n\nBy [AFP](#)\n\nOctober 23, 2024\n\nText.\n\nOriginal url:\n\n<https://www.themoscowtimes.com/2024/10/23/x-a1>\n",
        );
        assert_eq!(m.outlet.value.as_deref(), Some("The Moscow Times (AFP)"));
        assert_eq!(m.outlet.found, Found::Url);
        assert_eq!(m.published.value.map(|d| d.to_string()).as_deref(), Some("2024-10-23"));
        assert_eq!(m.published.found, Found::DateLine);
    }

    #[test]
    fn copyright_line_and_title_suffix_name_the_outlet() {
        let m = meta(
            "A headline about troops sent to Russia\n\nText about 3,000 troops.\n\nCopyright 2024 The Associated Press. All rights reserved.\n",
        );
        assert_eq!((m.outlet.value.as_deref(), m.outlet.found), (Some("AP"), Found::Byline));
        let m = meta(
            "A headline about troops\n\nText.\n\nCopyright \u{a9} 2019 by The Associated Press. All Rights Reserved.\nTOP STORIES\n",
        );
        assert_eq!(m.outlet.value.as_deref(), Some("AP"));
        let m = meta("\u{a9} 2025 Agence France-Presse\n\nA headline about troops sent to Russia\n\nText.\n");
        assert_eq!(m.outlet.value.as_deref(), Some("AFP"));
        assert_eq!(
            m.title.value.as_deref(),
            Some("A headline about troops sent to Russia"),
            "a copyright line is no headline"
        );
        let m = meta("North Korea sends more troops to Russia - BBC News\n\nText.\n");
        assert_eq!((m.outlet.value.as_deref(), m.outlet.found), (Some("BBC"), Found::Heading));
        let m = meta("Seoul and Kyiv disagree on the count - a view from Seoul\n\nText.\n");
        assert_eq!(m.outlet.value, None, "only a known outlet's name after the separator");
        let m = meta("A headline about troops\n\nCopyright 2024 Jane Doe\n");
        assert_eq!(m.outlet.value, None);
    }

    #[test]
    fn labelled_date_lines() {
        for (line, date) in [
            ("Published On 8 Jan 2025", "2025-01-08"),
            ("Updated: 23 October 2024 10:31 GMT", "2024-10-23"),
            ("Posted on Oct 23, 2024", "2024-10-23"),
            ("First published on Wed 18 Dec 2024 05.00 GMT", "2024-12-18"),
            ("By **Jane Doe** | 12 Dec. 2024, 09:15", "2024-12-12"),
            ("Umer Jamshaid Published December 23, 2024 | 11:39 PM", "2024-12-23"),
            ("Published on: 2025/03/27 17:00", "2025-03-27"),
            ("**Last updated:** 14 January 2025, 18:05 GMT", "2025-01-14"),
            // Multi-byte characters where the evidence is cut.
            (
                "date 2024-12-23 x\u{2014}\u{2014}\u{2014}\u{2014}\u{2014}\u{2014}\u{2014}\u{2014}\u{2014}\u{2014} \u{201c}Ukrainian\u{201d} president Zelenskiy has expressed worries about troops sent.",
                "2024-12-23",
            ),
            (" date 2025-03-27 North Korea sent 3,000 more soldiers to Russia this year, Seoul claims", "2025-03-27"),
            (
                " date 2024-12-23 Ukrainian President Volodymyr Zelenskiy has expressed worries about the potential of North Korea sending additional troops.",
                "2024-12-23",
            ),
        ] {
            let m = meta(&format!("A headline about the war in Ukraine\n{line}\nText.\n"));
            assert_eq!(m.published.value.map(|d| d.to_string()).as_deref(), Some(date), "{line}");
            assert_eq!(m.published.found, Found::DateLine);
        }
        assert_eq!(meta("Published by the ministry of defence\nText 2024.\n").published.value, None);
    }

    #[test]
    fn an_outlet_writing_of_itself() {
        let m = meta("Troops in Kursk\nJan 14, 2025\n\nNewsweek has contacted the ministry for comment.\n");
        assert_eq!((m.outlet.value.as_deref(), m.outlet.found), (Some("Newsweek"), Found::Inferred));
        let m = meta("Troops in Kursk\n\nThe minister told Newsweek that 3,000 troops were sent.\n");
        assert_eq!(m.outlet.value, None, "being told something is no sign of writing it");
    }

    #[test]
    fn a_byline_run_into_its_date_when_scraped() {
        let m = meta("Kim says his heart aches\nJane Doe, John Roe, CNNAugust 22, 2025 at 5:20 AM\nText.\n");
        assert_eq!(m.published.value.map(|d| d.to_string()).as_deref(), Some("2025-08-22"));
        assert_eq!((m.outlet.value.as_deref(), m.outlet.found), (Some("CNN"), Found::Byline));
        // A capital inside a name is no seam, and a month name must open a whole date.
        let m = meta("Troops in Kursk\nBy Jane McDonald, MayFair Weekly\nText.\n");
        assert_eq!(m.published.value, None);
    }

    #[test]
    fn wire_dateline_names_the_outlet() {
        let m = meta("SEOUL, Oct 23 (Reuters) - North Korea has sent troops.");
        assert_eq!(m.outlet.value.as_deref(), Some("Reuters"));
        assert_eq!(m.outlet.found, Found::Dateline);
        // With no date or region: a known outlet only.
        let bare = meta("Troops\n\nLONDON (Reuters) - North Korea has sent troops.");
        assert_eq!((bare.outlet.value.as_deref(), bare.outlet.found), (Some("Reuters"), Found::Dateline));
        let agency = meta("Troops\n\nSEOUL NIS (National Intelligence Service) - North Korea has sent troops.");
        assert_ne!(agency.outlet.value.as_deref(), Some("National Intelligence Service"));
        let titled = meta("Seoul, April 30 (IANS) North Korean troops are believed to have suffered losses.");
        assert_eq!(titled.outlet.value.as_deref(), Some("IANS"));
        assert_eq!(titled.outlet.found, Found::Dateline);
        let tass = meta(" date 2024-08-24 MOSCOW, August 24. /TASS/. The army lost over 5,500 servicemen.");
        assert_eq!((tass.outlet.value.as_deref(), tass.outlet.found), (Some("TASS"), Found::Dateline));
        let cnn = meta("Kyiv\nCNN \u{2014}\nNorth Korea is set to send more troops.");
        assert_eq!((cnn.outlet.value.as_deref(), cnn.outlet.found), (Some("CNN"), Found::Dateline));
        let bracketed = meta("Kyiv (CNN) \u{2014} North Korea is set to send more troops.");
        assert_eq!(bracketed.outlet.value.as_deref(), Some("CNN"));
        // A title-case place before any bracket is no dateline unless the bracket names an agency.
        assert_eq!(meta("Kyiv, Ukraine (the capital) is calm today.").outlet.value, None);
    }

    #[test]
    fn furniture_guess_is_marked_inferred_and_citations_are_not_outlets() {
        let m = meta("Skip to more DW sites\nTitle of the story is here\nText, CNN reported.\nDW's Top Story\n");
        assert_eq!(m.outlet.value.as_deref(), Some("DW"));
        assert_eq!(m.outlet.found, Found::Inferred);
        let none = meta("Politics\nA headline with some words\nThe troops left, CNN reported. AP said so too.\n");
        assert_eq!(none.outlet.value, None);
        assert_eq!(none.published.value, None);
    }
}
