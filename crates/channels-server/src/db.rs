//! Connecting to the database: SQLite by default, PostgreSQL when the URL says so.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use sea_orm::sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbBackend, DbErr, RuntimeErr};

use crate::group_commit::Writer;
use crate::inline_reads::InlineReads;
use crate::sqlite_rows::db_err;
use crate::thread_connections::ThreadConnections;

/// How to reach the database and how many connections to keep.
#[derive(Clone, Debug)]
pub struct DatabaseOptions {
    pub url: String,
    pub max_connections: u32,
    pub min_connections: u32,
    /// When SQLite acknowledges a commit (ignored on PostgreSQL).
    pub sqlite_durability: SqliteDurability,
    /// How a server reads channels on SQLite (ignored on PostgreSQL).
    pub sqlite_reads: SqliteReads,
    /// How a server reads channels on PostgreSQL (ignored on SQLite).
    pub postgres_reads: PostgresReads,
}

/// What an acknowledged write on SQLite survives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum SqliteDurability {
    /// `synchronous = FULL`: every commit is on disk before it is acknowledged; survives
    /// a power cut or an operating-system crash.
    #[default]
    Full,
    /// `synchronous = NORMAL`: commits reach the operating system, which writes them
    /// later; survives a crash of the server process, not of the machine.
    Normal,
}

/// Where a server's channel reads run on SQLite.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum SqliteReads {
    /// On the request's own thread, over a connection of that thread (`inline_reads`).
    #[default]
    Inline,
    /// Through the sqlx pool, each statement on sqlx's connection thread. Kept to compare
    /// against in benchmarks.
    Pool,
}

/// Where a server's channel reads run on PostgreSQL.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum PostgresReads {
    /// Through a pool of the request's own thread (`thread_connections`).
    #[default]
    Thread,
    /// Through the pool that writes share. Kept to compare against in benchmarks.
    Shared,
}

/// The server's connections: a pool for reads, where writes go, and the readers of
/// channels on each request's thread: inline on SQLite, per-thread pools on PostgreSQL.
#[derive(Clone, Debug)]
pub struct Connections {
    pub reads: DatabaseConnection,
    pub writer: Writer,
    pub inline_reads: Option<InlineReads>,
    pub thread_reads: Option<ThreadConnections>,
}

/// SQLite writers wait this long for each other instead of failing with "database is locked".
const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Opens the pool and applies pending migrations.
pub async fn connect(options: &DatabaseOptions) -> Result<DatabaseConnection, DbErr> {
    let db = open_pool(options, options.max_connections, options.min_connections).await?;
    crate::migration::apply(&db).await?;
    Ok(db)
}

/// Opens the connections a server uses. On SQLite, writes get a `rusqlite` connection of
/// their own, owned by the batching writer thread (`group_commit`); channel reads run on
/// per-thread connections (`inline_reads`, unless `--sqlite-reads pool`); the sqlx pool
/// serves migrations and key lookups. On PostgreSQL, writes and key lookups share the
/// pool, and each of the `threads` serving requests reads channels through a pool of its
/// own (`thread_connections`), of at most `max_connections / threads` connections.
pub async fn connect_for_serving(
    options: &DatabaseOptions,
    threads: usize,
) -> Result<Connections, DbErr> {
    let reads = connect(options).await?;
    if reads.get_database_backend() != DbBackend::Sqlite {
        let writer = Writer::Direct(reads.clone());
        let threads = u32::try_from(threads.max(1)).unwrap_or(u32::MAX);
        let per_thread = options.max_connections.div_ceil(threads).max(1);
        let thread_reads = match options.postgres_reads {
            PostgresReads::Thread => Some(ThreadConnections::new(connect_options(
                options, per_thread, 0,
            ))),
            PostgresReads::Shared => None,
        };
        return Ok(Connections {
            reads,
            writer,
            inline_reads: None,
            thread_reads,
        });
    }
    let writer = match sqlite_file(&options.url)? {
        Some(path) => {
            let connection = open_writer(&path, options.sqlite_durability).map_err(db_err)?;
            Writer::batched(connection)
                .map_err(|err| DbErr::Custom(format!("starting the SQLite writer thread: {err}")))?
        }
        // Every connection to `:memory:` is a database of its own: writes share the pool.
        None => Writer::Direct(reads.clone()),
    };
    let inline_reads = match options.sqlite_reads {
        SqliteReads::Inline => InlineReads::for_url(&options.url)?,
        SqliteReads::Pool => None,
    };
    Ok(Connections {
        reads,
        writer,
        inline_reads,
        thread_reads: None,
    })
}

/// The file of a SQLite database URL; `None` for an in-memory database.
pub fn sqlite_file(url: &str) -> Result<Option<PathBuf>, DbErr> {
    let options = SqliteConnectOptions::from_str(url).map_err(|err| {
        DbErr::Conn(RuntimeErr::Internal(format!(
            "parsing the SQLite URL: {err}"
        )))
    })?;
    let path = options.get_filename();
    if url.contains(":memory:") || url.contains("mode=memory") || path.as_os_str().is_empty() {
        return Ok(None);
    }
    Ok(Some(path.to_owned()))
}

/// The SQLite writer's connection, set up like the pool's (WAL, durability, busy wait,
/// foreign keys).
fn open_writer(
    path: &Path,
    durability: SqliteDurability,
) -> rusqlite::Result<rusqlite::Connection> {
    let connection = rusqlite::Connection::open(path)?;
    connection.busy_timeout(SQLITE_BUSY_TIMEOUT)?;
    connection
        .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get::<_, String>(0))?;
    let synchronous = match durability {
        SqliteDurability::Full => "FULL",
        SqliteDurability::Normal => "NORMAL",
    };
    connection.pragma_update(None, "synchronous", synchronous)?;
    connection.pragma_update(None, "foreign_keys", true)?;
    Ok(connection)
}

async fn open_pool(
    options: &DatabaseOptions,
    max_connections: u32,
    min_connections: u32,
) -> Result<DatabaseConnection, DbErr> {
    Database::connect(connect_options(options, max_connections, min_connections)).await
}

fn connect_options(
    options: &DatabaseOptions,
    max_connections: u32,
    min_connections: u32,
) -> ConnectOptions {
    let synchronous = match options.sqlite_durability {
        SqliteDurability::Full => SqliteSynchronous::Full,
        SqliteDurability::Normal => SqliteSynchronous::Normal,
    };
    let mut connect = ConnectOptions::new(options.url.clone());
    connect
        .max_connections(max_connections)
        .min_connections(min_connections)
        .acquire_timeout(Duration::from_secs(30))
        // A broken connection surfaces as a failed query (and a 500/503) instead of a
        // round trip before every query.
        .test_before_acquire(false)
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(move |sqlite| {
            // FULL by default, not WAL's usual NORMAL: an answered write survives a power
            // cut, not only a crash of the process.
            sqlite
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(synchronous)
                .busy_timeout(SQLITE_BUSY_TIMEOUT)
                .foreign_keys(true)
        });
    connect
}
