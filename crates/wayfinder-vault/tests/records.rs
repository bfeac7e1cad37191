//! Records in the vault: an original sealed once however often it is imported, its pages
//! searchable in every script, the typed fields of the case file searchable beside them.

mod common;

use common::*;
use wayfinder_core::{CaseId, Content, EntityKind, Media};
use wayfinder_vault::{HitPlace, NewRecord, OpenVault, Scope, VaultDir, VaultError};

fn new_case(vault: &mut OpenVault, name: &str) -> CaseId {
    let id = CaseId::new(now(), random_tail());
    vault
        .create_case(id, &child(name), now())
        .unwrap_or_else(|e| panic!("{e}"));
    id
}

/// Seals `bytes` and adds them as a PDF record with the pages' text given.
fn import(
    vault: &mut OpenVault,
    case: CaseId,
    title: &str,
    bytes: &[u8],
    pages: &[&str],
) -> [u8; 16] {
    let hash: [u8; 32] = *vault.content_hasher().update(bytes).finalize().as_bytes();
    let file = vault
        .seal_original(&mut &bytes[..])
        .unwrap_or_else(|e| panic!("{e}"));
    let pages: Vec<String> = pages.iter().map(|p| (*p).to_owned()).collect();
    vault
        .add_record(
            case,
            file,
            &NewRecord {
                title,
                category: "pathology",
                date: Some("2026-10-02"),
                institution: Some("Dubai Hospital"),
                language: Some("en"),
                content: Content {
                    media: Media::Pdf,
                    size: bytes.len() as u64,
                    pages: pages.len() as u32,
                    hash,
                },
                secret: None,
                pages: &pages,
            },
            now(),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"))
}

fn sealed_files(path: &std::path::Path) -> usize {
    std::fs::read_dir(path.join("files"))
        .map(|d| d.count())
        .unwrap_or(0)
}

#[test]
fn an_original_imported_twice_is_stored_once_and_found_where_it_is() {
    let (_tmp, path, dir, mut vault, vk) = new_vault();
    let layla = new_case(&mut vault, "Layla Haddad");
    let ivan = new_case(&mut vault, "Иван Петров");
    let bytes = b"%PDF-1.7 the pathology report of a child".to_vec();
    let first = import(
        &mut vault,
        layla,
        "biopsy.pdf",
        &bytes,
        &["Medulloblastoma, WNT"],
    );
    let hash: [u8; 32] = *vault.content_hasher().update(&bytes).finalize().as_bytes();
    let places = vault.records_with_content(&hash).unwrap_or_default();
    assert_eq!(places.len(), 1);
    assert_eq!((places[0].case, places[0].record), (layla, first));
    assert_eq!(places[0].case_name, "Layla Haddad");
    let second = import(
        &mut vault,
        ivan,
        "copy.pdf",
        &bytes,
        &["Medulloblastoma, WNT"],
    );
    assert_eq!(
        vault.records_with_content(&hash).unwrap_or_default().len(),
        2
    );
    assert_eq!(
        sealed_files(&path),
        1,
        "one sealed original for both records"
    );
    let (case, blob) = vault.record(second).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(case, ivan);
    assert_eq!(vault.files().read_all(blob.file).unwrap_or_default(), bytes);
    // The hash is keyed: another vault sees other hashes for the same bytes.
    let (_tmp2, _path2, _dir2, other, _) = new_vault();
    let other_hash: [u8; 32] = *other.content_hasher().update(&bytes).finalize().as_bytes();
    assert_ne!(other_hash, hash);
    assert_ne!(*blake3::hash(&bytes).as_bytes(), hash);
    // A record's original cannot be edited by hand, nor a record added without its file.
    let e = vault.edit_field(first, "content", Some("pdf 1 1 00"), now(), today());
    assert_eq!(e.err().map(|e| e.code()), Some("choice-unknown"));
    let e = vault.add_entity(layla, EntityKind::Record, &[("title", "x")], now(), today());
    assert_eq!(e.err().map(|e| e.code()), Some("choice-unknown"));
    // Its own fields are edited like any other.
    vault
        .edit_field(first, "category", Some("lab"), now(), today())
        .unwrap_or_else(|e| panic!("{e}"));
    let e = vault.edit_field(first, "category", Some("x-ray"), now(), today());
    assert_eq!(e.err().map(|e| e.code()), Some("choice-unknown"));
    drop(vault);
    let vault = dir.open_with_key(&vk).unwrap_or_else(|e| panic!("{e}"));
    let file = vault.case_file(layla).unwrap_or_else(|e| panic!("{e}"));
    let record = file
        .iter()
        .find(|e| e.kind == EntityKind::Record)
        .unwrap_or_else(|| panic!("no record"));
    assert_eq!(record.value("category"), Some("lab"));
    assert_eq!(record.value("title"), Some("biopsy.pdf"));
}

#[test]
fn a_sealed_file_no_record_names_is_removed_when_the_vault_opens() {
    let (_tmp, path, dir, mut vault, vk) = new_vault();
    // What a kill between sealing a file and recording it leaves behind.
    vault
        .seal_original(&mut &b"half imported"[..])
        .unwrap_or_else(|e| panic!("{e}"));
    // A file the vault never noted (a newer version's, or one put there by hand) is left alone.
    vault
        .files()
        .put(&mut &b"not ours to remove"[..])
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(sealed_files(&path), 2);
    drop(vault);
    let _vault = dir.open_with_key(&vk).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(sealed_files(&path), 1);
}

fn found(vault: &OpenVault, query: &str, scope: Scope) -> Vec<String> {
    vault
        .search(query, scope, 50)
        .unwrap_or_else(|e| panic!("{query}: {e}"))
        .into_iter()
        .map(|hit| {
            let marked: Vec<String> = hit
                .marks
                .iter()
                .map(|&(s, e)| hit.snippet.chars().skip(s).take(e - s).collect())
                .collect();
            let place = match hit.place {
                HitPlace::Page { page, title, .. } => format!("{title}#{page}"),
                HitPlace::Field { kind, field, .. } => format!("{}.{field}", kind.as_str()),
            };
            format!("{} {place} [{}]", hit.case_name, marked.join("|"))
        })
        .collect()
}

#[test]
fn search_finds_words_on_pages_and_in_fields_in_every_script() {
    let (_tmp, _path, _dir, mut vault, _vk) = new_vault();
    let layla = new_case(&mut vault, "Layla Haddad");
    let wang = new_case(&mut vault, "王小明");
    let ivan = new_case(&mut vault, "Иван Петров");
    let report = import(
        &mut vault,
        layla,
        "report.pdf",
        b"one",
        &[
            "Histology: classic medulloblastoma.",
            "التشخيص: ورم أرومي نخاعي في المخيخ",
        ],
    );
    import(
        &mut vault,
        wang,
        "病理.pdf",
        b"two",
        &["病理诊断：髓母细胞瘤，经典型。"],
    );
    import(
        &mut vault,
        ivan,
        "выписка.pdf",
        b"three",
        &["Диагноз: медуллобластома мозжечка"],
    );
    vault
        .add_entity(
            layla,
            EntityKind::Note,
            &[("text", "Mother asks about proton therapy")],
            now(),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));

    assert_eq!(
        found(&vault, "MEDULLOBLASTOMA", Scope::Everything),
        ["Layla Haddad report.pdf#0 [medulloblastoma]"]
    );
    assert_eq!(
        found(&vault, "المخيخ", Scope::Everything),
        ["Layla Haddad report.pdf#1 [المخيخ]"]
    );
    // Without its article too: trigrams need no word boundaries.
    assert_eq!(
        found(&vault, "مخيخ", Scope::Everything),
        ["Layla Haddad report.pdf#1 [مخيخ]"]
    );
    // Two Chinese characters, shorter than a trigram, through the index of characters.
    assert_eq!(
        found(&vault, "病理", Scope::Everything),
        ["王小明 病理.pdf#0 [病理]", "王小明 record.title [病理]"]
    );
    assert_eq!(
        found(&vault, "髓母细胞瘤", Scope::Everything),
        ["王小明 病理.pdf#0 [髓母细胞瘤]"]
    );
    assert_eq!(
        found(&vault, "медуллобластом", Scope::Everything),
        ["Иван Петров выписка.pdf#0 [медуллобластом]"]
    );
    assert_eq!(
        found(&vault, "ПЕТРОВ", Scope::Everything),
        ["Иван Петров case.child.name [Петров]"]
    );
    assert_eq!(
        found(&vault, "proton", Scope::Everything),
        ["Layla Haddad note.text [proton]"]
    );
    // Every word must match; a quoted phrase must match as written.
    assert_eq!(
        found(&vault, "classic histology", Scope::Everything).len(),
        1
    );
    assert!(found(&vault, "\"histology classic\"", Scope::Everything).is_empty());
    assert!(found(&vault, "classic proton", Scope::Everything).is_empty());
    // Within one case or one record.
    assert!(found(&vault, "medulloblastoma", Scope::Case(wang)).is_empty());
    assert_eq!(found(&vault, "Haddad", Scope::Case(layla)).len(), 1);
    assert_eq!(found(&vault, "classic", Scope::Record(report)).len(), 1);
    assert!(found(&vault, "proton", Scope::Record(report)).is_empty());
    // An edit is found at once, the old value no longer; a deleted record is not found.
    vault
        .edit_field(
            *ivan.as_bytes(),
            "child.name",
            Some("Ivan Petrov"),
            now(),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(found(&vault, "Петров", Scope::Everything).is_empty());
    assert_eq!(
        found(&vault, "petrov", Scope::Everything),
        ["Ivan Petrov case.child.name [Petrov]"]
    );
    vault
        .delete_entity(report, now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(found(&vault, "medulloblastoma", Scope::Everything).is_empty());
    assert!(found(&vault, "", Scope::Everything).is_empty());
    // Query syntax of FTS5 is only text here.
    assert!(found(&vault, "NEAR( OR * ^", Scope::Everything).is_empty());
}

#[test]
fn terms_shorter_than_a_trigram_find_words_and_chinese_characters_on_pages() {
    let (_tmp, _path, _dir, mut vault, _vk) = new_vault();
    let wang = new_case(&mut vault, "王小明");
    let ivan = new_case(&mut vault, "Иван Петров");
    import(
        &mut vault,
        wang,
        "出院小结.pdf",
        b"one",
        &[
            "术后化疗第2周期，肿瘤缩小。",
            "CT of the head: T2 FLAIR hyperintense.",
        ],
    );
    import(
        &mut vault,
        ivan,
        "letter.pdf",
        b"two",
        &["The doctor will call. КТ головы: без изменений. Dose 100%"],
    );
    // Two characters in a row, one character, and never the same two the other way round.
    assert_eq!(
        found(&vault, "化疗", Scope::Everything),
        ["王小明 出院小结.pdf#0 [化疗]"]
    );
    assert_eq!(
        found(&vault, "瘤", Scope::Everything),
        ["王小明 出院小结.pdf#0 [瘤]"]
    );
    assert!(found(&vault, "疗化", Scope::Everything).is_empty());
    // Abbreviations are words (or the start of one), not letters inside other words.
    assert_eq!(
        found(&vault, "ct", Scope::Everything),
        ["王小明 出院小结.pdf#1 [CT]"]
    );
    assert_eq!(
        found(&vault, "T2", Scope::Everything),
        ["王小明 出院小结.pdf#1 [T2]"]
    );
    assert_eq!(
        found(&vault, "кт", Scope::Everything),
        ["Иван Петров letter.pdf#0 [КТ]"]
    );
    assert_eq!(
        found(&vault, "hyper", Scope::Everything),
        ["王小明 出院小结.pdf#1 [hyper]"]
    );
    // Short and long terms together, every one must match on the same page.
    assert_eq!(found(&vault, "CT FLAIR", Scope::Everything).len(), 1);
    assert!(found(&vault, "化疗 FLAIR", Scope::Everything).is_empty());
    assert_eq!(found(&vault, "ct", Scope::Case(ivan)), Vec::<String>::new());
    // A term with no word in it at all is still looked for, by a scan.
    assert_eq!(
        found(&vault, "%", Scope::Everything),
        ["Иван Петров letter.pdf#0 [%]"]
    );
}

#[test]
fn a_record_of_an_unknown_case_is_refused_and_leaves_no_file() {
    let (_tmp, path, _dir, mut vault, _vk) = new_vault();
    let file = vault
        .seal_original(&mut &b"x"[..])
        .unwrap_or_else(|e| panic!("{e}"));
    let result = vault.add_record(
        CaseId::new(now(), random_tail()),
        file,
        &NewRecord {
            title: "x.pdf",
            category: "other",
            date: None,
            institution: None,
            language: None,
            content: Content {
                media: Media::Pdf,
                size: 1,
                pages: 1,
                hash: [7; 32],
            },
            secret: None,
            pages: &[],
        },
        now(),
        today(),
    );
    assert!(
        matches!(result, Err(VaultError::CaseNotFound)),
        "{:?}",
        result.err()
    );
    assert_eq!(sealed_files(&path), 0);
    let _ = VaultDir::new(&path);
}

/// A word read at (`left`, `top`) on a page of 1000 by 1400 pixels.
fn read_word(text: &str, left: u32, top: u32, line: u32) -> wayfinder_vault::ReadWord {
    wayfinder_vault::ReadWord {
        text: text.to_owned(),
        left,
        top,
        width: 120,
        height: 30,
        confidence: 88.0,
        line,
        paragraph: 0,
    }
}

#[test]
fn scanned_pages_wait_to_be_read_once_and_are_then_found_by_search() {
    use wayfinder_vault::{ReadPage, Reading};
    let (_tmp, path, dir, mut vault, vk) = new_vault();
    let case = new_case(&mut vault, "Amal Haddad");
    // Three pages: the first has its own text, the second a scanner's stamp, the third none.
    let own = "Histopathology report: medulloblastoma, classic type, WHO grade 4.";
    let record = import(
        &mut vault,
        case,
        "Scanned letter",
        b"%PDF scanned",
        &[own, "p. 2", ""],
    );
    let (_, blob) = vault.record(record).unwrap_or_else(|e| panic!("{e}"));
    let hash = blob.content.hash;
    let progress = vault
        .reading_progress(&hash)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((progress.done, progress.total), (0, 2));
    let job = vault
        .reading_next()
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("nothing to read"));
    assert_eq!((job.hash, job.page), (hash, 1));
    // The record's language, then the case's.
    assert_eq!(job.languages, ["en", "ar"]);
    let page = ReadPage {
        width: 1000,
        height: 1400,
        rotation: 180,
        confidence: Some(88.0),
        languages: "eng+ara".to_owned(),
        words: vec![
            read_word("Vincristine", 100, 200, 0),
            read_word("weekly", 240, 200, 0),
        ],
    };
    let stored = vault
        .store_reading(&hash, 1, &Reading::Read(page.clone()), "Vincristine weekly")
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(stored);
    // Stored once: the same page again is not stored twice.
    assert!(
        !vault
            .store_reading(&hash, 1, &Reading::Read(page.clone()), "again")
            .unwrap_or_else(|e| panic!("{e}"))
    );
    assert_eq!(
        found(&vault, "vincristine", Scope::Everything),
        vec!["Amal Haddad Scanned letter#1 [Vincristine]".to_owned()]
    );
    // The stamp's two characters are replaced, not kept beside the read text.
    assert_eq!(
        vault
            .page_text(&hash, 1)
            .unwrap_or_else(|e| panic!("{e}"))
            .as_deref(),
        Some("Vincristine weekly")
    );
    assert!(found(&vault, "p.", Scope::Everything).is_empty());
    assert_eq!(
        vault
            .page_reading(&hash, 1)
            .unwrap_or_else(|e| panic!("{e}")),
        Some(Reading::Read(page))
    );
    // The vault locks (a kill would do the same) before the last page is stored: it is still
    // to read when the vault opens again, and is the next.
    drop(vault);
    let mut vault = dir.open_with_key(&vk).unwrap_or_else(|e| panic!("{e}"));
    let job = vault
        .reading_next()
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("the last page was lost"));
    assert_eq!(job.page, 2);
    vault
        .store_reading(&hash, 2, &Reading::Failed("ocr-timed-out".to_owned()), "")
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        vault
            .reading_next()
            .unwrap_or_else(|e| panic!("{e}"))
            .is_none()
    );
    let progress = vault
        .reading_progress(&hash)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((progress.done, progress.total, progress.failed), (2, 2, 1));
    assert_eq!(
        vault
            .page_reading(&hash, 2)
            .unwrap_or_else(|e| panic!("{e}")),
        Some(Reading::Failed("ocr-timed-out".to_owned()))
    );
    // Nothing of what was read reaches the disk in clear.
    drop(vault);
    for word in ["Vincristine", "weekly"] {
        assert_eq!(
            wayfinder_testkit::files_containing(&path, word),
            Vec::<std::path::PathBuf>::new()
        );
    }
}

