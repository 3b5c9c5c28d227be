//! Hostile input against the real application on both backends, sent as raw bytes over TCP so
//! nothing in between can tidy it up: malformed and adversarial bodies, numbers, strings, headers,
//! paths and a slow client. Whatever arrives, the server answers without a 5xx (a panic would be a
//! 500) and with a JSON body, and a request it rejects changes no data.

mod raw_http;

use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail, ensure};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::support::{BODY_LIMIT, Backend, TestApp, backend_tests};

use raw_http::{RawResponse, Request, exchange, parse_response};

const NESTING_DEPTH: usize = 10_000;

/// The application over a fresh database, with one tenant's API key.
struct Fixture {
    _app: TestApp,
    address: String,
    key: String,
}

impl Fixture {
    async fn start(backend: Backend) -> Result<Self> {
        let app = TestApp::start(backend).await?;
        let key = app
            .client_for("hostile")
            .await?
            .key()
            .context("no key issued")?
            .to_owned();
        let address = app
            .base_url
            .strip_prefix("http://")
            .context("the harness serves plain HTTP")?
            .to_owned();
        Ok(Fixture {
            _app: app,
            address,
            key,
        })
    }

    async fn send(&self, request: &Request<'_>) -> Result<RawResponse> {
        exchange(&self.address, &request.to_bytes(&self.address)).await
    }

    /// An authenticated request with a JSON content type.
    fn json(
        &self,
        method: &'static str,
        path: impl Into<String>,
        body: impl Into<Vec<u8>>,
    ) -> Request<'_> {
        Request::new(method, path)
            .header("Authorization", format!("Bearer {}", self.key))
            .header("Content-Type", "application/json")
            .body(body)
    }

    fn get(&self, path: impl Into<String>) -> Request<'_> {
        self.authenticated("GET", path)
    }

    fn authenticated(&self, method: &'static str, path: impl Into<String>) -> Request<'_> {
        Request::new(method, path).header("Authorization", format!("Bearer {}", self.key))
    }

    /// Every channel of the tenant, exactly as listed, to compare before and after.
    async fn snapshot(&self) -> Result<Value> {
        let response = self.send(&self.get("/api/v1/channels?limit=100")).await?;
        ensure!(
            response.status == 200,
            "listing for a snapshot: {}",
            response.describe()
        );
        response.json()
    }

    async fn create(&self, body: Value) -> Result<Value> {
        let response = self
            .send(&self.json("POST", "/api/v1/channels", body.to_string()))
            .await?;
        ensure!(
            response.status == 201,
            "creating {body}: {}",
            response.describe()
        );
        response.json()
    }
}

/// No 5xx, and a JSON body: what every answer to a hostile request must be.
fn ensure_sane(case: &str, response: &RawResponse) -> Result<()> {
    ensure!(
        response.status < 500,
        "{case}: server error {}",
        response.describe()
    );
    response
        .json()
        .with_context(|| format!("{case}: status {}", response.status))?;
    Ok(())
}

/// A rejection with the given status and, for a 422, at least one problem of the given type.
fn ensure_rejected(
    case: &str,
    response: &RawResponse,
    status: u16,
    problem_type: Option<&str>,
) -> Result<()> {
    ensure_sane(case, response)?;
    ensure!(
        response.status == status,
        "{case}: want {status}, got {}",
        response.describe()
    );
    if let Some(problem_type) = problem_type {
        let types = response.problem_types()?;
        ensure!(
            types.iter().any(|found| found == problem_type),
            "{case}: want a {problem_type} problem, got {}",
            response.describe()
        );
    }
    Ok(())
}

