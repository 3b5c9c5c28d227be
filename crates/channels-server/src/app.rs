//! Building and starting the HTTP server.

use std::net::SocketAddr;

use actix_web::dev::ServerHandle;
use actix_web::middleware::from_fn;
use actix_web::{App, HttpServer, web};
use openapi_runtime::{GlueOptions, respond};
use sea_orm::DatabaseConnection;
use tokio::task::JoinHandle;
use tracing_actix_web::TracingLogger;

use crate::api::ChannelsHandler;
use crate::db::{self, DatabaseOptions};
use crate::{docs, panic_guard, request_id};

/// Everything needed to start a server.
#[derive(Clone, Debug)]
pub struct ServerConfig {
    pub bind: SocketAddr,
    pub database: DatabaseOptions,
    /// HTTP worker threads; `None` for one per CPU.
    pub workers: Option<usize>,
    pub body_limit: usize,
    /// Stop gracefully on SIGINT or SIGTERM. Off for servers embedded in tests.
    pub handle_signals: bool,
}

/// A started server: where it listens, and how to stop it.
pub struct RunningServer {
    addr: SocketAddr,
    handle: ServerHandle,
    task: JoinHandle<std::io::Result<()>>,
    db: DatabaseConnection,
}

impl RunningServer {
    /// The address actually bound (useful with port 0).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Controls the server without owning it (stop it from elsewhere).
    pub fn handle(&self) -> ServerHandle {
        self.handle.clone()
    }

    pub fn database(&self) -> &DatabaseConnection {
        &self.db
    }

    /// Waits until the server stops (on a signal), then closes the database pool.
    pub async fn wait(self) -> anyhow::Result<()> {
        self.task.await??;
        self.db.close().await?;
        Ok(())
    }
}

/// Connects to the database (applying migrations) and starts serving.
pub async fn spawn(config: ServerConfig) -> anyhow::Result<RunningServer> {
    let db = db::connect(&config.database).await?;
    spawn_with_database(config, db)
}

fn spawn_with_database(
    config: ServerConfig,
    db: DatabaseConnection,
) -> anyhow::Result<RunningServer> {
    let handler = web::Data::new(ChannelsHandler::new(db.clone()));
    let glue_options = GlueOptions {
        body_limit: config.body_limit,
    };
    let mut server = HttpServer::new(move || {
        let handler = handler.clone();
        App::new()
            // Errors raised outside the generated glue (docs routes, actix itself) are
            // answered as JSON too.
            .wrap(respond::json_errors())
            .wrap(from_fn(panic_guard::catch_panics))
            .wrap(TracingLogger::<request_id::RequestSpan>::new())
            // Registered last, so it runs first: the logger then sees the request id.
            .wrap(from_fn(request_id::ensure_request_id))
            .configure(docs::configure)
            .configure(|cfg| channels_api::configure(cfg, handler, glue_options))
            .default_service(web::to(respond::not_found_handler))
    })
    .bind(config.bind)?;
    if let Some(workers) = config.workers {
        server = server.workers(workers);
    }
    server = if config.handle_signals {
        server.shutdown_signal(stop_requested())
    } else {
        server.disable_signals()
    };
    let addr = server
        .addrs()
        .first()
        .copied()
        .ok_or_else(|| anyhow::anyhow!("bound no address for {}", config.bind))?;
    let server = server.run();
    let handle = server.handle();
    let task = tokio::spawn(server);
    Ok(RunningServer {
        addr,
        handle,
        task,
        db,
    })
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM. Both stop the server gracefully: actix's own
/// handling would drop requests in flight on SIGINT.
async fn stop_requested() {
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut terminate) => {
                terminate.recv().await;
            }
            Err(err) => {
                tracing::warn!(error = %err, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        () = terminate => {}
    }
    tracing::info!("shutting down: finishing requests in flight");
}
