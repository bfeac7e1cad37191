//! `wayfinder-server`: the team's sync server. `serve` starts it on an address with its data in
//! a folder (an SQLite file); `create-workspace` reserves a workspace and prints the code the
//! creator's app needs to make it. Put TLS in front of it with a reverse proxy (README).

use anyhow::Context;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::sync::Arc;
use wayfinder_server::sqlite::SqliteStore;

#[derive(Parser)]
#[command(
    name = "wayfinder-server",
    version,
    about = "Wayfinder's team sync server"
)]
struct Cli {
    /// The folder that holds the server's data.
    #[arg(long, default_value = "wayfinder-server-data", global = true)]
    data: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serves the sync protocol on an address.
    Serve {
        #[arg(long, default_value = "127.0.0.1:8787")]
        listen: String,
        /// The most one member may store, in GiB: her sealed edits and her originals.
        #[arg(long, default_value_t = 200)]
        member_quota_gib: u64,
    },
    /// Reserves a workspace and prints the one-time code its creator's app needs.
    CreateWorkspace,
}

fn store(data: &std::path::Path) -> anyhow::Result<SqliteStore> {
    std::fs::create_dir_all(data).with_context(|| format!("cannot create {}", data.display()))?;
    SqliteStore::open(&data.join("server.db")).context("cannot open the server's database")
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve {
            listen,
            member_quota_gib,
        } => {
            let store = Arc::new(store(&cli.data)?);
            let blobs = wayfinder_server::blob_folder(&cli.data)
                .with_context(|| format!("cannot use {}", cli.data.join("blobs").display()))?;
            let listener = tokio::net::TcpListener::bind(&listen)
                .await
                .with_context(|| format!("cannot listen on {listen}"))?;
            eprintln!("wayfinder-server listening on {}", listener.local_addr()?);
            let limits = wayfinder_server::Limits {
                member_bytes: member_quota_gib.saturating_mul(1 << 30),
            };
            wayfinder_server::serve_with(listener, store, blobs, limits).await?;
        }
        Command::CreateWorkspace => {
            let store = store(&cli.data)?;
            let (workspace, code) = wayfinder_server::reserve_workspace(&store)?;
            let code = wayfinder_sync::CreationCode { workspace, code };
            #[allow(clippy::print_stdout)]
            {
                println!(
                    "Workspace reserved. Give its creator this code, once, outside this server:"
                );
                println!("{}", code.to_text());
                println!(
                    "In Wayfinder she opens Team, chooses \"Create the team\", and enters this server's address and the code."
                );
            }
        }
    }
    Ok(())
}
