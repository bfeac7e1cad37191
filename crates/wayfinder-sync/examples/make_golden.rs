//! Writes the golden files of protocol version 1 into `tests/golden/`, each only if it is not
//! there yet: a file is made once, when its format is, and never again (the test then fails,
//! as it should, if the format changed). `push-v1.bin` holds an operation sealed in body
//! version 1, which nothing seals any more; `push-v1-op2.bin` one sealed in body version 2;
//! `push-v1-op3.bin` one in body version 3, naming the head of its author's audit chain, and
//! `push-v1-audit.bin` an audit entry sealed in body version 3.
#![allow(clippy::print_stdout)]

#[path = "../tests/common/mod.rs"]
mod common;

use common::*;
use std::path::Path;
use wayfinder_sync::wire::{self, Holders, HoldersRequest, Push, Rosters, Share};
use wayfinder_sync::{CaseRef, KeyEnvelope, Role, Roster, RosterMember, SealedOp, WorkspaceId};

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let write = |name: &str, bytes: Vec<u8>| {
        if dir.join(name).exists() {
            println!("kept {name}");
            return;
        }
        std::fs::write(dir.join(name), bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        println!("wrote {name}");
    };
    let coordinator = coordinator();
    let translator = translator();
    let sealed = SealedOp::seal(&operation(), &case_key(), 1, &coordinator, 3, [6; 24])
        .unwrap_or_else(|e| panic!("{e}"));
    write("push-v1-op2.bin", wire::encode(&Push { ops: vec![sealed] }));
    let named = SealedOp::seal_naming(
        &operation(),
        &case_key(),
        1,
        &coordinator,
        4,
        Some(named_head()),
        [8; 24],
    )
    .unwrap_or_else(|e| panic!("{e}"));
    write("push-v1-op3.bin", wire::encode(&Push { ops: vec![named] }));
    let entry = SealedOp::seal_entry(&audit_entry(), &case_key(), 1, &coordinator, [9; 24])
        .unwrap_or_else(|e| panic!("{e}"));
    write(
        "push-v1-audit.bin",
        wire::encode(&Push { ops: vec![entry] }),
    );
    let envelope = KeyEnvelope::wrap(
        &case_key(),
        CaseRef(CASE),
        1,
        &translator.public(),
        &coordinator,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    write(
        "share-v1.bin",
        wire::encode(&Share {
            envelopes: vec![envelope.clone()],
        }),
    );
    write(
        "holders-request-v1.bin",
        wire::encode(&HoldersRequest {
            case: CaseRef(CASE),
        }),
    );
    write(
        "holders-v1.bin",
        wire::encode(&Holders {
            envelopes: vec![envelope],
        }),
    );
    write("blob-put-v1-signed.bin", wire::encode(&signed_blob_put()));
    let made = SealedOp::seal(&team_scope_made(), &case_key(), 1, &coordinator, 1, [7; 24])
        .unwrap_or_else(|e| panic!("{e}"));
    write(
        "push-v1-team-scope.bin",
        wire::encode(&Push { ops: vec![made] }),
    );
    write(
        "turn-away-v1.bin",
        wire::encode(&wayfinder_sync::wire::TurnAway {
            members: vec![translator.member()],
        }),
    );
    let first = Roster::genesis(WorkspaceId([0x57; 16]), &coordinator, "Amira Haddad");
    let mut members = first.members.clone();
    members.push(RosterMember {
        identity: translator.public(),
        role: Role::Translator,
        name: "Lucía Fernández".into(),
    });
    let second = first
        .successor(members, &coordinator)
        .unwrap_or_else(|e| panic!("{e}"));
    write(
        "rosters-v1.bin",
        wire::encode(&Rosters {
            chain: vec![first, second],
        }),
    );
}
