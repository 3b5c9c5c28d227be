//! The generated crates keep their dependencies apart: the client never pulls in the
//! server stack (actix-web), the server never pulls in the client stack (reqwest), and
//! the models crate pulls in neither. Checked on what cargo would build for each
//! package on its own (`cargo tree -e normal`), so dev-dependencies do not count.

use std::collections::BTreeSet;

use anyhow::{Context, Result, ensure};

use crate::files::repo_root;

/// The names of every package `package` depends on (transitively), as built alone.
fn normal_dependencies(package: &str) -> Result<BTreeSet<String>> {
    let output = crate::files::cargo_command()
        .args([
            "tree",
            "--offline",
            "--package",
            package,
            "--edges",
            "normal",
            "--prefix",
            "none",
            "--format",
            "{p}",
        ])
        .current_dir(repo_root())
        .output()
        .context("running cargo tree")?;
    ensure!(
        output.status.success(),
        "cargo tree -p {package} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    Ok(String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_string)
        .collect())
}

#[test]
fn the_client_does_not_depend_on_actix_web() -> Result<()> {
    let dependencies = normal_dependencies("channels-client")?;
    // The listing is real: the client's own stack is in it.
    ensure!(dependencies.contains("reqwest"), "{dependencies:?}");
    ensure!(dependencies.contains("channels-models"), "{dependencies:?}");
    for server_only in ["actix-web", "actix-http", "channels-api"] {
        ensure!(
            !dependencies.contains(server_only),
            "channels-client depends on {server_only}"
        );
    }
    Ok(())
}

#[test]
fn the_server_does_not_depend_on_reqwest() -> Result<()> {
    let dependencies = normal_dependencies("channels-server")?;
    ensure!(dependencies.contains("actix-web"), "{dependencies:?}");
    for client_only in ["reqwest", "channels-client"] {
        ensure!(
            !dependencies.contains(client_only),
            "channels-server depends on {client_only}"
        );
    }
    Ok(())
}

#[test]
fn the_models_depend_on_neither() -> Result<()> {
    let dependencies = normal_dependencies("channels-models")?;
    ensure!(dependencies.contains("serde"), "{dependencies:?}");
    for other in ["actix-web", "reqwest"] {
        ensure!(
            !dependencies.contains(other),
            "channels-models depends on {other}"
        );
    }
    Ok(())
}
