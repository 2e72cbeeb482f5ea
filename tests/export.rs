//! Chart and data exports from the command line, with no display: the SVG is XML with one mark per
//! claim on the chart, legend entries and axis dates; the PNG has the requested size and is not blank;
//! failed writes leave nothing behind.

use std::process::Command;

use serde_json::Value;

/// The binary, with a data folder of its own: a user's corrections of the embedded articles must not
/// change what the tests see.
fn claimline() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimline"));
    cmd.env("CLAIMLINE_DATA_DIR", std::env::temp_dir().join(format!("claimline-test-data-{}", std::process::id())));
    cmd
}

fn run(args: &[&str]) -> std::process::Output {
    claimline().args(args).output().unwrap_or_else(|e| panic!("run: {e}"))
}

/// North Korean, non-vague, dated claims of the embedded corpus, by claimant: what the default chart shows.
fn expected_marks() -> (usize, Vec<String>) {
    let out = run(&["extract"]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    let mut claimants = std::collections::BTreeSet::new();
    let mut n = 0;
    for d in v["documents"].as_array().into_iter().flatten() {
        for c in d["claims"].as_array().into_iter().flatten() {
            if c["side"] == "north_korea" && c["qualifier"] != "vague" && !c["claim_date"].is_null() {
                n += 1;
                claimants.insert(c["claimant"].as_str().unwrap_or("(unattributed)").to_string());
            }
        }
    }
    (n, claimants.into_iter().collect())
}

#[test]
fn svg_chart_is_xml_with_a_mark_per_claim_a_legend_and_dates() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let path = dir.path().join("chart.svg");
    let out = run(&["chart", "-o", path.to_str().unwrap_or_default(), "--title", "Seed corpus", "--separate"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let svg = std::fs::read_to_string(&path).unwrap_or_default();
    let doc = roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("not XML: {e}"));
    let marks = doc.descendants().filter(|n| n.attribute("class") == Some("claim")).count();
    let texts: Vec<String> =
        doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text().map(str::to_string)).collect();
    let (expected, claimants) = expected_marks();
    assert_eq!(marks, expected);
    for c in claimants {
        assert!(texts.iter().any(|t| t.starts_with(&c)), "legend lacks {c}: {texts:?}");
    }
    assert!(texts.iter().any(|t| t == "18 Oct 2024"), "no date on the axis: {texts:?}");
    assert!(texts.iter().any(|t| t == "Seed corpus"));
    assert!(texts.iter().any(|t| t.starts_with("Sources:") && t.contains("Reuters")));
}

#[test]
fn png_chart_has_the_requested_size_and_is_not_blank() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let path = dir.path().join("chart.png");
    let out =
        run(&["chart", "-o", path.to_str().unwrap_or_default(), "--width", "640", "--height", "400", "--scale", "2"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let img = image::open(&path).unwrap_or_else(|e| panic!("not a PNG: {e}")).to_rgb8();
    assert_eq!(img.dimensions(), (1280, 800));
    let colours: std::collections::BTreeSet<[u8; 3]> = img.pixels().map(|p| p.0).collect();
    assert!(colours.len() > 20, "image looks blank ({} colours)", colours.len());
}

#[test]
fn chart_filters_and_grouping_change_the_marks() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let path = dir.path().join("planned.svg");
    let out = run(&[
        "chart",
        "-o",
        path.to_str().unwrap_or_default(),
        "--kind",
        "planned",
        "--group-by",
        "outlet",
        "--linear",
        "--separate",
    ]);
    assert!(out.status.success());
    let svg = std::fs::read_to_string(&path).unwrap_or_default();
    let (all, _) = expected_marks();
    let marks = svg.matches("class=\"claim\"").count();
    assert!(marks > 0 && marks < all);
    assert!(svg.contains("DW (") && svg.contains("Reuters ("));
}

#[test]
fn a_failed_write_says_why_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let missing = dir.path().join("no/such/folder/chart.svg");
    let out = run(&["chart", "-o", missing.to_str().unwrap_or_default()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot write"));
    let folder = run(&["chart", "-o", dir.path().to_str().unwrap_or_default()]);
    assert!(!folder.status.success());
    let wrong = run(&["chart", "-o", dir.path().join("chart.gif").to_str().unwrap_or_default()]);
    assert!(String::from_utf8_lossy(&wrong.stderr).contains(".svg or .png"));
    let left: Vec<_> = std::fs::read_dir(dir.path()).into_iter().flatten().flatten().collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

#[test]
fn repeated_reports_are_one_mark_by_default() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let grouped = dir.path().join("grouped.svg");
    assert!(run(&["chart", "-o", grouped.to_str().unwrap_or_default()]).status.success());
    let svg = std::fs::read_to_string(&grouped).unwrap_or_default();
    let (all, _) = expected_marks();
    assert!(svg.matches("class=\"claim\"").count() < all);
    assert!(svg.contains("reported by 3 outlets"));
}
