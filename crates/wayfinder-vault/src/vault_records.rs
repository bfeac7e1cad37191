//! What the import and the viewer ask of the open vault: originals sealed and recorded,
//! found again by their content, their pages' text, search.

use crate::error::{Result, VaultError};
use crate::reading::{self, Progress, Reading, ReadingJob};
use crate::vault::{Undo, millis};
use crate::{Blob, FileId, Hit, OpenVault, RecordPlace, Scope};
use crate::{casefile, library, oplog};

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::OptionalExtension;
use wayfinder_core::schema::parse_value;
use wayfinder_core::{CaseId, DomainError, EntityKind};

/// A record to add: what the import found out and what the user said about the file.
pub struct NewRecord<'a> {
    pub title: &'a str,
    pub category: &'a str,
    pub date: Option<&'a str>,
    pub institution: Option<&'a str>,
    pub language: Option<&'a str>,
    pub content: wayfinder_core::Content,
    /// The password a protected PDF opened with.
    pub secret: Option<&'a str>,
    /// The text of each page, for search.
    pub pages: &'a [String],
}

impl OpenVault {
    /// A hasher for the content hash of an original: BLAKE3 keyed with this vault's key, so
    /// the hash recognises a file imported twice and tells nothing to anyone else.
    pub fn content_hasher(&self) -> blake3::Hasher {
        blake3::Hasher::new_keyed(self.hash_key.expose())
    }

    /// Seals an original into the file store for `add_record`. It is noted first, so that if
    /// the record never comes (a kill, a full disk, a refusal), the file goes when the vault
    /// next opens, or at once when `add_record` fails.
    pub fn seal_original(&mut self, source: &mut dyn std::io::Read) -> Result<FileId> {
        let id = FileId::random()?;
        self.conn.execute(
            "INSERT INTO pending_files (file_id) VALUES (?1)",
            [id.to_hex()],
        )?;
        if let Err(e) = self.files.put_as(id, source) {
            let _ = self.conn.execute(
                "DELETE FROM pending_files WHERE file_id = ?1",
                [id.to_hex()],
            );
            return Err(e);
        }
        Ok(id)
    }

    /// The living records that hold this original, in any case.
    pub fn records_with_content(&self, hash: &[u8; 32]) -> Result<Vec<RecordPlace>> {
        library::records_with_hash(&self.conn, hash)
    }

