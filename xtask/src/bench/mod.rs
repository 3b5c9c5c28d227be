//! `cargo xtask bench`: the release server on a fresh, seeded database, driven from the
//! outside by `wrk`, every scenario at several connection counts, on SQLite and
//! PostgreSQL; one table with the ratio of each row to the constant-JSON ceiling measured
//! by the same server in the same run.

pub mod generator;
mod seed;
mod server;
mod table;
mod wrk;

use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result, bail};
use clap::Args;

use crate::files::repo_root;
use server::{Backend, FreshDatabase, Server};
use table::Row;
use wrk::Scenario;

#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Smoke run for CI: 1 s per measurement, no warm-up, 100 channels instead of
    /// 1,000, the debug build unless `--release`. Asserts only that every row was measured and that no request failed,
    /// never a timing.
    #[arg(long)]
    quick: bool,
    /// Build and run the release server even with --quick (always the case without it).
    #[arg(long)]
    release: bool,
    /// Seconds per measurement (default 10; 1 with --quick).
    #[arg(long)]
    duration: Option<u64>,
    /// Seconds of unmeasured load before each measurement (default 2; 0 with --quick).
    #[arg(long)]
    warmup: Option<u64>,
    /// Connection counts, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "1,32,256")]
    connections: Vec<u32>,
    /// Backends, comma-separated: sqlite, postgres.
    #[arg(long, value_delimiter = ',', default_value = "sqlite,postgres")]
    backends: Vec<String>,
    /// Only these scenarios (ceiling, health, get, put-patch, put-hours, list, create-delete, mix);
    /// the ceiling is always measured.
    #[arg(long, value_delimiter = ',')]
    scenarios: Vec<String>,
    /// PostgreSQL server (a fresh database is created on it and dropped afterwards).
    #[arg(
        long,
        env = "BENCH_POSTGRES_URL",
        default_value = "postgres://postgres@127.0.0.1:5432"
    )]
    postgres: String,
    /// Extra arguments for the server, e.g. `--server-arg=--workers=2`.
    #[arg(long = "server-arg", allow_hyphen_values = true)]
    server_args: Vec<String>,
    /// Use this server binary instead of building the release one.
    #[arg(long)]
    server_bin: Option<PathBuf>,
}

const TENANTS: usize = 10;
const CHANNELS_PER_TENANT: usize = 100;
/// `--quick` seeds fewer channels: through a debug server, seeding would dominate the run.
const QUICK_CHANNELS_PER_TENANT: usize = 10;

