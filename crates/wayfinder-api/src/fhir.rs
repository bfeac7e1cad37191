//! A case out as an HL7 FHIR R4 Bundle, saved where she chooses and noted in the case like any
//! report (to whom, under which consent, the file's SHA-256); and a hospital's Bundle in,
//! previewed first, then made a new case, or merged into an open one once she confirms the
//! child is the same. Every value read is checked as if she had typed it; what has no place in
//! a case is listed and kept with it as notes, never dropped.

use crate::App;
use crate::commands::today;
use crate::dto::{
    ExportedDto, FhirChildDto, FhirExportRequestDto, FhirImportedDto, FhirKeptDto, FhirPreviewDto,
};
use crate::error::AppError;
use crate::record_export::original;
use crate::reports::{
    ReportFailure, in_conflict, note_export, recipient_under, with_vault, write_whole,
};
use chrono::Utc;
use sha2::Digest;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use wayfinder_core::CaseId;
use wayfinder_core::schema::{Content, EntityKind, parse_value};
use wayfinder_fhir::{CaseEntity, Choice, Incoming, IncomingEntity, Kept, Original};
use wayfinder_records::{Choices, Importer, InMemory, Item, Outcome};
use wayfinder_vault::{CaseParts, EntityView, NewRecord};
use zeroize::Zeroizing;

type Reply<T> = Result<T, crate::dto::ErrorDto>;

/// A Bundle larger than this is refused unread: records travel in it in base64.
const MAX_FILE: u64 = 512 * 1024 * 1024;

/// A note holds at most this many characters (the schema's limit for long text).
const NOTE_CHARS: usize = 20_000;

/// The case's child fields a new case needs.
const CHILD_REQUIRED: [&str; 4] = [
    "child.name",
    "child.date_of_birth",
    "child.country",
    "child.languages",
];

fn case_of(state: &App, id: &str) -> Reply<CaseId> {
    id.parse()
        .map_err(|_| state.error(&AppError::InvalidRequest))
}

/// A case's entities as the Bundle reads them: each field's single value.
fn entities(file: &[EntityView]) -> Vec<CaseEntity> {
    file.iter()
        .map(|e| CaseEntity {
            id: e.id,
            kind: e.kind,
            created_millis: e.created_millis,
            fields: e
                .fields
                .keys()
                .filter_map(|k| e.value(k).map(|v| (k.clone(), v.to_owned())))
                .collect(),
        })
        .collect()
}

/// The kinds a Bundle carries, whose fields must not be in conflict when it is made: what two
/// members wrote at once is settled by a person before it leaves.
const EXPORTED: [EntityKind; 7] = [
    EntityKind::Case,
    EntityKind::Contact,
    EntityKind::Treatment,
    EntityKind::Record,
    EntityKind::Consent,
    EntityKind::Request,
    EntityKind::Communication,
];

/// Checks the case can go to the recipient and gives the save dialog's title and a name (the
/// date, never the child's name: file dialogs remember what they saved).
pub fn export_offer(state: &App, request: &FhirExportRequestDto) -> Reply<(String, String)> {
    check(state, request).map_err(|e| state.error(&e))?;
    Ok((
        state
            .catalog
            .message(state.locale(), "fhir-export-save-title", &[]),
        format!("case-{}.fhir.json", today()),
    ))
}

fn check(
    state: &App,
    request: &FhirExportRequestDto,
) -> Result<
    (
        CaseId,
        Vec<EntityView>,
        String,
        wayfinder_core::disclosure::Disclosure,
    ),
    ReportFailure,
> {
    let case: CaseId = request
        .case_id
        .parse()
        .map_err(|_| ReportFailure::Refused(AppError::InvalidRequest))?;
    let consent = request
        .consent_id
        .as_deref()
        .map(crate::reports::parse_id)
        .transpose()?;
    with_vault(state, |vault| {
        let file = vault.case_file(case)?;
        let names: Vec<&str> = Vec::new();
        if file.iter().filter(|e| EXPORTED.contains(&e.kind)).any(|e| {
            let fields: Vec<&str> = e.fields.keys().map(String::as_str).collect();
            in_conflict(e, if fields.is_empty() { &names } else { &fields })
        }) {
            return Err(ReportFailure::Refused(AppError::ReportConflict));
        }
        let (recipient, disclosure) = recipient_under(&file, consent, &request.recipient, today())?;
        Ok((case, file, recipient, disclosure))
    })
}

