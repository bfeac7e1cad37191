//! Writes the frozen vault of the current schema into the folder given, for `tests/golden/`.
//! Run once per released schema; the committed result must never change afterwards (schema 1
//! and 2 were written by earlier versions of this program, schemas 3, 6, 11, 13 and 16 by this
//! one, 6 with the passphrase's last word "six", 11 with "eleven" and the scans' part added, 13
//! with "thirteen" and the translation memory's part added, 16 with "sixteen" and the
//! directory's and requests' part added).
//!   cargo run -p wayfinder-vault --example make_golden_vault -- crates/wayfinder-vault/tests/golden/schema-16
#![allow(clippy::print_stdout)]

use chrono::{NaiveDate, TimeZone, Utc};
use wayfinder_core::{
    CaseId, Child, Content, CountryCode, DateOfBirth, EntityKind, Media, PersonName,
    parse_languages,
};
use wayfinder_merge::{AuthorId, Change, FieldRef, Hlc, OpId, Operation};
use wayfinder_sync::wire::Cursor;
use wayfinder_sync::{Pin, Roster, WorkspaceId};
use wayfinder_vault::{KdfParams, NewRecord, Passphrase, ReadPage, ReadWord, Reading, VaultDir};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .nth(1)
        .ok_or("usage: make_golden_vault DIR")?;
    let now = Utc
        .with_ymd_and_hms(2026, 11, 24, 12, 0, 0)
        .single()
        .ok_or("time")?;
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).ok_or("date")?;
    let passphrase = Passphrase::new("golden vault schema sixteen passphrase");
    let (mut vault, _vk) = VaultDir::new(&dir).create(&passphrase, KdfParams::RECOMMENDED, now)?;
    let cases = [
        ("Layla Haddad", "2019-03-07", "AE", vec!["ar", "en"]),
        ("王小明", "2016-11-30", "CN", vec!["zh"]),
        ("Иван Петров", "2012-01-15", "UA", vec!["uk", "ru"]),
    ];
    let mut ids = Vec::new();
    for (i, (name, dob, country, languages)) in cases.into_iter().enumerate() {
        let child = Child {
            name: PersonName::parse(name)?,
            date_of_birth: DateOfBirth::parse(dob, today)?,
            country: CountryCode::parse(country).ok_or("country")?,
            languages: parse_languages(languages)?,
        };
        let created = now + chrono::Duration::minutes(i as i64);
        let id = CaseId::new(created, [i as u8; 10]);
        vault.create_case(id, &child, created)?;
        ids.push(id);
    }
    let layla = ids[0];
    let at = |m: i64| now + chrono::Duration::minutes(10 + m);
    vault.edit_field(*layla.as_bytes(), "stage", Some("intake"), at(1), today)?;
    vault.edit_field(
        *layla.as_bytes(),
        "diagnosis.icd10",
        Some("C71.6"),
        at(2),
        today,
    )?;
    vault.edit_field(
        *layla.as_bytes(),
        "diagnosis.morphology",
        Some("9470/3"),
        at(3),
        today,
    )?;
    vault.add_entity(
        layla,
        EntityKind::Task,
        &[("title", "Send the MRI"), ("due", "2026-11-20")],
        at(4),
        today,
    )?;
    vault.add_entity(
        layla,
        EntityKind::Consent,
        &[
            ("what", "records"),
            ("recipient", "Sant Joan de Déu"),
            ("until", "2026-12-10"),
        ],
        at(5),
        today,
    )?;
    vault.add_entity(
        layla,
        EntityKind::Contact,
        &[("name", "Amal Haddad"), ("channel", "whatsapp")],
        at(6),
        today,
    )?;
    // A conflict left for a person: another member renamed the child without seeing her edit.
    let first = vault
        .field_heads(*layla.as_bytes())?
        .into_iter()
        .find(|(f, _)| f == "child.name")
        .map(|(_, h)| h.op)
        .ok_or("name")?;
    vault.edit_field(
        *layla.as_bytes(),
        "child.name",
        Some("Layla H. Haddad"),
        at(7),
        today,
    )?;
    vault.apply_operation(&Operation {
        id: OpId(*CaseId::new(at(8), [0xbb; 10]).as_bytes()),
        author: AuthorId([0xbb; 16]),
        time: Hlc {
            millis: at(8).timestamp_millis() as u64,
            counter: 0,
        },
        target: FieldRef {
            scope: *layla.as_bytes(),
            entity: *layla.as_bytes(),
            field: "child.name".into(),
        },
        parents: vec![first],
        change: Change::Set("Leila Haddad".into()),
    })?;
    // Records (schema 3): originals sealed by content, their text indexed, one protected.
    let records: [(&[u8], Media, NewRecord<'_>, &[String]); 3] = [
        (
            b"%PDF-1.4 informe de patologia (golden original one)",
            Media::Pdf,
            NewRecord {
                title: "Informe de anatomía patológica",
                category: "pathology",
                date: Some("2026-10-02"),
                institution: Some("Hospital Sant Joan de Déu"),
                language: Some("es"),
                content: placeholder(),
                secret: None,
                pages: &[],
            },
            &[
                "Diagnóstico: meduloblastoma clásico, grupo SHH.".to_owned(),
                "Página dos: inmunohistoquímica.".to_owned(),
            ],
        ),
        (
            b"%PDF-1.7 chu lab report protected (golden original two)",
            Media::Pdf,
            NewRecord {
                title: "出院小结",
                category: "discharge-letter",
                date: Some("2026-09-15"),
                institution: None,
                language: Some("zh"),
                content: placeholder(),
                secret: Some("golden-pdf-password"),
                pages: &[],
            },
            &["出院诊断：髓母细胞瘤，术后化疗。".to_owned()],
        ),
        (
            b"\xff\xd8\xff\xe0 passport photo (golden original three)",
            Media::Jpeg,
            NewRecord {
                title: "Паспорт",
                category: "identity-travel",
                date: None,
                institution: None,
                language: Some("ru"),
                content: placeholder(),
                secret: None,
                pages: &[],
            },
            &[String::new()],
        ),
    ];
    let mut sent = None;
    let mut passport = None;
    for (i, (bytes, media, record, pages)) in records.into_iter().enumerate() {
        let hash: [u8; 32] = *vault.content_hasher().update(bytes).finalize().as_bytes();
        let file = vault.seal_original(&mut &bytes[..])?;
        let record = NewRecord {
            content: Content {
                media,
                size: bytes.len() as u64,
                pages: pages.len() as u32,
                hash,
            },
            pages,
            ..record
        };
        let case = if i == 1 { ids[1] } else { layla };
        let id = vault.add_record(case, file, &record, at(20 + i as i64), today)?;
        if i == 0 {
            sent = Some(hash);
        }
        if i == 2 {
            passport = Some((id, hash));
        }
    }
    // Scans (schema 11): the passport photo was read on this laptop, poorly, and she typed
    // the page's text in place of the reading.
    let (passport, photo) = passport.ok_or("no passport")?;
    let word = |text: &str, left: u32, confidence: f32| ReadWord {
        text: text.to_owned(),
        left,
        top: 40,
        width: 300,
        height: 60,
        confidence,
        line: 0,
        paragraph: 0,
    };
    let read = Reading::Read(ReadPage {
        width: 1200,
        height: 800,
        rotation: 180,
        confidence: Some(41.5),
        languages: "rus+eng".to_owned(),
        words: vec![word("ПАCП0РТ", 100, 38.0), word("Петрова", 450, 45.0)],
    });
    vault.store_reading(&photo, 0, &read, "ПАCП0РТ Петрова")?;
    vault.set_page_text(passport, 0, "ПАСПОРТ гражданина Петров Иван", at(25), today)?;
    // Translation (schema 13): the passport is being translated into Spanish; its heading is
    // final (in the memory), its second line a draft (not); a pair came from a TMX file.
    let passport_text = wayfinder_core::EntityId::from_bytes(passport).to_string();
    let translation = vault.add_entity(
        layla,
        EntityKind::Translation,
        &[
            ("record", &passport_text),
            ("language", "es"),
            ("status", "in-progress"),
        ],
        at(26),
        today,
    )?;
    let translation = wayfinder_core::EntityId::from_bytes(translation).to_string();
    for (source, target, state) in [
        ("ПАСПОРТ гражданина", "PASAPORTE del ciudadano", "final"),
        ("Петров Иван", "", "draft"),
    ] {
        vault.add_entity(
            layla,
            EntityKind::Unit,
            &[
                ("translation", &translation),
                ("page", "0"),
                ("source", source),
                ("target", target),
                ("state", state),
            ],
            at(27),
            today,
        )?;
    }
    vault.import_memory(
        "ru",
        "es",
        &[("Лучевая терапия".to_owned(), "Radioterapia".to_owned())],
    )?;
    // Team sync (schemas 5 and 6): the vault joined a workspace with its creator's key pinned
    // (its own: it made the workspace), holds the first roster, shared Layla's case (every
    // edit of it queued), sent the case's first original, and pulled up to a cursor.
    let me = vault.team_identity()?;
    let workspace = WorkspaceId([0x57; 16]);
    vault.join_team("https://sync.example.org", workspace, Pin::of(&me.public()))?;
    vault.add_rosters(&[Roster::genesis(workspace, &me, "Amira Haddad")])?;
    vault.share_case(layla, &[], false)?;
    vault.mark_blob_uploaded(layla, &sent.ok_or("no original")?)?;
    vault.receive_batch(&[], &[], Cursor { visible: 7, seq: 5 }, chrono::Utc::now())?;
    vault.set_last_synced(at(30).timestamp_millis() as u64)?;
    // Coordination (schema 16): the team's directory holds a tumour board with a contact and a
    // profile line, and Layla's case a second-opinion request sent to it, waiting.
    vault.share_team_scope(at(31))?;
    let scope = vault.team_scope()?.ok_or("no team scope")?;
    let board = vault.add_entity(
        scope,
        EntityKind::Institution,
        &[
            ("name", "Centre Léon Bérard"),
            ("kind", "tumour-board"),
            ("country", "FR"),
            ("city", "Lyon"),
            ("turnaround", "10"),
        ],
        at(32),
        today,
    )?;
    let board = wayfinder_core::EntityId::from_bytes(board).to_string();
    vault.add_entity(
        scope,
        EntityKind::DirectoryContact,
        &[
            ("institution", &board),
            ("name", "Dr Claire Martin"),
            ("role", "Coordinator"),
            ("languages", "fr en"),
        ],
        at(33),
        today,
    )?;
    vault.add_entity(
        scope,
        EntityKind::Requirement,
        &[
            ("institution", &board),
            ("request_kind", "second-opinion"),
            ("need", "pathology"),
            ("language", "fr"),
        ],
        at(34),
        today,
    )?;
    let request = vault.add_entity(
        layla,
        EntityKind::Request,
        &[
            ("kind", "second-opinion"),
            ("title", "Second opinion, Lyon"),
        ],
        at(35),
        today,
    )?;
    let request = wayfinder_core::EntityId::from_bytes(request).to_string();
    vault.add_entity(
        layla,
        EntityKind::Recipient,
        &[
            ("request", &request),
            ("institution", &board),
            ("institution_name", "Centre Léon Bérard"),
            ("status", "sent"),
            ("follow_up", "2026-12-04"),
        ],
        at(36),
        today,
    )?;
    println!("golden vault written to {dir}");
    Ok(())
}

/// Filled in once the original's keyed hash is known.
fn placeholder() -> Content {
    Content {
        media: Media::Pdf,
        size: 0,
        pages: 0,
        hash: [0; 32],
    }
}
