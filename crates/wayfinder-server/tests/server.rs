//! The real server over real HTTP on port 0, with a fresh SQLite store per test: a workspace
//! made by its creator's key, members invited and signed into the roster (and one taken out
//! again), a case shared with one member only, operations pushed and pulled, and every kind
//! of bad request refused with its code and nothing stored. Afterwards no byte the server
//! wrote holds the case's canary.

mod common;

use common::{identity, op, seal, start};
use wayfinder_merge::{OpId, Operation};
use wayfinder_sync::wire::{
    self, Challenge, ChallengeRequest, CreateWorkspace, Cursor, Done, Invite, JoinRequest, Joined,
    LoginRequest, PullBatch, PullRequest, Push, PushAck, Refusal, Share, Waiting,
};
use wayfinder_sync::{CaseKey, CaseRef, Identity, KeyEnvelope, MemberId, Role, Roster, SealedOp};
use wayfinder_testkit::server::Backend;

const CANARY: &str = "Canarywren Zqxvbeta";

#[tokio::test]
async fn a_case_reaches_exactly_the_members_it_is_shared_with() {
    let (server, workspace, code) = start().await;
    let coordinator = identity(1);
    let translator = identity(2);
    let liaison = identity(3);

    // The creator's app makes the workspace with the code the admin command printed.
    let genesis = Roster::genesis(workspace, &coordinator, "Amira");
    let _: Done = server
        .post(
            "/v1/workspace",
            None,
            &CreateWorkspace {
                code,
                genesis: genesis.clone(),
            },
        )
        .await;
    // Only once: by someone else with the code, it is refused (the same roster again is her
    // app asking after a lost answer, tested below).
    let (status, why) = server
        .refused(
            "/v1/workspace",
            None,
            &CreateWorkspace {
                code,
                genesis: Roster::genesis(workspace, &identity(0x6E), "Someone"),
            },
        )
        .await;
    assert_eq!((status, why.as_str()), (409, "workspace-exists"));
    let admin = server.login(workspace, &coordinator).await;

    // Two invitations, redeemed once each; the admin signs them into the roster.
    for (secret, role) in [([21u8; 16], Role::Translator), ([31u8; 16], Role::Liaison)] {
        let _: Done = server
            .post(
                "/v1/invite",
                Some(&admin),
                &Invite {
                    secret_hash: sha256(&secret),
                    role,
                    expires_millis: u64::MAX / 2,
                },
            )
            .await;
    }
    for (secret, who, role) in [
        ([21u8; 16], &translator, Role::Translator),
        ([31u8; 16], &liaison, Role::Liaison),
    ] {
        let joined: Joined = server
            .post(
                "/v1/join",
                None,
                &JoinRequest {
                    workspace,
                    invitation: secret,
                    identity: who.public(),
                    name: role.as_str().to_owned(),
                },
            )
            .await;
        assert_eq!(joined.role, role);
    }
    let (status, why) = server
        .refused(
            "/v1/join",
            None,
            &JoinRequest {
                workspace,
                invitation: [21; 16],
                identity: identity(9).public(),
                name: "Again".into(),
            },
        )
        .await;
    assert_eq!(
        (status, why.as_str()),
        (403, "code-not-valid"),
        "an invitation is used once"
    );
    for name in ["", "   ", &"x".repeat(wayfinder_sync::MAX_NAME + 1)] {
        let (status, why) = server
            .refused(
                "/v1/join",
                None,
                &JoinRequest {
                    workspace,
                    invitation: [22; 16],
                    identity: identity(9).public(),
                    name: name.to_owned(),
                },
            )
            .await;
        assert_eq!((status, why.as_str()), (400, "name-not-valid"));
    }
    let waiting: Waiting = server.post("/v1/waiting", Some(&admin), &Done).await;
    let names: Vec<&str> = waiting.members.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(
        names,
        ["translator", "liaison"],
        "each under the name she gave"
    );
    let mut members = genesis.members.clone();
    members.extend(waiting.members);
    let roster = genesis
        .successor(members, &coordinator)
        .unwrap_or_else(|e| panic!("{e}"));
    let _: Done = server.post("/v1/roster", Some(&admin), &roster).await;

    let reader = server.login(workspace, &translator).await;
    let outsider = server.login(workspace, &liaison).await;
    // A translator cannot invite, nor sign a roster.
    let (status, why) = server
        .refused(
            "/v1/invite",
            Some(&reader),
            &Invite {
                secret_hash: [0; 32],
                role: Role::Admin,
                expires_millis: u64::MAX / 2,
            },
        )
        .await;
    assert_eq!((status, why.as_str()), (403, "not-an-admin"));

    // Case A is shared with the translator; case B is the coordinator's alone.
    let (case_a, case_b) = ([0xA0; 16], [0xB0; 16]);
    let key_a = CaseKey::generate().unwrap_or_else(|e| panic!("{e}"));
    let key_b = CaseKey::generate().unwrap_or_else(|e| panic!("{e}"));
    let wrap = |key: &CaseKey, case, to: &Identity| {
        KeyEnvelope::wrap(key, CaseRef(case), 1, &to.public(), &coordinator)
            .unwrap_or_else(|e| panic!("{e}"))
    };
    // A new case must be kept by whoever shares it.
    let (status, why) = server
        .refused(
            "/v1/share",
            Some(&admin),
            &Share {
                envelopes: vec![wrap(&key_a, case_a, &translator)],
            },
        )
        .await;
    assert_eq!((status, why.as_str()), (403, "case-not-held"));
    let _: Done = server
        .post(
            "/v1/share",
            Some(&admin),
            &Share {
                envelopes: vec![
                    wrap(&key_a, case_a, &coordinator),
                    wrap(&key_a, case_a, &translator),
                    wrap(&key_b, case_b, &coordinator),
                ],
            },
        )
        .await;

    let ops_a = [
        op(&coordinator, case_a, 1, CANARY),
        op(&coordinator, case_a, 2, "Dubai"),
    ];
    let ops_b = [op(&coordinator, case_b, 3, "Other family")];
    let push = Push {
        ops: ops_a
            .iter()
            .map(|o| seal(o, &key_a, &coordinator))
            .chain(ops_b.iter().map(|o| seal(o, &key_b, &coordinator)))
            .collect(),
    };
    let acked: PushAck = server.post("/v1/push", Some(&admin), &push).await;
    assert_eq!(acked.stored.len(), 3);
    // A retry stores nothing twice: the same sequence numbers come back.
    let again: PushAck = server.post("/v1/push", Some(&admin), &push).await;
    assert_eq!(again, acked);

    // The translator gets case A's operations and her key, nothing of case B.
    let batch = server.pull_all(&reader).await;
    assert_eq!(batch.ops.len(), 2);
    assert!(!batch.more);
    let (_, opened) = common::open_batch(&batch, &translator, &coordinator);
    assert_eq!(opened, ops_a);
    // Pulling after the last sequence gives nothing new.
    let rest: PullBatch = server
        .post(
            "/v1/pull",
            Some(&reader),
            &PullRequest {
                after: batch.last,
                limit: 100,
            },
        )
        .await;
    assert!(rest.ops.is_empty() && rest.envelopes.is_empty());
    // The liaison holds no key: she is sent nothing.
    let nothing: PullBatch = server
        .post(
            "/v1/pull",
            Some(&outsider),
            &PullRequest {
                after: Cursor::default(),
                limit: 100,
            },
        )
        .await;
    assert!(nothing.ops.is_empty() && nothing.envelopes.is_empty());

    // Bad requests: each refused by its code, nothing stored.
    let mut forged = seal(&op(&coordinator, case_a, 4, "forged"), &key_a, &coordinator);
    forged.ciphertext[0] ^= 1;
    let (status, why) = server
        .refused(
            "/v1/push",
            Some(&admin),
            &Push {
                ops: vec![
                    seal(&op(&coordinator, case_a, 5, "fine"), &key_a, &coordinator),
                    forged,
                ],
            },
        )
        .await;
    assert_eq!((status, why.as_str()), (403, "bad-signature"));
    let (status, why) = server
        .refused(
            "/v1/push",
            Some(&reader),
            &Push {
                ops: vec![seal(&op(&translator, case_b, 6, "x"), &key_b, &translator)],
            },
        )
        .await;
    assert_eq!((status, why.as_str()), (403, "case-not-held"));
    let (status, why) = server
        .refused(
            "/v1/push",
            Some(&reader),
            &Push {
                ops: vec![seal(
                    &op(&coordinator, case_a, 7, "x"),
                    &key_a,
                    &coordinator,
                )],
            },
        )
        .await;
    assert_eq!((status, why.as_str()), (403, "not-the-author"));
    let (status, why) = server
        .refused(
            "/v1/pull",
            None,
            &PullRequest {
                after: Cursor::default(),
                limit: 1,
            },
        )
        .await;
    assert_eq!((status, why.as_str()), (401, "not-logged-in"));
    let (status, bytes) = server
        .raw("/v1/pull", Some(&reader), b"WF\x00\x07whatever".to_vec())
        .await;
    let refusal: Refusal = wire::decode(&bytes).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        (status, refusal.code.as_str(), refusal.server_version),
        (400, "wire-version", 1)
    );
    for body in [Vec::new(), b"WF".to_vec(), b"garbage".to_vec(), {
        let mut truncated = wire::encode(&push);
        truncated.truncate(truncated.len() / 2);
        truncated
    }] {
        let (status, _) = server.raw("/v1/push", Some(&admin), body).await;
        assert_eq!(status, 400);
    }
    let (status, _) = server
        .raw("/v1/push", Some(&admin), vec![0u8; wire::MAX_MESSAGE + 1])
        .await;
    assert_eq!(status, 413);
    let everything: PullBatch = server
        .post(
            "/v1/pull",
            Some(&admin),
            &PullRequest {
                after: Cursor::default(),
                limit: 100,
            },
        )
        .await;
    assert_eq!(everything.ops.len(), 3, "a refused push stored something");

    // The admin takes the liaison out of the roster: her session ends and she cannot log in.
    let without_liaison = roster
        .successor(
            roster
                .members
                .iter()
                .filter(|m| m.identity.member != liaison.member())
                .cloned()
                .collect(),
            &coordinator,
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let _: Done = server
        .post("/v1/roster", Some(&admin), &without_liaison)
        .await;
    let (status, why) = server
        .refused(
            "/v1/pull",
            Some(&outsider),
            &PullRequest {
                after: Cursor::default(),
                limit: 1,
            },
        )
        .await;
    assert_eq!((status, why.as_str()), (401, "not-logged-in"));
    // She can no longer even ask for a challenge, nor log in with an old one.
    let (status, why) = server
        .refused(
            "/v1/challenge",
            None,
            &ChallengeRequest {
                workspace,
                member: liaison.member(),
            },
        )
        .await;
    assert_eq!((status, why.as_str()), (403, "not-a-member"));
    let stale = Challenge { nonce: [9; 32] };
    let (status, why) = server
        .refused(
            "/v1/login",
            None,
            &LoginRequest::answer(workspace, &liaison, &stale),
        )
        .await;
    assert_eq!((status, why.as_str()), (403, "not-a-member"));
    // A roster a non-admin signed is refused.
    let (status, why) = server
        .refused(
            "/v1/roster",
            Some(&reader),
            &Roster {
                version: without_liaison.version + 1,
                signed_by: translator.member(),
                ..without_liaison.clone()
            },
        )
        .await;
    assert_eq!((status, why.as_str()), (403, "roster-not-signed"));

    // The server's disk holds no canary, in any encoding.
    let utf16: Vec<u8> = CANARY
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    for path in server.stored_files() {
        let bytes = std::fs::read(&path).unwrap_or_default();
        for canary in [CANARY.as_bytes(), CANARY.to_lowercase().as_bytes(), &utf16] {
            assert!(
                !bytes.windows(canary.len()).any(|w| w == canary),
                "{} holds the canary",
                path.display()
            );
        }
    }
}

