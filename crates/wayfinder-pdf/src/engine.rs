//! The worker thread that owns PDFium and every open document.

use crate::PdfError;
use image::ImageFormat;
use pdfium_render::prelude::*;
use std::collections::HashMap;
use std::io::Cursor;
use std::path::Path;
use std::sync::mpsc::{self, Sender};
use std::sync::{Mutex, OnceLock};

/// A document opened in the engine.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct DocId(u64);

type Reply<T> = Sender<Result<T, PdfError>>;

/// One entry of a document's outline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bookmark {
    pub title: String,
    pub page: Option<u16>,
}

/// What a document says of itself in its information dictionary, as written there: nothing
/// here is checked, and much of it is junk ("Microsoft Word - Document1", a scanner's name).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocInfo {
    pub title: Option<String>,
    /// The creation date as PDF writes it (`D:20260514093000+02'00'`).
    pub created: Option<String>,
}

enum Job {
    Info {
        doc: DocId,
        reply: Reply<DocInfo>,
    },
    Bookmarks {
        doc: DocId,
        reply: Reply<Vec<Bookmark>>,
    },
    Unprotected {
        doc: DocId,
        reply: Reply<Vec<u8>>,
    },
    Open {
        bytes: Vec<u8>,
        password: Option<String>,
        reply: Reply<(DocId, u16)>,
    },
    Text {
        doc: DocId,
        page: u16,
        reply: Reply<String>,
    },
    TextIn {
        doc: DocId,
        page: u16,
        region: Highlight,
        reply: Reply<String>,
    },
    Render {
        doc: DocId,
        page: u16,
        size: RenderSize,
        reply: Reply<Vec<u8>>,
    },
    Gray {
        doc: DocId,
        page: u16,
        dpi: f32,
        max_side: u32,
        reply: Reply<image::GrayImage>,
    },
    Find {
        doc: DocId,
        page: u16,
        query: String,
        reply: Reply<Vec<Highlight>>,
    },
    Lines {
        doc: DocId,
        page: u16,
        reply: Reply<Vec<TextLine>>,
    },
    Sizes {
        doc: DocId,
        reply: Reply<Vec<(f32, f32)>>,
    },
    Close {
        doc: DocId,
    },
}

/// Where a match lies on a page, as fractions of the page's width and height from its top
/// left corner, so the viewer can draw it over the page at any zoom.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Highlight {
    pub left: f32,
    pub top: f32,
    pub width: f32,
    pub height: f32,
}

/// A rectangle drawn on a page as it is shown (`shown` its width and height in points, turned
/// as its /Rotate says), in the page's own space: points from its bottom left corner, before
/// the turn, where its text lies.
fn page_rect(region: Highlight, shown: (f32, f32), turned: PdfPageRenderRotation) -> PdfRect {
    let (w, h) = shown;
    let (x0, x1) = (region.left * w, (region.left + region.width) * w);
    let (y0, y1) = (region.top * h, (region.top + region.height) * h);
    // A corner (x, y) as shown, from the top left, into the page's own space.
    let own = |x: f32, y: f32| -> (f32, f32) {
        match turned {
            PdfPageRenderRotation::None => (x, h - y),
            PdfPageRenderRotation::Degrees90 => (y, x),
            PdfPageRenderRotation::Degrees180 => (w - x, y),
            PdfPageRenderRotation::Degrees270 => (h - y, w - x),
        }
    };
    let (ax, ay) = own(x0, y0);
    let (bx, by) = own(x1, y1);
    PdfRect::new_from_values(ay.min(by), ax.min(bx), ay.max(by), ax.max(bx))
}

/// A rectangle in the page's own space (PDF points, from its bottom left, unturned) as the page
/// is shown (turned as its /Rotate says), in fractions of its width and height from its top
/// left corner: the inverse of `page_rect`.
fn shown_rect(rect: PdfRect, shown: (f32, f32), turned: PdfPageRenderRotation) -> Highlight {
    let (w, h) = shown;
    // A corner (x, y) of the page's own space into the page as shown, from the top left.
    let seen = |x: f32, y: f32| -> (f32, f32) {
        match turned {
            PdfPageRenderRotation::None => (x, h - y),
            PdfPageRenderRotation::Degrees90 => (y, x),
            PdfPageRenderRotation::Degrees180 => (w - x, y),
            PdfPageRenderRotation::Degrees270 => (w - y, h - x),
        }
    };
    let (ax, ay) = seen(rect.left().value, rect.bottom().value);
    let (bx, by) = seen(rect.right().value, rect.top().value);
    Highlight {
        left: ax.min(bx) / w,
        top: ay.min(by) / h,
        width: (ax - bx).abs() / w,
        height: (ay - by).abs() / h,
    }
}

