//! A record's original from one member's vault to another's, through the real server with its
//! SQLite store and blob folder, over loopback, in one run:
//!
//! - **Ours.** The coordinator's sync round reads the original from her sealed files a chunk at
//!   a time, seals each chunk under the case key and uploads it; the translator's round fetches
//!   each chunk, opens it and seals it into her own files. Timed per direction, with the
//!   process's peak memory above what it held before the round (the original never travels
//!   whole in memory: the peak should stay near a few chunks, whatever the original's size).
//! - **Baseline.** The same bytes posted in the same 1 MiB pieces to a plain handler on the
//!   same stack (axum on tokio, the same HTTP client) that appends them to a file, then fetched
//!   back piece by piece: no cryptography, no vault, no database. The ratio is what our layers
//!   cost.
//!
//! `cargo bench -p wayfinder-link --bench blobs` (a 256 MiB original); under `cargo test` it
//! runs with 3 MiB as a smoke test of the measured path.
#![allow(clippy::print_stdout)]

use axum::body::Bytes;
use axum::extract::{Path as UrlPath, State};
use axum::routing::{get, post};
use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use wayfinder_core::{CaseId, Child, CountryCode, DateOfBirth, PersonName, parse_languages};
use wayfinder_link::{Remote, ServerAddress, round, team};
use wayfinder_sync::blob::CHUNK;
use wayfinder_sync::{CreationCode, Role};
use wayfinder_vault::{OpenVault, Passphrase, VaultDir};

fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc::now()
}

/// The process's resident memory now, and its peak since the last reset, in bytes.
fn memory() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .map_or(0, |kb| kb * 1024)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// Starts counting the peak afresh from what is resident now (Linux: `clear_refs` 5).
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// Runs `work` and says how long it took and how far memory rose above where it started.
async fn measured<T>(work: impl std::future::Future<Output = T>) -> (T, Duration, u64) {
    reset_peak();
    let (before, _) = memory();
    let started = Instant::now();
    let out = work.await;
    let took = started.elapsed();
    let (_, peak) = memory();
    (out, took, peak.saturating_sub(before))
}

