//! Reading calendar dates as news and metadata write them, and resolving relative days.
//!
//! "Oct 23, 2024", "October 23, 2024", "23 October 2024", "2024-10-23", "2024-10-23T08:00:00Z",
//! "23.10.2024". Relative expressions ("on Friday", "last week") resolve against a publication date.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// Month number for an English month name or abbreviation ("Oct", "Oct.", "October", "Sept").
pub fn month(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let w = word.trim_end_matches('.');
    // This runs on many words: the first three letters decide, the rest is checked once.
    let m = match &three_lower(w, 9)? {
        b"jan" => 1,
        b"feb" => 2,
        b"mar" => 3,
        b"apr" => 4,
        b"may" => 5,
        b"jun" => 6,
        b"jul" => 7,
        b"aug" => 8,
        b"sep" => 9,
        b"oct" => 10,
        b"nov" => 11,
        b"dec" => 12,
        _ => return None,
    };
    let whole =
        w.len() == 3 || MONTHS[m as usize - 1].eq_ignore_ascii_case(w) || m == 9 && w.eq_ignore_ascii_case("sept");
    whole.then_some(m)
}

/// Weekday for an English day name ("Friday", "Fri", "Tues").
pub fn weekday(word: &str) -> Option<Weekday> {
    let w = word.trim_end_matches('.');
    let (day, name, short) = match &three_lower(w, 9)? {
        b"mon" => (Weekday::Mon, "monday", ""),
        b"tue" => (Weekday::Tue, "tuesday", "tues"),
        b"wed" => (Weekday::Wed, "wednesday", ""),
        b"thu" => (Weekday::Thu, "thursday", "thurs"),
        b"fri" => (Weekday::Fri, "friday", ""),
        b"sat" => (Weekday::Sat, "saturday", ""),
        b"sun" => (Weekday::Sun, "sunday", ""),
        _ => return None,
    };
    (w.len() == 3 || name.eq_ignore_ascii_case(w) || short.eq_ignore_ascii_case(w)).then_some(day)
}

/// The first three letters of an ASCII word of 3 to `max` letters, lower-cased.
fn three_lower(w: &str, max: usize) -> Option<[u8; 3]> {
    let b = w.as_bytes();
    if b.len() < 3 || b.len() > max || !b[..3].iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    Some([b[0] | 0x20, b[1] | 0x20, b[2] | 0x20])
}

/// The most recent `day` on or before `reference` (news says "on Friday" of the past week).
pub fn last_weekday(reference: NaiveDate, day: Weekday) -> NaiveDate {
    let back = (reference.weekday().num_days_from_monday() + 7 - day.num_days_from_monday()) % 7;
    reference - Duration::days(i64::from(back))
}