/// The most lines of text one page gives its text layer: a page drawn glyph by glyph by a
/// hostile file could otherwise have millions.
pub const MAX_LINES: usize = 5_000;

/// Whether a run of text (`next`, in the page's own space, where lines run along x whatever
/// its /Rotate says) goes on the line `last` holds: on the same band, overlapping by half the
/// smaller, and no further along than three times the line's height (a column beside is
/// another line).
fn same_line(last: &PdfRect, next: &PdfRect) -> bool {
    let (a0, a1) = (last.bottom().value, last.top().value);
    let (b0, b1) = (next.bottom().value, next.top().value);
    let overlap = a1.min(b1) - a0.max(b0);
    let smaller = (a1 - a0).min(b1 - b0).max(0.1);
    let height = (a1 - a0).max(b1 - b0);
    let gap = (next.left().value - last.right().value)
        .max(last.left().value - next.right().value)
        .max(0.0);
    overlap >= smaller / 2.0 && gap <= 3.0 * height
}

/// A line of a page's own text, with its place on the page as shown.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLine {
    pub text: String,
    pub at: Highlight,
}

/// How large to render a page.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum RenderSize {
    /// This many pixels wide, the height following the page's shape.
    Width(u32),
    /// At this resolution (72 is the page's own size in points).
    Dpi(f32),
}

/// The longest side of any rendered page, in pixels, whatever size was asked for: 10,000 by
/// 10,000 RGBA is 400 MB, the most one render may take.
pub const MAX_RENDER_SIDE: i32 = 10_000;

/// The handle to the PDF worker. Cheap to clone; every call is answered on the worker thread.
#[derive(Clone)]
pub struct PdfEngine {
    jobs: Sender<Job>,
}

/// PDFium can be bound once per process, so there is one engine per process.
static ENGINE: OnceLock<Result<Mutex<PdfEngine>, PdfError>> = OnceLock::new();

fn map_error(e: PdfiumError, with_password: bool) -> PdfError {
    match e {
        PdfiumError::PdfiumLibraryInternalError(PdfiumInternalError::PasswordError) => {
            if with_password {
                PdfError::PasswordWrong
            } else {
                PdfError::PasswordRequired
            }
        }
        PdfiumError::PdfiumLibraryInternalError(PdfiumInternalError::SecurityError) => {
            PdfError::UnsupportedSecurity
        }
        _ => PdfError::Unreadable,
    }
}

impl PdfEngine {
    /// The process's engine, started on first use with the PDFium at `library`.
    pub fn shared(library: &Path) -> Result<PdfEngine, PdfError> {
        let engine = ENGINE.get_or_init(|| PdfEngine::start(library).map(Mutex::new));
        match engine {
            Ok(engine) => engine
                .lock()
                .map(|e| e.clone())
                .map_err(|_| PdfError::EngineStopped),
            Err(e) => Err(e.clone()),
        }
    }