#[test]
fn a_page_typed_by_hand_is_one_edit_that_undo_takes_back() {
    let (_tmp, _path, _dir, mut vault, _vk) = new_vault();
    let case = new_case(&mut vault, "Amal Haddad");
    let record = import(
        &mut vault,
        case,
        "Scan",
        b"%PDF two scanned pages",
        &["", ""],
    );
    let first = vault
        .set_page_text(record, 1, "Vincristina 1,5 mg/m2", now(), today())
        .unwrap_or_else(|e| panic!("{e}"));
    // Typed again: the same page text changed, not a second one.
    let again = vault
        .set_page_text(record, 1, "Vincristina 1,5 mg/m2 semanal", now(), today())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(first, again);
    assert!(!found(&vault, "semanal", Scope::Case(case)).is_empty());
    vault.undo(now()).unwrap_or_else(|e| panic!("{e}"));
    assert!(found(&vault, "semanal", Scope::Case(case)).is_empty());
    assert!(!found(&vault, "Vincristina", Scope::Case(case)).is_empty());
    // A page the record does not have, a record that is not one, and a move to another page.
    assert!(vault.set_page_text(record, 2, "x", now(), today()).is_err());
    assert!(
        vault
            .set_page_text(*case.as_bytes(), 0, "x", now(), today())
            .is_err()
    );
    assert!(
        vault
            .edit_field(first, "page", Some("0"), now(), today())
            .is_err()
    );
    assert!(
        vault
            .add_entity(
                case,
                EntityKind::PageText,
                &[("record", "x"), ("page", "0"), ("text", "x")],
                now(),
                today()
            )
            .is_err()
    );
}
