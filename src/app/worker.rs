//! Work off the UI thread: a job runs on its own thread and its result comes back over a channel,
//! polled once a frame. Loading a corpus and exporting both use it.

use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// A job running on a worker thread.
pub struct Worker<T> {
    rx: Receiver<Result<T, String>>,
}

impl<T: Send + 'static> Worker<T> {
    /// Run `work` on a new thread; `done` is called (to repaint the window) once it has finished.
    pub fn spawn(
        work: impl FnOnce() -> Result<T, String> + Send + 'static,
        done: impl FnOnce() + Send + 'static,
    ) -> Self {
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let _ = tx.send(work());
            done();
        });
        Self { rx }
    }

    /// The result, once the job is done.
    pub fn poll(&self) -> Option<Result<T, String>> {
        match self.rx.try_recv() {
            Ok(r) => Some(r),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err("the worker thread stopped unexpectedly".into())),
        }
    }
}
