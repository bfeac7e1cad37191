//! Records for the window: the import that runs beside the UI and reports as it goes, the pages
//! rendered for the viewer (bytes over IPC, never files), and search.

use crate::App;
use crate::commands::id_text;
use crate::dto::{
    HighlightDto, ImportEventDto, ImportRequestDto, PageSizeDto, PickedDto, RecordPlaceDto,
    RecordViewDto, SearchHitDto, SearchRequestDto, StudyImageDto,
};
use crate::error;
use crate::error::AppError;
use chrono::{Local, Utc};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use wayfinder_core::{CaseId, Media};
use wayfinder_pdf::{DocId, PdfEngine, PdfError, RenderSize, library_path};
use wayfinder_records::image::ImageError;
use wayfinder_records::study::{self, StudyError};
use wayfinder_records::{Choices, Importer, Item, Outcome, dicom, plan};
use wayfinder_vault::{Blob, HitPlace, OpenVault, Scope, VaultError};
use zeroize::Zeroize;

/// Why a page could not be shown; each maps to an `error-<code>` message.
#[derive(Debug, thiserror::Error)]
pub enum ViewError {
    #[error(transparent)]
    Vault(#[from] VaultError),
    #[error(transparent)]
    Pdf(#[from] PdfError),
    #[error(transparent)]
    Image(#[from] ImageError),
    #[error(transparent)]
    Dicom(#[from] dicom::DicomError),
    #[error(transparent)]
    Study(#[from] StudyError),
}

wayfinder_core::error_codes! {
    ViewError {
        ViewError::Study(StudyError::Damaged) => "vault-damaged",
        ViewError::Study(StudyError::TooNew) => "vault-too-new",
        @passes
        ViewError::Vault(e) => e,
        ViewError::Pdf(e) => e,
        ViewError::Image(e) => e,
        ViewError::Dicom(e) => e,
    }
}

/// The documents open in PDFium for reading, the most recent last. Their decrypted bytes live
/// in PDFium's memory only, and every one is closed when the vault locks.
#[derive(Default)]
pub struct Viewer {
    engine: Option<PdfEngine>,
    open: Vec<([u8; 16], DocId)>,
}

/// How many documents stay open for quick paging back and forth between them.
const KEEP_OPEN: usize = 3;

impl Viewer {
    pub fn engine(&mut self) -> Result<PdfEngine, PdfError> {
        if let Some(engine) = &self.engine {
            return Ok(engine.clone());
        }
        let engine = PdfEngine::shared(&library_path())?;
        self.engine = Some(engine.clone());
        Ok(engine)
    }

    fn document(
        &mut self,
        vault: &OpenVault,
        record: [u8; 16],
        blob: &Blob,
    ) -> Result<DocId, ViewError> {
        if let Some(position) = self.open.iter().position(|(r, _)| *r == record) {
            let entry = self.open.remove(position);
            self.open.push(entry);
            return Ok(entry.1);
        }
        let engine = self.engine()?;
        let bytes = vault.files().read_all(blob.file)?;
        let (doc, _) = engine.open(bytes, blob.secret.as_deref())?;
        self.open.push((record, doc));
        if self.open.len() > KEEP_OPEN {
            let (_, oldest) = self.open.remove(0);
            engine.close(oldest);
        }
        Ok(doc)
    }

    /// Closes every open document (on lock).
    pub fn close_all(&mut self) {
        if let Some(engine) = &self.engine {
            for (_, doc) in self.open.drain(..) {
                engine.close(doc);
            }
        }
    }
}

fn place_dto(place: &wayfinder_vault::RecordPlace) -> RecordPlaceDto {
    RecordPlaceDto {
        case_id: place.case.to_string(),
        case_name: place.case_name.clone(),
        record_id: id_text(place.record),
        title: place.title.clone(),
    }
}

/// Starts importing `request` in the background; events arrive on `events`. One import runs
/// at a time.
impl App {
    /// Files and folders she chose in a system dialog or dropped on the window: each gets an
    /// opaque token, which is all the window sees and all it can ask to import.
    pub fn picked(&self, paths: Vec<PathBuf>) -> Vec<PickedDto> {
        let Ok(mut picked) = self.picked.lock() else {
            return Vec::new();
        };
        paths
            .into_iter()
            .filter_map(|path| {
                let mut bytes = [0u8; 16];
                getrandom::fill(&mut bytes).ok()?;
                let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                picked.insert(token.clone(), path);
                Some(PickedDto { token, name })
            })
            .collect()
    }

    /// A token for one file of an import, for the window to retry it with.
    fn token_for(&self, path: &std::path::Path) -> String {
        self.picked(vec![path.to_path_buf()])
            .pop()
            .map(|p| p.token)
            .unwrap_or_default()
    }

    /// Forgets every token: after a lock the window must pick again.
    pub(crate) fn forget_picked(&self) {
        if let Ok(mut picked) = self.picked.lock() {
            picked.clear();
        }
    }

    /// The files behind the window's tokens; any token she was not given refuses the lot.
    fn resolve(&self, tokens: &[String]) -> Result<Vec<PathBuf>, crate::dto::ErrorDto> {
        let picked = self
            .picked
            .lock()
            .map_err(|_| self.error(&AppError::StorageFailed))?;
        tokens
            .iter()
            .map(|t| picked.get(t).cloned())
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| self.error(&AppError::InvalidRequest))
    }
}

pub fn start_import(
    state: &Arc<App>,
    mut request: ImportRequestDto,
    events: impl Fn(ImportEventDto) + Send + 'static,
) -> Result<(), crate::dto::ErrorDto> {
    let case: CaseId = request
        .case_id
        .parse()
        .map_err(|_| state.error(&AppError::InvalidRequest))?;
    let paths = state.resolve(&request.files)?;
    if let Some(category) = &request.category
        && !wayfinder_core::schema::RECORD_CATEGORIES.contains(&category.as_str())
    {
        return Err(state.error(&AppError::InvalidRequest));
    }
    if state.importing.swap(true, Ordering::SeqCst) {
        return Err(state.error(&AppError::ImportBusy));
    }
    state.cancel_import.store(false, Ordering::SeqCst);
    let worker = Arc::clone(state);
    let spawned = std::thread::Builder::new()
        .name("import".to_owned())
        .spawn(move || {
            let state = worker;
            run_import(&state, case, &paths, &request, &events);
            if let Some(password) = request.password.as_mut() {
                password.zeroize();
            }
            state.importing.store(false, Ordering::SeqCst);
        });
    if spawned.is_err() {
        state.importing.store(false, Ordering::SeqCst);
        return Err(state.error(&AppError::StorageFailed));
    }
    Ok(())
}

fn run_import(
    state: &App,
    case: CaseId,
    paths: &[PathBuf],
    request: &ImportRequestDto,
    events: &impl Fn(ImportEventDto),
) {
    let batch = plan(paths);
    let total = (batch.items.len() + batch.unreadable.len()) as u32;
    events(ImportEventDto::Started { total });
    let locale = state.locale();
    let message = |id: &str, args: &[(&str, wayfinder_i18n::Arg<'_>)]| {
        state.catalog.message(locale, id, args)
    };
    let choices = Choices {
        category: request.category.clone(),
        allow_duplicate: request.allow_duplicate,
        password: request.password.clone(),
    };
    let engine = state.viewer.lock().ok().map(|mut v| v.engine());
    let mut imported = 0;
    let mut index = 0u32;
    for path in &batch.unreadable {
        let refused = state.error(&wayfinder_records::ImportError::Unreadable);
        events(ImportEventDto::Done {
            index,
            file: state.token_for(path),
            title: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            outcome: refused.code,
            message: refused.message,
            record_id: None,
            places: Vec::new(),
        });
        index += 1;
    }
    for item in &batch.items {
        if state.cancel_import.load(Ordering::SeqCst) {
            events(ImportEventDto::Finished {
                imported,
                cancelled: true,
            });
            return;
        }
        let title = item.title();
        events(ImportEventDto::Working {
            index,
            total,
            title: title.clone(),
        });
        let outcome = match &engine {
            Some(Ok(engine)) => {
                let importer = Importer { engine };
                let session = state.session.lock();
                match session {
                    Ok(mut session) => match session.vault() {
                        Some(vault) => importer.import(
                            vault,
                            case,
                            item,
                            &choices,
                            Utc::now(),
                            Local::now().date_naive(),
                        ),
                        None => {
                            events(ImportEventDto::Finished {
                                imported,
                                cancelled: true,
                            });
                            return;
                        }
                    },
                    Err(_) => Outcome::Refused(
                        VaultError::Storage {
                            kind: "lock".to_owned(),
                        }
                        .into(),
                    ),
                }
            }
            Some(Err(e)) => Outcome::Refused(e.clone().into()),
            None => Outcome::Refused(PdfError::EngineStopped.into()),
        };
        let path = match item {
            Item::File(path) => state.token_for(path),
            // A batch of files she picked holds no file in memory.
            Item::Memory(_) => String::new(),
            Item::Study { images, .. } => images
                .first()
                .map(|(p, _)| state.token_for(p))
                .unwrap_or_default(),
        };
        let (text, record_id, places) = match &outcome {
            Outcome::Imported { record, .. } => {
                imported += 1;
                // Its scanned pages are read while the rest of the batch comes in.
                state.reader.wake();
                (
                    message("import-imported", &[]),
                    Some(id_text(*record)),
                    Vec::new(),
                )
            }
            Outcome::Duplicate(places) => {
                let names = places
                    .iter()
                    .map(|p| format!("{} ({})", p.title, p.case_name))
                    .collect::<Vec<_>>()
                    .join(", ");
                (
                    message(
                        "import-duplicate",
                        &[("places", wayfinder_i18n::Arg::Text(&names))],
                    ),
                    None,
                    places.iter().map(place_dto).collect(),
                )
            }
            Outcome::Refused(e) => (state.error(e).message, None, Vec::new()),
            other => (
                message(&error::message_id(other.code()), &[]),
                None,
                Vec::new(),
            ),
        };
        events(ImportEventDto::Done {
            index,
            file: path,
            title,
            outcome: outcome.code().to_owned(),
            message: text,
            record_id,
            places,
        });
        index += 1;
    }
    events(ImportEventDto::Finished {
        imported,
        cancelled: false,
    });
}

/// The packed table of a DICOM study record, read from the first chunks of its sealed file.
fn study_table(vault: &OpenVault, blob: &Blob) -> Result<(study::Table, u64), ViewError> {
    let prefix = vault.files().read_range(blob.file, 0, study::PREFIX_LEN)?;
    let table_len = study::table_len(&prefix)?;
    let json = vault
        .files()
        .read_range(blob.file, study::PREFIX_LEN, table_len)?;
    Ok((study::parse_table(&json)?, table_len))
}

pub fn record_view(
    viewer: &mut Viewer,
    vault: &OpenVault,
    record: [u8; 16],
) -> Result<RecordViewDto, ViewError> {
    let (case, blob) = vault.record(record)?;
    let title = vault
        .field_heads(record)?
        .into_iter()
        .find(|(f, _)| f == "title")
        .and_then(|(_, h)| h.value)
        .unwrap_or_default();
    let (images, study_description) = if blob.content.media == Media::Dicom {
        let (table, _) = study_table(vault, &blob)?;
        (
            table
                .images
                .iter()
                .map(|i| StudyImageDto {
                    series_number: i.series_number,
                    series_description: i.series_description.clone(),
                    modality: i.modality.clone(),
                    instance_number: i.instance_number,
                    rows: i.rows,
                    columns: i.columns,
                    frames: i.frames,
                    transfer_syntax: i.transfer_syntax.clone(),
                    photometric: i.photometric.clone(),
                    window_center: i.window.map(|(c, _)| c),
                    window_width: i.window.map(|(_, w)| w),
                })
                .collect(),
            table.study_description,
        )
    } else {
        (Vec::new(), String::new())
    };
    let page_sizes = match blob.content.media {
        Media::Pdf => {
            let doc = viewer.document(vault, record, &blob)?;
            // Points are 1/72 inch; CSS pixels 1/96.
            viewer
                .engine()?
                .page_sizes(doc)?
                .into_iter()
                .map(|(w, h)| PageSizeDto {
                    width: w * 96.0 / 72.0,
                    height: h * 96.0 / 72.0,
                })
                .collect()
        }
        Media::Jpeg | Media::Png | Media::Tiff => {
            let bytes = zeroize::Zeroizing::new(vault.files().read_all(blob.file)?);
            // Every page of a TIFF is taken to be the size of its first; the viewer corrects a
            // page that is not once it is drawn.
            wayfinder_records::image::info(blob.content.media, &bytes)
                .map(|info| {
                    vec![
                        PageSizeDto {
                            width: info.width as f32,
                            height: info.height as f32,
                        };
                        info.pages as usize
                    ]
                })
                .unwrap_or_default()
        }
        Media::Dicom => images
            .iter()
            .map_while(|i| {
                Some(PageSizeDto {
                    width: i.columns? as f32,
                    height: i.rows? as f32,
                })
            })
            .collect(),
    };
    // A page the reader turned upright is shown turned: a quarter turn swaps its sides.
    let mut page_sizes = page_sizes;
    for (page, rotation) in vault.page_rotations(&blob.content.hash)? {
        if let Some(size) = page_sizes.get_mut(page as usize)
            && rotation % 180 == 90
        {
            *size = PageSizeDto {
                width: size.height,
                height: size.width,
            };
        }
    }
    Ok(RecordViewDto {
        id: id_text(record),
        case_id: case.to_string(),
        title,
        media: blob.content.media.into(),
        pages: blob.content.pages,
        size: blob.content.size,
        images,
        study_description,
        page_sizes,
    })
}

/// A page (0-based) of a record as PNG bytes, `width` pixels wide at most; for a DICOM image,
/// with the window (centre, width) asked for, or its own.
pub fn record_page(
    viewer: &mut Viewer,
    vault: &OpenVault,
    record: [u8; 16],
    page: u32,
    width: u32,
    window: Option<(f64, f64)>,
) -> Result<Vec<u8>, ViewError> {
    let (_, blob) = vault.record(record)?;
    let width = width.clamp(32, 6000);
    let rotation = vault
        .page_rotations(&blob.content.hash)?
        .into_iter()
        .find(|(p, _)| *p == page)
        .map_or(0, |(_, r)| r);
    match blob.content.media {
        Media::Pdf => {
            let doc = viewer.document(vault, record, &blob)?;
            let page = u16::try_from(page).map_err(|_| PdfError::NoSuchPage)?;
            let png = viewer
                .engine()?
                .render_png(doc, page, RenderSize::Width(width))?;
            Ok(turned(png, rotation)?)
        }
        Media::Jpeg | Media::Png | Media::Tiff => {
            let bytes = zeroize::Zeroizing::new(vault.files().read_all(blob.file)?);
            let png = wayfinder_records::image::render(blob.content.media, &bytes, page, width)?;
            Ok(turned(png, rotation)?)
        }
        Media::Dicom => {
            let (table, table_len) = study_table(vault, &blob)?;
            let (offset, length) = study::image_range(&table, table_len, page as usize)
                .ok_or(ImageError::NoSuchPage)?;
            let bytes =
                zeroize::Zeroizing::new(vault.files().read_range(blob.file, offset, length)?);
            Ok(dicom::render(&bytes, 0, window, width)?)
        }
    }
}

/// A rendered page turned clockwise by `rotation` degrees, as the reader stood it upright.
fn turned(png: Vec<u8>, rotation: u16) -> Result<Vec<u8>, ImageError> {
    let Some(rotation) = wayfinder_ocr::Rotation::from_degrees(rotation)
        .filter(|r| *r != wayfinder_ocr::Rotation::None)
    else {
        return Ok(png);
    };
    let image = image::load_from_memory_with_format(&png, image::ImageFormat::Png)
        .map_err(|_| ImageError::Damaged)?;
    let image = match rotation {
        wayfinder_ocr::Rotation::Quarter => image.rotate90(),
        wayfinder_ocr::Rotation::Half => image.rotate180(),
        _ => image.rotate270(),
    };
    let mut out = std::io::Cursor::new(Vec::new());
    image
        .write_to(&mut out, image::ImageFormat::Png)
        .map_err(|_| ImageError::Damaged)?;
    Ok(out.into_inner())
}

/// Where `query` is on a page: on a page that was read, the words read; on a PDF's own text,
/// PDFium's matches (nothing for other records).
pub fn highlights(
    viewer: &mut Viewer,
    vault: &OpenVault,
    record: [u8; 16],
    page: u32,
    query: &str,
) -> Result<Vec<HighlightDto>, ViewError> {
    let (_, blob) = vault.record(record)?;
    let terms = wayfinder_vault::library::terms(query);
    let reading = vault.page_reading(&blob.content.hash, page)?;
    // Where she typed the page's text in place of the reader's, search finds her text: the
    // viewer marks the lines of it that hold a word, laid where the reader's lines were.
    if reading.is_some()
        && let Ok(Some(typed)) = crate::reading::typed_text(vault, record, page)?
    {
        let read_lines = match &reading {
            Some(wayfinder_vault::Reading::Read(read)) => crate::reading::lines(read),
            _ => Vec::new(),
        };
        let needles: Vec<String> = terms
            .iter()
            .flat_map(|t| wayfinder_vault::library::spellings(t))
            .map(|t| wayfinder_vault::oplog::fold(&t))
            .filter(|t| !t.is_empty())
            .collect();
        return Ok(crate::reading::typed_lines(&typed, &read_lines)
            .into_iter()
            .filter(|line| {
                let folded = wayfinder_vault::oplog::fold(&line.text);
                needles.iter().any(|n| folded.contains(n.as_str()))
            })
            .map(|line| HighlightDto {
                left: line.left,
                top: line.top,
                width: line.width,
                height: line.height,
            })
            .collect());
    }
    if let Some(wayfinder_vault::Reading::Read(read)) = reading
        && !read.words.is_empty()
    {
        let spelled: Vec<String> = terms
            .iter()
            .flat_map(|t| wayfinder_vault::library::spellings(t))
            .collect();
        return Ok(crate::reading::word_highlights(&read, &spelled));
    }
    if blob.content.media != Media::Pdf {
        return Ok(Vec::new());
    }
    let doc = viewer.document(vault, record, &blob)?;
    let page = u16::try_from(page).map_err(|_| PdfError::NoSuchPage)?;
    let engine = viewer.engine()?;
    let mut out = Vec::new();
    // Each word marked in whichever of its spellings the page uses.
    for term in terms
        .iter()
        .flat_map(|t| wayfinder_vault::library::spellings(t))
    {
        out.extend(
            engine
                .find(doc, page, &term)?
                .into_iter()
                .map(|h| HighlightDto {
                    left: h.left,
                    top: h.top,
                    width: h.width,
                    height: h.height,
                }),
        );
    }
    Ok(out)
}

/// The text inside `region` of a page of a record (fractions of the page as shown, from its
/// top left): what the reader read there on a scan, line by line, else the PDF's own text
/// there, else nothing.
pub fn region_text(
    viewer: &mut Viewer,
    vault: &OpenVault,
    record: [u8; 16],
    page: u32,
    region: &crate::dto::RegionDto,
) -> Result<String, ViewError> {
    let (_, blob) = vault.record(record)?;
    if let Some(wayfinder_vault::Reading::Read(mut read)) =
        vault.page_reading(&blob.content.hash, page)?
        && !read.words.is_empty()
    {
        let (w, h) = (read.width.max(1) as f32, read.height.max(1) as f32);
        read.words.retain(|word| {
            let x = (word.left as f32 + word.width as f32 / 2.0) / w;
            let y = (word.top as f32 + word.height as f32 / 2.0) / h;
            x >= region.left
                && x <= region.left + region.width
                && y >= region.top
                && y <= region.top + region.height
        });
        return Ok(crate::reading::lines(&read)
            .into_iter()
            .map(|l| l.text)
            .collect::<Vec<_>>()
            .join("\n"));
    }
    if blob.content.media != Media::Pdf {
        return Ok(String::new());
    }
    let doc = viewer.document(vault, record, &blob)?;
    let page = u16::try_from(page).map_err(|_| PdfError::NoSuchPage)?;
    let text = viewer.engine()?.text_in(
        doc,
        page,
        wayfinder_pdf::Highlight {
            left: region.left,
            top: region.top,
            width: region.width,
            height: region.height,
        },
    )?;
    // PDFium ends its lines with CR LF; a line is a line.
    Ok(text
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n"))
}

/// A page's text as a layer of lines for selecting a passage in (boxes in fractions of the page
/// as shown, from its top left): what the reader read on a scan (or a page read again), else
/// the PDF's own text, else none.
pub fn page_lines(
    viewer: &mut Viewer,
    vault: &OpenVault,
    record: [u8; 16],
    page: u32,
) -> Result<Vec<crate::dto::TextBoxDto>, ViewError> {
    let (_, blob) = vault.record(record)?;
    if let Some(wayfinder_vault::Reading::Read(read)) =
        vault.page_reading(&blob.content.hash, page)?
        && !read.words.is_empty()
    {
        return Ok(crate::reading::lines(&read));
    }
    if blob.content.media != Media::Pdf {
        return Ok(Vec::new());
    }
    let doc = viewer.document(vault, record, &blob)?;
    let page = u16::try_from(page).map_err(|_| PdfError::NoSuchPage)?;
    Ok(viewer
        .engine()?
        .lines(doc, page)?
        .into_iter()
        .map(|line| crate::dto::TextBoxDto {
            text: line.text,
            left: line.at.left,
            top: line.at.top,
            width: line.at.width,
            height: line.at.height,
        })
        .collect())
}

/// Character offsets to UTF-16 offsets, which is how the UI's strings count.
fn utf16_marks(text: &str, marks: &[(usize, usize)]) -> Vec<(u32, u32)> {
    let mut offsets = Vec::with_capacity(text.chars().count() + 1);
    let mut at = 0u32;
    for c in text.chars() {
        offsets.push(at);
        at += c.len_utf16() as u32;
    }
    offsets.push(at);
    marks
        .iter()
        .filter_map(|&(s, e)| Some((*offsets.get(s)?, *offsets.get(e)?)))
        .collect()
}

pub fn search(
    vault: &OpenVault,
    request: &SearchRequestDto,
) -> Result<Vec<SearchHitDto>, VaultError> {
    let scope = match (&request.record_id, &request.case_id) {
        (Some(record), _) => Scope::Record(
            record
                .parse::<wayfinder_core::EntityId>()
                .map_err(|_| VaultError::CaseNotFound)?
                .into_bytes(),
        ),
        (None, Some(case)) => Scope::Case(case.parse().map_err(|_| VaultError::CaseNotFound)?),
        (None, None) => Scope::Everything,
    };
    let hits = vault.search(&request.query, scope, request.limit.clamp(1, 500))?;
    Ok(hits
        .into_iter()
        .map(|hit| {
            let marks = utf16_marks(&hit.snippet, &hit.marks);
            let mut dto = SearchHitDto {
                case_id: hit.case.to_string(),
                case_name: hit.case_name,
                record_id: None,
                record_title: None,
                page: None,
                entity_id: None,
                kind: None,
                field: None,
                snippet: hit.snippet,
                marks,
            };
            match hit.place {
                HitPlace::Page {
                    record,
                    page,
                    title,
                } => {
                    dto.record_id = Some(id_text(record));
                    dto.record_title = Some(title);
                    dto.page = Some(page);
                }
                HitPlace::Field {
                    entity,
                    kind,
                    field,
                } => {
                    dto.entity_id = Some(id_text(entity));
                    dto.kind = Some(kind.into());
                    dto.field = Some(field);
                }
            }
            dto
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_count_utf16_units_as_the_ui_does() {
        // "𝕏" is two UTF-16 units; "病" one.
        assert_eq!(
            utf16_marks("𝕏病理 x", &[(1, 3), (4, 5)]),
            vec![(2, 4), (5, 6)]
        );
        assert_eq!(utf16_marks("ab", &[(1, 9)]), vec![]);
    }
}
