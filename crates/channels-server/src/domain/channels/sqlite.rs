//! The channel writes on SQLite's writer thread (`group_commit`): the statements the
//! SeaORM entity builds (the same as on PostgreSQL, plus `RETURNING` of every column), run
//! on the writer's own `rusqlite` connection inside the write's savepoint.

use rusqlite::Connection;
use sea_orm::sea_query::{Query, ReturningClause};
use sea_orm::{DbBackend, EntityTrait, Iterable, QueryTrait};

use super::{ChannelError, TenantId, by_tenant_and_id, clear_default_query, violates_name_index};
use crate::entity::channel;
use crate::sqlite_rows::{self, db_err};

pub(super) fn insert(
    connection: &Connection,
    row: channel::ActiveModel,
) -> Result<channel::Model, ChannelError> {
    let mut insert = channel::Entity::insert(row).into_query();
    insert.returning(every_column());
    returned(connection, &DbBackend::Sqlite.build(&insert))
}

pub(super) fn update(
    connection: &Connection,
    tenant: TenantId,
    id: i64,
    columns: channel::ActiveModel,
) -> Result<channel::Model, ChannelError> {
    let mut update =
        by_tenant_and_id(channel::Entity::update_many().set(columns), tenant, id).into_query();
    update.returning(every_column());
    returned(connection, &DbBackend::Sqlite.build(&update))
}

pub(super) fn delete(
    connection: &Connection,
    tenant: TenantId,
    id: i64,
) -> Result<(), ChannelError> {
    let delete = by_tenant_and_id(channel::Entity::delete_many(), tenant, id);
    match sqlite_rows::execute(connection, &delete.build(DbBackend::Sqlite)) {
        Ok(0) => Err(ChannelError::NotFound),
        Ok(_) => Ok(()),
        Err(err) => Err(ChannelError::Database(db_err(err))),
    }
}

pub(super) fn clear_default(
    connection: &Connection,
    tenant: TenantId,
    keep: Option<i64>,
) -> Result<(), ChannelError> {
    let statement = clear_default_query(tenant, keep).build(DbBackend::Sqlite);
    sqlite_rows::execute(connection, &statement)
        .map(|_| ())
        .map_err(|err| ChannelError::Database(db_err(err)))
}

/// The entity's columns in declared order, as `FromSqliteRow` reads them.
fn every_column() -> ReturningClause {
    Query::returning().columns(channel::Column::iter())
}

/// The one row a statement with `RETURNING` answers; none means no such channel.
fn returned(
    connection: &Connection,
    statement: &sea_orm::Statement,
) -> Result<channel::Model, ChannelError> {
    match sqlite_rows::query_all::<channel::Model>(connection, statement) {
        Ok(mut rows) => rows.pop().ok_or(ChannelError::NotFound),
        Err(err) => match sqlite_rows::unique_violation(&err) {
            Some(message) if violates_name_index(message) => Err(ChannelError::NameTaken),
            _ => Err(ChannelError::Database(db_err(err))),
        },
    }
}
