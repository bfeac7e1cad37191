//! Convergence over the real protocol: three members of a workspace edit one shared case
//! offline and online, through the client state machine, against the real server over real
//! HTTP, with a transport that loses requests, loses answers after the server acted, and
//! resends pushes already stored. Whatever the order, once everyone is online and quiet:
//! every replica holds the same operations, every acknowledged operation is everywhere,
//! nothing is stored twice, and concurrent edits of one field are conflicts, not choices.
//! On PostgreSQL and a bucket (`WAYFINDER_TEST_BACKEND=postgres`) three server processes share
//! them and each request goes to the next one, as a load balancer sends them.

mod common;

use common::Server;
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use wayfinder_merge::{AuthorId, Change, FieldRef, Hlc, OpId, Replica};
use wayfinder_sync::client::{Action, Client, Event};
use wayfinder_sync::wire::{self, Cursor, PullBatch, PushAck};
use wayfinder_sync::{CaseKey, Identity, SealedOp};

const CASE: [u8; 16] = [0xCA; 16];
const FIELDS: [&str; 3] = ["child.name", "diagnosis.text", "stage"];

/// One step of a run, chosen by proptest.
#[derive(Debug, Clone)]
enum Step {
    /// Member `who` edits field `field`.
    Edit { who: usize, field: usize },
    /// Member `who`'s next request goes through the transport, which does `fate` to it.
    Network { who: usize, fate: Fate },
    /// Member `who` loses or regains the connection.
    Toggle { who: usize },
}

#[derive(Debug, Clone, Copy)]
enum Fate {
    Delivered,
    /// The request never reaches the server.
    LostRequest,
    /// The server acts, the answer never arrives.
    LostAnswer,
    /// Delivered, and a push is sent a second time.
    Duplicated,
}

fn steps() -> impl Strategy<Value = Vec<Step>> {
    let fate = prop_oneof![
        4 => Just(Fate::Delivered),
        1 => Just(Fate::LostRequest),
        1 => Just(Fate::LostAnswer),
        1 => Just(Fate::Duplicated),
    ];
    let step = prop_oneof![
        3 => (0..3usize, 0..FIELDS.len()).prop_map(|(who, field)| Step::Edit { who, field }),
        5 => (0..3usize, fate).prop_map(|(who, fate)| Step::Network { who, fate }),
        1 => (0..3usize).prop_map(|who| Step::Toggle { who }),
    ];
    prop::collection::vec(step, 10..80)
}

struct Member {
    identity: Identity,
    token: [u8; 32],
    client: Client,
    replica: Replica,
    /// The request the client asked for and the transport has not carried yet.
    pending: Vec<Action>,
    online: bool,
    clock: u64,
    made: u32,
    /// Requests sent, to choose the process of the next one.
    sent: usize,
}

/// The run's record of what the server acknowledged and what it holds.
#[derive(Default)]
struct Ledger {
    acknowledged: BTreeSet<OpId>,
    sequences: BTreeMap<OpId, u64>,
}

async fn carry(
    nets: &[Server],
    m: &mut Member,
    key: &CaseKey,
    author_keys: &[wayfinder_sync::PublicIdentity],
    fate: Fate,
    ledger: &mut Ledger,
) {
    if !m.online || m.pending.is_empty() {
        return;
    }
    let action = m.pending.remove(0);
    m.clock += 1_000;
    // Round-robin: each request to the next process.
    m.sent += 1;
    let net = &nets[m.sent % nets.len()];
    let (path, body, is_push) = match &action {
        Action::Push(push) => ("/v1/push", wire::encode(push), true),
        Action::Pull(pull) => ("/v1/pull", wire::encode(pull), false),
        _ => return,
    };
    if let Fate::LostRequest = fate {
        let next = m.client.handle(Event::Failed(m.clock));
        handle(m, next, key, author_keys, ledger);
        return;
    }
    let delivered = |(status, bytes): (u16, Vec<u8>)| (status == 200).then_some(bytes);
    let answer = delivered(net.raw(path, Some(&m.token), body.clone()).await);
    if let (Fate::Duplicated, true) = (fate, is_push) {
        // The same push again: the server must answer with the same sequence numbers.
        // To another process, when there are several.
        let other = &nets[(m.sent + 1) % nets.len()];
        let again = delivered(other.raw(path, Some(&m.token), body).await);
        if let (Some(first), Some(second)) = (&answer, &again) {
            let first: PushAck = wire::decode(first).unwrap_or_else(|e| panic!("{e}"));
            let second: PushAck = wire::decode(second).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(first, second, "a repeated push was stored again");
        }
    }
    let event = match (answer, fate) {
        (None, _) | (_, Fate::LostAnswer) => Event::Failed(m.clock),
        (Some(bytes), _) if is_push => {
            Event::Pushed(wire::decode::<PushAck>(&bytes).unwrap_or_else(|e| panic!("{e}")))
        }
        (Some(bytes), _) => {
            Event::Pulled(wire::decode::<PullBatch>(&bytes).unwrap_or_else(|e| panic!("{e}")))
        }
    };
    let next = m.client.handle(event);
    handle(m, next, key, author_keys, ledger);
}

