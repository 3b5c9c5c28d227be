//! Every operation over HTTP, against both databases: the behaviour of contract.md,
//! through the generated client. Raw JSON remains only where a test sends what the typed
//! client cannot: properties a day leaves for the server to default, read-only and
//! unknown properties, `null` for non-nullable properties.

use anyhow::{Result, ensure};
use channels_client::ListChannelsParams;
use channels_client::models::responses::{
    CreateChannelResponse, DeleteChannelResponse, GetChannelResponse, ListChannelsResponse,
    UpdateChannelResponse,
};
use channels_client::models::{
    AssignmentModeEnum, BusinessHours, ChannelListResponse, ChannelResponse, ChannelStatusEnum,
    ChannelUpdate, HTTPError,
};
use channels_client::{ChannelsClient, Patch};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::typed::{create, day, get, new_channel, no_change, no_days, problems};
use crate::support::{ApiClient, Backend, TestApp, backend_tests};

backend_tests!(
    create_applies_defaults,
    create_with_schedule_fills_every_day,
    get_returns_what_create_returned,
    list_filters_pages_and_counts,
    update_is_a_merge_patch,
    update_null_semantics,
    update_tracks_business_hours_enabled,
    update_ignores_read_only_and_unknown_properties,
    is_default_is_exclusive,
    duplicate_names_conflict,
    tenants_cannot_see_each_other,
    delete_twice_and_ids_not_reused,
    start_after_end_is_rejected_before_lookup,
);

const CHANNELS: &str = "/api/v1/channels";

fn channel_path(id: &Value) -> String {
    format!("{CHANNELS}/{id}")
}

/// Creates a channel from raw JSON (for bodies the typed client cannot send).
async fn create_raw(client: &ApiClient, body: Value) -> Result<Value> {
    let reply = client.post(CHANNELS, body).await?;
    ensure!(
        reply.status == StatusCode::CREATED,
        "create answered {reply:?}"
    );
    Ok(reply.body)
}

/// Updates a channel, which must succeed.
async fn update(
    client: &ChannelsClient,
    id: i64,
    changes: &ChannelUpdate,
) -> Result<ChannelResponse> {
    match client.update_channel(id, changes).await? {
        UpdateChannelResponse::Ok(channel) => Ok(channel),
        other => anyhow::bail!("update answered {other:?}"),
    }
}

/// Lists channels, which must succeed.
async fn list(client: &ChannelsClient, params: &ListChannelsParams) -> Result<ChannelListResponse> {
    match client.list_channels(params).await? {
        ListChannelsResponse::Ok(page) => Ok(page),
        other => anyhow::bail!("list answered {other:?}"),
    }
}

fn ids_of(page: &ChannelListResponse) -> Vec<i64> {
    page.items.iter().map(|channel| channel.id).collect()
}

fn not_found() -> HTTPError {
    HTTPError {
        detail: "Channel not found".to_owned(),
    }
}

async fn create_applies_defaults(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let created = create(client.typed(), &new_channel("Support", "whatsapp")).await?;
    let expected = ChannelResponse {
        name: "Support".to_owned(),
        channel_type: "whatsapp".to_owned(),
        id: created.id,
        status: ChannelStatusEnum::Pending,
        config: serde_json::Map::new(),
        is_active: true,
        is_default: false,
        auto_reply_enabled: false,
        business_hours_enabled: false,
        assignment_mode: AssignmentModeEnum::Manual,
        sla_enabled: false,
        total_conversations: 0,
        total_messages_sent: 0,
        total_messages_received: 0,
        created_at: created.created_at,
        updated_at: created.created_at,
        business_hours: None,
    };
    assert_eq!(created, expected);

    // The wire format itself: every property, timestamps in RFC 3339 UTC.
    let body = create_raw(
        &client,
        json!({"name": "Sales", "channel_type": "whatsapp"}),
    )
    .await?;
    let created_at = body["created_at"].as_str().unwrap_or_default();
    assert!(
        chrono::DateTime::parse_from_rfc3339(created_at).is_ok()
            && (created_at.ends_with('Z') || created_at.ends_with("+00:00")),
        "RFC 3339 in UTC: {created_at}"
    );
    assert_eq!(
        body.as_object().map(|fields| fields.len()),
        Some(17),
        "every property, null business_hours included: {body}"
    );
    Ok(())
}

