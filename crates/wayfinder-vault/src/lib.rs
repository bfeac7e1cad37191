//! Wayfinder's encrypted vault: one folder per user that a thief cannot read.
//!
//! The folder holds `vault.json` (the public header: salt, Argon2id cost, the vault key wrapped
//! by the recovery passphrase), `vault.db` (SQLCipher 4, keyed with a sub-key of the vault key)
//! and `files/` (documents sealed one by one). The vault key itself lives in the OS keychain.
//! Opening gives an [`OpenVault`]; dropping it locks: the connection closes and every key is
//! wiped from memory.

pub mod casefile;
pub mod db;
mod durable;
pub mod error;
pub mod files;
pub mod header;
pub mod keychain;
pub mod keys;
mod migrations;
pub mod oplog;
pub mod passphrase;
pub mod records;
pub mod team;

pub use casefile::{CaseFilter, CaseSummary, ConsentRow, EntityView, TaskRow, Today};
pub use error::{Result, VaultError};
pub use files::{FileId, SealedFileStore};
pub use keychain::KeychainEntry;
pub use keys::SecretKey;
pub use oplog::{Head, Stored};
pub use passphrase::{KdfParams, Passphrase};
pub use records::{Blob, Hit, HitPlace, RecordPlace, Scope};

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use header::Header;
use rusqlite::Connection;
use std::fs;
use std::path::{Path, PathBuf};
use wayfinder_core::schema::parse_value;
use wayfinder_core::{CaseId, Child, DomainError, EntityKind, Stage};
use wayfinder_merge::{AuthorId, Hlc, Operation};

/// Where a vault lives, before it is opened.
pub struct VaultDir {
    path: PathBuf,
}

/// What a vault folder holds.
#[derive(Debug)]
pub enum Found {
    /// No vault yet: the folder is missing or empty.
    Nothing,
    /// A vault, with its header.
    Vault(Box<Header>),
}

impl VaultDir {
    pub fn new(path: impl Into<PathBuf>) -> VaultDir {
        VaultDir { path: path.into() }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Looks at the folder without unlocking anything. A folder with other files in it, or a
    /// header that does not parse, is `NotAVault`; a newer header is `TooNew`.
    pub fn probe(&self) -> Result<Found> {
        match fs::read_dir(&self.path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Found::Nothing),
            Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => {
                return Err(VaultError::NotAVault);
            }
            Err(e) => return Err(e.into()),
            Ok(mut entries) => {
                if entries.next().is_none() {
                    return Ok(Found::Nothing);
                }
            }
        }
        match Header::read(&self.path) {
            Ok(header) => Ok(Found::Vault(Box::new(header))),
            Err(VaultError::Storage { .. }) => Err(VaultError::NotAVault),
            Err(e) => Err(e),
        }
    }

    /// Makes a new vault protected by `passphrase` and returns it open with its vault key, which
    /// the caller stores in the keychain. The folder appears complete or not at all: it is built
    /// beside its final place and renamed into it.
    pub fn create(
        &self,
        passphrase: &Passphrase,
        kdf: KdfParams,
        now: DateTime<Utc>,
    ) -> Result<(OpenVault, SecretKey)> {
        passphrase.check_strength()?;
        match self.probe()? {
            Found::Nothing => {}
            Found::Vault(_) => return Err(VaultError::AlreadyExists),
        }
        let parent = self.path.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(parent)?;
        let building = self.path.with_extension("creating");
        if building.exists() {
            fs::remove_dir_all(&building)?;
        }
        fs::create_dir_all(building.join("files"))?;
        let result = (|| {
            let vk = SecretKey::random()?;
            let mut vault_id_bytes = [0u8; 10];
            keys::random_bytes(&mut vault_id_bytes)?;
            let vault_id = CaseId::new(now, vault_id_bytes).to_string();
            let mut salt = [0u8; 16];
            keys::random_bytes(&mut salt)?;
            let mut header = Header {
                format: header::FORMAT,
                vault_id,
                created_at: now.to_rfc3339_opts(SecondsFormat::Secs, true),
                kdf: header::Kdf {
                    algorithm: "argon2id".to_owned(),
                    params: kdf,
                    salt: hex::encode(salt),
                },
                wrapped_key: header::WrappedKey {
                    algorithm: "xchacha20poly1305".to_owned(),
                    nonce: String::new(),
                    sealed: String::new(),
                },
                key_check: hex::encode(keys::key_check(&vk)),
            };
            let kek = kdf.derive(passphrase, &salt)?;
            let (nonce, sealed) = passphrase::wrap(&vk, &kek, &header.aad())?;
            header.wrapped_key.nonce = hex::encode(nonce);
            header.wrapped_key.sealed = hex::encode(sealed);
            let mut conn = db::open(
                &building.join(db::FILE_NAME),
                &vk.derive(keys::labels::DATABASE),
            )?;
            db::migrate(&mut conn)?;
            drop(conn);
            header.write(&building)?;
            Ok(vk)
        })();
        let vk = match result {
            Ok(vk) => vk,
            Err(e) => {
                let _ = fs::remove_dir_all(&building);
                return Err(e);
            }
        };
        if self.path.exists() {
            // An empty folder was there; it is replaced by the complete vault.
            fs::remove_dir(&self.path)?;
        }
        fs::rename(&building, &self.path)?;
        durable::sync_dir(parent)?;
        let vault = self.open_with_key(&vk)?;
        Ok((vault, vk))
    }

