//! The repository's layout and writing generated files.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use openapi_codegen::GeneratedFiles;

/// The repository root (xtask lives in `<root>/xtask`).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Writes each file under `root`, leaving files whose contents are already right untouched.
pub fn write_files(root: &Path, files: &GeneratedFiles) -> Result<()> {
    for (relative, contents) in files {
        let path = root.join(relative);
        if std::fs::read_to_string(&path).ok().as_deref() == Some(contents.as_str()) {
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("creating {}", parent.display()))?;
        }
        std::fs::write(&path, contents).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}
