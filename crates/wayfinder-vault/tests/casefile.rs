//! The case file through operations: every section, the stage rules, conflicts from a second
//! author, undo, Today, the list's filters and search; and the vault's SQL merge agreeing with
//! `wayfinder_merge::Replica` for any order of arrival.

mod common;

use common::*;
use proptest::prelude::*;
use wayfinder_core::dates::ConsentStanding;
use wayfinder_core::{CaseId, EntityKind};
use wayfinder_merge::{AuthorId, Change, FieldRef, FieldValue, Hlc, OpId, Operation, Replica};
use wayfinder_vault::{CaseFilter, OpenVault, VaultError};

fn code<T>(result: Result<T, VaultError>) -> &'static str {
    match result {
        Ok(_) => "ok",
        Err(e) => e.code(),
    }
}

fn new_case(vault: &mut OpenVault, name: &str) -> CaseId {
    let id = CaseId::new(now(), random_tail());
    vault
        .create_case(id, &child(name), now())
        .unwrap_or_else(|e| panic!("{e}"));
    id
}

fn later(minutes: i64) -> chrono::DateTime<chrono::Utc> {
    now() + chrono::Duration::minutes(minutes)
}

#[test]
fn every_section_of_the_case_file_is_kept() {
    let (_tmp, _path, dir, mut vault, vk) = new_vault();
    let case = new_case(&mut vault, "Layla Haddad");
    let add = |vault: &mut OpenVault, kind, values: &[(&str, &str)]| {
        vault
            .add_entity(case, kind, values, now(), today())
            .unwrap_or_else(|e| panic!("{kind:?}: {e}"))
    };
    add(
        &mut vault,
        EntityKind::Contact,
        &[
            ("name", "Amal Haddad"),
            ("relation", "mother"),
            ("phone", "+971 50 123 4567"),
            ("language", "ar"),
            ("channel", "whatsapp"),
        ],
    );
    add(
        &mut vault,
        EntityKind::Treatment,
        &[
            ("what", "Surgery, gross total resection"),
            ("where", "Dubai Hospital"),
            ("from", "2026-08-01"),
            ("to", "2026-08-01"),
        ],
    );
    add(
        &mut vault,
        EntityKind::Question,
        &[("text", "Is craniospinal irradiation needed?")],
    );
    add(
        &mut vault,
        EntityKind::Consent,
        &[
            ("what", "records"),
            ("recipient", "Hospital Sant Joan de Déu"),
            ("until", "2026-12-10"),
        ],
    );
    add(
        &mut vault,
        EntityKind::Task,
        &[("title", "Send MRI to reviewers"), ("due", "2026-11-20")],
    );
    add(
        &mut vault,
        EntityKind::Note,
        &[("text", "Family prefers calls after 6 pm.")],
    );
    let entity = *case.as_bytes();
    for (field, value) in [
        ("diagnosis.text", "Medulloblastoma, WNT-activated"),
        ("diagnosis.icd10", "C71.6"),
        ("diagnosis.topography", "C71.6"),
        ("diagnosis.morphology", "9470/3"),
        ("diagnosis.risk_group", "standard"),
        ("child.sex", "female"),
        ("assignee", "Mariam"),
    ] {
        vault
            .edit_field(entity, field, Some(value), now(), today())
            .unwrap_or_else(|e| panic!("{field}: {e}"));
    }
    drop(vault);

    let vault = dir.open_with_key(&vk).unwrap_or_else(|e| panic!("{e}"));
    let file = vault.case_file(case).unwrap_or_else(|e| panic!("{e}"));
    let kinds: Vec<EntityKind> = file.iter().map(|e| e.kind).collect();
    assert_eq!(kinds[0], EntityKind::Case);
    for kind in [
        EntityKind::Contact,
        EntityKind::Treatment,
        EntityKind::Question,
        EntityKind::Consent,
        EntityKind::Task,
        EntityKind::Note,
    ] {
        assert_eq!(kinds.iter().filter(|k| **k == kind).count(), 1, "{kind:?}");
    }
    assert_eq!(file[0].value("diagnosis.morphology"), Some("9470/3"));
    assert_eq!(file[0].value("assignee"), Some("Mariam"));
    let contact = file
        .iter()
        .find(|e| e.kind == EntityKind::Contact)
        .unwrap_or_else(|| panic!());
    assert_eq!(contact.value("channel"), Some("whatsapp"));

    // Today: the overdue task and the consent ending within 30 days.
    let day = vault.today(today(), 100).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(day.tasks_due, 1);
    assert_eq!(day.tasks.len(), 1);
    assert_eq!(day.tasks[0].title, "Send MRI to reviewers");
    assert_eq!(day.tasks[0].case_name, "Layla Haddad");
    assert_eq!(day.consents.len(), 1);
    assert_eq!(day.consents[0].standing, ConsentStanding::ExpiringIn(16));

    // A closed case leaves Today, and comes back when it reopens.
    let mut vault = vault;
    vault
        .edit_field(*case.as_bytes(), "stage", Some("closed"), now(), today())
        .unwrap_or_else(|e| panic!("{e}"));
    let day = vault.today(today(), 100).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        (day.tasks.len(), day.tasks_due, day.consents.len()),
        (0, 0, 0)
    );
    vault
        .edit_field(*case.as_bytes(), "stage", Some("inquiry"), now(), today())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(vault.today(today(), 100).unwrap_or_default().tasks_due, 1);
}