/// Parse a whole string as a date. Returns `None` unless the string is (essentially) only a date.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim().trim_matches(|c| c == '"' || c == '\'');
    if s.len() < 6 || s.len() > 64 {
        return None;
    }
    // ISO 8601, with or without time.
    if s.as_bytes().get(4) == Some(&b'-')
        && let Ok(d) = NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d")
    {
        return Some(d);
    }
    let words: Vec<&str> =
        s.split(|c: char| c.is_whitespace() || c == ',' || c == '/').filter(|w| !w.is_empty()).collect();
    // A leading time is allowed: "2:07 pm EDT, November 16, 2012" (the clock first, as some CMSs print).
    let clock = words.first().is_some_and(|w| w.contains(':') && w.bytes().next().is_some_and(|b| b.is_ascii_digit()));
    let lead = if clock { words.iter().take_while(|w| time_like(&[**w])).count().min(3) } else { 0 };
    let words = &words[lead..];
    // A leading weekday is allowed: "Wednesday, October 23, 2024".
    let words: &[&str] = if words.first().is_some_and(|w| weekday(w).is_some()) { &words[1..] } else { words };
    let num = |w: &str| w.trim_end_matches(|c: char| c.is_ascii_alphabetic()).parse::<u32>().ok();
    match words {
        // October 23 2024, Oct. 23, 2024
        [m, d, y, rest @ ..] if month(m).is_some() && y.len() == 4 && time_like(rest) => {
            NaiveDate::from_ymd_opt(num(y)? as i32, month(m)?, num(d)?)
        }
        // "October 23, 20248:15 AM GMT+9Updated 2 hours ago": a year glued to the clock, as a scraped
        // page prints its date line; whatever follows the clock is the page's.
        [m, d, y, ..]
            if month(m).is_some()
                && y.len() > 5
                && y.is_char_boundary(4)
                && (y.starts_with("19") || y.starts_with("20"))
                && y[..4].bytes().all(|b| b.is_ascii_digit())
                && y[4..].contains(':')
                && y.as_bytes()[4].is_ascii_digit() =>
        {
            NaiveDate::from_ymd_opt(y[..4].parse().ok()?, month(m)?, num(d)?)
        }
        // 23 October 2024
        [d, m, y, rest @ ..] if month(m).is_some() && y.len() == 4 && time_like(rest) => {
            NaiveDate::from_ymd_opt(num(y)? as i32, month(m)?, num(d)?)
        }
        // 2025/03/27 (year first: never ambiguous)
        [y, m, d, rest @ ..]
            if y.len() == 4 && time_like(rest) && [y, m, d].iter().all(|w| w.bytes().all(|b| b.is_ascii_digit())) =>
        {
            NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
        }
        // 23/12/2024 and 12/23/2024: only when the day gives itself away (over 12); 03/04/2024 is
        // left undated rather than guessed. "1/14/25", as US sites write updates: this century.
        [a, b, y, rest @ ..]
            if (y.len() == 4 || y.len() == 2 && s.contains('/'))
                && time_like(rest)
                && [a, b, y].iter().all(|w| w.bytes().all(|c| c.is_ascii_digit())) =>
        {
            let y = if y.len() == 2 { format!("20{y}") } else { (*y).to_string() };
            let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
            let (day, month) = match (a > 12, b > 12) {
                (true, false) => (a, b),
                (false, true) => (b, a),
                _ => return None,
            };
            NaiveDate::from_ymd_opt(y.parse().ok()?, month, day)
        }
        // 23.10.2024, and year first as Korean sites write it: "2025.06.26. 17:30"
        [one, rest @ ..] if one.trim_end_matches('.').matches('.').count() == 2 && time_like(rest) => {
            let parts: Vec<&str> = one.trim_end_matches('.').split('.').collect();
            let n = |k: usize| parts[k].parse::<u32>().ok();
            match (parts[0].len(), parts[2].len()) {
                (4, 1..=2) => NaiveDate::from_ymd_opt(n(0)? as i32, n(1)?, n(2)?),
                (1..=2, 4) => NaiveDate::from_ymd_opt(n(2)? as i32, n(1)?, n(0)?),
                // "11.01.25, 14:20": day first, a year of this century.
                (1..=2, 2) => NaiveDate::from_ymd_opt(2000 + n(2)? as i32, n(1)?, n(0)?),
                _ => None,
            }
        }
        _ => None,
    }
}

/// What may follow a date on a date line: a time, a zone, "Updated", nothing.
fn time_like(rest: &[&str]) -> bool {
    rest.len() <= 4
        && rest.iter().all(|w| {
            w.contains(':')
                // "05.00 GMT" (British style)
                || w.len() == 5 && w.as_bytes()[2] == b'.' && w.bytes().filter(u8::is_ascii_digit).count() == 4
                || matches!(
                    w.to_ascii_lowercase().as_str(),
                    "am" | "pm" | "a.m." | "p.m." | "utc" | "gmt" | "cet" | "kst" | "est" | "edt" | "bst"
                )
                || w.starts_with('(')
                // "Feb. 27, 2025 - 15:20", "12 Dec 2024 | 09:15"
                || matches!(*w, "-" | "\u{2013}" | "|" | "at")
        })
}

