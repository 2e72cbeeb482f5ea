//! Loading a corpus off the UI thread: a worker thread reads and extracts while the window keeps
//! repainting with a progress bar; the result comes back over a channel.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use claimline::Corpus;

use super::worker::Worker;

/// A corpus being loaded.
pub struct Loader {
    pub path: PathBuf,
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
    worker: Worker<Corpus>,
}

impl Loader {
    /// Start loading `path`; `repaint` is called from the worker as files are read.
    pub fn start(path: PathBuf, repaint: impl Fn() + Send + Sync + 'static) -> Self {
        let done = Arc::new(AtomicUsize::new(0));
        let total = Arc::new(AtomicUsize::new(0));
        let (d, t, p) = (done.clone(), total.clone(), path.clone());
        let repaint = Arc::new(repaint);
        let on_done = repaint.clone();
        let worker = Worker::spawn(
            move || {
                let progress = |n: usize, of: usize| {
                    d.store(n, Ordering::Relaxed);
                    t.store(of, Ordering::Relaxed);
                    // Repainting on every file would flood the UI; every 1% is enough for a smooth bar.
                    if of < 100 || n.is_multiple_of((of / 100).max(1)) {
                        repaint();
                    }
                };
                Corpus::open(&p, &progress).map_err(|e| e.to_string())
            },
            move || on_done(),
        );
        Self { path, done, total, worker }
    }

    /// Files read so far, and in all (0 of 0 while the folder is being listed).
    pub fn progress(&self) -> (usize, usize) {
        (self.done.load(Ordering::Relaxed), self.total.load(Ordering::Relaxed))
    }

    /// The result, once the worker is done.
    pub fn poll(&self) -> Option<Result<Corpus, String>> {
        self.worker.poll()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A large folder loads on the worker: the window gets repaint requests and rising progress while
    /// the UI thread stays free (here: it keeps polling).
    #[test]
    fn progress_moves_while_a_large_corpus_loads() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        for (name, bytes) in claimline::synth::generate(3000, 9) {
            std::fs::write(dir.path().join(name), bytes).unwrap_or_else(|e| panic!("{e}"));
        }
        let repaints = Arc::new(AtomicUsize::new(0));
        let r = repaints.clone();
        let loader = Loader::start(dir.path().to_path_buf(), move || {
            r.fetch_add(1, Ordering::Relaxed);
        });
        let mut seen = std::collections::BTreeSet::new();
        let result = loop {
            seen.insert(loader.progress().0);
            if let Some(r) = loader.poll() {
                break r;
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
        };
        let corpus = result.unwrap_or_else(|e| panic!("load failed: {e}"));
        assert_eq!(corpus.documents.len(), 3000);
        assert!(seen.len() > 3, "progress did not move: {seen:?}");
        assert!(repaints.load(Ordering::Relaxed) > 10);
    }
}
