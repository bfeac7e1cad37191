//! The frozen server database of each schema keeps opening and serving, with everything in it,
//! after every change to the code: a hospital's server keeps its file across upgrades.
//! `golden/server-schema-1.db` was written by the server of schema 1 (before the schema had a
//! version number), and `golden/server-schema-3.db` by that of schema 3 (blobs owned by who
//! began them, members' stored bytes counted), through their own requests, by
//! `examples/make_server_golden.rs` with the inputs of `common/frozen.rs`; neither is ever
//! written again. Each frozen file opens (migrating
//! it), serves its team, and ends with the same schema as a fresh database; a file from a newer
//! server is refused. The PostgreSQL store's frozen database of schema 1,
//! `golden/server-postgres-schema-1.sql` (a `pg_dump`), is restored and served the same way.

mod common;

use common::frozen::{self, CASE, WORKSPACE};
use std::path::Path;
use wayfinder_server::StoreError;
use wayfinder_server::sqlite::SqliteStore;
use wayfinder_sync::wire::{BlobAsk, BlobState, Done, Rosters};
use wayfinder_sync::wire::{Push, PushAck, RostersRequest, Waiting};
use wayfinder_sync::{Pin, Roster, SealedOp};

/// A scratch folder holding a copy of the frozen database `name` as `server.db` (opening it
/// may migrate it, and the committed file must stay as it is).
fn copy_of(name: &str) -> tempfile::TempDir {
    let golden = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::fs::copy(&golden, dir.path().join("server.db"))
        .unwrap_or_else(|e| panic!("{}: {e}", golden.display()));
    dir
}

