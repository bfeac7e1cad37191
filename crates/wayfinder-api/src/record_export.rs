//! A record sent on its own: its original as the family gave it (a protected PDF without its
//! password, which the recipient could not know), or a DICOM study as a folder of its original
//! image files, which any DICOM viewer opens. Like a report it goes to a recipient, under a
//! consent or to someone she names, and is noted in the case as an export; a file that could
//! not be noted is removed again.

use crate::App;
use crate::dto::{ExportedDto, RecordExportRequestDto};
use crate::error::AppError;
use crate::reports::{
    ReportFailure, date, failed, in_conflict, note_export, parse_id, recipient_under, with_vault,
    write_whole,
};
use chrono::Local;
use std::io::Write;
use std::path::{Path, PathBuf};
use wayfinder_core::{CaseId, Content, EntityKind, Media};
use wayfinder_records::study;
use wayfinder_vault::{OpenVault, VaultError};

/// What goes out, checked against the case file as it is now.
struct Outgoing {
    case: CaseId,
    record: [u8; 16],
    title: String,
    category: String,
    day: String,
    language: Option<String>,
    content: Content,
    recipient: String,
}

/// The record the request names, in its case, with no field in conflict, and to whom it goes.
fn check(state: &App, request: &RecordExportRequestDto) -> Result<Outgoing, ReportFailure> {
    let case: CaseId = request
        .case_id
        .parse()
        .map_err(|_| ReportFailure::Refused(AppError::InvalidRequest))?;
    let record = parse_id(&request.record_id)?;
    let consent = request.consent_id.as_deref().map(parse_id).transpose()?;
    let today = Local::now().date_naive();
    with_vault(state, |vault| {
        let file = vault.case_file(case)?;
        let entity = file
            .iter()
            .find(|e| e.id == record && e.kind == EntityKind::Record)
            .ok_or(ReportFailure::Refused(AppError::InvalidRequest))?;
        if in_conflict(
            entity,
            &["title", "category", "date", "language", "content"],
        ) {
            return Err(ReportFailure::Refused(AppError::ReportConflict));
        }
        let content = entity
            .value("content")
            .and_then(Content::parse)
            .ok_or(ReportFailure::Vault(VaultError::Damaged))?;
        let (recipient, _) = recipient_under(&file, consent, &request.recipient, today)?;
        Ok(Outgoing {
            case,
            record,
            title: entity.value("title").unwrap_or_default().to_owned(),
            category: entity.value("category").unwrap_or("other").to_owned(),
            day: date(entity.value("date")).unwrap_or(today).to_string(),
            language: entity.value("language").map(str::to_owned),
            content,
            recipient,
        })
    })
}

/// The extension a file of `media` is saved with; a study is a folder and has none.
fn extension(media: Media) -> Option<&'static str> {
    match media {
        Media::Pdf => Some("pdf"),
        Media::Jpeg => Some("jpg"),
        Media::Png => Some("png"),
        Media::Tiff => Some("tif"),
        Media::Dicom => None,
    }
}

/// The name the save dialog offers: the record's category and date, never its title, which may
/// name the child (file dialogs remember what they saved, outside the vault).
fn suggested_name(outgoing: &Outgoing) -> String {
    let stem = format!("{}-{}", outgoing.category, outgoing.day);
    match extension(outgoing.content.media) {
        Some(ext) => format!("{stem}.{ext}"),
        None => stem,
    }
}

/// Checks that the record can go to the recipient, and gives what the save dialog offers: its
/// title and a name. A refusal shows before she picks a place.
pub fn offer(
    state: &App,
    request: &RecordExportRequestDto,
) -> Result<(String, String), ReportFailure> {
    let outgoing = check(state, request)?;
    let title = if outgoing.content.media == Media::Dicom {
        "record-export-folder-title"
    } else {
        "record-export-title"
    };
    Ok((
        state.catalog.message(state.locale(), title, &[]),
        suggested_name(&outgoing),
    ))
}

/// The original's bytes to write: a protected PDF copied without its password, in memory.
pub(crate) fn original(
    state: &App,
    vault: &OpenVault,
    record: [u8; 16],
) -> Result<Vec<u8>, ReportFailure> {
    let (_, blob) = vault.record(record)?;
    let bytes = vault.files().read_all(blob.file)?;
    if blob.content.media != Media::Pdf || blob.secret.is_none() {
        return Ok(bytes);
    }
    let engine = state
        .viewer
        .lock()
        .map_err(|_| ReportFailure::Refused(AppError::StorageFailed))?
        .engine()?;
    let (doc, _) = engine.open(bytes, blob.secret.as_deref())?;
    let copy = engine.unprotected_copy(doc);
    engine.close(doc);
    Ok(copy?)
}

