//! The sealed case archive between two real vaults: a case with a guardian, an edit, a record
//! and its audit log goes out under a passphrase and comes into another vault whole (the same
//! case file, the original byte for byte, the same log, whose chain still checks); and a wrong
//! passphrase, a file cut short, a byte flipped, a case already there or a file that is not an
//! archive each give their own error and change nothing.

mod common;

use common::*;
use wayfinder_core::{CaseId, Content, EntityKind, Media};
use wayfinder_vault::archive::ArchiveError;
use wayfinder_vault::{NewRecord, OpenVault, Passphrase};

fn pdf() -> Vec<u8> {
    std::fs::read(wayfinder_testkit::fixture("pdfs/ArabicCIDTrueType.pdf"))
        .unwrap_or_else(|e| panic!("{e}"))
}

/// A case with a guardian, a changed field, a record with its original, and their log.
fn case_in(vault: &mut OpenVault) -> CaseId {
    let id = CaseId::new(now(), random_tail());
    vault
        .create_case(id, &child("Layla Haddad"), now())
        .unwrap_or_else(|e| panic!("{e}"));
    vault
        .add_entity(
            id,
            EntityKind::Contact,
            &[("name", "Salma Haddad"), ("relation", "mother")],
            now(),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    vault
        .edit_field(
            *id.as_bytes(),
            "diagnosis.text",
            Some("Medulloblastoma"),
            now(),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let bytes = pdf();
    let hash: [u8; 32] = *vault.content_hasher().update(&bytes).finalize().as_bytes();
    let file = vault
        .seal_original(&mut &bytes[..])
        .unwrap_or_else(|e| panic!("{e}"));
    vault
        .add_record(
            id,
            file,
            &NewRecord {
                title: "Biopsy",
                category: "pathology",
                date: Some("2026-09-02"),
                institution: None,
                language: Some("ar"),
                content: Content {
                    media: Media::Pdf,
                    size: bytes.len() as u64,
                    pages: 1,
                    hash,
                },
                secret: None,
                pages: &["انواع الخطوط العربية".to_owned()],
            },
            now(),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    id
}

/// An entity's kind and its fields' values.
type Shape = (EntityKind, Vec<(String, Option<String>)>);

/// Each entity's kind and its fields' values, in order: what two vaults must agree on.
fn shape(vault: &OpenVault, case: CaseId) -> Vec<Shape> {
    vault
        .case_file(case)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|e| {
            let fields = e
                .fields
                .iter()
                .map(|(k, heads)| (k.clone(), heads.first().and_then(|h| h.value.clone())))
                .collect();
            (e.kind, fields)
        })
        .collect()
}

fn original(vault: &OpenVault, case: CaseId) -> Vec<u8> {
    let record = vault
        .case_file(case)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .find(|e| e.kind == EntityKind::Record)
        .unwrap_or_else(|| panic!("no record"));
    let (_, blob) = vault.record(record.id).unwrap_or_else(|e| panic!("{e}"));
    vault
        .files()
        .read_all(blob.file)
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_case_goes_whole_from_one_vault_to_another_and_a_bad_archive_changes_nothing() {
    let (_a_tmp, _a_path, _a_dir, mut a, _) = new_vault();
    let case = case_in(&mut a);
    let secret = Passphrase::new("harbour lantern velvet orbit cactus");
    let archive = a
        .export_archive(case, &secret, FAST_KDF)
        .unwrap_or_else(|e| panic!("{e}"));
    // Nothing of the child is readable in the file.
    for plain in [&b"Layla"[..], b"Haddad", b"Medulloblastoma", b"%PDF"] {
        assert!(
            !archive.windows(plain.len()).any(|w| w == plain),
            "readable in the archive"
        );
    }

    let (_b_tmp, b_path, _b_dir, mut b, _) = new_vault();
    let files_before = std::fs::read_dir(b_path.join("files"))
        .map(|d| d.count())
        .unwrap_or(0);
    let refused = |vault: &mut OpenVault, bytes: &[u8], passphrase: &Passphrase| match vault
        .import_archive(bytes, passphrase)
    {
        Ok(_) => panic!("a bad archive was imported"),
        Err(e) => e,
    };
    assert!(matches!(
        refused(
            &mut b,
            &archive,
            &Passphrase::new("harbour lantern velvet orbit cactuS")
        ),
        ArchiveError::WrongPassphrase
    ));
    assert!(matches!(
        refused(&mut b, &archive[..archive.len() - 100], &secret),
        ArchiveError::Truncated
    ));
    let mut flipped = archive.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x20;
    assert!(matches!(
        refused(&mut b, &flipped, &secret),
        ArchiveError::Altered
    ));
    let mut longer = archive.clone();
    longer.push(0);
    assert!(matches!(
        refused(&mut b, &longer, &secret),
        ArchiveError::Altered
    ));
    assert!(matches!(
        refused(
            &mut b,
            b"%PDF-1.7 not an archive at all, not at all, not at all, not at all, not at all",
            &secret
        ),
        ArchiveError::NotAnArchive
    ));
    // None of that changed anything.
    assert_eq!(b.count_cases().unwrap_or_default(), 0);
    let files_after = std::fs::read_dir(b_path.join("files"))
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(
        files_before, files_after,
        "a refused archive left a file behind"
    );

    // The right passphrase: the case whole.
    let imported = b
        .import_archive(&archive, &secret)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.case, case);
    assert_eq!(imported.originals, 1);
    assert_eq!(shape(&b, case), shape(&a, case));
    assert!(
        original(&b, case) == pdf(),
        "the original arrives byte for byte"
    );
    let log_a = a.audit_log(Some(case)).unwrap_or_else(|e| panic!("{e}"));
    let log_b = b.audit_log(Some(case)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(log_a.len(), log_b.len());
    assert!(!log_b.is_empty());
    let checked = b.audit_check(case).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        checked.iter().all(|c| c.checked.findings.is_empty()),
        "the log arrives with nothing missing, altered or out of order"
    );
    // Search finds the record's page in the new vault.
    let hits = b
        .search("الخطوط", wayfinder_vault::Scope::Case(case), 10)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(!hits.is_empty(), "the page's text came with it");

    // Imported twice: refused, nothing doubled.
    assert!(matches!(
        refused(&mut b, &archive, &secret),
        ArchiveError::CaseExists
    ));
    assert_eq!(b.count_cases().unwrap_or_default(), 1);
}
