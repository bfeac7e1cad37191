//! A case out as a sealed archive (the whole case file, its originals and its audit log under
//! a passphrase she gives the one who receives it, or sealed for one member of the team, whose
//! vault alone opens it), noted as an export like any report; and an archive in, opened with
//! its passphrase or, sealed for her, with her own key, as a new case whole or not at all.

use crate::App;
use crate::commands::today;
use crate::dto::{ArchiveImportedDto, ErrorDto, ExportedDto};
use crate::error::AppError;
use crate::reports::{note_export, write_whole};
use std::path::{Path, PathBuf};
use wayfinder_core::CaseId;
use wayfinder_vault::{KdfParams, Passphrase};

type Reply<T> = Result<T, ErrorDto>;

/// An archive larger than this is refused unread.
const MAX_FILE: u64 = 2 * 1024 * 1024 * 1024;

fn case_of(state: &App, id: &str) -> Reply<CaseId> {
    id.parse()
        .map_err(|_| state.error(&AppError::InvalidRequest))
}

/// Whom an archive goes to: a member of the team (sealed to her key), or whoever is given the
/// passphrase.
enum Lock {
    Member(wayfinder_sync::MemberId, String),
    Passphrase(Passphrase, String),
}

/// Checks the archive can be made: a team member's id from the roster, or a strong passphrase
/// and someone it goes to.
fn lock(state: &App, passphrase: &str, recipient: &str, member: Option<&str>) -> Reply<Lock> {
    if let Some(member) = member.filter(|m| !m.is_empty()) {
        let id = crate::team::parse_member(state, member)?;
        let name = state.with_vault(|vault| {
            let roster = vault
                .roster()?
                .ok_or(wayfinder_vault::VaultError::NotInTeam)?;
            roster
                .member(id)
                .map(|m| m.name.clone())
                .ok_or(wayfinder_vault::VaultError::NotInRoster)
        })?;
        let recipient = match recipient.trim() {
            "" => name,
            given => given.to_owned(),
        };
        return Ok(Lock::Member(id, recipient));
    }
    let passphrase = Passphrase::new(passphrase);
    passphrase.check_strength().map_err(|e| state.error(&e))?;
    if recipient.trim().is_empty() {
        return Err(state.error(&AppError::RecipientMissing));
    }
    Ok(Lock::Passphrase(passphrase, recipient.trim().to_owned()))
}

/// Checks the archive can be made and gives the save dialog's title and a name: the date,
/// never the child's name.
pub fn archive_offer(
    state: &App,
    case_id: &str,
    passphrase: &str,
    recipient: &str,
    member: Option<&str>,
) -> Reply<(String, String)> {
    case_of(state, case_id)?;
    lock(state, passphrase, recipient, member)?;
    Ok((
        state
            .catalog
            .message(state.locale(), "archive-save-title", &[]),
        format!("case-{}.wfarchive", today()),
    ))
}

/// Seals the case (under `passphrase`, or for `member`), writes it to `path` and notes the
/// export in the case.
pub fn export_archive(
    state: &App,
    case_id: String,
    passphrase: String,
    recipient: String,
    member: Option<String>,
    path: PathBuf,
) -> Reply<ExportedDto> {
    let case = case_of(state, &case_id)?;
    let lock = lock(state, &passphrase, &recipient, member.as_deref())?;
    let path = crate::interchange::with_extension(path, "wfarchive");
    let (bytes, recipient) = match lock {
        Lock::Passphrase(passphrase, recipient) => (
            state.with_vault(|vault| {
                vault
                    .export_archive(case, &passphrase, KdfParams::RECOMMENDED)
                    .map_err(archive_failure)
            })?,
            recipient,
        ),
        Lock::Member(member, recipient) => (
            state.with_vault(|vault| {
                vault
                    .export_archive_for(case, member)
                    .map_err(archive_failure)
            })?,
            recipient,
        ),
    };
    write_whole(&path, &bytes).map_err(|e| state.error(&e))?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let sha256 = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&bytes));
    let language = state.locale().tag().to_owned();
    let values = [
        ("report", "archive"),
        ("recipient", recipient.as_str()),
        ("language", language.as_str()),
        ("file", file_name.as_str()),
        ("sha256", sha256.as_str()),
    ];
    if let Err(e) = note_export(state, case, &values) {
        let _ = std::fs::remove_file(&path);
        return Err(state.error(&e));
    }
    Ok(ExportedDto { file: file_name })
}

/// Making an archive fails only as the vault does.
fn archive_failure(e: wayfinder_vault::archive::ArchiveError) -> wayfinder_vault::VaultError {
    match e {
        wayfinder_vault::archive::ArchiveError::Vault(v) => v,
        _ => wayfinder_vault::VaultError::Damaged,
    }
}

