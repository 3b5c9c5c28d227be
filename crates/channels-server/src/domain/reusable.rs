//! Statements that SeaORM builds once per backend and that are bound again with each
//! request's values. Building a `Select` of every column and rendering it to SQL costs more
//! than SQLite's own work for a primary-key read (about a third of the server's
//! instructions for `GET /channels/{id}`); the SQL of such a query depends only on its
//! shape, never on its values.

use std::array;

use sea_orm::sea_query::Value;
use sea_orm::{DbBackend, DbErr, Statement, Values};

/// A statement whose values are all `i64` arguments, built once by SeaORM.
#[derive(Clone, Debug)]
pub struct Reusable<const N: usize> {
    backend: DbBackend,
    sql: String,
    /// For each value of the statement, in order, the argument it holds.
    slots: Vec<usize>,
}

impl<const N: usize> Reusable<N> {
    /// Builds the statement with `build` twice, with distinct marker arguments, and
    /// records where each argument lands among the values. Refuses a statement whose SQL
    /// depends on the arguments, or that holds a value not taken from them.
    pub fn new(backend: DbBackend, build: impl Fn([i64; N]) -> Statement) -> Result<Self, DbErr> {
        let first = markers(0);
        let second = markers(N as i64);
        let statement = build(first);
        let slots = argument_slots(&statement, &first)?;
        let again = build(second);
        if again.sql != statement.sql || argument_slots(&again, &second)? != slots {
            return Err(not_reusable(
                &statement.sql,
                "its SQL depends on its values",
            ));
        }
        if let Some(unused) = (0..N).find(|argument| !slots.contains(argument)) {
            return Err(not_reusable(
                &statement.sql,
                &format!("argument {unused} is not used"),
            ));
        }
        Ok(Self {
            backend,
            sql: statement.sql,
            slots,
        })
    }

    /// The statement with `arguments` in place of the markers it was built with.
    pub fn bind(&self, arguments: [i64; N]) -> Statement {
        let values = self
            .slots
            .iter()
            .map(|&argument| Value::BigInt(Some(arguments[argument])))
            .collect();
        Statement::from_sql_and_values(self.backend, self.sql.clone(), Values(values))
    }
}

/// Arguments no real query uses (ids and tenants are positive), all distinct.
fn markers<const N: usize>(offset: i64) -> [i64; N] {
    array::from_fn(|index| i64::MIN + 1_000_003 + offset + index as i64)
}

fn argument_slots<const N: usize>(
    statement: &Statement,
    markers: &[i64; N],
) -> Result<Vec<usize>, DbErr> {
    let values = statement
        .values
        .as_ref()
        .map_or(&[][..], |values| &values.0[..]);
    values
        .iter()
        .map(|value| match value {
            Value::BigInt(Some(value)) => markers.iter().position(|marker| marker == value),
            _ => None,
        })
        .collect::<Option<Vec<usize>>>()
        .ok_or_else(|| not_reusable(&statement.sql, "it holds a value that is not an argument"))
}

fn not_reusable(sql: &str, why: &str) -> DbErr {
    DbErr::Custom(format!("statement `{sql}` cannot be reused: {why}"))
}

#[cfg(test)]
mod tests {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect, QueryTrait};

    use super::*;
    use crate::entity::channel;

    fn by_tenant_and_id(backend: DbBackend, [tenant, id]: [i64; 2]) -> Statement {
        channel::Entity::find()
            .filter(channel::Column::Id.eq(id))
            .filter(channel::Column::TenantId.eq(tenant))
            .build(backend)
    }

    #[test]
    fn binds_what_seaorm_would_build() {
        for backend in [DbBackend::Sqlite, DbBackend::Postgres] {
            let reusable = Reusable::new(backend, |args| by_tenant_and_id(backend, args)).unwrap();
            for arguments in [[1, 2], [7, 7], [i64::MAX, 0], [-5, 123_456_789]] {
                assert_eq!(
                    reusable.bind(arguments),
                    by_tenant_and_id(backend, arguments)
                );
            }
        }
    }

    #[test]
    fn an_argument_used_twice_fills_both_places() {
        let build = |[id]: [i64; 1]| {
            channel::Entity::find()
                .filter(channel::Column::Id.eq(id))
                .filter(channel::Column::TenantId.eq(id))
                .build(DbBackend::Sqlite)
        };
        let reusable = Reusable::new(DbBackend::Sqlite, build).unwrap();
        assert_eq!(reusable.bind([42]), build([42]));
    }

    #[test]
    fn refuses_statements_it_cannot_rebind() {
        let shape_depends_on_value = |[limit]: [i64; 1]| {
            let query = channel::Entity::find();
            let query = if limit > i64::MIN + 1_000_003 {
                query.filter(channel::Column::IsActive.eq(true))
            } else {
                query
            };
            query.build(DbBackend::Sqlite)
        };
        let error = Reusable::new(DbBackend::Sqlite, shape_depends_on_value).unwrap_err();
        assert!(
            error.to_string().contains("depends on its values"),
            "{error}"
        );

        let constant_value = |[id]: [i64; 1]| {
            channel::Entity::find()
                .filter(channel::Column::Id.eq(id))
                .filter(channel::Column::ChannelType.eq("web"))
                .build(DbBackend::Sqlite)
        };
        let error = Reusable::new(DbBackend::Sqlite, constant_value).unwrap_err();
        assert!(error.to_string().contains("not an argument"), "{error}");

        let unused = |[id, _other]: [i64; 2]| {
            channel::Entity::find()
                .filter(channel::Column::Id.eq(id))
                .build(DbBackend::Sqlite)
        };
        let error = Reusable::new(DbBackend::Sqlite, unused).unwrap_err();
        assert!(
            error.to_string().contains("argument 1 is not used"),
            "{error}"
        );

        let limit = |[limit]: [i64; 1]| {
            channel::Entity::find()
                .limit(limit as u64)
                .build(DbBackend::Sqlite)
        };
        // A LIMIT is a value too, but an unsigned one: not rebindable as an argument.
        assert!(Reusable::new(DbBackend::Sqlite, limit).is_err());
    }
}
