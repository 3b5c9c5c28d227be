//! The generated glue of the Channels API (crates/channels-api), driven through actix-web
//! against a small in-test implementation: order of checks, error bodies, parameters.

use actix_web::http::StatusCode;
use actix_web::test::{TestRequest, call_service, init_service, read_body};
use actix_web::{App, web};
use channels_api::{
    ChannelsApi, DeleteChannelParams, GetChannelParams, ListChannelsParams, UpdateChannelParams,
};
use channels_models::responses::{
    CreateChannelResponse, DeleteChannelResponse, GetChannelResponse, HealthResponse,
    ListChannelsResponse, ReadyResponse, UpdateChannelResponse,
};
use channels_models::{ChannelCreate, ChannelListResponse, ChannelUpdate, HTTPError, HealthStatus};
use openapi_runtime::{AuthError, Credentials, GlueOptions, HandlerError};
use serde_json::{Value, json};

/// Accepts the bearer token `good`; `down` simulates an unreachable key store.
struct FakeApi;

/// The channel whose reads and deletes fail inside the implementation.
const BROKEN_CHANNEL: i64 = 999;

/// The channel whose delete is not implemented.
const UNIMPLEMENTED_CHANNEL: i64 = 501;

fn error(detail: String) -> HTTPError {
    HTTPError { detail }
}

impl ChannelsApi for FakeApi {
    type Principal = String;

    async fn authenticate(&self, credentials: Credentials) -> Result<String, AuthError> {
        match credentials {
            Credentials::Bearer { token, .. } if token == "good" => Ok(token),
            Credentials::Bearer { token, .. } if token == "down" => {
                Err(AuthError::Unavailable("store offline".to_owned()))
            }
            _ => Err(AuthError::Invalid),
        }
    }

    async fn list_channels(
        &self,
        principal: String,
        params: ListChannelsParams,
    ) -> Result<ListChannelsResponse, HandlerError> {
        assert_eq!(principal, "good");
        // Echo the parsed filters through `total` so tests can see them.
        let filters = format!("{:?}|{:?}", params.channel_type, params.is_active);
        Ok(ListChannelsResponse::Ok(ChannelListResponse {
            items: Vec::new(),
            total: i64::try_from(filters.len()).unwrap_or(-1),
            skip: params.skip,
            limit: params.limit,
        }))
    }

    async fn create_channel(
        &self,
        _principal: String,
        body: ChannelCreate,
    ) -> Result<CreateChannelResponse, HandlerError> {
        Ok(CreateChannelResponse::Conflict(error(format!(
            "{}|{}|{}|{:?}|{:?}",
            body.name, body.channel_type, body.is_active, body.assignment_mode, body.business_hours
        ))))
    }

    async fn get_channel(
        &self,
        _principal: String,
        params: GetChannelParams,
    ) -> Result<GetChannelResponse, HandlerError> {
        if params.channel_id == BROKEN_CHANNEL {
            // An implementation's own error type, converted by `?`.
            Err(std::io::Error::other("storage offline"))?;
        }
        Ok(GetChannelResponse::NotFound(error(format!(
            "no channel {}",
            params.channel_id
        ))))
    }

    async fn update_channel(
        &self,
        _principal: String,
        params: UpdateChannelParams,
        body: ChannelUpdate,
    ) -> Result<UpdateChannelResponse, HandlerError> {
        Ok(UpdateChannelResponse::NotFound(error(format!(
            "{}|{:?}|{:?}",
            params.channel_id, body.business_hours, body.assignment_mode
        ))))
    }

    async fn delete_channel(
        &self,
        _principal: String,
        params: DeleteChannelParams,
    ) -> Result<DeleteChannelResponse, HandlerError> {
        if params.channel_id == BROKEN_CHANNEL {
            return Err(HandlerError::msg(format!(
                "channel {} is corrupt",
                params.channel_id
            )));
        }
        if params.channel_id == UNIMPLEMENTED_CHANNEL {
            return Err(HandlerError::not_implemented("delete_channel"));
        }
        Ok(DeleteChannelResponse::NoContent)
    }

    async fn health(&self) -> Result<HealthResponse, HandlerError> {
        Ok(HealthResponse::Ok(HealthStatus {
            status: "ok".to_owned(),
        }))
    }

    async fn ready(&self) -> Result<ReadyResponse, HandlerError> {
        Ok(ReadyResponse::ServiceUnavailable(HealthStatus {
            status: "down".to_owned(),
        }))
    }
}

