//! Tenants: created on demand when a key is issued for a new tenant name.

use sea_orm::sea_query::LockType;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, DbErr,
    EntityTrait, QueryFilter, QuerySelect, SqlErr,
};

use super::TenantId;
use crate::entity::tenant;

/// The tenant with this name, created if it does not exist yet.
pub async fn find_or_create<C: ConnectionTrait>(
    db: &C,
    name: &str,
) -> Result<tenant::Model, DbErr> {
    if let Some(existing) = find_by_name(db, name).await? {
        return Ok(existing);
    }
    let created = tenant::ActiveModel {
        name: Set(name.to_owned()),
        created_at: Set(super::now()),
        ..Default::default()
    }
    .insert(db)
    .await;
    match created {
        Ok(created) => Ok(created),
        // Someone else created it in the meantime.
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            find_by_name(db, name)
                .await?
                .ok_or_else(|| DbErr::RecordNotFound(format!("tenant {name}")))
        }
        Err(err) => Err(err),
    }
}

async fn find_by_name<C: ConnectionTrait>(
    db: &C,
    name: &str,
) -> Result<Option<tenant::Model>, DbErr> {
    tenant::Entity::find()
        .filter(tenant::Column::Name.eq(name))
        .one(db)
        .await
}

/// Serialises changes of a tenant's default channel on PostgreSQL, where two
/// transactions could otherwise each clear the old default and then collide on the
/// one-default index. SQLite already runs one writer at a time.
pub async fn lock_for_default_change<C: ConnectionTrait>(
    db: &C,
    tenant: TenantId,
) -> Result<(), DbErr> {
    if db.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    tenant::Entity::find_by_id(tenant.0)
        .lock(LockType::NoKeyUpdate)
        .one(db)
        .await
        .map(|_| ())
}
