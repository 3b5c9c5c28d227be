//! Concurrent writers: nothing lost, no 500, at most one default. Also two server
//! instances over one PostgreSQL database.

use std::sync::Arc;

use anyhow::{Result, ensure};
use reqwest::StatusCode;
use serde_json::{Value, json};
use tokio::task::JoinSet;

use crate::support::{ApiClient, BODY_LIMIT, Backend, TestApp, TestDatabase, backend_tests};

backend_tests!(
    parallel_updates_of_different_fields_all_survive,
    parallel_default_changes_leave_one_default
);

const CHANNELS: &str = "/api/v1/channels";
/// Properties written concurrently; each writer owns one.
const FLAGS: [&str; 4] = [
    "is_active",
    "auto_reply_enabled",
    "sla_enabled",
    "is_default",
];
const ROUNDS: usize = 10;

async fn create(client: &ApiClient, body: Value) -> Result<Value> {
    let reply = client.post(CHANNELS, body).await?;
    ensure!(
        reply.status == StatusCode::CREATED,
        "create answered {reply:?}"
    );
    Ok(reply.body)
}

/// One writer per property (each round flips its value, plus a config writer), all
/// through `clients` in turn. Returns the value each writer wrote last.
async fn hammer_one_channel(clients: &[ApiClient], path: &str) -> Result<Value> {
    let mut writers = JoinSet::new();
    for (index, flag) in FLAGS.iter().enumerate() {
        let client = clients[index % clients.len()].clone();
        let path = path.to_owned();
        writers.spawn(async move {
            for round in 0..ROUNDS {
                let value = round.is_multiple_of(2);
                let reply = client.put(&path, json!({ *flag: value })).await?;
                ensure!(reply.status == StatusCode::OK, "{flag}: {reply:?}");
            }
            anyhow::Ok(())
        });
    }
    for (index, client) in clients.iter().enumerate() {
        let client = client.clone();
        let path = path.to_owned();
        writers.spawn(async move {
            for round in 0..ROUNDS {
                let reply = client
                    .put(&path, json!({"config": {"writer": index, "round": round}}))
                    .await?;
                ensure!(reply.status == StatusCode::OK, "config: {reply:?}");
            }
            anyhow::Ok(())
        });
    }
    while let Some(finished) = writers.join_next().await {
        finished??;
    }
    // Every flag writer ended on round ROUNDS - 1.
    let last = (ROUNDS - 1).is_multiple_of(2);
    Ok(json!(last))
}

async fn parallel_updates_of_different_fields_all_survive(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let channel = create(&client, json!({"name": "Busy", "channel_type": "email"})).await?;
    let path = format!("{CHANNELS}/{}", channel["id"]);
    let last = hammer_one_channel(&[client.clone(), client.clone()], &path).await?;
    let stored = client.get(&path).await?.body;
    for flag in FLAGS {
        assert_eq!(stored[flag], last, "{flag} lost: {stored}");
    }
    assert_eq!(stored["config"]["round"], json!(ROUNDS - 1));
    Ok(())
}

/// Many channels, each set default at the same time: exactly one ends up default.
async fn race_for_default(clients: &[ApiClient]) -> Result<()> {
    let mut ids = Vec::new();
    for i in 0..8 {
        ids.push(
            create(
                &clients[0],
                json!({"name": format!("Candidate {i}"), "channel_type": "email"}),
            )
            .await?["id"]
                .clone(),
        );
    }
    let mut racers = JoinSet::new();
    for (i, id) in ids.iter().enumerate() {
        let client = clients[i % clients.len()].clone();
        let path = format!("{CHANNELS}/{id}");
        racers.spawn(async move {
            for _ in 0..3 {
                let reply = client.put(&path, json!({"is_default": true})).await?;
                ensure!(reply.status == StatusCode::OK, "{reply:?}");
            }
            anyhow::Ok(())
        });
    }
    while let Some(finished) = racers.join_next().await {
        finished??;
    }
    let listed = clients[0].get(CHANNELS).await?.body;
    let defaults = listed["items"]
        .as_array()
        .map(|items| items.iter().filter(|c| c["is_default"] == true).count());
    assert_eq!(defaults, Some(1), "{listed}");
    Ok(())
}

async fn parallel_default_changes_leave_one_default(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    race_for_default(&[client.clone(), client]).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_over_one_postgres_database() -> Result<()> {
    if !Backend::postgres_enabled() {
        eprintln!("skipped: CHANNELS_TEST_POSTGRES=0");
        return Ok(());
    }
    let database = Arc::new(TestDatabase::create(Backend::Postgres).await?);
    let first = TestApp::start_on(database.clone(), BODY_LIMIT).await?;
    let second = TestApp::start_on(database, BODY_LIMIT).await?;
    let via_first = first.client_for("acme").await?;
    // The same key works on both: they share the database.
    let via_second = ApiClient::new(&second.base_url, via_first.key().map(str::to_owned));
    let clients = [via_first.clone(), via_second.clone()];

    let channel = create(
        &via_first,
        json!({"name": "Shared", "channel_type": "email"}),
    )
    .await?;
    let path = format!("{CHANNELS}/{}", channel["id"]);
    let last = hammer_one_channel(&clients, &path).await?;
    let through_second = via_second.get(&path).await?.body;
    for flag in FLAGS {
        assert_eq!(through_second[flag], last, "{flag} lost: {through_second}");
    }
    assert_eq!(through_second, via_first.get(&path).await?.body);

    race_for_default(&clients).await
}
