//! The audit log as the case screen shows it: every entry of the case (who, when, which
//! device, what, on which object), and what checking each device's chain found. And the
//! openings she makes, noted once, not at every refresh of the screen.

use crate::App;
use crate::commands::{author_names, author_text, id_text, parse_id, time_text};
use crate::dto::{
    AuditActionDto, AuditChainDto, AuditEntryDto, AuditFindingDto, AuditFindingKindDto,
    CaseAuditDto, ErrorDto,
};
use chrono::Utc;
use std::time::{Duration, Instant};
use wayfinder_core::CaseId;
use wayfinder_merge::AuthorId;
use wayfinder_sync::audit::{AuditAction, Finding};
use wayfinder_vault::{OpenVault, VaultError};

type Reply<T> = Result<T, ErrorDto>;

/// Opening the same case or record again within this long (a refresh after an edit or a
/// sync) is the same opening.
const SAME_OPENING: Duration = Duration::from_secs(600);

impl From<AuditAction> for AuditActionDto {
    fn from(action: AuditAction) -> AuditActionDto {
        match action {
            AuditAction::Unlocked => AuditActionDto::Unlocked,
            AuditAction::UnlockFailed => AuditActionDto::UnlockFailed,
            AuditAction::CaseOpened => AuditActionDto::CaseOpened,
            AuditAction::RecordViewed => AuditActionDto::RecordViewed,
            AuditAction::FieldChanged => AuditActionDto::FieldChanged,
            AuditAction::Imported => AuditActionDto::Imported,
            AuditAction::Exported => AuditActionDto::Exported,
            AuditAction::Shared => AuditActionDto::Shared,
            AuditAction::Unshared => AuditActionDto::Unshared,
            AuditAction::MemberAdded => AuditActionDto::MemberAdded,
            AuditAction::MemberRemoved => AuditActionDto::MemberRemoved,
        }
    }
}

fn finding_dto(finding: Finding) -> AuditFindingDto {
    let (kind, seq, to) = match finding {
        Finding::Altered { seq } => (AuditFindingKindDto::Altered, seq, seq),
        Finding::Missing { from, to } => (AuditFindingKindDto::Missing, from, to),
        Finding::OutOfOrder { seq } => (AuditFindingKindDto::OutOfOrder, seq, seq),
        Finding::Forked { seq } => (AuditFindingKindDto::Forked, seq, seq),
        Finding::HeldBack { have, named } => (AuditFindingKindDto::HeldBack, have, named),
        Finding::Foreign { seq } => (AuditFindingKindDto::Foreign, seq, seq),
    };
    AuditFindingDto {
        kind,
        seq: u32::try_from(seq).unwrap_or(u32::MAX),
        to: u32::try_from(to).unwrap_or(u32::MAX),
    }
}

/// A device, as the screen tells devices apart: the first eight hex digits of its id.
fn device_text(device: [u8; 16]) -> String {
    device[..4].iter().map(|b| format!("{b:02x}")).collect()
}

fn case_audit_dto(vault: &mut OpenVault, case: Option<CaseId>) -> Result<CaseAuditDto, VaultError> {
    let me = vault.author()?;
    let names = author_names(vault)?;
    let entries = vault
        .audit_log(case)?
        .into_iter()
        .map(|row| AuditEntryDto {
            at: time_text(row.at_millis),
            member: author_text(&names, AuthorId(row.author.0)),
            by_me: row.author.0 == me.0,
            device: device_text(row.device.0),
            seq: u32::try_from(row.seq).unwrap_or(u32::MAX),
            action: row.action.into(),
            object: row
                .object
                .map(|o| names.get(&o).cloned().unwrap_or_else(|| id_text(o))),
        })
        .collect();
    let chains = vault
        .audit_check_scope(case)?
        .into_iter()
        .map(|chain| AuditChainDto {
            device: device_text(chain.device.0),
            member: author_text(&names, AuthorId(chain.author.0)),
            by_me: chain.author.0 == me.0,
            entries: u32::try_from(chain.entries).unwrap_or(u32::MAX),
            verified: u32::try_from(chain.checked.verified).unwrap_or(u32::MAX),
            unknown_author: chain.unknown_author,
            findings: chain
                .checked
                .findings
                .into_iter()
                .map(finding_dto)
                .collect(),
        })
        .collect();
    Ok(CaseAuditDto { entries, chains })
}

