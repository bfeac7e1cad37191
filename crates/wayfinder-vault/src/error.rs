//! Why a vault operation failed, as a closed set the UI can put in the user's language.
//!
//! No variant carries a key, a passphrase, a file's contents or a patient's data: the
//! `Display` text is for logs and is as safe to print as the `code()`.

use wayfinder_core::DomainError;

#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    #[error("the vault key does not open this vault")]
    WrongKey,
    #[error("the passphrase does not open this vault")]
    WrongPassphrase,
    #[error("the keychain holds no key for this vault")]
    KeychainMissing,
    #[error("the key in the keychain does not belong to this vault")]
    KeychainMismatch,
    #[error("the keychain is locked")]
    KeychainLocked,
    #[error("no keychain is available: {reason}")]
    KeychainUnavailable { reason: String },
    #[error("the folder does not hold a Wayfinder vault")]
    NotAVault,
    #[error("the vault is damaged")]
    Damaged,
    #[error(
        "the vault was written by a newer version (format {found}, this version reads up to {supported})"
    )]
    TooNew { found: u32, supported: u32 },
    #[error("a vault already exists in this folder")]
    AlreadyExists,
    #[error("the disk is full")]
    DiskFull,
    #[error("the vault could not be read or written ({kind})")]
    Storage { kind: String },
    #[error("the passphrase is shorter than {min} characters")]
    PassphraseTooShort { min: usize },
    #[error("the passphrase is too easy to guess")]
    PassphraseTooGuessable,
    #[error("no case has this id")]
    CaseNotFound,
    #[error("the record's original is not in this vault yet")]
    RecordMissing,
    #[error("a value was refused: {0}")]
    Invalid(#[from] DomainError),
    #[error("this vault has not joined a team")]
    NotInTeam,
    #[error("her role in the team does not allow this change")]
    RoleRefused,
    #[error("this vault has already joined a team")]
    AlreadyInTeam,
    #[error("that person is not in the team's roster")]
    NotInRoster,
    #[error("only coordinators and admins share cases")]
    NotAllowedToShare,
    /// Something from the team's server that did not verify: its code says what (`sync-...`).
    #[error("what the server sent could not be trusted ({0})")]
    Untrusted(&'static str),
}

wayfinder_core::error_codes! {
    VaultError {
        VaultError::WrongKey => "wrong-key",
        VaultError::WrongPassphrase => "wrong-passphrase",
        VaultError::KeychainMissing => "keychain-missing",
        VaultError::KeychainMismatch => "keychain-mismatch",
        VaultError::KeychainLocked => "keychain-locked",
        VaultError::KeychainUnavailable { .. } => "keychain-unavailable",
        VaultError::NotAVault => "not-a-vault",
        VaultError::Damaged => "vault-damaged",
        VaultError::TooNew { .. } => "vault-too-new",
        VaultError::AlreadyExists => "vault-exists",
        VaultError::DiskFull => "disk-full",
        VaultError::Storage { .. } => "storage-failed",
        VaultError::PassphraseTooShort { min } => "passphrase-too-short" (min = *min as f64),
        VaultError::PassphraseTooGuessable => "passphrase-too-guessable",
        VaultError::CaseNotFound => "case-not-found",
        VaultError::RecordMissing => "record-missing",
        VaultError::NotInTeam => "team-not-joined",
        VaultError::RoleRefused => "team-role-refused",
        VaultError::AlreadyInTeam => "team-already-joined",
        VaultError::NotInRoster => "team-not-in-roster",
        VaultError::NotAllowedToShare => "team-not-allowed-to-share",
        @passes
        VaultError::Invalid(e) => e,
        VaultError::Untrusted(code) => code,
    }
}

impl From<std::io::Error> for VaultError {
    fn from(e: std::io::Error) -> Self {
        if e.raw_os_error() == Some(libc::ENOSPC) || e.kind() == std::io::ErrorKind::StorageFull {
            return VaultError::DiskFull;
        }
        VaultError::Storage {
            kind: format!("{:?}", e.kind()),
        }
    }
}

impl From<rusqlite::Error> for VaultError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => VaultError::DiskFull,
            Some(ErrorCode::NotADatabase) => VaultError::WrongKey,
            Some(ErrorCode::DatabaseCorrupt) => VaultError::Damaged,
            // The SQLite message can quote SQL but never bound values; the code alone is enough.
            Some(code) => VaultError::Storage {
                kind: format!("{code:?}"),
            },
            None => VaultError::Storage {
                kind: "database".to_owned(),
            },
        }
    }
}

pub type Result<T, E = VaultError> = std::result::Result<T, E>;
