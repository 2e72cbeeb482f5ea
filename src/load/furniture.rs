//! Page furniture in plain text: the link lists scraped along with an article ("Most Read News"
//! followed by other stories' headlines) and single linked headlines ("Related article: ...",
//! "Read more: ..."). Their figures belong to other articles, so they are cut out of the prose blocks;
//! the text itself is kept, as the reader shows the file as it is.
//!
//! (HTML pages are cleaned by their markup instead; see [`crate::load::html`].)

use crate::document::{Block, BlockKind};
use crate::span::ByteSpan;

/// Lines that head a list of links to other stories, compared without case and markdown markers.
const LIST_HEADINGS: &[&str] = &[
    "most read",
    "most read news",
    "most read stories",
    "most popular",
    "most viewed",
    "popular",
    "popular now",
    "related",
    "related stories",
    "related articles",
    "related news",
    "related content",
    "read more",
    "read next",
    "read also",
    "also read",
    "see also",
    "more stories",
    "more news",
    "more on this story",
    "recommended",
    "recommended stories",
    "trending",
    "trending now",
    "latest news",
    "latest stories",
    "top stories",
    "editor's picks",
    "you may also like",
    "you might also like",
];

/// Labels that put one linked headline on their own line: "Related article: ...".
const LINK_LABELS: &[&str] =
    &["related article", "related story", "related", "read more", "read also", "also read", "see also", "read next"];

/// The prose blocks of `blocks` without the furniture in them. Other blocks are kept as they are.
pub fn without_furniture(text: &str, blocks: Vec<Block>) -> Vec<Block> {
    let mut out = Vec::with_capacity(blocks.len());
    for b in blocks {
        if b.kind != BlockKind::Body {
            out.push(b);
            continue;
        }
        let mut start = b.span.start;
        let mut in_list = false;
        // Line ends found with the SIMD search of the memchr crate: this runs over every text file.
        let body = &text.as_bytes()[b.span.start..b.span.end];
        let media = media_lines(body, b.span.start);
        let ends =
            memchr::memchr_iter(b'\n', body).map(|i| i + 1).chain((body.last() != Some(&b'\n')).then_some(body.len()));
        let mut pos = b.span.start;
        for end in ends {
            let (line_start, next) = (pos, b.span.start + end);
            pos = next;
            let line = &text[line_start..next];
            if in_list {
                // A list of links runs until prose comes back: a long line ending as sentences do.
                let content = line.trim();
                let prose =
                    content.ends_with(['.', '!', '?', '"', '\u{201d}']) && content.split_whitespace().nth(7).is_some();
                if !prose {
                    continue;
                }
                in_list = false;
                start = line_start;
            }
            if !media.is_empty() && media.binary_search(&line_start).is_ok() {
                if line_start > start {
                    out.push(Block { span: ByteSpan::new(start, line_start), kind: b.kind });
                }
                start = next;
                continue;
            }
            // Most lines are prose: a heading is short, and a label's colon comes early.
            let short = line.len() <= 48;
            if !short && memchr::memchr(b':', &line.as_bytes()[..line.len().min(40)]).is_none() {
                continue;
            }
            let bare =
                line.trim().trim_matches(|c: char| matches!(c, '#' | '*' | '_' | '>' | '-' | ':' | ' ' | '[' | ']'));
            if !bare.as_bytes().first().is_some_and(|&c| starts_a_label(c)) {
                continue;
            }
            let heading = short && LIST_HEADINGS.iter().any(|h| bare.eq_ignore_ascii_case(h));
            if heading || labelled_link(bare) {
                if line_start > start {
                    out.push(Block { span: ByteSpan::new(start, line_start), kind: b.kind });
                }
                start = next;
                in_list = heading;
            }
        }
        if !in_list && b.span.end > start {
            out.push(Block { span: ByteSpan::new(start, b.span.end), kind: b.kind });
        }
    }
    out
}