/// Carries out what the client asked: requests wait for the transport; the rest is done now.
fn handle(
    m: &mut Member,
    actions: Vec<Action>,
    key: &CaseKey,
    author_keys: &[wayfinder_sync::PublicIdentity],
    ledger: &mut Ledger,
) {
    for action in actions {
        match action {
            Action::Push(_) | Action::Pull(_) => m.pending.push(action),
            Action::Acknowledge(stored) => {
                for (op, seq) in stored {
                    ledger.acknowledged.insert(op);
                    let first = *ledger.sequences.entry(op).or_insert(seq);
                    assert_eq!(first, seq, "an operation was stored under two numbers");
                }
            }
            Action::Receive(ops, _) => {
                for (_, sealed) in ops {
                    let author = author_keys
                        .iter()
                        .find(|a| a.member == sealed.author)
                        .unwrap_or_else(|| panic!("unknown author"));
                    let op = sealed.open(key, author).unwrap_or_else(|e| panic!("{e}"));
                    m.replica.apply(&op);
                }
            }
            Action::SaveCursor(_) | Action::Status(_) => {}
            Action::Stalled => panic!("the real server answered without moving anything forward"),
        }
    }
}

async fn run(steps: Vec<Step>) {
    // The server task ends with this run's runtime.
    let (net, workspace, code) = common::start().await;
    let mut nets = common::siblings(&net, 2).await;

    let common::Team {
        members: identities,
        key,
        ..
    } = common::team(&net, workspace, code, 3, CASE).await;
    let author_keys: Vec<_> = identities.iter().map(Identity::public).collect();
    nets.insert(0, net);
    let net = &nets[0];

    let mut team = Vec::new();
    for identity in identities {
        let token = net.login(workspace, &identity).await;
        let mut member = Member {
            identity,
            token,
            client: Client::new(Cursor::default(), Vec::new(), None),
            replica: Replica::new(),
            pending: Vec::new(),
            online: true,
            clock: 0,
            made: 0,
            sent: 0,
        };
        let first = member.client.handle(Event::Online);
        member.pending.extend(first);
        team.push(member);
    }
    let mut ledger = Ledger::default();
    let mut made = HashSet::new();

    for step in steps {
        match step {
            Step::Edit { who, field } => {
                let m = &mut team[who];
                m.made += 1;
                m.clock += 1;
                let id = OpId(uuid_like(who as u8, m.made));
                let op = m.replica.write(
                    id,
                    AuthorId(m.identity.member().0),
                    Hlc {
                        millis: 1_795_000_000_000 + m.clock,
                        counter: m.made,
                    },
                    FieldRef {
                        scope: CASE,
                        entity: CASE,
                        field: FIELDS[field].to_owned(),
                    },
                    Change::Set(format!("{who}:{}", m.made).into_bytes()),
                );
                made.insert(id);
                let number = u64::from(m.made);
                let sealed =
                    SealedOp::seal(&op, &key, 1, &m.identity, number, nonce(who as u8, m.made))
                        .unwrap_or_else(|e| panic!("{e}"));
                let next = m.client.handle(Event::Queued(vec![sealed]));
                handle(m, next, &key, &author_keys, &mut ledger);
            }
            Step::Network { who, fate } => {
                carry(&nets, &mut team[who], &key, &author_keys, fate, &mut ledger).await;
            }
            Step::Toggle { who } => {
                let m = &mut team[who];
                m.online = !m.online;
                let event = if m.online {
                    Event::Online
                } else {
                    Event::Offline
                };
                if !m.online {
                    // What was asked for while connected is not carried once offline.
                    m.pending.clear();
                }
                let next = m.client.handle(event);
                handle(m, next, &key, &author_keys, &mut ledger);
            }
        }
    }

    // Everyone online; the network delivers until nobody has anything to send or pull.
    for m in &mut team {
        if !m.online {
            m.online = true;
            let next = m.client.handle(Event::Online);
            handle(m, next, &key, &author_keys, &mut ledger);
        }
    }
    for _round in 0..4 {
        for m in &mut team {
            if m.pending.is_empty() {
                m.clock += 1_000_000;
                let next = m.client.handle(Event::Tick(m.clock));
                handle(m, next, &key, &author_keys, &mut ledger);
            }
            let mut guard = 0;
            while !m.pending.is_empty() && guard < 100 {
                carry(&nets, m, &key, &author_keys, Fate::Delivered, &mut ledger).await;
                guard += 1;
            }
        }
    }

    for m in &team {
        assert_eq!(
            m.client.status().unsent,
            0,
            "an edit was never acknowledged"
        );
        for op in &made {
            assert!(
                m.replica.contains(*op),
                "an edit a member made is missing from a replica"
            );
        }
        assert_eq!(
            m.replica.len(),
            made.len(),
            "a replica holds operations nobody made"
        );
    }
    assert_eq!(ledger.acknowledged, made.iter().copied().collect());
    let fields: BTreeSet<&FieldRef> = team.iter().flat_map(|m| m.replica.fields()).collect();
    for field in fields {
        let heads: Vec<BTreeSet<OpId>> = team
            .iter()
            .map(|m| m.replica.heads(field).into_iter().collect())
            .collect();
        assert!(
            heads.windows(2).all(|w| w[0] == w[1]),
            "replicas differ on {}",
            field.field
        );
    }
}

fn uuid_like(who: u8, n: u32) -> [u8; 16] {
    let mut id = [0u8; 16];
    id[0] = who;
    id[1..5].copy_from_slice(&n.to_be_bytes());
    id
}

fn nonce(who: u8, n: u32) -> [u8; 24] {
    let mut nonce = [0u8; 24];
    nonce[0] = who;
    nonce[1..5].copy_from_slice(&n.to_be_bytes());
    nonce
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn members_converge_over_a_lossy_duplicating_transport(steps in steps()) {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap_or_else(|e| panic!("{e}"));
        runtime.block_on(run(steps));
    }
}
