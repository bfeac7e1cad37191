//! Team sync as the vault keeps it, two real vaults passing what a server would carry: joining
//! with the creator's pinned key, the roster chain, sharing a case (its key, the envelopes,
//! her earlier edits queued), sealing the outbox, receiving a batch and its cursor in one
//! transaction, conflicts from two members, and everything a server could forge held aside
//! and never applied. A new epoch shuts out whoever was left out of it.

mod common;

use common::*;
use wayfinder_core::CaseId;
use wayfinder_merge::OpId;
use wayfinder_sync::wire::Cursor;
use wayfinder_sync::{Identity, MemberId, Pin, Role, Roster, RosterMember, SealedOp, WorkspaceId};
use wayfinder_vault::{OpenVault, VaultError};

const WORKSPACE: WorkspaceId = WorkspaceId([0x77; 16]);

fn code<T>(result: Result<T, VaultError>) -> &'static str {
    match result {
        Ok(_) => "ok",
        Err(e) => e.code(),
    }
}

fn at(n: u64) -> Cursor {
    Cursor { visible: n, seq: n }
}

struct Team {
    coordinator: (tempfile::TempDir, OpenVault, Identity),
    /// The second member, in the role the test gives her.
    member: (tempfile::TempDir, OpenVault, Identity),
    chain: Vec<Roster>,
}

/// The coordinator makes the workspace; a translator joins with the pin from her invitation
/// and is signed into the roster; both take the chain.
fn team() -> Team {
    team_with(Role::Translator)
}

/// As `team`, the second member in `role`.
fn team_with(role: Role) -> Team {
    let (tmp_a, _, _, mut a, _) = new_vault();
    let (tmp_b, _, _, mut b, _) = new_vault();
    let me = a.team_identity().unwrap_or_else(|e| panic!("{e}"));
    let pin = Pin::of(&me.public());
    let genesis = Roster::genesis(WORKSPACE, &me, "Amira");
    a.join_team("https://sync.example.org", WORKSPACE, pin)
        .unwrap_or_else(|e| panic!("{e}"));
    let her = b
        .join_team("https://sync.example.org", WORKSPACE, pin)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        her.member().0,
        b.author().unwrap_or_else(|e| panic!("{e}")).0
    );
    let mut members = genesis.members.clone();
    members.push(RosterMember {
        identity: her.public(),
        role,
        name: "Lucía".into(),
    });
    let second = genesis
        .successor(members, &me)
        .unwrap_or_else(|e| panic!("{e}"));
    let chain = vec![genesis, second];
    for vault in [&mut a, &mut b] {
        let latest = vault
            .add_rosters(&chain)
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|| panic!("no roster"));
        assert_eq!(latest.version, 2);
    }
    Team {
        coordinator: (tmp_a, a, me),
        member: (tmp_b, b, her),
        chain,
    }
}

fn new_case(vault: &mut OpenVault, name: &str) -> CaseId {
    let id = CaseId::new(now(), random_tail());
    vault
        .create_case(id, &child(name), now())
        .unwrap_or_else(|e| panic!("{e}"));
    id
}

/// What the server would hand out: the outbox, numbered from `first`.
fn carried(vault: &OpenVault, first: u64) -> Vec<(u64, SealedOp)> {
    vault
        .sealed_outbox(0, 1000)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .zip(first..)
        .map(|((_, op), seq)| (seq, op))
        .collect()
}

fn name_of(vault: &OpenVault, case: CaseId) -> Vec<String> {
    let file = vault.case_file(case).unwrap_or_else(|e| panic!("{e}"));
    let heads = vault
        .field_heads(*case.as_bytes())
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(!file.is_empty());
    heads
        .into_iter()
        .filter(|(field, _)| field == "child.name")
        .filter_map(|(_, head)| head.value)
        .collect()
}

