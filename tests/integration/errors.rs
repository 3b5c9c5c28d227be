//! Every error status of the contract over HTTP: 401, 404, 409 (in channels.rs), 413
//! and the 422 shapes, in the documented order of checks; 404 and 405 (with `Allow`)
//! for what the document does not describe.

use anyhow::Result;
use channels_client::ListChannelsParams;
use channels_client::models::HTTPError;
use channels_client::models::responses::{DeleteChannelResponse, ListChannelsResponse};
use reqwest::header::{ALLOW, AUTHORIZATION, CONTENT_TYPE, WWW_AUTHENTICATE};
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::support::typed::problems;
use crate::support::{ApiClient, BODY_LIMIT, Backend, Reply, TestApp, backend_tests};

backend_tests!(
    missing_or_malformed_credentials,
    unknown_and_revoked_keys,
    bearer_scheme_is_case_insensitive,
    body_limit_is_exact,
    body_shapes,
    three_mistakes_at_once,
    parameters_are_validated,
    unknown_paths_and_methods_are_json,
    wrong_methods_list_the_allowed_ones,
);

const CHANNELS: &str = "/api/v1/channels";

fn assert_unauthorized(reply: &Reply, detail: &str) {
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{reply:?}");
    assert_eq!(reply.body, json!({"detail": detail}));
    let challenge = reply
        .headers
        .get(WWW_AUTHENTICATE)
        .and_then(|v| v.to_str().ok());
    assert_eq!(challenge, Some("Bearer"));
}

async fn missing_or_malformed_credentials(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let anonymous = app.anonymous();
    assert_eq!(
        anonymous
            .typed()
            .list_channels(&ListChannelsParams::default())
            .await?,
        list_unauthorized("Not authenticated")
    );
    // Hand-built: what no typed client sends.
    for header in [
        "Basic dXNlcjpwYXNz",
        "Bearer",
        "Bearer ",
        "Token abc",
        "chk_abc",
    ] {
        let request = anonymous
            .request(Method::GET, CHANNELS)
            .header(AUTHORIZATION, header);
        assert_unauthorized(&ApiClient::reply(request).await?, "Not authenticated");
    }
    // Authentication comes before validation: an invalid body without a key is a 401.
    let request = anonymous
        .request(Method::POST, CHANNELS)
        .header(CONTENT_TYPE, "application/json")
        .body("{");
    assert_unauthorized(&ApiClient::reply(request).await?, "Not authenticated");
    Ok(())
}

/// The typed 401 of `list_channels`: its body and its `WWW-Authenticate` header.
fn list_unauthorized(detail: &str) -> ListChannelsResponse {
    ListChannelsResponse::Unauthorized {
        body: HTTPError {
            detail: detail.to_owned(),
        },
        www_authenticate: Some("Bearer".to_owned()),
    }
}

async fn unknown_and_revoked_keys(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let all = ListChannelsParams::default();
    let unknown = ApiClient::new(&app.base_url, Some("chk_0000000000000000".to_owned()));
    assert_eq!(
        unknown.typed().list_channels(&all).await?,
        list_unauthorized("Invalid authentication credentials")
    );

    // The server's own key service: its revocations take effect on the next request.
    let keys = app.keys.clone();
    let issued = keys.issue("acme").await?;
    let client = ApiClient::new(&app.base_url, Some(issued.key.clone()));
    let api = client.typed();
    assert!(matches!(
        api.list_channels(&all).await?,
        ListChannelsResponse::Ok(_)
    ));
    keys.revoke(&issued.prefix).await?;
    assert_eq!(
        api.list_channels(&all).await?,
        list_unauthorized("Invalid authentication credentials")
    );
    // Every secured operation checks.
    assert_eq!(
        api.delete_channel(1).await?,
        DeleteChannelResponse::Unauthorized {
            body: HTTPError {
                detail: "Invalid authentication credentials".to_owned()
            },
            www_authenticate: Some("Bearer".to_owned()),
        }
    );
    Ok(())
}

async fn bearer_scheme_is_case_insensitive(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let key = client.key().unwrap_or_default().to_owned();
    let anonymous = app.anonymous();
    for scheme in ["bearer", "BEARER", "Bearer"] {
        let request = anonymous
            .request(Method::GET, CHANNELS)
            .header(AUTHORIZATION, format!("{scheme} {key}"));
        assert_eq!(
            ApiClient::reply(request).await?.status,
            StatusCode::OK,
            "{scheme}"
        );
    }
    Ok(())
}

