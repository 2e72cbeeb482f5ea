//! Claims as data: JSON documents shaped like the gold annotations (`tests/data/seed-gold.json`), and
//! CSV with one row per claim and the same fields.

use serde::Serialize;

use crate::claim::Claim;
use crate::corpus::Corpus;
use crate::document::{Document, Found};
use crate::load::Problem;
use crate::span::ByteSpan;

/// One claim as exported.
#[derive(Debug, Serialize)]
pub struct ClaimRow<'a> {
    pub id: u32,
    pub doc: &'a str,
    pub sentence: String,
    pub number_text: &'a str,
    pub value: f64,
    pub value_high: Option<f64>,
    pub qualifier: &'static str,
    pub side: &'static str,
    pub kind: &'static str,
    pub claimant: Option<&'a str>,
    pub claimant_text: Option<&'a str>,
    pub claim_date: Option<String>,
    pub claim_date_basis: &'static str,
    pub claim_date_text: Option<&'a str>,
    pub outlet: Option<&'a str>,
    pub published: Option<String>,
    pub in_headline: bool,
    /// machine, accepted, edited or added.
    pub curation: &'static str,
    pub number_span: ByteSpan,
    pub sentence_span: ByteSpan,
}

impl<'a> ClaimRow<'a> {
    pub fn new(doc: &'a Document, c: &'a Claim) -> Self {
        Self {
            id: c.id.0,
            doc: &doc.path,
            sentence: normalise(&doc.text[c.sentence_span]),
            number_text: &c.number_text,
            value: c.value,
            value_high: c.value_high,
            qualifier: c.qualifier.as_str(),
            side: c.side.as_str(),
            kind: c.kind.as_str(),
            claimant: c.claimant.as_deref(),
            claimant_text: c.claimant_text.as_deref(),
            claim_date: c.claim_date.map(|d| d.to_string()),
            claim_date_basis: basis_name(c.claim_date_basis),
            claim_date_text: c.claim_date_text.as_deref(),
            outlet: doc.outlet.value.as_deref(),
            published: doc.published.value.map(|d| d.to_string()),
            in_headline: c.in_headline,
            curation: c.curation.as_str(),
            number_span: c.number_span,
            sentence_span: c.sentence_span,
        }
    }
}

fn basis_name(b: crate::claim::DateBasis) -> &'static str {
    use crate::claim::DateBasis::*;
    match b {
        Weekday => "weekday",
        Explicit => "explicit",
        Relative => "relative",
        CarriedOver => "carried_over",
        Publication => "publication",
        Unresolved => "unresolved",
    }
}

/// A claim as a citation: "South Korea NIS, 3,000 deployed, said 23 Oct 2024 — Reuters, 23 Oct 2024:
/// "...sentence..."".
pub fn citation(corpus: &Corpus, c: &Claim) -> String {
    let d = corpus.document(c.doc);
    let fmt = |d: Option<chrono::NaiveDate>| d.map_or("undated".to_string(), |d| d.format("%-d %b %Y").to_string());
    let claimant = c.claimant.as_deref().unwrap_or("Unattributed");
    let hedge = match c.qualifier {
        crate::claim::Qualifier::Exact => String::new(),
        q => format!(" ({})", q.as_str().replace('_', " ")),
    };
    format!(
        "{claimant}, {}{hedge} {}, said {} \u{2014} {}, {}: \"{}\"",
        c.number_text,
        c.kind.as_str().replace('_', " "),
        fmt(c.claim_date),
        d.outlet.value.as_deref().unwrap_or("unknown outlet"),
        fmt(d.published.value),
        normalise(&d.text[c.sentence_span])
    )
}

/// Sentence text with runs of whitespace (line breaks inside a sentence) made single spaces.
pub fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[derive(Debug, Serialize)]
struct Provenance<'a> {
    found: &'a Found,
    #[serde(skip_serializing_if = "Option::is_none")]
    evidence: Option<&'a str>,
}

#[derive(Debug, Serialize)]
struct DocOut<'a> {
    doc: &'a str,
    title: Option<&'a str>,
    outlet: Option<&'a str>,
    published: Option<String>,
    url: Option<&'a str>,
    title_found: Provenance<'a>,
    outlet_found: Provenance<'a>,
    published_found: Provenance<'a>,
    claims: Vec<ClaimRow<'a>>,
}

