//! Writing a corpus out: claims as JSON (the shape `score.py` reads) and CSV. Files are written
//! atomically: to a temporary file beside the target, then renamed, so a failed write leaves no
//! half-written file.

pub mod data;

use std::io::Write;
use std::path::Path;

use crate::error::Error;

/// Write `bytes` to `path` atomically (temp file in the same folder, fsync, rename).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let err = |e: std::io::Error| Error::Export(format!("cannot write {}: {e}", path.display()));
    if path.is_dir() {
        return Err(Error::Export(format!("cannot write {}: it is a folder", path.display())));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(err)
}
