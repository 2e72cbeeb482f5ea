//! Exporting the chart of a 20,000-document corpus to SVG and PNG (target: under 2 s each).

use claimline::Corpus;
use claimline::chart::draw::{self, ChartOptions};
use claimline::chart::{Chart, ChartSettings};
use criterion::{Criterion, criterion_group, criterion_main};

fn export(c: &mut Criterion) {
    let files = claimline::synth::generate(20_000, 5);
    let corpus =
        Corpus::build(claimline::load::load_memory("generated", &files), &claimline::extract::Extractor::default());
    let chart = Chart::build(&corpus, &ChartSettings::default());
    eprintln!("{} claims, {} on the chart", corpus.claims.len(), chart.shown - chart.undated.len());
    let options = ChartOptions::default();
    let mut group = c.benchmark_group("chart of 20,000 documents");
    group.sample_size(10);
    group.bench_function("svg", |b| b.iter(|| draw::svg(&chart, &corpus, &options).len()));
    group.bench_function("png 1x", |b| b.iter(|| draw::png(&chart, &corpus, &options).map(|p| p.len()).unwrap_or(0)));
    let print = ChartOptions { scale: 4.0, ..options.clone() };
    group.bench_function("png 4x", |b| b.iter(|| draw::png(&chart, &corpus, &print).map(|p| p.len()).unwrap_or(0)));
    group.finish();
}

criterion_group!(benches, export);
criterion_main!(benches);