/// Writes the case's Bundle to `path` (`.json` added if she left it off) and notes the export.
/// Either both happen or neither.
pub fn export_fhir(
    state: &App,
    request: &FhirExportRequestDto,
    path: PathBuf,
) -> Reply<ExportedDto> {
    export_inner(state, request, path).map_err(|e| state.error(&e))
}

fn export_inner(
    state: &App,
    request: &FhirExportRequestDto,
    path: PathBuf,
) -> Result<ExportedDto, ReportFailure> {
    let (case, file, recipient, disclosure) = check(state, request)?;
    let path = crate::interchange::with_extension(path, "json");
    let case_entities = entities(&file);
    let bytes = with_vault(state, |vault| {
        let mut failure = None;
        let exported = wayfinder_fhir::export(
            &case_entities,
            &mut |entity| {
                let content = entity
                    .fields
                    .get("content")
                    .and_then(|c| Content::parse(c))?;
                match original(state, vault, entity.id) {
                    Ok(bytes) => Some(Original {
                        media: content.media,
                        bytes,
                    }),
                    Err(e) => {
                        failure.get_or_insert(e);
                        None
                    }
                }
            },
            &Choice {
                disclosure,
                originals: request.originals,
                now: Utc::now(),
            },
        );
        if let Some(e) = failure {
            return Err(e);
        }
        let bytes = serde_json::to_vec_pretty(&exported.bundle)
            .map_err(|_| ReportFailure::Refused(AppError::StorageFailed))?;
        Ok((Zeroizing::new(bytes), exported.left_out))
    })?;
    let (bytes, left_out) = bytes;
    write_whole(&path, &bytes)?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let sha256 = hex::encode(sha2::Sha256::digest(&bytes[..]));
    let titles: Vec<&str> = file
        .iter()
        .filter(|e| e.kind == EntityKind::Record && !left_out.contains(&e.id))
        .filter_map(|e| e.value("title"))
        .collect();
    let records = titles.join("\n");
    let language = state.locale().tag().to_owned();
    let consent = request.consent_id.clone().unwrap_or_default();
    let values = [
        ("report", "fhir"),
        ("recipient", recipient.as_str()),
        ("language", language.as_str()),
        ("records", records.as_str()),
        ("file", file_name.as_str()),
        ("sha256", sha256.as_str()),
        ("consent", consent.as_str()),
    ];
    if let Err(e) = note_export(state, case, &values) {
        let _ = std::fs::remove_file(&path);
        return Err(e);
    }
    Ok(ExportedDto { file: file_name })
}

/// The title of the dialog that picks a Bundle, in her language.
pub fn open_title(state: &App) -> String {
    state
        .catalog
        .message(state.locale(), "fhir-import-open-title", &[])
}

fn read_file(state: &App, path: &Path) -> Reply<Zeroizing<Vec<u8>>> {
    let size = std::fs::metadata(path)
        .map_err(|_| state.error(&AppError::FileUnreadable))?
        .len();
    if size > MAX_FILE {
        return Err(state.error(&AppError::FileTooBig));
    }
    std::fs::read(path)
        .map(Zeroizing::new)
        .map_err(|_| state.error(&AppError::FileUnreadable))
}

fn child_of(fields: &BTreeMap<String, String>) -> FhirChildDto {
    let get = |k: &str| fields.get(k).cloned().filter(|v| !v.is_empty());
    FhirChildDto {
        name: get("child.name"),
        date_of_birth: get("child.date_of_birth"),
        sex: get("child.sex"),
        country: get("child.country"),
        languages: get("child.languages")
            .map(|l| l.split_whitespace().map(str::to_owned).collect())
            .unwrap_or_default(),
    }
}

fn kept_dto(kept: &Kept) -> FhirKeptDto {
    FhirKeptDto {
        resource: kept.resource.clone(),
        id: kept.id.clone(),
        reason: kept.reason.to_owned(),
        fields: kept.fields.clone(),
    }
}

