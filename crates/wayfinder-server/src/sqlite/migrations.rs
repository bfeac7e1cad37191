//! The SQLite store's schema, one migration a release, each in its own file under
//! `migrations/` and applied in order, each in one transaction that also sets the file's
//! `user_version` to its number. Append only: a released migration is never edited, and the
//! frozen database of each schema (`tests/golden/`) must keep opening.
//!
//! Migration 1 is the schema as the server wrote it before it had a version: its statements
//! keep their `IF NOT EXISTS`, so that a file from that time (at `user_version` 0, with its
//! tables already there) becomes version 1 without a change.

use crate::store::{Result, StoreError};
use rusqlite::{Connection, TransactionBehavior};

const MIGRATIONS: &[&str] = &[
    // 1: workspaces, rosters, members, invitations, challenges, sessions, operations,
    // envelopes, and what each blob's upload has reached.
    include_str!("migrations/0001_initial.sql"),
    // 2: who began each blob's upload (only she may write to it), and its salt.
    include_str!("migrations/0002_blob_owners.sql"),
    // 3: the bytes each member stores, for her quota.
    include_str!("migrations/0003_usage.sql"),
];

/// The newest schema this server knows.
pub fn schema_version() -> u32 {
    MIGRATIONS.len() as u32
}

/// Brings the file's schema up to date, one migration at a time; refuses a file from a newer
/// server, leaving it as it is.
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    let known = schema_version();
    loop {
        // The version is read inside the migration's own transaction (taking the write lock
        // first), so that two servers opening one file never apply a migration twice.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current: u32 = tx.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if current > known {
            return Err(StoreError::TooNew {
                found: current,
                supported: known,
            });
        }
        let Some(step) = MIGRATIONS.get(current as usize) else {
            return Ok(());
        };
        tx.execute_batch(step)?;
        tx.pragma_update(None, "user_version", current + 1)?;
        tx.commit()?;
    }
}
