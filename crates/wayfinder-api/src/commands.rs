//! The commands the UI may call. Each takes and returns DTOs, and fails with `{code, message}`
//! in the user's language. They are the whole surface of the Rust side that the window sees.

use crate::App;
use crate::dto::{
    ActivityActionDto, ActivityDto, CaseFileDto, CaseFilterDto, CaseSummaryDto, CodeEntryDto,
    ConsentRowDto, ContactDto, ContentDto, EntityDto, EntityKindDto, ErrorDto, ExportedDto,
    FieldSpecDto, FieldValueDto, HighlightDto, ImportEventDto, ImportRequestDto, KindSpecDto,
    NewCaseDto, OptionDto, PreparedReportDto, RecordExportRequestDto, RecordViewDto,
    ReferenceLists, ReportRequestDto, SearchHitDto, SearchRequestDto, SettingsDto, StageChangeDto,
    StageDto, TaskRowDto, TodayDto, UnlockOutcome, VaultStatus, VersionDto,
};
use crate::error;
use crate::error::AppError;
use crate::record_export;
use crate::records;
use crate::reports;
use crate::session::Standing;
use crate::settings::{Contact, MAX_AUTO_LOCK_MINUTES, MIN_AUTO_LOCK_MINUTES};
use chrono::{DateTime, Local, NaiveDate, Utc};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use wayfinder_core::dates::{Due, consent_standing, due};
use wayfinder_core::error_codes::Coded;
use wayfinder_core::{
    CaseId, Child, Content, CountryCode, DateOfBirth, DomainError, EntityId, EntityKind, Field,
    FieldKind, LanguageCode, PersonName, Stage, parse_languages,
};
use wayfinder_i18n::Locale;
use wayfinder_merge::AuthorId;
use wayfinder_vault::{CaseFilter, CaseSummary, Head, OpenVault, Passphrase, VaultError};
use zeroize::Zeroize;

type Reply<T> = Result<T, ErrorDto>;

impl App {
    /// Any error, as the UI shows it: its code and its message in her language.
    pub fn error(&self, e: &(impl Coded + ?Sized)) -> ErrorDto {
        error::to_dto(e, &self.catalog, self.locale())
    }

    /// Runs `f` on the open vault, or fails with `vault-locked`.
    pub(crate) fn with_vault<T>(
        &self,
        f: impl FnOnce(&mut OpenVault) -> Result<T, VaultError>,
    ) -> Reply<T> {
        let mut session = self
            .session
            .lock()
            .map_err(|_| self.error(&AppError::StorageFailed))?;
        let vault = session
            .vault()
            .ok_or_else(|| self.error(&AppError::VaultLocked))?;
        f(vault).map_err(|e| self.error(&e))
    }

    /// The error of work that could not finish (a worker that died, a poisoned lock).
    pub fn storage_failed(&self) -> ErrorDto {
        self.error(&AppError::StorageFailed)
    }

    fn standing_dto(&self, standing: Standing) -> VaultStatus {
        match standing {
            Standing::NeedsSetup => VaultStatus::NeedsSetup,
            Standing::Unlocked => VaultStatus::Unlocked,
            Standing::Locked(reason) => VaultStatus::Locked {
                reason: reason.map(|e| self.error(&e)),
            },
            Standing::Unusable(e) => VaultStatus::Unusable {
                error: self.error(&e),
            },
        }
    }
}

/// Where the app stands; a locked vault is first tried with the keychain key.
pub fn vault_status(state: &App) -> Reply<VaultStatus> {
    let standing = state
        .session
        .lock()
        .map_err(|_| state.error(&AppError::StorageFailed))?
        .standing(true);
    Ok(state.standing_dto(standing))
}

/// A fresh recovery passphrase to offer on first start.
pub fn suggest_passphrase(state: &App) -> Reply<String> {
    Passphrase::generate()
        .map(|p| p.expose().to_owned())
        .map_err(|e| state.error(&e))
}

pub fn create_vault(state: &App, mut passphrase: String) -> Reply<UnlockOutcome> {
    let typed = Passphrase::new(&passphrase);
    passphrase.zeroize();
    let mut session = state
        .session
        .lock()
        .map_err(|_| state.error(&AppError::StorageFailed))?;
    let stored = session
        .create(&typed, Utc::now())
        .map_err(|e| state.error(&e))?;
    Ok(UnlockOutcome {
        keychain_stored: stored,
    })
}

pub fn unlock_with_keychain(state: &App) -> Reply<()> {
    let mut session = state
        .session
        .lock()
        .map_err(|_| state.error(&AppError::StorageFailed))?;
    session
        .unlock_with_keychain()
        .map_err(|e| state.error(&e))?;
    state.reader.wake();
    Ok(())
}