fn user_version(db: &Path) -> u32 {
    let conn = rusqlite::Connection::open(db).unwrap_or_else(|e| panic!("{e}"));
    conn.query_row("PRAGMA user_version", [], |row| row.get(0))
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Every table and index with the statement that makes it, and the schema's version.
fn schema(db: &Path) -> (u32, Vec<(String, String, Option<String>)>) {
    let conn = rusqlite::Connection::open(db).unwrap_or_else(|e| panic!("{e}"));
    let mut stmt = conn
        .prepare("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")
        .unwrap_or_else(|e| panic!("{e}"));
    let objects = stmt
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .unwrap_or_else(|e| panic!("{e}"));
    (user_version(db), objects)
}

#[tokio::test]
async fn the_frozen_database_of_schema_1_serves_its_team() {
    let dir = copy_of("server-schema-1.db");
    let db = dir.path().join("server.db");
    // The server of schema 1 wrote no version number.
    assert_eq!(user_version(&db), 0);
    let (server, store) = common::serve_embedded(dir).await;
    assert_eq!(
        user_version(&server.dir.path().join("server.db")),
        wayfinder_server::sqlite::schema_version()
    );
    let coordinator = frozen::coordinator();
    let translator = frozen::translator();

    // The translator logs in with her key and receives the case's three operations, in the
    // order they were stored, with the envelope that opens them.
    let token = server.login(WORKSPACE, &translator).await;
    let batch = server.pull_all(&token).await;
    assert!(!batch.more);
    let (key, opened) = common::open_batch(&batch, &translator, &coordinator);
    assert_eq!(key.expose(), frozen::case_key().expose());
    assert_eq!(opened, frozen::operations());
    let seqs: Vec<u64> = batch.ops.iter().map(|(seq, _)| *seq).collect();
    assert!(seqs.windows(2).all(|w| w[0] < w[1]), "{seqs:?}");
    // What the coordinator stored before the server counted it counts against her share now.
    let written: u64 = batch
        .ops
        .iter()
        .map(|(_, op)| op.ciphertext.len() as u64)
        .sum();
    assert_eq!(
        wayfinder_server::Store::usage(&*store, WORKSPACE, coordinator.member())
            .unwrap_or_else(|e| panic!("{e}")),
        written
    );

    // The roster's chain verifies from the creator's pin and lists both members.
    let rosters: Rosters = server
        .post("/v1/rosters", Some(&token), &RostersRequest { after: 0 })
        .await;
    let latest = Roster::verify_chain(Pin::of(&coordinator.public()), &rosters.chain)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(latest.version, 2);
    assert_eq!(latest.members.len(), 2);

    // The original's upload stopped after one chunk of two; it resumes from there.
    let state: BlobState = server
        .post(
            "/v1/blob/state",
            Some(&token),
            &BlobAsk {
                case: CASE,
                name: frozen::original(),
                index: 0,
            },
        )
        .await;
    assert_eq!(
        state,
        BlobState {
            epoch: 1,
            total: 2,
            have: 1
        }
    );

    // The coordinator is still the admin, no one waits, and the workspace's order goes on
    // after what is stored.
    let admin = server.login(WORKSPACE, &coordinator).await;
    let waiting: Waiting = server.post("/v1/waiting", Some(&admin), &Done).await;
    assert!(waiting.members.is_empty());
    let mut next = frozen::operations()[0].clone();
    next.id.0 = [4; 16];
    let sealed =
        SealedOp::seal(&next, &key, 1, &coordinator, 4, [4; 24]).unwrap_or_else(|e| panic!("{e}"));
    let ack: PushAck = server
        .post("/v1/push", Some(&admin), &Push { ops: vec![sealed] })
        .await;
    let last = seqs.last().copied().unwrap_or_default();
    assert_eq!(ack.stored, vec![(next.id, last + 1)]);
}

#[tokio::test]
async fn the_frozen_database_of_schema_3_keeps_its_signed_original_and_its_owner() {
    let dir = copy_of("server-schema-3.db");
    assert_eq!(user_version(&dir.path().join("server.db")), 3);
    let (server, _) = common::serve_embedded(dir).await;
    keeps_its_signed_original_and_its_owner(&server).await;
}

/// `golden/server-postgres-schema-1.sql` is the PostgreSQL database of schema 1 as `pg_dump`
/// wrote it after `wayfinder-server migrate` moved `server-schema-3.db` into it; it is never
/// written again. Restored the admin's way (`psql`), it opens, at the newest schema, and
/// serves its team as the SQLite file does.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_frozen_postgresql_database_of_schema_1_keeps_its_signed_original_and_its_owner() {
    use wayfinder_testkit::server::{Backend, fresh_bucket, fresh_database};
    let database = fresh_database();
    let dump =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/server-postgres-schema-1.sql");
    let bin = std::env::var("WAYFINDER_TEST_POSTGRES_BIN")
        .unwrap_or_else(|_| panic!("WAYFINDER_TEST_POSTGRES_BIN: run through scripts/backends"));
    let out = std::process::Command::new(Path::new(&bin).join("psql"))
        .args(["-q", "-v", "ON_ERROR_STOP=1", "-d", &database.url, "-f"])
        .arg(&dump)
        .output()
        .unwrap_or_else(|e| panic!("psql: {e}"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let server = common::serve_on(
        Backend::Scaled {
            database: database.clone(),
            bucket: fresh_bucket(),
        },
        tempfile::tempdir().unwrap_or_else(|e| panic!("{e}")),
    )
    .await;
    let store =
        wayfinder_server::postgres::PgStore::connect(&database).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        store.version().ok(),
        Some(wayfinder_server::postgres::schema_version())
    );
    keeps_its_signed_original_and_its_owner(&server).await;
}

/// The frozen team's coordinator's bytes were counted; her half-uploaded original is still
/// hers to finish, and the translator reads it whole once she has.
async fn keeps_its_signed_original_and_its_owner(server: &common::Server) {
    use wayfinder_sync::blob;
    use wayfinder_sync::wire::BlobPut;
    let store = server.store.clone();
    let coordinator = frozen::coordinator();
    let translator = frozen::translator();
    // The coordinator's stored bytes were counted.
    let used = store
        .usage(WORKSPACE, coordinator.member())
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(used > blob::CHUNK as u64, "{used}");
    let (plain, head) = frozen::signed_plaintext();
    let total = blob::chunks(plain.len() as u64);
    let put = |index: u32| BlobPut {
        case: CASE,
        name: frozen::signed_original(),
        epoch: 1,
        index,
        total,
        chunk: blob::seal_chunk(
            &frozen::case_key(),
            1,
            frozen::signed_original(),
            &plain,
            head,
            index,
        )
        .unwrap_or_else(|e| panic!("{e}")),
    };
    // The name is still hers: the translator may not write to it; she finishes it.
    let reader = server.login(WORKSPACE, &translator).await;
    let (status, why) = server.refused("/v1/blob/put", Some(&reader), &put(1)).await;
    assert_eq!((status, why.as_str()), (409, "blob-taken"));
    let admin = server.login(WORKSPACE, &coordinator).await;
    let state: BlobState = server.post("/v1/blob/put", Some(&admin), &put(1)).await;
    assert_eq!((state.have, state.total), (2, 2));
    // The translator sees it whole (the frozen file keeps the database, not the blob folder:
    // what a chunk holds is pinned by the protocol's own golden files).
    let state: BlobState = server
        .post(
            "/v1/blob/state",
            Some(&reader),
            &BlobAsk {
                case: CASE,
                name: frozen::signed_original(),
                index: 0,
            },
        )
        .await;
    assert_eq!((state.have, state.total), (2, 2));
}

#[test]
fn a_fresh_database_and_the_frozen_ones_end_with_the_same_schema() {
    let frozen = copy_of("server-schema-1.db");
    let frozen_3 = copy_of("server-schema-3.db");
    let fresh = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for dir in [&frozen, &frozen_3, &fresh] {
        // Opened twice: a second opening finds nothing to do.
        for _ in 0..2 {
            SqliteStore::open(&dir.path().join("server.db")).unwrap_or_else(|e| panic!("{e}"));
        }
    }
    let (version, objects) = schema(&fresh.path().join("server.db"));
    assert_eq!(version, wayfinder_server::sqlite::schema_version());
    assert!(
        objects
            .iter()
            .any(|(kind, name, _)| kind == "table" && name == "ops")
    );
    assert_eq!(
        schema(&frozen_3.path().join("server.db")),
        (version, objects.clone())
    );
    assert_eq!(schema(&frozen.path().join("server.db")), (version, objects));
}

#[test]
fn a_database_from_a_newer_server_is_refused_and_left_as_it_is() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("server.db");
    let newer = wayfinder_server::sqlite::schema_version() + 1;
    let conn = rusqlite::Connection::open(&db).unwrap_or_else(|e| panic!("{e}"));
    conn.pragma_update(None, "user_version", newer)
        .unwrap_or_else(|e| panic!("{e}"));
    drop(conn);
    let refused = SqliteStore::open(&db).err();
    assert!(
        matches!(
            refused,
            Some(StoreError::TooNew { found, supported })
                if found == newer && supported == newer - 1
        ),
        "{refused:?}"
    );
    assert_eq!(schema(&db), (newer, Vec::new()), "nothing was created");
    // The binary says so, and what to do.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_wayfinder-server"))
        .arg("--data")
        .arg(dir.path())
        .arg("create-workspace")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        said.contains(&format!(
            "the database is at schema {newer}, newer than this"
        )),
        "{said}"
    );
    assert!(said.contains("run the newer wayfinder-server"), "{said}");
}

#[test]
fn a_postgresql_database_from_a_newer_server_is_refused_as_it_is() {
    let database = wayfinder_testkit::server::fresh_database();
    drop(wayfinder_server::postgres::PgStore::connect(&database).unwrap_or_else(|e| panic!("{e}")));
    let bin = std::env::var("WAYFINDER_TEST_POSTGRES_BIN")
        .unwrap_or_else(|_| panic!("WAYFINDER_TEST_POSTGRES_BIN: run through scripts/backends"));
    let psql = |sql: &str| {
        let out = std::process::Command::new(Path::new(&bin).join("psql"))
            .args([
                "-q",
                "-t",
                "-A",
                "-v",
                "ON_ERROR_STOP=1",
                "-d",
                &database.url,
                "-c",
                sql,
            ])
            .output()
            .unwrap_or_else(|e| panic!("psql: {e}"));
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    };
    psql("UPDATE wayfinder_schema SET version = 99");
    let refused = wayfinder_server::postgres::PgStore::connect(&database).err();
    assert!(
        matches!(refused, Some(StoreError::TooNew { found: 99, .. })),
        "{refused:?}"
    );
    assert_eq!(psql("SELECT version FROM wayfinder_schema"), "99");
}
