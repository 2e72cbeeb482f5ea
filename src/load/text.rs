//! Plain text and markdown articles, with or without YAML front matter.
//!
//! The document text is the file itself, so every span points into the file as the user sees it. Front
//! matter keys are not prose: only the `title` and `description` values become blocks.

use crate::document::{Block, BlockKind, Found};
use crate::error::LoadError;
use crate::load::{Hints, Parsed};
use crate::span::ByteSpan;

/// Parse a text or markdown file's contents.
pub fn parse(text: String) -> Parsed {
    let mut hints = Hints::default();
    let mut blocks = Vec::new();
    let mut warnings = Vec::new();
    let mut body_start = 0;
    match front_matter(&text) {
        Ok(Some(fm)) => {
            for (key, value) in fm.fields {
                let v = text[value].trim().to_string();
                if v.is_empty() {
                    continue;
                }
                match key.to_ascii_lowercase().as_str() {
                    "title" | "headline" => {
                        hints.title = Some((v, Found::FrontMatter));
                        blocks.push(Block { span: value, kind: BlockKind::Headline });
                    }
                    "description" | "summary" | "subtitle" | "lede" => {
                        blocks.push(Block { span: value, kind: BlockKind::Lede })
                    }
                    "pubdate" | "date" | "published" | "published_at" | "pub_date" | "datepublished" => {
                        if let Some(d) = crate::dates::parse_date(&v) {
                            hints.published = Some((d, Found::FrontMatter, v));
                        }
                    }
                    "source" | "outlet" | "publisher" | "site" | "site_name" => {
                        hints.outlet = Some((v, Found::FrontMatter))
                    }
                    "url" | "link" | "canonical" => hints.url = Some(v),
                    _ => {}
                }
            }
            body_start = fm.end;
        }
        Ok(None) => {}
        Err(e) => warnings.push(e),
    }
    // The first markdown heading is the headline when the front matter gave none.
    let mut rest = ByteSpan::new(body_start, text.len());
    if hints.title.is_none()
        && let Some((line, inner)) = first_heading(&text, rest)
    {
        // "# North Korean troops **in Russia**": the title without markdown emphasis.
        let title = text[inner].trim().replace("**", "").replace("__", "");
        hints.title = Some((title, Found::Heading));
        blocks.push(Block { span: ByteSpan::new(rest.start, line.start), kind: BlockKind::Body });
        blocks.push(Block { span: inner, kind: BlockKind::Headline });
        rest = ByteSpan::new(line.end, text.len());
    }
    blocks.push(Block { span: rest, kind: BlockKind::Body });
    blocks.retain(|b| !b.span.is_empty());
    Parsed { text, blocks, hints, warnings }
}

struct FrontMatter {
    fields: Vec<(String, ByteSpan)>,
    /// Byte offset just past the closing `---` line.
    end: usize,
}

/// Find YAML front matter (`---` ... `---` at the very top). Values are spans of the text.
fn front_matter(text: &str) -> Result<Option<FrontMatter>, LoadError> {
    let lead = text.len() - text.trim_start_matches(['\u{feff}', '\n', '\r']).len();
    let t = &text[lead..];
    if !(t.starts_with("---\n") || t.starts_with("---\r\n")) {
        return Ok(None);
    }
    let mut fields = Vec::new();
    let mut pos = lead + t.find('\n').map_or(t.len(), |i| i + 1);
    loop {
        if pos >= text.len() {
            return Err(LoadError::FrontMatter { reason: "no closing '---' line".into() });
        }
        let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = text[pos..line_end].trim_end_matches('\r');
        if line.trim_end() == "---" || line.trim_end() == "..." {
            return Ok(Some(FrontMatter { fields, end: (line_end + 1).min(text.len()) }));
        }
        if let Some(colon) = line.find(':').filter(|_| !line.starts_with([' ', '\t', '-', '#'])) {
            let key = line[..colon].trim();
            if key.is_empty() || key.contains(' ') {
                return Err(LoadError::FrontMatter { reason: format!("line {:?} is not `key: value`", line) });
            }
            let mut v = ByteSpan::new(pos + colon + 1, pos + line.len());
            // Trim spaces and matching quotes so the value span is the prose itself.
            while v.start < v.end && text.as_bytes()[v.start] == b' ' {
                v.start += 1;
            }
            let raw = &text[v];
            if raw.len() >= 2
                && (raw.starts_with('"') && raw.ends_with('"') || raw.starts_with('\'') && raw.ends_with('\''))
            {
                v = ByteSpan::new(v.start + 1, v.end - 1);
            }
            fields.push((key.to_string(), v));
        } else if !line.trim().is_empty() && !line.starts_with([' ', '\t', '-', '#']) {
            return Err(LoadError::FrontMatter { reason: format!("line {:?} is not `key: value`", line) });
        }
        pos = line_end + 1;
    }
}

/// The first ATX heading line ("# Title") in `span`: (whole line, heading text).
fn first_heading(text: &str, span: ByteSpan) -> Option<(ByteSpan, ByteSpan)> {
    let mut pos = span.start;
    for line in text[span].split_inclusive('\n') {
        let trimmed = line.trim_end();
        if let Some(h) = trimmed.strip_prefix("# ") {
            let inner_start = pos + (trimmed.len() - h.len());
            return Some((ByteSpan::new(pos, pos + line.len()), ByteSpan::new(inner_start, pos + trimmed.len())));
        }
        pos += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_values_are_blocks_of_the_file() {
        let src =
            "---\ntitle: Troops sent, Seoul says\ndescription: \"More to come\"\npubDate: Oct 23, 2024\n---\n\nBody.";
        let p = parse(src.to_string());
        let heads: Vec<_> = p.blocks.iter().map(|b| (&p.text[b.span], b.kind)).collect();
        assert_eq!(heads[0], ("Troops sent, Seoul says", BlockKind::Headline));
        assert_eq!(heads[1], ("More to come", BlockKind::Lede));
        assert_eq!(heads[2].0.trim(), "Body.");
        assert_eq!(p.hints.published.map(|p| p.0.to_string()).as_deref(), Some("2024-10-23"));
    }

    #[test]
    fn unclosed_front_matter_is_a_warning_and_text_is_kept() {
        let p = parse("---\ntitle: x\nBody text".to_string());
        assert_eq!(p.warnings.len(), 1);
        assert_eq!(p.blocks[0].span, ByteSpan::new(0, p.text.len()));
    }

    #[test]
    fn markdown_heading_is_the_title() {
        let p = parse("\n# North Korea Sent 1,500 More Troops\n\nBy AFP\n".to_string());
        assert_eq!(p.hints.title.map(|t| t.0).as_deref(), Some("North Korea Sent 1,500 More Troops"));
        assert!(p.blocks.iter().any(|b| b.kind == BlockKind::Headline));
    }
}