/// The title of the dialog that picks an archive, in her language.
pub fn open_title(state: &App) -> String {
    state
        .catalog
        .message(state.locale(), "archive-open-title", &[])
}

/// Opens the archive at `path` (with `passphrase`, unless it was sealed for her) and adds its
/// case to the vault whole.
pub fn import_archive(state: &App, path: &Path, passphrase: &str) -> Reply<ArchiveImportedDto> {
    let size = std::fs::metadata(path)
        .map_err(|_| state.error(&AppError::FileUnreadable))?
        .len();
    if size > MAX_FILE {
        return Err(state.error(&AppError::FileTooBig));
    }
    let bytes = std::fs::read(path).map_err(|_| state.error(&AppError::FileUnreadable))?;
    let passphrase = Passphrase::new(passphrase);
    let mut session = state
        .session
        .lock()
        .map_err(|_| state.error(&AppError::StorageFailed))?;
    let vault = session
        .vault()
        .ok_or_else(|| state.error(&AppError::VaultLocked))?;
    // Sealed for her, her own key opens it; otherwise the passphrase she typed.
    let imported = match wayfinder_vault::archive::sealed_for(&bytes) {
        Ok(Some(_)) => vault.import_archive_for_me(&bytes),
        Ok(None) => vault.import_archive(&bytes, &passphrase),
        Err(e) => Err(e),
    }
    .map_err(|e| state.error(&e))?;
    drop(session);
    state.reader.wake();
    Ok(ArchiveImportedDto {
        case_id: imported.case.to_string(),
        originals: imported.originals as u32,
        audit_entries: imported.audit_entries as u32,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands;
    use crate::reading::tests::{app_with_case_in, import};

    fn fail<T>(e: ErrorDto) -> T {
        panic!("{}: {}", e.code, e.message)
    }

    #[test]
    fn a_case_goes_by_archive_to_another_vault_and_is_noted_as_sent() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case) = app_with_case_in(&tmp.path().join("a"), "Layla Haddad", &["ar"]);
        let pdf = tmp.path().join("biopsy.pdf");
        std::fs::copy(
            wayfinder_testkit::fixture("pdfs/ArabicCIDTrueType.pdf"),
            &pdf,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        import(&app, &case, vec![pdf]);
        let weak = archive_offer(&app, &case, "short", "Dr Martin", None);
        assert_eq!(
            weak.map(|_| ()).map_err(|e| e.code),
            Err("passphrase-too-short".to_owned())
        );
        let secret = "copper meadow lantern thistle orbit";
        let (_, name) = archive_offer(&app, &case, secret, "Dr Martin", None).unwrap_or_else(fail);
        assert!(!name.contains("Layla"));
        let done = export_archive(
            &app,
            case.clone(),
            secret.into(),
            "Dr Martin".into(),
            None,
            tmp.path().join("out"),
        )
        .unwrap_or_else(fail);
        assert_eq!(done.file, "out.wfarchive");
        let file = commands::get_case_file(&app, case.clone()).unwrap_or_else(fail);
        let noted = file
            .entities
            .iter()
            .filter(|e| e.kind == crate::dto::EntityKindDto::Export)
            .filter_map(|e| {
                e.fields
                    .get("report")
                    .and_then(|h| h.first())
                    .and_then(|h| h.value.clone())
            })
            .collect::<Vec<_>>();
        assert_eq!(noted, ["archive"]);

        let (other, _) = app_with_case_in(&tmp.path().join("b"), "Someone Else", &["en"]);
        let archive = tmp.path().join("out.wfarchive");
        let wrong = import_archive(&other, &archive, "copper meadow lantern thistle orbiT");
        assert_eq!(
            wrong.map(|_| ()).map_err(|e| e.code),
            Err("archive-wrong-passphrase".to_owned())
        );
        let imported = import_archive(&other, &archive, secret).unwrap_or_else(fail);
        assert_eq!(imported.case_id, case);
        assert_eq!(imported.originals, 1);
        let copy = commands::get_case_file(&other, case.clone()).unwrap_or_else(fail);
        // Everything but the note of the archive's own export, made after it was sealed.
        assert_eq!(copy.entities.len(), file.entities.len() - 1);
        assert!(
            copy.entities.iter().any(|e| e.content.is_some()),
            "the record came"
        );
        let again = import_archive(&other, &archive, secret);
        assert_eq!(
            again.map(|_| ()).map_err(|e| e.code),
            Err("archive-case-exists".to_owned())
        );
    }
}