/// What a Bundle's entities become once every value is checked as typed: an optional field
/// whose value is not one Wayfinder accepts is left out and listed; an entity missing what it
/// needs is kept whole and listed.
struct Checked<'a> {
    /// The entities to write, in the Bundle's order.
    ok: Vec<&'a IncomingEntity>,
    /// By place in `ok`, the optional fields left out of an entity.
    dropped: Vec<(usize, Vec<String>)>,
    kept: Vec<Kept>,
}

/// An entity of the Bundle kept, with why and which of its fields.
fn kept_entity(entity: &IncomingEntity, reason: &'static str, fields: Vec<String>) -> Kept {
    Kept {
        resource: entity
            .source
            .split('/')
            .next()
            .unwrap_or_default()
            .to_owned(),
        id: entity.source.split_once('/').map(|(_, id)| id.to_owned()),
        reason,
        fields,
        index: entity.index,
    }
}

fn checked(incoming: &Incoming) -> Checked<'_> {
    let mut ok = Vec::new();
    let mut dropped_fields = Vec::new();
    let mut kept = Vec::new();
    for entity in &incoming.entities {
        let mut wrong = Vec::new();
        let mut fatal = false;
        // What it needs and the Bundle did not say (a guardian whose name was withheld).
        for field in entity.kind.fields().iter().filter(|f| f.required) {
            if entity.kind != EntityKind::Record && !entity.fields.contains_key(field.name) {
                wrong.push(field.name.to_owned());
                fatal = true;
            }
        }
        for (name, value) in &entity.fields {
            let Some(field) = entity.kind.field(name) else {
                wrong.push(name.clone());
                continue;
            };
            if parse_value(field, value, today()).is_err() {
                wrong.push(name.clone());
                fatal |= field.required;
            }
        }
        if fatal {
            kept.push(kept_entity(entity, "invalid", wrong));
            continue;
        }
        if !wrong.is_empty() {
            dropped_fields.push((ok.len(), wrong.clone()));
            kept.push(kept_entity(entity, "invalid", wrong));
        }
        ok.push(entity);
    }
    Checked {
        ok,
        dropped: dropped_fields,
        kept,
    }
}

/// What importing the Bundle at `path` would do, into a new case or into `into`; nothing is
/// written.
pub fn preview_fhir_import(state: &App, path: &Path, into: Option<&str>) -> Reply<FhirPreviewDto> {
    let bytes = read_file(state, path)?;
    let sha256 = hex::encode(sha2::Sha256::digest(&bytes[..]));
    let incoming = wayfinder_fhir::read_bundle(&bytes).map_err(|e| state.error(&e))?;
    if !incoming.patient {
        return Err(state.error(&wayfinder_fhir::FhirError::NoPatient));
    }
    let existing = match into {
        Some(id) => {
            let case = case_of(state, id)?;
            let file = state.with_vault(|vault| vault.case_file(case))?;
            let fields = file
                .first()
                .map(|c| {
                    c.fields
                        .keys()
                        .filter_map(|k| c.value(k).map(|v| (k.clone(), v.to_owned())))
                        .collect()
                })
                .unwrap_or_default();
            Some(child_of(&fields))
        }
        None => None,
    };
    let Checked {
        ok, kept: invalid, ..
    } = checked(&incoming);
    let count = |kind| ok.iter().filter(|e| e.kind == kind).count() as u32;
    let missing = if existing.is_some() {
        Vec::new()
    } else {
        CHILD_REQUIRED
            .iter()
            .filter(|f| {
                incoming.case.get(**f).is_none_or(|v| {
                    EntityKind::Case
                        .field(f)
                        .is_none_or(|field| parse_value(field, v, today()).is_err())
                })
            })
            .map(|f| (*f).to_owned())
            .collect()
    };
    Ok(FhirPreviewDto {
        file: path.to_string_lossy().into_owned(),
        sha256,
        child: child_of(&incoming.case),
        existing,
        missing,
        diagnosis: incoming.case.get("diagnosis.text").cloned(),
        contacts: count(EntityKind::Contact),
        treatments: count(EntityKind::Treatment),
        records: count(EntityKind::Record),
        consents: count(EntityKind::Consent),
        communications: count(EntityKind::Communication),
        kept: incoming.kept.iter().chain(&invalid).map(kept_dto).collect(),
    })
}

