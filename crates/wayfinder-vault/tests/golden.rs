//! The frozen vault of each released schema keeps opening, with everything in it, after every
//! change to the code: the vault format is a promise to every laptop that has one.

mod common;

use std::fs;
use std::path::Path;
use wayfinder_vault::{CaseFilter, OpenVault, Passphrase, VaultDir, db};

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

/// Opens a copy of the frozen vault `name` (opening migrates, and the committed files must
/// stay as they are), and checks it is at the current schema and sound.
fn open_golden(name: &str, passphrase: &str) -> (tempfile::TempDir, std::path::PathBuf, OpenVault) {
    let golden = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    let (tmp, path) = common::scratch();
    copy_dir(&golden, &path);
    let (vault, _vk) = VaultDir::new(&path)
        .open_with_passphrase(&Passphrase::new(passphrase))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(vault.schema_version().ok(), Some(db::schema_version()));
    assert!(
        vault
            .check_integrity()
            .unwrap_or_else(|e| panic!("{e}"))
            .is_empty()
    );
    (tmp, path, vault)
}

#[test]
fn the_frozen_vault_of_schema_1_opens_and_migrates() {
    let (_tmp, path, vault) = open_golden("schema-1", "golden vault schema one passphrase");
    // Schema 1 held rows; they are now the operations that make them, at the inquiry stage.
    let mut names: Vec<String> = Vec::new();
    for summary in vault
        .list_cases(&CaseFilter::default())
        .unwrap_or_else(|e| panic!("{e}"))
    {
        let file = vault
            .case_file(summary.id)
            .unwrap_or_else(|e| panic!("{e}"));
        let case = &file[0];
        let field = |f: &str| case.value(f).unwrap_or_default().to_owned();
        assert_eq!(field("stage"), "inquiry");
        names.push(format!(
            "{} {} {} {}",
            field("child.name"),
            field("child.date_of_birth"),
            field("child.country"),
            field("child.languages").replace(' ', ",")
        ));
    }
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

#[test]
fn the_frozen_vault_of_schema_2_opens_with_its_operations_and_its_conflict() {
    let (_tmp, _path, vault) = open_golden("schema-2", "golden vault schema two passphrase");
    let cases = vault
        .list_cases(&CaseFilter::default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(cases.len(), 3);
    let layla = cases
        .iter()
        .find(|c| c.conflicts == 1)
        .unwrap_or_else(|| panic!("no conflicted case"));
    assert_eq!(layla.stage, "intake");
    let file = vault.case_file(layla.id).unwrap_or_else(|e| panic!("{e}"));
    let names: Vec<Option<&str>> = file[0].fields["child.name"]
        .iter()
        .map(|h| h.value.as_deref())
        .collect();
    assert_eq!(names, [Some("Layla H. Haddad"), Some("Leila Haddad")]);
    assert_eq!(file[0].value("diagnosis.icd10"), Some("C71.6"));
    assert_eq!(file[0].value("diagnosis.morphology"), Some("9470/3"));
    let kinds: Vec<&str> = file[1..].iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, ["consent", "contact", "task"]);
    let history: Vec<String> = vault
        .stage_history(layla.id)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|(_, _, s)| s)
        .collect();
    assert_eq!(history, ["inquiry", "intake"]);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
    let day = vault.today(today, 10).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((day.tasks_due, day.consents.len()), (1, 1));
    // Schema 3 indexed the text typed before it: both names of the conflict are found.
    let hits = vault
        .search("haddad", wayfinder_vault::Scope::Everything, 10)
        .unwrap_or_else(|e| panic!("{e}"));
    let snippets: Vec<&str> = hits.iter().map(|h| h.snippet.as_str()).collect();
    assert!(
        snippets.iter().any(|s| s.contains("Leila Haddad")),
        "{snippets:?}"
    );
    assert!(
        snippets.iter().any(|s| s.contains("Layla H. Haddad")),
        "{snippets:?}"
    );
}

/// A record of the schema-3 vault: title, category, language, original bytes, password.
type Original = (
    &'static str,
    &'static str,
    &'static str,
    &'static [u8],
    Option<&'static str>,
);

