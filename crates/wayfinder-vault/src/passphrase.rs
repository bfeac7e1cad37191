//! The recovery passphrase: how it is made, which ones are refused, and how it wraps the vault
//! key (Argon2id, then XChaCha20-Poly1305).

use crate::error::{Result, VaultError};
use crate::keys::{KEY_LEN, SecretKey, random_bytes};
use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use secrecy::{ExposeSecret, SecretString};

/// The shortest passphrase accepted, in characters.
pub const MIN_CHARS: usize = 12;
/// Words in a generated passphrase: 8 words of 11 bits each, 88 bits.
pub const GENERATED_WORDS: usize = 8;

/// A passphrase as the user typed it, normalised so that stray spaces never lock her out:
/// surrounding white space is dropped and inner runs of it become one space. Never printed.
pub struct Passphrase(SecretString);

impl Passphrase {
    pub fn new(typed: &str) -> Passphrase {
        let normalised = typed.split_whitespace().collect::<Vec<_>>().join(" ");
        Passphrase(SecretString::from(normalised))
    }

    /// Eight words from the BIP-39 English list, chosen by the OS CSPRNG.
    pub fn generate() -> Result<Passphrase> {
        let words = bip39::Language::English.word_list();
        let mut chosen = Vec::with_capacity(GENERATED_WORDS);
        for _ in 0..GENERATED_WORDS {
            let mut two = [0u8; 2];
            random_bytes(&mut two)?;
            // The list has 2048 = 2^11 words, so 11 random bits pick one uniformly.
            let index = usize::from(u16::from_le_bytes(two) & 0x07ff);
            chosen.push(words[index]);
        }
        Ok(Passphrase(SecretString::from(chosen.join(" "))))
    }

    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    /// Refuses a passphrase that is short or easy to guess, saying which.
    pub fn check_strength(&self) -> Result<()> {
        let text = self.expose();
        if text.chars().count() < MIN_CHARS {
            return Err(VaultError::PassphraseTooShort { min: MIN_CHARS });
        }
        if zxcvbn::zxcvbn(text, &["wayfinder"]).score() < zxcvbn::Score::Four {
            return Err(VaultError::PassphraseTooGuessable);
        }
        Ok(())
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(<redacted>)")
    }
}

/// Argon2id's cost, stored in the vault header so that it can be raised for new vaults
/// without locking out old ones.
#[derive(Clone, Copy, PartialEq, Eq, Debug, serde::Serialize, serde::Deserialize)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl KdfParams {
    /// RFC 9106's second recommended setting: 64 MiB, 3 passes, 4 lanes.
    pub const RECOMMENDED: KdfParams = KdfParams {
        memory_kib: 64 * 1024,
        iterations: 3,
        parallelism: 4,
    };

    /// The key-encryption key for `passphrase` and `salt`.
    pub fn derive(&self, passphrase: &Passphrase, salt: &[u8]) -> Result<SecretKey> {
        let params = Params::new(
            self.memory_kib,
            self.iterations,
            self.parallelism,
            Some(KEY_LEN),
        )
        .map_err(|_| VaultError::Damaged)?;
        let mut out = [0u8; KEY_LEN];
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(passphrase.expose().as_bytes(), salt, &mut out)
            .map_err(|_| VaultError::Damaged)?;
        let key = SecretKey::from_bytes(out);
        zeroize::Zeroize::zeroize(&mut out);
        Ok(key)
    }
}

/// The vault key sealed under a key-encryption key; `aad` binds it to its vault.
pub fn wrap(vk: &SecretKey, kek: &SecretKey, aad: &[u8]) -> Result<([u8; 24], Vec<u8>)> {
    let mut nonce = [0u8; 24];
    random_bytes(&mut nonce)?;
    let cipher = XChaCha20Poly1305::new(kek.expose().into());
    let sealed = cipher
        .encrypt(
            &XNonce::from(nonce),
            Payload {
                msg: vk.expose(),
                aad,
            },
        )
        .map_err(|_| VaultError::Storage {
            kind: "seal".to_owned(),
        })?;
    Ok((nonce, sealed))
}

/// Opens a wrapped vault key; a wrong key-encryption key (a wrong passphrase) fails here.
pub fn unwrap(nonce: &[u8; 24], sealed: &[u8], kek: &SecretKey, aad: &[u8]) -> Result<SecretKey> {
    let cipher = XChaCha20Poly1305::new(kek.expose().into());
    let mut opened = cipher
        .decrypt(&XNonce::from(*nonce), Payload { msg: sealed, aad })
        .map_err(|_| VaultError::WrongPassphrase)?;
    let key = SecretKey::from_slice(&opened).ok_or(VaultError::Damaged);
    zeroize::Zeroize::zeroize(&mut opened);
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(typed: &str, expect: Result<(), &str>) {
        let got = Passphrase::new(typed)
            .check_strength()
            .map_err(|e| e.code());
        assert_eq!(got, expect, "passphrase {typed:?}");
    }

    #[test]
    fn weak_passphrases_are_refused_with_a_reason() {
        check("short", Err("passphrase-too-short"));
        check("   eleven ch  ", Err("passphrase-too-short"));
        check("password1234", Err("passphrase-too-guessable"));
        check("aaaaaaaaaaaaaaaa", Err("passphrase-too-guessable"));
        check("qwertyuiopasdfgh", Err("passphrase-too-guessable"));
        check("wayfinder wayfinder", Err("passphrase-too-guessable"));
        check("lantern orbit velvet cactus harbor", Ok(()));
        check("Сирень бежит по крыше утром", Ok(()));
    }

    #[test]
    fn generated_passphrases_are_eight_words_and_strong() {
        let a = Passphrase::generate().unwrap_or_else(|e| panic!("{e}"));
        let b = Passphrase::generate().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(a.expose().split(' ').count(), GENERATED_WORDS);
        assert_ne!(a.expose(), b.expose());
        assert!(a.check_strength().is_ok());
    }

    #[test]
    fn typing_differences_in_spacing_do_not_matter() {
        assert_eq!(
            Passphrase::new("  lantern   orbit\tvelvet ").expose(),
            "lantern orbit velvet"
        );
    }

    #[test]
    fn wrap_and_unwrap_with_the_right_and_the_wrong_passphrase() {
        let fast = KdfParams {
            memory_kib: 8,
            iterations: 1,
            parallelism: 1,
        };
        let salt = [9u8; 16];
        let vk = SecretKey::from_bytes([3; KEY_LEN]);
        let kek = fast
            .derive(&Passphrase::new("lantern orbit velvet cactus"), &salt)
            .unwrap_or_else(|e| panic!("{e}"));
        let (nonce, sealed) = wrap(&vk, &kek, b"vault-1").unwrap_or_else(|e| panic!("{e}"));
        let opened = unwrap(&nonce, &sealed, &kek, b"vault-1").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(opened.expose(), vk.expose());
        let wrong = fast
            .derive(&Passphrase::new("lantern orbit velvet cactuz"), &salt)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            unwrap(&nonce, &sealed, &wrong, b"vault-1")
                .map(|_| ())
                .map_err(|e| e.code()),
            Err("wrong-passphrase")
        );
        assert_eq!(
            unwrap(&nonce, &sealed, &kek, b"vault-2")
                .map(|_| ())
                .map_err(|e| e.code()),
            Err("wrong-passphrase")
        );
        assert!(!format!("{:?}", Passphrase::new("lantern orbit")).contains("lantern"));
    }
}
