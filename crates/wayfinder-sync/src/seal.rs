//! An operation as it travels: its body encrypted with the case key of its epoch
//! (XChaCha20-Poly1305), its id, case, epoch and author bound to it as associated data, and the
//! whole signed by its author. The server sees who wrote something in which case and when it
//! arrived; never what.
//!
//! The sealed body has two versions, told apart by the label in the associated data (which the
//! signature covers, so a server cannot pass one off as the other):
//! - `wayfinder/v1/op`: the operation alone;
//! - `wayfinder/v2/op`: the author's *number* for it (8 bytes, big-endian), then the operation.
//!   An author numbers her operations in each case 1, 2, 3, … in the order she made them, so a
//!   receiver holding her number 7 and fewer than seven of her operations in that case knows
//!   the server withheld some.
//!
//! Everything is sealed in version 2; version 1 is opened for what was sealed before it.

use crate::SyncError;
use crate::identity::{Identity, MemberId, PublicIdentity};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use std::fmt;
use wayfinder_merge::{AuthorId, OpId, Operation};
use zeroize::{Zeroize, ZeroizeOnDrop};

/// A case, as the server knows it: its random id.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Debug)]
pub struct CaseRef(pub [u8; 16]);

/// The key of one case for one epoch. Wiped when dropped; never printed.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct CaseKey([u8; 32]);

impl fmt::Debug for CaseKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CaseKey(<redacted>)")
    }
}

impl CaseKey {
    pub fn generate() -> Result<CaseKey, SyncError> {
        Ok(CaseKey(crate::random::<32>()?))
    }

    pub fn from_bytes(bytes: [u8; 32]) -> CaseKey {
        CaseKey(bytes)
    }

    pub fn expose(&self) -> &[u8; 32] {
        &self.0
    }
}

/// A sealed operation: what the server stores and serves.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealedOp {
    pub op: OpId,
    pub case: CaseRef,
    pub epoch: u32,
    pub author: MemberId,
    pub nonce: [u8; 24],
    pub ciphertext: Vec<u8>,
    /// Ed25519, by the author, over everything above.
    pub signature: Vec<u8>,
}

impl fmt::Debug for SealedOp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SealedOp")
            .field("op", &self.op)
            .field("case", &self.case)
            .field("epoch", &self.epoch)
            .field("author", &self.author)
            .field("bytes", &self.ciphertext.len())
            .finish()
    }
}

/// The most bytes one sealed operation may carry. The largest field a person can type (a long
/// text of 20,000 characters, four bytes each at most) seals to well under it; anything bigger
/// was made by a client that skips the rules, and would make every batch it is in too large
/// for every reader. The server refuses it on push; a vault never opens it.
pub const MAX_SEALED_OP: usize = 128 * 1024;

const SEAL_LABEL_V1: &[u8] = b"wayfinder/v1/op";
const SEAL_LABEL: &[u8] = b"wayfinder/v2/op";

/// An opened operation, with its author's number for it when it was sealed with one.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Opened {
    pub op: Operation,
    /// The author's count of her operations in this case, this one included; `None` for an
    /// operation sealed before operations were numbered.
    pub number: Option<u64>,
}

fn associated(label: &[u8], op: OpId, case: CaseRef, epoch: u32, author: MemberId) -> Vec<u8> {
    let mut aad = Vec::with_capacity(label.len() + 52);
    aad.extend_from_slice(label);
    aad.extend_from_slice(&op.0);
    aad.extend_from_slice(&case.0);
    aad.extend_from_slice(&epoch.to_be_bytes());
    aad.extend_from_slice(&author.0);
    aad
}

fn signed_bytes(aad: &[u8], nonce: &[u8; 24], ciphertext: &[u8]) -> Vec<u8> {
    let mut message = Vec::with_capacity(aad.len() + 24 + ciphertext.len());
    message.extend_from_slice(aad);
    message.extend_from_slice(nonce);
    message.extend_from_slice(ciphertext);
    message
}