    /// Opens the vault with its vault key. A key that is not this vault's is `WrongKey`, told
    /// apart by the header's key check before the database is touched.
    pub fn open_with_key(&self, vk: &SecretKey) -> Result<OpenVault> {
        let header = match self.probe()? {
            Found::Vault(header) => header,
            Found::Nothing => return Err(VaultError::NotAVault),
        };
        if hex::encode(keys::key_check(vk)) != header.key_check {
            return Err(VaultError::WrongKey);
        }
        let db_path = self.path.join(db::FILE_NAME);
        if !db_path.is_file() {
            return Err(VaultError::Damaged);
        }
        let mut conn =
            db::open(&db_path, &vk.derive(keys::labels::DATABASE)).map_err(|e| match e {
                // The key checked out, so a database that does not open with it is damaged.
                VaultError::WrongKey => VaultError::Damaged,
                other => other,
            })?;
        db::migrate(&mut conn)?;
        conn.execute_batch(records::VOCABULARY)?;
        let files_dir = self.path.join("files");
        fs::create_dir_all(&files_dir)?;
        let files = SealedFileStore::new(files_dir, vk.derive(keys::labels::FILES));
        files.remove_partials()?;
        for unfinished in records::unfinished_files(&conn)? {
            files.remove(unfinished)?;
        }
        conn.execute("DELETE FROM pending_files", [])?;
        Ok(OpenVault {
            conn,
            files,
            hash_key: vk.derive(keys::labels::CONTENT_HASH),
            vault_id: header.vault_id,
            undo: Vec::new(),
        })
    }

    /// Opens the vault with the recovery passphrase and returns its vault key too, so that the
    /// caller can store it in the keychain again.
    pub fn open_with_passphrase(&self, passphrase: &Passphrase) -> Result<(OpenVault, SecretKey)> {
        let header = match self.probe()? {
            Found::Vault(header) => header,
            Found::Nothing => return Err(VaultError::NotAVault),
        };
        let kek = header.kdf.params.derive(passphrase, &header.salt()?)?;
        let vk = passphrase::unwrap(&header.nonce()?, &header.sealed_key()?, &kek, &header.aad())?;
        let vault = self.open_with_key(&vk)?;
        Ok((vault, vk))
    }

    /// Opens the vault with the key in the OS keychain, with no prompt. Each way this can fail
    /// is its own error, so the UI can say why it asks for the passphrase.
    pub fn open_from_keychain(&self) -> Result<OpenVault> {
        let header = match self.probe()? {
            Found::Vault(header) => header,
            Found::Nothing => return Err(VaultError::NotAVault),
        };
        let vk = KeychainEntry::for_vault(&header.vault_id).load()?;
        self.open_with_key(&vk).map_err(|e| match e {
            VaultError::WrongKey => VaultError::KeychainMismatch,
            other => other,
        })
    }
}

