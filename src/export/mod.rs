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
    // A device or pipe (/dev/null, /dev/stdout, a FIFO) is written in place: renaming over it would
    // replace it with a regular file.
    if path.metadata().is_ok_and(|m| !m.is_file()) {
        return std::fs::write(path, bytes).map_err(err);
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
