//! `cargo xtask check-specs`: every document of the corpus (`../shared/specs` and the
//! project's `tests/specs`) generated into one workspace, then `cargo clippy -D warnings`
//! on it; with `--round-trips`, a build of it linted the same way, and the round-trip
//! tests (`round_trip`) run on that build.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use heck::ToKebabCase;
use openapi_codegen::load::load_file;
use openapi_codegen::lower::lower;
use openapi_codegen::workspace::generate_from_api;
use openapi_codegen::{GenerateOptions, GeneratedFiles};

use crate::files::{repo_root, write_files};
use crate::generate::{add_workspace_root, print_warnings};
use crate::round_trip;

/// The documents of a corpus directory (`.json`, `.yaml`, `.yml`), sorted.
pub fn spec_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut specs: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("listing {}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| {
            path.extension()
                .and_then(|ext| ext.to_str())
                .is_some_and(|ext| matches!(ext, "json" | "yaml" | "yml"))
        })
        .collect();
    specs.sort();
    Ok(specs)
}

pub fn default_specs_dir() -> PathBuf {
    repo_root().join("../shared/specs")
}

/// The corpus kept in the repository (documents chosen for constructs the shared corpus
/// lacks, and synthetic ones).
pub fn repo_specs_dir() -> PathBuf {
    repo_root().join("tests/specs")
}

/// The crate base name for a document (`swagger-petstore.yaml` → `swagger-petstore`).
pub fn crate_base_name(spec: &Path) -> String {
    let stem = spec.file_stem().and_then(|s| s.to_str()).unwrap_or("spec");
    format!("spec-{}", stem.to_kebab_case())
}

/// Checks the documents of `specs`, or by default those of the shared corpus and of
/// `tests/specs`.
pub fn run(specs: Option<PathBuf>, round_trips: bool) -> Result<bool> {
    let dirs = match specs {
        Some(dir) => vec![dir],
        None => vec![default_specs_dir(), repo_specs_dir()],
    };
    let mut documents = Vec::new();
    for dir in &dirs {
        documents.extend(spec_files(dir)?);
    }
    let root = repo_root();
    let target = root.join("target/spec-check");
    let workspace = target.join("workspace");
    let mut files = GeneratedFiles::new();
    let mut failures = Vec::new();
    let mut names = std::collections::BTreeSet::new();
    let mut lowered = Vec::new();
    for spec in documents {
        let name = crate_base_name(&spec);
        if !names.insert(name.clone()) {
            failures.push(format!(
                "{}: another document already generates crate `{name}`; rename one",
                spec.display()
            ));
            continue;
        }
        let options = GenerateOptions::new(
            &name,
            &spec.display().to_string(),
            "cargo xtask check-specs",
        );
        let generated = load_file(&spec)
            .and_then(|document| lower(&document))
            .and_then(|api| generate_from_api(&api, &options).map(|files| (api, files)));
        match generated {
            Ok((api, generated)) => {
                print_warnings(&spec, &api.warnings);
                files.extend(generated);
                lowered.push((name, api));
            }
            Err(err) => failures.push(format!("{}: generation failed: {err}", spec.display())),
        }
    }
    let manifest_path = root.join("Cargo.toml");
    let manifest = std::fs::read_to_string(&manifest_path)
        .with_context(|| format!("reading {}", manifest_path.display()))?;
    let jsonschema = round_trip::jsonschema_dependency(&manifest)
        .context("the workspace manifest names no `jsonschema` dependency")?;
    let documents: Vec<round_trip::Document<'_>> = lowered
        .iter()
        .map(|(crate_base, api)| round_trip::Document {
            crate_base: crate_base.clone(),
            api,
        })
        .collect();
    files.extend(round_trip::test_crate(&documents, &jsonschema)?);
    add_workspace_root(&mut files)?;
    // Unchanged files are left alone (cargo then reuses its previous work); crates of
    // documents no longer in the corpus are removed.
    remove_stale_crates(&workspace.join("crates"), &files)?;
    write_files(&workspace, &files)?;
    println!("generated into {}", workspace.display());

    let started = std::time::Instant::now();
    if round_trips {
        // One build serves both: the generated crates are compiled for real (the round
        // trips run them) by clippy's driver, which lints them as `cargo clippy` would.
        // They are all dependencies of the round-trip crate, so building it builds (and
        // lints) every one, going on past a crate that fails; its tests then build and
        // run on top with the same features.
        let libraries = linted_cargo(&workspace, &target)
            .args(["build", "--quiet", "--keep-going", "-p", "spec-round-trips"])
            .output()
            .context("running cargo build")?;
        eprint!("{}", String::from_utf8_lossy(&libraries.stderr));
        failures.extend(compile_failures(&libraries));
        println!(
            "building (and linting) the corpus took {:.0?}",
            started.elapsed()
        );
        if libraries.status.success() {
            let started = std::time::Instant::now();
            let tests = linted_cargo(&workspace, &target)
                .args([
                    "test",
                    "--quiet",
                    "-p",
                    "spec-round-trips",
                    "--",
                    "--nocapture",
                ])
                .status()
                .context("running the round-trip tests")?;
            println!(
                "building and running the round trips took {:.0?}",
                started.elapsed()
            );
            if !tests.success() {
                failures.push("round trips of corpus documents failed (see above)".to_string());
            }
        }
    } else {
        let clippy = crate::files::cargo_command()
            .args([
                "clippy",
                "--workspace",
                "--all-targets",
                "--keep-going",
                "--quiet",
                "--",
                "-D",
                "warnings",
            ])
            .current_dir(&workspace)
            .env("CARGO_TARGET_DIR", &target)
            .output()
            .context("running cargo clippy")?;
        eprint!("{}", String::from_utf8_lossy(&clippy.stderr));
        failures.extend(compile_failures(&clippy));
        println!("cargo clippy took {:.0?}", started.elapsed());
    }
    for failure in &failures {
        eprintln!("{failure}");
    }
    if failures.is_empty() {
        println!("every document generated crates that pass cargo clippy -D warnings");
    }
    Ok(failures.is_empty())
}