#[test]
fn refused_values_write_nothing() {
    let (_tmp, _path, _dir, mut vault, _vk) = new_vault();
    let case = new_case(&mut vault, "Layla Haddad");
    let entity = *case.as_bytes();
    let check = |vault: &mut OpenVault, field: &str, value: Option<&str>, expect: &str| {
        assert_eq!(
            code(vault.edit_field(entity, field, value, now(), today())),
            expect,
            "{field} = {value:?}"
        );
    };
    check(
        &mut vault,
        "diagnosis.icd10",
        Some("brain tumour"),
        "code-invalid",
    );
    check(&mut vault, "child.name", Some("  "), "name-empty");
    check(&mut vault, "child.name", None, "name-empty");
    check(
        &mut vault,
        "child.date_of_birth",
        Some("2030-01-01"),
        "date-of-birth-in-future",
    );
    check(&mut vault, "no.such.field", Some("x"), "choice-unknown");
    // A task without its title is refused whole.
    assert_eq!(
        code(vault.add_entity(
            case,
            EntityKind::Task,
            &[("due", "2026-12-01")],
            now(),
            today()
        )),
        "value-empty"
    );
    assert_eq!(
        code(vault.add_entity(
            case,
            EntityKind::Task,
            &[("title", "Call"), ("due", "soon")],
            now(),
            today()
        )),
        "date-invalid"
    );
    let file = vault.case_file(case).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(file.len(), 1, "a refused entity was stored");
    assert_eq!(file[0].value("child.name"), Some("Layla Haddad"));
    assert_eq!(file[0].value("diagnosis.icd10"), None);
}

#[test]
fn an_export_is_kept_in_the_case_and_cannot_be_retyped_or_deleted() {
    let (_tmp, _path, _dir, mut vault, _vk) = new_vault();
    let case = new_case(&mut vault, "Layla Haddad");
    let values = [
        ("report", "packet"),
        ("recipient", "Hospital Sant Joan de Déu"),
        ("language", "es"),
        ("records", "MRI report\nPathology"),
        ("pages", "14"),
        ("file", "packet.pdf"),
    ];
    // Typed by hand, an export is refused: only the export writes it.
    assert_eq!(
        code(vault.add_entity(case, EntityKind::Export, &values, now(), today())),
        "choice-unknown"
    );
    let export = vault
        .record_export(case, &values, now(), today())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        code(vault.record_export(case, &[("report", "letter")], now(), today())),
        "choice-unknown"
    );
    let file = vault.case_file(case).unwrap_or_else(|e| panic!("{e}"));
    let kept = file
        .iter()
        .find(|e| e.id == export)
        .unwrap_or_else(|| panic!("the export is not in the case"));
    assert_eq!(kept.kind, EntityKind::Export);
    assert_eq!(kept.value("recipient"), Some("Hospital Sant Joan de Déu"));
    assert_eq!(kept.value("records"), Some("MRI report\nPathology"));
    assert_eq!(
        code(vault.edit_field(export, "recipient", Some("Someone else"), later(1), today())),
        "choice-unknown"
    );
    assert_eq!(
        code(vault.delete_entity(export, later(2))),
        "choice-unknown"
    );
    let file = vault.case_file(case).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(file.len(), 2);
}

