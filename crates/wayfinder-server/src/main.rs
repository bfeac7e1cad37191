//! `wayfinder-server`: the team's sync server. `serve` starts it on an address with its data in
//! a folder (an SQLite file and the blobs' chunks) or, by configuration (`--config` and the
//! environment, `config`), on PostgreSQL and an S3-compatible bucket, as many processes as
//! needed; `create-workspace` reserves a workspace and prints the code the creator's app needs
//! to make it. Put TLS in front of it with a reverse proxy (README).

use anyhow::Context;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::sync::Arc;
use wayfinder_server::Store;
use wayfinder_server::postgres::PgStore;
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
    /// A configuration file naming PostgreSQL and an S3-compatible bucket instead (README,
    /// "Running on PostgreSQL and S3"); the environment's WAYFINDER_* variables win over it.
    #[arg(long, global = true)]
    config: Option<PathBuf>,
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
    /// Lists every member of every workspace: role, admitted or waiting, when last seen, open
    /// sessions, name. Nothing she wrote: the server cannot read it.
    Members,
    /// Ends every session of a member (a lost or stolen laptop): her devices must log in
    /// again, which a removed member cannot.
    EndSessions {
        /// The workspace, as `members` prints it.
        #[arg(long)]
        workspace: String,
        /// The member, as `members` prints it.
        #[arg(long)]
        member: String,
    },
    /// Turns away a member still waiting to be admitted (an invitation that fell into the
    /// wrong hands): her row, sessions and challenges go.
    TurnAway {
        #[arg(long)]
        workspace: String,
        #[arg(long)]
        member: String,
    },
    /// Moves a team from the SQLite file and blob folder in `--from` to the PostgreSQL
    /// database and bucket the configuration names (both must be named), then checks every
    /// table by count and hash and every chunk by SHA-256. Run again, it changes nothing.
    /// Stop the old server first.
    Migrate {
        /// The old server's data folder.
        #[arg(long)]
        from: PathBuf,
    },
    /// Copies the data folder into a new folder while the server may be serving; to restore,
    /// serve with `--data` pointed at the copy.
    Backup {
        /// The new folder to write the copy into.
        #[arg(long)]
        to: PathBuf,
    },
}

/// The store the configuration names: PostgreSQL, or the SQLite file in `data`. A server
/// started while PostgreSQL cannot be reached waits for it, saying so, when `wait` is set.
fn store(cli: &Cli, wait: bool) -> anyhow::Result<Arc<dyn Store>> {
    let backends =
        wayfinder_server::config::backends(cli.config.as_deref(), |name| std::env::var(name).ok())?;
    if let Some(database) = backends.database {
        loop {
            match PgStore::connect(&database) {
                Ok(store) => return Ok(Arc::new(store)),
                Err(e @ wayfinder_server::StoreError::TooNew { .. }) => return Err(e.into()),
                Err(e) if wait => {
                    tracing::warn!(
                        event = "waiting-for-database",
                        detail = %e,
                        "waiting for PostgreSQL; trying again in 2 s"
                    );
                    std::thread::sleep(std::time::Duration::from_secs(2));
                }
                Err(e) => return Err(e).context("cannot use PostgreSQL"),
            }
        }
    }
    let data = &cli.data;
    std::fs::create_dir_all(data).with_context(|| format!("cannot create {}", data.display()))?;
    Ok(Arc::new(
        SqliteStore::open(&data.join("server.db")).context("cannot open the server's database")?,
    ))
}

/// Where blobs' chunks go: the bucket the configuration names, or the folder in `data`.
fn blobs(cli: &Cli) -> anyhow::Result<wayfinder_server::Blobs> {
    let backends =
        wayfinder_server::config::backends(cli.config.as_deref(), |name| std::env::var(name).ok())?;
    match backends.bucket {
        Some(bucket) => wayfinder_server::Blobs::s3(&bucket)
            .with_context(|| format!("cannot use the bucket {}", bucket.bucket)),
        None => wayfinder_server::blob_folder(&cli.data)
            .with_context(|| format!("cannot use {}", cli.data.join("blobs").display())),
    }
}

