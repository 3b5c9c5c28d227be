//! PostgreSQL connections owned by the thread that uses them. A sqlx connection's socket
//! is driven by the Tokio runtime that opened it, and every actix worker thread runs a
//! runtime of its own: a connection taken from one shared pool is usually another
//! thread's, so each query's answer wakes that thread first, which then wakes the
//! request's (two thread switches per query, the same hand-off `inline_reads` removes on
//! SQLite). Here each thread opens its own small pool, on first use, so a query and its
//! connection's I/O stay on one thread.

use std::cell::RefCell;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};

/// Databases one thread keeps pools for; more only happen in tests, which start many
/// servers in one process.
const POOLS_PER_THREAD: usize = 4;

/// A database reached through per-thread pools. Cheap to clone; every clone shares the
/// per-thread pools.
#[derive(Clone, Debug)]
pub struct ThreadConnections {
    /// Options of each thread's pool (opened lazily: no connection until a query).
    options: Arc<ConnectOptions>,
    /// Tells this database's pools apart from other databases' in a thread.
    id: u64,
}

thread_local! {
    static POOLS: RefCell<Vec<(u64, DatabaseConnection)>> = const { RefCell::new(Vec::new()) };
}

impl ThreadConnections {
    /// `options` describe one thread's pool; they are made lazy here.
    pub fn new(mut options: ConnectOptions) -> Self {
        static NEXT_ID: AtomicU64 = AtomicU64::new(0);
        options.connect_lazy(true);
        Self {
            options: Arc::new(options),
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// This thread's pool (created on first use; connections open on demand).
    pub async fn get(&self) -> Result<DatabaseConnection, DbErr> {
        if let Some(pool) = self.existing() {
            return Ok(pool);
        }
        // Boxed: runs once per thread, and its future is larger than a request's.
        let pool = Box::pin(Database::connect((*self.options).clone())).await?;
        let pool = POOLS.with(|cell| {
            let mut pools = cell.borrow_mut();
            // Another task of this thread may have opened one meanwhile; keep the first.
            if let Some((_, existing)) = pools.iter().find(|(id, _)| *id == self.id) {
                return existing.clone();
            }
            if pools.len() == POOLS_PER_THREAD {
                pools.remove(0);
            }
            pools.push((self.id, pool.clone()));
            pool
        });
        Ok(pool)
    }

    fn existing(&self) -> Option<DatabaseConnection> {
        POOLS.with(|cell| {
            cell.borrow()
                .iter()
                .find(|(id, _)| *id == self.id)
                .map(|(_, pool)| pool.clone())
        })
    }
}
