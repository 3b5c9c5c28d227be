//! The write path. On SQLite every write goes through one writer thread that owns the
//! only writing connection (`rusqlite`): requests queue in memory (not on SQLite's file
//! lock, whose busy handler sleeps with growing back-off), and all writes waiting when
//! the writer is free share one transaction and one commit, so one fsync acknowledges
//! the whole batch. Each write runs in its own savepoint: one that fails (a duplicate
//! name) is rolled back alone and the others still commit. Nobody hears "done" before the
//! commit returned, so `synchronous = FULL` keeps its promise for every acknowledged write.
//!
//! The writer is a plain thread running each statement itself: through sqlx, every
//! statement (BEGIN, SAVEPOINT, UPDATE, RELEASE, COMMIT) was a round trip to sqlx's
//! connection thread and back, and those thread switches cost more than SQLite's work.
//!
//! On PostgreSQL, which has row locks and many writers, each write is its own transaction
//! on the pool (`transaction`).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use rusqlite::{Connection, TransactionBehavior};
use sea_orm::{DatabaseConnection, DatabaseTransaction, DbErr, TransactionTrait};
use tokio::sync::{mpsc, oneshot};

use crate::sqlite_rows::db_err;

/// Writes waiting beyond this many are not taken into the current batch: it bounds how
/// long the first of them waits for the commit.
pub const MAX_BATCH: usize = 256;
/// Writes that may wait for the writer; more wait in their request handlers.
const QUEUE_CAPACITY: usize = 4096;

pub type WriteFuture<'a, T, E> =
    Pin<Box<dyn std::future::Future<Output = Result<T, E>> + Send + 'a>>;

/// Counters of the batched writer, for tests and logs.
#[derive(Debug, Default)]
pub struct WriterStats {
    batches: AtomicU64,
    writes: AtomicU64,
    last_batch: AtomicU64,
}

impl WriterStats {
    /// Batches committed (or attempted) so far.
    pub fn batches(&self) -> u64 {
        self.batches.load(Ordering::Relaxed)
    }

    /// Writes taken from the queue so far.
    pub fn writes(&self) -> u64 {
        self.writes.load(Ordering::Relaxed)
    }

    /// The number of writes in the most recent batch.
    pub fn last_batch(&self) -> u64 {
        self.last_batch.load(Ordering::Relaxed)
    }
}

/// Where writes go: the batching writer thread (SQLite) or the pool (PostgreSQL).
#[derive(Clone, Debug)]
pub enum Writer {
    Direct(DatabaseConnection),
    Batched(BatchedWriter),
}

#[derive(Clone, Debug)]
pub struct BatchedWriter {
    queue: mpsc::Sender<Box<dyn Job>>,
    stats: Arc<WriterStats>,
}

impl Writer {
    /// A writer thread over `connection`, which must be the only connection that writes.
    /// The thread ends when every `Writer` is gone.
    pub fn batched(connection: Connection) -> std::io::Result<Self> {
        let (queue, jobs) = mpsc::channel(QUEUE_CAPACITY);
        let stats = Arc::new(WriterStats::default());
        let thread_stats = Arc::clone(&stats);
        std::thread::Builder::new()
            .name("sqlite-writer".to_owned())
            .spawn(move || run_writer(connection, jobs, &thread_stats))?;
        Ok(Writer::Batched(BatchedWriter { queue, stats }))
    }

    /// The batched writer's counters (`None` on PostgreSQL).
    pub fn stats(&self) -> Option<&WriterStats> {
        match self {
            Writer::Direct(_) => None,
            Writer::Batched(batched) => Some(&batched.stats),
        }
    }

    /// Writes handed to the batched writer and not yet taken into a batch.
    pub fn queued(&self) -> usize {
        match self {
            Writer::Direct(_) => 0,
            Writer::Batched(batched) => batched.queue.max_capacity() - batched.queue.capacity(),
        }
    }
}

/// Runs `op` in a transaction of its own on the pool: commits on `Ok`, rolls back on `Err`.
pub async fn transaction<T, E, F>(db: &DatabaseConnection, op: F) -> Result<T, E>
where
    E: From<DbErr>,
    F: for<'a> FnOnce(&'a DatabaseTransaction) -> WriteFuture<'a, T, E>,
{
    let txn = db.begin().await?;
    match op(&txn).await {
        Ok(value) => {
            txn.commit().await?;
            Ok(value)
        }
        Err(err) => {
            txn.rollback().await?;
            Err(err)
        }
    }
}

impl BatchedWriter {
    /// Runs `op` in a savepoint of the next batch on the writer thread, and returns its
    /// result once the batch is committed (durable). An `Err` from `op` undoes everything
    /// `op` did and nothing else.
    pub async fn write<T, E, F>(&self, op: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DbErr> + Send + 'static,
        F: FnOnce(&Connection) -> Result<T, E> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        if self
            .queue
            .send(Box::new(TypedJob { op, reply }))
            .await
            .is_err()
        {
            return Err(writer_gone().into());
        }
        answer.await.map_err(|_| writer_gone())?
    }
}

fn writer_gone() -> DbErr {
    DbErr::Custom("the database writer stopped before this write was committed".to_owned())
}