fn vault(dir: &std::path::Path, address: &str) -> (Mutex<OpenVault>, Remote) {
    let kdf = wayfinder_testkit::FAST_KDF;
    let (vault, _) = VaultDir::new(dir)
        .create(
            &Passphrase::new("a bench passphrase, long enough"),
            kdf,
            now(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let address = ServerAddress::parse(address, false).unwrap_or_else(|e| panic!("{e}"));
    (
        Mutex::new(vault),
        Remote::new(address).unwrap_or_else(|e| panic!("{e}")),
    )
}

/// The real server and a team of two with one shared case holding one record whose original
/// is `size` bytes; the coordinator's and the translator's vaults and links.
async fn team_with_original(
    root: &std::path::Path,
    size: usize,
) -> ((Mutex<OpenVault>, Remote), (Mutex<OpenVault>, Remote)) {
    let data = root.join("server");
    std::fs::create_dir_all(&data).unwrap_or_else(|e| panic!("{e}"));
    let running = wayfinder_testkit::server::serve(&data, 0).await;
    let (workspace, code) = wayfinder_server::reserve_workspace(running.store.as_ref())
        .unwrap_or_else(|e| panic!("{e}"));
    let address = running.address;

    let amira = vault(&root.join("amira"), &address);
    let lucia = vault(&root.join("lucia"), &address);
    team::create(
        &amira.0,
        &amira.1,
        &CreationCode { workspace, code }.to_text(),
        "Amira",
    )
    .await
    .unwrap_or_else(|e| panic!("{}", e.code()));
    let invitation = team::invite(&amira.0, &amira.1, Role::Translator)
        .await
        .unwrap_or_else(|e| panic!("{}", e.code()));
    team::join(&lucia.0, &lucia.1, &invitation, "Lucía")
        .await
        .unwrap_or_else(|e| panic!("{}", e.code()));
    let her = lucia
        .0
        .lock()
        .map(|mut v| v.team_identity().unwrap_or_else(|e| panic!("{e}")).member())
        .unwrap_or_else(|e| panic!("{e}"));
    team::admit(&amira.0, &amira.1, &[her])
        .await
        .unwrap_or_else(|e| panic!("{}", e.code()));

    let case = CaseId::new(now(), [3; 10]);
    let today = now().date_naive();
    let child = Child {
        name: PersonName::parse("Bench Child").unwrap_or_else(|e| panic!("{e}")),
        date_of_birth: DateOfBirth::parse("2017-01-02", today).unwrap_or_else(|e| panic!("{e}")),
        country: CountryCode::parse("ES").unwrap_or_else(|| panic!("country")),
        languages: parse_languages(["es"]).unwrap_or_else(|e| panic!("{e}")),
    };
    let original = original(size);
    if let Ok(mut v) = amira.0.lock() {
        v.create_case(case, &child, now())
            .unwrap_or_else(|e| panic!("{e}"));
        v.share_case(case, &[her], false)
            .unwrap_or_else(|e| panic!("{e}"));
        let hash = *v.content_hasher().update(&original).finalize().as_bytes();
        let file = v
            .seal_original(&mut std::io::Cursor::new(&original))
            .unwrap_or_else(|e| panic!("{e}"));
        let pages = vec!["a study".to_owned()];
        v.add_record(
            case,
            file,
            &wayfinder_vault::NewRecord {
                title: "CT study",
                category: "imaging",
                date: None,
                institution: None,
                language: None,
                content: wayfinder_core::Content {
                    media: wayfinder_core::Media::Pdf,
                    size: original.len() as u64,
                    pages: 1,
                    hash,
                },
                secret: None,
                pages: &pages,
            },
            now(),
            today,
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    (amira, lucia)
}

/// Bytes that do not compress and differ from one run to the next.
fn original(size: usize) -> Vec<u8> {
    let mut bytes = vec![0u8; size];
    getrandom::fill(&mut bytes).unwrap_or_else(|e| panic!("{e}"));
    bytes
}

/// The baseline server: appends each posted piece to one file and serves pieces of it back.
async fn plain_server(file: std::path::PathBuf) -> String {
    type Shared = Arc<Mutex<std::fs::File>>;
    async fn put(State(file): State<Shared>, body: Bytes) -> &'static str {
        if let Ok(mut f) = file.lock() {
            let _ = f.seek(SeekFrom::End(0)).and_then(|_| f.write_all(&body));
        }
        "ok"
    }
    async fn fetch(State(file): State<Shared>, UrlPath(index): UrlPath<u64>) -> Vec<u8> {
        let mut piece = vec![0u8; CHUNK];
        let Ok(mut f) = file.lock() else {
            return Vec::new();
        };
        let read = f
            .seek(SeekFrom::Start(index * CHUNK as u64))
            .and_then(|_| f.read(&mut piece));
        piece.truncate(read.unwrap_or(0));
        piece
    }
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(true)
        .read(true)
        .write(true)
        .open(file)
        .unwrap_or_else(|e| panic!("{e}"));
    let app = axum::Router::new()
        .route("/put", post(put))
        .route("/get/{index}", get(fetch))
        .with_state(Arc::new(Mutex::new(file)));
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

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

async fn run(size: usize) {
    let root = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (amira, lucia) = team_with_original(root.path(), size).await;

    let (sent, up, up_memory) = measured(round(&amira.0, &amira.1)).await;
    let sent = sent.unwrap_or_else(|e| panic!("{}", e.code()));
    assert_eq!(sent.blobs.sent, 1, "{sent:?}");
    let (got, down, down_memory) = measured(round(&lucia.0, &lucia.1)).await;
    let got = got.unwrap_or_else(|e| panic!("{}", e.code()));
    assert_eq!(got.blobs.received, 1, "{got:?}");

    // The baseline: the same bytes, the same pieces, the same stack, nothing else.
    let bytes = original(size);
    let url = plain_server(root.path().join("plain.bin")).await;
    let http = reqwest::Client::new();
    let started = Instant::now();
    for piece in bytes.chunks(CHUNK) {
        http.post(format!("{url}/put"))
            .body(piece.to_vec())
            .send()
            .await
            .and_then(|r| r.error_for_status())
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let plain_up = started.elapsed();
    let started = Instant::now();
    let mut back = Vec::with_capacity(size);
    for index in 0..bytes.len().div_ceil(CHUNK) {
        let piece = http
            .get(format!("{url}/get/{index}"))
            .send()
            .await
            .and_then(|r| r.error_for_status())
            .unwrap_or_else(|e| panic!("{e}"));
        back.extend_from_slice(&piece.bytes().await.unwrap_or_else(|e| panic!("{e}")));
    }
    let plain_down = started.elapsed();
    assert!(back == bytes, "the baseline lost bytes");

    println!(
        "original of {:.0} MiB, vault to server: {:.0} ms (plain POSTs {:.0} ms, {:.1}x); \
         peak memory above the start {:.1} MiB",
        mib(size as u64),
        ms(up),
        ms(plain_up),
        ms(up) / ms(plain_up).max(0.001),
        mib(up_memory)
    );
    println!(
        "original of {:.0} MiB, server to vault: {:.0} ms (plain GETs {:.0} ms, {:.1}x); \
         peak memory above the start {:.1} MiB",
        mib(size as u64),
        ms(down),
        ms(plain_down),
        ms(down) / ms(plain_down).max(0.001),
        mib(down_memory)
    );
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    runtime.block_on(run(if full { 256 << 20 } else { 3 << 20 }));
}
