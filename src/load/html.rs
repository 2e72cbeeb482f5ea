//! HTML pages: metadata from `<title>` and `<meta>`, article text from the prose elements, with
//! scripts, styles, navigation, headers, footers and forms dropped. Uses a real HTML parser (html5ever
//! through `scraper`), since scraped pages are rarely well-formed.

use scraper::{ElementRef, Html, Selector};

use crate::document::{Block, BlockKind, Found};
use crate::load::{Hints, Parsed};
use crate::span::ByteSpan;

const SKIP: [&str; 10] =
    ["script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "button"];
const PROSE: [&str; 11] = ["p", "h1", "h2", "h3", "h4", "li", "blockquote", "figcaption", "pre", "td", "dd"];

fn selector(s: &str) -> Option<Selector> {
    Selector::parse(s).ok()
}

fn meta(doc: &Html, names: &[&str]) -> Option<String> {
    for name in names {
        for attr in ["property", "name", "itemprop"] {
            let sel = selector(&format!("meta[{attr}=\"{name}\"]"))?;
            if let Some(v) = doc.select(&sel).find_map(|e| e.value().attr("content")) {
                let v = v.trim();
                if !v.is_empty() {
                    return Some(v.to_string());
                }
            }
        }
    }
    None
}

fn skipped(el: ElementRef<'_>) -> bool {
    el.ancestors().filter_map(ElementRef::wrap).any(|a| SKIP.contains(&a.value().name()))
}

fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Parse an HTML page into article text and metadata.
pub fn parse(source: &str) -> Parsed {
    let doc = Html::parse_document(source);
    let mut hints = Hints::default();
    let title = meta(&doc, &["og:title", "twitter:title", "headline"]).or_else(|| {
        let sel = selector("title")?;
        doc.select(&sel).next().map(|e| clean(&e.text().collect::<String>())).filter(|t| !t.is_empty())
    });
    if let Some(d) = meta(
        &doc,
        &[
            "article:published_time",
            "datePublished",
            "date",
            "pubdate",
            "publishdate",
            "dc.date",
            "DC.date.issued",
            "sailthru.date",
            "parsely-pub-date",
        ],
    )
    .or_else(|| doc.select(&selector("time[datetime]")?).find_map(|e| e.value().attr("datetime").map(str::to_string)))
        && let Some(date) = crate::dates::parse_date(&d)
    {
        hints.published = Some((date, Found::HtmlMeta, d));
    }
    if let Some(site) = meta(&doc, &["og:site_name", "application-name", "publisher"]) {
        hints.outlet = Some((site, Found::HtmlMeta));
    }
    // "Kim sends more soldiers | Example Times": the site's name is not part of the headline.
    let title = title.map(|t| match &hints.outlet {
        Some((site, _)) => {
            let trimmed = t.trim_end_matches(site.as_str()).trim_end();
            let trimmed = trimmed.trim_end_matches(['|', '-', '\u{2013}', '\u{2014}', ':']).trim_end();
            if trimmed.len() < t.len() && !trimmed.is_empty() { trimmed.to_string() } else { t }
        }
        None => t,
    });
    hints.url = meta(&doc, &["og:url"]).or_else(|| {
        doc.select(&selector("link[rel=canonical]")?).find_map(|e| e.value().attr("href").map(str::to_string))
    });

    // Prefer the <article> element when the page has one.
    let root_sel = selector("article").filter(|s| doc.select(s).next().is_some()).or_else(|| selector("body"));
    let prose_sel = selector(&PROSE.join(","));
    let mut text = String::new();
    let mut blocks = Vec::new();
    if let Some(t) = &title {
        text.push_str(t);
        blocks.push(Block { span: ByteSpan::new(0, text.len()), kind: BlockKind::Headline });
        text.push_str("\n\n");
        hints.title = Some((t.clone(), Found::HtmlMeta));
    }
    let body_start = text.len();
    if let (Some(root_sel), Some(prose_sel)) = (root_sel, prose_sel) {
        for root in doc.select(&root_sel).take(1) {
            for el in root.select(&prose_sel) {
                // Nested prose elements (a <p> in an <li>) are read once, from the innermost.
                if skipped(el) || el.select(&prose_sel).next().is_some() {
                    continue;
                }
                let para = clean(&el.text().collect::<String>());
                if para.is_empty() || title.as_deref() == Some(para.as_str()) {
                    continue;
                }
                text.push_str(&para);
                text.push_str("\n\n");
            }
        }
    }
    if text.len() > body_start {
        blocks.push(Block { span: ByteSpan::new(body_start, text.len()), kind: BlockKind::Body });
    }
    Parsed { text, blocks, hints, warnings: Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_meta_and_prose_and_drops_navigation() {
        let page = r#"<html><head><title>Troops | Site</title>
            <meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2024-10-18T09:00:00Z">
            <script>var x = "3,000 troops";</script></head>
            <body><nav><a>Home</a> <a>World</a></nav>
            <article><h1>Ignored duplicate</h1><p>North Korea sent 1,500 troops,
            officials said.</p><footer>Share this</footer></article></body></html>"#;
        let p = parse(page);
        assert_eq!(p.hints.outlet.map(|o| o.0).as_deref(), Some("Example News"));
        assert_eq!(p.hints.published.map(|d| d.0.to_string()).as_deref(), Some("2024-10-18"));
        assert!(p.text.starts_with("Troops | Site\n\n"));
        assert!(p.text.contains("North Korea sent 1,500 troops, officials said."));
        assert!(!p.text.contains("Home") && !p.text.contains("var x") && !p.text.contains("Share"));
    }
}
