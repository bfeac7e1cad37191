//! Protocol version 1, frozen: the messages written by `examples/make_golden.rs` when the
//! version was made must decode, verify and open with the keys they were made with, forever.
//! What is deterministic (a sealed operation, a roster) must also be made again byte for byte.

mod common;

use common::*;
use std::path::Path;
use wayfinder_sync::wire::{self, Push, Rosters, Share};
use wayfinder_sync::{CaseRef, Pin, Role, Roster, RosterMember, SealedOp, WorkspaceId};

fn golden(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn a_frozen_push_opens_and_is_made_again_byte_for_byte() {
    let bytes = golden("push-v1.bin");
    let push: Push = wire::decode(&bytes).unwrap_or_else(|e| panic!("{e}"));
    let [sealed] = push.ops.as_slice() else {
        panic!("one operation expected, got {}", push.ops.len())
    };
    assert_eq!(
        sealed.open(&case_key(), &coordinator().public()),
        Ok(operation())
    );
    let again = SealedOp::seal(&operation(), &case_key(), 1, &coordinator(), [6; 24])
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(wire::encode(&Push { ops: vec![again] }), bytes);
}

#[test]
fn a_frozen_share_opens_for_its_member_only() {
    let share: Share = wire::decode(&golden("share-v1.bin")).unwrap_or_else(|e| panic!("{e}"));
    let [envelope] = share.envelopes.as_slice() else {
        panic!("one envelope expected")
    };
    assert_eq!(envelope.case, CaseRef(CASE));
    let key = envelope
        .unwrap(&translator(), &coordinator().public())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(key.expose(), case_key().expose());
    assert!(
        envelope
            .unwrap(&coordinator(), &coordinator().public())
            .is_err()
    );
}

#[test]
fn a_frozen_roster_chain_verifies_from_its_pin_and_is_made_again() {
    let bytes = golden("rosters-v1.bin");
    let rosters: Rosters = wire::decode(&bytes).unwrap_or_else(|e| panic!("{e}"));
    let latest = Roster::verify_chain(Pin::of(&coordinator().public()), &rosters.chain)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(latest.version, 2);
    assert_eq!(
        latest.member(translator().member()).map(|m| m.role),
        Some(Role::Translator)
    );
    let first = Roster::genesis(WorkspaceId([0x57; 16]), &coordinator(), "Amira Haddad");
    let mut members = first.members.clone();
    members.push(RosterMember {
        identity: translator().public(),
        role: Role::Translator,
        name: "Lucía Fernández".into(),
    });
    let second = first
        .successor(members, &coordinator())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        wire::encode(&Rosters {
            chain: vec![first, second]
        }),
        bytes
    );
}
