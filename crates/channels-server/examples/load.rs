//! A load run against the real application, started in this process on a free port:
//! N concurrent clients share a fixed number of requests in a fixed mix (read one
//! channel, replace its business hours, list channels), then throughput and latency
//! percentiles are printed per operation. It reports numbers; it judges none, except
//! that every response must be a 2xx.
//!
//! ```text
//! cargo run --release -p channels-server --example load -- --clients 32 --requests 20000
//! cargo run --release -p channels-server --example load -- --database-url postgres://postgres@127.0.0.1:5432/channels_load
//! ```

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use channels_server::app::{self, RunningServer, ServerConfig};
use channels_server::db::DatabaseOptions;
use channels_server::domain::keys::KeyService;
use clap::Parser;
use reqwest::StatusCode;
use serde_json::{Value, json};

const CHANNELS: &str = "/api/v1/channels";

#[derive(Debug, Parser)]
#[command(about = "Measure throughput and latency of the Channels API under concurrent load.")]
struct Args {
    /// Database to run against. Default: a fresh SQLite file in a temporary directory.
    #[arg(long)]
    database_url: Option<String>,
    /// Concurrent clients, each with its own connection.
    #[arg(long, default_value_t = 16)]
    clients: usize,
    /// Measured requests, shared by all clients.
    #[arg(long, default_value_t = 10_000)]
    requests: usize,
    /// Requests sent before measuring, so connections and caches are warm.
    #[arg(long, default_value_t = 500)]
    warmup: usize,
    /// HTTP worker threads of the server.
    #[arg(long, default_value_t = 2)]
    workers: usize,
    /// Largest number of pooled database connections of the server.
    #[arg(long, default_value_t = 10)]
    max_connections: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Operation {
    GetChannel,
    PutBusinessHours,
    ListChannels,
}

impl Operation {
    const ALL: [Operation; 3] = [
        Operation::GetChannel,
        Operation::PutBusinessHours,
        Operation::ListChannels,
    ];

    /// The mix, repeated: three reads of one channel for each update and each list.
    const MIX: [Operation; 5] = [
        Operation::GetChannel,
        Operation::PutBusinessHours,
        Operation::GetChannel,
        Operation::ListChannels,
        Operation::GetChannel,
    ];

    fn label(self) -> &'static str {
        match self {
            Operation::GetChannel => "GET /api/v1/channels/{id}",
            Operation::PutBusinessHours => "PUT /api/v1/channels/{id} business_hours",
            Operation::ListChannels => "GET /api/v1/channels?limit=50",
        }
    }

    fn index(self) -> usize {
        match self {
            Operation::GetChannel => 0,
            Operation::PutBusinessHours => 1,
            Operation::ListChannels => 2,
        }
    }
}

/// What one client saw: latencies per operation, and answers that were not 2xx.
#[derive(Default)]
struct Observations {
    latencies: [Vec<Duration>; 3],
    failures: Vec<String>,
}

impl Observations {
    fn merge(&mut self, other: Observations) {
        for (mine, theirs) in self.latencies.iter_mut().zip(other.latencies) {
            mine.extend(theirs);
        }
        self.failures.extend(other.failures);
    }
}

/// One client: its own connection, the key, and the channel everybody works on.
#[derive(Clone)]
struct Client {
    http: reqwest::Client,
    base_url: String,
    key: String,
    channel_url: String,
}

impl Client {
    fn new(base_url: &str, key: &str, channel_id: i64) -> Result<Self> {
        Ok(Self {
            http: reqwest::Client::builder()
                .pool_max_idle_per_host(1)
                .build()?,
            base_url: base_url.to_owned(),
            key: key.to_owned(),
            channel_url: format!("{base_url}{CHANNELS}/{channel_id}"),
        })
    }

    /// Sends request number `sequence` of the mix; returns its status.
    async fn send(&self, operation: Operation, sequence: usize) -> Result<StatusCode> {
        let request = match operation {
            Operation::GetChannel => self.http.get(&self.channel_url),
            Operation::PutBusinessHours => self
                .http
                .put(&self.channel_url)
                .json(&json!({ "business_hours": business_hours(sequence) })),
            Operation::ListChannels => self
                .http
                .get(format!("{}{CHANNELS}", self.base_url))
                .query(&[("limit", "50")]),
        };
        let response = request.bearer_auth(&self.key).send().await?;
        let status = response.status();
        // The body is read so the measured time includes the whole answer.
        response.bytes().await?;
        Ok(status)
    }
}

/// A schedule that changes with `sequence`, so every update writes something new.
fn business_hours(sequence: usize) -> Value {
    let opening_hour = 6 + sequence % 4;
    let day = json!({ "enabled": true, "start": format!("{opening_hour:02}:00"), "end": "18:00" });
    json!({ "monday": day, "wednesday": day, "friday": day, "sunday": null })
}