/// The log's scope: a case, or, with no id, the vault's own (unlocking, the team's members).
fn scope_of(state: &App, case_id: &str) -> Reply<Option<CaseId>> {
    if case_id.is_empty() {
        Ok(None)
    } else {
        parse_id(state, case_id).map(Some)
    }
}

/// A case's audit log (no id: the vault's own), checked.
pub fn case_audit(state: &App, case_id: String) -> Reply<CaseAuditDto> {
    let case = scope_of(state, &case_id)?;
    state.with_vault(|vault| case_audit_dto(vault, case))
}

/// Notes that she opened `object` (a case, or a record of it) with `action`, unless she
/// opened it within the last ten minutes.
pub(crate) fn note_opening(
    state: &App,
    vault: &mut OpenVault,
    case: CaseId,
    action: AuditAction,
    object: [u8; 16],
) -> Result<(), VaultError> {
    let fresh = match state.opened.lock() {
        Ok(mut opened) => {
            let now = Instant::now();
            let again = opened
                .get(&object)
                .is_some_and(|at| now.saturating_duration_since(*at) < SAME_OPENING);
            if opened.len() > 1_000 {
                opened.retain(|_, at| now.saturating_duration_since(*at) < SAME_OPENING);
            }
            opened.insert(object, now);
            !again
        }
        Err(_) => true,
    };
    if fresh {
        vault.audit(Some(case), action, Some(object), Utc::now())?;
    }
    Ok(())
}

/// An action's message id, as the screen and the exports name it.
fn action_label(action: AuditActionDto) -> &'static str {
    match action {
        AuditActionDto::Unlocked => "audit-action-unlocked",
        AuditActionDto::UnlockFailed => "audit-action-unlock-failed",
        AuditActionDto::CaseOpened => "audit-action-case-opened",
        AuditActionDto::RecordViewed => "audit-action-record-viewed",
        AuditActionDto::FieldChanged => "audit-action-field-changed",
        AuditActionDto::Imported => "audit-action-imported",
        AuditActionDto::Exported => "audit-action-exported",
        AuditActionDto::Shared => "audit-action-shared",
        AuditActionDto::Unshared => "audit-action-unshared",
        AuditActionDto::MemberAdded => "audit-action-member-added",
        AuditActionDto::MemberRemoved => "audit-action-member-removed",
    }
}

fn action_code(action: AuditActionDto) -> &'static str {
    action_label(action).trim_start_matches("audit-action-")
}

