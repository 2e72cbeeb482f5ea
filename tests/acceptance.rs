//! Acceptance test: the seed corpus against its gold annotations (`tests/data/seed-gold.json`, copied
//! unchanged from the shared eval folder). Matching follows `tests/data/score.py`: same document, same
//! value, same sentence (equal after normalising whitespace and quotes, one containing the other and at
//! most twice as long, or word-set Jaccard >= 0.6); one-to-one, closest pairs first.

use std::collections::{BTreeSet, HashMap};

use claimline::Corpus;
use claimline::export::data::ClaimRow;
use serde_json::Value;

fn norm(s: &str) -> String {
    let s = s.replace(['\u{2019}', '\u{2018}'], "'").replace(['\u{201c}', '\u{201d}'], "\"");
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn words(s: &str) -> BTreeSet<String> {
    norm(s)
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn similarity(a: &str, b: &str) -> f64 {
    let (a, b) = (norm(a), norm(b));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    if a == b {
        return 3.0;
    }
    let (wa, wb) = (words(&a), words(&b));
    let jac = wa.intersection(&wb).count() as f64 / wa.union(&wb).count().max(1) as f64;
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    if long.contains(short.as_str()) && long.len() <= 2 * short.len() {
        return 1.0 + jac;
    }
    if jac >= 0.6 { jac } else { 0.0 }
}

struct Pred {
    sentence: String,
    value: f64,
    fields: HashMap<&'static str, Option<String>>,
}

fn predictions(corpus: &Corpus) -> HashMap<String, Vec<Pred>> {
    let mut out: HashMap<String, Vec<Pred>> = HashMap::new();
    for c in &corpus.claims {
        let d = corpus.document(c.doc);
        let row = ClaimRow::new(d, c);
        let mut fields = HashMap::new();
        fields.insert("kind", Some(row.kind.to_string()));
        fields.insert("qualifier", Some(row.qualifier.to_string()));
        fields.insert("side", Some(row.side.to_string()));
        fields.insert("claimant", row.claimant.map(|s| s.to_lowercase()));
        fields.insert("claim_date", row.claim_date.clone());
        out.entry(d.path.clone()).or_default().push(Pred { sentence: row.sentence.clone(), value: row.value, fields });
    }
    out
}

#[test]
fn seed_corpus_meets_the_gold_standard() {
    let gold: Value = serde_json::from_str(include_str!("data/seed-gold.json")).unwrap_or(Value::Null);
    let corpus = Corpus::embedded();
    let preds = predictions(&corpus);
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    let mut agree: HashMap<&str, (usize, usize)> = HashMap::new();
    let mut misses = Vec::new();
    for doc in gold.as_array().into_iter().flatten() {
        let name = doc["doc"].as_str().unwrap_or_default();
        let gclaims: Vec<&Value> = doc["claims"].as_array().into_iter().flatten().collect();
        let p = preds.get(name).map(Vec::as_slice).unwrap_or_default();
        let mut cands = Vec::new();
        for (i, pc) in p.iter().enumerate() {
            for (j, gc) in gclaims.iter().enumerate() {
                let gv = gc["value"].as_f64().unwrap_or(f64::NAN);
                if (pc.value - gv).abs() <= 1e-9 * gv.abs().max(1.0) {
                    let s = similarity(&pc.sentence, gc["sentence"].as_str().unwrap_or_default());
                    if s > 0.0 {
                        cands.push((s, i, j));
                    }
                }
            }
        }
        cands.sort_by(|a, b| b.0.total_cmp(&a.0));
        let (mut up, mut ug) = (BTreeSet::new(), BTreeSet::new());
        for (_, i, j) in cands {
            if up.contains(&i) || ug.contains(&j) {
                continue;
            }
            up.insert(i);
            ug.insert(j);
            let g = gclaims[j];
            if g["optional"].as_bool() == Some(true) || g["side"] != "north_korea" {
                continue;
            }
            tp += 1;
            for f in ["kind", "qualifier", "claimant", "claim_date"] {
                let gv = g[f].as_str().map(str::to_lowercase);
                if gv.is_none() {
                    continue;
                }
                let e = agree.entry(f).or_default();
                e.1 += 1;
                if p[i].fields[f] == gv {
                    e.0 += 1;
                } else {
                    misses
                        .push(format!("{name} {} {f}: predicted {:?}, gold {gv:?}", g["number_text"], p[i].fields[f]));
                }
            }
        }
        fp += p.len() - up.len();
        for (j, g) in gclaims.iter().enumerate() {
            if !ug.contains(&j) && g["optional"].as_bool() != Some(true) && g["side"] == "north_korea" {
                fn_ += 1;
                misses.push(format!("missed {name} {}: {}", g["number_text"], g["sentence"]));
            }
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    assert!(recall >= 1.0, "recall {recall}: {misses:#?}");
    assert!(precision >= 0.95, "precision {precision} ({fp} false positives)");
    for (f, (ok, n)) in &agree {
        let rate = *ok as f64 / (*n).max(1) as f64;
        assert!(rate >= 0.9, "{f} agrees on {ok}/{n}: {misses:#?}");
    }
}

#[test]
fn said_on_friday_in_a_wednesday_article_is_the_18th() {
    let corpus = Corpus::embedded();
    let claim = corpus
        .claims
        .iter()
        .find(|c| corpus.document(c.doc).text[c.sentence_span].contains("said on Friday the North had sent some 1,500"))
        .map(|c| (c.claim_date.map(|d| d.to_string()), c.claimant.clone()));
    assert_eq!(claim, Some((Some("2024-10-18".to_string()), Some("South Korea NIS".to_string()))));
}
