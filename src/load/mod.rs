//! Loading a corpus: a folder (recursively), a single file, or the embedded seed articles.
//!
//! Each format module turns a file into [`Parsed`] text with blocks and metadata hints; [`meta`] fills
//! what the file does not state. Files are read in parallel (rayon). A file that cannot be read becomes
//! a [`Problem`] with its path and reason, and the rest of the corpus still loads.

pub mod decode;
pub mod furniture;
pub mod html;
pub mod json;
pub mod meta;
pub mod text;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Serialize;

use crate::document::{Block, DocId, Document, Found};
use crate::error::{Error, LoadError};

/// Largest single file read as an article (a larger one is reported, not read).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Metadata a format states directly.
#[derive(Debug, Default, Clone)]
pub struct Hints {
    pub title: Option<(String, Found)>,
    pub outlet: Option<(String, Found)>,
    /// The date, how it was found, and the text it was read from.
    pub published: Option<(NaiveDate, Found, String)>,
    pub url: Option<String>,
}

/// A file's contents as a format module reads them.
#[derive(Debug)]
pub struct Parsed {
    pub text: String,
    pub blocks: Vec<Block>,
    pub hints: Hints,
    /// Caveats: the file was read anyway.
    pub warnings: Vec<LoadError>,
}

/// A file that could not be read, or was read with a caveat.
#[derive(Debug, Serialize)]
pub struct Problem {
    /// Path relative to the corpus root.
    pub path: String,
    #[serde(serialize_with = "display")]
    pub error: LoadError,
}

fn display<S: serde::Serializer>(e: &LoadError, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&e.to_string())
}

impl Problem {
    /// Was the file left out (as opposed to read with a caveat)?
    pub fn skipped(&self) -> bool {
        !self.error.is_warning()
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = if self.skipped() { "skipped" } else { "warning" };
        write!(f, "{}: {what}: {}", self.path, self.error)
    }
}

/// What loading produced: documents (ids in path order) and problems.
#[derive(Debug, Default)]
pub struct Loaded {
    /// A name for the corpus: the folder or file name, or "seed articles (embedded)".
    pub name: String,
    pub root: Option<PathBuf>,
    pub documents: Vec<Document>,
    pub problems: Vec<Problem>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Html,
    Json,
    JsonLines,
}

fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "txt" | "text" | "md" | "markdown" => Format::Text,
        "html" | "htm" | "xhtml" => Format::Html,
        "json" => Format::Json,
        "jsonl" | "ndjson" => Format::JsonLines,
        _ => return None,
    })
}

/// Read one file's bytes into documents (several for JSON arrays and JSON lines) and problems.
pub fn load_bytes(rel: &str, bytes: Vec<u8>) -> (Vec<(String, Parsed)>, Vec<Problem>) {
    let mut problems = Vec::new();
    let problem = |error| Problem { path: rel.to_string(), error };
    let Some(format) = format_of(Path::new(rel)) else {
        return (Vec::new(), vec![problem(LoadError::Unsupported)]);
    };
    let (source, warning) = match decode::decode(bytes) {
        Ok(ok) => ok,
        Err(e) => return (Vec::new(), vec![problem(e)]),
    };
    problems.extend(warning.map(problem));
    let mut docs = Vec::new();
    match format {
        Format::Text => docs.push((rel.to_string(), text::parse(source))),
        Format::Html => docs.push((rel.to_string(), html::parse(&source))),
        Format::Json | Format::JsonLines => match json::parse(&source, format == Format::JsonLines) {
            Ok(articles) => {
                let many = articles.len() > 1;
                for a in articles {
                    let path = match (&a.suffix, many || format == Format::JsonLines) {
                        (Some(s), true) => format!("{rel}{s}"),
                        _ => rel.to_string(),
                    };
                    match a.parsed {
                        Ok(p) => docs.push((path, p)),
                        Err(error) => problems.push(Problem { path, error }),
                    }
                }
            }
            Err(e) => problems.push(problem(e)),
        },
    }
    for (path, parsed) in &mut docs {
        for w in parsed.warnings.drain(..) {
            problems.push(Problem { path: path.clone(), error: w });
        }
        // HTML markup says what is furniture; plain text needs a look at its lines.
        if format != Format::Html {
            parsed.blocks = furniture::without_furniture(&parsed.text, std::mem::take(&mut parsed.blocks));
        }
    }
    docs.retain(|(path, p)| {
        let has_text = p.blocks.iter().any(|b| p.text[b.span].chars().any(char::is_alphabetic));
        if !has_text {
            problems.push(Problem { path: path.clone(), error: LoadError::NotArticle });
        }
        has_text
    });
    (docs, problems)
}

fn read_file(rel: &str, full: &Path) -> (Vec<(String, Parsed)>, Vec<Problem>) {
    use std::io::Read;
    let problem = |error| (Vec::new(), vec![Problem { path: rel.to_string(), error }]);
    // One open and one fstat per file: corpora are many small files.
    let mut file = match std::fs::File::open(full) {
        Ok(f) => f,
        Err(source) => return problem(LoadError::Io { source }),
    };
    let len = match file.metadata() {
        Ok(m) if m.len() > MAX_FILE_BYTES => {
            return problem(LoadError::TooLarge { bytes: m.len(), limit: MAX_FILE_BYTES });
        }
        Ok(m) => m.len(),
        Err(source) => return problem(LoadError::Io { source }),
    };
    let mut bytes = Vec::with_capacity(len as usize + 1);
    match file.read_to_end(&mut bytes) {
        Ok(_) => load_bytes(rel, bytes),
        Err(source) => problem(LoadError::Io { source }),
    }
}

