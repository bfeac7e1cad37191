//! A case key wrapped for one member: HPKE (RFC 9180) with the X-Wing KEM, HKDF-SHA256 and
//! ChaCha20-Poly1305, to the member's public key, and signed by the member who granted it. The
//! server stores envelopes and learns from them who may read a case, nothing more; it cannot
//! slip a member a key of its own, because it cannot sign as a granter.

use crate::SyncError;
use crate::identity::{Identity, MemberId, PublicIdentity};
use crate::seal::{CaseKey, CaseRef};
use hpke::aead::ChaCha20Poly1305;
use hpke::kdf::HkdfSha256;
use hpke::kem::XWing;
use hpke::{Deserializable, Kem, OpModeR, OpModeS, Serializable};
use serde::{Deserialize, Serialize};
use std::fmt;
use zeroize::Zeroize;

const INFO: &[u8] = b"wayfinder/v1/case-key";
const SIGN_LABEL: &[u8] = b"wayfinder/v1/envelope";

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyEnvelope {
    pub case: CaseRef,
    pub epoch: u32,
    /// Whom it is for.
    pub member: MemberId,
    /// Who made it, and signed it.
    pub granter: MemberId,
    /// The X-Wing encapsulated key (1120 bytes).
    pub encapsulated: Vec<u8>,
    pub ciphertext: Vec<u8>,
    pub signature: Vec<u8>,
}

impl fmt::Debug for KeyEnvelope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyEnvelope")
            .field("case", &self.case)
            .field("epoch", &self.epoch)
            .field("member", &self.member)
            .field("granter", &self.granter)
            .finish_non_exhaustive()
    }
}

fn associated(case: CaseRef, epoch: u32, member: MemberId, granter: MemberId) -> Vec<u8> {
    let mut aad = Vec::with_capacity(52);
    aad.extend_from_slice(&case.0);
    aad.extend_from_slice(&epoch.to_be_bytes());
    aad.extend_from_slice(&member.0);
    aad.extend_from_slice(&granter.0);
    aad
}

/// A 32-byte key sealed to `recipient` with HPKE under `info`, bound to `aad`: the
/// encapsulated key and the ciphertext.
fn hpke_seal(
    recipient: &PublicIdentity,
    info: &[u8],
    key: &[u8; 32],
    aad: &[u8],
) -> Result<(Vec<u8>, Vec<u8>), SyncError> {
    let (encapsulated, ciphertext) = hpke::single_shot_seal::<ChaCha20Poly1305, HkdfSha256, XWing>(
        &OpModeS::Base,
        &recipient.kem_key()?,
        info,
        key,
        aad,
    )
    .map_err(|_| SyncError::Malformed)?;
    Ok((encapsulated.to_bytes().to_vec(), ciphertext))
}

/// The 32-byte key [`hpke_seal`] sealed for `me`.
fn hpke_open(
    me: &Identity,
    info: &[u8],
    encapsulated: &[u8],
    ciphertext: &[u8],
    aad: &[u8],
) -> Result<[u8; 32], SyncError> {
    let encapsulated =
        <XWing as Kem>::EncappedKey::from_bytes(encapsulated).map_err(|_| SyncError::Malformed)?;
    let mut plain = hpke::single_shot_open::<ChaCha20Poly1305, HkdfSha256, XWing>(
        &OpModeR::Base,
        &me.kem_private(),
        &encapsulated,
        info,
        ciphertext,
        aad,
    )
    .map_err(|_| SyncError::Undecryptable)?;
    let key = <[u8; 32]>::try_from(plain.as_slice()).map_err(|_| SyncError::Malformed);
    plain.zeroize();
    key
}

impl KeyEnvelope {
    pub(crate) fn signed_bytes(&self) -> Vec<u8> {
        let mut message = SIGN_LABEL.to_vec();
        message.extend(associated(self.case, self.epoch, self.member, self.granter));
        message.extend_from_slice(&self.encapsulated);
        message.extend_from_slice(&self.ciphertext);
        message
    }