/// A workspace and a member as `members` prints them (hex).
fn ids(
    workspace: &str,
    member: &str,
) -> anyhow::Result<(wayfinder_sync::WorkspaceId, wayfinder_sync::MemberId)> {
    let bytes = |text: &str, what: &str| -> anyhow::Result<[u8; 16]> {
        hex::decode(text.trim())
            .ok()
            .and_then(|b| b.try_into().ok())
            .with_context(|| format!("{what} is 32 hexadecimal digits, as `members` prints it"))
    };
    Ok((
        wayfinder_sync::WorkspaceId(bytes(workspace, "the workspace")?),
        wayfinder_sync::MemberId(bytes(member, "the member")?),
    ))
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    // The store's calls block (PostgreSQL's wait on a runtime of their own): the commands run
    // on a blocking thread, the server's requests on Tokio's blocking pool.
    match &cli.command {
        Command::Serve {
            listen,
            member_quota_gib,
        } => {
            let (listen, member_quota_gib) = (listen.clone(), *member_quota_gib);
            // The log: JSON lines on standard error, at the level WAYFINDER_LOG names (info).
            tracing_subscriber::fmt()
                .json()
                .with_writer(std::io::stderr)
                .with_env_filter(
                    tracing_subscriber::EnvFilter::try_from_env("WAYFINDER_LOG")
                        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
                )
                .init();
            let store = tokio::task::block_in_place(|| store(&cli, true))?;
            let blobs = blobs(&cli)?;
            let listener = tokio::net::TcpListener::bind(&listen)
                .await
                .with_context(|| format!("cannot listen on {listen}"))?;
            tracing::info!(
                event = "listening",
                address = %listener.local_addr()?,
                "wayfinder-server listening"
            );
            let limits = wayfinder_server::Limits {
                member_bytes: member_quota_gib.saturating_mul(1 << 30),
            };
            wayfinder_server::serve_with(listener, store, blobs, limits).await?;
        }
        Command::Backup { to } => {
            let backends = wayfinder_server::config::backends(cli.config.as_deref(), |name| {
                std::env::var(name).ok()
            })?;
            if backends.database.is_some() || backends.bucket.is_some() {
                anyhow::bail!(
                    "backup copies the SQLite file and the blob folder; on PostgreSQL use pg_dump, and the bucket's own versioning or replication (README, \"Backing up and restoring\")"
                );
            }
            wayfinder_server::backup(&cli.data, to)?;
            eprintln!("backed up {} into {}", cli.data.display(), to.display());
        }
        Command::Migrate { from } => {
            let backends = wayfinder_server::config::backends(cli.config.as_deref(), |name| {
                std::env::var(name).ok()
            })?;
            let (Some(database), Some(bucket)) = (backends.database, backends.bucket) else {
                anyhow::bail!(
                    "migrate needs the PostgreSQL database and the bucket to move into: name both in --config or WAYFINDER_DATABASE_URL and WAYFINDER_S3_BUCKET"
                );
            };
            let db = from.join("server.db");
            if !db.exists() {
                anyhow::bail!(
                    "{} holds no server.db: --from is the old server's data folder",
                    from.display()
                );
            }
            let report = tokio::task::block_in_place(|| -> anyhow::Result<_> {
                let source =
                    SqliteStore::open(&db).context("cannot open the old server's database")?;
                let folder = wayfinder_server::blob_folder(from)
                    .with_context(|| format!("cannot use {}", from.join("blobs").display()))?;
                let target = PgStore::connect(&database).context("cannot use PostgreSQL")?;
                let to = wayfinder_server::Blobs::s3(&bucket)
                    .with_context(|| format!("cannot use the bucket {}", bucket.bucket))?;
                Ok(wayfinder_server::migrate::migrate(
                    &source, &folder, &target, &to,
                )?)
            })?;
            #[allow(clippy::print_stdout)]
            {
                for table in &report.tables {
                    println!(
                        "{:<12} {:>10} rows  sha256 {}",
                        table.table,
                        table.rows,
                        hex::encode(table.sha256)
                    );
                }
                println!(
                    "{:<12} {:>10} chunks, {} bytes, each the same in the bucket",
                    "blobs", report.objects, report.object_bytes
                );
                println!(
                    "{}",
                    if report.wrote {
                        "Migrated, and checked: every row and chunk is in PostgreSQL and the bucket."
                    } else {
                        "Everything was there already: nothing changed."
                    }
                );
            }
        }
        Command::Members => {
            let store = tokio::task::block_in_place(|| store(&cli, false))?;
            let now = u64::try_from(chrono::Utc::now().timestamp_millis()).unwrap_or(0);
            let members = store.members(now)?;
            if members.is_empty() {
                eprintln!("No member yet: a workspace's creator is its first.");
            }
            #[allow(clippy::print_stdout)]
            for m in members {
                let seen = m
                    .last_seen_millis
                    .and_then(|s| chrono::DateTime::from_timestamp_millis(i64::try_from(s).ok()?))
                    .map_or_else(
                        || "never".to_owned(),
                        |t| t.format("%Y-%m-%d %H:%M UTC").to_string(),
                    );
                println!(
                    "{}  {}  {:<11} {:<8}  last seen {:<20}  {} session(s)  {}",
                    hex::encode(m.workspace.0),
                    hex::encode(m.member.0),
                    m.role.as_str(),
                    if m.admitted { "admitted" } else { "waiting" },
                    seen,
                    m.sessions,
                    m.name
                );
            }
        }
        Command::EndSessions { workspace, member } => {
            let store = tokio::task::block_in_place(|| store(&cli, false))?;
            let (workspace, member) = ids(workspace, member)?;
            let ended = store.end_sessions(workspace, member)?;
            eprintln!("ended {ended} session(s)");
        }
        Command::TurnAway { workspace, member } => {
            let store = tokio::task::block_in_place(|| store(&cli, false))?;
            let (workspace, member) = ids(workspace, member)?;
            let waiting = store
                .members(0)?
                .into_iter()
                .any(|m| m.workspace == workspace && m.member == member && !m.admitted);
            if !waiting {
                anyhow::bail!(
                    "no member waiting with that id in that workspace: an admitted member is removed by an admin in the app"
                );
            }
            store.turn_away(workspace, &[member])?;
            eprintln!("turned away");
        }
        Command::CreateWorkspace => {
            let store = tokio::task::block_in_place(|| store(&cli, false))?;
            let (workspace, code) = wayfinder_server::reserve_workspace(store.as_ref())?;
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