/// A queued write, with its result type erased.
trait Job: Send {
    /// Runs the write in a savepoint of the open transaction. `None` when the savepoint
    /// could not be closed: the transaction's state is then unknown, and the batch must
    /// be rolled back.
    fn run(self: Box<Self>, connection: &Connection) -> Option<Box<dyn Settle>>;
    /// Answers the caller with a failure, without running.
    fn fail(self: Box<Self>, reason: &str);
}

/// A write that has run, waiting for the batch's commit to answer its caller.
trait Settle: Send {
    fn settle(self: Box<Self>, committed: Result<(), &str>);
}

impl std::fmt::Debug for dyn Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Job")
    }
}

struct TypedJob<T, E, F> {
    op: F,
    reply: oneshot::Sender<Result<T, E>>,
}

struct Ran<T, E> {
    outcome: Result<T, E>,
    reply: oneshot::Sender<Result<T, E>>,
}

impl<T, E, F> Job for TypedJob<T, E, F>
where
    T: Send + 'static,
    E: From<DbErr> + Send + 'static,
    F: FnOnce(&Connection) -> Result<T, E> + Send + 'static,
{
    fn run(self: Box<Self>, connection: &Connection) -> Option<Box<dyn Settle>> {
        let TypedJob { op, reply } = *self;
        if let Err(err) = run_cached(connection, "SAVEPOINT write") {
            let _ = reply.send(Err(err.into()));
            return None;
        }
        let outcome = op(connection);
        let closed = match &outcome {
            Ok(_) => run_cached(connection, "RELEASE write"),
            Err(_) => run_cached(connection, "ROLLBACK TO write")
                .and_then(|()| run_cached(connection, "RELEASE write")),
        };
        if let Err(err) = closed {
            let _ = reply.send(Err(err.into()));
            return None;
        }
        Some(Box::new(Ran { outcome, reply }))
    }

    fn fail(self: Box<Self>, reason: &str) {
        let _ = self
            .reply
            .send(Err(DbErr::Custom(reason.to_owned()).into()));
    }
}

impl<T, E> Settle for Ran<T, E>
where
    T: Send + 'static,
    E: From<DbErr> + Send + 'static,
{
    fn settle(self: Box<Self>, committed: Result<(), &str>) {
        let answer = match committed {
            Ok(()) => self.outcome,
            Err(reason) => Err(DbErr::Custom(reason.to_owned()).into()),
        };
        let _ = self.reply.send(answer);
    }
}

/// A statement without parameters or rows, parsed once per connection.
fn run_cached(connection: &Connection, sql: &str) -> Result<(), DbErr> {
    connection
        .prepare_cached(sql)
        .and_then(|mut statement| statement.execute([]))
        .map(|_| ())
        .map_err(db_err)
}

fn run_writer(
    mut connection: Connection,
    mut jobs: mpsc::Receiver<Box<dyn Job>>,
    stats: &WriterStats,
) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    // Sleeps until a write arrives, then takes whatever else is already waiting.
    while let Some(first) = jobs.blocking_recv() {
        batch.push(first);
        while batch.len() < MAX_BATCH {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let size = batch.len() as u64;
        stats.batches.fetch_add(1, Ordering::Relaxed);
        stats.writes.fetch_add(size, Ordering::Relaxed);
        stats.last_batch.store(size, Ordering::Relaxed);
        run_batch(&mut connection, batch.drain(..));
        tracing::debug!(writes = size, "write batch committed");
    }
}

/// One transaction for the whole batch; every caller is answered after its end.
fn run_batch(connection: &mut Connection, mut batch: std::vec::Drain<'_, Box<dyn Job>>) {
    // IMMEDIATE takes the write lock at BEGIN: another process writing (the `keys`
    // command line) makes the writer wait in the busy handler, never fail half-way.
    let txn = match connection.transaction_with_behavior(TransactionBehavior::Immediate) {
        Ok(txn) => txn,
        Err(err) => {
            tracing::error!(error = %err, "cannot start a write transaction");
            let reason = format!("starting the write transaction: {err}");
            batch.for_each(|job| job.fail(&reason));
            return;
        }
    };
    let mut ran: Vec<Box<dyn Settle>> = Vec::with_capacity(batch.len());
    let mut broken = false;
    for job in batch.by_ref() {
        // A panicking write must not take the writer (and every later write) with it;
        // its caller hears that the writer dropped its answer.
        match catch_unwind(AssertUnwindSafe(|| job.run(&txn))) {
            Ok(Some(settle)) => ran.push(settle),
            Ok(None) | Err(_) => {
                broken = true;
                break;
            }
        }
    }
    let committed = if broken {
        let reason = "a write of the same batch left the transaction unusable; retry";
        batch.for_each(|job| job.fail(reason));
        if let Err(err) = txn.rollback() {
            tracing::error!(error = %err, "rolling back a broken write batch");
        }
        Err(reason.to_owned())
    } else {
        txn.commit().map_err(|err| {
            tracing::error!(error = %err, "committing a write batch");
            format!("committing the write batch: {err}")
        })
    };
    for settle in ran {
        settle.settle(committed.as_ref().map(|_| ()).map_err(String::as_str));
    }
}
