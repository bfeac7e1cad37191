//! What the fuzz targets in `fuzz/` run on each input, here so that the test replaying the
//! inputs that once crashed us (`fuzz/crashers/`) runs exactly the same code on stable Rust.
//!
//! Each function takes bytes from the network, which a broken or hostile server or app may
//! have written: whatever they are, it must return. A panic, an overflow or an allocation the
//! message did not pay for is a finding.

use crate::envelope::KeyEnvelope;
use crate::identity::{Identity, MemberId};
use crate::roster::{Pin, Roster};
use crate::seal::{CaseKey, SealedOp};
use crate::wire::{self, *};

/// The same keys for every input, so that a run is repeatable: whose messages the checks
/// below pretend to be, re-signed where the point is to get past the signature.
fn fixed(member: MemberId, n: u8) -> Identity {
    Identity::from_seeds(member, &[n; 32], &[n.wrapping_add(1); 32])
}

/// A sealed operation as a device receives it: signature first, then decryption. Re-signed by
/// a key the check knows, so that the input reaches decryption too, as it would from a member
/// who signs garbage.
fn sealed(op: &SealedOp) {
    let author = fixed(op.author, 3);
    let _ = op.verify(&author.public());
    let _ = op.open(&CaseKey::from_bytes([5; 32]), &author.public());
    let mut signed = op.clone();
    signed.signature = author.sign(&signed.signed_bytes());
    let _ = signed.open(&CaseKey::from_bytes([5; 32]), &author.public());
}

/// An envelope as its recipient opens it, also re-signed so that arbitrary encapsulated keys
/// and ciphertexts reach HPKE.
fn envelope(envelope: &KeyEnvelope) {
    let me = fixed(envelope.member, 7);
    let granter = fixed(envelope.granter, 9);
    let _ = envelope.verify(&granter.public());
    let mut signed = envelope.clone();
    signed.signature = granter.sign(&signed.signed_bytes());
    let _ = signed.unwrap(&me, &granter.public());
}

/// A chain of rosters, pinned to the first member of its first version, as a joining device
/// pins its creator: every signature and every step is checked.
fn rosters(chain: &[Roster]) {
    if let Some(creator) = chain.first().and_then(|r| r.members.first()) {
        let _ = Roster::verify_chain(Pin::of(&creator.identity), chain);
        for member in chain.iter().flat_map(|r| &r.members) {
            let _ = member.identity.fingerprint();
        }
    }
    for pair in chain.windows(2) {
        let _ = pair[0].accepts(&pair[1]);
    }
}

/// One input, read as every message the server or an app decodes, each followed by the checks
/// its receiver makes before trusting it.
pub fn message(data: &[u8]) {
    let _ = wire::version_of(data);
    let _ = wire::decode::<ChallengeRequest>(data);
    let _ = wire::decode::<Challenge>(data);
    if let Ok(login) = wire::decode::<LoginRequest>(data) {
        let _ = login.verify(&fixed(login.member, 1).public());
    }
    let _ = wire::decode::<Session>(data);
    if let Ok(join) = wire::decode::<JoinRequest>(data) {
        let _ = join.identity.fingerprint();
        let _ = Pin::of(&join.identity);
    }
    if let Ok(push) = wire::decode::<Push>(data) {
        push.ops.iter().for_each(sealed);
    }
    let _ = wire::decode::<PushAck>(data);
    let _ = wire::decode::<PullRequest>(data);
    if let Ok(batch) = wire::decode::<PullBatch>(data) {
        batch.ops.iter().for_each(|(_, op)| sealed(op));
        batch.envelopes.iter().for_each(envelope);
    }
    if let Ok(list) = wire::decode::<Rosters>(data) {
        rosters(&list.chain);
    }
    if let Ok(share) = wire::decode::<Share>(data) {
        share.envelopes.iter().for_each(envelope);
    }
    if let Ok(create) = wire::decode::<CreateWorkspace>(data) {
        rosters(std::slice::from_ref(&create.genesis));
    }
    let _ = wire::decode::<Invite>(data);
    let _ = wire::decode::<Joined>(data);
    let _ = wire::decode::<RostersRequest>(data);
    let _ = wire::decode::<Waiting>(data);
    let _ = wire::decode::<Done>(data);
    let _ = wire::decode::<Refusal>(data);
    let _ = wire::decode::<BlobPut>(data);
    let _ = wire::decode::<BlobAsk>(data);
    let _ = wire::decode::<BlobState>(data);
    if let Ok(chunk) = wire::decode::<BlobChunk>(data) {
        // A chunk as a receiver opens it, and what it holds once opened.
        let key = CaseKey::from_bytes([5; 32]);
        let name = crate::blob::BlobName([6; 32]);
        let _ = crate::blob::Opener::new(key, 1, name, 1).open(0, &chunk.chunk);
        let uploader = Identity::from_seeds(MemberId([7; 16]), &[8; 32], &[9; 32]);
        let _ = crate::blob::split(
            &chunk.chunk,
            &uploader.public(),
            crate::CaseRef([1; 16]),
            name,
        );
    }
}

/// What a sealed operation holds once decrypted: the case file's own operation encoding. A
/// member's key can sign and seal any bytes, so this decoder sees untrusted input too.
pub fn operation(data: &[u8]) {
    if let Ok(op) = wayfinder_merge::decode(data) {
        let again = wayfinder_merge::encode(&op);
        assert!(
            wayfinder_merge::decode(&again).is_ok_and(|back| back == op),
            "an operation that decodes must encode and decode to itself"
        );
    }
}
