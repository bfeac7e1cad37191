//! Importing files into a case: what a batch holds, and each item recorded whole or not at all.
//!
//! `plan` turns what she dropped or picked (files, folders, a hospital CD) into items: each
//! PDF, photo or scan is one item; DICOM images are grouped into one item per study, whatever
//! folders they sit in. `Importer::import` then reads an item, checks it can be read (opening a
//! PDF with its password, decoding an image small), recognises a duplicate by its keyed hash,
//! seals the original and records it with its text in one transaction. Every failure is an
//! `Outcome` with a code; nothing is left half done: a sealed file whose record was never
//! written is removed (now, or when the vault next opens after a kill).

use crate::dicom::{self, DicomError, Instance};
use crate::image::{self as images, ImageError};
use crate::sniff::{HEAD_LEN, sniff};
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::BTreeMap;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use wayfinder_core::{CaseId, Content, Media};
use wayfinder_pdf::{PdfEngine, PdfError};
use wayfinder_vault::{NewRecord, OpenVault, RecordPlace, VaultError};
use zeroize::Zeroizing;

/// The largest file imported: beyond it is not a record a family sends.
pub const MAX_FILE: u64 = 4 * 1024 * 1024 * 1024;

/// Why an item was not imported. No variant carries a file's content or a password.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is not a PDF, an image or a DICOM file")]
    NotSupported,
    #[error("the file is too large")]
    TooLarge,
    #[error("the file could not be read")]
    Unreadable,
    #[error(transparent)]
    Pdf(#[from] PdfError),
    #[error(transparent)]
    Image(#[from] ImageError),
    #[error(transparent)]
    Dicom(#[from] DicomError),
    #[error(transparent)]
    Vault(#[from] VaultError),
}

wayfinder_core::error_codes! {
    ImportError {
        ImportError::Empty => "import-empty",
        ImportError::NotSupported => "import-not-supported",
        ImportError::TooLarge => "import-too-large",
        ImportError::Unreadable => "import-unreadable",
        @passes
        ImportError::Pdf(e) => e,
        ImportError::Image(e) => e,
        ImportError::Dicom(e) => e,
        ImportError::Vault(e) => e,
    }
}

/// A file's bytes held in memory (an attachment of a FHIR Bundle), never written to a disk in
/// clear; its title is what the file it came in called it.
#[derive(Clone, PartialEq)]
pub struct InMemory {
    pub title: String,
    pub bytes: Zeroizing<Vec<u8>>,
}

impl std::fmt::Debug for InMemory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Neither the title nor the bytes: both may name the child.
        write!(f, "InMemory({} bytes)", self.bytes.len())
    }
}

/// One thing to import: a file, the images of one DICOM study, or a file held in memory.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    File(PathBuf),
    Memory(InMemory),
    Study {
        title: String,
        date: Option<String>,
        institution: String,
        /// Its images in the order to show them: by series, then instance number.
        images: Vec<(PathBuf, Instance)>,
    },
}

