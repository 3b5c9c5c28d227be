//! Fresh, throw-away databases: a SQLite file in a temporary directory, or a new
//! PostgreSQL database on 127.0.0.1:5432 that is dropped afterwards.

use std::sync::atomic::{AtomicU32, Ordering};

use anyhow::{Context, Result};
use sea_orm::{ConnectionTrait, Database};
use tempfile::TempDir;

const POSTGRES_SERVER: &str = "postgres://postgres@127.0.0.1:5432";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// PostgreSQL tests are skipped only when explicitly asked to.
    pub fn postgres_enabled() -> bool {
        std::env::var("CHANNELS_TEST_POSTGRES").map_or(true, |value| value != "0")
    }
}

pub struct TestDatabase {
    pub url: String,
    _dir: Option<TempDir>,
    postgres_name: Option<String>,
}

impl TestDatabase {
    pub async fn create(backend: Backend) -> Result<Self> {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir()?;
                let url = format!(
                    "sqlite://{}?mode=rwc",
                    dir.path().join("channels.db").display()
                );
                Ok(Self {
                    url,
                    _dir: Some(dir),
                    postgres_name: None,
                })
            }
            Backend::Postgres => {
                static NEXT: AtomicU32 = AtomicU32::new(0);
                let name = format!(
                    "channels_test_{}_{}_{}",
                    std::process::id(),
                    NEXT.fetch_add(1, Ordering::Relaxed),
                    hex::encode(rand::random::<[u8; 4]>())
                );
                let admin = Database::connect(format!("{POSTGRES_SERVER}/postgres"))
                    .await
                    .context(
                        "PostgreSQL must run on 127.0.0.1:5432 (or set CHANNELS_TEST_POSTGRES=0)",
                    )?;
                admin
                    .execute_unprepared(&format!("CREATE DATABASE {name}"))
                    .await?;
                admin.close().await?;
                Ok(Self {
                    url: format!("{POSTGRES_SERVER}/{name}"),
                    _dir: None,
                    postgres_name: Some(name),
                })
            }
        }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let Some(name) = self.postgres_name.take() else {
            return;
        };
        // Drop runs inside the test's runtime, which cannot be blocked on; a thread
        // with its own runtime can.
        let dropped = std::thread::spawn(move || -> Result<()> {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            runtime.block_on(async {
                let admin = Database::connect(format!("{POSTGRES_SERVER}/postgres")).await?;
                admin
                    .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .await?;
                admin.close().await?;
                Ok(())
            })
        })
        .join();
        if !matches!(dropped, Ok(Ok(()))) {
            eprintln!("could not drop a test database: {dropped:?}");
        }
    }
}
