//! The domain layer on its own, against both databases: the rules hold before HTTP
//! is involved.

use anyhow::{Result, ensure};
use channels_server::db::{self, DatabaseOptions, PostgresReads, SqliteDurability, SqliteReads};
use channels_server::domain::channels::{
    ChannelChanges, ChannelError, ChannelFilter, ChannelService, NewChannel, ScheduleChange,
};
use channels_server::domain::keys::{KeyService, RevokeError};
use channels_server::domain::schedule::{DaySchedule, WeeklySchedule};
use channels_server::domain::{AssignmentMode, ChannelStatus, TenantId};
use channels_server::inline_reads::InlineReads;
use sea_orm::DatabaseConnection;
use serde_json::json;

use crate::support::{Backend, TestDatabase, backend_tests};

backend_tests!(
    create_get_list_delete,
    patch_touches_only_given_fields,
    schedule_rules,
    one_default_per_tenant,
    names_unique_per_tenant,
    tenants_are_isolated,
    ids_are_never_reused,
    keys_issue_authenticate_revoke,
);

async fn open(backend: Backend) -> Result<(TestDatabase, DatabaseConnection)> {
    let database = TestDatabase::create(backend).await?;
    let connection = db::connect(&DatabaseOptions {
        url: database.url.clone(),
        max_connections: 5,
        min_connections: 1,
        sqlite_durability: SqliteDurability::Full,
        sqlite_reads: SqliteReads::Inline,
        postgres_reads: PostgresReads::Thread,
    })
    .await?;
    Ok((database, connection))
}

/// Two tenants, as API keys would resolve them.
async fn tenants(db: &DatabaseConnection) -> Result<(TenantId, TenantId)> {
    let keys = KeyService::new(db.clone());
    let first = keys.issue("first").await?;
    let second = keys.issue("second").await?;
    let resolve = |key: String| {
        let keys = keys.clone();
        async move { keys.authenticate(&key).await }
    };
    let (Some(a), Some(b)) = (resolve(first.key).await?, resolve(second.key).await?) else {
        anyhow::bail!("fresh keys must authenticate");
    };
    Ok((a, b))
}

fn new_channel(name: &str) -> NewChannel {
    NewChannel {
        name: name.to_owned(),
        channel_type: "whatsapp".to_owned(),
        config: serde_json::Map::new(),
        is_active: true,
        is_default: false,
        auto_reply_enabled: false,
        sla_enabled: false,
        assignment_mode: AssignmentMode::Manual,
        business_hours: None,
    }
}

fn day(start: &str, end: &str) -> Option<DaySchedule> {
    Some(DaySchedule {
        enabled: true,
        start: start.to_owned(),
        end: end.to_owned(),
    })
}

async fn create_get_list_delete(backend: Backend) -> Result<()> {
    let (_database, db) = open(backend).await?;
    let (tenant, _) = tenants(&db).await?;
    let service = ChannelService::new(db.clone());

    let created = service.create(tenant, new_channel("Support")).await?;
    assert_eq!(created.status, ChannelStatus::Pending);
    assert_eq!(created.created_at, created.updated_at);
    assert_eq!(
        (
            created.total_conversations,
            created.total_messages_sent,
            created.total_messages_received
        ),
        (0, 0, 0)
    );
    assert_eq!(service.get(tenant, created.id).await?, created);

    let mut inactive = new_channel("Sales");
    inactive.is_active = false;
    inactive.channel_type = "email".to_owned();
    let sales = service.create(tenant, inactive).await?;

    let all = service
        .list(
            tenant,
            ChannelFilter {
                limit: 50,
                ..Default::default()
            },
        )
        .await?;
    assert_eq!(all.total, 2);
    assert_eq!(
        all.items.iter().map(|c| c.id).collect::<Vec<_>>(),
        vec![created.id, sales.id]
    );

    let email = service
        .list(
            tenant,
            ChannelFilter {
                channel_type: Some("email".to_owned()),
                limit: 50,
                ..Default::default()
            },
        )
        .await?;
    assert_eq!(email.items, vec![sales.clone()]);
    let page = service
        .list(
            tenant,
            ChannelFilter {
                skip: 1,
                limit: 1,
                ..Default::default()
            },
        )
        .await?;
    assert_eq!((page.total, page.items.len()), (2, 1));

    service.delete(tenant, created.id).await?;
    assert!(matches!(
        service.delete(tenant, created.id).await,
        Err(ChannelError::NotFound)
    ));
    assert!(matches!(
        service.get(tenant, created.id).await,
        Err(ChannelError::NotFound)
    ));
    Ok(())
}

