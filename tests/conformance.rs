//! The number parser against the cardinal cases of Recognizers-Text and Duckling
//! (`tests/data/conformance/`, copied from the shared conformance set; the pass rule is `check.py`'s).

use serde_json::Value;

fn pass_rate(jsonl: &str) -> (usize, usize, Vec<String>) {
    let (mut pass, mut total, mut failures) = (0, 0, Vec::new());
    for line in jsonl.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).unwrap_or(Value::Null);
        if case["kind"] != "cardinal" {
            continue;
        }
        total += 1;
        let input = case["input"].as_str().unwrap_or_default();
        let found: Vec<(String, f64)> = claimline::numbers::scan(input)
            .into_iter()
            .filter(|m| !m.vague)
            .map(|m| (input[m.signed_span()].trim().to_lowercase(), m.signed_value()))
            .collect();
        let ok = case["expect"].as_array().into_iter().flatten().all(|e| {
            let text = e["text"].as_str().unwrap_or_default().trim().to_lowercase();
            let value = e["value"].as_f64().unwrap_or(f64::NAN);
            found.iter().any(|(t, v)| *t == text && (v - value).abs() <= 1e-9 * value.abs().max(1.0))
        });
        if ok {
            pass += 1;
        } else {
            failures.push(format!("{input:?}: found {found:?}"));
        }
    }
    (pass, total, failures)
}

#[test]
fn recognizers_text_cardinals() {
    let (pass, total, failures) = pass_rate(include_str!("data/conformance/numbers-en.recognizers.jsonl"));
    assert!(pass * 100 >= total * 95, "{pass}/{total}: {failures:#?}");
}

#[test]
fn duckling_cardinals() {
    let (pass, total, failures) = pass_rate(include_str!("data/conformance/numbers-en.duckling.jsonl"));
    assert!(pass * 100 >= total * 95, "{pass}/{total}: {failures:#?}");
}
