//! The channel service: every channel operation, scoped to one tenant.

mod sqlite;

use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    AccessMode, ActiveValue::NotSet, ActiveValue::Set, ColumnTrait, ConnectionTrait,
    DatabaseConnection, DbBackend, DbErr, EntityTrait, IsolationLevel, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, QueryTrait, Select, SqlErr, Statement, TransactionTrait, UpdateMany,
};
use serde_json::{Map, Value};

use super::reusable::Reusable;
use super::schedule::WeeklySchedule;
use super::{AssignmentMode, ChannelStatus, TenantId, stored_text, tenants};
use crate::entity::channel;
use crate::group_commit::{Writer, transaction};
use crate::inline_reads::InlineReads;
use crate::migration::CHANNEL_NAME_INDEX;
use crate::sqlite_rows::{self, db_err};
use crate::thread_connections::ThreadConnections;

/// A channel as the API shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Channel {
    pub id: i64,
    pub name: String,
    pub channel_type: String,
    pub status: ChannelStatus,
    pub config: Map<String, Value>,
    pub is_active: bool,
    pub is_default: bool,
    pub auto_reply_enabled: bool,
    pub business_hours_enabled: bool,
    pub assignment_mode: AssignmentMode,
    pub sla_enabled: bool,
    pub total_conversations: i64,
    pub total_messages_sent: i64,
    pub total_messages_received: i64,
    pub business_hours: Option<WeeklySchedule>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What a client may choose when creating a channel (defaults already applied).
#[derive(Clone, Debug, PartialEq)]
pub struct NewChannel {
    pub name: String,
    pub channel_type: String,
    pub config: Map<String, Value>,
    pub is_active: bool,
    pub is_default: bool,
    pub auto_reply_enabled: bool,
    pub sla_enabled: bool,
    pub assignment_mode: AssignmentMode,
    pub business_hours: Option<WeeklySchedule>,
}

/// What to do with a channel's schedule in an update.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum ScheduleChange {
    #[default]
    Keep,
    Clear,
    Replace(Box<WeeklySchedule>),
}

/// A merge patch: `None` (or `ScheduleChange::Keep`) leaves the stored value alone.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChannelChanges {
    pub name: Option<String>,
    pub config: Option<Map<String, Value>>,
    pub is_active: Option<bool>,
    pub is_default: Option<bool>,
    pub auto_reply_enabled: Option<bool>,
    pub sla_enabled: Option<bool>,
    pub assignment_mode: Option<AssignmentMode>,
    pub business_hours: ScheduleChange,
}

/// Which channels to list, and which page of them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChannelFilter {
    pub channel_type: Option<String>,
    pub is_active: Option<bool>,
    pub skip: u64,
    pub limit: u64,
}

