//! The server beyond one box, on the real parts `scripts/backends` starts (a private
//! PostgreSQL and an S3-compatible server): a team moved from the embedded back ends by
//! `wayfinder-server migrate`, several server processes on one database and bucket, and the
//! database going away and coming back.

mod common;

use common::{identity, op, seal};
use std::process::Command;
use wayfinder_server::config::S3Config;
use wayfinder_server::postgres::PgConfig;
use wayfinder_sync::CaseKey;
use wayfinder_sync::wire::{BlobAsk, BlobChunk, BlobState, Push, PushAck};
use wayfinder_testkit::server::{Backend, fresh_bucket, fresh_database};

/// The secrets given to the server binary, which nothing it prints may hold (moto takes any
/// key).
const SECRET_CANARY: &str = "Secretwren-Kqzv-7731";

/// The server binary with the environment that names `database` and `bucket`, as an admin
/// configures it.
fn server_binary(database: &PgConfig, bucket: &S3Config) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_wayfinder-server"));
    command
        .env("WAYFINDER_DATABASE_URL", &database.url)
        .env("WAYFINDER_S3_BUCKET", &bucket.bucket)
        .env(
            "WAYFINDER_S3_ENDPOINT",
            bucket.endpoint.as_deref().unwrap_or_default(),
        )
        .env("AWS_ACCESS_KEY_ID", "testing")
        .env("AWS_SECRET_ACCESS_KEY", SECRET_CANARY)
        // The test PostgreSQL trusts loopback and ignores it; it must still never be printed.
        .env("WAYFINDER_DATABASE_PASSWORD", SECRET_CANARY);
    command
}

