//! Reports for the window: the case summary or review packet built from the case file in memory,
//! its pages rendered by PDFium for the preview, and its export to the file she chooses, noted
//! in the case. Nothing of a report touches the disk until she picks where it goes.

use crate::App;
use crate::dto::{ExportedDto, PreparedReportDto, ReportKindDto, ReportRequestDto};
use crate::error::AppError;
use crate::settings::Contact;
use chrono::{Local, NaiveDate, Utc};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use wayfinder_core::disclosure::{Disclosure, age_on, initials};
use wayfinder_core::{CaseId, Content, EntityKind, Media};
use wayfinder_i18n::Locale;
use wayfinder_pdf::{DocId, PdfEngine, PdfError, RenderSize};
use wayfinder_reports::{
    Child, Coordinator, Diagnosis, Enclosed, Fonts, PacketMedia, PacketRecord, ReportError,
    Summary, Treatment, font_dir, packet_pdf, summary_pdf,
};
use wayfinder_vault::{EntityView, OpenVault, VaultError};
use zeroize::Zeroizing;

/// Why a report could not be prepared or exported; each maps to an `error-<code>` message.
#[derive(Debug, thiserror::Error)]
pub enum ReportFailure {
    #[error(transparent)]
    Vault(#[from] VaultError),
    #[error(transparent)]
    Report(#[from] ReportError),
    #[error(transparent)]
    Pdf(#[from] PdfError),
    /// The app's own refusals: `report-consent-expired`, `report-conflict`…
    #[error(transparent)]
    Refused(#[from] AppError),
}

wayfinder_core::error_codes! {
    ReportFailure {
        @passes
        ReportFailure::Vault(e) => e,
        ReportFailure::Report(e) => e,
        ReportFailure::Pdf(e) => e,
        ReportFailure::Refused(e) => e,
    }
}

/// How a record's original goes into a packet, if it can: PDFs as their pages, photos as
/// images. A TIFF or a DICOM study is sent on its own.
pub fn packet_media(media: Media) -> Option<PacketMedia> {
    match media {
        Media::Pdf => Some(PacketMedia::Pdf),
        Media::Png => Some(PacketMedia::Png),
        Media::Jpeg => Some(PacketMedia::Jpeg),
        Media::Tiff | Media::Dicom => None,
    }
}

/// What an export notes in the case.
#[derive(Clone)]
pub(crate) struct Facts {
    /// Which report, as the export's note names it (one of `schema::REPORTS`).
    pub(crate) report: &'static str,
    pub(crate) recipient: String,
    pub(crate) locale: Locale,
    /// The enclosed records' titles, in order.
    pub(crate) records: Vec<String>,
    /// The consent it goes under, if she chose one.
    pub(crate) consent: Option<[u8; 16]>,
}

/// A report built in memory and open in PDFium for the preview.
struct Prepared {
    case: CaseId,
    engine: PdfEngine,
    doc: DocId,
    pages: u16,
    pdf: Zeroizing<Vec<u8>>,
    facts: Facts,
}

/// The report being previewed, and the fonts, read once.
#[derive(Default)]
pub struct Reports {
    prepared: Option<Prepared>,
    fonts: Option<Arc<Fonts>>,
}

impl Reports {
    /// Forgets the prepared report and closes it in PDFium (on lock, or when a new one is
    /// prepared).
    pub fn discard(&mut self) {
        if let Some(prepared) = self.prepared.take() {
            prepared.engine.close(prepared.doc);
        }
    }

    fn prepared(&self) -> Result<&Prepared, ReportFailure> {
        self.prepared
            .as_ref()
            .ok_or(ReportFailure::Refused(AppError::NotPrepared))
    }

    fn fonts(&mut self) -> Result<Arc<Fonts>, ReportError> {
        if let Some(fonts) = &self.fonts {
            return Ok(fonts.clone());
        }
        let fonts = Arc::new(Fonts::load(&font_dir())?);
        self.fonts = Some(fonts.clone());
        Ok(fonts)
    }
}

pub(crate) fn parse_id(text: &str) -> Result<[u8; 16], ReportFailure> {
    text.parse::<wayfinder_core::EntityId>()
        .map(wayfinder_core::EntityId::into_bytes)
        .map_err(|_| ReportFailure::Refused(AppError::InvalidRequest))
}

/// Whether any of `fields` of an entity has two versions, or the entity was deleted elsewhere
/// while changed here: a report must not choose between them silently.
pub(crate) fn in_conflict(entity: &EntityView, fields: &[&str]) -> bool {
    entity.deletion_conflict.is_some()
        || fields
            .iter()
            .any(|f| entity.fields.get(*f).is_some_and(|heads| heads.len() > 1))
}

pub(crate) fn date(text: Option<&str>) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text?, "%Y-%m-%d").ok()
}

/// The case summary of a case file, showing of the child what `disclosure` allows.
fn summary_of(
    file: &[EntityView],
    disclosure: Disclosure,
    enclosed: Vec<Enclosed>,
    contact: &Contact,
    today: NaiveDate,
) -> Result<Summary, ReportFailure> {
    let case = file
        .iter()
        .find(|e| e.kind == EntityKind::Case)
        .ok_or(ReportFailure::Vault(VaultError::CaseNotFound))?;
    let mut used: Vec<&str> = EntityKind::Case.fields().iter().map(|f| f.name).collect();
    used.retain(|f| !matches!(*f, "assignee" | "waiting_on"));
    if in_conflict(case, &used) {
        return Err(ReportFailure::Refused(AppError::ReportConflict));
    }
    let birth = date(case.value("child.date_of_birth"));
    let child = Child {
        name: case
            .value("child.name")
            .filter(|_| disclosure.shows_name())
            .map(|name| match disclosure {
                Disclosure::Full => name.to_owned(),
                _ => initials(name),
            }),
        date_of_birth: birth.filter(|_| disclosure.shows_birth_date()),
        age: birth.map(|b| age_on(b, today)),
        sex: case.value("child.sex").map(str::to_owned),
        country: case
            .value("child.country")
            .filter(|_| disclosure.shows_country())
            .map(str::to_owned),
    };
    let icd10 = case.value("diagnosis.icd10").map(|code| {
        let title = wayfinder_core::icd10::title(code).unwrap_or_default();
        (code.to_owned(), title.to_owned())
    });
    let diagnosis = Diagnosis {
        text: case.value("diagnosis.text").map(str::to_owned),
        icd10,
        topography: case.value("diagnosis.topography").map(str::to_owned),
        morphology: case.value("diagnosis.morphology").map(str::to_owned),
        risk_group: case.value("diagnosis.risk_group").map(str::to_owned),
    };
    let mut timeline = Vec::new();
    let mut questions = Vec::new();
    for entity in file {
        match entity.kind {
            EntityKind::Treatment => {
                if in_conflict(entity, &["what", "where", "from", "to", "outcome"]) {
                    return Err(ReportFailure::Refused(AppError::ReportConflict));
                }
                timeline.push(Treatment {
                    what: entity.value("what").unwrap_or_default().to_owned(),
                    place: entity.value("where").map(str::to_owned),
                    from: date(entity.value("from")),
                    to: date(entity.value("to")),
                    outcome: entity.value("outcome").map(str::to_owned),
                });
            }
            EntityKind::Question => {
                if in_conflict(entity, &["text"]) {
                    return Err(ReportFailure::Refused(AppError::ReportConflict));
                }
                questions.extend(entity.value("text").map(str::to_owned));
            }
            _ => {}
        }
    }
    // The timeline reads in order of start; undated steps last, as the case screen shows it.
    timeline.sort_by_key(|t| (t.from.is_none(), t.from));
    let optional = |text: &str| Some(text.to_owned()).filter(|t| !t.is_empty());
    Ok(Summary {
        child,
        diagnosis,
        stage: case.value("stage").unwrap_or("inquiry").to_owned(),
        timeline,
        questions,
        enclosed,
        coordinator: Coordinator {
            name: contact.name.clone(),
            organisation: optional(&contact.organisation),
            email: optional(&contact.email),
            phone: optional(&contact.phone),
        },
        today,
    })
}

/// A record to enclose: its line in the summary and, for a packet, its original in memory (a
/// protected PDF copied without its password by PDFium, in memory).
fn enclose(
    vault: &OpenVault,
    engine: &PdfEngine,
    file: &[EntityView],
    record: [u8; 16],
    with_original: bool,
) -> Result<(Enclosed, Option<PacketRecord>), ReportFailure> {
    let entity = file
        .iter()
        .find(|e| e.id == record && e.kind == EntityKind::Record)
        .ok_or(ReportFailure::Refused(AppError::InvalidRequest))?;
    if in_conflict(entity, &["title", "category", "date", "content"]) {
        return Err(ReportFailure::Refused(AppError::ReportConflict));
    }
    let content = entity
        .value("content")
        .and_then(Content::parse)
        .ok_or(ReportFailure::Vault(VaultError::Damaged))?;
    let media =
        packet_media(content.media).ok_or(ReportFailure::Refused(AppError::RecordUnsupported))?;
    let enclosed = Enclosed {
        title: entity.value("title").unwrap_or_default().to_owned(),
        category: entity.value("category").unwrap_or("other").to_owned(),
        date: date(entity.value("date")),
        pages: content.pages.max(1),
    };
    if !with_original {
        return Ok((enclosed, None));
    }
    let (_, blob) = vault.record(record)?;
    let mut bytes = vault.files().read_all(blob.file)?;
    if media == PacketMedia::Pdf && blob.secret.is_some() {
        let (doc, _) = engine.open(bytes, blob.secret.as_deref())?;
        let copy = engine.unprotected_copy(doc);
        engine.close(doc);
        bytes = copy?;
    }
    // The text of its scanned pages goes under them, invisible: her typed text where she
    // corrected the reader's.
    let mut read = Vec::new();
    for page in 0..enclosed.pages {
        // A page with text of its own was never read, and takes none typed either.
        let reading = match vault.page_reading(&blob.content.hash, page)? {
            None => {
                read.push(None);
                continue;
            }
            Some(wayfinder_vault::Reading::Read(read)) => Some(read),
            Some(wayfinder_vault::Reading::Failed(_)) => None,
        };
        let typed = crate::reading::typed_text(vault, record, page)?
            .map_err(|()| ReportFailure::Refused(AppError::ReportConflict))?;
        let lines = reading
            .as_ref()
            .map(crate::reading::lines)
            .unwrap_or_default();
        let lines = match &typed {
            Some(text) => crate::reading::typed_lines(text, &lines),
            None => lines,
        };
        read.push((!lines.is_empty()).then(|| {
            wayfinder_reports::ReadLayer {
                rotation: reading.as_ref().map_or(0, |r| r.rotation),
                lines: lines
                    .into_iter()
                    .map(|l| wayfinder_reports::ReadLine {
                        text: l.text,
                        left: l.left,
                        top: l.top,
                        width: l.width,
                        height: l.height,
                    })
                    .collect(),
            }
        }));
    }
    let original = PacketRecord {
        title: enclosed.title.clone(),
        category: enclosed.category.clone(),
        media,
        pages: enclosed.pages,
        bytes,
        read,
    };
    Ok((enclosed, Some(original)))
}

/// To whom something goes, and what it may show of the child: the recipient of the consent
/// chosen (`consent`, an id in `file`), or the one she typed when she chose none. An expired
/// consent, a consent in conflict, or no recipient at all refuses.
pub(crate) fn recipient_under(
    file: &[EntityView],
    consent: Option<[u8; 16]>,
    typed: &str,
    today: NaiveDate,
) -> Result<(String, Disclosure), ReportFailure> {
    let chosen = match consent {
        Some(id) => {
            let entity = file
                .iter()
                .find(|e| e.id == id && e.kind == EntityKind::Consent)
                .ok_or(ReportFailure::Refused(AppError::InvalidRequest))?;
            if in_conflict(entity, &["recipient", "until", "identity"]) {
                return Err(ReportFailure::Refused(AppError::ReportConflict));
            }
            Some(entity)
        }
        None => None,
    };
    let disclosure = Disclosure::under(
        chosen.map(|c| (c.value("identity"), date(c.value("until")))),
        today,
    )
    .map_err(|_| ReportFailure::Refused(AppError::ConsentExpired))?;
    let recipient = chosen
        .and_then(|c| c.value("recipient"))
        .unwrap_or(typed)
        .trim()
        .to_owned();
    if recipient.is_empty() {
        return Err(ReportFailure::Refused(AppError::RecipientMissing));
    }
    Ok((recipient, disclosure))
}

/// Prepares the report `request` asks for, in memory, and opens it for the preview.
pub fn prepare(
    state: &App,
    request: &ReportRequestDto,
) -> Result<PreparedReportDto, ReportFailure> {
    let case: CaseId = request
        .case_id
        .parse()
        .map_err(|_| ReportFailure::Refused(AppError::InvalidRequest))?;
    let report = request.report;
    if report == ReportKindDto::Disclosure {
        let (pages, recipient, disclosure) = crate::disclosure::prepare(state, request)?;
        return Ok(PreparedReportDto {
            pages,
            identity: disclosure.into(),
            recipient,
        });
    }
    let locale = Locale::from_tag(&request.language)
        .ok_or(ReportFailure::Refused(AppError::InvalidRequest))?;
    let consent = request.consent_id.as_deref().map(parse_id).transpose()?;
    let records = request
        .record_ids
        .iter()
        .map(|id| parse_id(id))
        .collect::<Result<Vec<_>, _>>()?;
    let today = Local::now().date_naive();
    let contact = state
        .settings
        .lock()
        .map(|s| s.contact.clone())
        .unwrap_or_default();
    let engine = state
        .viewer
        .lock()
        .map_err(|_| ReportFailure::Refused(AppError::StorageFailed))?
        .engine()?;

    let (summary, originals, recipient, disclosure) = with_vault(state, |vault| {
        let file = vault.case_file(case)?;
        let (recipient, disclosure) = recipient_under(&file, consent, &request.recipient, today)?;
        let mut enclosed = Vec::with_capacity(records.len());
        let mut originals = Vec::new();
        for record in &records {
            let (line, original) = enclose(
                vault,
                &engine,
                &file,
                *record,
                report == ReportKindDto::Packet,
            )?;
            enclosed.push(line);
            originals.extend(original);
        }
        let summary = summary_of(&file, disclosure, enclosed, &contact, today)?;
        Ok((summary, originals, recipient, disclosure))
    })?;

    let mut reports = lock_reports(state)?;
    reports.discard();
    let fonts = reports.fonts()?;
    let titles = summary.enclosed.iter().map(|e| e.title.clone()).collect();
    let pdf = Zeroizing::new(match report {
        ReportKindDto::Packet => packet_pdf(&fonts, &state.catalog, &summary, originals, locale)?,
        ReportKindDto::Summary | ReportKindDto::Disclosure => {
            summary_pdf(&fonts, &state.catalog, &summary, locale)?
        }
    });
    let pages = hold(
        state,
        &mut reports,
        case,
        engine,
        pdf,
        Facts {
            report: report.as_str(),
            recipient: recipient.clone(),
            locale,
            records: titles,
            consent,
        },
    )?;
    Ok(PreparedReportDto {
        pages,
        identity: disclosure.into(),
        recipient,
    })
}

/// Lays out a document with the report fonts (read once) and holds it for the preview and
/// the export: `make` is given the fonts.
pub(crate) fn prepare_with(
    state: &App,
    case: CaseId,
    facts: Facts,
    make: impl FnOnce(&Fonts) -> Result<Vec<u8>, ReportFailure>,
) -> Result<u32, ReportFailure> {
    let engine = state
        .viewer
        .lock()
        .map_err(|_| ReportFailure::Refused(AppError::StorageFailed))?
        .engine()?;
    let mut reports = lock_reports(state)?;
    reports.discard();
    let fonts = reports.fonts()?;
    let pdf = Zeroizing::new(make(&fonts)?);
    hold(state, &mut reports, case, engine, pdf, facts)
}

/// Opens a laid-out report for the preview and keeps it for the export; its page count.
fn hold(
    state: &App,
    reports: &mut Reports,
    case: CaseId,
    engine: PdfEngine,
    pdf: Zeroizing<Vec<u8>>,
    facts: Facts,
) -> Result<u32, ReportFailure> {
    // A vault that locked while the report was laid out must not find it open afterwards.
    if !state
        .session
        .lock()
        .map(|mut s| s.vault().is_some())
        .unwrap_or(false)
    {
        return Err(ReportFailure::Refused(AppError::VaultLocked));
    }
    let (doc, pages) = engine.open(pdf.to_vec(), None)?;
    reports.prepared = Some(Prepared {
        case,
        engine,
        doc,
        pages,
        pdf,
        facts,
    });
    Ok(u32::from(pages))
}

/// The report fonts, read once for every report.
pub(crate) fn report_fonts(state: &App) -> Result<Arc<Fonts>, ReportFailure> {
    Ok(lock_reports(state)?.fonts()?)
}

fn lock_reports(state: &App) -> Result<std::sync::MutexGuard<'_, Reports>, ReportFailure> {
    state
        .reports
        .lock()
        .map_err(|_| ReportFailure::Refused(AppError::StorageFailed))
}

/// A page (0-based) of the prepared report as PNG bytes, `width` pixels wide.
pub fn page(state: &App, page: u32, width: u32) -> Result<Vec<u8>, ReportFailure> {
    let reports = lock_reports(state)?;
    let prepared = reports.prepared()?;
    let page = u16::try_from(page).map_err(|_| PdfError::NoSuchPage)?;
    if page >= prepared.pages {
        return Err(PdfError::NoSuchPage.into());
    }
    Ok(prepared.engine.render_png(
        prepared.doc,
        page,
        RenderSize::Width(width.clamp(200, 2400)),
    )?)
}

/// The name the save dialog offers: the report, the reader's language and the day, never the
/// child's name (file dialogs remember what they saved, outside the vault).
pub fn suggested_name(state: &App) -> Result<String, ReportFailure> {
    let reports = lock_reports(state)?;
    let prepared = reports.prepared()?;
    let kind = match prepared.facts.report {
        "packet" => "review-packet",
        "summary" => "case-summary",
        "checklist" => "travel-checklist",
        other => other,
    };
    Ok(format!(
        "{kind}-{}-{}.pdf",
        prepared.facts.locale.tag(),
        Local::now().date_naive().format("%Y-%m-%d")
    ))
}

/// What a failed write of an export tells her: the disk is full, the folder is not hers to
/// write in, or the write failed otherwise.
pub(crate) fn failed(e: std::io::Error) -> ReportFailure {
    match e.kind() {
        std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => {
            ReportFailure::Vault(VaultError::DiskFull)
        }
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
            ReportFailure::Refused(AppError::ExportNotAllowed)
        }
        _ => ReportFailure::Refused(AppError::ExportFailed),
    }
}

