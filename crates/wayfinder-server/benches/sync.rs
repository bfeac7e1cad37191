//! Team sync over loopback, against the real server with its SQLite store, in one run:
//!
//! 1. **Transfer.** 10,000 operations one member made offline reach a second member: pushed in
//!    the client's batches, stored, pulled, each signature verified, each operation decrypted
//!    and applied to the second member's replica. Goal: under 3 s. Baseline: the same request
//!    and answer bytes carried as plain HTTP POSTs by the same stack (axum on tokio, the same
//!    HTTP client), with no cryptography and no storage; the ratio is what our layers cost.
//! 2. **Crowd.** 50 members of one workspace push and pull at once, each pushing ten
//!    operations and pulling what is new, round after round: operations stored per second, and
//!    the 50th, 99th and slowest request latencies. The members are simulated: they seal their
//!    operations beforehand and count what they pull without opening it, so that the figure is
//!    the server's, not that of 50 members' cryptography on the same two cores.
//!
//! 3. **Scale-out.** 200 members at once, as the crowd, on the server's three ways of running:
//!    SQLite and a folder (the baseline), PostgreSQL and an S3-compatible bucket with one
//!    process, and the same with three processes, each member's rounds going to the processes
//!    in turn: operations stored per second and the 50th and 99th request latencies, with each
//!    PostgreSQL figure's ratio to SQLite's. Run beside `scripts/backends` (a private
//!    PostgreSQL, moto for the bucket), on the same machine as the server: three processes
//!    share its cores, so the figure shows what the database's locking costs, not what more
//!    machines would add.
//!
//! `scripts/backends cargo bench -p wayfinder-server --bench sync`; under `cargo test` all
//! three run small, as a smoke test that the measured path works.
#![allow(clippy::print_stdout)]

#[path = "../tests/common/mod.rs"]
mod common;

use axum::body::Bytes;
use axum::extract::State;
use axum::routing::post;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use wayfinder_merge::{AuthorId, Change, FieldRef, Hlc, OpId, Replica};
use wayfinder_sync::client::BATCH;
use wayfinder_sync::wire::{self, Cursor, PullBatch, PullRequest, Push, PushAck};
use wayfinder_sync::{CaseKey, Identity, PublicIdentity, SealedOp};
use wayfinder_testkit::server::Backend;

const CASE: [u8; 16] = [0xCA; 16];

/// Operations made offline by `me`, sealed: what its outbox holds when it reconnects. Each is
/// a field of one of many entities, the shape of a case file being written.
fn outbox(me: &Identity, key: &CaseKey, count: u32, salt: u32) -> Vec<SealedOp> {
    let mut replica = Replica::new();
    let member = me.member().0;
    (0..count)
        .map(|n| {
            let mut id = [0u8; 16];
            id[..2].copy_from_slice(&member[..2]);
            id[2..6].copy_from_slice(&salt.to_be_bytes());
            id[6..10].copy_from_slice(&n.to_be_bytes());
            let mut entity = CASE;
            entity[..4].copy_from_slice(&(n / 8).to_be_bytes());
            let op = replica.write(
                OpId(id),
                AuthorId(member),
                Hlc {
                    millis: 1_795_000_000_000 + u64::from(n),
                    counter: 0,
                },
                FieldRef {
                    scope: CASE,
                    entity,
                    field: format!("field.{}", n % 8),
                },
                Change::Set(format!("value {n}: words of a translated report").into_bytes()),
            );
            let mut nonce = [0u8; 24];
            nonce[..16].copy_from_slice(&id);
            SealedOp::seal(&op, key, 1, me, u64::from(n) + 1, nonce)
                .unwrap_or_else(|e| panic!("{e}"))
        })
        .collect()
}

/// Pushes `ops` in the client's batches; returns each request's body and answer.
async fn push_all(
    net: &common::Server,
    token: &[u8; 32],
    ops: &[SealedOp],
    latencies: &mut Vec<Duration>,
) -> Vec<(Vec<u8>, Vec<u8>)> {
    let mut carried = Vec::new();
    for chunk in ops.chunks(BATCH) {
        let body = wire::encode(&Push {
            ops: chunk.to_vec(),
        });
        let started = Instant::now();
        let (status, answer) = net.raw("/v1/push", Some(token), body.clone()).await;
        latencies.push(started.elapsed());
        assert_eq!(status, 200, "a push was refused");
        let ack: PushAck = wire::decode(&answer).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(ack.stored.len(), chunk.len(), "a push was not all stored");
        carried.push((body, answer));
    }
    carried
}

/// What a puller does with what it receives.
enum Receiver<'a> {
    /// Verifies, opens and applies each operation, as an app does.
    Apply {
        key: &'a CaseKey,
        authors: &'a [PublicIdentity],
        replica: &'a mut Replica,
    },
    /// Counts them: a simulated member, so that the crowd measures the server, not 50 members'
    /// cryptography sharing two cores with it.
    Count(&'a mut usize),
}

