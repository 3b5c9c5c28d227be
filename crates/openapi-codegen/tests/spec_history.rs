//! Reports on consecutive versions of real documents match their hand-reviewed expected
//! reports (tests/spec-history, provenance in PROVENANCE.md there).
//!
//! After a deliberate change of the rules, `UPDATE_EXPECTED=1 cargo test -p openapi-codegen
//! --test spec_history` rewrites the expected files; review their diff before committing.

use std::path::{Path, PathBuf};

use openapi_codegen::diff::{Format, compare, render};
use openapi_codegen::load::load_file;

fn history_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/spec-history")
}

/// (directory, base file, revision file, trait name) per line of pairs.txt.
fn pairs() -> Vec<(String, String, String, String)> {
    let list = std::fs::read_to_string(history_dir().join("pairs.txt")).unwrap();
    list.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let [dir, base, revision, trait_name] = fields.as_slice() else {
                panic!("pairs.txt: expected 4 fields in `{line}`");
            };
            (
                dir.to_string(),
                base.to_string(),
                revision.to_string(),
                trait_name.to_string(),
            )
        })
        .collect()
}

fn stem(file: &str) -> &str {
    file.rsplit_once('.').map_or(file, |(stem, _)| stem)
}

#[test]
fn real_history_pairs_match_their_expected_reports() {
    let pairs = pairs();
    assert!(pairs.len() >= 5, "at least five pairs");
    let update = std::env::var_os("UPDATE_EXPECTED").is_some();
    let mut mismatches = Vec::new();
    for (dir, base, revision, trait_name) in &pairs {
        let dir_path = history_dir().join(dir);
        let base_doc = load_file(&dir_path.join(base)).unwrap();
        let revision_doc = load_file(&dir_path.join(revision)).unwrap();
        let report = render(&compare(&base_doc, &revision_doc, trait_name), Format::Text);
        let expected_path =
            dir_path.join(format!("{}..{}.expected.txt", stem(base), stem(revision)));
        if update {
            std::fs::write(&expected_path, &report).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != report {
            mismatches.push(format!("{}:\n{report}", expected_path.display()));
        }
    }
    assert!(
        mismatches.is_empty(),
        "reports differ from the expected ones:\n{}",
        mismatches.join("\n")
    );
}

#[test]
fn history_covers_three_projects() {
    let mut projects: Vec<String> = pairs().into_iter().map(|(dir, ..)| dir).collect();
    projects.dedup();
    assert!(projects.len() >= 3, "{projects:?}");
}

/// The spec corpus beside the repository (`../shared/specs`, or `$OPENAPI_SPECS_DIR`).
fn corpus_dir() -> PathBuf {
    std::env::var_os("OPENAPI_SPECS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/specs"))
}

/// Every document of the corpus compared with itself: no change, and no panic on the
/// constructs real documents use.
#[test]
fn corpus_documents_compared_with_themselves_have_no_changes() {
    let Ok(entries) = std::fs::read_dir(corpus_dir()) else {
        eprintln!("no spec corpus at {}: skipped", corpus_dir().display());
        return;
    };
    let mut compared = 0;
    for entry in entries {
        let path = entry.unwrap().path();
        let is_document = path
            .extension()
            .is_some_and(|ext| ext == "json" || ext == "yaml" || ext == "yml");
        if !is_document {
            continue;
        }
        let document = load_file(&path).unwrap();
        let report = compare(&document, &document, "Api");
        assert_eq!(report.changes, vec![], "{}", path.display());
        compared += 1;
    }
    assert!(compared > 0, "no documents in {}", corpus_dir().display());
}
