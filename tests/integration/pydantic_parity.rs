//! 422 bodies exactly as FastAPI writes them: one problem per value, in Pydantic v2's
//! order of constraints, and the rule a schema cannot state (a day opening before it
//! closes) reported in the same 422 as the schema's problems, in field order.
//!
//! The expected lists were produced by FastAPI 0.165.0 with Pydantic 2.14.4
//! (pydantic-core 2.50.5) running `reference/fastapi_channels.py` on
//! `reference/pydantic_parity_bodies.json`; the day rule there is a
//! `model_validator(mode="after")` that reports at the day's `end`.

use anyhow::Result;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::{Backend, Reply, TestApp, backend_tests};

backend_tests!(
    an_empty_channel_type_is_only_too_short,
    five_mistakes_in_one_body_on_create,
    five_mistakes_in_one_body_on_update,
);

const CHANNELS: &str = "/api/v1/channels";
const TIME_PATTERN: &str = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

/// Every problem as `(loc, type, msg)`, in the order the server wrote them.
fn problems(reply: &Reply) -> Vec<(Value, String, String)> {
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{reply:?}");
    reply.body["detail"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|item| {
            (
                item["loc"].clone(),
                item["type"].as_str().unwrap_or_default().to_owned(),
                item["msg"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

fn problem(loc: Value, kind: &str, msg: &str) -> (Value, String, String) {
    (loc, kind.to_owned(), msg.to_owned())
}

/// A wrong enum value, a malformed time, a day that closes before it opens, a wrong
/// type and a short name.
fn five_mistakes() -> Value {
    json!({
        "name": "",
        "is_active": "yes",
        "assignment_mode": "random",
        "business_hours": {
            "monday": {"start": "9am"},
            "tuesday": {"start": "18:00", "end": "09:00"},
        },
    })
}

fn short_name() -> (Value, String, String) {
    problem(
        json!(["body", "name"]),
        "string_too_short",
        "String should have at least 1 character",
    )
}

fn wrong_type() -> (Value, String, String) {
    problem(
        json!(["body", "is_active"]),
        "bool_type",
        "Input should be a valid boolean",
    )
}

fn wrong_enum_value() -> (Value, String, String) {
    problem(
        json!(["body", "assignment_mode"]),
        "enum",
        "Input should be 'manual', 'round_robin' or 'load_balanced'",
    )
}

fn malformed_time() -> (Value, String, String) {
    problem(
        json!(["body", "business_hours", "monday", "start"]),
        "string_pattern_mismatch",
        &format!("String should match pattern '{TIME_PATTERN}'"),
    )
}

fn closes_before_opening() -> (Value, String, String) {
    problem(
        json!(["body", "business_hours", "tuesday", "end"]),
        "value_error",
        "Value error, end must be later than start when the day is enabled",
    )
}

async fn an_empty_channel_type_is_only_too_short(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    // minLength 1 and a pattern the empty string does not match: Pydantic stops at
    // the length.
    let reply = client
        .post(CHANNELS, json!({"name": "Web", "channel_type": ""}))
        .await?;
    assert_eq!(
        problems(&reply),
        vec![problem(
            json!(["body", "channel_type"]),
            "string_too_short",
            "String should have at least 1 character",
        )]
    );
    Ok(())
}

async fn five_mistakes_in_one_body_on_create(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let mut body = five_mistakes();
    body["channel_type"] = json!("web");
    let reply = client.post(CHANNELS, body).await?;
    // ChannelCreate's field order: name, channel_type, …, is_active, …,
    // assignment_mode, business_hours.
    assert_eq!(
        problems(&reply),
        vec![
            short_name(),
            wrong_type(),
            wrong_enum_value(),
            malformed_time(),
            closes_before_opening(),
        ]
    );
    assert_eq!(
        client.get(CHANNELS).await?.body["total"],
        0,
        "nothing created"
    );
    Ok(())
}

async fn five_mistakes_in_one_body_on_update(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    // A missing channel: validation (422) comes before the lookup (404).
    let reply = client
        .put(&format!("{CHANNELS}/{}", i64::MAX), five_mistakes())
        .await?;
    // ChannelUpdate's field order: business_hours, assignment_mode, name, …, is_active.
    assert_eq!(
        problems(&reply),
        vec![
            malformed_time(),
            closes_before_opening(),
            wrong_enum_value(),
            short_name(),
            wrong_type(),
        ]
    );
    Ok(())
}
