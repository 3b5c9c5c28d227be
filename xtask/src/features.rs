//! `cargo xtask check-features`: `cargo test --workspace` must reuse every dependency that
//! `cargo run` (the server alone) built, or a new user's second command compiles most of
//! the graph again. Features are one cause (`crates/workspace-hack` aligns them), profiles
//! another (`[profile.dev.build-override]` in the workspace manifest).
//!
//! The check compares cargo's unit graphs (`--unit-graph`), the units cargo would compile:
//! package, target, features, profile, mode, and the same for every dependency, host and
//! target apart. A dependency unit of `cargo run` missing from `cargo test --workspace` is
//! a rebuild. `--unit-graph` is unstable, so the check runs cargo with `RUSTC_BOOTSTRAP=1`;
//! it reads the graph only and compiles nothing.

use std::collections::{BTreeSet, HashMap, HashSet};

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use crate::files::{cargo_command, repo_root};

pub fn run() -> Result<bool> {
    let run = unit_graph(&["build", "-p", "channels-server"])?;
    let test = unit_graph(&["test", "--workspace", "--no-run"])?;
    let rebuilt = rebuilt_units(&run, &test);
    if rebuilt.is_empty() {
        println!(
            "check-features: `cargo test --workspace` reuses every dependency `cargo run` builds"
        );
        return Ok(true);
    }
    for unit in &rebuilt {
        eprintln!("`cargo test --workspace` builds {unit} differently from `cargo run`");
    }
    eprintln!(
        "align the features in crates/workspace-hack/Cargo.toml (`cargo tree -e features -i <package>` \
         shows who switches them on), or the profiles in Cargo.toml"
    );
    Ok(false)
}

/// One unit of cargo's `--unit-graph` output (only what identifies it).
#[derive(Debug, Deserialize)]
struct Unit {
    pkg_id: String,
    target: Target,
    profile: serde_json::Map<String, serde_json::Value>,
    features: Vec<String>,
    mode: String,
    platform: Option<String>,
    dependencies: Vec<Dependency>,
}