impl SealedOp {
    /// Seals `op`, written by `author`, for its case under `key` at `epoch`, as her operation
    /// number `number` (from 1) in that case. `nonce` must never repeat under one key: pass 24
    /// random bytes.
    pub fn seal(
        op: &Operation,
        key: &CaseKey,
        epoch: u32,
        author: &Identity,
        number: u64,
        nonce: [u8; 24],
    ) -> Result<SealedOp, SyncError> {
        if op.author != AuthorId(author.member().0) || number == 0 {
            return Err(SyncError::Mismatch);
        }
        let case = CaseRef(op.target.scope);
        let aad = associated(SEAL_LABEL, op.id, case, epoch, author.member());
        let mut encoded = wayfinder_merge::encode(op);
        let mut body = Vec::with_capacity(8 + encoded.len());
        body.extend_from_slice(&number.to_be_bytes());
        body.extend_from_slice(&encoded);
        encoded.zeroize();
        let ciphertext = XChaCha20Poly1305::new(key.expose().into())
            .encrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: &body,
                    aad: &aad,
                },
            )
            .map_err(|_| SyncError::Undecryptable);
        body.zeroize();
        let ciphertext = ciphertext?;
        let signature = author.sign(&signed_bytes(&aad, &nonce, &ciphertext));
        Ok(SealedOp {
            op: op.id,
            case,
            epoch,
            author: author.member(),
            nonce,
            ciphertext,
            signature,
        })
    }

    /// Checks the author's signature (before anything is decrypted), then opens the operation
    /// and checks that what it says matches what it travelled as.
    pub fn open(&self, key: &CaseKey, author: &PublicIdentity) -> Result<Operation, SyncError> {
        self.open_numbered(key, author).map(|opened| opened.op)
    }

    /// As [`SealedOp::open`], with the author's number for the operation.
    pub fn open_numbered(
        &self,
        key: &CaseKey,
        author: &PublicIdentity,
    ) -> Result<Opened, SyncError> {
        let (label, aad) = self.verified(author)?;
        let mut body = XChaCha20Poly1305::new(key.expose().into())
            .decrypt(
                &XNonce::from(self.nonce),
                Payload {
                    msg: &self.ciphertext,
                    aad: &aad,
                },
            )
            .map_err(|_| SyncError::Undecryptable)?;
        let opened = if label == SEAL_LABEL {
            match body.split_first_chunk::<8>() {
                Some((number, rest)) if u64::from_be_bytes(*number) > 0 => {
                    wayfinder_merge::decode(rest).map(|op| Opened {
                        op,
                        number: Some(u64::from_be_bytes(*number)),
                    })
                }
                _ => Err(wayfinder_merge::DecodeError::Malformed),
            }
        } else {
            wayfinder_merge::decode(&body).map(|op| Opened { op, number: None })
        };
        body.zeroize();
        let opened = opened.map_err(|_| SyncError::Malformed)?;
        if opened.op.id != self.op
            || opened.op.author != AuthorId(self.author.0)
            || opened.op.target.scope != self.case.0
        {
            return Err(SyncError::Mismatch);
        }
        Ok(opened)
    }

    /// Which body version the author signed, and its associated data: tried as version 2,
    /// then as version 1.
    fn verified(&self, author: &PublicIdentity) -> Result<(&'static [u8], Vec<u8>), SyncError> {
        if author.member != self.author {
            return Err(SyncError::UnknownAuthor);
        }
        let mut last = SyncError::BadSignature;
        for label in [SEAL_LABEL, SEAL_LABEL_V1] {
            let aad = associated(label, self.op, self.case, self.epoch, self.author);
            match author.verify(
                &signed_bytes(&aad, &self.nonce, &self.ciphertext),
                &self.signature,
            ) {
                Ok(()) => return Ok((label, aad)),
                Err(e) => last = e,
            }
        }
        Err(last)
    }

    /// The bytes the author signs, as version 2.
    pub(crate) fn signed_bytes(&self) -> Vec<u8> {
        let aad = associated(SEAL_LABEL, self.op, self.case, self.epoch, self.author);
        signed_bytes(&aad, &self.nonce, &self.ciphertext)
    }

    /// Checks only the author's signature: what the server does before it stores anything.
    pub fn verify(&self, author: &PublicIdentity) -> Result<(), SyncError> {
        self.verified(author).map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wayfinder_merge::{Change, FieldRef, Hlc};

    fn op(author: MemberId, case: [u8; 16], value: &str) -> Operation {
        Operation {
            id: OpId([9; 16]),
            author: AuthorId(author.0),
            time: Hlc {
                millis: 1_795_000_000_000,
                counter: 0,
            },
            target: FieldRef {
                scope: case,
                entity: case,
                field: "child.name".into(),
            },
            parents: Vec::new(),
            change: Change::Set(value.as_bytes().to_vec()),
        }
    }

    fn identity(n: u8) -> Identity {
        Identity::generate(MemberId([n; 16])).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn a_sealed_operation_opens_with_its_key_and_author_and_hides_its_content() {
        let author = identity(1);
        let key = CaseKey::generate().unwrap_or_else(|e| panic!("{e}"));
        let original = op(author.member(), [3; 16], "Layla Haddad");
        let sealed = SealedOp::seal(&original, &key, 1, &author, 7, [5; 24])
            .unwrap_or_else(|e| panic!("{e}"));
        let wire = postcard::to_allocvec(&sealed).unwrap_or_default();
        assert!(!wire.windows(5).any(|w| w == b"Layla"));
        assert!(!format!("{sealed:?}").contains("Layla"));
        assert_eq!(sealed.open(&key, &author.public()), Ok(original.clone()));
        assert_eq!(
            sealed.open_numbered(&key, &author.public()),
            Ok(Opened {
                op: original,
                number: Some(7)
            })
        );
        assert_eq!(sealed.verify(&author.public()), Ok(()));
    }

    #[test]
    fn a_wrong_key_a_forged_author_or_a_changed_byte_is_refused() {
        let author = identity(1);
        let mallory = identity(2);
        let key = CaseKey::generate().unwrap_or_else(|e| panic!("{e}"));
        let other_key = CaseKey::generate().unwrap_or_else(|e| panic!("{e}"));
        let sealed = SealedOp::seal(
            &op(author.member(), [3; 16], "x"),
            &key,
            1,
            &author,
            1,
            [5; 24],
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            sealed.open(&other_key, &author.public()),
            Err(SyncError::Undecryptable)
        );
        assert_eq!(
            sealed.open(&key, &mallory.public()),
            Err(SyncError::UnknownAuthor)
        );
        // Mallory re-signs it as herself: the author inside no longer matches.
        let mut claimed = sealed.clone();
        claimed.author = mallory.member();
        assert_eq!(
            claimed.open(&key, &mallory.public()),
            Err(SyncError::BadSignature)
        );
        // A server moving it to another case or epoch breaks the signature.
        for tamper in [
            |s: &mut SealedOp| s.case = CaseRef([4; 16]),
            |s: &mut SealedOp| s.epoch = 2,
            |s: &mut SealedOp| s.ciphertext[0] ^= 1,
            |s: &mut SealedOp| s.nonce[0] ^= 1,
        ] {
            let mut changed = sealed.clone();
            tamper(&mut changed);
            assert_eq!(
                changed.open(&key, &author.public()),
                Err(SyncError::BadSignature)
            );
        }
        // Nobody seals in someone else's name.
        assert_eq!(
            SealedOp::seal(
                &op(author.member(), [3; 16], "x"),
                &key,
                1,
                &mallory,
                1,
                [5; 24]
            ),
            Err(SyncError::Mismatch)
        );
        // Numbers start at 1.
        assert_eq!(
            SealedOp::seal(
                &op(author.member(), [3; 16], "x"),
                &key,
                1,
                &author,
                0,
                [5; 24]
            ),
            Err(SyncError::Mismatch)
        );
    }
}