async fn patch_touches_only_given_fields(backend: Backend) -> Result<()> {
    let (_database, db) = open(backend).await?;
    let (tenant, _) = tenants(&db).await?;
    let service = ChannelService::new(db.clone());
    let mut new = new_channel("Support");
    new.config = json!({"token": "a", "nested": {"x": 1}})
        .as_object()
        .cloned()
        .unwrap_or_default();
    let created = service.create(tenant, new).await?;

    let unchanged = service
        .update(tenant, created.id, ChannelChanges::default())
        .await?;
    assert_eq!(
        unchanged, created,
        "an empty patch changes nothing, not even updated_at"
    );

    let changes = ChannelChanges {
        sla_enabled: Some(true),
        assignment_mode: Some(AssignmentMode::RoundRobin),
        config: json!({"other": true}).as_object().cloned(),
        ..Default::default()
    };
    let updated = service.update(tenant, created.id, changes).await?;
    assert!(updated.sla_enabled);
    assert_eq!(updated.assignment_mode, AssignmentMode::RoundRobin);
    assert_eq!(
        json!(updated.config),
        json!({"other": true}),
        "config is replaced, not merged"
    );
    assert_eq!(updated.name, created.name);
    assert!(updated.is_active);
    assert!(updated.updated_at >= created.updated_at);
    assert_eq!(updated.created_at, created.created_at);
    assert_eq!(service.get(tenant, created.id).await?, updated);
    Ok(())
}

async fn schedule_rules(backend: Backend) -> Result<()> {
    let (_database, db) = open(backend).await?;
    let (tenant, _) = tenants(&db).await?;
    let service = ChannelService::new(db.clone());
    let created = service.create(tenant, new_channel("Support")).await?;
    assert!(!created.business_hours_enabled);

    // A day's start before its end is a rule of request validation (an after-validation
    // rule of the API adapter), tested over HTTP in channels.rs and pydantic_parity.rs.
    let schedule = WeeklySchedule {
        tuesday: day("08:00", "12:00"),
        ..Default::default()
    };
    let scheduled = service
        .update(
            tenant,
            created.id,
            ChannelChanges {
                business_hours: ScheduleChange::Replace(Box::new(schedule.clone())),
                ..Default::default()
            },
        )
        .await?;
    assert!(scheduled.business_hours_enabled);
    assert_eq!(scheduled.business_hours, Some(schedule));

    let cleared = service
        .update(
            tenant,
            created.id,
            ChannelChanges {
                business_hours: ScheduleChange::Clear,
                ..Default::default()
            },
        )
        .await?;
    assert!(!cleared.business_hours_enabled);
    assert_eq!(cleared.business_hours, None);
    Ok(())
}

async fn one_default_per_tenant(backend: Backend) -> Result<()> {
    let (_database, db) = open(backend).await?;
    let (tenant, other_tenant) = tenants(&db).await?;
    let service = ChannelService::new(db.clone());
    let mut first = new_channel("First");
    first.is_default = true;
    let first = service.create(tenant, first).await?;
    let mut theirs = new_channel("Theirs");
    theirs.is_default = true;
    let theirs = service.create(other_tenant, theirs).await?;
    let second = service.create(tenant, new_channel("Second")).await?;

    service
        .update(
            tenant,
            second.id,
            ChannelChanges {
                is_default: Some(true),
                ..Default::default()
            },
        )
        .await?;
    assert!(!service.get(tenant, first.id).await?.is_default);
    assert!(service.get(tenant, second.id).await?.is_default);
    assert!(
        service.get(other_tenant, theirs.id).await?.is_default,
        "other tenants are untouched"
    );

    // A failed update (missing channel) does not clear the current default.
    let missing = service
        .update(
            tenant,
            second.id + 1000,
            ChannelChanges {
                is_default: Some(true),
                ..Default::default()
            },
        )
        .await;
    assert!(matches!(missing, Err(ChannelError::NotFound)));
    assert!(service.get(tenant, second.id).await?.is_default);
    Ok(())
}

async fn names_unique_per_tenant(backend: Backend) -> Result<()> {
    let (_database, db) = open(backend).await?;
    let (tenant, other_tenant) = tenants(&db).await?;
    let service = ChannelService::new(db.clone());
    let support = service.create(tenant, new_channel("Support")).await?;
    assert!(matches!(
        service.create(tenant, new_channel("Support")).await,
        Err(ChannelError::NameTaken)
    ));
    service.create(tenant, new_channel("support")).await?;
    service.create(other_tenant, new_channel("Support")).await?;
    let sales = service.create(tenant, new_channel("Sales")).await?;
    let rename = |name: &str| ChannelChanges {
        name: Some(name.to_owned()),
        ..Default::default()
    };
    assert!(matches!(
        service.update(tenant, sales.id, rename("Support")).await,
        Err(ChannelError::NameTaken)
    ));
    let same = service
        .update(tenant, support.id, rename("Support"))
        .await?;
    assert_eq!(same.name, "Support");
    Ok(())
}

async fn tenants_are_isolated(backend: Backend) -> Result<()> {
    let (_database, db) = open(backend).await?;
    let (tenant, other_tenant) = tenants(&db).await?;
    let service = ChannelService::new(db.clone());
    let mine = service.create(tenant, new_channel("Mine")).await?;
    assert!(matches!(
        service.get(other_tenant, mine.id).await,
        Err(ChannelError::NotFound)
    ));
    assert!(matches!(
        service
            .update(
                other_tenant,
                mine.id,
                ChannelChanges {
                    sla_enabled: Some(true),
                    ..Default::default()
                }
            )
            .await,
        Err(ChannelError::NotFound)
    ));
    assert!(matches!(
        service.delete(other_tenant, mine.id).await,
        Err(ChannelError::NotFound)
    ));
    let theirs = service
        .list(
            other_tenant,
            ChannelFilter {
                limit: 50,
                ..Default::default()
            },
        )
        .await?;
    assert_eq!(theirs.total, 0);
    assert_eq!(service.get(tenant, mine.id).await?, mine);
    Ok(())
}

