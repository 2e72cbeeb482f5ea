//! Typed errors of the library. Each carries the path it is about; partial failures (one bad file in a
//! folder) become [`crate::Problem`]s and the rest of the corpus still loads.

use std::path::PathBuf;

/// Why a file could not be read, or was read with a caveat.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read: {source}")]
    Io {
        #[source]
        source: std::io::Error,
    },
    #[error("file is empty")]
    Empty,
    #[error("binary file (not text): {reason}")]
    Binary { reason: String },
    #[error("file is {bytes} bytes, over the {limit}-byte limit for one article")]
    TooLarge { bytes: u64, limit: u64 },
    #[error("not UTF-8 (first bad byte at offset {offset}); read as Latin-1 / Windows-1252")]
    NotUtf8 { offset: usize },
    #[error("UTF-16 text with a byte-order mark; converted to UTF-8")]
    Utf16,
    #[error("malformed front matter: {reason}; the block was read as article text")]
    FrontMatter { reason: String },
    #[error("malformed JSON: {source}")]
    Json {
        #[source]
        source: serde_json::Error,
    },
    #[error("JSON holds no article (no text, body or content field)")]
    NoArticleInJson,
    #[error("no article text found")]
    NotArticle,
    #[error("unsupported file type (expected .txt, .md, .markdown, .html, .htm, .json or .jsonl)")]
    Unsupported,
}

impl LoadError {
    /// A caveat only: the file was still read.
    pub fn is_warning(&self) -> bool {
        matches!(self, LoadError::NotUtf8 { .. } | LoadError::Utf16 | LoadError::FrontMatter { .. })
    }
}

/// Errors that stop a whole operation (as opposed to a single file of a corpus).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: no readable article (see the problems listed)")]
    NothingLoaded { path: PathBuf },
    #[error("{0}")]
    Export(String),
}
