//! Turning every typed error into `{code, message}` in the user's language, in one place:
//! any error that is `Coded` (each declares its codes with `error_codes!`) crosses the same way.

use crate::dto::ErrorDto;
use wayfinder_core::error_codes::Coded;
use wayfinder_i18n::{Arg, Catalog, Locale};

/// The catalogue key of an error code.
pub fn message_id(code: &str) -> String {
    format!("error-{code}")
}

/// The error as the UI shows it: its code, and its message with its numbers filled in.
pub fn to_dto(error: &(impl Coded + ?Sized), catalog: &Catalog, locale: Locale) -> ErrorDto {
    let numbers = error.args();
    let args: Vec<(&str, Arg<'_>)> = numbers
        .iter()
        .map(|(name, value)| (*name, Arg::Number(*value)))
        .collect();
    ErrorDto {
        code: error.code().to_owned(),
        message: catalog.message(locale, &message_id(error.code()), &args),
    }
}

/// The app's own refusals, beside those of the vault, the readers and the link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AppError {
    #[error("the vault is locked")]
    VaultLocked,
    #[error("the window sent a request that cannot be carried out")]
    InvalidRequest,
    #[error("work could not finish (a worker died or a lock was poisoned)")]
    StorageFailed,
    #[error("an import is running already")]
    ImportBusy,
    #[error("the consent does not allow this report")]
    ConsentExpired,
    #[error("the case changed under the report")]
    ReportConflict,
    #[error("the report names no recipient")]
    RecipientMissing,
    #[error("a record of this kind cannot be enclosed")]
    RecordUnsupported,
    #[error("no report is prepared")]
    NotPrepared,
    #[error("the consent does not allow this export")]
    ExportNotAllowed,
    #[error("the report could not be written")]
    ExportFailed,
    #[error("something of that name is already where the export was to go")]
    ExportExists,
    #[error("the system's print dialog could not be opened")]
    PrintFailed,
    #[error("a passage's checks found something not yet let stand")]
    ChecksOpen,
    #[error("the file could not be read")]
    FileUnreadable,
    #[error("the file is too big to be what it says")]
    FileTooBig,
    #[error("the file is not well-formed XLIFF or TMX")]
    FileMalformed,
    #[error("the file declares a document type or entities")]
    FileHostile,
    #[error("the file is for another document")]
    FileOtherDocument,
    #[error("the file's languages are not this document's")]
    FileOtherLanguages,
    #[error("the glossary file has no source, source_language and language columns")]
    GlossaryColumns,
    #[error("the glossary file is not UTF-8 text")]
    GlossaryEncoding,
    #[error("a row of the glossary file is not a term")]
    GlossaryRow { line: u64 },
    #[error("the request misses what the institution asks for")]
    RequestIncomplete,
    #[error("the follow-up date has gone by")]
    FollowUpPast,
    #[error("the directory file has no name column")]
    DirectoryColumns,
    #[error("a line of the directory file could not be read")]
    DirectoryLine,
    #[error("the directory file changed since its preview")]
    DirectoryChanged,
    #[error("lines of the directory file are wrong")]
    DirectoryWrongLines { count: u64 },
    #[error("the FHIR file changed since its preview")]
    FhirChanged,
    #[error("merging a FHIR file into a case needs her word that the child is the same")]
    FhirNotConfirmed,
}

