//! Values sent by the generated client arrive unchanged at the trait behind the generated
//! glue: each operation of tests/specs/client-roundtrip.yaml echoes what the glue handed
//! it, and the test compares the echo with what it sent.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use actix_web::{App, HttpServer, web};
use openapi_runtime::{AuthError, Credentials, GlueOptions, HandlerError, Patch};
use roundtrip_api::{EchoPathParams, EchoQueryParams, EchoTwoPathParamsParams, RoundtripApi};
use roundtrip_client::{ClientError, RetryPolicy, RoundtripClient};
use roundtrip_models::responses::{
    EchoBodyResponse, EchoPathResponse, EchoQueryResponse, EchoTwoPathParamsResponse,
};
use roundtrip_models::{Mode, Note, NoteEcho, PathEcho, QueryEcho, TwoPathEcho};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const TOKEN: &str = "s3cret-token";

/// Echoes every request.
struct Echo;

impl RoundtripApi for Echo {
    type Principal = String;

    async fn authenticate(&self, credentials: Credentials) -> Result<String, AuthError> {
        match credentials {
            Credentials::Bearer { token, .. } if token == TOKEN => Ok(token),
            _ => Err(AuthError::Invalid),
        }
    }

    async fn echo_path(&self, params: EchoPathParams) -> Result<EchoPathResponse, HandlerError> {
        Ok(EchoPathResponse::Ok(PathEcho { name: params.name }))
    }

    async fn echo_two_path_params(
        &self,
        params: EchoTwoPathParamsParams,
    ) -> Result<EchoTwoPathParamsResponse, HandlerError> {
        Ok(EchoTwoPathParamsResponse::Ok(TwoPathEcho {
            name: params.name,
            version: params.version,
        }))
    }

    async fn echo_query(&self, params: EchoQueryParams) -> Result<EchoQueryResponse, HandlerError> {
        Ok(EchoQueryResponse::Ok(QueryEcho {
            q: params.q,
            tags: params.tags.unwrap_or_default(),
            ids: params.ids.unwrap_or_default(),
            mode: params.mode,
            limit: params.limit,
            flag: params.flag,
            trace: params.x_trace,
            request_id: params.x_request_id,
        }))
    }

    async fn echo_body(
        &self,
        principal: String,
        body: Note,
    ) -> Result<EchoBodyResponse, HandlerError> {
        Ok(EchoBodyResponse::Created(NoteEcho {
            note: body,
            principal,
        }))
    }
}

/// Serves `Echo` on a free port until the returned handle is stopped.
async fn serve() -> anyhow::Result<(String, actix_web::dev::ServerHandle)> {
    let api = web::Data::new(Echo);
    let server = HttpServer::new(move || {
        let api = api.clone();
        App::new().configure(|cfg| roundtrip_api::configure(cfg, api, GlueOptions::default()))
    })
    .workers(1)
    .disable_signals()
    .bind("127.0.0.1:0")?;
    let addr = server.addrs()[0];
    let server = server.run();
    let handle = server.handle();
    tokio::spawn(server);
    Ok((format!("http://{addr}"), handle))
}

fn client(base_url: &str) -> anyhow::Result<RoundtripClient> {
    Ok(RoundtripClient::builder(base_url)
        .token_token(TOKEN)
        .build()?)
}

#[tokio::test]
async fn path_parameters_arrive_unchanged() -> anyhow::Result<()> {
    let (base_url, server) = serve().await?;
    let client = client(&base_url)?;
    for name in [
        "plain",
        "a/b",
        "what?",
        "#hash",
        "with space",
        "100%",
        "a+b",
        "semi;colon,comma",
        // (A whole segment of `.` or `..` cannot be sent: URL parsers, reqwest's
        // included, remove dot segments even when percent-encoded.)
        "dots..",
        ".hidden",
        "café ☕ 東京",
        "%2F",
        "tab\tnew\nline",
    ] {
        let echoed = client.echo_path(name).await?;
        assert_eq!(
            echoed,
            EchoPathResponse::Ok(PathEcho { name: name.into() }),
            "{name:?}"
        );
    }
    let echoed = client.echo_two_path_params("x/y z", 7).await?;
    assert_eq!(
        echoed,
        EchoTwoPathParamsResponse::Ok(TwoPathEcho {
            name: "x/y z".into(),
            version: 7
        })
    );
    server.stop(false).await;
    Ok(())
}