/// `-D warnings` as `cargo clippy` hands it to clippy's driver.
const CLIPPY_ARGS: &str = "-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__";

/// `cargo` on the generated workspace with clippy's driver compiling its members
/// (dependencies are compiled by rustc as usual): a real build, linted like
/// `cargo clippy -- -D warnings`.
fn linted_cargo(workspace: &Path, target: &Path) -> std::process::Command {
    let mut command = crate::files::cargo_command();
    command
        .current_dir(workspace)
        .env("CARGO_TARGET_DIR", target)
        .env("RUSTC_WORKSPACE_WRAPPER", clippy_driver())
        .env("CLIPPY_ARGS", CLIPPY_ARGS)
        // Nothing here is debugged or rebuilt piecemeal: no debug info, no incremental
        // caches (both cost more than they save on a one-off build of large crates).
        .env("CARGO_PROFILE_DEV_DEBUG", "false")
        .env("CARGO_INCREMENTAL", "0");
    command
}

/// The `clippy-driver` of the toolchain running this cargo (next to `$CARGO`), else the
/// one on `PATH`.
fn clippy_driver() -> PathBuf {
    std::env::var_os("CARGO")
        .map(|cargo| PathBuf::from(cargo).with_file_name("clippy-driver"))
        .filter(|driver| driver.exists())
        .unwrap_or_else(|| PathBuf::from("clippy-driver"))
}

/// What a failed cargo run reports, one line per crate that did not compile cleanly.
fn compile_failures(output: &std::process::Output) -> Vec<String> {
    if output.status.success() {
        return Vec::new();
    }
    let diagnostics = String::from_utf8_lossy(&output.stderr);
    let failed = failed_crates(&diagnostics);
    if failed.is_empty() {
        return vec!["cargo failed on the generated workspace (see above)".to_string()];
    }
    failed
        .into_iter()
        .map(|krate| format!("{krate}: does not compile cleanly (see above)"))
        .collect()
}

fn remove_stale_crates(crates_dir: &Path, files: &GeneratedFiles) -> Result<()> {
    let Ok(entries) = std::fs::read_dir(crates_dir) else {
        return Ok(());
    };
    for entry in entries {
        let path = entry
            .with_context(|| format!("listing {}", crates_dir.display()))?
            .path();
        let name = path
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or_default();
        if !files.contains_key(&format!("crates/{name}/Cargo.toml")) {
            std::fs::remove_dir_all(&path)
                .with_context(|| format!("removing {}", path.display()))?;
        }
    }
    Ok(())
}

/// The crates cargo reports as failed (`error: could not compile `x` (lib) …`), once each.
fn failed_crates(diagnostics: &str) -> Vec<String> {
    let mut crates: Vec<String> = diagnostics
        .lines()
        .filter_map(|line| line.strip_prefix("error: could not compile `"))
        .filter_map(|rest| rest.split('`').next())
        .map(str::to_string)
        .collect();
    crates.sort();
    crates.dedup();
    crates
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failed_crates_are_listed_once() {
        let diagnostics = "warning: x\nerror: could not compile `b-api` (lib) due to 2 previous errors\n\
                           error: could not compile `a-models` (lib test) due to 1 previous error\n\
                           error: could not compile `b-api` (lib test) due to 2 previous errors\n";
        assert_eq!(failed_crates(diagnostics), ["a-models", "b-api"]);
    }

    #[test]
    fn crate_names_come_from_file_names() {
        assert_eq!(
            crate_base_name(Path::new("/x/swagger-petstore.yaml")),
            "spec-swagger-petstore"
        );
        assert_eq!(
            crate_base_name(Path::new("iceberg_rest.json")),
            "spec-iceberg-rest"
        );
    }
}
