//! The real sync server, started in this process on a port of this machine, as
//! `wayfinder-server serve` starts it: over a SQLite file and a blob folder or, when the tests
//! run with `WAYFINDER_TEST_BACKEND=postgres` beside `scripts/backends`, over a database of its
//! own on the test PostgreSQL and a bucket of its own on the test S3 server.

use std::path::Path;
use std::sync::Arc;
use wayfinder_server::Store;
use wayfinder_server::config::S3Config;
use wayfinder_server::postgres::{PgConfig, PgStore};
use wayfinder_server::sqlite::SqliteStore;

/// A server serving in a task of the caller's runtime.
pub struct Running {
    /// Its address as an app enters it: `http://127.0.0.1:PORT`.
    pub address: String,
    pub port: u16,
    /// Its store, for what a test asks of it directly (reserving a workspace, counting rows).
    pub store: Arc<dyn Store>,
    /// Its data folder (`server.db` and `blobs/` on the embedded back ends), for a test that
    /// plays its operator.
    pub data: std::path::PathBuf,
    /// The back ends it runs on.
    pub backend: Backend,
    /// The task serving; abort it to take the server away.
    pub task: tokio::task::JoinHandle<std::io::Result<()>>,
}

/// Which back ends a test server runs on.
#[derive(Clone, Debug)]
pub enum Backend {
    /// The SQLite file and the blob folder in the data folder.
    Embedded,
    /// A database and a bucket made for this server alone.
    Scaled {
        database: PgConfig,
        bucket: S3Config,
    },
}

impl Backend {
    /// As `WAYFINDER_TEST_BACKEND` says: `postgres` for fresh back ends of `scripts/backends`,
    /// else the embedded ones.
    pub fn from_env() -> Backend {
        match std::env::var("WAYFINDER_TEST_BACKEND").as_deref() {
            Ok("postgres") => Backend::scaled(),
            Ok("sqlite") | Err(_) => Backend::Embedded,
            Ok(other) => panic!("WAYFINDER_TEST_BACKEND is `sqlite` or `postgres`, not `{other}`"),
        }
    }

    /// The back ends of the server whose folder is `data`: those it ran on before (a server
    /// started again over the same folder finds what it stored), else as [`Backend::from_env`]
    /// says, noted in the folder.
    pub fn for_folder(data: &Path) -> Backend {
        let note = data.join("test-backends.txt");
        if let Ok(text) = std::fs::read_to_string(&note) {
            let mut lines = text.lines();
            let (Some(url), Some(bucket)) = (lines.next(), lines.next()) else {
                panic!("{} is damaged", note.display());
            };
            return Backend::Scaled {
                database: fresh_config(url.to_owned()),
                bucket: bucket_config(bucket.to_owned()),
            };
        }
        let backend = Backend::from_env();
        if let Backend::Scaled { database, bucket } = &backend {
            std::fs::create_dir_all(data).unwrap_or_else(|e| panic!("{e}"));
            std::fs::write(&note, format!("{}\n{}\n", database.url, bucket.bucket))
                .unwrap_or_else(|e| panic!("{e}"));
        }
        backend
    }

    /// A fresh database on the test PostgreSQL and a fresh bucket on the test S3 server.
    pub fn scaled() -> Backend {
        Backend::Scaled {
            database: fresh_database(),
            bucket: fresh_bucket(),
        }
    }

    /// The store of these back ends, for `data` (the embedded ones' folder).
    pub fn store(&self, data: &Path) -> Arc<dyn Store> {
        match self {
            Backend::Embedded => Arc::new(
                SqliteStore::open(&data.join("server.db")).unwrap_or_else(|e| panic!("{e}")),
            ),
            Backend::Scaled { database, .. } => {
                Arc::new(PgStore::connect(database).unwrap_or_else(|e| panic!("{e}")))
            }
        }
    }

    /// Where these back ends keep blobs' chunks.
    pub fn blobs(&self, data: &Path) -> wayfinder_server::Blobs {
        match self {
            Backend::Embedded => {
                wayfinder_server::blob_folder(data).unwrap_or_else(|e| panic!("{e}"))
            }
            Backend::Scaled { bucket, .. } => {
                wayfinder_server::Blobs::s3(bucket).unwrap_or_else(|e| panic!("{e}"))
            }
        }
    }