#[test]
fn the_frozen_vault_of_schema_3_opens_with_its_records_originals_and_index() {
    let (_tmp, _path, mut vault) = open_golden("schema-3", "golden vault schema three passphrase");
    let cases = vault
        .list_cases(&CaseFilter::default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(cases.len(), 3);
    assert_eq!(cases.iter().map(|c| c.conflicts).sum::<u32>(), 1);
    // Each record: its title, category and language, and its original exactly as sealed.
    let originals: [Original; 3] = [
        (
            "Informe de anatomía patológica",
            "pathology",
            "es",
            b"%PDF-1.4 informe de patologia (golden original one)",
            None,
        ),
        (
            "出院小结",
            "discharge-letter",
            "zh",
            b"%PDF-1.7 chu lab report protected (golden original two)",
            Some("golden-pdf-password"),
        ),
        (
            "Паспорт",
            "identity-travel",
            "ru",
            b"\xff\xd8\xff\xe0 passport photo (golden original three)",
            None,
        ),
    ];
    let mut found = 0;
    for summary in &cases {
        for entity in vault
            .case_file(summary.id)
            .unwrap_or_else(|e| panic!("{e}"))
        {
            if entity.kind != wayfinder_core::EntityKind::Record {
                continue;
            }
            let title = entity.value("title").unwrap_or_default();
            let (_, category, language, bytes, secret) = originals
                .iter()
                .find(|o| o.0 == title)
                .unwrap_or_else(|| panic!("unexpected record {title}"));
            assert_eq!(entity.value("category"), Some(*category));
            assert_eq!(entity.value("language"), Some(*language));
            let (case, blob) = vault.record(entity.id).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(case, summary.id);
            let original = vault
                .files()
                .read_all(blob.file)
                .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(original.as_slice(), *bytes, "{title}: the original changed");
            let again = vault.content_hasher().update(&original).finalize();
            assert_eq!(again.as_bytes(), &blob.content.hash, "{title}: hash");
            assert_eq!(blob.secret.as_deref(), *secret);
            found += 1;
        }
    }
    assert_eq!(found, 3);
    // Migration 11 listed for the text reader the passport photo (an image has no text of
    // its own) and the discharge letter's page, with under 20 characters of its own; each
    // with the record's language, then its case's.
    let mut queued = Vec::new();
    while let Some(job) = vault.reading_next().unwrap_or_else(|e| panic!("{e}")) {
        queued.push((job.blob.content.media, job.page, job.languages.clone()));
        let read = wayfinder_vault::Reading::Failed("ocr-missing".to_owned());
        vault
            .store_reading(&job.hash, job.page, &read, "")
            .unwrap_or_else(|e| panic!("{e}"));
    }
    use wayfinder_core::Media::{Jpeg, Pdf};
    let expected: [(_, u32, &[&str]); 2] = [(Pdf, 0, &["zh"]), (Jpeg, 0, &["ru", "ar", "en"])];
    assert_eq!(queued.len(), expected.len());
    for ((media, page, langs), (m, p, l)) in queued.iter().zip(expected) {
        assert_eq!((*media, *page), (m, p));
        assert_eq!(langs, l);
    }
    // The index came along: page text in Spanish and Chinese, and a Cyrillic title; and
    // migration 4 indexed the pages' words, so two Chinese characters are found as well.
    for (query, page) in [
        ("meduloblastoma", true),
        ("髓母细胞瘤", true),
        ("Паспорт", false),
        ("化疗", true),
        ("SHH", true),
    ] {
        let hits = vault
            .search(query, wayfinder_vault::Scope::Everything, 10)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(
            hits.iter()
                .any(|h| matches!(h.place, wayfinder_vault::HitPlace::Page { .. }) == page),
            "{query}: {hits:?}"
        );
    }
}

#[test]
fn the_frozen_vault_of_schema_6_keeps_its_team_its_keys_and_its_outbox() {
    let (_tmp, _path, mut vault) = open_golden("schema-6", "golden vault schema six passphrase");
    let account = vault
        .team_account()
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("no team"));
    assert_eq!(account.server, "https://sync.example.org");
    assert_eq!(account.workspace, wayfinder_sync::WorkspaceId([0x57; 16]));
    assert_eq!(
        account.cursor,
        wayfinder_sync::wire::Cursor { visible: 7, seq: 5 }
    );
    assert!(account.last_synced_millis.is_some());
    // Her keys are the ones the roster holds, and the pin is the creator's (hers).
    let me = vault.team_identity().unwrap_or_else(|e| panic!("{e}"));
    let roster = vault
        .roster()
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("no roster"));
    let mine = roster
        .member(me.member())
        .unwrap_or_else(|| panic!("she is not in her roster"));
    assert_eq!(mine.name, "Amira Haddad");
    assert_eq!(mine.identity.fingerprint(), me.public().fingerprint());
    assert_eq!(account.pin, wayfinder_sync::Pin::of(&me.public()));
    // Layla's case is shared with her alone, every edit of it waits to be sent, sealed
    // under the case's key; its first original counts as sent, the other does not.
    let layla = vault
        .list_cases(&CaseFilter::default())
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .find(|c| c.name.contains("Layla") || c.name.contains("Leila"))
        .unwrap_or_else(|| panic!("no Layla"))
        .id;
    assert_eq!(vault.shared_with(layla).unwrap_or_default(), [me.member()]);
    let unsent = vault
        .sealed_outbox(0, 1000)
        .unwrap_or_else(|e| panic!("{e}"));
    let ops = vault.operation_ids(layla).unwrap_or_default();
    // Her own edits, not the other member's rename.
    assert_eq!(unsent.len(), ops.len() - 1);
    assert!(
        unsent
            .iter()
            .all(|(_, op)| op.case.0 == *layla.as_bytes() && op.epoch == 1)
    );
    // Sealed now, they carry her numbers for them in the case, 1 to n in the order made.
    let key = vault
        .case_key(layla, 1)
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("no key"));
    let numbers: Vec<Option<u64>> = unsent
        .iter()
        .map(|(_, op)| {
            op.open_numbered(&key, &me.public())
                .unwrap_or_else(|e| panic!("{e}"))
                .number
        })
        .collect();
    let expected: Vec<Option<u64>> = (1..=unsent.len() as u64).map(Some).collect();
    assert_eq!(numbers, expected);
    // Both originals of the shared case go: the one sent before schema 8 goes again, signed
    // by her under its new name, for receivers take no original its author did not sign.
    assert_eq!(vault.blobs_to_upload().unwrap_or_default().len(), 2);
    assert!(vault.pending_shares().unwrap_or_default().len() == 1);
}

