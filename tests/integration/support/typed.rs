//! Values and calls of the generated client that many tests share.

use anyhow::{Result, bail};
use channels_client::models::responses::{CreateChannelResponse, GetChannelResponse};
use channels_client::models::{
    AssignmentModeEnum, BusinessHours, ChannelCreate, ChannelResponse, ChannelUpdate, DaySchedule,
    HTTPValidationError, ValidationErrorLocItem,
};
use channels_client::{ChannelsClient, Patch};
use serde_json::{Value, json};

/// A channel with the document's defaults.
pub fn new_channel(name: &str, channel_type: &str) -> ChannelCreate {
    ChannelCreate {
        name: name.to_owned(),
        channel_type: channel_type.to_owned(),
        config: serde_json::Map::new(),
        is_active: true,
        is_default: false,
        auto_reply_enabled: false,
        sla_enabled: false,
        assignment_mode: AssignmentModeEnum::Manual,
        business_hours: None,
    }
}

/// An update that sets nothing.
pub fn no_change() -> ChannelUpdate {
    ChannelUpdate {
        business_hours: Patch::Absent,
        assignment_mode: Patch::Absent,
        name: None,
        config: None,
        is_active: None,
        is_default: None,
        auto_reply_enabled: None,
        sla_enabled: None,
    }
}

/// A schedule without any day.
pub fn no_days() -> BusinessHours {
    BusinessHours {
        monday: None,
        tuesday: None,
        wednesday: None,
        thursday: None,
        friday: None,
        saturday: None,
        sunday: None,
    }
}

/// An enabled day.
pub fn day(start: &str, end: &str) -> DaySchedule {
    DaySchedule {
        enabled: true,
        start: start.to_owned(),
        end: end.to_owned(),
    }
}

/// Creates a channel, which must succeed.
pub async fn create(client: &ChannelsClient, body: &ChannelCreate) -> Result<ChannelResponse> {
    match client.create_channel(body).await? {
        CreateChannelResponse::Created(channel) => Ok(channel),
        other => bail!("create answered {other:?}"),
    }
}

/// Reads a channel, which must exist.
pub async fn get(client: &ChannelsClient, id: i64) -> Result<ChannelResponse> {
    match client.get_channel(id).await? {
        GetChannelResponse::Ok(channel) => Ok(channel),
        other => bail!("get answered {other:?}"),
    }
}

/// The `(loc, type)` pairs of a 422, for comparing without the messages.
pub fn problems(errors: &HTTPValidationError) -> Vec<(Value, String)> {
    errors
        .detail
        .iter()
        .flatten()
        .map(|problem| {
            let loc: Vec<Value> = problem
                .loc
                .iter()
                .map(|item| match item {
                    ValidationErrorLocItem::String(text) => json!(text),
                    ValidationErrorLocItem::Integer(index) => json!(index),
                })
                .collect();
            (Value::Array(loc), problem.r#type.clone())
        })
        .collect()
}
