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
use wayfinder_core::coordination::Status;
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
    /// Part of one edit with the change before it (a deletion of several records): one undo
    /// takes the whole edit back.
    pub(crate) with_previous: bool,
}

/// One field of one entity to set, checked.
struct PlannedEdit {
    case: CaseId,
    entity: [u8; 16],
    kind: EntityKind,
    before: Option<String>,
    value: Option<String>,
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
        self.check_role(EntityKind::Case)?;
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
            with_previous: false,
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
            EntityKind::Case | EntityKind::Record | EntityKind::Export | EntityKind::PageText
        ) {
            // A case is opened with create_case; a record comes with its file, by add_record;
            // an export is written by the export itself, by record_export; a page's text by
            // set_page_text, which checks the page is one of the record's.
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
        self.audit(
            Some(case),
            wayfinder_sync::audit::AuditAction::Exported,
            Some(entity),
            now,
        )?;
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
        let made = self.insert_entities(case, kind, &[values], now, today)?;
        made.into_iter().next().ok_or(VaultError::Damaged)
    }

    /// Adds several entities of one kind to a case (or the team-wide scope) as one edit: every
    /// value of every one is checked first, then all are written in one transaction or none,
    /// and one undo takes them all back. Their ids, in order.
    pub fn add_entities(
        &mut self,
        case: CaseId,
        kind: EntityKind,
        rows: &[&[(&str, &str)]],
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<Vec<[u8; 16]>> {
        if matches!(
            kind,
            EntityKind::Case | EntityKind::Record | EntityKind::Export | EntityKind::PageText
        ) {
            return Err(VaultError::Invalid(DomainError::ChoiceUnknown));
        }
        self.insert_entities(case, kind, rows, now, today)
    }

    fn insert_entities(
        &mut self,
        case: CaseId,
        kind: EntityKind,
        rows: &[&[(&str, &str)]],
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<Vec<[u8; 16]>> {
        self.check_role(kind)?;
        let (_, root) = casefile::entity_kind(&self.conn, *case.as_bytes())?;
        if !root.is_root() || kind.is_root() || kind.scope_root() != root {
            // Each kind in its own scope: a case's in a case, the team's in the team-wide one.
            return Err(VaultError::Invalid(DomainError::ChoiceUnknown));
        }
        let mut all = Vec::with_capacity(rows.len());
        for values in rows {
            all.push(self.parse_entity(case, kind, values, today)?);
        }
        let mut made = Vec::with_capacity(all.len());
        let tx = self.conn.transaction()?;
        for parsed in &all {
            let entity = oplog::new_id(millis(now))?;
            casefile::create_entity(&tx, millis(now), case, entity, kind, parsed)?;
            made.push(entity);
        }
        tx.commit()?;
        self.push_undo_step(made.iter().map(|entity| Undo {
            case,
            entity: *entity,
            field: oplog::KIND_FIELD.to_owned(),
            before: None,
            with_previous: false,
        }));
        Ok(made)
    }

    /// Adds entities of one kind with the parts that belong to each (an institution with its
    /// contacts), each part of `part_kind`, its `part_field` naming its entity (filled in here). Everything is
    /// checked first, then written in one transaction or not at all, as one edit that one undo
    /// takes back. The entities' ids, in order.
    #[allow(clippy::type_complexity)]
    pub fn add_entities_with_parts(
        &mut self,
        case: CaseId,
        kind: EntityKind,
        (part_kind, part_field): (EntityKind, &str),
        rows: &[(&[(&str, &str)], Vec<&[(&str, &str)]>)],
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<Vec<[u8; 16]>> {
        self.check_role(kind)?;
        self.check_role(part_kind)?;
        let (_, root) = casefile::entity_kind(&self.conn, *case.as_bytes())?;
        let scoped = |k: EntityKind| !k.is_root() && k.scope_root() == root;
        if !root.is_root() || !scoped(kind) || !scoped(part_kind) {
            return Err(VaultError::Invalid(DomainError::ChoiceUnknown));
        }
        // The parts name their entity by `part_field`, a reference to its kind.
        if !matches!(
            part_kind.field(part_field).map(|f| f.kind),
            Some(wayfinder_core::FieldKind::Ref(k)) if k == kind
        ) {
            return Err(VaultError::Invalid(DomainError::ChoiceUnknown));
        }
        let mut made = Vec::with_capacity(rows.len());
        let mut all = Vec::with_capacity(rows.len());
        for (values, parts) in rows {
            let entity = oplog::new_id(millis(now))?;
            let parsed = self.parse_entity_among(case, kind, values, today, &[])?;
            let owner = wayfinder_core::EntityId::from_bytes(entity).to_string();
            let mut parsed_parts = Vec::with_capacity(parts.len());
            for part in parts {
                let mut values: Vec<(&str, &str)> = part
                    .iter()
                    .filter(|(f, _)| *f != part_field)
                    .copied()
                    .collect();
                values.push((part_field, owner.as_str()));
                parsed_parts.push(self.parse_entity_among(
                    case,
                    part_kind,
                    &values,
                    today,
                    &[(entity, kind)],
                )?);
            }
            made.push(entity);
            all.push((entity, parsed, parsed_parts));
        }
        let mut undo = Vec::new();
        let tx = self.conn.transaction()?;
        for (entity, parsed, parts) in &all {
            casefile::create_entity(&tx, millis(now), case, *entity, kind, parsed)?;
            undo.push(*entity);
            for part in parts {
                let id = oplog::new_id(millis(now))?;
                casefile::create_entity(&tx, millis(now), case, id, part_kind, part)?;
                undo.push(id);
            }
        }
        tx.commit()?;
        self.push_undo_step(undo.into_iter().map(|entity| Undo {
            case,
            entity,
            field: oplog::KIND_FIELD.to_owned(),
            before: None,
            with_previous: false,
        }));
        Ok(made)
    }

    /// An entity's values checked by the domain's rules: every field known, every value right,
    /// every reference to an entity of the same case and the kind named, nothing required
    /// missing.
    pub(crate) fn parse_entity(
        &self,
        case: CaseId,
        kind: EntityKind,
        values: &[(&str, &str)],
        today: NaiveDate,
    ) -> Result<Vec<(&'static str, String)>> {
        self.parse_entity_among(case, kind, values, today, &[])
    }

    /// `parse_entity`, where a reference may also name one of `about_to_be_made` (entities
    /// written in the same transaction as this one).
    fn parse_entity_among(
        &self,
        case: CaseId,
        kind: EntityKind,
        values: &[(&str, &str)],
        today: NaiveDate,
        about_to_be_made: &[([u8; 16], EntityKind)],
    ) -> Result<Vec<(&'static str, String)>> {
        let mut parsed = Vec::with_capacity(values.len());
        for (name, input) in values {
            let field = kind
                .field(name)
                .ok_or(VaultError::Invalid(DomainError::ChoiceUnknown))?;
            if input.trim().is_empty() && !field.required {
                continue;
            }
            let value = parse_value(field, input, today)?;
            if let wayfinder_core::FieldKind::Ref(wanted) = field.kind {
                // What it belongs to is an entity of the same case, of the kind named.
                let id: wayfinder_core::EntityId = value
                    .parse()
                    .map_err(|_| VaultError::Invalid(DomainError::ChoiceUnknown))?;
                let coming = about_to_be_made.contains(&(id.into_bytes(), wanted));
                let named = casefile::entity_kind(&self.conn, id.into_bytes());
                if !coming && !matches!(named, Ok((c, k)) if c == case && k == wanted) {
                    return Err(VaultError::Invalid(DomainError::ChoiceUnknown));
                }
            }
            if let wayfinder_core::FieldKind::Refs(wanted) = field.kind
                && !casefile::refs_belong(&self.conn, case, wanted, &value)?
            {
                return Err(VaultError::Invalid(DomainError::ChoiceUnknown));
            }
            parsed.push((field.name, value));
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
        Ok(parsed)
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
        self.edit_fields(&[entity], field, input, now, today)
    }

    /// Sets the same field of several entities to what was typed, as one edit: every value is
    /// checked first, then all are written in one transaction or none, and one undo takes them
    /// all back. An entity that already holds the value is left as it is.
    pub fn edit_fields(
        &mut self,
        entities: &[[u8; 16]],
        field: &str,
        input: Option<&str>,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<()> {
        let edits: Vec<([u8; 16], &str, Option<&str>)> =
            entities.iter().map(|e| (*e, field, input)).collect();
        self.edit_many(&edits, now, today)
    }

    /// Sets fields of entities (each edit: entity, field, what was typed) as one edit: every
    /// value is checked first, then all are written in one transaction or none, and one undo
    /// takes them all back. A field that already holds its value is left as it is.
    pub fn edit_many(
        &mut self,
        edits: &[([u8; 16], &str, Option<&str>)],
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<()> {
        let mut planned = Vec::with_capacity(edits.len());
        for (entity, field, input) in edits {
            if let Some(edit) = self.plan_edit(*entity, field, *input, today)? {
                planned.push((edit, *field));
            }
        }
        if planned.is_empty() {
            return Ok(());
        }
        let tx = self.conn.transaction()?;
        for (edit, field) in &planned {
            casefile::set_field(
                &tx,
                millis(now),
                edit.case,
                edit.entity,
                field,
                edit.value.as_deref(),
            )?;
            if edit.kind != EntityKind::Case {
                // Editing an entity also says, on its existence, "it exists, as I last saw it": a
                // deletion made elsewhere without seeing this edit then meets it in one register,
                // and the two show as a conflict instead of the edit vanishing with the entity.
                casefile::set_field(
                    &tx,
                    millis(now),
                    edit.case,
                    edit.entity,
                    oplog::KIND_FIELD,
                    Some(edit.kind.as_str()),
                )?;
            }
        }
        tx.commit()?;
        let steps = planned.into_iter().map(|(edit, field)| Undo {
            case: edit.case,
            entity: edit.entity,
            field: field.to_owned(),
            before: edit.before,
            with_previous: false,
        });
        self.push_undo_step(steps);
        Ok(())
    }

    /// What setting `field` of `entity` to `input` writes, checked; `None` when it holds that
    /// value already.
    fn plan_edit(
        &self,
        entity: [u8; 16],
        field: &str,
        input: Option<&str>,
        today: NaiveDate,
    ) -> Result<Option<PlannedEdit>> {
        let (case, kind) = casefile::entity_kind(&self.conn, entity)?;
        self.check_role(kind)?;
        let def = kind
            .field(field)
            // What an original is, the log of what left the vault, and which entity and page
            // something belongs to, are never retyped.
            .filter(|d| !d.written_once() && kind != EntityKind::Export)
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
        if let (wayfinder_core::FieldKind::Refs(wanted), Some(value)) = (def.kind, &value)
            && !casefile::refs_belong(&self.conn, case, wanted, value)?
        {
            return Err(VaultError::Invalid(DomainError::ChoiceUnknown));
        }
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
        if def.kind == wayfinder_core::FieldKind::RequestStatus
            && let (Some(new), [one]) =
                (value.as_deref().and_then(Status::parse), current.as_slice())
            && let Some(old) = one.value.as_deref().and_then(Status::parse)
        {
            old.move_to(new)
                .map_err(|_| VaultError::Invalid(DomainError::StatusRefused))?;
        }
        if let [one] = current.as_slice()
            && one.value == value
        {
            return Ok(None);
        }
        Ok(Some(PlannedEdit {
            case,
            entity,
            kind,
            before: current.first().and_then(|h| h.value.clone()),
            value,
        }))
    }

    /// Deletes an entity of a case (not the case itself): its existence is cleared by an
    /// operation like any other, so a deletion concurrent with an edit shows as a conflict.
    pub fn delete_entity(&mut self, entity: [u8; 16], now: DateTime<Utc>) -> Result<()> {
        self.delete_entities(&[entity], now)
    }

    /// Deletes several entities as one edit: all or none, and one undo brings them all back.
    pub fn delete_entities(&mut self, entities: &[[u8; 16]], now: DateTime<Utc>) -> Result<()> {
        let mut found = Vec::with_capacity(entities.len());
        for entity in entities {
            let (case, kind) = casefile::entity_kind(&self.conn, *entity)?;
            if kind == EntityKind::Case || kind == EntityKind::Export {
                return Err(VaultError::Invalid(DomainError::ChoiceUnknown));
            }
            self.check_role(kind)?;
            found.push((case, *entity, kind));
        }
        let tx = self.conn.transaction()?;
        for (case, entity, _) in &found {
            casefile::set_field(&tx, millis(now), *case, *entity, oplog::KIND_FIELD, None)?;
        }
        tx.commit()?;
        let steps = found.into_iter().map(|(case, entity, kind)| Undo {
            case,
            entity,
            field: oplog::KIND_FIELD.to_owned(),
            before: Some(kind.as_str().to_owned()),
            with_previous: false,
        });
        self.push_undo_step(steps);
        Ok(())
    }

    /// Remembers how to take back one edit made of several changes: one undo takes them all.
    pub(crate) fn push_undo_step(&mut self, changes: impl IntoIterator<Item = Undo>) {
        for (i, mut change) in changes.into_iter().enumerate() {
            change.with_previous = i > 0;
            self.undo.push(change);
        }
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
        self.check_role(kind)?;
        let tx = self.conn.transaction()?;
        let value = keep.then_some(kind.as_str());
        casefile::set_field(&tx, millis(now), case, entity, oplog::KIND_FIELD, value)?;
        tx.commit()?;
        // Not undoable: what came before was a conflict, which no single value restores.
        Ok(())
    }

    /// Takes back this session's latest edit (every change of it, when it made several) with
    /// new operations that restore what each field held before, and says which case it
    /// touched; `None` when there is nothing to undo.
    pub fn undo(&mut self, now: DateTime<Utc>) -> Result<Option<CaseId>> {
        let mut step = Vec::new();
        while let Some(last) = self.undo.pop() {
            let together = last.with_previous;
            step.push(last);
            if !together {
                break;
            }
        }
        let Some(case) = step.first().map(|u| u.case) else {
            return Ok(None);
        };
        let tx = self.conn.transaction()?;
        for change in &step {
            casefile::set_field(
                &tx,
                millis(now),
                change.case,
                change.entity,
                &change.field,
                change.before.as_deref(),
            )?;
        }
        tx.commit()?;
        Ok(Some(case))
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

    /// Every living entity of `kind`, in every case and scope, with its case.
    pub fn entities_of_kind(&self, kind: EntityKind) -> Result<Vec<(CaseId, EntityView)>> {
        casefile::of_kind(&self.conn, kind)
    }

    /// One living entity, with its case.
    pub fn entity(&self, id: [u8; 16]) -> Result<(CaseId, EntityView)> {
        casefile::entity(&self.conn, id)
    }

    /// The finished passages of her translation memory most like `passage`, likeliest first
    /// (`memory::candidates`).
    pub fn memory_candidates(
        &self,
        passage: &str,
        limit: usize,
    ) -> Result<Vec<crate::memory::MemoryEntry>> {
        crate::memory::candidates(&self.conn, passage, limit)
    }

    /// The finished passages whose source or translation holds `text`, newest first.
    pub fn memory_concordance(
        &self,
        text: &str,
        limit: usize,
    ) -> Result<Vec<crate::memory::MemoryEntry>> {
        crate::memory::concordance(&self.conn, text, limit)
    }

    /// Every pair of her translation memory, oldest first.
    pub fn memory_all(&self) -> Result<Vec<crate::memory::MemoryEntry>> {
        crate::memory::all(&self.conn)
    }

    /// Adds pairs from a TMX file to her memory, all or none; how many were new.
    pub fn import_memory(
        &mut self,
        source_language: &str,
        language: &str,
        pairs: &[(String, String)],
    ) -> Result<usize> {
        let tx = self.conn.transaction()?;
        let added = crate::memory::import(&tx, source_language, language, pairs)?;
        tx.commit()?;
        Ok(added)
    }

    /// The latest `limit` changes to the case, newest first (`casefile::activity`).
    pub fn activity(&self, id: CaseId, limit: u32) -> Result<Vec<crate::casefile::Activity>> {
        casefile::activity(&self.conn, id, limit)
    }

    /// Every stage the case has been in, oldest first, with when and by whom.
    pub fn stage_history(&self, id: CaseId) -> Result<Vec<(Hlc, AuthorId, Option<String>)>> {
        casefile::field_history(&self.conn, id, *id.as_bytes(), "stage")
    }

    /// Every value one field of an entity has had, oldest first, with when and by whom (a
    /// recipient's statuses, for instance).
    pub fn field_history(
        &self,
        entity: [u8; 16],
        field: &str,
    ) -> Result<Vec<(Hlc, AuthorId, Option<String>)>> {
        let (case, _) = self.entity_case(entity)?;
        casefile::field_history(&self.conn, case, entity, field)
    }

    /// The directory's institutions that match `query` (name, place, e-mail, phone, or one of
    /// their contacts'), by name, at most `limit`; all of them, by name, for an empty query.
    pub fn directory_search(&self, query: &str, limit: u32) -> Result<Vec<[u8; 16]>> {
        crate::directory::search(&self.conn, query, limit)
    }

    /// The institutions `directory_search` finds, each with its contacts and profile lines.
    pub fn directory_page(
        &self,
        query: &str,
        limit: u32,
    ) -> Result<Vec<crate::directory::Listing>> {
        crate::directory::page(&self.conn, query, limit)
    }

    /// An institution's contacts and profile lines.
    pub fn directory_parts(&self, institution: [u8; 16]) -> Result<Vec<[u8; 16]>> {
        crate::directory::parts(&self.conn, institution)
    }

    /// How many institutions the directory holds.
    pub fn directory_count(&self) -> Result<u64> {
        crate::directory::count(&self.conn)
    }

    /// What is due by `date`, across all cases; at most `task_limit` tasks listed.
    pub fn today(&self, date: NaiveDate, task_limit: u32) -> Result<Today> {
        casefile::today(&self.conn, date, task_limit)
    }

    /// The travel items due by `date` that this laptop has not reminded her of yet, noted as
    /// reminded now: for a reminder that says how many, never which.
    pub fn remind_travel(&mut self, date: NaiveDate) -> Result<casefile::Reminded> {
        let tx = self.conn.transaction()?;
        let reminded = casefile::remind_travel(&tx, date)?;
        tx.commit()?;
        Ok(reminded)
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
