//! Property tests of the merge (SECURITY-AND-SYNC.md, section 6.3): 2 to 8 authors edit random
//! fields while exchanging operations at random; then every operation reaches every replica in
//! a random order, with duplicates. All replicas end equal; every pair of edits of one field made
//! without seeing each other is a visible conflict (checked against vector clocks, an oracle
//! independent of the parents the merge uses); a person's resolution clears it everywhere.

use proptest::prelude::*;
use std::collections::BTreeMap;
use wayfinder_merge::{AuthorId, Change, Clock, FieldRef, FieldValue, OpId, Operation, Replica};

const FIELDS: u8 = 4;

#[derive(Clone, Debug)]
enum Step {
    Edit { author: usize, field: u8, value: u8 },
    Send { from: usize, to: usize },
}

fn field(n: u8) -> FieldRef {
    FieldRef {
        scope: [7; 16],
        entity: [n % 2; 16],
        field: format!("f{n}"),
    }
}

/// One author's device: its replica, what it knows, and its vector clock.
struct Device {
    replica: Replica,
    known: Vec<Operation>,
    clock: Clock,
    vector: Vec<u32>,
}

/// The oracle's record of an operation: the vector clock of its author when made.
type Vectors = BTreeMap<OpId, Vec<u32>>;

fn happened_before(a: &[u32], b: &[u32]) -> bool {
    a.iter().zip(b).all(|(x, y)| x <= y) && a != b
}

fn run(authors: usize, steps: &[Step]) -> (Vec<Device>, Vectors) {
    let mut devices: Vec<Device> = (0..authors)
        .map(|_| Device {
            replica: Replica::new(),
            known: vec![],
            clock: Clock::default(),
            vector: vec![0; authors],
        })
        .collect();
    let mut vectors = Vectors::new();
    let mut counter: u32 = 0;
    for (t, step) in steps.iter().enumerate() {
        match *step {
            Step::Edit {
                author,
                field: f,
                value,
            } => {
                let author = author % authors;
                counter += 1;
                let mut id = [0u8; 16];
                id[..4].copy_from_slice(&counter.to_be_bytes());
                id[15] = author as u8;
                let device = &mut devices[author];
                device.vector[author] += 1;
                let time = device.clock.tick(t as u64 / 3);
                let op = device.replica.write(
                    OpId(id),
                    AuthorId([author as u8; 16]),
                    time,
                    field(f % FIELDS),
                    Change::Set(vec![value]),
                );
                vectors.insert(op.id, device.vector.clone());
                device.known.push(op);
            }
            Step::Send { from, to } => {
                let (from, to) = (from % authors, to % authors);
                if from == to {
                    continue;
                }
                let ops = devices[from].known.clone();
                let device = &mut devices[to];
                for op in ops {
                    if !device.replica.contains(op.id) {
                        device.replica.apply(&op);
                        device.clock.observe(op.time);
                        for (mine, theirs) in device.vector.iter_mut().zip(&vectors[&op.id]) {
                            *mine = (*mine).max(*theirs);
                        }
                        device.known.push(op);
                    }
                }
            }
        }
    }
    (devices, vectors)
}

/// A replica's state, comparable across replicas: each field's heads with their values.
type Snapshot = BTreeMap<String, Vec<(OpId, Vec<u8>)>>;

fn snapshot(replica: &Replica) -> Snapshot {
    let mut out = BTreeMap::new();
    for f in replica.fields() {
        let versions = match replica.value(f) {
            FieldValue::Unset => vec![],
            FieldValue::One(v) => vec![v],
            FieldValue::Conflict(vs) => vs,
        };
        let heads = versions
            .into_iter()
            .map(|v| {
                (
                    v.op,
                    match &v.change {
                        Change::Set(b) => b.clone(),
                        Change::Clear => vec![],
                    },
                )
            })
            .collect();
        out.insert(format!("{f:?}"), heads);
    }
    out
}

fn steps() -> impl Strategy<Value = (usize, Vec<Step>)> {
    (2usize..=8).prop_flat_map(|authors| {
        let step = prop_oneof![
            3 => (0..authors, 0..FIELDS, any::<u8>()).prop_map(|(author, field, value)| Step::Edit { author, field, value }),
            2 => (0..authors, 0..authors).prop_map(|(from, to)| Step::Send { from, to }),
        ];
        (Just(authors), prop::collection::vec(step, 1..80))
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn replicas_converge_and_every_concurrent_edit_is_a_visible_conflict(
        (authors, script) in steps(),
        orders in prop::collection::vec(prop::collection::vec(any::<prop::sample::Index>(), 0..400), 3),
    ) {
        let (devices, vectors) = run(authors, &script);
        let all: Vec<Operation> = devices.iter().flat_map(|d| d.known.clone()).collect();

        // Any order, with duplicates: the same state.
        let mut reference: Option<Snapshot> = None;
        for picks in &orders {
            let mut replica = Replica::new();
            for pick in picks {
                if !all.is_empty() {
                    replica.apply(&all[pick.index(all.len())]);
                }
            }
            for op in all.iter().rev() {
                replica.apply(op);
            }
            let state = snapshot(&replica);
            match &reference {
                None => reference = Some(state),
                Some(r) => prop_assert_eq!(r, &state),
            }
        }
        let reference = reference.unwrap_or_default();

        // Every device, once it has everything, agrees.
        for device in &devices {
            let mut replica = device.replica.clone();
            for op in &all {
                replica.apply(op);
            }
            prop_assert_eq!(&snapshot(&replica), &reference);
        }

        // The oracle: per field, the edits no other edit of that field happened after.
        let mut expected: BTreeMap<String, Vec<OpId>> = BTreeMap::new();
        let mut unique: BTreeMap<OpId, &Operation> = BTreeMap::new();
        for op in &all {
            unique.insert(op.id, op);
        }
        for op in unique.values() {
            let later = unique.values().any(|other| other.target == op.target
                && happened_before(&vectors[&op.id], &vectors[&other.id]));
            if !later {
                expected.entry(format!("{:?}", op.target)).or_default().push(op.id);
            }
        }
        for (f, mut ids) in expected {
            ids.sort();
            let mut got: Vec<OpId> = reference.get(&f).map(|h| h.iter().map(|(id, _)| *id).collect()).unwrap_or_default();
            got.sort();
            prop_assert_eq!(&got, &ids, "field {}", f);
        }

        // A person settles every conflict; once her choices arrive, no conflict is left.
        let mut merged = Replica::new();
        for op in &all {
            merged.apply(op);
        }
        let conflicted: Vec<FieldRef> = merged.conflicts().cloned().collect();
        let mut clock = Clock::default();
        let mut resolutions = Vec::new();
        for (n, f) in conflicted.iter().enumerate() {
            let time = clock.tick(1_000_000);
            resolutions.push(merged.write(OpId([0xee, n as u8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), AuthorId([0xee; 16]), time, f.clone(), Change::Set(vec![0xee])));
        }
        prop_assert_eq!(merged.conflicts().count(), 0);
        for device in &devices {
            let mut replica = device.replica.clone();
            for op in resolutions.iter().chain(&all) {
                replica.apply(op);
            }
            prop_assert_eq!(replica.conflicts().count(), 0);
            for f in &conflicted {
                prop_assert!(matches!(replica.value(f), FieldValue::One(v) if v.change == Change::Set(vec![0xee])));
            }
        }
    }
}