    fn start(library: &Path) -> Result<PdfEngine, PdfError> {
        let (jobs, receiver) = mpsc::channel::<Job>();
        let (ready_tx, ready_rx) = mpsc::channel::<Result<(), PdfError>>();
        let library = library.to_path_buf();
        std::thread::Builder::new()
            .name("pdfium".to_owned())
            .spawn(move || {
                let bindings = match Pdfium::bind_to_library(&library) {
                    Ok(b) => b,
                    Err(e) => {
                        let _ = ready_tx.send(Err(PdfError::LibraryMissing(format!("{e:?}"))));
                        return;
                    }
                };
                // The library lives as long as the process: documents borrow it.
                let pdfium: &'static Pdfium = Box::leak(Box::new(Pdfium::new(bindings)));
                let _ = ready_tx.send(Ok(()));
                let mut docs: HashMap<u64, PdfDocument<'static>> = HashMap::new();
                let mut next = 0u64;
                for job in receiver {
                    match job {
                        Job::Open {
                            bytes,
                            password,
                            reply,
                        } => {
                            let with_password = password.is_some();
                            let result = pdfium
                                .load_pdf_from_byte_vec(bytes, password.as_deref())
                                .map_err(|e| map_error(e, with_password))
                                .and_then(|doc| {
                                    // A document without a first page that loads is no use to
                                    // anyone: refuse it now rather than fail in the viewer.
                                    let pages =
                                        u16::try_from(doc.pages().len()).unwrap_or(u16::MAX);
                                    if pages == 0 || doc.pages().get(0).is_err() {
                                        return Err(PdfError::Unreadable);
                                    }
                                    next += 1;
                                    docs.insert(next, doc);
                                    Ok((DocId(next), pages))
                                });
                            let _ = reply.send(result);
                        }
                        Job::Text { doc, page, reply } => {
                            let result = docs.get(&doc.0).ok_or(PdfError::NotOpen).and_then(|d| {
                                let page = d
                                    .pages()
                                    .get(i32::from(page))
                                    .map_err(|_| PdfError::NoSuchPage)?;
                                let text = page.text().map_err(|_| PdfError::Unreadable)?;
                                // Every character of the text page in order, line breaks included:
                                // `all()` would drop characters outside the page's box.
                                let chars = text.chars();
                                Ok(chars
                                    .iter()
                                    .filter_map(|c| c.unicode_string())
                                    .collect::<String>())
                            });
                            let _ = reply.send(result);
                        }
                        Job::Render {
                            doc,
                            page,
                            size,
                            reply,
                        } => {
                            let result = docs.get(&doc.0).ok_or(PdfError::NotOpen).and_then(|d| {
                                let page = d
                                    .pages()
                                    .get(i32::from(page))
                                    .map_err(|_| PdfError::NoSuchPage)?;
                                let config = match size {
                                    RenderSize::Width(width) => PdfRenderConfig::new()
                                        .set_target_width(i32::try_from(width).unwrap_or(i32::MAX)),
                                    RenderSize::Dpi(dpi) => {
                                        PdfRenderConfig::new().scale_page_by_factor(dpi / 72.0)
                                    }
                                }
                                // A page drawn as a ribbon (a receipt, a hostile file) stays
                                // within a bitmap the laptop can hold, its shape kept.
                                .set_maximum_width(MAX_RENDER_SIDE)
                                .set_maximum_height(MAX_RENDER_SIDE);
                                let image = page
                                    .render_with_config(&config)
                                    .and_then(|bitmap| bitmap.as_image())
                                    .map_err(|_| PdfError::RenderFailed)?;
                                let mut png = Cursor::new(Vec::new());
                                image
                                    .write_to(&mut png, ImageFormat::Png)
                                    .map_err(|_| PdfError::RenderFailed)?;
                                Ok(png.into_inner())
                            });
                            let _ = reply.send(result);
                        }
                        Job::Gray {
                            doc,
                            page,
                            dpi,
                            max_side,
                            reply,
                        } => {
                            let result = docs.get(&doc.0).ok_or(PdfError::NotOpen).and_then(|d| {
                                let page = d
                                    .pages()
                                    .get(i32::from(page))
                                    .map_err(|_| PdfError::NoSuchPage)?;
                                let side = i32::try_from(max_side.min(MAX_RENDER_SIDE as u32))
                                    .unwrap_or(MAX_RENDER_SIDE);
                                let config = PdfRenderConfig::new()
                                    .scale_page_by_factor(dpi / 72.0)
                                    .set_maximum_width(side)
                                    .set_maximum_height(side);
                                page.render_with_config(&config)
                                    .and_then(|bitmap| bitmap.as_image())
                                    .map(|image| image.into_luma8())
                                    .map_err(|_| PdfError::RenderFailed)
                            });
                            let _ = reply.send(result);
                        }
                        Job::Find {
                            doc,
                            page,
                            query,
                            reply,
                        } => {
                            let result = docs.get(&doc.0).ok_or(PdfError::NotOpen).and_then(|d| {
                                let page = d
                                    .pages()
                                    .get(i32::from(page))
                                    .map_err(|_| PdfError::NoSuchPage)?;
                                let (w, h) = (page.width().value, page.height().value);
                                if w <= 0.0 || h <= 0.0 {
                                    return Ok(Vec::new());
                                }
                                let turned = page.rotation().map_err(|_| PdfError::Unreadable)?;
                                let text = page.text().map_err(|_| PdfError::Unreadable)?;
                                let search = text
                                    .search(&query, &PdfSearchOptions::new())
                                    .map_err(|_| PdfError::Unreadable)?;
                                let mut found = Vec::new();
                                for segments in
                                    search.iter(PdfSearchDirection::SearchForward).take(500)
                                {
                                    for segment in segments.iter() {
                                        found.push(shown_rect(segment.bounds(), (w, h), turned));
                                    }
                                }
                                Ok(found)
                            });
                            let _ = reply.send(result);
                        }
                        Job::Lines { doc, page, reply } => {
                            let result = docs.get(&doc.0).ok_or(PdfError::NotOpen).and_then(|d| {
                                let page = d
                                    .pages()
                                    .get(i32::from(page))
                                    .map_err(|_| PdfError::NoSuchPage)?;
                                let (w, h) = (page.width().value, page.height().value);
                                if w <= 0.0 || h <= 0.0 {
                                    return Ok(Vec::new());
                                }
                                let turned = page.rotation().map_err(|_| PdfError::Unreadable)?;
                                let text = page.text().map_err(|_| PdfError::Unreadable)?;
                                // PDFium's runs of text (a word each, often, in Arabic), in the
                                // order the page draws them, joined into lines: a run beside
                                // the last on the same band joins it. Each line's text is then
                                // read inside its box, in logical order.
                                let mut lines: Vec<PdfRect> = Vec::new();
                                for segment in text.segments().iter().take(MAX_LINES * 8) {
                                    if segment.text().trim().is_empty() {
                                        continue;
                                    }
                                    let b = segment.bounds();
                                    match lines.last_mut() {
                                        Some(last) if same_line(last, &b) => {
                                            *last = PdfRect::new_from_values(
                                                last.bottom().value.min(b.bottom().value),
                                                last.left().value.min(b.left().value),
                                                last.top().value.max(b.top().value),
                                                last.right().value.max(b.right().value),
                                            );
                                        }
                                        _ => lines.push(b),
                                    }
                                }
                                Ok(lines
                                    .into_iter()
                                    .take(MAX_LINES)
                                    .filter_map(|rect| {
                                        let words = text.inside_rect(rect);
                                        let words =
                                            words.split_whitespace().collect::<Vec<_>>().join(" ");
                                        (!words.is_empty()).then(|| TextLine {
                                            text: words,
                                            at: shown_rect(rect, (w, h), turned),
                                        })
                                    })
                                    .collect())
                            });
                            let _ = reply.send(result);
                        }
                        Job::TextIn {
                            doc,
                            page,
                            region,
                            reply,
                        } => {
                            let result = docs.get(&doc.0).ok_or(PdfError::NotOpen).and_then(|d| {
                                let page = d
                                    .pages()
                                    .get(i32::from(page))
                                    .map_err(|_| PdfError::NoSuchPage)?;
                                let turned = page.rotation().map_err(|_| PdfError::Unreadable)?;
                                let rect = page_rect(
                                    region,
                                    (page.width().value, page.height().value),
                                    turned,
                                );
                                let text = page.text().map_err(|_| PdfError::Unreadable)?;
                                Ok(text.inside_rect(rect))
                            });
                            let _ = reply.send(result);
                        }
                        Job::Sizes { doc, reply } => {
                            let result = docs.get(&doc.0).ok_or(PdfError::NotOpen).and_then(|d| {
                                let pages = d.pages();
                                pages
                                    .as_range()
                                    .map(|i| {
                                        // Read from the page tree without loading the page;
                                        // PDFium turns it as its /Rotate says.
                                        pages
                                            .page_size(i)
                                            .map(|size| (size.width().value, size.height().value))
                                            .map_err(|_| PdfError::Unreadable)
                                    })
                                    .collect()
                            });
                            let _ = reply.send(result);
                        }
                        Job::Bookmarks { doc, reply } => {
                            let result = docs.get(&doc.0).ok_or(PdfError::NotOpen).map(|d| {
                                d.bookmarks()
                                    .iter()
                                    .take(10_000)
                                    .map(|b| Bookmark {
                                        title: b.title().unwrap_or_default(),
                                        page: b
                                            .destination()
                                            .and_then(|dest| dest.page_index().ok())
                                            .and_then(|p| u16::try_from(p).ok()),
                                    })
                                    .collect()
                            });
                            let _ = reply.send(result);
                        }
                        Job::Info { doc, reply } => {
                            let result = docs.get(&doc.0).ok_or(PdfError::NotOpen).map(|d| {
                                let tag = |t| {
                                    d.metadata()
                                        .get(t)
                                        .map(|tag| tag.value().trim().to_owned())
                                        .filter(|v| !v.is_empty())
                                };
                                DocInfo {
                                    title: tag(PdfDocumentMetadataTagType::Title),
                                    created: tag(PdfDocumentMetadataTagType::CreationDate),
                                }
                            });
                            let _ = reply.send(result);
                        }
                        Job::Unprotected { doc, reply } => {
                            let result = docs.get(&doc.0).ok_or(PdfError::NotOpen).and_then(|d| {
                                let mut copy =
                                    pdfium.create_new_pdf().map_err(|_| PdfError::Unreadable)?;
                                copy.pages_mut()
                                    .append(d)
                                    .map_err(|_| PdfError::Unreadable)?;
                                copy.save_to_bytes().map_err(|_| PdfError::Unreadable)
                            });
                            let _ = reply.send(result);
                        }
                        Job::Close { doc } => {
                            docs.remove(&doc.0);
                        }
                    }
                }
            })
            .map_err(|_| PdfError::EngineStopped)?;
        ready_rx.recv().map_err(|_| PdfError::EngineStopped)??;
        Ok(PdfEngine { jobs })
    }

