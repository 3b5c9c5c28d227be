//! Tenants, their API keys and their channels.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Tenants {
    Table,
    Id,
    Name,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ApiKeys {
    Table,
    Id,
    TenantId,
    Prefix,
    KeyHash,
    CreatedAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum Channels {
    Table,
    Id,
    TenantId,
    Name,
    ChannelType,
    Status,
    Config,
    IsActive,
    IsDefault,
    AutoReplyEnabled,
    BusinessHoursEnabled,
    AssignmentMode,
    SlaEnabled,
    TotalConversations,
    TotalMessagesSent,
    TotalMessagesReceived,
    BusinessHours,
    CreatedAt,
    UpdatedAt,
}

/// Name of the unique index that makes a channel name unique within a tenant;
/// the server recognises violations of it by this name.
pub const CHANNEL_NAME_INDEX: &str = "channels_tenant_id_name_key";
const ONE_DEFAULT_INDEX: &str = "channels_one_default_per_tenant";

/// An id column that is never reused: `AUTOINCREMENT` on SQLite (which needs the
/// column to be exactly `integer`, 64-bit there anyway) and an identity on PostgreSQL.
fn id_column<T: IntoIden>(backend: sea_orm::DbBackend, name: T) -> ColumnDef {
    let mut column = ColumnDef::new(name);
    if backend == sea_orm::DbBackend::Sqlite {
        column.integer();
    } else {
        column.big_integer();
    }
    column.not_null().auto_increment().primary_key();
    column
}

fn timestamp<T: IntoIden>(name: T) -> ColumnDef {
    let mut column = ColumnDef::new(name);
    column.timestamp_with_time_zone().not_null();
    column
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let backend = manager.get_database_backend();

        manager
            .create_table(
                Table::create()
                    .table(Tenants::Table)
                    .col(id_column(backend, Tenants::Id))
                    .col(
                        ColumnDef::new(Tenants::Name)
                            .string_len(200)
                            .not_null()
                            .unique_key(),
                    )
                    .col(timestamp(Tenants::CreatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ApiKeys::Table)
                    .col(id_column(backend, ApiKeys::Id))
                    .col(ColumnDef::new(ApiKeys::TenantId).big_integer().not_null())
                    .col(ColumnDef::new(ApiKeys::Prefix).string_len(32).not_null())
                    .col(
                        ColumnDef::new(ApiKeys::KeyHash)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(timestamp(ApiKeys::CreatedAt))
                    .col(
                        ColumnDef::new(ApiKeys::RevokedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ApiKeys::Table, ApiKeys::TenantId)
                            .to(Tenants::Table, Tenants::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Channels::Table)
                    .col(id_column(backend, Channels::Id))
                    .col(ColumnDef::new(Channels::TenantId).big_integer().not_null())
                    // Unbounded: the API limits names to 100 characters, and escaping may lengthen them.
                    .col(ColumnDef::new(Channels::Name).text().not_null())
                    .col(
                        ColumnDef::new(Channels::ChannelType)
                            .string_len(50)
                            .not_null(),
                    )
                    .col(ColumnDef::new(Channels::Status).string_len(20).not_null())
                    .col(ColumnDef::new(Channels::Config).text().not_null())
                    .col(ColumnDef::new(Channels::IsActive).boolean().not_null())
                    .col(ColumnDef::new(Channels::IsDefault).boolean().not_null())
                    .col(
                        ColumnDef::new(Channels::AutoReplyEnabled)
                            .boolean()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Channels::BusinessHoursEnabled)
                            .boolean()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Channels::AssignmentMode)
                            .string_len(20)
                            .not_null(),
                    )
                    .col(ColumnDef::new(Channels::SlaEnabled).boolean().not_null())
                    .col(
                        ColumnDef::new(Channels::TotalConversations)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Channels::TotalMessagesSent)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Channels::TotalMessagesReceived)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(Channels::BusinessHours).text().null())
                    .col(timestamp(Channels::CreatedAt))
                    .col(timestamp(Channels::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Channels::Table, Channels::TenantId)
                            .to(Tenants::Table, Tenants::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_index(
                Index::create()
                    .name(CHANNEL_NAME_INDEX)
                    .table(Channels::Table)
                    .col(Channels::TenantId)
                    .col(Channels::Name)
                    .unique()
                    .to_owned(),
            )
            .await?;

        // Listing filters and pages by tenant in id order.
        manager
            .create_index(
                Index::create()
                    .name("channels_tenant_id_id")
                    .table(Channels::Table)
                    .col(Channels::TenantId)
                    .col(Channels::Id)
                    .to_owned(),
            )
            .await?;

        // At most one default channel per tenant, enforced by the database. The
        // index builder has no partial indexes; this statement is valid as written
        // on both SQLite and PostgreSQL.
        manager
            .get_connection()
            .execute_unprepared(&format!(
                "CREATE UNIQUE INDEX {ONE_DEFAULT_INDEX} ON channels (tenant_id) WHERE is_default"
            ))
            .await?;

        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Channels::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ApiKeys::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Tenants::Table).to_owned())
            .await
    }
}
