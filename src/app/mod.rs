//! The explorer window: a timeline of reported figures, a claims table and a reader, sharing one
//! selection. Panels return [`Command`]s; [`ExplorerApp::apply`] is the only code that changes state.

mod dialogs;
mod export;
mod filters;
mod loader;
mod panels;
mod plot;
mod present;
mod reader;
mod review;
mod settings;
mod style;
mod table;
#[cfg(test)]
mod tests;
mod worker;

use std::path::PathBuf;
use std::sync::Arc;

use claimline::chart::{Chart, ChartSettings};
use claimline::events::Event;
use claimline::{ClaimId, Corpus};
use egui::{Key, Ui};

#[cfg(test)]
pub use dialogs::FixedDialogs;
pub use dialogs::{Dialogs, NativeDialogs};
pub use export::ExportKind;
use export::{ExportJob, Exporter};
use filters::Choices;
use loader::Loader;
use plot::PlotData;
use reader::ReaderCache;
pub use settings::Settings;
use settings::{SortKey, Theme};

/// Where a selection came from: the view it came from does not need to scroll to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    Plot,
    Table,
    Reader,
    Keyboard,
}

/// Everything that changes the app's state.
pub enum Command {
    Select(Option<ClaimId>, Origin),
    /// Previous (-1) or next (+1) claim in time.
    StepTime(i32),
    /// Previous or next row of the table.
    StepRow(i32),
    Open(PathBuf),
    OpenDialog {
        folder: bool,
    },
    OpenEmbedded,
    Loaded(Result<Corpus, String>),
    SetChart(ChartSettings),
    Sort(SortKey),
    ToggleProblems,
    SetTheme(Theme),
    Zoom(f32),
    /// Ask where, then export the chart or the filtered claims there.
    Export(ExportKind),
    /// Export to a given path (what `Export` does after the dialog).
    ExportTo(ExportKind, PathBuf),
    ExportDone(Result<String, String>),
    /// Put the selected claim's citation on the clipboard.
    CopyCitation,
    /// Change the corrections (saved at once, undoable).
    Curate(review::Curate),
    Undo,
    Redo,
    /// A sentence with no claim was clicked in the reader.
    PickSentence(Option<(claimline::DocId, claimline::ByteSpan)>),
    /// Enter (true) or leave classroom mode.
    Present(bool),
    /// Replace the timeline's events (saved to events.tsv).
    SetEvents(Vec<Event>),
}

/// The window's state.
pub struct ExplorerApp {
    pub corpus: Arc<Corpus>,
    pub settings: Settings,
    dialogs: Box<dyn Dialogs>,
    // Derived from the corpus and settings by `refresh`.
    chart: Chart,
    plot: PlotData,
    /// Table rows: claims passing the filters, sorted.
    pub rows: Vec<ClaimId>,
    /// Claims passing the filters in time order (dated first), for left/right.
    time_order: Vec<ClaimId>,
    choices: Choices,
    // Runtime state.
    pub selected: Option<ClaimId>,
    hovered: Option<ClaimId>,
    scroll_table: bool,
    scroll_reader: bool,
    loader: Option<Loader>,
    pub show_problems: bool,
    pub message: Option<String>,
    reader: ReaderCache,
    /// The plot's last transform (for thinning dense plots, and for tests that click a point).
    pub plot_transform: Option<egui_plot::PlotTransform>,
    thinned: plot::Thinned,
    exporter: Option<Exporter>,
    /// The last citation copied (also put on the clipboard).
    pub last_citation: Option<String>,
    /// Where the corrections of this corpus are saved (None: not saved, as in tests by default).
    pub sidecar: Option<PathBuf>,
    undo: Vec<claimline::curation::Corrections>,
    redo: Vec<claimline::curation::Corrections>,
    edit_form: review::EditForm,
    /// A sentence picked in the reader to add a missed claim from.
    picked_sentence: Option<(claimline::DocId, claimline::ByteSpan)>,
    /// Classroom mode.
    pub presenting: bool,
    /// Events drawn on the timeline, and the folder whose events.tsv they come from.
    pub events: Vec<Event>,
    events_dir: Option<PathBuf>,
    show_events: bool,
    /// The events editor's rows while editing (date text, label).
    event_rows: Vec<(String, String)>,
}