/// The body limit of the app under test.
const LIMIT: usize = 128;

/// Sends `req` to an app serving `FakeApi` with a [`LIMIT`]-byte body limit; status, the
/// `WWW-Authenticate` challenge and the JSON body (`Value::Null` when empty).
async fn send(req: TestRequest) -> (StatusCode, Option<String>, Value) {
    send_reading(req, "www-authenticate").await
}

/// Like [`send`], returning the response header `header` instead of the challenge.
async fn send_reading(req: TestRequest, header: &str) -> (StatusCode, Option<String>, Value) {
    let app = init_service(
        App::new()
            .configure(|cfg| {
                channels_api::configure(
                    cfg,
                    web::Data::new(FakeApi),
                    GlueOptions { body_limit: LIMIT },
                )
            })
            .default_service(web::to(openapi_runtime::respond::not_found_handler)),
    )
    .await;
    let response = call_service(&app, req.to_request()).await;
    let status = response.status();
    let header = response
        .headers()
        .get(header)
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned);
    let bytes = read_body(response).await;
    let body = if bytes.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&bytes)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()))
    };
    (status, header, body)
}

fn authed(req: TestRequest) -> TestRequest {
    req.insert_header(("Authorization", "Bearer good"))
}

fn put_json(uri: &str, body: &str) -> TestRequest {
    authed(TestRequest::put().uri(uri))
        .insert_header(("content-type", "application/json"))
        .set_payload(body.to_owned())
}

#[actix_web::test]
async fn three_independent_mistakes_are_reported_together() {
    let body = r#"{"name": "", "business_hours": {"monday": {"start": "25:00"}}, "assignment_mode": "nope"}"#;
    let (status, _, body) = send(put_json("/api/v1/channels/abc", body)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body,
        json!({"detail": [
            {"loc": ["path", "channel_id"], "msg": "Input should be a valid integer, unable to parse string as an integer", "type": "int_parsing",
             "input": "abc"},
            {"loc": ["body", "business_hours", "monday", "start"], "msg": "String should match pattern '^([01][0-9]|2[0-3]):[0-5][0-9]$'", "type": "string_pattern_mismatch",
             "input": "25:00", "ctx": {"pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"}},
            {"loc": ["body", "assignment_mode"], "msg": "Input should be 'manual', 'round_robin' or 'load_balanced'", "type": "enum",
             "input": "nope", "ctx": {"expected": "'manual', 'round_robin' or 'load_balanced'"}},
            {"loc": ["body", "name"], "msg": "String should have at least 1 character", "type": "string_too_short",
             "input": "", "ctx": {"min_length": 1}},
        ]})
    );
}

#[actix_web::test]
async fn a_valid_update_reaches_the_handler_with_tri_state_fields() {
    let (status, _, body) = send(put_json(
        "/api/v1/channels/7",
        r#"{"business_hours": null}"#,
    ))
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body, json!({"detail": "7|Null|Absent"}));
}

#[actix_web::test]
async fn create_applies_defaults_and_counts_characters() {
    let req = authed(TestRequest::post().uri("/api/v1/channels"))
        .set_payload(r#"{"name":"日本","channel_type":"sms"}"#);
    let (status, _, body) = send(req).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body, json!({"detail": "日本|sms|true|Manual|None"}));
}

