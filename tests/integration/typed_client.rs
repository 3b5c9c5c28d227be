//! The generated client against the real server: the documented example runs, and what
//! the document does not declare comes back as a typed error with the raw response.

use anyhow::{Result, anyhow};
use channels_client::models::HealthStatus;
use channels_client::models::responses::{HealthResponse, ListChannelsResponse};
use channels_client::{ChannelsClient, ClientError, ListChannelsParams};
use sea_orm::ConnectionTrait;

use crate::support::typed::{day, new_channel};
use crate::support::{Backend, TestApp, backend_tests};

backend_tests!(
    the_documented_example_runs,
    undocumented_statuses_carry_the_raw_response,
);

/// `docs/client-example.rs`, shown in the README and the client crate's documentation.
mod example {
    include!("../../docs/client-example.rs");
}

async fn the_documented_example_runs(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let key = client.key().unwrap_or_default();
    let fetched = example::tour(&app.base_url, key)
        .await
        .map_err(|err| anyhow!("the example failed: {err}"))?;
    assert_eq!(fetched.name, "Support");
    assert!(fetched.business_hours_enabled);
    let hours = fetched
        .business_hours
        .ok_or_else(|| anyhow!("no business hours"))?;
    assert_eq!(hours.monday, Some(day("08:30", "17:00")));
    assert_eq!(hours.friday, Some(day("08:30", "17:00")));
    assert_eq!(hours.saturday, None);
    Ok(())
}

async fn undocumented_statuses_carry_the_raw_response(backend: Backend) -> Result<()> {
    let app = TestApp::start(backend).await?;
    let client = app.client_for("acme").await?;
    let api = client.typed();
    assert!(matches!(
        api.list_channels(&ListChannelsParams::default()).await?,
        ListChannelsResponse::Ok(_)
    ));
    let anonymous = ChannelsClient::builder(app.base_url.as_str()).build()?;
    assert_eq!(
        anonymous.health().await?,
        HealthResponse::Ok(HealthStatus {
            status: "ok".to_owned()
        })
    );

    // The document declares no 500; a failing database produces one.
    app.db.execute_unprepared("DROP TABLE channels").await?;
    let traced = api.with_request_id("trace-me-42");
    match traced.create_channel(&new_channel("x", "email")).await {
        Err(ClientError::UnexpectedStatus(response)) => {
            assert_eq!(response.status, 500);
            assert_eq!(response.text(), r#"{"detail":"Internal Server Error"}"#);
            // The server echoes the id the client sent.
            assert_eq!(
                response.header("x-request-id").as_deref(),
                Some("trace-me-42")
            );
        }
        other => anyhow::bail!("expected an undocumented 500, got {other:?}"),
    }
    // Without a chosen id, the client generates one per request.
    let first = api.get_channel(1).await.err().and_then(|err| {
        err.response()
            .and_then(|response| response.header("x-request-id"))
    });
    let second = api.get_channel(1).await.err().and_then(|err| {
        err.response()
            .and_then(|response| response.header("x-request-id"))
    });
    assert!(
        first.as_ref().is_some_and(|id| id.len() == 32) && first != second,
        "{first:?} {second:?}"
    );
    Ok(())
}