impl ExplorerApp {
    /// An app showing `corpus`, with saved `settings`.
    pub fn new(corpus: Corpus, settings: Settings, dialogs: Box<dyn Dialogs>) -> Self {
        let mut app = Self {
            corpus: Arc::new(corpus),
            settings,
            dialogs,
            chart: Chart::default(),
            plot: PlotData::default(),
            rows: Vec::new(),
            time_order: Vec::new(),
            choices: Choices::default(),
            selected: None,
            hovered: None,
            scroll_table: false,
            scroll_reader: false,
            loader: None,
            show_problems: false,
            message: None,
            reader: ReaderCache::default(),
            plot_transform: None,
            thinned: plot::Thinned::default(),
            exporter: None,
            last_citation: None,
            sidecar: None,
            undo: Vec::new(),
            redo: Vec::new(),
            edit_form: review::EditForm::default(),
            picked_sentence: None,
            presenting: false,
            events: Vec::new(),
            events_dir: None,
            show_events: false,
            event_rows: Vec::new(),
        };
        app.choices = Choices::of(&app.corpus);
        app.refresh();
        app
    }

    /// Rebuild what is derived from the corpus and the settings.
    fn refresh(&mut self) {
        let s = &self.settings.chart;
        self.chart = Chart::build(&self.corpus, s);
        self.plot = PlotData::new(&self.chart, s.log_y, s.step_lines);
        self.thinned = plot::Thinned::default();
        let mut rows = s.filter.apply(&self.corpus, s.x_axis);
        table::sort(&self.corpus, &mut rows, self.settings.sort, self.settings.sort_descending);
        self.rows = rows;
        let mut time: Vec<ClaimId> = self.chart.points_in_time_order().into_iter().map(|p| p.claim).collect();
        time.extend(&self.chart.undated);
        self.time_order = time;
        if self.selected.is_some_and(|s| !self.rows.contains(&s)) {
            self.selected = None;
        }
    }

    /// "N of M claims".
    pub fn count_label(&self) -> String {
        let rejected = match self.corpus.rejected {
            0 => String::new(),
            n => format!(" ({n} rejected)"),
        };
        format!("{} of {} claims{rejected}", self.chart.shown, self.chart.total)
    }

    /// The sentence the reader highlights as selected.
    #[cfg(test)]
    pub fn reader_highlight(&self) -> Option<claimline::ByteSpan> {
        self.reader.highlighted
    }

