//! Project tasks: `cargo xtask regen [--check]`, `cargo xtask generate`, `cargo xtask check-specs`.

mod check_specs;
#[cfg(test)]
mod dependency_boundaries;
mod files;
mod generate;
mod regen;

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
    /// Regenerates crates/channels-models, crates/channels-api and crates/channels-client
    /// from openapi/channels.yaml.
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
        /// Base name of the crates (`<name>-models`, `<name>-api`, `<name>-client`).
        #[arg(long)]
        name: String,
    },
    /// Generates every document in the spec corpus into one workspace and runs
    /// `cargo check` and `cargo clippy -D warnings` on it.
    CheckSpecs {
        /// Directory of documents (default: $OPENAPI_SPECS_DIR, else ../shared/specs and tests/specs).
        #[arg(long, env = "OPENAPI_SPECS_DIR")]
        specs: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Regen { check } => regen::run(check),
        Command::Generate { spec, out, name } => generate::run(&spec, &out, &name),
        Command::CheckSpecs { specs } => check_specs::run(specs),
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