    /// Wraps `key` (of `case` at `epoch`) for `recipient`, signed by `granter`.
    pub fn wrap(
        key: &CaseKey,
        case: CaseRef,
        epoch: u32,
        recipient: &PublicIdentity,
        granter: &Identity,
    ) -> Result<KeyEnvelope, SyncError> {
        let aad = associated(case, epoch, recipient.member, granter.member());
        let (encapsulated, ciphertext) = hpke_seal(recipient, INFO, key.expose(), &aad)?;
        let mut envelope = KeyEnvelope {
            case,
            epoch,
            member: recipient.member,
            granter: granter.member(),
            encapsulated,
            ciphertext,
            signature: Vec::new(),
        };
        envelope.signature = granter.sign(&envelope.signed_bytes());
        Ok(envelope)
    }

    /// Opens an envelope made for `me`, after checking the granter's signature.
    pub fn unwrap(&self, me: &Identity, granter: &PublicIdentity) -> Result<CaseKey, SyncError> {
        if self.member != me.member() {
            return Err(SyncError::Mismatch);
        }
        if granter.member != self.granter {
            return Err(SyncError::UnknownAuthor);
        }
        granter.verify(&self.signed_bytes(), &self.signature)?;
        let key = hpke_open(
            me,
            INFO,
            &self.encapsulated,
            &self.ciphertext,
            &associated(self.case, self.epoch, self.member, self.granter),
        )?;
        Ok(CaseKey::from_bytes(key))
    }

    /// Checks only the granter's signature (the server's check before storing).
    pub fn verify(&self, granter: &PublicIdentity) -> Result<(), SyncError> {
        if granter.member != self.granter {
            return Err(SyncError::UnknownAuthor);
        }
        granter.verify(&self.signed_bytes(), &self.signature)
    }
}

const ARCHIVE_INFO: &[u8] = b"wayfinder/v1/archive-key";
const ARCHIVE_SIGN_LABEL: &[u8] = b"wayfinder/v1/archive-envelope";

/// A case archive's key wrapped for one member (HPKE as [`KeyEnvelope`], under labels of its
/// own so that neither can pass for the other), signed by the member who sealed the archive.
/// It travels inside the archive's header, never through the server.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArchiveEnvelope {
    pub case: CaseRef,
    /// Whom the archive is for.
    pub member: MemberId,
    /// Who sealed it, and signed this.
    pub sender: MemberId,
    pub encapsulated: Vec<u8>,
    pub ciphertext: Vec<u8>,
    pub signature: Vec<u8>,
}

impl fmt::Debug for ArchiveEnvelope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ArchiveEnvelope")
            .field("case", &self.case)
            .field("member", &self.member)
            .field("sender", &self.sender)
            .finish_non_exhaustive()
    }
}

fn archive_associated(case: CaseRef, member: MemberId, sender: MemberId) -> Vec<u8> {
    let mut aad = Vec::with_capacity(48);
    aad.extend_from_slice(&case.0);
    aad.extend_from_slice(&member.0);
    aad.extend_from_slice(&sender.0);
    aad
}

impl ArchiveEnvelope {
    fn signed_bytes(&self) -> Vec<u8> {
        let mut message = ARCHIVE_SIGN_LABEL.to_vec();
        message.extend(archive_associated(self.case, self.member, self.sender));
        message.extend_from_slice(&self.encapsulated);
        message.extend_from_slice(&self.ciphertext);
        message
    }

    /// Wraps the archive's `key` (of `case`) for `recipient`, signed by `sender`.
    pub fn wrap(
        key: &[u8; 32],
        case: CaseRef,
        recipient: &PublicIdentity,
        sender: &Identity,
    ) -> Result<ArchiveEnvelope, SyncError> {
        let aad = archive_associated(case, recipient.member, sender.member());
        let (encapsulated, ciphertext) = hpke_seal(recipient, ARCHIVE_INFO, key, &aad)?;
        let mut envelope = ArchiveEnvelope {
            case,
            member: recipient.member,
            sender: sender.member(),
            encapsulated,
            ciphertext,
            signature: Vec::new(),
        };
        envelope.signature = sender.sign(&envelope.signed_bytes());
        Ok(envelope)
    }