#[tokio::test]
async fn query_and_header_parameters_arrive_unchanged() -> anyhow::Result<()> {
    let (base_url, server) = serve().await?;
    let client = client(&base_url)?;
    let params = roundtrip_client::EchoQueryParams {
        q: Some("a&b=c d+e/é#?".into()),
        tags: Some(vec!["x,y".into(), "".into(), "z&w".into(), "ü".into()]),
        ids: Some(vec![3, -1, 2]),
        mode: Some(Mode::SlowAndCareful),
        limit: Some(25),
        flag: true,
        x_trace: Some("trace-1".into()),
        x_request_id: None,
    };
    let EchoQueryResponse::Ok(echoed) = client.echo_query(&params).await?;
    // Unset, the request id is generated: 128 random bits in hex.
    let generated = echoed.request_id.clone().unwrap_or_default();
    assert!(
        generated.len() == 32 && generated.bytes().all(|b| b.is_ascii_hexdigit()),
        "{generated:?}"
    );
    assert_eq!(
        echoed,
        QueryEcho {
            q: params.q.clone(),
            tags: params.tags.clone().unwrap_or_default(),
            ids: vec![3, -1, 2],
            mode: Some(Mode::SlowAndCareful),
            limit: 25,
            flag: true,
            trace: Some("trace-1".into()),
            request_id: Some(generated.clone()),
        }
    );
    let EchoQueryResponse::Ok(again) = client.echo_query(&params).await?;
    assert_ne!(again.request_id, Some(generated), "a fresh id per request");
    let EchoQueryResponse::Ok(chosen) = client
        .with_request_id("caller-chosen-id")
        .echo_query(&params)
        .await?;
    assert_eq!(chosen.request_id.as_deref(), Some("caller-chosen-id"));

    // Left out, optional parameters are absent and the document's default applies.
    let EchoQueryResponse::Ok(echoed) = client
        .echo_query(&roundtrip_client::EchoQueryParams {
            q: None,
            tags: None,
            ids: None,
            mode: None,
            limit: None,
            flag: false,
            x_trace: None,
            x_request_id: Some("set-as-a-parameter".into()),
        })
        .await?;
    assert_eq!(
        echoed,
        QueryEcho {
            q: None,
            tags: Vec::new(),
            ids: Vec::new(),
            mode: None,
            limit: 10,
            flag: false,
            trace: None,
            request_id: Some("set-as-a-parameter".into()),
        }
    );
    server.stop(false).await;
    Ok(())
}

#[tokio::test]
async fn bodies_and_credentials_arrive_unchanged() -> anyhow::Result<()> {
    let (base_url, server) = serve().await?;
    let client = client(&base_url)?;
    for body in [
        Patch::Absent,
        Patch::Null,
        Patch::Value("text ✓".to_string()),
    ] {
        let note = Note {
            title: "Title \"quoted\" \u{1F600}".into(),
            body: body.clone(),
            tags: Some(vec!["a".into()]),
        };
        let echoed = client.echo_body(&note).await?;
        assert_eq!(
            echoed,
            EchoBodyResponse::Created(NoteEcho {
                note,
                principal: TOKEN.into()
            }),
            "{body:?}"
        );
    }

    // A value the glue rejects comes back as the typed 422.
    let invalid = Note {
        title: String::new(),
        body: Patch::Absent,
        tags: None,
    };
    match client.echo_body(&invalid).await? {
        EchoBodyResponse::UnprocessableEntity(errors) => {
            let detail = errors.detail.unwrap_or_default();
            assert_eq!(detail.len(), 1, "{detail:?}");
        }
        other => panic!("expected 422, got {other:?}"),
    }

    // Without credentials: the documented 401, with its header.
    let anonymous = RoundtripClient::builder(base_url.as_str()).build()?;
    match anonymous
        .echo_body(&Note {
            title: "t".into(),
            body: Patch::Absent,
            tags: None,
        })
        .await?
    {
        EchoBodyResponse::Unauthorized {
            body,
            www_authenticate,
        } => {
            assert_eq!(body.detail, "Not authenticated");
            assert_eq!(www_authenticate.as_deref(), Some("Bearer"));
        }
        other => panic!("expected 401, got {other:?}"),
    }
    server.stop(false).await;
    Ok(())
}

