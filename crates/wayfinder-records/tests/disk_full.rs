//! The disk filling up in the middle of imports: the vault lives on a small tmpfs (mounted in a
//! private mount namespace made with `unshare`, as root or as a mapped root user), and the
//! import writer imports ~3 MB photos until the disk is full. The import that hits the wall is
//! refused with `disk-full`; every import reported before it is intact; nothing half sealed
//! stays; and once space is freed (the tmpfs grown) the same vault opens and imports again.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use wayfinder_vault::{Passphrase, SecretKey, VaultDir};

fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("{e}"));
    let deps = exe.parent().unwrap_or_else(|| panic!("no parent"));
    deps.parent()
        .unwrap_or_else(|| panic!("no parent"))
        .join("examples")
        .join(name)
}

/// What one run of the writer printed: the imports it reported, and the code that ended it.
fn outcome(path: &Path) -> (HashMap<String, String>, Option<String>) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{e}"));
    let mut imported = HashMap::new();
    let mut refused = None;
    for line in text.lines() {
        match line.split(' ').collect::<Vec<_>>().as_slice() {
            ["i", record, hash] => {
                imported.insert((*record).to_owned(), (*hash).to_owned());
            }
            ["refused", code] => refused = Some((*code).to_owned()),
            _ => panic!("the writer said {line:?}"),
        }
    }
    (imported, refused)
}

/// Opens the vault copied out of the tmpfs and checks it the way a user would find it: clean,
/// every reported import readable and unchanged, and one sealed file per original.
fn check_vault(path: &Path, key: &SecretKey, reported: &HashMap<String, String>) {
    let vault = VaultDir::new(path)
        .open_with_key(key)
        .unwrap_or_else(|e| panic!("the vault does not open after the disk was full: {e}"));
    assert!(
        vault.check_integrity().unwrap_or_default().is_empty(),
        "integrity"
    );
    for (record, hash) in reported {
        let id: [u8; 16] = hex::decode(record)
            .ok()
            .and_then(|b| b.try_into().ok())
            .unwrap_or_else(|| panic!("id"));
        let (_, blob) = vault
            .record(id)
            .unwrap_or_else(|e| panic!("record {record} lost: {e}"));
        let original = vault
            .files()
            .read_all(blob.file)
            .unwrap_or_else(|e| panic!("{e}"));
        let again = vault.content_hasher().update(&original).finalize();
        assert_eq!(hex::encode(again.as_bytes()), *hash, "the original changed");
    }
    let sealed = std::fs::read_dir(path.join("files"))
        .map(|d| d.count())
        .unwrap_or(0);
    let listed = vault.blob_count().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        listed,
        reported.len(),
        "an import that was not reported is in the vault"
    );
    assert_eq!(sealed, listed, "sealed files without a record");
}

#[test]
fn a_full_disk_refuses_the_import_loses_nothing_and_importing_resumes_once_space_is_freed() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let vault_path = tmp.path().join("vault");
    let scratch = tmp.path().join("incoming");
    let mount = tmp.path().join("small-disk");
    for dir in [&scratch, &mount] {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{e}"));
    }
    let kdf = wayfinder_testkit::FAST_KDF;
    let (vault, key) = VaultDir::new(&vault_path)
        .create(
            &Passphrase::new("lantern orbit velvet cactus harbor"),
            kdf,
            chrono::Utc::now(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    drop(vault);
    let key_file = tmp.path().join("key");
    std::fs::File::create(&key_file)
        .and_then(|mut f| f.write_all(hex::encode(key.expose()).as_bytes()))
        .unwrap_or_else(|e| panic!("{e}"));
    let writer = example("import_writer");
    assert!(writer.is_file(), "{} is not built", writer.display());

    // In its own mount namespace: a 20 MB disk holding the vault, imports until it is full, a
    // copy of the vault as the failure left it, then the disk grown and two imports more.
    let script = r#"set -u
mount -t tmpfs -o size=20m tmpfs "$MNT" || exit 90
cp -a "$VAULT" "$MNT/vault" || exit 91
"$WRITER" "$MNT/vault" "$SCRATCH" < "$KEY" > "$OUT/full.txt"
echo $? > "$OUT/full.status"
cp -a "$MNT/vault" "$OUT/after-full" || exit 92
mount -o remount,size=200m "$MNT" || exit 93
"$WRITER" "$MNT/vault" "$SCRATCH" 2 < "$KEY" > "$OUT/freed.txt"
echo $? > "$OUT/freed.status"
cp -a "$MNT/vault" "$OUT/after-freed" || exit 94
"#;
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.trim_ascii() == b"0");
    let mut command = Command::new("unshare");
    if !root {
        command.arg("--map-root-user");
    }
    let status = command
        .args(["--mount", "--propagation", "private", "sh", "-c", script])
        .env("MNT", &mount)
        .env("VAULT", &vault_path)
        .env("WRITER", &writer)
        .env("SCRATCH", &scratch)
        .env("KEY", &key_file)
        .env("OUT", tmp.path())
        .status()
        .unwrap_or_else(|e| panic!("unshare (util-linux) could not start: {e}"));
    assert!(
        status.success(),
        "the small disk could not be set up: {status}"
    );

    let (before, refused) = outcome(&tmp.path().join("full.txt"));
    let full_status = std::fs::read_to_string(tmp.path().join("full.status")).unwrap_or_default();
    assert_eq!(
        refused.as_deref(),
        Some("disk-full"),
        "the import that filled the disk was not refused as disk-full"
    );
    assert_eq!(full_status.trim(), "4");
    assert!(
        !before.is_empty(),
        "no import fitted on the disk before it was full"
    );
    check_vault(&tmp.path().join("after-full"), &key, &before);

    let (after, refused) = outcome(&tmp.path().join("freed.txt"));
    let freed_status = std::fs::read_to_string(tmp.path().join("freed.status")).unwrap_or_default();
    assert_eq!(
        refused, None,
        "importing did not resume once space was freed"
    );
    assert_eq!(freed_status.trim(), "0");
    assert_eq!(after.len(), 2);
    let mut all = before;
    all.extend(after);
    check_vault(&tmp.path().join("after-freed"), &key, &all);
}