    /// Opens an envelope made for `me`, after checking the sender's signature.
    pub fn unwrap(
        &self,
        me: &Identity,
        sender: &PublicIdentity,
    ) -> Result<zeroize::Zeroizing<[u8; 32]>, SyncError> {
        if self.member != me.member() {
            return Err(SyncError::Mismatch);
        }
        if sender.member != self.sender {
            return Err(SyncError::UnknownAuthor);
        }
        sender.verify(&self.signed_bytes(), &self.signature)?;
        hpke_open(
            me,
            ARCHIVE_INFO,
            &self.encapsulated,
            &self.ciphertext,
            &archive_associated(self.case, self.member, self.sender),
        )
        .map(zeroize::Zeroizing::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity(n: u8) -> Identity {
        Identity::generate(MemberId([n; 16])).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn only_the_recipient_opens_an_envelope_and_only_from_its_granter() {
        let coordinator = identity(1);
        let translator = identity(2);
        let liaison = identity(3);
        let key = CaseKey::generate().unwrap_or_else(|e| panic!("{e}"));
        let envelope = KeyEnvelope::wrap(
            &key,
            CaseRef([9; 16]),
            1,
            &translator.public(),
            &coordinator,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(envelope.encapsulated.len(), 1120);
        let opened = envelope
            .unwrap(&translator, &coordinator.public())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(opened.expose(), key.expose());
        // Not for the liaison, even if the server hands it to her.
        let mut stolen = envelope.clone();
        stolen.member = liaison.member();
        assert!(stolen.unwrap(&liaison, &coordinator.public()).is_err());
        assert_eq!(
            envelope.unwrap(&liaison, &coordinator.public()).err(),
            Some(SyncError::Mismatch)
        );
        // A server that makes its own envelope cannot sign as the coordinator.
        let forged = KeyEnvelope::wrap(&key, CaseRef([9; 16]), 1, &translator.public(), &liaison)
            .map(|mut e| {
                e.granter = coordinator.member();
                e
            })
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            forged.unwrap(&translator, &coordinator.public()).err(),
            Some(SyncError::BadSignature)
        );
        // Moved to another epoch: refused.
        let mut moved = envelope.clone();
        moved.epoch = 2;
        assert_eq!(
            moved.unwrap(&translator, &coordinator.public()).err(),
            Some(SyncError::BadSignature)
        );
    }

    #[test]
    fn an_archive_key_opens_only_for_its_member_from_its_sender() {
        let sender = Identity::generate(MemberId([1; 16])).unwrap_or_else(|e| panic!("{e}"));
        let lucia = Identity::generate(MemberId([2; 16])).unwrap_or_else(|e| panic!("{e}"));
        let mallory = Identity::generate(MemberId([3; 16])).unwrap_or_else(|e| panic!("{e}"));
        let key = [9u8; 32];
        let envelope = ArchiveEnvelope::wrap(&key, CaseRef([4; 16]), &lucia.public(), &sender)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(!format!("{envelope:?}").contains("9, 9"));
        assert_eq!(
            envelope.unwrap(&lucia, &sender.public()).map(|k| *k),
            Ok(key)
        );
        assert_eq!(
            envelope.unwrap(&mallory, &sender.public()).map(|k| *k),
            Err(SyncError::Mismatch)
        );
        // Mallory claims to have sealed it, or moves it to another case.
        let mut claimed = envelope.clone();
        claimed.sender = mallory.member();
        assert_eq!(
            claimed.unwrap(&lucia, &mallory.public()).map(|k| *k),
            Err(SyncError::BadSignature)
        );
        let mut moved = envelope.clone();
        moved.case = CaseRef([5; 16]);
        assert_eq!(
            moved.unwrap(&lucia, &sender.public()).map(|k| *k),
            Err(SyncError::BadSignature)
        );
        // A case key's envelope is not an archive's, nor the reverse.
        let case_key = KeyEnvelope::wrap(
            &CaseKey::from_bytes(key),
            CaseRef([4; 16]),
            1,
            &lucia.public(),
            &sender,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let passed_off = ArchiveEnvelope {
            case: case_key.case,
            member: case_key.member,
            sender: case_key.granter,
            encapsulated: case_key.encapsulated,
            ciphertext: case_key.ciphertext,
            signature: case_key.signature,
        };
        assert_eq!(
            passed_off.unwrap(&lucia, &sender.public()).map(|k| *k),
            Err(SyncError::BadSignature)
        );
    }
}
