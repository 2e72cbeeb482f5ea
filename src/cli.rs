//! Command-line interface: argument parsing and the subcommands that need no window.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

#[derive(Parser, Debug)]
#[command(name = "claimline", version, about = "Explore what news articles claim about troop numbers over time")]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Read JSON lines {"id","input"} on stdin, write {"id","found":[{"text","value"}]} per line.
    Numbers,
}

pub fn main() -> ExitCode {
    let args = Args::parse();
    let result = match args.command {
        Some(Command::Numbers) => numbers_cmd(),
        None => Ok(ExitCode::SUCCESS),
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
