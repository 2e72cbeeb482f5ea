//! claimline: find what news articles claim about troop numbers, with provenance.
//!
//! The pipeline is a chain of types, one module each: files are [`load`]ed into [`Document`]s, their
//! text is [`segment`]ed into sentences, numbers are found by [`numbers`], and [`extract`] turns those
//! that count military personnel into [`Claim`]s with their claimant, date and spans. A [`Corpus`]
//! holds the result; [`export`] writes it out. Nothing here knows about the window.

pub mod chart;
pub mod claim;
pub mod corpus;
pub mod curation;
pub mod dates;
pub mod document;
pub mod error;
pub mod events;
pub mod export;
pub mod extract;
pub mod load;
pub mod numbers;
pub mod segment;
pub mod span;
pub mod synth;
pub mod tokens;

pub use claim::{Claim, ClaimId, Curation, DateBasis, Kind, Qualifier, Side};
pub use corpus::Corpus;
pub use document::{DocId, Document, Found, Sourced};
pub use error::{Error, LoadError};
pub use span::ByteSpan;