pub fn unlock_with_passphrase(state: &App, mut passphrase: String) -> Reply<UnlockOutcome> {
    let typed = Passphrase::new(&passphrase);
    passphrase.zeroize();
    let mut session = state
        .session
        .lock()
        .map_err(|_| state.error(&AppError::StorageFailed))?;
    let stored = session
        .unlock_with_passphrase(&typed)
        .map_err(|e| state.error(&e))?;
    state.reader.wake();
    Ok(UnlockOutcome {
        keychain_stored: stored,
    })
}

pub fn lock_vault(state: &App) -> Reply<()> {
    // The vault first, then what was open: the background reader, which takes up again
    // only while the vault is open, cannot slip in between.
    state
        .session
        .lock()
        .map_err(|_| state.error(&AppError::StorageFailed))?
        .lock();
    state.close_documents();
    Ok(())
}

/// The UI reports keyboard and pointer activity (at most every few seconds) so that the vault
/// does not lock under a user who is reading.
pub fn record_activity(state: &App) -> Reply<()> {
    state
        .session
        .lock()
        .map_err(|_| state.error(&AppError::StorageFailed))?
        .touch();
    Ok(())
}

pub fn get_settings(state: &App) -> Reply<SettingsDto> {
    let settings = state
        .settings
        .lock()
        .map_err(|_| state.error(&AppError::StorageFailed))?;
    Ok(SettingsDto {
        language: settings.locale.tag().to_owned(),
        auto_lock_minutes: settings.auto_lock_minutes,
        contact: ContactDto {
            name: settings.contact.name.clone(),
            organisation: settings.contact.organisation.clone(),
            email: settings.contact.email.clone(),
            phone: settings.contact.phone.clone(),
        },
    })
}

/// Her contact details as typed, each checked like the case file's fields of its kind; an
/// empty one is simply not printed.
fn parse_contact(contact: &ContactDto) -> Result<Contact, DomainError> {
    let check = |kind: FieldKind, input: &str| -> Result<String, DomainError> {
        if input.trim().is_empty() {
            return Ok(String::new());
        }
        let field = Field {
            name: "contact",
            kind,
            required: false,
        };
        wayfinder_core::schema::parse_value(&field, input, today())
    };
    let text = FieldKind::Text { max_chars: 200 };
    Ok(Contact {
        name: check(text, &contact.name)?,
        organisation: check(text, &contact.organisation)?,
        email: check(FieldKind::Email, &contact.email)?,
        phone: check(FieldKind::Phone, &contact.phone)?,
    })
}

pub fn update_settings(state: &App, settings: SettingsDto) -> Reply<SettingsDto> {
    let locale = Locale::from_tag(&settings.language)
        .ok_or_else(|| state.error(&AppError::InvalidRequest))?;
    if !(MIN_AUTO_LOCK_MINUTES..=MAX_AUTO_LOCK_MINUTES).contains(&settings.auto_lock_minutes) {
        return Err(state.error(&AppError::InvalidRequest));
    }
    let contact = parse_contact(&settings.contact).map_err(|e| state.error(&e))?;
    let mut current = state
        .settings
        .lock()
        .map_err(|_| state.error(&AppError::StorageFailed))?;
    current.locale = locale;
    current.auto_lock_minutes = settings.auto_lock_minutes;
    current.contact = contact;
    let saved = current.save(&state.settings_path);
    drop(current);
    saved.map_err(|e| state.error(&VaultError::from(e)))?;
    get_settings(state)
}

fn random_tail() -> Result<[u8; 10], VaultError> {
    let mut tail = [0u8; 10];
    wayfinder_vault::keys::random_bytes(&mut tail)?;
    Ok(tail)
}

pub(crate) fn today() -> NaiveDate {
    Local::now().date_naive()
}

fn parse_child(new_case: &NewCaseDto) -> Result<Child, DomainError> {
    Ok(Child {
        name: PersonName::parse(&new_case.child_name)?,
        date_of_birth: DateOfBirth::parse(&new_case.date_of_birth, today())?,
        country: CountryCode::parse(&new_case.country).ok_or(DomainError::CountryUnknown)?,
        languages: parse_languages(new_case.languages.iter().map(String::as_str))?,
    })
}

pub(crate) fn id_text(bytes: [u8; 16]) -> String {
    EntityId::from_bytes(bytes).to_string()
}

pub(crate) fn time_text(millis: u64) -> String {
    DateTime::<Utc>::from_timestamp_millis(i64::try_from(millis).unwrap_or(0))
        .unwrap_or_default()
        .to_rfc3339()
}

/// Who wrote something: the name the team's roster gives the author, or a short, stable form
/// of the author's id for someone the roster does not name (an author before she joined).
pub(crate) fn author_text(names: &BTreeMap<[u8; 16], String>, author: AuthorId) -> String {
    names
        .get(&author.0)
        .cloned()
        .unwrap_or_else(|| author.0[..4].iter().map(|b| format!("{b:02x}")).collect())
}

