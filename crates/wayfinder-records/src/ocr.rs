//! Scans become text: each page of an original as it is given to the text reader (a PDF's
//! page rendered at 300 dpi, a photo decoded upright), in grey and in memory. Which pages are
//! read is `Media::needs_reading`.

use crate::image::{ImageError, gray};
use image::GrayImage;
use wayfinder_core::Media;
use wayfinder_ocr::{Language, MAX_SIDE, OcrError, PageText, Tesseract};
use wayfinder_pdf::{DocId, PdfEngine, PdfError};

/// The resolution a PDF's page is rendered at for reading: what scanners make and Tesseract's
/// models were trained on.
pub const READ_DPI: f32 = 300.0;

/// Why a page could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error(transparent)]
    Ocr(#[from] OcrError),
    #[error(transparent)]
    Pdf(#[from] PdfError),
    #[error(transparent)]
    Image(#[from] ImageError),
}

wayfinder_core::error_codes! {
    ReadError {
        @passes
        ReadError::Ocr(e) => e,
        ReadError::Pdf(e) => e,
        ReadError::Image(e) => e,
    }
}

/// An original open for reading its pages one at a time (a PDF is opened once, not per page).
pub struct Scan<'a> {
    engine: &'a PdfEngine,
    media: Media,
    bytes: Vec<u8>,
    doc: Option<DocId>,
}

impl<'a> Scan<'a> {
    pub fn open(
        engine: &'a PdfEngine,
        media: Media,
        bytes: Vec<u8>,
        password: Option<&str>,
    ) -> Result<Scan<'a>, ReadError> {
        let (doc, bytes) = if media == Media::Pdf {
            (Some(engine.open(bytes, password)?.0), Vec::new())
        } else {
            (None, bytes)
        };
        Ok(Scan {
            engine,
            media,
            bytes,
            doc,
        })
    }

    /// Page `page` (0-based) in grey, and its resolution when known.
    pub fn page(&self, page: u32) -> Result<(GrayImage, Option<u32>), ReadError> {
        match self.doc {
            Some(doc) => {
                let page = u16::try_from(page).map_err(|_| PdfError::NoSuchPage)?;
                let image = self.engine.render_gray(doc, page, READ_DPI, MAX_SIDE)?;
                Ok((image, Some(READ_DPI as u32)))
            }
            None => Ok((gray(self.media, &self.bytes, page, MAX_SIDE)?, None)),
        }
    }

    /// Page `page` drawn as it is given to the reader, to be read now or after the page
    /// before it (a PDF's next page is drawn while Tesseract reads this one).
    pub fn draw(&self, page: u32) -> Result<Drawn, ReadError> {
        let (image, dpi) = self.page(page)?;
        Ok(Drawn { page, image, dpi })
    }

    /// The text of page `page` as the PDF holds it (empty for an image).
    pub fn own_text(&self, page: u32) -> Result<String, ReadError> {
        match self.doc {
            Some(doc) => {
                let page = u16::try_from(page).map_err(|_| PdfError::NoSuchPage)?;
                Ok(self.engine.page_text(doc, page)?)
            }
            None => Ok(String::new()),
        }
    }

    /// Reads page `page` with `reader`, in the languages it is expected in.
    pub fn read(
        &self,
        reader: &Tesseract,
        page: u32,
        expected: &[Language],
    ) -> Result<PageText, ReadError> {
        self.draw(page)?.read(reader, expected)
    }
}

/// A page of an original drawn in grey for reading, in memory only.
pub struct Drawn {
    page: u32,
    image: GrayImage,
    dpi: Option<u32>,
}

impl Drawn {
    /// Which page of its original this is (0-based).
    pub fn page(&self) -> u32 {
        self.page
    }

    /// Reads it with `reader`, in the languages it is expected in.
    pub fn read(&self, reader: &Tesseract, expected: &[Language]) -> Result<PageText, ReadError> {
        Ok(reader.read(&self.image, expected, self.dpi)?)
    }
}

impl Drop for Scan<'_> {
    fn drop(&mut self) {
        if let Some(doc) = self.doc {
            self.engine.close(doc);
        }
    }
}