async fn create_with_schedule_fills_every_day(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let body = create_raw(
        &client,
        json!({
            "name": "Support", "channel_type": "web_chat", "config": {"widget": {"color": "red"}},
            "is_active": false, "auto_reply_enabled": true, "sla_enabled": true,
            "assignment_mode": "load_balanced",
            "business_hours": {"monday": {}, "tuesday": {"start": "10:00"}, "sunday": null},
            // Never taken from a request body:
            "id": 999, "status": "connected", "total_conversations": 5,
        }),
    )
    .await?;
    assert_eq!(body["config"], json!({"widget": {"color": "red"}}));
    assert_eq!(
        (
            &body["is_active"],
            &body["auto_reply_enabled"],
            &body["sla_enabled"]
        ),
        (&json!(false), &json!(true), &json!(true))
    );
    assert_eq!(body["assignment_mode"], "load_balanced");
    assert_eq!(body["business_hours_enabled"], true);
    assert_eq!(
        (&body["status"], &body["total_conversations"]),
        (&json!("pending"), &json!(0))
    );
    assert_ne!(body["id"], 999);
    assert_eq!(
        body["business_hours"],
        json!({
            "monday": {"enabled": true, "start": "09:00", "end": "18:00"},
            "tuesday": {"enabled": true, "start": "10:00", "end": "18:00"},
            "wednesday": null, "thursday": null, "friday": null, "saturday": null, "sunday": null,
        })
    );
    Ok(())
}

async fn get_returns_what_create_returned(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let api = client.typed();
    let mut body = new_channel("Ünïcødé ✓", "sms");
    body.business_hours = Some(no_days());
    let created = create(api, &body).await?;
    assert_eq!(get(api, created.id).await?, created);
    assert!(
        created.business_hours_enabled,
        "an empty schedule is still a schedule"
    );
    assert_eq!(
        api.get_channel(i64::MAX).await?,
        GetChannelResponse::NotFound(not_found())
    );
    Ok(())
}

async fn list_filters_pages_and_counts(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let api = client.typed();
    let mut ids = Vec::new();
    for i in 0..7_usize {
        let channel_type = if i.is_multiple_of(2) { "email" } else { "sms" };
        let mut body = new_channel(&format!("Channel {i}"), channel_type);
        body.is_active = i < 5;
        ids.push(create(api, &body).await?.id);
    }

    let all = list(api, &ListChannelsParams::default()).await?;
    assert_eq!((all.total, all.skip, all.limit), (7, 0, 50));
    assert_eq!(ids_of(&all), ids);

    let page = list(
        api,
        &ListChannelsParams {
            skip: Some(2),
            limit: Some(3),
            ..Default::default()
        },
    )
    .await?;
    assert_eq!((page.total, page.skip, page.limit), (7, 2, 3));
    assert_eq!(ids_of(&page), ids[2..5].to_vec());

    let past_the_end = list(
        api,
        &ListChannelsParams {
            skip: Some(100),
            ..Default::default()
        },
    )
    .await?;
    assert_eq!((past_the_end.total, ids_of(&past_the_end)), (7, vec![]));

    let email = list(
        api,
        &ListChannelsParams {
            channel_type: Some("email".to_owned()),
            ..Default::default()
        },
    )
    .await?;
    assert_eq!(email.total, 4);
    let inactive_sms = list(
        api,
        &ListChannelsParams {
            channel_type: Some("sms".to_owned()),
            is_active: Some(false),
            limit: Some(1),
            ..Default::default()
        },
    )
    .await?;
    assert_eq!(inactive_sms.total, 1);
    assert_eq!(ids_of(&inactive_sms), vec![ids[5]]);

    let huge_skip = list(
        api,
        &ListChannelsParams {
            skip: Some(i64::MAX),
            ..Default::default()
        },
    )
    .await?;
    assert_eq!(huge_skip.total, 7);
    Ok(())
}

