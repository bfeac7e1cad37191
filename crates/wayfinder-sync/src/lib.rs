//! The sync protocol, without I/O: what members' devices and the team's server say to each
//! other, and the cryptography that keeps a case readable only to the members it is shared
//! with (SECURITY-AND-SYNC.md, sections 2 and 4).
//!
//! - `identity`: a member's signing key (Ed25519) and key-encapsulation key (X-Wing: ML-KEM-768
//!   with X25519), and the fingerprint people compare aloud.
//! - `seal`: an operation sealed with its case's key for one epoch and signed by its author;
//!   the server can store and order it, never read or forge it.
//! - `envelope`: a case key wrapped for one member with HPKE and signed by whoever granted it.
//! - `roster`: the team's members, each version signed by an admin of the version before, the
//!   first by the workspace's creator, whose key a member pins when joining.
//! - `wire`: every message's frozen binary form, with its protocol version.
//! - `refusal`: the codes the server refuses with, read by the app by the same enum.
//! - `audit`: the audit log's chains, one per device and case, each entry naming the hash of
//!   the one before and signed by its author; what checking a chain finds.
//! - `blob`: a record's original sealed in chunks under its case's key, named so that the
//!   server learns nothing of its content.
//! - `codes`: the creation and invitation codes people pass to each other outside the server.
//!
//! Randomness for nonces is passed in where a caller may want it fixed (golden files); key
//! generation and HPKE take theirs from the operating system.

pub mod audit;
pub mod blob;
pub mod client;
pub mod codes;
pub mod envelope;
#[doc(hidden)]
pub mod fuzzing;
pub mod identity;
pub mod refusal;
pub mod roster;
pub mod seal;
pub mod statement;
pub mod wire;

pub use codes::{CodeError, CreationCode, InvitationCode};
pub use envelope::{ArchiveEnvelope, KeyEnvelope};
pub use identity::{Identity, MemberId, PublicIdentity};
pub use refusal::RefusalCode;
pub use roster::{MAX_NAME, Pin, Role, Roster, RosterMember, WorkspaceId};
pub use seal::{CaseKey, CaseRef, Opened, Sealed, SealedOp};

/// Why something received could not be trusted or read. None of these carries a key or any of
/// the sealed content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SyncError {
    #[error("the signature does not verify")]
    BadSignature,
    #[error("the content does not decrypt with this key")]
    Undecryptable,
    #[error("the message is malformed")]
    Malformed,
    #[error("the author is not a member of the roster")]
    UnknownAuthor,
    #[error("the sealed operation does not match its envelope")]
    Mismatch,
    #[error("the roster's chain of signatures is broken")]
    RosterChainBroken,
    #[error("only an admin may change the roster")]
    NotAdmin,
    #[error("the operating system gave no randomness")]
    NoRandomness,
}

wayfinder_core::error_codes! {
    SyncError {
        SyncError::BadSignature => "sync-bad-signature",
        SyncError::Undecryptable => "sync-undecryptable",
        SyncError::Malformed => "sync-malformed",
        SyncError::UnknownAuthor => "sync-unknown-author",
        SyncError::Mismatch => "sync-mismatch",
        SyncError::RosterChainBroken => "sync-roster-broken",
        SyncError::NotAdmin => "sync-not-admin",
        SyncError::NoRandomness => "sync-no-randomness",
    }
}

pub(crate) fn random<const N: usize>() -> Result<[u8; N], SyncError> {
    let mut out = [0u8; N];
    getrandom::fill(&mut out).map_err(|_| SyncError::NoRandomness)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::SyncError::*;
    use super::*;

    #[test]
    fn every_error_has_its_code_listed_once() {
        let all = [
            BadSignature,
            Undecryptable,
            Malformed,
            UnknownAuthor,
            Mismatch,
            RosterChainBroken,
            NotAdmin,
            NoRandomness,
        ];
        let codes: Vec<&str> = all.iter().map(|e| e.code()).collect();
        assert_eq!(codes, SyncError::ALL_CODES);
    }
}
