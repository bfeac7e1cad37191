//! The vault's benchmarks, each printed beside its baseline and the ratio:
//! - the same workload (10,000 cases created, 100,000 field edits, 1,000 list queries) on
//!   SQLCipher and on plain SQLite with the same schema and settings (goal: within 1.3x);
//! - unlocking from the keychain (goal: under 50 ms) and from the passphrase (Argon2id at the
//!   recommended cost), against opening the database with the raw key as the baseline.
//!
//! Run inside a keychain session: `scripts/keyring-session cargo bench -p wayfinder-vault`.
//! `WAYFINDER_BENCH_SCALE=0.1` runs a tenth of the workload for a quick look.
#![allow(clippy::print_stdout)]

use chrono::{NaiveDate, TimeZone, Utc};
use rusqlite::Connection;
use std::path::Path;
use std::time::{Duration, Instant};
use wayfinder_core::{
    CaseId, Child, CountryCode, DateOfBirth, EntityKind, PersonName, parse_languages,
};
use wayfinder_vault::{CaseFilter, KdfParams, Passphrase, SecretKey, VaultDir, casefile, db, keys};

/// `cargo bench` passes `--bench`; `cargo test --all-targets` runs this binary without it, and
/// then a hundredth of the workload runs, as a smoke test of the benchmark itself.
fn scale(n: usize) -> usize {
    let full = std::env::args().any(|a| a == "--bench");
    let factor: f64 = std::env::var("WAYFINDER_BENCH_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(if full { 1.0 } else { 0.01 });
    ((n as f64) * factor).max(1.0) as usize
}

fn child(i: usize) -> Child {
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
    Child {
        name: PersonName::parse(&format!("Child number {i}")).unwrap_or_else(|e| panic!("{e}")),
        date_of_birth: DateOfBirth::parse("2017-06-01", today).unwrap_or_else(|e| panic!("{e}")),
        country: CountryCode::parse(["AE", "ES", "FR", "CN", "RU", "UA"][i % 6])
            .unwrap_or_else(|| panic!()),
        languages: parse_languages(["ar", "en"]).unwrap_or_else(|e| panic!("{e}")),
    }
}

struct Workload {
    create: Duration,
    edit: Duration,
    list: Duration,
}

impl Workload {
    fn total(&self) -> Duration {
        self.create + self.edit + self.list
    }
}

/// The workload on one connection, one transaction per write, as the app does it: each case
/// created with its six fields, each edit one operation.
fn run_workload(conn: &mut Connection) -> Workload {
    let (n_cases, n_edits, n_lists) = (scale(10_000), scale(100_000), scale(1_000));
    let start = Utc
        .with_ymd_and_hms(2026, 11, 24, 8, 0, 0)
        .single()
        .unwrap_or_default();
    let ms = |t: chrono::DateTime<Utc>| t.timestamp_millis() as u64;
    let mut ids = Vec::with_capacity(n_cases);
    let t = Instant::now();
    for i in 0..n_cases {
        let now = start + chrono::Duration::milliseconds(i as i64);
        let mut tail = [0u8; 10];
        tail[..8].copy_from_slice(&(i as u64).to_le_bytes());
        let id = CaseId::new(now, tail);
        let c = child(i);
        let values = [
            ("stage", "inquiry".to_owned()),
            ("child.name", c.name.as_str().to_owned()),
            ("child.date_of_birth", c.date_of_birth.to_iso()),
            ("child.country", c.country.as_str().to_owned()),
            ("child.languages", "ar en".to_owned()),
        ];
        let tx = conn.transaction().unwrap_or_else(|e| panic!("{e}"));
        casefile::create_entity(&tx, ms(now), id, *id.as_bytes(), EntityKind::Case, &values)
            .unwrap_or_else(|e| panic!("{e}"));
        tx.commit().unwrap_or_else(|e| panic!("{e}"));
        ids.push(id);
    }
    let create = t.elapsed();
    let t = Instant::now();
    for i in 0..n_edits {
        let id = ids[(i * 7919) % ids.len()];
        let now = start + chrono::Duration::seconds(100_000 + i as i64);
        let tx = conn.transaction().unwrap_or_else(|e| panic!("{e}"));
        casefile::set_field(
            &tx,
            ms(now),
            id,
            *id.as_bytes(),
            "child.name",
            Some(&format!("Child renamed {i}")),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        tx.commit().unwrap_or_else(|e| panic!("{e}"));
    }
    let edit = t.elapsed();
    let t = Instant::now();
    let mut rows = 0;
    for _ in 0..n_lists {
        rows += casefile::list(conn, &CaseFilter::default())
            .unwrap_or_else(|e| panic!("{e}"))
            .len();
    }
    assert_eq!(rows, n_lists * n_cases);
    let list = t.elapsed();
    Workload { create, edit, list }
}

fn plain_sqlite(path: &Path) -> Connection {
    let mut conn = Connection::open(path).unwrap_or_else(|e| panic!("{e}"));
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    db::migrate(&mut conn).unwrap_or_else(|e| panic!("{e}"));
    conn
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn row(what: &str, ours: Duration, base: Duration) {
    println!(
        "{what:<44} {:>11.1} ms {:>11.1} ms {:>7.2}x",
        ms(ours),
        ms(base),
        ours.as_secs_f64() / base.as_secs_f64()
    );
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn main() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    println!(
        "{:<44} {:>14} {:>14} {:>8}",
        "benchmark", "ours", "baseline", "ratio"
    );

    // The workload: SQLCipher (ours) against plain SQLite with the same schema and pragmas.
    let key = SecretKey::random().unwrap_or_else(|e| panic!("{e}"));
    let mut cipher = db::open(
        &tmp.path().join("cipher.db"),
        &key.derive(keys::labels::DATABASE),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    db::migrate(&mut cipher).unwrap_or_else(|e| panic!("{e}"));
    let mut plain = plain_sqlite(&tmp.path().join("plain.db"));
    let base = run_workload(&mut plain);
    let ours = run_workload(&mut cipher);
    let (c, e, l) = (scale(10_000), scale(100_000), scale(1_000));
    row(
        &format!("create {c} cases (SQLCipher vs SQLite)"),
        ours.create,
        base.create,
    );
    row(&format!("{e} field edits"), ours.edit, base.edit);
    row(
        &format!("{l} case-list queries of {c} cases"),
        ours.list,
        base.list,
    );
    row("whole workload", ours.total(), base.total());
    drop(cipher);
    drop(plain);

    // Unlocking: from the keychain and from the passphrase, against opening with the raw key.
    let dir = VaultDir::new(tmp.path().join("vault"));
    let passphrase = Passphrase::new("lantern orbit velvet cactus harbor");
    let (mut vault, vk) = dir
        .create(&passphrase, KdfParams::RECOMMENDED, Utc::now())
        .unwrap_or_else(|e| panic!("{e}"));
    for i in 0..scale(10_000) {
        let mut tail = [0u8; 10];
        tail[..8].copy_from_slice(&(i as u64).to_le_bytes());
        vault
            .create_case(CaseId::new(Utc::now(), tail), &child(i), Utc::now())
            .unwrap_or_else(|e| panic!("{e}"));
    }
    vault
        .store_key_in_keychain(&vk)
        .unwrap_or_else(|e| panic!("keychain (run inside scripts/keyring-session): {e}"));
    drop(vault);
    let runs = 15;
    let raw = median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                drop(dir.open_with_key(&vk).unwrap_or_else(|e| panic!("{e}")));
                t.elapsed()
            })
            .collect(),
    );
    let keychain = median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                drop(dir.open_from_keychain().unwrap_or_else(|e| panic!("{e}")));
                t.elapsed()
            })
            .collect(),
    );
    let by_passphrase = median(
        (0..5)
            .map(|_| {
                let t = Instant::now();
                drop(
                    dir.open_with_passphrase(&passphrase)
                        .unwrap_or_else(|e| panic!("{e}")),
                );
                t.elapsed()
            })
            .collect(),
    );
    row("unlock from keychain (median; goal < 50 ms)", keychain, raw);
    row(
        "unlock from passphrase, Argon2id 64 MiB t=3 p=4",
        by_passphrase,
        raw,
    );
    println!("(baseline of the unlock rows: opening the same vault with the raw key in hand)");
}
