//! Crash durability of the real binary on SQLite: while several clients stream writes, the
//! process is killed with SIGKILL; restarted on the same file, it must still hold every write it
//! acknowledged, and the file must pass `PRAGMA integrity_check`. Several rounds, each bounded.
//! A second test does the same with many more writers, so that the kill lands while the
//! server's writer commits batches of several writes (its log shows their sizes).

use std::net::{Ipv4Addr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail, ensure};
use sea_orm::{ConnectionTrait, Database, DbBackend, Statement};
use serde_json::{Value, json};
use tokio::process::{Child, Command};
use tokio::task::JoinSet;

const SERVER_BIN: &str = env!("CARGO_BIN_EXE_channels-server");
/// Kill-and-restart rounds.
const ROUNDS: usize = 3;
/// Clients writing at the same time, so the kill lands while several transactions are in flight.
const WRITERS: usize = 4;
/// Clients of the shared-commit test: enough that writes queue up behind each commit.
const BATCH_WRITERS: usize = 24;
/// Makes the server log each batch's size (`write batch committed writes=N`).
const BATCH_LOG_LEVEL: &str = "info,channels_server::group_commit=debug";
/// Acknowledged writes each round waits for before the kill (the writers keep going until it).
const ACKS_BEFORE_KILL: usize = 60;
const START_TIMEOUT: Duration = Duration::from_secs(60);
const ROUND_TIMEOUT: Duration = Duration::from_secs(60);
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// What the server acknowledged: channels it answered 201 for, and per writer the highest
/// `config.seq` it answered 200 for on that writer's own counter channel.
#[derive(Default)]
struct Acknowledged {
    created: Vec<(i64, String)>,
    counters: Vec<(i64, u64)>,
}

/// The real `channels-server` binary running on a free port of 127.0.0.1, its output appended to a
/// log file.
struct Server {
    child: Child,
    base_url: String,
}

impl Server {
    async fn start(database_url: &str, log: &Path) -> Result<Self> {
        Self::start_logging(database_url, log, "info").await
    }

    async fn start_logging(database_url: &str, log: &Path, log_level: &str) -> Result<Self> {
        let port = free_port()?;
        let log_file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
            .with_context(|| format!("opening {}", log.display()))?;
        let child = Command::new(SERVER_BIN)
            .args([
                "--bind",
                &format!("127.0.0.1:{port}"),
                "--database-url",
                database_url,
                "--log-level",
                log_level,
            ])
            .stdin(Stdio::null())
            .stdout(log_file.try_clone()?)
            .stderr(log_file)
            .kill_on_drop(true)
            .spawn()
            .context("starting channels-server")?;
        let mut server = Server {
            child,
            base_url: format!("http://127.0.0.1:{port}"),
        };
        server.wait_ready().await?;
        Ok(server)
    }

    async fn wait_ready(&mut self) -> Result<()> {
        let client = http_client()?;
        let deadline = Instant::now() + START_TIMEOUT;
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait()? {
                bail!("channels-server exited during start-up: {status}");
            }
            let ready = client.get(format!("{}/readyz", self.base_url)).send().await;
            if ready.is_ok_and(|response| response.status().is_success()) {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        bail!("/readyz did not answer 200 within {START_TIMEOUT:?}")
    }

    /// SIGKILL: no shutdown hook, no flush, no checkpoint.
    async fn kill(mut self) -> Result<()> {
        self.child.start_kill().context("sending SIGKILL")?;
        self.child
            .wait()
            .await
            .context("reaping the killed server")?;
        Ok(())
    }
}

fn free_port() -> Result<u16> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).context("finding a free port")?;
    Ok(listener.local_addr()?.port())
}

fn http_client() -> Result<reqwest::Client> {
    Ok(reqwest::Client::builder()
        .timeout(REQUEST_TIMEOUT)
        .build()?)
}

