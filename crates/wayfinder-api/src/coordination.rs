//! Coordination: the team's directory of institutions with their contacts and requirement
//! profiles (team-wide scope), and a case's requests to them: each recipient with its status,
//! what its profile finds missing, and what was sent to it, frozen when sent
//! (`wayfinder_core::coordination` decides what is missing and where a status may go).

use crate::App;
use crate::commands::{id_text, parse_entity, parse_id, today};
use crate::dto::{
    DirectoryContactDto, DirectoryDto, DispatchDto, EntityKindDto, ErrorDto, FieldConflictDto,
    InstitutionDto, MissingDto, NewRequestDto, RecipientDto, RecipientStatusDto, RequestDto,
    RequirementDto, SendRequestDto, SentRecordDto, StatusChangeDto,
};
use crate::error::AppError;
use chrono::Utc;
use sha2::Digest;
use std::collections::BTreeMap;
use wayfinder_core::coordination::{self, Enclosed, Packet, Requirement, SentPacket, Status};
use wayfinder_core::schema::{Content, Media, split_codes};
use wayfinder_core::{CaseId, EntityId, EntityKind};
use wayfinder_vault::{EntityView, OpenVault, VaultError};

type Reply<T> = Result<T, ErrorDto>;

/// How long a recipient is given when the directory does not say: two weeks.
const DEFAULT_TURNAROUND_DAYS: u64 = 14;

fn text(e: &EntityView, field: &str) -> String {
    e.value(field).unwrap_or_default().to_owned()
}

fn ids(e: &EntityView, field: &str) -> Vec<[u8; 16]> {
    e.value(field)
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|id| id.parse::<EntityId>().ok())
        .map(EntityId::into_bytes)
        .collect()
}

/// How many institutions a page of the directory shows; a search narrows the rest.
const DIRECTORY_SHOWN: u32 = 100;

/// An institution of the directory with its contacts and profile lines, read through the
/// directory's index (never the whole team-wide scope); none when the directory does not hold
/// it, or what is named is not an institution of the team's.
struct Listed {
    institution: EntityView,
    parts: Vec<EntityView>,
}

