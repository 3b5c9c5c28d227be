//! Authentication from the in-memory key cache: revocations made by the server's own key
//! service apply at once; revocations made elsewhere within the cache's lifetime.

use std::time::{Duration, Instant};

use anyhow::{Result, bail};
use channels_server::domain::keys::KeyService;
use reqwest::StatusCode;

use crate::support::{ApiClient, Backend, TestApp, TestDatabase, backend_tests};

const CHANNELS: &str = "/api/v1/channels";
/// The lifetime configured for these tests.
const TTL: Duration = Duration::from_millis(1500);
/// Scheduling slack on a loaded machine, on top of the lifetime.
const SLACK: Duration = Duration::from_secs(3);

backend_tests!(
    a_key_revoked_elsewhere_is_refused_within_the_cache_lifetime,
    a_key_revoked_by_this_server_is_refused_at_once,
);

async fn start(backend: Backend) -> Result<TestApp> {
    let database = std::sync::Arc::new(TestDatabase::create(backend).await?);
    TestApp::start_with(database, |config| config.key_cache.ttl = TTL).await
}

async fn a_key_revoked_elsewhere_is_refused_within_the_cache_lifetime(
    backend: Backend,
) -> Result<()> {
    let app = start(backend).await?;
    // Another process (the `keys` command line) has its own service and cache.
    let elsewhere = KeyService::new(app.db.clone());
    let issued = elsewhere.issue("acme").await?;
    let client = ApiClient::new(&app.base_url, Some(issued.key.clone()));
    assert_eq!(client.get(CHANNELS).await?.status, StatusCode::OK);

    elsewhere.revoke(&issued.prefix).await?;
    let revoked_at = Instant::now();
    loop {
        let status = client.get(CHANNELS).await?.status;
        if status == StatusCode::UNAUTHORIZED {
            break;
        }
        assert_eq!(status, StatusCode::OK);
        if revoked_at.elapsed() > TTL + SLACK {
            bail!(
                "the revoked key still worked {:?} later",
                revoked_at.elapsed()
            );
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Refused from then on: nothing puts a revoked key back into the cache.
    for _ in 0..3 {
        assert_eq!(client.get(CHANNELS).await?.status, StatusCode::UNAUTHORIZED);
    }
    Ok(())
}

async fn a_key_revoked_by_this_server_is_refused_at_once(backend: Backend) -> Result<()> {
    let app = start(backend).await?;
    let issued = app.keys.issue("acme").await?;
    let client = ApiClient::new(&app.base_url, Some(issued.key.clone()));
    // Twice: the second answer comes from the cache.
    assert_eq!(client.get(CHANNELS).await?.status, StatusCode::OK);
    assert_eq!(client.get(CHANNELS).await?.status, StatusCode::OK);
    app.keys.revoke(&issued.prefix).await?;
    assert_eq!(client.get(CHANNELS).await?.status, StatusCode::UNAUTHORIZED);
    Ok(())
}
