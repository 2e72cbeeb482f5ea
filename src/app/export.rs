//! Exports from the window: the chart as PNG or SVG of what the plot shows now, the filtered claims
//! as CSV or JSON. The file is drawn and written on a worker thread (atomically); the window shows a
//! progress indicator and reports the result.

use std::path::PathBuf;
use std::sync::Arc;

use claimline::Corpus;

use super::worker::Worker;
use claimline::chart::draw::{self, ChartOptions};
use claimline::chart::{Chart, ChartSettings};
use claimline::export::{data, write_atomic};

/// What to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    Png,
    Svg,
    Csv,
    Json,
}

impl ExportKind {
    pub fn extension(self) -> &'static str {
        match self {
            ExportKind::Png => "png",
            ExportKind::Svg => "svg",
            ExportKind::Csv => "csv",
            ExportKind::Json => "json",
        }
    }

    pub fn suggested_name(self) -> String {
        match self {
            ExportKind::Png | ExportKind::Svg => format!("claimline-chart.{}", self.extension()),
            _ => format!("claimline-claims.{}", self.extension()),
        }
    }
}

/// Everything an export needs, captured on the UI thread.
pub struct ExportJob {
    pub kind: ExportKind,
    pub path: PathBuf,
    pub corpus: Arc<Corpus>,
    pub chart: Chart,
    pub settings: ChartSettings,
    pub options: ChartOptions,
}

impl ExportJob {
    /// Draw or serialise, then write atomically. Returns a message for the status line.
    pub fn run(self) -> Result<String, String> {
        let bytes = match self.kind {
            ExportKind::Svg => draw::svg(&self.chart, &self.corpus, &self.options).into_bytes(),
            ExportKind::Png => draw::png(&self.chart, &self.corpus, &self.options)?,
            ExportKind::Csv | ExportKind::Json => {
                let lower = self.settings.filter.text.trim().to_lowercase();
                let keep =
                    |c: &claimline::Claim| self.settings.filter.matches(&self.corpus, c, self.settings.x_axis, &lower);
                if self.kind == ExportKind::Csv {
                    data::to_csv(&self.corpus, &keep).map_err(|e| e.to_string())?.into_bytes()
                } else {
                    data::to_json(&self.corpus, &keep).into_bytes()
                }
            }
        };
        write_atomic(&self.path, &bytes).map_err(|e| e.to_string())?;
        Ok(format!("Saved {}", self.path.display()))
    }
}

/// An export running on a worker thread.
pub struct Exporter {
    pub path: PathBuf,
    worker: Worker<String>,
}

impl Exporter {
    pub fn start(job: ExportJob, repaint: impl FnOnce() + Send + 'static) -> Self {
        let path = job.path.clone();
        Self { path, worker: Worker::spawn(move || job.run(), repaint) }
    }

    pub fn poll(&self) -> Option<Result<String, String>> {
        self.worker.poll()
    }
}
