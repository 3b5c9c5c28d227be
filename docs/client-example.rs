use std::time::Duration;

use channels_client::models::responses::{
    CreateChannelResponse, GetChannelResponse, UpdateChannelResponse,
};
use channels_client::models::{
    AssignmentModeEnum, BusinessHours, ChannelCreate, ChannelResponse, ChannelUpdate, DaySchedule,
};
use channels_client::{ChannelsClient, Patch};

/// Creates a channel, sets its business hours, reads it back, and meets a 404 and a 422.
pub async fn tour(
    base_url: &str,
    api_key: &str,
) -> Result<ChannelResponse, Box<dyn std::error::Error + Send + Sync>> {
    let client = ChannelsClient::builder(base_url)
        .http_bearer_token(api_key)
        .timeout(Duration::from_secs(10))
        .build()?;

    // Create: the typed body is the server's own model.
    let new_channel = ChannelCreate {
        name: "Support".into(),
        channel_type: "email".into(),
        config: Default::default(),
        is_active: true,
        is_default: false,
        auto_reply_enabled: false,
        sla_enabled: false,
        assignment_mode: AssignmentModeEnum::RoundRobin,
        business_hours: None,
    };
    let created = match client.create_channel(&new_channel).await? {
        CreateChannelResponse::Created(channel) => channel,
        other => return Err(format!("create answered {}: {other:?}", other.status()).into()),
    };

    // Set business hours: a merge patch, so only `business_hours` changes.
    let weekday = DaySchedule {
        enabled: true,
        start: "08:30".into(),
        end: "17:00".into(),
    };
    let hours = BusinessHours {
        monday: Some(weekday.clone()),
        tuesday: Some(weekday.clone()),
        wednesday: Some(weekday.clone()),
        thursday: Some(weekday.clone()),
        friday: Some(weekday),
        saturday: None,
        sunday: None,
    };
    let update = ChannelUpdate {
        business_hours: Patch::Value(hours),
        assignment_mode: Patch::Absent,
        name: None,
        config: None,
        is_active: None,
        is_default: None,
        auto_reply_enabled: None,
        sla_enabled: None,
    };
    match client.update_channel(created.id, &update).await? {
        UpdateChannelResponse::Ok(channel) => assert!(channel.business_hours_enabled),
        other => return Err(format!("update answered {}: {other:?}", other.status()).into()),
    }

    // Read it back.
    let fetched = match client.get_channel(created.id).await? {
        GetChannelResponse::Ok(channel) => channel,
        other => return Err(format!("get answered {}: {other:?}", other.status()).into()),
    };

    // A 404 is a documented response, not an error.
    match client.get_channel(i64::MAX).await? {
        GetChannelResponse::NotFound(error) => println!("as expected: {}", error.detail),
        other => return Err(format!("expected 404, got {other:?}").into()),
    }

    // So is a 422: a day that ends before it starts.
    let backwards = ChannelUpdate {
        business_hours: Patch::Value(BusinessHours {
            monday: Some(DaySchedule {
                enabled: true,
                start: "18:00".into(),
                end: "09:00".into(),
            }),
            ..fetched.business_hours.clone().unwrap_or(BusinessHours {
                monday: None,
                tuesday: None,
                wednesday: None,
                thursday: None,
                friday: None,
                saturday: None,
                sunday: None,
            })
        }),
        ..update
    };
    match client.update_channel(created.id, &backwards).await? {
        UpdateChannelResponse::UnprocessableEntity(problems) => {
            for problem in problems.detail.unwrap_or_default() {
                println!("rejected: {:?} {}", problem.loc, problem.msg);
            }
        }
        other => return Err(format!("expected 422, got {other:?}").into()),
    }
    Ok(fetched)
}
