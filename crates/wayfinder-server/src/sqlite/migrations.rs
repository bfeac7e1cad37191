//! The SQLite store's schema, one migration a release, each in its own file under
//! `migrations/` and applied in order, each in one transaction that also sets the file's
//! `user_version` to its number. Append only: a released migration is never edited, and the
//! frozen database of each schema (`tests/golden/`) must keep opening.
//!
//! Migration 1 is the schema as the server wrote it before it had a version: its statements
//! keep their `IF NOT EXISTS`, so that a file from that time (at `user_version` 0, with its
//! tables already there) becomes version 1 without a change.

use crate::store::{Result, StoreError};
use rusqlite::{Connection, Transaction, TransactionBehavior, params};
use std::collections::BTreeMap;
use wayfinder_sync::{SealedOp, blob, wire};

const MIGRATIONS: &[&str] = &[
    // 1: workspaces, rosters, members, invitations, challenges, sessions, operations,
    // envelopes, and what each blob's upload has reached.
    include_str!("migrations/0001_initial.sql"),
    // 2: who began each blob's upload (only she may write to it), and its salt.
    include_str!("migrations/0002_blob_owners.sql"),
    // 3: the bytes each member stores, for her quota.
    include_str!("migrations/0003_usage.sql"),
    // 4: the stored bytes counted again, with what came before 3 (`recount_usage`).
    include_str!("migrations/0004_usage_recounted.sql"),
    // 5: when each member was last seen, for the admin's list.
    include_str!("migrations/0005_last_seen.sql"),
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
        if current + 1 == 4 {
            recount_usage(&tx)?;
        }
        tx.pragma_update(None, "user_version", current + 1)?;
        tx.commit()?;
    }
}

/// Counts every member's stored bytes from what the file holds: her operations' sealed
/// bodies, as `push` counts them, and each chunk of the blobs she began as a whole sealed
/// chunk (the file keeps no chunk's size; a last chunk counts at most one chunk too many).
/// Blobs begun before schema 2 have no owner and count for no one; an operation that does
/// not decode counts for no one.
fn recount_usage(tx: &Transaction<'_>) -> Result<()> {
    let mut used: BTreeMap<(Vec<u8>, [u8; 16]), u64> = BTreeMap::new();
    {
        let mut stmt = tx.prepare("SELECT workspace, body FROM ops")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let workspace: Vec<u8> = row.get(0)?;
            let body: Vec<u8> = row.get(1)?;
            if let Ok(op) = wire::decode::<SealedOp>(&body) {
                *used.entry((workspace, op.author.0)).or_default() += op.ciphertext.len() as u64;
            }
        }
        let mut stmt = tx.prepare(
            "SELECT workspace, owner, min(have, total) FROM blobs WHERE owner IS NOT NULL",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let workspace: Vec<u8> = row.get(0)?;
            let Ok(owner) = <[u8; 16]>::try_from(row.get::<_, Vec<u8>>(1)?) else {
                continue;
            };
            let chunks: i64 = row.get(2)?;
            *used.entry((workspace, owner)).or_default() +=
                chunks.max(0) as u64 * blob::MAX_SEALED_CHUNK as u64;
        }
    }
    for ((workspace, member), bytes) in used {
        tx.execute(
            "INSERT INTO usage (workspace, member, bytes) VALUES (?1, ?2, ?3)",
            params![workspace, &member[..], bytes as i64],
        )?;
    }
    Ok(())
}