/// An unlocked vault. Dropping it locks: the database closes and the keys are wiped.
pub struct OpenVault {
    conn: Connection,
    files: SealedFileStore,
    /// The key of the content hash that recognises an original imported twice.
    hash_key: SecretKey,
    vault_id: String,
    /// What undoing each of this session's edits takes, the latest last. Kept in memory only:
    /// locking forgets it, as it forgets everything else.
    undo: Vec<Undo>,
}

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

/// How to take an edit back: the field and what it held before.
struct Undo {
    case: CaseId,
    entity: [u8; 16],
    field: String,
    before: Option<String>,
}

fn millis(time: DateTime<Utc>) -> u64 {
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
        self.insert_entity(case, EntityKind::Export, values, now, today)
    }

    fn insert_entity(
        &mut self,
        case: CaseId,
        kind: EntityKind,
        values: &[(&str, &str)],
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<[u8; 16]> {
        casefile::entity_kind(&self.conn, *case.as_bytes())?;
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
        records::records_with_hash(&self.conn, hash)
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
        records::blob(&self.conn, hash)
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

    fn add_record_rows(
        &mut self,
        case: CaseId,
        file: FileId,
        record: &NewRecord<'_>,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<([u8; 16], bool)> {
        casefile::entity_kind(&self.conn, *case.as_bytes())?;
        let kind = EntityKind::Record;
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
        let new = records::insert_blob(&tx, file, &record.content, record.secret, record.pages)?;
        casefile::create_entity(&tx, millis(now), case, entity, kind, &values)?;
        tx.commit()?;
        self.undo.push(Undo {
            case,
            entity,
            field: oplog::KIND_FIELD.to_owned(),
            before: None,
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
        let blob = records::blob(&self.conn, &content.hash)?.ok_or(VaultError::RecordMissing)?;
        Ok((case, blob))
    }

    /// The text of one page of an original, as search sees it.
    pub fn page_text(&self, hash: &[u8; 32], page: u32) -> Result<Option<String>> {
        records::page_text(&self.conn, hash, page)
    }

    /// Searches the text of every page and every typed field in `scope`.
    pub fn search(&self, query: &str, scope: Scope, limit: u32) -> Result<Vec<Hit>> {
        records::search(&self.conn, query, scope, limit)
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

    /// Every stage the case has been in, oldest first, with when and by whom.
    pub fn stage_history(&self, id: CaseId) -> Result<Vec<(Hlc, AuthorId, Option<String>)>> {
        casefile::field_history(&self.conn, id, *id.as_bytes(), "stage")
    }

    /// What is due by `date`, across all cases; at most `task_limit` tasks listed.
    pub fn today(&self, date: NaiveDate, task_limit: u32) -> Result<Today> {
        casefile::today(&self.conn, date, task_limit)
    }

    /// Her identity for team sync, made on first use.
    pub fn team_identity(&mut self) -> Result<wayfinder_sync::Identity> {
        self.in_transaction(team::identity)
    }

    pub fn team_account(&self) -> Result<Option<team::Account>> {
        team::account(&self.conn)
    }

    /// Joins the workspace on `server` whose creator's key hashes to `pin`; returns her
    /// identity, to introduce to the server.
    pub fn join_team(
        &mut self,
        server: &str,
        workspace: wayfinder_sync::WorkspaceId,
        pin: wayfinder_sync::Pin,
    ) -> Result<wayfinder_sync::Identity> {
        self.in_transaction(|tx| {
            let me = team::identity(tx)?;
            team::set_account(tx, server, workspace, pin)?;
            Ok(me)
        })
    }

    /// Roster versions from the server, verified from the pinned creator; the latest.
    pub fn add_rosters(
        &mut self,
        chain: &[wayfinder_sync::Roster],
    ) -> Result<Option<wayfinder_sync::Roster>> {
        self.in_transaction(|tx| team::add_rosters(tx, chain))
    }

    pub fn roster(&self) -> Result<Option<wayfinder_sync::Roster>> {
        team::roster(&self.conn)
    }

    /// Shares a case with members of the roster (`team::share`).
    pub fn share_case(
        &mut self,
        case: CaseId,
        members: &[wayfinder_sync::MemberId],
        rotate: bool,
    ) -> Result<Vec<wayfinder_sync::KeyEnvelope>> {
        self.in_transaction(|tx| team::share(tx, case, members, rotate))
    }

    pub fn shared_with(&self, case: CaseId) -> Result<Vec<wayfinder_sync::MemberId>> {
        team::shared_with(&self.conn, case)
    }

    pub fn cases_shared_with(&self, member: wayfinder_sync::MemberId) -> Result<Vec<CaseId>> {
        team::cases_shared_with(&self.conn, member)
    }

    pub fn pending_shares(&self) -> Result<Vec<(i64, wayfinder_sync::KeyEnvelope)>> {
        team::pending_shares(&self.conn)
    }

    pub fn shares_sent(&mut self, ids: &[i64]) -> Result<()> {
        self.in_transaction(|tx| team::shares_sent(tx, ids))
    }

    pub fn sealed_outbox(
        &self,
        after: i64,
        limit: u32,
    ) -> Result<Vec<(i64, wayfinder_sync::SealedOp)>> {
        team::sealed_outbox(&self.conn, after, limit)
    }

    pub fn acknowledge(&mut self, stored: &[(wayfinder_merge::OpId, u64)]) -> Result<()> {
        self.in_transaction(|tx| team::acknowledge(tx, stored))
    }

    /// A pulled batch and the cursor after it, in one transaction (`team::receive`).
    pub fn receive_batch(
        &mut self,
        ops: &[(u64, wayfinder_sync::SealedOp)],
        envelopes: &[wayfinder_sync::KeyEnvelope],
        cursor: wayfinder_sync::wire::Cursor,
    ) -> Result<team::Received> {
        self.in_transaction(|tx| team::receive(tx, ops, envelopes, cursor))
    }

    pub fn set_last_synced(&self, millis: u64) -> Result<()> {
        team::set_last_synced(&self.conn, millis)
    }

    /// At least how many of others' edits never reached this vault (`team::missing`).
    pub fn sync_missing(&self) -> Result<u32> {
        team::missing(&self.conn)
    }

    pub fn sync_pending(&self) -> Result<team::Pending> {
        team::pending(&self.conn)
    }

    fn in_transaction<T>(
        &mut self,
        work: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let tx = self.conn.transaction()?;
        let out = work(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    pub fn case_key(&self, case: CaseId, epoch: u32) -> Result<Option<wayfinder_sync::CaseKey>> {
        team::case_key(&self.conn, case, epoch)
    }

    /// The case's current epoch and key, if it is shared.
    pub fn current_case_key(&self, case: CaseId) -> Result<Option<(u32, wayfinder_sync::CaseKey)>> {
        team::current_key(&self.conn, case)
    }

    pub fn first_case_key(&self, case: CaseId) -> Result<Option<wayfinder_sync::CaseKey>> {
        team::first_key(&self.conn, case)
    }

    pub fn blobs_to_upload(&self) -> Result<Vec<(CaseId, [u8; 32])>> {
        team::blobs_to_upload(&self.conn)
    }

    pub fn blobs_to_download(&self) -> Result<Vec<(CaseId, wayfinder_core::Content)>> {
        team::blobs_to_download(&self.conn)
    }

    /// An original fetched for `case` that did not open or was not what its record says
    /// (`reason`, an error code): not fetched again, counted as held aside.
    pub fn hold_blob(&mut self, case: CaseId, hash: &[u8; 32], reason: &str) -> Result<()> {
        team::hold_blob(&self.conn, case, hash, reason)
    }

    pub fn mark_blob_uploaded(&mut self, case: CaseId, hash: &[u8; 32]) -> Result<()> {
        self.in_transaction(|tx| team::blob_uploaded(tx, case, hash))
    }

    /// What travels of an original: the head of its plaintext (its password and its pages'
    /// text, `wayfinder_sync::blob::head`), then its bytes, read a chunk at a time by
    /// [`OpenVault::blob_part`]: never held whole.
    pub fn blob_outgoing(&self, hash: &[u8; 32]) -> Result<OutgoingBlob> {
        let blob = records::blob(&self.conn, hash)?.ok_or(VaultError::RecordMissing)?;
        let mut pages = Vec::with_capacity(blob.content.pages as usize);
        for page in 0..blob.content.pages {
            pages.push(records::page_text(&self.conn, hash, page)?.unwrap_or_default());
        }
        let extras = wayfinder_sync::blob::BlobExtras {
            secret: blob.secret.clone(),
            pages,
        };
        Ok(OutgoingBlob {
            head: wayfinder_sync::blob::head(&extras),
            file: blob.file,
            file_len: self.files.len(blob.file)?,
        })
    }

    /// Chunk `index` of an original's plaintext, as it travels.
    pub fn blob_part(
        &self,
        blob: &OutgoingBlob,
        index: u32,
    ) -> Result<zeroize::Zeroizing<Vec<u8>>> {
        let (start, end) =
            wayfinder_sync::blob::part(blob.len(), index).ok_or(VaultError::Damaged)?;
        let head = blob.head.len() as u64;
        let mut part = zeroize::Zeroizing::new(Vec::with_capacity((end - start) as usize));
        if start < head {
            part.extend_from_slice(&blob.head[start as usize..end.min(head) as usize]);
        }
        if end > head {
            let from = start.max(head) - head;
            let bytes = zeroize::Zeroizing::new(self.files.read_range(
                blob.file,
                from,
                end - head - from,
            )?);
            part.extend_from_slice(&bytes);
        }
        Ok(part)
    }

    /// Starts keeping an original received from the team's server for `content`: its
    /// plaintext goes in chunk by chunk ([`IncomingBlob::push`]), sealed into the vault's
    /// files as it comes, and [`OpenVault::finish_received_blob`] files it.
    pub fn receive_blob(&mut self, content: &wayfinder_core::Content) -> Result<IncomingBlob> {
        let id = FileId::random()?;
        self.conn.execute(
            "INSERT INTO pending_files (file_id) VALUES (?1)",
            [id.to_hex()],
        )?;
        match self.files.writer(id) {
            Ok(writer) => Ok(IncomingBlob {
                id,
                writer,
                unpacker: wayfinder_sync::blob::Unpacker::default(),
                size: content.size,
            }),
            Err(e) => {
                let _ = self.conn.execute(
                    "DELETE FROM pending_files WHERE file_id = ?1",
                    [id.to_hex()],
                );
                Err(e)
            }
        }
    }

    /// Keeps a received original whole, with its password and its pages' text, as if
    /// imported here, and counts it as sent for `case`. One that ended early or does not have
    /// the size its record says is refused, and leaves nothing.
    pub fn finish_received_blob(
        &mut self,
        case: CaseId,
        content: &wayfinder_core::Content,
        incoming: IncomingBlob,
    ) -> Result<()> {
        let IncomingBlob {
            id,
            writer,
            unpacker,
            ..
        } = incoming;
        let extras = unpacker
            .finish()
            .map_err(|e| VaultError::Untrusted(e.code()))?;
        if writer.len() != content.size {
            return Err(VaultError::Untrusted("sync-mismatch"));
        }
        writer.finish()?;
        let stored = self.in_transaction(|tx| {
            records::insert_blob(tx, id, content, extras.secret.as_deref(), &extras.pages)?;
            team::blob_uploaded(tx, case, &content.hash)
        });
        if stored.is_err() {
            let _ = self.files.remove(id);
        }
        stored
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

/// An original on its way to the server: see [`OpenVault::blob_outgoing`].
pub struct OutgoingBlob {
    head: zeroize::Zeroizing<Vec<u8>>,
    file: FileId,
    file_len: u64,
}

impl OutgoingBlob {
    /// The length of its plaintext as it travels.
    pub fn len(&self) -> u64 {
        self.head.len() as u64 + self.file_len
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// An original arriving from the server, sealed into the vault's files as it comes: see
/// [`OpenVault::receive_blob`]. Dropped unfinished, it leaves nothing but a note the next
/// opening of the vault clears.
pub struct IncomingBlob {
    id: FileId,
    writer: files::SealedWriter,
    unpacker: wayfinder_sync::blob::Unpacker,
    size: u64,
}

impl IncomingBlob {
    /// The next chunk of its plaintext, opened. More bytes than its record says is refused.
    pub fn push(&mut self, plain: &[u8]) -> Result<()> {
        let file = self
            .unpacker
            .push(plain)
            .map_err(|e| VaultError::Untrusted(e.code()))?;
        if self.writer.len() + file.len() as u64 > self.size {
            return Err(VaultError::Untrusted("sync-mismatch"));
        }
        self.writer.write(file)
    }
}
