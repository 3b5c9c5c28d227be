//! SeaORM statements on a `rusqlite` connection: binding the values SeaORM's query
//! builder produced (`Select::build`, `DbBackend::build`) and turning rows into the
//! entities' `Model`s. The inline readers (`inline_reads`) and the SQLite writer thread
//! (`group_commit`) run their statements through here; both bypass sqlx, whose SQLite
//! driver runs every statement on a thread of its own.
//!
//! Values are stored the way sqlx stores them (timestamps as RFC 3339 text, booleans as
//! 0 and 1), so rows written by either are read back identically by both.

use chrono::{DateTime, NaiveDateTime, SecondsFormat, Utc};
use rusqlite::types::{Type, Value as SqlValue};
use rusqlite::{Connection, Row, params_from_iter};
use sea_orm::sea_query::Value;
use sea_orm::{ActiveEnum, DbErr, RuntimeErr, Statement};

use crate::entity::channel;

/// Every row `statement` answers, as `M`; the statement's prepared form is cached on
/// the connection.
pub fn query_all<M: FromSqliteRow>(
    connection: &Connection,
    statement: &Statement,
) -> rusqlite::Result<Vec<M>> {
    let mut prepared = connection.prepare_cached(&statement.sql)?;
    let mut rows = prepared.query(params_from_iter(parameters(statement)?))?;
    let mut models = Vec::new();
    while let Some(row) = rows.next()? {
        models.push(M::from_row(row)?);
    }
    Ok(models)
}

/// Runs `statement`, which answers no rows; the number of rows it changed.
pub fn execute(connection: &Connection, statement: &Statement) -> rusqlite::Result<usize> {
    connection
        .prepare_cached(&statement.sql)?
        .execute(params_from_iter(parameters(statement)?))
}

/// A failure of SQLite as SeaORM reports failures.
pub fn db_err(err: rusqlite::Error) -> DbErr {
    DbErr::Query(RuntimeErr::Internal(format!("SQLite: {err}")))
}

/// Whether `err` is a violated UNIQUE constraint; SQLite's message names the columns.
pub fn unique_violation(err: &rusqlite::Error) -> Option<&str> {
    match err {
        rusqlite::Error::SqliteFailure(failure, message)
            if failure.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE =>
        {
            Some(message.as_deref().unwrap_or(""))
        }
        _ => None,
    }
}

fn parameters(statement: &Statement) -> rusqlite::Result<Vec<SqlValue>> {
    let values = statement.values.iter().flat_map(|values| values.0.iter());
    values.map(to_sqlite).collect()
}

/// The value types of this server's entities, as sqlx would bind them.
fn to_sqlite(value: &Value) -> rusqlite::Result<SqlValue> {
    let converted = match value {
        Value::Bool(v) => v.map(|v| SqlValue::Integer(v.into())),
        Value::TinyInt(v) => v.map(|v| SqlValue::Integer(v.into())),
        Value::SmallInt(v) => v.map(|v| SqlValue::Integer(v.into())),
        Value::Int(v) => v.map(|v| SqlValue::Integer(v.into())),
        Value::BigInt(v) => v.map(SqlValue::Integer),
        Value::TinyUnsigned(v) => v.map(|v| SqlValue::Integer(v.into())),
        Value::SmallUnsigned(v) => v.map(|v| SqlValue::Integer(v.into())),
        Value::Unsigned(v) => v.map(|v| SqlValue::Integer(v.into())),
        // LIMIT and OFFSET; larger than any table.
        Value::BigUnsigned(v) => v.map(|v| SqlValue::Integer(i64::try_from(v).unwrap_or(i64::MAX))),
        Value::String(v) => v.clone().map(SqlValue::Text),
        // What sqlx writes: `2026-01-01T00:00:00.123456+00:00`.
        Value::ChronoDateTimeUtc(v) => {
            v.map(|v| SqlValue::Text(v.to_rfc3339_opts(SecondsFormat::AutoSi, false)))
        }
        other => {
            let message = format!("no SQLite binding for {other:?}");
            return Err(rusqlite::Error::ToSqlConversionFailure(message.into()));
        }
    };
    Ok(converted.unwrap_or(SqlValue::Null))
}

