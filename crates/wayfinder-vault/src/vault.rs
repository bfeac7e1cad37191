//! The open vault, and edits of the case file: cases, entities, fields, undo, and what the
//! screens read.

use crate::error::{Result, VaultError};
use crate::{
    CaseFilter, CaseSummary, EntityView, Head, KeychainEntry, SealedFileStore, SecretKey, Stored,
    Today,
};
use crate::{casefile, db, oplog};

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::Connection;
use wayfinder_core::schema::parse_value;
use wayfinder_core::{CaseId, Child, DomainError, EntityKind, Stage};
use wayfinder_merge::{AuthorId, Hlc, Operation};

/// An unlocked vault. Dropping it locks: the database closes and the keys are wiped.
pub struct OpenVault {
    pub(crate) conn: Connection,
    pub(crate) files: SealedFileStore,
    /// The key of the content hash that recognises an original imported twice.
    pub(crate) hash_key: SecretKey,
    pub(crate) vault_id: String,
    /// What undoing each of this session's edits takes, the latest last. Kept in memory only:
    /// locking forgets it, as it forgets everything else.
    pub(crate) undo: Vec<Undo>,
}

/// How to take an edit back: the field and what it held before.
pub(crate) struct Undo {
    pub(crate) case: CaseId,
    pub(crate) entity: [u8; 16],
    pub(crate) field: String,
    pub(crate) before: Option<String>,
}

pub(crate) fn millis(time: DateTime<Utc>) -> u64 {
    u64::try_from(time.timestamp_millis()).unwrap_or(0)
}

impl OpenVault {
    pub fn vault_id(&self) -> &str {
        &self.vault_id
    }

    pub fn files(&self) -> &SealedFileStore {
        &self.files
    }

    /// The author id of this vault's own edits.
    pub fn author(&self) -> Result<AuthorId> {
        oplog::author(&self.conn)
    }

    /// Stores the vault key in the OS keychain under this vault's id.
    pub fn store_key_in_keychain(&self, vk: &SecretKey) -> Result<()> {
        KeychainEntry::for_vault(&self.vault_id).store(vk)
    }

