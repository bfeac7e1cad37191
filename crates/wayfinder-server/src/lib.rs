//! The team's sync server as a library: an axum router over a [`Store`], served on whatever
//! listener the caller binds (the binary binds an address; tests bind port 0). It checks what
//! it can without reading anything: who is logged in, that each operation and envelope is
//! signed by its sender's key, that a member writes only to cases it holds a key for, and that
//! each roster version is signed by an admin of the one before. It serves a member only the
//! operations of cases and epochs it holds an envelope for.
//!
//! Every request and answer is a `wayfinder_sync::wire` message (`application/x-wayfinder`);
//! a refusal is a `Refusal` with a stable code and the server's protocol version.
//!
//! - `handlers`: the routes, one module per concern (session, team, keys, ops, blobs).
//! - `extract`: what handlers take and give: `LoggedIn`, the member of the request's
//!   session, and `Wire<T>`, a protocol message in the body or the answer.
//! - `refused`: why a request was refused, as a status and a code.
//! - `guesses`: wrong creation and invitation codes counted per workspace, and a pause after
//!   too many.
//! - `store`: what the server keeps, behind a trait; `sqlite`: its SQLite back end;
//!   `postgres`: its PostgreSQL back end, for several processes.
//! - `config`: which back ends, from a file and the environment; `migrate`: moving a team
//!   from the embedded back ends to PostgreSQL and a bucket, checked by counts and hashes.
//! - `metrics`: `/health` and `/metrics` (Prometheus' text format: counts and timings, no data).

pub mod config;
mod extract;
mod guesses;
mod handlers;
pub mod metrics;
pub mod migrate;
pub mod postgres;
mod refused;
pub mod sqlite;
pub mod store;

use axum::Router;
use axum::extract::{DefaultBodyLimit, FromRef};
use axum::routing::{get, post};
pub use handlers::team::reserve_workspace;
use handlers::{blobs, keys, ops, session, team};
use object_store::ObjectStore;
use std::sync::Arc;
pub use store::{Store, StoreError};
use wayfinder_sync::wire;

pub const CONTENT_TYPE: &str = "application/x-wayfinder";

type Shared = Arc<dyn Store>;

/// What the routes share: the store of everything but the blobs' chunks, and the objects
/// holding those.
#[derive(Clone)]
struct App {
    store: Shared,
    blobs: Blobs,
    /// Wrong codes, per workspace.
    guesses: Arc<guesses::Guesses>,
    limits: Limits,
}

/// What the server lets each member store.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// The most bytes one member may store: her sealed operations and the chunks of the blobs
    /// she uploads. Past it, what she sends is refused (`quota-exceeded`) and waits in her app.
    pub member_bytes: u64,
}

impl Default for Limits {
    /// 200 GiB a member: years of a busy coordinator's scans and imaging.
    fn default() -> Limits {
        Limits {
            member_bytes: 200 << 30,
        }
    }
}

impl FromRef<App> for Limits {
    fn from_ref(app: &App) -> Limits {
        app.limits
    }
}

impl FromRef<App> for Arc<guesses::Guesses> {
    fn from_ref(app: &App) -> Arc<guesses::Guesses> {
        app.guesses.clone()
    }
}

impl FromRef<App> for Shared {
    fn from_ref(app: &App) -> Shared {
        app.store.clone()
    }
}

/// The server's routes over `store`, with blobs' chunks in `blobs`, and the default limits.
pub fn router(store: Arc<dyn Store>, blobs: Blobs) -> Router {
    router_with(store, blobs, Limits::default())
}

