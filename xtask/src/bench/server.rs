//! The server under test: the release binary in its own process, on a fresh database.

use std::net::{Ipv4Addr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

const START_TIMEOUT: Duration = Duration::from_secs(60);

/// Which database a server runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn label(self) -> &'static str {
        match self {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL",
        }
    }
}

/// A fresh database for one server: a new SQLite file, or a new PostgreSQL database
/// dropped again when this is dropped.
pub struct FreshDatabase {
    pub url: String,
    drop_postgres: Option<(String, String)>,
}

impl FreshDatabase {
    pub fn create(backend: Backend, dir: &Path, postgres: &str, run_id: &str) -> Result<Self> {
        match backend {
            Backend::Sqlite => Ok(Self {
                url: format!("sqlite://{}?mode=rwc", dir.join("bench.db").display()),
                drop_postgres: None,
            }),
            Backend::Postgres => {
                let name = format!("channels_bench_{run_id}");
                let admin = format!("{}/postgres", postgres.trim_end_matches('/'));
                psql(&admin, &format!("CREATE DATABASE {name}"))?;
                Ok(Self {
                    url: format!("{}/{name}", postgres.trim_end_matches('/')),
                    drop_postgres: Some((admin, name)),
                })
            }
        }
    }
}

impl Drop for FreshDatabase {
    fn drop(&mut self) {
        if let Some((admin, name)) = &self.drop_postgres
            && let Err(err) = psql(
                admin,
                &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
            )
        {
            eprintln!("warning: could not drop {name}: {err:#}");
        }
    }
}

fn psql(url: &str, sql: &str) -> Result<()> {
    let output = Command::new("psql")
        .args([url, "-q", "-v", "ON_ERROR_STOP=1", "-c", sql])
        .stdin(Stdio::null())
        .output()
        .context("running psql (the PostgreSQL client) to create the bench database")?;
    if !output.status.success() {
        bail!("psql {sql:?}: {}", String::from_utf8_lossy(&output.stderr));
    }
    Ok(())
}

/// The running server process; killed when dropped.
pub struct Server {
    child: Child,
    pub addr: String,
}

impl Server {
    pub fn start(
        bin: &Path,
        database_url: &str,
        log: &Path,
        extra_args: &[String],
    ) -> Result<Self> {
        let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?
            .local_addr()?
            .port();
        let addr = format!("127.0.0.1:{port}");
        let log_file = std::fs::File::create(log)?;
        let child = Command::new(bin)
            .args(["--bind", &addr, "--database-url", database_url])
            // The constant-JSON route the ceiling is measured on (not served otherwise).
            .arg("--bench-ceiling-route")
            .args(extra_args)
            .stdin(Stdio::null())
            .stdout(log_file.try_clone()?)
            .stderr(log_file)
            .spawn()
            .with_context(|| format!("starting {}", bin.display()))?;
        let mut server = Server { child, addr };
        server.wait_ready()?;
        Ok(server)
    }

    fn wait_ready(&mut self) -> Result<()> {
        let deadline = Instant::now() + START_TIMEOUT;
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait()? {
                bail!("the server exited during start-up: {status}");
            }
            if let Ok((200, _)) = super::seed::request(&self.addr, "GET", "/readyz", "", "") {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        bail!("/readyz did not answer 200 within {START_TIMEOUT:?}")
    }

    fn status_file(&self) -> PathBuf {
        PathBuf::from(format!("/proc/{}/status", self.child.id()))
    }

    /// Starts a new peak-RSS measurement (Linux: writing 5 to `clear_refs` resets `VmHWM`).
    pub fn reset_peak_rss(&self) {
        let path = format!("/proc/{}/clear_refs", self.child.id());
        // Without it, the peak covers the server's whole life so far: still an upper bound.
        let _ = std::fs::write(path, "5");
    }

    /// The resident set's peak since the last reset, in KiB.
    pub fn peak_rss_kib(&self) -> Option<u64> {
        let status = std::fs::read_to_string(self.status_file()).ok()?;
        status
            .lines()
            .find_map(|line| line.strip_prefix("VmHWM:"))
            .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
    }

    /// Fails when the server died under load.
    pub fn ensure_alive(&mut self) -> Result<()> {
        if let Some(status) = self.child.try_wait()? {
            bail!("the server exited under load: {status}");
        }
        Ok(())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
