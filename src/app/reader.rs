//! The reader: the selected claim's document with every claim's sentence highlighted, the selected one
//! strongly and its number emphasised, scrolled into view. Clicking another highlighted sentence
//! selects that claim.

use claimline::{ByteSpan, ClaimId, Corpus, DocId, Document, Found};
use egui::text::{CCursor, LayoutJob, TextFormat};
use egui::{FontId, Ui};

use super::style;

/// The reader's layout, cached while its inputs are unchanged (document, selection, theme, size).
#[derive(Default)]
pub struct ReaderCache {
    key: Option<(DocId, Option<ClaimId>, bool, u32)>,
    job: Option<LayoutJob>,
    /// (sentence span, claim) for every claim of the document, to map a click back to a claim.
    spans: Vec<(ByteSpan, ClaimId)>,
    /// Every sentence of the document, for adding a claim the machine missed.
    sentences: Vec<ByteSpan>,
    /// The span highlighted as selected, for tests and for scrolling.
    pub highlighted: Option<ByteSpan>,
}

fn format(font: &FontId, color: egui::Color32, background: egui::Color32) -> TextFormat {
    TextFormat { font_id: font.clone(), color, background, ..Default::default() }
}

impl ReaderCache {
    fn build(&mut self, ui: &Ui, corpus: &Corpus, doc: &Document, selected: Option<ClaimId>) {
        let dark = ui.visuals().dark_mode;
        let font = egui::TextStyle::Body.resolve(ui.style());
        let key = (doc.id, selected, dark, (font.size * 10.0) as u32);
        if self.key == Some(key) {
            return;
        }
        let text_color = ui.visuals().text_color();
        let mut spans: Vec<(ByteSpan, ClaimId)> = corpus.claims_of(doc.id).map(|c| (c.sentence_span, c.id)).collect();
        spans.sort_by_key(|(s, _)| s.start);
        let sel = selected.map(|id| corpus.claim(id)).filter(|c| c.doc == doc.id);
        // Boundaries where the format changes: claim sentences, the selected sentence and number.
        let mut cuts = vec![0, doc.text.len()];
        for (s, _) in &spans {
            cuts.extend([s.start, s.end]);
        }
        if let Some(c) = sel {
            cuts.extend([c.number_span.start, c.number_span.end]);
        }
        cuts.sort_unstable();
        cuts.dedup();
        let mut job = LayoutJob { text: doc.text.clone(), ..Default::default() };
        job.wrap.max_width = f32::INFINITY;
        for w in cuts.windows(2) {
            let (a, b) = (w[0], w[1]);
            if a >= b {
                continue;
            }
            let piece = ByteSpan::new(a, b);
            let in_selected = sel.is_some_and(|c| c.sentence_span.contains(piece));
            let in_number = sel.is_some_and(|c| c.number_span.contains(piece));
            let in_claim = spans.iter().any(|(s, _)| s.contains(piece));
            let mut f = if in_selected {
                format(&font, text_color, style::selected_sentence(dark))
            } else if in_claim {
                format(&font, text_color, style::other_sentence(dark))
            } else {
                format(&font, text_color, egui::Color32::TRANSPARENT)
            };
            if in_number {
                f.color = style::number(dark);
                f.underline = egui::Stroke::new(1.5, style::number(dark));
                f.font_id = FontId::new(font.size * 1.15, font.family.clone());
            }
            job.sections.push(egui::text::LayoutSection {
                leading_space: 0.0,
                byte_range: egui::text::ByteIndex(a)..egui::text::ByteIndex(b),
                format: f,
            });
        }
        self.highlighted = sel.map(|c| c.sentence_span);
        self.spans = spans;
        self.sentences = claimline::segment::sentences(&doc.text, &doc.blocks).into_iter().map(|s| s.span).collect();
        self.job = Some(job);
        self.key = Some(key);
    }
}

fn found(f: &Found, evidence: Option<&str>) -> String {
    match (f, evidence) {
        (Found::Unknown, _) => "not found in the article".into(),
        (Found::Inferred, Some(e)) => format!("inferred, {e}"),
        (f, Some(e)) if e.len() < 80 => format!("from the {}: \"{e}\"", f.label()),
        (f, _) => format!("from the {}", f.label()),
    }
}

/// The document header: title, outlet, date, and how each was found.
fn header_ui(ui: &mut Ui, doc: &Document) {
    ui.add(egui::Label::new(egui::RichText::new(doc.display_title()).heading()).wrap());
    let date = doc.published.value.map_or("undated".to_string(), |d| d.format("%-d %b %Y").to_string());
    let lines = [
        format!("File: {}", doc.path),
        format!(
            "Outlet: {} ({})",
            doc.outlet.value.as_deref().unwrap_or("unknown"),
            found(&doc.outlet.found, doc.outlet.evidence.as_deref())
        ),
        format!("Published: {date} ({})", found(&doc.published.found, doc.published.evidence.as_deref())),
    ];
    for l in lines {
        ui.add(egui::Label::new(egui::RichText::new(l).small()).wrap());
    }
}

/// What the user clicked in the text.
pub enum ReaderClick {
    /// A claim's sentence: select it.
    Claim(ClaimId),
    /// A sentence with no claim: offer to add one.
    Sentence(ByteSpan),
}

/// Show a document; returns what the user clicked in the text.
pub fn reader_ui(
    ui: &mut Ui,
    cache: &mut ReaderCache,
    corpus: &Corpus,
    doc: DocId,
    selected: Option<ClaimId>,
    scroll: bool,
) -> Option<ReaderClick> {
    let doc = corpus.document(doc);
    header_ui(ui, doc);
    if let Some(c) = selected.map(|id| corpus.claim(id)).filter(|c| c.doc == doc.id) {
        ui.group(|ui| {
            ui.label(
                egui::RichText::new(format!(
                    "Selected: {}",
                    claimline::export::data::normalise(&doc.text[c.sentence_span])
                ))
                .italics(),
            );
        });
    }
    ui.separator();
    cache.build(ui, corpus, doc, selected);
    let job = cache.job.clone()?;
    let mut clicked = None;
    egui::ScrollArea::vertical().id_salt(("reader", doc.id)).auto_shrink(false).show(ui, |ui| {
        let mut job = job;
        job.wrap.max_width = ui.available_width();
        let galley = ui.fonts_mut(|f| f.layout_job(job));
        let response = ui.add(egui::Label::new(galley.clone()).sense(egui::Sense::click()));
        if scroll && let Some(span) = cache.highlighted {
            let ci = doc.text[..span.start].chars().count();
            let rect = galley.pos_from_cursor(CCursor::new(ci)).translate(response.rect.min.to_vec2());
            ui.scroll_to_rect(rect.expand(40.0), Some(egui::Align::Center));
        }
        if response.clicked()
            && let Some(pos) = response.interact_pointer_pos()
        {
            let cursor = galley.cursor_from_pos(pos - response.rect.min);
            let byte = doc.text.char_indices().nth(cursor.index.0).map_or(doc.text.len(), |(b, _)| b);
            let inside = |s: &ByteSpan| s.start <= byte && byte < s.end;
            clicked = cache
                .spans
                .iter()
                .find(|(s, _)| inside(s))
                .map(|(_, id)| ReaderClick::Claim(*id))
                .or_else(|| cache.sentences.iter().find(|s| inside(s)).map(|s| ReaderClick::Sentence(*s)));
        }
    });
    clicked
}
