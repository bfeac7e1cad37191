//! Shared pieces of the vault's integration tests.
#![allow(dead_code, unused_imports)]

use std::path::PathBuf;

pub use wayfinder_testkit::{
    FAST_KDF, PASSPHRASE, child, new_vault, now, passphrase, random_tail, scratch, today,
};

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
