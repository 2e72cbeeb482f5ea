//! Corrections to the machine's reading, kept in a sidecar file next to the corpus.
//!
//! A correction is anchored by what survives re-extraction and small edits to an article: the
//! document's path, the sentence text (whitespace-normalised) and the number as written (with its
//! occurrence in the sentence), not by byte offsets. A correction whose anchor is no longer found is
//! reported, never dropped: it stays in the file.
//!
//! The file is JSON, pretty-printed with one field per line so that it diffs well:
//!
//! ```json
//! {
//!   "format": "claimline-corrections",
//!   "version": 1,
//!   "claims": [{"doc": "a.txt", "sentence": "...", "number": "3,000", "status": "rejected"}],
//!   "documents": [{"doc": "b.txt", "published": "2025-03-06", "outlet": "Notes from Poland"}],
//!   "added": [{"doc": "a.txt", "sentence": "...", "number": "2,000", "value": 2000, "kind": "killed", ...}]
//! }
//! ```

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::claim::{Claim, Kind, Qualifier, Side};
use crate::export::data::normalise;

/// The sidecar format's name and version; a newer version is kept aside, not overwritten.
pub const FORMAT: &str = "claimline-corrections";
pub const VERSION: u32 = 1;

/// Where a correction applies: a number in a sentence of a document.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Anchor {
    pub doc: String,
    /// The sentence, whitespace-normalised.
    pub sentence: String,
    /// The number as written.
    pub number: String,
    /// Which occurrence of `number` among the sentence's claims (0 = first).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub occurrence: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// What the user decided about a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Accepted,
    /// A false positive: not a claim.
    Rejected,
}

/// Edits to one extracted claim; `None` fields keep the machine's reading.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ClaimEdit {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub side: Option<Side>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimant: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim_date: Option<NaiveDate>,
}

impl ClaimEdit {
    pub fn is_empty(&self) -> bool {
        *self == ClaimEdit::default()
    }

    /// Apply the edit to a claim.
    pub fn apply(&self, c: &mut Claim) {
        if let Some(v) = self.value {
            c.value = v;
        }
        if let Some(q) = self.qualifier {
            c.qualifier = q;
        }
        if let Some(k) = self.kind {
            c.kind = k;
        }
        if let Some(s) = self.side {
            c.side = s;
        }
        if let Some(cl) = &self.claimant {
            c.claimant = Some(cl.clone()).filter(|s| !s.is_empty());
        }
        if let Some(d) = self.claim_date {
            c.claim_date = Some(d);
            c.claim_date_basis = crate::claim::DateBasis::Explicit;
            c.claim_date_text = Some("set by a reviewer".into());
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimCorrection {
    #[serde(flatten)]
    pub anchor: Anchor,
    #[serde(flatten)]
    pub edit: ClaimEdit,
}

/// A document's date or outlet set by the user (an undated article gets its date here).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DocCorrection {
    pub doc: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
}

/// A claim the machine missed, added by the user.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AddedClaim {
    #[serde(flatten)]
    pub anchor: Anchor,
    pub value: f64,
    pub qualifier: Qualifier,
    pub kind: Kind,
    pub side: Side,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimant: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim_date: Option<NaiveDate>,
}

/// All corrections of a corpus.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Corrections {
    pub format: String,
    pub version: u32,
    #[serde(default)]
    pub claims: Vec<ClaimCorrection>,
    #[serde(default)]
    pub documents: Vec<DocCorrection>,
    #[serde(default)]
    pub added: Vec<AddedClaim>,
}

impl Default for Corrections {
    fn default() -> Self {
        Self { format: FORMAT.into(), version: VERSION, claims: Vec::new(), documents: Vec::new(), added: Vec::new() }
    }
}

