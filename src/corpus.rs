//! A loaded and extracted corpus: documents, their claims (the machine's reading with the reviewer's
//! corrections applied) and the problems met on the way.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::claim::{Claim, ClaimId, Curation};
use crate::curation::{Anchor, Corrections, Status, anchor_of};
use crate::document::{DocId, Document, Found, Sourced};
use crate::error::Error;
use crate::export::data::normalise;
use crate::extract::Extractor;
use crate::extract::claimants::{self, Claimants};
use crate::load::{self, Loaded, Problem};
use crate::span::ByteSpan;

/// Documents with their claims. Claim ids index `claims`; document ids index `documents`.
pub struct Corpus {
    pub name: String,
    pub root: Option<PathBuf>,
    pub documents: Vec<Document>,
    /// Claims with corrections applied (rejected claims left out), document by document in text order.
    pub claims: Vec<Claim>,
    pub problems: Vec<Problem>,
    /// The corrections applied.
    pub corrections: Corrections,
    /// Corrections whose anchor is not found in the text any more (kept in the file, listed here).
    pub unanchored: Vec<String>,
    /// Claims rejected by a reviewer.
    pub rejected: usize,
    /// Outlet and date of each document as loaded, before a reviewer's corrections.
    base: Vec<(Sourced<String>, Sourced<chrono::NaiveDate>)>,
    /// The machine's claims per document. Empty while there are no corrections: `claims` is then the
    /// machine's reading exactly, and keeping a second copy of every claim cost a tenth of a load.
    raw: Vec<Vec<Claim>>,
    /// `claims[doc_claims[d]]` are document d's claims.
    doc_claims: Vec<std::ops::Range<usize>>,
    extractor: Arc<Extractor>,
}

impl std::fmt::Debug for Corpus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Corpus")
            .field("name", &self.name)
            .field("documents", &self.documents.len())
            .field("claims", &self.claims.len())
            .finish()
    }
}

impl Corpus {
    /// Extract the claims of loaded documents (in parallel).
    pub fn build(loaded: Loaded, extractor: &Extractor) -> Self {
        Self::build_shared(loaded, Arc::new(extractor.clone()))
    }

    fn build_shared(loaded: Loaded, extractor: Arc<Extractor>) -> Self {
        let raw: Vec<Vec<Claim>> = loaded.documents.par_iter().map(|d| extractor.extract(d, 0)).collect();
        let mut c = Self {
            name: loaded.name,
            root: loaded.root,
            base: loaded.documents.iter().map(|d| (d.outlet.clone(), d.published.clone())).collect(),
            documents: loaded.documents,
            claims: Vec::new(),
            problems: loaded.problems,
            corrections: Corrections::default(),
            unanchored: Vec::new(),
            rejected: 0,
            raw,
            doc_claims: Vec::new(),
            extractor,
        };
        c.recompute();
        c
    }

    /// The embedded seed articles, extracted.
    pub fn embedded() -> Self {
        Self::build(load::load_embedded(), &Extractor::default())
    }

    /// Load and extract a folder or file. A `claimants.tsv` in the folder extends the alias table.
    pub fn open(path: &Path, progress: &(dyn Fn(usize, usize) + Sync)) -> Result<Self, Error> {
        let loaded = load::load_path(path, progress)?;
        let extractor = Extractor::new(table_for(loaded.root.as_deref()));
        Ok(Self::build_shared(loaded, Arc::new(extractor)))
    }

    pub fn document(&self, id: DocId) -> &Document {
        &self.documents[id.0 as usize]
    }

    pub fn claim(&self, id: ClaimId) -> &Claim {
        &self.claims[id.0 as usize]
    }

    /// Claims of one document, in text order.
    pub fn claims_of(&self, doc: DocId) -> impl Iterator<Item = &Claim> {
        let range = self.doc_claims.get(doc.0 as usize).cloned().unwrap_or(0..0);
        self.claims[range].iter()
    }

    /// The machine's reading of every document, without corrections.
    pub fn raw_claims(&self) -> impl Iterator<Item = &Claim> {
        let uncorrected: &[Claim] = if self.raw.is_empty() { &self.claims } else { &[] };
        self.raw.iter().flatten().chain(uncorrected)
    }

    /// Bring back the per-document machine claims from `claims` (where they are while nothing is
    /// corrected), before corrections change `claims`.
    fn restore_raw(&mut self) {
        if self.raw.is_empty() {
            self.raw = self.doc_claims.iter().map(|r| self.claims[r.clone()].to_vec()).collect();
        }
    }

    /// Nothing could be read at all.
    pub fn is_empty(&self) -> bool {
        self.documents.is_empty()
    }

