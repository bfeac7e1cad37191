//! The audit log's chains: who did what, when, from which device, on which case and object,
//! as ids only, never content. Each device keeps one chain per scope (a case, or the vault's
//! own events): entries numbered from 1, each naming the hash of the one before and signed by
//! its author. Entries of a shared case travel to the members who hold it, so each of them
//! can check the chain of every device that wrote in it.
//!
//! Checking a chain ([`check`]) hashes every entry and follows the links; only the last entry
//! of each unbroken run needs its signature checked, since it vouches for every entry its
//! links reach. What it finds: an entry altered (a link or a signature that does not match),
//! entries missing (numbers skipped, or the first ones), entries out of order, two different
//! entries under one number (a fork), and, given the head a later edit of the author named,
//! a tail held back.

use crate::identity::{Identity, MemberId, PublicIdentity};
use crate::seal::CaseRef;
use ed25519_dalek::{Signer as _, SigningKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// What a chain's first entry names as the one before it.
pub const GENESIS: [u8; 32] = [0; 32];

/// A device: one installation of the app, with its own chains.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DeviceId(pub [u8; 16]);

/// What was done. Appending a kind is a new variant at the end (the encoding numbers them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AuditAction {
    Unlocked,
    UnlockFailed,
    CaseOpened,
    RecordViewed,
    FieldChanged,
    Imported,
    Exported,
    Shared,
    Unshared,
    MemberAdded,
    MemberRemoved,
}

impl AuditAction {
    pub const ALL: [AuditAction; 11] = [
        AuditAction::Unlocked,
        AuditAction::UnlockFailed,
        AuditAction::CaseOpened,
        AuditAction::RecordViewed,
        AuditAction::FieldChanged,
        AuditAction::Imported,
        AuditAction::Exported,
        AuditAction::Shared,
        AuditAction::Unshared,
        AuditAction::MemberAdded,
        AuditAction::MemberRemoved,
    ];

    /// A stable name, for storage and for the screen's message ids.
    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::Unlocked => "unlocked",
            AuditAction::UnlockFailed => "unlock-failed",
            AuditAction::CaseOpened => "case-opened",
            AuditAction::RecordViewed => "record-viewed",
            AuditAction::FieldChanged => "field-changed",
            AuditAction::Imported => "imported",
            AuditAction::Exported => "exported",
            AuditAction::Shared => "shared",
            AuditAction::Unshared => "unshared",
            AuditAction::MemberAdded => "member-added",
            AuditAction::MemberRemoved => "member-removed",
        }
    }

    pub fn parse(text: &str) -> Option<AuditAction> {
        AuditAction::ALL.into_iter().find(|a| a.as_str() == text)
    }
}

/// One entry of a chain. Ids only: a case, an object (a record, an entity, a member), never
/// what it holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub device: DeviceId,
    /// The chain's scope: a case, or none for the vault's own events (unlocking).
    pub scope: Option<CaseRef>,
    /// Its number in the chain, from 1.
    pub seq: u64,
    /// The hash of entry `seq - 1`; [`GENESIS`] for the first.
    pub prev: [u8; 32],
    pub author: MemberId,
    pub at_millis: u64,
    pub action: AuditAction,
    pub object: Option<[u8; 16]>,
}

/// An entry with its author's signature of its hash.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedEntry {
    pub entry: AuditEntry,
    pub signature: Vec<u8>,
}

impl AuditEntry {
    /// What the next entry names: SHA-256 of the entry's frozen encoding under a label of its
    /// own.
    pub fn hash(&self) -> [u8; 32] {
        let encoded = postcard::to_stdvec(self).unwrap_or_default();
        Sha256::new()
            .chain_update(b"wayfinder/v1/audit-entry")
            .chain_update(&encoded)
            .finalize()
            .into()
    }
}

impl SignedEntry {
    fn signature_holds(&self, author: &PublicIdentity, hash: &[u8; 32]) -> bool {
        author.member == self.entry.author && author.verify(hash, &self.signature).is_ok()
    }
}

/// What signs a device's entries: the member's Ed25519 key alone (her identity's other key,
/// X-Wing's, is costly to derive and not needed here).
pub struct Signer {
    member: MemberId,
    key: SigningKey,
}

impl Signer {
    /// From the signing seed her identity was made from (`Identity::seeds`).
    pub fn from_seed(member: MemberId, seed: &[u8; 32]) -> Signer {
        Signer {
            member,
            key: SigningKey::from_bytes(seed),
        }
    }

