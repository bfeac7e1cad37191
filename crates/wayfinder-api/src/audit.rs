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

fn case_audit_dto(vault: &mut OpenVault, case: CaseId) -> Result<CaseAuditDto, VaultError> {
    let me = vault.author()?;
    let names = author_names(vault)?;
    let entries = vault
        .audit_log(Some(case))?
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
        .audit_check(case)?
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

/// A case's audit log, checked.
pub fn case_audit(state: &App, case_id: String) -> Reply<CaseAuditDto> {
    let case = parse_id(state, &case_id)?;
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