fn listed(vault: &OpenVault, id: [u8; 16]) -> Result<Option<Listed>, VaultError> {
    let Some(scope) = vault.team_scope()? else {
        return Ok(None);
    };
    let institution = match vault.entity(id) {
        Ok((case, view)) if case == scope && view.kind == EntityKind::Institution => view,
        Ok(_) | Err(VaultError::CaseNotFound) => return Ok(None),
        Err(e) => return Err(e),
    };
    let mut parts = Vec::new();
    for part in vault.directory_parts(id)? {
        match vault.entity(part) {
            Ok((case, view)) if case == scope => parts.push(view),
            Ok(_) | Err(VaultError::CaseNotFound) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(Some(Listed { institution, parts }))
}

/// `listed` for an institution's id as a recipient keeps it.
fn listed_text(vault: &OpenVault, id: &str) -> Result<Option<Listed>, VaultError> {
    match id.parse::<EntityId>() {
        Ok(id) => listed(vault, id.into_bytes()),
        Err(_) => Ok(None),
    }
}

fn institution_dto(listed: &Listed) -> InstitutionDto {
    let e = &listed.institution;
    let of = |kind: EntityKind| listed.parts.iter().filter(move |p| p.kind == kind);
    InstitutionDto {
        id: id_text(e.id),
        name: text(e, "name"),
        kind: text(e, "kind"),
        department: text(e, "department"),
        country: text(e, "country"),
        city: text(e, "city"),
        languages: split_codes(e.value("languages").unwrap_or_default()),
        turnaround: e.value("turnaround").and_then(|d| d.parse().ok()),
        email: text(e, "email"),
        phone: text(e, "phone"),
        note: text(e, "note"),
        contacts: of(EntityKind::DirectoryContact)
            .map(|c| DirectoryContactDto {
                id: id_text(c.id),
                name: text(c, "name"),
                role: text(c, "role"),
                email: text(c, "email"),
                phone: text(c, "phone"),
                languages: split_codes(c.value("languages").unwrap_or_default()),
                channel: text(c, "channel"),
            })
            .collect(),
        requirements: of(EntityKind::Requirement)
            .map(|r| RequirementDto {
                id: id_text(r.id),
                request_kind: text(r, "request_kind"),
                need: text(r, "need"),
                language: r.value("language").map(str::to_owned),
            })
            .collect(),
        conflicts: conflicts_of(e),
    }
}

/// The fields of an entity two members changed at once, each with both values.
fn conflicts_of(e: &EntityView) -> Vec<FieldConflictDto> {
    e.fields
        .iter()
        .filter(|(_, heads)| heads.len() > 1)
        .map(|(field, heads)| FieldConflictDto {
            field: field.clone(),
            values: heads
                .iter()
                .map(|h| h.value.clone().unwrap_or_default())
                .collect(),
        })
        .collect()
}

fn directory_in(vault: &OpenVault, query: &str) -> Result<DirectoryDto, VaultError> {
    if vault.team_scope()?.is_none() {
        return Ok(DirectoryDto {
            in_team: false,
            read_only: false,
            total: 0,
            institutions: Vec::new(),
        });
    }
    let institutions = vault
        .directory_page(query, DIRECTORY_SHOWN)?
        .into_iter()
        .map(|l| {
            institution_dto(&Listed {
                institution: l.institution,
                parts: l.parts,
            })
        })
        .collect();
    let read_only = vault.kinds_read_only()?.contains(&EntityKind::Institution);
    Ok(DirectoryDto {
        in_team: true,
        read_only,
        total: u32::try_from(vault.directory_count()?).unwrap_or(u32::MAX),
        institutions,
    })
}

/// The team's directory: the institutions whose name, place, e-mail or phone, or one of whose
/// contacts', holds `query` (all of them for an empty one), by name, at most a page, each
/// with its contacts and profile.
pub fn directory(state: &App, query: String) -> Reply<DirectoryDto> {
    state.with_vault(|vault| directory_in(vault, &query))
}

/// Adds an institution, a contact of one, or a line of one's profile to the directory.
pub fn add_to_directory(
    state: &App,
    kind: EntityKindDto,
    values: BTreeMap<String, String>,
) -> Reply<DirectoryDto> {
    let kind = EntityKind::from(kind);
    if !matches!(
        kind,
        EntityKind::Institution | EntityKind::DirectoryContact | EntityKind::Requirement
    ) {
        return Err(state.error(&AppError::InvalidRequest));
    }
    let values: Vec<(&str, &str)> = values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    state.with_vault(|vault| {
        let scope = vault.team_scope()?.ok_or(VaultError::NotInTeam)?;
        vault.add_entity(scope, kind, &values, Utc::now(), today())?;
        directory_in(vault, "")
    })
}

/// The directory entry `entity` names (an institution, a contact of one, a profile line), or
/// a refusal when it names anything else.
fn directory_entry(state: &App, entity: &str) -> Reply<[u8; 16]> {
    let id = parse_entity(state, entity)?;
    state.with_vault(|vault| {
        let (scope, kind) = vault.entity_case(id)?;
        let directory_kind = matches!(
            kind,
            EntityKind::Institution | EntityKind::DirectoryContact | EntityKind::Requirement
        );
        if !directory_kind || vault.team_scope()? != Some(scope) {
            return Err(VaultError::Invalid(
                wayfinder_core::DomainError::ChoiceUnknown,
            ));
        }
        Ok(id)
    })
}

/// Changes one field of a directory entry (writing it settles a conflict on it), then shows
/// the directory as `query` finds it.
pub fn edit_directory_entry(
    state: &App,
    entity: String,
    field: String,
    value: Option<String>,
    query: String,
) -> Reply<DirectoryDto> {
    let id = directory_entry(state, &entity)?;
    state.with_vault(|vault| {
        let value = value.as_deref().filter(|v| !v.trim().is_empty());
        vault.edit_field(id, &field, value, Utc::now(), today())?;
        directory_in(vault, &query)
    })
}

/// Takes an institution (with its contacts and profile), a contact or a profile line out of
/// the directory, as one edit; requests already made keep the institution's name.
pub fn delete_from_directory(state: &App, entity: String, query: String) -> Reply<DirectoryDto> {
    let id = directory_entry(state, &entity)?;
    state.with_vault(|vault| {
        let mut gone = vec![id];
        if vault.entity_case(id)?.1 == EntityKind::Institution {
            gone.extend(vault.directory_parts(id)?);
        }
        vault.delete_entities(&gone, Utc::now())?;
        directory_in(vault, &query)
    })
}

/// Creates a request for a case, to each institution named (from the directory), every
/// recipient a draft: one edit for the request, one for its recipients.
pub fn new_request(state: &App, request: NewRequestDto) -> Reply<Vec<RequestDto>> {
    let case = parse_id(state, &request.case_id)?;
    let institutions: Vec<[u8; 16]> = request
        .institutions
        .iter()
        .map(|i| parse_entity(state, i))
        .collect::<Result<_, _>>()?;
    state.with_vault(|vault| {
        let names: Vec<(String, String)> = institutions
            .iter()
            .map(|id| {
                let found = listed(vault, *id)?.ok_or(VaultError::Invalid(
                    wayfinder_core::DomainError::ChoiceUnknown,
                ))?;
                Ok((id_text(*id), text(&found.institution, "name")))
            })
            .collect::<Result<_, VaultError>>()?;
        let made = vault.add_entity(
            case,
            EntityKind::Request,
            &[
                ("kind", request.kind.as_str()),
                ("title", request.title.as_str()),
                ("questions", request.questions.as_str()),
            ],
            Utc::now(),
            today(),
        )?;
        let made = id_text(made);
        let rows: Vec<Vec<(&str, &str)>> = names
            .iter()
            .map(|(id, name)| {
                vec![
                    ("request", made.as_str()),
                    ("institution", id.as_str()),
                    ("institution_name", name.as_str()),
                    ("status", "draft"),
                ]
            })
            .collect();
        if !rows.is_empty() {
            let borrowed: Vec<&[(&str, &str)]> = rows.iter().map(Vec::as_slice).collect();
            vault.add_entities(case, EntityKind::Recipient, &borrowed, Utc::now(), today())?;
        }
        requests_in(vault, case)
    })
}

/// A case's requests, each recipient with what its profile finds missing and what was sent.
pub fn requests(state: &App, case: String) -> Reply<Vec<RequestDto>> {
    let case = parse_id(state, &case)?;
    state.with_vault(|vault| requests_in(vault, case))
}

/// The finished translations of the record `record` (its id as text, status "done"): what a
/// packet encloses with it.
fn done_translations<'a>(
    file: &'a [EntityView],
    record: &'a str,
) -> impl Iterator<Item = &'a EntityView> {
    file.iter().filter(move |t| {
        t.kind == EntityKind::Translation
            && t.value("record") == Some(record)
            && t.value("status") == Some("done")
    })
}

