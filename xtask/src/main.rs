//! Project tasks: `cargo xtask regen [--check]`, `cargo xtask generate`, `cargo xtask check-specs`.

mod check_specs;
mod files;
mod generate;
mod regen;
mod round_trip;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(about = "Project tasks for the OpenAPI toolchain")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerates crates/channels-models and crates/channels-api from openapi/channels.yaml.
    Regen {
        /// Writes nothing; fails with a diff when the committed files are stale.
        #[arg(long)]
        check: bool,
    },
    /// Generates the crates for any document into a self-contained workspace.
    Generate {
        /// The OpenAPI document (YAML or JSON).
        #[arg(long)]
        spec: PathBuf,
        /// The output directory (created if missing).
        #[arg(long)]
        out: PathBuf,
        /// Base name of the crates (`<name>-models`, `<name>-api`).
        #[arg(long)]
        name: String,
    },
    /// Generates every document in the spec corpus into one workspace and runs
    /// `cargo check` and `cargo clippy -D warnings` on it.
    CheckSpecs {
        /// Directory of documents (default: $OPENAPI_SPECS_DIR, else ../shared/specs and
        /// tests/specs).
        #[arg(long, env = "OPENAPI_SPECS_DIR")]
        specs: Option<PathBuf>,
        /// Also builds and runs the round trips of every component schema through its
        /// generated type (a full build of every models crate: slow).
        #[arg(long)]
        round_trips: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Regen { check } => regen::run(check),
        Command::Generate { spec, out, name } => generate::run(&spec, &out, &name),
        Command::CheckSpecs { specs, round_trips } => check_specs::run(specs, round_trips),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