/// Imports the previewed Bundle: into a new case (the fields it lacks from `fill`), or into
/// the case `into` when she confirmed the child is the same. Refused if the file changed
/// since its preview. Everything in one edit, which one undo takes back.
pub fn import_fhir(
    state: &App,
    file: String,
    sha256: String,
    into: Option<String>,
    same_child: bool,
    fill: BTreeMap<String, String>,
) -> Reply<FhirImportedDto> {
    let path = Path::new(&file);
    let bytes = read_file(state, path)?;
    if hex::encode(sha2::Sha256::digest(&bytes[..])) != sha256 {
        return Err(state.error(&AppError::FhirChanged));
    }
    let incoming = wayfinder_fhir::read_bundle(&bytes).map_err(|e| state.error(&e))?;
    drop(bytes);
    if !incoming.patient {
        return Err(state.error(&wayfinder_fhir::FhirError::NoPatient));
    }
    let (case, create) = match into.as_deref() {
        Some(id) if same_child => (case_of(state, id)?, false),
        Some(_) => return Err(state.error(&AppError::FhirNotConfirmed)),
        None => (CaseId::new(Utc::now(), rand_bytes(state)?), true),
    };
    let mut case_fields = incoming.case.clone();
    if create {
        for (name, value) in &fill {
            if CHILD_REQUIRED.contains(&name.as_str()) && !value.trim().is_empty() {
                case_fields
                    .entry(name.clone())
                    .or_insert_with(|| value.clone());
            }
        }
    }
    let Checked {
        ok,
        dropped,
        mut kept,
    } = checked(&incoming);
    kept.splice(0..0, incoming.kept.iter().cloned());
    // Records are read as any import reads them, in memory: pages, text, what needs reading.
    let engine = state
        .viewer
        .lock()
        .map_err(|_| state.error(&AppError::StorageFailed))?
        .engine()
        .map_err(|e| state.error(&e))?;
    let importer = Importer { engine: &engine };
    // Each entity's values as checked, the canonical text of each, with what it came from.
    let entity_values: Vec<(&IncomingEntity, Vec<(String, String)>)> = ok
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind != EntityKind::Record)
        .map(|(i, e)| {
            let wrong = dropped
                .iter()
                .find(|(at, _)| *at == i)
                .map(|(_, w)| w.clone())
                .unwrap_or_default();
            let values = e
                .fields
                .iter()
                .filter(|(k, _)| !wrong.contains(k))
                .filter_map(|(k, v)| {
                    let field = e.kind.field(k)?;
                    parse_value(field, v, today()).ok().map(|v| (k.clone(), v))
                })
                .collect();
            (*e, values)
        })
        .collect();
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let written = state.with_vault(|vault| {
        let held = if create {
            Vec::new()
        } else {
            vault.case_file(case)?
        };
        let existing: Vec<[u8; 32]> = held
            .iter()
            .filter(|e| e.kind == EntityKind::Record)
            .filter_map(|e| e.value("content").and_then(Content::parse).map(|c| c.hash))
            .collect();
        // Merging the same file twice adds nothing twice: an entity whose every value the
        // case holds already in one entity of its kind is left out.
        let mut fresh = Vec::new();
        for (entity, values) in &entity_values {
            let there = held.iter().any(|h| {
                h.kind == entity.kind && values.iter().all(|(k, v)| h.value(k) == Some(v.as_str()))
            });
            if there {
                kept.push(kept_entity(entity, "in-case", Vec::new()));
            } else {
                fresh.push((entity.kind, values));
            }
        }
        let mut prepared = Vec::new();
        for (i, entity) in ok.iter().enumerate() {
            if entity.kind != EntityKind::Record {
                continue;
            }
            let Some(bytes) = &entity.original else {
                continue;
            };
            let item = Item::Memory(InMemory {
                title: entity.fields.get("title").cloned().unwrap_or_default(),
                bytes: Zeroizing::new(bytes.clone()),
            });
            let choices = Choices {
                category: entity.fields.get("category").cloned(),
                allow_duplicate: true,
                password: None,
            };
            match importer.prepare(vault, &item, &choices) {
                Ok(Ok(ready)) if existing.contains(&ready.content().hash) => {
                    kept.push(kept_entity(entity, "in-case", Vec::new()))
                }
                Ok(Ok(ready)) => prepared.push((i, ready)),
                Ok(Err(Outcome::NeedsPassword { .. })) => {
                    kept.push(kept_entity(entity, "protected", Vec::new()))
                }
                Ok(Err(_)) | Err(_) => kept.push(kept_entity(entity, "unreadable", Vec::new())),
            }
        }
        // What has no place, as notes of the case: each kept resource named with its reason
        // and, for a whole resource, its JSON, so that nothing of the file is lost.
        let notes = kept_notes(state, &file_name, &kept, &incoming);
        let mut sealed = Vec::new();
        for (_, ready) in &prepared {
            match vault.seal_original(&mut &ready.bytes()[..]) {
                Ok(file) => sealed.push(file),
                Err(e) => {
                    for file in sealed {
                        let _ = vault.files().remove(file);
                    }
                    return Err(e);
                }
            }
        }
        let records: Vec<_> = prepared
            .iter()
            .zip(&sealed)
            .map(|((i, ready), file)| {
                let fields = &ok[*i].fields;
                let get = |k: &str| {
                    fields.get(k).map(String::as_str).filter(|_| {
                        !dropped
                            .iter()
                            .any(|(at, w)| at == i && w.iter().any(|f| f == k))
                    })
                };
                (
                    *file,
                    NewRecord {
                        title: get("title").unwrap_or(ready.title()),
                        category: get("category").unwrap_or(ready.category()),
                        date: get("date").or(ready.date()),
                        institution: get("institution").or(ready.institution()),
                        language: get("language").or(ready.language()),
                        content: ready.content(),
                        secret: ready.secret(),
                        pages: ready.pages(),
                    },
                )
            })
            .collect();
        let mut entities: Vec<(EntityKind, Vec<(&str, &str)>)> = fresh
            .iter()
            .map(|(kind, values)| {
                (
                    *kind,
                    values
                        .iter()
                        .map(|(k, v)| (k.as_str(), v.as_str()))
                        .collect(),
                )
            })
            .collect();
        for note in &notes {
            entities.push((EntityKind::Note, vec![("text", note.as_str())]));
        }
        let parts = CaseParts {
            case_fields: case_fields
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect(),
            entities,
            records,
        };
        vault.import_case_parts(case, create, &parts, Utc::now(), today())
    })?;
    state.reader.wake();
    Ok(FhirImportedDto {
        case_id: case.to_string(),
        created: create,
        case_fields: written.case_fields.len() as u32,
        entities: written.entities.len() as u32,
        records: written.records.len() as u32,
        kept: kept.iter().map(kept_dto).collect(),
    })
}