/// A JSON object of exactly `size` bytes: a valid create body padded in `config`.
fn body_of_size(name: &str, size: usize) -> String {
    let head = format!(r#"{{"name":"{name}","channel_type":"email","config":{{"pad":""#);
    let tail = r#""}}"#;
    let padding = "x".repeat(size - head.len() - tail.len());
    format!("{head}{padding}{tail}")
}

async fn body_limit_is_exact(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let post = |body: String| {
        let request = client
            .request(Method::POST, CHANNELS)
            .header(CONTENT_TYPE, "application/json")
            .body(body);
        ApiClient::reply(request)
    };

    let exact = body_of_size("Exact", BODY_LIMIT);
    assert_eq!(exact.len(), BODY_LIMIT);
    assert_eq!(
        post(exact).await?.status,
        StatusCode::CREATED,
        "exactly 64 KiB is accepted"
    );

    let over = post(body_of_size("Over", BODY_LIMIT + 1)).await?;
    assert_eq!(over.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        over.body["detail"].is_string(),
        "JSON body: {:?}",
        over.body
    );

    // Chunked (no Content-Length): counted as received.
    let key = client.key().unwrap_or_default();
    let status = post_chunked(&app.base_url, key, &body_of_size("Chunked", BODY_LIMIT + 1)).await?;
    assert_eq!(status, 413);
    let status = post_chunked(&app.base_url, key, &body_of_size("Chunked", BODY_LIMIT)).await?;
    assert_eq!(status, 201);

    // Size is checked before authentication.
    let anonymous = app
        .anonymous()
        .request(Method::POST, CHANNELS)
        .body(body_of_size("Anon", BODY_LIMIT + 1));
    assert_eq!(
        ApiClient::reply(anonymous).await?.status,
        StatusCode::PAYLOAD_TOO_LARGE
    );

    let listed = client.get(CHANNELS).await?;
    assert_eq!(
        listed.body["total"], 2,
        "only the accepted bodies created channels"
    );
    Ok(())
}

/// Sends `body` with `Transfer-Encoding: chunked` over a raw connection (so no
/// `Content-Length` is involved) and returns the response status.
async fn post_chunked(base_url: &str, key: &str, body: &str) -> Result<u16> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let address = base_url.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(address).await?;
    let mut request = format!(
        "POST {CHANNELS} HTTP/1.1\r\nHost: {address}\r\nAuthorization: Bearer {key}\r\n\
         Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    );
    for chunk in body.as_bytes().chunks(4000) {
        request.push_str(&format!(
            "{:x}\r\n{}\r\n",
            chunk.len(),
            String::from_utf8_lossy(chunk)
        ));
    }
    request.push_str("0\r\n\r\n");
    // The server may answer 413 and close before everything is written.
    let _ = stream.write_all(request.as_bytes()).await;
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response).await;
    let head = String::from_utf8_lossy(&response);
    let status = head.split_whitespace().nth(1).unwrap_or_default().parse()?;
    Ok(status)
}

async fn body_shapes(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let raw = |method: Method, path: &str, body: &'static str| {
        let request = client
            .request(method, path)
            .header(CONTENT_TYPE, "application/json")
            .body(body);
        ApiClient::reply(request)
    };
    let only = |reply: &Reply| reply.problems();

    let empty = raw(Method::POST, CHANNELS, "").await?;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(only(&empty), vec![(json!(["body"]), "missing".to_owned())]);

    for not_object in ["[]", "\"x\"", "null", "3"] {
        let reply = raw(Method::POST, CHANNELS, not_object).await?;
        assert_eq!(
            only(&reply),
            vec![(json!(["body"]), "model_attributes_type".to_owned())],
            "{not_object}"
        );
    }

    let malformed = raw(Method::POST, CHANNELS, "{\"name\": \"x\",}").await?;
    assert_eq!(
        only(&malformed),
        vec![(json!(["body", 13]), "json_invalid".to_owned())]
    );

    // Invalid body to a missing id: 422, not 404.
    let put_missing = raw(Method::PUT, &format!("{CHANNELS}/{}", i64::MAX), "[]").await?;
    assert_eq!(put_missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    Ok(())
}

async fn three_mistakes_at_once(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let reply = client
        .post(CHANNELS, json!({"name": "", "channel_type": "Not Lower", "is_active": [], "assignment_mode": "random"}))
        .await?;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let mut problems = reply.problems();
    problems.sort_by_key(|(loc, _)| loc.to_string());
    assert_eq!(
        problems,
        vec![
            (json!(["body", "assignment_mode"]), "enum".to_owned()),
            (
                json!(["body", "channel_type"]),
                "string_pattern_mismatch".to_owned()
            ),
            (json!(["body", "is_active"]), "bool_type".to_owned()),
            (json!(["body", "name"]), "string_too_short".to_owned()),
        ]
    );
    for item in reply.body["detail"].as_array().into_iter().flatten() {
        assert!(
            item["msg"].as_str().is_some_and(|m| !m.is_empty()),
            "{item}"
        );
    }

    let missing = client.post(CHANNELS, json!({})).await?;
    let mut problems = missing.problems();
    problems.sort_by_key(|(loc, _)| loc.to_string());
    assert_eq!(
        problems,
        vec![
            (json!(["body", "channel_type"]), "missing".to_owned()),
            (json!(["body", "name"]), "missing".to_owned()),
        ]
    );

    let long_name = "é".repeat(101);
    let too_long = client
        .post(
            CHANNELS,
            json!({"name": long_name, "channel_type": "email"}),
        )
        .await?;
    assert_eq!(
        too_long.problems(),
        vec![(json!(["body", "name"]), "string_too_long".to_owned())]
    );
    let exactly_100_chars = client
        .post(
            CHANNELS,
            json!({"name": "é".repeat(100), "channel_type": "email"}),
        )
        .await?;
    assert_eq!(
        exactly_100_chars.status,
        StatusCode::CREATED,
        "lengths count characters, not bytes"
    );

    let bad_time = client.post(CHANNELS, json!({"name": "T", "channel_type": "email", "business_hours": {"monday": {"start": "9:00", "end": "24:00"}}})).await?;
    let mut problems = bad_time.problems();
    problems.sort_by_key(|(loc, _)| loc.to_string());
    assert_eq!(
        problems,
        vec![
            (
                json!(["body", "business_hours", "monday", "end"]),
                "string_pattern_mismatch".to_owned()
            ),
            (
                json!(["body", "business_hours", "monday", "start"]),
                "string_pattern_mismatch".to_owned()
            ),
        ]
    );
    Ok(())
}

