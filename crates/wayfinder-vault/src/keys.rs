//! The vault key and the keys derived from it.
//!
//! The vault key (VK) is 256 random bits made with the vault. Sub-keys come from it through
//! HKDF-SHA256 with a label each, so that the database key and the file key are unrelated.
//! Every key lives in a zeroizing buffer and prints as `<redacted>`.

use crate::error::{Result, VaultError};
use hkdf::Hkdf;
use sha2::Sha256;
use zeroize::{Zeroize, ZeroizeOnDrop};

pub const KEY_LEN: usize = 32;

/// 32 secret bytes, wiped when dropped, never printed.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct SecretKey([u8; KEY_LEN]);

impl SecretKey {
    pub fn from_bytes(bytes: [u8; KEY_LEN]) -> Self {
        SecretKey(bytes)
    }

    /// From a slice of exactly 32 bytes (e.g. what the keychain returned).
    pub fn from_slice(bytes: &[u8]) -> Option<Self> {
        let array: [u8; KEY_LEN] = bytes.try_into().ok()?;
        Some(SecretKey(array))
    }

    /// 32 bytes from the operating system's CSPRNG.
    pub fn random() -> Result<Self> {
        let mut bytes = [0u8; KEY_LEN];
        random_bytes(&mut bytes)?;
        Ok(SecretKey(bytes))
    }

    pub fn expose(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    /// The sub-key for `label`, through HKDF-SHA256 with this key as input keying material.
    pub fn derive(&self, label: &str) -> SecretKey {
        let hk = Hkdf::<Sha256>::new(None, &self.0);
        let mut out = [0u8; KEY_LEN];
        // 32 bytes is far below HKDF-SHA256's limit of 255 * 32, so expand cannot fail.
        if hk.expand(label.as_bytes(), &mut out).is_err() {
            unreachable!("HKDF output length is fixed and valid");
        }
        SecretKey(out)
    }
}

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(<redacted>)")
    }
}

/// The labels of the sub-keys. Changing one makes every existing vault unreadable: they are
/// part of the vault format and pinned by the golden-vault test.
pub mod labels {
    pub const DATABASE: &str = "wayfinder/v1/sqlcipher";
    pub const FILES: &str = "wayfinder/v1/files";
    pub const KEY_CHECK: &str = "wayfinder/v1/key-check";
    /// The key of the hash that recognises an original imported twice: a plain hash would let
    /// anyone holding a known file confirm it is in the vault.
    pub const CONTENT_HASH: &str = "wayfinder/v1/content-hash";
}

/// Fills `out` from the OS CSPRNG.
pub fn random_bytes(out: &mut [u8]) -> Result<()> {
    getrandom::fill(out).map_err(|_| VaultError::Storage {
        kind: "random".to_owned(),
    })
}

/// A public value that tells whether a key is this vault's key without revealing it: the first
/// 16 bytes of a sub-key. Stored in the header so that a wrong key from the keychain is told
/// apart from a damaged database.
pub fn key_check(vk: &SecretKey) -> [u8; 16] {
    let derived = vk.derive(labels::KEY_CHECK);
    let mut out = [0u8; 16];
    out.copy_from_slice(&derived.expose()[..16]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sub_keys_differ_from_each_other_and_from_the_vault_key() {
        let vk = SecretKey::from_bytes([7; KEY_LEN]);
        let db = vk.derive(labels::DATABASE);
        let files = vk.derive(labels::FILES);
        assert_ne!(db.expose(), files.expose());
        assert_ne!(db.expose(), vk.expose());
        assert_eq!(db.expose(), vk.derive(labels::DATABASE).expose());
    }

    #[test]
    fn keys_never_print() {
        let vk = SecretKey::from_bytes([0xab; KEY_LEN]);
        assert_eq!(format!("{vk:?}"), "SecretKey(<redacted>)");
    }

    #[test]
    fn the_key_check_is_pinned() {
        // Golden value: a change here means every vault made before it no longer unlocks.
        let vk = SecretKey::from_bytes([1; KEY_LEN]);
        assert_eq!(hex::encode(key_check(&vk)), GOLDEN_KEY_CHECK);
    }

    const GOLDEN_KEY_CHECK: &str = "1110d67ce3bc123932516a73efc6337c";
}
