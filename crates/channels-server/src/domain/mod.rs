//! The business rules of the Channels API, independent of HTTP: channels, their
//! weekly schedules, tenants and API keys.

pub mod channels;
pub mod key_cache;
pub mod keys;
mod reusable;
pub mod schedule;
mod stored_text;
pub mod tenants;

pub use crate::entity::channel::{AssignmentMode, ChannelStatus};

/// The tenant on whose behalf a request is made. Every channel query is scoped by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TenantId(pub i64);

/// The current time as stored: PostgreSQL keeps microseconds, so every backend gets
/// microseconds and a value reads back exactly as it was written.
pub(crate) fn now() -> chrono::DateTime<chrono::Utc> {
    use chrono::SubsecRound;
    chrono::Utc::now().trunc_subsecs(6)
}
