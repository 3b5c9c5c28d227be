//! Reads on SQLite without a thread hand-off. sqlx runs every SQLite statement on a worker
//! thread of its own and sends the rows back over a channel: for a primary-key read,
//! which SQLite answers in microseconds, the two thread switches cost more than the query.
//! Here each thread that reads (an actix worker) keeps its own `rusqlite` connection to
//! the same file and runs the statement right where the request is handled.
//!
//! The statements are still built from the SeaORM entities (`Select::build`), and rows
//! become the entities' `Model`s; only the execution bypasses sqlx. In WAL mode these
//! readers never wait for the writer (`group_commit`), and each statement reads the latest
//! committed snapshot, so a read after an acknowledged write sees it.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::types::Value as SqlValue;
use rusqlite::{Connection, OpenFlags, Row, params_from_iter};
use sea_orm::sea_query::Value;
use sea_orm::sqlx::sqlite::SqliteConnectOptions;
use sea_orm::{ActiveEnum, DbErr, RuntimeErr, Statement};

use crate::entity::channel;

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
        let options = SqliteConnectOptions::from_str(url).map_err(|err| {
            DbErr::Conn(RuntimeErr::Internal(format!(
                "parsing the SQLite URL: {err}"
            )))
        })?;
        let path = options.get_filename();
        if url.contains(":memory:") || url.contains("mode=memory") || path == Path::new("") {
            return Ok(None);
        }
        static NEXT_ID: AtomicU64 = AtomicU64::new(0);
        Ok(Some(Self {
            path: Arc::new(path.to_owned()),
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
                    connections.push((self.id, open(&self.path).map_err(read_error)?));
                    connections.len() - 1
                }
            };
            read(&mut connections[index].1)
        })
    }

    /// Every row `statement` answers, as `M`.
    pub fn all<M: FromSqliteRow>(&self, statement: &Statement) -> Result<Vec<M>, DbErr> {
        self.with(|connection| query_all(connection, statement))
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

/// Runs `statement` with its prepared form cached on the connection.
pub fn query_all<M: FromSqliteRow>(
    connection: &Connection,
    statement: &Statement,
) -> Result<Vec<M>, DbErr> {
    let mut prepared = connection
        .prepare_cached(&statement.sql)
        .map_err(read_error)?;
    let values = statement.values.iter().flat_map(|values| values.0.iter());
    let params = values.map(to_sqlite).collect::<Result<Vec<_>, _>>()?;
    let mut rows = prepared
        .query(params_from_iter(params))
        .map_err(read_error)?;
    let mut models = Vec::new();
    while let Some(row) = rows.next().map_err(read_error)? {
        models.push(M::from_row(row)?);
    }
    Ok(models)
}

/// The parameter types SeaORM binds in this server's queries.
fn to_sqlite(value: &Value) -> Result<SqlValue, DbErr> {
    let converted = match value {
        Value::Bool(v) => v.map(|v| SqlValue::Integer(v.into())),
        Value::TinyInt(v) => v.map(|v| SqlValue::Integer(v.into())),
        Value::SmallInt(v) => v.map(|v| SqlValue::Integer(v.into())),
        Value::Int(v) => v.map(|v| SqlValue::Integer(v.into())),
        Value::BigInt(v) => v.map(SqlValue::Integer),
        Value::TinyUnsigned(v) => v.map(|v| SqlValue::Integer(v.into())),
        Value::SmallUnsigned(v) => v.map(|v| SqlValue::Integer(v.into())),
        Value::Unsigned(v) => v.map(|v| SqlValue::Integer(v.into())),
        Value::BigUnsigned(v) => match v {
            Some(v) => Some(SqlValue::Integer(i64::try_from(*v).unwrap_or(i64::MAX))),
            None => None,
        },
        Value::String(v) => v.clone().map(SqlValue::Text),
        other => {
            return Err(DbErr::Type(format!(
                "inline SQLite reads cannot bind {other:?}"
            )));
        }
    };
    Ok(converted.unwrap_or(SqlValue::Null))
}

pub fn read_error(err: rusqlite::Error) -> DbErr {
    DbErr::Query(RuntimeErr::Internal(format!("SQLite read: {err}")))
}

/// An entity's `Model` read from a row of `SELECT` with the entity's columns in their
/// declared order (what `Entity::find()` selects).
pub trait FromSqliteRow: Sized {
    fn from_row(row: &Row<'_>) -> Result<Self, DbErr>;
}

/// A single number, e.g. `COUNT(..)`.
impl FromSqliteRow for i64 {
    fn from_row(row: &Row<'_>) -> Result<Self, DbErr> {
        row.get(0).map_err(read_error)
    }
}

impl FromSqliteRow for channel::Model {
    fn from_row(row: &Row<'_>) -> Result<Self, DbErr> {
        use channel::Column as C;
        let get_text = |column: C| row.get::<_, String>(column as usize).map_err(read_error);
        let get_i64 = |column: C| row.get::<_, i64>(column as usize).map_err(read_error);
        let get_bool = |column: C| row.get::<_, bool>(column as usize).map_err(read_error);
        Ok(channel::Model {
            id: get_i64(C::Id)?,
            tenant_id: get_i64(C::TenantId)?,
            name: get_text(C::Name)?,
            channel_type: get_text(C::ChannelType)?,
            status: channel::ChannelStatus::try_from_value(&get_text(C::Status)?)?,
            config: get_text(C::Config)?,
            is_active: get_bool(C::IsActive)?,
            is_default: get_bool(C::IsDefault)?,
            auto_reply_enabled: get_bool(C::AutoReplyEnabled)?,
            business_hours_enabled: get_bool(C::BusinessHoursEnabled)?,
            assignment_mode: channel::AssignmentMode::try_from_value(&get_text(
                C::AssignmentMode,
            )?)?,
            sla_enabled: get_bool(C::SlaEnabled)?,
            total_conversations: get_i64(C::TotalConversations)?,
            total_messages_sent: get_i64(C::TotalMessagesSent)?,
            total_messages_received: get_i64(C::TotalMessagesReceived)?,
            business_hours: row
                .get::<_, Option<String>>(C::BusinessHours as usize)
                .map_err(read_error)?,
            created_at: timestamp(&get_text(C::CreatedAt)?)?,
            updated_at: timestamp(&get_text(C::UpdatedAt)?)?,
        })
    }
}

/// A timestamp as sqlx writes it (RFC 3339), or SQLite's own `YYYY-MM-DD HH:MM:SS` (UTC).
fn timestamp(text: &str) -> Result<DateTime<Utc>, DbErr> {
    if let Ok(parsed) = DateTime::parse_from_rfc3339(text) {
        return Ok(parsed.with_timezone(&Utc));
    }
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S%.f")
        .map(|naive| naive.and_utc())
        .map_err(|err| DbErr::Type(format!("timestamp {text:?}: {err}")))
}