#[test]
fn a_shared_case_reaches_the_member_it_is_shared_with_and_conflicts_show() {
    let Team {
        coordinator: (_ta, mut a, _),
        member: (_tb, mut b, her),
        ..
    } = team_with(Role::Liaison);
    let case = new_case(&mut a, "Layla Haddad");
    let private = new_case(&mut a, "Omar Haddad");
    // Nothing is queued before the case is shared.
    assert!(a.sealed_outbox(0, 100).unwrap_or_default().is_empty());

    let envelopes = a
        .share_case(case, &[her.member()], false)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(envelopes.len(), 2, "one for her, one for the coordinator");
    assert_eq!(
        a.shared_with(case).unwrap_or_default().len(),
        2,
        "shared with both"
    );
    assert_eq!(a.pending_shares().unwrap_or_default().len(), 2);
    let ops = carried(&a, 1);
    let pending = a.sync_pending().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(pending.unsent, [(case, ops.len() as u32)]);
    assert!(ops.iter().all(|(_, op)| op.case.0 == *case.as_bytes()));

    // The translator receives the key and the case, whole.
    let received = b
        .receive_batch(&ops, &envelopes, at(ops.len() as u64 + 2), now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        (received.applied, received.keys, received.held),
        (ops.len(), 1, 0)
    );
    assert_eq!(name_of(&b, case), ["Layla Haddad"]);
    assert_eq!(
        code(b.case_file(private)),
        "case-not-found",
        "a case not shared with her is not in her vault"
    );
    let account = b
        .team_account()
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("no account"));
    assert_eq!(account.cursor, at(ops.len() as u64 + 2));

    // Receiving the same batch again changes nothing.
    let again = b
        .receive_batch(&ops, &envelopes, at(ops.len() as u64 + 2), now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((again.applied, again.keys), (0, 0));

    // Acknowledged edits leave the outbox; the shares leave theirs.
    let stored: Vec<(OpId, u64)> = ops.iter().map(|(seq, op)| (op.op, *seq)).collect();
    a.acknowledge(&stored).unwrap_or_else(|e| panic!("{e}"));
    let sent: Vec<i64> = a
        .pending_shares()
        .unwrap_or_default()
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    a.shares_sent(&sent).unwrap_or_else(|e| panic!("{e}"));
    assert!(a.sync_pending().unwrap_or_default().unsent.is_empty());
    assert!(a.pending_shares().unwrap_or_default().is_empty());

    // Both rename the child while apart: each sees both names once the other's edit arrives.
    let entity = *case.as_bytes();
    a.edit_field(
        entity,
        "child.name",
        Some("Layla M. Haddad"),
        now(),
        today(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    b.edit_field(entity, "child.name", Some("Leila Haddad"), now(), today())
        .unwrap_or_else(|e| panic!("{e}"));
    let from_a = carried(&a, 100);
    let from_b = carried(&b, 101);
    assert_eq!(
        (from_a.len(), from_b.len()),
        (1, 1),
        "each edit queued once"
    );
    b.receive_batch(&from_a, &[], at(101), now())
        .unwrap_or_else(|e| panic!("{e}"));
    a.receive_batch(&from_b, &[], at(101), now())
        .unwrap_or_else(|e| panic!("{e}"));
    for vault in [&a, &b] {
        let mut names = name_of(vault, case);
        names.sort();
        assert_eq!(names, ["Layla M. Haddad", "Leila Haddad"]);
    }
}

#[test]
fn what_a_server_could_forge_is_held_aside_and_the_batch_still_moves_on() {
    let Team {
        coordinator: (_ta, mut a, me),
        member: (_tb, mut b, her),
        ..
    } = team_with(Role::Liaison);
    let case = new_case(&mut a, "Layla Haddad");
    let envelopes = a
        .share_case(case, &[her.member()], false)
        .unwrap_or_else(|e| panic!("{e}"));
    let mut ops = carried(&a, 1);
    let n = ops.len();
    // A flipped byte in one operation's ciphertext, and an operation "by" someone outside the
    // roster, signed with a key the roster does not hold.
    ops[1].1.ciphertext[0] ^= 1;
    let stranger = Identity::generate(MemberId([0x55; 16])).unwrap_or_else(|e| panic!("{e}"));
    let mut forged = ops[2].1.clone();
    forged.author = stranger.member();
    ops.push((99, forged));
    // An envelope for a case key made by the stranger.
    let mut bad_envelope = envelopes
        .iter()
        .find(|e| e.member == her.member())
        .unwrap_or_else(|| panic!("no envelope for her"))
        .clone();
    bad_envelope.granter = stranger.member();
    let received = b
        .receive_batch(
            &ops,
            &[envelopes[0].clone(), envelopes[1].clone(), bad_envelope],
            at(99),
            now(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        received.held, 3,
        "the bad operation, the stranger's and the envelope"
    );
    assert_eq!(received.applied, n - 1);
    assert_eq!(b.sync_pending().unwrap_or_default().held, 3);
    assert_eq!(
        b.team_account().unwrap_or_default().map(|a| a.cursor),
        Some(at(99)),
        "the cursor moves on; what was refused is kept, not lost"
    );
    assert_eq!(
        b.sync_missing().unwrap_or(9),
        1,
        "the operation that did not open is one of hers this vault lacks"
    );

    // A server that withholds an edit: the coordinator renames the child twice, the server
    // passes on only the second; the translator's vault sees the first is missing.
    for name in ["Layla M. Haddad", "Layla Haddad-Mansour"] {
        a.edit_field(*case.as_bytes(), "child.name", Some(name), now(), today())
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let two = carried(&a, 200);
    let newer = two
        .iter()
        .rfind(|(_, op)| op.case.0 == *case.as_bytes())
        .cloned()
        .unwrap_or_else(|| panic!("no edit"));
    b.receive_batch(&[newer], &[], at(201), now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        b.sync_missing().unwrap_or_default(),
        2,
        "the dropped rename shows"
    );
    // It withholds an edit no one builds on: she moves the case on, then renames the child
    // once more, and only the rename comes through. Her numbers show the gap.
    a.edit_field(*case.as_bytes(), "stage", Some("intake"), now(), today())
        .unwrap_or_else(|e| panic!("{e}"));
    a.edit_field(
        *case.as_bytes(),
        "child.name",
        Some("Layla Haddad"),
        now(),
        today(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let rename = carried(&a, 300)
        .into_iter()
        .rfind(|(_, op)| op.case.0 == *case.as_bytes())
        .unwrap_or_else(|| panic!("no edit"));
    b.receive_batch(std::slice::from_ref(&rename), &[], at(301), now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        b.sync_missing().unwrap_or_default(),
        3,
        "the withheld stage shows though nothing names it"
    );
    // Replayed, the same operation counts once.
    b.receive_batch(&[rename], &[], at(302), now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(b.sync_missing().unwrap_or_default(), 3);
    // Once the server hands over what it held back, nothing shows missing.
    let everything = carried(&a, 400);
    b.receive_batch(&everything, &[], at(500), now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(b.sync_missing().unwrap_or_default(), 0);
    let _ = me;

    // A roster chain that does not start at the pinned creator is refused whole.
    let (_tc, _, _, mut c, _) = new_vault();
    let pin = Pin::of(&me.public());
    c.join_team("https://sync.example.org", WORKSPACE, pin)
        .unwrap_or_else(|e| panic!("{e}"));
    let impostor = Roster::genesis(WORKSPACE, &stranger, "Amira");
    assert_eq!(code(c.add_rosters(&[impostor])), "sync-roster-broken");
    assert_eq!(code(c.roster().map(|r| r.is_some())), "ok");
    assert!(c.roster().unwrap_or_default().is_none());
    // Joining twice is refused; sharing before any roster is too.
    assert_eq!(
        code(c.join_team("https://other.example.org", WORKSPACE, pin)),
        "team-already-joined"
    );
    let lone = new_case(&mut c, "Nadia");
    assert_eq!(code(c.share_case(lone, &[], false)), "team-not-joined");
    // A translator may read what she is given, not share it onward.
    let given = new_case(&mut b, "Sami");
    assert_eq!(
        code(b.share_case(given, &[me.member()], false)),
        "team-not-allowed-to-share"
    );
}

#[test]
fn a_new_epoch_shuts_out_whoever_was_left_out_of_it() {
    let Team {
        coordinator: (_ta, mut a, _),
        member: (_tb, mut b, her),
        chain,
    } = team();
    assert_eq!(chain.len(), 2);
    let case = new_case(&mut a, "Layla Haddad");
    let first = a
        .share_case(case, &[her.member()], false)
        .unwrap_or_else(|e| panic!("{e}"));
    let ops = carried(&a, 1);
    b.receive_batch(&ops, &first, at(50), now())
        .unwrap_or_else(|e| panic!("{e}"));
    let stored: Vec<(OpId, u64)> = ops.iter().map(|(seq, op)| (op.op, *seq)).collect();
    a.acknowledge(&stored).unwrap_or_else(|e| panic!("{e}"));

    // The translator is taken off the case: epoch 2, for the coordinator alone.
    let second = a
        .share_case(case, &[], true)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(second.len(), 1);
    assert!(
        second
            .iter()
            .all(|e| e.epoch == 2 && e.member != her.member())
    );
    assert_eq!(a.shared_with(case).unwrap_or_default().len(), 1);
    a.edit_field(
        *case.as_bytes(),
        "child.name",
        Some("Layla Secret"),
        now(),
        today(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let after = carried(&a, 51);
    assert_eq!(after.len(), 1);
    assert_eq!(after[0].1.epoch, 2, "sealed under the new key");
    // Even if a server sent it to her, with every envelope there is: she cannot open it.
    let mut all = first.clone();
    all.extend(second);
    let received = b
        .receive_batch(&after, &all, at(60), now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(received.applied, 0);
    assert_eq!(
        received.held, 1,
        "the operation she cannot open is kept aside"
    );
    assert_eq!(name_of(&b, case), ["Layla Haddad"]);

    // Given the case again, she receives every epoch's key, and reads what came in between.
    let again = a
        .share_case(case, &[her.member()], false)
        .unwrap_or_else(|e| panic!("{e}"));
    let epochs: Vec<u32> = again
        .iter()
        .filter(|e| e.member == her.member())
        .map(|e| e.epoch)
        .collect();
    assert_eq!(epochs, [1, 2]);
    let received = b
        .receive_batch(&after, &again, at(70), now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((received.applied, received.keys), (1, 1));
    assert_eq!(name_of(&b, case), ["Layla Secret"]);
}

#[test]
fn an_original_travels_a_chunk_at_a_time_and_one_of_the_wrong_size_is_refused() {
    let Team {
        coordinator: (_ta, mut a, me),
        member: (_tb, mut b, her),
        ..
    } = team();
    let case = new_case(&mut a, "Layla Haddad");
    a.share_case(case, &[her.member()], false)
        .unwrap_or_else(|e| panic!("{e}"));
    // Two chunks and a bit, with a password and the text of three pages.
    let original: Vec<u8> = (0..(2 * wayfinder_sync::blob::CHUNK + 300))
        .map(|i| (i % 241) as u8)
        .collect();
    let hash = *a.content_hasher().update(&original).finalize().as_bytes();
    let file = a
        .seal_original(&mut std::io::Cursor::new(&original))
        .unwrap_or_else(|e| panic!("{e}"));
    let pages = vec!["one".to_owned(), "two".to_owned(), "three".to_owned()];
    let content = wayfinder_core::Content {
        media: wayfinder_core::Media::Pdf,
        size: original.len() as u64,
        pages: 3,
        hash,
    };
    a.add_record(
        case,
        file,
        &wayfinder_vault::NewRecord {
            title: "Scan",
            category: "imaging",
            date: None,
            institution: None,
            language: None,
            content,
            secret: Some("pdf-password"),
            pages: &pages,
        },
        now(),
        today(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    // The coordinator wrote the record: she sends its original, and she is the one the
    // translator's vault expects to have signed it.
    assert_eq!(
        a.blobs_to_upload().unwrap_or_else(|e| panic!("{e}")),
        [(case, hash)]
    );
    let case_ref = wayfinder_sync::CaseRef(*case.as_bytes());
    let name = wayfinder_sync::blob::BlobName([4; 32]);
    let unpacker = || wayfinder_sync::blob::Unpacker::new(me.public(), case_ref, name);
    let outgoing = a
        .blob_outgoing(case_ref, name, &hash)
        .unwrap_or_else(|e| panic!("{e}"));
    let total = wayfinder_sync::blob::chunks(outgoing.len());
    assert_eq!(total, 3);
    let parts: Vec<Vec<u8>> = (0..total)
        .map(|i| {
            a.blob_part(&outgoing, i)
                .unwrap_or_else(|e| panic!("{e}"))
                .to_vec()
        })
        .collect();
    assert!(a.blob_part(&outgoing, total).is_err());
    let joined = parts.concat();
    let (extras, back) = wayfinder_sync::blob::split(&joined, &me.public(), case_ref, name)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, original.as_slice());
    assert_eq!(extras.secret.as_deref(), Some("pdf-password"));
    assert_eq!(extras.pages, pages);

    // Received part by part into the translator's vault: the same bytes, its password, its
    // text found by search.
    let mut incoming = b
        .receive_blob(&content, unpacker())
        .unwrap_or_else(|e| panic!("{e}"));
    for part in &parts {
        incoming.push(part).unwrap_or_else(|e| panic!("{e}"));
    }
    b.finish_received_blob(case, &content, incoming)
        .unwrap_or_else(|e| panic!("{e}"));
    let blob = b
        .blob(&hash)
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("not kept"));
    assert_eq!(blob.secret.as_deref(), Some("pdf-password"));
    assert_eq!(
        b.files()
            .read_all(blob.file)
            .unwrap_or_else(|e| panic!("{e}")),
        original
    );

    // Cut short, or longer than its record says: refused, and nothing is kept.
    let mut other = content;
    other.hash = [9; 32];
    let mut short = b
        .receive_blob(&other, unpacker())
        .unwrap_or_else(|e| panic!("{e}"));
    short.push(&parts[0]).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        code(b.finish_received_blob(case, &other, short)),
        "sync-mismatch"
    );
    other.size -= 1;
    let mut long = b
        .receive_blob(&other, unpacker())
        .unwrap_or_else(|e| panic!("{e}"));
    let pushed: Result<(), VaultError> = parts.iter().try_for_each(|p| long.push(p));
    assert_eq!(code(pushed), "sync-mismatch");
    drop(long);
    assert!(b.blob(&[9; 32]).unwrap_or_else(|e| panic!("{e}")).is_none());
}

/// The translator's client, hacked: it seals whatever she likes with her real keys and her
/// case key, numbered as she likes.
struct Hacked<'a> {
    identity: &'a Identity,
    key: wayfinder_sync::CaseKey,
    epoch: u32,
    next: u64,
}

impl Hacked<'_> {
    fn seal(
        &mut self,
        case: CaseId,
        entity: [u8; 16],
        field: &str,
        change: wayfinder_merge::Change,
        parents: Vec<OpId>,
        millis: u64,
    ) -> SealedOp {
        self.next += 1;
        let op = wayfinder_merge::Operation {
            id: OpId(
                random_tail()
                    .iter()
                    .chain(&[0u8; 6])
                    .copied()
                    .collect::<Vec<_>>()
                    .try_into()
                    .unwrap_or_else(|_| panic!("id")),
            ),
            author: wayfinder_merge::AuthorId(self.identity.member().0),
            time: wayfinder_merge::Hlc { millis, counter: 0 },
            target: wayfinder_merge::FieldRef {
                scope: *case.as_bytes(),
                entity,
                field: field.to_owned(),
            },
            parents,
            change,
        };
        SealedOp::seal(
            &op,
            &self.key,
            self.epoch,
            self.identity,
            self.next,
            [self.next as u8; 24],
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }
}

fn set(text: &str) -> wayfinder_merge::Change {
    wayfinder_merge::Change::Set(text.as_bytes().to_vec())
}

/// The head of one field of an entity, in `vault`.
fn head(vault: &OpenVault, entity: [u8; 16], field: &str) -> wayfinder_vault::Head {
    vault
        .field_heads(entity)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .find(|(f, _)| f == field)
        .map(|(_, h)| h)
        .unwrap_or_else(|| panic!("no {field}"))
}

#[test]
fn an_insiders_forged_edits_are_held_aside_and_her_honest_one_applied() {
    let Team {
        coordinator: (_ta, mut a, _),
        member: (_tb, mut b, her),
        ..
    } = team_with(Role::Liaison);
    let case = new_case(&mut a, "Layla Haddad");
    let other = new_case(&mut a, "Omar Haddad");
    let contact = a
        .add_entity(
            case,
            wayfinder_core::EntityKind::Contact,
            &[("name", "Samira Haddad")],
            now(),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let export = a
        .record_export(
            case,
            &[
                ("report", "packet"),
                ("recipient", "Tumour board, Lyon"),
                ("language", "fr"),
            ],
            now(),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let mut envelopes = a
        .share_case(case, &[her.member()], false)
        .unwrap_or_else(|e| panic!("{e}"));
    envelopes.extend(
        a.share_case(other, &[her.member()], false)
            .unwrap_or_else(|e| panic!("{e}")),
    );
    let ops = carried(&a, 1);
    let first = b
        .receive_batch(&ops, &envelopes, at(ops.len() as u64), now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(first.held, 0);

    let (epoch, key) = b
        .current_case_key(case)
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("no key"));
    let (other_epoch, other_key) = b
        .current_case_key(other)
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("no key"));
    let mut hacked = Hacked {
        identity: &her,
        key,
        epoch,
        next: 0,
    };
    let t = u64::try_from(now().timestamp_millis()).unwrap_or(0) + 1_000;
    let stage = head(&a, *case.as_bytes(), "stage");
    let note = random_tail()
        .iter()
        .chain(&[9u8; 6])
        .copied()
        .collect::<Vec<_>>();
    let note: [u8; 16] = note.try_into().unwrap_or_else(|_| panic!("id"));
    let year = 365 * 24 * 60 * 60 * 1000;
    let mut forged = vec![
        // The child's name emptied, and a date of birth that is no date.
        hacked.seal(case, *case.as_bytes(), "child.name", set(""), vec![], t),
        hacked.seal(
            case,
            *case.as_bytes(),
            "child.date_of_birth",
            set("soon"),
            vec![],
            t,
        ),
        // The note of what left the vault, deleted, and its recipient changed.
        hacked.seal(
            case,
            export,
            "$kind",
            wayfinder_merge::Change::Clear,
            vec![],
            t,
        ),
        hacked.seal(case, export, "recipient", set("nobody"), vec![], t),
        // The case moved from inquiry straight to treatment.
        hacked.seal(
            case,
            *case.as_bytes(),
            "stage",
            set("treatment"),
            vec![stage.op],
            t,
        ),
        // A field no kind has, and the contact turned into a consent.
        hacked.seal(case, contact, "salary", set("1"), vec![], t),
        hacked.seal(case, contact, "$kind", set("consent"), vec![], t),
        // An edit dated a year ahead, which would drag the coordinator's clock along.
        hacked.seal(
            case,
            *case.as_bytes(),
            "assignee",
            set("Lucía"),
            vec![],
            t + year,
        ),
    ];
    // The contact of one case written into another she holds.
    let mut into_other = Hacked {
        identity: &her,
        key: other_key,
        epoch: other_epoch,
        next: 100,
    };
    forged.push(into_other.seal(other, contact, "name", set("Samira"), vec![], t));
    // A number no member reaches, which would break the count of what is missing.
    hacked.next = u64::MAX - 1;
    forged.push(hacked.seal(
        case,
        *case.as_bytes(),
        "waiting_on",
        set("family"),
        vec![],
        t,
    ));
    // An operation of 200 KiB, which would make every batch it is in too large for everyone.
    hacked.next = 8;
    forged.push(hacked.seal(
        case,
        *case.as_bytes(),
        "diagnosis.text",
        set(&"x".repeat(200 * 1024)),
        vec![],
        t,
    ));
    // And one honest note, made as her own app would make it.
    forged.push(hacked.seal(case, note, "$kind", set("note"), vec![], t));
    forged.push(hacked.seal(case, note, "text", set("Called the family."), vec![], t));

    let batch: Vec<(u64, SealedOp)> = forged
        .into_iter()
        .zip(1000..)
        .map(|(op, seq)| (seq, op))
        .collect();
    let received = a
        .receive_batch(&batch, &[], at(2000), now())
        .unwrap_or_else(|e| panic!("the batch failed whole: {e}"));
    assert_eq!((received.applied, received.held), (2, 11), "{received:?}");

    // Nothing of it reached the case file; her note did.
    assert_eq!(name_of(&a, case), ["Layla Haddad"]);
    assert_eq!(
        head(&a, *case.as_bytes(), "stage").value.as_deref(),
        Some("inquiry")
    );
    assert_eq!(
        head(&a, export, "recipient").value.as_deref(),
        Some("Tumour board, Lyon")
    );
    assert_eq!(head(&a, export, "$kind").value.as_deref(), Some("export"));
    assert_eq!(head(&a, contact, "$kind").value.as_deref(), Some("contact"));
    assert_eq!(
        head(&a, note, "text").value.as_deref(),
        Some("Called the family.")
    );
    assert!(
        a.field_heads(contact)
            .unwrap_or_default()
            .iter()
            .all(|(f, _)| f != "salary")
    );
    assert!(
        a.case_file(other)
            .unwrap_or_default()
            .iter()
            .all(|e| e.id != contact)
    );
    // The count of what is missing is hers held aside (numbers 1 to 9), not four billion.
    assert_eq!(a.sync_missing().unwrap_or_else(|e| panic!("{e}")), 9);
    // Her clock did not move: the coordinator's next edit is dated now, not next year.
    a.edit_field(*case.as_bytes(), "assignee", Some("Amira"), now(), today())
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(head(&a, *case.as_bytes(), "assignee").time.millis < t + year / 2);
    let reasons = a.sync_pending().unwrap_or_else(|e| panic!("{e}")).held;
    assert_eq!(reasons, 11);
}

#[test]
fn a_swapped_case_key_is_held_aside_and_a_key_from_someone_who_may_not_share_is_not_taken() {
    let Team {
        coordinator: (_ta, mut a, me),
        member: (_tb, mut b, her),
        ..
    } = team();
    let case = new_case(&mut a, "Layla Haddad");
    let envelopes = a
        .share_case(case, &[her.member()], false)
        .unwrap_or_else(|e| panic!("{e}"));
    let ops = carried(&a, 1);
    b.receive_batch(&ops, &envelopes, at(50), now())
        .unwrap_or_else(|e| panic!("{e}"));
    let key = |v: &OpenVault, epoch: u32| {
        v.case_key(case, epoch)
            .unwrap_or_else(|e| panic!("{e}"))
            .map(|k| k.expose().to_vec())
    };
    let first = key(&b, 1).unwrap_or_else(|| panic!("no key"));

    // The same envelope again (a server repeating itself) changes nothing and alarms no one.
    let again = b
        .receive_batch(&[], &envelopes, at(51), now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((again.keys, again.held), (0, 0));

    // The admin's client, hacked, sends her another key for the same epoch: held aside.
    let other = wayfinder_sync::CaseKey::generate().unwrap_or_else(|e| panic!("{e}"));
    let swap = wayfinder_sync::KeyEnvelope::wrap(
        &other,
        wayfinder_sync::CaseRef(*case.as_bytes()),
        1,
        &her.public(),
        &me,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let swapped = b
        .receive_batch(&[], &[swap], at(52), now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((swapped.keys, swapped.held), (0, 1));
    assert_eq!(
        key(&b, 1),
        Some(first),
        "the key she had is the key she keeps"
    );

    // The translator, who may not share, "starts" an epoch 2 for the coordinator: not taken.
    let mine = wayfinder_sync::CaseKey::generate().unwrap_or_else(|e| panic!("{e}"));
    let start = wayfinder_sync::KeyEnvelope::wrap(
        &mine,
        wayfinder_sync::CaseRef(*case.as_bytes()),
        2,
        &me.public(),
        &her,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let started = a
        .receive_batch(&[], &[start], at(53), now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((started.keys, started.held), (0, 1));
    assert_eq!(key(&a, 2), None);
    assert_eq!(
        a.sync_pending().unwrap_or_else(|e| panic!("{e}")).held,
        1,
        "shown as held"
    );
}

#[test]
fn what_a_member_wrote_before_she_left_still_arrives_after() {
    let Team {
        coordinator: (_ta, mut a, me),
        member: (_tb, mut b, her),
        chain,
    } = team_with(Role::Liaison);
    let case = new_case(&mut a, "Layla Haddad");
    let envelopes = a
        .share_case(case, &[her.member()], false)
        .unwrap_or_else(|e| panic!("{e}"));
    b.receive_batch(&carried(&a, 1), &envelopes, at(50), now())
        .unwrap_or_else(|e| panic!("{e}"));
    // The translator adds a note while she is a member.
    b.add_entity(
        case,
        wayfinder_core::EntityKind::Note,
        &[("text", "Translated the biopsy report.")],
        now(),
        today(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let hers = carried(&b, 60);
    assert!(!hers.is_empty());
    // She leaves the team before the coordinator pulls her note.
    let latest = chain.last().unwrap_or_else(|| panic!("no roster"));
    let without = latest
        .successor(
            latest
                .members
                .iter()
                .filter(|m| m.identity.member != her.member())
                .cloned()
                .collect(),
            &me,
        )
        .unwrap_or_else(|e| panic!("{e}"));
    a.add_rosters(&[without]).unwrap_or_else(|e| panic!("{e}"));
    // It arrives, signed while she was a member: applied, not held aside for ever.
    let received = a
        .receive_batch(&hers, &[], at(70), now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((received.applied, received.held), (hers.len(), 0));
    let notes = a
        .case_file(case)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .filter(|e| e.kind == wayfinder_core::EntityKind::Note)
        .count();
    assert_eq!(notes, 1);
}

#[test]
fn an_honest_undo_of_a_stage_move_arrives_like_any_edit() {
    let Team {
        coordinator: (_ta, mut a, _),
        member: (_tb, mut b, her),
        ..
    } = team_with(Role::Liaison);
    let case = new_case(&mut a, "Layla Haddad");
    let envelopes = a
        .share_case(case, &[her.member()], false)
        .unwrap_or_else(|e| panic!("{e}"));
    b.receive_batch(&carried(&a, 1), &envelopes, at(50), now())
        .unwrap_or_else(|e| panic!("{e}"));
    // Through review to follow-up, then undone: back from follow-up to review, a way the
    // stages never go forward.
    for stage in ["intake", "records", "review", "follow-up"] {
        b.edit_field(*case.as_bytes(), "stage", Some(stage), now(), today())
            .unwrap_or_else(|e| panic!("{stage}: {e}"));
    }
    b.undo(now()).unwrap_or_else(|e| panic!("{e}"));
    let received = a
        .receive_batch(&carried(&b, 100), &[], at(200), now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(received.held, 0, "{received:?}");
    assert_eq!(
        head(&a, *case.as_bytes(), "stage").value.as_deref(),
        Some("review")
    );
}

#[test]
fn what_was_held_aside_is_tried_again_and_applied_once_it_passes() {
    let Team {
        coordinator: (_ta, mut a, _),
        member: (_tb, mut b, her),
        ..
    } = team();
    let case = new_case(&mut a, "Layla Haddad");
    let envelopes = a
        .share_case(case, &[her.member()], false)
        .unwrap_or_else(|e| panic!("{e}"));
    // The coordinator's clock runs two days ahead when she takes the case.
    let ahead = now() + chrono::Duration::days(2);
    a.edit_field(*case.as_bytes(), "assignee", Some("Amira"), ahead, today())
        .unwrap_or_else(|e| panic!("{e}"));
    let ops = carried(&a, 1);
    let got = b
        .receive_batch(&ops, &envelopes, at(ops.len() as u64), now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(got.held, 1);
    let held = |v: &OpenVault| v.sync_pending().unwrap_or_else(|e| panic!("{e}")).held;
    assert_eq!(held(&b), 1);
    // Tried again while it is still ahead of her clock: held again, once.
    let again = b.retry_held(now()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((again.applied, again.held), (0, 1));
    assert_eq!(held(&b), 1);
    // Two days on, it is no longer ahead: it applies, and nothing is held.
    let later = b.retry_held(ahead).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((later.applied, later.held), (1, 0));
    assert_eq!(held(&b), 0);
    assert_eq!(
        head(&b, *case.as_bytes(), "assignee").value.as_deref(),
        Some("Amira")
    );
}

#[test]
fn an_insider_cannot_slip_a_case_into_the_team_wide_scope_nor_delete_it() {
    let Team {
        coordinator: (_ta, mut a, _),
        member: (_tb, mut b, her),
        ..
    } = team_with(Role::Coordinator);
    // The coordinator made the team: she makes the team-wide scope and gives it to everyone.
    let envelopes = a.share_team_scope(now()).unwrap_or_else(|e| panic!("{e}"));
    assert!(envelopes.iter().any(|e| e.member == her.member()));
    let scope = a
        .team_scope()
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("no scope"));
    // Given again, it gives no one a second key.
    assert_eq!(a.share_team_scope(now()).map(|e| e.len()).ok(), Some(0));
    let case = new_case(&mut a, "Layla Haddad");
    let mut shared = a
        .share_case(case, &[her.member()], false)
        .unwrap_or_else(|e| panic!("{e}"));
    shared.extend(envelopes);
    let ops = carried(&a, 1);
    let first = b
        .receive_batch(&ops, &shared, at(ops.len() as u64), now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(first.held, 0);
    assert_eq!(b.team_scope().ok().flatten(), Some(scope));

    let keyed = |id: CaseId, next: u64| {
        let (epoch, key) = b
            .current_case_key(id)
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|| panic!("no key"));
        Hacked {
            identity: &her,
            key,
            epoch,
            next,
        }
    };
    let mut in_scope = keyed(scope, 0);
    let mut in_case = keyed(case, 100);
    let t = u64::try_from(now().timestamp_millis()).unwrap_or(0) + 1_000;
    let id = |n: u8| -> [u8; 16] { [n; 16] };
    let forged = vec![
        // A contact of a child written into the team-wide scope, where every member reads it.
        in_scope.seal(scope, id(1), "$kind", set("contact"), vec![], t),
        // The team-wide scope's kind made inside a case, and a second team root.
        in_case.seal(case, id(2), "$kind", set("team"), vec![], t),
        in_scope.seal(scope, id(3), "$kind", set("team"), vec![], t),
        // The scope itself deleted, for everyone.
        in_scope.seal(
            scope,
            *scope.as_bytes(),
            "$kind",
            wayfinder_merge::Change::Clear,
            vec![],
            t,
        ),
        // And an honest edit of the team's name.
        in_scope.seal(
            scope,
            *scope.as_bytes(),
            "name",
            set("Equipo Madrid"),
            vec![],
            t,
        ),
    ];
    let batch: Vec<(u64, SealedOp)> = forged
        .into_iter()
        .zip(1000..)
        .map(|(op, s)| (s, op))
        .collect();
    let received = a
        .receive_batch(&batch, &[], at(2000), now())
        .unwrap_or_else(|e| panic!("the batch failed whole: {e}"));
    assert_eq!((received.applied, received.held), (1, 4), "{received:?}");
    assert_eq!(
        head(&a, *scope.as_bytes(), "name").value.as_deref(),
        Some("Equipo Madrid")
    );
    assert_eq!(
        head(&a, *scope.as_bytes(), "$kind").value.as_deref(),
        Some("team")
    );
    for forged in [id(1), id(2), id(3)] {
        assert!(a.field_heads(forged).unwrap_or_default().is_empty());
    }
}

/// A record of three pages in `case`, made by `vault`.
fn scanned_record(vault: &mut OpenVault, case: CaseId) -> [u8; 16] {
    let original = b"%PDF scanned letter, three pages".to_vec();
    let hash = *vault
        .content_hasher()
        .update(&original)
        .finalize()
        .as_bytes();
    let file = vault
        .seal_original(&mut std::io::Cursor::new(&original))
        .unwrap_or_else(|e| panic!("{e}"));
    vault
        .add_record(
            case,
            file,
            &wayfinder_vault::NewRecord {
                title: "Scan",
                category: "pathology",
                date: None,
                institution: None,
                language: None,
                content: wayfinder_core::Content {
                    media: wayfinder_core::Media::Pdf,
                    size: original.len() as u64,
                    pages: 3,
                    hash,
                },
                secret: None,
                pages: &[],
            },
            now(),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"))
}

/// A page's text typed by hand syncs like any edit; an insider cannot pin text on a record
/// of another case, on a contact, or move a correction to another page afterwards.
#[test]
fn an_insiders_page_texts_are_held_unless_they_name_a_page_of_a_record_of_their_case() {
    let Team {
        coordinator: (_ta, mut a, _),
        member: (_tb, mut b, her),
        ..
    } = team();
    let case = new_case(&mut a, "Layla Haddad");
    let other = new_case(&mut a, "Omar Haddad");
    let record = scanned_record(&mut a, case);
    let elsewhere = scanned_record(&mut a, other);
    let contact = a
        .add_entity(
            case,
            wayfinder_core::EntityKind::Contact,
            &[("name", "Samira Haddad")],
            now(),
            today(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    // The coordinator's own correction of page 2, which the translator receives.
    let mine = a
        .set_page_text(record, 1, "Vincristine 1.5 mg/m2 weekly", now(), today())
        .unwrap_or_else(|e| panic!("{e}"));
    let mut envelopes = a
        .share_case(case, &[her.member()], false)
        .unwrap_or_else(|e| panic!("{e}"));
    envelopes.extend(
        a.share_case(other, &[her.member()], false)
            .unwrap_or_else(|e| panic!("{e}")),
    );
    let ops = carried(&a, 1);
    let first = b
        .receive_batch(&ops, &envelopes, at(ops.len() as u64), now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(first.held, 0);
    assert_eq!(
        b.page_text_entity(record, 1)
            .unwrap_or_else(|e| panic!("{e}")),
        Some(mine)
    );

    let (epoch, key) = b
        .current_case_key(case)
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("no key"));
    let mut hacked = Hacked {
        identity: &her,
        key,
        epoch,
        next: 0,
    };
    let t = u64::try_from(now().timestamp_millis()).unwrap_or(0) + 1_000;
    let id = |n: u8| -> [u8; 16] {
        let mut id = [n; 16];
        id[..10].copy_from_slice(&random_tail());
        id
    };
    let text = |e: [u8; 16]| wayfinder_core::EntityId::from_bytes(e).to_string();
    let mut forged = Vec::new();
    // Text pinned on another case's record, on a contact, and on page "007".
    for (n, (named, page)) in [
        (text(elsewhere), "0"),
        (text(contact), "0"),
        (text(record), "007"),
    ]
    .into_iter()
    .enumerate()
    {
        let entity = id(n as u8);
        forged.push(hacked.seal(case, entity, "$kind", set("page-text"), vec![], t));
        forged.push(hacked.seal(case, entity, "record", set(&named), vec![], t));
        forged.push(hacked.seal(case, entity, "page", set(page), vec![], t));
    }
    // The coordinator's correction moved to another page.
    let page = head(&a, mine, "page");
    forged.push(hacked.seal(case, mine, "page", set("0"), vec![page.op], t));
    // And one honest correction of page 3.
    let honest = id(9);
    forged.push(hacked.seal(case, honest, "$kind", set("page-text"), vec![], t));
    forged.push(hacked.seal(case, honest, "record", set(&text(record)), vec![], t));
    forged.push(hacked.seal(case, honest, "page", set("2"), vec![], t));
    forged.push(hacked.seal(case, honest, "text", set("Cisplatin 75 mg/m2"), vec![], t));
    let batch: Vec<(u64, SealedOp)> = forged
        .into_iter()
        .zip(1000..)
        .map(|(op, seq)| (seq, op))
        .collect();
    let received = a
        .receive_batch(&batch, &[], at(2000), now())
        .unwrap_or_else(|e| panic!("the batch failed whole: {e}"));
    // Held: the two misplaced records, the bad page, and the moved page.
    assert_eq!(received.held, 4, "{received:?}");
    assert_eq!(
        head(&a, mine, "page").value.as_deref(),
        Some("1"),
        "the correction moved"
    );
    assert_eq!(
        a.page_text_entity(record, 2)
            .unwrap_or_else(|e| panic!("{e}")),
        Some(honest)
    );
    assert_eq!(
        a.page_text_entity(elsewhere, 0)
            .unwrap_or_else(|e| panic!("{e}")),
        None
    );
}

/// A record marked for translation and its passages sync like any edit; an insider cannot
/// point a translation at another case's record or at a contact, hang a passage on another
/// case's translation or on a record, move a passage to another translation, draw it off the
/// page, or slip a team glossary term into a case.
#[test]
fn an_insiders_translations_and_passages_are_held_unless_they_belong_to_their_case() {
    use wayfinder_core::EntityKind::{Contact, Translation, Unit};
    let Team {
        coordinator: (_ta, mut a, _),
        member: (_tb, mut b, her),
        ..
    } = team();
    let case = new_case(&mut a, "Layla Haddad");
    let other = new_case(&mut a, "Omar Haddad");
    let record = scanned_record(&mut a, case);
    let elsewhere = scanned_record(&mut a, other);
    let text = |e: [u8; 16]| wayfinder_core::EntityId::from_bytes(e).to_string();
    let add = |v: &mut wayfinder_vault::OpenVault, c, kind, values: &[(&str, &str)]| {
        v.add_entity(c, kind, values, now(), today())
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let contact = add(&mut a, case, Contact, &[("name", "Samira Haddad")]);
    let translation = add(
        &mut a,
        case,
        Translation,
        &[
            ("record", &text(record)),
            ("language", "es"),
            ("status", "to-do"),
        ],
    );
    let there = add(
        &mut a,
        other,
        Translation,
        &[
            ("record", &text(elsewhere)),
            ("language", "fr"),
            ("status", "to-do"),
        ],
    );
    let mine = add(
        &mut a,
        case,
        Unit,
        &[
            ("translation", &text(translation)),
            ("page", "0"),
            ("region", "0.1 0.2 0.5 0.05"),
            ("source", "Опухоль задней черепной ямки"),
            ("state", "draft"),
        ],
    );
    // Locally too: a translation of another case's record is refused.
    assert!(
        a.add_entity(
            case,
            Translation,
            &[
                ("record", &text(elsewhere)),
                ("language", "es"),
                ("status", "to-do")
            ],
            now(),
            today()
        )
        .is_err()
    );
    let mut envelopes = a
        .share_case(case, &[her.member()], false)
        .unwrap_or_else(|e| panic!("{e}"));
    envelopes.extend(
        a.share_case(other, &[her.member()], false)
            .unwrap_or_else(|e| panic!("{e}")),
    );
    let ops = carried(&a, 1);
    let first = b
        .receive_batch(&ops, &envelopes, at(ops.len() as u64), now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(first.held, 0);
    assert_eq!(
        head(&b, mine, "source").value.as_deref(),
        Some("Опухоль задней черепной ямки")
    );

    let (epoch, key) = b
        .current_case_key(case)
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("no key"));
    let mut hacked = Hacked {
        identity: &her,
        key,
        epoch,
        next: 0,
    };
    let t = u64::try_from(now().timestamp_millis()).unwrap_or(0) + 1_000;
    let id = |n: u8| -> [u8; 16] {
        let mut id = [n; 16];
        id[..10].copy_from_slice(&random_tail());
        id
    };
    let mut forged = Vec::new();
    // Translations of another case's record, and of a contact.
    for (n, named) in [text(elsewhere), text(contact)].into_iter().enumerate() {
        let entity = id(n as u8);
        forged.push(hacked.seal(case, entity, "$kind", set("translation"), vec![], t));
        forged.push(hacked.seal(case, entity, "record", set(&named), vec![], t));
    }
    // Passages of another case's translation, and of a record.
    for (n, named) in [text(there), text(record)].into_iter().enumerate() {
        let entity = id(10 + n as u8);
        forged.push(hacked.seal(case, entity, "$kind", set("unit"), vec![], t));
        forged.push(hacked.seal(case, entity, "translation", set(&named), vec![], t));
    }
    // The coordinator's passage moved to another translation, and drawn off the page.
    let belongs = head(&a, mine, "translation");
    forged.push(hacked.seal(
        case,
        mine,
        "translation",
        set(&text(there)),
        vec![belongs.op],
        t,
    ));
    let region = head(&a, mine, "region");
    forged.push(hacked.seal(
        case,
        mine,
        "region",
        set("0.5 0.5 0.9 0.1"),
        vec![region.op],
        t,
    ));
    // A glossary term, the team's, slipped into the case.
    forged.push(hacked.seal(case, id(20), "$kind", set("term"), vec![], t));
    // And her honest translation of the passage.
    forged.push(hacked.seal(
        case,
        mine,
        "target",
        set("Posterior fossa tumour"),
        vec![],
        t,
    ));
    let batch: Vec<(u64, SealedOp)> = forged
        .into_iter()
        .zip(1000..)
        .map(|(op, seq)| (seq, op))
        .collect();
    let received = a
        .receive_batch(&batch, &[], at(2000), now())
        .unwrap_or_else(|e| panic!("the batch failed whole: {e}"));
    assert_eq!(received.held, 7, "{received:?}");
    assert_eq!(
        head(&a, mine, "translation").value.as_deref(),
        Some(text(translation).as_str()),
        "the passage moved"
    );
    assert_eq!(
        head(&a, mine, "region").value.as_deref(),
        Some("0.1 0.2 0.5 0.05")
    );
    assert_eq!(
        head(&a, mine, "target").value.as_deref(),
        Some("Posterior fossa tumour")
    );
}

#[test]
fn a_translator_works_on_passages_but_not_the_case_file_here_nor_by_forging() {
    use wayfinder_core::EntityKind::{Contact, Task, Translation, Unit};
    let Team {
        coordinator: (_ta, mut a, _),
        member: (_tb, mut b, her),
        ..
    } = team();
    let case = new_case(&mut a, "Layla Haddad");
    let record = scanned_record(&mut a, case);
    let text = |e: [u8; 16]| wayfinder_core::EntityId::from_bytes(e).to_string();
    let add = |v: &mut OpenVault, kind, values: &[(&str, &str)]| {
        v.add_entity(case, kind, values, now(), today())
    };
    let contact =
        add(&mut a, Contact, &[("name", "Samira Haddad")]).unwrap_or_else(|e| panic!("{e}"));
    let translation = add(
        &mut a,
        Translation,
        &[
            ("record", &text(record)),
            ("language", "es"),
            ("status", "to-do"),
        ],
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let passage = [
        ("translation", text(translation)),
        ("page", "0".to_owned()),
        ("source", "Опухоль задней черепной ямки".to_owned()),
        ("state", "draft".to_owned()),
    ];
    let passage: Vec<(&str, &str)> = passage.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mine = add(&mut a, Unit, &passage).unwrap_or_else(|e| panic!("{e}"));
    let envelopes = a
        .share_case(case, &[her.member()], false)
        .unwrap_or_else(|e| panic!("{e}"));
    let ops = carried(&a, 1);
    b.receive_batch(&ops, &envelopes, at(ops.len() as u64), now())
        .unwrap_or_else(|e| panic!("{e}"));

    // On her laptop: the case file is refused her, with the reason; passages are hers.
    assert_eq!(b.my_role().ok().flatten(), Some(Role::Translator));
    let name = |v: &mut OpenVault| {
        v.edit_field(
            *case.as_bytes(),
            "child.name",
            Some("Leila"),
            now(),
            today(),
        )
    };
    assert_eq!(code(name(&mut b)), "team-role-refused");
    assert_eq!(
        code(add(&mut b, Contact, &[("name", "Omar")])),
        "team-role-refused"
    );
    assert_eq!(code(b.delete_entity(contact, now())), "team-role-refused");
    assert_eq!(
        code(b.create_case(CaseId::new(now(), random_tail()), &child("Omar"), now())),
        "team-role-refused"
    );
    assert_eq!(
        code(b.edit_field(
            mine,
            "target",
            Some("Tumor de fosa posterior"),
            now(),
            today()
        )),
        "ok"
    );
    assert_eq!(code(add(&mut b, Unit, &passage)), "ok");
    // The coordinator may do all of it.
    assert_eq!(code(name(&mut a)), "ok");

    // Forged by a client that skips the check: held aside at the coordinator's, while her
    // honest passages arrive.
    let (epoch, key) = b
        .current_case_key(case)
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("no key"));
    let mut hacked = Hacked {
        identity: &her,
        key,
        epoch,
        next: 100,
    };
    let t = u64::try_from(now().timestamp_millis()).unwrap_or(0) + 1_000;
    let named = head(&a, *case.as_bytes(), "child.name");
    let phone = {
        let mut id = [0x31; 16];
        id[..10].copy_from_slice(&random_tail());
        id
    };
    let forged = vec![
        hacked.seal(
            case,
            *case.as_bytes(),
            "child.name",
            set("Someone else"),
            vec![named.op],
            t,
        ),
        hacked.seal(case, contact, "phone", set("+33 6 00 00 00 00"), vec![], t),
        hacked.seal(case, phone, "$kind", set(Task.as_str()), vec![], t),
        hacked.seal(
            case,
            contact,
            "$kind",
            wayfinder_merge::Change::Clear,
            vec![],
            t,
        ),
    ];
    let mut batch: Vec<(u64, SealedOp)> = forged
        .into_iter()
        .zip(1000..)
        .map(|(op, seq)| (seq, op))
        .collect();
    let honest = carried(&b, 2000);
    let honest_count = honest.len();
    assert!(honest_count > 0);
    batch.extend(honest);
    let received = a
        .receive_batch(&batch, &[], at(3000), now())
        .unwrap_or_else(|e| panic!("the batch failed whole: {e}"));
    assert_eq!(received.held, 4, "{received:?}");
    assert_eq!(
        head(&a, *case.as_bytes(), "child.name").value.as_deref(),
        Some("Leila")
    );
    assert!(
        a.field_heads(contact)
            .unwrap_or_default()
            .iter()
            .all(|(f, _)| f != "phone")
    );
    assert!(a.entity_case(contact).is_ok(), "the contact was deleted");
    assert_eq!(
        head(&a, mine, "target").value.as_deref(),
        Some("Tumor de fosa posterior")
    );
}

#[test]
fn a_liaison_may_not_write_the_glossary_here_nor_by_forging_and_a_translator_may() {
    use wayfinder_core::EntityKind::Term;
    for (role, held) in [(Role::Liaison, 2), (Role::Translator, 0)] {
        let Team {
            coordinator: (_ta, mut a, _),
            member: (_tb, mut b, her),
            ..
        } = team_with(role);
        let envelopes = a.share_team_scope(now()).unwrap_or_else(|e| panic!("{e}"));
        let scope = a
            .team_scope()
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|| panic!("no scope"));
        let ops = carried(&a, 1);
        b.receive_batch(&ops, &envelopes, at(ops.len() as u64), now())
            .unwrap_or_else(|e| panic!("{e}"));
        let term = [
            ("source", "Винкристин"),
            ("source_language", "ru"),
            ("language", "es"),
            ("target", "vincristina"),
        ];
        // Her screens know before she tries: the glossary is read-only to a liaison only.
        let read_only = b.kinds_read_only().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            read_only.contains(&Term),
            held > 0,
            "{role:?}: {read_only:?}"
        );
        assert_eq!(
            read_only.contains(&wayfinder_core::EntityKind::Contact),
            held == 0,
            "{role:?}: {read_only:?}"
        );
        assert!(
            a.kinds_read_only()
                .unwrap_or_else(|e| panic!("{e}"))
                .is_empty()
        );
        // On her laptop.
        let added = b.add_entity(scope, Term, &term, now(), today());
        assert_eq!(
            code(added),
            if held == 0 { "ok" } else { "team-role-refused" },
            "{role:?}"
        );
        // Forged by a client that skips the check: a term and its rendering.
        let (epoch, key) = b
            .current_case_key(scope)
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|| panic!("no key"));
        let mut hacked = Hacked {
            identity: &her,
            key,
            epoch,
            next: 500,
        };
        let t = u64::try_from(now().timestamp_millis()).unwrap_or(0) + 1_000;
        let mut entity = [0x42; 16];
        entity[..10].copy_from_slice(&random_tail());
        let forged = vec![
            hacked.seal(scope, entity, "$kind", set("term"), vec![], t),
            hacked.seal(scope, entity, "source", set("Цисплатин"), vec![], t),
        ];
        let batch: Vec<(u64, SealedOp)> = forged
            .into_iter()
            .zip(5000..)
            .map(|(op, seq)| (seq, op))
            .collect();
        let received = a
            .receive_batch(&batch, &[], at(6000), now())
            .unwrap_or_else(|e| panic!("the batch failed whole: {e}"));
        assert_eq!(received.held, held, "{role:?}: {received:?}");
        assert_eq!(a.entity_case(entity).is_ok(), held == 0, "{role:?}");
    }
}

#[test]
fn travel_forged_by_a_member_is_held_aside_unless_her_role_and_its_values_allow_it() {
    use wayfinder_core::EntityKind::Trip;
    for role in [Role::Translator, Role::Liaison] {
        let Team {
            coordinator: (_ta, mut a, _),
            member: (_tb, mut b, her),
            ..
        } = team_with(role);
        let case = new_case(&mut a, "Layla Haddad");
        let envelopes = a
            .share_case(case, &[her.member()], false)
            .unwrap_or_else(|e| panic!("{e}"));
        let ops = carried(&a, 1);
        b.receive_batch(&ops, &envelopes, at(ops.len() as u64), now())
            .unwrap_or_else(|e| panic!("{e}"));
        let liaison = role == Role::Liaison;
        // On her laptop: a translator may not plan the family's travel; a liaison may.
        let planned = b.add_entity(case, Trip, &[("destination", "TR")], now(), today());
        assert_eq!(
            code(planned),
            if liaison { "ok" } else { "team-role-refused" },
            "{role:?}"
        );
        // Forged by a client that skips every check: a trip, and an item of it whose rule
        // reaches ten years before travel.
        let (epoch, key) = b
            .current_case_key(case)
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|| panic!("no key"));
        let mut hacked = Hacked {
            identity: &her,
            key,
            epoch,
            next: 500,
        };
        let t = u64::try_from(now().timestamp_millis()).unwrap_or(0) + 1_000;
        let (mut trip, mut item) = ([0x51; 16], [0x52; 16]);
        trip[..10].copy_from_slice(&random_tail());
        item[..10].copy_from_slice(&random_tail());
        let trip_id = wayfinder_core::EntityId::from_bytes(trip).to_string();
        let forged = vec![
            hacked.seal(case, trip, "$kind", set("trip"), vec![], t),
            hacked.seal(case, trip, "destination", set("TR"), vec![], t),
            hacked.seal(case, item, "$kind", set("trip-item"), vec![], t),
            hacked.seal(case, item, "trip", set(&trip_id), vec![], t),
            hacked.seal(case, item, "title", set("Visa"), vec![], t),
            hacked.seal(case, item, "rule", set("travel-3650"), vec![], t),
        ];
        let batch: Vec<(u64, SealedOp)> = forged
            .into_iter()
            .zip(5000..)
            .map(|(op, seq)| (seq, op))
            .collect();
        let received = a
            .receive_batch(&batch, &[], at(6000), now())
            .unwrap_or_else(|e| panic!("the batch failed whole: {e}"));
        // A translator's are all held; a liaison's trip and item stand, without the rule.
        assert_eq!(
            received.held,
            if liaison { 1 } else { 6 },
            "{role:?}: {received:?}"
        );
        assert_eq!(a.entity_case(trip).is_ok(), liaison, "{role:?}");
        if liaison {
            assert!(
                a.field_heads(item)
                    .unwrap_or_default()
                    .iter()
                    .all(|(f, _)| f != "rule"),
                "a rule beyond two years was applied"
            );
        }
    }
}

#[test]
fn a_travel_template_arriving_from_the_team_that_does_not_validate_is_held_aside_the_rest_kept() {
    use wayfinder_core::EntityKind::TripTemplate;
    for role in [Role::Liaison, Role::Translator] {
        let Team {
            coordinator: (_ta, mut a, _),
            member: (_tb, mut b, her),
            ..
        } = team_with(role);
        let envelopes = a.share_team_scope(now()).unwrap_or_else(|e| panic!("{e}"));
        let scope = a
            .team_scope()
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|| panic!("no scope"));
        let ops = carried(&a, 1);
        b.receive_batch(&ops, &envelopes, at(ops.len() as u64), now())
            .unwrap_or_else(|e| panic!("{e}"));
        let liaison = role == Role::Liaison;
        // On her laptop: a liaison keeps the team's templates, a translator does not.
        let made = b.add_entity(
            scope,
            TripTemplate,
            &[("name", "Istanbul, Acibadem"), ("destination", "TR")],
            now(),
            today(),
        );
        assert_eq!(
            code(made),
            if liaison { "ok" } else { "team-role-refused" },
            "{role:?}"
        );
        // Forged by a client that skips every check: a sound template with a sound item, a
        // second template to a country that does not exist, and an item whose rule reaches
        // ten years back and that comes "after" an item of a case's trip.
        let (epoch, key) = b
            .current_case_key(scope)
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|| panic!("no key"));
        let mut hacked = Hacked {
            identity: &her,
            key,
            epoch,
            next: 500,
        };
        let t = u64::try_from(now().timestamp_millis()).unwrap_or(0) + 1_000;
        let fresh = |lead: u8| {
            let mut id = [lead; 16];
            id[..10].copy_from_slice(&random_tail());
            id
        };
        let (sound, item, bad_country, bad_item) =
            (fresh(0x61), fresh(0x62), fresh(0x63), fresh(0x64));
        let sound_id = wayfinder_core::EntityId::from_bytes(sound).to_string();
        let elsewhere = wayfinder_core::EntityId::from_bytes(fresh(0x65)).to_string();
        let forged = vec![
            hacked.seal(scope, sound, "$kind", set("trip-template"), vec![], t),
            hacked.seal(scope, sound, "name", set("Madrid, Niño Jesús"), vec![], t),
            hacked.seal(scope, sound, "destination", set("ES"), vec![], t),
            hacked.seal(scope, item, "$kind", set("template-item"), vec![], t),
            hacked.seal(scope, item, "template", set(&sound_id), vec![], t),
            hacked.seal(scope, item, "title", set("Invitation letter"), vec![], t),
            hacked.seal(scope, item, "rule", set("travel-45"), vec![], t),
            hacked.seal(scope, bad_country, "$kind", set("trip-template"), vec![], t),
            hacked.seal(scope, bad_country, "name", set("Nowhere"), vec![], t),
            hacked.seal(scope, bad_country, "destination", set("XX"), vec![], t),
            hacked.seal(scope, bad_item, "$kind", set("template-item"), vec![], t),
            hacked.seal(scope, bad_item, "template", set(&sound_id), vec![], t),
            hacked.seal(scope, bad_item, "title", set("Visa"), vec![], t),
            hacked.seal(scope, bad_item, "rule", set("travel-3650"), vec![], t),
            hacked.seal(scope, bad_item, "after", set(&elsewhere), vec![], t),
        ];
        let total = forged.len();
        let batch: Vec<(u64, SealedOp)> = forged
            .into_iter()
            .zip(5000..)
            .map(|(op, seq)| (seq, op))
            .collect();
        let received = a
            .receive_batch(&batch, &[], at(6000), now())
            .unwrap_or_else(|e| panic!("the batch failed whole: {e}"));
        if !liaison {
            // Not hers to write: every one held, nothing applied.
            assert_eq!(received.held, total, "{role:?}: {received:?}");
            assert!(a.entity_case(sound).is_err());
            continue;
        }
        // The country that does not exist, the rule and the "after" are held; the rest kept.
        assert_eq!(received.held, 3, "{received:?}");
        assert!(a.entity_case(sound).is_ok());
        assert!(a.entity_case(item).is_ok());
        let fields = |id| -> Vec<String> {
            a.field_heads(id)
                .unwrap_or_default()
                .into_iter()
                .map(|(f, _)| f)
                .collect()
        };
        assert!(fields(item).contains(&"rule".to_owned()));
        let bad = fields(bad_item);
        assert!(bad.contains(&"title".to_owned()), "{bad:?}");
        assert!(!bad.contains(&"rule".to_owned()), "{bad:?}");
        assert!(!bad.contains(&"after".to_owned()), "{bad:?}");
        assert!(!fields(bad_country).contains(&"destination".to_owned()));
    }
}

#[test]
fn requests_forged_by_a_member_are_held_aside_unless_her_role_and_their_rules_allow_them() {
    use wayfinder_core::EntityKind::{Communication, Request};
    for role in [Role::Liaison, Role::Coordinator] {
        let Team {
            coordinator: (_ta, mut a, _),
            member: (_tb, mut b, her),
            ..
        } = team_with(role);
        let case = new_case(&mut a, "Layla Haddad");
        let envelopes = a
            .share_case(case, &[her.member()], false)
            .unwrap_or_else(|e| panic!("{e}"));
        let ops = carried(&a, 1);
        b.receive_batch(&ops, &envelopes, at(ops.len() as u64), now())
            .unwrap_or_else(|e| panic!("{e}"));
        let coordinator = role == Role::Coordinator;
        // On her laptop: a liaison logs calls but sends no request.
        let asked = b.add_entity(
            case,
            Request,
            &[("kind", "second-opinion"), ("title", "Lyon")],
            now(),
            today(),
        );
        assert_eq!(
            code(asked),
            if coordinator {
                "ok"
            } else {
                "team-role-refused"
            },
            "{role:?}"
        );
        let logged = b.add_entity(
            case,
            Communication,
            &[
                ("channel", "phone"),
                ("direction", "outgoing"),
                ("date", "2026-11-30"),
                ("summary", "Asked for the slides' tracking number"),
            ],
            now(),
            today(),
        );
        assert_eq!(code(logged), "ok", "{role:?}");
        // Forged by a client that skips every check: a request, a recipient whose status
        // jumps from draft to answered, and a "sent" packet that is not one.
        let (epoch, key) = b
            .current_case_key(case)
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|| panic!("no key"));
        let mut hacked = Hacked {
            identity: &her,
            key,
            epoch,
            next: 500,
        };
        let t = u64::try_from(now().timestamp_millis()).unwrap_or(0) + 1_000;
        let fresh = |lead: u8| {
            let mut id = [lead; 16];
            id[..10].copy_from_slice(&random_tail());
            id
        };
        let (request, recipient, dispatch) = (fresh(0x71), fresh(0x72), fresh(0x73));
        let request_id = wayfinder_core::EntityId::from_bytes(request).to_string();
        let recipient_id = wayfinder_core::EntityId::from_bytes(recipient).to_string();
        let institution = wayfinder_core::EntityId::from_bytes(fresh(0x74)).to_string();
        let mut forged = vec![
            hacked.seal(case, request, "$kind", set("request"), vec![], t),
            hacked.seal(case, request, "kind", set("second-opinion"), vec![], t),
            hacked.seal(case, request, "title", set("Lyon"), vec![], t),
            hacked.seal(case, recipient, "$kind", set("recipient"), vec![], t),
            hacked.seal(case, recipient, "request", set(&request_id), vec![], t),
            hacked.seal(case, recipient, "institution", set(&institution), vec![], t),
            hacked.seal(
                case,
                recipient,
                "institution_name",
                set("Centre Léon Bérard"),
                vec![],
                t,
            ),
        ];
        let draft = hacked.seal(case, recipient, "status", set("draft"), vec![], t);
        let draft_id = draft.op;
        forged.push(draft);
        forged.push(hacked.seal(
            case,
            recipient,
            "status",
            set("answered"),
            vec![draft_id],
            t + 1,
        ));
        forged.extend([
            hacked.seal(case, dispatch, "$kind", set("dispatch"), vec![], t),
            hacked.seal(case, dispatch, "recipient", set(&recipient_id), vec![], t),
            hacked.seal(case, dispatch, "packet", set("sent everything"), vec![], t),
        ]);
        let total = forged.len();
        let batch: Vec<(u64, SealedOp)> = forged
            .into_iter()
            .zip(5000..)
            .map(|(op, seq)| (seq, op))
            .collect();
        let received = a
            .receive_batch(&batch, &[], at(6000), now())
            .unwrap_or_else(|e| panic!("the batch failed whole: {e}"));
        if !coordinator {
            assert_eq!(received.held, total, "{role:?}: {received:?}");
            assert!(a.entity_case(request).is_err());
            continue;
        }
        // A coordinator's request stands; the status jump and the false packet are held.
        assert_eq!(received.held, 2, "{received:?}");
        assert!(a.entity_case(recipient).is_ok());
        let status: Vec<Option<String>> = a
            .field_heads(recipient)
            .unwrap_or_default()
            .into_iter()
            .filter(|(f, _)| f == "status")
            .map(|(_, h)| h.value)
            .collect();
        assert_eq!(status, [Some("draft".to_owned())]);
        assert!(
            a.field_heads(dispatch)
                .unwrap_or_default()
                .iter()
                .all(|(f, _)| f != "packet")
        );
    }
}

/// What the server would hand out of her audit outbox, numbered from `first`.
fn entries_carried(vault: &OpenVault, first: u64) -> Vec<(u64, SealedOp)> {
    vault
        .sealed_audit_outbox()
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .zip(first..)
        .map(|(op, seq)| (seq, op))
        .collect()
}

/// `member`'s chains in `case` as `vault` checks them.
fn chains_of(
    vault: &mut OpenVault,
    case: CaseId,
    member: MemberId,
) -> Vec<wayfinder_vault::audit::ChainCheck> {
    vault
        .audit_check(case)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .filter(|c| c.author == member)
        .collect()
}

#[test]
fn her_audit_entries_reach_the_members_who_hold_the_case_and_a_held_back_tail_shows() {
    use wayfinder_sync::audit::{AuditAction, Finding};
    let Team {
        coordinator: (_ta, mut a, me),
        member: (_tb, mut b, her),
        ..
    } = team_with(Role::Coordinator);
    let case = new_case(&mut a, "Layla Haddad");
    let private = new_case(&mut a, "Omar Haddad");
    for opened in [case, private] {
        a.audit(
            Some(opened),
            AuditAction::CaseOpened,
            Some(*opened.as_bytes()),
            now(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    assert!(
        a.sealed_audit_outbox().unwrap_or_default().is_empty(),
        "nothing travels before the case is shared"
    );
    let envelopes = a
        .share_case(case, &[her.member()], false)
        .unwrap_or_else(|e| panic!("{e}"));
    let entries = entries_carried(&a, 1);
    let n = entries.len();
    assert!(n >= 2, "the case made and opened: {n}");
    assert!(
        entries.iter().all(|(_, e)| e.case.0 == *case.as_bytes()),
        "only the shared case's entries travel"
    );
    let ops = carried(&a, n as u64 + 1);
    let batch = [entries.clone(), ops.clone()].concat();
    let received = b
        .receive_batch(&batch, &envelopes, at(batch.len() as u64), now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        (received.entries, received.applied, received.held),
        (n, ops.len(), 0)
    );
    let chains = chains_of(&mut b, case, me.member());
    assert_eq!(chains.len(), 1, "{chains:?}");
    assert_eq!(chains[0].entries, n as u64);
    assert_eq!(chains[0].checked.verified, n as u64);
    assert!(chains[0].checked.is_whole(), "{chains:?}");
    assert!(
        b.audit_log(Some(case))
            .unwrap_or_default()
            .iter()
            .any(|row| row.author == me.member()
                && row.action == AuditAction::CaseOpened
                && row.object == Some(*case.as_bytes())),
        "her opening of the case shows in the member's log"
    );
    assert!(
        b.audit_log(Some(private)).unwrap_or_default().is_empty(),
        "nothing of a case not shared"
    );
    // Delivered again, nothing is added.
    let again = b
        .receive_batch(&batch, &[], at(batch.len() as u64), now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((again.entries, again.held), (0, 0));
    assert_eq!(chains_of(&mut b, case, me.member())[0].entries, n as u64);
    // Acknowledged, they leave her outbox.
    let stored: Vec<(OpId, u64)> = entries.iter().map(|(seq, e)| (e.op, *seq)).collect();
    a.acknowledge(&stored).unwrap_or_else(|e| panic!("{e}"));
    assert!(a.sealed_audit_outbox().unwrap_or_default().is_empty());

    // She views a record twice and renames the child; the server passes on the rename and
    // holds back the entries before it. The rename names how far her chain reaches.
    for object in [[0x0B; 16], [0x0C; 16]] {
        a.audit(Some(case), AuditAction::RecordViewed, Some(object), now())
            .unwrap_or_else(|e| panic!("{e}"));
    }
    a.edit_field(
        *case.as_bytes(),
        "child.name",
        Some("Layla M. Haddad"),
        now(),
        today(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let tail = entries_carried(&a, 100);
    assert_eq!(tail.len(), 3, "two viewings and the edit");
    let rename = carried(&a, 200);
    b.receive_batch(&rename, &[], at(200), now())
        .unwrap_or_else(|e| panic!("{e}"));
    let chains = chains_of(&mut b, case, me.member());
    assert_eq!(
        chains[0].checked.findings,
        [Finding::HeldBack {
            have: n as u64,
            named: n as u64 + 3
        }]
    );
    // Handed over at last: whole.
    let late = b
        .receive_batch(&tail, &[], at(203), now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(late.entries, 3);
    let chains = chains_of(&mut b, case, me.member());
    assert!(chains[0].checked.is_whole(), "{chains:?}");
    assert_eq!(chains[0].entries, n as u64 + 3);
}

#[test]
fn an_insiders_audit_entries_cannot_rewrite_another_s_chain_and_her_own_lies_show() {
    use wayfinder_sync::CaseRef;
    use wayfinder_sync::audit::{AuditAction, ChainHead, DeviceId, Finding, NamedHead, Signer};
    let Team {
        coordinator: (_ta, mut a, me),
        member: (_tb, mut b, her),
        ..
    } = team_with(Role::Coordinator);
    let case = new_case(&mut a, "Layla Haddad");
    let envelopes = a
        .share_case(case, &[her.member()], false)
        .unwrap_or_else(|e| panic!("{e}"));
    let batch = [entries_carried(&a, 1), carried(&a, 50)].concat();
    let amira_device = a
        .audit_log(Some(case))
        .unwrap_or_default()
        .first()
        .map(|row| row.device)
        .unwrap_or_else(|| panic!("no entry of hers"));
    b.receive_batch(&batch, &envelopes, at(100), now())
        .unwrap_or_else(|e| panic!("{e}"));
    let (epoch, key) = b
        .current_case_key(case)
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("no key"));
    let scope = Some(CaseRef(*case.as_bytes()));
    let signer = Signer::from(&her);
    let seal = |entry: &wayfinder_sync::audit::SignedEntry, n: u8| {
        SealedOp::seal_entry(entry, &key, epoch, &her, [n; 24]).unwrap_or_else(|e| panic!("{e}"))
    };
    // Lucía, with her real keys, writes entries under Amira's device id ("Amira exported the
    // case"), one dated next year, one numbered 0, and two different entries numbered 1 on a
    // device of her own.
    let mut on_hers = ChainHead::new(amira_device, scope);
    let smear = on_hers.append(&signer, 1_795_000_000_000, AuditAction::Exported, None);
    let mut ahead = ChainHead::new(DeviceId([0xA1; 16]), scope);
    let next_year = ahead.append(
        &signer,
        u64::try_from(now().timestamp_millis()).unwrap_or(0) + 400 * 86_400_000,
        AuditAction::Exported,
        None,
    );
    let mut zero = ChainHead::new(DeviceId([0xA2; 16]), scope).append(
        &signer,
        1_795_000_000_000,
        AuditAction::Exported,
        None,
    );
    zero.entry.seq = 0;
    let fork_device = DeviceId([0xF0; 16]);
    let first = ChainHead::new(fork_device, scope).append(
        &signer,
        1_795_000_000_000,
        AuditAction::RecordViewed,
        Some([1; 16]),
    );
    let other_first = ChainHead::new(fork_device, scope).append(
        &signer,
        1_795_000_000_000,
        AuditAction::RecordViewed,
        Some([2; 16]),
    );
    let forged = vec![
        (300, seal(&smear, 1)),
        (301, seal(&next_year, 2)),
        (302, seal(&zero, 3)),
        (303, seal(&first, 4)),
        (304, seal(&other_first, 5)),
    ];
    let received = a
        .receive_batch(&forged, &[], at(304), now())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        (received.entries, received.held),
        (2, 3),
        "the fork's two entries kept; the smear, next year's and number 0 held aside"
    );
    // Amira's own chain is untouched; the fork in Lucía's shows.
    let mine = chains_of(&mut a, case, me.member());
    assert!(mine.iter().all(|c| c.checked.is_whole()), "{mine:?}");
    let hers = chains_of(&mut a, case, her.member());
    let fork = hers
        .iter()
        .find(|c| c.device == fork_device)
        .unwrap_or_else(|| panic!("{hers:?}"));
    assert!(
        fork.checked.findings.contains(&Finding::Forked { seq: 1 }),
        "{fork:?}"
    );
    // She renames the child, then says her chain reaches further than it does: her own
    // chain shows the entries missing, and no one else's does.
    b.edit_field(
        *case.as_bytes(),
        "child.name",
        Some("Leila Haddad"),
        now(),
        today(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let hers_sealed = carried(&b, 400);
    let (_, last) = hers_sealed
        .last()
        .cloned()
        .unwrap_or_else(|| panic!("no edit"));
    let opened = last
        .open_numbered(&key, &her.public())
        .unwrap_or_else(|e| panic!("{e}"));
    let boasting = SealedOp::seal_naming(
        &opened.op,
        &key,
        epoch,
        &her,
        opened.number.unwrap_or(1),
        Some(NamedHead {
            device: fork_device,
            seq: 9,
            hash: [0; 32],
        }),
        [6; 24],
    )
    .unwrap_or_else(|e| panic!("{e}"));
    a.receive_batch(&[(500, boasting)], &[], at(500), now())
        .unwrap_or_else(|e| panic!("{e}"));
    let hers = chains_of(&mut a, case, her.member());
    let fork = hers
        .iter()
        .find(|c| c.device == fork_device)
        .unwrap_or_else(|| panic!("{hers:?}"));
    assert!(
        fork.checked
            .findings
            .contains(&Finding::HeldBack { have: 1, named: 9 }),
        "{fork:?}"
    );
    let mine = chains_of(&mut a, case, me.member());
    assert!(mine.iter().all(|c| c.checked.is_whole()), "{mine:?}");
    let held = a.sync_pending().unwrap_or_default().held;
    assert_eq!(held, 3);
}

#[test]
fn an_archive_sealed_for_a_member_opens_in_her_vault_alone() {
    use wayfinder_vault::archive::{ArchiveError, sealed_for};
    let Team {
        coordinator: (_ta, mut a, me),
        member: (_tb, mut b, her),
        chain,
    } = team_with(Role::Coordinator);
    let case = new_case(&mut a, "Layla Haddad");
    let archive = a
        .export_archive_for(case, her.member())
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        !archive.windows(5).any(|w| w == b"Layla"),
        "the child's name in clear"
    );
    assert_eq!(sealed_for(&archive).ok(), Some(Some(her.member())));
    let code = |r: Result<wayfinder_vault::archive::Imported, ArchiveError>| match r {
        Ok(_) => "ok",
        Err(e) => e.code(),
    };
    // Not for whoever sealed it, nor any passphrase.
    assert_eq!(
        code(a.import_archive_for_me(&archive)),
        "archive-not-for-you"
    );
    assert_eq!(
        code(b.import_archive(
            &archive,
            &wayfinder_vault::Passphrase::new("copper meadow lantern thistle orbit")
        )),
        "archive-wrong-passphrase"
    );
    // Cut short, a byte of the body flipped, the envelope's sender swapped: each refused, and
    // nothing written.
    let mut flipped = archive.clone();
    let last = flipped.len() - 20;
    flipped[last] ^= 1;
    let mut swapped = archive.clone();
    // The envelope starts at byte 13 with the case (16 bytes), then the member (16), then
    // the sender (16).
    swapped[13 + 32] ^= 1;
    for (bad, expect) in [
        (&archive[..archive.len() - 7], "archive-truncated"),
        (&flipped[..], "archive-altered"),
        (&swapped[..], "archive-unknown-sender"),
    ] {
        assert_eq!(code(b.import_archive_for_me(bad)), expect);
        assert_eq!(
            b.case_file(case).map(|f| f.len()).unwrap_or(0),
            0,
            "{expect}: written"
        );
    }
    // Nor for anyone else.
    let (_tc, _, _, mut c, _) = new_vault();
    assert_eq!(
        code(c.import_archive_for_me(&archive)),
        "archive-not-for-you"
    );
    let imported = b
        .import_archive_for_me(&archive)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.case, case);
    assert_eq!(name_of(&b, case), ["Layla Haddad"]);
    let _ = (me, chain);
}