#[derive(Debug, Deserialize)]
struct Target {
    name: String,
    kind: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Dependency {
    index: usize,
    extern_crate_name: String,
}

#[derive(Debug, Deserialize)]
struct UnitGraph {
    units: Vec<Unit>,
}

fn unit_graph(command: &[&str]) -> Result<Vec<Unit>> {
    let output = cargo_command()
        .current_dir(repo_root())
        .env("RUSTC_BOOTSTRAP", "1")
        .args(command)
        .args(["--unit-graph", "-Z", "unstable-options"])
        .output()
        .with_context(|| format!("running cargo {}", command.join(" ")))?;
    if !output.status.success() {
        bail!(
            "cargo {} --unit-graph failed: {}",
            command.join(" "),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let graph: UnitGraph = serde_json::from_slice(&output.stdout)
        .with_context(|| format!("reading the unit graph of cargo {}", command.join(" ")))?;
    Ok(graph.units)
}

/// The registry units of `run` that `test` does not build identically, by description.
/// Workspace members are left out: any edit rebuilds them anyway, and some must differ
/// (the server never enables the runtime's `client` feature).
fn rebuilt_units(run: &[Unit], test: &[Unit]) -> BTreeSet<String> {
    let test_identities: HashSet<u64> = identities(test).into_iter().collect();
    let run_identities = identities(run);
    run.iter()
        .zip(&run_identities)
        .filter(|(unit, identity)| {
            !is_workspace_member(unit) && !test_identities.contains(identity)
        })
        .map(|(unit, _)| describe(unit))
        .collect()
}

fn is_workspace_member(unit: &Unit) -> bool {
    unit.pkg_id.starts_with("path+")
}

fn describe(unit: &Unit) -> String {
    let package = unit.pkg_id.rsplit('#').next().unwrap_or(&unit.pkg_id);
    format!(
        "{package} ({} {}, features [{}])",
        unit.target.kind.join(","),
        unit.mode,
        unit.features.join(",")
    )
}

/// A hash per unit of everything that names its compiled artifact: its own settings and
/// its dependencies' identities. The profile's name is left out (`dev` for one command,
/// `test` for the other, with the same settings).
fn identities(units: &[Unit]) -> Vec<u64> {
    fn identity(index: usize, units: &[Unit], memo: &mut HashMap<usize, u64>) -> u64 {
        if let Some(&known) = memo.get(&index) {
            return known;
        }
        let unit = &units[index];
        let mut dependencies: Vec<(u64, &str)> = unit
            .dependencies
            .iter()
            .map(|dependency| {
                (
                    identity(dependency.index, units, memo),
                    dependency.extern_crate_name.as_str(),
                )
            })
            .collect();
        dependencies.sort_unstable();
        let profile: Vec<(&String, String)> = unit
            .profile
            .iter()
            .filter(|(key, _)| key.as_str() != "name")
            .map(|(key, value)| (key, value.to_string()))
            .collect();
        let mut hasher = std::hash::DefaultHasher::new();
        std::hash::Hash::hash(
            &(
                &unit.pkg_id,
                &unit.target.name,
                &unit.target.kind,
                &unit.features,
                &profile,
                &unit.mode,
                &unit.platform,
                &dependencies,
            ),
            &mut hasher,
        );
        let hash = std::hash::Hasher::finish(&hasher);
        memo.insert(index, hash);
        hash
    }
    let mut memo = HashMap::with_capacity(units.len());
    (0..units.len())
        .map(|index| identity(index, units, &mut memo))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(json: serde_json::Value) -> Vec<Unit> {
        serde_json::from_value::<UnitGraph>(json)
            .map(|graph| graph.units)
            .unwrap_or_default()
    }

    fn unit(pkg: &str, features: &[&str], debug: &str, deps: &[usize]) -> serde_json::Value {
        serde_json::json!({
            "pkg_id": pkg,
            "target": {"name": pkg, "kind": ["lib"]},
            "profile": {"name": "dev", "debuginfo": debug},
            "features": features,
            "mode": "build",
            "platform": null,
            "dependencies": deps.iter().map(|index| serde_json::json!({
                "index": index, "extern_crate_name": "dep"
            })).collect::<Vec<_>>(),
        })
    }

    #[test]
    fn a_dependency_built_differently_rebuilds_its_dependents() {
        let run = graph(serde_json::json!({"units": [
            unit("registry#leaf@1", &[], "0", &[]),
            unit("registry#user@1", &["std"], "1", &[0]),
            unit("path+file:///server#0.1.0", &[], "1", &[1]),
        ]}));
        // Same features and profile for the user; its dependency has other debug info.
        let test = graph(serde_json::json!({"units": [
            unit("registry#leaf@1", &[], "1", &[]),
            unit("registry#user@1", &["std"], "1", &[0]),
            unit("path+file:///server#0.1.0", &["client"], "1", &[1]),
        ]}));
        let rebuilt = rebuilt_units(&run, &test);
        assert_eq!(rebuilt.len(), 2, "{rebuilt:?}");
        assert!(rebuilt.iter().any(|unit| unit.starts_with("user@1")));
        // The workspace member differs too, and is not reported.
        assert!(!rebuilt.iter().any(|unit| unit.contains("0.1.0")));
    }

    #[test]
    fn identical_graphs_in_another_order_rebuild_nothing() {
        let run = graph(serde_json::json!({"units": [
            unit("registry#leaf@1", &["a"], "1", &[]),
            unit("registry#user@1", &[], "1", &[0]),
        ]}));
        let mut test_units = vec![
            unit("registry#user@1", &[], "1", &[1]),
            unit("registry#leaf@1", &["a"], "1", &[]),
            unit("registry#extra@1", &[], "1", &[]),
        ];
        test_units[0]["profile"]["name"] = "test".into();
        let test = graph(serde_json::json!({ "units": test_units }));
        assert!(rebuilt_units(&run, &test).is_empty());
    }
}
