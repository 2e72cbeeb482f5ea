//! Command-line interface: argument parsing and the subcommands that need no window.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use claimline::Corpus;
use claimline::export::{self, data};

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

#[derive(Parser, Debug)]
#[command(name = "claimline", version, about = "Explore what news articles claim about troop numbers over time")]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Open the window on this folder or file (default: the embedded seed articles).
    pub path: Option<PathBuf>,
    /// Start the window with the N-th claim in time order selected (1 = the earliest; embedded articles).
    #[arg(long, value_name = "N")]
    pub select: Option<usize>,
    /// Start in classroom mode (full screen, large type; F5 or Esc leaves it).
    #[arg(long)]
    pub present: bool,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupByArg {
    Claimant,
    Outlet,
    Kind,
    Side,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFormat {
    Json,
    Csv,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Extract the claims of a folder or file (default: the embedded seed articles).
    Extract {
        path: Option<PathBuf>,
        /// The machine's reading alone, without the corrections file.
        #[arg(long)]
        raw: bool,
        #[arg(long, value_enum, default_value = "json")]
        format: DataFormat,
        /// Write to this file instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Draw the chart of a folder or file (default: the embedded articles) as SVG or PNG, no display needed.
    Chart {
        path: Option<PathBuf>,
        /// The file to write: its extension (.svg or .png) chooses the format.
        #[arg(short, long)]
        output: PathBuf,
        #[arg(long, value_enum, default_value = "claimant")]
        group_by: GroupByArg,
        /// Sides to show (repeatable; default north_korea). "all" shows every side.
        #[arg(long, value_name = "SIDE")]
        side: Vec<String>,
        /// Kinds to show (repeatable; default all).
        #[arg(long, value_name = "KIND")]
        kind: Vec<String>,
        /// First and last claim date shown (YYYY-MM-DD).
        #[arg(long)]
        from: Option<chrono::NaiveDate>,
        #[arg(long)]
        to: Option<chrono::NaiveDate>,
        /// Place claims at their article's publication date rather than the claim date.
        #[arg(long)]
        published: bool,
        /// Log scale (the default); --linear for a linear one.
        #[arg(long, conflicts_with = "linear")]
        log: bool,
        #[arg(long)]
        linear: bool,
        /// Include vague figures ("thousands").
        #[arg(long)]
        vague: bool,
        /// Show every report of a repeated claim separately (default: one point "reported by N outlets").
        #[arg(long)]
        separate: bool,
        #[arg(long, default_value_t = 1000)]
        width: u32,
        #[arg(long, default_value_t = 620)]
        height: u32,
        /// PNG pixels per logical pixel (1, 2, 4 for print).
        #[arg(long, default_value_t = 1.0)]
        scale: f32,
        #[arg(long, default_value = "Reported troop figures")]
        title: String,
    },
    /// Write a generated corpus (variations of the seed articles) to a folder, for trying large corpora.
    Generate {
        dir: PathBuf,
        /// Number of articles.
        #[arg(long, default_value_t = 1000)]
        docs: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Read JSON lines {"id","input"} on stdin, write {"id","found":[{"text","value"}]} per line.
    Numbers,
}

pub fn main() -> ExitCode {
    let args = Args::parse();
    let result = match args.command {
        Some(Command::Numbers) => numbers_cmd(),
        Some(c @ Command::Chart { .. }) => chart_cmd(c),
        Some(Command::Generate { dir, docs, seed }) => generate_cmd(&dir, docs, seed),
        Some(Command::Extract { path, raw, format, output }) => {
            extract_cmd(path.as_deref(), raw, format, output.as_deref())
        }
        None => window(args.path, args.select, args.present),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("claimline: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn numbers_cmd() -> Result<ExitCode> {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = line.context("reading stdin")?;
        if line.trim().is_empty() {
            continue;
        }
        let req: serde_json::Value = serde_json::from_str(&line).with_context(|| format!("not JSON: {line}"))?;
        let input = req.get("input").and_then(|v| v.as_str()).unwrap_or("");
        let found: Vec<_> = claimline::numbers::scan(input)
            .into_iter()
            .filter(|m| !m.vague)
            .map(|m| serde_json::json!({"text": &input[m.signed_span()], "value": m.signed_value()}))
            .collect();
        let resp = serde_json::json!({"id": req.get("id"), "found": found});
        writeln!(out, "{resp}")?;
        out.flush()?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Load a corpus for a command: the path given, or the embedded seed articles, with its corrections
/// file applied. Problems go to stderr.
pub fn load(path: Option<&Path>) -> Result<Corpus> {
    load_with(path, true)
}

fn load_with(path: Option<&Path>, corrections: bool) -> Result<Corpus> {
    let mut corpus = match path {
        Some(p) => Corpus::open(p, &|_, _| {}).with_context(|| format!("opening {}", p.display()))?,
        None => Corpus::embedded(),
    };
    for p in &corpus.problems {
        eprintln!("claimline: {p}");
    }
    if corpus.is_empty() {
        anyhow::bail!(
            "no article could be read from {}",
            path.map_or("the embedded corpus".into(), |p| p.display().to_string())
        );
    }
    if corrections {
        let sidecar = claimline::curation::sidecar_path(corpus.root.as_deref().filter(|_| path.is_some()), path);
        match claimline::curation::Corrections::load(&sidecar) {
            Ok(c) if !c.is_empty() => {
                eprintln!("claimline: applying corrections from {}", sidecar.display());
                corpus.set_corrections(c);
            }
            Ok(_) => {}
            Err(e) => eprintln!("claimline: {e}"),
        }
        for u in &corpus.unanchored {
            eprintln!("claimline: correction no longer found in the text (kept in the file): {u}");
        }
    }
    Ok(corpus)
}

fn write_out(output: Option<&Path>, text: &str) -> Result<()> {
    match output {
        Some(path) => export::write_atomic(path, text.as_bytes())?,
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())?;
            if !text.ends_with('\n') {
                out.write_all(b"\n")?;
            }
        }
    }
    Ok(())
}

fn extract_cmd(path: Option<&Path>, raw: bool, format: DataFormat, output: Option<&Path>) -> Result<ExitCode> {
    let corpus = load_with(path, !raw)?;
    let text = match (format, raw) {
        (DataFormat::Json, false) => data::to_json(&corpus, &|_| true),
        (DataFormat::Csv, false) => data::to_csv(&corpus, &|_| true)?,
        (DataFormat::Json, true) => data::to_json_raw(&corpus),
        (DataFormat::Csv, true) => data::to_csv_raw(&corpus)?,
    };
    write_out(output, &text)?;
    Ok(ExitCode::SUCCESS)
}

fn window(path: Option<PathBuf>, select: Option<usize>, present: bool) -> Result<ExitCode> {
    crate::app::run(path, select, present)?;
    Ok(ExitCode::SUCCESS)
}

fn generate_cmd(dir: &Path, docs: usize, seed: u64) -> Result<ExitCode> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    for (name, bytes) in claimline::synth::generate(docs, seed) {
        let path = dir.join(name);
        std::fs::write(&path, bytes).with_context(|| format!("writing {}", path.display()))?;
    }
    eprintln!("claimline: wrote {docs} articles to {}", dir.display());
    Ok(ExitCode::SUCCESS)
}

fn chart_cmd(cmd: Command) -> Result<ExitCode> {
    use claimline::chart::{Chart, ChartSettings, GroupBy, XAxis, draw};
    let Command::Chart {
        path,
        output,
        group_by,
        side,
        kind,
        from,
        to,
        published,
        log: _,
        linear,
        vague,
        separate,
        width,
        height,
        scale,
        title,
    } = cmd
    else {
        unreachable!("called with a chart command")
    };
    let corpus = load(path.as_deref())?;
    let group_by = match group_by {
        GroupByArg::Claimant => GroupBy::Claimant,
        GroupByArg::Outlet => GroupBy::Outlet,
        GroupByArg::Kind => GroupBy::Kind,
        GroupByArg::Side => GroupBy::Side,
    };
    let mut s = ChartSettings { group_by, ..Default::default() };
    if !side.is_empty() {
        s.filter.sides.clear();
        for name in side.iter().filter(|n| *n != "all") {
            s.filter.sides.insert(claimline::Side::parse(name).with_context(|| format!("unknown side {name:?}"))?);
        }
    }
    for name in &kind {
        s.filter.kinds.insert(claimline::Kind::parse(name).with_context(|| format!("unknown kind {name:?}"))?);
    }
    s.filter.from = from;
    s.filter.to = to;
    s.filter.show_vague = vague;
    s.x_axis = if published { XAxis::Published } else { XAxis::ClaimDate };
    s.log_y = !linear;
    s.group_echoes = !separate;
    let chart = Chart::build(&corpus, &s);
    // Events beside the corpus (events.tsv) are drawn as vertical markers.
    let events = match corpus.root.as_deref().filter(|_| path.is_some()) {
        Some(root) => {
            let (events, errors) = claimline::events::load(root);
            for e in errors {
                eprintln!("claimline: {e}");
            }
            events
        }
        None => Vec::new(),
    };
    let options =
        draw::ChartOptions { width, height, scale, title, log_y: s.log_y, x_range: None, y_range: None, events };
    let ext = output.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let bytes = match ext.as_deref() {
        Some("svg") => draw::svg(&chart, &corpus, &options).into_bytes(),
        Some("png") => draw::png(&chart, &corpus, &options).map_err(|e| anyhow::anyhow!("drawing the PNG: {e}"))?,
        _ => anyhow::bail!("{}: the file name must end in .svg or .png", output.display()),
    };
    export::write_atomic(&output, &bytes)?;
    eprintln!(
        "claimline: {} claims on the chart ({} undated not shown), written to {}",
        chart.shown - chart.undated.len(),
        chart.undated.len(),
        output.display()
    );
    Ok(ExitCode::SUCCESS)
}
