//! Every operation over HTTP, against both databases: the behaviour of contract.md.

use anyhow::{Result, ensure};
use reqwest::StatusCode;
use serde_json::{Value, json};

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

async fn create(client: &ApiClient, body: Value) -> Result<Value> {
    let reply = client.post(CHANNELS, body).await?;
    ensure!(
        reply.status == StatusCode::CREATED,
        "create answered {reply:?}"
    );
    Ok(reply.body)
}

async fn create_applies_defaults(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let body = create(
        &client,
        json!({"name": "Support", "channel_type": "whatsapp"}),
    )
    .await?;
    assert!(body["id"].is_i64());
    let expected = json!({
        "name": "Support", "channel_type": "whatsapp", "id": body["id"], "status": "pending",
        "config": {}, "is_active": true, "is_default": false, "auto_reply_enabled": false,
        "business_hours_enabled": false, "assignment_mode": "manual", "sla_enabled": false,
        "total_conversations": 0, "total_messages_sent": 0, "total_messages_received": 0,
        "created_at": body["created_at"], "updated_at": body["created_at"],
        "business_hours": null,
    });
    assert_eq!(body, expected);
    let created_at = body["created_at"].as_str().unwrap_or_default();
    assert!(
        chrono::DateTime::parse_from_rfc3339(created_at).is_ok()
            && (created_at.ends_with('Z') || created_at.ends_with("+00:00")),
        "RFC 3339 in UTC: {created_at}"
    );
    Ok(())
}

async fn create_with_schedule_fills_every_day(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let body = create(
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
    let created = create(
        &client,
        json!({"name": "Ünïcødé ✓", "channel_type": "sms", "business_hours": {}}),
    )
    .await?;
    let fetched = client.get(&channel_path(&created["id"])).await?;
    assert_eq!(fetched.status, StatusCode::OK);
    assert_eq!(fetched.body, created);
    assert_eq!(
        created["business_hours_enabled"], true,
        "an empty schedule is still a schedule"
    );
    let missing = client.get(&format!("{CHANNELS}/{}", i64::MAX)).await?;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.body, json!({"detail": "Channel not found"}));
    Ok(())
}

async fn list_filters_pages_and_counts(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let mut ids = Vec::new();
    for i in 0..7_usize {
        let channel_type = if i.is_multiple_of(2) { "email" } else { "sms" };
        let body = create(
            &client,
            json!({"name": format!("Channel {i}"), "channel_type": channel_type, "is_active": i < 5}),
        )
        .await?;
        ids.push(body["id"].clone());
    }
    let ids_of = |body: &Value| -> Vec<Value> {
        body["items"]
            .as_array()
            .map(|items| items.iter().map(|c| c["id"].clone()).collect())
            .unwrap_or_default()
    };

    let all = client.get(CHANNELS).await?;
    assert_eq!(all.status, StatusCode::OK);
    assert_eq!(
        (&all.body["total"], &all.body["skip"], &all.body["limit"]),
        (&json!(7), &json!(0), &json!(50))
    );
    assert_eq!(ids_of(&all.body), ids);

    let page = client.get(&format!("{CHANNELS}?skip=2&limit=3")).await?;
    assert_eq!(
        (&page.body["total"], &page.body["skip"], &page.body["limit"]),
        (&json!(7), &json!(2), &json!(3))
    );
    assert_eq!(ids_of(&page.body), ids[2..5].to_vec());

    let past_the_end = client.get(&format!("{CHANNELS}?skip=100")).await?;
    assert_eq!(
        (
            past_the_end.body["total"].clone(),
            ids_of(&past_the_end.body)
        ),
        (json!(7), vec![])
    );

    let email = client
        .get(&format!("{CHANNELS}?channel_type=email"))
        .await?;
    assert_eq!(email.body["total"], 4);
    let inactive_sms = client
        .get(&format!(
            "{CHANNELS}?channel_type=sms&is_active=false&limit=1"
        ))
        .await?;
    assert_eq!(inactive_sms.body["total"], 1);
    assert_eq!(ids_of(&inactive_sms.body), vec![ids[5].clone()]);

    let huge_skip = client.get(&format!("{CHANNELS}?skip={}", i64::MAX)).await?;
    assert_eq!(huge_skip.status, StatusCode::OK);
    assert_eq!(huge_skip.body["total"], 7);
    Ok(())
}

