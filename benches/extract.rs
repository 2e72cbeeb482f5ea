//! End-to-end extraction throughput on a generated corpus of about 50 MB: read files from disk,
//! decode, segment, extract. Measured on one core (a one-thread rayon pool) and on all cores.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use claimline::Corpus;

// As in the claimline binary (see Cargo.toml).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const DOCS: usize = 17_000;

fn corpus_dir() -> (tempfile::TempDir, u64) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let mut bytes = 0;
    for (name, text) in claimline::synth::generate(DOCS, 42) {
        bytes += text.len() as u64;
        std::fs::write(dir.path().join(name), text).unwrap_or_else(|e| panic!("write: {e}"));
    }
    (dir, bytes)
}

fn extraction(c: &mut Criterion) {
    let (dir, bytes) = corpus_dir();
    eprintln!("generated corpus: {DOCS} documents, {:.1} MB", bytes as f64 / 1e6);
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes));
    let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap_or_else(|e| panic!("pool: {e}"));
    group.bench_function("one core: read + segment + extract", |b| {
        b.iter(|| one.install(|| Corpus::open(dir.path(), &|_, _| {}).map(|c| c.claims.len()).unwrap_or(0)))
    });
    // The same without the file system: what the extractor itself costs.
    let files = claimline::synth::generate(DOCS, 42);
    let extractor = claimline::extract::Extractor::default();
    group.bench_function("one core, from memory: decode + segment + extract", |b| {
        b.iter(|| {
            one.install(|| Corpus::build(claimline::load::load_memory("generated", &files), &extractor).claims.len())
        })
    });
    group.bench_function("all cores: read + segment + extract", |b| {
        b.iter(|| Corpus::open(dir.path(), &|_, _| {}).map(|c| c.claims.len()).unwrap_or(0))
    });
    group.finish();
}

criterion_group!(benches, extraction);
criterion_main!(benches);
