//! Turning the core's typed errors into `{code, message}` in the user's language.

use crate::dto::ErrorDto;
use wayfinder_core::DomainError;
use wayfinder_i18n::{Arg, Catalog, Locale};
use wayfinder_vault::VaultError;

/// The catalogue key of an error code.
pub fn message_id(code: &str) -> String {
    format!("error-{code}")
}

pub fn from_vault(error: &VaultError, catalog: &Catalog, locale: Locale) -> ErrorDto {
    if let VaultError::Invalid(domain) = error {
        return from_domain(domain, catalog, locale);
    }
    let args: Vec<(&str, Arg<'_>)> = match error {
        VaultError::PassphraseTooShort { min } => vec![("min", Arg::Number(*min as f64))],
        _ => Vec::new(),
    };
    ErrorDto {
        code: error.code().to_owned(),
        message: catalog.message(locale, &message_id(error.code()), &args),
    }
}

pub fn from_domain(error: &DomainError, catalog: &Catalog, locale: Locale) -> ErrorDto {
    let args: Vec<(&str, Arg<'_>)> = match error {
        DomainError::NameTooLong { max } => vec![("max", Arg::Number(*max as f64))],
        DomainError::DateOfBirthTooEarly { min_year } => {
            vec![("min_year", Arg::Number(f64::from(*min_year)))]
        }
        _ => Vec::new(),
    };
    ErrorDto {
        code: error.code().to_owned(),
        message: catalog.message(locale, &message_id(error.code()), &args),
    }
}

/// Errors of the shell itself.
pub fn shell(code: &'static str, catalog: &Catalog, locale: Locale) -> ErrorDto {
    coded(code, catalog, locale)
}

/// Any coded error whose message takes no arguments (the PDF engine's, an image's, a DICOM
/// file's), in the user's language.
pub fn coded(code: &str, catalog: &Catalog, locale: Locale) -> ErrorDto {
    ErrorDto {
        code: code.to_owned(),
        message: catalog.message(locale, &message_id(code), &[]),
    }
}

/// Codes the shell produces on its own.
#[cfg(test)]
pub const SHELL_CODES: &[&str] = &[
    "vault-locked",
    "invalid-request",
    "storage-failed",
    "import-busy",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_code_has_a_message_in_every_language() {
        let catalog = Catalog::new().unwrap_or_else(|e| panic!("{e}"));
        let codes = VaultError::ALL_CODES
            .iter()
            .chain(DomainError::ALL_CODES)
            .chain(SHELL_CODES)
            .chain(wayfinder_records::ImportError::ALL_CODES)
            .chain(wayfinder_pdf::PdfError::ALL_CODES)
            .chain(wayfinder_records::image::ImageError::ALL_CODES)
            .chain(wayfinder_records::dicom::DicomError::ALL_CODES)
            .chain(crate::reports::CODES)
            .chain(wayfinder_reports::ReportError::ALL_CODES)
            .chain(wayfinder_sync::SyncError::ALL_CODES)
            .chain(wayfinder_link::LinkError::ALL_CODES);
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
        let dto = from_vault(
            &VaultError::PassphraseTooShort { min: 12 },
            &catalog,
            Locale::Fr,
        );
        assert_eq!(dto.code, "passphrase-too-short");
        assert!(dto.message.contains("12"), "{}", dto.message);
        let dto = from_vault(
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