/// `wayfinder-server migrate --from data`: whether it succeeded, and what it printed.
fn migrate(data: &std::path::Path, database: &PgConfig, bucket: &S3Config) -> (bool, String) {
    let out = server_binary(database, bucket)
        .args(["migrate", "--from"])
        .arg(data)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let printed = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        !printed.contains(SECRET_CANARY),
        "a secret was printed: {printed}"
    );
    (out.status.success(), printed)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_team_moves_to_postgresql_and_a_bucket_whole_and_a_second_run_changes_nothing() {
    // A team on the embedded back ends: 30 edits and an original of three chunks.
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let old = common::serve_on(Backend::Embedded, dir).await;
    let (workspace, code) =
        wayfinder_server::reserve_workspace(old.store.as_ref()).unwrap_or_else(|e| panic!("{e}"));
    let coordinator = identity(1);
    let token = common::create_and_log_in(&old, workspace, code, &coordinator, "Amira").await;
    let key = CaseKey::generate().unwrap_or_else(|e| panic!("{e}"));
    let case = [0xC5; 16];
    common::keep_case(&old, &token, case, &key, &coordinator).await;
    let push = Push {
        ops: (1..=30)
            .map(|n| {
                seal(
                    &op(&coordinator, case, n, &format!("edit {n}")),
                    &key,
                    &coordinator,
                )
            })
            .collect(),
    };
    let _: PushAck = old.post("/v1/push", Some(&token), &push).await;
    let file: Vec<u8> = (0..2_500_000u32).map(|i| (i * 7 % 251) as u8).collect();
    let upload = common::SignedUpload::new(
        &key,
        &coordinator,
        wayfinder_sync::CaseRef(case),
        [9; 32],
        &file,
    );
    for index in 0..upload.total {
        let _: BlobState = old
            .post("/v1/blob/put", Some(&token), &upload.put(index))
            .await;
    }
    let before = old.pull_all(&token).await;

    // Moved, then moved again: the second run finds everything there.
    let (database, bucket) = (fresh_database(), fresh_bucket());
    let (ok, printed) = migrate(old.dir.path(), &database, &bucket);
    assert!(ok, "{printed}");
    assert!(printed.contains("Migrated, and checked"), "{printed}");
    assert!(
        printed
            .lines()
            .any(|l| l.starts_with("blobs") && l.contains(&format!(" {} chunks,", upload.total))),
        "{printed}"
    );
    let (ok, again) = migrate(old.dir.path(), &database, &bucket);
    assert!(ok, "{again}");
    assert!(again.contains("nothing changed"), "{again}");
    // The same counts and hashes both times.
    let tables = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.contains("sha256"))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(tables(&printed), tables(&again));
    assert_eq!(tables(&printed).len(), 10);

    // A server on PostgreSQL and the bucket serves her everything, the original whole.
    let scaled = common::serve_on(
        Backend::Scaled {
            database: database.clone(),
            bucket: bucket.clone(),
        },
        tempfile::tempdir().unwrap_or_else(|e| panic!("{e}")),
    )
    .await;
    let token = scaled.login(workspace, &coordinator).await;
    let after = scaled.pull_all(&token).await;
    assert_eq!(
        after
            .ops
            .iter()
            .map(|(seq, op)| (*seq, op.op))
            .collect::<Vec<_>>(),
        before
            .ops
            .iter()
            .map(|(seq, op)| (*seq, op.op))
            .collect::<Vec<_>>()
    );
    let mut chunks = Vec::new();
    for index in 0..upload.total {
        let got: BlobChunk = scaled
            .post(
                "/v1/blob/get",
                Some(&token),
                &BlobAsk {
                    case: wayfinder_sync::CaseRef(case),
                    name: upload.name,
                    index,
                },
            )
            .await;
        chunks.push(got.chunk);
    }
    assert_eq!(
        chunks,
        (0..upload.total)
            .map(|i| upload.put(i).chunk)
            .collect::<Vec<_>>()
    );
    // Her next edit takes the next number, after the moved ones.
    let next = Push {
        ops: vec![seal(
            &op(&coordinator, case, 31, "after the move"),
            &key,
            &coordinator,
        )],
    };
    let acked: PushAck = scaled.post("/v1/push", Some(&token), &next).await;
    let last = before.ops.last().map(|(seq, _)| *seq).unwrap_or_default();
    assert_eq!(acked.stored[0].1, last + 1);

    // Another team's file is not poured into a database that holds one.
    let other = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let other_server = common::serve_on(Backend::Embedded, other).await;
    wayfinder_server::reserve_workspace(other_server.store.as_ref())
        .unwrap_or_else(|e| panic!("{e}"));
    let (ok, refused) = migrate(other_server.dir.path(), &database, &bucket);
    assert!(!ok);
    assert!(refused.contains("already holds other data"), "{refused}");
    // Nothing of it arrived.
    let token = scaled.login(workspace, &coordinator).await;
    assert_eq!(scaled.pull_all(&token).await.ops.len(), 31);
}

