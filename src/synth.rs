//! A generator of realistic test corpora: variations of the seed articles with other figures and
//! dates, for benchmarks and for trying the window on a large corpus (`claimline generate`).

use std::sync::LazyLock;

use chrono::{Duration, NaiveDate};
use regex::Regex;

use crate::load::EMBEDDED;

static GROUPED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d{1,3}(?:,\d{3})+\b").unwrap_or_else(|_| unreachable!()));
static LONG_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(January|February|March|April|May|June|July|August|September|October|November|December|Oct) (\d{1,2}),? (\d{4})\b")
        .unwrap_or_else(|_| unreachable!())
});

/// A small, fast, deterministic random number generator (xorshift), so corpora are reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// `n` articles as (file name, bytes), about 3 KB each, derived from the seed articles.
pub fn generate(n: usize, seed: u64) -> Vec<(String, Vec<u8>)> {
    let mut rng = Rng(seed.max(1));
    (0..n)
        .map(|i| {
            let (name, base) = EMBEDDED[i % EMBEDDED.len()];
            let shift = Duration::days((rng.next() % 400) as i64 - 200);
            let scale = 0.5 + (rng.next() % 1000) as f64 / 500.0;
            let text = GROUPED.replace_all(base, |c: &regex::Captures<'_>| {
                let v: f64 = c[0].replace(',', "").parse().unwrap_or(0.0);
                group_thousands(((v * scale) / 100.0).round() as u64 * 100)
            });
            let text = LONG_DATE.replace_all(&text, |c: &regex::Captures<'_>| {
                let parsed = crate::dates::parse_date(&c[0]).map(|d| d + shift);
                parsed.map_or_else(|| c[0].to_string(), |d: NaiveDate| d.format("%B %-d, %Y").to_string())
            });
            (format!("{:05}_{}", i, name), text.into_owned().into_bytes())
        })
        .collect()
}

fn group_thousands(v: u64) -> String {
    let s = v.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_varied() {
        let a = generate(6, 7);
        assert_eq!(a, generate(6, 7));
        assert_eq!(group_thousands(1234567), "1,234,567");
        assert_ne!(a[0].1, a[5].1);
    }
}
