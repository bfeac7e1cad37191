//! The translation memory as an index of the vault: a passage is in it while it is reviewed
//! or final with a translation, and leaves it when it goes back, is deleted, falls into a
//! conflict, or its case leaves the vault; in a large memory the trigram index still hands
//! over the passage that matches, in any script.

use wayfinder_core::{CaseId, EntityId, EntityKind};
use wayfinder_testkit::{add_original, child, new_vault, now, random_tail, today};
use wayfinder_vault::{MemoryEntry, OpenVault, Origin};

fn units_of(vault: &OpenVault) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = vault
        .memory_all()
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|e| (e.source, e.target))
        .collect();
    out.sort();
    out
}

fn pair(source: &str, target: &str) -> (String, String) {
    (source.to_owned(), target.to_owned())
}

/// A case with a record marked for translation into Spanish: the case and the translation.
fn case_with_translation(vault: &mut OpenVault, name: &str) -> (CaseId, [u8; 16]) {
    let case = CaseId::new(now(), random_tail());
    vault
        .create_case(case, &child(name), now())
        .unwrap_or_else(|e| panic!("{e}"));
    let (record, _) = add_original(vault, case, "Выписка", b"%PDF-1.4 memory test", None, "");
    let record = EntityId::from_bytes(record).to_string();
    let translation = vault
        .add_entity(
            case,
            EntityKind::Translation,
            &[("record", &record), ("language", "es"), ("status", "to-do")],
            now(),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    (case, translation)
}

fn unit(
    vault: &mut OpenVault,
    case: CaseId,
    translation: [u8; 16],
    source: &str,
    target: &str,
    state: &str,
) -> [u8; 16] {
    let translation = EntityId::from_bytes(translation).to_string();
    vault
        .add_entity(
            case,
            EntityKind::Unit,
            &[
                ("translation", &translation),
                ("page", "0"),
                ("source", source),
                ("target", target),
                ("state", state),
            ],
            now(),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_passage_is_in_the_memory_while_finished_and_leaves_it_when_it_is_not() {
    let (_tmp, _path, _dir, mut vault, _vk) = new_vault();
    let (case, translation) = case_with_translation(&mut vault, "Иван Петров");
    let dose = unit(
        &mut vault,
        case,
        translation,
        "Винкристин 5 мг",
        "Vincristina 5 mg",
        "draft",
    );
    let tumour = unit(
        &mut vault,
        case,
        translation,
        "Опухоль задней черепной ямки",
        "Tumor de la fosa posterior",
        "final",
    );
    // A draft is not in the memory; a final passage is, with its document.
    assert_eq!(
        units_of(&vault),
        [pair(
            "Опухоль задней черепной ямки",
            "Tumor de la fosa posterior"
        )]
    );
    let entry = vault.memory_all().unwrap_or_default().remove(0);
    assert_eq!(
        entry.origin,
        Origin::Passage {
            unit: tumour,
            translation: EntityId::from_bytes(translation).to_string()
        }
    );
    // Reviewed, it joins; its translation changed, the memory follows; back to draft, it
    // leaves; undone, it is back.
    let edit = |vault: &mut OpenVault, entity, field: &str, value: Option<&str>| {
        vault
            .edit_field(entity, field, value, now(), today())
            .unwrap_or_else(|e| panic!("{e}"))
    };
    edit(&mut vault, dose, "state", Some("reviewed"));
    edit(&mut vault, dose, "target", Some("Vincristina 5 mg IV"));
    assert_eq!(
        units_of(&vault),
        [
            pair("Винкристин 5 мг", "Vincristina 5 mg IV"),
            pair("Опухоль задней черепной ямки", "Tumor de la fosa posterior"),
        ]
    );
    edit(&mut vault, dose, "state", Some("draft"));
    assert_eq!(units_of(&vault).len(), 1);
    vault.undo(now()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(units_of(&vault).len(), 2);
    // A translation cleared leaves nothing to offer.
    edit(&mut vault, dose, "target", None);
    assert_eq!(units_of(&vault).len(), 1);
    // Deleted, it leaves.
    vault
        .delete_entity(tumour, now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(units_of(&vault).is_empty());
}

#[test]
fn a_large_memory_hands_over_the_passage_that_matches_in_any_script() {
    let (_tmp, _path, _dir, mut vault, _vk) = new_vault();
    let (case, translation) = case_with_translation(&mut vault, "Ли Мэй");
    // More passages than a look-up reads whole, alike in their common words.
    let organs = [
        "печени",
        "почки",
        "лёгкого",
        "кости",
        "мозга",
        "глаза",
        "кожи",
        "желудка",
    ];
    let mut sources = Vec::new();
    for (i, organ) in organs.iter().cycle().take(260).enumerate() {
        sources.push(format!("Биопсия {organ} номер {i} выполнена под наркозом"));
    }
    sources.push("Нейробластома забрюшинного пространства".to_owned());
    sources.push("患者接受了长春新碱治疗两个疗程".to_owned());
    let translation_text = EntityId::from_bytes(translation).to_string();
    // Written as operations in one go, as a large team's memory would arrive.
    let mut ops = Vec::new();
    let author = wayfinder_merge::AuthorId([0xa1; 16]);
    let mut clock = wayfinder_merge::Clock::default();
    for (n, source) in sources.iter().enumerate() {
        let mut id = [0x55u8; 16];
        id[8..].copy_from_slice(&(n as u64).to_be_bytes());
        for (field, value) in [
            (wayfinder_vault::oplog::KIND_FIELD, "unit"),
            ("translation", translation_text.as_str()),
            ("page", "0"),
            ("source", source.as_str()),
            ("target", "traducción"),
            ("state", "final"),
        ] {
            let mut op_id = [0u8; 16];
            op_id[..8].copy_from_slice(&(ops.len() as u64 + 1).to_be_bytes());
            op_id[8..].copy_from_slice(&[0x77; 8]);
            ops.push(wayfinder_merge::Operation {
                id: wayfinder_merge::OpId(op_id),
                author,
                time: clock.tick(1_780_000_000_000 + ops.len() as u64),
                target: wayfinder_merge::FieldRef {
                    scope: *case.as_bytes(),
                    entity: id,
                    field: field.to_owned(),
                },
                parents: Vec::new(),
                change: wayfinder_merge::Change::Set(value.as_bytes().to_vec()),
            });
        }
    }
    vault
        .apply_operations(&ops)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(units_of(&vault).len(), sources.len());
    let first = |passage: &str, limit: usize| -> Vec<String> {
        vault
            .memory_candidates(passage, limit)
            .unwrap_or_else(|e| panic!("{e}"))
            .into_iter()
            .map(|e: MemoryEntry| e.source)
            .collect()
    };
    // The one passage that shares its rare words comes first, though every passage shares
    // the common ones.
    assert_eq!(
        first("Биопсия кости номер 203 выполнена под наркозом", 20).first(),
        Some(&sources[203])
    );
    assert_eq!(
        first("Нейробластома забрюшинного пространства справа", 20).first(),
        Some(&sources[260])
    );
    // Chinese, written without spaces, is found by its characters.
    assert_eq!(
        first("患者接受了长春新碱治疗三个疗程", 20).first(),
        Some(&sources[261])
    );
    // At most as many as asked for; nothing for words no passage has.
    assert_eq!(first("Биопсия печени", 20).len(), 20);
    assert!(first("Quimioterapia", 20).is_empty());
}

#[test]
fn pairs_imported_from_a_tmx_file_join_once() {
    let (_tmp, _path, _dir, mut vault, _vk) = new_vault();
    let pairs = vec![
        pair("Лучевая терапия", "Radioterapia"),
        pair("Химиотерапия", "Quimioterapia"),
        pair("  ", "vacío"),
    ];
    assert_eq!(vault.import_memory("ru", "es", &pairs).ok(), Some(2));
    assert_eq!(vault.import_memory("ru", "es", &pairs).ok(), Some(0));
    // The same pair into another language is another pair.
    assert_eq!(vault.import_memory("ru", "fr", &pairs[..1]).ok(), Some(1));
    let all = vault.memory_all().unwrap_or_default();
    assert_eq!(all.len(), 3);
    assert_eq!(
        all[0].origin,
        Origin::Imported {
            source_language: "ru".to_owned(),
            language: "es".to_owned()
        }
    );
    // A concordance finds the word inside others too, in every pair of languages.
    let found = vault.memory_concordance("терапия", 10).unwrap_or_default();
    assert_eq!(found.len(), 3);
    let found = vault.memory_concordance("Quimio", 10).unwrap_or_default();
    assert_eq!(found.len(), 1);
}