#[actix_web::test]
async fn missing_fields_and_wrong_types_use_pydantic_types() {
    let req = authed(TestRequest::post().uri("/api/v1/channels"))
        .set_payload(r#"{"is_active": 1, "config": []}"#);
    let (status, _, body) = send(req).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let kinds: Vec<(Value, Value)> = body["detail"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .map(|item| (item["loc"].clone(), item["type"].clone()))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(
        kinds,
        vec![
            (json!(["body", "name"]), json!("missing")),
            (json!(["body", "channel_type"]), json!("missing")),
            (json!(["body", "config"]), json!("dict_type")),
            (json!(["body", "is_active"]), json!("bool_type")),
        ]
    );
}

#[actix_web::test]
async fn body_shapes_follow_fastapi() {
    let cases = [
        (
            "",
            json!({"detail": [{"loc": ["body"], "msg": "Field required", "type": "missing", "input": null}]}),
        ),
        (
            "[]",
            json!({"detail": [{"loc": ["body"], "msg": "Input should be a valid dictionary or object to extract fields from", "type": "model_attributes_type", "input": []}]}),
        ),
        (
            "{\"name\": }",
            json!({"detail": [{"loc": ["body", 9], "msg": "JSON decode error", "type": "json_invalid", "input": {}, "ctx": {"error": "Expecting value"}}]}),
        ),
    ];
    for (payload, expected) in cases {
        let (status, _, body) = send(put_json("/api/v1/channels/1", payload)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{payload:?}");
        assert_eq!(body, expected, "{payload:?}");
    }
    let text = authed(TestRequest::put().uri("/api/v1/channels/1"))
        .insert_header(("content-type", "text/plain"))
        .set_payload("{}");
    let (_, _, body) = send(text).await;
    assert_eq!(body["detail"][0]["type"], json!("model_attributes_type"));
    assert_eq!(body["detail"][0]["input"], json!("{}"));
}

#[actix_web::test]
async fn authentication_failures_answer_401_with_a_challenge() {
    let cases = [
        (None, "Not authenticated"),
        (Some("Basic Z29vZA=="), "Not authenticated"),
        (Some("Bearer "), "Not authenticated"),
        (Some("Bearer wrong"), "Invalid authentication credentials"),
    ];
    for (header, detail) in cases {
        let mut req = TestRequest::get().uri("/api/v1/channels/1");
        if let Some(header) = header {
            req = req.insert_header(("Authorization", header));
        }
        let (status, challenge, body) = send(req).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{header:?}");
        assert_eq!(challenge.as_deref(), Some("Bearer"), "{header:?}");
        assert_eq!(body, json!({"detail": detail}), "{header:?}");
    }
    let req = TestRequest::get()
        .uri("/api/v1/channels/1")
        .insert_header(("Authorization", "bearer good"));
    assert_eq!(send(req).await.2, json!({"detail": "no channel 1"}));
}

#[actix_web::test]
async fn an_unavailable_key_store_is_a_bare_500() {
    let req = TestRequest::get()
        .uri("/api/v1/channels/1")
        .insert_header(("Authorization", "Bearer down"));
    let (status, _, body) = send(req).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(body, json!({"detail": "Internal Server Error"}));
}

#[actix_web::test]
async fn checks_run_in_order_size_then_auth_then_validation() {
    let too_big = format!("{{\"name\": \"{}\"}}", "x".repeat(LIMIT));
    let unauthenticated = TestRequest::put()
        .uri("/api/v1/channels/abc")
        .set_payload(too_big);
    assert_eq!(send(unauthenticated).await.0, StatusCode::PAYLOAD_TOO_LARGE);
    let invalid_and_unauthenticated = TestRequest::put()
        .uri("/api/v1/channels/abc")
        .set_payload("{");
    assert_eq!(
        send(invalid_and_unauthenticated).await.0,
        StatusCode::UNAUTHORIZED
    );
}

#[actix_web::test]
async fn the_limit_itself_is_accepted() {
    // `config` is free-form, so only the size can make these bodies fail.
    let filler = "x".repeat(LIMIT - r#"{"config":{"k":""}}"#.len());
    let exact = put_json(
        "/api/v1/channels/2",
        &format!(r#"{{"config":{{"k":"{filler}"}}}}"#),
    );
    assert_eq!(send(exact).await.0, StatusCode::NOT_FOUND);
    let over = put_json(
        "/api/v1/channels/2",
        &format!(r#"{{"config":{{"k":"{filler}x"}}}}"#),
    );
    let (status, _, body) = send(over).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(body["detail"].is_string());
}

#[actix_web::test]
async fn query_parameters_default_parse_and_validate() {
    let (status, _, body) = send(authed(TestRequest::get().uri("/api/v1/channels"))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        (body["skip"].clone(), body["limit"].clone()),
        (json!(0), json!(50))
    );
    assert_eq!(body["total"], json!("None|None".len()));

    let uri = "/api/v1/channels?skip=3&limit=100&channel_type=sms&is_active=Yes";
    let (_, _, body) = send(authed(TestRequest::get().uri(uri))).await;
    assert_eq!(
        (body["skip"].clone(), body["limit"].clone()),
        (json!(3), json!(100))
    );
    assert_eq!(body["total"], json!("Some(\"sms\")|Some(true)".len()));

    let uri = "/api/v1/channels?skip=-1&limit=101&is_active=maybe";
    let (status, _, body) = send(authed(TestRequest::get().uri(uri))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body,
        json!({"detail": [
            {"loc": ["query", "skip"], "msg": "Input should be greater than or equal to 0", "type": "greater_than_equal",
             "input": "-1", "ctx": {"ge": 0}},
            {"loc": ["query", "limit"], "msg": "Input should be less than or equal to 100", "type": "less_than_equal",
             "input": "101", "ctx": {"le": 100}},
            {"loc": ["query", "is_active"], "msg": "Input should be a valid boolean, unable to interpret input", "type": "bool_parsing",
             "input": "maybe"},
        ]})
    );
}

#[actix_web::test]
async fn path_integers_beyond_64_bits_are_int_parsing() {
    let req = authed(TestRequest::delete().uri("/api/v1/channels/9223372036854775808"));
    let (status, _, body) = send(req).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["detail"][0]["type"], json!("int_parsing"));
    let (status, _, body) = send(authed(
        TestRequest::delete().uri("/api/v1/channels/9223372036854775807"),
    ))
    .await;
    assert_eq!((status, body), (StatusCode::NO_CONTENT, Value::Null));
}

#[actix_web::test]
async fn handler_failures_are_bare_500s() {
    let uri = format!("/api/v1/channels/{BROKEN_CHANNEL}");
    for req in [
        authed(TestRequest::get().uri(&uri)),
        authed(TestRequest::delete().uri(&uri)),
    ] {
        let (status, _, body) = send(req).await;
        assert_eq!(
            (status, body),
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                json!({"detail": "Internal Server Error"})
            )
        );
    }
}

#[actix_web::test]
async fn an_operation_not_implemented_is_a_501() {
    let uri = format!("/api/v1/channels/{UNIMPLEMENTED_CHANNEL}");
    let (status, _, body) = send(authed(TestRequest::delete().uri(&uri))).await;
    assert_eq!(
        (status, body),
        (
            StatusCode::NOT_IMPLEMENTED,
            json!({"detail": "Not Implemented"})
        )
    );
}

#[actix_web::test]
async fn unknown_methods_and_paths_answer_json() {
    for (uri, allow) in [
        ("/api/v1/channels", "GET, POST"),
        ("/api/v1/channels/1", "GET, PUT, DELETE"),
        ("/healthz", "GET"),
    ] {
        let req = TestRequest::patch().uri(uri);
        let (status, header, body) = send_reading(req, "allow").await;
        assert_eq!(
            (status, header.as_deref(), body),
            (
                StatusCode::METHOD_NOT_ALLOWED,
                Some(allow),
                json!({"detail": "Method Not Allowed"})
            ),
            "{uri}"
        );
    }
    let (status, _, body) = send(TestRequest::get().uri("/nowhere")).await;
    assert_eq!(
        (status, body),
        (StatusCode::NOT_FOUND, json!({"detail": "Not Found"}))
    );
}

#[actix_web::test]
async fn operations_without_security_skip_authentication() {
    assert_eq!(
        send(TestRequest::get().uri("/healthz")).await.2,
        json!({"status": "ok"})
    );
    let (status, _, body) = send(TestRequest::get().uri("/readyz")).await;
    assert_eq!(
        (status, body),
        (StatusCode::SERVICE_UNAVAILABLE, json!({"status": "down"}))
    );
}

#[actix_web::test]
async fn the_document_is_embedded() {
    let document = channels_api::openapi_document();
    assert_eq!(document["info"]["title"], json!("Channels API"));
    assert!(document["paths"]["/api/v1/channels/{channel_id}"]["put"].is_object());
}

#[actix_web::test]
async fn plain_error_responses_become_json() {
    let app = init_service(
        App::new()
            .wrap(openapi_runtime::respond::json_errors())
            .route(
                "/plain",
                web::get()
                    .to(|| async { actix_web::HttpResponse::BadRequest().body("plain text") }),
            )
            .route(
                "/json",
                web::get()
                    .to(|| async { openapi_runtime::respond::error(StatusCode::CONFLICT, "kept") }),
            ),
    )
    .await;
    let plain = call_service(&app, TestRequest::get().uri("/plain").to_request()).await;
    assert_eq!(plain.status(), StatusCode::BAD_REQUEST);
    let body: Value = serde_json::from_slice(&read_body(plain).await).unwrap_or_default();
    assert_eq!(body, json!({"detail": "Bad Request"}));
    let kept = call_service(&app, TestRequest::get().uri("/json").to_request()).await;
    let body: Value = serde_json::from_slice(&read_body(kept).await).unwrap_or_default();
    assert_eq!(body, json!({"detail": "kept"}));
}
