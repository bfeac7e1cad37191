//! The world a report is compiled in: one template as the main file, the report's data as
//! `/data.json`, the records a packet encloses as `/records/N.pdf` (or `.png`, `.jpg`), all
//! in memory; the report fonts; and no access to the file system or the network.

use crate::ReportError;
use crate::fonts::Fonts;
use chrono::{Datelike, NaiveDate};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

struct ReportWorld<'a> {
    library: LazyHash<Library>,
    fonts: &'a Fonts,
    main: Source,
    /// Every file the template may read, by id: the data, and the enclosed records.
    files: Vec<(FileId, Bytes)>,
    today: NaiveDate,
}

/// The id of a file at `path` in the project's virtual root.
fn file_id(path: &str) -> Result<FileId, ReportError> {
    let path = VirtualPath::new(path).map_err(|_| ReportError::Template(path.to_owned()))?;
    Ok(FileId::new(RootedPath::new(VirtualRoot::Project, path)))
}

impl World for ReportWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.fonts.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.files
            .iter()
            .find(|(known, _)| *known == id)
            .map(|(_, bytes)| bytes.clone())
            .ok_or(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Datetime::from_ymd(
            self.today.year(),
            u8::try_from(self.today.month()).ok()?,
            u8::try_from(self.today.day()).ok()?,
        )
    }
}

/// Compiles `template` with `data` as `/data.json` and each of `files` at its path, and
/// writes the PDF in memory.
pub fn compile_pdf(
    fonts: &Fonts,
    template: &str,
    data: Vec<u8>,
    files: Vec<(String, Vec<u8>)>,
    today: NaiveDate,
) -> Result<Vec<u8>, ReportError> {
    let mut served = vec![(file_id("/data.json")?, Bytes::new(data))];
    for (path, bytes) in files {
        served.push((file_id(&path)?, Bytes::new(bytes)));
    }
    let main = Source::new(file_id("/main.typ")?, template.to_owned());
    let world = ReportWorld {
        library: LazyHash::new(Library::builder().build()),
        fonts,
        main,
        files: served,
        today,
    };
    let document = typst::compile::<typst_layout::PagedDocument>(&world)
        .output
        .map_err(|errors| {
            ReportError::Template(
                errors
                    .iter()
                    .map(|e| e.message.to_string())
                    .collect::<Vec<_>>()
                    .join("; "),
            )
        })?;
    let pdf =
        typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default()).map_err(|_| ReportError::Pdf);
    // Typst memoises layout across compilations; keep what the last few reports used (as the
    // typst CLI's watch mode does) so a long session's memory does not grow without end.
    typst::comemo::evict(10);
    pdf
}

/// Forgets everything Typst memoised, so that the next report is laid out from scratch (the
/// benchmark measures that, not a cache hit).
pub fn forget_memoised() {
    typst::comemo::evict(0);
}
