//! Connecting to the database: SQLite by default, PostgreSQL when the URL says so.

use std::time::Duration;

use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};

/// How to reach the database and how many connections to keep.
#[derive(Clone, Debug)]
pub struct DatabaseOptions {
    pub url: String,
    pub max_connections: u32,
    pub min_connections: u32,
}

/// SQLite writers wait this long for each other instead of failing with "database is locked".
const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Opens the pool and applies pending migrations.
pub async fn connect(options: &DatabaseOptions) -> Result<DatabaseConnection, DbErr> {
    let mut connect = ConnectOptions::new(options.url.clone());
    connect
        .max_connections(options.max_connections)
        .min_connections(options.min_connections)
        .acquire_timeout(Duration::from_secs(30))
        // A broken connection surfaces as a failed query (and a 500/503) instead of a
        // round trip before every query.
        .test_before_acquire(false)
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|sqlite| {
            // FULL, not WAL's usual NORMAL: an answered write survives a power cut,
            // not only a crash of the process.
            sqlite
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .busy_timeout(SQLITE_BUSY_TIMEOUT)
                .foreign_keys(true)
        });
    let db = Database::connect(connect).await?;
    crate::migration::apply(&db).await?;
    Ok(db)
}