/// One page of channels and how many match the filter in all.
#[derive(Clone, Debug, PartialEq)]
pub struct ChannelPage {
    pub items: Vec<Channel>,
    pub total: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum ChannelError {
    /// Missing, or owned by another tenant: the two are indistinguishable.
    #[error("channel not found")]
    NotFound,
    #[error("a channel with this name already exists")]
    NameTaken,
    #[error(transparent)]
    Database(#[from] DbErr),
}

#[derive(Clone, Debug)]
pub struct ChannelService {
    /// Reads; also writes when `writer` is `Direct` over the same pool.
    db: DatabaseConnection,
    writer: Writer,
    /// SQLite: channel reads on the request's thread instead of `db` (`inline_reads`).
    inline_reads: Option<InlineReads>,
    /// PostgreSQL: channel reads on pools of the request's thread (`thread_connections`).
    thread_reads: Option<ThreadConnections>,
}

impl ChannelService {
    /// Reads and writes on one pool, each write its own transaction.
    pub fn new(db: DatabaseConnection) -> Self {
        let writer = Writer::Direct(db.clone());
        Self::with_writer(db, writer)
    }

    /// Reads on `db`, writes through `writer` (see `group_commit`).
    pub fn with_writer(db: DatabaseConnection, writer: Writer) -> Self {
        Self {
            db,
            writer,
            inline_reads: None,
            thread_reads: None,
        }
    }

    /// Reads channels through `inline_reads` (SQLite) instead of the pool.
    pub fn with_inline_reads(mut self, inline_reads: Option<InlineReads>) -> Self {
        self.inline_reads = inline_reads;
        self
    }

    /// Reads channels through pools of each request's thread instead of the shared pool.
    pub fn with_thread_reads(mut self, thread_reads: Option<ThreadConnections>) -> Self {
        self.thread_reads = thread_reads;
        self
    }

    /// Where pooled reads go: this thread's pool, else the shared one.
    async fn reads(&self) -> Result<DatabaseConnection, DbErr> {
        match &self.thread_reads {
            Some(pools) => pools.get().await,
            None => Ok(self.db.clone()),
        }
    }

    pub fn writer(&self) -> &Writer {
        &self.writer
    }

    pub async fn create(&self, tenant: TenantId, new: NewChannel) -> Result<Channel, ChannelError> {
        let now = super::now();
        let row = channel::ActiveModel {
            id: NotSet,
            tenant_id: Set(tenant.0),
            name: Set(stored_text::encode(&new.name)),
            channel_type: Set(new.channel_type),
            status: Set(ChannelStatus::Pending),
            config: Set(json_text(&new.config)?),
            is_active: Set(new.is_active),
            is_default: Set(new.is_default),
            auto_reply_enabled: Set(new.auto_reply_enabled),
            business_hours_enabled: Set(new.business_hours.is_some()),
            assignment_mode: Set(new.assignment_mode),
            sla_enabled: Set(new.sla_enabled),
            total_conversations: Set(0),
            total_messages_sent: Set(0),
            total_messages_received: Set(0),
            business_hours: Set(new.business_hours.as_ref().map(json_text).transpose()?),
            created_at: Set(now),
            updated_at: Set(now),
        };

        let is_default = new.is_default;
        let created = match &self.writer {
            // One statement is its own transaction: no BEGIN/COMMIT round trips.
            Writer::Direct(db) if !is_default => Box::pin(insert(db, row)).await?,
            Writer::Direct(db) => {
                Box::pin(transaction(db, move |txn| {
                    Box::pin(async move {
                        clear_default(txn, tenant, None).await?;
                        insert(txn, row).await
                    })
                }))
                .await?
            }
            Writer::Batched(writer) => {
                writer
                    .write(move |connection| {
                        if is_default {
                            sqlite::clear_default(connection, tenant, None)?;
                        }
                        sqlite::insert(connection, row)
                    })
                    .await?
            }
        };
        to_channel(created)
    }

    pub async fn get(&self, tenant: TenantId, id: i64) -> Result<Channel, ChannelError> {
        self.find(tenant, id).await
    }

    // Pool and direct-write paths are boxed: a pooled query's future holds sqlx's whole
    // acquire state (about 14 KiB), which would otherwise be part of (and be moved with)
    // every request's future, also on SQLite, where those paths never run.
    async fn find(&self, tenant: TenantId, id: i64) -> Result<Channel, ChannelError> {
        let row = match &self.inline_reads {
            Some(reads) => reads
                .all::<channel::Model>(&by_id_statement(DbBackend::Sqlite, tenant, id)?)?
                .pop(),
            None => Box::pin(self.find_pooled(tenant, id)).await?,
        };
        to_channel(row.ok_or(ChannelError::NotFound)?)
    }

    /// A channel through a connection pool (`reads`).
    async fn find_pooled(
        &self,
        tenant: TenantId,
        id: i64,
    ) -> Result<Option<channel::Model>, DbErr> {
        let db = self.reads().await?;
        let statement = by_id_statement(db.get_database_backend(), tenant, id)?;
        channel::Entity::find()
            .from_raw_sql(statement)
            .one(&db)
            .await
    }

    pub async fn list(
        &self,
        tenant: TenantId,
        filter: ChannelFilter,
    ) -> Result<ChannelPage, ChannelError> {
        let mut query = channel::Entity::find().filter(channel::Column::TenantId.eq(tenant.0));
        if let Some(channel_type) = filter.channel_type {
            // Stored types never contain NUL (their pattern forbids it), and PostgreSQL
            // cannot even compare text with one.
            if channel_type.contains('\0') {
                return Ok(ChannelPage {
                    items: Vec::new(),
                    total: 0,
                });
            }
            query = query.filter(channel::Column::ChannelType.eq(channel_type));
        }
        if let Some(is_active) = filter.is_active {
            query = query.filter(channel::Column::IsActive.eq(is_active));
        }
        let page = query
            .clone()
            .order_by_asc(channel::Column::Id)
            .offset(filter.skip)
            .limit(filter.limit);
        let (rows, total) = match &self.inline_reads {
            Some(reads) => list_inline(reads, query, page)?,
            None => Box::pin(self.list_pooled(query, page)).await?,
        };
        let items = rows.into_iter().map(to_channel).collect::<Result<_, _>>()?;
        Ok(ChannelPage { items, total })
    }

    async fn list_pooled(
        &self,
        query: Select<channel::Entity>,
        page: Select<channel::Entity>,
    ) -> Result<(Vec<channel::Model>, u64), DbErr> {
        // Count and page from one snapshot, so `total` agrees with the items even while
        // others write. SQLite reads from a snapshot inside any transaction.
        let db = self.reads().await?;
        let txn = match db.get_database_backend() {
            DbBackend::Postgres => {
                db.begin_with_config(
                    Some(IsolationLevel::RepeatableRead),
                    Some(AccessMode::ReadOnly),
                )
                .await?
            }
            _ => db.begin().await?,
        };
        let total = query.count(&txn).await?;
        let rows = page.all(&txn).await?;
        txn.commit().await?;
        Ok((rows, total))
    }

    /// Applies a merge patch with one `UPDATE` of only the touched columns, so
    /// concurrent updates of different properties never overwrite each other.
    pub async fn update(
        &self,
        tenant: TenantId,
        id: i64,
        changes: ChannelChanges,
    ) -> Result<Channel, ChannelError> {
        let becomes_default = changes.is_default == Some(true);
        let Some(columns) = changed_columns(changes)? else {
            // Nothing to change: `updated_at` stays where it is.
            return self.find(tenant, id).await;
        };

        let row = match &self.writer {
            // One statement is its own transaction: no BEGIN/COMMIT round trips.
            Writer::Direct(db) if !becomes_default => {
                Box::pin(update(db, tenant, id, columns)).await?
            }
            // NotFound undoes the cleared default with the rest.
            Writer::Direct(db) => {
                Box::pin(transaction(db, move |txn| {
                    Box::pin(async move {
                        clear_default(txn, tenant, Some(id)).await?;
                        update(txn, tenant, id, columns).await
                    })
                }))
                .await?
            }
            Writer::Batched(writer) => {
                writer
                    .write(move |connection| {
                        if becomes_default {
                            sqlite::clear_default(connection, tenant, Some(id))?;
                        }
                        sqlite::update(connection, tenant, id, columns)
                    })
                    .await?
            }
        };
        to_channel(row)
    }

    pub async fn delete(&self, tenant: TenantId, id: i64) -> Result<(), ChannelError> {
        match &self.writer {
            Writer::Direct(db) => Box::pin(delete(db, tenant, id)).await,
            Writer::Batched(writer) => {
                writer
                    .write(move |connection| sqlite::delete(connection, tenant, id))
                    .await
            }
        }
    }
}

async fn insert<C: ConnectionTrait>(
    db: &C,
    row: channel::ActiveModel,
) -> Result<channel::Model, ChannelError> {
    channel::Entity::insert(row)
        .exec_with_returning(db)
        .await
        .map_err(map_write_error)
}

async fn update<C: ConnectionTrait>(
    db: &C,
    tenant: TenantId,
    id: i64,
    columns: channel::ActiveModel,
) -> Result<channel::Model, ChannelError> {
    let updated = by_tenant_and_id(channel::Entity::update_many().set(columns), tenant, id)
        .exec_with_returning(db)
        .await
        .map_err(map_write_error)?;
    updated.into_iter().next().ok_or(ChannelError::NotFound)
}

async fn delete<C: ConnectionTrait>(db: &C, tenant: TenantId, id: i64) -> Result<(), ChannelError> {
    let deleted = by_tenant_and_id(channel::Entity::delete_many(), tenant, id)
        .exec(db)
        .await?;
    if deleted.rows_affected == 0 {
        return Err(ChannelError::NotFound);
    }
    Ok(())
}

/// The columns a patch sets (plus `updated_at`), or `None` when it sets nothing.
fn changed_columns(changes: ChannelChanges) -> Result<Option<channel::ActiveModel>, DbErr> {
    let mut columns = channel::ActiveModel::default();
    let mut touched = false;

    if let Some(name) = changes.name {
        columns.name = Set(stored_text::encode(&name));
        touched = true;
    }
    if let Some(config) = changes.config {
        columns.config = Set(json_text(&config)?);
        touched = true;
    }
    if let Some(is_active) = changes.is_active {
        columns.is_active = Set(is_active);
        touched = true;
    }
    if let Some(is_default) = changes.is_default {
        columns.is_default = Set(is_default);
        touched = true;
    }
    if let Some(auto_reply_enabled) = changes.auto_reply_enabled {
        columns.auto_reply_enabled = Set(auto_reply_enabled);
        touched = true;
    }
    if let Some(sla_enabled) = changes.sla_enabled {
        columns.sla_enabled = Set(sla_enabled);
        touched = true;
    }
    if let Some(assignment_mode) = changes.assignment_mode {
        columns.assignment_mode = Set(assignment_mode);
        touched = true;
    }
    match changes.business_hours {
        ScheduleChange::Keep => {}
        ScheduleChange::Clear => {
            columns.business_hours = Set(None);
            columns.business_hours_enabled = Set(false);
            touched = true;
        }
        ScheduleChange::Replace(schedule) => {
            columns.business_hours = Set(Some(json_text(&schedule)?));
            columns.business_hours_enabled = Set(true);
            touched = true;
        }
    }
    if !touched {
        return Ok(None);
    }
    columns.updated_at = Set(super::now());
    Ok(Some(columns))
}

/// Makes every channel of the tenant except `keep` non-default.
async fn clear_default<C: ConnectionTrait>(
    db: &C,
    tenant: TenantId,
    keep: Option<i64>,
) -> Result<(), DbErr> {
    tenants::lock_for_default_change(db, tenant).await?;
    clear_default_query(tenant, keep).exec(db).await.map(|_| ())
}

fn clear_default_query(tenant: TenantId, keep: Option<i64>) -> UpdateMany<channel::Entity> {
    let query = channel::Entity::update_many()
        .set(channel::ActiveModel {
            is_default: Set(false),
            updated_at: Set(super::now()),
            ..Default::default()
        })
        .filter(channel::Column::TenantId.eq(tenant.0))
        .filter(channel::Column::IsDefault.eq(true));
    match keep {
        Some(keep) => query.filter(channel::Column::Id.ne(keep)),
        None => query,
    }
}

/// One channel of one tenant: a channel of another tenant is as absent as a missing one.
fn by_tenant_and_id<Q: QueryFilter>(query: Q, tenant: TenantId, id: i64) -> Q {
    query
        .filter(channel::Column::Id.eq(id))
        .filter(channel::Column::TenantId.eq(tenant.0))
}

fn by_id(tenant: TenantId, id: i64) -> Select<channel::Entity> {
    by_tenant_and_id(channel::Entity::find(), tenant, id)
}

/// `by_id` as SeaORM builds it, rendered to SQL once per backend (`reusable`).
fn by_id_statement(backend: DbBackend, tenant: TenantId, id: i64) -> Result<Statement, DbErr> {
    static BUILT: [OnceLock<Result<Reusable<2>, String>>; 2] = [const { OnceLock::new() }; 2];
    let built = match backend {
        DbBackend::Sqlite => &BUILT[0],
        DbBackend::Postgres => &BUILT[1],
        _ => return Ok(by_id(tenant, id).build(backend)),
    };
    let reusable = built.get_or_init(|| {
        Reusable::new(backend, |[tenant, id]| {
            by_id(TenantId(tenant), id).build(backend)
        })
        .map_err(|error| error.to_string())
    });
    match reusable {
        Ok(reusable) => Ok(reusable.bind([tenant.0, id])),
        Err(error) => Err(DbErr::Custom(error.clone())),
    }
}

/// Count and page from one snapshot (one read transaction), on this thread's connection.
fn list_inline(
    reads: &InlineReads,
    query: Select<channel::Entity>,
    page: Select<channel::Entity>,
) -> Result<(Vec<channel::Model>, u64), DbErr> {
    // COUNT of the primary key, which is never NULL: COUNT(*) of the filtered rows.
    let count = query
        .select_only()
        .expr(Expr::col(channel::Column::Id).count())
        .build(DbBackend::Sqlite);
    let page = page.build(DbBackend::Sqlite);
    reads.with(|connection| {
        let snapshot = connection.transaction().map_err(db_err)?;
        let total = sqlite_rows::query_all::<i64>(&snapshot, &count).map_err(db_err)?;
        let rows = sqlite_rows::query_all::<channel::Model>(&snapshot, &page).map_err(db_err)?;
        snapshot.commit().map_err(db_err)?;
        let total = total.first().copied().unwrap_or(0);
        Ok((rows, u64::try_from(total).unwrap_or(0)))
    })
}

/// A duplicate name is the only unique violation a client can cause: the
/// one-default index is protected by clearing the old default first.
fn map_write_error(err: DbErr) -> ChannelError {
    match err.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(message)) if violates_name_index(&message) => {
            ChannelError::NameTaken
        }
        _ => ChannelError::Database(err),
    }
}

