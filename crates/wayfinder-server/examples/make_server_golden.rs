//! Writes the frozen server databases of schemas 1 and 3, `tests/golden/server-schema-N.db`,
//! each only if it is not there yet: a file is made once, by the code of its schema, and never again (the
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
    write("server-schema-1.db", 1);
    write("server-schema-3.db", 3);
}

/// Writes the frozen database `name` of `schema` unless it is there.
fn write(name: &str, schema: u32) {
    let golden = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if golden.exists() {
        println!("kept {}", golden.display());
        return;
    }
    assert_eq!(
        schema,
        wayfinder_server::sqlite::schema_version(),
        "a frozen database is written only by the code of its schema"
    );
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("server.db");
    let runtime = tokio::runtime::Runtime::new().unwrap_or_else(|e| panic!("{e}"));
    let kept = runtime.block_on(async move {
        let (server, store) = common::serve(dir).await;
        match schema {
            1 => common::frozen::write_schema_1(&server, store.as_ref()).await,
            _ => common::frozen::write_schema_3(&server, store.as_ref()).await,
        }
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
