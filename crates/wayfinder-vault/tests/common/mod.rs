//! Shared pieces of the vault's integration tests.
#![allow(dead_code)]

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use std::path::PathBuf;
use wayfinder_core::{Child, CountryCode, DateOfBirth, PersonName, parse_languages};
use wayfinder_vault::{KdfParams, OpenVault, Passphrase, SecretKey, VaultDir};

pub const PASSPHRASE: &str = "lantern orbit velvet cactus harbor";

/// A cheap Argon2id cost for tests that are not about the passphrase's cost.
pub const FAST_KDF: KdfParams = KdfParams {
    memory_kib: 1024,
    iterations: 1,
    parallelism: 1,
};

pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 9, 30, 0)
        .single()
        .unwrap_or_default()
}

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
}

pub fn passphrase() -> Passphrase {
    Passphrase::new(PASSPHRASE)
}

pub fn child(name: &str) -> Child {
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
    Child {
        name: PersonName::parse(name).unwrap_or_else(|e| panic!("{e}")),
        date_of_birth: DateOfBirth::parse("2019-03-07", today).unwrap_or_else(|e| panic!("{e}")),
        country: CountryCode::parse("AE").unwrap_or_else(|| panic!("country")),
        languages: parse_languages(["ar", "en"]).unwrap_or_else(|e| panic!("{e}")),
    }
}

pub fn random_tail() -> [u8; 10] {
    let mut tail = [0u8; 10];
    getrandom::fill(&mut tail).unwrap_or_else(|e| panic!("{e}"));
    tail
}

/// A folder of this test's own under the system temp folder, removed at the end.
pub fn scratch() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let vault = dir.path().join("vault");
    (dir, vault)
}

/// The path of an example binary built by `cargo test` beside this test binary.
pub fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("{e}"));
    let deps = exe.parent().unwrap_or_else(|| panic!("no parent"));
    let path = deps
        .parent()
        .unwrap_or_else(|| panic!("no parent"))
        .join("examples")
        .join(name);
    assert!(
        path.is_file(),
        "{} is not built; run `cargo test -p wayfinder-vault`",
        path.display()
    );
    path
}

/// A new vault in a scratch folder, open, with its key: the start of most tests.
pub fn new_vault() -> (tempfile::TempDir, PathBuf, VaultDir, OpenVault, SecretKey) {
    let (tmp, path) = scratch();
    let dir = VaultDir::new(&path);
    let (vault, vk) = dir
        .create(&passphrase(), FAST_KDF, now())
        .unwrap_or_else(|e| panic!("{e}"));
    (tmp, path, dir, vault, vk)
}
