//! The claims table: one row per claim passing the filters, sortable, following the selection. It is
//! also the accessible view of the chart: every point on the plot is a row here.

use claimline::chart::{claimant_name, outlet_name};
use claimline::{ClaimId, Corpus};
use egui::Ui;
use egui_extras::{Column, TableBuilder};

use super::settings::SortKey;

/// Order claims for the table.
pub fn sort(corpus: &Corpus, ids: &mut [ClaimId], key: SortKey, descending: bool) {
    ids.sort_by(|&a, &b| {
        let (ca, cb) = (corpus.claim(a), corpus.claim(b));
        let ord = match key {
            // Undated claims sort last.
            SortKey::Date => ca
                .claim_date
                .map(|d| (0, d))
                .unwrap_or((1, chrono::NaiveDate::MIN))
                .cmp(&cb.claim_date.map(|d| (0, d)).unwrap_or((1, chrono::NaiveDate::MIN))),
            SortKey::Value => ca.value.total_cmp(&cb.value),
            SortKey::Claimant => claimant_name(ca).cmp(claimant_name(cb)),
            SortKey::Outlet => outlet_name(corpus, ca).cmp(outlet_name(corpus, cb)),
            SortKey::Kind => ca.kind.cmp(&cb.kind),
        };
        let ord = if descending { ord.reverse() } else { ord };
        ord.then(a.cmp(&b))
    });
}

/// What the user did in the table.
#[derive(Default)]
pub struct TableOutput {
    pub clicked: Option<ClaimId>,
    pub sort: Option<SortKey>,
}

/// Draw the table. `scroll_to` scrolls the selected row into view (when the selection came from
/// elsewhere).
pub fn claims_table_ui(
    ui: &mut Ui,
    corpus: &Corpus,
    rows: &[ClaimId],
    selected: Option<ClaimId>,
    sort_key: (SortKey, bool),
    scroll_to: bool,
) -> TableOutput {
    let mut out = TableOutput::default();
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    let mut table = TableBuilder::new(ui)
        .id_salt("claims")
        .striped(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::initial(92.0).at_least(70.0))
        .column(Column::initial(86.0).at_least(60.0))
        .column(Column::initial(82.0).at_least(60.0))
        .column(Column::initial(170.0).at_least(80.0).clip(true))
        .column(Column::initial(140.0).at_least(60.0).clip(true))
        .column(Column::remainder().at_least(120.0).clip(true))
        .min_scrolled_height(0.0);
    if scroll_to && let Some(i) = selected.and_then(|s| rows.iter().position(|r| *r == s)) {
        table = table.scroll_to_row(i, Some(egui::Align::Center));
    }
    let header = |ui: &mut Ui, label: &str, key: SortKey, out: &mut TableOutput| {
        let arrow = if sort_key.0 == key { if sort_key.1 { " v" } else { " ^" } } else { "" };
        if ui.button(format!("{label}{arrow}")).on_hover_text(format!("Sort by {label}")).clicked() {
            out.sort = Some(key);
        }
    };
    table
        .header(row_height + 4.0, |mut h| {
            h.col(|ui| header(ui, "Date", SortKey::Date, &mut out));
            h.col(|ui| header(ui, "Value", SortKey::Value, &mut out));
            h.col(|ui| header(ui, "Kind", SortKey::Kind, &mut out));
            h.col(|ui| header(ui, "Claimant", SortKey::Claimant, &mut out));
            h.col(|ui| header(ui, "Outlet", SortKey::Outlet, &mut out));
            h.col(|ui| {
                ui.strong("Sentence");
            });
        })
        .body(|body| {
            body.rows(row_height, rows.len(), |mut row| {
                let id = rows[row.index()];
                let c = corpus.claim(id);
                let is_selected = selected == Some(id);
                row.set_selected(is_selected);
                let date = c.claim_date.map_or_else(|| "undated".to_string(), |d| d.to_string());
                row.col(|ui| {
                    ui.add(egui::Label::new(date).selectable(false));
                });
                row.col(|ui| {
                    // The figure is the row's button: clickable and named for screen readers and tests.
                    if ui.selectable_label(is_selected, c.number_text.as_str()).clicked() {
                        out.clicked = Some(id);
                    }
                });
                row.col(|ui| {
                    // Reviewed claims say so: "planned (edited)".
                    let kind = match c.curation {
                        claimline::Curation::Machine => c.kind.as_str().to_string(),
                        cur => format!("{} ({})", c.kind.as_str(), cur.as_str()),
                    };
                    ui.add(egui::Label::new(kind).selectable(false));
                });
                row.col(|ui| {
                    ui.add(egui::Label::new(claimant_name(c)).selectable(false).truncate());
                });
                row.col(|ui| {
                    ui.add(egui::Label::new(outlet_name(corpus, c)).selectable(false).truncate());
                });
                row.col(|ui| {
                    let s = claimline::export::data::normalise(&corpus.document(c.doc).text[c.sentence_span]);
                    ui.add(egui::Label::new(s).selectable(false).truncate());
                });
                if row.response().clicked() {
                    out.clicked = Some(id);
                }
            });
        });
    out
}