    /// The folders holding what these back ends store on this machine: the data folder, and
    /// the test PostgreSQL's (the S3 test server keeps its objects in memory).
    pub fn disk(&self, data: &Path) -> Vec<std::path::PathBuf> {
        let mut folders = vec![data.to_path_buf()];
        if let Backend::Scaled { .. } = self {
            folders.push(std::path::PathBuf::from(required(
                "WAYFINDER_TEST_POSTGRES_DATA",
            )));
        }
        folders
    }
}

fn required(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!("{name} is not set: run the tests through scripts/backends (scripts/test does)")
    })
}

fn unique(prefix: &str) -> String {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).unwrap_or_else(|e| panic!("{e}"));
    let tail: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{prefix}{tail}")
}

/// A new, empty database on the test PostgreSQL, and how to reach it.
pub fn fresh_database() -> PgConfig {
    let admin = required("WAYFINDER_TEST_POSTGRES");
    let name = unique("wayfinder_");
    // Its own thread and runtime: callers may be on an async thread.
    let made = {
        let (admin, name) = (admin.clone(), name.clone());
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap_or_else(|e| panic!("{e}"));
            runtime.block_on(async {
                let (client, connection) = tokio_postgres::connect(&admin, tokio_postgres::NoTls)
                    .await
                    .unwrap_or_else(|e| panic!("the test PostgreSQL: {e}"));
                let driving = tokio::spawn(connection);
                client
                    .batch_execute(&format!("CREATE DATABASE {name}"))
                    .await
                    .unwrap_or_else(|e| panic!("CREATE DATABASE: {e}"));
                drop(client);
                let _ = driving.await;
            });
        })
        .join()
    };
    made.unwrap_or_else(|_| panic!("the test database was not made"));
    let url = match admin.rsplit_once('/') {
        Some((server, _)) => format!("{server}/{name}"),
        None => panic!("WAYFINDER_TEST_POSTGRES is postgres://user@host:port/database"),
    };
    fresh_config(url)
}

fn fresh_config(url: String) -> PgConfig {
    PgConfig {
        url,
        password: None,
        max_connections: 8,
    }
}

/// How to reach `bucket` on the test S3 server (moto takes any keys).
fn bucket_config(bucket: String) -> S3Config {
    S3Config {
        bucket,
        endpoint: Some(required("WAYFINDER_TEST_S3")),
        region: "us-east-1".to_owned(),
        access_key_id: Some("testing".to_owned()),
        secret_access_key: Some("testing".to_owned()),
    }
}

/// A new, empty bucket on the test S3 server.
pub fn fresh_bucket() -> S3Config {
    use std::io::{Read, Write};
    let endpoint = required("WAYFINDER_TEST_S3");
    let host = endpoint
        .strip_prefix("http://")
        .unwrap_or_else(|| panic!("WAYFINDER_TEST_S3 is http://host:port"));
    let bucket = unique("wayfinder-");
    let mut stream = std::net::TcpStream::connect(host).unwrap_or_else(|e| panic!("{e}"));
    write!(
        stream,
        "PUT /{bucket} HTTP/1.1\r\nHost: {host}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut answer = String::new();
    stream
        .read_to_string(&mut answer)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        answer.starts_with("HTTP/1.1 200"),
        "the test S3 server made no bucket: {answer}"
    );
    bucket_config(bucket)
}

/// The real server on `port` of this machine (0: any free port), on the back ends the
/// environment names (`Backend::from_env`), with `data` as its folder. Call it inside a Tokio
/// runtime.
pub async fn serve(data: &Path, port: u16) -> Running {
    serve_with(data, port, wayfinder_server::Limits::default()).await
}

/// As [`serve`], within `limits`.
pub async fn serve_with(data: &Path, port: u16, limits: wayfinder_server::Limits) -> Running {
    serve_on(Backend::for_folder(data), data, port, limits).await
}

/// As [`serve`], on `backend`.
pub async fn serve_on(
    backend: Backend,
    data: &Path,
    port: u16,
    limits: wayfinder_server::Limits,
) -> Running {
    let store = backend.store(data);
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let port = listener
        .local_addr()
        .unwrap_or_else(|e| panic!("{e}"))
        .port();
    let blobs = backend.blobs(data);
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
        backend,
        task,
    }
}