async fn update_is_a_merge_patch(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let api = client.typed();
    let mut body = new_channel("Support", "email");
    body.config = json_object(json!({"a": 1, "b": {"c": 2}}));
    body.assignment_mode = AssignmentModeEnum::RoundRobin;
    body.business_hours = Some(BusinessHours {
        monday: Some(day("09:00", "18:00")),
        ..no_days()
    });
    let created = create(api, &body).await?;

    let empty = update(api, created.id, &no_change()).await?;
    assert_eq!(
        empty, created,
        "an empty patch changes nothing, updated_at included"
    );

    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    let updated = update(
        api,
        created.id,
        &ChannelUpdate {
            config: Some(json_object(json!({"b": {"d": 3}}))),
            sla_enabled: Some(true),
            ..no_change()
        },
    )
    .await?;
    let expected = ChannelResponse {
        config: json_object(json!({"b": {"d": 3}})),
        sla_enabled: true,
        updated_at: updated.updated_at,
        ..created.clone()
    };
    assert_eq!(
        updated, expected,
        "only the given properties change; objects are replaced"
    );
    assert_ne!(updated.updated_at, created.updated_at);
    assert_eq!(get(api, created.id).await?, updated);

    let renamed = update(
        api,
        created.id,
        &ChannelUpdate {
            name: Some("Help desk".to_owned()),
            is_active: Some(false),
            auto_reply_enabled: Some(true),
            ..no_change()
        },
    )
    .await?;
    assert_eq!(
        (
            renamed.name.as_str(),
            renamed.is_active,
            renamed.auto_reply_enabled
        ),
        ("Help desk", false, true)
    );
    assert_eq!(renamed.assignment_mode, AssignmentModeEnum::RoundRobin);
    assert_eq!(renamed.business_hours, created.business_hours);

    let missing = api
        .update_channel(
            i64::MAX,
            &ChannelUpdate {
                name: Some("x".to_owned()),
                ..no_change()
            },
        )
        .await?;
    assert_eq!(missing, UpdateChannelResponse::NotFound(not_found()));
    Ok(())
}

async fn update_null_semantics(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let api = client.typed();
    let mut body = new_channel("Support", "email");
    body.assignment_mode = AssignmentModeEnum::RoundRobin;
    body.business_hours = Some(BusinessHours {
        friday: Some(day("08:00", "12:30")),
        ..no_days()
    });
    let created = create(api, &body).await?;

    let reset = update(
        api,
        created.id,
        &ChannelUpdate {
            assignment_mode: Patch::Null,
            ..no_change()
        },
    )
    .await?;
    assert_eq!(
        reset.assignment_mode,
        AssignmentModeEnum::Manual,
        "null resets the mode"
    );
    assert_eq!(
        reset.business_hours, created.business_hours,
        "absent leaves it"
    );

    let cleared = update(
        api,
        created.id,
        &ChannelUpdate {
            business_hours: Patch::Null,
            ..no_change()
        },
    )
    .await?;
    assert_eq!(
        (&cleared.business_hours, cleared.business_hours_enabled),
        (&None, false)
    );

    // Non-nullable properties sent as null are rejected, all at once. The typed client
    // cannot send these nulls; raw JSON can.
    let nulls = client
        .put(
            &channel_path(&json!(created.id)),
            json!({"name": null, "is_active": null, "config": null}),
        )
        .await?;
    assert_eq!(nulls.status, StatusCode::UNPROCESSABLE_ENTITY);
    let locs: Vec<Value> = nulls.problems().into_iter().map(|(loc, _)| loc).collect();
    for field in ["name", "is_active", "config"] {
        assert!(
            locs.contains(&json!(["body", field])),
            "{field} in {locs:?}"
        );
    }
    assert_eq!(
        get(api, created.id).await?,
        cleared,
        "a rejected update changes nothing"
    );
    Ok(())
}

