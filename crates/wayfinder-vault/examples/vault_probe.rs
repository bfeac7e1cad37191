//! A tiny command for tests that must run in a keychain session of their own (a locked
//! keychain, no keychain at all): opens the vault in the folder given from the OS keychain and
//! prints `ok` or the error code.
//!
//! `vault_probe DIR` prints one line and exits 0; `vault_probe --store DIR` first stores a
//! vault key read as hex from standard input.

#![allow(clippy::print_stdout)]

use std::io::Read;
use wayfinder_vault::{KeychainEntry, SecretKey, VaultDir, header::Header};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (store, dir) = match args.as_slice() {
        [flag, dir] if flag == "--store" => (true, dir.clone()),
        [dir] => (false, dir.clone()),
        _ => {
            eprintln!("usage: vault_probe [--store] DIR");
            std::process::exit(2);
        }
    };
    let dir = VaultDir::new(dir);
    if store {
        let mut hex_key = String::new();
        let _ = std::io::stdin().read_to_string(&mut hex_key);
        let key = hex::decode(hex_key.trim())
            .ok()
            .and_then(|b| SecretKey::from_slice(&b));
        let header = Header::read(dir.path());
        if let (Some(key), Ok(header)) = (key, header)
            && let Err(e) = KeychainEntry::for_vault(&header.vault_id).store(&key)
        {
            println!("{}", e.code());
            return;
        }
    }
    match dir.open_from_keychain() {
        Ok(_) => println!("ok"),
        Err(e) => {
            eprintln!("{e}");
            println!("{}", e.code());
        }
    }
}
