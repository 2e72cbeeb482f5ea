//! Classroom mode: full screen, the timeline and the current claim's sentence in large type with
//! high-contrast colours, stepping through the story claim by claim (left/right); the points not yet
//! reached are dimmed so the story unfolds.

use claimline::chart::Chart;
use claimline::{ClaimId, Corpus};
use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, Ui};

static LINK: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"\[([^\]]*)\]\([^)]*\)|\[|\]\([^)]*\)").unwrap_or_else(|_| unreachable!())
});

/// Visuals readable on a projector: black on white, strong lines.
pub fn high_contrast() -> egui::Visuals {
    let mut v = egui::Visuals::light();
    v.override_text_color = Some(Color32::BLACK);
    v.panel_fill = Color32::WHITE;
    v.window_fill = Color32::WHITE;
    v.extreme_bg_color = Color32::WHITE;
    v.widgets.noninteractive.fg_stroke = egui::Stroke::new(1.5, Color32::BLACK);
    v.widgets.inactive.fg_stroke = egui::Stroke::new(1.5, Color32::BLACK);
    v.selection.bg_fill = Color32::from_rgb(255, 220, 60);
    v
}

/// The current claim in large type: the sentence with its number emphasised, who, where, when.
pub fn claim_slide_ui(ui: &mut Ui, corpus: &Corpus, chart: &Chart, id: ClaimId, font_size: f32) {
    let c = corpus.claim(id);
    let d = corpus.document(c.doc);
    let sentence = &d.text[c.sentence_span];
    let (a, b) = (c.number_span.start - c.sentence_span.start, c.number_span.end - c.sentence_span.start);
    let body = FontId::proportional(font_size);
    let big = FontId::proportional(font_size * 1.3);
    let plain = TextFormat { font_id: body.clone(), color: Color32::BLACK, ..Default::default() };
    let number = TextFormat {
        font_id: big,
        color: Color32::from_rgb(180, 0, 0),
        background: Color32::from_rgb(255, 236, 150),
        underline: egui::Stroke::new(2.0, Color32::from_rgb(180, 0, 0)),
        ..Default::default()
    };
    // Markdown emphasis and link syntax are noise on a slide: "**Related:** [Title](#)" -> "Related: Title".
    let clean = |s: &str| {
        let s = s.replace("**", "").replace("__", "");
        let s = LINK.replace_all(&s, "$1");
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let mut job = LayoutJob::default();
    job.append(&format!("\u{201c}{} ", clean(&sentence[..a])), 0.0, plain.clone());
    job.append(&sentence[a..b], 0.0, number);
    job.append(&format!(" {}\u{201d}", clean(&sentence[b..])), 0.0, plain);
    job.wrap.max_width = ui.available_width();
    ui.label(job);
    ui.add_space(font_size * 0.4);
    let small = font_size * 0.7;
    let who = claimline::chart::claimant_name(c);
    let outlets = match chart.group_of(id) {
        Some(g) => claimline::chart::echo_summary(corpus, g),
        None => claimline::chart::outlet_name(corpus, c).to_string(),
    };
    let fmt = |d: Option<chrono::NaiveDate>| d.map_or("undated".into(), |d| d.format("%-d %B %Y").to_string());
    ui.label(
        egui::RichText::new(format!("{who} \u{2022} {} {}", c.number_text, c.kind.as_str().replace('_', " ")))
            .size(small)
            .strong(),
    );
    ui.label(
        egui::RichText::new(format!(
            "Claimed {} \u{2022} {outlets} \u{2022} published {}",
            fmt(c.claim_date),
            fmt(d.published.value)
        ))
        .size(small),
    );
}
