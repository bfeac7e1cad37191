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
//! - `wayfinder/v3/op`: one of two things, so that the server cannot tell them apart: an
//!   operation with the author's number for it and the head her audit chain in the case had
//!   reached when she sealed it ([`NamedHead`]); or one entry of her audit chain in the case
//!   ([`SignedEntry`]), under an id taken from its hash ([`crate::audit::travel_id`]).
//!
//! The app seals in version 3; versions 1 and 2 are opened for what was sealed before it (and
//! [`SealedOp::seal`] still makes version 2, byte for byte as the frozen files pin it).

use crate::SyncError;
use crate::audit::{NamedHead, SignedEntry, travel_id};
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
const SEAL_LABEL_V3: &[u8] = b"wayfinder/v3/op";

/// What a version 3 body holds, in postcard's stable form (the variants' order is frozen).
#[derive(Serialize, Deserialize)]
enum BodyV3 {
    Operation {
        number: u64,
        head: Option<NamedHead>,
        /// The operation's own encoding (`wayfinder_merge::encode`).
        op: Vec<u8>,
    },
    Entry(SignedEntry),
}

/// What a sealed body held.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Sealed {
    Operation(Opened),
    /// An entry of the author's audit chain in the case.
    Entry(SignedEntry),
}

/// An opened operation, with its author's number for it when it was sealed with one.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Opened {
    pub op: Operation,
    /// The author's count of her operations in this case, this one included; `None` for an
    /// operation sealed before operations were numbered.
    pub number: Option<u64>,
    /// Where her audit chain in the case had reached when she sealed it; `None` before her
    /// chain's first entry, or in a body sealed before heads were named.
    pub head: Option<NamedHead>,
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
        let mut encoded = wayfinder_merge::encode(op);
        let mut body = Vec::with_capacity(8 + encoded.len());
        body.extend_from_slice(&number.to_be_bytes());
        body.extend_from_slice(&encoded);
        encoded.zeroize();
        let place = (op.id, CaseRef(op.target.scope), epoch);
        Self::seal_plain(SEAL_LABEL, place, key, author, nonce, body)
    }

    /// Encrypts `plain` (wiped after) under `key` with the label and place bound to it, and
    /// signs the whole as `author`.
    fn seal_plain(
        label: &[u8],
        (id, case, epoch): (OpId, CaseRef, u32),
        key: &CaseKey,
        author: &Identity,
        nonce: [u8; 24],
        mut plain: Vec<u8>,
    ) -> Result<SealedOp, SyncError> {
        let aad = associated(label, id, case, epoch, author.member());
        let ciphertext = XChaCha20Poly1305::new(key.expose().into())
            .encrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: &plain,
                    aad: &aad,
                },
            )
            .map_err(|_| SyncError::Undecryptable);
        plain.zeroize();
        let ciphertext = ciphertext?;
        let signature = author.sign(&signed_bytes(&aad, &nonce, &ciphertext));
        Ok(SealedOp {
            op: id,
            case,
            epoch,
            author: author.member(),
            nonce,
            ciphertext,
            signature,
        })
    }

    /// Seals `op` as [`SealedOp::seal`] does, in body version 3: with `head`, where her audit
    /// chain in the case has reached.
    #[allow(clippy::too_many_arguments)]
    pub fn seal_naming(
        op: &Operation,
        key: &CaseKey,
        epoch: u32,
        author: &Identity,
        number: u64,
        head: Option<NamedHead>,
        nonce: [u8; 24],
    ) -> Result<SealedOp, SyncError> {
        if op.author != AuthorId(author.member().0) || number == 0 {
            return Err(SyncError::Mismatch);
        }
        let mut body = BodyV3::Operation {
            number,
            head,
            op: wayfinder_merge::encode(op),
        };
        let sealed = Self::seal_v3(
            &body,
            op.id,
            CaseRef(op.target.scope),
            key,
            epoch,
            author,
            nonce,
        );
        if let BodyV3::Operation { op, .. } = &mut body {
            op.zeroize();
        }
        sealed
    }

    /// Seals one entry of her audit chain in its case, for the members who hold the case.
    pub fn seal_entry(
        entry: &SignedEntry,
        key: &CaseKey,
        epoch: u32,
        author: &Identity,
        nonce: [u8; 24],
    ) -> Result<SealedOp, SyncError> {
        let Some(case) = entry.entry.scope else {
            return Err(SyncError::Mismatch);
        };
        if entry.entry.author != author.member() {
            return Err(SyncError::Mismatch);
        }
        let id = travel_id(&entry.entry);
        Self::seal_v3(
            &BodyV3::Entry(entry.clone()),
            id,
            case,
            key,
            epoch,
            author,
            nonce,
        )
    }

    fn seal_v3(
        body: &BodyV3,
        id: OpId,
        case: CaseRef,
        key: &CaseKey,
        epoch: u32,
        author: &Identity,
        nonce: [u8; 24],
    ) -> Result<SealedOp, SyncError> {
        let plain = postcard::to_stdvec(body).map_err(|_| SyncError::Malformed)?;
        Self::seal_plain(SEAL_LABEL_V3, (id, case, epoch), key, author, nonce, plain)
    }

    /// Checks the author's signature (before anything is decrypted), then opens the operation
    /// and checks that what it says matches what it travelled as.
    pub fn open(&self, key: &CaseKey, author: &PublicIdentity) -> Result<Operation, SyncError> {
        self.open_numbered(key, author).map(|opened| opened.op)
    }

    /// As [`SealedOp::open`], with the author's number for the operation. An audit entry is
    /// not an operation: [`SyncError::Mismatch`].
    pub fn open_numbered(
        &self,
        key: &CaseKey,
        author: &PublicIdentity,
    ) -> Result<Opened, SyncError> {
        match self.open_any(key, author)? {
            Sealed::Operation(opened) => Ok(opened),
            Sealed::Entry(_) => Err(SyncError::Mismatch),
        }
    }

    /// Checks the author's signature (before anything is decrypted), opens the body, whichever
    /// it holds, and checks that what it says matches what it travelled as: an operation's id,
    /// author and case; an entry's author, case and id (from its hash).
    pub fn open_any(&self, key: &CaseKey, author: &PublicIdentity) -> Result<Sealed, SyncError> {
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
        let opened = if label == SEAL_LABEL_V3 {
            match postcard::from_bytes::<BodyV3>(&body) {
                Ok(BodyV3::Operation {
                    number,
                    head,
                    mut op,
                }) if number > 0 => {
                    let decoded = wayfinder_merge::decode(&op);
                    op.zeroize();
                    decoded.map(|op| {
                        Sealed::Operation(Opened {
                            op,
                            number: Some(number),
                            head,
                        })
                    })
                }
                Ok(BodyV3::Entry(entry)) => Ok(Sealed::Entry(entry)),
                Ok(BodyV3::Operation { mut op, .. }) => {
                    op.zeroize();
                    Err(wayfinder_merge::DecodeError::Malformed)
                }
                Err(_) => Err(wayfinder_merge::DecodeError::Malformed),
            }
        } else if label == SEAL_LABEL {
            match body.split_first_chunk::<8>() {
                Some((number, rest)) if u64::from_be_bytes(*number) > 0 => {
                    wayfinder_merge::decode(rest).map(|op| {
                        Sealed::Operation(Opened {
                            op,
                            number: Some(u64::from_be_bytes(*number)),
                            head: None,
                        })
                    })
                }
                _ => Err(wayfinder_merge::DecodeError::Malformed),
            }
        } else {
            wayfinder_merge::decode(&body).map(|op| {
                Sealed::Operation(Opened {
                    op,
                    number: None,
                    head: None,
                })
            })
        };
        body.zeroize();
        let opened = opened.map_err(|_| SyncError::Malformed)?;
        let matches = match &opened {
            Sealed::Operation(opened) => {
                opened.op.id == self.op
                    && opened.op.author == AuthorId(self.author.0)
                    && opened.op.target.scope == self.case.0
                    && opened
                        .head
                        .is_none_or(|head| head.seq > 0 && head.seq <= u64::from(u32::MAX))
            }
            Sealed::Entry(signed) => {
                signed.entry.author == self.author
                    && signed.entry.scope == Some(self.case)
                    && travel_id(&signed.entry) == self.op
            }
        };
        if !matches {
            return Err(SyncError::Mismatch);
        }
        Ok(opened)
    }

    /// Which body version the author signed, and its associated data: tried as version 3,
    /// then 2, then 1.
    fn verified(&self, author: &PublicIdentity) -> Result<(&'static [u8], Vec<u8>), SyncError> {
        if author.member != self.author {
            return Err(SyncError::UnknownAuthor);
        }
        let mut last = SyncError::BadSignature;
        for label in [SEAL_LABEL_V3, SEAL_LABEL, SEAL_LABEL_V1] {
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
                number: Some(7),
                head: None,
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

    fn entry_of(who: &Identity, case: [u8; 16]) -> SignedEntry {
        use crate::audit::{AuditAction, ChainHead, DeviceId, Signer};
        let mut head = ChainHead::new(DeviceId([0xD1; 16]), Some(CaseRef(case)));
        head.append(
            &Signer::from(who),
            1_795_000_000_000,
            AuditAction::RecordViewed,
            Some([0x0B; 16]),
        )
    }

    #[test]
    fn version_3_carries_an_operation_with_its_head_or_an_entry_and_the_server_cannot_tell() {
        let author = identity(1);
        let key = CaseKey::generate().unwrap_or_else(|e| panic!("{e}"));
        let entry = entry_of(&author, [3; 16]);
        let head = NamedHead {
            device: entry.entry.device,
            seq: 1,
            hash: entry.entry.hash(),
        };
        let original = op(author.member(), [3; 16], "Layla Haddad");
        let sealed = SealedOp::seal_naming(&original, &key, 1, &author, 7, Some(head), [5; 24])
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            sealed.open_any(&key, &author.public()),
            Ok(Sealed::Operation(Opened {
                op: original.clone(),
                number: Some(7),
                head: Some(head),
            }))
        );
        let travelling = SealedOp::seal_entry(&entry, &key, 1, &author, [6; 24])
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            travelling.open_any(&key, &author.public()),
            Ok(Sealed::Entry(entry.clone()))
        );
        assert_eq!(travelling.case, CaseRef([3; 16]));
        assert_eq!(travelling.verify(&author.public()), Ok(()));
        // Sealed again (a new epoch), the same id: the server keeps one.
        let again = SealedOp::seal_entry(&entry, &key, 2, &author, [7; 24])
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(again.op, travelling.op);
        // A server moving either to another case breaks the signature.
        let mut moved = travelling.clone();
        moved.case = CaseRef([4; 16]);
        assert_eq!(
            moved.open_any(&key, &author.public()),
            Err(SyncError::BadSignature)
        );
    }

    #[test]
    fn a_member_with_real_keys_cannot_pass_off_an_entry_as_another_s_or_another_case_s() {
        let alice = identity(1);
        let mallory = identity(2);
        let key = CaseKey::generate().unwrap_or_else(|e| panic!("{e}"));
        let hers = entry_of(&alice, [3; 16]);
        // Mallory seals Alice's entry under her own name: the entry names Alice.
        let forged = SealedOp::seal_v3(
            &BodyV3::Entry(hers.clone()),
            travel_id(&hers.entry),
            CaseRef([3; 16]),
            &key,
            1,
            &mallory,
            [1; 24],
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            forged.open_any(&key, &mallory.public()),
            Err(SyncError::Mismatch)
        );
        // Her own entry of one case, sent into another case, or under another id.
        let own = entry_of(&mallory, [3; 16]);
        for (case, id) in [
            (CaseRef([4; 16]), travel_id(&own.entry)),
            (CaseRef([3; 16]), OpId([0x42; 16])),
        ] {
            let sealed = SealedOp::seal_v3(
                &BodyV3::Entry(own.clone()),
                id,
                case,
                &key,
                1,
                &mallory,
                [2; 24],
            )
            .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(
                sealed.open_any(&key, &mallory.public()),
                Err(SyncError::Mismatch)
            );
        }
        assert_eq!(
            SealedOp::seal_entry(&hers, &key, 1, &mallory, [3; 24]),
            Err(SyncError::Mismatch),
            "nobody seals another's entry"
        );
        // A head numbered 0 or past any honest count.
        for seq in [0, u64::from(u32::MAX) + 1] {
            let head = NamedHead {
                device: own.entry.device,
                seq,
                hash: [0; 32],
            };
            let sealed = SealedOp::seal_naming(
                &op(mallory.member(), [3; 16], "x"),
                &key,
                1,
                &mallory,
                1,
                Some(head),
                [4; 24],
            )
            .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(
                sealed.open_any(&key, &mallory.public()),
                Err(SyncError::Mismatch)
            );
        }
    }
}