async fn create_api_key(database_url: &str, tenant: &str) -> Result<String> {
    let output = Command::new(SERVER_BIN)
        .args([
            "keys",
            "create",
            "--tenant",
            tenant,
            "--database-url",
            database_url,
        ])
        .stdin(Stdio::null())
        .output()
        .await
        .context("running `channels-server keys create`")?;
    ensure!(
        output.status.success(),
        "`keys create` failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).context("the key is not UTF-8")?;
    let key = stdout.trim();
    ensure!(
        !key.is_empty() && !key.contains('\n'),
        "`keys create` must print the key alone: {stdout:?}"
    );
    Ok(key.to_owned())
}

/// `Ok(None)` when the exchange broke off (the server was killed); an answer other than 201 is a failure.
async fn create_channel(
    client: &reqwest::Client,
    base_url: &str,
    key: &str,
    name: &str,
) -> Result<Option<i64>> {
    let sent = client
        .post(format!("{base_url}/api/v1/channels"))
        .bearer_auth(key)
        .json(&json!({"name": name, "channel_type": "durability"}))
        .send()
        .await;
    let Ok(response) = sent else { return Ok(None) };
    ensure!(
        response.status() == reqwest::StatusCode::CREATED,
        "create {name}: {}",
        response.status()
    );
    let Ok(body) = response.json::<Value>().await else {
        return Ok(None);
    };
    body["id"]
        .as_i64()
        .map(Some)
        .context("no id in the created channel")
}

/// `Ok(false)` when the exchange broke off (the server was killed); an answer other than 200 is a failure.
async fn set_counter(
    client: &reqwest::Client,
    base_url: &str,
    key: &str,
    id: i64,
    seq: u64,
) -> Result<bool> {
    let sent = client
        .put(format!("{base_url}/api/v1/channels/{id}"))
        .bearer_auth(key)
        .json(&json!({"config": {"seq": seq}}))
        .send()
        .await;
    let Ok(response) = sent else { return Ok(false) };
    ensure!(
        response.status() == reqwest::StatusCode::OK,
        "update counter {id}: {}",
        response.status()
    );
    Ok(response.bytes().await.is_ok())
}

/// One writer: creates channels and bumps `config.seq` on its own counter channel, alternately,
/// recording each write only once the server has acknowledged it, until the kill breaks a request off.
async fn stream_writes(
    base_url: String,
    key: String,
    round: usize,
    writer: usize,
    acknowledged: Arc<Mutex<Acknowledged>>,
) -> Result<()> {
    let client = http_client()?;
    let counter_name = format!("counter r{round} w{writer}");
    let Some(counter_id) = create_channel(&client, &base_url, &key, &counter_name).await? else {
        return Ok(());
    };
    record(&acknowledged, |acked| {
        acked.created.push((counter_id, counter_name))
    })?;
    for seq in 1u64.. {
        let name = format!("stream r{round} w{writer} n{seq}");
        let Some(id) = create_channel(&client, &base_url, &key, &name).await? else {
            return Ok(());
        };
        record(&acknowledged, |acked| acked.created.push((id, name)))?;
        if !set_counter(&client, &base_url, &key, counter_id, seq).await? {
            return Ok(());
        }
        record(&acknowledged, |acked| {
            acked.counters.push((counter_id, seq))
        })?;
    }
    Ok(())
}

fn record(
    acknowledged: &Mutex<Acknowledged>,
    change: impl FnOnce(&mut Acknowledged),
) -> Result<()> {
    let mut acked = acknowledged
        .lock()
        .map_err(|_| anyhow::anyhow!("a writer panicked while recording"))?;
    change(&mut acked);
    Ok(())
}

fn acknowledged_writes(acknowledged: &Mutex<Acknowledged>) -> Result<usize> {
    let acked = acknowledged
        .lock()
        .map_err(|_| anyhow::anyhow!("a writer panicked while recording"))?;
    Ok(acked.created.len() + acked.counters.len())
}

/// Every channel of the tenant, page by page.
async fn all_channels(base_url: &str, key: &str) -> Result<Vec<Value>> {
    let client = http_client()?;
    let mut channels = Vec::new();
    loop {
        let page: Value = client
            .get(format!("{base_url}/api/v1/channels"))
            .query(&[
                ("skip", channels.len().to_string()),
                ("limit", "100".to_owned()),
            ])
            .bearer_auth(key)
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        let items = page["items"].as_array().context("no items in the page")?;
        if items.is_empty() {
            return Ok(channels);
        }
        channels.extend(items.iter().cloned());
    }
}

async fn verify_acknowledged(
    base_url: &str,
    key: &str,
    acknowledged: &Mutex<Acknowledged>,
) -> Result<()> {
    let stored = all_channels(base_url, key).await?;
    let acked = acknowledged
        .lock()
        .map_err(|_| anyhow::anyhow!("a writer panicked while recording"))?;
    for (id, name) in &acked.created {
        let channel = stored
            .iter()
            .find(|channel| channel["id"].as_i64() == Some(*id))
            .with_context(|| {
                format!("acknowledged channel {id} ({name}) is gone after the crash")
            })?;
        ensure!(
            channel["name"].as_str() == Some(name.as_str()),
            "channel {id} is named {} after the crash, acknowledged as {name}",
            channel["name"]
        );
    }
    for (id, seq) in &acked.counters {
        let channel = stored
            .iter()
            .find(|channel| channel["id"].as_i64() == Some(*id))
            .with_context(|| format!("counter channel {id} is gone after the crash"))?;
        // A write that was in flight at the kill may have landed too, so the stored value can be
        // newer than the last acknowledged one, never older.
        let stored_seq = channel["config"]["seq"].as_u64().unwrap_or(0);
        ensure!(
            stored_seq >= *seq,
            "counter channel {id}: seq {seq} was acknowledged, {stored_seq} is stored after the crash"
        );
    }
    Ok(())
}

async fn integrity_check(database_file: &Path) -> Result<()> {
    let db = Database::connect(format!("sqlite://{}?mode=rw", database_file.display())).await?;
    let rows = db
        .query_all_raw(Statement::from_string(
            DbBackend::Sqlite,
            "PRAGMA integrity_check",
        ))
        .await?;
    let verdicts = rows
        .iter()
        .map(|row| row.try_get_by_index::<String>(0))
        .collect::<Result<Vec<_>, _>>()?;
    db.close().await?;
    ensure!(verdicts == ["ok"], "PRAGMA integrity_check: {verdicts:?}");
    Ok(())
}

/// How a round loads the server.
#[derive(Clone, Copy)]
struct Load {
    writers: usize,
    log_level: &'static str,
}

const STEADY: Load = Load {
    writers: WRITERS,
    log_level: "info",
};

const BATCHED: Load = Load {
    writers: BATCH_WRITERS,
    log_level: BATCH_LOG_LEVEL,
};

async fn crash_round(
    database_url: &str,
    log: &Path,
    key: &str,
    round: usize,
    load: Load,
    acknowledged: &Arc<Mutex<Acknowledged>>,
) -> Result<()> {
    let server = Server::start_logging(database_url, log, load.log_level).await?;
    // Everything acknowledged before earlier kills must have survived them.
    verify_acknowledged(&server.base_url, key, acknowledged).await?;

    let before = acknowledged_writes(acknowledged)?;
    let mut writers = JoinSet::new();
    for writer in 0..load.writers {
        writers.spawn(stream_writes(
            server.base_url.clone(),
            key.to_owned(),
            round,
            writer,
            Arc::clone(acknowledged),
        ));
    }
    let deadline = Instant::now() + ROUND_TIMEOUT;
    while acknowledged_writes(acknowledged)? < before + ACKS_BEFORE_KILL {
        ensure!(
            Instant::now() < deadline,
            "round {round}: fewer than {ACKS_BEFORE_KILL} writes acknowledged within {ROUND_TIMEOUT:?}"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    server.kill().await?;
    while let Some(joined) = writers.join_next().await {
        joined.context("a writer panicked")??;
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_sigkill_and_the_file_stays_intact() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let database_file: PathBuf = dir.path().join("durability.db");
    let database_url = format!("sqlite://{}?mode=rwc", database_file.display());
    let log = dir.path().join("server.log");
    let key = create_api_key(&database_url, "durability").await?;
    let acknowledged = Arc::new(Mutex::new(Acknowledged::default()));

    let outcome = async {
        for round in 0..ROUNDS {
            crash_round(&database_url, &log, &key, round, STEADY, &acknowledged)
                .await
                .with_context(|| format!("round {round}"))?;
            integrity_check(&database_file)
                .await
                .with_context(|| format!("after the kill of round {round}"))?;
        }
        let server = Server::start(&database_url, &log).await?;
        verify_acknowledged(&server.base_url, &key, &acknowledged)
            .await
            .context("after the last kill")?;
        server.kill().await?;
        integrity_check(&database_file).await
    }
    .await;

    if outcome.is_err() {
        // The server's own account of the rounds is the first thing to read on a failure.
        let server_log = std::fs::read_to_string(&log).unwrap_or_default();
        eprintln!("--- channels-server log ---\n{server_log}");
    }
    outcome
}

/// The largest batch the server's log reports.
fn largest_logged_batch(log: &Path) -> Result<usize> {
    let text =
        std::fs::read_to_string(log).with_context(|| format!("reading {}", log.display()))?;
    Ok(text
        .lines()
        .filter(|line| line.contains("write batch committed"))
        .filter_map(|line| line.split("writes=").nth(1))
        .filter_map(|rest| {
            rest.split(|c: char| !c.is_ascii_digit())
                .next()
                .and_then(|digits| digits.parse().ok())
        })
        .max()
        .unwrap_or(0))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_of_shared_commits_survive_sigkill() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let database_file: PathBuf = dir.path().join("batches.db");
    let database_url = format!("sqlite://{}?mode=rwc", database_file.display());
    let log = dir.path().join("server.log");
    let key = create_api_key(&database_url, "batches").await?;
    let acknowledged = Arc::new(Mutex::new(Acknowledged::default()));

    let outcome = async {
        for round in 0..ROUNDS {
            crash_round(&database_url, &log, &key, round, BATCHED, &acknowledged)
                .await
                .with_context(|| format!("round {round}"))?;
            integrity_check(&database_file)
                .await
                .with_context(|| format!("after the kill of round {round}"))?;
        }
        // The rounds exercised shared commits, not one write per commit.
        let largest = largest_logged_batch(&log)?;
        ensure!(largest > 1, "no batch of more than one write was logged");
        let server = Server::start(&database_url, &log).await?;
        verify_acknowledged(&server.base_url, &key, &acknowledged)
            .await
            .context("after the last kill")?;
        server.kill().await?;
        integrity_check(&database_file).await
    }
    .await;

    if outcome.is_err() {
        let server_log = std::fs::read_to_string(&log).unwrap_or_default();
        eprintln!("--- channels-server log ---\n{server_log}");
    }
    outcome
}