#[test]
fn stages_move_only_where_they_may_and_keep_their_history() {
    let (_tmp, _path, _dir, mut vault, _vk) = new_vault();
    let case = new_case(&mut vault, "Layla Haddad");
    let entity = *case.as_bytes();
    let mut step = |to: &str, minutes: i64| {
        code(vault.edit_field(entity, "stage", Some(to), later(minutes), today()))
    };
    assert_eq!(step("records", 1), "stage-refused");
    assert_eq!(step("intake", 2), "ok");
    assert_eq!(step("records", 3), "ok");
    assert_eq!(step("review", 4), "ok");
    assert_eq!(step("follow-up", 5), "ok");
    assert_eq!(step("travel", 6), "stage-refused");
    let history: Vec<String> = vault
        .stage_history(case)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .filter_map(|(_, _, stage)| stage)
        .collect();
    assert_eq!(
        history,
        ["inquiry", "intake", "records", "review", "follow-up"]
    );
    let me = vault.author().unwrap_or_else(|e| panic!("{e}"));
    assert!(
        vault
            .stage_history(case)
            .unwrap_or_default()
            .iter()
            .all(|(_, author, _)| *author == me)
    );
}

#[test]
fn a_second_authors_concurrent_edit_is_a_conflict_until_she_picks() {
    let (_tmp, _path, _dir, mut vault, _vk) = new_vault();
    let case = new_case(&mut vault, "Layla Haddad");
    let entity = *case.as_bytes();
    let before =
        vault.case_file(case).unwrap_or_else(|e| panic!("{e}"))[0].fields["child.name"][0].op;
    vault
        .edit_field(
            entity,
            "child.name",
            Some("Layla H. Haddad"),
            later(1),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    // Another member, who had seen only the first name, changed it too.
    let theirs = Operation {
        id: OpId(*CaseId::new(later(2), random_tail()).as_bytes()),
        author: AuthorId([0xbb; 16]),
        time: Hlc {
            millis: later(2).timestamp_millis() as u64,
            counter: 0,
        },
        target: FieldRef {
            scope: *case.as_bytes(),
            entity,
            field: "child.name".to_owned(),
        },
        parents: vec![before],
        change: Change::Set(b"Leila Haddad".to_vec()),
    };
    assert_eq!(
        vault.apply_operation(&theirs).ok(),
        Some(wayfinder_vault::Stored::New)
    );
    assert_eq!(
        vault.apply_operation(&theirs).ok(),
        Some(wayfinder_vault::Stored::Duplicate)
    );
    let file = vault.case_file(case).unwrap_or_else(|e| panic!("{e}"));
    let versions: Vec<Option<&str>> = file[0].fields["child.name"]
        .iter()
        .map(|h| h.value.as_deref())
        .collect();
    assert_eq!(versions, [Some("Layla H. Haddad"), Some("Leila Haddad")]);
    assert_eq!(
        file[0].value("child.name"),
        None,
        "a conflict has no single value"
    );
    let listed = vault
        .list_cases(&CaseFilter::default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(listed[0].conflicts, 1);

    // She picks one: a new operation naming both, and the conflict is gone.
    vault
        .edit_field(
            entity,
            "child.name",
            Some("Leila Haddad"),
            later(3),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let file = vault.case_file(case).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(file[0].value("child.name"), Some("Leila Haddad"));
    assert_eq!(
        vault.list_cases(&CaseFilter::default()).unwrap_or_default()[0].conflicts,
        0
    );
}

#[test]
fn undo_takes_back_the_latest_edit_then_the_one_before() {
    let (_tmp, _path, _dir, mut vault, _vk) = new_vault();
    let case = new_case(&mut vault, "Layla Haddad");
    let entity = *case.as_bytes();
    vault
        .edit_field(
            entity,
            "diagnosis.risk_group",
            Some("standard"),
            later(1),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    vault
        .edit_field(
            entity,
            "diagnosis.risk_group",
            Some("high"),
            later(2),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let task = vault
        .add_entity(
            case,
            EntityKind::Task,
            &[("title", "Call the family")],
            later(3),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(vault.undo(later(4)).ok(), Some(Some(case)));
    let file = vault.case_file(case).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        !file.iter().any(|e| e.id == task),
        "undo of an added task removes it"
    );
    assert_eq!(file[0].value("diagnosis.risk_group"), Some("high"));
    vault.undo(later(5)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        vault.case_file(case).unwrap_or_default()[0].value("diagnosis.risk_group"),
        Some("standard")
    );
    vault.undo(later(6)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        vault.case_file(case).unwrap_or_default()[0].value("diagnosis.risk_group"),
        None
    );
}

#[test]
fn several_entities_deleted_or_changed_at_once_come_back_with_one_undo() {
    let (_tmp, _path, _dir, mut vault, _vk) = new_vault();
    let case = new_case(&mut vault, "Layla Haddad");
    let tasks: Vec<[u8; 16]> = ["Call the family", "Book the interpreter", "Ask for the CD"]
        .iter()
        .enumerate()
        .map(|(i, title)| {
            vault
                .add_entity(
                    case,
                    EntityKind::Task,
                    &[("title", title)],
                    later(i as i64),
                    today(),
                )
                .unwrap_or_else(|e| panic!("{e}"))
        })
        .collect();
    let living = |vault: &OpenVault| {
        vault
            .case_file(case)
            .unwrap_or_default()
            .iter()
            .filter(|e| e.kind == EntityKind::Task)
            .count()
    };
    // A due date set on two at once: checked first, both written, one undo.
    vault
        .edit_fields(&tasks[..2], "due", Some("2027-05-14"), later(5), today())
        .unwrap_or_else(|e| panic!("{e}"));
    let due = |vault: &OpenVault, task: [u8; 16]| {
        vault
            .case_file(case)
            .unwrap_or_default()
            .iter()
            .find(|e| e.id == task)
            .and_then(|e| e.value("due").map(str::to_owned))
    };
    assert_eq!(due(&vault, tasks[0]).as_deref(), Some("2027-05-14"));
    assert_eq!(due(&vault, tasks[1]).as_deref(), Some("2027-05-14"));
    // A value refused for one writes nothing for any.
    let refused = vault.edit_fields(&tasks, "due", Some("2027-02-30"), later(6), today());
    assert_eq!(code(refused), "date-invalid");
    // Two deleted at once; the third stays.
    vault
        .delete_entities(&tasks[..2], later(7))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(living(&vault), 1);
    // The case itself is not deleted this way, and then nothing is.
    let refused = vault.delete_entities(&[tasks[2], *case.as_bytes()], later(8));
    assert_eq!(code(refused), "choice-unknown");
    assert_eq!(living(&vault), 1);
    // One undo brings both back; the next takes back both due dates.
    assert_eq!(vault.undo(later(9)).ok(), Some(Some(case)));
    assert_eq!(living(&vault), 3);
    vault.undo(later(10)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(due(&vault, tasks[0]), None);
    assert_eq!(due(&vault, tasks[1]), None);
    assert_eq!(living(&vault), 3);
}

#[test]
fn the_list_filters_and_finds_names_in_any_script() {
    let (_tmp, _path, _dir, mut vault, _vk) = new_vault();
    let layla = new_case(&mut vault, "Layla Haddad");
    let ivan = new_case(&mut vault, "Иван Петров");
    let _wang = new_case(&mut vault, "王小明");
    vault
        .edit_field(
            *ivan.as_bytes(),
            "child.country",
            Some("UA"),
            later(1),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    vault
        .edit_field(
            *layla.as_bytes(),
            "stage",
            Some("intake"),
            later(2),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    vault
        .edit_field(
            *layla.as_bytes(),
            "assignee",
            Some("Mariam"),
            later(3),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let names = |filter: CaseFilter| -> Vec<String> {
        vault
            .list_cases(&filter)
            .unwrap_or_else(|e| panic!("{e}"))
            .into_iter()
            .map(|c| c.name)
            .collect()
    };
    assert_eq!(names(CaseFilter::default()).len(), 3);
    assert_eq!(
        names(CaseFilter {
            name: Some("иван".into()),
            ..Default::default()
        }),
        ["Иван Петров"]
    );
    assert_eq!(
        names(CaseFilter {
            name: Some("小明".into()),
            ..Default::default()
        }),
        ["王小明"]
    );
    assert_eq!(
        names(CaseFilter {
            name: Some("HADDAD".into()),
            ..Default::default()
        }),
        ["Layla Haddad"]
    );
    assert_eq!(
        names(CaseFilter {
            name: Some("%".into()),
            ..Default::default()
        }),
        Vec::<String>::new()
    );
    assert_eq!(
        names(CaseFilter {
            country: Some("UA".into()),
            ..Default::default()
        }),
        ["Иван Петров"]
    );
    assert_eq!(
        names(CaseFilter {
            stage: Some("intake".into()),
            ..Default::default()
        }),
        ["Layla Haddad"]
    );
    assert_eq!(
        names(CaseFilter {
            assignee: Some("Mariam".into()),
            ..Default::default()
        }),
        ["Layla Haddad"]
    );
    // The most recently changed first.
    assert_eq!(names(CaseFilter::default())[0], "Layla Haddad");
}

/// Operations on a few fields of one case from three authors, with parents that make some of
/// them concurrent, in an order of arrival chosen by the test.
fn scripted_ops(choices: &[(u8, u8, bool)]) -> Vec<Operation> {
    let scope = [9u8; 16];
    let mut authors: Vec<Replica> = vec![Replica::new(), Replica::new(), Replica::new()];
    let mut all = Vec::new();
    for (n, (who, field, share)) in choices.iter().enumerate() {
        let who = usize::from(*who % 3);
        let mut id = [0u8; 16];
        id[..8].copy_from_slice(&(n as u64 + 1).to_be_bytes());
        let target = FieldRef {
            scope,
            entity: scope,
            field: format!("f{}", field % 3),
        };
        let op = authors[who].write(
            OpId(id),
            AuthorId([who as u8 + 1; 16]),
            Hlc {
                millis: n as u64,
                counter: 0,
            },
            target,
            Change::Set(vec![n as u8]),
        );
        if *share {
            for replica in &mut authors {
                replica.apply(&op);
            }
        }
        all.push(op);
    }
    all
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, .. ProptestConfig::default() })]

    #[test]
    fn the_vault_merges_exactly_as_the_merge_crate(
        choices in prop::collection::vec((any::<u8>(), any::<u8>(), any::<bool>()), 1..25),
        order in prop::collection::vec(any::<prop::sample::Index>(), 0..40),
    ) {
        let ops = scripted_ops(&choices);
        let (_tmp, _path, _dir, mut vault, _vk) = new_vault();
        let mut replica = Replica::new();
        for pick in &order {
            let op = &ops[pick.index(ops.len())];
            vault.apply_operation(op).unwrap_or_else(|e| panic!("{e}"));
            replica.apply(op);
        }
        for op in ops.iter().rev() {
            vault.apply_operation(op).unwrap_or_else(|e| panic!("{e}"));
            replica.apply(op);
        }
        let heads = vault.field_heads([9u8; 16]).unwrap_or_else(|e| panic!("{e}"));
        for f in replica.fields() {
            let expected: Vec<OpId> = match replica.value(f) {
                FieldValue::Unset => vec![],
                FieldValue::One(v) => vec![v.op],
                FieldValue::Conflict(vs) => vs.iter().map(|v| v.op).collect(),
            };
            let got: Vec<OpId> = heads.iter().filter(|(name, _)| *name == f.field).map(|(_, h)| h.op).collect();
            prop_assert_eq!(got, expected, "field {}", f.field);
        }
    }
}

#[test]
fn a_deletion_that_meets_a_concurrent_edit_is_shown_not_silent() {
    let (_tmp, _path, _dir, mut vault, _vk) = new_vault();
    let case = new_case(&mut vault, "Layla Haddad");
    let task = vault
        .add_entity(
            case,
            EntityKind::Task,
            &[("title", "Call the family")],
            later(1),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let created = vault
        .field_heads(task)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .find(|(f, _)| f == "$kind")
        .map(|(_, h)| h.op)
        .unwrap_or_else(|| panic!("no $kind"));
    // She renames the task; meanwhile another member, who saw only its creation, deletes it.
    vault
        .edit_field(
            task,
            "title",
            Some("Call the family about the visa"),
            later(2),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let deletion = Operation {
        id: OpId(*CaseId::new(later(3), random_tail()).as_bytes()),
        author: AuthorId([0xbb; 16]),
        time: Hlc {
            millis: later(3).timestamp_millis() as u64,
            counter: 0,
        },
        target: FieldRef {
            scope: *case.as_bytes(),
            entity: task,
            field: "$kind".to_owned(),
        },
        parents: vec![created],
        change: Change::Clear,
    };
    vault
        .apply_operation(&deletion)
        .unwrap_or_else(|e| panic!("{e}"));
    let file = vault.case_file(case).unwrap_or_else(|e| panic!("{e}"));
    let shown = file
        .iter()
        .find(|e| e.id == task)
        .unwrap_or_else(|| panic!("the edited task vanished"));
    assert_eq!(shown.value("title"), Some("Call the family about the visa"));
    assert_eq!(
        shown.deletion_conflict.as_ref().map(|h| h.author),
        Some(AuthorId([0xbb; 16]))
    );

    // She keeps it: one operation names both, the task stays, the conflict is gone.
    vault
        .settle_deletion(task, true, later(4))
        .unwrap_or_else(|e| panic!("{e}"));
    let file = vault.case_file(case).unwrap_or_else(|e| panic!("{e}"));
    let kept = file
        .iter()
        .find(|e| e.id == task)
        .unwrap_or_else(|| panic!("not kept"));
    assert!(kept.deletion_conflict.is_none());

    // A deletion made after seeing every edit is a plain deletion.
    vault
        .delete_entity(task, later(5))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        !vault
            .case_file(case)
            .unwrap_or_default()
            .iter()
            .any(|e| e.id == task)
    );
}

#[test]
fn the_list_says_when_each_case_is_next_due_how_late_and_since_when_it_waits() {
    let (_tmp, _path, _dir, mut vault, _vk) = new_vault();
    let busy = new_case(&mut vault, "Layla Haddad");
    let quiet = new_case(&mut vault, "Omar Haddad");
    for (title, due, done) in [
        ("Send MRI", "2026-11-20", false),
        ("Call the family", "2026-11-01", true),
        ("Book flights", "2026-12-20", false),
        ("Chase the hospital", "2026-11-28", false),
    ] {
        let task = vault
            .add_entity(
                busy,
                EntityKind::Task,
                &[("title", title), ("due", due)],
                now(),
                today(),
            )
            .unwrap_or_else(|e| panic!("{e}"));
        if done {
            vault
                .edit_field(task, "done", Some("true"), now(), today())
                .unwrap_or_else(|e| panic!("{e}"));
        }
    }
    let asked = later(5);
    vault
        .edit_field(
            *busy.as_bytes(),
            "waiting_on",
            Some("Hospital"),
            asked,
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_else(|| panic!());
    let list = vault
        .list_cases(&CaseFilter {
            today: Some(day),
            ..Default::default()
        })
        .unwrap_or_else(|e| panic!("{e}"));
    let of = |id: CaseId| {
        list.iter()
            .find(|c| c.id == id)
            .unwrap_or_else(|| panic!("not listed"))
    };
    // The done task, though the earliest, is not next; two open ones are past 1 December.
    assert_eq!(of(busy).next_due, "2026-11-20");
    assert_eq!(of(busy).overdue, 2);
    assert_eq!(
        of(busy).waiting_since_millis,
        Some(asked.timestamp_millis() as u64)
    );
    assert_eq!(
        (
            of(quiet).next_due.as_str(),
            of(quiet).overdue,
            of(quiet).waiting_since_millis
        ),
        ("", 0, None)
    );
}

#[test]
fn a_travel_item_is_reminded_of_once_and_again_only_when_it_moves() {
    let (_tmp, _path, _dir, mut vault, _vk) = new_vault();
    let case = new_case(&mut vault, "Amal Haddad");
    let day = |offset: i64| {
        (today() + chrono::Duration::days(offset))
            .format("%Y-%m-%d")
            .to_string()
    };
    let trip = vault
        .add_entity(
            case,
            EntityKind::Trip,
            &[("destination", "TR")],
            now(),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let trip = wayfinder_core::EntityId::from_bytes(trip).to_string();
    let item = |vault: &mut OpenVault, title: &str, due: String| {
        vault
            .add_entity(
                case,
                EntityKind::TripItem,
                &[("trip", &trip), ("title", title), ("due", &due)],
                now(),
                today(),
            )
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let flights = item(&mut vault, "Flights", day(0));
    item(&mut vault, "Visa", day(-3));
    let later_one = item(&mut vault, "Hotel", day(5));
    let remind = |vault: &mut OpenVault| {
        vault
            .remind_travel(today())
            .unwrap_or_else(|e| panic!("{e}"))
    };
    // One due today, one late; the one in five days not yet.
    assert_eq!(
        remind(&mut vault),
        wayfinder_vault::Reminded { today: 1, late: 1 }
    );
    // Told once.
    assert_eq!(remind(&mut vault), wayfinder_vault::Reminded::default());
    // The hotel moved to today is new again; the flights, done, are not.
    vault
        .edit_many(
            &[
                (later_one, "due", Some(&day(0))),
                (flights, "done", Some("true")),
            ],
            later(1),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        remind(&mut vault),
        wayfinder_vault::Reminded { today: 1, late: 0 }
    );
    assert_eq!(remind(&mut vault), wayfinder_vault::Reminded::default());
}

#[test]
fn a_travel_item_comes_after_items_of_its_own_case_only() {
    let (_tmp, _path, _dir, mut vault, _vk) = new_vault();
    let item_of = |vault: &mut OpenVault, name: &str| {
        let case = new_case(vault, name);
        let trip = vault
            .add_entity(
                case,
                EntityKind::Trip,
                &[("destination", "TR")],
                now(),
                today(),
            )
            .unwrap_or_else(|e| panic!("{e}"));
        let trip = wayfinder_core::EntityId::from_bytes(trip).to_string();
        let item = vault
            .add_entity(
                case,
                EntityKind::TripItem,
                &[("trip", &trip), ("title", "Visa")],
                now(),
                today(),
            )
            .unwrap_or_else(|e| panic!("{e}"));
        (case, trip, item)
    };
    let (case, trip, mine) = item_of(&mut vault, "Amal Haddad");
    let (_, _, theirs) = item_of(&mut vault, "Layla Haddad");
    let theirs = wayfinder_core::EntityId::from_bytes(theirs).to_string();
    let mine_text = wayfinder_core::EntityId::from_bytes(mine).to_string();
    // Another family's item, or the trip itself, is refused; her own case's item is taken.
    for (after, expected) in [(&theirs, "choice-unknown"), (&trip, "choice-unknown")] {
        assert_eq!(
            code(vault.edit_many(&[(mine, "after", Some(after))], later(1), today())),
            expected
        );
        assert_eq!(
            code(vault.add_entity(
                case,
                EntityKind::TripItem,
                &[("trip", &trip), ("title", "Flights"), ("after", after)],
                now(),
                today(),
            )),
            expected
        );
    }
    assert_eq!(
        code(vault.add_entity(
            case,
            EntityKind::TripItem,
            &[("trip", &trip), ("title", "Flights"), ("after", &mine_text)],
            now(),
            today(),
        )),
        "ok"
    );
}
