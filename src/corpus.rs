//! A loaded and extracted corpus: documents, their claims and the problems met on the way.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::claim::{Claim, ClaimId};
use crate::document::{DocId, Document};
use crate::error::Error;
use crate::extract::Extractor;
use crate::extract::claimants::{self, Claimants};
use crate::load::{self, Loaded, Problem};

/// Documents with their claims. Claim ids are indices into `claims`; document ids into `documents`.
#[derive(Debug, Default)]
pub struct Corpus {
    pub name: String,
    pub root: Option<PathBuf>,
    pub documents: Vec<Document>,
    pub claims: Vec<Claim>,
    pub problems: Vec<Problem>,
    /// `claims[doc_claims[d]]` are document d's claims (claims are stored document by document).
    doc_claims: Vec<std::ops::Range<usize>>,
}

impl Corpus {
    /// Extract the claims of loaded documents (in parallel).
    pub fn build(loaded: Loaded, extractor: &Extractor) -> Self {
        let per_doc: Vec<Vec<Claim>> = loaded.documents.par_iter().map(|d| extractor.extract(d, 0)).collect();
        let mut claims = Vec::with_capacity(per_doc.iter().map(Vec::len).sum());
        let mut doc_claims = Vec::with_capacity(per_doc.len());
        for doc in per_doc {
            let start = claims.len();
            for c in doc {
                let id = ClaimId(claims.len() as u32);
                claims.push(Claim { id, ..c });
            }
            doc_claims.push(start..claims.len());
        }
        Self { name: loaded.name, root: loaded.root, documents: loaded.documents, claims, problems: loaded.problems, doc_claims }
    }

    /// The embedded seed articles, extracted.
    pub fn embedded() -> Self {
        Self::build(load::load_embedded(), &Extractor::default())
    }

    /// Load and extract a folder or file. A `claimants.tsv` in the folder extends the alias table.
    pub fn open(path: &Path, progress: &(dyn Fn(usize, usize) + Sync)) -> Result<Self, Error> {
        let loaded = load::load_path(path, progress)?;
        let extractor = Extractor::new(table_for(loaded.root.as_deref()));
        Ok(Self::build(loaded, &extractor))
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

    /// Nothing could be read at all.
    pub fn is_empty(&self) -> bool {
        self.documents.is_empty()
    }
}

/// The alias table for a corpus: the built-in one, with the corpus folder's `claimants.tsv` first.
pub fn table_for(root: Option<&Path>) -> Claimants {
    let own = root.map(|r| r.join("claimants.tsv")).and_then(|p| std::fs::read_to_string(p).ok());
    match own {
        Some(tsv) => claimants::BUILTIN.with_overrides(Claimants::parse(&tsv)),
        None => claimants::BUILTIN.clone(),
    }
}
