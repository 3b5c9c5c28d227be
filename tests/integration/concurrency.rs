//! Concurrent writers: nothing lost, no 500, at most one default. Also two server
//! instances over one PostgreSQL database.

use std::sync::Arc;

use anyhow::{Result, bail};
use channels_client::models::responses::{ListChannelsResponse, UpdateChannelResponse};
use channels_client::models::{ChannelResponse, ChannelUpdate};
use channels_client::{ChannelsClient, ListChannelsParams};
use serde_json::json;
use tokio::task::JoinSet;

use crate::support::typed::{create, get, new_channel, no_change};
use crate::support::{ApiClient, BODY_LIMIT, Backend, TestApp, TestDatabase, backend_tests};

backend_tests!(
    parallel_updates_of_different_fields_all_survive,
    parallel_default_changes_leave_one_default
);

/// Properties written concurrently; each writer owns one.
const FLAGS: [Flag; 4] = [
    Flag::IsActive,
    Flag::AutoReplyEnabled,
    Flag::SlaEnabled,
    Flag::IsDefault,
];
const ROUNDS: usize = 10;

#[derive(Debug, Clone, Copy)]
enum Flag {
    IsActive,
    AutoReplyEnabled,
    SlaEnabled,
    IsDefault,
}

impl Flag {
    fn set(self, value: bool) -> ChannelUpdate {
        let mut changes = no_change();
        match self {
            Self::IsActive => changes.is_active = Some(value),
            Self::AutoReplyEnabled => changes.auto_reply_enabled = Some(value),
            Self::SlaEnabled => changes.sla_enabled = Some(value),
            Self::IsDefault => changes.is_default = Some(value),
        }
        changes
    }

    fn of(self, channel: &ChannelResponse) -> bool {
        match self {
            Self::IsActive => channel.is_active,
            Self::AutoReplyEnabled => channel.auto_reply_enabled,
            Self::SlaEnabled => channel.sla_enabled,
            Self::IsDefault => channel.is_default,
        }
    }
}

/// Updates a channel, which must succeed.
async fn update(client: &ChannelsClient, id: i64, changes: &ChannelUpdate) -> Result<()> {
    match client.update_channel(id, changes).await? {
        UpdateChannelResponse::Ok(_) => Ok(()),
        other => bail!("update answered {other:?}"),
    }
}

/// One writer per property (each round flips its value, plus a config writer), all
/// through `clients` in turn. Returns the value each flag writer wrote last.
async fn hammer_one_channel(clients: &[ChannelsClient], id: i64) -> Result<bool> {
    let mut writers = JoinSet::new();
    for (index, flag) in FLAGS.into_iter().enumerate() {
        let client = clients[index % clients.len()].clone();
        writers.spawn(async move {
            for round in 0..ROUNDS {
                update(&client, id, &flag.set(round.is_multiple_of(2))).await?;
            }
            anyhow::Ok(())
        });
    }
    for (index, client) in clients.iter().enumerate() {
        let client = client.clone();
        writers.spawn(async move {
            for round in 0..ROUNDS {
                let config = json!({"writer": index, "round": round});
                let changes = ChannelUpdate {
                    config: config.as_object().cloned(),
                    ..no_change()
                };
                update(&client, id, &changes).await?;
            }
            anyhow::Ok(())
        });
    }
    while let Some(finished) = writers.join_next().await {
        finished??;
    }
    // Every flag writer ended on round ROUNDS - 1.
    Ok((ROUNDS - 1).is_multiple_of(2))
}

async fn parallel_updates_of_different_fields_all_survive(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let api = client.typed();
    let channel = create(api, &new_channel("Busy", "email")).await?;
    let last = hammer_one_channel(&[api.clone(), api.clone()], channel.id).await?;
    let stored = get(api, channel.id).await?;
    for flag in FLAGS {
        assert_eq!(flag.of(&stored), last, "{flag:?} lost: {stored:?}");
    }
    assert_eq!(stored.config.get("round"), Some(&json!(ROUNDS - 1)));
    Ok(())
}

/// Many channels, each set default at the same time: exactly one ends up default.
async fn race_for_default(clients: &[ChannelsClient]) -> Result<()> {
    let mut ids = Vec::new();
    for i in 0..8 {
        ids.push(
            create(
                &clients[0],
                &new_channel(&format!("Candidate {i}"), "email"),
            )
            .await?
            .id,
        );
    }
    let mut racers = JoinSet::new();
    for (i, id) in ids.into_iter().enumerate() {
        let client = clients[i % clients.len()].clone();
        racers.spawn(async move {
            for _ in 0..3 {
                update(&client, id, &Flag::IsDefault.set(true)).await?;
            }
            anyhow::Ok(())
        });
    }
    while let Some(finished) = racers.join_next().await {
        finished??;
    }
    let ListChannelsResponse::Ok(listed) = clients[0]
        .list_channels(&ListChannelsParams::default())
        .await?
    else {
        bail!("list failed");
    };
    let defaults = listed.items.iter().filter(|c| c.is_default).count();
    assert_eq!(defaults, 1, "{listed:?}");
    Ok(())
}

async fn parallel_default_changes_leave_one_default(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let api = client.typed();
    race_for_default(&[api.clone(), api.clone()]).await
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
    let clients = [via_first.typed().clone(), via_second.typed().clone()];

    let channel = create(&clients[0], &new_channel("Shared", "email")).await?;
    let last = hammer_one_channel(&clients, channel.id).await?;
    let through_second = get(&clients[1], channel.id).await?;
    for flag in FLAGS {
        assert_eq!(
            flag.of(&through_second),
            last,
            "{flag:?} lost: {through_second:?}"
        );
    }
    assert_eq!(through_second, get(&clients[0], channel.id).await?);

    race_for_default(&clients).await
}
