//! The audit log in a real vault (SQLCipher): what she does to a case is noted, signed and
//! chained; the log's rows cannot be changed or removed through SQL; and a row altered or
//! removed below the database's own guards (someone with the vault's key and a SQLite shell)
//! is found when the log is read.

mod common;

use common::*;
use wayfinder_core::CaseId;
use wayfinder_sync::audit::{AuditAction, Finding};

fn database(path: &std::path::Path, vk: &wayfinder_vault::SecretKey) -> rusqlite::Connection {
    wayfinder_vault::db::open(
        &path.join("vault.db"),
        &vk.derive(wayfinder_vault::keys::labels::DATABASE),
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn what_she_does_to_a_case_is_noted_and_the_log_resists_rewriting() {
    let (_tmp, path, dir, mut vault, vk) = new_vault();
    let id = CaseId::new(now(), random_tail());
    vault
        .create_case(id, &child("Layla Haddad"), now())
        .unwrap_or_else(|e| panic!("{e}"));
    // Three fields of one edit are one entry; a later edit is another.
    vault
        .edit_field(
            *id.as_bytes(),
            "child.name",
            Some("Layla H. Haddad"),
            now(),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let later = now() + chrono::Duration::seconds(5);
    vault
        .edit_field(*id.as_bytes(), "child.country", Some("LB"), later, today())
        .unwrap_or_else(|e| panic!("{e}"));
    vault
        .audit(
            Some(id),
            AuditAction::CaseOpened,
            Some(*id.as_bytes()),
            later,
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let export = vault
        .record_export(
            id,
            &[
                ("report", "packet"),
                ("recipient", "Centre Léon Bérard"),
                ("language", "fr"),
                ("pages", "14"),
                ("file", "packet.pdf"),
            ],
            later,
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));

    let log = vault.audit_log(Some(id)).unwrap_or_else(|e| panic!("{e}"));
    let actions: Vec<(AuditAction, Option<[u8; 16]>)> =
        log.iter().map(|r| (r.action, r.object)).collect();
    assert!(
        actions.contains(&(AuditAction::CaseOpened, Some(*id.as_bytes()))),
        "{actions:?}"
    );
    assert!(
        actions.contains(&(AuditAction::Exported, Some(export))),
        "{actions:?}"
    );
    let changes = actions
        .iter()
        .filter(|(a, o)| *a == AuditAction::FieldChanged && *o == Some(*id.as_bytes()))
        .count();
    assert!(
        (1..=3).contains(&changes),
        "the case's edits, once a second: {actions:?}"
    );
    // Ids only: nothing of what was written is in the log.
    let me = vault.author().unwrap_or_else(|e| panic!("{e}"));
    assert!(log.iter().all(|r| r.author.0 == me.0));
    let chains = vault.audit_check(id).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(chains.len(), 1);
    assert!(chains[0].checked.is_whole(), "{:?}", chains[0].checked);
    assert_eq!(chains[0].checked.verified, log.len() as u64);
    let entries = log.len();
    drop(vault);

    // Through SQL, a row can be neither changed nor removed.
    {
        let conn = database(&path, &vk);
        for statement in [
            "UPDATE audit_entries SET action = 'unlocked' WHERE seq = 1",
            "DELETE FROM audit_entries WHERE seq = 2",
        ] {
            let refused = conn.execute(statement, []);
            assert!(
                refused
                    .as_ref()
                    .is_err_and(|e| e.to_string().contains("append only")),
                "{statement}: {refused:?}"
            );
        }
    }
    let mut vault = dir.open_with_key(&vk).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        vault.audit_check(id).unwrap_or_else(|e| panic!("{e}"))[0]
            .checked
            .is_whole()
    );
    drop(vault);

    // Below the guards: the second entry removed, the first one's signed body swapped for
    // another's. Reading the log says so.
    {
        let conn = database(&path, &vk);
        conn.execute_batch(
            "DROP TRIGGER audit_entries_never_change;
             DROP TRIGGER audit_entries_never_go;
             DELETE FROM audit_entries WHERE seq = 2 AND scope IS NOT NULL;",
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    let mut vault = dir.open_with_key(&vk).unwrap_or_else(|e| panic!("{e}"));
    let chains = vault.audit_check(id).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        chains[0].checked.findings,
        [Finding::Missing { from: 2, to: 2 }]
    );
    assert_eq!(chains[0].checked.verified, entries as u64 - 1);
}
