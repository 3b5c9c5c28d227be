//! Conversions between the generated wire types and the domain types.

use channels_models::{
    AssignmentModeEnum, BusinessHours, ChannelCreate, ChannelListResponse, ChannelResponse,
    ChannelStatusEnum, ChannelUpdate, DaySchedule as WireDay,
};
use openapi_runtime::Patch;

use crate::domain::channels::{Channel, ChannelChanges, ChannelPage, NewChannel, ScheduleChange};
use crate::domain::schedule::{DaySchedule, WeeklySchedule};
use crate::domain::{AssignmentMode, ChannelStatus};

pub fn new_channel(body: ChannelCreate) -> NewChannel {
    NewChannel {
        name: body.name,
        channel_type: body.channel_type,
        config: body.config,
        is_active: body.is_active,
        is_default: body.is_default,
        auto_reply_enabled: body.auto_reply_enabled,
        sla_enabled: body.sla_enabled,
        assignment_mode: assignment_mode(body.assignment_mode),
        business_hours: body.business_hours.map(schedule),
    }
}

pub fn changes(body: ChannelUpdate) -> ChannelChanges {
    ChannelChanges {
        name: body.name,
        config: body.config,
        is_active: body.is_active,
        is_default: body.is_default,
        auto_reply_enabled: body.auto_reply_enabled,
        sla_enabled: body.sla_enabled,
        assignment_mode: match body.assignment_mode {
            Patch::Absent => None,
            // `null` resets the mode to its default.
            Patch::Null => Some(AssignmentMode::default()),
            Patch::Value(mode) => Some(assignment_mode(mode)),
        },
        business_hours: match body.business_hours {
            Patch::Absent => ScheduleChange::Keep,
            Patch::Null => ScheduleChange::Clear,
            Patch::Value(hours) => ScheduleChange::Replace(Box::new(schedule(hours))),
        },
    }
}

pub fn channel(channel: Channel) -> ChannelResponse {
    ChannelResponse {
        name: channel.name,
        channel_type: channel.channel_type,
        id: channel.id,
        status: status(channel.status),
        config: channel.config,
        is_active: channel.is_active,
        is_default: channel.is_default,
        auto_reply_enabled: channel.auto_reply_enabled,
        business_hours_enabled: channel.business_hours_enabled,
        assignment_mode: wire_assignment_mode(channel.assignment_mode),
        sla_enabled: channel.sla_enabled,
        total_conversations: channel.total_conversations,
        total_messages_sent: channel.total_messages_sent,
        total_messages_received: channel.total_messages_received,
        created_at: channel.created_at,
        updated_at: channel.updated_at,
        business_hours: channel.business_hours.map(business_hours),
    }
}

pub fn page(page: ChannelPage, skip: i64, limit: i64) -> ChannelListResponse {
    ChannelListResponse {
        items: page.items.into_iter().map(channel).collect(),
        total: i64::try_from(page.total).unwrap_or(i64::MAX),
        skip,
        limit,
    }
}

fn assignment_mode(mode: AssignmentModeEnum) -> AssignmentMode {
    match mode {
        AssignmentModeEnum::Manual => AssignmentMode::Manual,
        AssignmentModeEnum::RoundRobin => AssignmentMode::RoundRobin,
        AssignmentModeEnum::LoadBalanced => AssignmentMode::LoadBalanced,
    }
}

fn wire_assignment_mode(mode: AssignmentMode) -> AssignmentModeEnum {
    match mode {
        AssignmentMode::Manual => AssignmentModeEnum::Manual,
        AssignmentMode::RoundRobin => AssignmentModeEnum::RoundRobin,
        AssignmentMode::LoadBalanced => AssignmentModeEnum::LoadBalanced,
    }
}

fn status(status: ChannelStatus) -> ChannelStatusEnum {
    match status {
        ChannelStatus::Pending => ChannelStatusEnum::Pending,
        ChannelStatus::Connected => ChannelStatusEnum::Connected,
        ChannelStatus::Disconnected => ChannelStatusEnum::Disconnected,
        ChannelStatus::Error => ChannelStatusEnum::Error,
    }
}

/// The wire days already carry their defaults (applied when the body was read).
fn schedule(hours: BusinessHours) -> WeeklySchedule {
    let day = |day: Option<WireDay>| {
        day.map(|day| DaySchedule {
            enabled: day.enabled,
            start: day.start,
            end: day.end,
        })
    };
    WeeklySchedule {
        monday: day(hours.monday),
        tuesday: day(hours.tuesday),
        wednesday: day(hours.wednesday),
        thursday: day(hours.thursday),
        friday: day(hours.friday),
        saturday: day(hours.saturday),
        sunday: day(hours.sunday),
    }
}

fn business_hours(schedule: WeeklySchedule) -> BusinessHours {
    let day = |day: Option<DaySchedule>| {
        day.map(|day| WireDay {
            enabled: day.enabled,
            start: day.start,
            end: day.end,
        })
    };
    BusinessHours {
        monday: day(schedule.monday),
        tuesday: day(schedule.tuesday),
        wednesday: day(schedule.wednesday),
        thursday: day(schedule.thursday),
        friday: day(schedule.friday),
        saturday: day(schedule.saturday),
        sunday: day(schedule.sunday),
    }
}