    /// The anchor of a claim (what a correction of it is keyed by).
    pub fn anchor(&self, id: ClaimId) -> Anchor {
        let c = self.claim(id);
        let d = self.document(c.doc);
        let same_before = self
            .claims_of(c.doc)
            .take_while(|o| o.id != id)
            .filter(|o| o.sentence_span == c.sentence_span && o.number_text == c.number_text)
            .count();
        anchor_of(&d.path, &d.text, c, same_before as u32)
    }

    /// Replace the corrections and re-apply them. Documents whose date or outlet changed are read
    /// again (their claim dates depend on the publication date).
    pub fn set_corrections(&mut self, corrections: Corrections) {
        self.restore_raw();
        let before = std::mem::replace(&mut self.corrections, corrections);
        for (i, (outlet, published)) in self.base.iter().enumerate() {
            let path = &self.documents[i].path;
            let (old, new) = (before.doc(path), self.corrections.doc(path));
            if old != new {
                let d = &mut self.documents[i];
                d.outlet = outlet.clone();
                d.published = published.clone();
                if let Some(c) = new {
                    if let Some(p) = c.published {
                        d.published = Sourced::new(p, Found::Reviewer, "set by a reviewer");
                    }
                    if let Some(o) = &c.outlet {
                        d.outlet = Sourced::new(o.clone(), Found::Reviewer, "set by a reviewer");
                    }
                }
                self.raw[i] = self.extractor.extract(&self.documents[i], 0);
            }
        }
        self.recompute();
    }

    /// Apply the claim corrections to the machine's claims.
    fn recompute(&mut self) {
        if self.corrections.is_empty() {
            // The machine's reading as is: moved, not copied.
            self.restore_raw();
            let raw = std::mem::take(&mut self.raw);
            let mut claims = Vec::with_capacity(raw.iter().map(Vec::len).sum());
            self.doc_claims = raw
                .into_iter()
                .map(|r| {
                    let start = claims.len();
                    claims.extend(r);
                    start..claims.len()
                })
                .collect();
            for (i, c) in claims.iter_mut().enumerate() {
                c.id = ClaimId(i as u32);
            }
            self.claims = claims;
            self.unanchored = Vec::new();
            self.rejected = 0;
            return;
        }
        self.restore_raw();
        let mut edits: HashMap<&Anchor, &crate::curation::ClaimEdit> =
            self.corrections.claims.iter().map(|c| (&c.anchor, &c.edit)).collect();
        let mut claims = Vec::with_capacity(self.raw.iter().map(Vec::len).sum());
        let mut doc_claims = Vec::with_capacity(self.raw.len());
        let mut rejected = 0;
        let mut unanchored = Vec::new();
        for (d, raw) in self.documents.iter().zip(&self.raw) {
            let start = claims.len();
            let mut seen: HashMap<(ByteSpan, &str), u32> = HashMap::new();
            for c in raw {
                let n = seen.entry((c.sentence_span, c.number_text.as_str())).or_default();
                let anchor = anchor_of(&d.path, &d.text, c, *n);
                *n += 1;
                let mut c = c.clone();
                if let Some(edit) = edits.remove(&anchor) {
                    if edit.status == Some(Status::Rejected) {
                        rejected += 1;
                        continue;
                    }
                    edit.apply(&mut c);
                    c.curation = if edit.status == Some(Status::Accepted)
                        && edit.value.is_none()
                        && edit.kind.is_none()
                        && edit.qualifier.is_none()
                        && edit.side.is_none()
                        && edit.claimant.is_none()
                        && edit.claim_date.is_none()
                    {
                        Curation::Accepted
                    } else {
                        Curation::Edited
                    };
                }
                claims.push(c);
            }
            for a in self.corrections.added.iter().filter(|a| a.anchor.doc == d.path) {
                match locate(d, &a.anchor) {
                    Some((sentence_span, number_span)) => claims.push(Claim {
                        id: ClaimId(0),
                        doc: d.id,
                        sentence_span,
                        number_span,
                        number_text: a.anchor.number.clone(),
                        value: a.value,
                        value_high: None,
                        qualifier: a.qualifier,
                        kind: a.kind,
                        side: a.side,
                        claimant: a.claimant.clone(),
                        claimant_text: None,
                        claim_date: a.claim_date.or(d.published.value),
                        claim_date_basis: if a.claim_date.is_some() {
                            crate::claim::DateBasis::Explicit
                        } else {
                            crate::claim::DateBasis::Publication
                        },
                        claim_date_text: None,
                        in_headline: false,
                        curation: Curation::Added,
                    }),
                    None => unanchored.push(format!(
                        "added claim {:?} in {:?} of {}",
                        a.anchor.number, a.anchor.sentence, a.anchor.doc
                    )),
                }
            }
            claims[start..].sort_by_key(|c| (c.number_span.start, c.number_span.end));
            doc_claims.push(start..claims.len());
        }
        for (anchor, _) in edits {
            unanchored.push(format!("correction of {:?} in {:?} of {}", anchor.number, anchor.sentence, anchor.doc));
        }
        unanchored.sort();
        for (i, c) in claims.iter_mut().enumerate() {
            c.id = ClaimId(i as u32);
        }
        self.claims = claims;
        self.doc_claims = doc_claims;
        self.rejected = rejected;
        self.unanchored = unanchored;
    }
}

