//! The app's link to the team's server (SECURITY-AND-SYNC.md, section 4), between the vault and
//! HTTP:
//!
//! - `address`: the server's address as she typed it; HTTPS, or plain HTTP only to this
//!   machine unless she confirms it.
//! - `remote`: each protocol message over HTTP, with the server's refusals as typed errors.
//! - `team`: creating the team, joining it with an invitation code, inviting, admitting and
//!   removing members, sharing a case; each a server call and a vault transaction in the order
//!   that loses nothing if either fails.
//! - `round`: one sync round, driven by `wayfinder_sync::client`: rosters, shares, the outbox
//!   pushed and acknowledged, then everything new pulled and applied batch by batch.
//!
//! - `blobs`: records' originals in shared cases, sent sealed in chunks (resuming where an
//!   upload stopped) and fetched into the vault.
//!
//! Nothing here logs: errors carry codes, never a case's content.

pub mod address;
pub mod blobs;
pub mod remote;
pub mod round;
pub mod team;

pub use address::ServerAddress;
pub use remote::Remote;
pub use round::{Progress, round, round_with};

use wayfinder_sync::{CodeError, RefusalCode, SyncError};
use wayfinder_vault::{OpenVault, VaultError};

#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    #[error("the address is not a web address")]
    BadAddress,
    #[error("the address is plain http:// to another machine")]
    PlainHttp,
    #[error("the code could not be read")]
    BadCode(CodeError),
    #[error("the server could not be reached")]
    Offline,
    #[error("the server speaks protocol version {server}")]
    Version { server: u16 },
    #[error("the server refused: {0}")]
    Refused(RefusalCode),
    #[error("the server refused with a code this app does not know: {0}")]
    UnknownRefusal(String),
    #[error("the server's answer could not be read")]
    Protocol,
    #[error("the vault is locked")]
    Locked,
    #[error(transparent)]
    Vault(#[from] VaultError),
    #[error("{0}")]
    Untrusted(SyncError),
}

// The app's code for a server's refusal: those a person can cause or fix have their own
// message (`server-` and the refusal's code); any other is `server-refused`. Every refusal is
// named, so that a new one is placed here when it is declared.
wayfinder_core::error_codes! {
    LinkError {
        LinkError::BadAddress => "link-bad-address",
        LinkError::PlainHttp => "link-plain-http",
        LinkError::BadCode(CodeError::Unreadable) => "link-bad-code",
        LinkError::BadCode(CodeError::WrongKind) => "link-wrong-code",
        LinkError::Offline => "link-offline",
        LinkError::Version { .. } => "link-version",
        LinkError::Protocol => "link-protocol",
        LinkError::Refused(RefusalCode::CodeNotValid) => "server-code-not-valid",
        LinkError::Refused(RefusalCode::NotAMember) => "server-not-a-member",
        LinkError::Refused(RefusalCode::NotAnAdmin) => "server-not-an-admin",
        LinkError::Refused(RefusalCode::NotLoggedIn) => "server-not-logged-in",
        LinkError::Refused(RefusalCode::NoSuchWorkspace) => "server-no-such-workspace",
        LinkError::Refused(RefusalCode::WorkspaceExists) => "server-workspace-exists",
        LinkError::Refused(RefusalCode::RosterVersion) => "server-roster-version",
        LinkError::Refused(RefusalCode::NameNotValid) => "server-name-not-valid",
        LinkError::Refused(RefusalCode::NotAllowedToShare) => "server-not-allowed-to-share",
        LinkError::Refused(RefusalCode::StorageFailed) => "server-storage-failed",
        LinkError::Refused(RefusalCode::TooManyAttempts) => "server-too-many-attempts",
        LinkError::Refused(RefusalCode::QuotaExceeded) => "server-quota-exceeded",
        LinkError::Refused(
            RefusalCode::WireTruncated
            | RefusalCode::WireNotOurs
            | RefusalCode::WireVersion
            | RefusalCode::WireMalformed
            | RefusalCode::WireTooLarge
            | RefusalCode::ChallengeNotValid
            | RefusalCode::BadSignature
            | RefusalCode::OtherWorkspace
            | RefusalCode::RosterNotSigned
            | RefusalCode::NotTheGranter
            | RefusalCode::RecipientNotAMember
            | RefusalCode::CaseNotHeld
            | RefusalCode::NotTheAuthor
            | RefusalCode::BlobMalformed
            | RefusalCode::BlobOutOfOrder
            | RefusalCode::NoSuchBlob
            | RefusalCode::BlobTaken
            | RefusalCode::Forbidden,
        )
        | LinkError::UnknownRefusal(_) => "server-refused",
        LinkError::Locked => "vault-locked",
        @passes
        LinkError::Vault(e) => e,
        LinkError::Untrusted(e) => e,
    }
}

/// Where the link finds the vault: the app's session (which may lock at any moment) or, in
/// tests, a vault of their own.
pub trait VaultAccess: Send + Sync {
    /// Runs `work` on the open vault; `LinkError::Locked` when it is locked.
    fn with<T>(
        &self,
        work: impl FnOnce(&mut OpenVault) -> Result<T, VaultError>,
    ) -> Result<T, LinkError>;
}

impl VaultAccess for std::sync::Mutex<OpenVault> {
    fn with<T>(
        &self,
        work: impl FnOnce(&mut OpenVault) -> Result<T, VaultError>,
    ) -> Result<T, LinkError> {
        let mut vault = self.lock().map_err(|_| LinkError::Locked)?;
        Ok(work(&mut vault)?)
    }
}

/// Milliseconds since 1970, for sessions, "last synced" and the client's back-off.
pub fn now_millis() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_known_refusal_has_its_own_code() {
        use RefusalCode::*;
        let own = [
            CodeNotValid,
            NotAMember,
            NotAnAdmin,
            NotLoggedIn,
            NoSuchWorkspace,
            WorkspaceExists,
            RosterVersion,
            NameNotValid,
            NotAllowedToShare,
            StorageFailed,
            TooManyAttempts,
            QuotaExceeded,
        ];
        for theirs in RefusalCode::ALL {
            let ours = LinkError::Refused(*theirs).code();
            if own.contains(theirs) {
                assert_eq!(ours, format!("server-{theirs}"));
            } else {
                assert_eq!(ours, "server-refused", "{theirs}");
            }
            assert!(LinkError::ALL_CODES.contains(&ours), "{ours} is not listed");
        }
        assert_eq!(
            LinkError::UnknownRefusal("anything-else".into()).code(),
            "server-refused"
        );
    }
}