/// What a request's packet holds, as the profile check reads it.
fn packet_of(file: &[EntityView], request: &EntityView) -> Packet {
    let find = |id: [u8; 16]| file.iter().find(|e| e.id == id);
    let records = ids(request, "records")
        .into_iter()
        .filter_map(find)
        .filter(|r| r.kind == EntityKind::Record)
        .map(|r| {
            let own = id_text(r.id);
            Enclosed {
                category: text(r, "category"),
                dicom: r
                    .value("content")
                    .and_then(Content::parse)
                    .is_some_and(|c| c.media == Media::Dicom),
                language: r.value("language").map(str::to_owned),
                translations: done_translations(file, &own)
                    .filter_map(|t| t.value("language").map(str::to_owned))
                    .collect(),
            }
        })
        .collect();
    let mut declared = Vec::new();
    if request.value("slides_sent") == Some("true") {
        declared.push("slides".to_owned());
    }
    if request.value("payment_arranged") == Some("true") {
        declared.push("payment-guarantee".to_owned());
    }
    Packet {
        records,
        consent: !ids(request, "consent").is_empty(),
        declared,
    }
}

/// The profile an institution keeps for requests of `kind` (none once it left the directory).
fn profile_of(listed: Option<&Listed>, kind: &str) -> Vec<Requirement> {
    listed
        .map(|l| l.parts.as_slice())
        .unwrap_or_default()
        .iter()
        .filter(|e| e.kind == EntityKind::Requirement && e.value("request_kind") == Some(kind))
        .filter_map(|e| {
            Some(Requirement {
                need: e.value("need")?.to_owned(),
                language: e.value("language").map(str::to_owned),
            })
        })
        .collect()
}

fn requests_in(vault: &OpenVault, case: CaseId) -> Result<Vec<RequestDto>, VaultError> {
    let file = vault.case_file(case)?;
    let mut directory: BTreeMap<String, Option<Listed>> = BTreeMap::new();
    for r in file.iter().filter(|e| e.kind == EntityKind::Recipient) {
        let institution = text(r, "institution");
        if let std::collections::btree_map::Entry::Vacant(entry) = directory.entry(institution) {
            let found = listed_text(vault, entry.key())?;
            entry.insert(found);
        }
    }
    let date = today();
    let me = vault.author()?;
    let names = crate::commands::author_names(vault)?;
    let mut histories = BTreeMap::new();
    for r in file.iter().filter(|e| e.kind == EntityKind::Recipient) {
        let history: Vec<StatusChangeDto> = vault
            .field_history(r.id, "status")?
            .into_iter()
            .filter_map(|(time, author, value)| {
                Some(StatusChangeDto {
                    status: value?,
                    at: crate::commands::time_text(time.millis),
                    author: crate::commands::author_text(&names, author),
                    by_me: author == me,
                })
            })
            .collect();
        histories.insert(r.id, history);
    }
    Ok(file
        .iter()
        .filter(|e| e.kind == EntityKind::Request)
        .map(|request| {
            let own = id_text(request.id);
            let packet = packet_of(&file, request);
            let kind = text(request, "kind");
            let recipients = file
                .iter()
                .filter(|e| {
                    e.kind == EntityKind::Recipient && e.value("request") == Some(own.as_str())
                })
                .map(|r| {
                    let institution = text(r, "institution");
                    let found = directory.get(&institution).and_then(Option::as_ref);
                    let in_directory = found.is_some();
                    let profile = profile_of(found, &kind);
                    let status = text(r, "status");
                    let follow_up = r.value("follow_up").map(str::to_owned);
                    let waiting_days = follow_up
                        .as_deref()
                        .and_then(|d| wayfinder_core::schema::parse_date(d).ok())
                        .filter(|_| Status::parse(&status).is_some_and(Status::open))
                        .map(|d| (date - d).num_days())
                        .filter(|d| *d > 0)
                        .and_then(|d| u32::try_from(d).ok());
                    let recipient_id = id_text(r.id);
                    RecipientDto {
                        missing: coordination::missing(&packet, &profile)
                            .into_iter()
                            .map(|m| MissingDto {
                                need: m.need.clone(),
                                language: m.language.clone(),
                            })
                            .collect(),
                        sent: file
                            .iter()
                            .filter(|d| {
                                d.kind == EntityKind::Dispatch
                                    && d.value("recipient") == Some(recipient_id.as_str())
                            })
                            .filter_map(|d| {
                                let packet = SentPacket::parse(d.value("packet")?)?;
                                Some(DispatchDto {
                                    id: id_text(d.id),
                                    at: chrono::DateTime::from_timestamp_millis(
                                        i64::try_from(d.created_millis).unwrap_or(0),
                                    )
                                    .unwrap_or_default()
                                    .to_rfc3339(),
                                    records: packet
                                        .records
                                        .iter()
                                        .map(|(id, hash, title)| SentRecordDto {
                                            id: id.to_string(),
                                            title: title.clone(),
                                            sha256: hash.clone(),
                                        })
                                        .collect(),
                                    translations: packet
                                        .translations
                                        .iter()
                                        .map(|(_, language, hash)| SentRecordDto {
                                            id: language.clone(),
                                            title: language.clone(),
                                            sha256: hash.clone(),
                                        })
                                        .collect(),
                                    consent: packet.consent.map(|c| c.to_string()),
                                    declared: packet.declared.clone(),
                                    override_reason: d.value("override_reason").map(str::to_owned),
                                    report_file: packet.report.as_deref().and_then(|sha| {
                                        file.iter()
                                            .find(|e| {
                                                e.kind == EntityKind::Export
                                                    && e.value("sha256") == Some(sha)
                                            })
                                            .and_then(|e| e.value("file"))
                                            .map(str::to_owned)
                                    }),
                                    report_sha256: packet.report.clone(),
                                })
                            })
                            .collect(),
                        id: recipient_id,
                        institution,
                        institution_name: text(r, "institution_name"),
                        in_directory,
                        moves: Status::parse(&status)
                            .map(|s| s.moves().iter().map(|m| m.code().to_owned()).collect())
                            .unwrap_or_default(),
                        status,
                        follow_up,
                        waiting_days,
                        outcome: text(r, "outcome"),
                        answer: ids(r, "answer").into_iter().map(id_text).collect(),
                        history: histories.remove(&r.id).unwrap_or_default(),
                        conflicts: conflicts_of(r),
                    }
                })
                .collect();
            RequestDto {
                id: own,
                kind,
                title: text(request, "title"),
                questions: text(request, "questions"),
                records: ids(request, "records").into_iter().map(id_text).collect(),
                consent: ids(request, "consent").first().map(|c| id_text(*c)),
                slides_sent: request.value("slides_sent") == Some("true"),
                payment_arranged: request.value("payment_arranged") == Some("true"),
                recipients,
                conflicts: conflicts_of(request),
            }
        })
        .collect())
}

fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Sends a request to one recipient: refused while its profile finds something missing,
/// unless she gives her reason, which is kept. What goes is frozen as it is now (each
/// record's original by its SHA-256 and title, each finished translation of them by the SHA-256
/// of its text, the consent, what she declared sent apart), the recipient is marked sent, and
/// its follow-up set from the institution's usual time to answer.
pub fn send_request(state: &App, send: SendRequestDto) -> Reply<Vec<RequestDto>> {
    let recipient = parse_entity(state, &send.recipient)?;
    let reason = send
        .override_reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_owned);
    let mut incomplete = false;
    let mut past = false;
    let result = state.with_vault(|vault| {
        let (case, kind) = vault.entity_case(recipient)?;
        if kind != EntityKind::Recipient {
            return Err(VaultError::Invalid(
                wayfinder_core::DomainError::ChoiceUnknown,
            ));
        }
        let file = vault.case_file(case)?;
        let find = |id: [u8; 16]| file.iter().find(|e| e.id == id);
        let own = find(recipient).ok_or(VaultError::CaseNotFound)?;
        let request = own
            .value("request")
            .and_then(|r| r.parse::<EntityId>().ok())
            .and_then(|r| find(r.into_bytes()))
            .ok_or(VaultError::Damaged)?;
        let found = listed_text(vault, &text(own, "institution"))?;
        let profile = profile_of(found.as_ref(), &text(request, "kind"));
        let packet = packet_of(&file, request);
        if !coordination::missing(&packet, &profile).is_empty() && reason.is_none() {
            incomplete = true;
            return Err(VaultError::Invalid(
                wayfinder_core::DomainError::ChoiceUnknown,
            ));
        }
        // The report exported for it, by the hash written when it was exported.
        let report = match send.report.as_deref().filter(|r| !r.is_empty()) {
            Some(export) => {
                let id = export
                    .parse::<EntityId>()
                    .map_err(|_| VaultError::Invalid(wayfinder_core::DomainError::ChoiceUnknown))?
                    .into_bytes();
                let hash = find(id)
                    .filter(|e| e.kind == EntityKind::Export)
                    .and_then(|e| e.value("sha256"))
                    .ok_or(VaultError::Invalid(
                        wayfinder_core::DomainError::ChoiceUnknown,
                    ))?;
                Some(hash.to_owned())
            }
            None => None,
        };
        // Frozen: each original read and hashed now.
        let mut sent = SentPacket {
            report,
            consent: ids(request, "consent")
                .first()
                .map(|c| EntityId::from_bytes(*c)),
            declared: packet.declared.clone(),
            ..SentPacket::default()
        };
        for record in ids(request, "records") {
            let Some(entity) = find(record).filter(|e| e.kind == EntityKind::Record) else {
                continue;
            };
            let (_, blob) = vault.record(record)?;
            let bytes = vault.files().read_all(blob.file)?;
            sent.records.push((
                EntityId::from_bytes(record),
                hex(&sha2::Sha256::digest(&bytes)),
                text(entity, "title"),
            ));
            let own = id_text(record);
            for t in done_translations(&file, &own) {
                let view = crate::translation::view(state, vault, t.id)?;
                let body = crate::translation::translated_text(&view);
                sent.translations.push((
                    EntityId::from_bytes(t.id),
                    view.language.clone(),
                    hex(&sha2::Sha256::digest(body.as_bytes())),
                ));
            }
        }
        let turnaround = found
            .as_ref()
            .and_then(|l| l.institution.value("turnaround"))
            .and_then(|d| d.parse::<u64>().ok())
            .unwrap_or(DEFAULT_TURNAROUND_DAYS);
        let follow_up = match send.follow_up.as_deref().map(str::trim) {
            Some(typed) if !typed.is_empty() => {
                let date =
                    wayfinder_core::schema::parse_date(typed).map_err(VaultError::Invalid)?;
                // A follow-up already gone by would put the request in Today the day it left.
                if date < today() {
                    past = true;
                    return Err(VaultError::Invalid(
                        wayfinder_core::DomainError::ChoiceUnknown,
                    ));
                }
                date.format("%Y-%m-%d").to_string()
            }
            _ => (today() + chrono::Days::new(turnaround))
                .format("%Y-%m-%d")
                .to_string(),
        };
        let packet_text = sent.to_text();
        let recipient_text = id_text(recipient);
        vault.add_entity(
            case,
            EntityKind::Dispatch,
            &[
                ("recipient", recipient_text.as_str()),
                ("packet", packet_text.as_str()),
                ("override_reason", reason.as_deref().unwrap_or_default()),
            ],
            Utc::now(),
            today(),
        )?;
        vault.edit_many(
            &[
                (recipient, "status", Some("sent")),
                (recipient, "follow_up", Some(follow_up.as_str())),
            ],
            Utc::now(),
            today(),
        )?;
        requests_in(vault, case)
    });
    result.map_err(|e| {
        if incomplete {
            state.error(&AppError::RequestIncomplete)
        } else if past {
            state.error(&AppError::FollowUpPast)
        } else {
            e
        }
    })
}

