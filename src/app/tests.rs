//! UI tests: the real app driven through egui_kittest by accessibility label, no GPU needed.

use claimline::chart::time::day_number;
use claimline::{ClaimId, Corpus};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use super::{Command, ExplorerApp, FixedDialogs, Origin, Settings};

fn app_with(corpus: Corpus) -> ExplorerApp {
    ExplorerApp::new(corpus, Settings::default(), Box::new(FixedDialogs::default()))
}

fn harness(app: ExplorerApp) -> Harness<'static, ExplorerApp> {
    let mut h =
        Harness::builder().with_size([1280.0, 800.0]).build_ui_state(|ui, app: &mut ExplorerApp| app.ui_body(ui), app);
    h.run_steps(3);
    h
}

fn claimant(app: &ExplorerApp, id: ClaimId) -> String {
    claimline::chart::claimant_name(app.corpus.claim(id)).to_string()
}

#[test]
fn selecting_zelenskys_10000_in_the_table_highlights_its_sentence() {
    let mut h = harness(app_with(Corpus::embedded()));
    // The table is sorted by date: Zelensky's two 10,000 figures of 17 October come first.
    h.get_all_by_label("10,000").next().map(|n| n.click()).unwrap_or_else(|| panic!("no 10,000 row"));
    h.run_steps(3);
    let app = h.state();
    let id = app.selected.unwrap_or_else(|| panic!("nothing selected"));
    assert_eq!(claimant(app, id), "Ukraine (Zelensky)");
    let c = app.corpus.claim(id);
    let sentence = claimline::export::data::normalise(&app.corpus.document(c.doc).text[c.sentence_span]);
    assert_eq!(app.reader_highlight(), Some(c.sentence_span));
    assert!(h.query_by_label_contains(&format!("Selected: {sentence}")).is_some(), "reader does not show {sentence:?}");
}

#[test]
fn clicking_a_point_on_the_plot_selects_its_table_row() {
    let mut h = harness(app_with(Corpus::embedded()));
    let (target, pos) = {
        let app = h.state();
        let t = app.plot_transform.unwrap_or_else(|| panic!("plot not drawn"));
        // The NIS's 1,500 of 18 October in the Reuters article.
        let id = app
            .rows
            .iter()
            .copied()
            .find(|&id| claimant(app, id) == "South Korea NIS" && app.corpus.claim(id).value == 1500.0)
            .unwrap_or_else(|| panic!("no NIS 1,500"));
        let c = app.corpus.claim(id);
        let x = day_number(c.claim_date.unwrap_or_default());
        (id, t.position_from_point(&egui_plot::PlotPoint::new(x, c.value.log10())))
    };
    h.event(egui::Event::PointerMoved(pos));
    h.run_steps(1);
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Default::default(),
        });
    }
    h.run_steps(2);
    let selected = h.state().selected.unwrap_or_else(|| panic!("click selected nothing"));
    // Several claims can share the point (the same figure in several articles): any of them is right.
    let (a, b) = (h.state().corpus.claim(selected), h.state().corpus.claim(target));
    assert_eq!(
        (a.value, a.claim_date, claimant(h.state(), selected)),
        (b.value, b.claim_date, claimant(h.state(), target))
    );
    // The table row of the selected claim shows as selected.
    let selected_rows = h
        .get_all_by_label("1,500")
        .filter(|n| {
            n.accesskit_node().is_selected() == Some(true)
                || n.accesskit_node().toggled().is_some_and(|t| t == egui::accesskit::Toggled::True)
        })
        .count();
    assert_eq!(selected_rows, 1);
}

#[test]
fn a_filter_changes_the_count() {
    let mut h = harness(app_with(Corpus::embedded()));
    let before = h.state().count_label();
    h.get_by_label("What is counted").click();
    h.run_steps(2);
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "planned").click();
    h.run_steps(2);
    let after = h.state().count_label();
    assert_ne!(before, after);
    assert!(h.query_by_label(&after).is_some());
    assert!(h.state().rows.iter().all(|&id| h.state().corpus.claim(id).kind == claimline::Kind::Planned));
}

#[test]
fn arrows_step_through_the_claims_in_time_and_escape_clears() {
    let mut h = harness(app_with(Corpus::embedded()));
    h.key_press(egui::Key::ArrowRight);
    h.run_steps(2);
    let first = h.state().selected.map(|id| h.state().corpus.claim(id).claim_date);
    h.key_press(egui::Key::ArrowRight);
    h.run_steps(2);
    let second = h.state().selected.map(|id| h.state().corpus.claim(id).claim_date);
    assert!(first.is_some() && first <= second);
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert_eq!(h.state().selected, None);
}