#[derive(Debug, Serialize)]
struct CorpusOut<'a> {
    corpus: &'a str,
    documents: Vec<DocOut<'a>>,
    problems: &'a [Problem],
    /// Claims rejected by a reviewer (left out above).
    rejected_claims: usize,
    /// Corrections whose anchor is no longer in the text.
    unanchored_corrections: &'a [String],
}

/// The corpus as JSON: `{corpus, documents: [{doc, title, outlet, published, ..., claims: [...]}], problems}`.
/// `keep` selects the claims to include (all documents are listed).
pub fn to_json(corpus: &Corpus, keep: &dyn Fn(&Claim) -> bool) -> String {
    json_of(corpus, &|d| corpus.claims_of(d).filter(|c| keep(c)).collect())
}

/// The machine's reading alone, without corrections (`claimline extract --raw`).
pub fn to_json_raw(corpus: &Corpus) -> String {
    json_of(corpus, &|d| corpus.raw_claims().filter(|c| c.doc == d).collect())
}

fn json_of<'c>(corpus: &'c Corpus, claims: &dyn Fn(crate::DocId) -> Vec<&'c Claim>) -> String {
    let documents = corpus
        .documents
        .iter()
        .map(|d| DocOut {
            doc: &d.path,
            title: d.title.value.as_deref(),
            outlet: d.outlet.value.as_deref(),
            published: d.published.value.map(|p| p.to_string()),
            url: d.url.as_deref(),
            title_found: Provenance { found: &d.title.found, evidence: d.title.evidence.as_deref() },
            outlet_found: Provenance { found: &d.outlet.found, evidence: d.outlet.evidence.as_deref() },
            published_found: Provenance { found: &d.published.found, evidence: d.published.evidence.as_deref() },
            claims: claims(d.id).into_iter().map(|c| ClaimRow::new(d, c)).collect(),
        })
        .collect();
    let out = CorpusOut {
        corpus: &corpus.name,
        documents,
        problems: &corpus.problems,
        rejected_claims: corpus.rejected,
        unanchored_corrections: &corpus.unanchored,
    };
    serde_json::to_string_pretty(&out).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// The machine's claims as CSV, without corrections.
pub fn to_csv_raw(corpus: &Corpus) -> Result<String, csv::Error> {
    csv_of(corpus, &mut corpus.raw_claims())
}

/// The claims as CSV, one row per claim, spans as `start:end`.
pub fn to_csv(corpus: &Corpus, keep: &dyn Fn(&Claim) -> bool) -> Result<String, csv::Error> {
    csv_of(corpus, &mut corpus.claims.iter().filter(|c| keep(c)))
}

fn csv_of<'c>(corpus: &'c Corpus, claims: &mut dyn Iterator<Item = &'c Claim>) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "id",
        "doc",
        "sentence",
        "number_text",
        "value",
        "value_high",
        "qualifier",
        "side",
        "kind",
        "claimant",
        "claimant_text",
        "claim_date",
        "claim_date_basis",
        "claim_date_text",
        "outlet",
        "published",
        "in_headline",
        "curation",
        "number_span",
        "sentence_span",
    ])?;
    for c in claims {
        let d = corpus.document(c.doc);
        let r = ClaimRow::new(d, c);
        let opt = |o: Option<&str>| o.unwrap_or("").to_string();
        w.write_record([
            r.id.to_string(),
            r.doc.to_string(),
            r.sentence,
            r.number_text.to_string(),
            r.value.to_string(),
            r.value_high.map(|v| v.to_string()).unwrap_or_default(),
            r.qualifier.into(),
            r.side.into(),
            r.kind.into(),
            opt(r.claimant),
            opt(r.claimant_text),
            r.claim_date.unwrap_or_default(),
            r.claim_date_basis.into(),
            opt(r.claim_date_text),
            opt(r.outlet),
            r.published.unwrap_or_default(),
            r.in_headline.to_string(),
            r.curation.to_string(),
            format!("{}:{}", r.number_span.start, r.number_span.end),
            format!("{}:{}", r.sentence_span.start, r.sentence_span.end),
        ])?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