    pub fn member(&self) -> MemberId {
        self.member
    }

    pub(crate) fn key(&self) -> &SigningKey {
        &self.key
    }
}

impl From<&Identity> for Signer {
    fn from(identity: &Identity) -> Signer {
        let (seed, _) = identity.seeds();
        Signer::from_seed(identity.member(), &seed)
    }
}

/// A device's chain in one scope, as its writer holds it: the next number and the last hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChainHead {
    pub device: DeviceId,
    pub scope: Option<CaseRef>,
    /// The number of entries written.
    pub len: u64,
    /// The last entry's hash ([`GENESIS`] before the first).
    pub hash: [u8; 32],
}

impl ChainHead {
    pub fn new(device: DeviceId, scope: Option<CaseRef>) -> ChainHead {
        ChainHead {
            device,
            scope,
            len: 0,
            hash: GENESIS,
        }
    }

    /// The next entry, signed by `author`; the head moves past it.
    pub fn append(
        &mut self,
        author: &Signer,
        at_millis: u64,
        action: AuditAction,
        object: Option<[u8; 16]>,
    ) -> SignedEntry {
        let entry = AuditEntry {
            device: self.device,
            scope: self.scope,
            seq: self.len + 1,
            prev: self.hash,
            author: author.member,
            at_millis,
            action,
            object,
        };
        let hash = entry.hash();
        let signature = author.key.sign(&hash).to_bytes().to_vec();
        self.len = entry.seq;
        self.hash = hash;
        SignedEntry { entry, signature }
    }
}

/// Where an author's chain in a case had reached when she sealed an edit: carried inside the
/// edit (sealed body version 3), so that whoever receives it knows how many of her entries
/// there must be, and a server holding back the tail of her chain is caught.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedHead {
    pub device: DeviceId,
    /// The number of her entries in the chain.
    pub seq: u64,
    /// The last entry's hash.
    pub hash: [u8; 32],
}

impl ChainHead {
    /// What an edit sealed now names: none before the chain's first entry.
    pub fn named(&self) -> Option<NamedHead> {
        (self.len > 0).then_some(NamedHead {
            device: self.device,
            seq: self.len,
            hash: self.hash,
        })
    }
}

/// The id an entry travels under when it is sealed for a case's members: taken from its hash,
/// so that sealing it again (under a new epoch's key) gives the same id, and the server keeps
/// one copy.
pub fn travel_id(entry: &AuditEntry) -> wayfinder_merge::OpId {
    let hash: [u8; 32] = Sha256::new()
        .chain_update(b"wayfinder/v3/audit-travel")
        .chain_update(entry.hash())
        .finalize()
        .into();
    let mut id = [0u8; 16];
    id.copy_from_slice(&hash[..16]);
    wayfinder_merge::OpId(id)
}

/// Something wrong with a chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Finding {
    /// Entry `seq` is not what was signed: the next entry's link, or its own signature, does
    /// not match it.
    Altered { seq: u64 },
    /// Entries `from` to `to` are not here.
    Missing { from: u64, to: u64 },
    /// Entry `seq` came after a later one.
    OutOfOrder { seq: u64 },
    /// Two different entries carry number `seq`.
    Forked { seq: u64 },
    /// A later edit of the author named entry `named` as her chain's head; only `have`
    /// entries are here.
    HeldBack { have: u64, named: u64 },
    /// An entry of another device, scope or author was given as this chain's.
    Foreign { seq: u64 },
}

/// What checking one chain found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Checked {
    /// Entries whose place in the chain is vouched for by a valid signature.
    pub verified: u64,
    pub findings: Vec<Finding>,
}

impl Checked {
    pub fn is_whole(&self) -> bool {
        self.findings.is_empty()
    }
}

