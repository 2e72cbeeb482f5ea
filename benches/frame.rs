//! One UI frame's CPU time (layout and tessellation) with 100,000 claims loaded, the window at
#![allow(unused)]
//! 1280x800. The window's code is included from `src/app` (it lives in the binary, not the library).

#![allow(dead_code)]

#[path = "../src/app/mod.rs"]
mod app;

use claimline::Corpus;
use criterion::{Criterion, criterion_group, criterion_main};

fn frame(c: &mut Criterion) {
    // Each generated article holds about six claims.
    let files = claimline::synth::generate(16_500, 3);
    let corpus =
        Corpus::build(claimline::load::load_memory("generated", &files), &claimline::extract::Extractor::default());
    eprintln!("claims loaded: {}", corpus.claims.len());
    let mut settings = app::Settings::default();
    settings.chart.filter.sides.clear();
    let mut app = app::ExplorerApp::new(corpus, settings, Box::new(app::FixedDialogs::default()));
    let ctx = egui::Context::default();
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0))),
        ..Default::default()
    };
    // Warm up: fonts, caches, first layout.
    for _ in 0..3 {
        let _ = ctx.run_ui(input(), |ui| app.ui_body(ui));
    }
    c.bench_function("frame with 100k claims: layout + tessellation", |b| {
        b.iter(|| {
            let out = ctx.run_ui(input(), |ui| app.ui_body(ui));
            ctx.tessellate(out.shapes, out.pixels_per_point).len()
        })
    });
    // A frame with the pointer over the plot (hit-testing every point).
    let hover = || {
        let mut i = input();
        i.events.push(egui::Event::PointerMoved(egui::pos2(600.0, 300.0)));
        i
    };
    c.bench_function("frame with 100k claims, pointer on the plot", |b| {
        b.iter(|| {
            let out = ctx.run_ui(hover(), |ui| app.ui_body(ui));
            ctx.tessellate(out.shapes, out.pixels_per_point).len()
        })
    });
}

criterion_group!(benches, frame);
criterion_main!(benches);
