//! `cargo xtask check-features`: `cargo run` (the server alone) must build every
//! dependency with features that `cargo test --workspace` also builds it with, or the
//! second command compiles much of the graph again. `crates/workspace-hack` switches on
//! the missing features; this check says when that list has fallen behind.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{Context, Result, bail};

use crate::files::{cargo_command, repo_root};

/// Feature sets per package (a package built for the host and for the target can have two).
type FeatureSets = BTreeMap<String, BTreeSet<String>>;

pub fn run() -> Result<bool> {
    let run = feature_sets(&["-p", "channels-server", "-e", "normal,build"])?;
    let test = feature_sets(&["--workspace", "-e", "normal,build,dev"])?;
    let mut aligned = true;
    for (package, sets) in &run {
        // Workspace members (`name vX (/path)`) are rebuilt by any edit anyway, and some
        // must differ: the server never enables the runtime's `client` feature.
        if package.ends_with(')') {
            continue;
        }
        let Some(test_sets) = test.get(package) else {
            continue;
        };
        for features in sets.difference(test_sets) {
            aligned = false;
            eprintln!(
                "{package}: `cargo run` builds it with [{features}], `cargo test --workspace` only with {}",
                test_sets
                    .iter()
                    .map(|set| format!("[{set}]"))
                    .collect::<Vec<_>>()
                    .join(" or ")
            );
        }
    }
    if aligned {
        println!(
            "check-features: `cargo test --workspace` reuses every dependency `cargo run` builds"
        );
    } else {
        eprintln!("add the missing features to crates/workspace-hack/Cargo.toml");
    }
    Ok(aligned)
}

fn feature_sets(selection: &[&str]) -> Result<FeatureSets> {
    let output = cargo_command()
        .current_dir(repo_root())
        .arg("tree")
        .args(selection)
        .args(["--target", "all", "--prefix", "none", "-f", "{p} [{f}]"])
        .output()
        .context("running cargo tree")?;
    if !output.status.success() {
        bail!(
            "cargo tree failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(parse(&String::from_utf8_lossy(&output.stdout)))
}

/// Lines look like `serde v1.0.228 [default,derive,std]`, with ` (*)` after repeats.
fn parse(tree: &str) -> FeatureSets {
    let mut sets = FeatureSets::new();
    for line in tree.lines() {
        let line = line.trim_end().trim_end_matches(" (*)");
        let (Some(open), Some(close)) = (line.rfind(" ["), line.rfind(']')) else {
            continue;
        };
        if close < open {
            continue;
        }
        sets.entry(line[..open].to_owned())
            .or_default()
            .insert(line[open + 2..close].to_owned());
    }
    sets
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_packages_and_their_feature_sets() {
        let sets = parse("serde v1.0.0 [default,std]\nserde v1.0.0 [std] (*)\nsyn v2.0.0 []\n\n");
        assert_eq!(sets.len(), 2);
        assert_eq!(sets["serde v1.0.0"].len(), 2);
        assert!(sets["syn v2.0.0"].contains(""));
    }
}
