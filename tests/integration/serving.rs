//! What the server serves besides the API: the document, the documentation pages,
//! health and readiness, request ids.

use anyhow::{Context, Result};
use channels_client::models::responses::{HealthResponse, ReadyResponse};
use reqwest::StatusCode;
use reqwest::header::{CONTENT_SECURITY_POLICY, CONTENT_TYPE, LOCATION};
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

use crate::support::{Backend, TestApp, backend_tests};

backend_tests!(health_and_readiness, database_failures_are_bare_json_500s);

async fn health_and_readiness(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let anonymous = app.anonymous();
    let api = anonymous.typed();
    assert!(matches!(api.health().await?, HealthResponse::Ok(_)));
    assert!(matches!(api.ready().await?, ReadyResponse::Ok(_)));

    // Without its database the server is alive but not ready.
    app.db.clone().close().await?;
    let not_ready = api.ready().await?;
    assert!(
        matches!(not_ready, ReadyResponse::ServiceUnavailable(_)),
        "{not_ready:?}"
    );
    assert!(matches!(api.health().await?, HealthResponse::Ok(_)));
    Ok(())
}

async fn database_failures_are_bare_json_500s(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    assert_eq!(client.get("/api/v1/channels").await?.status, StatusCode::OK);
    // Keys still resolve, but every channel query now fails inside the database.
    app.db.execute_unprepared("DROP TABLE channels").await?;
    for reply in [
        client.get("/api/v1/channels").await?,
        client.get("/api/v1/channels/1").await?,
        client
            .post(
                "/api/v1/channels",
                json!({"name": "x", "channel_type": "email"}),
            )
            .await?,
    ] {
        assert_eq!(reply.status, StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(
            reply.body,
            json!({"detail": "Internal Server Error"}),
            "no internals"
        );
    }
    // The server is still up and answering.
    assert_eq!(
        app.anonymous().get("/healthz").await?.status,
        StatusCode::OK
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn openapi_json_is_the_spec() -> Result<()> {
    let app = TestApp::start(Backend::Sqlite).await?;
    let served = app.anonymous().get("/openapi.json").await?;
    assert_eq!(served.status, StatusCode::OK);
    let spec_path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../openapi/channels.yaml");
    let text = std::fs::read_to_string(spec_path).with_context(|| spec_path.to_owned())?;
    let spec: Value = yaml_serde::from_str(&text)?;
    assert_eq!(
        served.body, spec,
        "/openapi.json differs from openapi/channels.yaml: is channels-api regenerated (`cargo xtask regen`)?"
    );
    assert_eq!(served.body["info"]["title"], "Channels API");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn documentation_pages_are_html_and_self_contained() -> Result<()> {
    let app = TestApp::start(Backend::Sqlite).await?;
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let url = |path: &str| format!("{}{path}", app.base_url);

    let redirect = http.get(url("/docs")).send().await?;
    assert!(redirect.status().is_redirection());
    assert_eq!(
        redirect
            .headers()
            .get(LOCATION)
            .and_then(|v| v.to_str().ok()),
        Some("/docs/")
    );

    let swagger = http.get(url("/docs/")).send().await?;
    assert_eq!(swagger.status(), StatusCode::OK);
    assert!(content_type(&swagger).starts_with("text/html"));
    let swagger_html = swagger.text().await?;
    assert!(swagger_html.contains("swagger-ui"), "Swagger UI page");

    let swagger_config = http
        .get(url("/docs/swagger-initializer.js"))
        .send()
        .await?
        .text()
        .await?;
    assert!(
        swagger_config.contains("/openapi.json"),
        "Swagger UI loads our document"
    );

    let redoc = http.get(url("/redoc")).send().await?;
    assert_eq!(redoc.status(), StatusCode::OK);
    assert!(content_type(&redoc).starts_with("text/html"));
    let csp = redoc
        .headers()
        .get(CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(
        csp.contains("img-src 'self' data:") && csp.contains("default-src 'self'"),
        "{csp}"
    );
    let page = redoc.text().await?;
    assert!(page.contains("/openapi.json") && page.contains("/redoc/redoc.standalone.js"));
    assert!(!page.contains("https://"), "nothing from a CDN");

    let script = http.get(url("/redoc/redoc.standalone.js")).send().await?;
    assert_eq!(script.status(), StatusCode::OK);
    assert!(content_type(&script).contains("javascript"));
    assert!(script.bytes().await?.len() > 100_000, "the whole bundle");
    Ok(())
}

fn content_type(response: &reqwest::Response) -> String {
    response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn request_ids_are_echoed_or_generated() -> Result<()> {
    let app = TestApp::start(Backend::Sqlite).await?;
    let http = reqwest::Client::new();
    let url = format!("{}/healthz", app.base_url);

    let echoed = http
        .get(&url)
        .header("x-request-id", "client-chosen-42")
        .send()
        .await?;
    assert_eq!(
        echoed
            .headers()
            .get("x-request-id")
            .and_then(|v| v.to_str().ok()),
        Some("client-chosen-42")
    );

    let first = http.get(&url).send().await?;
    let second = http.get(&url).send().await?;
    let id = |r: &reqwest::Response| {
        r.headers()
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let (first, second) = (id(&first), id(&second));
    assert!(
        first.as_deref().is_some_and(|id| id.len() >= 16),
        "{first:?}"
    );
    assert_ne!(first, second, "a new id per request");

    // Also on errors, also on unknown paths.
    let unknown = http.get(format!("{}/nope", app.base_url)).send().await?;
    assert!(unknown.headers().contains_key("x-request-id"));
    assert_eq!(
        unknown.json::<Value>().await?,
        json!({"detail": "Not Found"})
    );
    Ok(())
}
