//! `kill -9` in the middle of imports, at random points (reading, sealing, recording): every
//! import reported done is there with its original intact, nothing half imported is left (no
//! record without its file, no sealed file without its record), and importing goes on.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;
use wayfinder_vault::{Passphrase, VaultDir};

const KILLS: usize = 20;

fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("{e}"));
    let deps = exe.parent().unwrap_or_else(|| panic!("no parent"));
    deps.parent()
        .unwrap_or_else(|| panic!("no parent"))
        .join("examples")
        .join(name)
}

fn random_below(limit: u64) -> u64 {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).unwrap_or_else(|e| panic!("{e}"));
    u64::from_le_bytes(bytes) % limit
}

#[test]
fn every_reported_import_survives_sigkill_and_nothing_is_half_done() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = tmp.path().join("vault");
    let scratch = tmp.path().join("incoming");
    std::fs::create_dir_all(&scratch).unwrap_or_else(|e| panic!("{e}"));
    let kdf = wayfinder_testkit::FAST_KDF;
    let now = chrono::Utc::now();
    let (vault, vk) = VaultDir::new(&path)
        .create(
            &Passphrase::new("lantern orbit velvet cactus harbor"),
            kdf,
            now,
        )
        .unwrap_or_else(|e| panic!("{e}"));
    drop(vault);
    let key_hex = hex::encode(vk.expose());
    let writer = example("import_writer");
    assert!(writer.is_file(), "{} is not built", writer.display());
    let mut reported: HashMap<String, String> = HashMap::new();
    for round in 0..KILLS {
        let mut child = Command::new(&writer)
            .arg(&path)
            .arg(&scratch)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        if let Some(mut stdin) = child.stdin.take() {
            stdin
                .write_all(key_hex.as_bytes())
                .unwrap_or_else(|e| panic!("{e}"));
        }
        let stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .collect::<Vec<String>>()
        });
        // Anywhere from before the first import to several imports in.
        std::thread::sleep(Duration::from_millis(50 + random_below(1200)));
        let _ = child.kill();
        let _ = child.wait();
        for line in reader.join().unwrap_or_default() {
            let parts: Vec<&str> = line.split(' ').collect();
            match parts.as_slice() {
                ["i", record, hash] => {
                    reported.insert((*record).to_owned(), (*hash).to_owned());
                }
                _ => panic!("round {round}: the writer said {line:?}"),
            }
        }
        let vault = VaultDir::new(&path)
            .open_with_key(&vk)
            .unwrap_or_else(|e| panic!("round {round}: {e}"));
        assert!(
            vault.check_integrity().unwrap_or_default().is_empty(),
            "round {round}"
        );
        for (record, hash) in &reported {
            let id: [u8; 16] = hex::decode(record)
                .ok()
                .and_then(|b| b.try_into().ok())
                .unwrap_or_else(|| panic!("id"));
            let (_, blob) = vault
                .record(id)
                .unwrap_or_else(|e| panic!("round {round}: record {record} lost: {e}"));
            assert_eq!(hex::encode(blob.content.hash), *hash);
            let original = vault
                .files()
                .read_all(blob.file)
                .unwrap_or_else(|e| panic!("round {round}: {e}"));
            let again: [u8; 32] = *vault
                .content_hasher()
                .update(&original)
                .finalize()
                .as_bytes();
            assert_eq!(
                hex::encode(again),
                *hash,
                "round {round}: the original changed"
            );
        }
        // Opening removed what an import killed half way left: one sealed file per original.
        let sealed = std::fs::read_dir(path.join("files"))
            .map(|d| d.count())
            .unwrap_or(0);
        let listed = vault.blob_count().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            sealed, listed,
            "round {round}: sealed files without a record"
        );
    }
    assert!(
        reported.len() >= 3,
        "only {} imports were reported in {KILLS} rounds",
        reported.len()
    );
}
