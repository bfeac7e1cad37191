//! Protocol version 1, frozen, with every version of a sealed operation's body: the messages
//! written by `examples/make_golden.rs` when each format was made must decode, verify and open
//! with the keys they were made with, forever.
//! What is deterministic (a sealed operation, a roster) must also be made again byte for byte.

mod common;

use common::*;
use std::path::Path;
use wayfinder_sync::wire::{self, Push, Rosters, Share};
use wayfinder_sync::{
    CaseRef, Opened, Pin, Role, Roster, RosterMember, Sealed, SealedOp, WorkspaceId,
};

fn golden(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn pushed(name: &str) -> SealedOp {
    let push: Push = wire::decode(&golden(name)).unwrap_or_else(|e| panic!("{e}"));
    let [sealed] = push.ops.as_slice() else {
        panic!("one operation expected, got {}", push.ops.len())
    };
    sealed.clone()
}

#[test]
fn a_frozen_push_opens_and_is_made_again_byte_for_byte() {
    let sealed = pushed("push-v1-op2.bin");
    assert_eq!(
        sealed.open_numbered(&case_key(), &coordinator().public()),
        Ok(Opened {
            op: operation(),
            number: Some(3),
            head: None,
        })
    );
    assert_eq!(sealed.verify(&coordinator().public()), Ok(()));
    let again = SealedOp::seal(&operation(), &case_key(), 1, &coordinator(), 3, [6; 24])
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        wire::encode(&Push { ops: vec![again] }),
        golden("push-v1-op2.bin")
    );
}

#[test]
fn a_frozen_operation_naming_its_author_s_audit_head_opens_and_is_made_again() {
    let sealed = pushed("push-v1-op3.bin");
    assert_eq!(
        sealed.open_numbered(&case_key(), &coordinator().public()),
        Ok(Opened {
            op: operation(),
            number: Some(4),
            head: Some(named_head()),
        })
    );
    assert_eq!(sealed.verify(&coordinator().public()), Ok(()));
    let again = SealedOp::seal_naming(
        &operation(),
        &case_key(),
        1,
        &coordinator(),
        4,
        Some(named_head()),
        [8; 24],
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        wire::encode(&Push { ops: vec![again] }),
        golden("push-v1-op3.bin")
    );
}

#[test]
fn a_frozen_audit_entry_opens_as_one_and_is_made_again() {
    let sealed = pushed("push-v1-audit.bin");
    assert_eq!(sealed.case, CaseRef(CASE));
    assert_eq!(
        sealed.op,
        wayfinder_sync::audit::travel_id(&audit_entry().entry)
    );
    assert_eq!(
        sealed.open_any(&case_key(), &coordinator().public()),
        Ok(Sealed::Entry(audit_entry()))
    );
    // Not an operation, whatever asks for one.
    assert_eq!(
        sealed.open_numbered(&case_key(), &coordinator().public()),
        Err(wayfinder_sync::SyncError::Mismatch)
    );
    let again = SealedOp::seal_entry(&audit_entry(), &case_key(), 1, &coordinator(), [9; 24])
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        wire::encode(&Push { ops: vec![again] }),
        golden("push-v1-audit.bin")
    );
}

#[test]
fn an_operation_sealed_before_numbers_still_opens_without_one() {
    let sealed = pushed("push-v1.bin");
    assert_eq!(
        sealed.open_numbered(&case_key(), &coordinator().public()),
        Ok(Opened {
            op: operation(),
            number: None,
            head: None,
        })
    );
    assert_eq!(sealed.verify(&coordinator().public()), Ok(()));
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

#[test]
fn a_frozen_question_of_who_holds_a_case_and_its_answer_decode() {
    let asked: wire::HoldersRequest =
        wire::decode(&golden("holders-request-v1.bin")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(asked.case, CaseRef(CASE));
    assert_eq!(
        wire::encode(&asked),
        golden("holders-request-v1.bin"),
        "made again byte for byte"
    );
    let answer: wire::Holders =
        wire::decode(&golden("holders-v1.bin")).unwrap_or_else(|e| panic!("{e}"));
    let [envelope] = answer.envelopes.as_slice() else {
        panic!("one envelope expected")
    };
    assert_eq!(envelope.verify(&coordinator().public()), Ok(()));
    assert_eq!(envelope.member, translator().member());
}

#[test]
fn a_frozen_signed_original_opens_checks_its_author_and_is_made_again() {
    use wayfinder_sync::blob;
    let bytes = golden("blob-put-v1-signed.bin");
    let put: wire::BlobPut = wire::decode(&bytes).unwrap_or_else(|e| panic!("{e}"));
    let plain = blob::Opener::new(case_key(), put.epoch, put.name, put.total)
        .open(0, &put.chunk)
        .unwrap_or_else(|e| panic!("{e}"));
    let (extras, file) = blob::split(&plain, &coordinator().public(), put.case, put.name)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(extras, blob_extras());
    assert_eq!(file, b"%PDF-1.7 the original");
    assert!(blob::split(&plain, &translator().public(), put.case, put.name).is_err());
    assert_eq!(wire::encode(&signed_blob_put()), bytes);
}

#[test]
fn the_frozen_making_of_the_team_wide_scope_opens_and_is_made_again() {
    let bytes = golden("push-v1-team-scope.bin");
    let push: Push = wire::decode(&bytes).unwrap_or_else(|e| panic!("{e}"));
    let [sealed] = push.ops.as_slice() else {
        panic!("one operation expected")
    };
    assert_eq!(
        sealed.case,
        CaseRef(WORKSPACE),
        "the scope is named by the workspace"
    );
    assert_eq!(
        sealed
            .open(&case_key(), &coordinator().public())
            .unwrap_or_else(|e| panic!("{e}")),
        team_scope_made()
    );
    let again = SealedOp::seal(
        &team_scope_made(),
        &case_key(),
        1,
        &coordinator(),
        1,
        [7; 24],
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(wire::encode(&Push { ops: vec![again] }), bytes);
}

#[test]
fn a_frozen_turning_away_decodes_and_is_made_again() {
    let bytes = golden("turn-away-v1.bin");
    let turned: wire::TurnAway = wire::decode(&bytes).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(turned.members, vec![translator().member()]);
    assert_eq!(wire::encode(&turned), bytes);
}
