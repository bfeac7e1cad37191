//! Where a vault lives: finding it, creating it, opening it with the keychain or the
//! recovery passphrase.

use crate::error::{Result, VaultError};
use crate::{KdfParams, KeychainEntry, OpenVault, Passphrase, SealedFileStore, SecretKey};
use crate::{db, durable, header, keys, library, passphrase};

use crate::header::Header;
use chrono::{DateTime, SecondsFormat, Utc};
use std::fs;
use std::path::{Path, PathBuf};
use wayfinder_core::CaseId;

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
        conn.execute_batch(library::VOCABULARY)?;
        let files_dir = self.path.join("files");
        fs::create_dir_all(&files_dir)?;
        let files = SealedFileStore::new(files_dir, vk.derive(keys::labels::FILES));
        files.remove_partials()?;
        for unfinished in library::unfinished_files(&conn)? {
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
