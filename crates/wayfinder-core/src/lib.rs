//! Wayfinder's domain: the case file and the rules it obeys.
//!
//! This crate knows nothing of SQL, HTTP, Tauri or serialisation for the UI: storage lives in
//! `wayfinder-vault`, the window in `src-tauri`. Every value here is parsed once, at the edge,
//! into a type that cannot hold an invalid value ("parse, don't validate"); time and randomness
//! are passed in by the caller, never read from globals, so that every rule can be tested.

pub mod case;
pub mod coordination;
pub mod dates;
pub mod disclosure;
pub mod error_codes;
pub mod icd10;
pub mod ids;
pub mod iso;
pub mod medical_codes;
pub mod schema;
pub mod spelling;
pub mod stage;
pub mod travel;

pub use case::{Child, DateOfBirth, DomainError, PersonName, parse_languages};
pub use disclosure::Disclosure;
pub use ids::{CaseId, EntityId};
pub use iso::{CountryCode, LanguageCode};
pub use schema::{Content, EntityKind, Field, FieldKind, Media};
pub use stage::Stage;
