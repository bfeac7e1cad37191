//! Wayfinder's records: what a family sends, recognised by its content, read, and imported
//! into a case of the vault with its text for search.
//!
//! A file is never trusted for its name: `sniff` says what it is from its first bytes. PDFs go
//! through PDFium (`wayfinder-pdf`), photos and scans through pure-Rust decoders that can
//! shrink a huge image while decoding it, DICOM through dicom-rs. Importing seals the original
//! in the vault, and either all of a file is recorded or none of it.

pub mod dicom;
#[doc(hidden)]
pub mod fuzzing;
pub mod image;
#[cfg(feature = "import")]
pub mod import;
#[cfg(feature = "import")]
pub mod ocr;
pub mod sniff;
pub mod study;
#[cfg(feature = "import")]
pub mod suggest;

#[cfg(feature = "import")]
pub use import::{Choices, ImportError, Importer, InMemory, Item, Outcome, Plan, Prepared, plan};
pub use sniff::sniff;