    fn ask<T>(&self, make: impl FnOnce(Reply<T>) -> Job) -> Result<T, PdfError> {
        let (reply, answer) = mpsc::channel();
        self.jobs
            .send(make(reply))
            .map_err(|_| PdfError::EngineStopped)?;
        answer.recv().map_err(|_| PdfError::EngineStopped)?
    }

    /// Opens a document held in memory; returns its id and page count.
    pub fn open(&self, bytes: Vec<u8>, password: Option<&str>) -> Result<(DocId, u16), PdfError> {
        let password = password.map(str::to_owned);
        self.ask(|reply| Job::Open {
            bytes,
            password,
            reply,
        })
    }

    /// The text of a page (0-based), as PDFium extracts it.
    pub fn page_text(&self, doc: DocId, page: u16) -> Result<String, PdfError> {
        self.ask(|reply| Job::Text { doc, page, reply })
    }

    /// The text of a page (0-based) inside `region`, a rectangle as the page is shown (turned as
    /// its /Rotate says), in fractions of its width and height from its top left corner.
    pub fn text_in(&self, doc: DocId, page: u16, region: Highlight) -> Result<String, PdfError> {
        self.ask(|reply| Job::TextIn {
            doc,
            page,
            region,
            reply,
        })
    }

    /// A page (0-based) rendered at `size`, as PNG bytes, in memory.
    pub fn render_png(&self, doc: DocId, page: u16, size: RenderSize) -> Result<Vec<u8>, PdfError> {
        self.ask(|reply| Job::Render {
            doc,
            page,
            size,
            reply,
        })
    }

