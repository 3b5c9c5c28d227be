//! Every document of the spec corpus generates (and the generated Rust parses).
//!
//! The corpus is read from `$OPENAPI_SPECS_DIR`, else from `../shared/specs` next to the
//! repository, and from the repository's own `tests/specs`. Compiling the output is
//! `cargo xtask check-specs`' job (slow).

use std::path::PathBuf;

use openapi_codegen::{GenerateOptions, generate};

fn specs_dir() -> PathBuf {
    std::env::var_os("OPENAPI_SPECS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/specs"))
}

fn repo_specs_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/specs")
}

fn spec_files() -> Vec<PathBuf> {
    let mut specs = documents_in(&specs_dir());
    specs.extend(documents_in(&repo_specs_dir()));
    specs
}

fn documents_in(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut specs: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| {
            path.extension()
                .is_some_and(|ext| ext == "json" || ext == "yaml" || ext == "yml")
        })
        .collect();
    specs.sort();
    specs
}

#[test]
fn every_corpus_document_generates() {
    let specs = spec_files();
    assert!(
        !specs.is_empty(),
        "no documents in {}",
        specs_dir().display()
    );
    let mut failures = Vec::new();
    for spec in &specs {
        let options = GenerateOptions::new("spec", &spec.display().to_string(), "test");
        match generate(spec, &options) {
            Ok(files) => {
                let lib = files.get("crates/spec-models/src/lib.rs");
                assert!(
                    lib.is_some_and(|lib| lib.starts_with("// @generated")),
                    "{}",
                    spec.display()
                );
            }
            Err(err) => failures.push(format!("{}: {err}", spec.display())),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} failed:\n{}",
        failures.len(),
        specs.len(),
        failures.join("\n")
    );
}

#[test]
fn generation_is_deterministic() {
    let spec = specs_dir().join("iceberg-rest.yaml");
    let options = GenerateOptions::new("spec", "iceberg-rest.yaml", "test");
    let first = generate(&spec, &options).unwrap();
    let second = generate(&spec, &options).unwrap();
    assert_eq!(first, second);
}