async fn update_is_a_merge_patch(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let created = create(
        &client,
        json!({"name": "Support", "channel_type": "email", "config": {"a": 1, "b": {"c": 2}},
               "assignment_mode": "round_robin", "business_hours": {"monday": {}}}),
    )
    .await?;
    let path = channel_path(&created["id"]);

    let empty = client.put(&path, json!({})).await?;
    assert_eq!(empty.status, StatusCode::OK);
    assert_eq!(
        empty.body, created,
        "an empty patch changes nothing, updated_at included"
    );

    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    let updated = client
        .put(
            &path,
            json!({"config": {"b": {"d": 3}}, "sla_enabled": true}),
        )
        .await?;
    assert_eq!(updated.status, StatusCode::OK);
    let mut expected = created.clone();
    expected["config"] = json!({"b": {"d": 3}});
    expected["sla_enabled"] = json!(true);
    expected["updated_at"] = updated.body["updated_at"].clone();
    assert_eq!(
        updated.body, expected,
        "only the given properties change; objects are replaced"
    );
    assert_ne!(updated.body["updated_at"], created["updated_at"]);
    assert_eq!(client.get(&path).await?.body, updated.body);

    let renamed = client
        .put(
            &path,
            json!({"name": "Help desk", "is_active": false, "auto_reply_enabled": true}),
        )
        .await?;
    assert_eq!(
        (
            &renamed.body["name"],
            &renamed.body["is_active"],
            &renamed.body["auto_reply_enabled"]
        ),
        (&json!("Help desk"), &json!(false), &json!(true))
    );
    assert_eq!(renamed.body["assignment_mode"], "round_robin");
    assert_eq!(renamed.body["business_hours"], created["business_hours"]);

    let missing = client
        .put(&format!("{CHANNELS}/{}", i64::MAX), json!({"name": "x"}))
        .await?;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.body, json!({"detail": "Channel not found"}));
    Ok(())
}

async fn update_null_semantics(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let created = create(
        &client,
        json!({"name": "Support", "channel_type": "email", "assignment_mode": "round_robin",
               "business_hours": {"friday": {"start": "08:00", "end": "12:30"}}}),
    )
    .await?;
    let path = channel_path(&created["id"]);

    let reset = client.put(&path, json!({"assignment_mode": null})).await?;
    assert_eq!(reset.status, StatusCode::OK);
    assert_eq!(
        reset.body["assignment_mode"], "manual",
        "null resets the mode"
    );
    assert_eq!(
        reset.body["business_hours"], created["business_hours"],
        "absent leaves it"
    );

    let cleared = client.put(&path, json!({"business_hours": null})).await?;
    assert_eq!(
        (
            &cleared.body["business_hours"],
            &cleared.body["business_hours_enabled"]
        ),
        (&Value::Null, &json!(false))
    );

    // Non-nullable properties sent as null are rejected, all at once.
    let nulls = client
        .put(
            &path,
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
        client.get(&path).await?.body,
        cleared.body,
        "a rejected update changes nothing"
    );
    Ok(())
}

async fn update_tracks_business_hours_enabled(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let created = create(&client, json!({"name": "Support", "channel_type": "email"})).await?;
    let path = channel_path(&created["id"]);
    assert_eq!(created["business_hours_enabled"], false);

    let set = client.put(&path, json!({"business_hours": {"saturday": {"enabled": false, "start": "20:00", "end": "08:00"}}})).await?;
    assert_eq!(
        set.status,
        StatusCode::OK,
        "a disabled day may close before it opens: {:?}",
        set.body
    );
    assert_eq!(set.body["business_hours_enabled"], true);
    assert_eq!(
        set.body["business_hours"]["saturday"],
        json!({"enabled": false, "start": "20:00", "end": "08:00"})
    );
    assert_eq!(set.body["business_hours"]["monday"], Value::Null);

    let replaced = client
        .put(
            &path,
            json!({"business_hours": {"monday": {"end": "17:00"}}}),
        )
        .await?;
    assert_eq!(
        replaced.body["business_hours"]["saturday"],
        Value::Null,
        "the whole schedule is replaced"
    );
    assert_eq!(
        replaced.body["business_hours"]["monday"],
        json!({"enabled": true, "start": "09:00", "end": "17:00"})
    );

    let empty = client.put(&path, json!({"business_hours": {}})).await?;
    assert_eq!(empty.body["business_hours_enabled"], true);
    let days = empty.body["business_hours"]
        .as_object()
        .map(|days| days.len());
    assert_eq!(days, Some(7));

    let other = client.put(&path, json!({"sla_enabled": true})).await?;
    assert_eq!(
        other.body["business_hours_enabled"], true,
        "untouched by other properties"
    );
    Ok(())
}

