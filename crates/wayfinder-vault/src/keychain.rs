//! The OS keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows),
//! which holds the vault key so that the vault opens with no prompt on the user's own computer.

use crate::error::{Result, VaultError};
use crate::keys::SecretKey;

/// The keychain's service name for vault keys; the account is the vault's id.
pub const SERVICE: &str = "org.wayfinder.vault";

/// The keychain entry of one vault.
pub struct KeychainEntry {
    vault_id: String,
}

impl KeychainEntry {
    pub fn for_vault(vault_id: &str) -> KeychainEntry {
        KeychainEntry {
            vault_id: vault_id.to_owned(),
        }
    }

    fn entry(&self) -> Result<keyring::Entry> {
        keyring::Entry::new(SERVICE, &self.vault_id).map_err(map_error)
    }

    pub fn load(&self) -> Result<SecretKey> {
        let mut bytes = self.entry()?.get_secret().map_err(map_error)?;
        let key = SecretKey::from_slice(&bytes).ok_or(VaultError::KeychainMismatch);
        zeroize::Zeroize::zeroize(&mut bytes);
        key
    }

    pub fn store(&self, key: &SecretKey) -> Result<()> {
        self.entry()?.set_secret(key.expose()).map_err(map_error)
    }

    pub fn delete(&self) -> Result<()> {
        match self.entry()?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(map_error(e)),
        }
    }
}

/// Each keychain failure becomes its own error; the platform's text, which can be long and
/// is never shown to users, is reduced to its kind.
fn map_error(e: keyring::Error) -> VaultError {
    match e {
        keyring::Error::NoEntry => VaultError::KeychainMissing,
        keyring::Error::NoStorageAccess(_) => VaultError::KeychainLocked,
        keyring::Error::BadEncoding(_) | keyring::Error::BadDataFormat(..) => {
            VaultError::KeychainMismatch
        }
        keyring::Error::NoDefaultStore => VaultError::KeychainUnavailable {
            reason: match keyring::Entry::store_status() {
                Err(keyring::Error::PlatformFailure(_)) => {
                    "no secret service on the session bus".to_owned()
                }
                Err(keyring::Error::NoStorageAccess(_)) => {
                    "the secret service refused access".to_owned()
                }
                _ => "no credential store".to_owned(),
            },
        },
        keyring::Error::PlatformFailure(_) => VaultError::KeychainUnavailable {
            reason: "platform failure".to_owned(),
        },
        _ => VaultError::KeychainUnavailable {
            reason: "unexpected keychain answer".to_owned(),
        },
    }
}