/// Runs `total` requests of the mix over `clients`, each taking the next request
/// number until none are left.
async fn run(clients: &[Client], total: usize) -> Result<(Observations, Duration)> {
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut tasks = Vec::with_capacity(clients.len());
    for client in clients {
        let client = client.clone();
        let next = Arc::clone(&next);
        tasks.push(tokio::spawn(async move {
            let mut observed = Observations::default();
            loop {
                let sequence = next.fetch_add(1, Ordering::Relaxed);
                if sequence >= total {
                    return observed;
                }
                let operation = Operation::MIX[sequence % Operation::MIX.len()];
                let sent = Instant::now();
                let outcome = client.send(operation, sequence).await;
                observed.latencies[operation.index()].push(sent.elapsed());
                match outcome {
                    Ok(status) if status.is_success() => {}
                    Ok(status) => observed
                        .failures
                        .push(format!("{}: {status}", operation.label())),
                    Err(err) => observed
                        .failures
                        .push(format!("{}: {err:#}", operation.label())),
                }
            }
        }));
    }
    let mut observed = Observations::default();
    for task in tasks {
        observed.merge(task.await?);
    }
    Ok((observed, started.elapsed()))
}

/// The nearest-rank percentile of sorted latencies.
fn percentile(sorted: &[Duration], percent: usize) -> Duration {
    let rank = (sorted.len() * percent).div_ceil(100).max(1);
    sorted.get(rank - 1).copied().unwrap_or_default()
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn report(args: &Args, backend: &str, mut observed: Observations, elapsed: Duration) {
    let total: usize = observed.latencies.iter().map(Vec::len).sum();
    let seconds = elapsed.as_secs_f64();
    println!(
        "backend: {backend}; clients: {}; server workers: {}; pool: {}; requests: {total} in {seconds:.2} s",
        args.clients, args.workers, args.max_connections
    );
    println!("throughput: {:.0} requests/s", total as f64 / seconds);
    println!(
        "{:<42} {:>7} {:>9} {:>9} {:>9} {:>9}",
        "operation", "count", "req/s", "p50 ms", "p95 ms", "p99 ms"
    );
    for operation in Operation::ALL {
        let latencies = &mut observed.latencies[operation.index()];
        latencies.sort_unstable();
        println!(
            "{:<42} {:>7} {:>9.0} {:>9.2} {:>9.2} {:>9.2}",
            operation.label(),
            latencies.len(),
            latencies.len() as f64 / seconds,
            millis(percentile(latencies, 50)),
            millis(percentile(latencies, 95)),
            millis(percentile(latencies, 99)),
        );
    }
    println!("non-2xx or failed requests: {}", observed.failures.len());
    for failure in observed.failures.iter().take(10) {
        println!("  {failure}");
    }
}

/// Starts the server over the database, issues a key and creates the channel.
async fn prepare(args: &Args, url: String) -> Result<(RunningServer, String, i64)> {
    let server = app::spawn(ServerConfig {
        bind: "127.0.0.1:0".parse()?,
        database: DatabaseOptions {
            url,
            max_connections: args.max_connections,
            min_connections: 1,
        },
        workers: Some(args.workers),
        body_limit: openapi_runtime::GlueOptions::DEFAULT_BODY_LIMIT,
        handle_signals: false,
    })
    .await?;
    let base_url = format!("http://{}", server.addr());
    let key = KeyService::new(server.database().clone())
        .issue("load")
        .await?
        .key;
    let created = reqwest::Client::new()
        .post(format!("{base_url}{CHANNELS}"))
        .bearer_auth(&key)
        .json(&json!({ "name": "load", "channel_type": "email" }))
        .send()
        .await?;
    if created.status() != StatusCode::CREATED {
        bail!("creating the channel answered {}", created.status());
    }
    let channel: Value = created.json().await?;
    let channel_id = channel["id"]
        .as_i64()
        .context("the created channel has no integer id")?;
    Ok((server, key, channel_id))
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Args::parse();
    if args.clients == 0 {
        bail!("--clients must be at least 1");
    }
    // Kept alive until the end: dropping it removes the SQLite file.
    let sqlite_dir = tempfile::tempdir()?;
    let (url, backend) = match &args.database_url {
        Some(url) => (
            url.clone(),
            url.split(':').next().unwrap_or("database").to_owned(),
        ),
        None => (
            format!(
                "sqlite://{}?mode=rwc",
                sqlite_dir.path().join("load.db").display()
            ),
            "sqlite (fresh file)".to_owned(),
        ),
    };
    let (server, key, channel_id) = prepare(&args, url).await?;
    let base_url = format!("http://{}", server.addr());
    let clients = (0..args.clients)
        .map(|_| Client::new(&base_url, &key, channel_id))
        .collect::<Result<Vec<_>>>()?;

    let (warmup, _) = run(&clients, args.warmup).await?;
    let (observed, elapsed) = run(&clients, args.requests).await?;

    server.handle().stop(true).await;
    server.wait().await?;

    if !warmup.failures.is_empty() {
        println!("warm-up failures: {:?}", warmup.failures);
    }
    let failed = observed.failures.len() + warmup.failures.len();
    report(&args, &backend, observed, elapsed);
    if failed > 0 {
        bail!("{failed} requests were not answered with a 2xx");
    }
    Ok(())
}
