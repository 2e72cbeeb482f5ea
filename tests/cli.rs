//! The command line, driven as a user would: `claimline extract` on the embedded corpus and on a
//! folder of bad files, `claimline numbers` on JSON lines.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

/// The binary, with a data folder of its own: a user's corrections of the embedded articles must not
/// change what the tests see.
fn claimline() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimline"));
    cmd.env("CLAIMLINE_DATA_DIR", std::env::temp_dir().join(format!("claimline-test-data-{}", std::process::id())));
    cmd
}

const GOOD: &str = "---\ntitle: Test\npubDate: 2024-10-23\n---\nNorth Korea has sent 3,000 troops to Russia, lawmakers said on Friday.\n";

/// A corpus folder with one file of each kind of bad input, and good articles.
fn bad_corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let write = |name: &str, bytes: &[u8]| {
        std::fs::write(dir.path().join(name), bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    };
    write("good.md", GOOD.as_bytes());
    write("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00");
    write("latin1.txt", b"Caf\xe9 report: Russia has deployed 5,000 soldiers to the front, officials said.\n");
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("Ukraine says 2,000 troops were killed.".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    write("utf16.txt", &utf16);
    write("empty.md", b"");
    write("broken-front-matter.md", b"---\ntitle: never closed\nNorth Korea sent 1,000 more troops, Seoul said.\n");
    write("broken.json", b"{\"title\": \"x\", \"text\": ");
    write("image.png", b"\x89PNG\r\n");
    dir
}

#[test]
fn extract_embedded_corpus_as_json_scores_against_gold_shape() {
    let out = claimline().arg("extract").output().unwrap_or_else(|e| panic!("run: {e}"));
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    let docs = v["documents"].as_array().map_or(0, Vec::len);
    assert_eq!(docs, 5);
    let first = &v["documents"][0];
    assert_eq!(first["doc"], "000_6e448bfd0e75c58a.txt");
    assert_eq!(first["outlet"], "Reuters");
    let claim = &first["claims"][0];
    for field in [
        "sentence",
        "number_text",
        "value",
        "value_high",
        "qualifier",
        "side",
        "kind",
        "claimant",
        "claim_date",
        "number_span",
        "sentence_span",
    ] {
        assert!(claim.get(field).is_some(), "missing {field}");
    }
    assert_eq!(claim["number_text"], "3,000");
}

#[test]
fn extract_csv_has_one_row_per_claim() {
    let json = claimline().arg("extract").output().unwrap_or_else(|e| panic!("run: {e}"));
    let v: Value = serde_json::from_slice(&json.stdout).unwrap_or(Value::Null);
    let claims: usize =
        v["documents"].as_array().into_iter().flatten().map(|d| d["claims"].as_array().map_or(0, Vec::len)).sum();
    let csv = claimline().args(["extract", "--format", "csv"]).output().unwrap_or_else(|e| panic!("run: {e}"));
    let mut reader = csv::Reader::from_reader(csv.stdout.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().filter_map(Result::ok).collect();
    assert_eq!(rows.len(), claims);
    assert!(claims > 20);
}

#[test]
fn bad_files_are_reported_by_name_and_the_rest_is_extracted() {
    let dir = bad_corpus();
    let out = claimline().arg("extract").arg(dir.path()).output().unwrap_or_else(|e| panic!("run: {e}"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for name in
        ["binary.txt", "latin1.txt", "utf16.txt", "empty.md", "broken-front-matter.md", "broken.json", "image.png"]
    {
        assert!(stderr.contains(name), "{name} not reported: {stderr}");
    }
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    let problems: Vec<String> =
        v["problems"].as_array().into_iter().flatten().map(|p| format!("{} {}", p["path"], p["error"])).collect();
    assert_eq!(problems.len(), 7, "{problems:#?}");
    assert!(problems.iter().any(|p| p.contains("binary.txt") && p.contains("binary")));
    assert!(problems.iter().any(|p| p.contains("latin1.txt") && p.contains("Latin-1")));
    let values: Vec<(String, f64)> = v["documents"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|d| {
            d["claims"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|c| (d["doc"].as_str().unwrap_or("").to_string(), c["value"].as_f64().unwrap_or(0.0)))
        })
        .collect();
    for expected in
        [("good.md", 3000.0), ("latin1.txt", 5000.0), ("utf16.txt", 2000.0), ("broken-front-matter.md", 1000.0)]
    {
        assert!(values.iter().any(|(d, v)| d == expected.0 && *v == expected.1), "{expected:?} not in {values:?}");
    }
}

#[test]
fn nothing_readable_is_an_error() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    std::fs::write(dir.path().join("empty.txt"), b"").unwrap_or_else(|e| panic!("{e}"));
    let out = claimline().arg("extract").arg(dir.path()).output().unwrap_or_else(|e| panic!("run: {e}"));
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty.txt: skipped: file is empty"));
}

#[test]
fn extract_writes_a_file_atomically_and_refuses_a_folder() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let target = dir.path().join("claims.json");
    let ok = claimline().args(["extract", "-o"]).arg(&target).status().unwrap_or_else(|e| panic!("run: {e}"));
    assert!(ok.success());
    assert!(std::fs::read_to_string(&target).is_ok_and(|s| s.contains("\"documents\"")));
    let bad = claimline().args(["extract", "-o"]).arg(dir.path()).output().unwrap_or_else(|e| panic!("run: {e}"));
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("is a folder"));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn numbers_reads_json_lines() {
    let mut child = claimline()
        .arg("numbers")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("run: {e}"));
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(b"{\"id\": \"a\", \"input\": \"some twelve thousand and 1.2 million\"}\n");
    }
    let out = child.wait_with_output().unwrap_or_else(|e| panic!("wait: {e}"));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    assert_eq!(v["id"], "a");
    assert_eq!(v["found"][0]["text"], "twelve thousand");
    assert_eq!(v["found"][0]["value"], 12000.0);
    assert_eq!(v["found"][1]["value"], 1_200_000.0);
}

#[test]
fn writing_to_a_device_writes_through_it() {
    // `-o /dev/null` must not replace the device with a regular file.
    if std::path::Path::new("/dev/null").exists() {
        let ok = claimline().args(["extract", "-o", "/dev/null"]).status().unwrap_or_else(|e| panic!("run: {e}"));
        assert!(ok.success());
        let meta = std::fs::metadata("/dev/null").unwrap_or_else(|e| panic!("{e}"));
        assert!(!meta.is_file(), "/dev/null was replaced by a file");
    }
}
