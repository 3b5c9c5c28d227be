//! The harness: a fresh database per test on either backend, the real application
//! started on port 0 against it, and a client (generated, typed; raw JSON where a test needs it).

pub mod client;
pub mod database;
pub mod typed;

use actix_web::dev::ServerHandle;
use anyhow::Result;
use channels_server::app::{self, ServerConfig};
use channels_server::db::{DatabaseOptions, PostgresReads, SqliteDurability, SqliteReads};
use channels_server::domain::key_cache::KeyCacheOptions;
use channels_server::domain::keys::KeyService;
use channels_server::group_commit::Writer;
use sea_orm::DatabaseConnection;

pub use client::{ApiClient, Reply};
pub use database::{Backend, TestDatabase};

/// The body limit the contract documents, and the server's default.
pub const BODY_LIMIT: usize = 65_536;

/// Runs each listed `async fn name(backend: Backend) -> Result<()>` once per backend,
/// as `sqlite::name` and `postgres::name`. PostgreSQL runs unless
/// `CHANNELS_TEST_POSTGRES=0`.
macro_rules! backend_tests {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() -> anyhow::Result<()> {
                    super::$name($crate::support::Backend::Sqlite).await
                }
            )+
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() -> anyhow::Result<()> {
                    if !$crate::support::Backend::postgres_enabled() {
                        eprintln!("skipped: CHANNELS_TEST_POSTGRES=0");
                        return Ok(());
                    }
                    super::$name($crate::support::Backend::Postgres).await
                }
            )+
        }
    };
}
pub(crate) use backend_tests;

/// A running server over its own database. Dropping it stops the server and then
/// removes the database.
pub struct TestApp {
    pub base_url: String,
    pub db: DatabaseConnection,
    /// The key service the server authenticates with (shares its key cache).
    pub keys: KeyService,
    /// Where the server's writes go.
    pub writer: Writer,
    handle: ServerHandle,
    // Held only to be dropped (and removed) after the server is told to stop.
    _database: std::sync::Arc<TestDatabase>,
}

impl TestApp {
    pub async fn start(backend: Backend) -> Result<Self> {
        let database = std::sync::Arc::new(TestDatabase::create(backend).await?);
        Self::start_on(database, BODY_LIMIT).await
    }

    /// Another server over the same database (for scale-out), or one with another
    /// body limit.
    pub async fn start_on(
        database: std::sync::Arc<TestDatabase>,
        body_limit: usize,
    ) -> Result<Self> {
        Self::start_with(database, |config| config.body_limit = body_limit).await
    }

    /// A server over `database` with the test defaults changed by `adjust`.
    pub async fn start_with(
        database: std::sync::Arc<TestDatabase>,
        adjust: impl FnOnce(&mut ServerConfig),
    ) -> Result<Self> {
        let mut config = ServerConfig {
            bind: "127.0.0.1:0".parse()?,
            database: DatabaseOptions {
                url: database.url.clone(),
                max_connections: 5,
                min_connections: 1,
                sqlite_durability: SqliteDurability::Full,
                sqlite_reads: SqliteReads::Inline,
                postgres_reads: PostgresReads::Thread,
            },
            workers: Some(2),
            body_limit: BODY_LIMIT,
            handle_signals: false,
            ceiling_route: false,
            key_cache: KeyCacheOptions::default(),
        };
        adjust(&mut config);
        let server = app::spawn(config).await?;
        Ok(Self {
            base_url: format!("http://{}", server.addr()),
            db: server.database().clone(),
            keys: server.keys().clone(),
            writer: server.writer().clone(),
            handle: server.handle(),
            _database: database,
        })
    }

    /// Issues a key for `tenant` (created on first use) and returns a client using it.
    pub async fn client_for(&self, tenant: &str) -> Result<ApiClient> {
        let issued = KeyService::new(self.db.clone()).issue(tenant).await?;
        Ok(ApiClient::new(&self.base_url, Some(issued.key)))
    }

    /// A client that sends no `Authorization` header.
    pub fn anonymous(&self) -> ApiClient {
        ApiClient::new(&self.base_url, None)
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        // Sends the stop command now; completion is not awaited (no async in Drop).
        drop(self.handle.stop(false));
    }
}