/// Starts (in text offsets; `body` begins at `offset`) of the lines naming a media file, as scraped
/// from a video player or an image's credits: "exp israel 300,000 reservists called diamond pkg
/// world_00002001.png". Such a line is no prose, whatever numbers it holds.
fn media_lines(body: &[u8], offset: usize) -> Vec<usize> {
    const EXTENSIONS: [&[u8]; 6] = [b".png", b".jpg", b".jpeg", b".gif", b".webp", b".mp4"];
    let mut starts = Vec::new();
    // Full stops are found by SIMD; the few bytes after each say whether a file name ends there.
    for at in memchr::memchr_iter(b'.', body) {
        let Some(ext) = EXTENSIONS.iter().find(|e| body[at..].starts_with(e)) else { continue };
        let end = at + ext.len();
        // The file name ends there, and the line is no sentence of prose that ends after it.
        if body.get(end).is_some_and(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        let start = memchr::memrchr(b'\n', &body[..at]).map_or(0, |i| i + 1);
        let line_end = memchr::memchr(b'\n', &body[end..]).map_or(body.len(), |i| end + i);
        let line = &body[start..line_end];
        let prose = line.len() > 300 || line.trim_ascii_end().ends_with(b".") && !line.trim_ascii_end().ends_with(ext);
        if !prose {
            starts.push(offset + start);
        }
    }
    starts.sort_unstable();
    starts.dedup();
    starts
}

/// Can a label start with this byte? (Blank lines and most others are turned down by this alone.)
fn starts_a_label(c: u8) -> bool {
    let first = |words: &[&str]| words.iter().any(|w| w.as_bytes()[0] == c.to_ascii_lowercase());
    first(LIST_HEADINGS) || first(LINK_LABELS)
}

/// "Related article: [Ukraine Says ...](#)", "Read more: North Korea sends ...".
fn labelled_link(line: &str) -> bool {
    LINK_LABELS.iter().any(|label| {
        line.get(..label.len()).is_some_and(|p| p.eq_ignore_ascii_case(label))
            && line[label.len()..].trim_start_matches(['*', '_']).starts_with(':')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose(text: &str) -> Vec<&str> {
        let blocks = vec![Block { span: ByteSpan::new(0, text.len()), kind: BlockKind::Body }];
        without_furniture(text, blocks).iter().map(|b| text[b.span].trim()).collect()
    }

    #[test]
    fn lines_naming_media_files_are_cut_out() {
        let text = "exp israel 300,000 reservists called pkg world_00002001.png\nIsrael calls up more than 300,000 reservists\n";
        assert_eq!(prose(text), ["Israel calls up more than 300,000 reservists"]);
        let text = "The ministry posted a photo, map.png, of 3,000 troops at the border.\n";
        assert_eq!(prose(text).len(), 1, "a sentence that names a file is still prose");
    }

    #[test]
    fn link_lists_and_linked_headlines_are_cut_out() {
        let text = "North Korea sent 10,000 troops, the Pentagon said.\nMost Read News\n-\nPoland, NATO bring together around 30,000 troops in mili\n-\n3 police officers killed, 2 wou\n";
        assert_eq!(prose(text), ["North Korea sent 10,000 troops, the Pentagon said."]);
        let text = "First paragraph here.\n\n**Related article:** [Ukraine Says Russia to Deploy 10K Troops](#)\n\nLast week, the NIS revealed that Pyongyang decided to send a large-scale troop deployment.\n";
        assert_eq!(
            prose(text),
            [
                "First paragraph here.",
                "Last week, the NIS revealed that Pyongyang decided to send a large-scale troop deployment."
            ]
        );
    }

    #[test]
    fn prose_after_a_list_comes_back_and_ordinary_words_stay() {
        let text = "## Related stories\n* Troops move east\n* Seoul warns\n\nThe spy agency said on Friday that 1,500 soldiers had been sent to Russia.\n";
        assert_eq!(prose(text), ["The spy agency said on Friday that 1,500 soldiers had been sent to Russia."]);
        let text = "Related talks were held. Popular support for the war is falling, the poll said.\n";
        assert_eq!(prose(text), [text.trim()]);
    }
}
