//! `cargo xtask generate --spec P --out D --name N`: a self-contained workspace.

use std::path::Path;

use anyhow::{Context, Result};
use openapi_codegen::workspace::{
    VENDORED_RUNTIME_DIR, standalone_manifest, vendored_runtime_manifest,
};
use openapi_codegen::{GenerateOptions, GeneratedFiles, generate_with_warnings};

use crate::files::{repo_root, write_files};

pub fn run(spec: &Path, out: &Path, name: &str) -> Result<bool> {
    let options = GenerateOptions::new(name, &spec.display().to_string(), "cargo xtask generate");
    let (mut files, warnings) = generate_with_warnings(spec, &options)
        .with_context(|| format!("generating from {}", spec.display()))?;
    print_warnings(spec, &warnings);
    add_workspace_root(&mut files)?;
    write_files(out, &files)?;
    println!("generated {} files into {}", files.len(), out.display());
    Ok(true)
}

/// Adds a copy of `openapi-runtime` (so the workspace does not depend on where this
/// repository is), a root manifest listing every crate, and this repository's
/// `Cargo.lock` so the workspace builds with the versions already resolved here.
pub fn add_workspace_root(files: &mut GeneratedFiles) -> Result<()> {
    let root = repo_root();
    let runtime_dir = root.join("crates/openapi-runtime");
    let runtime_manifest_path = runtime_dir.join("Cargo.toml");
    let runtime_manifest = std::fs::read_to_string(&runtime_manifest_path)
        .with_context(|| format!("reading {}", runtime_manifest_path.display()))?;
    files.insert(
        format!("{VENDORED_RUNTIME_DIR}/Cargo.toml"),
        vendored_runtime_manifest(&runtime_manifest),
    );
    vendor_sources(
        &runtime_dir.join("src"),
        &format!("{VENDORED_RUNTIME_DIR}/src"),
        files,
    )?;
    let members: Vec<String> = files
        .keys()
        .filter_map(|path| path.strip_suffix("/Cargo.toml"))
        .map(str::to_string)
        .collect();
    let manifest_path = root.join("Cargo.toml");
    let manifest = std::fs::read_to_string(&manifest_path)
        .with_context(|| format!("reading {}", manifest_path.display()))?;
    files.insert(
        "Cargo.toml".to_string(),
        standalone_manifest(&members, &manifest, &runtime_manifest),
    );
    let lock_path = root.join("Cargo.lock");
    let lock = std::fs::read_to_string(&lock_path)
        .with_context(|| format!("reading {}", lock_path.display()))?;
    files.insert("Cargo.lock".to_string(), lock);
    Ok(())
}

/// Prints what the generator accepted with a caveat, one line each, to stderr.
pub fn print_warnings(spec: &Path, warnings: &[openapi_codegen::Warning]) {
    for warning in warnings {
        eprintln!("{}: {warning}", spec.display());
    }
}

/// Every file under `dir`, as `files` entries under `target` (the runtime's sources).
fn vendor_sources(dir: &Path, target: &str, files: &mut GeneratedFiles) -> Result<()> {
    let entries = std::fs::read_dir(dir).with_context(|| format!("listing {}", dir.display()))?;
    for entry in entries {
        let path = entry
            .with_context(|| format!("listing {}", dir.display()))?
            .path();
        let Some(name) = path.file_name().and_then(|name| name.to_str()) else {
            continue;
        };
        let relative = format!("{target}/{name}");
        if path.is_dir() {
            vendor_sources(&path, &relative, files)?;
        } else {
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("reading {}", path.display()))?;
            files.insert(relative, text);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A workspace generated here, then moved elsewhere (its original directory gone),
    /// still builds: nothing in it names this checkout.
    #[test]
    fn a_generated_workspace_builds_after_it_is_moved() -> Result<()> {
        let scratch = tempfile::tempdir()?;
        let spec = scratch.path().join("tiny.yaml");
        std::fs::write(
            &spec,
            "openapi: 3.1.0\ninfo: {title: Tiny, version: '1'}\npaths:\n  /ping:\n    get:\n      operationId: ping\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {type: object, properties: {pong: {type: boolean}}}\n",
        )?;
        let generated = scratch.path().join("generated");
        assert!(run(&spec, &generated, "tiny")?);
        let moved = scratch.path().join("elsewhere/moved");
        std::fs::create_dir_all(moved.parent().unwrap_or(scratch.path()))?;
        std::fs::rename(&generated, &moved)?;
        let manifest = std::fs::read_to_string(moved.join("Cargo.toml"))?;
        assert!(
            !manifest.contains(&repo_root().display().to_string()),
            "{manifest}"
        );

        // The generated crates' target directory of check-specs: dependencies are built once.
        let check = crate::files::cargo_command()
            .args(["check", "--offline", "--quiet", "--workspace"])
            .current_dir(&moved)
            .env("CARGO_TARGET_DIR", repo_root().join("target/spec-check"))
            .output()?;
        assert!(
            check.status.success(),
            "{}",
            String::from_utf8_lossy(&check.stderr)
        );
        Ok(())
    }
}
