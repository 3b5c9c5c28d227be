//! `cargo xtask generate --spec P --out D --name N`: a self-contained workspace.

use std::path::Path;

use anyhow::{Context, Result};
use openapi_codegen::workspace::standalone_manifest;
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

/// Adds a root manifest listing every generated crate, and this repository's
/// `Cargo.lock` so the workspace builds with the versions already resolved here.
pub fn add_workspace_root(files: &mut GeneratedFiles) -> Result<()> {
    let root = repo_root();
    let members: Vec<String> = files
        .keys()
        .filter_map(|path| path.strip_suffix("/Cargo.toml"))
        .map(str::to_string)
        .collect();
    let manifest_path = root.join("Cargo.toml");
    let manifest = std::fs::read_to_string(&manifest_path)
        .with_context(|| format!("reading {}", manifest_path.display()))?;
    let runtime = root.join("crates/openapi-runtime");
    let runtime = runtime.canonicalize().unwrap_or(runtime);
    files.insert(
        "Cargo.toml".to_string(),
        standalone_manifest(&members, &manifest, &runtime),
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