/// PostgreSQL names the violated index; SQLite names the indexed columns.
fn violates_name_index(message: &str) -> bool {
    message.contains(CHANNEL_NAME_INDEX) || message.contains("channels.name")
}

fn json_text<T: serde::Serialize>(value: &T) -> Result<String, DbErr> {
    serde_json::to_string(value).map_err(|err| DbErr::Json(err.to_string()))
}

fn from_json_text<T: serde::de::DeserializeOwned>(id: i64, text: &str) -> Result<T, DbErr> {
    serde_json::from_str(text).map_err(|err| DbErr::Json(format!("channel {id}: {err}")))
}

fn to_channel(row: channel::Model) -> Result<Channel, ChannelError> {
    let config: Map<String, Value> = from_json_text(row.id, &row.config)?;
    let business_hours: Option<WeeklySchedule> = row
        .business_hours
        .as_deref()
        .map(|text| from_json_text(row.id, text))
        .transpose()?;
    Ok(Channel {
        id: row.id,
        name: stored_text::decode(row.name),
        channel_type: row.channel_type,
        status: row.status,
        config,
        is_active: row.is_active,
        is_default: row.is_default,
        auto_reply_enabled: row.auto_reply_enabled,
        business_hours_enabled: row.business_hours_enabled,
        assignment_mode: row.assignment_mode,
        sla_enabled: row.sla_enabled,
        total_conversations: row.total_conversations,
        total_messages_sent: row.total_messages_sent,
        total_messages_received: row.total_messages_received,
        business_hours,
        created_at: row.created_at,
        updated_at: row.updated_at,
    })
}
