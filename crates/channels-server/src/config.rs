//! Command-line options, each with an environment-variable fallback.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::db::{DatabaseOptions, PostgresReads, SqliteDurability, SqliteReads};
use crate::domain::key_cache::KeyCacheOptions;

#[derive(Debug, Parser)]
#[command(name = "channels-server", version, about = "The Channels API server")]
pub struct Cli {
    #[command(flatten)]
    pub database: DatabaseArgs,

    #[command(flatten)]
    pub logging: LoggingArgs,

    /// Options of `serve`, which runs when no subcommand is given.
    #[command(flatten)]
    pub serve: ServeArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the HTTP server (the default).
    Serve(ServeArgs),
    /// Manage API keys.
    #[command(subcommand)]
    Keys(KeysCommand),
}

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Issue a new key for a tenant (created if needed); prints only the key.
    Create {
        /// The tenant's name.
        #[arg(long)]
        tenant: String,
    },
    /// List every key: prefix, tenant, creation and revocation times.
    List,
    /// Revoke the active key with this prefix (as shown by `keys list`) or the whole key.
    Revoke { prefix: String },
}

#[derive(Clone, Debug, Args)]
pub struct DatabaseArgs {
    /// Database URL: `sqlite://PATH?mode=rwc` or `postgres://...`. Default: channels.db
    /// in the data directory.
    #[arg(long, env = "DATABASE_URL", global = true, hide_env_values = true)]
    pub database_url: Option<String>,

    /// Directory of the default SQLite database.
    #[arg(long, env = "CHANNELS_DATA_DIR", global = true, default_value = ".")]
    pub data_dir: PathBuf,

    /// Largest number of pooled database connections.
    #[arg(
        long,
        env = "CHANNELS_MAX_CONNECTIONS",
        global = true,
        default_value_t = 10
    )]
    pub max_connections: u32,

    /// Connections kept open while idle.
    #[arg(
        long,
        env = "CHANNELS_MIN_CONNECTIONS",
        global = true,
        default_value_t = 1
    )]
    pub min_connections: u32,

    /// SQLite only: `full` acknowledges a write once it is on disk (survives a power
    /// cut); `normal` once the operating system has it (survives a crash of the server,
    /// not of the machine), which is faster.
    #[arg(
        long,
        env = "CHANNELS_SQLITE_DURABILITY",
        global = true,
        value_enum,
        default_value_t = SqliteDurability::Full
    )]
    pub sqlite_durability: SqliteDurability,

    /// SQLite only: `inline` reads channels on the request's thread over a connection
    /// of that thread; `pool` through the sqlx pool (one thread hand-off per statement;
    /// kept for comparison in benchmarks).
    #[arg(
        long,
        env = "CHANNELS_SQLITE_READS",
        global = true,
        value_enum,
        default_value_t = SqliteReads::Inline
    )]
    pub sqlite_reads: SqliteReads,

    /// PostgreSQL only: `thread` reads channels through a small pool of each request's
    /// thread (its connections' I/O stays on that thread); `shared` through the one pool
    /// (kept for comparison in benchmarks).
    #[arg(
        long,
        env = "CHANNELS_POSTGRES_READS",
        global = true,
        value_enum,
        default_value_t = PostgresReads::Thread
    )]
    pub postgres_reads: PostgresReads,
}

impl DatabaseArgs {
    pub fn options(&self) -> DatabaseOptions {
        let url = self.database_url.clone().unwrap_or_else(|| {
            format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("channels.db").display()
            )
        });
        DatabaseOptions {
            url,
            max_connections: self.max_connections,
            min_connections: self.min_connections.min(self.max_connections),
            sqlite_durability: self.sqlite_durability,
            sqlite_reads: self.sqlite_reads,
            postgres_reads: self.postgres_reads,
        }
    }
}

#[derive(Clone, Debug, Args)]
pub struct LoggingArgs {
    /// Log filter: a level (`info`) or directives (`info,sqlx=warn`).
    #[arg(
        long,
        env = "CHANNELS_LOG_LEVEL",
        global = true,
        default_value = "info"
    )]
    pub log_level: String,

    /// Log line format.
    #[arg(long, env = "CHANNELS_LOG_FORMAT", global = true, value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Clone, Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on; port 0 picks a free port (the chosen address is logged).
    #[arg(long, env = "CHANNELS_BIND", default_value = "127.0.0.1:8000")]
    pub bind: SocketAddr,

    /// HTTP worker threads. Default: one per CPU.
    #[arg(long, env = "CHANNELS_WORKERS")]
    pub workers: Option<usize>,

    /// Largest accepted request body, in bytes.
    #[arg(long, env = "CHANNELS_BODY_LIMIT", default_value_t = openapi_runtime::GlueOptions::DEFAULT_BODY_LIMIT)]
    pub body_limit: usize,

    /// How long an accepted API key is trusted without asking the database again, in
    /// milliseconds: the longest a key revoked by another process (`keys revoke`, another
    /// replica) keeps working here. 0 asks the database on every request.
    #[arg(long, env = "CHANNELS_KEY_CACHE_TTL_MS", default_value_t = 5000)]
    pub key_cache_ttl_ms: u64,

    /// Serve the constant-JSON route `GET /_bench/ceiling` (used by `cargo xtask bench`).
    #[arg(long, hide = true)]
    pub bench_ceiling_route: bool,
}

impl ServeArgs {
    pub fn key_cache(&self) -> KeyCacheOptions {
        KeyCacheOptions {
            ttl: std::time::Duration::from_millis(self.key_cache_ttl_ms),
            ..KeyCacheOptions::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn serve_is_the_default_subcommand() -> Result<(), clap::Error> {
        let cli =
            Cli::try_parse_from(["channels-server", "--bind", "127.0.0.1:0", "--workers", "3"])?;
        assert!(cli.command.is_none());
        assert_eq!(cli.serve.bind.port(), 0);
        assert_eq!(cli.serve.workers, Some(3));

        let cli = Cli::try_parse_from(["channels-server", "serve", "--bind", "127.0.0.1:9"])?;
        let Some(Command::Serve(serve)) = cli.command else {
            panic!("expected serve, got {:?}", cli.command);
        };
        assert_eq!(serve.bind.port(), 9);
        Ok(())
    }

    #[test]
    fn keys_take_the_shared_database_options() -> Result<(), clap::Error> {
        let cli = Cli::try_parse_from([
            "channels-server",
            "keys",
            "create",
            "--tenant",
            "acme",
            "--database-url",
            "sqlite://elsewhere.db?mode=rwc",
            "--max-connections",
            "2",
        ])?;
        assert!(matches!(
            cli.command,
            Some(Command::Keys(KeysCommand::Create { ref tenant })) if tenant == "acme"
        ));
        let options = cli.database.options();
        assert_eq!(options.url, "sqlite://elsewhere.db?mode=rwc");
        assert_eq!(options.max_connections, 2);
        assert!(options.min_connections <= options.max_connections);
        Ok(())
    }

    #[test]
    fn default_database_lives_in_the_data_dir() -> Result<(), clap::Error> {
        let cli = Cli::try_parse_from(["channels-server", "--data-dir", "/var/lib/channels"])?;
        if cli.database.database_url.is_some() {
            // DATABASE_URL is set in this environment; the default does not apply.
            return Ok(());
        }
        assert_eq!(
            cli.database.options().url,
            "sqlite:///var/lib/channels/channels.db?mode=rwc"
        );
        Ok(())
    }
}