/// Pulls everything after `after`; returns the new cursor and each request's body and answer.
async fn pull_all(
    net: &common::Server,
    token: &[u8; 32],
    mut after: Cursor,
    receiver: &mut Receiver<'_>,
    latencies: &mut Vec<Duration>,
) -> (Cursor, Vec<(Vec<u8>, Vec<u8>)>) {
    let mut carried = Vec::new();
    loop {
        let body = wire::encode(&PullRequest {
            after,
            limit: BATCH as u32,
        });
        let started = Instant::now();
        let (status, answer) = net.raw("/v1/pull", Some(token), body.clone()).await;
        latencies.push(started.elapsed());
        assert_eq!(status, 200, "a pull was refused");
        let batch: PullBatch = wire::decode(&answer).unwrap_or_else(|e| panic!("{e}"));
        match receiver {
            Receiver::Apply {
                key,
                authors,
                replica,
            } => {
                for (_, sealed) in &batch.ops {
                    let author = authors
                        .iter()
                        .find(|a| a.member == sealed.author)
                        .unwrap_or_else(|| panic!("an operation from outside the roster"));
                    let op = sealed.open(key, author).unwrap_or_else(|e| panic!("{e}"));
                    replica.apply(&op);
                }
            }
            Receiver::Count(count) => **count += batch.ops.len(),
        }
        after = batch.last;
        carried.push((body, answer));
        if !batch.more {
            return (after, carried);
        }
    }
}

/// The baseline server: the same axum stack answering each POST with the answer our server
/// gave to the same request, held in memory. No cryptography, no storage.
async fn plain_server(answers: Vec<Vec<u8>>) -> String {
    #[derive(Clone)]
    struct Recorded {
        answers: Arc<Vec<Bytes>>,
        next: Arc<AtomicUsize>,
    }
    async fn answer(State(recorded): State<Recorded>, _body: Bytes) -> Bytes {
        let n = recorded.next.fetch_add(1, Ordering::Relaxed);
        recorded.answers[n % recorded.answers.len()].clone()
    }
    let recorded = Recorded {
        answers: Arc::new(answers.into_iter().map(Bytes::from).collect()),
        next: Arc::new(AtomicUsize::new(0)),
    };
    let app = axum::Router::new()
        .route("/v1/push", post(answer))
        .route("/v1/pull", post(answer))
        .with_state(recorded);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let url = format!(
        "http://{}",
        listener.local_addr().unwrap_or_else(|e| panic!("{e}"))
    );
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

async fn transfer(count: u32, runs: usize) {
    let http = reqwest::Client::new();
    let mut ours = Vec::new();
    let mut plain = Vec::new();
    for run in 0..runs {
        // A fresh server and team each run: the same operations again would be no-ops.
        let (net, workspace, code) = common::start().await;
        let team = common::team(&net, workspace, code, 2, CASE).await;
        let (writer, reader) = (&team.members[0], &team.members[1]);
        let authors: Vec<PublicIdentity> = team.members.iter().map(Identity::public).collect();
        let ops = outbox(writer, &team.key, count, run as u32);
        let writer_token = net.login(workspace, writer).await;
        let reader_token = net.login(workspace, reader).await;

        let mut replica = Replica::new();
        let mut latencies = Vec::new();
        let started = Instant::now();
        let pushed = push_all(&net, &writer_token, &ops, &mut latencies).await;
        let mut receiver = Receiver::Apply {
            key: &team.key,
            authors: &authors,
            replica: &mut replica,
        };
        let (_, pulled) = pull_all(
            &net,
            &reader_token,
            Cursor::default(),
            &mut receiver,
            &mut latencies,
        )
        .await;
        ours.push(started.elapsed());
        assert_eq!(replica.len(), count as usize, "an operation did not arrive");

        // The same bytes, the same requests in the same order, over plain HTTP.
        let requests: Vec<(&str, Vec<u8>)> = pushed
            .iter()
            .map(|(body, _)| ("/v1/push", body.clone()))
            .chain(pulled.iter().map(|(body, _)| ("/v1/pull", body.clone())))
            .collect();
        let answers = pushed.into_iter().chain(pulled).map(|(_, a)| a).collect();
        let url = plain_server(answers).await;
        let started = Instant::now();
        for (path, body) in requests {
            let response = http
                .post(format!("{url}{path}"))
                .body(body)
                .send()
                .await
                .unwrap_or_else(|e| panic!("{e}"));
            let bytes = response.bytes().await.unwrap_or_else(|e| panic!("{e}"));
            assert!(!bytes.is_empty(), "the baseline answered nothing");
        }
        plain.push(started.elapsed());
    }
    let (ours, plain) = (median(ours), median(plain));
    println!(
        "transfer: {count} operations pushed, stored, pulled, verified, decrypted, applied: \
         {:.0} ms (goal < 3000 ms); the same bytes as plain POSTs: {:.1} ms; ratio {:.1}x",
        ms(ours),
        ms(plain),
        ours.as_secs_f64() / plain.as_secs_f64()
    );
}

/// What a crowd measured.
struct Crowd {
    pushed: u64,
    received: usize,
    elapsed: Duration,
    requests: usize,
    p50: Duration,
    p99: Duration,
    slowest: Duration,
}

impl Crowd {
    fn per_second(&self) -> f64 {
        self.pushed as f64 / self.elapsed.as_secs_f64()
    }
}

/// `size` members push ten operations and pull what is new, `rounds` times, all at once, on
/// `backend` with `processes` server processes (member `n`'s round `r` goes to process
/// `n + r`).
async fn crowd(size: u16, rounds: u32, backend: Backend, processes: usize) -> Crowd {
    let first = common::serve_on(
        backend,
        tempfile::tempdir().unwrap_or_else(|e| panic!("{e}")),
    )
    .await;
    let (workspace, code) =
        wayfinder_server::reserve_workspace(first.store.as_ref()).unwrap_or_else(|e| panic!("{e}"));
    let team = common::team(&first, workspace, code, size, CASE).await;
    let mut nets = vec![first];
    nets.extend(common::siblings(&nets[0], processes - 1).await);
    assert_eq!(nets.len(), processes, "three processes need PostgreSQL");
    let nets = Arc::new(nets);
    let key = team.key;
    let mut tokens = Vec::new();
    let mut outboxes = Vec::new();
    for (n, member) in team.members.iter().enumerate() {
        tokens.push(nets[0].login(workspace, member).await);
        outboxes.push(outbox(member, &key, rounds * 10, n as u32));
    }
    let started = Instant::now();
    let mut tasks = Vec::new();
    for (n, (token, ops)) in tokens.into_iter().zip(outboxes).enumerate() {
        let nets = nets.clone();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut received = 0;
            let mut cursor = Cursor::default();
            for (round, chunk) in ops.chunks(10).enumerate() {
                let net = &nets[(n + round) % nets.len()];
                push_all(net, &token, chunk, &mut latencies).await;
                let mut receiver = Receiver::Count(&mut received);
                let (next, _) = pull_all(net, &token, cursor, &mut receiver, &mut latencies).await;
                cursor = next;
            }
            (latencies, received)
        }));
    }
    let mut latencies = Vec::new();
    let mut received = 0;
    for task in tasks {
        let (mine, seen) = task.await.unwrap_or_else(|e| panic!("{e}"));
        latencies.extend(mine);
        received += seen;
    }
    let elapsed = started.elapsed();
    latencies.sort();
    assert!(received > 0, "no member received anything");
    Crowd {
        pushed: u64::from(size) * u64::from(rounds) * 10,
        received,
        elapsed,
        requests: latencies.len(),
        p50: percentile(&latencies, 0.50),
        p99: percentile(&latencies, 0.99),
        slowest: percentile(&latencies, 1.0),
    }
}

