//! The vault header, `vault.json`: what is needed to unlock the vault with a passphrase and to
//! recognise it, and nothing more (a salt, Argon2id's cost, the wrapped vault key, a key check).
//! It is public data: a thief who has it still needs the passphrase.

use crate::error::{Result, VaultError};
use crate::passphrase::KdfParams;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The newest header format this version reads and writes.
pub const FORMAT: u32 = 1;
pub const FILE_NAME: &str = "vault.json";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    pub format: u32,
    pub vault_id: String,
    pub created_at: String,
    pub kdf: Kdf,
    pub wrapped_key: WrappedKey,
    /// Hex of `keys::key_check(VK)`.
    pub key_check: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kdf {
    pub algorithm: String,
    #[serde(flatten)]
    pub params: KdfParams,
    pub salt: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WrappedKey {
    pub algorithm: String,
    pub nonce: String,
    pub sealed: String,
}

/// Only the format number, read first so that a newer header is told apart from a damaged one.
#[derive(Deserialize)]
struct FormatOnly {
    format: u32,
}

impl Header {
    /// The associated data that binds a wrapped key to this vault.
    pub fn aad(&self) -> Vec<u8> {
        format!("wayfinder-vault/{}/{}", self.format, self.vault_id).into_bytes()
    }

    pub fn parse(bytes: &[u8]) -> Result<Header> {
        let format: FormatOnly =
            serde_json::from_slice(bytes).map_err(|_| VaultError::NotAVault)?;
        if format.format > FORMAT {
            return Err(VaultError::TooNew {
                found: format.format,
                supported: FORMAT,
            });
        }
        let header: Header = serde_json::from_slice(bytes).map_err(|_| VaultError::NotAVault)?;
        if header.kdf.algorithm != "argon2id" || header.wrapped_key.algorithm != "xchacha20poly1305"
        {
            return Err(VaultError::NotAVault);
        }
        Ok(header)
    }

    pub fn read(dir: &Path) -> Result<Header> {
        let bytes = std::fs::read(dir.join(FILE_NAME))?;
        Header::parse(&bytes)
    }

    /// Writes the header durably: to a temporary name, synced, then renamed over the old one.
    pub fn write(&self, dir: &Path) -> Result<()> {
        let json = serde_json::to_vec_pretty(self).map_err(|_| VaultError::Storage {
            kind: "header".to_owned(),
        })?;
        crate::durable::write_atomically(&dir.join(FILE_NAME), &json)
    }

    pub fn salt(&self) -> Result<Vec<u8>> {
        hex::decode(&self.kdf.salt).map_err(|_| VaultError::NotAVault)
    }

    pub fn nonce(&self) -> Result<[u8; 24]> {
        let bytes = hex::decode(&self.wrapped_key.nonce).map_err(|_| VaultError::NotAVault)?;
        bytes.try_into().map_err(|_| VaultError::NotAVault)
    }

    pub fn sealed_key(&self) -> Result<Vec<u8>> {
        hex::decode(&self.wrapped_key.sealed).map_err(|_| VaultError::NotAVault)
    }
}