/// The server's routes over `store`, with blobs' chunks in `blobs`, within `limits`.
pub fn router_with(store: Arc<dyn Store>, blobs: Blobs, limits: Limits) -> Router {
    let watched = Arc::new(metrics::Metrics::default());
    // What anyone may send without a session: small messages only, so that a stranger cannot
    // make the server hold megabytes per request.
    let open = Router::new()
        .route("/v1/workspace", post(team::create_workspace))
        .route("/v1/join", post(team::join))
        .route("/v1/challenge", post(session::challenge))
        .route("/v1/login", post(session::login))
        .layer(DefaultBodyLimit::max(OPEN_MESSAGE));
    Router::new()
        .merge(open)
        .route("/v1/invite", post(team::invite))
        .route("/v1/waiting", post(team::waiting))
        .route("/v1/turn-away", post(team::turn_away))
        .route("/v1/rosters", post(team::rosters))
        .route("/v1/roster", post(team::append_roster))
        .route("/v1/share", post(keys::share))
        .route("/v1/holders", post(keys::holders))
        .route("/v1/push", post(ops::push))
        .route("/v1/pull", post(ops::pull))
        .route("/v1/blob/put", post(blobs::blob_put))
        .route("/v1/blob/state", post(blobs::blob_state))
        .route("/v1/blob/get", post(blobs::blob_get))
        .route_layer(DefaultBodyLimit::max(wire::MAX_MESSAGE))
        // A request that takes longer than this (a client sending a byte a minute) ends; and
        // only so many are served at once, the rest waiting their turn.
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIME,
        ))
        .layer(tower::limit::ConcurrencyLimitLayer::new(MAX_CONCURRENT))
        .with_state(App {
            store: store.clone(),
            blobs: blobs.clone(),
            guesses: Arc::default(),
            limits,
        })
        .merge(
            Router::new()
                .route("/health", get(metrics::health))
                .route("/metrics", get(metrics::metrics))
                .with_state(metrics::Watch {
                    store,
                    blobs,
                    metrics: watched.clone(),
                }),
        )
        // Outermost: every request counted, refused ones too.
        .layer(axum::middleware::from_fn_with_state(
            watched,
            metrics::measure,
        ))
}

/// The largest message a request without a session may carry: a workspace's first roster, a
/// join (a member's public keys and name), a challenge or its answer all fit many times over.
pub const OPEN_MESSAGE: usize = 16 * 1024;
/// How long one request may take, its body included.
const REQUEST_TIME: std::time::Duration = std::time::Duration::from_secs(120);
/// How many requests are served at once.
const MAX_CONCURRENT: usize = 256;

/// Serves on `listener` until the process ends.
pub async fn serve(
    listener: tokio::net::TcpListener,
    store: Arc<dyn Store>,
    blobs: Blobs,
) -> std::io::Result<()> {
    serve_with(listener, store, blobs, Limits::default()).await
}

/// Serves on `listener` within `limits` until the process ends.
pub async fn serve_with(
    listener: tokio::net::TcpListener,
    store: Arc<dyn Store>,
    blobs: Blobs,
    limits: Limits,
) -> std::io::Result<()> {
    axum::serve(listener, router_with(store, blobs, limits)).await
}

/// Backs up a server's data folder into `to`, a folder that must not exist yet, while the
/// server may be serving: the database first, by SQLite's online copy, then the blobs' chunks
/// (each written whole once and never changed). A chunk stored between the two is copied too,
/// harmlessly; none the copied database counts can be missing. Restoring is serving from the
/// copy (`--data` pointed at it).
pub fn backup(data: &std::path::Path, to: &std::path::Path) -> Result<(), BackupError> {
    if to.exists() {
        return Err(BackupError::Exists(to.to_owned()));
    }
    std::fs::create_dir_all(to)?;
    let store = sqlite::SqliteStore::open(&data.join("server.db"))?;
    store.backup_into(&to.join("server.db"))?;
    copy_tree(&data.join("blobs"), &to.join("blobs"))?;
    Ok(())
}

/// Why a backup was not made.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} already exists: a backup goes into a new folder")]
    Exists(std::path::PathBuf),
    #[error("cannot copy the server's database: {0}")]
    Database(#[from] StoreError),
    #[error("cannot write the backup: {0}")]
    Io(#[from] std::io::Error),
}

/// Copies a folder's files and folders into `to`, each file flushed.
fn copy_tree(from: &std::path::Path, to: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    if !from.exists() {
        return Ok(());
    }
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
            std::fs::File::open(&target)?.sync_all()?;
        }
    }
    Ok(())
}

/// The blob folder under a server's data folder, as `serve` wants it.
pub fn blob_folder(data: &std::path::Path) -> std::io::Result<Blobs> {
    let folder = data.join("blobs");
    std::fs::create_dir_all(&folder)?;
    let store = object_store::local::LocalFileSystem::new_with_prefix(&folder)
        .map_err(std::io::Error::other)?;
    Ok(Blobs {
        objects: Arc::new(store),
        folder: Some(folder),
    })
}

/// Where blobs' chunks live: an object store and, when it is a folder on this machine, the
/// folder, so that each chunk is on the disk (file and folders flushed) before the database
/// says it is stored. After a power cut no chunk the database counts is missing.
#[derive(Clone)]
pub struct Blobs {
    objects: Arc<dyn ObjectStore>,
    folder: Option<std::path::PathBuf>,
}

