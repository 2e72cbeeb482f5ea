//! Events on the timeline (a treaty signed, an offensive begun): a small tab-separated file beside the
//! corpus, `events.tsv`, one event a line:
//!
//! ```text
//! # date<TAB>label
//! 2024-06-19<TAB>Mutual defence treaty signed
//! 2024-08-06<TAB>Ukraine's Kursk offensive begins
//! ```
//!
//! Lines starting with `#` and blank lines are ignored; a line that does not parse is reported with
//! its number, and the others are still read.

use std::path::Path;

use chrono::NaiveDate;

/// A dated event drawn as a vertical marker.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Event {
    pub date: NaiveDate,
    pub label: String,
}

/// File name of the events file in a corpus folder.
pub const FILE_NAME: &str = "events.tsv";

/// Parse an events file: the events, and a message per line that could not be read.
pub fn parse(text: &str) -> (Vec<Event>, Vec<String>) {
    let mut events = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let l = line.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        let (date, label) = l.split_once('\t').unwrap_or((l, ""));
        match NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d") {
            Ok(date) if !label.trim().is_empty() => events.push(Event { date, label: label.trim().to_string() }),
            _ => errors.push(format!("{FILE_NAME} line {}: expected YYYY-MM-DD<TAB>label, got {line:?}", i + 1)),
        }
    }
    events.sort();
    (events, errors)
}

/// The file's text for a list of events.
pub fn to_tsv(events: &[Event]) -> String {
    let mut out = String::from("# Events shown on claimline's timeline: date<TAB>label\n");
    for e in events {
        out.push_str(&format!("{}\t{}\n", e.date, e.label.replace(['\t', '\n'], " ")));
    }
    out
}

/// Read `events.tsv` from a folder (none if absent).
pub fn load(dir: &Path) -> (Vec<Event>, Vec<String>) {
    match std::fs::read_to_string(dir.join(FILE_NAME)) {
        Ok(text) => parse(&text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Vec::new(), Vec::new()),
        Err(e) => (Vec::new(), vec![format!("{FILE_NAME}: {e}")]),
    }
}

/// Write `events.tsv` in a folder, atomically.
pub fn save(dir: &Path, events: &[Event]) -> Result<(), crate::Error> {
    crate::export::write_atomic(&dir.join(FILE_NAME), to_tsv(events).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_reports_bad_lines_and_round_trips() {
        let (events, errors) = parse("# c\n2024-06-19\tTreaty signed\nnot a date\tx\n\n2024-08-06\tKursk offensive\n");
        assert_eq!(events.len(), 2);
        assert_eq!(errors.len(), 1);
        assert!(errors[0].contains("line 3"));
        assert_eq!(parse(&to_tsv(&events)).0, events);
    }
}
