//! The frozen server databases (`tests/golden/`): the fixed keys, ids and operations they were
//! made from, and the requests that made them, so that `examples/make_server_golden.rs` (which
//! wrote them) and `tests/golden.rs` (which opens them) agree on what is inside. The requests
//! repeat what `common::team` does rather than call it, and the keys are those of the
//! protocol's own golden files rather than shared with them: what made a frozen file must not
//! change when the harness does.

use super::{Server, sha256};
use wayfinder_merge::{AuthorId, Change, FieldRef, Hlc, OpId, Operation};
use wayfinder_server::Store;
use wayfinder_sync::blob::{self, BlobName};
use wayfinder_sync::wire::{
    BlobPut, BlobState, CreateWorkspace, Done, Invite, JoinRequest, Joined, Push, PushAck, Share,
    Waiting,
};
use wayfinder_sync::{
    CaseKey, CaseRef, Identity, KeyEnvelope, MemberId, Role, Roster, SealedOp, WorkspaceId,
};

pub const WORKSPACE: WorkspaceId = WorkspaceId([0x57; 16]);
pub const CREATION_CODE: [u8; 16] = [0xC1; 16];
pub const CASE: CaseRef = CaseRef([0xCA; 16]);
/// The invitation the translator redeemed, and one nobody did.
pub const INVITATION: [u8; 16] = [0x11; 16];
pub const UNUSED_INVITATION: [u8; 16] = [0x12; 16];
/// The content hash of the record whose original's upload stopped after one of two chunks.
pub const ORIGINAL: [u8; 32] = [0xB0; 32];
/// A time far enough ahead that nothing in the frozen file expires while it is in use.
pub const LATER: u64 = 4_000_000_000_000;

pub fn coordinator() -> Identity {
    Identity::from_seeds(MemberId([0xC0; 16]), &[1; 32], &[2; 32])
}

pub fn translator() -> Identity {
    Identity::from_seeds(MemberId([0x7A; 16]), &[3; 32], &[4; 32])
}

pub fn case_key() -> CaseKey {
    CaseKey::from_bytes([5; 32])
}

/// The coordinator's operations in the case, in the order she pushed them.
pub fn operations() -> Vec<Operation> {
    [
        ("diagnosis.text", "Golden diagnosis"),
        ("stage", "treatment"),
        ("diagnosis.text", "Golden diagnosis, revised"),
    ]
    .into_iter()
    .zip(1u8..)
    .map(|((field, value), n)| Operation {
        id: OpId([n; 16]),
        author: AuthorId(coordinator().member().0),
        time: Hlc {
            millis: 1_795_000_000_000 + u64::from(n),
            counter: 0,
        },
        target: FieldRef {
            scope: CASE.0,
            entity: CASE.0,
            field: field.into(),
        },
        parents: if n == 3 {
            vec![OpId([1; 16])]
        } else {
            Vec::new()
        },
        change: Change::Set(value.as_bytes().to_vec()),
    })
    .collect()
}

/// The blob the upload began, named as the app names it.
pub fn original() -> BlobName {
    blob::v1::name(&case_key(), CASE, &ORIGINAL)
}