async fn update_tracks_business_hours_enabled(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let api = client.typed();
    let created = create(api, &new_channel("Support", "email")).await?;
    assert!(!created.business_hours_enabled);
    let schedule = |hours: BusinessHours| ChannelUpdate {
        business_hours: Patch::Value(hours),
        ..no_change()
    };

    let mut closed_saturday = day("20:00", "08:00");
    closed_saturday.enabled = false;
    let set = api
        .update_channel(
            created.id,
            &schedule(BusinessHours {
                saturday: Some(closed_saturday.clone()),
                ..no_days()
            }),
        )
        .await?;
    let UpdateChannelResponse::Ok(set) = set else {
        anyhow::bail!("a disabled day may close before it opens: {set:?}");
    };
    assert!(set.business_hours_enabled);
    let hours = set.business_hours.unwrap_or_else(no_days);
    assert_eq!(hours.saturday, Some(closed_saturday));
    assert_eq!(hours.monday, None);

    let replaced = update(
        api,
        created.id,
        &schedule(BusinessHours {
            monday: Some(day("09:00", "17:00")),
            ..no_days()
        }),
    )
    .await?;
    let hours = replaced.business_hours.unwrap_or_else(no_days);
    assert_eq!(hours.saturday, None, "the whole schedule is replaced");
    assert_eq!(hours.monday, Some(day("09:00", "17:00")));

    let empty = update(api, created.id, &schedule(no_days())).await?;
    assert!(empty.business_hours_enabled);
    assert_eq!(empty.business_hours, Some(no_days()));

    let other = update(
        api,
        created.id,
        &ChannelUpdate {
            sla_enabled: Some(true),
            ..no_change()
        },
    )
    .await?;
    assert!(
        other.business_hours_enabled,
        "untouched by other properties"
    );
    Ok(())
}

async fn update_ignores_read_only_and_unknown_properties(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let created = create_raw(&client, json!({"name": "Support", "channel_type": "email"})).await?;
    let path = channel_path(&created["id"]);
    let reply = client
        .put(&path, json!({"channel_type": "sms", "id": 5, "status": "connected", "total_messages_sent": 9, "surprise": true}))
        .await?;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body, created, "nothing it can set was sent");
    Ok(())
}

async fn is_default_is_exclusive(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let other_tenant = app.client_for("globex").await?;
    let (api, theirs_api) = (client.typed(), other_tenant.typed());
    let default_channel = |name: &str| {
        let mut body = new_channel(name, "email");
        body.is_default = true;
        body
    };
    let first = create(api, &default_channel("First")).await?;
    let theirs = create(theirs_api, &default_channel("Theirs")).await?;
    let second = create(api, &default_channel("Second")).await?;
    assert!(second.is_default);
    assert!(!get(api, first.id).await?.is_default);

    let third = create(api, &new_channel("Third", "email")).await?;
    let set_default = |value: bool| ChannelUpdate {
        is_default: Some(value),
        ..no_change()
    };
    let promoted = update(api, third.id, &set_default(true)).await?;
    assert!(promoted.is_default);

    let defaults: Vec<i64> = list(api, &ListChannelsParams::default())
        .await?
        .items
        .iter()
        .filter(|channel| channel.is_default)
        .map(|channel| channel.id)
        .collect();
    assert_eq!(defaults, vec![third.id]);
    assert!(get(theirs_api, theirs.id).await?.is_default);

    let demoted = update(api, third.id, &set_default(false)).await?;
    assert!(!demoted.is_default);
    Ok(())
}

async fn duplicate_names_conflict(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let other_tenant = app.client_for("globex").await?;
    let api = client.typed();
    let support = create(api, &new_channel("Support", "email")).await?;
    let conflict = HTTPError {
        detail: "A channel with this name already exists".to_owned(),
    };

    let duplicate = api.create_channel(&new_channel("Support", "sms")).await?;
    assert_eq!(duplicate, CreateChannelResponse::Conflict(conflict.clone()));

    create(api, &new_channel("support", "email")).await?;
    create(other_tenant.typed(), &new_channel("Support", "email")).await?;
    let sales = create(api, &new_channel("Sales", "email")).await?;

    let rename_to = |name: &str| ChannelUpdate {
        name: Some(name.to_owned()),
        ..no_change()
    };
    let rename = api.update_channel(sales.id, &rename_to("Support")).await?;
    assert_eq!(rename, UpdateChannelResponse::Conflict(conflict));
    let same = api
        .update_channel(support.id, &rename_to("Support"))
        .await?;
    assert!(
        matches!(same, UpdateChannelResponse::Ok(_)),
        "renaming to its own name is fine: {same:?}"
    );
    Ok(())
}