async fn parameters_are_validated(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let first_problem = |reply: &Reply| reply.problems().into_iter().next();

    for id in [
        "abc",
        "1.5",
        "99999999999999999999",
        "-99999999999999999999",
    ] {
        let reply = client.get(&format!("{CHANNELS}/{id}")).await?;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{id}");
        assert_eq!(
            first_problem(&reply),
            Some((json!(["path", "channel_id"]), "int_parsing".to_owned())),
            "{id}"
        );
    }
    // Values of the right type, out of range: through the typed client.
    let api = client.typed();
    let typed_cases = [
        (
            Some(-1),
            None,
            json!(["query", "skip"]),
            "greater_than_equal",
        ),
        (
            None,
            Some(0),
            json!(["query", "limit"]),
            "greater_than_equal",
        ),
        (
            None,
            Some(101),
            json!(["query", "limit"]),
            "less_than_equal",
        ),
    ];
    for (skip, limit, loc, kind) in typed_cases {
        let params = ListChannelsParams {
            skip,
            limit,
            ..Default::default()
        };
        let ListChannelsResponse::UnprocessableEntity(errors) = api.list_channels(&params).await?
        else {
            anyhow::bail!("{params:?} accepted");
        };
        assert_eq!(
            problems(&errors).into_iter().next(),
            Some((loc, kind.to_owned())),
            "{params:?}"
        );
    }
    // Text that is not of the parameter's type: only raw requests can send it.
    let cases = [
        ("limit=x", json!(["query", "limit"]), "int_parsing"),
        (
            "skip=99999999999999999999",
            json!(["query", "skip"]),
            "int_parsing",
        ),
        (
            "is_active=perhaps",
            json!(["query", "is_active"]),
            "bool_parsing",
        ),
    ];
    for (query, loc, kind) in cases {
        let reply = client.get(&format!("{CHANNELS}?{query}")).await?;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        assert_eq!(
            first_problem(&reply),
            Some((loc, kind.to_owned())),
            "{query}"
        );
    }
    let both = api
        .list_channels(&ListChannelsParams {
            skip: Some(-1),
            limit: Some(500),
            ..Default::default()
        })
        .await?;
    let ListChannelsResponse::UnprocessableEntity(errors) = both else {
        anyhow::bail!("accepted: {both:?}");
    };
    assert_eq!(problems(&errors).len(), 2);
    let limit_100 = api
        .list_channels(&ListChannelsParams {
            limit: Some(100),
            is_active: Some(true),
            ..Default::default()
        })
        .await?;
    assert!(
        matches!(limit_100, ListChannelsResponse::Ok(_)),
        "{limit_100:?}"
    );
    Ok(())
}

async fn unknown_paths_and_methods_are_json(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let unknown = client.get("/api/v1/nothing-here").await?;
    assert_eq!(
        (unknown.status, unknown.body),
        (StatusCode::NOT_FOUND, json!({"detail": "Not Found"}))
    );
    let wrong_method = client
        .send(Method::PATCH, CHANNELS, Some(json!({})))
        .await?;
    assert_eq!(wrong_method.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(wrong_method.body, json!({"detail": "Method Not Allowed"}));
    Ok(())
}

/// RFC 9110 §15.5.6: a 405 lists the methods the path documents, whoever asks.
async fn wrong_methods_list_the_allowed_ones(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    for (path, allow) in [
        (CHANNELS, "GET, POST"),
        ("/api/v1/channels/1", "GET, PUT, DELETE"),
        ("/healthz", "GET"),
        ("/readyz", "GET"),
    ] {
        for method in [Method::TRACE, Method::PATCH] {
            let reply = client.send(method.clone(), path, None).await?;
            let header = |name| reply.headers.get(name).and_then(|v| v.to_str().ok());
            assert_eq!(
                (reply.status, header(ALLOW), header(CONTENT_TYPE)),
                (
                    StatusCode::METHOD_NOT_ALLOWED,
                    Some(allow),
                    Some("application/json")
                ),
                "{method} {path}"
            );
            assert_eq!(
                reply.body,
                json!({"detail": "Method Not Allowed"}),
                "{method} {path}"
            );
        }
    }
    Ok(())
}
