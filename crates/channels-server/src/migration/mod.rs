//! Schema migrations, applied at start-up. The same migrations run on SQLite and
//! PostgreSQL.

mod m20260101_000001_create_tables;

pub use m20260101_000001_create_tables::CHANNEL_NAME_INDEX;

use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, TransactionTrait};
use sea_orm_migration::{MigrationTrait, MigratorTrait};

pub struct Migrator;

impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![Box::new(m20260101_000001_create_tables::Migration)]
    }
}

/// Arbitrary constant naming the PostgreSQL advisory lock taken while migrating.
const MIGRATION_LOCK_KEY: i64 = 0x6368_616e_6e65_6c73;

/// Applies every pending migration.
///
/// On PostgreSQL several servers may start at once against one database, so the
/// migrations run in one transaction holding an advisory lock: the first server
/// migrates, the others wait and then find nothing left to do.
pub async fn apply(db: &DatabaseConnection) -> Result<(), DbErr> {
    if db.get_database_backend() != DbBackend::Postgres {
        return Migrator::up(db, None).await;
    }
    let txn = db.begin().await?;
    txn.execute_unprepared(&format!(
        "SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})"
    ))
    .await?;
    Migrator::up(&txn, None).await?;
    txn.commit().await
}