    /// Opens a new case at the inquiry stage for `child`.
    pub fn create_case(&mut self, id: CaseId, child: &Child, now: DateTime<Utc>) -> Result<()> {
        let languages = child
            .languages
            .iter()
            .map(|l| l.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let values = [
            ("stage", Stage::Inquiry.as_str().to_owned()),
            ("child.name", child.name.as_str().to_owned()),
            ("child.date_of_birth", child.date_of_birth.to_iso()),
            ("child.country", child.country.as_str().to_owned()),
            ("child.languages", languages),
        ];
        let tx = self.conn.transaction()?;
        casefile::create_entity(
            &tx,
            millis(now),
            id,
            *id.as_bytes(),
            EntityKind::Case,
            &values,
        )?;
        tx.commit()?;
        self.undo.push(Undo {
            case: id,
            entity: *id.as_bytes(),
            field: oplog::KIND_FIELD.to_owned(),
            before: None,
        });
        Ok(())
    }

    /// Adds an entity (a contact, a task…) to a case with the values typed for it, all checked
    /// first: nothing is written unless every value is right and every required field is there.
    pub fn add_entity(
        &mut self,
        case: CaseId,
        kind: EntityKind,
        values: &[(&str, &str)],
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<[u8; 16]> {
        if matches!(
            kind,
            EntityKind::Case | EntityKind::Record | EntityKind::Export
        ) {
            // A case is opened with create_case; a record comes with its file, by add_record;
            // an export is written by the export itself, by record_export.
            return Err(VaultError::Invalid(DomainError::ChoiceUnknown));
        }
        self.insert_entity(case, kind, values, now, today)
    }

    /// Notes in the case that a report left the vault: which, to whom, in which language, with
    /// which records. Its creation time is when.
    pub fn record_export(
        &mut self,
        case: CaseId,
        values: &[(&str, &str)],
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<[u8; 16]> {
        let entity = self.insert_entity(case, EntityKind::Export, values, now, today)?;
        // What left the vault stays noted: an export is never undone.
        self.undo.pop();
        Ok(entity)
    }

    pub(crate) fn insert_entity(
        &mut self,
        case: CaseId,
        kind: EntityKind,
        values: &[(&str, &str)],
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<[u8; 16]> {
        let (_, root) = casefile::entity_kind(&self.conn, *case.as_bytes())?;
        if !root.is_root() || kind.is_root() || kind.scope_root() != root {
            // Each kind in its own scope: a case's in a case, the team's in the team-wide one.
            return Err(VaultError::Invalid(DomainError::ChoiceUnknown));
        }
        let mut parsed = Vec::with_capacity(values.len());
        for (name, input) in values {
            let field = kind
                .field(name)
                .ok_or(VaultError::Invalid(DomainError::ChoiceUnknown))?;
            if input.trim().is_empty() && !field.required {
                continue;
            }
            parsed.push((field.name, parse_value(field, input, today)?));
        }
        if let Some(missing) = kind
            .fields()
            .iter()
            .find(|f| f.required && !parsed.iter().any(|(n, _)| *n == f.name))
        {
            return Err(VaultError::Invalid(
                if missing.kind == wayfinder_core::FieldKind::Name {
                    DomainError::NameEmpty
                } else {
                    DomainError::ValueEmpty
                },
            ));
        }
        let entity = oplog::new_id(millis(now))?;
        let tx = self.conn.transaction()?;
        casefile::create_entity(&tx, millis(now), case, entity, kind, &parsed)?;
        tx.commit()?;
        self.undo.push(Undo {
            case,
            entity,
            field: oplog::KIND_FIELD.to_owned(),
            before: None,
        });
        Ok(entity)
    }

    /// Sets one field of an entity from what was typed (`None` clears it). The value is checked
    /// by the domain's rules (a stage moves only where it may; a required field cannot be
    /// cleared); a refused value writes nothing. Writing a field in conflict resolves it.
    pub fn edit_field(
        &mut self,
        entity: [u8; 16],
        field: &str,
        input: Option<&str>,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<()> {
        let (case, kind) = casefile::entity_kind(&self.conn, entity)?;
        let def = kind
            .field(field)
            // What an original is, and the log of what left the vault, are never retyped.
            .filter(|d| d.kind != wayfinder_core::FieldKind::Content && kind != EntityKind::Export)
            .ok_or(VaultError::Invalid(DomainError::ChoiceUnknown))?;
        let value = match input {
            Some(text)
                if !text.trim().is_empty() || def.kind == wayfinder_core::FieldKind::Languages =>
            {
                Some(parse_value(def, text, today)?)
            }
            _ if def.required => {
                return Err(VaultError::Invalid(
                    if def.kind == wayfinder_core::FieldKind::Name {
                        DomainError::NameEmpty
                    } else {
                        DomainError::ValueEmpty
                    },
                ));
            }
            _ => None,
        };
        let heads = oplog::entity_heads(&self.conn, entity)?;
        let current: Vec<&Head> = heads
            .iter()
            .filter(|(f, _)| f == field)
            .map(|(_, h)| h)
            .collect();
        if def.kind == wayfinder_core::FieldKind::Stage
            && let (Some(new), [one]) =
                (value.as_deref().and_then(Stage::parse), current.as_slice())
            && let Some(old) = one.value.as_deref().and_then(Stage::parse)
            && old != new
        {
            old.move_to(new)
                .map_err(|_| VaultError::Invalid(DomainError::StageRefused))?;
        }
        if let [one] = current.as_slice()
            && one.value == value
        {
            return Ok(());
        }
        let before = current.first().and_then(|h| h.value.clone());
        let tx = self.conn.transaction()?;
        casefile::set_field(&tx, millis(now), case, entity, field, value.as_deref())?;
        if kind != EntityKind::Case {
            // Editing an entity also says, on its existence, "it exists, as I last saw it": a
            // deletion made elsewhere without seeing this edit then meets it in one register,
            // and the two show as a conflict instead of the edit vanishing with the entity.
            casefile::set_field(
                &tx,
                millis(now),
                case,
                entity,
                oplog::KIND_FIELD,
                Some(kind.as_str()),
            )?;
        }
        tx.commit()?;
        self.undo.push(Undo {
            case,
            entity,
            field: field.to_owned(),
            before,
        });
        Ok(())
    }

    /// Deletes an entity of a case (not the case itself): its existence is cleared by an
    /// operation like any other, so a deletion concurrent with an edit shows as a conflict.
    pub fn delete_entity(&mut self, entity: [u8; 16], now: DateTime<Utc>) -> Result<()> {
        let (case, kind) = casefile::entity_kind(&self.conn, entity)?;
        if kind == EntityKind::Case || kind == EntityKind::Export {
            return Err(VaultError::Invalid(DomainError::ChoiceUnknown));
        }
        let tx = self.conn.transaction()?;
        casefile::set_field(&tx, millis(now), case, entity, oplog::KIND_FIELD, None)?;
        tx.commit()?;
        self.undo.push(Undo {
            case,
            entity,
            field: oplog::KIND_FIELD.to_owned(),
            before: Some(kind.as_str().to_owned()),
        });
        Ok(())
    }

    /// Settles a deletion that met a concurrent edit: `keep` brings the entity back with every
    /// change made to it; otherwise the deletion stands. Either way one operation names both.
    pub fn settle_deletion(
        &mut self,
        entity: [u8; 16],
        keep: bool,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let (case, kind) = casefile::entity_kind(&self.conn, entity)?;
        let tx = self.conn.transaction()?;
        let value = keep.then_some(kind.as_str());
        casefile::set_field(&tx, millis(now), case, entity, oplog::KIND_FIELD, value)?;
        tx.commit()?;
        // Not undoable: what came before was a conflict, which no single value restores.
        Ok(())
    }

    /// Takes back this session's latest edit with a new operation that restores what the field
    /// held before, and says which case it touched; `None` when there is nothing to undo.
    pub fn undo(&mut self, now: DateTime<Utc>) -> Result<Option<CaseId>> {
        let Some(last) = self.undo.pop() else {
            return Ok(None);
        };
        let tx = self.conn.transaction()?;
        casefile::set_field(
            &tx,
            millis(now),
            last.case,
            last.entity,
            &last.field,
            last.before.as_deref(),
        )?;
        tx.commit()?;
        Ok(Some(last.case))
    }

    /// Every field's heads of an entity, living or not (a deleted entity's fields stay).
    pub fn field_heads(&self, entity: [u8; 16]) -> Result<Vec<(String, Head)>> {
        oplog::entity_heads(&self.conn, entity)
    }

    /// The case a living entity belongs to, and its kind.
    pub fn entity_case(&self, entity: [u8; 16]) -> Result<(CaseId, EntityKind)> {
        casefile::entity_kind(&self.conn, entity)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Applies many operations made elsewhere in one transaction: all or none.
    pub fn apply_operations(&mut self, ops: &[Operation]) -> Result<usize> {
        let tx = self.conn.transaction()?;
        let mut new = 0;
        for op in ops {
            if oplog::receive(&tx, op)? == Stored::New {
                new += 1;
            }
        }
        tx.commit()?;
        Ok(new)
    }

    /// The ids of every operation of a case, in the order this vault stored them.
    pub fn operation_ids(&self, case: CaseId) -> Result<Vec<wayfinder_merge::OpId>> {
        oplog::operation_ids(&self.conn, case)
    }

    /// Applies an operation made elsewhere (by another member, through sync).
    pub fn apply_operation(&mut self, op: &Operation) -> Result<Stored> {
        let tx = self.conn.transaction()?;
        let stored = oplog::receive(&tx, op)?;
        tx.commit()?;
        Ok(stored)
    }

    pub fn list_cases(&self, filter: &CaseFilter) -> Result<Vec<CaseSummary>> {
        casefile::list(&self.conn, filter)
    }

    pub fn count_cases(&self) -> Result<u64> {
        casefile::count(&self.conn)
    }

    pub fn case_file(&self, id: CaseId) -> Result<Vec<EntityView>> {
        casefile::case_file(&self.conn, id)
    }

    /// The latest `limit` changes to the case, newest first (`casefile::activity`).
    pub fn activity(&self, id: CaseId, limit: u32) -> Result<Vec<crate::casefile::Activity>> {
        casefile::activity(&self.conn, id, limit)
    }

    /// Every stage the case has been in, oldest first, with when and by whom.
    pub fn stage_history(&self, id: CaseId) -> Result<Vec<(Hlc, AuthorId, Option<String>)>> {
        casefile::field_history(&self.conn, id, *id.as_bytes(), "stage")
    }

    /// What is due by `date`, across all cases; at most `task_limit` tasks listed.
    pub fn today(&self, date: NaiveDate, task_limit: u32) -> Result<Today> {
        casefile::today(&self.conn, date, task_limit)
    }

    /// SQLite's and SQLCipher's integrity checks; empty when the file is sound.
    pub fn check_integrity(&self) -> Result<Vec<String>> {
        db::check_integrity(&self.conn)
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<u32> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))?)
    }
}