fn nested_arrays(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

fn nested_config(depth: usize) -> String {
    format!(
        r#"{{"name":"deep","channel_type":"deep","config":{}1{}}}"#,
        r#"{"a":"#.repeat(depth),
        "}".repeat(depth)
    )
}

/// Where a malformed body is sent: a create, or an update of an existing channel.
enum Target {
    Collection,
    Item,
}

/// A malformed body: (case, target, body, expected status, expected problem type).
type BodyCase = (&'static str, Target, Vec<u8>, u16, Option<&'static str>);

async fn malformed_bodies_are_rejected_and_change_nothing(backend: Backend) -> Result<()> {
    let fixture = Fixture::start(backend).await?;
    let channel = fixture
        .create(json!({"name": "target", "channel_type": "sms", "business_hours": {"monday": {}}}))
        .await?;
    let id = channel["id"].as_i64().context("no id")?;
    let item = format!("/api/v1/channels/{id}");
    let before = fixture.snapshot().await?;

    let long_name = "n".repeat(60_000);
    let cases: Vec<BodyCase> = vec![
        ("truncated JSON", Target::Collection, br#"{"name": "x", "channel_ty"#.to_vec(), 422, Some("json_invalid")),
        ("truncated string", Target::Collection, br#"{"name": "abc"#.to_vec(), 422, Some("json_invalid")),
        (
            "invalid UTF-8 in a string",
            Target::Collection,
            b"{\"name\": \"\xff\xfe\xfd\", \"channel_type\": \"x\"}".to_vec(),
            422,
            Some("json_invalid"),
        ),
        ("invalid UTF-8 outside strings", Target::Collection, b"{\xc3\x28: 1}".to_vec(), 422, Some("json_invalid")),
        ("a lone byte-order mark", Target::Collection, b"\xef\xbb\xbf".to_vec(), 422, None),
        ("NUL bytes", Target::Collection, b"\0\0\0\0".to_vec(), 422, Some("json_invalid")),
        ("10,000 nested arrays", Target::Collection, nested_arrays(NESTING_DEPTH).into_bytes(), 422, None),
        ("10,000 nested objects in config", Target::Collection, nested_config(NESTING_DEPTH).into_bytes(), 422, None),
        (
            "a number beyond f64 as a boolean",
            Target::Collection,
            br#"{"name": "n", "channel_type": "x", "is_active": 1e999999}"#.to_vec(),
            422,
            None,
        ),
        (
            "a 40-digit integer as a boolean",
            Target::Collection,
            br#"{"name": "n", "channel_type": "x", "sla_enabled": 1234567890123456789012345678901234567890}"#
                .to_vec(),
            422,
            None,
        ),
        (
            "a 60,000-character name",
            Target::Collection,
            format!(r#"{{"name": "{long_name}", "channel_type": "x"}}"#).into_bytes(),
            422,
            Some("string_too_long"),
        ),
        (
            "a 60,000-character channel_type",
            Target::Collection,
            format!(r#"{{"name": "x", "channel_type": "{long_name}"}}"#).into_bytes(),
            422,
            Some("string_too_long"),
        ),
        (
            "a body just over the limit",
            Target::Collection,
            format!(r#"{{"name": "x", "channel_type": "x", "config": {{"pad": "{}"}}}}"#, "p".repeat(BODY_LIMIT))
                .into_bytes(),
            413,
            None,
        ),
        (
            "SQL in channel_type",
            Target::Collection,
            br#"{"name": "x", "channel_type": "sms'; DROP TABLE channels; --"}"#.to_vec(),
            422,
            Some("string_pattern_mismatch"),
        ),
        (
            "path traversal in channel_type",
            Target::Collection,
            br#"{"name": "x", "channel_type": "../../etc/passwd"}"#.to_vec(),
            422,
            Some("string_pattern_mismatch"),
        ),
        (
            "SQL in a schedule time",
            Target::Item,
            br#"{"business_hours": {"monday": {"start": "09:00' OR '1'='1"}}}"#.to_vec(),
            422,
            Some("string_pattern_mismatch"),
        ),
        (
            "a schedule time with a trailing newline",
            Target::Item,
            br#"{"business_hours": {"monday": {"start": "09:00\n"}}}"#.to_vec(),
            422,
            Some("string_pattern_mismatch"),
        ),
        ("truncated update", Target::Item, br#"{"business_hours": {"monday": {"#.to_vec(), 422, Some("json_invalid")),
        ("a deeply nested update", Target::Item, nested_arrays(NESTING_DEPTH).into_bytes(), 422, None),
        ("null for a non-nullable property", Target::Item, br#"{"name": null}"#.to_vec(), 422, None),
        ("a JSON string as the body", Target::Item, br#""DROP TABLE channels""#.to_vec(), 422, Some("model_attributes_type")),
    ];
    for (case, target, body, status, problem_type) in cases {
        let (method, path) = match target {
            Target::Collection => ("POST", "/api/v1/channels"),
            Target::Item => ("PUT", item.as_str()),
        };
        let response = fixture.send(&fixture.json(method, path, body)).await?;
        ensure_rejected(case, &response, status, problem_type)?;
    }

    let over_limit_chunked = {
        let chunk = "c".repeat(8_192);
        let mut body = Vec::new();
        for _ in 0..(BODY_LIMIT / chunk.len() + 1) {
            body.extend_from_slice(format!("{:x}\r\n{chunk}\r\n", chunk.len()).as_bytes());
        }
        body.extend_from_slice(b"0\r\n\r\n");
        fixture
            .json("POST", "/api/v1/channels", body)
            .header("Transfer-Encoding", "chunked")
            .without_content_length()
    };
    ensure_rejected(
        "a chunked body over the limit",
        &fixture.send(&over_limit_chunked).await?,
        413,
        None,
    )?;

    for (content_type, body) in [
        ("text/plain", r#"{"name": "x", "channel_type": "x"}"#),
        ("application/x-www-form-urlencoded", "name=x&channel_type=x"),
        (
            "multipart/form-data; boundary=b",
            "--b\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nx\r\n--b--\r\n",
        ),
        ("application/xml", "<channel><name>x</name></channel>"),
    ] {
        let request = Request::new("POST", "/api/v1/channels")
            .header("Authorization", format!("Bearer {}", fixture.key))
            .header("Content-Type", content_type)
            .body(body);
        let case = format!("Content-Type {content_type}");
        ensure_rejected(
            &case,
            &fixture.send(&request).await?,
            422,
            Some("model_attributes_type"),
        )?;
    }

    let after = fixture.snapshot().await?;
    ensure!(
        before == after,
        "rejected requests changed data:\nbefore {before}\nafter {after}"
    );
    Ok(())
}

async fn metacharacters_are_stored_verbatim_and_match_nothing_else(backend: Backend) -> Result<()> {
    let fixture = Fixture::start(backend).await?;
    fixture
        .create(json!({"name": "innocent", "channel_type": "sms"}))
        .await?;
    let hostile_strings = [
        "x'); DROP TABLE channels; --",
        "\" OR \"1\"=\"1",
        "../../../../etc/passwd",
        "..\\..\\windows\\win.ini",
        "%00%2e%2e%2f",
        "<script>alert(1)</script>",
        "${jndi:ldap://127.0.0.1/a}",
        "name\r\nX-Injected: yes",
        "\u{0}nul\u{0}",
        "🦀 emoji and \u{202e} bidi",
    ];
    for text in hostile_strings {
        let created = fixture
            .create(json!({"name": text, "channel_type": "meta", "config": {text: text}}))
            .await
            .with_context(|| format!("creating a channel named {text:?}"))?;
        ensure!(
            created["name"] == text,
            "name {text:?} came back as {}",
            created["name"]
        );
        ensure!(
            created["config"][text] == text,
            "config key {text:?} came back as {}",
            created["config"]
        );
        let id = created["id"].as_i64().context("no id")?;
        let read = fixture
            .send(&fixture.get(format!("/api/v1/channels/{id}")))
            .await?;
        ensure!(
            read.status == 200,
            "reading {text:?} back: {}",
            read.describe()
        );
        ensure!(
            read.json()?["name"] == text,
            "name {text:?} read back as {}",
            read.json()?["name"]
        );
    }

    // A filter is a value, never SQL: these match no channel, and certainly not all of them.
    for filter in [
        "sms' OR '1'='1",
        "sms%' --",
        "%",
        "_",
        "*",
        "sms\" OR 1=1 --",
    ] {
        let query: String = url_encode(filter);
        let response = fixture
            .send(&fixture.get(format!("/api/v1/channels?channel_type={query}")))
            .await?;
        ensure!(
            response.status == 200,
            "filter {filter:?}: {}",
            response.describe()
        );
        let total = response.json()?["total"].as_i64();
        ensure!(
            total == Some(0),
            "filter {filter:?} matched {total:?} channels"
        );
    }
    let sms = fixture
        .send(&fixture.get("/api/v1/channels?channel_type=sms"))
        .await?;
    ensure!(
        sms.json()?["total"] == 1,
        "the plain filter no longer matches: {}",
        sms.describe()
    );
    Ok(())
}

/// Duplicate keys are valid JSON with no agreed meaning; FastAPI (Python's `json`) keeps the last
/// one, and so must this server, for the body as a whole and inside nested objects, before
/// validation (an invalid first value is overridden, not reported).
async fn duplicate_keys_keep_the_last_value(backend: Backend) -> Result<()> {
    let fixture = Fixture::start(backend).await?;
    let body = r#"{"name": "first", "name": "second", "channel_type": "dup", "config": {"a": 1, "a": 2}, "is_active": "not a boolean", "is_active": false}"#;
    let response = fixture
        .send(&fixture.json("POST", "/api/v1/channels", body))
        .await?;
    ensure!(response.status == 201, "create: {}", response.describe());
    let created = response.json()?;
    ensure!(
        created["name"] == "second"
            && created["config"] == json!({"a": 2})
            && created["is_active"] == false,
        "the last values must win: {created}"
    );
    let id = created["id"].as_i64().context("no id")?;

    let update = r#"{"business_hours": {"monday": {"start": "10:00"}}, "business_hours": null}"#;
    let response = fixture
        .send(&fixture.json("PUT", format!("/api/v1/channels/{id}"), update))
        .await?;
    ensure!(response.status == 200, "update: {}", response.describe());
    let updated = response.json()?;
    ensure!(
        updated["business_hours"].is_null() && updated["business_hours_enabled"] == false,
        "the last business_hours (null) must win: {updated}"
    );
    Ok(())
}

fn url_encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (byte as char).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

async fn hostile_paths_and_parameters_are_answered_in_json(backend: Backend) -> Result<()> {
    let fixture = Fixture::start(backend).await?;
    let before = fixture.snapshot().await?;

    for id in [
        "9223372036854775808",
        "-9223372036854775809",
        "99999999999999999999999999999999",
        "0x10",
        "1;DROP%20TABLE%20channels",
        "1'%20OR%20'1'='1",
        "%00",
        "..%2F..%2Fetc%2Fpasswd",
        "%E2%80%AE1",
    ] {
        for method in ["GET", "DELETE"] {
            let request = fixture.authenticated(method, format!("/api/v1/channels/{id}"));
            let response = fixture.send(&request).await?;
            let case = format!("{method} channel_id {id}");
            ensure_rejected(&case, &response, 422, Some("int_parsing"))?;
        }
        let update = fixture.json("PUT", format!("/api/v1/channels/{id}"), "{}");
        ensure_rejected(
            &format!("PUT channel_id {id}"),
            &fixture.send(&update).await?,
            422,
            Some("int_parsing"),
        )?;
    }
    // Spellings a lenient integer parser may read as a number (Pydantic's does for some): either
    // answer is fine, as long as it is one of the two documented ones.
    for id in ["1e3", "1.0", "%201", "+1", "01"] {
        let response = fixture
            .send(&fixture.get(format!("/api/v1/channels/{id}")))
            .await?;
        let case = format!("channel_id {id}");
        ensure_sane(&case, &response)?;
        ensure!(
            matches!(response.status, 404 | 422),
            "{case}: want 404 or 422, got {}",
            response.describe()
        );
    }
    for id in ["9223372036854775807", "-9223372036854775808", "0", "-1"] {
        let response = fixture
            .send(&fixture.get(format!("/api/v1/channels/{id}")))
            .await?;
        ensure_rejected(&format!("channel_id {id}"), &response, 404, None)?;
    }
    for query in [
        "skip=99999999999999999999999",
        "limit=1e2",
        "limit=0",
        "limit=101",
        "skip=-1",
        "is_active=maybe",
        "limit=1;DROP%20TABLE%20channels",
    ] {
        let response = fixture
            .send(&fixture.get(format!("/api/v1/channels?{query}")))
            .await?;
        ensure_rejected(&format!("query {query}"), &response, 422, None)?;
    }
    for path in [
        "/api/v1/channels/../../../../etc/passwd",
        "/api/v1/../../Cargo.toml",
        "/docs/../../../../etc/passwd",
        "/docs/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/docs/..%2f..%2f..%2fCargo.toml",
        "/redoc/../Cargo.toml",
        "//etc/passwd",
    ] {
        let response = fixture.send(&fixture.get(path)).await?;
        let text = String::from_utf8_lossy(&response.body);
        ensure!(
            !text.contains("root:") && !text.contains("[package]"),
            "{path} served a file: {}",
            response.describe()
        );
        ensure_rejected(path, &response, 404, None)?;
    }

    let after = fixture.snapshot().await?;
    ensure!(before == after, "rejected requests changed data");
    Ok(())
}

async fn injected_headers_neither_authenticate_nor_echo(backend: Backend) -> Result<()> {
    let fixture = Fixture::start(backend).await?;
    let key = fixture.key.clone();
    let before = fixture.snapshot().await?;
    let create_body = r#"{"name": "smuggled", "channel_type": "x"}"#;

    let attempts = [
        (
            "a CRLF-split header",
            "Bearer nope\r\nX-Injected: yes".to_owned(),
        ),
        ("a token followed by another", format!("Bearer {key} {key}")),
        ("a token with a comma", format!("Bearer {key},{key}")),
        ("Basic instead of Bearer", format!("Basic {key}")),
        ("the scheme alone", "Bearer".to_owned()),
        ("SQL as the token", "Bearer ' OR '1'='1".to_owned()),
        ("a 4 KiB token", format!("Bearer {}", "k".repeat(4_096))),
    ];
    for (case, authorization) in attempts {
        let request = Request::new("POST", "/api/v1/channels")
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .body(create_body);
        let response = fixture.send(&request).await?;
        ensure_rejected(case, &response, 401, None)?;
        ensure!(
            response.header("X-Injected").is_none(),
            "{case}: the injected header came back"
        );
        ensure!(
            response.header("WWW-Authenticate").is_some(),
            "{case}: no WWW-Authenticate"
        );
    }

    // Request smuggling: both framings at once, and two different lengths. The server may answer
    // 400 at the protocol level; it must never act on the smuggled request.
    let smuggled = format!(
        "GET /api/v1/channels/1 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\n\r\n"
    );
    let both_framings = Request::new("POST", "/api/v1/channels")
        .header("Authorization", format!("Bearer {key}"))
        .header("Content-Type", "application/json")
        .header("Transfer-Encoding", "chunked")
        .header("Content-Length", "4")
        .body(format!("0\r\n\r\n{smuggled}"))
        .without_content_length();
    let response = fixture.send(&both_framings).await?;
    ensure!(
        response.status < 500 && response.status != 201,
        "both framings: {}",
        response.describe()
    );
    let two_lengths = Request::new("POST", "/api/v1/channels")
        .header("Authorization", format!("Bearer {key}"))
        .header("Content-Type", "application/json")
        .header("Content-Length", create_body.len().to_string())
        .header("Content-Length", "2")
        .body(create_body)
        .without_content_length();
    let response = fixture.send(&two_lengths).await?;
    ensure!(
        response.status < 500 && response.status != 201,
        "two lengths: {}",
        response.describe()
    );

    let after = fixture.snapshot().await?;
    ensure!(before == after, "a rejected request changed data");
    Ok(())
}

/// Requests that are not valid HTTP/1.1 never reach the application: the HTTP layer refuses them
/// with 400 or 431 and an empty body (it has no hook for a JSON one), and the server carries on.
async fn malformed_http_is_refused_and_the_server_carries_on(backend: Backend) -> Result<()> {
    let fixture = Fixture::start(backend).await?;
    let before = fixture.snapshot().await?;
    let many_headers: String = (0..200).map(|n| format!("X-Header-{n}: v\r\n")).collect();
    let cases: [(&str, Vec<u8>); 8] = [
        (
            "a NUL byte in a header",
            b"GET /healthz HTTP/1.1\r\nHost: x\r\nX: a\0b\r\n\r\n".to_vec(),
        ),
        (
            "a space in a header name",
            b"GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header: x\r\n\r\n".to_vec(),
        ),
        ("a garbage request line", b"GARBAGE\r\n\r\n".to_vec()),
        (
            "a method with a bracket",
            b"G(T /healthz HTTP/1.1\r\nHost: x\r\n\r\n".to_vec(),
        ),
        (
            "an unknown HTTP version",
            b"GET /healthz HTTP/7.0\r\nHost: x\r\n\r\n".to_vec(),
        ),
        (
            "a folded header",
            b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n".to_vec(),
        ),
        (
            "a negative Content-Length",
            b"POST /api/v1/channels HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n".to_vec(),
        ),
        (
            "200 headers",
            format!("GET /healthz HTTP/1.1\r\nHost: x\r\n{many_headers}\r\n").into_bytes(),
        ),
    ];
    for (case, request) in cases {
        let response = exchange(&fixture.address, &request).await?;
        ensure!(
            matches!(response.status, 400 | 431),
            "{case}: want 400 or 431, got {}",
            response.describe()
        );
        if !response.body.is_empty() {
            response.json().with_context(|| case.to_owned())?;
        }
    }
    let after = fixture.snapshot().await?;
    ensure!(before == after, "a refused request changed data");
    Ok(())
}

async fn a_slow_client_does_not_hold_up_others(backend: Backend) -> Result<()> {
    let fixture = Fixture::start(backend).await?;
    let before = fixture.snapshot().await?;
    let body = r#"{"name": "slow", "channel_type": "x"}"#;
    let head = format!(
        "POST /api/v1/channels HTTP/1.1\r\nHost: {}\r\nAuthorization: Bearer {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        fixture.address,
        fixture.key,
        body.len() + 1_000
    );
    let mut slow = TcpStream::connect(&fixture.address).await?;
    slow.write_all(head.as_bytes()).await?;

    // One byte at a time for a few seconds, never completing the promised body, while a normal
    // client must still be served promptly.
    let slow_until = Instant::now() + Duration::from_secs(3);
    let mut sent = 0;
    while Instant::now() < slow_until {
        if slow
            .write_all(&body.as_bytes()[sent % body.len()..][..1])
            .await
            .is_err()
        {
            break; // the server may hang up on a client this slow
        }
        sent += 1;
        let started = Instant::now();
        let response = fixture.send(&fixture.get("/api/v1/channels")).await?;
        ensure!(
            response.status == 200,
            "while a client is slow: {}",
            response.describe()
        );
        ensure!(
            started.elapsed() < Duration::from_secs(2),
            "a normal request took {:?} while a client was slow",
            started.elapsed()
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    drop(slow);

    // A client that stops halfway through its headers is not waited for forever.
    let mut stalled = TcpStream::connect(&fixture.address).await?;
    stalled
        .write_all(b"GET /api/v1/channels HTTP/1.1\r\nHost: x\r\nAuthor")
        .await?;
    let mut answer = Vec::new();
    match tokio::time::timeout(Duration::from_secs(30), stalled.read_to_end(&mut answer)).await {
        Ok(_) => {
            if !answer.is_empty() {
                let response = parse_response(&answer)?;
                ensure!(
                    response.status < 500,
                    "stalled headers: {}",
                    response.describe()
                );
            }
        }
        Err(_) => bail!("the server kept a connection with unfinished headers open for 30 s"),
    }

    let after = fixture.snapshot().await?;
    ensure!(before == after, "an incomplete request changed data");
    Ok(())
}

backend_tests!(
    duplicate_keys_keep_the_last_value,
    malformed_bodies_are_rejected_and_change_nothing,
    metacharacters_are_stored_verbatim_and_match_nothing_else,
    hostile_paths_and_parameters_are_answered_in_json,
    injected_headers_neither_authenticate_nor_echo,
    malformed_http_is_refused_and_the_server_carries_on,
    a_slow_client_does_not_hold_up_others,
);