/// Every file under `dir`, recursively, sorted, hidden files and folders left out.
fn walk(dir: &Path, out: &mut Vec<PathBuf>, problems: &mut Vec<Problem>, root: &Path) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(source) => {
            problems.push(Problem { path: relative(root, dir), error: LoadError::Io { source } });
            return;
        }
    };
    // The entry's own type needs no extra system call on most file systems (one per file counted).
    let mut paths: Vec<(PathBuf, Option<std::fs::FileType>)> =
        entries.filter_map(|e| e.ok().map(|e| (e.path(), e.file_type().ok()))).collect();
    paths.sort_by(|a, b| a.0.cmp(&b.0));
    for (p, kind) in paths {
        let hidden = p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        let is_dir = kind.is_some_and(|k| k.is_dir());
        // Symlinked folders are not followed: a link back up the tree would never end.
        let link_to_dir = kind.is_none_or(|k| k.is_symlink()) && p.is_dir();
        if is_dir {
            walk(&p, out, problems, root);
        } else if !link_to_dir {
            out.push(p);
        }
    }
}

fn relative(root: &Path, p: &Path) -> String {
    p.strip_prefix(root).unwrap_or(p).to_string_lossy().replace('\\', "/")
}

/// Files that are not articles by their name (sidecars, events, licences): not reported as problems.
fn is_own_file(name: &str) -> bool {
    name.ends_with(".claimline.json") || name.eq_ignore_ascii_case("events.tsv") || name.eq_ignore_ascii_case("LICENSE")
}

/// Load a folder (recursively) or a single file. `progress(done, total)` is called from worker threads.
pub fn load_path(path: &Path, progress: &(dyn Fn(usize, usize) + Sync)) -> Result<Loaded, Error> {
    let meta = std::fs::metadata(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    let mut problems = Vec::new();
    let (root, files) = if meta.is_dir() {
        let mut files = Vec::new();
        walk(path, &mut files, &mut problems, path);
        (path.to_path_buf(), files)
    } else {
        (path.parent().map(Path::to_path_buf).unwrap_or_default(), vec![path.to_path_buf()])
    };
    let files: Vec<PathBuf> =
        files.into_iter().filter(|f| !f.file_name().and_then(|n| n.to_str()).is_some_and(is_own_file)).collect();
    let total = files.len();
    let done = AtomicUsize::new(0);
    progress(0, total);
    let results: Vec<_> = files
        .par_iter()
        .map(|f| {
            let rel = relative(&root, f);
            let r = read_file(&rel, f);
            progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
            r
        })
        .collect();
    let mut parsed = Vec::new();
    for (docs, probs) in results {
        parsed.extend(docs);
        problems.extend(probs);
    }
    let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    Ok(Loaded { name, root: Some(root), documents: into_documents(parsed), problems })
}

/// The seed articles compiled into the binary: the default corpus.
pub const EMBEDDED: [(&str, &str); 5] = [
    ("000_6e448bfd0e75c58a.txt", include_str!("../../assets/corpus/000_6e448bfd0e75c58a.txt")),
    ("001_08f190690133f372.txt", include_str!("../../assets/corpus/001_08f190690133f372.txt")),
    ("002_2b208dadbcc981b8.txt", include_str!("../../assets/corpus/002_2b208dadbcc981b8.txt")),
    ("003_e7046fa888bd1ed4.txt", include_str!("../../assets/corpus/003_e7046fa888bd1ed4.txt")),
    ("004_f518fdf54261334a.txt", include_str!("../../assets/corpus/004_f518fdf54261334a.txt")),
];

/// Load the embedded seed articles.
pub fn load_embedded() -> Loaded {
    let mut parsed = Vec::new();
    let mut problems = Vec::new();
    for (name, text) in EMBEDDED {
        let (docs, probs) = load_bytes(name, text.as_bytes().to_vec());
        parsed.extend(docs);
        problems.extend(probs);
    }
    Loaded { name: "seed articles (embedded)".into(), root: None, documents: into_documents(parsed), problems }
}

/// Load documents from in-memory (path, bytes) pairs, as if they were files of one folder.
pub fn load_memory(name: &str, files: &[(String, Vec<u8>)]) -> Loaded {
    let results: Vec<_> = files.par_iter().map(|(p, b)| load_bytes(p, b.to_vec())).collect();
    let mut parsed = Vec::new();
    let mut problems = Vec::new();
    for (docs, probs) in results {
        parsed.extend(docs);
        problems.extend(probs);
    }
    Loaded { name: name.into(), root: None, documents: into_documents(parsed), problems }
}

fn into_documents(parsed: Vec<(String, Parsed)>) -> Vec<Document> {
    parsed
        .into_par_iter()
        .enumerate()
        .map(|(i, (path, p))| {
            let m = meta::infer(&p.text, p.hints);
            Document {
                id: DocId(i as u32),
                path,
                text: p.text,
                blocks: p.blocks,
                title: m.title,
                outlet: m.outlet,
                published: m.published,
                url: m.url,
            }
        })
        .collect()
}
