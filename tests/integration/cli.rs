//! The `keys` command line, run as the built binary.

use anyhow::{Result, ensure};
use reqwest::StatusCode;
use tokio::process::Command;

use crate::support::{ApiClient, Backend, TestApp, TestDatabase};

const SERVER_BIN: &str = env!("CARGO_BIN_EXE_channels-server");

async fn keys(database_url: &str, args: &[&str]) -> Result<(bool, String, String)> {
    let output = Command::new(SERVER_BIN)
        .arg("keys")
        .args(args)
        .env("DATABASE_URL", database_url)
        .env("CHANNELS_LOG_LEVEL", "warn")
        .output()
        .await?;
    Ok((
        output.status.success(),
        String::from_utf8(output.stdout)?,
        String::from_utf8(output.stderr)?,
    ))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_create_list_revoke() -> Result<()> {
    let database = std::sync::Arc::new(TestDatabase::create(Backend::Sqlite).await?);
    let url = database.url.clone();

    let (ok, stdout, stderr) = keys(&url, &["create", "--tenant", "acme"]).await?;
    ensure!(ok, "keys create failed: {stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "the key is the only line: {stdout:?}");
    let key = lines[0].to_owned();
    assert!(key.len() > 40 && !key.contains(char::is_whitespace));

    // Without a key cache, so the revocation below (by another process) applies at once;
    // key_cache.rs covers the bound with a cache.
    let app = TestApp::start_with(database.clone(), |config| {
        config.key_cache.ttl = std::time::Duration::ZERO;
    })
    .await?;
    let client = ApiClient::new(&app.base_url, Some(key.clone()));
    assert_eq!(client.get("/api/v1/channels").await?.status, StatusCode::OK);

    let (ok, listed, stderr) = keys(&url, &["list"]).await?;
    ensure!(ok, "keys list failed: {stderr}");
    let row = listed
        .lines()
        .find(|line| line.contains("acme"))
        .unwrap_or_default()
        .to_owned();
    let prefix = row.split('\t').next().unwrap_or_default().to_owned();
    assert!(!prefix.is_empty() && key.starts_with(&prefix), "{listed}");
    assert!(!listed.contains(&key), "the secret is never listed");

    let (ok, _, stderr) = keys(&url, &["revoke", &prefix]).await?;
    ensure!(ok, "keys revoke failed: {stderr}");
    assert_eq!(
        client.get("/api/v1/channels").await?.status,
        StatusCode::UNAUTHORIZED
    );

    let (ok, _, _) = keys(&url, &["revoke", &prefix]).await?;
    assert!(!ok, "revoking twice fails");
    let (_, listed, _) = keys(&url, &["list"]).await?;
    let row = listed
        .lines()
        .find(|line| line.starts_with(&prefix))
        .unwrap_or_default();
    assert!(!row.ends_with("\t-"), "shown as revoked: {row}");
    Ok(())
}

/// Reads lines from `lines` until one satisfies `pick`, for at most `START_TIMEOUT`.
async fn wait_for_line<R: tokio::io::AsyncBufRead + Unpin>(
    lines: &mut tokio::io::Lines<R>,
    pick: impl Fn(&str) -> Option<String>,
) -> Result<String> {
    let found = tokio::time::timeout(START_TIMEOUT, async {
        while let Some(line) = lines.next_line().await? {
            if let Some(found) = pick(&line) {
                return Ok(found);
            }
        }
        anyhow::bail!("output ended first")
    })
    .await??;
    Ok(found)
}

const START_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_start_prints_a_working_key_and_stops_gracefully() -> Result<()> {
    use std::process::Stdio;
    use tokio::io::{AsyncBufReadExt, BufReader};

    let database = TestDatabase::create(Backend::Sqlite).await?;
    let mut server = Command::new(SERVER_BIN)
        .args(["--bind", "127.0.0.1:0", "--log-format", "json"])
        .env("DATABASE_URL", &database.url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()?;
    let (Some(stdout), Some(stderr)) = (server.stdout.take(), server.stderr.take()) else {
        anyhow::bail!("no pipes");
    };
    let mut log = BufReader::new(stderr).lines();
    let address = wait_for_line(&mut log, |line| {
        let entry: serde_json::Value = serde_json::from_str(line).ok()?;
        (entry["message"] == "listening").then(|| entry["address"].as_str().map(str::to_owned))?
    })
    .await?;
    let mut out = BufReader::new(stdout).lines();
    let key = wait_for_line(&mut out, |line| {
        let word = line.trim();
        word.starts_with("chk_").then(|| word.to_owned())
    })
    .await?;

    let client = ApiClient::new(&format!("http://{address}"), Some(key.clone()));
    assert_eq!(client.get("/api/v1/channels").await?.status, StatusCode::OK);

    let pid = server.id().map(|id| id.to_string()).unwrap_or_default();
    let signalled = Command::new("kill").args(["-TERM", &pid]).status().await?;
    ensure!(signalled.success(), "kill -TERM {pid}");
    let exit = tokio::time::timeout(START_TIMEOUT, server.wait()).await??;
    assert!(exit.success(), "graceful stop exits 0: {exit:?}");

    // The rest of the log holds no key.
    let mut rest = String::new();
    while let Some(line) = log.next_line().await? {
        rest.push_str(&line);
    }
    assert!(!rest.contains(&key));
    assert!(rest.contains("stopped"), "{rest}");
    Ok(())
}
