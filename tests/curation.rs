//! Corrections on disk: a process killed in the middle of saving (again and again) leaves the sidecar
//! either the old or the new version, complete; `claimline extract` applies them, `--raw` does not.

use std::process::{Command, Stdio};

use claimline::curation::{Anchor, Corrections, Status};

/// Two versions of a sizeable corrections file, different in every entry.
fn version(tag: &str) -> Corrections {
    let mut c = Corrections::default();
    for i in 0..3000 {
        let a = Anchor {
            doc: format!("doc-{i}.txt"),
            sentence: format!("{tag} sentence number {i} with some 3,000 troops."),
            number: "3,000".into(),
            occurrence: 0,
        };
        c.edit_mut(&a).status = Some(if i % 2 == 0 { Status::Rejected } else { Status::Accepted });
    }
    c
}

#[test]
fn killed_while_saving_the_sidecar_is_old_or_new_never_torn() {
    // The child: this same test binary, asked (by environment) to save A and B alternately forever.
    if let Some(path) = std::env::var_os("CLAIMLINE_SAVE_LOOP") {
        let (a, b) = (version("old"), version("new"));
        loop {
            let _ = a.save(std::path::Path::new(&path));
            let _ = b.save(std::path::Path::new(&path));
        }
    }
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let path = dir.path().join("corrections.claimline.json");
    version("old").save(&path).unwrap_or_else(|e| panic!("{e}"));
    let (a, b) = (version("old"), version("new"));
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("{e}"));
    for round in 0..25u64 {
        let mut child = Command::new(&exe)
            .args(["--exact", "killed_while_saving_the_sidecar_is_old_or_new_never_torn", "--nocapture"])
            .env("CLAIMLINE_SAVE_LOOP", &path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("spawn: {e}"));
        std::thread::sleep(std::time::Duration::from_millis(30 + (round * 37) % 120));
        let _ = child.kill();
        let _ = child.wait();
        let on_disk = Corrections::load(&path).unwrap_or_else(|e| panic!("round {round}: sidecar unreadable: {e}"));
        assert!(on_disk == a || on_disk == b, "round {round}: sidecar is neither version");
    }
}

#[test]
fn extract_applies_corrections_and_raw_ignores_them() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    for (name, text) in claimline::load::EMBEDDED {
        std::fs::write(dir.path().join(name), text).unwrap_or_else(|e| panic!("{e}"));
    }
    let corpus = claimline::Corpus::open(dir.path(), &|_, _| {}).unwrap_or_else(|e| panic!("{e}"));
    let target = corpus.claims.iter().find(|c| c.value == 600_000.0).map(|c| c.id).unwrap_or(claimline::ClaimId(0));
    let mut c = Corrections::default();
    c.edit_mut(&corpus.anchor(target)).status = Some(Status::Rejected);
    c.save(&dir.path().join("corrections.claimline.json")).unwrap_or_else(|e| panic!("{e}"));
    let run = |raw: bool| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimline"));
        cmd.arg("extract").arg(dir.path());
        if raw {
            cmd.arg("--raw");
        }
        let out = cmd.output().unwrap_or_else(|e| panic!("{e}"));
        assert!(out.status.success());
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
        let values: Vec<f64> = v["documents"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|d| d["claims"].as_array().into_iter().flatten().filter_map(|c| c["value"].as_f64()))
            .collect();
        (values, v["rejected_claims"].as_u64())
    };
    let (corrected, rejected) = run(false);
    let (raw, _) = run(true);
    assert!(!corrected.contains(&600_000.0));
    assert_eq!(rejected, Some(1));
    assert!(raw.contains(&600_000.0));
    assert_eq!(raw.len(), corrected.len() + 1);
}
