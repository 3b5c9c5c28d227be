//! `cargo xtask regen [--check]`: the Channels API crates (models, API, client) from
//! openapi/channels.yaml.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use openapi_codegen::{GenerateOptions, GeneratedFiles, generate_with_warnings};
use similar::TextDiff;

use crate::files::{repo_root, write_files};

const SPEC: &str = "openapi/channels.yaml";

/// The document of the client round-trip tests, and where its crates go.
const ROUNDTRIP_SPEC: &str = "tests/specs/client-roundtrip.yaml";
const ROUNDTRIP_DIR: &str = "tests/roundtrip";

/// Marks files the generator wrote (and may therefore remove when no longer generated).
const GENERATED_MARKER: &str = "@generated from";

/// The example in the client crate's documentation (also run by the integration suite).
const CLIENT_EXAMPLE: &str = "docs/client-example.rs";

pub fn options() -> GenerateOptions {
    GenerateOptions::new("channels", SPEC, "cargo xtask regen")
}

fn roundtrip_options() -> GenerateOptions {
    let mut options = GenerateOptions::new("roundtrip", ROUNDTRIP_SPEC, "cargo xtask regen");
    options.crates_dir = ROUNDTRIP_DIR.to_string();
    options
}

/// Generates the crates in memory (the Channels API's, and the round-trip test document's).
pub fn generate_channels(root: &Path) -> Result<GeneratedFiles> {
    let mut channels = options();
    channels.client_example = Some(
        std::fs::read_to_string(root.join(CLIENT_EXAMPLE))
            .with_context(|| format!("reading {CLIENT_EXAMPLE}"))?,
    );
    let (mut files, warnings) = generate_with_warnings(&root.join(SPEC), &channels)
        .with_context(|| format!("generating from {SPEC}"))?;
    crate::generate::print_warnings(Path::new(SPEC), &warnings);
    let (roundtrip, warnings) =
        generate_with_warnings(&root.join(ROUNDTRIP_SPEC), &roundtrip_options())
            .with_context(|| format!("generating from {ROUNDTRIP_SPEC}"))?;
    crate::generate::print_warnings(Path::new(ROUNDTRIP_SPEC), &warnings);
    files.extend(roundtrip);
    Ok(files)
}

pub fn run(check: bool) -> Result<bool> {
    let root = repo_root();
    let files = generate_channels(&root)?;
    let stale = stale_files(&root, &files)?;
    if check {
        let report = differences(&root, &files, &stale);
        if report.is_empty() {
            return Ok(true);
        }
        eprint!("{report}");
        eprintln!("generated crates are out of date: run `cargo xtask regen`");
        return Ok(false);
    }
    write_files(&root, &files)?;
    for path in stale {
        std::fs::remove_file(&path).with_context(|| format!("removing {}", path.display()))?;
    }
    match crate::diff::summary_since_head(&root.join(SPEC)) {
        Ok(Some(summary)) => println!("{summary}"),
        Ok(None) => {}
        Err(err) => println!("API changes since HEAD: not compared ({err:#})"),
    }
    Ok(true)
}

/// Generated files in the generated crates' directories that are no longer generated.
fn stale_files(root: &Path, files: &GeneratedFiles) -> Result<Vec<PathBuf>> {
    let mut stale = Vec::new();
    for options in [options(), roundtrip_options()] {
        for krate in [
            options.models_crate(),
            options.api_crate(),
            options.client_crate(),
        ] {
            let dir = root.join(&options.crates_dir).join(krate);
            collect_generated(&dir, &mut stale)?;
        }
    }
    stale.retain(|path| {
        let relative = path
            .strip_prefix(root)
            .map(|p| p.to_string_lossy().replace('\\', "/"));
        !relative.is_ok_and(|relative| files.contains_key(&relative))
    });
    stale.sort();
    Ok(stale)
}

fn collect_generated(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    for entry in entries {
        let path = entry
            .with_context(|| format!("listing {}", dir.display()))?
            .path();
        if path.is_dir() {
            collect_generated(&path, out)?;
        } else if std::fs::read_to_string(&path).is_ok_and(|text| {
            text.lines()
                .next()
                .is_some_and(|line| line.contains(GENERATED_MARKER))
        }) {
            out.push(path);
        }
    }
    Ok(())
}

/// A unified diff of every difference between `files` and the tree; empty when none.
pub fn differences(root: &Path, files: &GeneratedFiles, stale: &[PathBuf]) -> String {
    let mut report = String::new();
    for (relative, expected) in files {
        let current = std::fs::read_to_string(root.join(relative)).unwrap_or_default();
        if &current != expected {
            let diff = TextDiff::from_lines(&current, expected);
            report.push_str(
                &diff
                    .unified_diff()
                    .context_radius(3)
                    .header(&format!("a/{relative}"), &format!("b/{relative}"))
                    .to_string(),
            );
        }
    }
    for path in stale {
        report.push_str(&format!("stale generated file: {}\n", path.display()));
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed crates match what the generator produces now.
    #[test]
    fn committed_channels_crates_are_up_to_date() {
        let root = repo_root();
        let files = generate_channels(&root).unwrap();
        let stale = stale_files(&root, &files).unwrap();
        let report = differences(&root, &files, &stale);
        assert!(report.is_empty(), "run `cargo xtask regen`:\n{report}");
    }

    /// The README shows the client example exactly as the client's doctest compiles it.
    #[test]
    fn readme_shows_the_client_example() {
        let root = repo_root();
        let example = std::fs::read_to_string(root.join(CLIENT_EXAMPLE)).unwrap();
        let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
        let block = format!("```rust\n{}\n```", example.trim_end());
        assert!(
            readme.contains(&block),
            "README.md must show {CLIENT_EXAMPLE} verbatim in a ```rust block"
        );
    }

    #[test]
    fn differences_show_a_unified_diff() {
        let dir = std::env::temp_dir().join(format!("xtask-diff-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("a.rs"), "one\ntwo\n").unwrap();
        let files = GeneratedFiles::from([("a.rs".to_string(), "one\nthree\n".to_string())]);
        let report = differences(&dir, &files, &[]);
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(report.contains("--- a/a.rs\n+++ b/a.rs\n"), "{report}");
        assert!(report.contains("-two\n+three\n"), "{report}");
    }
}
