//! Byte spans into a document's text.
//!
//! Every claim points back into its document through these spans, so that any view (reader, table,
//! export) can highlight exactly what the extractor read. Offsets are always *bytes* of the UTF-8 text,
//! never characters.

use std::ops::{Index, Range};

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` of a UTF-8 text.
///
/// Serialised as a two-element array `[start, end]`, the shape the JSON export uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(from = "[usize; 2]", into = "[usize; 2]")]
pub struct ByteSpan {
    pub start: usize,
    pub end: usize,
}

impl ByteSpan {
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    pub const fn len(self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// Does `self` contain `other` entirely?
    pub const fn contains(self, other: ByteSpan) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Shift a span that is relative to `base` into the coordinates of `base`'s text.
    pub const fn offset(self, base: usize) -> Self {
        Self::new(self.start + base, self.end + base)
    }

    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<[usize; 2]> for ByteSpan {
    fn from([start, end]: [usize; 2]) -> Self {
        Self { start, end }
    }
}

impl From<ByteSpan> for [usize; 2] {
    fn from(span: ByteSpan) -> Self {
        [span.start, span.end]
    }
}

impl From<Range<usize>> for ByteSpan {
    fn from(r: Range<usize>) -> Self {
        Self::new(r.start, r.end)
    }
}

impl Index<ByteSpan> for str {
    type Output = str;

    fn index(&self, span: ByteSpan) -> &str {
        &self[span.range()]
    }
}

impl Index<ByteSpan> for String {
    type Output = str;

    fn index(&self, span: ByteSpan) -> &str {
        &self.as_str()[span.range()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_str_and_serialises_as_pair() {
        let text = "sent 3,000 troops";
        let span = ByteSpan::new(5, 10);
        assert_eq!(&text[span], "3,000");
        assert_eq!(serde_json::to_string(&span).ok().as_deref(), Some("[5,10]"));
        assert!(ByteSpan::new(0, 17).contains(span));
        assert_eq!(span.offset(2), ByteSpan::new(7, 12));
    }
}