/// Writes `pdf` to `path` whole or not at all: into a new file beside it, flushed to the disk,
/// then renamed over the name she chose.
pub(crate) fn write_whole(path: &Path, pdf: &[u8]) -> Result<(), ReportFailure> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut file = tempfile::Builder::new()
        .prefix(".wayfinder-export-")
        .tempfile_in(folder)
        .map_err(failed)?;
    file.write_all(pdf).map_err(failed)?;
    file.as_file().sync_all().map_err(failed)?;
    file.persist(path).map_err(|e| failed(e.error))?;
    Ok(())
}

/// Runs `work` on the open vault: a locked vault, or a lock that a panic poisoned, refuses.
pub(crate) fn with_vault<T>(
    state: &App,
    work: impl FnOnce(&mut OpenVault) -> Result<T, ReportFailure>,
) -> Result<T, ReportFailure> {
    let mut session = state
        .session
        .lock()
        .map_err(|_| ReportFailure::Refused(AppError::StorageFailed))?;
    let vault = session
        .vault()
        .ok_or(ReportFailure::Refused(AppError::VaultLocked))?;
    work(vault)
}

/// Notes in `case` what left the vault, to whom and as which file. The caller removes what it
/// wrote when this fails: nothing leaves unnoted.
pub(crate) fn note_export(
    state: &App,
    case: CaseId,
    values: &[(&str, &str)],
) -> Result<(), ReportFailure> {
    with_vault(state, |vault| {
        vault.record_export(case, values, Utc::now(), Local::now().date_naive())?;
        Ok(())
    })
}

