//! The fixed inputs of the golden files: identities from known seeds, a case key, an operation.

use wayfinder_merge::{AuthorId, Change, FieldRef, Hlc, OpId, Operation};
use wayfinder_sync::{CaseKey, Identity, MemberId};

pub fn coordinator() -> Identity {
    Identity::from_seeds(MemberId([0xC0; 16]), &[1; 32], &[2; 32])
}

pub fn translator() -> Identity {
    Identity::from_seeds(MemberId([0x7A; 16]), &[3; 32], &[4; 32])
}

pub fn case_key() -> CaseKey {
    CaseKey::from_bytes([5; 32])
}

pub const CASE: [u8; 16] = [0xCA; 16];

pub fn operation() -> Operation {
    Operation {
        id: OpId([0x01; 16]),
        author: AuthorId([0xC0; 16]),
        time: Hlc {
            millis: 1_795_000_000_000,
            counter: 2,
        },
        target: FieldRef {
            scope: CASE,
            entity: CASE,
            field: "diagnosis.text".into(),
        },
        parents: vec![OpId([0x00; 16])],
        change: Change::Set("Medulloblastoma, WNT-activated".as_bytes().to_vec()),
    }
}
