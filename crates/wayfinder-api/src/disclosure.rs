//! What left the vault for one child: every export the case notes (packets, summaries,
//! originals, translations, FHIR Bundles, earlier disclosure reports), to whom, when, under
//! which consent, with each file's SHA-256. Made as a report in the family's language, or as
//! a statement signed with her key that `wayfinder-audit verify` checks without the vault.

use crate::App;
use crate::commands::{author_names, author_text, today};
use crate::dto::{ExportedDto, ReportRequestDto};
use crate::error::AppError;
use crate::reports::{
    ReportFailure, note_export, parse_id, prepare_with, recipient_under, with_vault, write_whole,
};
use chrono::{TimeZone, Utc};
use std::collections::BTreeMap;
use std::path::PathBuf;
use wayfinder_core::disclosure::{Disclosure, initials};
use wayfinder_core::{CaseId, EntityKind};
use wayfinder_i18n::Locale;
use wayfinder_merge::AuthorId;
use wayfinder_reports::{DisclosureLine, DisclosureReport, disclosure_pdf};
use wayfinder_sync::statement::{Disclosed, FORMAT, StatementBody};
use wayfinder_vault::EntityView;

fn utc(millis: u64) -> chrono::DateTime<Utc> {
    Utc.timestamp_millis_opt(i64::try_from(millis).unwrap_or(i64::MAX))
        .single()
        .unwrap_or_default()
}

/// A consent in words: what, to whom, until when.
fn consent_text(consent: &EntityView) -> String {
    let mut text = [consent.value("what"), consent.value("recipient")]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    if let Some(until) = consent.value("until") {
        text.push_str(&format!(" ({until})"));
    }
    text
}

