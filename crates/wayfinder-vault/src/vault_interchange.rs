//! A case file read from another system (a hospital's FHIR Bundle) written as one edit: a new
//! case or the fields an existing case does not hold yet, its entities and its records with
//! their sealed originals, all checked first, then written in one transaction or not at all,
//! and taken back by one undo.

use crate::error::{Result, VaultError};
use crate::vault::{Undo, millis};
use crate::{FileId, NewRecord, OpenVault};
use crate::{casefile, library, oplog};
use chrono::{DateTime, NaiveDate, Utc};
use wayfinder_core::schema::parse_value;
use wayfinder_core::{CaseId, DomainError, EntityKind, Stage};

/// What a file adds to a case.
pub struct CaseParts<'a> {
    /// The case's own fields as read. A new case takes every one of them; an existing case
    /// takes only those it holds no value for: what she wrote is never overwritten by a file.
    pub case_fields: Vec<(&'a str, &'a str)>,
    pub entities: Vec<(EntityKind, Vec<(&'a str, &'a str)>)>,
    /// Records with their originals, each sealed by `seal_original` beforehand.
    pub records: Vec<(FileId, NewRecord<'a>)>,
}

/// What was written: the case's own fields set, the entities and the records made.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Written {
    pub case_fields: Vec<&'static str>,
    pub entities: Vec<[u8; 16]>,
    pub records: Vec<[u8; 16]>,
}

impl OpenVault {
    /// Writes `parts` into `case`, made here when `create`. On any refusal nothing is written
    /// and the sealed originals are removed again.
    pub fn import_case_parts(
        &mut self,
        case: CaseId,
        create: bool,
        parts: &CaseParts<'_>,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<Written> {
        let result = self.write_case_parts(case, create, parts, now, today);
        if result.is_err() {
            for (file, _) in &parts.records {
                let _ = self.files.remove(*file);
                let _ = self.conn.execute(
                    "DELETE FROM pending_files WHERE file_id = ?1",
                    [file.to_hex()],
                );
            }
        }
        result
    }

    fn write_case_parts(
        &mut self,
        case: CaseId,
        create: bool,
        parts: &CaseParts<'_>,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<Written> {
        let invalid = || VaultError::Invalid(DomainError::ChoiceUnknown);
        // The case's own fields, checked as typed.
        let held: Vec<String> = if create {
            self.check_role(EntityKind::Case)?;
            Vec::new()
        } else {
            let (_, kind) = casefile::entity_kind(&self.conn, *case.as_bytes())?;
            if kind != EntityKind::Case {
                return Err(invalid());
            }
            self.field_heads(*case.as_bytes())?
                .into_iter()
                .filter(|(_, head)| head.value.is_some())
                .map(|(name, _)| name)
                .collect()
        };
        let mut case_values: Vec<(&'static str, String)> = Vec::new();
        if create {
            case_values.push(("stage", Stage::Inquiry.as_str().to_owned()));
        }
        for (name, input) in &parts.case_fields {
            let field = EntityKind::Case.field(name).ok_or_else(invalid)?;
            if field.name == "stage" || held.iter().any(|h| h == field.name) {
                continue;
            }
            if input.trim().is_empty() {
                continue;
            }
            case_values.push((field.name, parse_value(field, input, today)?));
        }
        if create
            && let Some(missing) = EntityKind::Case
                .fields()
                .iter()
                .find(|f| f.required && !case_values.iter().any(|(n, _)| *n == f.name))
        {
            return Err(VaultError::Invalid(
                if missing.kind == wayfinder_core::FieldKind::Name {
                    DomainError::NameEmpty
                } else {
                    DomainError::ChoiceUnknown
                },
            ));
        }
        if !case_values.is_empty() && !create {
            self.check_role(EntityKind::Case)?;
        }
        // Each entity, of a kind that lives in a case, checked as typed.
        let mut entities = Vec::with_capacity(parts.entities.len());
        for (kind, values) in &parts.entities {
            if kind.is_root()
                || kind.scope_root() != EntityKind::Case
                || matches!(
                    kind,
                    EntityKind::Record | EntityKind::Export | EntityKind::PageText
                )
            {
                return Err(invalid());
            }
            self.check_role(*kind)?;
            entities.push((*kind, self.parse_entity(case, *kind, values, today)?));
        }
        // Each record's fields, as `add_record` checks them.
        let mut records = Vec::with_capacity(parts.records.len());
        if !parts.records.is_empty() {
            self.check_role(EntityKind::Record)?;
        }
        for (file, record) in &parts.records {
            let mut values = Vec::new();
            for (name, input) in [
                ("title", Some(record.title)),
                ("category", Some(record.category)),
                ("date", record.date),
                ("institution", record.institution),
                ("language", record.language),
            ] {
                let Some(input) = input.filter(|i| !i.trim().is_empty()) else {
                    continue;
                };
                let field = EntityKind::Record.field(name).ok_or_else(invalid)?;
                values.push((field.name, parse_value(field, input, today)?));
            }
            values.push(("content", record.content.to_text()));
            records.push((*file, record, values));
        }

        let at = millis(now);
        let mut written = Written::default();
        let mut undo = Vec::new();
        let mut redundant = Vec::new();
        let tx = self.conn.transaction()?;
        if create {
            casefile::create_entity(
                &tx,
                at,
                case,
                *case.as_bytes(),
                EntityKind::Case,
                &case_values,
            )?;
            undo.push((*case.as_bytes(), oplog::KIND_FIELD.to_owned()));
        } else {
            for (name, value) in &case_values {
                casefile::set_field(&tx, at, case, *case.as_bytes(), name, Some(value))?;
                undo.push((*case.as_bytes(), (*name).to_owned()));
            }
        }
        written.case_fields = case_values.iter().map(|(n, _)| *n).collect();
        for (kind, values) in &entities {
            let entity = oplog::new_id(at)?;
            casefile::create_entity(&tx, at, case, entity, *kind, values)?;
            undo.push((entity, oplog::KIND_FIELD.to_owned()));
            written.entities.push(entity);
        }
        for (file, record, values) in &records {
            let entity = oplog::new_id(at)?;
            let new =
                library::insert_blob(&tx, *file, &record.content, record.secret, record.pages)?;
            if !new {
                redundant.push(*file);
            }
            casefile::create_entity(&tx, at, case, entity, EntityKind::Record, values)?;
            crate::audit::append(
                &tx,
                Some(wayfinder_sync::CaseRef(*case.as_bytes())),
                wayfinder_sync::audit::AuditAction::Imported,
                Some(entity),
                at,
            )?;
            undo.push((entity, oplog::KIND_FIELD.to_owned()));
            written.records.push(entity);
        }
        tx.commit()?;
        // An original the vault held already stays under the copy it has.
        for file in redundant {
            let _ = self.files.remove(file);
            let _ = self.conn.execute(
                "DELETE FROM pending_files WHERE file_id = ?1",
                [file.to_hex()],
            );
        }
        self.push_undo_step(undo.into_iter().map(|(entity, field)| Undo {
            case,
            entity,
            field,
            before: None,
            with_previous: false,
        }));
        Ok(written)
    }
}