/// Find an added claim's sentence and number in its document: the sentence by its normalised text,
/// the number by its occurrence in the sentence.
fn locate(d: &Document, a: &Anchor) -> Option<(ByteSpan, ByteSpan)> {
    let s =
        crate::segment::sentences(&d.text, &d.blocks).into_iter().find(|s| normalise(&d.text[s.span]) == a.sentence)?;
    let (i, _) = d.text[s.span].match_indices(&a.number).nth(a.occurrence as usize)?;
    let start = s.span.start + i;
    Some((s.span, ByteSpan::new(start, start + a.number.len())))
}

/// The alias table for a corpus: the built-in one, with the corpus folder's `claimants.tsv` first.
pub fn table_for(root: Option<&Path>) -> Claimants {
    let own = root.map(|r| r.join("claimants.tsv")).and_then(|p| std::fs::read_to_string(p).ok());
    match own {
        Some(tsv) => claimants::BUILTIN.with_overrides(Claimants::parse(&tsv)),
        None => claimants::BUILTIN.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::curation::{AddedClaim, Anchor};

    #[test]
    fn corrections_reject_edit_add_and_survive_as_anchors() {
        let mut corpus = Corpus::embedded();
        let n = corpus.claims.len();
        let target = corpus.claims.iter().find(|c| c.value == 600_000.0).map(|c| c.id).unwrap_or(ClaimId(0));
        let anchor = corpus.anchor(target);
        let mut fix = Corrections::default();
        fix.edit_mut(&anchor).status = Some(Status::Rejected);
        let dw = corpus.claims.iter().find(|c| c.value == 1_200_000.0).map(|c| c.id).unwrap_or(ClaimId(0));
        fix.edit_mut(&corpus.anchor(dw)).claimant = Some("DW".into());
        let first = corpus.anchor(ClaimId(0));
        fix.added.push(AddedClaim {
            anchor: Anchor { number: "3,000".into(), ..first.clone() },
            value: 3000.0,
            qualifier: crate::Qualifier::Exact,
            kind: crate::Kind::Deployed,
            side: crate::Side::NorthKorea,
            claimant: None,
            claim_date: None,
        });
        fix.added.push(AddedClaim {
            anchor: Anchor { sentence: "A sentence that is not there.".into(), ..first },
            value: 1.0,
            qualifier: crate::Qualifier::Exact,
            kind: crate::Kind::Other,
            side: crate::Side::Other,
            claimant: None,
            claim_date: None,
        });
        corpus.set_corrections(fix);
        assert_eq!(corpus.rejected, 1);
        assert!(corpus.claims.iter().all(|c| c.value != 600_000.0));
        assert!(corpus.claims.iter().any(|c| c.curation == Curation::Edited && c.claimant.as_deref() == Some("DW")));
        assert_eq!(corpus.claims.iter().filter(|c| c.curation == Curation::Added).count(), 1);
        assert_eq!(corpus.claims.len(), n);
        assert_eq!(corpus.unanchored.len(), 1);
        // The machine's reading is still there, and comes back whole when the corrections go.
        assert_eq!(corpus.raw_claims().count(), n);
        assert!(corpus.raw_claims().any(|c| c.value == 600_000.0));
        corpus.set_corrections(Corrections::default());
        assert_eq!((corpus.claims.len(), corpus.raw_claims().count(), corpus.rejected), (n, n, 0));
        assert!(corpus.claims.iter().all(|c| c.curation == Curation::Machine));
    }

    #[test]
    fn an_undated_article_gets_its_date_and_its_claims_follow() {
        let mut corpus = Corpus::embedded();
        let undated =
            corpus.documents.iter().find(|d| d.published.value.is_none()).map(|d| d.path.clone()).unwrap_or_default();
        let mut fix = Corrections::default();
        fix.doc_mut(&undated).published = chrono::NaiveDate::from_ymd_opt(2025, 3, 6);
        corpus.set_corrections(fix);
        let doc = corpus.documents.iter().find(|d| d.path == undated).map(|d| d.id).unwrap_or(DocId(0));
        assert_eq!(corpus.document(doc).published.found, Found::Reviewer);
        // "said on Thursday" now resolves against 6 March 2025 (a Thursday).
        assert!(corpus.claims_of(doc).any(|c| c.claim_date == chrono::NaiveDate::from_ymd_opt(2025, 3, 6)));
    }
}
