//! The app's side of sync in a process of its own, for the crash test: opens the vault in the
//! folder given (its key read as hex from standard input) and, against the server at the
//! address given, either writes notes in the case given and syncs after every few
//! (`write DIR ADDRESS CASE`), adds records with an original of two chunks to it and syncs
//! after each (`attach DIR ADDRESS CASE`), or only syncs (`sync DIR ADDRESS`), until it is
//! killed; or syncs one round and says how it ended, `ok` or `error CODE` (`once DIR
//! ADDRESS`, exit status 0 or 4); or takes the member given (in hex) out of the team and then
//! syncs until it is killed (`remove DIR ADDRESS MEMBER`). It prints `e` and the note after
//! each note is committed, `a` and the record's id in hex after each record is, `r` once the
//! member is out, and `s` after each round that ended well.
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
    let leaving = args
        .get(4)
        .and_then(|m| hex::decode(m).ok())
        .and_then(|b| <[u8; 16]>::try_from(b).ok())
        .map(wayfinder_sync::MemberId);
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
    if mode == "once" {
        match runtime.block_on(round(&vault, &remote)) {
            Ok(_) => {
                let _ = writeln!(out, "ok");
            }
            Err(e) => {
                let _ = writeln!(out, "error {}", e.code());
                let _ = out.flush();
                std::process::exit(4);
            }
        }
        return;
    }
    if let (Some(member), "remove") = (leaving, mode.as_str()) {
        if let Err(e) = runtime.block_on(wayfinder_link::team::remove(&vault, &remote, member)) {
            let _ = writeln!(out, "error {}", e.code());
            let _ = out.flush();
            std::process::exit(4);
        }
        let _ = writeln!(out, "r");
        let _ = out.flush();
    }
    for n in 0u64.. {
        if let (Some(case), "attach") = (case, mode.as_str()) {
            if let Ok(Ok(record)) = vault.lock().map(|mut v| attach(&mut v, case, n)) {
                let _ = writeln!(out, "a {}", hex::encode(record));
                let _ = out.flush();
            }
        }
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

/// A record in `case` whose original is a little over one chunk (so that it travels in two),
/// different for every record.
fn attach(
    vault: &mut wayfinder_vault::OpenVault,
    case: CaseId,
    n: u64,
) -> Result<[u8; 16], wayfinder_vault::VaultError> {
    let title = format!("scan {n} {}", std::process::id());
    let mut original = format!("%PDF-1.7 {title}\n").into_bytes();
    let size = wayfinder_sync::blob::CHUNK + 4096 + (n as usize % 7) * 1000;
    let seed = std::process::id() as u64 ^ n;
    original.extend((0..size).map(|i| (i as u64).wrapping_mul(seed | 1).to_le_bytes()[3]));
    let hash = *vault
        .content_hasher()
        .update(&original)
        .finalize()
        .as_bytes();
    let file = vault.seal_original(&mut std::io::Cursor::new(&original))?;
    let pages = vec![title.clone()];
    let now = chrono::Utc::now();
    vault.add_record(
        case,
        file,
        &wayfinder_vault::NewRecord {
            title: &title,
            category: "imaging",
            date: None,
            institution: None,
            language: None,
            content: wayfinder_core::Content {
                media: wayfinder_core::Media::Pdf,
                size: original.len() as u64,
                pages: 1,
                hash,
            },
            secret: None,
            pages: &pages,
        },
        now,
        now.date_naive(),
    )
}
