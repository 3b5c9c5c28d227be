//! Project tasks: `cargo xtask regen [--check]`, `cargo xtask generate`, `cargo xtask check-specs`,
//! `cargo xtask diff`, `cargo xtask bench [--quick]`, `cargo xtask bench-generator`,
//! `cargo xtask check-features`.

mod bench;
mod check_specs;
#[cfg(test)]
mod dependency_boundaries;
mod diff;
mod features;
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
        /// Directory of documents (default: $OPENAPI_SPECS_DIR, else ../shared/specs and
        /// tests/specs).
        #[arg(long, env = "OPENAPI_SPECS_DIR")]
        specs: Option<PathBuf>,
        /// Builds the generated crates (linted by clippy's driver) instead of only checking
        /// them, and runs the round trips: every component schema through its generated
        /// type, and requests breaking a constraint through the generated glue (422).
        #[arg(long)]
        round_trips: bool,
    },
    /// Compares two versions of a document and classifies every change as breaking,
    /// potentially breaking or compatible (see docs/api-changes.md).
    Diff {
        /// The published version: a git revision (read with `git show REV:SPEC`) or a file.
        #[arg(long, default_value = "HEAD")]
        base: String,
        /// The revised document (default: openapi/channels.yaml as in the working tree).
        #[arg(long)]
        spec: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "text")]
        format: diff::OutputFormat,
        /// Exit with an error on changes at this level or worse, unless a major bump of
        /// info.version acknowledges them.
        #[arg(long, value_enum)]
        fail_on: Option<diff::FailOn>,
    },
    /// Load benchmark of the release server with `wrk` (SQLite and PostgreSQL); prints one table.
    Bench(bench::BenchArgs),
    /// Fails when `cargo test --workspace` would rebuild dependencies `cargo run` built
    /// (features not aligned by crates/workspace-hack).
    CheckFeatures,
    /// Times the generator on channels.yaml, the corpus's largest document and synthetic
    /// documents of 100, 1,000 and 5,000 operations.
    BenchGenerator {
        /// Directory of documents (default: $OPENAPI_SPECS_DIR, else ../shared/specs).
        #[arg(long, env = "OPENAPI_SPECS_DIR")]
        specs: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Regen { check } => regen::run(check),
        Command::Generate { spec, out, name } => generate::run(&spec, &out, &name),
        Command::CheckSpecs { specs, round_trips } => check_specs::run(specs, round_trips),
        Command::Diff {
            base,
            spec,
            format,
            fail_on,
        } => diff::run(&diff::Options {
            base,
            spec,
            format,
            fail_on,
        }),
        Command::Bench(args) => bench::run(args),
        Command::CheckFeatures => features::run(),
        Command::BenchGenerator { specs } => bench::generator::run(specs),
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
