//! A loaded article: its display text, its metadata and how each piece of metadata was found.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::span::ByteSpan;

/// Index of a document in its [`crate::Corpus`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DocId(pub u32);

/// How a piece of metadata was found. Inferred values carry their evidence and are never shown as fact.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Found {
    /// YAML front matter of a text or markdown file.
    FrontMatter,
    /// A field of a JSON export.
    JsonField,
    /// An HTML `<title>` or `<meta>` element.
    HtmlMeta,
    /// A wire dateline: "SEOUL, Oct 23 (Reuters) -".
    Dateline,
    /// A line holding only a date near the top of the article.
    DateLine,
    /// A byline: "By AFP".
    Byline,
    /// The article's URL (its host or a /2024/10/23/ path).
    Url,
    /// The first heading or headline-like line.
    Heading,
    /// Guessed from the text; see the evidence.
    Inferred,
    /// Set by a reviewer (corrections file).
    Reviewer,
    /// Not found.
    #[default]
    Unknown,
}

impl Found {
    pub fn label(&self) -> &'static str {
        match self {
            Found::FrontMatter => "front matter",
            Found::JsonField => "JSON field",
            Found::HtmlMeta => "HTML metadata",
            Found::Dateline => "dateline",
            Found::DateLine => "date line",
            Found::Byline => "byline",
            Found::Url => "URL",
            Found::Heading => "heading",
            Found::Inferred => "inferred",
            Found::Reviewer => "reviewer",
            Found::Unknown => "unknown",
        }
    }
}

/// A metadata value with its provenance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sourced<T> {
    pub value: Option<T>,
    pub found: Found,
    /// The text the value was read or inferred from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

impl<T> Default for Sourced<T> {
    fn default() -> Self {
        Self { value: None, found: Found::Unknown, evidence: None }
    }
}

impl<T> Sourced<T> {
    pub fn new(value: T, found: Found, evidence: impl Into<String>) -> Self {
        Self { value: Some(value), found, evidence: Some(evidence.into()) }
    }

    pub fn is_known(&self) -> bool {
        self.value.is_some()
    }
}

/// What part of an article a block of text is; claims in headlines are attributed differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Headline,
    /// A standfirst or description from metadata.
    Lede,
    Body,
}

/// A region of the document text that holds prose, as opposed to front matter keys or markup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    pub span: ByteSpan,
    pub kind: BlockKind,
}

/// One article of a corpus.
#[derive(Clone, Debug)]
pub struct Document {
    pub id: DocId,
    /// Path relative to the corpus root ("000_reuters.txt", "2024/oct/a.html").
    pub path: String,
    /// The text the reader displays; every span of the document's claims indexes it.
    pub text: String,
    pub blocks: Vec<Block>,
    pub title: Sourced<String>,
    pub outlet: Sourced<String>,
    pub published: Sourced<NaiveDate>,
    pub url: Option<String>,
}

impl Document {
    /// Title for display: the title, or the file name.
    pub fn display_title(&self) -> &str {
        self.title.value.as_deref().unwrap_or(&self.path)
    }
}
