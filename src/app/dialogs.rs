//! Native file dialogs behind a small trait, so tests never open one (rfd blocks, or returns at once
//! as if cancelled where no portal runs).

use std::path::PathBuf;

pub trait Dialogs {
    fn pick_folder(&self) -> Option<PathBuf>;
    fn pick_file(&self) -> Option<PathBuf>;
    /// Ask where to save, suggesting a file name and an extension filter.
    fn save_file(&self, suggested: &str, extension: &str) -> Option<PathBuf>;
}

/// The native dialogs (rfd, through the XDG portal on Linux).
pub struct NativeDialogs;

impl Dialogs for NativeDialogs {
    fn pick_folder(&self) -> Option<PathBuf> {
        rfd::FileDialog::new().set_title("Open a folder of articles").pick_folder()
    }

    fn pick_file(&self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Open an article or export")
            .add_filter("Articles", &["txt", "md", "markdown", "html", "htm", "json", "jsonl"])
            .pick_file()
    }

    fn save_file(&self, suggested: &str, extension: &str) -> Option<PathBuf> {
        rfd::FileDialog::new().set_file_name(suggested).add_filter(extension, &[extension]).save_file()
    }
}

/// Dialogs that answer with fixed paths (tests).
#[cfg(test)]
#[derive(Default)]
pub struct FixedDialogs {
    pub folder: Option<PathBuf>,
    pub save_dir: Option<PathBuf>,
}

#[cfg(test)]
impl Dialogs for FixedDialogs {
    fn pick_folder(&self) -> Option<PathBuf> {
        self.folder.clone()
    }

    fn pick_file(&self) -> Option<PathBuf> {
        None
    }

    fn save_file(&self, suggested: &str, _extension: &str) -> Option<PathBuf> {
        self.save_dir.as_ref().map(|d| d.join(suggested))
    }
}
