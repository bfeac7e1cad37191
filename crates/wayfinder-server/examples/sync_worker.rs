//! The app's side of sync in a process of its own, for the crash test: opens the vault in the
//! folder given (its key read as hex from standard input) and, against the server at the
//! address given, either writes notes in the case given and syncs after every few
//! (`write DIR ADDRESS CASE`), or only syncs (`sync DIR ADDRESS`), until it is killed. It
//! prints `e` and the note after each note is committed and `s` after each round that ended well.
#![allow(clippy::print_stdout)]

use std::io::{Read, Write};
use std::sync::Mutex;
use wayfinder_core::{CaseId, EntityKind};
use wayfinder_link::{Remote, ServerAddress, round};
use wayfinder_vault::{SecretKey, VaultDir};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(mode), Some(dir), Some(address)) = (args.get(1), args.get(2), args.get(3)) else {
        std::process::exit(2);
    };
    let case: Option<CaseId> = args.get(4).and_then(|c| c.parse().ok());
    let mut hex_key = String::new();
    let _ = std::io::stdin().read_to_string(&mut hex_key);
    let Some(key) = hex::decode(hex_key.trim())
        .ok()
        .and_then(|b| SecretKey::from_slice(&b))
    else {
        std::process::exit(2);
    };
    let vault = match VaultDir::new(dir).open_with_key(&key) {
        Ok(v) => Mutex::new(v),
        Err(e) => {
            println!("error {}", e.code());
            std::process::exit(1);
        }
    };
    let Ok(address) = ServerAddress::parse(address, false) else {
        std::process::exit(2);
    };
    let Ok(remote) = Remote::new(address) else {
        std::process::exit(2);
    };
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        std::process::exit(2);
    };
    let mut out = std::io::stdout().lock();
    for n in 0u64.. {
        if let (Some(case), "write") = (case, mode.as_str()) {
            let note = format!("note {n} {}", std::process::id());
            let written = vault.lock().map(|mut v| {
                v.add_entity(
                    case,
                    EntityKind::Note,
                    &[("text", note.as_str())],
                    chrono::Utc::now(),
                    chrono::Utc::now().date_naive(),
                )
            });
            if let Ok(Ok(_)) = written {
                let _ = writeln!(out, "e {note}");
                let _ = out.flush();
            }
            if n % 4 != 3 {
                continue;
            }
        }
        if runtime.block_on(round(&vault, &remote)).is_ok() {
            let _ = writeln!(out, "s");
            let _ = out.flush();
        }
    }
}