async fn tenants_cannot_see_each_other(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let acme = app.client_for("acme").await?;
    let globex = app.client_for("globex").await?;
    let globex = globex.typed();
    let mine = create(acme.typed(), &new_channel("Mine", "email")).await?;

    assert_eq!(
        globex.get_channel(mine.id).await?,
        GetChannelResponse::NotFound(not_found())
    );
    let steal = ChannelUpdate {
        name: Some("Stolen".to_owned()),
        ..no_change()
    };
    assert_eq!(
        globex.update_channel(mine.id, &steal).await?,
        UpdateChannelResponse::NotFound(not_found())
    );
    assert_eq!(
        globex.delete_channel(mine.id).await?,
        DeleteChannelResponse::NotFound(not_found())
    );
    let listed = list(globex, &ListChannelsParams::default()).await?;
    assert_eq!((listed.total, listed.items), (0, vec![]));
    assert_eq!(get(acme.typed(), mine.id).await?, mine, "unchanged");
    Ok(())
}

async fn delete_twice_and_ids_not_reused(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let api = client.typed();
    let first = create(api, &new_channel("One", "email")).await?;
    let second = create(api, &new_channel("Two", "email")).await?;

    assert_eq!(
        api.delete_channel(second.id).await?,
        DeleteChannelResponse::NoContent
    );
    let deleted_again = client.delete(&channel_path(&json!(second.id))).await?;
    assert_eq!(
        (deleted_again.status, deleted_again.body),
        (
            StatusCode::NOT_FOUND,
            json!({"detail": "Channel not found"})
        )
    );
    assert_eq!(
        api.get_channel(second.id).await?,
        GetChannelResponse::NotFound(not_found())
    );

    // A 204 has no body at all.
    let third = create(api, &new_channel("Three", "email")).await?;
    let deleted = client.delete(&channel_path(&json!(third.id))).await?;
    assert_eq!(
        (deleted.status, deleted.body),
        (StatusCode::NO_CONTENT, Value::Null),
        "no body"
    );

    let fourth = create(api, &new_channel("Two", "email")).await?;
    let ids = [first.id, second.id, third.id, fourth.id];
    ensure!(
        ids.windows(2).all(|pair| pair[1] > pair[0]),
        "ids not increasing: {ids:?}"
    );
    Ok(())
}

async fn start_after_end_is_rejected_before_lookup(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let api = client.typed();
    let mut closed_friday = day("18:00", "09:00");
    closed_friday.enabled = false;
    let backwards = BusinessHours {
        monday: Some(day("18:00", "09:00")),
        wednesday: Some(day("10:00", "10:00")),
        friday: Some(closed_friday),
        ..no_days()
    };
    let expected = vec![
        (
            json!(["body", "business_hours", "monday", "end"]),
            "value_error".to_owned(),
        ),
        (
            json!(["body", "business_hours", "wednesday", "end"]),
            "value_error".to_owned(),
        ),
    ];

    // A missing channel: still 422, validation comes before the lookup.
    let missing = api
        .update_channel(
            i64::MAX,
            &ChannelUpdate {
                business_hours: Patch::Value(backwards.clone()),
                ..no_change()
            },
        )
        .await?;
    let UpdateChannelResponse::UnprocessableEntity(errors) = missing else {
        anyhow::bail!("expected 422, got {missing:?}");
    };
    assert_eq!(problems(&errors), expected);
    assert!(
        errors
            .detail
            .iter()
            .flatten()
            .all(|problem| !problem.msg.is_empty())
    );

    let mut body = new_channel("Support", "email");
    body.business_hours = Some(backwards);
    let on_create = api.create_channel(&body).await?;
    let CreateChannelResponse::UnprocessableEntity(errors) = on_create else {
        anyhow::bail!("expected 422, got {on_create:?}");
    };
    assert_eq!(problems(&errors), expected);
    assert_eq!(
        list(api, &ListChannelsParams::default()).await?.total,
        0,
        "nothing created"
    );
    Ok(())
}

/// A JSON object literal as the models' free-form object type.
fn json_object(value: Value) -> serde_json::Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => serde_json::Map::new(),
    }
}