wayfinder_core::error_codes! {
    AppError {
        AppError::VaultLocked => "vault-locked",
        AppError::InvalidRequest => "invalid-request",
        AppError::StorageFailed => "storage-failed",
        AppError::ImportBusy => "import-busy",
        AppError::ConsentExpired => "report-consent-expired",
        AppError::ReportConflict => "report-conflict",
        AppError::RecipientMissing => "report-recipient-missing",
        AppError::RecordUnsupported => "report-record-unsupported",
        AppError::NotPrepared => "report-not-prepared",
        AppError::ExportNotAllowed => "export-not-allowed",
        AppError::ExportFailed => "export-failed",
        AppError::ExportExists => "export-exists",
        AppError::PrintFailed => "print-failed",
        AppError::ChecksOpen => "unit-checks-open",
        AppError::FileUnreadable => "interchange-unreadable",
        AppError::FileTooBig => "interchange-too-big",
        AppError::FileMalformed => "interchange-malformed",
        AppError::FileHostile => "interchange-hostile",
        AppError::FileOtherDocument => "interchange-other-document",
        AppError::FileOtherLanguages => "interchange-other-languages",
        AppError::GlossaryColumns => "glossary-columns",
        AppError::GlossaryEncoding => "glossary-encoding",
        AppError::GlossaryRow { line } => "glossary-row" (line = *line as f64),
        AppError::RequestIncomplete => "request-incomplete",
        AppError::FollowUpPast => "follow-up-past",
        AppError::DirectoryColumns => "directory-columns",
        AppError::DirectoryLine => "directory-line",
        AppError::DirectoryChanged => "directory-changed",
        AppError::DirectoryWrongLines { count } => "directory-wrong-lines" (count = *count as f64),
        AppError::FhirChanged => "fhir-changed",
        AppError::FhirNotConfirmed => "fhir-not-confirmed",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wayfinder_core::DomainError;
    use wayfinder_vault::VaultError;

    #[test]
    fn every_error_code_has_a_message_in_every_language() {
        let catalog = Catalog::new().unwrap_or_else(|e| panic!("{e}"));
        let codes = VaultError::ALL_CODES
            .iter()
            .chain(DomainError::ALL_CODES)
            .chain(AppError::ALL_CODES)
            .chain(wayfinder_records::ImportError::ALL_CODES)
            .chain(wayfinder_pdf::PdfError::ALL_CODES)
            .chain(wayfinder_records::image::ImageError::ALL_CODES)
            .chain(wayfinder_ocr::OcrError::ALL_CODES)
            .chain(wayfinder_records::dicom::DicomError::ALL_CODES)
            .chain(wayfinder_reports::ReportError::ALL_CODES)
            .chain(wayfinder_sync::SyncError::ALL_CODES)
            .chain(wayfinder_link::LinkError::ALL_CODES)
            .chain(wayfinder_core::travel::TravelError::ALL_CODES)
            .chain(wayfinder_fhir::FhirError::ALL_CODES)
            .chain(wayfinder_vault::archive::ArchiveError::ALL_CODES);
        for code in codes {
            for locale in Locale::ALL {
                assert!(
                    catalog.has(locale, &message_id(code)),
                    "{locale} has no message for {code}"
                );
            }
        }
    }

    #[test]
    fn messages_fill_in_their_numbers() {
        let catalog = Catalog::new().unwrap_or_else(|e| panic!("{e}"));
        let dto = to_dto(
            &VaultError::Invalid(DomainError::TextTooLong { max: 4000 }),
            &catalog,
            Locale::En,
        );
        assert_eq!(dto.code, "text-too-long");
        assert!(
            dto.message.contains("4000") || dto.message.contains("4,000"),
            "{}",
            dto.message
        );
        let catalog = Catalog::new().unwrap_or_else(|e| panic!("{e}"));
        let dto = to_dto(
            &VaultError::PassphraseTooShort { min: 12 },
            &catalog,
            Locale::Fr,
        );
        assert_eq!(dto.code, "passphrase-too-short");
        assert!(dto.message.contains("12"), "{}", dto.message);
        let dto = to_dto(
            &VaultError::Invalid(DomainError::DateOfBirthTooEarly { min_year: 1900 }),
            &catalog,
            Locale::Ar,
        );
        assert_eq!(dto.code, "date-of-birth-too-early");
        assert!(
            dto.message.contains("1900") || dto.message.contains("١٩٠٠"),
            "{}",
            dto.message
        );
    }
}
