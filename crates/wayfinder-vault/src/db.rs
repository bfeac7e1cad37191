//! The SQLCipher database: opening it with the raw database key, and its append-only schema.

use crate::error::{Result, VaultError};
use crate::keys::SecretKey;
use rusqlite::{Connection, Transaction};
use std::path::Path;
use zeroize::Zeroizing;

pub const FILE_NAME: &str = "vault.db";

/// One step of the schema: its SQL (in `migrations/`, numbered), then, where rows must be
/// rewritten or indexes filled, code (in `migrations.rs`).
pub struct Migration {
    pub sql: &'static str,
    pub then: Option<fn(&Transaction<'_>) -> Result<()>>,
}

/// The schema, one migration a release, in order. Append only: a released migration is never
/// edited, and the frozen vault of each schema in `tests/golden/` must keep opening.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        sql: include_str!("../migrations/0001_cases.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../migrations/0002_operations.sql"),
        then: Some(crate::migrations::to_operations),
    },
    Migration {
        sql: include_str!("../migrations/0003_records.sql"),
        then: Some(crate::migrations::index_fields),
    },
    Migration {
        sql: include_str!("../migrations/0004_words.sql"),
        then: Some(crate::migrations::index_words),
    },
    Migration {
        sql: include_str!("../migrations/0005_team.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../migrations/0006_blob_uploads.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../migrations/0007_tallies.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../migrations/0008_signed_originals.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../migrations/0009_rotations_owed.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../migrations/0010_tasks_by_case.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../migrations/0011_reading.sql"),
        then: Some(crate::migrations::queue_reading),
    },
    Migration {
        sql: include_str!("../migrations/0012_page_corrections.sql"),
        then: Some(crate::migrations::index_corrections),
    },
    Migration {
        sql: include_str!("../migrations/0013_memory.sql"),
        then: Some(crate::migrations::index_memory),
    },
    Migration {
        sql: include_str!("../migrations/0014_trip_items.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../migrations/0015_travel_reminded.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../migrations/0016_recipients.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../migrations/0017_directory.sql"),
        then: Some(crate::directory::fill),
    },
    Migration {
        sql: include_str!("../migrations/0018_audit.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../migrations/0019_audit_travel.sql"),
        then: Some(crate::audit::queue_shared),
    },
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
        tx.execute_batch(step.sql)?;
        if let Some(then) = step.then {
            then(&tx)?;
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

#[cfg(test)]
mod tests {
    /// Every file of `migrations/` is a step of the list, in the order of its number, and no
    /// step is missing a file: a new migration is a new numbered file and a line at the end.
    #[test]
    fn the_migrations_folder_is_the_list_in_order() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{e}"))
            .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| panic!("{e}"));
        files.sort();
        assert_eq!(files.len(), super::MIGRATIONS.len(), "{files:?}");
        for (index, (name, step)) in files.iter().zip(super::MIGRATIONS).enumerate() {
            assert!(name.starts_with(&format!("{:04}_", index + 1)), "{name}");
            assert!(name.ends_with(".sql"), "{name}");
            let sql = std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(sql, step.sql, "{name} is not step {}", index + 1);
        }
    }
}