/// What checking each chain found, in her language, one sentence a finding.
fn findings_text(state: &App, audit: &CaseAuditDto) -> Vec<String> {
    let locale = state.locale();
    let say = |id: &str, args: &[(&str, wayfinder_i18n::Arg<'_>)]| {
        state.catalog.message(locale, id, args)
    };
    let mut out = Vec::new();
    for chain in &audit.chains {
        let who = [
            ("member", wayfinder_i18n::Arg::Text(&chain.member)),
            ("device", wayfinder_i18n::Arg::Text(&chain.device)),
        ];
        if chain.unknown_author {
            out.push(say("audit-unknown-author", &who));
        }
        for finding in &chain.findings {
            let id = match finding.kind {
                AuditFindingKindDto::Altered => "audit-finding-altered",
                AuditFindingKindDto::Missing => "audit-finding-missing",
                AuditFindingKindDto::OutOfOrder => "audit-finding-out-of-order",
                AuditFindingKindDto::Forked => "audit-finding-forked",
                AuditFindingKindDto::HeldBack => "audit-finding-held-back",
                AuditFindingKindDto::Foreign => "audit-finding-foreign",
            };
            let found = say(
                id,
                &[
                    ("seq", wayfinder_i18n::Arg::Number(f64::from(finding.seq))),
                    ("to", wayfinder_i18n::Arg::Number(f64::from(finding.to))),
                ],
            );
            out.push(format!("{} {found}", say("audit-chain", &who)));
        }
    }
    out
}

/// The save dialog's title and a name for the log: the date, never the child's name.
pub fn audit_export_offer(state: &App, case_id: &str, pdf: bool) -> Reply<(String, String)> {
    scope_of(state, case_id)?;
    let ext = if pdf { "pdf" } else { "csv" };
    Ok((
        state
            .catalog
            .message(state.locale(), "audit-export-save-title", &[]),
        format!("audit-log-{}.{ext}", crate::commands::today()),
    ))
}

/// Writes the case's audit log (no id: the vault's own) to `path`, as CSV (one row an entry, each with its chain's
/// state) or as a PDF in her language, and notes in the log itself that it left.
pub fn export_audit(
    state: &App,
    case_id: String,
    pdf: bool,
    path: std::path::PathBuf,
) -> Reply<crate::dto::ExportedDto> {
    let case = scope_of(state, &case_id)?;
    let ext = if pdf { "pdf" } else { "csv" };
    let path = crate::interchange::with_extension(path, ext);
    let (audit, child) = state.with_vault(|vault| {
        let audit = case_audit_dto(vault, case)?;
        let child = match case {
            Some(case) => Some(
                vault
                    .case_file(case)?
                    .first()
                    .and_then(|c| c.value("child.name").map(str::to_owned))
                    .unwrap_or_default(),
            ),
            None => None,
        };
        Ok((audit, child))
    })?;
    let locale = state.locale();
    let say = |id: &str| state.catalog.message(locale, id, &[]);
    let broken: std::collections::BTreeSet<&str> = audit
        .chains
        .iter()
        .filter(|c| c.unknown_author || !c.findings.is_empty())
        .map(|c| c.device.as_str())
        .collect();
    let who = |e: &AuditEntryDto| e.member.clone();
    let bytes = if pdf {
        let checked: u32 = audit.chains.iter().map(|c| c.verified).sum();
        let report = wayfinder_reports::AuditReport {
            child,
            findings: findings_text(state, &audit),
            whole: state.catalog.message(
                locale,
                "audit-whole",
                &[("count", wayfinder_i18n::Arg::Number(f64::from(checked)))],
            ),
            rows: audit
                .entries
                .iter()
                .map(|e| {
                    [
                        e.at.clone(),
                        who(e),
                        say(action_label(e.action)),
                        e.object.clone().unwrap_or_default(),
                        format!("{} #{}", e.device, e.seq),
                    ]
                })
                .collect(),
            today: crate::commands::today(),
        };
        let fonts = crate::reports::report_fonts(state).map_err(|e| state.error(&e))?;
        wayfinder_reports::audit_pdf(&fonts, &state.catalog, &report, locale)
            .map_err(|e| state.error(&e))?
    } else {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let header = [
            say("audit-col-when"),
            say("audit-col-who"),
            say("audit-col-what"),
            "action".to_owned(),
            say("audit-col-object"),
            say("audit-col-device"),
            "seq".to_owned(),
            say("audit-col-chain"),
        ];
        let mut rows = vec![header.to_vec()];
        for e in &audit.entries {
            rows.push(vec![
                e.at.clone(),
                who(e),
                say(action_label(e.action)),
                action_code(e.action).to_owned(),
                e.object.clone().unwrap_or_default(),
                e.device.clone(),
                e.seq.to_string(),
                say(if broken.contains(e.device.as_str()) {
                    "audit-chain-broken"
                } else {
                    "audit-chain-checked"
                }),
            ]);
        }
        for row in rows {
            writer
                .write_record(&row)
                .map_err(|_| state.error(&crate::error::AppError::StorageFailed))?;
        }
        writer
            .into_inner()
            .map_err(|_| state.error(&crate::error::AppError::StorageFailed))?
    };
    crate::reports::write_whole(&path, &bytes).map_err(|e| state.error(&e))?;
    state.with_vault(|vault| vault.audit(case, AuditAction::Exported, None, Utc::now()))?;
    Ok(crate::dto::ExportedDto {
        file: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
    })
}

#[cfg(test)]
mod export_tests {
    use super::*;
    use crate::commands;
    use crate::reading::tests::{app_with_case_in, import};
    use crate::travel::tests::pdf_text;

    fn fail<T>(e: ErrorDto) -> T {
        panic!("{}: {}", e.code, e.message)
    }

    #[test]
    fn the_log_leaves_as_csv_and_as_pdf_and_says_it_left() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case) = app_with_case_in(tmp.path(), "Layla Haddad", &["ar"]);
        let pdf = tmp.path().join("biopsy.pdf");
        std::fs::copy(
            wayfinder_testkit::fixture("pdfs/ArabicCIDTrueType.pdf"),
            &pdf,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        import(&app, &case, vec![pdf]);
        commands::get_case_file(&app, case.clone()).unwrap_or_else(fail);
        let before = case_audit(&app, case.clone())
            .unwrap_or_else(fail)
            .entries
            .len();

        let (_, name) = audit_export_offer(&app, &case, false).unwrap_or_else(fail);
        assert!(
            name.starts_with("audit-log-") && name.ends_with(".csv"),
            "{name}"
        );
        let done =
            export_audit(&app, case.clone(), false, tmp.path().join("log")).unwrap_or_else(fail);
        assert_eq!(done.file, "log.csv");
        let mut reader =
            csv::Reader::from_path(tmp.path().join("log.csv")).unwrap_or_else(|e| panic!("{e}"));
        let header = reader.headers().unwrap_or_else(|e| panic!("{e}")).clone();
        assert_eq!(&header[0], "When");
        assert_eq!(&header[3], "action");
        let rows: Vec<csv::StringRecord> =
            reader.records().map(|r| r.unwrap_or_default()).collect();
        assert_eq!(rows.len(), before);
        let actions: Vec<&str> = rows.iter().map(|r| &r[3]).collect();
        assert!(
            actions.contains(&"imported") && actions.contains(&"case-opened"),
            "{actions:?}"
        );
        assert!(rows.iter().all(|r| &r[7] == "checked"));
        let text = std::fs::read_to_string(tmp.path().join("log.csv")).unwrap_or_default();
        assert!(
            !text.contains("Haddad"),
            "the log holds ids, never the child's name"
        );

        export_audit(&app, case.clone(), true, tmp.path().join("log.pdf")).unwrap_or_else(fail);
        let text = pdf_text(&tmp.path().join("log.pdf"));
        for expected in [
            "Audit log of",
            "Layla Haddad",
            "Imported a record",
            "Every entry checks",
        ] {
            assert!(text.contains(expected), "{expected} not in:\n{text}");
        }
        // Both exports are in the log now.
        let after_case = case.clone();
        let after = case_audit(&app, case).unwrap_or_else(fail);
        let exported = after
            .entries
            .iter()
            .filter(|e| e.action == AuditActionDto::Exported)
            .count();
        assert_eq!(exported, 2);

        // The vault's own log: a wrong passphrase and the unlock after it, as a PDF titled
        // for the vault, and its export noted there, not in the case.
        commands::lock_vault(&app).unwrap_or_else(fail);
        let wrong = commands::unlock_with_passphrase(&app, "not the passphrase at all".into());
        assert!(wrong.is_err());
        commands::unlock_with_passphrase(&app, "lantern orbit velvet cactus harbor".into())
            .unwrap_or_else(fail);
        let own = case_audit(&app, String::new()).unwrap_or_else(fail);
        let actions: Vec<AuditActionDto> = own.entries.iter().map(|e| e.action).collect();
        assert!(
            actions.contains(&AuditActionDto::UnlockFailed)
                && actions.contains(&AuditActionDto::Unlocked),
            "{actions:?}"
        );
        assert!(own.chains.iter().all(|c| c.findings.is_empty()));
        export_audit(&app, String::new(), true, tmp.path().join("vault.pdf")).unwrap_or_else(fail);
        let text = pdf_text(&tmp.path().join("vault.pdf"));
        for expected in [
            "Audit log of this vault",
            "Failed to unlock",
            "Unlocked the vault",
        ] {
            assert!(text.contains(expected), "{expected} not in:\n{text}");
        }
        let own_after = case_audit(&app, String::new()).unwrap_or_else(fail);
        assert_eq!(
            own_after
                .entries
                .iter()
                .filter(|e| e.action == AuditActionDto::Exported)
                .count(),
            1
        );
        assert_eq!(
            case_audit(&app, after_case)
                .unwrap_or_else(fail)
                .entries
                .iter()
                .filter(|e| e.action == AuditActionDto::Exported)
                .count(),
            2
        );
    }
}
