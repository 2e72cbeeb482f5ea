//! Bad and strange input never panics: random mixtures of news fragments, Unicode punctuation,
//! combining marks, emoji, numbers with odd separators, markdown and stray bytes go through loading,
//! segmentation, number parsing and extraction.

use claimline::Corpus;

const PIECES: &[&str] = &[
    "North Korea has sent ",
    "3,000",
    " troops",
    " soldiers",
    "\u{2014}",
    "\u{2019}s",
    "\u{2026}",
    "\u{201c}",
    "\u{201d}",
    "1\u{202f}200",
    "\u{a0}",
    "10K",
    "-",
    ".",
    ". ",
    "\n",
    "\n\n",
    "# ",
    "**",
    "[link](#)",
    "said on Friday",
    " he said",
    "e\u{301}",
    "\u{1f600}",
    "\u{fffd}",
    "\t",
    "U.S.",
    "N. Korea",
    "Oct. 3",
    "03:31",
    "1.2 million",
    "twenty-one thousand",
    "between 1,000 and",
    " 12,000",
    "(NIS)",
    " told lawmakers",
    ",",
    "\"",
    "'",
    "killed and",
    " wounded",
    "---\ntitle: x\n",
    "\u{202e}",
    "\u{0}",
    "according to ",
    "Zelensky",
    ": ",
    "some ",
    "at least ",
    "hundreds of",
    "\r\n",
    "1,000+",
    "30%",
    ".5",
    "1.",
    "..",
    "1,",
    ",5",
    "1 000",
    "\u{ff11}\u{ff12}",
    "-",
    "- ",
    "minus",
    "point",
    "a dozen",
    "half a",
    "and",
    "192.168.1",
    "1.111,11",
    "12,34,567",
    "5/17",
    "3rd",
    "$",
    "\u{2212}",
    "+",
    "^",
    "(",
    ")",
    "1e5",
    "k",
    "M ",
    "lakh",
    "twenty",
    "-five",
];

fn text(seed: u64, len: usize) -> String {
    let mut x = seed.max(1);
    let mut s = String::new();
    for _ in 0..len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        s.push_str(PIECES[(x % PIECES.len() as u64) as usize]);
    }
    s
}

#[test]
fn random_fragments_never_panic() {
    let mut files = Vec::new();
    for seed in 1..1500u64 {
        let ext = ["txt", "md", "html", "json", "jsonl"][(seed % 5) as usize];
        let body = text(seed, (seed % 60 + 1) as usize);
        let bytes = match ext {
            "json" => serde_json::json!({"title": text(seed + 7, 3), "text": body}).to_string().into_bytes(),
            "html" => {
                format!("<html><title>{}</title><body><p>{body}</p></body></html>", text(seed + 3, 2)).into_bytes()
            }
            _ => body.into_bytes(),
        };
        files.push((format!("f{seed}.{ext}"), bytes));
    }
    // Stray bytes too: invalid UTF-8 in the middle of text.
    files.push(("bytes.txt".into(), b"North Korea sent \xff\xfe 3,000 troops.".to_vec()));
    let corpus =
        Corpus::build(claimline::load::load_memory("random", &files), &claimline::extract::Extractor::default());
    for c in &corpus.claims {
        let d = corpus.document(c.doc);
        // Every span is a valid slice of its document.
        assert!(d.text.get(c.sentence_span.range()).is_some());
        assert!(d.text.get(c.number_span.range()).is_some());
        assert!(c.sentence_span.contains(c.number_span));
    }
    for s in (1..3000u64).map(|seed| text(seed * 31, (seed % 40 + 1) as usize)) {
        let _ = claimline::numbers::scan(&s);
    }
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_in_the_corpus_folder_ends() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.path().join("a.txt"), "North Korea has sent 3,000 troops to Russia, officials said.")
        .unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).unwrap_or_else(|e| panic!("{e}"));
    let corpus = Corpus::open(dir.path(), &|_, _| {}).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(corpus.documents.len(), 1);
}
