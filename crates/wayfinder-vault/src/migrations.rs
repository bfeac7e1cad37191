//! The steps of migrations that rewrite rows or fill indexes, after their SQL (in `migrations/`).

use crate::error::{Result, VaultError};
use crate::library;
use crate::oplog::{self, KIND_FIELD};
use chrono::DateTime;
use rusqlite::{Transaction, params};
use wayfinder_core::{EntityKind, Stage};
use wayfinder_merge::{Change, FieldRef};

/// Schema 2: the operation log. Each case row of schema 1 becomes the operations that would
/// have made it, by this vault's new author, at the time the case was created; then the old
/// table goes.
pub fn to_operations(tx: &Transaction<'_>) -> Result<()> {
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

/// Schema 3: the text of every field already in the vault indexed.
pub fn index_fields(tx: &Transaction<'_>) -> Result<()> {
    let fields = {
        let mut stmt = tx.prepare("SELECT DISTINCT case_id, entity, field FROM heads")?;
        stmt.query_map([], |r| {
            Ok((
                r.get::<_, [u8; 16]>(0)?,
                r.get::<_, [u8; 16]>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
    };
    for (case, entity, field) in fields {
        library::index_field(tx, case, entity, &field)?;
    }
    Ok(())
}

/// Schema 4: the short-term index, filled from the page text already indexed.
pub fn index_words(tx: &Transaction<'_>) -> Result<()> {
    let mut read = tx.prepare("SELECT rowid, body FROM page_text")?;
    let mut rows = read.query([])?;
    let mut write = tx.prepare("INSERT INTO page_words (rowid, body) VALUES (?1, ?2)")?;
    while let Some(row) = rows.next()? {
        let body: String = row.get(1)?;
        write.execute(params![row.get::<_, i64>(0)?, library::words(&body)])?;
    }
    Ok(())
}

/// Schema 11: the pages of originals already in the vault that the text reader is to read
/// (images, and PDF pages with almost no text of their own).
pub fn queue_reading(tx: &Transaction<'_>) -> Result<()> {
    let blobs = {
        let mut stmt = tx.prepare("SELECT hash, media, pages FROM blobs ORDER BY hash")?;
        stmt.query_map([], |r| {
            Ok((
                r.get::<_, Vec<u8>>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
    };
    let mut text = tx.prepare(
        "SELECT p.page, t.body FROM page_rows p JOIN page_text t ON t.rowid = p.id WHERE p.hash = ?1",
    )?;
    for (hash, media, pages) in blobs {
        let hash: [u8; 32] = hash.try_into().map_err(|_| VaultError::Damaged)?;
        let media = wayfinder_core::Media::parse(&media).ok_or(VaultError::Damaged)?;
        let pages = u32::try_from(pages).map_err(|_| VaultError::Damaged)?;
        let mut texts = vec![String::new(); pages.min(100_000) as usize];
        for row in text.query_map([&hash[..]], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })? {
            let (page, body) = row?;
            if let Some(slot) = usize::try_from(page).ok().and_then(|p| texts.get_mut(p)) {
                *slot = body;
            }
        }
        crate::reading::queue(tx, &hash, media, pages, &texts)?;
    }
    Ok(())
}

/// Schema 12: the pages she typed the text of, from the page texts already in the vault.
pub fn index_corrections(tx: &Transaction<'_>) -> Result<()> {
    let entities = {
        let mut stmt = tx.prepare("SELECT entity FROM entities WHERE kind = 'page-text'")?;
        stmt.query_map([], |r| r.get::<_, [u8; 16]>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?
    };
    for entity in entities {
        let heads = oplog::entity_heads(tx, entity)?;
        library::reindex_page_text(tx, entity, &heads, true)?;
    }
    Ok(())
}

/// Schema 13: the translation memory, filled from the passages already in the vault.
pub fn index_memory(tx: &Transaction<'_>) -> Result<()> {
    let units = {
        let mut stmt = tx.prepare("SELECT entity FROM entities WHERE kind = 'unit'")?;
        stmt.query_map([], |r| r.get::<_, [u8; 16]>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?
    };
    for unit in units {
        let heads = oplog::entity_heads(tx, unit)?;
        crate::memory::reindex_unit(tx, unit, &heads, true)?;
    }
    Ok(())
}