/// An entity's `Model` read from a row of `SELECT` (or `RETURNING`) with the entity's
/// columns in their declared order, which is what `Entity::find()` selects.
pub trait FromSqliteRow: Sized {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Self>;
}

/// A single number, e.g. `COUNT(..)`.
impl FromSqliteRow for i64 {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Self> {
        row.get(0)
    }
}

impl FromSqliteRow for channel::Model {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Self> {
        use channel::Column as C;
        let text = |column: C| row.get::<_, String>(column as usize);
        let number = |column: C| row.get::<_, i64>(column as usize);
        let flag = |column: C| row.get::<_, bool>(column as usize);
        Ok(channel::Model {
            id: number(C::Id)?,
            tenant_id: number(C::TenantId)?,
            name: text(C::Name)?,
            channel_type: text(C::ChannelType)?,
            status: active_enum(C::Status, text(C::Status)?)?,
            config: text(C::Config)?,
            is_active: flag(C::IsActive)?,
            is_default: flag(C::IsDefault)?,
            auto_reply_enabled: flag(C::AutoReplyEnabled)?,
            business_hours_enabled: flag(C::BusinessHoursEnabled)?,
            assignment_mode: active_enum(C::AssignmentMode, text(C::AssignmentMode)?)?,
            sla_enabled: flag(C::SlaEnabled)?,
            total_conversations: number(C::TotalConversations)?,
            total_messages_sent: number(C::TotalMessagesSent)?,
            total_messages_received: number(C::TotalMessagesReceived)?,
            business_hours: row.get(C::BusinessHours as usize)?,
            created_at: timestamp(C::CreatedAt, &text(C::CreatedAt)?)?,
            updated_at: timestamp(C::UpdatedAt, &text(C::UpdatedAt)?)?,
        })
    }
}

fn active_enum<E: ActiveEnum<Value = String>>(
    column: channel::Column,
    text: String,
) -> rusqlite::Result<E> {
    E::try_from_value(&text).map_err(|err| conversion_failure(column, err.to_string()))
}

/// A timestamp as sqlx writes it (RFC 3339), or SQLite's own `YYYY-MM-DD HH:MM:SS` (UTC).
fn timestamp(column: channel::Column, text: &str) -> rusqlite::Result<DateTime<Utc>> {
    if let Ok(parsed) = DateTime::parse_from_rfc3339(text) {
        return Ok(parsed.with_timezone(&Utc));
    }
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S%.f")
        .map(|naive| naive.and_utc())
        .map_err(|err| conversion_failure(column, format!("timestamp {text:?}: {err}")))
}

fn conversion_failure(column: channel::Column, message: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(column as usize, Type::Text, message.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_read_in_both_spellings_and_refuse_anything_else() {
        let rfc3339 = timestamp(channel::Column::CreatedAt, "2026-11-30T12:34:56.5+01:00");
        let sqlite = timestamp(channel::Column::CreatedAt, "2026-11-30 11:34:56.5");
        assert_eq!(rfc3339.ok(), sqlite.ok());
        assert!(sqlite_ok("2026-11-30 11:34:56"));
        let refused = timestamp(channel::Column::UpdatedAt, "yesterday");
        match refused {
            Err(rusqlite::Error::FromSqlConversionFailure(index, Type::Text, message)) => {
                assert_eq!(index, channel::Column::UpdatedAt as usize);
                assert!(message.to_string().contains("yesterday"), "{message}");
            }
            other => panic!("expected a conversion failure, got {other:?}"),
        }
    }

    fn sqlite_ok(text: &str) -> bool {
        timestamp(channel::Column::CreatedAt, text).is_ok()
    }

    #[test]
    fn unknown_enum_values_are_conversion_failures() {
        let status: rusqlite::Result<channel::ChannelStatus> =
            active_enum(channel::Column::Status, "sleeping".to_owned());
        assert!(matches!(
            status,
            Err(rusqlite::Error::FromSqlConversionFailure(index, _, _))
                if index == channel::Column::Status as usize
        ));
        let known: rusqlite::Result<channel::ChannelStatus> =
            active_enum(channel::Column::Status, "connected".to_owned());
        assert_eq!(known.ok(), Some(channel::ChannelStatus::Connected));
    }
}