/// Each export of the case, oldest first, as the statement lists it.
pub(crate) fn disclosures(
    file: &[EntityView],
    names: &BTreeMap<[u8; 16], String>,
) -> Vec<Disclosed> {
    let mut exports: Vec<&EntityView> = file
        .iter()
        .filter(|e| e.kind == EntityKind::Export)
        .collect();
    exports.sort_by_key(|e| e.created_millis);
    exports
        .into_iter()
        .map(|e| {
            let text = |f: &str| e.value(f).unwrap_or_default().to_owned();
            let consent = e.value("consent").map(|ids| {
                ids.split_whitespace()
                    .map(|id| {
                        id.parse::<wayfinder_core::EntityId>()
                            .ok()
                            .and_then(|id| {
                                file.iter().find(|c| {
                                    c.kind == EntityKind::Consent && c.id == id.into_bytes()
                                })
                            })
                            // A consent since deleted is still named, by its id.
                            .map_or_else(|| id.to_owned(), consent_text)
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            });
            let by = e
                .fields
                .get("report")
                .and_then(|heads| heads.first())
                .map(|h| author_text(names, AuthorId(h.author.0)))
                .unwrap_or_default();
            Disclosed {
                at: utc(e.created_millis).to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                report: text("report"),
                recipient: text("recipient"),
                language: text("language"),
                file: e.value("file").map(str::to_owned),
                sha256: e.value("sha256").map(str::to_owned),
                consent,
                records: e
                    .value("records")
                    .map(|r| r.lines().map(str::to_owned).collect())
                    .unwrap_or_default(),
                by,
            }
        })
        .collect()
}

/// The child as much as `disclosure` lets the reader see: her name, her initials, or nothing.
fn child_shown(file: &[EntityView], disclosure: Disclosure) -> String {
    let name = file
        .first()
        .and_then(|c| c.value("child.name"))
        .unwrap_or_default();
    match disclosure {
        Disclosure::Full => name.to_owned(),
        Disclosure::Initials => initials(name),
        Disclosure::Nothing => String::new(),
    }
}

struct Gathered {
    case: CaseId,
    recipient: String,
    disclosure: Disclosure,
    consent: Option<[u8; 16]>,
    child: String,
    disclosures: Vec<Disclosed>,
    me: String,
}

fn gather(state: &App, request: &ReportRequestDto) -> Result<Gathered, ReportFailure> {
    let case: CaseId = request
        .case_id
        .parse()
        .map_err(|_| ReportFailure::Refused(AppError::InvalidRequest))?;
    let consent = request.consent_id.as_deref().map(parse_id).transpose()?;
    with_vault(state, |vault| {
        let file = vault.case_file(case)?;
        let (recipient, disclosure) = recipient_under(&file, consent, &request.recipient, today())?;
        let names = author_names(vault)?;
        let me = author_text(&names, vault.author()?);
        Ok(Gathered {
            case,
            recipient,
            disclosure,
            consent,
            child: child_shown(&file, disclosure),
            disclosures: disclosures(&file, &names),
            me,
        })
    })
}

/// Lays out the disclosure report in the language the request names and holds it for the
/// preview and the export, like any report.
pub(crate) fn prepare(
    state: &App,
    request: &ReportRequestDto,
) -> Result<(u32, String, Disclosure), ReportFailure> {
    let locale = Locale::from_tag(&request.language)
        .ok_or(ReportFailure::Refused(AppError::InvalidRequest))?;
    let gathered = gather(state, request)?;
    let lines = gathered
        .disclosures
        .iter()
        .map(|d| DisclosureLine {
            day: chrono::DateTime::parse_from_rfc3339(&d.at)
                .map(|t| t.with_timezone(&chrono::Local).date_naive())
                .unwrap_or_else(|_| today()),
            report: d.report.clone(),
            recipient: d.recipient.clone(),
            consent: d.consent.clone(),
            file: d.file.clone(),
            sha256: d.sha256.clone(),
            by: d.by.clone(),
        })
        .collect();
    let report = DisclosureReport {
        child: gathered.child.clone(),
        lines,
        today: today(),
    };
    let pages = prepare_with(
        state,
        gathered.case,
        crate::reports::Facts {
            report: "disclosure",
            recipient: gathered.recipient.clone(),
            locale,
            records: Vec::new(),
            consent: gathered.consent,
        },
        |fonts| Ok(disclosure_pdf(fonts, &state.catalog, &report, locale)?),
    )?;
    Ok((pages, gathered.recipient, gathered.disclosure))
}

/// Checks the statement can be made for the recipient, and gives the save dialog's title and
/// a name (the date, never the child's name).
pub fn statement_offer(
    state: &App,
    request: &ReportRequestDto,
) -> Result<(String, String), ReportFailure> {
    gather(state, request)?;
    Ok((
        state
            .catalog
            .message(state.locale(), "statement-save-title", &[]),
        format!("disclosures-{}.json", today()),
    ))
}

/// Writes the signed statement to `path` (`.json` added if she left it off) and notes its
/// export in the case, like any file that leaves the vault. Either both happen or neither.
pub fn export_statement(
    state: &App,
    request: &ReportRequestDto,
    path: PathBuf,
) -> Result<ExportedDto, ReportFailure> {
    let path = crate::interchange::with_extension(path, "json");
    let gathered = gather(state, request)?;
    let body = StatementBody {
        format: FORMAT.to_owned(),
        case: gathered.case.to_string(),
        child: gathered.child,
        made_at: Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        made_by: gathered.me,
        disclosures: gathered.disclosures,
    };
    let bytes = with_vault(state, |vault| Ok(vault.sign_statement(body)?))?;
    write_whole(&path, &bytes)?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let sha256 = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&bytes));
    let consent = gathered
        .consent
        .map(|c| wayfinder_core::EntityId::from_bytes(c).to_string())
        .unwrap_or_default();
    let language = state.locale().tag().to_owned();
    let values = [
        ("report", "statement"),
        ("recipient", gathered.recipient.as_str()),
        ("language", language.as_str()),
        ("file", file_name.as_str()),
        ("sha256", sha256.as_str()),
        ("consent", consent.as_str()),
    ];
    if let Err(e) = note_export(state, gathered.case, &values) {
        let _ = std::fs::remove_file(&path);
        return Err(e);
    }
    Ok(ExportedDto { file: file_name })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands;
    use crate::dto::{EntityKindDto, ErrorDto, ReportKindDto};
    use crate::reading::tests::{app_with_case_in, import};
    use sha2::Digest;

    fn fail<T>(e: ErrorDto) -> T {
        panic!("{}: {}", e.code, e.message)
    }

    fn request(
        case: &str,
        report: ReportKindDto,
        consent: Option<&str>,
        records: Vec<String>,
    ) -> ReportRequestDto {
        ReportRequestDto {
            case_id: case.to_owned(),
            report,
            language: "fr".to_owned(),
            consent_id: consent.map(str::to_owned),
            recipient: "la famille".to_owned(),
            record_ids: records,
        }
    }

    #[test]
    fn every_file_that_left_is_in_the_signed_statement_with_its_hash_and_consent() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case) = app_with_case_in(tmp.path(), "Layla Haddad", &["ar", "fr"]);
        commands::add_entity(
            &app,
            case.clone(),
            EntityKindDto::Consent,
            [
                ("what", "Second avis"),
                ("recipient", "Centre Léon Bérard"),
                ("identity", "initials"),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect(),
        )
        .unwrap_or_else(fail);
        let pdf = tmp.path().join("biopsy.pdf");
        std::fs::copy(
            wayfinder_testkit::fixture("pdfs/ArabicCIDTrueType.pdf"),
            &pdf,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        import(&app, &case, vec![pdf]);
        let file = commands::get_case_file(&app, case.clone()).unwrap_or_else(fail);
        let consent = file
            .entities
            .iter()
            .find(|e| e.kind == EntityKindDto::Consent)
            .map(|e| e.id.clone());
        let record = file
            .entities
            .iter()
            .find(|e| e.content.is_some())
            .map(|e| e.id.clone());

        // A packet under the consent, then a FHIR Bundle to someone she names.
        commands::prepare_report(
            &app,
            request(
                &case,
                ReportKindDto::Packet,
                consent.as_deref(),
                record.into_iter().collect(),
            ),
        )
        .unwrap_or_else(fail);
        let packet = tmp.path().join("packet.pdf");
        commands::export_report(&app, packet.clone()).unwrap_or_else(fail);
        crate::fhir::export_fhir(
            &app,
            &crate::dto::FhirExportRequestDto {
                case_id: case.clone(),
                consent_id: None,
                recipient: "Great Ormond Street".to_owned(),
                originals: false,
            },
            tmp.path().join("case.json"),
        )
        .unwrap_or_else(fail);

        // The disclosure report, previewed like any report, in the family's language.
        let prepared = commands::prepare_report(
            &app,
            request(
                &case,
                ReportKindDto::Disclosure,
                consent.as_deref(),
                Vec::new(),
            ),
        )
        .unwrap_or_else(fail);
        assert_eq!(prepared.identity, crate::dto::IdentityDto::Initials);
        commands::export_report(&app, tmp.path().join("disclosures.pdf")).unwrap_or_else(fail);

        // The statement, signed, lists all three with their hashes, and verifies alone.
        let statement = tmp.path().join("statement");
        export_statement(
            &app,
            &request(
                &case,
                ReportKindDto::Disclosure,
                consent.as_deref(),
                Vec::new(),
            ),
            statement,
        )
        .unwrap_or_else(|e| fail(app.error(&e)));
        let bytes =
            std::fs::read(tmp.path().join("statement.json")).unwrap_or_else(|e| panic!("{e}"));
        let verified = wayfinder_sync::statement::verify(&bytes).unwrap_or_else(|e| panic!("{e}"));
        let body = verified.body;
        assert_eq!(body.child, "L. H.", "the consent allows initials only");
        assert_eq!(body.case, case);
        let kinds: Vec<&str> = body.disclosures.iter().map(|d| d.report.as_str()).collect();
        assert_eq!(kinds, ["packet", "fhir", "disclosure"]);
        let packet_bytes = std::fs::read(&packet).unwrap_or_else(|e| panic!("{e}"));
        let sent = &body.disclosures[0];
        assert_eq!(
            sent.sha256.as_deref(),
            Some(hex::encode(sha2::Sha256::digest(&packet_bytes)).as_str())
        );
        assert_eq!(sent.recipient, "Centre Léon Bérard");
        assert!(
            sent.consent
                .as_deref()
                .is_some_and(|c| c.contains("Second avis")),
            "{sent:?}"
        );
        assert_eq!(body.disclosures[1].recipient, "Great Ormond Street");
        assert_eq!(body.disclosures[1].consent, None);
        // The statement's own export is noted too, for the next one.
        let file = commands::get_case_file(&app, case.clone()).unwrap_or_else(fail);
        let noted = file
            .entities
            .iter()
            .filter(|e| e.kind == EntityKindDto::Export)
            .filter_map(|e| {
                e.fields
                    .get("report")
                    .and_then(|h| h.first())
                    .and_then(|h| h.value.clone())
            })
            .collect::<Vec<_>>();
        assert_eq!(noted, ["packet", "fhir", "disclosure", "statement"]);
    }
}