    /// How many originals the vault holds.
    pub fn blob_count(&self) -> Result<usize> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM blobs", [], |r| r.get::<_, i64>(0))?
            as usize)
    }

    /// The original a record's `content` names, if the vault has it.
    pub fn blob(&self, hash: &[u8; 32]) -> Result<Option<Blob>> {
        library::blob(&self.conn, hash)
    }

    /// Adds a record to a case: its fields as operations, its original (already sealed as
    /// `file`) and the text of its pages, in one transaction. If the vault holds this original
    /// already, the new sealed copy is removed and the record names the one there.
    pub fn add_record(
        &mut self,
        case: CaseId,
        file: FileId,
        record: &NewRecord<'_>,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<[u8; 16]> {
        let result = self.add_record_rows(case, file, record, now, today);
        match &result {
            Ok((_, true)) => {}
            _ => {
                // Either nothing was recorded or the vault had this original already.
                let _ = self.files.remove(file);
                let _ = self.conn.execute(
                    "DELETE FROM pending_files WHERE file_id = ?1",
                    [file.to_hex()],
                );
            }
        }
        result.map(|(entity, _)| entity)
    }

    pub(crate) fn add_record_rows(
        &mut self,
        case: CaseId,
        file: FileId,
        record: &NewRecord<'_>,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<([u8; 16], bool)> {
        casefile::entity_kind(&self.conn, *case.as_bytes())?;
        let kind = EntityKind::Record;
        self.check_role(kind)?;
        let mut values = Vec::new();
        let typed = [
            ("title", Some(record.title)),
            ("category", Some(record.category)),
            ("date", record.date),
            ("institution", record.institution),
            ("language", record.language),
        ];
        for (name, input) in typed {
            let Some(input) = input.filter(|i| !i.trim().is_empty()) else {
                continue;
            };
            let field = kind
                .field(name)
                .ok_or(VaultError::Invalid(DomainError::ChoiceUnknown))?;
            values.push((name, parse_value(field, input, today)?));
        }
        values.push(("content", record.content.to_text()));
        let entity = oplog::new_id(millis(now))?;
        let tx = self.conn.transaction()?;
        let new = library::insert_blob(&tx, file, &record.content, record.secret, record.pages)?;
        casefile::create_entity(&tx, millis(now), case, entity, kind, &values)?;
        crate::audit::append(
            &tx,
            Some(wayfinder_sync::CaseRef(*case.as_bytes())),
            wayfinder_sync::audit::AuditAction::Imported,
            Some(entity),
            millis(now),
        )?;
        tx.commit()?;
        self.undo.push(Undo {
            case,
            entity,
            field: oplog::KIND_FIELD.to_owned(),
            before: None,
            with_previous: false,
        });
        Ok((entity, new))
    }

    /// A living record's case and original.
    pub fn record(&self, record: [u8; 16]) -> Result<(CaseId, Blob)> {
        let (case, kind) = casefile::entity_kind(&self.conn, record)?;
        if kind != EntityKind::Record {
            return Err(VaultError::Invalid(DomainError::ChoiceUnknown));
        }
        let content = oplog::entity_heads(&self.conn, record)?
            .into_iter()
            .find(|(f, _)| f == "content")
            .and_then(|(_, h)| h.value)
            .and_then(|v| wayfinder_core::Content::parse(&v))
            .ok_or(VaultError::Damaged)?;
        let blob = library::blob(&self.conn, &content.hash)?.ok_or(VaultError::RecordMissing)?;
        Ok((case, blob))
    }

    /// The text of one page of an original, as search sees it.
    pub fn page_text(&self, hash: &[u8; 32], page: u32) -> Result<Option<String>> {
        library::page_text(&self.conn, hash, page)
    }

    /// Her text of a page of a record, typed in place of what the reader read on a scan: made
    /// the first time, changed after; either way an edit of the case like any other (it syncs,
    /// undoes and shows a conflict). Returns the page text's entity.
    pub fn set_page_text(
        &mut self,
        record: [u8; 16],
        page: u32,
        text: &str,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<[u8; 16]> {
        let (case, blob) = self.record(record)?;
        if page >= blob.content.pages.max(1) {
            return Err(VaultError::Invalid(DomainError::ChoiceUnknown));
        }
        if let Some(existing) = self.page_text_entity(record, page)? {
            self.edit_field(existing, "text", Some(text), now, today)?;
            return Ok(existing);
        }
        let id = wayfinder_core::EntityId::from_bytes(record).to_string();
        let number = page.to_string();
        self.insert_entity(
            case,
            EntityKind::PageText,
            &[("record", &id), ("page", &number), ("text", text)],
            now,
            today,
        )
    }

    /// The living page text typed for a page of a record, if there is one (the oldest, if two
    /// members made one each).
    pub fn page_text_entity(&self, record: [u8; 16], page: u32) -> Result<Option<[u8; 16]>> {
        let id = wayfinder_core::EntityId::from_bytes(record).to_string();
        Ok(self
            .conn
            .prepare_cached(
                "SELECT r.entity FROM heads r
                 JOIN entities e ON e.entity = r.entity AND e.kind = 'page-text'
                 JOIN heads p ON p.entity = r.entity AND p.field = 'page' AND p.value = ?2
                 WHERE r.field = 'record' AND r.value = ?1
                 ORDER BY e.created_millis, r.entity LIMIT 1",
            )?
            .query_row(rusqlite::params![id, page.to_string()], |r| r.get(0))
            .optional()?)
    }

    /// The oldest page the text reader has still to read, with its original.
    pub fn reading_next(&self) -> Result<Option<ReadingJob>> {
        reading::next(&self.conn)
    }

    /// Stores what was read on a page (and `text`, its text for search), unless it was read
    /// meanwhile; says whether it was stored.
    pub fn store_reading(
        &mut self,
        hash: &[u8; 32],
        page: u32,
        outcome: &Reading,
        text: &str,
    ) -> Result<bool> {
        let tx = self.conn.transaction()?;
        let stored = reading::store(&tx, hash, page, outcome, text)?;
        tx.commit()?;
        Ok(stored)
    }

    /// Puts a page that was read (or could not be) back on the reader's list; `false` if it
    /// was never read.
    pub fn read_again(&mut self, hash: &[u8; 32], page: u32) -> Result<bool> {
        let tx = self.conn.transaction()?;
        let queued = reading::again(&tx, hash, page)?;
        tx.commit()?;
        Ok(queued)
    }

    /// Whether a page of an original waits to be read.
    pub fn reading_waits(&self, hash: &[u8; 32], page: u32) -> Result<bool> {
        reading::waits(&self.conn, hash, page)
    }

    /// The languages an original's pages are expected in (ISO 639-1).
    pub fn reading_languages(&self, hash: &[u8; 32]) -> Result<Vec<String>> {
        reading::languages(&self.conn, hash)
    }

    /// What was read on a page of an original, if it was read.
    pub fn page_reading(&self, hash: &[u8; 32], page: u32) -> Result<Option<Reading>> {
        reading::page(&self.conn, hash, page)
    }

    /// The pages of an original turned upright to be read, and by how many degrees.
    pub fn page_rotations(&self, hash: &[u8; 32]) -> Result<Vec<(u32, u16)>> {
        reading::rotations(&self.conn, hash)
    }

    /// How far the reading of an original has come.
    pub fn reading_progress(&self, hash: &[u8; 32]) -> Result<Progress> {
        reading::progress(&self.conn, hash)
    }

    /// How many pages are still to read in the whole vault.
    pub fn reading_remaining(&self) -> Result<u32> {
        reading::remaining(&self.conn)
    }

    /// Searches the text of every page and every typed field in `scope`.
    pub fn search(&self, query: &str, scope: Scope, limit: u32) -> Result<Vec<Hit>> {
        library::search(&self.conn, query, scope, limit)
    }
}