    /// Apply one command: the only place state changes.
    pub fn apply(&mut self, ctx: &egui::Context, cmd: Command) {
        match cmd {
            Command::Select(id, origin) => {
                self.selected = id;
                self.scroll_table = origin != Origin::Table;
                self.scroll_reader = origin != Origin::Reader;
            }
            Command::StepTime(d) => self.step(&self.time_order.clone(), d),
            Command::StepRow(d) => self.step(&self.rows.clone(), d),
            Command::Open(path) => {
                let c = ctx.clone();
                self.loader = Some(Loader::start(path, move || c.request_repaint()));
            }
            Command::OpenDialog { folder } => {
                let picked = if folder { self.dialogs.pick_folder() } else { self.dialogs.pick_file() };
                if let Some(p) = picked {
                    self.apply(ctx, Command::Open(p));
                }
            }
            Command::OpenEmbedded => {
                self.set_corpus(Corpus::embedded(), None);
                self.attach_sidecar(claimline::curation::sidecar_path(None, None));
            }
            Command::Loaded(Ok(corpus)) => {
                let path = self.loader.take().map(|l| l.path).or_else(|| corpus.root.clone());
                if corpus.is_empty() {
                    self.message = Some(format!(
                        "Nothing could be read from {}: see Problems.",
                        path.as_ref().map_or(String::new(), |p| p.display().to_string())
                    ));
                }
                let problems = !corpus.problems.is_empty();
                let sidecar = claimline::curation::sidecar_path(corpus.root.as_deref(), path.as_deref());
                self.set_corpus(corpus, path);
                self.attach_sidecar(sidecar);
                self.show_problems |= problems;
            }
            Command::Loaded(Err(e)) => {
                self.loader = None;
                self.message = Some(format!("Could not open: {e}"));
            }
            Command::SetChart(s) => {
                self.settings.chart = s;
                self.refresh();
            }
            Command::Sort(key) => {
                if self.settings.sort == key {
                    self.settings.sort_descending = !self.settings.sort_descending;
                } else {
                    self.settings.sort = key;
                    self.settings.sort_descending = false;
                }
                self.refresh();
            }
            Command::ToggleProblems => self.show_problems = !self.show_problems,
            Command::SetTheme(t) => self.settings.theme = t,
            Command::Zoom(z) => self.settings.zoom = z.clamp(0.6, 3.0),
            Command::Export(kind) => {
                if let Some(path) = self.dialogs.save_file(&kind.suggested_name(), kind.extension()) {
                    self.apply(ctx, Command::ExportTo(kind, path));
                }
            }
            Command::ExportTo(kind, path) => {
                let job = self.export_job(kind, path, ctx.pixels_per_point());
                let c = ctx.clone();
                self.exporter = Some(Exporter::start(job, move || c.request_repaint()));
            }
            Command::ExportDone(result) => {
                self.exporter = None;
                self.message = Some(match result {
                    Ok(m) => m,
                    Err(e) => format!("Export failed: {e}"),
                });
            }
            Command::Curate(op) => {
                let Some(corpus) = Arc::get_mut(&mut self.corpus) else {
                    self.message = Some("Wait for the export to finish before correcting.".into());
                    return;
                };
                let before = corpus.corrections.clone();
                let after = review::apply(corpus, before.clone(), &op);
                if let review::Curate::Add(_) = op {
                    self.picked_sentence = None;
                }
                self.undo.push(before);
                self.redo.clear();
                self.set_corrections(after);
            }
            Command::Undo => {
                if let Some(prev) = self.undo.pop() {
                    self.redo.push(self.corpus.corrections.clone());
                    self.set_corrections(prev);
                }
            }
            Command::Redo => {
                if let Some(next) = self.redo.pop() {
                    self.undo.push(self.corpus.corrections.clone());
                    self.set_corrections(next);
                }
            }
            Command::PickSentence(s) => self.picked_sentence = s,
            Command::Present(on) => {
                self.presenting = on;
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(on));
                if on {
                    // The story starts from the beginning: the first right arrow shows the earliest claim.
                    self.selected = None;
                }
            }
            Command::SetEvents(mut events) => {
                events.sort();
                self.events = events;
                let dir = self.events_dir.clone().unwrap_or_else(claimline::curation::data_dir);
                match claimline::events::save(&dir, &self.events) {
                    Ok(()) => {
                        self.message =
                            Some(format!("Events saved to {}", dir.join(claimline::events::FILE_NAME).display()))
                    }
                    Err(e) => self.message = Some(format!("Events NOT saved: {e}")),
                }
            }
            Command::CopyCitation => {
                if let Some(id) = self.selected {
                    let cite = claimline::export::data::citation(&self.corpus, self.corpus.claim(id));
                    ctx.copy_text(cite.clone());
                    self.message = Some("Citation copied".into());
                    self.last_citation = Some(cite);
                }
            }
        }
    }

    /// Apply corrections, keep the selection on the same claim (by its anchor), save the sidecar.
    fn set_corrections(&mut self, c: claimline::curation::Corrections) {
        let Some(corpus) = Arc::get_mut(&mut self.corpus) else {
            self.message = Some("Wait for the export to finish before correcting.".into());
            return;
        };
        let anchor = self.selected.map(|id| corpus.anchor(id));
        corpus.set_corrections(c);
        // Find the same claim again among its document's claims (ids shift when claims come and go).
        self.selected = anchor.and_then(|a| {
            let doc = corpus.documents.iter().find(|d| d.path == a.doc)?.id;
            let ids: Vec<claimline::ClaimId> = corpus.claims_of(doc).map(|c| c.id).collect();
            ids.into_iter().find(|&id| corpus.anchor(id) == a)
        });
        self.edit_form = review::EditForm::default();
        self.reader = ReaderCache::default();
        self.choices = Choices::of(&self.corpus);
        self.refresh();
        self.save_corrections();
    }

    fn save_corrections(&mut self) {
        if let Some(path) = &self.sidecar {
            match self.corpus.corrections.save(path) {
                Ok(()) => self.message = Some(format!("Corrections saved to {}", path.display())),
                Err(e) => self.message = Some(format!("Corrections NOT saved: {e}")),
            }
        }
    }

    /// Use `path` for this corpus's corrections: load them now, save there from now on.
    pub fn attach_sidecar(&mut self, path: PathBuf) {
        match claimline::curation::Corrections::load(&path) {
            Ok(c) => {
                if !c.is_empty()
                    && let Some(corpus) = Arc::get_mut(&mut self.corpus)
                {
                    corpus.set_corrections(c);
                    self.choices = Choices::of(&self.corpus);
                    self.refresh();
                }
            }
            Err(e) => self.message = Some(e.to_string()),
        }
        if !self.corpus.unanchored.is_empty() {
            self.show_problems = true;
        }
        self.sidecar = Some(path);
        self.undo.clear();
        self.redo.clear();
    }

    /// The export of what is shown now: the plot's current zoom and size, filters and grouping.
    fn export_job(&self, kind: ExportKind, path: PathBuf, pixels_per_point: f32) -> ExportJob {
        let mut options =
            claimline::chart::draw::ChartOptions { log_y: self.settings.chart.log_y, ..Default::default() };
        if let Some(t) = &self.plot_transform {
            let b = t.bounds();
            options.x_range = Some((b.min()[0], b.max()[0]));
            options.y_range = Some((b.min()[1], b.max()[1]));
            // The plot's size plus room for the title, legend and footnote.
            options.width = (t.frame().width() as u32 + 90).max(500);
            options.height = (t.frame().height() as u32 + 200).max(400);
        }
        options.scale = if self.settings.png_scale > 0.0 { self.settings.png_scale } else { pixels_per_point };
        ExportJob {
            kind,
            path,
            corpus: self.corpus.clone(),
            chart: self.chart.clone(),
            settings: self.settings.chart.clone(),
            options,
        }
    }

    /// Is an export running? (UI tests wait on it.)
    #[cfg(test)]
    pub fn exporting(&self) -> bool {
        self.exporter.is_some()
    }

    /// Read the events of a corpus: its folder's events.tsv; for the embedded articles the user's
    /// own file, else the examples shipped with claimline.
    pub fn load_events(&mut self, dir: Option<PathBuf>) {
        let (dir, fallback) = match dir {
            Some(d) => (d, None),
            None => (claimline::curation::data_dir(), Some(include_str!("../../assets/events.tsv"))),
        };
        let (events, errors) = if dir.join(claimline::events::FILE_NAME).exists() || fallback.is_none() {
            claimline::events::load(&dir)
        } else {
            claimline::events::parse(fallback.unwrap_or_default())
        };
        if !errors.is_empty() {
            self.message = Some(errors.join("; "));
        }
        self.events = events;
        self.events_dir = Some(dir);
    }

    fn set_corpus(&mut self, corpus: Corpus, path: Option<PathBuf>) {
        let dir = path.as_ref().and(corpus.root.clone());
        self.load_events(dir);
        self.corpus = Arc::new(corpus);
        self.settings.last_corpus = path;
        self.selected = None;
        self.hovered = None;
        self.reader = ReaderCache::default();
        self.picked_sentence = None;
        self.edit_form = review::EditForm::default();
        self.choices = Choices::of(&self.corpus);
        // Claimant and outlet filters name values of the old corpus; keep only those still present.
        let f = &mut self.settings.chart.filter;
        f.claimants.retain(|c| self.choices.claimants.contains(c));
        f.outlets.retain(|o| self.choices.outlets.contains(o));
        self.refresh();
        // A corpus about other armies shows nothing under the default "North Korean troops" filter:
        // say so and show every side rather than an empty chart.
        if self.chart.shown == 0 && !self.corpus.claims.is_empty() && !self.settings.chart.filter.sides.is_empty() {
            self.settings.chart.filter.sides.clear();
            self.refresh();
            self.message = Some("No claims for the sides selected: showing every side.".into());
        }
    }

    fn step(&mut self, order: &[ClaimId], d: i32) {
        if order.is_empty() {
            return;
        }
        let next = match self.selected.and_then(|s| order.iter().position(|c| *c == s)) {
            Some(i) => (i as i64 + i64::from(d)).clamp(0, order.len() as i64 - 1) as usize,
            None if d >= 0 => 0,
            None => order.len() - 1,
        };
        self.selected = Some(order[next]);
        self.scroll_table = true;
        self.scroll_reader = true;
    }

    fn keyboard(&self, ctx: &egui::Context) -> Vec<Command> {
        let mut out = Vec::new();
        if ctx.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, Key::O)) {
            out.push(Command::OpenDialog { folder: true });
        }
        if ctx.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, Key::S)) {
            out.push(Command::Export(ExportKind::Png));
        }
        if ctx.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::C)) {
            out.push(Command::CopyCitation);
        }
        if ctx.input_mut(|i| {
            i.consume_key(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::Z)
                || i.consume_key(egui::Modifiers::COMMAND, Key::Y)
        }) {
            out.push(Command::Redo);
        }
        if ctx.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, Key::Z)) {
            out.push(Command::Undo);
        }
        if ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::F5)) {
            out.push(Command::Present(!self.presenting));
        }
        if ctx.egui_wants_keyboard_input() {
            return out;
        }
        if self.presenting && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Escape)) {
            out.push(Command::Present(false));
        }
        ctx.input(|i| {
            if i.key_pressed(Key::ArrowRight) {
                out.push(Command::StepTime(1));
            }
            if i.key_pressed(Key::ArrowLeft) {
                out.push(Command::StepTime(-1));
            }
            if i.key_pressed(Key::ArrowDown) {
                out.push(Command::StepRow(1));
            }
            if i.key_pressed(Key::ArrowUp) {
                out.push(Command::StepRow(-1));
            }
            if i.key_pressed(Key::Escape) {
                out.push(Command::Select(None, Origin::Keyboard));
            }
            if let Some(path) = i
                .raw
                .dropped_files
                .iter()
                .find_map(|f| Some(f.path().to_path_buf()).filter(|p| !p.as_os_str().is_empty()))
            {
                out.push(Command::Open(path));
            }
        });
        out
    }

    /// The whole window's contents (also what the UI tests drive).
    pub fn ui_body(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        ctx.set_theme(match self.settings.theme {
            Theme::Light => egui::Theme::Light,
            Theme::Dark => egui::Theme::Dark,
        });
        ctx.set_zoom_factor(self.settings.zoom);
        if self.presenting {
            ctx.set_visuals(present::high_contrast());
        }
        let mut cmds = self.keyboard(&ctx);
        if let Some(result) = self.loader.as_ref().and_then(Loader::poll) {
            cmds.push(Command::Loaded(result));
        }
        if let Some(result) = self.exporter.as_ref().and_then(Exporter::poll) {
            cmds.push(Command::ExportDone(result));
        }
        if self.presenting {
            self.presentation_ui(ui, &mut cmds);
            for c in cmds {
                self.apply(&ctx, c);
            }
            return;
        }
        egui::Panel::top("menu").show(ui, |ui| self.top_bar_ui(ui, &mut cmds));
        if self.show_events {
            self.events_window(&ctx, &mut cmds);
        }
        if self.settings.show_filters {
            egui::Panel::left("filters").resizable(true).default_size(230.0).show(ui, |ui| {
                ui.heading("Filters");
                egui::ScrollArea::vertical().show(ui, |ui| {
                    let mut s = self.settings.chart.clone();
                    filters::filters_ui(ui, &mut s, &self.choices);
                    if s != self.settings.chart {
                        cmds.push(Command::SetChart(s));
                    }
                });
            });
        }
        if self.settings.show_reader {
            egui::Panel::right("reader")
                .resizable(true)
                .default_size(440.0)
                .show(ui, |ui| self.reader_panel_ui(ui, &mut cmds));
        }
        egui::CentralPanel::default().show(ui, |ui| self.central_ui(ui, &mut cmds));
        if self.show_problems {
            self.problems_window(&ctx, &mut cmds);
        }
        for c in cmds {
            self.apply(&ctx, c);
        }
    }
}

