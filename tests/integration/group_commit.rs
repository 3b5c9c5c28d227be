//! SQLite's batched writer seen through HTTP: writes that share one transaction and one
//! commit still succeed or fail one by one.

use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail, ensure};
use channels_server::domain::channels::ChannelError;
use channels_server::group_commit::Writer;
use reqwest::StatusCode;
use serde_json::json;
use tokio::sync::oneshot;

use crate::support::{Backend, TestApp};

const CHANNELS: &str = "/api/v1/channels";
const WAIT: Duration = Duration::from_secs(20);

/// Polls `done` every few milliseconds until it holds, for at most `WAIT`.
async fn wait_until(what: &str, mut done: impl FnMut() -> bool) -> Result<()> {
    let deadline = Instant::now() + WAIT;
    while !done() {
        if Instant::now() > deadline {
            bail!("waited {WAIT:?} for {what}");
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_duplicate_name_fails_alone_inside_a_shared_commit() -> Result<()> {
    let app = TestApp::start(Backend::Sqlite).await?;
    let client = app.client_for("acme").await?;
    let taken = client
        .post(CHANNELS, json!({"name": "taken", "channel_type": "web"}))
        .await?;
    ensure!(taken.status == StatusCode::CREATED, "{taken:?}");
    let stats = app.writer.stats().context("SQLite writes are batched")?;

    // Hold the writer inside a batch of its own, so that the requests below queue up
    // and are taken together into the next batch.
    let (open_gate, gate) = oneshot::channel::<()>();
    let writes_before = stats.writes();
    let Writer::Batched(writer) = app.writer.clone() else {
        bail!("SQLite writes go through the batched writer");
    };
    let held = tokio::spawn(async move {
        writer
            .write(move |_connection| {
                // The writer is a thread of its own: blocking it blocks only writes.
                let _ = gate.blocking_recv();
                Ok::<(), ChannelError>(())
            })
            .await
    });
    wait_until("the writer to hold the gate", || {
        stats.writes() == writes_before + 1
    })
    .await?;

    // Queued one after another, so the duplicate sits in the middle of the batch.
    let names = ["first", "second", "taken", "fourth", "fifth"];
    let mut requests = Vec::new();
    for (queued, name) in names.iter().enumerate() {
        let client = client.clone();
        let body = json!({"name": name, "channel_type": "web"});
        requests.push(tokio::spawn(
            async move { client.post(CHANNELS, body).await },
        ));
        wait_until("the request to reach the writer's queue", || {
            app.writer.queued() == queued + 1
        })
        .await?;
    }
    let batches_before = stats.batches();
    let _ = open_gate.send(());
    held.await??;

    let mut statuses = Vec::new();
    for request in requests {
        statuses.push(request.await??.status);
    }
    assert_eq!(
        statuses,
        [
            StatusCode::CREATED,
            StatusCode::CREATED,
            StatusCode::CONFLICT,
            StatusCode::CREATED,
            StatusCode::CREATED
        ]
    );
    assert_eq!(stats.batches(), batches_before + 1, "one shared commit");
    assert_eq!(stats.last_batch(), names.len() as u64);

    let listed = client.get(&format!("{CHANNELS}?limit=100")).await?;
    let mut stored: Vec<&str> = listed.body["items"]
        .as_array()
        .context("no items")?
        .iter()
        .filter_map(|item| item["name"].as_str())
        .collect();
    stored.sort_unstable();
    assert_eq!(stored, ["fifth", "first", "fourth", "second", "taken"]);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_updates_all_land() -> Result<()> {
    let app = TestApp::start(Backend::Sqlite).await?;
    let client = app.client_for("acme").await?;
    let created = client
        .post(CHANNELS, json!({"name": "counter", "channel_type": "web"}))
        .await?;
    let id = created.body["id"].as_i64().context("no id")?;
    let mut updates = Vec::new();
    for n in 0..32 {
        let client = client.clone();
        updates.push(tokio::spawn(async move {
            let body = json!({"config": {format!("k{n}"): n}});
            client.put(&format!("{CHANNELS}/{id}"), body).await
        }));
    }
    for update in updates {
        let reply = update.await??;
        ensure!(reply.status == StatusCode::OK, "{reply:?}");
    }
    // Each update replaced `config` whole; the last one committed is what remains.
    let stored = client.get(&format!("{CHANNELS}/{id}")).await?;
    ensure!(
        stored.body["config"].as_object().map(|config| config.len()) == Some(1),
        "{stored:?}"
    );
    Ok(())
}