async fn update_ignores_read_only_and_unknown_properties(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let created = create(&client, json!({"name": "Support", "channel_type": "email"})).await?;
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
    let first = create(
        &client,
        json!({"name": "First", "channel_type": "email", "is_default": true}),
    )
    .await?;
    let theirs = create(
        &other_tenant,
        json!({"name": "Theirs", "channel_type": "email", "is_default": true}),
    )
    .await?;
    let second = create(
        &client,
        json!({"name": "Second", "channel_type": "email", "is_default": true}),
    )
    .await?;
    assert_eq!(second["is_default"], true);
    assert_eq!(
        client.get(&channel_path(&first["id"])).await?.body["is_default"],
        false
    );

    let third = create(&client, json!({"name": "Third", "channel_type": "email"})).await?;
    let promoted = client
        .put(&channel_path(&third["id"]), json!({"is_default": true}))
        .await?;
    assert_eq!(promoted.body["is_default"], true);

    let defaults = client.get(CHANNELS).await?.body["items"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter(|c| c["is_default"] == true)
                .map(|c| c["id"].clone())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    assert_eq!(defaults, vec![third["id"].clone()]);
    assert_eq!(
        other_tenant.get(&channel_path(&theirs["id"])).await?.body["is_default"],
        true
    );

    let demoted = client
        .put(&channel_path(&third["id"]), json!({"is_default": false}))
        .await?;
    assert_eq!(demoted.body["is_default"], false);
    Ok(())
}

async fn duplicate_names_conflict(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let other_tenant = app.client_for("globex").await?;
    let support = create(&client, json!({"name": "Support", "channel_type": "email"})).await?;
    let conflict = json!({"detail": "A channel with this name already exists"});

    let duplicate = client
        .post(CHANNELS, json!({"name": "Support", "channel_type": "sms"}))
        .await?;
    assert_eq!(
        (duplicate.status, duplicate.body),
        (StatusCode::CONFLICT, conflict.clone())
    );

    create(&client, json!({"name": "support", "channel_type": "email"})).await?;
    create(
        &other_tenant,
        json!({"name": "Support", "channel_type": "email"}),
    )
    .await?;
    let sales = create(&client, json!({"name": "Sales", "channel_type": "email"})).await?;

    let rename = client
        .put(&channel_path(&sales["id"]), json!({"name": "Support"}))
        .await?;
    assert_eq!(
        (rename.status, rename.body),
        (StatusCode::CONFLICT, conflict)
    );
    let same = client
        .put(&channel_path(&support["id"]), json!({"name": "Support"}))
        .await?;
    assert_eq!(
        same.status,
        StatusCode::OK,
        "renaming to its own name is fine"
    );
    Ok(())
}

async fn tenants_cannot_see_each_other(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let acme = app.client_for("acme").await?;
    let globex = app.client_for("globex").await?;
    let mine = create(&acme, json!({"name": "Mine", "channel_type": "email"})).await?;
    let path = channel_path(&mine["id"]);
    let not_found = json!({"detail": "Channel not found"});

    for reply in [
        globex.get(&path).await?,
        globex.put(&path, json!({"name": "Stolen"})).await?,
        globex.delete(&path).await?,
    ] {
        assert_eq!(
            (reply.status, reply.body),
            (StatusCode::NOT_FOUND, not_found.clone())
        );
    }
    let listed = globex.get(CHANNELS).await?;
    assert_eq!(
        (&listed.body["total"], &listed.body["items"]),
        (&json!(0), &json!([]))
    );
    assert_eq!(acme.get(&path).await?.body, mine, "unchanged");
    Ok(())
}

async fn delete_twice_and_ids_not_reused(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let first = create(&client, json!({"name": "One", "channel_type": "email"})).await?;
    let second = create(&client, json!({"name": "Two", "channel_type": "email"})).await?;
    let path = channel_path(&second["id"]);

    let deleted = client.delete(&path).await?;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT);
    assert_eq!(deleted.body, Value::Null, "no body");
    let again = client.delete(&path).await?;
    assert_eq!(
        (again.status, again.body),
        (
            StatusCode::NOT_FOUND,
            json!({"detail": "Channel not found"})
        )
    );
    assert_eq!(client.get(&path).await?.status, StatusCode::NOT_FOUND);

    let third = create(&client, json!({"name": "Two", "channel_type": "email"})).await?;
    let ids: Vec<i64> = [&first, &second, &third]
        .iter()
        .filter_map(|c| c["id"].as_i64())
        .collect();
    ensure!(
        ids.len() == 3 && ids[2] > ids[1] && ids[1] > ids[0],
        "ids not increasing: {ids:?}"
    );
    Ok(())
}

async fn start_after_end_is_rejected_before_lookup(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let backwards = json!({"business_hours": {
        "monday": {"start": "18:00", "end": "09:00"},
        "wednesday": {"start": "10:00", "end": "10:00"},
        "friday": {"enabled": false, "start": "18:00", "end": "09:00"},
    }});
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
    let missing = client
        .put(&format!("{CHANNELS}/{}", i64::MAX), backwards.clone())
        .await?;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(missing.problems(), expected);
    assert!(
        missing.body["detail"][0]["msg"]
            .as_str()
            .is_some_and(|m| !m.is_empty())
    );

    let mut create_body = backwards["business_hours"].clone();
    create_body =
        json!({"name": "Support", "channel_type": "email", "business_hours": create_body});
    let on_create = client.post(CHANNELS, create_body).await?;
    assert_eq!(on_create.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(on_create.problems(), expected);
    assert_eq!(
        client.get(CHANNELS).await?.body["total"],
        0,
        "nothing created"
    );
    Ok(())
}