impl Item {
    /// What the user sees the item called: the file's name, or the study's description.
    pub fn title(&self) -> String {
        match self {
            Item::File(path) => file_name(path),
            Item::Memory(file) => file.title.clone(),
            Item::Study { title, .. } => title.clone(),
        }
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A batch, ready to import, and the files that could not even be listed or read.
#[derive(Debug, Default)]
pub struct Plan {
    pub items: Vec<Item>,
    pub unreadable: Vec<PathBuf>,
}

/// Lists what `paths` hold, folders walked in name order. Hidden files and a CD's `DICOMDIR`
/// index are skipped (the images it lists are found in its folders), and a `DICOMDIR` picked
/// alone stands for its CD; DICOM files are read far enough to group them by study.
pub fn plan(paths: &[PathBuf]) -> Plan {
    let mut files = Vec::new();
    let mut plan = Plan::default();
    for path in paths {
        // Picking a CD's index means the CD: the folder it indexes is imported.
        let is_index = path.is_file() && file_name(path).eq_ignore_ascii_case("DICOMDIR");
        match path.parent().filter(|_| is_index) {
            Some(folder) => walk(folder, &mut files, &mut plan.unreadable, 0),
            None => walk(path, &mut files, &mut plan.unreadable, 0),
        }
    }
    files.sort();
    files.dedup();
    let mut studies: BTreeMap<String, Vec<(PathBuf, Instance)>> = BTreeMap::new();
    for path in files {
        let mut head = [0u8; HEAD_LEN];
        let read = File::open(&path).and_then(|mut f| read_up_to(&mut f, &mut head));
        let Ok(read) = read else {
            plan.unreadable.push(path);
            continue;
        };
        // A DICOM file belongs to its study, image or not (an RT plan, a structured report:
        // its metadata is listed, and the viewer says it holds no image). One that names no
        // study, or cannot be read, is imported (and refused) alone.
        if sniff(&head[..read]) == Some(Media::Dicom)
            && let Ok(instance) = std::fs::read(&path)
                .map_err(|_| DicomError::Damaged)
                .and_then(|bytes| dicom::read_instance(&bytes))
            && !instance.study_uid.is_empty()
        {
            studies
                .entry(instance.study_uid.clone())
                .or_default()
                .push((path, instance));
            continue;
        }
        plan.items.push(Item::File(path));
    }
    for (_, mut images) in studies {
        // Images first, by series and instance; objects with no image (a plan, a report) after
        // them, so that a study opens on a picture.
        images.sort_by(|(pa, a), (pb, b)| {
            (
                a.frames == 0,
                a.series_number,
                &a.series_uid,
                a.instance_number,
                pa,
            )
                .cmp(&(
                    b.frames == 0,
                    b.series_number,
                    &b.series_uid,
                    b.instance_number,
                    pb,
                ))
        });
        let first = &images[0].1;
        let mut modalities: Vec<&str> = images.iter().map(|(_, i)| i.modality.as_str()).collect();
        modalities.sort_unstable();
        modalities.dedup();
        let mut title = modalities.join("/");
        if !first.study_description.trim().is_empty() {
            title = format!("{title} {}", first.study_description.trim());
        }
        if let Some(date) = &first.study_date {
            title = format!("{title} {date}");
        }
        plan.items.push(Item::Study {
            title: title.trim().to_owned(),
            date: first.study_date.clone(),
            institution: first.institution.trim().to_owned(),
            images,
        });
    }
    plan
}

fn walk(path: &Path, files: &mut Vec<PathBuf>, unreadable: &mut Vec<PathBuf>, depth: u32) {
    let hidden = file_name(path).starts_with('.');
    if hidden && depth > 0 {
        return;
    }
    if path.is_dir() {
        if depth > 32 {
            return;
        }
        let Ok(entries) = std::fs::read_dir(path) else {
            unreadable.push(path.to_owned());
            return;
        };
        let mut children: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        children.sort();
        for child in children {
            walk(&child, files, unreadable, depth + 1);
        }
    } else if file_name(path).eq_ignore_ascii_case("DICOMDIR") {
        // The CD's index: the images it lists are imported from their own files.
    } else {
        files.push(path.to_owned());
    }
}

fn read_up_to(file: &mut File, buffer: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buffer.len() {
        match file.read(&mut buffer[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

/// What the user chose for a batch. The password is wiped when the choices are dropped and
/// never shown by `Debug`.
#[derive(Clone, Default)]
pub struct Choices {
    /// The category of every record; `None`: suggested from each file's content.
    pub category: Option<String>,
    /// Import a file even where the vault has it already.
    pub allow_duplicate: bool,
    /// The password to try on a protected PDF.
    pub password: Option<String>,
}

impl std::fmt::Debug for Choices {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Choices")
            .field("category", &self.category)
            .field("allow_duplicate", &self.allow_duplicate)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

impl Drop for Choices {
    fn drop(&mut self) {
        if let Some(password) = self.password.as_mut() {
            zeroize::Zeroize::zeroize(password);
        }
    }
}

/// What became of one item.
#[derive(Debug)]
pub enum Outcome {
    Imported {
        record: [u8; 16],
        content: Content,
        category: String,
        language: Option<String>,
    },
    /// The vault has this file already: where it is.
    Duplicate(Vec<RecordPlace>),
    /// A protected PDF: she is asked for its password (again, if `wrong`).
    NeedsPassword {
        wrong: bool,
    },
    Refused(ImportError),
}

impl Outcome {
    pub fn code(&self) -> &'static str {
        match self {
            Outcome::Imported { .. } => "imported",
            Outcome::Duplicate(_) => "duplicate",
            Outcome::NeedsPassword { wrong: false } => "pdf-password-required",
            Outcome::NeedsPassword { wrong: true } => "pdf-password-wrong",
            Outcome::Refused(e) => e.code(),
        }
    }
}

/// An item read and checked, not yet stored. Its bytes are wiped when it is dropped.
pub struct Prepared {
    bytes: Zeroizing<Vec<u8>>,
    content: Content,
    text: Vec<String>,
    title: String,
    date: Option<String>,
    institution: Option<String>,
    category: String,
    language: Option<String>,
    secret: Option<String>,
}

impl Drop for Prepared {
    fn drop(&mut self) {
        if let Some(secret) = self.secret.as_mut() {
            zeroize::Zeroize::zeroize(secret);
        }
    }
}

impl Prepared {
    /// What the file is: its kind, size, pages (or a study's images) and hash.
    pub fn content(&self) -> Content {
        self.content
    }

    pub fn title(&self) -> &str {
        &self.title
    }

    pub fn date(&self) -> Option<&str> {
        self.date.as_deref()
    }

    pub fn category(&self) -> &str {
        &self.category
    }

    pub fn language(&self) -> Option<&str> {
        self.language.as_deref()
    }

    pub fn institution(&self) -> Option<&str> {
        self.institution.as_deref()
    }

    /// The file's bytes, to seal.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Each page's text, for search.
    pub fn pages(&self) -> &[String] {
        &self.text
    }

    /// The password a protected PDF opened with.
    pub fn secret(&self) -> Option<&str> {
        self.secret.as_deref()
    }

    /// How many pages (or a study's images) have text that search will find.
    pub fn pages_with_text(&self) -> usize {
        self.text.iter().filter(|t| !t.trim().is_empty()).count()
    }
}

/// An item's bytes and what they are, before any check.
struct Loaded {
    bytes: Zeroizing<Vec<u8>>,
    media: Media,
    /// A study's text for search, made while packing it.
    study_text: Option<Vec<String>>,
}

fn load(item: &Item) -> Result<Loaded, ImportError> {
    match item {
        Item::File(path) => {
            let bytes = read_file(path)?;
            let media = match sniff(&bytes[..bytes.len().min(1024)]) {
                Some(media) => media,
                // Named a PDF and not one: to her it is a damaged PDF.
                None if path
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("pdf")) =>
                {
                    return Err(PdfError::Unreadable.into());
                }
                None => return Err(ImportError::NotSupported),
            };
            Ok(Loaded {
                bytes,
                media,
                study_text: None,
            })
        }
        Item::Memory(file) => {
            if file.bytes.is_empty() {
                return Err(ImportError::Empty);
            }
            if file.bytes.len() as u64 > MAX_FILE {
                return Err(ImportError::TooLarge);
            }
            let media = sniff(&file.bytes[..file.bytes.len().min(1024)])
                .ok_or(ImportError::NotSupported)?;
            Ok(Loaded {
                bytes: file.bytes.clone(),
                media,
                study_text: None,
            })
        }
        Item::Study { images, .. } => {
            let (bytes, text) = crate::study::pack(images)?;
            Ok(Loaded {
                bytes,
                media: Media::Dicom,
                study_text: Some(text),
            })
        }
    }
}

pub struct Importer<'a> {
    pub engine: &'a PdfEngine,
}

impl Importer<'_> {
    /// Imports one item into `case`.
    pub fn import(
        &self,
        vault: &mut OpenVault,
        case: CaseId,
        item: &Item,
        choices: &Choices,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Outcome {
        let prepared = match self.prepare(vault, item, choices) {
            Ok(Ok(prepared)) => prepared,
            Ok(Err(outcome)) => return outcome,
            Err(e) => return Outcome::Refused(e),
        };
        match store(vault, case, &prepared, now, today) {
            Ok(record) => Outcome::Imported {
                record,
                content: prepared.content,
                category: prepared.category.clone(),
                language: prepared.language.clone(),
            },
            Err(e) => Outcome::Refused(e.into()),
        }
    }

    /// Reads and checks an item: `Ok(Err(outcome))` when it stops short of storing (a
    /// duplicate, a password needed).
    pub fn prepare(
        &self,
        vault: &OpenVault,
        item: &Item,
        choices: &Choices,
    ) -> Result<Result<Prepared, Outcome>, ImportError> {
        let loaded = load(item)?;
        let hash: [u8; 32] = *vault
            .content_hasher()
            .update(&loaded.bytes)
            .finalize()
            .as_bytes();
        if !choices.allow_duplicate {
            let places = vault.records_with_content(&hash)?;
            if !places.is_empty() {
                return Ok(Err(Outcome::Duplicate(places)));
            }
        }
        self.examine(item, choices, loaded, hash)
    }

    /// What importing an item would make of it, with no vault: the same reading and checks
    /// as `prepare`, with an unkeyed BLAKE3 hash and no duplicate check. For maintainers
    /// (`wayfinder-records inspect`) and tests that take a file through the import path.
    pub fn inspect(
        &self,
        item: &Item,
        choices: &Choices,
    ) -> Result<Result<Prepared, Outcome>, ImportError> {
        let loaded = load(item)?;
        let hash = *blake3::hash(&loaded.bytes).as_bytes();
        self.examine(item, choices, loaded, hash)
    }

    fn examine(
        &self,
        item: &Item,
        choices: &Choices,
        loaded: Loaded,
        hash: [u8; 32],
    ) -> Result<Result<Prepared, Outcome>, ImportError> {
        let Loaded {
            bytes,
            media,
            study_text,
        } = loaded;
        let mut secret = None;
        let mut info = wayfinder_pdf::DocInfo::default();
        let (pages, text) = match (media, item) {
            (Media::Pdf, _) => {
                let password = choices.password.as_deref().filter(|p| !p.is_empty());
                let (doc, pages) = match self.engine.open(bytes.to_vec(), password) {
                    Ok(opened) => opened,
                    Err(PdfError::PasswordRequired) => {
                        return Ok(Err(Outcome::NeedsPassword { wrong: false }));
                    }
                    Err(PdfError::PasswordWrong) => {
                        return Ok(Err(Outcome::NeedsPassword { wrong: true }));
                    }
                    Err(e) => return Err(e.into()),
                };
                if password.is_some() {
                    secret = password.map(str::to_owned);
                }
                let mut text = Vec::with_capacity(usize::from(pages));
                for page in 0..pages {
                    // A page whose text cannot be read is still a page; it is found by no word.
                    text.push(clean(&self.engine.page_text(doc, page).unwrap_or_default()));
                }
                // What the PDF says of itself only suggests a title and a date: unread, it
                // is no reason to refuse the file.
                info = self.engine.info(doc).unwrap_or_default();
                self.engine.close(doc);
                (u32::from(pages), text)
            }
            (Media::Jpeg | Media::Png | Media::Tiff, _) => {
                let info = images::check(media, &bytes)?;
                (info.pages, Vec::new())
            }
            (Media::Dicom, Item::Study { images, .. }) => {
                (images.len() as u32, study_text.unwrap_or_default())
            }
            (Media::Dicom, Item::File(_) | Item::Memory(_)) => {
                // A DICOM file that `plan` could not place in a study.
                let instance = dicom::read_instance(&bytes)?;
                if instance.frames == 0 {
                    return Err(DicomError::NoImage.into());
                }
                return Err(DicomError::Damaged.into());
            }
        };
        let (title, date, institution) = match item {
            Item::File(path) => (
                crate::suggest::pdf_title(info.title.as_deref()).unwrap_or_else(|| file_name(path)),
                crate::suggest::pdf_date(info.created.as_deref()),
                None,
            ),
            Item::Memory(file) => (
                crate::suggest::pdf_title(info.title.as_deref())
                    .unwrap_or_else(|| file.title.clone()),
                crate::suggest::pdf_date(info.created.as_deref()),
                None,
            ),
            Item::Study {
                title,
                date,
                institution,
                ..
            } => (
                title.clone(),
                date.clone(),
                Some(institution.clone()).filter(|i| !i.is_empty()),
            ),
        };
        let all_text = text.join("\n");
        let category = choices
            .category
            .clone()
            .unwrap_or_else(|| crate::suggest::category(media, &all_text).to_owned());
        let language = crate::suggest::language(&all_text).map(str::to_owned);
        Ok(Ok(Prepared {
            content: Content {
                media,
                size: bytes.len() as u64,
                pages,
                hash,
            },
            bytes,
            text,
            title,
            date,
            institution,
            category,
            language,
            secret,
        }))
    }
}

/// Seals the original and records it: the record exists with its file, or neither does.
pub fn store(
    vault: &mut OpenVault,
    case: CaseId,
    prepared: &Prepared,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<[u8; 16], VaultError> {
    // The case is checked first, so that a file is not sealed for nothing.
    vault.entity_case(*case.as_bytes())?;
    let file = vault.seal_original(&mut &prepared.bytes[..])?;
    vault.add_record(
        case,
        file,
        &NewRecord {
            title: &prepared.title,
            category: &prepared.category,
            date: prepared.date.as_deref(),
            institution: prepared.institution.as_deref(),
            language: prepared.language.as_deref(),
            content: prepared.content,
            secret: prepared.secret.as_deref(),
            pages: &prepared.text,
        },
        now,
        today,
    )
}

fn read_file(path: &Path) -> Result<Zeroizing<Vec<u8>>, ImportError> {
    let mut file = File::open(path).map_err(|_| ImportError::Unreadable)?;
    let len = file.metadata().map_err(|_| ImportError::Unreadable)?.len();
    if len == 0 {
        return Err(ImportError::Empty);
    }
    if len > MAX_FILE {
        return Err(ImportError::TooLarge);
    }
    let mut bytes = Zeroizing::new(Vec::with_capacity(len as usize));
    file.read_to_end(&mut bytes)
        .map_err(|_| ImportError::Unreadable)?;
    if bytes.is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(bytes)
}

/// A page's text as indexed: control characters (PDFium reports some for line ends and
/// unknown glyphs) become spaces.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
        .collect()
}
