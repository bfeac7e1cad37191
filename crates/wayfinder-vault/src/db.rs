//! The SQLCipher database: opening it with the raw database key, and its append-only schema.

use crate::error::{Result, VaultError};
use crate::keys::SecretKey;
use rusqlite::{Connection, Transaction};
use std::path::Path;
use zeroize::Zeroizing;

pub const FILE_NAME: &str = "vault.db";

/// One step of the schema: SQL, or code where rows must be rewritten (into operations, say).
pub enum Migration {
    Sql(&'static str),
    Code(fn(&Transaction<'_>) -> Result<()>),
}

/// The schema, one migration a release. Append only: a released migration is never edited,
/// and the frozen vault of each schema in `tests/golden/` must keep opening.
pub const MIGRATIONS: &[Migration] = &[
    // 1: the child of each case, one row a case.
    Migration::Sql(
        "CREATE TABLE cases (
            id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
            child_name TEXT NOT NULL,
            date_of_birth TEXT NOT NULL,
            country TEXT NOT NULL,
            languages TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX cases_by_update ON cases (updated_at DESC);",
    ),
    // 2: every edit an operation; the rows of schema 1 become the operations that make them.
    Migration::Code(crate::migrations::to_operations),
    // 3: records (originals, the text of their pages) and the search index of every field.
    Migration::Code(crate::records::migrate),
    // 4: the index of words and CJK characters, for search terms shorter than a trigram.
    Migration::Code(crate::records::migrate_words),
    // 5: team sync: her keys, the team, case keys by epoch, the outbox and the pull cursor.
    Migration::Sql(crate::team::SCHEMA),
    // 6: which originals of shared cases were sent to the team's server.
    Migration::Sql(crate::team::BLOB_SCHEMA),
    // 7: each author's highest operation number per case received, to see what was withheld.
    Migration::Sql(crate::team::TALLY_SCHEMA),
];

/// The newest schema this version knows.
pub fn schema_version() -> u32 {
    MIGRATIONS.len() as u32
}

/// Opens (or creates) the database with `key`. A wrong key fails here, not at a later query.
pub fn open(path: &Path, key: &SecretKey) -> Result<Connection> {
    let conn = Connection::open(path)?;
    // SQLCipher prints "hmac check failed" on stderr for a wrong key unless told not to.
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    let statement = Zeroizing::new(format!(
        "PRAGMA key = \"x'{}'\";",
        hex::encode(key.expose())
    ));
    conn.execute_batch(&statement)?;
    // The first read of the file is where a wrong key shows (SQLITE_NOTADB).
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| {
        row.get::<_, i64>(0)
    })?;
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA secure_delete = ON;
         PRAGMA cache_size = -32768;",
    )?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(conn)
}

/// Brings the schema up to date, refusing a database from a newer version.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    let current: u32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    let known = schema_version();
    if current > known {
        return Err(VaultError::TooNew {
            found: current,
            supported: known,
        });
    }
    for (index, step) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let tx = conn.transaction()?;
        match step {
            Migration::Sql(sql) => tx.execute_batch(sql)?,
            Migration::Code(run) => run(&tx)?,
        }
        tx.pragma_update(None, "user_version", index as u32 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

/// SQLite's and SQLCipher's own checks of the whole file: `ok` from both, or what they found.
pub fn check_integrity(conn: &Connection) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    for row in stmt.query_map([], |row| row.get::<_, String>(0))? {
        let row = row?;
        if row != "ok" {
            problems.push(row);
        }
    }
    let mut stmt = conn.prepare("PRAGMA cipher_integrity_check")?;
    for row in stmt.query_map([], |row| row.get::<_, String>(0))? {
        problems.push(row?);
    }
    Ok(problems)
}