impl eframe::App for ExplorerApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.ui_body(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}

/// Open the window: on `path`, else on the last corpus if it still exists, else on the seed articles.
pub fn run(path: Option<PathBuf>, select: Option<usize>, present: bool) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("claimline")
            .with_inner_size([1280.0, 800.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "claimline",
        options,
        Box::new(move |cc| {
            let settings: Settings = cc.storage.and_then(|s| eframe::get_value(s, eframe::APP_KEY)).unwrap_or_default();
            let open = path.clone().or_else(|| settings.last_corpus.clone().filter(|p| p.exists()));
            let mut app = ExplorerApp::new(Corpus::embedded(), settings, Box::new(NativeDialogs));
            if present {
                app.apply(&cc.egui_ctx, Command::Present(true));
            }
            match open {
                // A folder loads in the background; `--select` applies to the embedded articles only.
                Some(p) => app.apply(&cc.egui_ctx, Command::Open(p)),
                None => {
                    app.load_events(None);
                    app.attach_sidecar(claimline::curation::sidecar_path(None, None));
                    if let Some(n) = select.filter(|n| *n > 0) {
                        // From no selection, a step forward selects the earliest claim; step on from there.
                        app.apply(&cc.egui_ctx, Command::StepTime(1));
                        app.apply(&cc.egui_ctx, Command::StepTime(n as i32 - 1));
                    }
                }
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}