async fn ids_are_never_reused(backend: Backend) -> Result<()> {
    let (_database, db) = open(backend).await?;
    let (tenant, _) = tenants(&db).await?;
    let service = ChannelService::new(db.clone());
    let first = service.create(tenant, new_channel("One")).await?;
    let second = service.create(tenant, new_channel("Two")).await?;
    service.delete(tenant, second.id).await?;
    let third = service.create(tenant, new_channel("Two")).await?;
    ensure!(
        third.id > second.id && second.id > first.id,
        "ids {} {} {}",
        first.id,
        second.id,
        third.id
    );
    Ok(())
}

async fn keys_issue_authenticate_revoke(backend: Backend) -> Result<()> {
    let (_database, db) = open(backend).await?;
    let keys = KeyService::new(db.clone());
    let first = keys.issue_first_key().await?;
    let Some(first) = first else {
        anyhow::bail!("a fresh database gets a first key")
    };
    assert_eq!(first.tenant, "default");
    assert!(keys.issue_first_key().await?.is_none(), "only once");

    let a = keys.issue("acme").await?;
    let b = keys.issue("acme").await?;
    let tenant_a = keys.authenticate(&a.key).await?;
    assert!(tenant_a.is_some());
    assert_eq!(tenant_a, keys.authenticate(&b.key).await?, "same tenant");
    assert_ne!(tenant_a, keys.authenticate(&first.key).await?);
    assert_eq!(keys.authenticate("chk_not-a-key").await?, None);
    assert!(a.key.starts_with(&a.prefix));

    keys.revoke(&a.prefix).await?;
    assert_eq!(keys.authenticate(&a.key).await?, None);
    assert!(keys.authenticate(&b.key).await?.is_some());
    assert!(matches!(
        keys.revoke(&a.prefix).await,
        Err(RevokeError::NotFound(_))
    ));
    let listed = keys.list().await?;
    assert_eq!(listed.len(), 3);
    assert!(
        listed
            .iter()
            .any(|k| k.prefix == a.prefix && k.revoked_at.is_some())
    );
    assert!(
        listed
            .iter()
            .all(|k| !k.prefix.is_empty() && k.prefix.len() < 20)
    );
    Ok(())
}

/// SQLite's inline reads (a `rusqlite` connection on the calling thread) answer exactly
/// what the sqlx pool answers: every column type, JSON text, timestamps, filters, pages,
/// another tenant's channels and missing ones.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_inline_reads_match_the_pool() -> Result<()> {
    let (database, db) = open(Backend::Sqlite).await?;
    let (tenant, other_tenant) = tenants(&db).await?;
    let pooled = ChannelService::new(db.clone());
    let inline =
        ChannelService::new(db.clone()).with_inline_reads(InlineReads::for_url(&database.url)?);
    ensure!(
        InlineReads::for_url("sqlite::memory:")?.is_none(),
        "an in-memory database is not shared with other connections"
    );

    let mut ids = Vec::new();
    for index in 0..5 {
        let mut new = new_channel(&format!("Channel {index} \u{e9}\u{1f600}"));
        new.is_active = index % 2 == 0;
        new.is_default = index == 1;
        new.channel_type = if index < 3 { "email" } else { "sms" }.to_owned();
        new.assignment_mode = AssignmentMode::LoadBalanced;
        new.config = json!({"token": "a\u{0}b", "n": index, "nested": {"x": [1, 2]}})
            .as_object()
            .cloned()
            .unwrap_or_default();
        if index == 2 {
            new.business_hours = Some(WeeklySchedule {
                monday: day("09:00", "17:30"),
                ..Default::default()
            });
        }
        ids.push(pooled.create(tenant, new).await?.id);
    }
    pooled.create(other_tenant, new_channel("Theirs")).await?;

    for &id in &ids {
        assert_eq!(inline.get(tenant, id).await?, pooled.get(tenant, id).await?);
        assert!(matches!(
            inline.get(other_tenant, id).await,
            Err(ChannelError::NotFound)
        ));
    }
    assert!(matches!(
        inline.get(tenant, i64::MAX).await,
        Err(ChannelError::NotFound)
    ));

    let filters = [
        ChannelFilter {
            limit: 50,
            ..Default::default()
        },
        ChannelFilter {
            channel_type: Some("email".to_owned()),
            is_active: Some(true),
            limit: 50,
            ..Default::default()
        },
        ChannelFilter {
            skip: 1,
            limit: 2,
            ..Default::default()
        },
        ChannelFilter {
            skip: 10,
            limit: 2,
            ..Default::default()
        },
    ];
    for filter in filters {
        let expected = pooled.list(tenant, filter.clone()).await?;
        assert_eq!(inline.list(tenant, filter).await?, expected);
    }
    Ok(())
}