    /// Every place `query` occurs on a page (0-based), case-insensitively.
    /// Renders a page in grey at `dpi`, its longest side at most `max_side` pixels: a page
    /// as the text reader is given it, in memory.
    pub fn render_gray(
        &self,
        doc: DocId,
        page: u16,
        dpi: f32,
        max_side: u32,
    ) -> Result<image::GrayImage, PdfError> {
        self.ask(|reply| Job::Gray {
            doc,
            page,
            dpi,
            max_side,
            reply,
        })
    }

    pub fn find(&self, doc: DocId, page: u16, query: &str) -> Result<Vec<Highlight>, PdfError> {
        let query = query.to_owned();
        self.ask(|reply| Job::Find {
            doc,
            page,
            query,
            reply,
        })
    }

    /// The page's own text (0-based page) as runs on one line each, with where each lies on the
    /// page as shown: the layer a passage is selected in. At most `MAX_LINES` lines.
    pub fn lines(&self, doc: DocId, page: u16) -> Result<Vec<TextLine>, PdfError> {
        self.ask(|reply| Job::Lines { doc, page, reply })
    }

    /// Each page's width and height in points (1/72 inch), as it is shown (turned as the page
    /// says).
    pub fn page_sizes(&self, doc: DocId) -> Result<Vec<(f32, f32)>, PdfError> {
        self.ask(|reply| Job::Sizes { doc, reply })
    }

