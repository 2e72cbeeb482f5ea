//! The window's panels: the menu bar, the chart and table, the reader with its review forms, the
//! classroom view, and the events and problems windows. Each pushes [`Command`]s; nothing here changes
//! state directly except a panel's own widgets.

use claimline::events::Event;
use egui::Ui;

use super::export::ExportKind;
use super::settings::Theme;
use super::{Command, ExplorerApp, Origin, filters, plot, present, reader, review, table};

impl ExplorerApp {
    pub(super) fn top_bar_ui(&mut self, ui: &mut Ui, cmds: &mut Vec<Command>) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.button("Open folder... (Ctrl+O)").clicked() {
                    cmds.push(Command::OpenDialog { folder: true });
                }
                if ui.button("Open file...").clicked() {
                    cmds.push(Command::OpenDialog { folder: false });
                }
                if ui.button("Open the seed articles").clicked() {
                    cmds.push(Command::OpenEmbedded);
                }
                ui.separator();
                if ui.button("Save chart as PNG... (Ctrl+S)").clicked() {
                    cmds.push(Command::Export(ExportKind::Png));
                }
                ui.horizontal(|ui| {
                    ui.label("PNG scale");
                    for (label, v) in [("screen", 0.0), ("1x", 1.0), ("2x", 2.0), ("4x", 4.0)] {
                        ui.selectable_value(&mut self.settings.png_scale, v, label);
                    }
                });
                if ui.button("Save chart as SVG...").clicked() {
                    cmds.push(Command::Export(ExportKind::Svg));
                }
                if ui.button("Export claims as CSV...").clicked() {
                    cmds.push(Command::Export(ExportKind::Csv));
                }
                if ui.button("Export claims as JSON...").clicked() {
                    cmds.push(Command::Export(ExportKind::Json));
                }
            });
            ui.menu_button("Edit", |ui| {
                if ui.add_enabled(!self.undo.is_empty(), egui::Button::new("Undo correction (Ctrl+Z)")).clicked() {
                    cmds.push(Command::Undo);
                }
                if ui.add_enabled(!self.redo.is_empty(), egui::Button::new("Redo correction (Ctrl+Y)")).clicked() {
                    cmds.push(Command::Redo);
                }
            });
            ui.menu_button("Claim", |ui| {
                let enabled = self.selected.is_some();
                if ui.add_enabled(enabled, egui::Button::new("Copy citation (Ctrl+Shift+C)")).clicked() {
                    cmds.push(Command::CopyCitation);
                }
            });
            if ui
                .button("Present (F5)")
                .on_hover_text("Classroom mode: full screen, large type, step through the story with the arrow keys")
                .clicked()
            {
                cmds.push(Command::Present(true));
            }
            ui.menu_button("View", |ui| {
                if ui.button("Timeline events...").clicked() {
                    self.event_rows = self.events.iter().map(|e| (e.date.to_string(), e.label.clone())).collect();
                    self.show_events = true;
                }
                ui.checkbox(&mut self.settings.show_filters, "Filters panel");
                ui.checkbox(&mut self.settings.show_reader, "Reader panel");
                let dark = self.settings.theme == Theme::Dark;
                if ui.selectable_label(dark, "Dark theme").clicked() {
                    cmds.push(Command::SetTheme(if dark { Theme::Light } else { Theme::Dark }));
                }
                ui.horizontal(|ui| {
                    ui.label("Text size");
                    if ui.button("-").clicked() {
                        cmds.push(Command::Zoom(self.settings.zoom - 0.1));
                    }
                    if ui.button("+").clicked() {
                        cmds.push(Command::Zoom(self.settings.zoom + 0.1));
                    }
                });
            });
            ui.separator();
            ui.label(egui::RichText::new(&self.corpus.name).strong());
            ui.label(format!("{} articles", self.corpus.documents.len()));
            ui.separator();
            ui.label(self.count_label());
            let n = self.corpus.problems.len() + self.corpus.unanchored.len();
            if n > 0 && ui.button(format!("Problems ({n})")).clicked() {
                cmds.push(Command::ToggleProblems);
            }
            if let Some(l) = &self.loader {
                let (done, total) = l.progress();
                let frac = if total == 0 { 0.0 } else { done as f32 / total as f32 };
                ui.add(
                    egui::ProgressBar::new(frac).desired_width(200.0).text(format!("Loading {done} / {total} files")),
                );
            }
            if let Some(e) = &self.exporter {
                ui.spinner();
                ui.label(format!("Exporting {}", e.path.display()));
            }
            if let Some(m) = self.message.clone() {
                ui.colored_label(ui.visuals().warn_fg_color, m);
                if ui.small_button("x").clicked() {
                    self.message = None;
                }
            }
        });
    }

    pub(super) fn central_ui(&mut self, ui: &mut Ui, cmds: &mut Vec<Command>) {
        let mut s = self.settings.chart.clone();
        filters::chart_controls_ui(ui, &mut s);
        if s != self.settings.chart {
            cmds.push(Command::SetChart(s));
        }
        plot::legend_ui(ui, &self.chart, &self.events);
        let plot_height = (ui.available_height() * 0.55).max(200.0);
        let out = self.plot_ui(ui, plot_height, None);
        if let Some(c) = out.clicked {
            cmds.push(Command::Select(Some(c), Origin::Plot));
        }
        if !self.chart.undated.is_empty() {
            ui.label(format!(
                "{} undated claims (their article has no date) are not on the timeline; they are listed in the table as \"undated\".",
                self.chart.undated.len()
            ));
        }
        ui.separator();
        let t = table::claims_table_ui(
            ui,
            &self.corpus,
            &self.rows,
            self.selected,
            (self.settings.sort, self.settings.sort_descending),
            self.scroll_table,
        );
        self.scroll_table = false;
        if let Some(c) = t.clicked {
            cmds.push(Command::Select(Some(c), Origin::Table));
        }
        if let Some(k) = t.sort {
            cmds.push(Command::Sort(k));
        }
    }

    pub(super) fn reader_panel_ui(&mut self, ui: &mut Ui, cmds: &mut Vec<Command>) {
        let shown = self.selected.map(|c| self.corpus.claim(c).doc).or(self.picked_sentence.map(|(d, _)| d));
        let Some(doc) = shown else {
            ui.heading("Reader");
            ui.label("Click a point or a row to read its sentence in the article.");
            return;
        };
        if let Some(id) = self.selected {
            // A claim several outlets repeated: step through every report's sentence.
            if let Some(group) = self.chart.group_of(id) {
                ui.horizontal_wrapped(|ui| {
                    ui.label(format!("Reported {} times; read each:", group.len()));
                    for (i, &m) in group.iter().enumerate() {
                        let outlet = claimline::chart::outlet_name(&self.corpus, self.corpus.claim(m));
                        if ui.selectable_label(m == id, format!("{}. {outlet}", i + 1)).clicked() {
                            cmds.push(Command::Select(Some(m), Origin::Reader));
                        }
                    }
                });
            }
            ui.horizontal(|ui| {
                if ui
                    .button("Copy citation")
                    .on_hover_text("Claimant, figure, dates, outlet and sentence, for a slide or an article")
                    .clicked()
                {
                    cmds.push(Command::CopyCitation);
                }
            });
            if let Some(op) = review::claim_review_ui(ui, &self.corpus, id, &mut self.edit_form) {
                cmds.push(Command::Curate(op));
            }
        }
        if let Some(op) = review::doc_review_ui(ui, &self.corpus, doc) {
            cmds.push(Command::Curate(op));
        }
        if let Some((d, span)) = self.picked_sentence.filter(|(d, _)| *d == doc)
            && let Some(op) = review::add_claim_ui(ui, &self.corpus, d, span)
        {
            cmds.push(Command::Curate(op));
        }
        let scroll = std::mem::take(&mut self.scroll_reader);
        match reader::reader_ui(ui, &mut self.reader, &self.corpus, doc, self.selected, scroll) {
            Some(reader::ReaderClick::Claim(c)) => {
                cmds.push(Command::PickSentence(None));
                cmds.push(Command::Select(Some(c), Origin::Reader));
            }
            Some(reader::ReaderClick::Sentence(span)) => cmds.push(Command::PickSentence(Some((doc, span)))),
            None => {}
        }
    }

    /// The timeline at `height`, remembering what the user saw (for hit-testing and thinning).
    pub(super) fn plot_ui(&mut self, ui: &mut Ui, height: f32, reached: Option<f64>) -> plot::PlotOutput {
        let view = plot::PlotView {
            corpus: &self.corpus,
            chart: &self.chart,
            data: &self.plot,
            events: &self.events,
            selected: self.selected.map(|id| self.chart.point_of(id)),
            reached,
            last_hovered: self.hovered,
            last_transform: self.plot_transform,
        };
        let thinned = &mut self.thinned;
        let out =
            ui.allocate_ui(egui::vec2(ui.available_width(), height), |ui| plot::timeline_ui(ui, &view, thinned)).inner;
        // A pass egui will discard and re-run (a sizing pass) lays the plot out elsewhere: keep what the
        // user saw.
        if !ui.ctx().will_discard() {
            self.hovered = out.hovered;
            self.plot_transform = out.transform;
        }
        out
    }

    pub(super) fn presentation_ui(&mut self, ui: &mut Ui, cmds: &mut Vec<Command>) {
        let size = 28.0 * self.settings.present_font;
        egui::Panel::top("present-bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                if ui.button("Exit presentation (Esc)").clicked() {
                    cmds.push(Command::Present(false));
                }
                if ui.button("< Previous").clicked() {
                    cmds.push(Command::StepTime(-1));
                }
                if ui.button("Next >").clicked() {
                    cmds.push(Command::StepTime(1));
                }
                let at = self.selected.and_then(|s| self.time_order.iter().position(|c| *c == s)).map_or(0, |i| i + 1);
                ui.label(format!("Claim {at} of {}", self.time_order.len()));
                ui.separator();
                ui.label("Text size");
                if ui.button("A-").clicked() {
                    self.settings.present_font = (self.settings.present_font - 0.1).max(0.5);
                }
                if ui.button("A+").clicked() {
                    self.settings.present_font = (self.settings.present_font + 0.1).min(3.0);
                }
                ui.checkbox(&mut self.settings.dim_unreached, "Dim claims not reached yet");
            });
        });
        egui::CentralPanel::default().show(ui, |ui| {
            let reached = self
                .selected
                .filter(|_| self.settings.dim_unreached)
                .and_then(|id| {
                    claimline::chart::date_of(&self.corpus, self.corpus.claim(id), self.settings.chart.x_axis)
                })
                .map(claimline::chart::time::day_number);
            let height = (ui.available_height() * 0.58).max(200.0);
            let out = self.plot_ui(ui, height, reached);
            if let Some(c) = out.clicked {
                cmds.push(Command::Select(Some(c), Origin::Plot));
            }
            ui.separator();
            match self.selected {
                Some(id) => present::claim_slide_ui(ui, &self.corpus, &self.chart, id, size),
                None => {
                    ui.label(egui::RichText::new("Press the right arrow to start the story.").size(size));
                }
            }
        });
    }

    pub(super) fn events_window(&mut self, ctx: &egui::Context, cmds: &mut Vec<Command>) {
        let mut open = true;
        egui::Window::new("Timeline events").open(&mut open).default_width(460.0).show(ctx, |ui| {
            ui.label("Events are drawn as vertical lines on the timeline and in exported charts. Saved to events.tsv beside the corpus.");
            let mut remove = None;
            egui::Grid::new("events-grid").num_columns(3).show(ui, |ui| {
                for (i, (date, label)) in self.event_rows.iter_mut().enumerate() {
                    ui.add(egui::TextEdit::singleline(date).hint_text("YYYY-MM-DD").desired_width(100.0));
                    ui.add(egui::TextEdit::singleline(label).hint_text("what happened").desired_width(260.0));
                    if ui.button("Remove").clicked() {
                        remove = Some(i);
                    }
                    ui.end_row();
                }
            });
            if let Some(i) = remove {
                self.event_rows.remove(i);
            }
            ui.horizontal(|ui| {
                if ui.button("Add event").clicked() {
                    self.event_rows.push((String::new(), String::new()));
                }
                if ui.button("Save events").clicked() {
                    let parsed: Vec<Event> = self
                        .event_rows
                        .iter()
                        .filter_map(|(d, l)| Some(Event { date: chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok()?, label: l.trim().to_string() }))
                        .filter(|e| !e.label.is_empty())
                        .collect();
                    let dropped = self.event_rows.len() - parsed.len();
                    if dropped > 0 {
                        self.message = Some(format!("{dropped} event rows need a date (YYYY-MM-DD) and a label; fix them before saving."));
                    } else {
                        cmds.push(Command::SetEvents(parsed));
                    }
                }
            });
        });
        if !open {
            self.show_events = false;
        }
    }

    pub(super) fn problems_window(&mut self, ctx: &egui::Context, cmds: &mut Vec<Command>) {
        let mut open = true;
        egui::Window::new("Problems").open(&mut open).default_width(520.0).show(ctx, |ui| {
            ui.label("Files that could not be read, or were read with a caveat:");
            egui::ScrollArea::vertical().max_height(300.0).show(ui, |ui| {
                for p in &self.corpus.problems {
                    let what = if p.skipped() { "skipped" } else { "read, but" };
                    ui.label(format!("{} - {what}: {}", p.path, p.error));
                }
                for u in &self.corpus.unanchored {
                    ui.label(format!("Correction no longer found in the text (kept in the file): {u}"));
                }
            });
        });
        if !open {
            cmds.push(Command::ToggleProblems);
        }
    }
}
