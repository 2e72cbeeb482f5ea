//! JSON and JSON-lines exports of articles: an object, an array of objects, or one object per line,
//! each with its text in `text`, `body`, `content` or `article` and optional title, date, url, source.

use serde_json::Value;

use crate::document::{Block, BlockKind, Found};
use crate::error::LoadError;
use crate::load::{Hints, Parsed};
use crate::span::ByteSpan;

/// One article read from a JSON file, with its position ("#3") when the file holds several.
pub struct JsonArticle {
    pub suffix: Option<String>,
    pub parsed: Result<Parsed, LoadError>,
}

fn field<'v>(obj: &'v Value, names: &[&str]) -> Option<&'v Value> {
    names.iter().find_map(|n| obj.get(n)).filter(|v| !v.is_null())
}

fn string_field(obj: &Value, names: &[&str]) -> Option<String> {
    match field(obj, names)? {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        // {"source": {"name": "Reuters"}} as news APIs write it.
        Value::Object(o) => o.get("name").and_then(Value::as_str).map(str::to_string),
        _ => None,
    }
}

/// Where exports keep an article's text.
const BODY_FIELDS: &[&str] = &[
    "text",
    "body",
    "content",
    "article",
    "maintext",
    "full_text",
    "articleBody",
    "article_body",
    "fulltext",
    "story",
];

fn article(obj: &Value) -> Result<Parsed, LoadError> {
    let body = string_field(obj, BODY_FIELDS).ok_or(LoadError::NoArticleInJson)?;
    let mut hints = Hints::default();
    let mut text = String::new();
    let mut blocks = Vec::new();
    if let Some(title) = string_field(obj, &["title", "headline"]) {
        text.push_str(&title);
        blocks.push(Block { span: ByteSpan::new(0, text.len()), kind: BlockKind::Headline });
        text.push_str("\n\n");
        hints.title = Some((title, Found::JsonField));
    }
    if let Some(desc) = string_field(obj, &["description", "summary", "lede"]) {
        let start = text.len();
        text.push_str(&desc);
        blocks.push(Block { span: ByteSpan::new(start, text.len()), kind: BlockKind::Lede });
        text.push_str("\n\n");
    }
    // "... troops to Russia. [+1200 chars]": a news API's note that it cut the text.
    let body = match body.rfind(" [+") {
        Some(i) if body.ends_with(" chars]") => body[..i].to_string(),
        _ => body,
    };
    let start = text.len();
    text.push_str(&body);
    blocks.push(Block { span: ByteSpan::new(start, text.len()), kind: BlockKind::Body });
    if let Some(d) = string_field(
        obj,
        &["published", "pubDate", "date", "publishedAt", "published_at", "date_publish", "datePublished"],
    ) && let Some(date) = crate::dates::parse_date(&d)
    {
        hints.published = Some((date, Found::JsonField, d));
    }
    hints.outlet =
        string_field(obj, &["outlet", "source", "publisher", "source_domain", "site"]).map(|o| (o, Found::JsonField));
    hints.url = string_field(obj, &["url", "link"]);
    Ok(Parsed { text, blocks, hints, warnings: Vec::new() })
}

/// Parse a `.json` or `.jsonl` file into its articles. A malformed file is one error; a malformed
/// line of a JSON-lines file is an error for that line only.
pub fn parse(source: &str, lines: bool) -> Result<Vec<JsonArticle>, LoadError> {
    if lines {
        let out = source
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| JsonArticle {
                suffix: Some(format!("#{}", i + 1)),
                parsed: serde_json::from_str::<Value>(l)
                    .map_err(|source| LoadError::Json { source })
                    .and_then(|v| article(&v)),
            })
            .collect();
        return Ok(out);
    }
    let value: Value = serde_json::from_str(source).map_err(|source| LoadError::Json { source })?;
    // {"status": "ok", "articles": [...]}: a news API's response wraps its list in an object.
    let value = match value {
        Value::Object(mut o) if !BODY_FIELDS.iter().any(|n| o.get(*n).is_some_and(Value::is_string)) => {
            let list =
                ["articles", "items", "results", "data", "documents", "docs", "posts", "stories", "news", "entries"]
                    .into_iter()
                    .find(|k| o.get(*k).and_then(Value::as_array).is_some_and(|a| a.iter().any(Value::is_object)));
            match list.and_then(|k| o.remove(k)) {
                Some(list) => list,
                None => Value::Object(o),
            }
        }
        v => v,
    };
    match value {
        Value::Array(items) => Ok(items
            .iter()
            .enumerate()
            .map(|(i, v)| JsonArticle { suffix: Some(format!("#{}", i + 1)), parsed: article(v) })
            .collect()),
        v => Ok(vec![JsonArticle { suffix: None, parsed: article(&v) }]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn array_of_articles_with_source_objects() {
        let src = r#"[{"title": "T", "body": "Some 1,500 troops.", "source": {"name": "Reuters"}, "date": "2024-10-18"}, {"nothing": 1}]"#;
        let arts = parse(src, false).unwrap_or_default();
        assert_eq!(arts.len(), 2);
        let first = arts[0].parsed.as_ref().ok();
        assert_eq!(first.map(|p| p.text.as_str()), Some("T\n\nSome 1,500 troops."));
        assert_eq!(first.and_then(|p| p.hints.outlet.clone()).map(|o| o.0).as_deref(), Some("Reuters"));
        assert!(matches!(arts[1].parsed, Err(LoadError::NoArticleInJson)));
        assert!(matches!(parse("{oops", false), Err(LoadError::Json { .. })));
        // schema.org names, as exported from CMSs.
        let ld =
            parse(r#"{"headline": "H", "articleBody": "About 1,000 troops.", "datePublished": "23/12/2024"}"#, false);
        let ld = ld.ok().and_then(|v| v.into_iter().next()).and_then(|a| a.parsed.ok());
        assert_eq!(ld.as_ref().map(|p| p.text.as_str()), Some("H\n\nAbout 1,000 troops."));
        assert_eq!(ld.and_then(|p| p.hints.published).map(|d| d.0.to_string()).as_deref(), Some("2024-12-23"));
    }

    #[test]
    fn a_news_api_response_wraps_its_articles() {
        let src = r#"{"status": "ok", "totalResults": 2, "articles": [
            {"source": {"id": null, "name": "Example Wire"}, "title": "T", "publishedAt": "2025-03-27T05:00:00Z",
             "content": "North Korea sent 3,000 more troops. [+1200 chars]"},
            {"title": "No body"}]}"#;
        let arts = parse(src, false).unwrap_or_default();
        assert_eq!(arts.len(), 2);
        let first = arts[0].parsed.as_ref().ok();
        assert_eq!(
            first.map(|p| p.text.as_str()),
            Some("T\n\nNorth Korea sent 3,000 more troops."),
            "the cut note dropped"
        );
        assert_eq!(first.and_then(|p| p.hints.outlet.clone()).map(|o| o.0).as_deref(), Some("Example Wire"));
        assert_eq!(
            first.and_then(|p| p.hints.published.clone()).map(|d| d.0.to_string()).as_deref(),
            Some("2025-03-27")
        );
        assert!(matches!(arts[1].parsed, Err(LoadError::NoArticleInJson)));
        // An object that is itself an article stays one.
        assert_eq!(
            parse(r#"{"text": "About 1,000 troops.", "items": [{"a": 1}]}"#, false).map(|v| v.len()).ok(),
            Some(1)
        );
    }
}
