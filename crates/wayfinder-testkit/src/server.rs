//! The real sync server, started in this process on a port of this machine over a SQLite file
//! and a blob folder, as `wayfinder-server serve` starts it.

use std::path::Path;
use std::sync::Arc;
use wayfinder_server::sqlite::SqliteStore;

/// A server serving in a task of the caller's runtime.
pub struct Running {
    /// Its address as an app enters it: `http://127.0.0.1:PORT`.
    pub address: String,
    pub port: u16,
    /// Its store, for what a test asks of it directly (reserving a workspace, counting rows).
    pub store: Arc<SqliteStore>,
    /// Its data folder (`server.db` and `blobs/`), for a test that plays its operator.
    pub data: std::path::PathBuf,
    /// The task serving; abort it to take the server away.
    pub task: tokio::task::JoinHandle<std::io::Result<()>>,
}

/// The real server on `port` of this machine (0: any free port) over `server.db` and the blob
/// folder in `data`, made if new. Call it inside a Tokio runtime.
pub async fn serve(data: &Path, port: u16) -> Running {
    serve_with(data, port, wayfinder_server::Limits::default()).await
}

/// As [`serve`], within `limits`.
pub async fn serve_with(data: &Path, port: u16, limits: wayfinder_server::Limits) -> Running {
    let store =
        Arc::new(SqliteStore::open(&data.join("server.db")).unwrap_or_else(|e| panic!("{e}")));
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let port = listener
        .local_addr()
        .unwrap_or_else(|e| panic!("{e}"))
        .port();
    let blobs = wayfinder_server::blob_folder(data).unwrap_or_else(|e| panic!("{e}"));
    let task = tokio::spawn(wayfinder_server::serve_with(
        listener,
        store.clone(),
        blobs,
        limits,
    ));
    Running {
        address: format!("http://127.0.0.1:{port}"),
        port,
        store,
        data: data.to_path_buf(),
        task,
    }
}
