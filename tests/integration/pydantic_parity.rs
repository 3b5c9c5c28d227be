//! 422 bodies exactly as FastAPI writes them: one problem per value, in Pydantic v2's
//! order of constraints, and the rule a schema cannot state (a day opening before it
//! closes) reported in the same 422 as the schema's problems, in field order.
//!
//! The expected lists (every problem whole: `type`, `loc`, `msg`, `input`, `ctx`) were
//! produced by FastAPI 0.165.0 with Pydantic 2.14.4
//! (pydantic-core 2.50.5) running `reference/fastapi_channels.py` on
//! `reference/pydantic_parity_bodies.json`; the day rule there is a
//! `model_validator(mode="after")` that reports at the day's `end`.

use anyhow::Result;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::{ApiClient, Backend, Reply, TestApp, backend_tests};

backend_tests!(
    an_empty_channel_type_is_only_too_short,
    five_mistakes_in_one_body_on_create,
    five_mistakes_in_one_body_on_update,
    inputs_of_parameters_and_body_shapes,
);

const CHANNELS: &str = "/api/v1/channels";
const TIME_PATTERN: &str = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

/// Every problem, whole (`type`, `loc`, `msg`, `input`, `ctx`), in the order the server
/// wrote them.
fn problems(reply: &Reply) -> Vec<Value> {
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{reply:?}");
    reply.body["detail"].as_array().cloned().unwrap_or_default()
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

fn short_name() -> Value {
    json!({
        "type": "string_too_short",
        "loc": ["body", "name"],
        "msg": "String should have at least 1 character",
        "input": "",
        "ctx": {"min_length": 1},
    })
}

fn wrong_type() -> Value {
    json!({
        "type": "bool_type",
        "loc": ["body", "is_active"],
        "msg": "Input should be a valid boolean",
        "input": "yes",
    })
}

fn wrong_enum_value() -> Value {
    let expected = "'manual', 'round_robin' or 'load_balanced'";
    json!({
        "type": "enum",
        "loc": ["body", "assignment_mode"],
        "msg": format!("Input should be {expected}"),
        "input": "random",
        "ctx": {"expected": expected},
    })
}

fn malformed_time() -> Value {
    json!({
        "type": "string_pattern_mismatch",
        "loc": ["body", "business_hours", "monday", "start"],
        "msg": format!("String should match pattern '{TIME_PATTERN}'"),
        "input": "9am",
        "ctx": {"pattern": TIME_PATTERN},
    })
}

fn closes_before_opening() -> Value {
    let error = "end must be later than start when the day is enabled";
    json!({
        "type": "value_error",
        "loc": ["body", "business_hours", "tuesday", "end"],
        "msg": format!("Value error, {error}"),
        "input": "09:00",
        "ctx": {"error": error},
    })
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
        vec![json!({
            "type": "string_too_short",
            "loc": ["body", "channel_type"],
            "msg": "String should have at least 1 character",
            "input": "",
            "ctx": {"min_length": 1},
        })]
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

/// What each problem is about, as FastAPI 0.165.0 reports it for the same requests: a
/// parameter's text as sent (not the parsed number), the object a property is missing
/// from, `null` for an absent body, `{}` and Python's message for malformed JSON.
async fn inputs_of_parameters_and_body_shapes(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let reply = client
        .get(&format!("{CHANNELS}?skip=x&limit=0&is_active=maybe"))
        .await?;
    assert_eq!(
        problems(&reply),
        vec![
            json!({
                "type": "int_parsing",
                "loc": ["query", "skip"],
                "msg": "Input should be a valid integer, unable to parse string as an integer",
                "input": "x",
            }),
            json!({
                "type": "greater_than_equal",
                "loc": ["query", "limit"],
                "msg": "Input should be greater than or equal to 1",
                "input": "0",
                "ctx": {"ge": 1},
            }),
            json!({
                "type": "bool_parsing",
                "loc": ["query", "is_active"],
                "msg": "Input should be a valid boolean, unable to interpret input",
                "input": "maybe",
            }),
        ]
    );

    let reply = client
        .post(CHANNELS, json!({"channel_type": "web", "config": []}))
        .await?;
    assert_eq!(
        problems(&reply),
        vec![
            json!({
                "type": "missing",
                "loc": ["body", "name"],
                "msg": "Field required",
                "input": {"channel_type": "web", "config": []},
            }),
            json!({
                "type": "dict_type",
                "loc": ["body", "config"],
                "msg": "Input should be a valid dictionary",
                "input": [],
            }),
        ]
    );

    let raw = |path: &str, body: &'static str| {
        client
            .request(reqwest::Method::PUT, path)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body)
    };
    let reply = ApiClient::reply(raw(&format!("{CHANNELS}/abc"), "{\"name\": }")).await?;
    assert_eq!(
        problems(&reply),
        vec![
            json!({
                "type": "int_parsing",
                "loc": ["path", "channel_id"],
                "msg": "Input should be a valid integer, unable to parse string as an integer",
                "input": "abc",
            }),
            json!({
                "type": "json_invalid",
                "loc": ["body", 9],
                "msg": "JSON decode error",
                "input": {},
                "ctx": {"error": "Expecting value"},
            }),
        ]
    );
    let reply = ApiClient::reply(raw(&format!("{CHANNELS}/1"), "")).await?;
    assert_eq!(
        problems(&reply),
        vec![json!({"type": "missing", "loc": ["body"], "msg": "Field required", "input": null})]
    );
    let reply = ApiClient::reply(raw(&format!("{CHANNELS}/1"), "[]")).await?;
    assert_eq!(
        problems(&reply),
        vec![json!({
            "type": "model_attributes_type",
            "loc": ["body"],
            "msg": "Input should be a valid dictionary or object to extract fields from",
            "input": [],
        })]
    );
    Ok(())
}
