//! The command line: `serve` (the default) and `keys create|list|revoke`.

use std::io::Write;

use crate::app::{self, ServerConfig};
use crate::config::{Cli, Command, DatabaseArgs, KeysCommand, ServeArgs};
use crate::db;
use crate::domain::keys::KeyService;
use crate::telemetry;

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    telemetry::init(&cli.logging)?;
    match cli.command {
        None => serve(&cli.database, &cli.serve).await,
        Some(Command::Serve(serve_args)) => serve(&cli.database, &serve_args).await,
        Some(Command::Keys(command)) => keys(&cli.database, command).await,
    }
}

async fn serve(database: &DatabaseArgs, args: &ServeArgs) -> anyhow::Result<()> {
    let config = ServerConfig {
        bind: args.bind,
        database: database.options(),
        workers: args.workers,
        body_limit: args.body_limit,
        handle_signals: true,
        ceiling_route: args.bench_ceiling_route,
        key_cache: args.key_cache(),
    };
    let server = app::spawn(config).await?;
    tracing::info!(address = %server.addr(), "listening");
    let first_key = server.keys().issue_first_key().await?;
    if let Some(issued) = first_key {
        // Shown once, on the terminal only: it is not logged and cannot be recovered.
        println!(
            "No API key existed, so one was created for tenant \"{}\":\n\n    {}\n\n\
             Keep it: it is not shown again. To try the API, open http://{}/docs and click Authorize.",
            issued.tenant,
            issued.key,
            server.addr()
        );
    }
    server.wait().await?;
    tracing::info!("stopped");
    Ok(())
}

async fn keys(database: &DatabaseArgs, command: KeysCommand) -> anyhow::Result<()> {
    let db = db::connect(&database.options()).await?;
    let keys = KeyService::new(db.clone());
    let mut out = std::io::stdout().lock();
    match command {
        KeysCommand::Create { tenant } => {
            let issued = keys.issue(&tenant).await?;
            writeln!(out, "{}", issued.key)?;
        }
        KeysCommand::List => {
            writeln!(out, "PREFIX\tTENANT\tCREATED\tREVOKED")?;
            for key in keys.list().await? {
                let revoked = key
                    .revoked_at
                    .map(|at| at.to_rfc3339())
                    .unwrap_or_else(|| "-".to_owned());
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}",
                    key.prefix,
                    key.tenant,
                    key.created_at.to_rfc3339(),
                    revoked
                )?;
            }
        }
        KeysCommand::Revoke { prefix } => {
            keys.revoke(&prefix).await?;
            writeln!(out, "revoked {prefix}")?;
        }
    }
    db.close().await?;
    Ok(())
}
