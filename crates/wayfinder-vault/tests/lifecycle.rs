//! Creating, unlocking and refusing vaults, through the real SQLCipher and the real keychain.
//!
//! Run inside a D-Bus session with an unlocked gnome-keyring (`scripts/test` sets one up), so
//! the keychain here is the real Secret Service, never the developer's own.

mod common;

use common::*;
use std::fs;
use wayfinder_core::CaseId;
use wayfinder_vault::{CaseFilter, KeychainEntry, SecretKey, VaultDir, VaultError};

fn code<T>(result: Result<T, VaultError>) -> &'static str {
    match result {
        Ok(_) => "ok",
        Err(e) => e.code(),
    }
}

#[test]
fn a_new_vault_keeps_its_cases_across_unlocks_by_key_and_by_passphrase() {
    let (_tmp, _path, dir, mut vault, vk) = new_vault();
    let id = CaseId::new(now(), random_tail());
    vault
        .create_case(id, &child("Layla Haddad"), now())
        .unwrap_or_else(|e| panic!("{e}"));
    vault
        .edit_field(
            *id.as_bytes(),
            "child.name",
            Some("Layla H. Haddad"),
            now(),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    drop(vault);

    let vault = dir.open_with_key(&vk).unwrap_or_else(|e| panic!("{e}"));
    let cases = vault
        .list_cases(&CaseFilter::default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(cases.len(), 1);
    assert_eq!(cases[0].name, "Layla H. Haddad");
    assert_eq!(cases[0].country, "AE");
    assert_eq!(cases[0].stage, "inquiry");
    drop(vault);

    let (vault, vk_again) = dir
        .open_with_passphrase(&passphrase())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(vk_again.expose(), vk.expose());
    let file = vault.case_file(id).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(file[0].value("child.name"), Some("Layla H. Haddad"));
    assert_eq!(file[0].value("child.languages"), Some("ar en"));
    assert!(
        vault
            .check_integrity()
            .unwrap_or_else(|e| panic!("{e}"))
            .is_empty()
    );
}

#[test]
fn nothing_readable_is_on_disk() {
    let (tmp, _path, _dir, mut vault, _vk) = new_vault();
    vault
        .create_case(
            CaseId::new(now(), random_tail()),
            &child("Canarywren Zqx"),
            now(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let sealed = vault
        .files()
        .put(&mut "Canarywren Zqx pathology".as_bytes())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        vault.files().read_all(sealed).ok().as_deref(),
        Some("Canarywren Zqx pathology".as_bytes())
    );
    drop(vault);
    for entry in walk(tmp.path()) {
        let bytes = fs::read(&entry).unwrap_or_default();
        for needle in ["Canarywren", "canarywren"] {
            let utf16: Vec<u8> = needle.encode_utf16().flat_map(u16::to_le_bytes).collect();
            assert!(
                !contains(&bytes, needle.as_bytes()),
                "{} holds the canary",
                entry.display()
            );
            assert!(
                !contains(&bytes, &utf16),
                "{} holds the canary in UTF-16",
                entry.display()
            );
        }
        assert!(
            !contains(&bytes, PASSPHRASE.as_bytes()),
            "{} holds the passphrase",
            entry.display()
        );
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path))
        } else {
            out.push(path)
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn wrong_keys_and_passphrases_are_refused_each_with_its_own_error() {
    let (_tmp, path, dir, vault, vk) = new_vault();
    drop(vault);
    assert_eq!(
        code(dir.open_with_key(&SecretKey::from_bytes([0; 32]))),
        "wrong-key"
    );
    assert_eq!(
        code(dir.open_with_passphrase(&wayfinder_vault::Passphrase::new(
            "lantern orbit velvet cactus harbour"
        ))),
        "wrong-passphrase"
    );
    assert_eq!(code(dir.open_with_key(&vk)), "ok");

    // A database whose key check passes but whose file is not what the key opens is damage.
    fs::write(path.join("vault.db"), vec![0x5a; 8192]).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(code(dir.open_with_key(&vk)), "vault-damaged");
}

#[test]
fn weak_passphrases_create_nothing() {
    let (_tmp, path) = scratch();
    let dir = VaultDir::new(&path);
    assert_eq!(
        code(dir.create(&wayfinder_vault::Passphrase::new("short"), FAST_KDF, now())),
        "passphrase-too-short"
    );
    assert_eq!(
        code(dir.create(
            &wayfinder_vault::Passphrase::new("password12345"),
            FAST_KDF,
            now()
        )),
        "passphrase-too-guessable"
    );
    assert!(!path.exists());
    assert_eq!(code(dir.create(&passphrase(), FAST_KDF, now())), "ok");
    assert_eq!(
        code(dir.create(&passphrase(), FAST_KDF, now())),
        "vault-exists"
    );
}

#[test]
fn a_folder_that_is_not_a_vault_is_left_untouched() {
    let (_tmp, path) = scratch();
    fs::create_dir_all(&path).unwrap_or_else(|e| panic!("{e}"));
    fs::write(path.join("holiday.jpg"), b"not a vault").unwrap_or_else(|e| panic!("{e}"));
    let dir = VaultDir::new(&path);
    assert_eq!(code(dir.probe()), "not-a-vault");
    assert_eq!(code(dir.open_from_keychain()), "not-a-vault");
    assert_eq!(
        code(dir.create(&passphrase(), FAST_KDF, now())),
        "not-a-vault"
    );
    fs::write(
        path.join("vault.json"),
        b"{\"format\": 1, \"garbage\": true}",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(code(dir.probe()), "not-a-vault");
    assert_eq!(
        fs::read(path.join("holiday.jpg")).ok().as_deref(),
        Some(&b"not a vault"[..])
    );
}

#[test]
fn a_vault_from_a_newer_version_is_refused_not_damaged() {
    let (_tmp, path, dir, vault, vk) = new_vault();
    drop(vault);

    // A newer schema in the database.
    {
        let conn = wayfinder_vault::db::open(
            &path.join("vault.db"),
            &vk.derive(wayfinder_vault::keys::labels::DATABASE),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        conn.pragma_update(None, "user_version", 99)
            .unwrap_or_else(|e| panic!("{e}"));
    }
    assert_eq!(code(dir.open_with_key(&vk)), "vault-too-new");

    // A newer header format.
    let header = fs::read_to_string(path.join("vault.json")).unwrap_or_default();
    fs::write(
        path.join("vault.json"),
        header.replacen("\"format\": 1", "\"format\": 2", 1),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(code(dir.probe()), "vault-too-new");
}

#[test]
fn the_keychain_unlocks_and_each_keychain_failure_has_its_own_error() {
    let (_tmp, _path, dir, vault, vk) = new_vault();
    let entry = KeychainEntry::for_vault(vault.vault_id());
    drop(vault);

    assert_eq!(code(dir.open_from_keychain()), "keychain-missing");
    entry
        .store(&SecretKey::from_bytes([1; 32]))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(code(dir.open_from_keychain()), "keychain-mismatch");

    // The passphrase path stores the right key again, after which no prompt is needed.
    let (vault, vk_again) = dir
        .open_with_passphrase(&passphrase())
        .unwrap_or_else(|e| panic!("{e}"));
    vault
        .store_key_in_keychain(&vk_again)
        .unwrap_or_else(|e| panic!("{e}"));
    drop(vault);
    assert_eq!(code(dir.open_from_keychain()), "ok");
    assert_eq!(entry.load().map(|k| *k.expose()).ok(), Some(*vk.expose()));
    entry.delete().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(code(dir.open_from_keychain()), "keychain-missing");
}

#[test]
fn no_error_text_contains_a_secret_or_patient_data() {
    let (_tmp, path, dir, vault, vk) = new_vault();
    drop(vault);
    let key_hex = hex::encode(vk.expose());
    let mut errors = vec![
        dir.open_with_key(&SecretKey::from_bytes([2; 32])).err(),
        dir.open_with_passphrase(&wayfinder_vault::Passphrase::new(
            "Canarywren secret words here",
        ))
        .err(),
        VaultDir::new(path.join("nope"))
            .open_with_passphrase(&passphrase())
            .err(),
    ];
    errors.push(
        dir.create(
            &wayfinder_vault::Passphrase::new("Canarywren"),
            FAST_KDF,
            now(),
        )
        .err(),
    );
    for error in errors.into_iter().flatten() {
        let text = format!("{error} {error:?}");
        assert!(!text.contains(&key_hex), "{text}");
        assert!(!text.contains("Canarywren"), "{text}");
        assert!(!text.contains(PASSPHRASE), "{text}");
    }
}