/// Checks the entries of one device's chain in one scope, in the order they arrived, against
/// the author's public identity; `named` is the head (number and hash) that a later edit of
/// the author says her chain has reached, if one did.
pub fn check(
    device: DeviceId,
    scope: Option<CaseRef>,
    author: &PublicIdentity,
    arrived: &[SignedEntry],
    named: Option<(u64, [u8; 32])>,
) -> Checked {
    let mut findings = Vec::new();
    // Arrival order: a number at or below one seen before came late (or twice).
    let mut highest = 0;
    for signed in arrived {
        let seq = signed.entry.seq;
        if seq <= highest {
            findings.push(Finding::OutOfOrder { seq });
        }
        highest = highest.max(seq);
    }
    // One entry a number; two different ones are a fork (the same one twice is harmless).
    let mut by_seq: BTreeMap<u64, (&SignedEntry, [u8; 32])> = BTreeMap::new();
    for signed in arrived {
        let e = &signed.entry;
        if e.device != device || e.scope != scope || e.author != author.member || e.seq == 0 {
            findings.push(Finding::Foreign { seq: e.seq });
            continue;
        }
        let hash = e.hash();
        match by_seq.get(&e.seq) {
            Some((_, held)) if *held != hash => findings.push(Finding::Forked { seq: e.seq }),
            Some(_) => {}
            None => {
                by_seq.insert(e.seq, (signed, hash));
            }
        }
    }
    // Runs of consecutive numbers whose links hold, split at every gap and broken link.
    let mut runs: Vec<Vec<(&SignedEntry, [u8; 32])>> = Vec::new();
    let mut expected = 1;
    let mut link = GENESIS;
    // Where a run began at a link that did not hold (not at a gap or the start).
    let mut unlinked: Vec<bool> = Vec::new();
    for (&seq, &(signed, hash)) in &by_seq {
        let fresh = runs.is_empty() || seq != expected || signed.entry.prev != link;
        if seq != expected {
            findings.push(Finding::Missing {
                from: expected,
                to: seq - 1,
            });
        }
        if fresh {
            unlinked.push(seq == expected && (seq > 1 || signed.entry.prev != GENESIS));
            runs.push(Vec::new());
        }
        if let Some(run) = runs.last_mut() {
            run.push((signed, hash));
        }
        link = hash;
        expected = seq + 1;
    }
    // Each run is vouched for by the last of its entries whose signature holds (its last, when
    // nothing was touched): the entries after that one were altered.
    let mut verified = 0;
    let mut whole: Vec<bool> = Vec::new();
    for run in &runs {
        let good = run
            .iter()
            .rposition(|(signed, hash)| signed.signature_holds(author, hash));
        let count = good.map_or(0, |i| i + 1);
        verified += count as u64;
        if count < run.len() {
            findings.push(Finding::Altered {
                seq: run[count].0.entry.seq,
            });
        }
        whole.push(count == run.len());
    }
    // A run that begins at a broken link although it and the run before are both signed as
    // they are: its author signed two different histories.
    for (i, run) in runs.iter().enumerate() {
        if unlinked[i] && whole[i] && (i == 0 || whole[i - 1]) {
            findings.push(Finding::Forked {
                seq: run[0].0.entry.seq,
            });
        }
    }
    if let Some((named_seq, named_hash)) = named {
        let have = by_seq.keys().next_back().copied().unwrap_or(0);
        if named_seq > have {
            findings.push(Finding::HeldBack {
                have,
                named: named_seq,
            });
        } else if by_seq
            .get(&named_seq)
            .is_some_and(|(_, h)| *h != named_hash)
        {
            findings.push(Finding::Forked { seq: named_seq });
        }
    }
    findings.sort();
    findings.dedup();
    Checked { verified, findings }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEVICE: DeviceId = DeviceId([0xD1; 16]);
    const SCOPE: Option<CaseRef> = Some(CaseRef([0xCA; 16]));

    fn author() -> Identity {
        Identity::from_seeds(MemberId([7; 16]), &[1; 32], &[2; 32])
    }

    /// A chain of `n` entries by `who`, and its head.
    fn chain(who: &Signer, n: u64) -> (Vec<SignedEntry>, ChainHead) {
        let mut head = ChainHead::new(DEVICE, SCOPE);
        let entries = (1..=n)
            .map(|i| {
                head.append(
                    who,
                    1_795_000_000_000 + i,
                    AuditAction::ALL[(i % 11) as usize],
                    Some([i as u8; 16]),
                )
            })
            .collect();
        (entries, head)
    }

    fn checked(entries: &[SignedEntry], named: Option<(u64, [u8; 32])>) -> Checked {
        check(DEVICE, SCOPE, &author().public(), entries, named)
    }

    /// `check(input, expect)`: the attack, what is found, how many entries stay vouched for.
    fn case(
        name: &str,
        entries: &[SignedEntry],
        named: Option<(u64, [u8; 32])>,
        findings: &[Finding],
        verified: u64,
    ) {
        let got = checked(entries, named);
        assert_eq!(got.findings, findings, "{name}");
        assert_eq!(got.verified, verified, "{name}");
    }

    #[test]
    fn each_attack_on_a_chain_is_found_and_the_rest_stays_vouched_for() {
        let who = Signer::from(&author());
        let (whole, head) = chain(&who, 20);
        case("whole", &whole, Some((head.len, head.hash)), &[], 20);

        let mut dropped = whole.clone();
        dropped.remove(6);
        case(
            "dropped",
            &dropped,
            None,
            &[Finding::Missing { from: 7, to: 7 }],
            19,
        );

        let mut reordered = whole.clone();
        reordered.swap(3, 4);
        case(
            "reordered",
            &reordered,
            None,
            &[Finding::OutOfOrder { seq: 4 }],
            20,
        );

        let mut altered = whole.clone();
        altered[8].entry.object = Some([0xEE; 16]);
        case(
            "altered",
            &altered,
            None,
            &[Finding::Altered { seq: 9 }],
            19,
        );

        let mut head_altered = whole.clone();
        head_altered[19].entry.action = AuditAction::Unlocked;
        case(
            "head altered",
            &head_altered,
            None,
            &[Finding::Altered { seq: 20 }],
            19,
        );

        // The server appends an entry it signed itself.
        let mut forged = whole.clone();
        let stranger = Signer::from_seed(MemberId([7; 16]), &[9; 32]);
        let mut stolen_head = head.clone();
        forged.push(stolen_head.append(&stranger, 1, AuditAction::Exported, None));
        case("forged", &forged, None, &[Finding::Altered { seq: 21 }], 20);

        // Two different entries 12, both signed by the author (a second device image).
        let mut fork_head = ChainHead::new(DEVICE, SCOPE);
        let mut other: Vec<SignedEntry> = Vec::new();
        for signed in &whole[..11] {
            fork_head.len = signed.entry.seq;
            fork_head.hash = signed.entry.hash();
            other.push(signed.clone());
        }
        let twelve = fork_head.append(&who, 5, AuditAction::Shared, None);
        let mut forked = whole.clone();
        forked.push(twelve.clone());
        case(
            "forked",
            &forked,
            None,
            &[Finding::OutOfOrder { seq: 12 }, Finding::Forked { seq: 12 }],
            20,
        );

        // Her history rewritten from 12 on, re-signed: whole on its own, caught by the head a
        // later edit of hers named before the rewrite.
        let mut rewritten = whole[..11].to_vec();
        rewritten.push(twelve);
        let mut rewrite_head = fork_head.clone();
        for i in 13..=20 {
            rewritten.push(rewrite_head.append(&who, i, AuditAction::RecordViewed, None));
        }
        case("rewritten, alone", &rewritten, None, &[], 20);
        case(
            "rewritten, against the named head",
            &rewritten,
            Some((head.len, head.hash)),
            &[Finding::Forked { seq: 20 }],
            20,
        );

        // The server holds back the last five.
        case(
            "held back",
            &whole[..15],
            Some((head.len, head.hash)),
            &[Finding::HeldBack {
                have: 15,
                named: 20,
            }],
            15,
        );

        // The first entries never arrived.
        case(
            "no beginning",
            &whole[3..],
            None,
            &[Finding::Missing { from: 1, to: 3 }],
            17,
        );

        // Another device's entry passed off as this chain's.
        let mut foreign = whole.clone();
        let mut elsewhere = ChainHead::new(DeviceId([0xD2; 16]), SCOPE);
        foreign.push(elsewhere.append(&who, 1, AuditAction::CaseOpened, None));
        case(
            "foreign",
            &foreign,
            None,
            &[Finding::OutOfOrder { seq: 1 }, Finding::Foreign { seq: 1 }],
            20,
        );

        // The same entry twice (a repeated sync) is harmless but late.
        let mut repeated = whole.clone();
        repeated.push(whole[4].clone());
        case(
            "repeated",
            &repeated,
            None,
            &[Finding::OutOfOrder { seq: 5 }],
            20,
        );
    }

    #[test]
    fn an_entry_is_ids_and_names_its_predecessor_and_actions_keep_their_names() {
        let who = Signer::from(&author());
        let (entries, head) = chain(&who, 3);
        assert_eq!(entries[0].entry.prev, GENESIS);
        assert_eq!(entries[1].entry.prev, entries[0].entry.hash());
        assert_eq!(head.hash, entries[2].entry.hash());
        for action in AuditAction::ALL {
            assert_eq!(AuditAction::parse(action.as_str()), Some(action));
        }
        assert_eq!(AuditAction::parse("deleted"), None);
    }
}