fn print_crowd(label: &str, size: u16, c: &Crowd) {
    println!(
        "{label}: {size} members, {} operations pushed and {} pulled in {:.0} ms: {:.0} \
         operations stored per second; {} requests, latency p50 {:.1} ms, p99 {:.1} ms, \
         slowest {:.1} ms",
        c.pushed,
        c.received,
        ms(c.elapsed),
        c.per_second(),
        c.requests,
        ms(c.p50),
        ms(c.p99),
        ms(c.slowest),
    );
}

/// The same crowd on SQLite, PostgreSQL with one process and with three; ratios to SQLite.
async fn scale_out(size: u16, rounds: u32) {
    let sqlite = crowd(size, rounds, Backend::Embedded, 1).await;
    print_crowd("scale-out, SQLite and a folder (baseline)", size, &sqlite);
    for processes in [1, 3] {
        let pg = crowd(size, rounds, Backend::scaled(), processes).await;
        print_crowd(
            &format!("scale-out, PostgreSQL and S3, {processes} process(es)"),
            size,
            &pg,
        );
        println!(
            "  ratio to SQLite: operations per second {:.2}x, p50 {:.2}x, p99 {:.2}x",
            pg.per_second() / sqlite.per_second(),
            pg.p50.as_secs_f64() / sqlite.p50.as_secs_f64(),
            pg.p99.as_secs_f64() / sqlite.p99.as_secs_f64(),
        );
    }
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    runtime.block_on(async {
        if full {
            transfer(10_000, 5).await;
            print_crowd("crowd", 50, &crowd(50, 20, Backend::Embedded, 1).await);
            scale_out(200, 10).await;
        } else {
            transfer(100, 1).await;
            print_crowd("crowd", 4, &crowd(4, 2, Backend::Embedded, 1).await);
            scale_out(6, 2).await;
        }
    });
}
