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

    let app = TestApp::start_on(database.clone(), crate::support::BODY_LIMIT).await?;
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
