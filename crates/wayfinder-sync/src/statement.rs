//! The disclosure statement: per child, everything that left the vault (packets, summaries,
//! translations, originals, FHIR Bundles, archives), to whom, when, under which consent, with
//! the SHA-256 of each file sent, signed by the member who made it with her Ed25519 key. A
//! privacy officer checks it without the vault: `wayfinder-audit verify STATEMENT.json`.
//!
//! The file is the statement's canonical pretty JSON and nothing else: the body, the signing
//! key and the signature over the body's compact JSON after a domain line. Any byte changed
//! anywhere is refused, either because the signature no longer holds or because the file is
//! no longer as it was written.

use ed25519_dalek::{Signature, Signer as _, Verifier as _, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::audit::Signer;

/// The format line every statement starts its body with.
pub const FORMAT: &str = "wayfinder-disclosure-statement 1";

/// What is signed before the body's JSON, so that no other message of Wayfinder's (signed
/// with the same key) can pass for a statement.
const DOMAIN: &[u8] = b"wayfinder disclosure statement v1\n";

/// One thing that left the vault.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Disclosed {
    /// When, as RFC 3339 in UTC.
    pub at: String,
    /// What: packet, summary, record, translation, xliff, tmx, checklist, fhir, disclosure,
    /// statement.
    pub report: String,
    pub recipient: String,
    pub language: String,
    pub file: Option<String>,
    /// The SHA-256 of the file written, in hex; none for exports made before it was noted.
    pub sha256: Option<String>,
    /// The consent it went under, in words (what, to whom, until), if one was chosen.
    pub consent: Option<String>,
    /// The records it enclosed, by title.
    pub records: Vec<String>,
    /// Who sent it: a member's name, or her short id.
    pub by: String,
}

/// What a statement says.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct StatementBody {
    pub format: String,
    /// The case's id.
    pub case: String,
    /// The child, as much as the consent it was made under allows.
    pub child: String,
    pub made_at: String,
    /// Who made the statement.
    pub made_by: String,
    pub disclosures: Vec<Disclosed>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
struct Statement {
    body: StatementBody,
    /// The Ed25519 key that signed it, in hex.
    key: String,
    /// The signature, in hex.
    signature: String,
}

/// Why a statement is refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum StatementError {
    #[error("the file is not a disclosure statement")]
    NotAStatement,
    #[error("the statement is of a format this version does not know")]
    UnknownFormat,
    #[error("the statement is not as it was written: a byte changed")]
    Changed,
    #[error("the statement's signature does not hold: it was altered")]
    BadSignature,
}

fn message(body: &StatementBody) -> Result<Vec<u8>, StatementError> {
    let mut message = DOMAIN.to_vec();
    message.extend(serde_json::to_vec(body).map_err(|_| StatementError::NotAStatement)?);
    Ok(message)
}

fn file_bytes(statement: &Statement) -> Result<Vec<u8>, StatementError> {
    let mut bytes =
        serde_json::to_vec_pretty(statement).map_err(|_| StatementError::NotAStatement)?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// The statement's file: `body` signed by `signer`.
pub fn sign(body: StatementBody, signer: &Signer) -> Result<Vec<u8>, StatementError> {
    let signature = signer.key().sign(&message(&body)?);
    file_bytes(&Statement {
        body,
        key: hex(signer.key().verifying_key().as_bytes()),
        signature: hex(&signature.to_bytes()),
    })
}

/// A statement whose signature holds.
#[derive(Debug, PartialEq, Eq)]
pub struct Verified {
    pub body: StatementBody,
    /// The signing key, in hex, to compare with the member's key in the team's roster.
    pub key: String,
    /// The SHA-256 of the key, short, as people compare it by eye.
    pub fingerprint: String,
}

/// Checks a statement's file: exactly as written, of a known format, its signature holding.
pub fn verify(bytes: &[u8]) -> Result<Verified, StatementError> {
    let statement: Statement =
        serde_json::from_slice(bytes).map_err(|_| StatementError::NotAStatement)?;
    if statement.body.format != FORMAT {
        return Err(StatementError::UnknownFormat);
    }
    let key: [u8; 32] = unhex(&statement.key)
        .and_then(|k| k.try_into().ok())
        .ok_or(StatementError::BadSignature)?;
    let signature: [u8; 64] = unhex(&statement.signature)
        .and_then(|s| s.try_into().ok())
        .ok_or(StatementError::BadSignature)?;
    let key = VerifyingKey::from_bytes(&key).map_err(|_| StatementError::BadSignature)?;
    key.verify(
        &message(&statement.body)?,
        &Signature::from_bytes(&signature),
    )
    .map_err(|_| StatementError::BadSignature)?;
    if file_bytes(&statement)? != bytes {
        return Err(StatementError::Changed);
    }
    let fingerprint = hex(&Sha256::digest(key.as_bytes())[..8]);
    Ok(Verified {
        body: statement.body,
        key: statement.key,
        fingerprint,
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::identity::MemberId;

    fn body() -> StatementBody {
        StatementBody {
            format: FORMAT.into(),
            case: "0193a0c2-0000-7000-8000-000000000001".into(),
            child: "Layla Haddad".into(),
            made_at: "2026-12-06T10:00:00Z".into(),
            made_by: "Maria".into(),
            disclosures: vec![Disclosed {
                at: "2026-11-20T09:12:00Z".into(),
                report: "packet".into(),
                recipient: "Centre Léon Bérard".into(),
                language: "fr".into(),
                file: Some("packet-2026-11-20.pdf".into()),
                sha256: Some("ab".repeat(32)),
                consent: Some("Second opinion — Centre Léon Bérard, until 2027-06-30".into()),
                records: vec!["Biopsy".into(), "MRI".into()],
                by: "Maria".into(),
            }],
        }
    }

    #[test]
    fn a_statement_verifies_and_any_changed_byte_is_refused() {
        let signer = Signer::from_seed(MemberId([7; 16]), &[9; 32]);
        let file = sign(body(), &signer).unwrap_or_default();
        let verified = verify(&file).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(verified.body, body());
        assert_eq!(verified.fingerprint.len(), 16);
        // Every single byte changed, one at a time: refused each time, never accepted.
        for at in 0..file.len() {
            let mut changed = file.clone();
            changed[at] ^= 0x01;
            assert!(verify(&changed).is_err(), "a change at byte {at} passed");
        }
        // Re-signed by someone else's key: it verifies, but names another key, which the
        // privacy officer compares with the member's key in the roster.
        let other = Signer::from_seed(MemberId([8; 16]), &[10; 32]);
        let forged =
            verify(&sign(body(), &other).unwrap_or_default()).unwrap_or_else(|e| panic!("{e}"));
        assert_ne!(forged.key, verified.key);
        assert_eq!(verify(b"{\"body\": 1}"), Err(StatementError::NotAStatement));
        let mut old = body();
        old.format = "wayfinder-disclosure-statement 0".into();
        assert_eq!(
            verify(&sign(old, &signer).unwrap_or_default()),
            Err(StatementError::UnknownFormat)
        );
    }
}