#[test]
fn the_problems_panel_lists_a_bad_file() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    std::fs::write(dir.path().join("good.txt"), "North Korea has sent 3,000 troops to Russia, officials said.")
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.path().join("binary.txt"), b"\x00\x01\x02\x03PNG").unwrap_or_else(|e| panic!("{e}"));
    let corpus = Corpus::open(dir.path(), &|_, _| {}).unwrap_or_else(|e| panic!("open: {e}"));
    let mut h = harness(app_with(Corpus::embedded()));
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::Loaded(Ok(corpus)));
    h.run_steps(3);
    assert!(h.query_by_label_contains("binary.txt - skipped: binary file").is_some());
    assert_eq!(h.state().rows.len(), 1);
    let first = h.state().rows.first().copied();
    h.state_mut().apply(&ctx, Command::Select(first, Origin::Table));
    h.run_steps(2);
    assert!(h.query_by_label_contains("Selected: North Korea has sent 3,000 troops").is_some());
}

fn export_through_the_menu(item: &str, dir: &std::path::Path) -> (Harness<'static, ExplorerApp>, std::path::PathBuf) {
    let dialogs = FixedDialogs { folder: None, save_dir: Some(dir.to_path_buf()) };
    let app = ExplorerApp::new(Corpus::embedded(), Settings::default(), Box::new(dialogs));
    let mut h = harness(app);
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label(item).click();
    h.run_steps(2);
    for _ in 0..200 {
        if !h.state().exporting() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.run_steps(1);
    }
    let msg = h.state().message.clone().unwrap_or_default();
    assert!(msg.starts_with("Saved "), "export said {msg:?}");
    let path = std::path::PathBuf::from(msg.trim_start_matches("Saved "));
    (h, path)
}

#[test]
fn save_chart_as_svg_from_the_menu() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let (h, path) = export_through_the_menu("Save chart as SVG...", dir.path());
    let svg = std::fs::read_to_string(&path).unwrap_or_default();
    let doc = roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("not XML: {e}"));
    let marks = doc.descendants().filter(|n| n.attribute("class") == Some("claim")).count();
    let points: usize = h.state().chart.series.iter().map(|s| s.points.len()).sum();
    assert_eq!(marks, points);
}

#[test]
fn export_claims_as_csv_from_the_menu_has_the_filtered_rows() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let (h, path) = export_through_the_menu("Export claims as CSV...", dir.path());
    let mut reader = csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("csv: {e}"));
    assert_eq!(reader.records().count(), h.state().rows.len());
}

#[test]
fn copy_citation_of_the_selected_claim() {
    let mut h = harness(app_with(Corpus::embedded()));
    h.get_all_by_label("10,000").next().map(|n| n.click()).unwrap_or_else(|| panic!("no 10,000 row"));
    h.run_steps(2);
    h.get_by_label("Copy citation").click();
    h.run_steps(2);
    let cite = h.state().last_citation.clone().unwrap_or_default();
    assert!(cite.starts_with("Ukraine (Zelensky), 10,000 planned, said 17 Oct 2024"), "{cite}");
}

/// Open a folder through the loader (as File > Open does) and wait for it.
fn open_folder(h: &mut Harness<'static, ExplorerApp>, dir: &std::path::Path) {
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::Open(dir.to_path_buf()));
    for _ in 0..500 {
        h.run_steps(1);
        if h.state().corpus.root.as_deref() == Some(dir) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("{} did not load", dir.display());
}

fn seed_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    for (name, text) in claimline::load::EMBEDDED {
        std::fs::write(dir.path().join(name), text).unwrap_or_else(|e| panic!("{e}"));
    }
    dir
}

#[test]
fn a_rejected_claim_leaves_plot_and_table_and_stays_rejected_after_reopening() {
    let dir = seed_folder();
    let mut h = harness(app_with(Corpus::embedded()));
    open_folder(&mut h, dir.path());
    let (rows, points) = (h.state().rows.len(), h.state().chart.shown);
    h.get_all_by_label("10,000").next().map(|n| n.click()).unwrap_or_else(|| panic!("no 10,000 row"));
    h.run_steps(2);
    let sentence = {
        let app = h.state();
        let c = app.corpus.claim(app.selected.unwrap_or_else(|| panic!("nothing selected")));
        app.corpus.document(c.doc).text[c.sentence_span].to_string()
    };
    h.get_by_label("Reject").click();
    h.run_steps(2);
    assert_eq!(h.state().rows.len(), rows - 1);
    assert_eq!(h.state().chart.shown, points - 1);
    assert!(dir.path().join("corrections.claimline.json").exists());
    drop(h);

    // A new window on the same folder.
    let mut h = harness(app_with(Corpus::embedded()));
    open_folder(&mut h, dir.path());
    let app = h.state();
    assert_eq!(app.rows.len(), rows - 1);
    let still_there = app.rows.iter().any(|&id| {
        let c = app.corpus.claim(id);
        c.value == 10_000.0 && app.corpus.document(c.doc).text[c.sentence_span] == sentence
    });
    assert!(!still_there);
    // Undo brings it back.
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::Undo);
    assert_eq!(h.state().rows.len(), rows - 1, "nothing to undo in a new session");
}

