//! The repository's layout and writing generated files.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result};
use openapi_codegen::GeneratedFiles;

/// The repository root (xtask lives in `<root>/xtask`).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// A `cargo` command for this repository's tasks: the cargo that runs this task, without the
/// variables `cargo run` set for it (`CARGO_MANIFEST_DIR`, `CARGO_PKG_*`, …). Build scripts
/// that watch those variables (ring's does) would otherwise see a different environment than
/// a plain `cargo test` and rebuild the dependency graph both times.
pub fn cargo_command() -> Command {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let mut command = Command::new(cargo);
    for (name, _) in std::env::vars_os() {
        let Some(name) = name.to_str() else {
            continue;
        };
        if is_set_by_cargo_run(name) {
            command.env_remove(name);
        }
    }
    command
}

fn is_set_by_cargo_run(name: &str) -> bool {
    name.starts_with("CARGO_PKG_")
        || matches!(
            name,
            "CARGO_MANIFEST_DIR"
                | "CARGO_MANIFEST_PATH"
                | "CARGO_MANIFEST_LINKS"
                | "CARGO_CRATE_NAME"
                | "CARGO_BIN_NAME"
                | "CARGO_PRIMARY_PACKAGE"
                | "CARGO_TARGET_TMPDIR"
                | "CARGO_RUSTC_CURRENT_DIR"
        )
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