fn rand_bytes(state: &App) -> Reply<[u8; 10]> {
    let mut bytes = [0u8; 10];
    wayfinder_vault::keys::random_bytes(&mut bytes).map_err(|e| state.error(&e))?;
    Ok(bytes)
}

/// The notes that keep what had no place: a heading in her language naming the file, then a
/// line per kept resource, with the JSON of each whole resource kept, cut into notes of at
/// most `NOTE_CHARS` characters.
fn kept_notes(state: &App, file_name: &str, kept: &[Kept], incoming: &Incoming) -> Vec<String> {
    if kept.iter().all(|k| k.reason == "in-case") {
        return Vec::new();
    }
    let heading = state.catalog.message(
        state.locale(),
        "fhir-kept-heading",
        &[("file", wayfinder_i18n::Arg::Text(file_name))],
    );
    let mut text = format!("{heading}\n");
    // What the case holds already needs no keeping.
    for k in kept.iter().filter(|k| k.reason != "in-case") {
        let id = k.id.as_deref().unwrap_or("");
        let reason = state
            .catalog
            .message(state.locale(), &format!("fhir-kept-{}", k.reason), &[]);
        text.push_str(&format!("\n{}/{id}: {reason}", k.resource));
        if !k.fields.is_empty() {
            text.push_str(&format!(" ({})", k.fields.join(", ")));
        }
        if let Some(json) = incoming.json_of(k) {
            text.push('\n');
            text.push_str(&json);
        }
    }
    let chars: Vec<char> = text.chars().collect();
    chars
        .chunks(NOTE_CHARS)
        .map(|c| c.iter().collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands;
    use crate::dto::{EntityKindDto, ErrorDto, FieldValueDto};
    use crate::reading::tests::{app_with_case_in, import};
    use std::sync::Arc;

    fn fail<T>(e: ErrorDto) -> T {
        panic!("{}: {}", e.code, e.message)
    }

    fn add(app: &App, case: &str, kind: EntityKindDto, values: &[(&str, &str)]) {
        commands::add_entity(
            app,
            case.to_owned(),
            kind,
            values
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        )
        .unwrap_or_else(fail);
    }

    fn set(app: &App, entity: &str, field: &str, value: &str) {
        commands::edit_field(
            app,
            entity.to_owned(),
            field.to_owned(),
            Some(FieldValueDto::Text(value.to_owned())),
        )
        .unwrap_or_else(fail);
    }

    fn file_of(app: &App, case: &str) -> crate::dto::CaseFileDto {
        commands::get_case_file(app, case.to_owned()).unwrap_or_else(fail)
    }

    fn of_kind(file: &crate::dto::CaseFileDto, kind: EntityKindDto) -> Vec<&crate::dto::EntityDto> {
        file.entities.iter().filter(|e| e.kind == kind).collect()
    }

    fn value<'a>(entity: &'a crate::dto::EntityDto, field: &str) -> Option<&'a str> {
        entity
            .fields
            .get(field)
            .and_then(|heads| heads.first())
            .and_then(|h| h.value.as_deref())
    }

    /// A case with a guardian, a treatment, a consent naming her in full, a diagnosis and a
    /// real PDF; its id and the consent's.
    fn full_case(tmp: &Path) -> (Arc<App>, String, String) {
        let (app, case) = app_with_case_in(tmp, "Layla Haddad", &["ar", "en"]);
        set(&app, &case, "diagnosis.text", "Medulloblastoma");
        set(&app, &case, "diagnosis.icd10", "C71.6");
        add(
            &app,
            &case,
            EntityKindDto::Contact,
            &[
                ("name", "Salma Haddad"),
                ("relation", "mother"),
                ("phone", "+971 50 123 4567"),
            ],
        );
        add(
            &app,
            &case,
            EntityKindDto::Treatment,
            &[
                ("what", "Surgical resection"),
                ("from", "2026-09-01"),
                ("to", "2026-09-01"),
            ],
        );
        add(
            &app,
            &case,
            EntityKindDto::Consent,
            &[
                ("what", "Second opinion"),
                ("recipient", "Great Ormond Street"),
                ("identity", "full"),
            ],
        );
        let pdf = tmp.join("biopsy.pdf");
        std::fs::copy(
            wayfinder_testkit::fixture("pdfs/ArabicCIDTrueType.pdf"),
            &pdf,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        import(&app, &case, vec![pdf]);
        let file = file_of(&app, &case);
        let consent = of_kind(&file, EntityKindDto::Consent)[0].id.clone();
        (app, case, consent)
    }

    fn request(case: &str, consent: Option<&str>, originals: bool) -> FhirExportRequestDto {
        FhirExportRequestDto {
            case_id: case.to_owned(),
            consent_id: consent.map(str::to_owned),
            recipient: "Tumour board".to_owned(),
            originals,
        }
    }

    #[test]
    fn a_case_leaves_as_fhir_and_comes_back_whole_in_another_vault() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case, consent) = full_case(&tmp.path().join("a"));
        let (_, name) =
            export_offer(&app, &request(&case, Some(&consent), true)).unwrap_or_else(fail);
        assert!(
            !name.contains("Layla"),
            "the offered name never names the child: {name}"
        );
        let out = tmp.path().join("layla");
        let exported = export_fhir(&app, &request(&case, Some(&consent), true), out.clone())
            .unwrap_or_else(fail);
        assert_eq!(exported.file, "layla.json");
        let written =
            std::fs::read(tmp.path().join("layla.json")).unwrap_or_else(|e| panic!("{e}"));
        // Noted as an export, with the file's hash, and in the audit log.
        let file = file_of(&app, &case);
        let export = of_kind(&file, EntityKindDto::Export)[0];
        assert_eq!(value(export, "report"), Some("fhir"));
        assert_eq!(value(export, "recipient"), Some("Great Ormond Street"));
        assert_eq!(
            value(export, "sha256"),
            Some(hex::encode(sha2::Sha256::digest(&written)).as_str())
        );
        let original_pdf = std::fs::read(wayfinder_testkit::fixture("pdfs/ArabicCIDTrueType.pdf"))
            .unwrap_or_else(|e| panic!("{e}"));

        // Another vault: previewed, then imported as a new case.
        let (other, _) = app_with_case_in(&tmp.path().join("b"), "Someone Else", &["en"]);
        let path = tmp.path().join("layla.json");
        let preview = preview_fhir_import(&other, &path, None).unwrap_or_else(fail);
        assert_eq!(preview.child.name.as_deref(), Some("Layla Haddad"));
        assert_eq!(preview.child.date_of_birth.as_deref(), Some("2014-05-02"));
        assert!(preview.missing.is_empty(), "{:?}", preview.missing);
        assert_eq!(
            (
                preview.contacts,
                preview.treatments,
                preview.records,
                preview.consents
            ),
            (1, 1, 1, 1)
        );
        let imported = import_fhir(
            &other,
            preview.file.clone(),
            preview.sha256.clone(),
            None,
            false,
            BTreeMap::new(),
        )
        .unwrap_or_else(fail);
        assert!(imported.created);
        assert_eq!(imported.records, 1);
        let copy = file_of(&other, &imported.case_id);
        let case_entity = &copy.entities[0];
        assert_eq!(value(case_entity, "child.name"), Some("Layla Haddad"));
        assert_eq!(value(case_entity, "child.country"), Some("AE"));
        assert_eq!(value(case_entity, "child.languages"), Some("ar en"));
        assert_eq!(value(case_entity, "diagnosis.icd10"), Some("C71.6"));
        assert_eq!(
            value(of_kind(&copy, EntityKindDto::Contact)[0], "phone"),
            Some("+971 50 123 4567")
        );
        let record = of_kind(&copy, EntityKindDto::Record)[0].id.clone();
        let bytes = other
            .with_vault(|vault| {
                let id: [u8; 16] = *uuid::Uuid::parse_str(&record)
                    .unwrap_or_else(|e| panic!("{e}"))
                    .as_bytes();
                let (_, blob) = vault.record(id)?;
                vault.files().read_all(blob.file)
            })
            .unwrap_or_else(fail);
        assert!(bytes == original_pdf, "the original arrives byte for byte");

        // Merged into that case again: refused without her word, then nothing added twice.
        let refused = import_fhir(
            &other,
            preview.file.clone(),
            preview.sha256.clone(),
            Some(imported.case_id.clone()),
            false,
            BTreeMap::new(),
        );
        assert_eq!(
            refused.map(|_| ()).map_err(|e| e.code),
            Err("fhir-not-confirmed".to_owned())
        );
        let again = import_fhir(
            &other,
            preview.file.clone(),
            preview.sha256.clone(),
            Some(imported.case_id.clone()),
            true,
            BTreeMap::new(),
        )
        .unwrap_or_else(fail);
        assert_eq!((again.entities, again.records), (0, 0), "{:?}", again.kept);
        assert_eq!(
            again.kept.iter().filter(|k| k.reason == "in-case").count(),
            4
        );

        // A file changed since its preview is refused.
        std::fs::write(&path, b"{}").unwrap_or_else(|e| panic!("{e}"));
        let changed = import_fhir(
            &other,
            preview.file,
            preview.sha256,
            None,
            false,
            BTreeMap::new(),
        );
        assert_eq!(
            changed.map(|_| ()).map_err(|e| e.code),
            Err("fhir-changed".to_owned())
        );
    }

    #[test]
    fn without_a_consent_to_name_her_the_bundle_names_no_one() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case, _) = full_case(tmp.path());
        export_fhir(
            &app,
            &request(&case, None, false),
            tmp.path().join("out.json"),
        )
        .unwrap_or_else(fail);
        let text =
            std::fs::read_to_string(tmp.path().join("out.json")).unwrap_or_else(|e| panic!("{e}"));
        for secret in ["Layla", "Haddad", "2014-05-02", "+971"] {
            assert!(
                !text.contains(secret),
                "{secret} in a Bundle under no consent"
            );
        }
        assert!(!text.contains("\"data\""), "no original was asked for");
        // A new case cannot be made of it without her filling in who the child is.
        let preview =
            preview_fhir_import(&app, &tmp.path().join("out.json"), None).unwrap_or_else(fail);
        assert!(
            preview.missing.contains(&"child.name".to_owned()),
            "{:?}",
            preview.missing
        );
        let refused = import_fhir(
            &app,
            preview.file.clone(),
            preview.sha256.clone(),
            None,
            false,
            BTreeMap::new(),
        );
        assert_eq!(
            refused.map(|_| ()).map_err(|e| e.code),
            Err("name-empty".to_owned())
        );
        let fill: BTreeMap<String, String> = [
            ("child.name", "L. H."),
            ("child.date_of_birth", "2014-05-02"),
            ("child.country", "AE"),
            ("child.languages", "ar"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        let made =
            import_fhir(&app, preview.file, preview.sha256, None, false, fill).unwrap_or_else(fail);
        assert_eq!(
            value(&file_of(&app, &made.case_id).entities[0], "child.name"),
            Some("L. H.")
        );
    }

    #[test]
    fn what_has_no_place_is_kept_with_the_case_as_notes() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case) = app_with_case_in(tmp.path(), "Layla Haddad", &["en"]);
        let (entities, _) = wayfinder_fhir::sample::sample("en", "full");
        let bundle = wayfinder_fhir::export(
            &entities,
            &mut |_| None,
            &Choice {
                disclosure: wayfinder_core::disclosure::Disclosure::Full,
                originals: false,
                now: Utc::now(),
            },
        )
        .bundle;
        let mut bundle = bundle;
        if let Some(entries) = bundle["entry"].as_array_mut() {
            entries.push(serde_json::json!({"resource": {
                "resourceType": "Observation", "id": "lab-1", "status": "final",
                "code": {"text": "Haemoglobin"}, "valueQuantity": {"value": 9.1, "unit": "g/dL"}
            }}));
            // A guardian's e-mail Wayfinder would not accept as typed.
            entries[2]["resource"]["telecom"][1]["value"] = "not an address".into();
        }
        let path = tmp.path().join("hospital.json");
        std::fs::write(&path, serde_json::to_vec(&bundle).unwrap_or_default())
            .unwrap_or_else(|e| panic!("{e}"));
        let preview = preview_fhir_import(&app, &path, Some(&case)).unwrap_or_else(fail);
        assert_eq!(
            preview.existing.as_ref().and_then(|c| c.name.as_deref()),
            Some("Layla Haddad")
        );
        let reasons: Vec<(&str, &str)> = preview
            .kept
            .iter()
            .map(|k| (k.resource.as_str(), k.reason.as_str()))
            .collect();
        for expected in [
            ("ServiceRequest", "no-place"),
            ("Task", "no-place"),
            ("Observation", "no-place"),
            ("RelatedPerson", "invalid"),
        ] {
            assert!(reasons.contains(&expected), "{expected:?} in {reasons:?}");
        }
        let done = import_fhir(
            &app,
            preview.file,
            preview.sha256,
            Some(case.clone()),
            true,
            BTreeMap::new(),
        )
        .unwrap_or_else(fail);
        let file = file_of(&app, &case);
        let notes: String = of_kind(&file, EntityKindDto::Note)
            .iter()
            .filter_map(|n| value(n, "text"))
            .collect();
        assert!(notes.contains("hospital.json"), "{notes}");
        assert!(notes.contains("Observation/lab-1"), "{notes}");
        assert!(
            notes.contains("\"valueQuantity\""),
            "the resource itself is kept: {notes}"
        );
        // The guardian came, without the address that was not one.
        let guardian = of_kind(&file, EntityKindDto::Contact)[0];
        assert_eq!(value(guardian, "name"), Some("Salma Haddad"));
        assert_eq!(value(guardian, "email"), None);
        assert!(done.entities >= 4);
        // One undo takes the whole import back.
        commands::undo(&app).unwrap_or_else(fail);
        let file = file_of(&app, &case);
        assert!(of_kind(&file, EntityKindDto::Contact).is_empty());
        assert!(of_kind(&file, EntityKindDto::Note).is_empty());
    }
}
