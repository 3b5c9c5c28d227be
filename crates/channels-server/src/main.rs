use clap::Parser;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    channels_server::cli::run(channels_server::config::Cli::parse()).await
}
