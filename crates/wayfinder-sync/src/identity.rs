//! A member's identity: an Ed25519 signing key and an X-Wing key-encapsulation key, both made
//! from 32-byte seeds that the vault keeps. The public half travels in the roster; its
//! fingerprint is what two people read to each other to know they have each other's keys.

use crate::SyncError;
use ed25519_dalek::{Signer, SigningKey, Verifier, VerifyingKey};
use hpke::kem::XWing;
use hpke::{Deserializable, Kem, Serializable};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fmt;
use zeroize::Zeroizing;

/// A member of a workspace: the same bytes as the author id of the operations they write.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct MemberId(pub [u8; 16]);

impl fmt::Debug for MemberId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("member:")?;
        for b in &self.0[..4] {
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

/// A member's secret keys. Never printed; the seeds are wiped when dropped.
pub struct Identity {
    member: MemberId,
    signing: SigningKey,
    kem_seed: Zeroizing<[u8; 32]>,
    kem_public: <XWing as Kem>::PublicKey,
}

impl fmt::Debug for Identity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Identity")
            .field("member", &self.member)
            .finish_non_exhaustive()
    }
}

impl Identity {
    /// New keys for `member`, from the operating system's randomness.
    pub fn generate(member: MemberId) -> Result<Identity, SyncError> {
        let signing = Zeroizing::new(crate::random::<32>()?);
        let kem = Zeroizing::new(crate::random::<32>()?);
        Ok(Identity::from_seeds(member, &signing, &kem))
    }

    /// The identity the vault kept, from its two seeds.
    pub fn from_seeds(member: MemberId, signing: &[u8; 32], kem: &[u8; 32]) -> Identity {
        let (_, kem_public) = XWing::derive_keypair(kem);
        Identity {
            member,
            signing: SigningKey::from_bytes(signing),
            kem_seed: Zeroizing::new(*kem),
            kem_public,
        }
    }

    /// The two seeds, for the vault to keep (signing, then key encapsulation).
    pub fn seeds(&self) -> (Zeroizing<[u8; 32]>, Zeroizing<[u8; 32]>) {
        (
            Zeroizing::new(self.signing.to_bytes()),
            self.kem_seed.clone(),
        )
    }

    pub fn member(&self) -> MemberId {
        self.member
    }

    pub fn public(&self) -> PublicIdentity {
        PublicIdentity {
            member: self.member,
            signing: self.signing.verifying_key().to_bytes(),
            kem: self.kem_public.to_bytes().to_vec(),
        }
    }

    pub(crate) fn sign(&self, message: &[u8]) -> Vec<u8> {
        self.signing.sign(message).to_bytes().to_vec()
    }

    pub(crate) fn kem_private(&self) -> <XWing as Kem>::PrivateKey {
        XWing::derive_keypair(self.kem_seed.as_ref()).0
    }
}

/// What others know of a member: their id and public keys.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicIdentity {
    pub member: MemberId,
    /// Ed25519 verifying key.
    pub signing: [u8; 32],
    /// X-Wing public key (1216 bytes).
    pub kem: Vec<u8>,
}

impl fmt::Debug for PublicIdentity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PublicIdentity")
            .field("member", &self.member)
            .field("fingerprint", &self.fingerprint())
            .finish()
    }
}

impl PublicIdentity {
    /// Forty digits in eight groups of five, from a hash of both public keys: what two members
    /// read aloud to each other. Digits read the same in every language the app speaks.
    pub fn fingerprint(&self) -> String {
        let digest = Sha256::new()
            .chain_update(b"wayfinder/v1/fingerprint")
            .chain_update(self.member.0)
            .chain_update(self.signing)
            .chain_update(&self.kem)
            .finalize();
        digest
            .chunks(4)
            .map(|c| {
                let n = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
                format!("{:05}", n % 100_000)
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    pub(crate) fn verify(&self, message: &[u8], signature: &[u8]) -> Result<(), SyncError> {
        let key = VerifyingKey::from_bytes(&self.signing).map_err(|_| SyncError::BadSignature)?;
        let signature =
            ed25519_dalek::Signature::from_slice(signature).map_err(|_| SyncError::BadSignature)?;
        key.verify(message, &signature)
            .map_err(|_| SyncError::BadSignature)
    }

    pub(crate) fn kem_key(&self) -> Result<<XWing as Kem>::PublicKey, SyncError> {
        <XWing as Kem>::PublicKey::from_bytes(&self.kem).map_err(|_| SyncError::Malformed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_identity_is_the_same_from_its_seeds_and_its_fingerprint_reads_as_digits() {
        let me = Identity::generate(MemberId([7; 16])).unwrap_or_else(|e| panic!("{e}"));
        let (signing, kem) = me.seeds();
        let again = Identity::from_seeds(MemberId([7; 16]), &signing, &kem);
        assert_eq!(me.public(), again.public());
        assert_eq!(me.public().kem.len(), 1216);
        let print = me.public().fingerprint();
        assert_eq!(print.len(), 8 * 5 + 7, "{print}");
        assert!(print.chars().all(|c| c.is_ascii_digit() || c == ' '));
        let other = Identity::generate(MemberId([7; 16])).unwrap_or_else(|e| panic!("{e}"));
        assert_ne!(other.public().fingerprint(), print);
        assert!(!format!("{me:?}").contains(&format!("{:?}", signing.as_ref())));
    }

    #[test]
    fn a_signature_verifies_only_for_its_message_and_its_key() {
        let me = Identity::generate(MemberId([1; 16])).unwrap_or_else(|e| panic!("{e}"));
        let other = Identity::generate(MemberId([2; 16])).unwrap_or_else(|e| panic!("{e}"));
        let signature = me.sign(b"hello");
        assert_eq!(me.public().verify(b"hello", &signature), Ok(()));
        assert_eq!(
            me.public().verify(b"hullo", &signature),
            Err(SyncError::BadSignature)
        );
        assert_eq!(
            other.public().verify(b"hello", &signature),
            Err(SyncError::BadSignature)
        );
        assert_eq!(
            me.public().verify(b"hello", &signature[..63]),
            Err(SyncError::BadSignature)
        );
    }
}