/// The names of the roster's members, by member id (an author's id is her member id).
pub(crate) fn author_names(vault: &OpenVault) -> Result<BTreeMap<[u8; 16], String>, VaultError> {
    Ok(vault
        .roster()?
        .map(|r| {
            r.members
                .into_iter()
                .map(|m| (m.identity.member.0, m.name))
                .collect()
        })
        .unwrap_or_default())
}

fn summary_dto(s: &CaseSummary) -> CaseSummaryDto {
    CaseSummaryDto {
        id: s.id.to_string(),
        name: s.name.clone(),
        stage: Stage::parse(&s.stage).map(StageDto::from),
        country: s.country.clone(),
        assignee: s.assignee.clone(),
        waiting_on: s.waiting_on.clone(),
        date_of_birth: s.date_of_birth.clone(),
        updated_at: time_text(s.updated_millis),
        conflicts: s.conflicts,
        next_due: Some(s.next_due.clone()).filter(|d| !d.is_empty()),
        overdue: s.overdue,
        waiting_since: s.waiting_since_millis.map(time_text),
        waiting_requests: s.waiting_requests.clone(),
    }
}

fn case_file_dto(vault: &OpenVault, id: CaseId) -> Result<CaseFileDto, VaultError> {
    let me = vault.author()?;
    let names = author_names(vault)?;
    let version = |kind: EntityKind, field: &str, h: &Head| VersionDto {
        value: h.value.clone(),
        codes: match kind.fields().iter().find(|f| f.name == field) {
            Some(Field {
                kind: FieldKind::Languages,
                ..
            }) => h
                .value
                .as_deref()
                .map(wayfinder_core::schema::split_codes)
                .unwrap_or_default(),
            _ => Vec::new(),
        },
        author: author_text(&names, h.author),
        by_me: h.author == me,
        at: time_text(h.time.millis),
    };
    let entities: Vec<EntityDto> = vault
        .case_file(id)?
        .iter()
        .map(|e| EntityDto {
            id: id_text(e.id),
            kind: e.kind.into(),
            created_at: time_text(e.created_millis),
            fields: e
                .fields
                .iter()
                .map(|(f, heads)| {
                    let versions = heads.iter().map(|h| version(e.kind, f, h)).collect();
                    (f.clone(), versions)
                })
                .collect(),
            deletion: e.deletion_conflict.as_ref().map(|h| version(e.kind, "", h)),
            content: (e.kind == EntityKind::Record)
                .then(|| e.value("content").and_then(Content::parse))
                .flatten()
                .map(|c| ContentDto {
                    media: c.media.into(),
                    size: c.size,
                    pages: c.pages,
                    enclosable: reports::packet_media(c.media).is_some(),
                    reading: vault
                        .reading_progress(&c.hash)
                        .ok()
                        .filter(|p| p.total > 0)
                        .map(|p| crate::dto::ReadingProgressDto {
                            done: p.done,
                            total: p.total,
                            failed: p.failed,
                            poor: p.poor,
                        }),
                }),
            standing: (e.kind == EntityKind::Consent).then(|| {
                let until = e
                    .value("until")
                    .and_then(|d| wayfinder_core::schema::parse_date(d).ok());
                consent_standing(until, today()).into()
            }),
        })
        .collect();
    let stage = vault
        .case_file(id)?
        .first()
        .and_then(|c| c.value("stage").and_then(Stage::parse));
    let stage_history = vault
        .stage_history(id)?
        .into_iter()
        .filter_map(|(time, author, value)| {
            Some(StageChangeDto {
                stage: Stage::parse(&value?)?.into(),
                at: time_text(time.millis),
                author: author_text(&names, author),
                by_me: author == me,
            })
        })
        .collect();
    let activity = vault
        .activity(id, ACTIVITY_SHOWN)?
        .into_iter()
        .map(|a| {
            let making = a.field == wayfinder_vault::oplog::KIND_FIELD;
            ActivityDto {
                at: time_text(a.time.millis),
                author: author_text(&names, a.author),
                by_me: a.author == me,
                kind: a.kind.map(EntityKindDto::from),
                entity: id_text(a.entity),
                field: if making { String::new() } else { a.field },
                action: match (making, a.cleared) {
                    (true, false) => ActivityActionDto::Made,
                    (true, true) => ActivityActionDto::Deleted,
                    (false, false) => ActivityActionDto::Changed,
                    (false, true) => ActivityActionDto::Emptied,
                },
            }
        })
        .collect();
    Ok(CaseFileDto {
        id: id.to_string(),
        entities,
        activity,
        stage_history,
        stage_moves: stage
            .map(|s| s.moves().iter().map(|m| StageDto::from(*m)).collect())
            .unwrap_or_default(),
        can_undo: vault.can_undo(),
        read_only: vault
            .kinds_read_only()?
            .into_iter()
            .map(EntityKindDto::from)
            .collect(),
    })
}

