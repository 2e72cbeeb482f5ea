//! Dates on a chart axis: x is a day number (days since 1970-01-01, midnight), so an f64 keeps full
//! precision, and ticks are days, months or years depending on how much time is shown.

use chrono::{Datelike, Duration, NaiveDate};

const EPOCH: NaiveDate = match NaiveDate::from_ymd_opt(1970, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// Day number of a date.
pub fn day_number(d: NaiveDate) -> f64 {
    (d - EPOCH).num_days() as f64
}

/// The date of a day number (rounded down to the day).
pub fn from_day_number(x: f64) -> NaiveDate {
    let days = x.floor().clamp(-1e7, 1e7) as i64;
    EPOCH + Duration::days(days)
}

/// Tick spacing on a date axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickUnit {
    Day(u32),
    Month(u32),
    Year(u32),
}

/// Choose a tick unit so that about `max_ticks` ticks fit in `[min, max]` (day numbers).
pub fn tick_unit(min: f64, max: f64, max_ticks: usize) -> TickUnit {
    let span = (max - min).max(1.0);
    let per = span / max_ticks.max(1) as f64;
    match per {
        p if p <= 1.0 => TickUnit::Day(1),
        p if p <= 2.0 => TickUnit::Day(2),
        p if p <= 7.0 => TickUnit::Day(7),
        p if p <= 14.0 => TickUnit::Day(14),
        p if p <= 31.0 => TickUnit::Month(1),
        p if p <= 92.0 => TickUnit::Month(3),
        p if p <= 183.0 => TickUnit::Month(6),
        p if p <= 366.0 => TickUnit::Year(1),
        p => TickUnit::Year(((p / 365.25).ceil() as u32).max(1)),
    }
}

/// Tick positions (day numbers) within `[min, max]` for a unit.
pub fn ticks(min: f64, max: f64, unit: TickUnit) -> Vec<f64> {
    let (lo, hi) = (from_day_number(min), from_day_number(max) + Duration::days(1));
    let mut out = Vec::new();
    let mut d = match unit {
        TickUnit::Day(_) => lo,
        TickUnit::Month(_) => NaiveDate::from_ymd_opt(lo.year(), lo.month(), 1).unwrap_or(lo),
        TickUnit::Year(_) => NaiveDate::from_ymd_opt(lo.year(), 1, 1).unwrap_or(lo),
    };
    while d <= hi && out.len() < 2000 {
        let keep = match unit {
            TickUnit::Day(n) => n <= 1 || (d - EPOCH).num_days().rem_euclid(i64::from(n)) == 0,
            TickUnit::Month(n) => (d.month0() % n) == 0,
            TickUnit::Year(n) => d.year().rem_euclid(n as i32) == 0,
        };
        let x = day_number(d);
        if keep && x >= min && x <= max {
            out.push(x);
        }
        d = match unit {
            TickUnit::Day(_) => d + Duration::days(1),
            TickUnit::Month(_) => d.checked_add_months(chrono::Months::new(1)).unwrap_or(hi + Duration::days(1)),
            TickUnit::Year(_) => d.with_year(d.year() + 1).unwrap_or(hi + Duration::days(1)),
        };
    }
    out
}

/// A tick label for a unit: "23 Oct 2024", "Oct 2024", "2024".
pub fn label(x: f64, unit: TickUnit) -> String {
    let d = from_day_number(x);
    match unit {
        TickUnit::Day(_) => d.format("%-d %b %Y").to_string(),
        TickUnit::Month(_) => d.format("%b %Y").to_string(),
        TickUnit::Year(_) => d.format("%Y").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        let d = NaiveDate::from_ymd_opt(2024, 10, 18).unwrap_or_default();
        assert_eq!(from_day_number(day_number(d)), d);
        assert_eq!(from_day_number(day_number(d) + 0.7), d);
    }

    #[test]
    fn ticks_follow_the_zoom() {
        let a = day_number(NaiveDate::from_ymd_opt(2024, 10, 1).unwrap_or_default());
        assert_eq!(tick_unit(a, a + 10.0, 10), TickUnit::Day(1));
        assert!(matches!(tick_unit(a, a + 300.0, 8), TickUnit::Month(_)));
        assert!(matches!(tick_unit(a, a + 3000.0, 8), TickUnit::Year(_)));
        let months = ticks(a, a + 100.0, TickUnit::Month(1));
        assert_eq!(
            months.iter().map(|&x| label(x, TickUnit::Month(1))).collect::<Vec<_>>(),
            ["Oct 2024", "Nov 2024", "Dec 2024", "Jan 2025"]
        );
    }
}