#[test]
fn undo_and_redo_a_rejection() {
    let mut h = harness(app_with(Corpus::embedded()));
    let rows = h.state().rows.len();
    h.get_all_by_label("10,000").next().map(|n| n.click()).unwrap_or_else(|| panic!("no 10,000 row"));
    h.run_steps(2);
    h.get_by_label("Reject").click();
    h.run_steps(2);
    assert_eq!(h.state().rows.len(), rows - 1);
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::Undo);
    assert_eq!(h.state().rows.len(), rows);
    h.state_mut().apply(&ctx, Command::Redo);
    assert_eq!(h.state().rows.len(), rows - 1);
}

#[test]
fn a_claim_added_from_the_reader_appears_in_the_export() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let dialogs = FixedDialogs { folder: None, save_dir: Some(dir.path().to_path_buf()) };
    let mut h = harness(ExplorerApp::new(Corpus::embedded(), Settings::default(), Box::new(dialogs)));
    // A sentence with a number the machine (rightly) did not take: pick it as the reader's click does.
    let (doc, span) = {
        let corpus = &h.state().corpus;
        let d = corpus
            .documents
            .iter()
            .find(|d| d.text.contains("13,000 containers"))
            .unwrap_or_else(|| panic!("no such sentence"));
        let s = claimline::segment::sentences(&d.text, &d.blocks)
            .into_iter()
            .find(|s| d.text[s.span].contains("13,000 containers"))
            .map(|s| s.span);
        (d.id, s.unwrap_or_default())
    };
    let ctx = h.ctx.clone();
    h.state_mut().apply(&ctx, Command::PickSentence(Some((doc, span))));
    h.run_steps(2);
    h.get_by_label("Add 13,000 as a claim").click();
    h.run_steps(2);
    assert!(h.state().rows.iter().any(|&id| h.state().corpus.claim(id).curation == claimline::Curation::Added));
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Export claims as CSV...").click();
    for _ in 0..200 {
        h.run_steps(1);
        if !h.state().exporting() && h.state().message.as_deref().is_some_and(|m| m.starts_with("Saved")) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let csv = std::fs::read_to_string(dir.path().join("claimline-claims.csv")).unwrap_or_default();
    assert!(csv.lines().any(|l| l.contains("13,000") && l.contains(",added,")), "{csv}");
}

#[test]
fn presentation_mode_steps_through_the_earliest_claims_in_order() {
    let mut h = harness(app_with(Corpus::embedded()));
    h.key_press(egui::Key::F5);
    h.run_steps(2);
    assert!(h.state().presenting);
    let mut seen = Vec::new();
    for _ in 0..3 {
        h.key_press(egui::Key::ArrowRight);
        h.run_steps(2);
        seen.push(h.state().selected.unwrap_or_else(|| panic!("nothing selected")));
    }
    let earliest: Vec<ClaimId> = h.state().chart.points_in_time_order().iter().take(3).map(|p| p.claim).collect();
    assert_eq!(seen, earliest);
    // The slide names the claim's claimant in large type.
    let who = claimant(h.state(), seen[2]);
    assert!(h.query_by_label_contains(&who).is_some());
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert!(!h.state().presenting);
}

#[test]
fn events_from_the_corpus_folder_are_on_the_timeline_and_editable() {
    let dir = seed_folder();
    std::fs::write(dir.path().join("events.tsv"), "2024-10-20\tA test event\n").unwrap_or_else(|e| panic!("{e}"));
    let mut h = harness(app_with(Corpus::embedded()));
    open_folder(&mut h, dir.path());
    assert_eq!(h.state().events.len(), 1);
    h.run_steps(2);
    assert!(h.query_by_label_contains("A test event").is_some());
    let ctx = h.ctx.clone();
    let mut events = h.state().events.clone();
    events.push(claimline::events::Event {
        date: chrono::NaiveDate::from_ymd_opt(2024, 10, 19).unwrap_or_default(),
        label: "Another".into(),
    });
    h.state_mut().apply(&ctx, Command::SetEvents(events));
    let saved = std::fs::read_to_string(dir.path().join("events.tsv")).unwrap_or_default();
    assert!(saved.contains("2024-10-19\tAnother") && saved.contains("A test event"));
}

#[test]
fn export_claims_as_json_from_the_menu_has_the_shape_of_extract() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let (_h, path) = export_through_the_menu("Export claims as JSON...", dir.path());
    let window: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_default()).unwrap_or_default();
    let extract: serde_json::Value =
        serde_json::from_str(&claimline::export::data::to_json(&Corpus::embedded(), &|_| true)).unwrap_or_default();
    let keys = |v: &serde_json::Value| v.as_object().map(|o| o.keys().cloned().collect::<Vec<_>>()).unwrap_or_default();
    assert_eq!(keys(&window), keys(&extract));
    assert_eq!(keys(&window["documents"][0]), keys(&extract["documents"][0]));
    assert_eq!(keys(&window["documents"][0]["claims"][0]), keys(&extract["documents"][0]["claims"][0]));
}