fn sha256(bytes: &[u8]) -> [u8; 32] {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).into()
}

/// Pulls after `after` in batches of `limit` until the server says there is no more; returns
/// every operation's id in the order received, the envelopes, and where it ended.
async fn pull_everything(
    server: &common::Server,
    token: &[u8; 32],
    mut after: Cursor,
    limit: u32,
) -> (Vec<OpId>, Vec<KeyEnvelope>, Cursor, usize) {
    let (mut ids, mut envelopes, mut batches) = (Vec::new(), Vec::new(), 0);
    loop {
        let batch: PullBatch = server
            .post("/v1/pull", Some(token), &PullRequest { after, limit })
            .await;
        batches += 1;
        assert!(batch.ops.len() <= limit as usize);
        assert!(batch.last >= after, "the cursor went back");
        ids.extend(batch.ops.iter().map(|(_, op)| op.op));
        envelopes.extend(batch.envelopes);
        after = batch.last;
        if !batch.more {
            return (ids, envelopes, after, batches);
        }
    }
}

#[tokio::test]
async fn a_member_given_a_case_late_receives_what_was_written_in_it_before() {
    let (server, workspace, code) = start().await;
    let case_a = [0xA0; 16];
    let case_b = [0xB0; 16];
    let team = common::team(&server, workspace, code, 3, case_a).await;
    let [coordinator, translator, liaison] = &team.members[..] else {
        panic!("three members expected")
    };
    let writer = server.login(workspace, coordinator).await;
    let reader = server.login(workspace, translator).await;
    let other = server.login(workspace, liaison).await;

    // The coordinator writes seven edits in case B, known to her alone so far, and one in A.
    let key_b = CaseKey::generate().unwrap_or_else(|e| panic!("{e}"));
    let own = KeyEnvelope::wrap(
        &key_b,
        CaseRef(case_b),
        1,
        &coordinator.public(),
        coordinator,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let _: Done = server
        .post(
            "/v1/share",
            Some(&writer),
            &Share {
                envelopes: vec![own],
            },
        )
        .await;
    let before: Vec<SealedOp> = (1..=7)
        .map(|n| seal(&op(coordinator, case_b, n, "before"), &key_b, coordinator))
        .chain([seal(
            &op(coordinator, case_a, 8, "in A"),
            &team.key,
            coordinator,
        )])
        .collect();
    let _: PushAck = server
        .post(
            "/v1/push",
            Some(&writer),
            &Push {
                ops: before.clone(),
            },
        )
        .await;

    // The translator pulls past all of it and gets only A's edit.
    let (ids, _, cursor, _) = pull_everything(&server, &reader, Cursor::default(), 100).await;
    assert_eq!(ids, [OpId([8; 16])]);

    // Case B is shared with her now; then one more edit is written in it.
    let envelope = KeyEnvelope::wrap(
        &key_b,
        CaseRef(case_b),
        1,
        &translator.public(),
        coordinator,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let _: Done = server
        .post(
            "/v1/share",
            Some(&writer),
            &Share {
                envelopes: vec![envelope],
            },
        )
        .await;
    // The translator may read case A but not give it to anyone.
    let onward = KeyEnvelope::wrap(&team.key, CaseRef(case_a), 1, &liaison.public(), translator)
        .unwrap_or_else(|e| panic!("{e}"));
    let (status, why) = server
        .refused(
            "/v1/share",
            Some(&reader),
            &Share {
                envelopes: vec![onward],
            },
        )
        .await;
    assert_eq!((status, why.as_str()), (403, "not-allowed-to-share"));
    let after = seal(&op(coordinator, case_b, 9, "after"), &key_b, coordinator);
    let _: PushAck = server
        .post("/v1/push", Some(&writer), &Push { ops: vec![after] })
        .await;

    // Pulling on from where she was, three at a time: her key first, then B's seven earlier
    // edits in their order, then the new one; each once.
    let (ids, envelopes, end, batches) = pull_everything(&server, &reader, cursor, 3).await;
    let expected: Vec<OpId> = (1..=7).chain([9]).map(|n| OpId([n; 16])).collect();
    assert_eq!(ids, expected);
    assert_eq!(batches, 3, "eight operations in batches of three");
    let [envelope] = envelopes.as_slice() else {
        panic!("one envelope expected, got {}", envelopes.len())
    };
    let key = envelope
        .unwrap(translator, &coordinator.public())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(key.expose(), key_b.expose());
    let (ids, envelopes, _, _) = pull_everything(&server, &reader, end, 3).await;
    assert!(
        ids.is_empty() && envelopes.is_empty(),
        "something came twice"
    );

    // The liaison, never given B, still sees A's edit only.
    let (ids, _, _, _) = pull_everything(&server, &other, Cursor::default(), 2).await;
    assert_eq!(ids, [OpId([8; 16])]);
}

#[tokio::test]
async fn a_blob_uploads_in_order_resumes_and_is_served_only_to_members_holding_its_case() {
    use wayfinder_sync::blob;
    use wayfinder_sync::wire::{BlobAsk, BlobChunk, BlobState};
    let (server, workspace, code) = start().await;
    let case = [0xC0; 16];
    let team = common::team(&server, workspace, code, 2, case).await;
    let [coordinator, translator] = &team.members[..] else {
        panic!("two members expected")
    };
    let writer = server.login(workspace, coordinator).await;
    let reader = server.login(workspace, translator).await;
    let file: Vec<u8> = (0..(blob::CHUNK * 2 + 10))
        .map(|i| (i % 253) as u8)
        .collect();
    let upload = common::SignedUpload::new(&team.key, coordinator, CaseRef(case), [7; 32], &file);
    let (name, total) = (upload.name, upload.total);
    let put = |index: u32| upload.put(index);
    let ask = |index: u32| BlobAsk {
        case: CaseRef(case),
        name,
        index,
    };
    // Nothing yet.
    let (status, why) = server
        .refused("/v1/blob/state", Some(&reader), &ask(0))
        .await;
    assert_eq!((status, why.as_str()), (404, "no-such-blob"));
    // The first chunk; then the third, out of order, is refused; the first again is no harm.
    let state: BlobState = server.post("/v1/blob/put", Some(&writer), &put(0)).await;
    assert_eq!((state.have, state.total), (1, total));
    let (status, why) = server.refused("/v1/blob/put", Some(&writer), &put(2)).await;
    assert_eq!((status, why.as_str()), (409, "blob-out-of-order"));
    let again: BlobState = server.post("/v1/blob/put", Some(&writer), &put(0)).await;
    assert_eq!(again.have, 1);
    // The translator holds the case and its keys, but the name is the coordinator's: her
    // chunks are refused, the first as much as the next.
    let (status, why) = server.refused("/v1/blob/put", Some(&reader), &put(0)).await;
    assert_eq!((status, why.as_str()), (409, "blob-taken"));
    let (status, why) = server.refused("/v1/blob/put", Some(&reader), &put(1)).await;
    assert_eq!((status, why.as_str()), (409, "blob-taken"));
    // The upload stops here and resumes from what the server says it has.
    let state: BlobState = server.post("/v1/blob/state", Some(&writer), &ask(0)).await;
    for index in state.have..total {
        let _: BlobState = server
            .post("/v1/blob/put", Some(&writer), &put(index))
            .await;
    }
    let state: BlobState = server.post("/v1/blob/state", Some(&reader), &ask(0)).await;
    assert_eq!((state.have, state.total, state.epoch), (total, total, 1));
    let mut back = Vec::new();
    let mut opener = blob::Opener::new(team.key.clone(), 1, name, total);
    for index in 0..total {
        let chunk: BlobChunk = server
            .post("/v1/blob/get", Some(&reader), &ask(index))
            .await;
        back.extend_from_slice(
            &opener
                .open(index, &chunk.chunk)
                .unwrap_or_else(|e| panic!("{e}")),
        );
    }
    let (_, file_back) = blob::split(&back, &coordinator.public(), CaseRef(case), name)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(file_back, file.as_slice());
    // A chunk past the end, an oversized chunk, and a member without the case: refused.
    let (status, _) = server
        .refused("/v1/blob/get", Some(&reader), &ask(total))
        .await;
    assert_eq!(status, 404);
    let mut big = put(0);
    big.chunk = vec![0; blob::MAX_SEALED_CHUNK + 1];
    let (status, why) = server.refused("/v1/blob/put", Some(&writer), &big).await;
    assert_eq!((status, why.as_str()), (400, "blob-malformed"));
    let other_case = [0xC1; 16];
    let stranger = wayfinder_sync::wire::BlobAsk {
        case: CaseRef(other_case),
        name,
        index: 0,
    };
    let (status, why) = server
        .refused("/v1/blob/state", Some(&reader), &stranger)
        .await;
    assert_eq!((status, why.as_str()), (403, "case-not-held"));
    // The server's folder never holds the file's bytes in clear.
    let needle = &file[1000..1064];
    for path in server.stored_files() {
        let bytes = std::fs::read(&path).unwrap_or_default();
        assert!(
            !bytes.windows(needle.len()).any(|w| w == needle),
            "{}",
            path.display()
        );
    }
}

#[tokio::test]
async fn every_route_but_joining_and_logging_in_wants_a_session() {
    let (server, workspace, code) = start().await;
    let team = common::team(&server, workspace, code, 1, [0xCA; 16]).await;
    let open = ["/v1/workspace", "/v1/join", "/v1/challenge", "/v1/login"];
    let closed = [
        "/v1/invite",
        "/v1/waiting",
        "/v1/turn-away",
        "/v1/rosters",
        "/v1/roster",
        "/v1/share",
        "/v1/holders",
        "/v1/push",
        "/v1/pull",
        "/v1/blob/put",
        "/v1/blob/state",
        "/v1/blob/get",
    ];
    let forged = [0x5E; 32];
    for path in closed {
        // Without a token, with one the server never gave, and with one that is not hex: the
        // session is refused before the body is read (the body is not even a message).
        for token in [None, Some(&forged)] {
            let (status, why) = server.refused_raw(path, token, b"garbage".to_vec()).await;
            assert_eq!((status, why.as_str()), (401, "not-logged-in"), "{path}");
        }
        let (status, _) = server
            .raw_with(path, "Bearer not-hex", b"garbage".to_vec())
            .await;
        assert_eq!(status, 401, "{path}");
        // With her session, the same body is refused for what it is.
        let (status, why) = server
            .refused_raw(path, Some(&team.admin_token), b"garbage".to_vec())
            .await;
        assert_eq!((status, why.as_str()), (400, "wire-not-ours"), "{path}");
    }
    for path in open {
        let (status, why) = server.refused_raw(path, None, b"garbage".to_vec()).await;
        assert_eq!((status, why.as_str()), (400, "wire-not-ours"), "{path}");
    }
}

#[tokio::test]
async fn a_body_over_the_message_limit_is_refused_unread() {
    let (server, workspace, code) = start().await;
    let team = common::team(&server, workspace, code, 1, [0xCA; 16]).await;
    let mut body = wire::encode(&Done);
    body.resize(wire::MAX_MESSAGE + 1, 0);
    let (status, _) = server.raw("/v1/push", Some(&team.admin_token), body).await;
    assert_eq!(status, 413);
}

#[tokio::test]
async fn one_huge_operation_is_refused_and_a_pull_is_cut_by_bytes() {
    let case = [0xB7; 16];
    let (server, workspace, code) = start().await;
    let team = common::team(&server, workspace, code, 1, case).await;
    let admin = &team.members[0];
    // An operation of 200 KiB, which no form can make: refused, and nothing stored.
    let huge = seal(
        &op(admin, case, 1, &"x".repeat(200 * 1024)),
        &team.key,
        admin,
    );
    assert!(huge.ciphertext.len() > wayfinder_sync::seal::MAX_SEALED_OP);
    let (status, refusal) = server
        .refused(
            "/v1/push",
            Some(&team.admin_token),
            &Push { ops: vec![huge] },
        )
        .await;
    assert_eq!((status, refusal.as_str()), (413, "wire-too-large"));
    assert!(server.pull_all(&team.admin_token).await.ops.is_empty());

    // Ninety operations of 100 KiB each, 9 MiB in all: more than one batch holds.
    let ops: Vec<SealedOp> = (1..=90)
        .map(|n| {
            seal(
                &op(admin, case, n, &"y".repeat(100 * 1024)),
                &team.key,
                admin,
            )
        })
        .collect();
    for chunk in ops.chunks(30) {
        let ack: PushAck = server
            .post(
                "/v1/push",
                Some(&team.admin_token),
                &Push {
                    ops: chunk.to_vec(),
                },
            )
            .await;
        assert_eq!(ack.stored.len(), 30);
    }
    let mut after = Cursor::default();
    let mut batches = Vec::new();
    loop {
        let batch: PullBatch = server
            .post(
                "/v1/pull",
                Some(&team.admin_token),
                &PullRequest { after, limit: 500 },
            )
            .await;
        let bytes: usize = batch.ops.iter().map(|(_, op)| op.ciphertext.len()).sum();
        assert!(
            bytes <= wayfinder_sync::client::BATCH_BYTES,
            "a batch of {bytes} bytes"
        );
        batches.push(batch.ops.len());
        after = batch.last;
        if !batch.more {
            break;
        }
    }
    assert!(batches.len() >= 2, "{batches:?}");
    assert_eq!(batches.iter().sum::<usize>(), 90, "{batches:?}");
}

#[tokio::test]
async fn a_stranger_gets_no_challenge_and_no_room_for_a_large_body() {
    let (server, workspace, code) = start().await;
    let team = common::team(&server, workspace, code, 2, [0xC1; 16]).await;
    // A challenge is a row written: none for someone who is not a member.
    let stranger = identity(0xEE);
    let (status, refusal) = server
        .refused(
            "/v1/challenge",
            None,
            &ChallengeRequest {
                workspace,
                member: stranger.member(),
            },
        )
        .await;
    assert_eq!((status, refusal.as_str()), (403, "not-a-member"));
    // A member still gets hers.
    let _: Challenge = server
        .post(
            "/v1/challenge",
            None,
            &ChallengeRequest {
                workspace,
                member: team.members[1].member(),
            },
        )
        .await;
    // Without a session, a body of more than a few kilobytes is refused before it is read.
    let mut body = wire::encode(&ChallengeRequest {
        workspace,
        member: team.members[1].member(),
    });
    body.resize(wayfinder_server::OPEN_MESSAGE + 1, 0);
    for path in ["/v1/challenge", "/v1/login", "/v1/join", "/v1/workspace"] {
        let (status, _) = server.raw(path, None, body.clone()).await;
        assert_eq!(status, 413, "{path}");
    }
    // With one, a push of a megabyte is fine.
    let admin = &team.members[0];
    let ops: Vec<SealedOp> = (1..=10)
        .map(|n| {
            seal(
                &op(admin, [0xC1; 16], n, &"z".repeat(100 * 1024)),
                &team.key,
                admin,
            )
        })
        .collect();
    let ack: PushAck = server
        .post("/v1/push", Some(&team.admin_token), &Push { ops })
        .await;
    assert_eq!(ack.stored.len(), 10);
}

#[tokio::test]
async fn joining_and_creating_again_after_a_lost_answer_is_the_same_and_no_one_else_may() {
    let (server, workspace, code) = start().await;
    let creator = identity(0x01);
    let genesis = Roster::genesis(workspace, &creator, "Amira");
    let create = CreateWorkspace {
        code,
        genesis: genesis.clone(),
    };
    // The answer was lost: her app asks again with the same first roster, and it was done.
    let _: Done = server.post("/v1/workspace", None, &create).await;
    let _: Done = server.post("/v1/workspace", None, &create).await;
    // Anyone else with the code is too late.
    let other = CreateWorkspace {
        code,
        genesis: Roster::genesis(workspace, &identity(0x02), "Mallory"),
    };
    let (status, why) = server.refused("/v1/workspace", None, &other).await;
    assert_eq!((status, why.as_str()), (409, "workspace-exists"));

    let admin = server.login(workspace, &creator).await;
    let secret = [0x5E; 16];
    let _: Done = server
        .post(
            "/v1/invite",
            Some(&admin),
            &Invite {
                secret_hash: common::sha256(&secret),
                role: Role::Liaison,
                expires_millis: u64::MAX / 2,
            },
        )
        .await;
    let nadia = identity(0x03);
    let join = |who: &Identity, name: &str| JoinRequest {
        workspace,
        invitation: secret,
        identity: who.public(),
        name: name.to_owned(),
    };
    let first: Joined = server.post("/v1/join", None, &join(&nadia, "Nadia")).await;
    let again: Joined = server.post("/v1/join", None, &join(&nadia, "Nadia")).await;
    assert_eq!((first.role, again.role), (Role::Liaison, Role::Liaison));
    let (status, why) = server
        .refused("/v1/join", None, &join(&identity(0x04), "Mallory"))
        .await;
    assert_eq!((status, why.as_str()), (403, "code-not-valid"));
    let waiting: Waiting = server.post("/v1/waiting", Some(&admin), &Done).await;
    assert_eq!(waiting.members.len(), 1, "she waits once");
}

/// Sealed at `epoch` as the author's operation number `n`.
fn seal_at(op: &Operation, key: &CaseKey, epoch: u32, author: &Identity) -> SealedOp {
    SealedOp::seal(
        op,
        key,
        epoch,
        author,
        u64::from(op.id.0[0]),
        [op.id.0[0]; 24],
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

#[tokio::test]
async fn a_coordinator_taken_off_a_case_cannot_grant_herself_back_nor_write_to_it() {
    let case = [0x0C; 16];
    let (server, workspace, code) = start().await;
    // The admin and a translator hold the case at epoch 1.
    let team = common::team(&server, workspace, code, 2, case).await;
    let (admin, translator) = (&team.members[0], &team.members[1]);
    // A coordinator joins, is signed into the roster, and is given the case at epoch 1.
    let coordinator = identity(0xC0);
    common::invite_and_join(
        &server,
        &team.admin_token,
        workspace,
        [0xC0; 16],
        Role::Coordinator,
        &coordinator,
        "Carmen",
    )
    .await;
    let waiting: Waiting = server
        .post("/v1/waiting", Some(&team.admin_token), &Done)
        .await;
    let mut members = team.roster.members.clone();
    members.extend(waiting.members);
    let roster = team
        .roster
        .successor(members, admin)
        .unwrap_or_else(|e| panic!("{e}"));
    let _: Done = server
        .post("/v1/roster", Some(&team.admin_token), &roster)
        .await;
    let wrap = |key: &CaseKey, epoch: u32, to: &Identity, by: &Identity| {
        KeyEnvelope::wrap(key, CaseRef(case), epoch, &to.public(), by)
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let _: Done = server
        .post(
            "/v1/share",
            Some(&team.admin_token),
            &Share {
                envelopes: vec![wrap(&team.key, 1, &coordinator, admin)],
            },
        )
        .await;
    let carmen = server.login(workspace, &coordinator).await;

    // The admin takes her off the case: epoch 2, for the admin and the translator only.
    let second = CaseKey::generate().unwrap_or_else(|e| panic!("{e}"));
    let rotation = Share {
        envelopes: vec![
            wrap(&second, 2, admin, admin),
            wrap(&second, 2, translator, admin),
        ],
    };
    let _: Done = server
        .post("/v1/share", Some(&team.admin_token), &rotation)
        .await;

    // She holds epoch 1: she may not give herself epoch 2, nor start an epoch 3 of her own.
    let mine = CaseKey::generate().unwrap_or_else(|e| panic!("{e}"));
    for attempt in [
        vec![wrap(&mine, 2, &coordinator, &coordinator)],
        vec![
            wrap(&mine, 3, &coordinator, &coordinator),
            wrap(&mine, 3, admin, &coordinator),
            wrap(&mine, 3, translator, &coordinator),
        ],
    ] {
        let (status, why) = server
            .refused("/v1/share", Some(&carmen), &Share { envelopes: attempt })
            .await;
        assert_eq!((status, why.as_str()), (403, "case-not-held"));
    }
    // Nor write to the case under the epoch she still has.
    let late = seal_at(
        &op(&coordinator, case, 7, "renamed"),
        &team.key,
        1,
        &coordinator,
    );
    let (status, why) = server
        .refused("/v1/push", Some(&carmen), &Push { ops: vec![late] })
        .await;
    assert_eq!((status, why.as_str()), (403, "case-not-held"));
    // The translator, who holds epoch 2, still sends what she wrote offline under epoch 1.
    let reader = server.login(workspace, translator).await;
    let offline = seal_at(
        &op(translator, case, 8, "offline edit"),
        &team.key,
        1,
        translator,
    );
    let ack: PushAck = server
        .post("/v1/push", Some(&reader), &Push { ops: vec![offline] })
        .await;
    assert_eq!(ack.stored.len(), 1);

    // The same rotation sent again (its answer lost) is fine; another key for the same
    // member and epoch is refused: a key once given is never swapped.
    let _: Done = server
        .post("/v1/share", Some(&team.admin_token), &rotation)
        .await;
    let swapped = Share {
        envelopes: vec![wrap(&mine, 2, translator, admin)],
    };
    let (status, why) = server
        .refused("/v1/share", Some(&team.admin_token), &swapped)
        .await;
    assert_eq!((status, why.as_str()), (403, "forbidden"));

    // Who holds the case now, as a coordinator asks before a new epoch: the envelopes of
    // epoch 2 only, each signed by its granter; someone who never held the case is refused.
    let holders: wire::Holders = server
        .post(
            "/v1/holders",
            Some(&team.admin_token),
            &wire::HoldersRequest {
                case: CaseRef(case),
            },
        )
        .await;
    let mut held: Vec<(u32, MemberId)> = holders
        .envelopes
        .iter()
        .map(|e| {
            e.verify(&admin.public()).unwrap_or_else(|e| panic!("{e}"));
            (e.epoch, e.member)
        })
        .collect();
    held.sort();
    let mut expected = vec![(2, admin.member()), (2, translator.member())];
    expected.sort();
    assert_eq!(held, expected);
    let (status, why) = server
        .refused(
            "/v1/holders",
            Some(&carmen),
            &wire::HoldersRequest {
                case: CaseRef([0x0D; 16]),
            },
        )
        .await;
    assert_eq!((status, why.as_str()), (403, "case-not-held"));
}

#[tokio::test]
async fn a_member_waiting_to_be_admitted_sees_no_one_and_shares_nothing() {
    let case = [0xAB; 16];
    let (server, workspace, code) = start().await;
    let team = common::team(&server, workspace, code, 1, case).await;
    // Invited as a coordinator; she joined, and waits for the admin to compare fingerprints.
    let waiting = identity(0xAB);
    common::invite_and_join(
        &server,
        &team.admin_token,
        workspace,
        [0xAB; 16],
        Role::Coordinator,
        &waiting,
        "Someone with the code",
    )
    .await;
    let token = server.login(workspace, &waiting).await;
    // No names, no keys of the team until she is signed in.
    let rosters: wire::Rosters = server
        .post(
            "/v1/rosters",
            Some(&token),
            &wire::RostersRequest { after: 0 },
        )
        .await;
    assert!(rosters.chain.is_empty(), "{} versions", rosters.chain.len());
    // Nor may she open cases on the server for anyone, her invitation's role notwithstanding.
    let key = CaseKey::generate().unwrap_or_else(|e| panic!("{e}"));
    let own = KeyEnvelope::wrap(&key, CaseRef([0x77; 16]), 1, &waiting.public(), &waiting)
        .unwrap_or_else(|e| panic!("{e}"));
    let (status, why) = server
        .refused(
            "/v1/share",
            Some(&token),
            &Share {
                envelopes: vec![own],
            },
        )
        .await;
    assert_eq!((status, why.as_str()), (403, "not-a-member"));

    // Once admitted she sees the whole chain.
    let waiting_list: Waiting = server
        .post("/v1/waiting", Some(&team.admin_token), &Done)
        .await;
    let mut members = team.roster.members.clone();
    members.extend(waiting_list.members);
    let admitted = team
        .roster
        .successor(members, &team.members[0])
        .unwrap_or_else(|e| panic!("{e}"));
    let _: Done = server
        .post("/v1/roster", Some(&team.admin_token), &admitted)
        .await;
    let rosters: wire::Rosters = server
        .post(
            "/v1/rosters",
            Some(&token),
            &wire::RostersRequest { after: 0 },
        )
        .await;
    assert_eq!(rosters.chain.len(), admitted.version as usize);
}

#[tokio::test]
async fn an_admin_turns_away_someone_waiting_and_her_code_stays_spent() {
    let (server, workspace, code) = start().await;
    let team = common::team(&server, workspace, code, 2, [0x7A; 16]).await;
    let stranger = identity(0x7A);
    let secret = [0x7A; 16];
    common::invite_and_join(
        &server,
        &team.admin_token,
        workspace,
        secret,
        Role::Coordinator,
        &stranger,
        "Not who was invited",
    )
    .await;
    let token = server.login(workspace, &stranger).await;
    let turn_away = |members: Vec<MemberId>| wire::TurnAway { members };
    // Only an admin turns anyone away.
    let translator = server.login(workspace, &team.members[1]).await;
    let (status, why) = server
        .refused(
            "/v1/turn-away",
            Some(&translator),
            &turn_away(vec![stranger.member()]),
        )
        .await;
    assert_eq!((status, why.as_str()), (403, "not-an-admin"));
    // The admin does: she is no longer waiting, her session is over, she cannot log in again,
    // and her invitation code does not let her join again.
    let _: Done = server
        .post(
            "/v1/turn-away",
            Some(&team.admin_token),
            &turn_away(vec![stranger.member(), team.members[1].member()]),
        )
        .await;
    let waiting: Waiting = server
        .post("/v1/waiting", Some(&team.admin_token), &Done)
        .await;
    assert!(waiting.members.is_empty());
    let (status, _) = server
        .refused(
            "/v1/rosters",
            Some(&token),
            &wire::RostersRequest { after: 0 },
        )
        .await;
    assert_eq!(status, 401);
    let (status, why) = server
        .refused(
            "/v1/challenge",
            None,
            &wire::ChallengeRequest {
                workspace,
                member: stranger.member(),
            },
        )
        .await;
    assert_eq!(status, 403, "{why}");
    let (status, why) = server
        .refused(
            "/v1/join",
            None,
            &wire::JoinRequest {
                workspace,
                invitation: secret,
                identity: stranger.public(),
                name: "Not who was invited".into(),
            },
        )
        .await;
    assert_eq!((status, why.as_str()), (403, "code-not-valid"));
    // A member of the roster is not turned away: the translator still logs in.
    let again = server.login(workspace, &team.members[1]).await;
    let _: wire::Rosters = server
        .post(
            "/v1/rosters",
            Some(&again),
            &wire::RostersRequest { after: 0 },
        )
        .await;
}

#[tokio::test]
async fn wrong_codes_for_a_workspace_are_answered_only_so_many_times() {
    let (server, workspace, code) = start().await;
    let team = common::team(&server, workspace, code, 1, [0x7B; 16]).await;
    // A real invitation, then someone trying codes for the same workspace.
    let secret = [0x7B; 16];
    let _: Done = server
        .post(
            "/v1/invite",
            Some(&team.admin_token),
            &wire::Invite {
                secret_hash: common::sha256(&secret),
                role: Role::Translator,
                expires_millis: u64::MAX / 2,
            },
        )
        .await;
    let guesser = identity(0x7B);
    let join = |invitation: [u8; 16]| wire::JoinRequest {
        workspace,
        invitation,
        identity: guesser.public(),
        name: "Guesser".into(),
    };
    let mut refusals = Vec::new();
    for n in 0..25u8 {
        let (status, why) = server.refused("/v1/join", None, &join([n; 16])).await;
        refusals.push((status, why));
    }
    assert!(
        refusals[..20]
            .iter()
            .all(|(s, w)| (*s, w.as_str()) == (403, "code-not-valid")),
        "{refusals:?}"
    );
    assert!(
        refusals[20..]
            .iter()
            .all(|(s, w)| (*s, w.as_str()) == (429, "too-many-attempts")),
        "{refusals:?}"
    );
    // For a while even the right code is not checked; another workspace is not held up.
    let (status, why) = server.refused("/v1/join", None, &join(secret)).await;
    assert_eq!((status, why.as_str()), (429, "too-many-attempts"));
    let elsewhere = wire::JoinRequest {
        workspace: wayfinder_sync::WorkspaceId([0x01; 16]),
        ..join([0; 16])
    };
    let (status, why) = server.refused("/v1/join", None, &elsewhere).await;
    assert_eq!((status, why.as_str()), (403, "code-not-valid"));
}

#[tokio::test]
async fn a_member_s_blob_chunks_count_against_her_share() {
    use wayfinder_sync::blob;
    use wayfinder_sync::wire::BlobState;
    // Room for two chunks of an original, and not three.
    let limits = wayfinder_server::Limits {
        member_bytes: 2 * blob::MAX_SEALED_CHUNK as u64 + 1024,
    };
    let (server, workspace, code) = common::start_within(limits).await;
    let case = [0xC2; 16];
    let team = common::team(&server, workspace, code, 2, case).await;
    let coordinator = &team.members[0];
    let writer = server.login(workspace, coordinator).await;
    let file: Vec<u8> = (0..(blob::CHUNK * 3)).map(|i| (i % 251) as u8).collect();
    let upload = common::SignedUpload::new(&team.key, coordinator, CaseRef(case), [8; 32], &file);
    let put = |index: u32| upload.put(index);
    for index in 0..2 {
        let state: BlobState = server
            .post("/v1/blob/put", Some(&writer), &put(index))
            .await;
        assert_eq!(state.have, index + 1);
    }
    let (status, why) = server.refused("/v1/blob/put", Some(&writer), &put(2)).await;
    assert_eq!((status, why.as_str()), (507, "quota-exceeded"));
    // A chunk already stored is still acknowledged: a retry costs nothing.
    let again: BlobState = server.post("/v1/blob/put", Some(&writer), &put(1)).await;
    assert_eq!(again.have, 2);
}

#[tokio::test]
async fn the_admins_metrics_count_requests_and_refusals_and_name_no_one() {
    let (server, workspace, code) = start().await;
    let coordinator = identity(1);
    let (status, health) = server.get("/health").await;
    assert_eq!((status, health.as_str()), (200, "ok\n"));
    let genesis = Roster::genesis(workspace, &coordinator, "Quillory Canarywren");
    let _: Done = server
        .post(
            "/v1/workspace",
            None,
            &CreateWorkspace {
                code,
                genesis: genesis.clone(),
            },
        )
        .await;
    let (status, why) = server
        .refused(
            "/v1/workspace",
            None,
            &CreateWorkspace {
                code,
                genesis: Roster::genesis(workspace, &identity(0x6E), "Someone"),
            },
        )
        .await;
    assert_eq!((status, why.as_str()), (409, "workspace-exists"));
    let token = server.login(workspace, &coordinator).await;
    let key = CaseKey::generate().unwrap_or_else(|e| panic!("{e}"));
    let case = [0xC5; 16];
    common::keep_case(&server, &token, case, &key, &coordinator).await;
    let sealed = seal(
        &op(&coordinator, case, 1, "Quillory Canarywren"),
        &key,
        &coordinator,
    );
    let acked: PushAck = server
        .post("/v1/push", Some(&token), &Push { ops: vec![sealed] })
        .await;
    assert_eq!(acked.stored.len(), 1);

    let (status, text) = server.get("/metrics").await;
    assert_eq!(status, 200);
    for line in [
        "wayfinder_requests_total{route=\"/v1/workspace\",status=\"200\"} 1",
        "wayfinder_requests_total{route=\"/v1/workspace\",status=\"409\"} 1",
        "wayfinder_refusals_total{code=\"workspace-exists\"} 1",
        "wayfinder_requests_total{route=\"/v1/push\",status=\"200\"} 1",
        "wayfinder_operations_stored 1",
    ] {
        assert!(text.contains(line), "no {line} in:\n{text}");
    }
    assert!(text.contains("wayfinder_request_seconds_bucket{"));
    // Counts only: no name, no workspace, no case, nothing sealed.
    for secret in [
        "Canarywren".to_owned(),
        hex::encode(workspace.0),
        hex::encode(case),
        hex::encode(token),
    ] {
        assert!(!text.contains(&secret), "the metrics hold {secret}");
    }
}

#[tokio::test]
async fn a_backup_made_while_serving_restores_every_operation() {
    let (server, workspace, code) = start().await;
    let coordinator = identity(1);
    let token = common::create_and_log_in(&server, workspace, code, &coordinator, "Amira").await;
    let key = CaseKey::generate().unwrap_or_else(|e| panic!("{e}"));
    let case = [0xD1; 16];
    common::keep_case(&server, &token, case, &key, &coordinator).await;
    let push = Push {
        ops: (1..=20)
            .map(|n| {
                seal(
                    &op(&coordinator, case, n, &format!("edit {n}")),
                    &key,
                    &coordinator,
                )
            })
            .collect(),
    };
    let acked: PushAck = server.post("/v1/push", Some(&token), &push).await;
    assert_eq!(acked.stored.len(), 20);

    // Backed up while the server serves: the data folder by `backup` (a folder that exists
    // is refused), or PostgreSQL by `pg_dump`, the README's route (the bucket keeps the blobs).
    let restored = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dump = restored.path().join("wayfinder.dump");
    match &server.backend {
        Backend::Embedded => {
            assert!(matches!(
                wayfinder_server::backup(server.dir.path(), restored.path()),
                Err(wayfinder_server::BackupError::Exists(_))
            ));
            std::fs::remove_dir(restored.path()).unwrap_or_else(|e| panic!("{e}"));
            wayfinder_server::backup(server.dir.path(), restored.path())
                .unwrap_or_else(|e| panic!("{e}"));
        }
        Backend::Scaled { database, .. } => {
            common::postgres_tool(
                "pg_dump",
                &["--format=custom", "--file"],
                &dump,
                &database.url,
            );
        }
    }
    // An edit after the backup is not in it.
    let later = Push {
        ops: vec![seal(
            &op(&coordinator, case, 21, "after the backup"),
            &key,
            &coordinator,
        )],
    };
    let _: PushAck = server.post("/v1/push", Some(&token), &later).await;

    // Restored: a server on the copy gives her every operation acknowledged before it.
    let copy = match &server.backend {
        Backend::Embedded => common::serve(restored).await.0,
        Backend::Scaled { bucket, .. } => {
            let database = wayfinder_testkit::server::fresh_database();
            common::postgres_tool(
                "pg_restore",
                &["--no-owner", "--dbname"],
                &dump,
                &database.url,
            );
            let backend = Backend::Scaled {
                database,
                bucket: bucket.clone(),
            };
            common::serve_on(backend, restored).await
        }
    };
    let token = copy.login(workspace, &coordinator).await;
    let batch = copy.pull_all(&token).await;
    assert_eq!(batch.ops.len(), 20);
    let (_, opened) = common::open_batch(&batch, &coordinator, &coordinator);
    assert_eq!(opened.len(), 20);
}

#[tokio::test]
async fn the_admin_lists_members_as_last_seen_and_ends_a_lost_laptops_sessions() {
    let (server, workspace, code) = start().await;
    let coordinator = identity(1);
    let admin = common::create_and_log_in(&server, workspace, code, &coordinator, "Amira").await;
    let _: Done = server
        .post(
            "/v1/invite",
            Some(&admin),
            &Invite {
                secret_hash: sha256(&[21u8; 16]),
                role: Role::Translator,
                expires_millis: u64::MAX / 2,
            },
        )
        .await;
    let translator = identity(2);
    let _: Joined = server
        .post(
            "/v1/join",
            None,
            &JoinRequest {
                workspace,
                invitation: [21; 16],
                identity: translator.public(),
                name: "Lucía".to_owned(),
            },
        )
        .await;
    // A request with her session: she is seen.
    let _: Waiting = server.post("/v1/waiting", Some(&admin), &Done).await;
    let store = server.store.clone();
    let now = u64::try_from(chrono::Utc::now().timestamp_millis()).unwrap_or(0);
    let members = store.members(now).unwrap_or_else(|e| panic!("{e}"));
    let listed: Vec<(&str, bool, bool, u32)> = members
        .iter()
        .map(|m| {
            (
                m.name.as_str(),
                m.admitted,
                m.last_seen_millis.is_some(),
                m.sessions,
            )
        })
        .collect();
    assert_eq!(
        listed,
        [("Amira", true, true, 1), ("Lucía", false, false, 0)]
    );
    // Her laptop is lost: its session ends, and the next request with it is refused.
    let ended = store
        .end_sessions(workspace, coordinator.member())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(ended, 1);
    let (status, why) = server.refused("/v1/waiting", Some(&admin), &Done).await;
    assert_eq!((status, why.as_str()), (401, "not-logged-in"));
}
