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

/// The first and only chunk of an original signed by the coordinator (blobs with a signed
/// head and a salted key): deterministic, so it is made again byte for byte.
#[allow(dead_code)]
pub fn signed_blob_put() -> wayfinder_sync::wire::BlobPut {
    use wayfinder_sync::blob;
    let name = blob::name(&case_key(), wayfinder_sync::CaseRef(CASE), &[0x0B; 32]);
    let file = b"%PDF-1.7 the original".to_vec();
    let plain = blob::plaintext(
        &coordinator(),
        wayfinder_sync::CaseRef(CASE),
        name,
        &blob_extras(),
        &file,
    );
    let head = plain.len() - file.len();
    wayfinder_sync::wire::BlobPut {
        case: wayfinder_sync::CaseRef(CASE),
        name,
        epoch: 1,
        index: 0,
        total: 1,
        chunk: blob::seal_chunk(&case_key(), 1, name, &plain, head, 0)
            .unwrap_or_else(|e| panic!("{e}")),
    }
}

/// What travels with that original: a password and the text of its page.
#[allow(dead_code)]
pub fn blob_extras() -> wayfinder_sync::blob::BlobExtras {
    wayfinder_sync::blob::BlobExtras {
        secret: Some("pdf-password".into()),
        pages: vec!["Pathology report".into()],
    }
}

/// The workspace of the frozen messages: its id is the team-wide scope's.
#[allow(dead_code)]
pub const WORKSPACE: [u8; 16] = [0x57; 16];

/// The operation that makes the team-wide scope, as the team's creator makes it.
#[allow(dead_code)]
pub fn team_scope_made() -> Operation {
    Operation {
        id: OpId([0x02; 16]),
        author: AuthorId([0xC0; 16]),
        time: Hlc {
            millis: 1_796_000_000_000,
            counter: 0,
        },
        target: FieldRef {
            scope: WORKSPACE,
            entity: WORKSPACE,
            field: "$kind".into(),
        },
        parents: vec![],
        change: Change::Set(b"team".to_vec()),
    }
}

/// The coordinator's third audit entry in the case, on her device, signed: the body of the
/// frozen sealed entry (body version 3).
#[allow(dead_code)]
pub fn audit_entry() -> wayfinder_sync::audit::SignedEntry {
    use wayfinder_sync::audit::{AuditAction, ChainHead, DeviceId, Signer};
    let signer = Signer::from(&coordinator());
    let mut head = ChainHead::new(DeviceId([0xDE; 16]), Some(wayfinder_sync::CaseRef(CASE)));
    let mut last = None;
    for (n, action) in [
        AuditAction::FieldChanged,
        AuditAction::CaseOpened,
        AuditAction::RecordViewed,
    ]
    .into_iter()
    .enumerate()
    {
        last = Some(head.append(
            &signer,
            1_795_000_000_000 + n as u64,
            action,
            Some([0x0B; 16]),
        ));
    }
    last.unwrap_or_else(|| panic!("no entry"))
}

/// The head an operation sealed after [`audit_entry`] names.
#[allow(dead_code)]
pub fn named_head() -> wayfinder_sync::audit::NamedHead {
    let signed = audit_entry();
    wayfinder_sync::audit::NamedHead {
        device: signed.entry.device,
        seq: signed.entry.seq,
        hash: signed.entry.hash(),
    }
}
