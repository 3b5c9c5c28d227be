//! Channels. `config` and `business_hours` are JSON documents kept as JSON text: the
//! database never looks inside them, and PostgreSQL's binary JSON (which the driver
//! sends) cannot hold `\u0000`, which a client's config may contain. `business_hours` is
//! stored already normalised (all seven days, defaults filled in).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "channels")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub name: String,
    pub channel_type: String,
    pub status: ChannelStatus,
    pub config: String,
    pub is_active: bool,
    pub is_default: bool,
    pub auto_reply_enabled: bool,
    pub business_hours_enabled: bool,
    pub assignment_mode: AssignmentMode,
    pub sla_enabled: bool,
    pub total_conversations: i64,
    pub total_messages_sent: i64,
    pub total_messages_received: i64,
    pub business_hours: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// Status of a channel connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
pub enum ChannelStatus {
    #[sea_orm(string_value = "pending")]
    Pending,
    #[sea_orm(string_value = "connected")]
    Connected,
    #[sea_orm(string_value = "disconnected")]
    Disconnected,
    #[sea_orm(string_value = "error")]
    Error,
}

/// How conversations are assigned to agents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(20))")]
pub enum AssignmentMode {
    #[default]
    #[sea_orm(string_value = "manual")]
    Manual,
    #[sea_orm(string_value = "round_robin")]
    RoundRobin,
    #[sea_orm(string_value = "load_balanced")]
    LoadBalanced,
}