    /// The document's bookmarks (its outline), depth first, each with the page (0-based) it
    /// goes to when it names one.
    pub fn bookmarks(&self, doc: DocId) -> Result<Vec<Bookmark>, PdfError> {
        self.ask(|reply| Job::Bookmarks { doc, reply })
    }

    /// The title and creation date the document's information dictionary holds, if any.
    pub fn info(&self, doc: DocId) -> Result<DocInfo, PdfError> {
        self.ask(|reply| Job::Info { doc, reply })
    }

    /// The pages of an open document copied into a new one without its password, in memory:
    /// for placing a protected record's pages in a review packet. The original is untouched.
    pub fn unprotected_copy(&self, doc: DocId) -> Result<Vec<u8>, PdfError> {
        self.ask(|reply| Job::Unprotected { doc, reply })
    }

    pub fn close(&self, doc: DocId) {
        let _ = self.jobs.send(Job::Close { doc });
    }
}

#[cfg(test)]
mod tests {
    use super::{Highlight, page_rect, shown_rect};
    use pdfium_render::prelude::{PdfPageRenderRotation, PdfRect};

    /// A rectangle drawn on the top left quarter of an A4 page as shown, in the page's own
    /// space for each way it can be turned (595 by 842 points unturned).
    #[test]
    fn a_rectangle_as_shown_lands_where_the_turned_pages_text_lies() {
        let quarter = Highlight {
            left: 0.0,
            top: 0.0,
            width: 0.5,
            height: 0.5,
        };
        let table = [
            (
                PdfPageRenderRotation::None,
                (595.0, 842.0),
                (421.0, 0.0, 842.0, 297.5),
            ),
            // Turned a quarter clockwise: shown 842 wide, its top left was the page's bottom left.
            (
                PdfPageRenderRotation::Degrees90,
                (842.0, 595.0),
                (0.0, 0.0, 421.0, 297.5),
            ),
            (
                PdfPageRenderRotation::Degrees180,
                (595.0, 842.0),
                (0.0, 297.5, 421.0, 595.0),
            ),
            (
                PdfPageRenderRotation::Degrees270,
                (842.0, 595.0),
                (421.0, 297.5, 842.0, 595.0),
            ),
        ];
        for (turned, shown, (bottom, left, top, right)) in table {
            let got = page_rect(quarter, shown, turned);
            let want = PdfRect::new_from_values(bottom, left, top, right);
            let close = |a: f32, b: f32| (a - b).abs() < 0.01;
            assert!(
                close(got.bottom().value, want.bottom().value)
                    && close(got.left().value, want.left().value)
                    && close(got.top().value, want.top().value)
                    && close(got.right().value, want.right().value),
                "{turned:?}: {got:?}"
            );
        }
    }

    /// Any rectangle as shown, taken into the page's own space and back, is where it was, for
    /// every way a page can be turned.
    #[test]
    fn a_rectangle_in_the_pages_own_space_comes_back_where_it_was_shown() {
        let drawn = Highlight {
            left: 0.1,
            top: 0.2,
            width: 0.3,
            height: 0.05,
        };
        for (turned, shown) in [
            (PdfPageRenderRotation::None, (595.0, 842.0)),
            (PdfPageRenderRotation::Degrees90, (842.0, 595.0)),
            (PdfPageRenderRotation::Degrees180, (595.0, 842.0)),
            (PdfPageRenderRotation::Degrees270, (842.0, 595.0)),
        ] {
            let back = shown_rect(page_rect(drawn, shown, turned), shown, turned);
            let close = |a: f32, b: f32| (a - b).abs() < 0.001;
            assert!(
                close(back.left, drawn.left)
                    && close(back.top, drawn.top)
                    && close(back.width, drawn.width)
                    && close(back.height, drawn.height),
                "{turned:?}: {back:?}"
            );
        }
    }
}