/// Why a sidecar could not be used (it is kept aside as a backup).
#[derive(Debug, thiserror::Error)]
pub enum SidecarError {
    #[error("{path}: not a corrections file ({reason}); kept as {backup}")]
    Corrupt { path: PathBuf, reason: String, backup: PathBuf },
    #[error("{path}: written by a newer claimline (version {version}); kept as {backup}")]
    Newer { path: PathBuf, version: u32, backup: PathBuf },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl Corrections {
    pub fn is_empty(&self) -> bool {
        self.claims.is_empty() && self.documents.is_empty() && self.added.is_empty()
    }

    /// The edit for an anchor, created if absent.
    pub fn edit_mut(&mut self, anchor: &Anchor) -> &mut ClaimEdit {
        let i = match self.claims.iter().position(|c| c.anchor == *anchor) {
            Some(i) => i,
            None => {
                self.claims.push(ClaimCorrection { anchor: anchor.clone(), edit: ClaimEdit::default() });
                self.claims.len() - 1
            }
        };
        &mut self.claims[i].edit
    }

    pub fn edit(&self, anchor: &Anchor) -> Option<&ClaimEdit> {
        self.claims.iter().find(|c| c.anchor == *anchor).map(|c| &c.edit)
    }

    pub fn doc_mut(&mut self, doc: &str) -> &mut DocCorrection {
        let i = match self.documents.iter().position(|d| d.doc == doc) {
            Some(i) => i,
            None => {
                self.documents.push(DocCorrection { doc: doc.to_string(), ..Default::default() });
                self.documents.len() - 1
            }
        };
        &mut self.documents[i]
    }

    pub fn doc(&self, doc: &str) -> Option<&DocCorrection> {
        self.documents.iter().find(|d| d.doc == doc)
    }

    /// Drop empty entries, keeping the file small and its diffs meaningful.
    pub fn tidy(&mut self) {
        self.claims.retain(|c| !c.edit.is_empty());
        self.documents.retain(|d| d.published.is_some() || d.outlet.is_some());
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// Read a sidecar. A missing file is no corrections; a corrupt or newer one is renamed to a
    /// backup beside it (never overwritten) and reported.
    pub fn load(path: &Path) -> Result<Self, SidecarError> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(source) => return Err(SidecarError::Io { path: path.to_path_buf(), source }),
        };
        let backup = || -> Result<PathBuf, SidecarError> {
            let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
            let b = path.with_extension(format!("json.bak-{stamp}"));
            std::fs::rename(path, &b).map_err(|source| SidecarError::Io { path: path.to_path_buf(), source })?;
            Ok(b)
        };
        match serde_json::from_str::<Corrections>(&text) {
            Ok(c) if c.format == FORMAT && c.version <= VERSION => Ok(c),
            Ok(c) if c.format == FORMAT => {
                Err(SidecarError::Newer { path: path.to_path_buf(), version: c.version, backup: backup()? })
            }
            Ok(c) => Err(SidecarError::Corrupt {
                path: path.to_path_buf(),
                reason: format!("format is {:?}", c.format),
                backup: backup()?,
            }),
            Err(e) => Err(SidecarError::Corrupt { path: path.to_path_buf(), reason: e.to_string(), backup: backup()? }),
        }
    }

    /// Write the sidecar atomically (temporary file, fsync, rename).
    pub fn save(&self, path: &Path) -> Result<(), crate::Error> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|source| crate::Error::Io { path: dir.to_path_buf(), source })?;
        }
        crate::export::write_atomic(path, self.to_json().as_bytes())
    }
}

/// The anchor of a claim of a document: `same_before` is how many claims of the same sentence with
/// the same number text come before it.
pub fn anchor_of(doc_path: &str, text: &str, c: &Claim, same_before: u32) -> Anchor {
    Anchor {
        doc: doc_path.to_string(),
        sentence: normalise(&text[c.sentence_span]),
        number: c.number_text.clone(),
        occurrence: same_before,
    }
}

/// Where the corrections of a corpus live: `corrections.claimline.json` in the corpus folder (or
/// `FILE.corrections.claimline.json` beside a single file) when it can be written there, else in the
/// user's data folder (also for the embedded articles).
pub fn sidecar_path(root: Option<&Path>, opened: Option<&Path>) -> PathBuf {
    let beside = match opened {
        Some(p) if p.is_file() => {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            p.parent().map(|d| d.join(format!("{name}.corrections.claimline.json")))
        }
        _ => root.map(|r| r.join("corrections.claimline.json")),
    };
    if let Some(path) = beside {
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        if writable(&dir) {
            return path;
        }
    }
    let key = opened.or(root).map_or_else(|| "embedded".to_string(), |p| format!("{:016x}", fnv(&p.to_string_lossy())));
    data_dir().join(format!("{key}.corrections.claimline.json"))
}

fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

fn writable(dir: &Path) -> bool {
    let probe = dir.join(format!(".claimline-write-test-{}", std::process::id()));
    let ok = std::fs::write(&probe, b"").is_ok();
    let _ = std::fs::remove_file(&probe);
    ok
}

/// The user's data folder for claimline (`$XDG_DATA_HOME/claimline`, `~/.local/share/claimline`).
pub fn data_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("CLAIMLINE_DATA_DIR") {
        return PathBuf::from(d);
    }
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("claimline")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_keeps_bad_files_aside() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("corrections.claimline.json");
        assert_eq!(Corrections::load(&path).ok(), Some(Corrections::default()));
        let mut c = Corrections::default();
        let a = Anchor {
            doc: "a.txt".into(),
            sentence: "Some 3,000 troops.".into(),
            number: "3,000".into(),
            occurrence: 0,
        };
        c.edit_mut(&a).status = Some(Status::Rejected);
        c.doc_mut("b.txt").published = NaiveDate::from_ymd_opt(2025, 3, 6);
        c.save(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(Corrections::load(&path).ok(), Some(c.clone()));
        // Newer version: kept aside, not overwritten.
        std::fs::write(&path, c.to_json().replace("\"version\": 1", "\"version\": 9"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(Corrections::load(&path), Err(SidecarError::Newer { version: 9, .. })));
        assert!(!path.exists());
        std::fs::write(&path, "{not json").unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(Corrections::load(&path), Err(SidecarError::Corrupt { .. })));
        let backups = std::fs::read_dir(dir.path())
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().contains(".bak-"))
            .count();
        assert!(backups >= 1);
    }
}