#[test]
fn the_frozen_vault_of_schema_11_keeps_its_reading_and_finds_her_typed_page() {
    use wayfinder_vault::{HitPlace, Reading, Scope};
    let (_tmp, _path, vault) = open_golden("schema-11", "golden vault schema eleven passphrase");
    let search = |query: &str, scope: Scope| {
        vault
            .search(query, scope, 10)
            .unwrap_or_else(|e| panic!("{e}"))
    };
    // Her text of the passport photo is found as the photo's page.
    let hits = search("гражданина", Scope::Everything);
    assert_eq!(hits.len(), 1);
    let HitPlace::Page {
        record,
        page,
        title,
    } = &hits[0].place
    else {
        panic!("her text is not found as a page: {:?}", hits[0].place);
    };
    assert_eq!((*page, title.as_str()), (0, "Паспорт"));
    // In the record's own search too, and no longer by the reader's text she replaced.
    assert_eq!(search("гражданина", Scope::Record(*record)).len(), 1);
    assert!(search("Петрова", Scope::Everything).is_empty());
    // What the reader read stays: turned upright, poorly, and nothing is left to read.
    let (_, blob) = vault.record(*record).unwrap_or_else(|e| panic!("{e}"));
    match vault.page_reading(&blob.content.hash, 0) {
        Ok(Some(Reading::Read(read))) => {
            assert_eq!((read.rotation, read.confidence), (180, Some(41.5)));
            assert_eq!(read.words.len(), 2);
        }
        other => panic!("the reading is gone: {other:?}"),
    }
    // Left to read: not the photo, but the Chinese letter's page, whose 13 characters of
    // its own are too few to be its text.
    assert_eq!(vault.reading_remaining().ok(), Some(1));
    let next = vault
        .reading_next()
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("nothing to read"));
    assert_ne!(next.hash, blob.content.hash);
    assert_eq!(next.languages, ["zh"]);
}

#[test]
fn the_frozen_vault_of_schema_13_keeps_its_translation_memory() {
    use wayfinder_vault::Origin;
    let (_tmp, _path, vault) = open_golden("schema-13", "golden vault schema thirteen passphrase");
    // The final passage and the imported pair are in the memory; the draft is not.
    let mut pairs: Vec<(String, String, bool)> = vault
        .memory_all()
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|e| {
            let passage = matches!(e.origin, Origin::Passage { .. });
            (e.source, e.target, passage)
        })
        .collect();
    pairs.sort();
    assert_eq!(
        pairs,
        [
            (
                "Лучевая терапия".to_owned(),
                "Radioterapia".to_owned(),
                false
            ),
            (
                "ПАСПОРТ гражданина".to_owned(),
                "PASAPORTE del ciudadano".to_owned(),
                true
            ),
        ]
    );
    let found = vault
        .memory_candidates("паспорт гражданина", 10)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        found.first().map(|e| e.target.as_str()),
        Some("PASAPORTE del ciudadano")
    );
}

#[test]
fn the_frozen_vault_of_schema_16_finds_its_directory_and_the_request_waiting() {
    let (_tmp, _path, vault) = open_golden("schema-16", "golden vault schema sixteen passphrase");
    // Migration 17 indexed the directory from the team-wide scope: the board is found by its
    // city and by its contact, with its contact and its profile line as its parts.
    for query in ["lyon", "CLAIRE", ""] {
        let found = vault
            .directory_search(query, 10)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(found.len(), 1, "{query}");
        let (_, board) = vault.entity(found[0]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(board.value("name"), Some("Centre Léon Bérard"));
        let parts = vault
            .directory_parts(found[0])
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(parts.len(), 2);
    }
    assert!(
        vault
            .directory_search("oslo", 10)
            .unwrap_or_else(|e| panic!("{e}"))
            .is_empty()
    );
    assert_eq!(vault.directory_count().ok(), Some(1));
    // Layla's case waits on the board, past its follow-up date of 4 December 2026.
    let layla = vault
        .list_cases(&CaseFilter {
            name: Some("layla".to_owned()),
            ..CaseFilter::default()
        })
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(layla[0].waiting_requests, ["Centre Léon Bérard"]);
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 10).unwrap_or_else(|| panic!("date"));
    let today = vault.today(day, 10).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        today
            .requests
            .iter()
            .map(|r| (r.title.as_str(), r.due.as_str()))
            .collect::<Vec<_>>(),
        [("Centre Léon Bérard", "2026-12-04")]
    );
}
