//! Wayfinder's PDF engine: PDFium, Chrome's PDF library, to open documents (encrypted ones
//! too), count and render their pages, and extract their text.
//!
//! PDFium is not thread-safe, so every call runs on one worker thread that owns the library and
//! the open documents; callers talk to it through a channel and never block the UI's thread.
//! Rendered pages come back as PNG bytes in memory and are never written to disk.

mod engine;

pub use engine::{
    Bookmark, DocId, DocInfo, Highlight, MAX_LINES, MAX_RENDER_SIDE, PdfEngine, RenderSize,
    TextLine,
};

use std::path::PathBuf;

/// Why a document could not be opened or read. No variant carries a password or any text of
/// the document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    #[error("PDFium could not be loaded: {0}")]
    LibraryMissing(String),
    #[error("the file is damaged or is not a PDF")]
    Unreadable,
    #[error("the PDF is protected by a password")]
    PasswordRequired,
    #[error("the password was not accepted")]
    PasswordWrong,
    #[error("the PDF uses a security handler that is not supported")]
    UnsupportedSecurity,
    #[error("the page does not exist")]
    NoSuchPage,
    #[error("the document is not open")]
    NotOpen,
    #[error("the page could not be rendered")]
    RenderFailed,
    #[error("the PDF engine stopped")]
    EngineStopped,
}

wayfinder_core::error_codes! {
    PdfError {
        PdfError::LibraryMissing(_) => "pdf-engine-missing",
        PdfError::Unreadable => "pdf-unreadable",
        PdfError::PasswordRequired => "pdf-password-required",
        PdfError::PasswordWrong => "pdf-password-wrong",
        PdfError::UnsupportedSecurity => "pdf-unsupported-security",
        PdfError::NoSuchPage => "pdf-no-such-page",
        PdfError::NotOpen => "pdf-not-open",
        PdfError::RenderFailed => "pdf-render-failed",
        PdfError::EngineStopped => "pdf-engine-stopped",
    }
}

/// Where PDFium is found: `PDFIUM_DYNAMIC_LIB_PATH` (a folder or the library itself), else the
/// copy `scripts/setup` puts in `.deps/pdfium/` of the repository, else the system's.
pub fn library_path() -> PathBuf {
    let name = if cfg!(target_os = "windows") {
        "pdfium.dll"
    } else if cfg!(target_os = "macos") {
        "libpdfium.dylib"
    } else {
        "libpdfium.so"
    };
    if let Some(configured) = std::env::var_os("PDFIUM_DYNAMIC_LIB_PATH").map(PathBuf::from) {
        return if configured.is_dir() {
            configured.join(name)
        } else {
            configured
        };
    }
    let bundled = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../.deps/pdfium")
        .join(name);
    if bundled.is_file() {
        bundled
    } else {
        PathBuf::from(name)
    }
}
