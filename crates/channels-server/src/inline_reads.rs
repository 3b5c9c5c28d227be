//! Reads on SQLite without a thread hand-off. sqlx runs every SQLite statement on a worker
//! thread of its own and sends the rows back over a channel: for a primary-key read,
//! which SQLite answers in microseconds, the two thread switches cost more than the query.
//! Here each thread that reads (an actix worker) keeps its own `rusqlite` connection to
//! the same file and runs the statement right where the request is handled.
//!
//! The statements are still built from the SeaORM entities (`Select::build`), and rows
//! become the entities' `Model`s (`sqlite_rows`); only the execution bypasses sqlx. In WAL mode these
//! readers never wait for the writer (`group_commit`), and each statement reads the latest
//! committed snapshot, so a read after an acknowledged write sees it.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};
use sea_orm::{DbErr, Statement};

use crate::sqlite_rows::{self, FromSqliteRow, db_err};

/// A read waits at most this long for SQLite's locks (only a WAL checkpoint that
/// restarts the log, or recovery after a crash, makes a WAL reader wait at all).
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);
/// Databases one thread keeps connections to; more only happen in tests, which start
/// many servers in one process.
const CONNECTIONS_PER_THREAD: usize = 4;

/// Where inline reads go: one SQLite file. Cheap to clone; every clone shares the
/// per-thread connections.
#[derive(Clone, Debug)]
pub struct InlineReads {
    path: Arc<PathBuf>,
    /// Tells this database's connections apart from other databases' in a thread.
    id: u64,
}

thread_local! {
    static CONNECTIONS: RefCell<Vec<(u64, Connection)>> = const { RefCell::new(Vec::new()) };
}

impl InlineReads {
    /// Inline reads of the SQLite database at `url`; `None` for an in-memory database,
    /// which other connections cannot see.
    pub fn for_url(url: &str) -> Result<Option<Self>, DbErr> {
        static NEXT_ID: AtomicU64 = AtomicU64::new(0);
        Ok(crate::db::sqlite_file(url)?.map(|path| Self {
            path: Arc::new(path),
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        }))
    }

    /// Runs `read` on this thread's connection to the database (opened on first use).
    pub fn with<T>(
        &self,
        read: impl FnOnce(&mut Connection) -> Result<T, DbErr>,
    ) -> Result<T, DbErr> {
        CONNECTIONS.with(|cell| {
            let mut connections = cell.borrow_mut();
            let index = match connections.iter().position(|(id, _)| *id == self.id) {
                Some(index) => index,
                None => {
                    if connections.len() == CONNECTIONS_PER_THREAD {
                        connections.remove(0);
                    }
                    connections.push((self.id, open(&self.path).map_err(db_err)?));
                    connections.len() - 1
                }
            };
            read(&mut connections[index].1)
        })
    }

    /// Every row `statement` answers, as `M`.
    pub fn all<M: FromSqliteRow>(&self, statement: &Statement) -> Result<Vec<M>, DbErr> {
        self.with(|connection| sqlite_rows::query_all(connection, statement).map_err(db_err))
    }
}

/// A read-only connection: `query_only` makes any write through it an error.
fn open(path: &Path) -> rusqlite::Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let connection = Connection::open_with_flags(path, flags)?;
    connection.busy_timeout(BUSY_TIMEOUT)?;
    connection.pragma_update(None, "query_only", true)?;
    Ok(connection)
}