/// Moves a recipient's status (as `Status::moves` allows) and keeps what it answered. When
/// the institution asks for more, a task to send it opens in the case, due today.
pub fn set_recipient_status(state: &App, change: RecipientStatusDto) -> Reply<Vec<RequestDto>> {
    let recipient = parse_entity(state, &change.recipient)?;
    let asked = change.status == Status::InformationRequested.code();
    state.with_vault(|vault| {
        let (case, kind) = vault.entity_case(recipient)?;
        if kind != EntityKind::Recipient {
            return Err(VaultError::Invalid(
                wayfinder_core::DomainError::ChoiceUnknown,
            ));
        }
        let mut edits: Vec<([u8; 16], &str, Option<&str>)> =
            vec![(recipient, "status", Some(change.status.as_str()))];
        if let Some(outcome) = change.outcome.as_deref() {
            edits.push((
                recipient,
                "outcome",
                Some(outcome).filter(|o| !o.trim().is_empty()),
            ));
        }
        vault.edit_many(&edits, Utc::now(), today())?;
        if asked {
            let (_, view) = vault.entity(recipient)?;
            let institution = text(&view, "institution_name");
            let title = state.catalog.message(
                state.locale(),
                "request-information-task",
                &[("institution", wayfinder_i18n::Arg::Text(&institution))],
            );
            let due = today().format("%Y-%m-%d").to_string();
            vault.add_entity(
                case,
                EntityKind::Task,
                &[("title", title.as_str()), ("due", due.as_str())],
                Utc::now(),
                today(),
            )?;
        }
        requests_in(vault, case)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands;
    use crate::dto::FieldValueDto;

    fn fail<T>(e: ErrorDto) -> T {
        panic!("{}: {}", e.code, e.message)
    }

    fn values(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn edit(app: &App, entity: &str, field: &str, value: &str) {
        commands::edit_field(
            app,
            entity.to_owned(),
            field.to_owned(),
            Some(FieldValueDto::Text(value.to_owned())),
        )
        .unwrap_or_else(fail);
    }

    #[test]
    fn a_request_is_refused_while_incomplete_and_what_was_sent_stays_as_sent() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case, record) = crate::translation::tests::app_with_record(tmp.path());
        edit(&app, &record, "category", "pathology");
        edit(&app, &record, "language", "ru");
        // Outside a team there is no directory to add to.
        assert_eq!(
            add_to_directory(
                &app,
                EntityKindDto::Institution,
                values(&[("name", "X"), ("kind", "hospital")])
            )
            .err()
            .map(|e| e.code)
            .as_deref(),
            Some("team-not-joined")
        );
        crate::glossary::tests::in_team(&app);
        let directory = add_to_directory(
            &app,
            EntityKindDto::Institution,
            values(&[
                ("name", "Centre Léon Bérard"),
                ("kind", "tumour-board"),
                ("country", "FR"),
                ("turnaround", "10"),
            ]),
        )
        .unwrap_or_else(fail);
        let lyon = directory.institutions[0].id.clone();
        assert_eq!(directory.total, 1);
        for (need, language) in [("pathology", "fr"), ("consent", "")] {
            add_to_directory(
                &app,
                EntityKindDto::Requirement,
                values(&[
                    ("institution", &lyon),
                    ("request_kind", "second-opinion"),
                    ("need", need),
                    ("language", language),
                ]),
            )
            .unwrap_or_else(fail);
        }
        // A bad line of a profile is refused as she types it.
        assert_eq!(
            add_to_directory(
                &app,
                EntityKindDto::Requirement,
                values(&[
                    ("institution", &lyon),
                    ("request_kind", "second-opinion"),
                    ("need", "tissue")
                ]),
            )
            .err()
            .map(|e| e.code)
            .as_deref(),
            Some("choice-unknown")
        );
        assert_eq!(directory_of(&app).institutions[0].requirements.len(), 2);
        // Searched by its name, its place, or a contact's name, in any case.
        add_to_directory(
            &app,
            EntityKindDto::DirectoryContact,
            values(&[
                ("institution", &lyon),
                ("name", "Dr Claire Martin"),
                ("role", "Coordinator"),
            ]),
        )
        .unwrap_or_else(fail);
        add_to_directory(
            &app,
            EntityKindDto::Institution,
            values(&[
                ("name", "Hospital Niño Jesús"),
                ("kind", "hospital"),
                ("city", "Madrid"),
            ]),
        )
        .unwrap_or_else(fail);
        let found = |query: &str| -> Vec<String> {
            super::directory(&app, query.to_owned())
                .unwrap_or_else(fail)
                .institutions
                .into_iter()
                .map(|i| i.name)
                .collect()
        };
        assert_eq!(found(""), ["Centre Léon Bérard", "Hospital Niño Jesús"]);
        assert_eq!(found("CLAIRE"), ["Centre Léon Bérard"]);
        assert_eq!(found("madrid"), ["Hospital Niño Jesús"]);
        assert_eq!(found("niño"), ["Hospital Niño Jesús"]);
        assert!(found("Oslo").is_empty());
        assert_eq!(directory_of(&app).total, 2);
        // Its details change and its entries leave, each one edit.
        let madrid = directory_of(&app).institutions[1].clone();
        let changed = edit_directory_entry(
            &app,
            madrid.id.clone(),
            "phone".to_owned(),
            Some("+34 91 503 59 00".to_owned()),
            "madrid".to_owned(),
        )
        .unwrap_or_else(fail);
        assert_eq!(changed.institutions[0].phone, "+34 91 503 59 00");
        assert_eq!(
            edit_directory_entry(
                &app,
                madrid.id.clone(),
                "country".to_owned(),
                Some("Spain".to_owned()),
                String::new(),
            )
            .err()
            .map(|e| e.code)
            .as_deref(),
            Some("country-unknown")
        );
        // Not a directory entry: refused.
        assert_eq!(
            edit_directory_entry(&app, case.clone(), "stage".to_owned(), None, String::new())
                .err()
                .map(|e| e.code)
                .as_deref(),
            Some("choice-unknown")
        );
        // Another member changed the phone at the same time: both stand until she keeps one.
        let scope = app
            .with_vault(|vault| vault.team_scope())
            .unwrap_or_else(fail)
            .unwrap_or_else(|| panic!("no team scope"));
        let concurrent = wayfinder_merge::Operation {
            id: wayfinder_merge::OpId([0x77; 16]),
            author: wayfinder_merge::AuthorId([0x66; 16]),
            time: wayfinder_merge::Hlc {
                millis: u64::try_from(Utc::now().timestamp_millis()).unwrap_or(0),
                counter: 0,
            },
            target: wayfinder_merge::FieldRef {
                scope: *scope.as_bytes(),
                entity: madrid
                    .id
                    .parse::<EntityId>()
                    .unwrap_or_else(|e| panic!("{e}"))
                    .into_bytes(),
                field: "phone".to_owned(),
            },
            parents: Vec::new(),
            change: wayfinder_merge::Change::Set(b"+34 91 000 00 00".to_vec()),
        };
        app.with_vault(|vault| vault.apply_operations(&[concurrent]))
            .unwrap_or_else(fail);
        let torn = super::directory(&app, "madrid".to_owned()).unwrap_or_else(fail);
        let conflict = &torn.institutions[0].conflicts;
        assert_eq!(conflict.len(), 1);
        assert_eq!(conflict[0].field, "phone");
        let mut both = conflict[0].values.clone();
        both.sort();
        assert_eq!(both, ["+34 91 000 00 00", "+34 91 503 59 00"]);
        let kept = edit_directory_entry(
            &app,
            madrid.id.clone(),
            "phone".to_owned(),
            Some("+34 91 503 59 00".to_owned()),
            "madrid".to_owned(),
        )
        .unwrap_or_else(fail);
        assert!(kept.institutions[0].conflicts.is_empty());
        let after =
            delete_from_directory(&app, madrid.id.clone(), String::new()).unwrap_or_else(fail);
        assert_eq!(after.total, 1);
        commands::undo(&app).unwrap_or_else(fail);
        assert_eq!(directory_of(&app).total, 2);
        assert_eq!(
            directory_of(&app).institutions[0].contacts[0].name,
            "Dr Claire Martin"
        );

        let requests = new_request(
            &app,
            NewRequestDto {
                case_id: case.clone(),
                kind: "second-opinion".to_owned(),
                title: "Second opinion, Lyon".to_owned(),
                questions: "Is proton therapy advisable?".to_owned(),
                institutions: vec![lyon.clone()],
            },
        )
        .unwrap_or_else(fail);
        let request = requests[0].id.clone();
        let recipient = requests[0].recipients[0].clone();
        assert_eq!(
            (
                recipient.status.as_str(),
                recipient.institution_name.as_str(),
                recipient.in_directory
            ),
            ("draft", "Centre Léon Bérard", true)
        );
        let needs = |r: &RecipientDto| -> Vec<(String, Option<String>)> {
            r.missing
                .iter()
                .map(|m| (m.need.clone(), m.language.clone()))
                .collect()
        };
        assert_eq!(
            needs(&recipient),
            [
                ("pathology".to_owned(), Some("fr".to_owned())),
                ("consent".to_owned(), None)
            ]
        );
        // The review packet she exported for the board, noted in the case with its hash.
        let packet_hash = "ab".repeat(32);
        let report: Option<String> = Some(
            app.with_vault(|vault| {
                let case_id = case
                    .parse::<wayfinder_core::CaseId>()
                    .unwrap_or_else(|e| panic!("{e}"));
                vault.record_export(
                    case_id,
                    &[
                        ("report", "packet"),
                        ("recipient", "Centre Léon Bérard"),
                        ("language", "fr"),
                        ("file", "packet-lyon.pdf"),
                        ("sha256", packet_hash.as_str()),
                    ],
                    Utc::now(),
                    today(),
                )
            })
            .map(id_text)
            .unwrap_or_else(fail),
        );
        let send = |reason: Option<&str>| {
            send_request(
                &app,
                SendRequestDto {
                    recipient: recipient.id.clone(),
                    override_reason: reason.map(str::to_owned),
                    follow_up: None,
                    report: report.clone(),
                },
            )
        };
        assert_eq!(
            send(None).err().map(|e| e.code).as_deref(),
            Some("request-incomplete")
        );
        // The Russian report and the family's consent enclosed: only the French is missing.
        let file = commands::add_entity(
            &app,
            case.clone(),
            EntityKindDto::Consent,
            values(&[
                ("what", "Second opinion"),
                ("recipient", "Centre Léon Bérard"),
            ]),
        )
        .unwrap_or_else(fail);
        let consent = file
            .entities
            .iter()
            .find(|e| e.kind == EntityKindDto::Consent)
            .map(|e| e.id.clone())
            .unwrap_or_else(|| panic!("no consent"));
        edit(&app, &request, "records", &record);
        edit(&app, &request, "consent", &consent);
        let now = requests_of(&app, &case);
        assert_eq!(
            needs(&now[0].recipients[0]),
            [("pathology".to_owned(), Some("fr".to_owned()))]
        );
        assert_eq!(
            send(Some("  ")).err().map(|e| e.code).as_deref(),
            Some("request-incomplete")
        );
        // A French translation of the report: missing until it is done.
        let translated = commands::add_entity(
            &app,
            case.clone(),
            EntityKindDto::Translation,
            values(&[
                ("record", &record),
                ("language", "fr"),
                ("status", "in-progress"),
            ]),
        )
        .unwrap_or_else(fail);
        let translation = translated
            .entities
            .iter()
            .find(|e| e.kind == EntityKindDto::Translation)
            .map(|e| e.id.clone())
            .unwrap_or_else(|| panic!("no translation"));
        assert_eq!(requests_of(&app, &case)[0].recipients[0].missing.len(), 1);
        edit(&app, &translation, "status", "done");
        assert!(requests_of(&app, &case)[0].recipients[0].missing.is_empty());
        // A follow-up date already gone by is said plainly, and nothing goes.
        let yesterday = (today() - chrono::Days::new(1))
            .format("%Y-%m-%d")
            .to_string();
        assert_eq!(
            send_request(
                &app,
                SendRequestDto {
                    recipient: recipient.id.clone(),
                    override_reason: Some("Sent by post".to_owned()),
                    follow_up: Some(yesterday),
                    report: None,
                },
            )
            .err()
            .map(|e| e.code)
            .as_deref(),
            Some("follow-up-past")
        );
        assert_eq!(requests_of(&app, &case)[0].recipients[0].status, "draft");
        assert!(
            commands::list_cases(&app, crate::dto::CaseFilterDto::default()).unwrap_or_else(fail)
                [0]
            .waiting_requests
            .is_empty()
        );
        // Sent (her reason kept though nothing is missing now): frozen as it is, sent,
        // followed up in the board's ten days.
        let sent =
            send(Some("The board reads Russian; the translation follows")).unwrap_or_else(fail);
        let r = &sent[0].recipients[0];
        assert_eq!(r.status, "sent");
        let in_ten = (today() + chrono::Days::new(10))
            .format("%Y-%m-%d")
            .to_string();
        assert_eq!(r.follow_up.as_deref(), Some(in_ten.as_str()));
        let original =
            std::fs::read(tmp.path().join("выписка.png")).unwrap_or_else(|e| panic!("{e}"));
        let dispatch = &r.sent[0];
        assert_eq!(dispatch.records.len(), 1);
        assert_eq!(dispatch.records[0].title, "выписка.png");
        assert_eq!(
            dispatch.records[0].sha256,
            hex(&sha2::Sha256::digest(&original))
        );
        assert_eq!(dispatch.consent.as_deref(), Some(consent.as_str()));
        assert_eq!(
            (
                dispatch.report_file.as_deref(),
                dispatch.report_sha256.as_deref()
            ),
            (Some("packet-lyon.pdf"), Some(packet_hash.as_str()))
        );
        // The finished French translation went with it, by the hash of its text.
        assert_eq!(
            dispatch
                .translations
                .iter()
                .map(|t| t.title.as_str())
                .collect::<Vec<_>>(),
            ["fr"]
        );
        assert_eq!(dispatch.translations[0].sha256.len(), 64);
        assert_eq!(
            dispatch.override_reason.as_deref(),
            Some("The board reads Russian; the translation follows")
        );
        // Renaming the record later changes nothing of what was sent.
        edit(&app, &record, "title", "Biopsy, Kyiv");
        let later = requests_of(&app, &case);
        assert_eq!(
            later[0].recipients[0].sent[0].records[0].title,
            "выписка.png"
        );
        // A follow-up date gone by while it waits: how long.
        edit(
            &app,
            &r.id,
            "follow_up",
            &(today() - chrono::Days::new(12))
                .format("%Y-%m-%d")
                .to_string(),
        );
        assert_eq!(
            requests_of(&app, &case)[0].recipients[0].waiting_days,
            Some(12)
        );
        // The case list says whom the case waits on.
        assert_eq!(
            commands::list_cases(&app, crate::dto::CaseFilterDto::default()).unwrap_or_else(fail)
                [0]
            .waiting_requests,
            ["Centre Léon Bérard"]
        );
        // Today lists it, by the institution and the case, never by what was asked.
        let day = commands::today_view(&app, 50).unwrap_or_else(fail);
        assert_eq!(day.requests_due, 1);
        assert_eq!(
            (
                day.requests[0].title.as_str(),
                day.requests[0].case_name.as_str(),
                day.requests[0].overdue_days
            ),
            ("Centre Léon Bérard", "Иван Петров", 12)
        );
        // The board asks for more: a task to send it opens in the case, due today.
        let asked = set_recipient_status(
            &app,
            RecipientStatusDto {
                recipient: r.id.clone(),
                status: "information-requested".to_owned(),
                outcome: None,
            },
        )
        .unwrap_or_else(fail);
        assert_eq!(asked[0].recipients[0].status, "information-requested");
        let tasks: Vec<(String, String)> = commands::get_case_file(&app, case.clone())
            .unwrap_or_else(fail)
            .entities
            .iter()
            .filter(|e| e.kind == EntityKindDto::Task)
            .map(|e| {
                let value = |f: &str| {
                    e.fields
                        .get(f)
                        .and_then(|v| v.first())
                        .and_then(|v| v.value.clone())
                        .unwrap_or_default()
                };
                (value("title"), value("due"))
            })
            .collect();
        assert_eq!(
            tasks,
            [(
                "Send Centre Léon Bérard what it asked for".to_owned(),
                today().format("%Y-%m-%d").to_string()
            )]
        );
        // Answered is final; the opinion is attached as a record of the answer.
        edit(&app, &r.id, "answer", &record);
        let answered = set_recipient_status(
            &app,
            RecipientStatusDto {
                recipient: r.id.clone(),
                status: "answered".to_owned(),
                outcome: Some("Proton therapy advised".to_owned()),
            },
        )
        .unwrap_or_else(fail);
        assert_eq!(answered[0].recipients[0].outcome, "Proton therapy advised");
        assert_eq!(
            answered[0].recipients[0].answer,
            std::slice::from_ref(&record)
        );
        // Every status it took, in order, each by her.
        let history: Vec<(&str, bool)> = answered[0].recipients[0]
            .history
            .iter()
            .map(|h| (h.status.as_str(), h.by_me))
            .collect();
        assert_eq!(
            history,
            [
                ("draft", true),
                ("sent", true),
                ("information-requested", true),
                ("answered", true)
            ]
        );
        assert!(
            commands::list_cases(&app, crate::dto::CaseFilterDto::default()).unwrap_or_else(fail)
                [0]
            .waiting_requests
            .is_empty()
        );
        assert_eq!(answered[0].recipients[0].waiting_days, None);
        assert_eq!(
            commands::today_view(&app, 50)
                .unwrap_or_else(fail)
                .requests_due,
            0
        );
        assert_eq!(
            set_recipient_status(
                &app,
                RecipientStatusDto {
                    recipient: r.id.clone(),
                    status: "sent".to_owned(),
                    outcome: None,
                },
            )
            .err()
            .map(|e| e.code)
            .as_deref(),
            Some("request-status-refused")
        );
        // The institution leaves the directory: the request still names it, and says so.
        commands::delete_entity(&app, lyon).unwrap_or_else(fail);
        let gone = &requests_of(&app, &case)[0].recipients[0];
        assert_eq!(
            (gone.institution_name.as_str(), gone.in_directory),
            ("Centre Léon Bérard", false)
        );
    }

    fn directory_of(app: &App) -> DirectoryDto {
        directory(app, String::new()).unwrap_or_else(fail)
    }

    fn requests_of(app: &App, case: &str) -> Vec<RequestDto> {
        requests(app, case.to_owned()).unwrap_or_else(fail)
    }
}
