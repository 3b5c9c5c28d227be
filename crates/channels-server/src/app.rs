//! Building and starting the HTTP server.

use std::net::SocketAddr;

use actix_web::dev::ServerHandle;
use actix_web::middleware::from_fn;
use actix_web::{App, HttpResponse, HttpServer, web};
use openapi_runtime::{GlueOptions, respond};
use sea_orm::DatabaseConnection;
use tokio::task::JoinHandle;
use tracing_actix_web::TracingLogger;

use crate::api::ChannelsHandler;
use crate::db::{self, Connections, DatabaseOptions};
use crate::domain::channels::ChannelService;
use crate::domain::key_cache::KeyCacheOptions;
use crate::domain::keys::KeyService;
use crate::group_commit::Writer;
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
    /// Serve `GET /_bench/ceiling`, a constant JSON body behind the same middleware: the
    /// load benchmark's reference for what actix-web alone can do on the machine.
    pub ceiling_route: bool,
    /// How long accepted API keys are remembered.
    pub key_cache: KeyCacheOptions,
}

/// A started server: where it listens, and how to stop it.
pub struct RunningServer {
    addr: SocketAddr,
    handle: ServerHandle,
    task: JoinHandle<std::io::Result<()>>,
    db: DatabaseConnection,
    writer: Writer,
    keys: KeyService,
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

    /// The read pool (on PostgreSQL, the only pool).
    pub fn database(&self) -> &DatabaseConnection {
        &self.db
    }

    /// Where the server's writes go (the batching writer on SQLite).
    pub fn writer(&self) -> &Writer {
        &self.writer
    }

    /// The key service the server authenticates with: a revocation made through it
    /// takes effect on the next request.
    pub fn keys(&self) -> &KeyService {
        &self.keys
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
    let threads = config.workers.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    let connections = db::connect_for_serving(&config.database, threads).await?;
    spawn_with_database(config, connections)
}

fn spawn_with_database(
    config: ServerConfig,
    connections: Connections,
) -> anyhow::Result<RunningServer> {
    let Connections {
        reads: db,
        writer,
        inline_reads,
        thread_reads,
    } = connections;
    let keys = KeyService::with_cache(db.clone(), config.key_cache);
    let channels = ChannelService::with_writer(db.clone(), writer.clone())
        .with_inline_reads(inline_reads)
        .with_thread_reads(thread_reads);
    let handler = web::Data::new(ChannelsHandler::new(channels, keys.clone(), db.clone()));
    let glue_options = GlueOptions {
        body_limit: config.body_limit,
    };
    let ceiling_route = config.ceiling_route;
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
            .configure(|cfg| {
                if ceiling_route {
                    cfg.route("/_bench/ceiling", web::get().to(ceiling));
                }
            })
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
        writer,
        keys,
    })
}

/// A constant JSON answer, built like the API's own answers.
async fn ceiling() -> HttpResponse {
    HttpResponse::Ok().json(CEILING_BODY)
}

#[derive(serde::Serialize)]
struct CeilingBody {
    status: &'static str,
}

const CEILING_BODY: CeilingBody = CeilingBody { status: "ok" };

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