/// The length of a date label opening a scraped paragraph ("date 2024-12-19 South Korean MP ...",
/// "Published: 23 Oct 2024 North Korea ..."), up to the text after it; `None` when the paragraph does
/// not open so or nothing follows the date. The label is the page's, not the article's words.
pub fn label_len(s: &str) -> Option<usize> {
    if !s.starts_with(['d', 'D', 'p', 'P', 'u', 'U']) {
        return None;
    }
    let lower = s.get(..10)?.to_ascii_lowercase();
    let label = ["date", "published", "updated", "posted"].into_iter().find(|l| lower.starts_with(l))?;
    let rest = &s[label.len()..];
    let after_label = rest.trim_start_matches([':', ' ', '\u{a0}']);
    if after_label.len() == rest.len() {
        return None;
    }
    let start = s.len() - after_label.len();
    // The shortest run of up to five words that reads as a date, and any words with digits that
    // still do ("23 Oct" + "2024"), then the text. (Not the longest: "2024-12-19 South" reads as
    // 2024-12-19 too.)
    let mut ends = Vec::with_capacity(5);
    let mut at = 0;
    for word in after_label.split_inclusive(char::is_whitespace).take(5) {
        at += word.len();
        ends.push(at);
    }
    let first = ends.iter().position(|&end| parse_date(&after_label[..end]).is_some())?;
    let mut end = ends[first];
    for &next in &ends[first + 1..] {
        let word = &after_label[end..next];
        if !word.bytes().any(|b| b.is_ascii_digit()) || parse_date(&after_label[..next]).is_none() {
            break;
        }
        end = next;
    }
    let text = after_label[end..].trim_start();
    (!text.is_empty()).then(|| s.len() - text.len()).filter(|&n| n > start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clock_before_the_date() {
        assert_eq!(parse_date("2:07 pm EDT, November 16, 2012"), d(2012, 11, 16));
        assert_eq!(parse_date("14:05 GMT 3 March 2024"), d(2024, 3, 3));
        assert_eq!(parse_date("2:07 pm EDT"), None);
        // A scraped page's date line with the year glued to the clock.
        assert_eq!(parse_date("October 23, 20248:15 AM GMT+9Updated 2 hours ago"), d(2024, 10, 23));
        assert_eq!(parse_date("October 23, 20248 troops"), None);
    }

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn a_date_label_opening_a_paragraph() {
        let s = "date 2024-12-19 South Korean MP Lee said";
        assert_eq!(label_len(s).map(|n| &s[n..]), Some("South Korean MP Lee said"));
        let s = "Published: 23 Oct 2024 North Korea sent troops";
        assert_eq!(label_len(s).map(|n| &s[n..]), Some("North Korea sent troops"));
        assert_eq!(label_len("date 2024-12-19"), None, "nothing after the date");
        assert_eq!(label_len("Dates of the talks were set"), None);
        assert_eq!(label_len("Updated figures show 3,000 troops"), None);
    }

    #[test]
    fn parses_news_dates() {
        assert_eq!(parse_date("Oct 23, 2024"), d(2024, 10, 23));
        assert_eq!(parse_date("October 18, 2024"), d(2024, 10, 18));
        assert_eq!(parse_date("23 October 2024"), d(2024, 10, 23));
        assert_eq!(parse_date("2024-10-23T08:00:00Z"), d(2024, 10, 23));
        assert_eq!(parse_date("Wednesday, Oct. 23, 2024 10:31 am"), d(2024, 10, 23));
        assert_eq!(parse_date("23.10.2024"), d(2024, 10, 23));
        assert_eq!(parse_date("2025.06.26. 17:30"), d(2025, 6, 26));
        assert_eq!(parse_date("2025.06.26"), d(2025, 6, 26));
        // Two-digit years are this century: never the year 25.
        assert_eq!(parse_date("11.01.25, 14:20"), d(2025, 1, 11));
        assert_eq!(parse_date("11.01.125"), None);
        assert_eq!(parse_date("Sept 3, 2024"), d(2024, 9, 3));
        assert_eq!(parse_date("North Korea sent troops"), None);
        assert_eq!(parse_date("May 2024 was warm"), None);
        assert_eq!(parse_date("23/12/2024"), d(2024, 12, 23));
        assert_eq!(parse_date("12/23/2024 10:00"), d(2024, 12, 23));
        assert_eq!(parse_date("03/04/2024"), None, "day and month could be either");
        assert_eq!(parse_date("1/14/25"), d(2025, 1, 14));
        assert_eq!(parse_date("1/4/25"), None);
        assert_eq!(parse_date("13 10 24"), None, "two-digit years only in slashed dates");
    }

    #[test]
    fn friday_before_a_wednesday() {
        let wed = NaiveDate::from_ymd_opt(2024, 10, 23).unwrap_or_default();
        assert_eq!(Some(last_weekday(wed, Weekday::Fri)), d(2024, 10, 18));
        assert_eq!(Some(last_weekday(wed, Weekday::Wed)), Some(wed));
    }
}
