//! The filter panel: side, kind, claimant, outlet, date range and a text search. Edits a copy of the
//! chart settings; the caller applies it when it changed.

use std::collections::BTreeSet;

use claimline::chart::{ChartSettings, GroupBy, XAxis, claimant_name, outlet_name};
use claimline::{Corpus, Kind, Side};
use egui::Ui;

/// Values present in the corpus, for the claimant and outlet lists (computed when a corpus loads).
#[derive(Default)]
pub struct Choices {
    pub claimants: Vec<String>,
    pub outlets: Vec<String>,
}

impl Choices {
    pub fn of(corpus: &Corpus) -> Self {
        let claimants: BTreeSet<String> = corpus.claims.iter().map(|c| claimant_name(c).to_string()).collect();
        let outlets: BTreeSet<String> = corpus.claims.iter().map(|c| outlet_name(corpus, c).to_string()).collect();
        Self { claimants: claimants.into_iter().collect(), outlets: outlets.into_iter().collect() }
    }
}

fn toggle_set<T: Ord + Clone>(ui: &mut Ui, set: &mut BTreeSet<T>, value: &T, label: &str) {
    let mut on = set.contains(value);
    if ui.checkbox(&mut on, label).changed() {
        if on {
            set.insert(value.clone());
        } else {
            set.remove(value);
        }
    }
}

fn date_field(ui: &mut Ui, label: &str, date: &mut Option<chrono::NaiveDate>, id: &str) {
    ui.horizontal(|ui| {
        ui.label(label);
        let key = egui::Id::unique(("date-field", id));
        let mut text =
            ui.data(|d| d.get_temp::<String>(key)).unwrap_or_else(|| date.map(|d| d.to_string()).unwrap_or_default());
        let r = ui.add(egui::TextEdit::singleline(&mut text).hint_text("YYYY-MM-DD").desired_width(96.0));
        if r.changed() {
            let t = text.trim();
            if t.is_empty() {
                *date = None;
            } else if let Ok(d) = chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d") {
                *date = Some(d);
            }
        }
        ui.data_mut(|d| d.insert_temp(key, text));
    });
}

/// The chart controls shown above the plot: grouping, axis, scale, hedges.
pub fn chart_controls_ui(ui: &mut Ui, s: &mut ChartSettings) {
    ui.horizontal_wrapped(|ui| {
        egui::ComboBox::from_label("Series by").selected_text(s.group_by.label()).show_ui(ui, |ui| {
            for g in GroupBy::ALL {
                ui.selectable_value(&mut s.group_by, g, g.label());
            }
        });
        ui.separator();
        ui.selectable_value(&mut s.x_axis, XAxis::ClaimDate, "Claim date");
        ui.selectable_value(&mut s.x_axis, XAxis::Published, "Publication date");
        ui.separator();
        ui.checkbox(&mut s.log_y, "Log scale");
        ui.checkbox(&mut s.filter.show_vague, "Vague figures");
        ui.checkbox(&mut s.step_lines, "Step lines");
        ui.checkbox(&mut s.group_echoes, "Group repeated reports");
    });
}

/// The filter panel.
pub fn filters_ui(ui: &mut Ui, s: &mut ChartSettings, choices: &Choices) {
    let f = &mut s.filter;
    ui.horizontal(|ui| {
        ui.label("Search");
        ui.add(
            egui::TextEdit::singleline(&mut f.text)
                .hint_text("words in the sentence, claimant, outlet")
                .desired_width(f32::INFINITY),
        );
    });
    ui.collapsing("Whose personnel", |ui| {
        for side in Side::ALL {
            toggle_set(ui, &mut f.sides, side, side.as_str());
        }
        ui.weak("none ticked: all");
    });
    ui.collapsing("What is counted", |ui| {
        for kind in Kind::ALL {
            toggle_set(ui, &mut f.kinds, kind, kind.as_str());
        }
        ui.weak("none ticked: all");
    });
    ui.collapsing("Claimant", |ui| {
        egui::ScrollArea::vertical().id_salt("claimants").max_height(180.0).show(ui, |ui| {
            for c in &choices.claimants {
                toggle_set(ui, &mut f.claimants, c, c);
            }
        });
        ui.weak("none ticked: all");
    });
    ui.collapsing("Outlet", |ui| {
        egui::ScrollArea::vertical().id_salt("outlets").max_height(180.0).show(ui, |ui| {
            for o in &choices.outlets {
                toggle_set(ui, &mut f.outlets, o, o);
            }
        });
        ui.weak("none ticked: all");
    });
    ui.collapsing("Dates", |ui| {
        date_field(ui, "From", &mut f.from, "from");
        date_field(ui, "To  ", &mut f.to, "to");
    });
    if ui.button("Reset filters").clicked() {
        *f = Default::default();
    }
}