/// Writes a study's images, each its original file, into a new folder beside `path`, flushed
/// to the disk, then renames the folder to `path`: she finds the whole study there or nothing.
fn write_study(vault: &OpenVault, record: [u8; 16], path: &Path) -> Result<(), ReportFailure> {
    let (_, blob) = vault.record(record)?;
    let files = vault.files();
    let prefix = files.read_range(blob.file, 0, study::PREFIX_LEN)?;
    let damaged = |_| ReportFailure::Vault(VaultError::Damaged);
    let table_len = study::table_len(&prefix).map_err(damaged)?;
    let table = study::parse_table(&files.read_range(blob.file, study::PREFIX_LEN, table_len)?)
        .map_err(damaged)?;
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let folder = tempfile::Builder::new()
        .prefix(".wayfinder-export-")
        .tempdir_in(parent)
        .map_err(failed)?;
    for index in 0..table.images.len() {
        let (offset, len) = study::image_range(&table, table_len, index)
            .ok_or(ReportFailure::Vault(VaultError::Damaged))?;
        let bytes = files.read_range(blob.file, offset, len)?;
        let mut file =
            std::fs::File::create(folder.path().join(image_name(index))).map_err(failed)?;
        file.write_all(&bytes).map_err(failed)?;
        file.sync_all().map_err(failed)?;
    }
    std::fs::rename(folder.path(), path).map_err(failed)?;
    // The folder is hers now, under the name she chose: the guard must not remove it.
    let _ = folder.keep();
    if let Ok(dir) = std::fs::File::open(parent) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// The name of a study's image `index` (from 0) in its folder, in the study's order.
fn image_name(index: usize) -> String {
    format!("IM{:05}.dcm", index + 1)
}

/// Where the export goes: the path she chose, with the original's extension if she left it
/// off. A study is a new folder, and never goes into, or over, what is already there.
fn destination(path: PathBuf, ext: Option<&str>) -> Result<PathBuf, ReportFailure> {
    match ext {
        Some(ext)
            if !path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case(ext)) =>
        {
            let mut named = path.into_os_string();
            named.push(".");
            named.push(ext);
            Ok(PathBuf::from(named))
        }
        Some(_) => Ok(path),
        None if path.exists() => Err(ReportFailure::Refused(AppError::ExportExists)),
        None => Ok(path),
    }
}

/// Exports the record the request names to `path` (a file, or for a study a new folder) and
/// notes the export in its case. Either both happen or neither.
pub fn export(
    state: &App,
    request: &RecordExportRequestDto,
    path: PathBuf,
) -> Result<ExportedDto, ReportFailure> {
    let outgoing = check(state, request)?;
    let ext = extension(outgoing.content.media);
    let path = destination(path, ext)?;
    // The SHA-256 of a file written, for the disclosure report; a study is a folder of many.
    let sha256 = with_vault(state, |vault| {
        if ext.is_none() {
            write_study(vault, outgoing.record, &path).map(|()| String::new())
        } else {
            let bytes = zeroize::Zeroizing::new(original(state, vault, outgoing.record)?);
            write_whole(&path, &bytes)?;
            Ok(hex::encode(<sha2::Sha256 as sha2::Digest>::digest(
                &bytes[..],
            )))
        }
    })?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let pages = outgoing.content.pages.to_string();
    let language = outgoing
        .language
        .clone()
        .unwrap_or_else(|| state.locale().tag().to_owned());
    let consent = request.consent_id.clone().unwrap_or_default();
    let values = [
        ("report", "record"),
        ("recipient", outgoing.recipient.as_str()),
        ("language", language.as_str()),
        ("records", outgoing.title.as_str()),
        ("pages", pages.as_str()),
        ("file", file_name.as_str()),
        ("sha256", sha256.as_str()),
        ("consent", consent.as_str()),
    ];
    if let Err(e) = note_export(state, outgoing.case, &values) {
        let _ = if ext.is_none() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
        return Err(e);
    }
    Ok(ExportedDto { file: file_name })
}

#[cfg(test)]
mod tests {
    use super::*;
    use wayfinder_records::{Choices, Importer, Item, Outcome, plan};

