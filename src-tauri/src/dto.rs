//! The data that crosses to the UI, and only that. Domain types stay free of serde; here they
//! are converted at the boundary. `cargo test -p wayfinder-app` writes the TypeScript twins of
//! these types into `ui/src/lib/bindings/`, and CI fails if the committed ones differ.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use wayfinder_core::Case;

/// An error as the UI sees it: a stable code to branch on, and a message in the user's
/// language that says what to do. Never matched by its text.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
pub struct ErrorDto {
    pub code: String,
    pub message: String,
}

/// Where the app stands, which decides the screen the UI shows.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum VaultStatus {
    /// First start: there is no vault yet.
    NeedsSetup,
    /// A vault is there and locked; `reason` says why the keychain did not open it, if it was
    /// tried (an error code such as `keychain-missing`).
    Locked {
        reason: Option<ErrorDto>,
    },
    Unlocked,
    /// The vault folder cannot be used at all (not a vault, or from a newer version).
    Unusable {
        error: ErrorDto,
    },
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct SettingsDto {
    /// The interface language: en, es, fr, ar, zh or ru.
    pub language: String,
    /// Minutes without activity before the vault locks itself.
    pub auto_lock_minutes: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct UnlockOutcome {
    /// Whether the vault key is now in the OS keychain, so that the next start needs no prompt.
    pub keychain_stored: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct CaseDto {
    pub id: String,
    pub child_name: String,
    /// ISO 8601 date, `YYYY-MM-DD`.
    pub date_of_birth: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// ISO 639-1 codes.
    pub languages: Vec<String>,
    /// RFC 3339 times.
    pub created_at: String,
    pub updated_at: String,
}

impl From<&Case> for CaseDto {
    fn from(case: &Case) -> Self {
        CaseDto {
            id: case.id.to_string(),
            child_name: case.child.name.as_str().to_owned(),
            date_of_birth: case.child.date_of_birth.to_iso(),
            country: case.child.country.as_str().to_owned(),
            languages: case
                .child
                .languages
                .iter()
                .map(|l| l.as_str().to_owned())
                .collect(),
            created_at: case.created_at.to_rfc3339(),
            updated_at: case.updated_at.to_rfc3339(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct NewCaseDto {
    pub child_name: String,
    pub date_of_birth: String,
    pub country: String,
    pub languages: Vec<String>,
}

/// One field of a case, as the user changes it.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(tag = "field", content = "value", rename_all = "kebab-case")]
pub enum CaseFieldEdit {
    ChildName(String),
    DateOfBirth(String),
    Country(String),
    Languages(Vec<String>),
}

/// The codes the pickers offer; names are shown in the user's language by the UI.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
pub struct ReferenceLists {
    /// ISO 3166-1 alpha-2 codes.
    pub countries: Vec<String>,
    /// ISO 639-1 codes.
    pub languages: Vec<String>,
}

/// Every type above, for the export test.
#[cfg(test)]
pub(crate) fn export_all(dir: &std::path::Path) -> Result<(), ts_rs::ExportError> {
    let cfg = ts_rs::Config::new().with_out_dir(dir);
    ErrorDto::export_all(&cfg)?;
    VaultStatus::export_all(&cfg)?;
    SettingsDto::export_all(&cfg)?;
    UnlockOutcome::export_all(&cfg)?;
    CaseDto::export_all(&cfg)?;
    NewCaseDto::export_all(&cfg)?;
    CaseFieldEdit::export_all(&cfg)?;
    ReferenceLists::export_all(&cfg)?;
    Ok(())
}