#[tokio::test]
async fn undocumented_statuses_are_errors_with_the_raw_response() -> anyhow::Result<()> {
    let (base_url, server) = serve().await?;
    // A path the server does not route answers 404, which `echo_path` does not declare:
    // the base URL's prefix makes every request miss.
    let client = RoundtripClient::builder(format!("{base_url}/elsewhere")).build()?;
    match client.echo_path("x").await {
        Err(ClientError::UnexpectedStatus(response)) => {
            assert_eq!(response.status, 404);
            assert!(response.headers.contains_key("content-length"));
        }
        other => panic!("expected an undocumented status, got {other:?}"),
    }
    server.stop(false).await;
    Ok(())
}

#[tokio::test]
async fn unreachable_servers_are_transport_errors() -> anyhow::Result<()> {
    // Port 9 (discard) on loopback is not served here; the connection is refused.
    let client = RoundtripClient::builder("http://127.0.0.1:9").build()?;
    let outcome = client.echo_path("x").await;
    assert!(
        matches!(outcome, Err(ClientError::Transport(_))),
        "{outcome:?}"
    );
    Ok(())
}

/// A server answering every request with 503 (as a proxy with no live backend would),
/// counting the requests it got.
async fn unavailable_server() -> anyhow::Result<(String, Arc<AtomicUsize>)> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base_url = format!("http://{}", listener.local_addr()?);
    let requests = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&requests);
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            counter.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(async move {
                // Read the whole request (headers and the small body these tests send).
                let mut request = Vec::new();
                let mut buffer = [0u8; 4096];
                while let Ok(read) = stream.read(&mut buffer).await {
                    if read == 0 {
                        break;
                    }
                    request.extend_from_slice(&buffer[..read]);
                    if complete(&request) {
                        break;
                    }
                }
                let answer = "HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n\r\n";
                let _ = stream.write_all(answer.as_bytes()).await;
            });
        }
    });
    Ok((base_url, requests))
}

/// Whether `request` holds the headers and as many body bytes as `content-length` says.
fn complete(request: &[u8]) -> bool {
    let text = String::from_utf8_lossy(request);
    let Some((head, body)) = text.split_once("\r\n\r\n") else {
        return false;
    };
    let length = head
        .lines()
        .filter_map(|line| line.split_once(':'))
        .find(|(name, _)| name.trim().eq_ignore_ascii_case("content-length"))
        .and_then(|(_, value)| value.trim().parse::<usize>().ok())
        .unwrap_or(0);
    body.len() >= length
}

#[tokio::test]
async fn retries_are_off_by_default_and_only_for_idempotent_methods() -> anyhow::Result<()> {
    let (base_url, requests) = unavailable_server().await?;
    let note = Note {
        title: "t".into(),
        body: Patch::Absent,
        tags: None,
    };

    let plain = RoundtripClient::builder(base_url.as_str()).build()?;
    let outcome = plain.echo_path("x").await;
    assert_eq!(outcome.err().and_then(|err| err.status()), Some(503));
    assert_eq!(requests.load(Ordering::SeqCst), 1, "no retry by default");

    let retrying = RoundtripClient::builder(base_url.as_str())
        .retry(RetryPolicy::idempotent(2, Duration::from_millis(1)))
        .token_token(TOKEN)
        .build()?;
    requests.store(0, Ordering::SeqCst);
    let outcome = retrying.echo_path("x").await;
    assert_eq!(outcome.err().and_then(|err| err.status()), Some(503));
    assert_eq!(
        requests.load(Ordering::SeqCst),
        3,
        "GET: sent, then retried twice"
    );

    requests.store(0, Ordering::SeqCst);
    let outcome = retrying.echo_body(&note).await;
    assert_eq!(outcome.err().and_then(|err| err.status()), Some(503));
    assert_eq!(requests.load(Ordering::SeqCst), 1, "POST: never retried");
    Ok(())
}
