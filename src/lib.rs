//! claimline: find what news articles claim about troop numbers, with provenance.

pub mod numbers;
pub mod span;
pub mod tokens;