/// How many of a case's latest changes its activity shows.
const ACTIVITY_SHOWN: u32 = 50;

/// A case's id as the UI sent it; any other text is a request the app should not have sent.
pub(crate) fn parse_id(state: &App, id: &str) -> Reply<CaseId> {
    id.parse()
        .map_err(|_| state.error(&AppError::InvalidRequest))
}

/// An entity's (or a record's) id as the UI sent it.
pub(crate) fn parse_entity(state: &App, id: &str) -> Reply<[u8; 16]> {
    id.parse::<EntityId>()
        .map(EntityId::into_bytes)
        .map_err(|_| state.error(&AppError::InvalidRequest))
}

fn filter_value(value: &Option<String>) -> Option<String> {
    value
        .as_ref()
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

pub fn list_cases(state: &App, filter: CaseFilterDto) -> Reply<Vec<CaseSummaryDto>> {
    let filter = CaseFilter {
        stage: filter.stage.map(|s| Stage::from(s).as_str().to_owned()),
        country: filter_value(&filter.country),
        assignee: filter_value(&filter.assignee),
        name: filter_value(&filter.name),
        limit: None,
        today: Some(chrono::Local::now().date_naive()),
    };
    state.with_vault(|vault| Ok(vault.list_cases(&filter)?.iter().map(summary_dto).collect()))
}

/// Opens a new case and returns its id.
pub fn create_case(state: &App, new_case: NewCaseDto) -> Reply<String> {
    let child = parse_child(&new_case).map_err(|e| state.error(&e))?;
    state.with_vault(|vault| {
        let now = Utc::now();
        let id = CaseId::new(now, random_tail()?);
        vault.create_case(id, &child, now)?;
        Ok(id.to_string())
    })
}

pub fn get_case_file(state: &App, id: String) -> Reply<CaseFileDto> {
    let id = parse_id(state, &id)?;
    state.with_vault(|vault| {
        let file = case_file_dto(vault, id)?;
        crate::audit::note_opening(
            state,
            vault,
            id,
            wayfinder_sync::audit::AuditAction::CaseOpened,
            *id.as_bytes(),
        )?;
        Ok(file)
    })
}

/// Sets one field (`null` clears it) and returns the case file as it now stands.
pub fn edit_field(
    state: &App,
    entity: String,
    field: String,
    value: Option<FieldValueDto>,
) -> Reply<CaseFileDto> {
    let entity = parse_entity(state, &entity)?;
    let value = value.map(|v| v.stored());
    state.with_vault(|vault| {
        vault.edit_field(entity, &field, value.as_deref(), Utc::now(), today())?;
        let (case, _) = vault.entity_case(entity)?;
        case_file_dto(vault, case)
    })
}

/// The entities `ids` name, all of one case (a list on one case's screen): that case and
/// their ids. Entities of several cases are refused.
fn entities_of_one_case(
    state: &App,
    vault: &OpenVault,
    ids: &[String],
) -> Result<(CaseId, Vec<[u8; 16]>), ErrorDto> {
    let mut case = None;
    let mut entities = Vec::with_capacity(ids.len());
    for id in ids {
        let entity = parse_entity(state, id)?;
        let (of, _) = vault.entity_case(entity).map_err(|e| state.error(&e))?;
        if case.is_some_and(|c| c != of) {
            return Err(state.error(&AppError::InvalidRequest));
        }
        case = Some(of);
        entities.push(entity);
    }
    let case = case.ok_or_else(|| state.error(&AppError::InvalidRequest))?;
    Ok((case, entities))
}

/// Sets the same field of several entities of a case (records she ticked) as one edit that
/// one undo takes back.
pub fn edit_fields(
    state: &App,
    entities: Vec<String>,
    field: String,
    value: Option<FieldValueDto>,
) -> Reply<CaseFileDto> {
    let value = value.map(|v| v.stored());
    state.with_vault(|vault| {
        let (case, ids) = match entities_of_one_case(state, vault, &entities) {
            Ok(found) => found,
            Err(e) => return Ok(Err(e)),
        };
        vault.edit_fields(&ids, &field, value.as_deref(), Utc::now(), today())?;
        case_file_dto(vault, case).map(Ok)
    })?
}

/// Deletes several entities of a case as one edit that one undo brings back.
pub fn delete_entities(state: &App, entities: Vec<String>) -> Reply<CaseFileDto> {
    state.with_vault(|vault| {
        let (case, ids) = match entities_of_one_case(state, vault, &entities) {
            Ok(found) => found,
            Err(e) => return Ok(Err(e)),
        };
        vault.delete_entities(&ids, Utc::now())?;
        case_file_dto(vault, case).map(Ok)
    })?
}

/// Adds a contact, treatment, question, consent, task or note to a case.
pub fn add_entity(
    state: &App,
    case_id: String,
    kind: EntityKindDto,
    values: BTreeMap<String, String>,
) -> Reply<CaseFileDto> {
    let case = parse_id(state, &case_id)?;
    let kind = EntityKind::from(kind);
    let values: Vec<(&str, &str)> = values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    state.with_vault(|vault| {
        vault.add_entity(case, kind, &values, Utc::now(), today())?;
        case_file_dto(vault, case)
    })
}

pub fn delete_entity(state: &App, entity: String) -> Reply<CaseFileDto> {
    let entity = parse_entity(state, &entity)?;
    state.with_vault(|vault| {
        let (case, _) = vault.entity_case(entity)?;
        vault.delete_entity(entity, Utc::now())?;
        case_file_dto(vault, case)
    })
}

/// Settles a deletion that met a concurrent edit: keep the entity, or let the deletion stand.
pub fn settle_deletion(state: &App, entity: String, keep: bool) -> Reply<CaseFileDto> {
    let entity = parse_entity(state, &entity)?;
    state.with_vault(|vault| {
        let (case, _) = vault.entity_case(entity)?;
        vault.settle_deletion(entity, keep, Utc::now())?;
        case_file_dto(vault, case)
    })
}

/// Takes back the latest edit of this session; returns the id of the case it touched, if any.
pub fn undo(state: &App) -> Reply<Option<String>> {
    state.with_vault(|vault| Ok(vault.undo(Utc::now())?.map(|case| case.to_string())))
}

pub fn today_view(state: &App, task_limit: u32) -> Reply<TodayDto> {
    let date = today();
    state.with_vault(|vault| {
        let view = vault.today(date, task_limit)?;
        let days = |iso: &str| {
            wayfinder_core::schema::parse_date(iso)
                .map(|d| i32::try_from((d - date).num_days()).unwrap_or(i32::MAX))
                .unwrap_or(0)
        };
        let overdue =
            |iso: &str| match wayfinder_core::schema::parse_date(iso).map(|d| due(d, date)) {
                Ok(Due::Overdue(n)) => i32::try_from(n).unwrap_or(i32::MAX),
                _ => 0,
            };
        // A task or a travel item due: the same row.
        let task_dto = |t: &wayfinder_vault::TaskRow| TaskRowDto {
            id: id_text(t.id),
            case_id: t.case.to_string(),
            case_name: t.case_name.clone(),
            title: t.title.clone(),
            due: t.due.clone(),
            assignee: t.assignee.clone(),
            overdue_days: overdue(&t.due),
        };
        Ok(TodayDto {
            tasks_due: u32::try_from(view.tasks_due).unwrap_or(u32::MAX),
            tasks: view.tasks.iter().map(task_dto).collect(),
            travel: view.travel.iter().map(task_dto).collect(),
            travel_due: u32::try_from(view.travel_due).unwrap_or(u32::MAX),
            requests: view.requests.iter().map(task_dto).collect(),
            requests_due: u32::try_from(view.requests_due).unwrap_or(u32::MAX),
            waiting: view.waiting.iter().map(summary_dto).collect(),
            translations: crate::translation::translation_rows(vault)?
                .into_iter()
                .filter(|row| row.status != "done")
                .take(task_limit as usize)
                .collect(),
            consents: view
                .consents
                .iter()
                .map(|c| ConsentRowDto {
                    id: id_text(c.id),
                    case_id: c.case.to_string(),
                    case_name: c.case_name.clone(),
                    what: c.what.clone(),
                    recipient: c.recipient.clone(),
                    until: c.until.clone(),
                    days_left: days(&c.until),
                })
                .collect(),
        })
    })
}

/// Imports files and folders into a case in the background; `on_event` hears its progress.
pub fn import_records(
    state: &Arc<App>,
    request: ImportRequestDto,
    on_event: impl Fn(ImportEventDto) + Send + 'static,
) -> Reply<()> {
    if !state
        .session
        .lock()
        .map(|s| s.is_unlocked())
        .unwrap_or(false)
    {
        return Err(state.error(&AppError::VaultLocked));
    }
    records::start_import(state, request, on_event)
}

/// Stops the running import after the item it is on; what was imported stays.
pub fn cancel_import(state: &App) -> Reply<()> {
    state
        .cancel_import
        .store(true, std::sync::atomic::Ordering::SeqCst);
    Ok(())
}

impl App {
    /// Runs `f` on the viewer and the open vault, or fails with `vault-locked`.
    pub(crate) fn with_viewer<T>(
        &self,
        f: impl FnOnce(&mut records::Viewer, &mut OpenVault) -> Result<T, records::ViewError>,
    ) -> Reply<T> {
        let mut session = self
            .session
            .lock()
            .map_err(|_| self.error(&AppError::StorageFailed))?;
        let vault = session
            .vault()
            .ok_or_else(|| self.error(&AppError::VaultLocked))?;
        let mut viewer = self
            .viewer
            .lock()
            .map_err(|_| self.error(&AppError::StorageFailed))?;
        f(&mut viewer, vault).map_err(|e| self.error(&e))
    }
}

pub fn get_record(state: &App, record: String) -> Reply<RecordViewDto> {
    let record = parse_entity(state, &record)?;
    let view = state.with_viewer(|viewer, vault| records::record_view(viewer, vault, record))?;
    state.with_vault(|vault| {
        let (case, _) = vault.entity_case(record)?;
        crate::audit::note_opening(
            state,
            vault,
            case,
            wayfinder_sync::audit::AuditAction::RecordViewed,
            record,
        )
    })?;
    Ok(view)
}

/// A case's audit log, checked.
pub fn case_audit(state: &App, case_id: String) -> Reply<crate::dto::CaseAuditDto> {
    crate::audit::case_audit(state, case_id)
}

/// A page of a record as PNG bytes (an `ArrayBuffer` in the UI), rendered in memory.
pub fn record_page(
    state: &App,
    record: String,
    page: u32,
    width: u32,
    window: Option<(f64, f64)>,
) -> Reply<Vec<u8>> {
    let record = parse_entity(state, &record)?;
    state.with_viewer(|viewer, vault| {
        records::record_page(viewer, vault, record, page, width, window)
    })
}

pub fn record_highlights(
    state: &App,
    record: String,
    page: u32,
    query: String,
) -> Reply<Vec<HighlightDto>> {
    let record = parse_entity(state, &record)?;
    state.with_viewer(|viewer, vault| records::highlights(viewer, vault, record, page, &query))
}

/// What the text reader read on a page of a record: its lines for the viewer's text layer,
/// its confidence, or why it could not be read.
pub fn page_reading(state: &App, record: String, page: u32) -> Reply<crate::dto::PageReadingDto> {
    let record = parse_entity(state, &record)?;
    crate::reading::page_reading(state, record, page)
}

/// Her text of a page of a record, typed in place of what was read on the scan (or the
/// version she keeps of two typed on two laptops): an edit of the case like any other.
pub fn set_page_text(
    state: &App,
    record: String,
    page: u32,
    text: String,
) -> Reply<crate::dto::PageReadingDto> {
    let entity = parse_entity(state, &record)?;
    state.with_vault(|vault| {
        vault
            .set_page_text(entity, page, &text, Utc::now(), today())
            .map(|_| ())
    })?;
    crate::reading::page_reading(state, entity, page)
}

/// Reads a page of a scan again (after she installed a language, or when the reader failed).
pub fn read_page_again(
    state: &App,
    record: String,
    page: u32,
) -> Reply<crate::dto::PageReadingDto> {
    let record = parse_entity(state, &record)?;
    crate::reading::read_again(state, record, page)
}

/// Where the background reading of scans stands.
pub fn reading_status(state: &App) -> Reply<crate::dto::ReadingEventDto> {
    Ok(state.reading_status())
}

/// Searches every record's pages and every typed field, in everything, a case or a record.
pub fn search(state: &App, request: SearchRequestDto) -> Reply<Vec<SearchHitDto>> {
    state.with_vault(|vault| records::search(vault, &request))
}

/// The message id of a label: dots and underscores of the schema's names become hyphens.
fn label(parts: &[&str]) -> String {
    parts.join("-").replace(['.', '_'], "-")
}

fn field_spec(kind: EntityKind, field: &Field) -> FieldSpecDto {
    let (input, options, option_group): (&str, &[&str], &str) = match field.kind {
        FieldKind::Name => ("name", &[], ""),
        FieldKind::Text { max_chars } if max_chars <= 200 => ("text", &[], ""),
        FieldKind::Text { .. } => ("long-text", &[], ""),
        FieldKind::BirthDate => ("birth-date", &[], ""),
        FieldKind::Date => ("date", &[], ""),
        FieldKind::Country => ("country", &[], ""),
        FieldKind::Language => ("language", &[], ""),
        FieldKind::Languages => ("languages", &[], ""),
        FieldKind::Stage => ("stage", &[], ""),
        FieldKind::Sex => ("choice", wayfinder_core::schema::SEXES, "sex"),
        FieldKind::Channel => ("choice", wayfinder_core::schema::CHANNELS, "channel"),
        FieldKind::Email => ("email", &[], ""),
        FieldKind::Phone => ("phone", &[], ""),
        FieldKind::Icd10 | FieldKind::Topography | FieldKind::Morphology => ("code", &[], ""),
        FieldKind::Bool => ("bool", &[], ""),
        FieldKind::Category => (
            "choice",
            wayfinder_core::schema::RECORD_CATEGORIES,
            "category",
        ),
        FieldKind::Content => ("content", &[], ""),
        FieldKind::Disclosure => ("choice", wayfinder_core::schema::DISCLOSURES, "identity"),
        FieldKind::Report => ("choice", wayfinder_core::schema::REPORTS, "report"),
        // Which entity and page, and where on it: set by the screen that makes the entity.
        FieldKind::Ref(_) => ("ref", &[], ""),
        FieldKind::Page => ("page", &[], ""),
        FieldKind::Region => ("region", &[], ""),
        FieldKind::TranslationStatus => (
            "choice",
            wayfinder_core::schema::TRANSLATION_STATUSES,
            "translation-status",
        ),
        FieldKind::UnitState => ("choice", wayfinder_core::schema::UNIT_STATES, "unit-state"),
        FieldKind::TravelRule => ("travel-rule", &[], ""),
        FieldKind::Refs(_) => ("refs", &[], ""),
        FieldKind::LocalTime => ("local-time", &[], ""),
        FieldKind::TimeZone => ("time-zone", &[], ""),
        FieldKind::Leg => ("choice", wayfinder_core::schema::LEGS, "leg"),
        FieldKind::TravellerRole => (
            "choice",
            wayfinder_core::schema::TRAVELLER_ROLES,
            "traveller-role",
        ),
        FieldKind::Months => ("months", &[], ""),
        FieldKind::Days => ("days", &[], ""),
        FieldKind::Choice { options, labels } => ("choice", options, labels),
        FieldKind::RequestStatus => (
            "choice",
            wayfinder_core::coordination::STATUSES,
            "request-status",
        ),
        // Set by the screens that make them: which institution, what was sent.
        FieldKind::TeamRef(_) => ("ref", &[], ""),
        FieldKind::Packet => ("packet", &[], ""),
    };
    FieldSpecDto {
        name: field.name.to_owned(),
        input: input.to_owned(),
        required: field.required,
        label: label(&["field", kind.as_str(), field.name]),
        options: options
            .iter()
            .map(|o| OptionDto {
                value: (*o).to_owned(),
                label: label(&["option", option_group, o]),
            })
            .collect(),
        picker: (field.kind == FieldKind::Icd10).then(|| "icd10".to_owned()),
    }
}

/// ICD-10-CM entries for what she typed in a diagnosis code: codes that begin with it, then
/// titles that hold every word.
pub fn search_icd10(query: String) -> Vec<CodeEntryDto> {
    wayfinder_core::icd10::search(&query, 12)
        .into_iter()
        .map(|e| CodeEntryDto {
            code: e.code.to_owned(),
            title: e.title.to_owned(),
        })
        .collect()
}

/// The codes the pickers offer and the shape of the case file's forms.
pub fn reference_lists() -> ReferenceLists {
    ReferenceLists {
        countries: CountryCode::all().map(|c| c.as_str().to_owned()).collect(),
        languages: LanguageCode::all().map(|l| l.as_str().to_owned()).collect(),
        stages: Stage::ALL
            .iter()
            .map(|s| OptionDto {
                value: s.as_str().to_owned(),
                label: label(&["stage", s.as_str()]),
            })
            .collect(),
        // A case's kinds: the team-wide scope's have screens of their own.
        kinds: EntityKind::ALL
            .iter()
            .filter(|k| k.scope_root() == EntityKind::Case)
            .map(|k| KindSpecDto {
                kind: (*k).into(),
                title: label(&["kind", k.as_str(), "title"]),
                add_label: label(&["kind", k.as_str(), "add"]),
                fields: k.fields().iter().map(|f| field_spec(*k, f)).collect(),
            })
            .collect(),
    }
}

/// Prepares a case summary or a review packet in memory for the preview. Laying out a long
/// packet takes a while: the shell runs this away from the window's thread.
pub fn prepare_report(state: &App, request: ReportRequestDto) -> Reply<PreparedReportDto> {
    reports::prepare(state, &request).map_err(|e| state.error(&e))
}

/// A page of the prepared report as PNG bytes, rendered by PDFium in memory.
pub fn report_page(state: &App, page: u32, width: u32) -> Reply<Vec<u8>> {
    reports::page(state, page, width).map_err(|e| state.error(&e))
}

/// What the save dialog offers for the prepared report: its title and a file name.
pub fn report_save_offer(state: &App) -> Reply<(String, String)> {
    let name = reports::suggested_name(state).map_err(|e| state.error(&e))?;
    let title = state
        .catalog
        .message(state.locale(), "reports-save-title", &[]);
    Ok((title, name))
}

/// Writes the prepared report whole to the path she chose and notes the export in the case.
pub fn export_report(state: &App, path: PathBuf) -> Reply<ExportedDto> {
    reports::export(state, path).map_err(|e| state.error(&e))
}

/// Checks that a record may go to its recipient on its own, and gives what the save dialog
/// offers: its title and a name.
pub fn record_export_offer(
    state: &App,
    request: &RecordExportRequestDto,
) -> Reply<(String, String)> {
    record_export::offer(state, request).map_err(|e| state.error(&e))
}

/// Writes a record's original (a study as a folder of its files) where she chose and notes the
/// export in its case.
pub fn export_record(
    state: &App,
    request: &RecordExportRequestDto,
    path: PathBuf,
) -> Reply<ExportedDto> {
    record_export::export(state, request, path).map_err(|e| state.error(&e))
}

/// Forgets the prepared report (the preview was closed).
pub fn discard_report(state: &App) -> Reply<()> {
    if let Ok(mut reports) = state.reports.lock() {
        reports.discard();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dto::ConsentStandingDto;
    use wayfinder_i18n::Catalog;

    /// Regression: the UI parsed the stored "<media> <size> <pages> <hash>" text itself, and
    /// judged a consent expired by UTC's date while Rust used the laptop's.
    #[test]
    fn the_case_file_says_what_a_record_is_and_where_a_consent_stands() {
        let (_tmp, _path, _dir, mut vault, _vk) = wayfinder_testkit::new_vault();
        let now = Utc::now();
        let case = CaseId::new(now, wayfinder_testkit::random_tail());
        vault
            .create_case(case, &wayfinder_testkit::child("Layla Haddad"), now)
            .unwrap_or_else(|e| panic!("{e}"));
        let day = |offset: i64| (today() + chrono::Duration::days(offset)).to_string();
        for (what, until) in [
            ("ended", day(-1)),
            ("ending", day(3)),
            ("open", String::new()),
        ] {
            let mut values = vec![("what", what), ("recipient", "Lyon tumour board")];
            if !until.is_empty() {
                values.push(("until", until.as_str()));
            }
            vault
                .add_entity(case, EntityKind::Consent, &values, now, today())
                .unwrap_or_else(|e| panic!("{e}"));
        }
        let file = vault
            .seal_original(&mut &b"%PDF-1.4 not much of a PDF"[..])
            .unwrap_or_else(|e| panic!("{e}"));
        let content = Content {
            media: wayfinder_core::Media::Dicom,
            size: 26,
            pages: 31,
            hash: [7; 32],
        };
        let record = wayfinder_vault::NewRecord {
            title: "CT 2004-01-19",
            category: "imaging",
            date: None,
            institution: None,
            language: None,
            content,
            secret: None,
            pages: &[],
        };
        vault
            .add_record(case, file, &record, now, today())
            .unwrap_or_else(|e| panic!("{e}"));
        let dto = case_file_dto(&vault, case).unwrap_or_else(|e| panic!("{e}"));
        let standing = |what: &str| {
            dto.entities
                .iter()
                .find(|e| e.fields.get("what").and_then(|v| v[0].value.as_deref()) == Some(what))
                .and_then(|e| e.standing.clone())
        };
        assert_eq!(standing("ended"), Some(ConsentStandingDto::Expired));
        assert_eq!(
            standing("ending"),
            Some(ConsentStandingDto::Ending { days_left: 3 })
        );
        assert_eq!(standing("open"), Some(ConsentStandingDto::Valid));
        let record = dto
            .entities
            .iter()
            .find(|e| e.kind == EntityKindDto::Record)
            .unwrap_or_else(|| panic!("no record"));
        assert_eq!(
            record.content,
            Some(ContentDto {
                media: crate::dto::MediaDto::Dicom,
                size: 26,
                pages: 31,
                enclosable: false,
                reading: None,
            })
        );
        assert!(dto.entities[0].content.is_none() && dto.entities[0].standing.is_none());
    }

    #[test]
    fn every_label_the_forms_use_exists_in_every_language() {
        let catalog = Catalog::new().unwrap_or_else(|e| panic!("{e}"));
        let lists = reference_lists();
        let mut ids: Vec<String> = lists.stages.iter().map(|s| s.label.clone()).collect();
        for kind in &lists.kinds {
            if kind.kind != EntityKindDto::Case {
                ids.push(kind.title.clone());
                ids.push(kind.add_label.clone());
            }
            for field in &kind.fields {
                ids.push(field.label.clone());
                ids.extend(field.options.iter().map(|o| o.label.clone()));
            }
        }
        assert!(
            ids.contains(&"field-case-child-date-of-birth".to_owned()),
            "{ids:?}"
        );
        assert!(
            ids.contains(&"option-channel-in-person".to_owned()),
            "{ids:?}"
        );
        for locale in Locale::ALL {
            let missing: Vec<&String> = ids.iter().filter(|id| !catalog.has(locale, id)).collect();
            assert!(missing.is_empty(), "{locale} lacks {missing:?}");
        }
    }
}
