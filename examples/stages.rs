//! Where extraction time goes, stage by stage, on one core: `cargo run --release --example stages`.
//! (The criterion benchmark measures the whole; this splits it to guide optimisation.)
//!
//! Modes for a profiler: `stages build` (load + extract), `stages load`, `stages disk` (from files in
//! a temporary folder). `STAGES_DOCS` sets the corpus size (17,000 articles), `STAGES_RUNS` the
//! repetitions.

use std::time::Instant;

// As in the claimline binary (see Cargo.toml).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let docs = std::env::var("STAGES_DOCS").ok().and_then(|v| v.parse().ok()).unwrap_or(17_000);
    let files = claimline::synth::generate(docs, 42);
    let bytes: usize = files.iter().map(|f| f.1.len()).sum();
    let mb = bytes as f64 / 1e6;
    let Ok(pool) = rayon::ThreadPoolBuilder::new().num_threads(1).build() else {
        eprintln!("cannot build a thread pool");
        return;
    };
    // `stages disk`: Corpus::open on a folder of the generated files, three times over.
    if std::env::args().nth(1).as_deref() == Some("disk") {
        let dir = std::env::temp_dir().join("claimline-stages");
        let _ = std::fs::remove_dir_all(&dir);
        if std::fs::create_dir_all(&dir).is_err() {
            eprintln!("cannot create {}", dir.display());
            return;
        }
        for (name, text) in &files {
            if std::fs::write(dir.join(name), text).is_err() {
                eprintln!("cannot write {name}");
                return;
            }
        }
        let t = Instant::now();
        let mut read = 0;
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for e in entries.flatten() {
                read += std::fs::read(e.path()).map_or(0, |b| b.len());
            }
        }
        let s = t.elapsed().as_secs_f64();
        println!("read only: {:.3}s {:.0} MB/s ({read} bytes)", s, mb / s);
        pool.install(|| {
            for _ in 0..runs(3) {
                let t = Instant::now();
                let n = claimline::Corpus::open(&dir, &|_, _| {}).map(|c| c.claims.len()).unwrap_or(0);
                let s = t.elapsed().as_secs_f64();
                println!("open: {:.3}s {:.0} MB/s ({n} claims)", s, mb / s);
            }
        });
        let _ = std::fs::remove_dir_all(&dir);
        return;
    }
    // `stages load`: only loading, five times over.
    if std::env::args().nth(1).as_deref() == Some("load") {
        pool.install(|| {
            for _ in 0..runs(5) {
                let t = Instant::now();
                let loaded = claimline::load::load_memory("g", &files);
                let s = t.elapsed().as_secs_f64();
                println!("load: {:.3}s {:.0} MB/s ({} documents)", s, mb / s, loaded.documents.len());
            }
        });
        return;
    }
    // `stages build`: only load + build, three times over (for a profiler).
    if std::env::args().nth(1).as_deref() == Some("build") {
        pool.install(|| {
            for _ in 0..runs(3) {
                let t = Instant::now();
                let before = cpu_times();
                let loaded = claimline::load::load_memory("g", &files);
                let corpus = claimline::Corpus::build(loaded, &claimline::extract::Extractor::default());
                let s = t.elapsed().as_secs_f64();
                let after = cpu_times();
                println!(
                    "load + build: {:.3}s {:.0} MB/s ({} claims; user {:.2}s, system {:.2}s)",
                    s,
                    mb / s,
                    corpus.claims.len(),
                    after.0 - before.0,
                    after.1 - before.1
                );
            }
        });
        return;
    }
    pool.install(|| {
        let t = Instant::now();
        let loaded = claimline::load::load_memory("g", &files);
        let load = t.elapsed().as_secs_f64();
        println!("load: {:.3}s {:.0} MB/s", load, mb / load);
        let t = Instant::now();
        let mut n = 0;
        for d in &loaded.documents {
            n += claimline::segment::sentences(&d.text, &d.blocks).len();
        }
        let seg = t.elapsed().as_secs_f64();
        println!("segment: {:.3}s {:.0} MB/s ({n} sentences)", seg, mb / seg);
        let t = Instant::now();
        let mut toks = 0;
        for d in &loaded.documents {
            for s in claimline::segment::sentences(&d.text, &d.blocks) {
                toks += claimline::tokens::tokenize(&d.text, s.span).len();
            }
        }
        let tk = t.elapsed().as_secs_f64();
        println!("segment+tokenize all: {:.3}s {:.0} MB/s ({toks} tokens)", tk, mb / tk);
        let trig = claimline::extract::triggers::Triggers::new();
        let t = Instant::now();
        let mut hits = 0;
        for d in &loaded.documents {
            hits += trig.scan(&d.text).len();
        }
        let sc = t.elapsed().as_secs_f64();
        println!("trigger scan: {:.3}s {:.0} MB/s ({hits} hits)", sc, mb / sc);
        let ex = claimline::extract::Extractor::default();
        let t = Instant::now();
        let mut c = 0;
        for d in &loaded.documents {
            c += ex.extract(d, 0).len();
        }
        let e = t.elapsed().as_secs_f64();
        println!("extract: {:.3}s {:.0} MB/s ({c} claims)", e, mb / e);
        let t = Instant::now();
        let corpus = claimline::Corpus::build(loaded, &ex);
        let b = t.elapsed().as_secs_f64();
        println!("build (extract+recompute): {:.3}s {:.0} MB/s {}", b, mb / b, corpus.claims.len());
        let t = Instant::now();
        drop(corpus);
        println!("drop: {:.3}s", t.elapsed().as_secs_f64());
    });
}

/// Repetitions of a mode: `STAGES_RUNS`, else `default`.
fn runs(default: usize) -> usize {
    std::env::var("STAGES_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// This process's (user, system) CPU seconds from /proc (Linux; zeros elsewhere): system time is
/// mostly the kernel zeroing fresh pages, which the allocator's reuse of memory decides.
fn cpu_times() -> (f64, f64) {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which may hold spaces) in parentheses: utime is the 14th, stime the 15th.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<f64> = rest.split_whitespace().map(|v| v.parse().unwrap_or(0.0)).collect();
    let tick = 100.0;
    (f.get(11).copied().unwrap_or(0.0) / tick, f.get(12).copied().unwrap_or(0.0) / tick)
}
