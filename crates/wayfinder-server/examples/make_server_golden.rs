//! Writes the frozen server database of schema 1, `tests/golden/server-schema-1.db`, only if it
//! is not there yet: a file is made once, by the code of its schema, and never again (the
//! golden test then fails, as it should, if a newer server cannot open it). It runs the real
//! server over HTTP on port 0 with a fresh SQLite store, sends it the requests of
//! `tests/common/frozen.rs` (a team of two, a roster, a shared case, sealed operations, half
//! an original), stops it, folds the write-ahead log into the file and copies the file.
//! `cargo run -p wayfinder-server --example make_server_golden`.
#![allow(clippy::print_stdout)]

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::Path;

fn main() {
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/server-schema-1.db");
    if golden.exists() {
        println!("kept {}", golden.display());
        return;
    }
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("server.db");
    let runtime = tokio::runtime::Runtime::new().unwrap_or_else(|e| panic!("{e}"));
    let kept = runtime.block_on(async move {
        let (server, store) = common::serve(dir).await;
        common::frozen::write_schema_1(&server, store.as_ref()).await;
        server.dir
    });
    // Dropping the runtime stops the server and closes its store: nothing writes any more.
    drop(runtime);
    let conn = rusqlite::Connection::open(&db).unwrap_or_else(|e| panic!("{e}"));
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap_or_else(|e| panic!("{e}"));
    drop(conn);
    std::fs::create_dir_all(golden.parent().unwrap_or(Path::new(".")))
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::copy(&db, &golden).unwrap_or_else(|e| panic!("{e}"));
    drop(kept);
    println!("wrote {}", golden.display());
}