    #[test]
    fn a_study_is_a_folder_and_every_other_original_keeps_its_kind() {
        let named = |media| {
            suggested_name(&Outgoing {
                case: CaseId::new(chrono::Utc::now(), [0; 10]),
                record: [0; 16],
                title: "Layla Haddad biopsy.pdf".into(),
                category: "pathology".into(),
                day: "2026-11-03".into(),
                language: None,
                content: Content {
                    media,
                    size: 1,
                    pages: 1,
                    hash: [0; 32],
                },
                recipient: "Lyon".into(),
            })
        };
        // Never the title, which may name the child: file dialogs remember what they saved.
        assert_eq!(named(Media::Pdf), "pathology-2026-11-03.pdf");
        assert_eq!(named(Media::Jpeg), "pathology-2026-11-03.jpg");
        assert_eq!(named(Media::Tiff), "pathology-2026-11-03.tif");
        assert_eq!(named(Media::Dicom), "pathology-2026-11-03");
    }

    #[test]
    fn an_export_goes_where_she_chose_and_a_study_never_over_what_is_there() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let to = |name: &str, ext| {
            destination(dir.path().join(name), ext)
                .map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                .map_err(|e| e.code())
        };
        assert_eq!(to("biopsy", Some("pdf")), Ok(Some("biopsy.pdf".into())));
        assert_eq!(to("biopsy.PDF", Some("pdf")), Ok(Some("biopsy.PDF".into())));
        assert_eq!(
            to("scan.jpeg", Some("jpg")),
            Ok(Some("scan.jpeg.jpg".into()))
        );
        assert_eq!(to("CT for Lyon", None), Ok(Some("CT for Lyon".into())));
        std::fs::create_dir(dir.path().join("CT for Lyon")).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(to("CT for Lyon", None), Err("export-exists"));
        std::fs::write(dir.path().join("a file"), b"hers").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(to("a file", None), Err("export-exists"));
        assert_eq!(
            std::fs::read(dir.path().join("a file")).ok(),
            Some(b"hers".to_vec())
        );
    }

    #[test]
    fn a_study_leaves_as_a_folder_of_its_original_files_whole_or_not_at_all() {
        let (_tmp, _path, _dir, mut vault, _vk) = wayfinder_testkit::new_vault();
        let now = chrono::Utc::now();
        let case = CaseId::new(now, wayfinder_testkit::random_tail());
        vault
            .create_case(case, &wayfinder_testkit::child("Layla Haddad"), now)
            .unwrap_or_else(|e| panic!("{e}"));
        let engine = wayfinder_pdf::PdfEngine::shared(&wayfinder_pdf::library_path())
            .unwrap_or_else(|e| panic!("{e}"));
        let cd = wayfinder_testkit::fixture("dicom/cd");
        let batch = plan(&[cd.join("DICOMDIR")]);
        let study = batch
            .items
            .first()
            .unwrap_or_else(|| panic!("no study on the CD"));
        let Outcome::Imported {
            record, content, ..
        } = (Importer { engine: &engine }).import(
            &mut vault,
            case,
            study,
            &Choices::default(),
            now,
            now.date_naive(),
        )
        else {
            panic!("the study was not imported");
        };
        let out = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let folder = out.path().join("MR for Lyon");
        write_study(&vault, record, &folder).unwrap_or_else(|e| panic!("{e}"));
        let mut written: Vec<Vec<u8>> = std::fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("{e}"))
            .map(|e| std::fs::read(e.unwrap_or_else(|e| panic!("{e}")).path()).unwrap_or_default())
            .collect();
        assert_eq!(written.len() as u32, content.pages);
        // Each is one of the CD's own files, byte for byte.
        let Item::Study { images, .. } = study else {
            panic!("not a study");
        };
        let mut originals: Vec<Vec<u8>> = images
            .iter()
            .map(|(p, _)| std::fs::read(p).unwrap_or_default())
            .collect();
        written.sort();
        originals.sort();
        assert_eq!(written, originals);
        // Nothing of the work is left beside it.
        let names: Vec<_> = std::fs::read_dir(out.path())
            .unwrap_or_else(|e| panic!("{e}"))
            .filter_map(|e| e.ok().map(|e| e.file_name()))
            .collect();
        assert_eq!(names, ["MR for Lyon"]);
        // A folder that cannot be made leaves nothing behind, and says so.
        let nowhere = out.path().join("no such folder").join("MR");
        let failed = write_study(&vault, record, &nowhere)
            .err()
            .map(|e| e.code());
        assert_eq!(failed, Some("export-failed"));
        assert!(!out.path().join("no such folder").exists());
    }
}