/// Operation `k` of writer `w`, with an id and a nonce of its own.
fn numbered(
    author: &wayfinder_sync::Identity,
    key: &CaseKey,
    case: [u8; 16],
    w: u8,
    k: u8,
) -> wayfinder_sync::SealedOp {
    let mut edit = op(author, case, k, &format!("writer {w}, edit {k}"));
    let mut id = [0u8; 16];
    id[0] = w;
    id[1] = k;
    id[15] = 0xEE;
    edit.id = wayfinder_merge::OpId(id);
    let mut nonce = [0u8; 24];
    nonce[..16].copy_from_slice(&id);
    wayfinder_sync::SealedOp::seal(&edit, key, 1, author, u64::from(k) + 1, nonce)
        .unwrap_or_else(|e| panic!("{e}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn readers_of_three_processes_miss_nothing_while_writers_commit_through_all_three() {
    use std::collections::BTreeMap;
    use std::sync::Arc;
    use wayfinder_sync::wire::{Cursor, PullBatch, PullRequest};
    const CASE: [u8; 16] = [0xAB; 16];
    const WRITERS: u8 = 6;
    const EDITS: u8 = 40;
    let first = common::serve_on(
        Backend::scaled(),
        tempfile::tempdir().unwrap_or_else(|e| panic!("{e}")),
    )
    .await;
    let (workspace, code) =
        wayfinder_server::reserve_workspace(first.store.as_ref()).unwrap_or_else(|e| panic!("{e}"));
    let team = common::team(&first, workspace, code, 3, CASE).await;
    let mut nets = vec![first];
    nets.extend(common::siblings(&nets[0], 2).await);
    assert_eq!(nets.len(), 3);
    let nets = Arc::new(nets);
    let mut tokens = Vec::new();
    for member in &team.members {
        tokens.push(nets[0].login(workspace, member).await);
    }
    let done = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let key = team.key.clone();
    let authors: Vec<Arc<wayfinder_sync::Identity>> =
        team.members.into_iter().map(Arc::new).collect();

    // Two members read as the log grows, each request to the next process.
    let mut readers = Vec::new();
    for (r, token) in tokens.iter().copied().enumerate().take(2) {
        let (nets, done) = (nets.clone(), done.clone());
        readers.push(tokio::spawn(async move {
            let mut seen: BTreeMap<wayfinder_merge::OpId, u32> = BTreeMap::new();
            let mut after = Cursor::default();
            let mut turn = r;
            loop {
                let finished = done.load(std::sync::atomic::Ordering::SeqCst);
                loop {
                    turn += 1;
                    let batch: PullBatch = nets[turn % 3]
                        .post("/v1/pull", Some(&token), &PullRequest { after, limit: 7 })
                        .await;
                    for (_, sealed) in &batch.ops {
                        *seen.entry(sealed.op).or_default() += 1;
                    }
                    after = batch.last;
                    if !batch.more {
                        break;
                    }
                }
                if finished {
                    return seen;
                }
                tokio::time::sleep(std::time::Duration::from_millis(3)).await;
            }
        }));
    }
    // Six writers push one edit at a time, each push to the next process.
    let mut writers = Vec::new();
    for w in 0..WRITERS {
        let member = usize::from(w) % authors.len();
        let (nets, token, key) = (nets.clone(), tokens[member], key.clone());
        let author = authors[member].clone();
        writers.push(tokio::spawn(async move {
            let mut acked = Vec::new();
            for k in 0..EDITS {
                let push = Push {
                    ops: vec![numbered(&author, &key, CASE, w, k)],
                };
                let ack: PushAck = nets[(usize::from(w) + usize::from(k)) % 3]
                    .post("/v1/push", Some(&token), &push)
                    .await;
                acked.extend(ack.stored);
            }
            acked
        }));
    }
    let mut acknowledged = BTreeMap::new();
    for writer in writers {
        for (op, seq) in writer.await.unwrap_or_else(|e| panic!("{e}")) {
            assert!(acknowledged.insert(op, seq).is_none(), "acknowledged twice");
        }
    }
    done.store(true, std::sync::atomic::Ordering::SeqCst);
    assert_eq!(
        acknowledged.len(),
        usize::from(WRITERS) * usize::from(EDITS)
    );
    // Numbers are unique: one writer at a time took each.
    let numbers: std::collections::BTreeSet<u64> = acknowledged.values().copied().collect();
    assert_eq!(numbers.len(), acknowledged.len());
    for reader in readers {
        let seen = reader.await.unwrap_or_else(|e| panic!("{e}"));
        let missed = acknowledged
            .keys()
            .filter(|op| !seen.contains_key(op))
            .count();
        assert_eq!(
            missed, 0,
            "a reader's cursor passed {missed} acknowledged edits"
        );
        assert!(
            seen.values().all(|n| *n == 1),
            "a reader received an edit twice"
        );
    }
}

/// A `wayfinder-server serve` process on `port`, on the back ends the environment names.
struct Process {
    port: u16,
    child: Option<std::process::Child>,
}

impl Process {
    fn start(database: &PgConfig, bucket: &S3Config, port: u16) -> Process {
        let child = server_binary(database, bucket)
            .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        Process {
            port,
            child: Some(child),
        }
    }

    /// `kill -9`.
    fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        self.kill();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Posts to a process; `None` when it is not there to answer (killed, starting).
async fn try_post(
    http: &reqwest::Client,
    port: u16,
    path: &str,
    token: &[u8; 32],
    body: Vec<u8>,
) -> Option<(u16, Vec<u8>)> {
    let response = http
        .post(format!("http://127.0.0.1:{port}{path}"))
        .header("authorization", format!("Bearer {}", hex::encode(token)))
        .body(body)
        .timeout(std::time::Duration::from_secs(10))
        .send()
        .await
        .ok()?;
    let status = response.status().as_u16();
    Some((status, response.bytes().await.ok()?.to_vec()))
}

/// Sends `message` to the processes in turn, from `turn`, until one answers 200, as an app
/// retries: the answer.
async fn until_answered<T: serde::Serialize, R: serde::de::DeserializeOwned>(
    http: &reqwest::Client,
    ports: &[u16],
    turn: &mut usize,
    path: &str,
    token: &[u8; 32],
    message: &T,
) -> R {
    let body = wayfinder_sync::wire::encode(message);
    for _ in 0..2_000 {
        *turn += 1;
        if let Some((200, bytes)) =
            try_post(http, ports[*turn % ports.len()], path, token, body.clone()).await
        {
            return wayfinder_sync::wire::decode(&bytes).unwrap_or_else(|e| panic!("{e}"));
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("{path}: no process answered for 40 s")
}

fn random_below(limit: u64) -> u64 {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).unwrap_or_else(|e| panic!("{e}"));
    u64::from_le_bytes(bytes) % limit.max(1)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn kill_9_of_any_of_three_processes_loses_no_acknowledged_edit_and_no_chunk() {
    use std::collections::BTreeMap;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    use wayfinder_sync::wire::{Cursor, PullBatch, PullRequest};
    const CASE: [u8; 16] = [0xCD; 16];
    const KILLS: usize = 24;
    let (database, bucket) = (fresh_database(), fresh_bucket());
    let backend = Backend::Scaled {
        database: database.clone(),
        bucket: bucket.clone(),
    };
    // The team is formed on an in-process server over the same database and bucket.
    let setup = common::serve_on(
        backend,
        tempfile::tempdir().unwrap_or_else(|e| panic!("{e}")),
    )
    .await;
    let (workspace, code) =
        wayfinder_server::reserve_workspace(setup.store.as_ref()).unwrap_or_else(|e| panic!("{e}"));
    let team = common::team(&setup, workspace, code, 2, CASE).await;
    let writer_token = setup.login(workspace, &team.members[0]).await;
    let reader_token = setup.login(workspace, &team.members[1]).await;
    let ports: Vec<u16> = (0..3).map(|_| free_port()).collect();
    let processes: Arc<std::sync::Mutex<Vec<Process>>> = Arc::new(std::sync::Mutex::new(
        ports
            .iter()
            .map(|p| Process::start(&database, &bucket, *p))
            .collect(),
    ));
    let done = Arc::new(AtomicBool::new(false));
    let http = reqwest::Client::new();

    // The killer: now and then one process, any, is killed -9 and started again.
    let killer = {
        let (processes, database, bucket) = (processes.clone(), database.clone(), bucket.clone());
        tokio::spawn(async move {
            for _ in 0..KILLS {
                tokio::time::sleep(std::time::Duration::from_millis(40 + random_below(160))).await;
                let mut all = processes.lock().unwrap_or_else(|e| panic!("{e}"));
                let victim = random_below(3) as usize;
                all[victim].kill();
                let port = all[victim].port;
                all[victim] = Process::start(&database, &bucket, port);
            }
        })
    };
    // The reader pulls as the log grows, through any process.
    let reader = {
        let (http, ports, done) = (http.clone(), ports.clone(), done.clone());
        tokio::spawn(async move {
            let mut seen: BTreeMap<wayfinder_merge::OpId, u32> = BTreeMap::new();
            let (mut after, mut turn) = (Cursor::default(), 0);
            loop {
                let finished = done.load(Ordering::SeqCst);
                loop {
                    let batch: PullBatch = until_answered(
                        &http,
                        &ports,
                        &mut turn,
                        "/v1/pull",
                        &reader_token,
                        &PullRequest { after, limit: 9 },
                    )
                    .await;
                    for (_, sealed) in &batch.ops {
                        *seen.entry(sealed.op).or_default() += 1;
                    }
                    after = batch.last;
                    if !batch.more {
                        break;
                    }
                }
                if finished {
                    return seen;
                }
                tokio::time::sleep(std::time::Duration::from_millis(10)).await;
            }
        })
    };
    // The writer pushes edits one at a time and, every eighth, uploads an original chunk by
    // chunk, retrying each request until some process answers, while the killer kills.
    let writer = &team.members[0];
    let (mut acknowledged, mut uploads) = (BTreeMap::new(), Vec::new());
    let (mut turn, mut n) = (0usize, 0u32);
    while !killer.is_finished() && n < 4_000 {
        n += 1;
        let push = Push {
            ops: vec![numbered(
                writer,
                &team.key,
                CASE,
                0xF0 + (n / 256) as u8,
                (n % 256) as u8,
            )],
        };
        let ack: PushAck =
            until_answered(&http, &ports, &mut turn, "/v1/push", &writer_token, &push).await;
        for (op, seq) in ack.stored {
            if let Some(first) = acknowledged.insert(op, seq) {
                assert_eq!(first, seq, "an edit acknowledged under two numbers");
            }
        }
        if n % 8 == 0 {
            let file: Vec<u8> = (0..1_200_000u32).map(|i| (i ^ n) as u8).collect();
            let mut content = [0u8; 32];
            content[..4].copy_from_slice(&n.to_le_bytes());
            let upload = common::SignedUpload::new(
                &team.key,
                writer,
                wayfinder_sync::CaseRef(CASE),
                content,
                &file,
            );
            let mut index = 0;
            while index < upload.total {
                let state: BlobState = until_answered(
                    &http,
                    &ports,
                    &mut turn,
                    "/v1/blob/put",
                    &writer_token,
                    &upload.put(index),
                )
                .await;
                index = state.have;
            }
            uploads.push(upload);
        }
    }
    killer.await.unwrap_or_else(|e| panic!("{e}"));
    done.store(true, Ordering::SeqCst);
    let seen = reader.await.unwrap_or_else(|e| panic!("{e}"));
    drop(processes);
    assert!(
        !uploads.is_empty() && acknowledged.len() > 8,
        "too little was written to judge"
    );

    // Every acknowledged edit is stored once and reached the reader once.
    let totals = setup.store.totals().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(totals.operations, acknowledged.len() as u64);
    let missed = acknowledged
        .keys()
        .filter(|op| !seen.contains_key(op))
        .count();
    assert_eq!(
        missed, 0,
        "the reader's cursor passed {missed} acknowledged edits"
    );
    assert!(
        seen.values().all(|n| *n == 1),
        "the reader received an edit twice"
    );
    // Every original is whole in the bucket, byte for byte as sealed.
    for upload in &uploads {
        for index in 0..upload.total {
            let got: BlobChunk = setup
                .post(
                    "/v1/blob/get",
                    Some(&reader_token),
                    &BlobAsk {
                        case: wayfinder_sync::CaseRef(CASE),
                        name: upload.name,
                        index,
                    },
                )
                .await;
            assert_eq!(got.chunk, upload.put(index).chunk, "chunk {index} differs");
        }
    }
}

/// A TCP forwarder to a back end that can be cut (every connection dropped, new ones closed
/// at once) and joined again: the database or the bucket going away and coming back.
struct Cable {
    port: u16,
    up: std::sync::Arc<std::sync::atomic::AtomicBool>,
    links: std::sync::Arc<std::sync::Mutex<Vec<tokio::task::JoinHandle<()>>>>,
}

impl Cable {
    async fn to(upstream: String) -> Cable {
        use std::sync::atomic::Ordering;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let port = listener
            .local_addr()
            .unwrap_or_else(|e| panic!("{e}"))
            .port();
        let up = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
        let links = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let (accepting, held) = (up.clone(), links.clone());
        tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                if !accepting.load(Ordering::SeqCst) {
                    continue;
                }
                let upstream = upstream.clone();
                let link = tokio::spawn(async move {
                    if let Ok(mut outbound) = tokio::net::TcpStream::connect(&upstream).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
                if let Ok(mut all) = held.lock() {
                    all.push(link);
                }
            }
        });
        Cable { port, up, links }
    }

    fn cut(&self) {
        self.up.store(false, std::sync::atomic::Ordering::SeqCst);
        if let Ok(mut all) = self.links.lock() {
            for link in all.drain(..) {
                link.abort();
            }
        }
    }

    fn join(&self) {
        self.up.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

/// `host:port` of a `scheme://user@host:port/...` address.
fn host_port(url: &str) -> String {
    let rest = url.split("://").nth(1).unwrap_or(url);
    let rest = rest.rsplit('@').next().unwrap_or(rest);
    rest.split('/').next().unwrap_or(rest).to_owned()
}

async fn health(http: &reqwest::Client, port: u16) -> Option<(u16, String)> {
    let response = http
        .get(format!("http://127.0.0.1:{port}/health"))
        .timeout(std::time::Duration::from_secs(15))
        .send()
        .await
        .ok()?;
    Some((response.status().as_u16(), response.text().await.ok()?))
}

/// Waits until `check` holds, or fails saying `what`.
async fn eventually<F: std::future::Future<Output = bool>>(
    what: &str,
    mut check: impl FnMut() -> F,
) {
    for _ in 0..300 {
        if check().await {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("{what} did not happen within 30 s");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_database_and_the_bucket_go_away_and_come_back_and_nothing_acknowledged_is_lost() {
    use std::io::BufRead;
    use std::sync::{Arc, Mutex};
    const CASE: [u8; 16] = [0xE7; 16];
    let (database, bucket) = (fresh_database(), fresh_bucket());
    // The server process reaches both through cables this test can cut.
    let pg_cable = Cable::to(host_port(&database.url)).await;
    let s3_cable = Cable::to(host_port(bucket.endpoint.as_deref().unwrap_or_default())).await;
    let mut through = database.clone();
    through.url = database.url.replace(
        &host_port(&database.url),
        &format!("127.0.0.1:{}", pg_cable.port),
    );
    let mut bucket_through = bucket.clone();
    bucket_through.endpoint = Some(format!("http://127.0.0.1:{}", s3_cable.port));

    // Started while the database is away: it waits, and says so in its log.
    pg_cable.cut();
    let port = free_port();
    let mut child = server_binary(&through, &bucket_through)
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let log = Arc::new(Mutex::new(Vec::<String>::new()));
    if let Some(stderr) = child.stderr.take() {
        let log = log.clone();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stderr)
                .lines()
                .map_while(Result::ok)
            {
                if let Ok(mut lines) = log.lock() {
                    lines.push(line);
                }
            }
        });
    }
    let logged = |event: &str| {
        let needle = format!("\"event\":\"{event}\"");
        log.lock()
            .map(|l| l.iter().any(|line| line.contains(&needle)))
            .unwrap_or(false)
    };
    eventually("the log saying it waits for PostgreSQL", || async {
        logged("waiting-for-database")
    })
    .await;
    pg_cable.join();
    let http = reqwest::Client::new();
    eventually("health once PostgreSQL is back", || async {
        health(&http, port)
            .await
            .is_some_and(|(status, _)| status == 200)
    })
    .await;

    // The team, formed directly on the database and bucket.
    let setup = common::serve_on(
        Backend::Scaled {
            database: database.clone(),
            bucket: bucket.clone(),
        },
        tempfile::tempdir().unwrap_or_else(|e| panic!("{e}")),
    )
    .await;
    let (workspace, code) =
        wayfinder_server::reserve_workspace(setup.store.as_ref()).unwrap_or_else(|e| panic!("{e}"));
    let team = common::team(&setup, workspace, code, 2, CASE).await;
    let token = setup.login(workspace, &team.members[0]).await;
    let writer = &team.members[0];

    // Edits through the process; the database goes away in the middle and comes back.
    let (mut acknowledged, mut refused) = (std::collections::BTreeMap::new(), 0);
    for n in 0..60u32 {
        if n == 20 {
            pg_cable.cut();
            let (status, said) = health(&http, port).await.unwrap_or_default();
            assert_eq!(status, 503, "{said}");
            assert!(said.contains("database does not answer"), "{said}");
        }
        if n == 35 {
            pg_cable.join();
        }
        let push = Push {
            ops: vec![numbered(writer, &team.key, CASE, 0xD0, n as u8)],
        };
        let body = wayfinder_sync::wire::encode(&push);
        match try_post(&http, port, "/v1/push", &token, body).await {
            Some((200, bytes)) => {
                let ack: PushAck =
                    wayfinder_sync::wire::decode(&bytes).unwrap_or_else(|e| panic!("{e}"));
                acknowledged.extend(ack.stored);
            }
            Some((status, _)) => {
                assert_eq!(status, 503, "a failure of the database is a 503 to retry");
                refused += 1;
            }
            None => refused += 1,
        }
    }
    assert!(refused > 0, "no push met the database away");
    // The app retries what was not acknowledged: everything arrives.
    let mut turn = 0;
    for n in 0..60u32 {
        let push = Push {
            ops: vec![numbered(writer, &team.key, CASE, 0xD0, n as u8)],
        };
        let ack: PushAck =
            until_answered(&http, &[port], &mut turn, "/v1/push", &token, &push).await;
        for (op, seq) in ack.stored {
            if let Some(first) = acknowledged.insert(op, seq) {
                assert_eq!(first, seq, "an acknowledged edit was stored again");
            }
        }
    }
    assert_eq!(acknowledged.len(), 60);
    let totals = setup.store.totals().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(totals.operations, 60, "each edit stored once");

    // The bucket goes away in the middle of an upload and comes back.
    let file: Vec<u8> = (0..2_600_000u32).map(|i| (i % 241) as u8).collect();
    let upload = common::SignedUpload::new(
        &team.key,
        writer,
        wayfinder_sync::CaseRef(CASE),
        [0xB0; 32],
        &file,
    );
    let _: BlobState = until_answered(
        &http,
        &[port],
        &mut turn,
        "/v1/blob/put",
        &token,
        &upload.put(0),
    )
    .await;
    s3_cable.cut();
    let (status, said) = health(&http, port).await.unwrap_or_default();
    assert_eq!(status, 503, "{said}");
    assert!(said.contains("blob storage does not answer"), "{said}");
    let body = wayfinder_sync::wire::encode(&upload.put(1));
    let away = try_post(&http, port, "/v1/blob/put", &token, body).await;
    assert!(
        away.as_ref().is_none_or(|(status, _)| *status == 503),
        "a chunk was acknowledged while the bucket was away: {:?}",
        away.map(|(s, _)| s)
    );
    s3_cable.join();
    let mut index = 1;
    while index < upload.total {
        let state: BlobState = until_answered(
            &http,
            &[port],
            &mut turn,
            "/v1/blob/put",
            &token,
            &upload.put(index),
        )
        .await;
        index = state.have;
    }
    for index in 0..upload.total {
        let got: BlobChunk = setup
            .post(
                "/v1/blob/get",
                Some(&token),
                &BlobAsk {
                    case: wayfinder_sync::CaseRef(CASE),
                    name: upload.name,
                    index,
                },
            )
            .await;
        assert_eq!(got.chunk, upload.put(index).chunk);
    }
    let _ = child.kill();
    let _ = child.wait();

    // The log said what was wrong, a JSON object a line, naming no case and no one.
    let lines = log.lock().map(|l| l.clone()).unwrap_or_default();
    assert!(logged("storage-failed"), "{lines:?}");
    assert!(
        lines.iter().any(|l| l.contains("PostgreSQL")),
        "the log never named the database: {lines:?}"
    );
    assert!(
        lines.iter().any(|l| l.contains("blob storage")),
        "the log never named the blob storage: {lines:?}"
    );
    let case_hex = hex::encode(CASE);
    let workspace_hex = hex::encode(workspace.0);
    for line in &lines {
        let parsed: Result<serde_json::Value, _> = serde_json::from_str(line);
        assert!(parsed.is_ok(), "not a JSON line: {line}");
        assert!(
            !line.contains(&case_hex) && !line.contains(&workspace_hex),
            "the log names a case or a workspace: {line}"
        );
        assert!(
            !line.contains(SECRET_CANARY),
            "the log holds a secret: {line}"
        );
    }
}
