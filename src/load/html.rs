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

/// Class and id words of page furniture that is not the article: related links, sidebars, share bars,
/// newsletters, comments, advertising. Their headlines carry figures that are not the article's.
const FURNITURE: [&str; 24] = [
    "related",
    "sidebar",
    "newsletter",
    "comments",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "promo",
    "share",
    "sharing",
    "social",
    "recommended",
    "recommendations",
    "trending",
    "popular",
    "subscribe",
    "subscription",
    "cookie",
    "cookies",
    "outbrain",
    "taboola",
    "breadcrumb",
    "breadcrumbs",
];

/// Is an element page furniture, by its role or by a word of its class or id ("related-stories",
/// "most-read", "ad-slot"; not "shared-content" or "commentary")?
fn furniture(el: &scraper::node::Element) -> bool {
    if matches!(el.attr("role"), Some("navigation" | "complementary" | "banner" | "contentinfo")) {
        return true;
    }
    [el.attr("class"), el.attr("id")].into_iter().flatten().any(|v| {
        let v = v.to_ascii_lowercase();
        let words: Vec<&str> = v.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
        words.iter().any(|w| FURNITURE.contains(w))
            || words.windows(2).any(|p| matches!(p, ["most", "read" | "viewed" | "popular"] | ["read", "more"]))
    })
}

/// Is a prose element inside something that is not the article, below the article's root?
fn skipped(el: ElementRef<'_>, root: ElementRef<'_>) -> bool {
    std::iter::once(el)
        .chain(el.ancestors().filter_map(ElementRef::wrap).take_while(|a| a.id() != root.id()))
        .any(|a| SKIP.contains(&a.value().name()) || furniture(a.value()))
}

/// Facts from the page's JSON-LD (`<script type="application/ld+json">`), which many news sites fill
/// for search engines: (datePublished, publisher name, headline).
fn json_ld(doc: &Html) -> (Option<String>, Option<String>, Option<String>) {
    let Some(sel) = selector(r#"script[type="application/ld+json"]"#) else { return (None, None, None) };
    let mut out = (None, None, None);
    for script in doc.select(&sel) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&script.text().collect::<String>()) else { continue };
        // A single object, a list, or an "@graph" of them.
        let items: Vec<&serde_json::Value> = match &v {
            serde_json::Value::Array(a) => a.iter().collect(),
            o => o.get("@graph").and_then(|g| g.as_array()).map_or_else(|| vec![o], |g| g.iter().collect()),
        };
        for item in items {
            let text = |k: &str| item.get(k).and_then(|x| x.as_str()).map(str::to_string);
            out.0 = out.0.or_else(|| text("datePublished"));
            out.1 = out.1.or_else(|| {
                item.get("publisher").and_then(|p| p.get("name")).and_then(|n| n.as_str()).map(str::to_string)
            });
            out.2 = out.2.or_else(|| text("headline"));
        }
    }
    out
}

fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Parse an HTML page into article text and metadata.
pub fn parse(source: &str) -> Parsed {
    let doc = Html::parse_document(source);
    let mut hints = Hints::default();
    let (ld_date, ld_publisher, ld_headline) = json_ld(&doc);
    let first_text = |css: &str| {
        let sel = selector(css)?;
        doc.select(&sel).next().map(|e| clean(&e.text().collect::<String>())).filter(|t| !t.is_empty())
    };
    let page_title = first_text("title");
    // A headline cut short for a card ("North Korea sends 2,000 more troops") gives way to the page's
    // full one ("... to Russia, Seoul says | Site"): the part cut off may say who claims it.
    let title = match meta(&doc, &["og:title", "twitter:title", "headline"]).or(ld_headline) {
        Some(short) => Some(
            [page_title.clone(), first_text("h1")]
                .into_iter()
                .flatten()
                .find(|full| full.len() > short.len() && full.starts_with(short.as_str()))
                .unwrap_or(short),
        ),
        None => page_title,
    };
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
    .or(ld_date)
    .or_else(|| doc.select(&selector("time[datetime]")?).find_map(|e| e.value().attr("datetime").map(str::to_string)))
        && let Some(date) = crate::dates::parse_date(&d)
    {
        hints.published = Some((date, Found::HtmlMeta, d));
    }
    if let Some(site) = meta(&doc, &["og:site_name", "application-name", "publisher"]).or(ld_publisher) {
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
    // "... Kyiv says | World News": a section's name after a bar is no part of it either.
    let title = title.map(|mut t| {
        while let Some((head, tail)) = t.rsplit_once(" | ")
            && tail.split_whitespace().count() <= 3
            && head.split_whitespace().count() >= 4
        {
            t = head.trim_end().to_string();
        }
        t
    });
    hints.url = meta(&doc, &["og:url"]).or_else(|| {
        doc.select(&selector("link[rel=canonical]")?).find_map(|e| e.value().attr("href").map(str::to_string))
    });

    // The article body: the element marked as such, else the <article> with the most text (related
    // stories are often <article> cards too), else <main>, else <body>.
    let text_len = |e: &ElementRef<'_>| e.text().map(str::len).sum::<usize>();
    let root = ["[itemprop=articleBody]", "article", "main", "body"].into_iter().find_map(|css| {
        let sel = selector(css)?;
        doc.select(&sel).filter(|e| !furniture(e.value())).max_by_key(text_len)
    });
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
    if let (Some(root), Some(prose_sel)) = (root, prose_sel) {
        for el in root.select(&prose_sel) {
            // Nested prose elements (a <p> in an <li>) are read once, from the innermost.
            if skipped(el, root) || el.select(&prose_sel).next().is_some() {
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

    #[test]
    fn the_article_body_without_related_stories_and_dates_from_json_ld() {
        let page = r#"<html><head><title>Kim sends troops</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"NewsArticle","headline":"Kim sends more troops","datePublished":"2025-02-03T08:00:00+09:00",
               "publisher":{"@type":"Organization","name":"Korea Example"}}]}</script></head>
            <body class="layout-with-sidebar">
            <article class="card"><p>Russia loses 1,000 soldiers a day, Kyiv says</p></article>
            <article class="story"><h1>Kim sends more troops</h1>
              <p>North Korea sent 3,000 more troops, the NIS said.</p>
              <div class="related-stories"><p>Earlier: 12,000 troops were sent</p></div>
              <p class="commentary-note">The figure could not be verified.</p>
              <aside><p>Most read: 500 soldiers</p></aside>
              <div id="most-read"><p>1,500 troops killed</p></div>
            </article></body></html>"#;
        let p = parse(page);
        assert_eq!(p.hints.published.map(|d| d.0.to_string()).as_deref(), Some("2025-02-03"));
        assert_eq!(p.hints.outlet.map(|o| o.0).as_deref(), Some("Korea Example"));
        assert!(p.text.contains("North Korea sent 3,000 more troops"), "{}", p.text);
        assert!(p.text.contains("could not be verified"), "'commentary' is not 'comments': {}", p.text);
        for furniture in ["1,000 soldiers", "12,000", "500 soldiers", "1,500"] {
            assert!(!p.text.contains(furniture), "{furniture} in {}", p.text);
        }
    }

    #[test]
    fn a_headline_cut_short_gives_way_to_the_full_one() {
        let page = r#"<html><head><title>North Korea sends 2,000 more troops to Russia, Seoul says | Example News</title>
            <meta property="og:site_name" content="Example News">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"North Korea sends 2,000 more troops"}</script>
            </head><body><article><p>Text.</p></article></body></html>"#;
        let p = parse(page);
        assert_eq!(
            p.hints.title.map(|t| t.0).as_deref(),
            Some("North Korea sends 2,000 more troops to Russia, Seoul says")
        );
    }

    #[test]
    fn a_section_after_a_bar_is_no_part_of_the_headline() {
        let page = r#"<html><head><title>North Korea has sent 11,000 troops, Kyiv says | World News | The Example Times</title>
            <meta property="og:site_name" content="The Example Times"></head><body><p>Text.</p></body></html>"#;
        assert_eq!(
            parse(page).hints.title.map(|t| t.0).as_deref(),
            Some("North Korea has sent 11,000 troops, Kyiv says")
        );
        // A short headline keeps what follows its bar.
        let page = r#"<html><head><title>Kursk | Live</title></head><body><p>Text.</p></body></html>"#;
        assert_eq!(parse(page).hints.title.map(|t| t.0).as_deref(), Some("Kursk | Live"));
    }
}