impl Blobs {
    /// Any object store that keeps what it acknowledges (a bucket, say).
    pub fn new(objects: Arc<dyn ObjectStore>) -> Blobs {
        Blobs {
            objects,
            folder: None,
        }
    }

    /// The bucket `config` names (S3 or S3-compatible), signed with its keys; conditional
    /// puts (`If-None-Match`, `If-Match`) by ETag.
    pub fn s3(config: &config::S3Config) -> Result<Blobs, object_store::Error> {
        let mut builder = object_store::aws::AmazonS3Builder::new()
            .with_bucket_name(&config.bucket)
            .with_region(&config.region)
            .with_conditional_put(object_store::aws::S3ConditionalPut::ETagMatch);
        if let Some(endpoint) = &config.endpoint {
            builder = builder
                .with_endpoint(endpoint)
                .with_allow_http(endpoint.starts_with("http://"));
        }
        if let (Some(id), Some(secret)) = (&config.access_key_id, &config.secret_access_key) {
            builder = builder
                .with_access_key_id(id)
                .with_secret_access_key(secret);
        }
        Ok(Blobs::new(Arc::new(builder.build()?)))
    }

    /// Stores `bytes`, a chunk sealed under `salt`, at `path`, durably, unless a chunk is there
    /// already (two processes never both write one): one of the same upload (a retry) is
    /// kept; one of another upload is `Stale`, to be replaced only if this upload is still the
    /// blob's ([`Blobs::replace`]).
    pub(crate) async fn put(
        &self,
        path: &object_store::path::Path,
        bytes: axum::body::Bytes,
        salt: [u8; wayfinder_sync::blob::SALT],
    ) -> std::io::Result<Put> {
        use object_store::ObjectStoreExt;
        let create = object_store::PutOptions::from(object_store::PutMode::Create);
        match self
            .objects
            .put_opts(path, object_store::PutPayload::from(bytes), create)
            .await
        {
            Ok(_) => {}
            Err(object_store::Error::AlreadyExists { .. }) => {
                let found = self
                    .objects
                    .get(path)
                    .await
                    .map_err(std::io::Error::other)?;
                let version = object_store::UpdateVersion {
                    e_tag: found.meta.e_tag.clone(),
                    version: found.meta.version.clone(),
                };
                let held = found.bytes().await.map_err(std::io::Error::other)?;
                if wayfinder_sync::blob::salt_of(&held) != Some(salt) {
                    return Ok(Put::Stale(version));
                }
            }
            Err(e) => return Err(std::io::Error::other(e)),
        }
        self.flush(path).await?;
        Ok(Put::Stored)
    }

    /// Replaces an abandoned upload's chunk at `path`, as it was when read (`version`): if
    /// another process changed it since, this fails and the client tries again. A folder,
    /// written by one process, is simply overwritten.
    pub(crate) async fn replace(
        &self,
        path: &object_store::path::Path,
        bytes: axum::body::Bytes,
        version: object_store::UpdateVersion,
    ) -> std::io::Result<()> {
        let payload = object_store::PutPayload::from(bytes);
        let mode = if self.folder.is_some() {
            object_store::PutMode::Overwrite
        } else {
            object_store::PutMode::Update(version)
        };
        self.objects
            .put_opts(path, payload, object_store::PutOptions::from(mode))
            .await
            .map_err(std::io::Error::other)?;
        self.flush(path).await
    }

    /// On a folder, flushes the chunk at `path` and the folders above it to the disk.
    async fn flush(&self, path: &object_store::path::Path) -> std::io::Result<()> {
        let Some(folder) = self.folder.clone() else {
            return Ok(());
        };
        let file = folder.join(path.as_ref());
        tokio::task::spawn_blocking(move || {
            std::fs::File::open(&file)?.sync_all()?;
            // Every folder from the file's up to the blob folder: a new one is a new entry in
            // its parent, lost with it unless that parent is flushed too.
            let mut dir = file.parent();
            while let Some(d) = dir {
                std::fs::File::open(d)?.sync_all()?;
                if d == folder {
                    break;
                }
                dir = d.parent();
            }
            Ok(())
        })
        .await
        .map_err(std::io::Error::other)?
    }

    pub(crate) fn objects(&self) -> &Arc<dyn ObjectStore> {
        &self.objects
    }
}

/// What became of a chunk written.
pub(crate) enum Put {
    Stored,
    /// Another upload's chunk is there, as it was read.
    Stale(object_store::UpdateVersion),
}
