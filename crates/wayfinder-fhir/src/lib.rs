//! A case as an HL7 FHIR R4 Bundle and a Bundle from a hospital as what a case would hold.
//! No I/O and no vault: the app hands over a case's entities and reads back entities to write.
//! `wayfinder-fhir export-sample` and `wayfinder-fhir import-check BUNDLE.json` are for
//! maintainers and the tests' independent validators.

pub mod codes;
pub mod export;
pub mod import;
pub mod model;
pub mod sample;

use std::collections::BTreeMap;
use wayfinder_core::schema::{EntityKind, Media};

pub use export::{Choice, Exported, export};
pub use import::{Incoming, IncomingEntity, Kept, read_bundle};

/// One entity of a case as the vault holds it: each field's single value in its stored text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseEntity {
    pub id: [u8; 16],
    pub kind: EntityKind,
    pub created_millis: u64,
    pub fields: BTreeMap<String, String>,
}

/// A record's original file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Original {
    pub media: Media,
    pub bytes: Vec<u8>,
}

/// Why a Bundle cannot be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FhirError {
    #[error("the file is not JSON")]
    NotJson,
    #[error("the file is not a FHIR Bundle")]
    NotABundle,
    #[error("the Bundle has no patient")]
    NoPatient,
}

wayfinder_core::error_codes! {
    FhirError {
        FhirError::NotJson => "fhir-not-json",
        FhirError::NotABundle => "fhir-not-a-bundle",
        FhirError::NoPatient => "fhir-no-patient",
    }
}

/// An entity's id from its hyphenated UUID text.
pub fn parse_id(text: &str) -> Option<[u8; 16]> {
    uuid::Uuid::parse_str(text).ok().map(|u| *u.as_bytes())
}