pub fn run(args: BenchArgs) -> Result<bool> {
    wrk::ensure_installed()?;
    let duration = Duration::from_secs(args.duration.unwrap_or(if args.quick { 1 } else { 10 }));
    let warmup = Duration::from_secs(args.warmup.unwrap_or(if args.quick { 0 } else { 2 }));
    let backends = parse_backends(&args.backends)?;
    let scenarios = parse_scenarios(&args.scenarios)?;
    let bin = match args.server_bin {
        Some(bin) => bin,
        None => build_server(args.release || !args.quick)?,
    };
    let work = std::env::temp_dir().join(format!("channels-bench-{}", run_id()));
    std::fs::create_dir_all(&work)?;
    eprintln!(
        "bench: {} s per measurement, {} s warm-up, connections {:?}, load average {}",
        duration.as_secs(),
        warmup.as_secs(),
        args.connections,
        load_average()
    );

    let mut rows = Vec::new();
    for backend in backends {
        let id = run_id();
        let database = FreshDatabase::create(backend, &work, &args.postgres, &id)?;
        let log = work.join(format!("server-{}.log", backend.label()));
        let mut server = Server::start(&bin, &database.url, &log, &args.server_args)
            .with_context(|| format!("server log: {}", log.display()))?;
        let per_tenant = if args.quick {
            QUICK_CHANNELS_PER_TENANT
        } else {
            CHANNELS_PER_TENANT
        };
        eprintln!(
            "bench: {}: seeding {TENANTS} tenants x {per_tenant} channels",
            backend.label()
        );
        let data = seed::seed(&bin, &database.url, &server.addr, TENANTS, per_tenant)?;
        let base_url = format!("http://{}", server.addr);
        for &scenario in &scenarios {
            for &connections in &args.connections {
                if !warmup.is_zero() {
                    wrk::run(&work, &base_url, scenario, &data, &id, connections, warmup)?;
                }
                server.reset_peak_rss();
                let measured = wrk::run(
                    &work,
                    &base_url,
                    scenario,
                    &data,
                    &id,
                    connections,
                    duration,
                )?;
                server
                    .ensure_alive()
                    .with_context(|| format!("server log: {}", log.display()))?;
                eprintln!(
                    "bench: {} {} c={connections}: {:.0} req/s",
                    backend.label(),
                    scenario.label(),
                    measured.requests_per_second()
                );
                rows.push(Row {
                    backend,
                    scenario,
                    connections,
                    measured,
                    peak_rss_kib: server.peak_rss_kib(),
                });
            }
        }
        drop(server);
        drop(database);
    }
    let _ = std::fs::remove_dir_all(&work);

    println!("{}", table::render(&rows));
    eprintln!("bench: load average after the run {}", load_average());
    let failed: Vec<&Row> = rows
        .iter()
        .filter(|row| row.measured.failures() > 0)
        .collect();
    let empty: Vec<&Row> = rows
        .iter()
        .filter(|row| row.measured.requests == 0)
        .collect();
    for row in &failed {
        eprintln!(
            "bench: {} {} c={}: {} answers >= 400, {} socket errors",
            row.backend.label(),
            row.scenario.label(),
            row.connections,
            row.measured.error_statuses,
            row.measured.socket_errors
        );
    }
    for row in &empty {
        eprintln!(
            "bench: {} {} c={}: no request completed",
            row.backend.label(),
            row.scenario.label(),
            row.connections
        );
    }
    Ok(failed.is_empty() && empty.is_empty())
}

fn parse_backends(names: &[String]) -> Result<Vec<Backend>> {
    names
        .iter()
        .map(|name| match name.as_str() {
            "sqlite" => Ok(Backend::Sqlite),
            "postgres" | "postgresql" => Ok(Backend::Postgres),
            other => bail!("unknown backend {other:?} (sqlite, postgres)"),
        })
        .collect()
}

fn parse_scenarios(names: &[String]) -> Result<Vec<Scenario>> {
    if names.is_empty() {
        return Ok(Scenario::ALL.to_vec());
    }
    let mut chosen = vec![Scenario::Ceiling];
    for name in names {
        let scenario = match name.as_str() {
            "ceiling" => continue,
            "health" => Scenario::Health,
            "get" => Scenario::GetById,
            "put-patch" => Scenario::PutPatch,
            "put-hours" => Scenario::PutBusinessHours,
            "list" => Scenario::List,
            "create-delete" => Scenario::CreateDelete,
            "mix" => Scenario::Mix,
            other => bail!("unknown scenario {other:?}"),
        };
        chosen.push(scenario);
    }
    Ok(chosen)
}

/// Builds the server with the same cargo that runs this task. The debug build (for
/// `--quick`) reuses what `cargo test --workspace` built.
fn build_server(release: bool) -> Result<PathBuf> {
    let root = repo_root();
    let mut command = crate::files::cargo_command();
    command
        .current_dir(&root)
        .args(["build", "-p", "channels-server", "--bin", "channels-server"]);
    if release {
        command.arg("--release");
    }
    eprintln!("bench: {command:?}");
    let status = command.status().context("running cargo build")?;
    if !status.success() {
        bail!("building the server failed");
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let profile = if release { "release" } else { "debug" };
    Ok(target.join(profile).join("channels-server"))
}

/// Distinguishes this run's files, databases and channel names from other runs'.
fn run_id() -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    format!("{}x{:x}", std::process::id(), nanos % 0xffff_ffff)
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|text| {
            let fields: Vec<&str> = text.split_whitespace().take(3).collect();
            (fields.len() == 3).then(|| fields.join(" "))
        })
        .unwrap_or_else(|| "unknown".to_owned())
}
