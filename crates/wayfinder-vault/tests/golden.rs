//! The frozen vault of each released schema keeps opening, with everything in it, after every
//! change to the code: the vault format is a promise to every laptop that has one.

mod common;

use std::fs;
use std::path::Path;
use wayfinder_vault::{Passphrase, VaultDir, db};

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap_or_else(|e| panic!("{e}"));
    for entry in fs::read_dir(from)
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
    {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

#[test]
fn the_frozen_vault_of_schema_1_opens_and_migrates() {
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/schema-1");
    let (_tmp, path) = common::scratch();
    // Opened from a copy: opening migrates, and the committed files must stay as they are.
    copy_dir(&golden, &path);
    let dir = VaultDir::new(&path);
    let (vault, _vk) = dir
        .open_with_passphrase(&Passphrase::new("golden vault schema one passphrase"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(vault.schema_version().ok(), Some(db::schema_version()));
    assert!(
        vault
            .check_integrity()
            .unwrap_or_else(|e| panic!("{e}"))
            .is_empty()
    );
    let mut names: Vec<String> = vault
        .list_cases()
        .unwrap_or_else(|e| panic!("{e}"))
        .iter()
        .map(|c| {
            format!(
                "{} {} {} {}",
                c.child.name.as_str(),
                c.child.date_of_birth.to_iso(),
                c.child.country,
                c.child
                    .languages
                    .iter()
                    .map(|l| l.as_str())
                    .collect::<Vec<_>>()
                    .join(",")
            )
        })
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "Layla Haddad 2019-03-07 AE ar,en",
            "Иван Петров 2012-01-15 UA uk,ru",
            "王小明 2016-11-30 CN zh",
        ]
    );
    let files: Vec<_> = fs::read_dir(path.join("files"))
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
        .collect();
    assert_eq!(files.len(), 1);
    let id = wayfinder_vault::FileId::from_hex(&files[0].file_name().to_string_lossy())
        .unwrap_or_else(|| panic!("file name"));
    assert_eq!(
        vault.files().read_all(id).ok().as_deref(),
        Some(&b"a sealed document of schema one"[..])
    );
}