/// Exports the prepared report to `path` and notes in its case what went to whom. Either both
/// happen or neither: a file whose export could not be noted is removed again.
pub fn export(state: &App, path: PathBuf) -> Result<ExportedDto, ReportFailure> {
    let path = crate::interchange::with_extension(path, "pdf");
    let reports = lock_reports(state)?;
    let prepared = reports.prepared()?;
    write_whole(&path, &prepared.pdf)?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let facts = &prepared.facts;
    let pages = prepared.pages.to_string();
    let records = facts.records.join("\n");
    let sha256: String = <sha2::Sha256 as sha2::Digest>::digest(&prepared.pdf)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let consent = facts
        .consent
        .map(|c| wayfinder_core::EntityId::from_bytes(c).to_string())
        .unwrap_or_default();
    let values = [
        ("report", facts.report),
        ("recipient", facts.recipient.as_str()),
        ("language", facts.locale.tag()),
        ("records", records.as_str()),
        ("pages", pages.as_str()),
        ("file", file_name.as_str()),
        ("sha256", sha256.as_str()),
        ("consent", consent.as_str()),
    ];
    let noted = note_export(state, prepared.case, &values);
    if let Err(e) = noted {
        let _ = std::fs::remove_file(&path);
        return Err(e);
    }
    Ok(ExportedDto { file: file_name })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use wayfinder_merge::{AuthorId, Hlc, OpId};
    use wayfinder_vault::Head;

    fn head(value: &str, n: u8) -> Head {
        Head {
            op: OpId([n; 16]),
            author: AuthorId([n; 16]),
            time: Hlc {
                millis: u64::from(n),
                counter: 0,
            },
            value: Some(value.to_owned()),
        }
    }

    fn entity(kind: EntityKind, fields: &[(&str, &str)]) -> EntityView {
        EntityView {
            id: [kind as u8; 16],
            kind,
            created_millis: 0,
            fields: fields
                .iter()
                .map(|(f, v)| ((*f).to_owned(), vec![head(v, 1)]))
                .collect::<BTreeMap<_, _>>(),
            deletion_conflict: None,
        }
    }

    fn file() -> Vec<EntityView> {
        vec![
            entity(
                EntityKind::Case,
                &[
                    ("stage", "review"),
                    ("child.name", "Layla Haddad"),
                    ("child.date_of_birth", "2018-04-02"),
                    ("child.sex", "female"),
                    ("child.country", "AE"),
                    ("diagnosis.icd10", "C71.6"),
                ],
            ),
            entity(
                EntityKind::Treatment,
                &[("what", "Radiotherapy"), ("from", "2026-09-01")],
            ),
            entity(
                EntityKind::Treatment,
                &[("what", "Surgery"), ("from", "2026-08-01")],
            ),
            entity(EntityKind::Treatment, &[("what", "Undated")]),
            entity(EntityKind::Question, &[("text", "Second-look surgery?")]),
        ]
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
    }

    fn summary(disclosure: Disclosure) -> Result<Summary, ReportFailure> {
        summary_of(
            &file(),
            disclosure,
            Vec::new(),
            &Contact::default(),
            today(),
        )
    }

    #[test]
    fn the_consent_decides_how_much_of_the_child_a_summary_names() {
        let full = summary(Disclosure::Full).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(full.child.name.as_deref(), Some("Layla Haddad"));
        assert_eq!(full.child.date_of_birth, date(Some("2018-04-02")));
        assert_eq!(full.child.country.as_deref(), Some("AE"));
        assert_eq!(full.child.age, Some(8));
        let initialled = summary(Disclosure::Initials).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(initialled.child.name.as_deref(), Some("L. H."));
        assert_eq!(initialled.child.date_of_birth, None);
        assert_eq!(initialled.child.country, None);
        assert_eq!(initialled.child.age, Some(8));
        let anonymous = summary(Disclosure::Nothing).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(anonymous.child.name, None);
        assert_eq!(anonymous.child.date_of_birth, None);
        assert_eq!(anonymous.child.sex.as_deref(), Some("female"));
        // The rest of the case is the same whatever the consent.
        assert_eq!(
            anonymous.diagnosis.icd10.as_ref().map(|(c, _)| c.as_str()),
            Some("C71.6")
        );
        let steps: Vec<&str> = full.timeline.iter().map(|t| t.what.as_str()).collect();
        assert_eq!(steps, ["Surgery", "Radiotherapy", "Undated"]);
        assert_eq!(full.questions, ["Second-look surgery?"]);
    }

    #[test]
    fn a_field_with_two_versions_stops_the_report_until_someone_chooses() {
        let mut file = file();
        if let Some(case) = file.first_mut() {
            case.fields.insert(
                "diagnosis.text".into(),
                vec![head("Medulloblastoma", 1), head("Ependymoma", 2)],
            );
        }
        let result = summary_of(
            &file,
            Disclosure::Full,
            Vec::new(),
            &Contact::default(),
            today(),
        );
        assert_eq!(result.err().map(|e| e.code()), Some("report-conflict"));
    }

    #[test]
    fn an_export_is_written_whole_where_she_chose_and_nowhere_else() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("packet.pdf");
        write_whole(&path, b"%PDF-1.7 whole").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(std::fs::read(&path).unwrap_or_default(), b"%PDF-1.7 whole");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .map(|d| d.filter_map(|e| e.ok()).map(|e| e.file_name()).collect())
            .unwrap_or_default();
        assert_eq!(names.len(), 1, "{names:?}");
        // A folder she may not write to gives its own error, and leaves nothing behind.
        let missing = dir.path().join("no-such-folder").join("packet.pdf");
        let refused = write_whole(&missing, b"%PDF").err().map(|e| e.code());
        assert_eq!(refused, Some("export-failed"));
    }
}
