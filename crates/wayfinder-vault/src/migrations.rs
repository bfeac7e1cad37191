//! Migrations that rewrite rows, not only tables.

use crate::error::{Result, VaultError};
use crate::oplog::{self, KIND_FIELD};
use chrono::DateTime;
use rusqlite::Transaction;
use wayfinder_core::{EntityKind, Stage};
use wayfinder_merge::{Change, FieldRef};

/// Schema 2: the operation log. Each case row of schema 1 becomes the operations that would
/// have made it, by this vault's new author, at the time the case was created; then the old
/// table goes.
pub fn to_operations(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(oplog::SCHEMA)?;
    oplog::init_author(tx)?;
    let rows = {
        let mut stmt = tx.prepare(
            "SELECT id, child_name, date_of_birth, country, languages, created_at FROM cases ORDER BY created_at, id",
        )?;
        stmt.query_map([], |r| {
            Ok((
                r.get::<_, [u8; 16]>(0)?,
                [
                    ("child.name", r.get::<_, String>(1)?),
                    ("child.date_of_birth", r.get::<_, String>(2)?),
                    ("child.country", r.get::<_, String>(3)?),
                    ("child.languages", r.get::<_, String>(4)?),
                ],
                r.get::<_, String>(5)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
    };
    for (id, fields, created_at) in rows {
        let millis = DateTime::parse_from_rfc3339(&created_at)
            .map_err(|_| VaultError::Damaged)?
            .timestamp_millis();
        let millis = u64::try_from(millis).map_err(|_| VaultError::Damaged)?;
        let at = |field: &str| FieldRef {
            scope: id,
            entity: id,
            field: field.to_owned(),
        };
        oplog::write_local_at(
            tx,
            millis,
            at(KIND_FIELD),
            Change::Set(EntityKind::Case.as_str().into()),
            oplog::Schema::OperationLog,
        )?;
        oplog::write_local_at(
            tx,
            millis,
            at("stage"),
            Change::Set(Stage::Inquiry.as_str().into()),
            oplog::Schema::OperationLog,
        )?;
        for (field, value) in fields {
            oplog::write_local_at(
                tx,
                millis,
                at(field),
                Change::Set(value.into_bytes()),
                oplog::Schema::OperationLog,
            )?;
        }
    }
    tx.execute_batch("DROP TABLE cases;")?;
    Ok(())
}