/// What the frozen database of schema 1 holds, written through the server's own requests:
/// a workspace made by the coordinator; the translator invited, joined and signed into the
/// roster's second version; an invitation left unused; the case shared with both at epoch 1;
/// three sealed operations; and the first of two chunks of an original.
pub async fn write_schema_1(server: &Server, store: &dyn Store) {
    let coordinator = coordinator();
    let translator = translator();
    store
        .reserve_workspace(WORKSPACE, sha256(&CREATION_CODE), 1_795_000_000_000)
        .unwrap_or_else(|e| panic!("{e}"));
    let genesis = Roster::genesis(WORKSPACE, &coordinator, "Amira Haddad");
    let _: Done = server
        .post(
            "/v1/workspace",
            None,
            &CreateWorkspace {
                code: CREATION_CODE,
                genesis: genesis.clone(),
            },
        )
        .await;
    let admin = server.login(WORKSPACE, &coordinator).await;
    for secret in [INVITATION, UNUSED_INVITATION] {
        let _: Done = server
            .post(
                "/v1/invite",
                Some(&admin),
                &Invite {
                    secret_hash: sha256(&secret),
                    role: Role::Translator,
                    expires_millis: LATER,
                },
            )
            .await;
    }
    let _: Joined = server
        .post(
            "/v1/join",
            None,
            &JoinRequest {
                workspace: WORKSPACE,
                invitation: INVITATION,
                identity: translator.public(),
                name: "Lucía Fernández".into(),
            },
        )
        .await;
    let waiting: Waiting = server.post("/v1/waiting", Some(&admin), &Done).await;
    let mut everyone = genesis.members.clone();
    everyone.extend(waiting.members);
    let second = genesis
        .successor(everyone, &coordinator)
        .unwrap_or_else(|e| panic!("{e}"));
    let _: Done = server.post("/v1/roster", Some(&admin), &second).await;
    let envelopes = [&coordinator, &translator]
        .iter()
        .map(|who| {
            KeyEnvelope::wrap(&case_key(), CASE, 1, &who.public(), &coordinator)
                .unwrap_or_else(|e| panic!("{e}"))
        })
        .collect();
    let _: Done = server
        .post("/v1/share", Some(&admin), &Share { envelopes })
        .await;
    let ops = operations()
        .iter()
        .zip(1u8..)
        .map(|(op, n)| {
            SealedOp::seal(op, &case_key(), 1, &coordinator, u64::from(n), [n; 24])
                .unwrap_or_else(|e| panic!("{e}"))
        })
        .collect();
    let _: PushAck = server.post("/v1/push", Some(&admin), &Push { ops }).await;
    let plain = vec![0x42; blob::CHUNK + 1];
    let chunk = blob::v1::seal_chunk(&case_key(), 1, original(), &plain, 0)
        .unwrap_or_else(|e| panic!("{e}"));
    let state: BlobState = server
        .post(
            "/v1/blob/put",
            Some(&admin),
            &BlobPut {
                case: CASE,
                name: original(),
                epoch: 1,
                index: 0,
                total: 2,
                chunk,
            },
        )
        .await;
    assert_eq!((state.have, state.total), (1, 2));
}

/// The original of schema 3, named as the app names originals since blobs are signed.
pub fn signed_original() -> BlobName {
    blob::name(&case_key(), CASE, &ORIGINAL)
}

/// The plaintext of that original, signed by the coordinator: two chunks and a little.
pub fn signed_plaintext() -> (Vec<u8>, usize) {
    let file = vec![0x42; blob::CHUNK + 1];
    let plain = blob::plaintext(
        &coordinator(),
        CASE,
        signed_original(),
        &blob::BlobExtras::default(),
        &file,
    );
    let head = plain.len() - file.len();
    (plain.to_vec(), head)
}

/// What the frozen database of schema 3 holds: what schema 1's does (the same team, roster,
/// case, operations, and an upload of one chunk under the first blob name), then the first
/// chunk of an original signed by the coordinator, whose name she owns, and each member's
/// stored bytes counted.
pub async fn write_schema_3(server: &Server, store: &dyn Store) {
    write_schema_1(server, store).await;
    let admin = server.login(WORKSPACE, &coordinator()).await;
    let (plain, head) = signed_plaintext();
    let chunk = blob::seal_chunk(&case_key(), 1, signed_original(), &plain, head, 0)
        .unwrap_or_else(|e| panic!("{e}"));
    let state: BlobState = server
        .post(
            "/v1/blob/put",
            Some(&admin),
            &BlobPut {
                case: CASE,
                name: signed_original(),
                epoch: 1,
                index: 0,
                total: blob::chunks(plain.len() as u64),
                chunk,
            },
        )
        .await;
    assert_eq!((state.have, state.total), (1, 2));
}
