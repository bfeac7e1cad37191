//! A case with 200 records, each original 100 KB, exported as a FHIR R4 Bundle with its
//! originals and written out as JSON. Goal: under 1 s. Baseline: coreutils `base64` over the
//! same originals' bytes in one file, in the same run, since carrying the files in base64 is
//! most of what the Bundle costs; the ratio is what the resources and the JSON add.
//!
//! `cargo bench -p wayfinder-fhir --bench export`; under `cargo test` it runs on 10 records as
//! a smoke test that the measured path works.
#![allow(clippy::print_stdout)]

use chrono::Utc;
use std::collections::BTreeMap;
use std::time::Instant;
use wayfinder_core::disclosure::Disclosure;
use wayfinder_core::schema::{Content, EntityKind, Media};
use wayfinder_fhir::{CaseEntity, Choice, Original, export, sample};

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let records: u32 = if full { 200 } else { 10 };
    let size = 100 * 1024;
    let (mut entities, _) = sample::sample("en", "full");
    entities.retain(|e| e.kind != EntityKind::Record);
    let mut originals = BTreeMap::new();
    for n in 0..records {
        let mut id = [0x02u8; 16];
        id[12..].copy_from_slice(&n.to_be_bytes());
        // Bytes that do not compress into a pattern base64 could shortcut.
        let bytes: Vec<u8> = (0..size)
            .map(|i| ((i as u32).wrapping_mul(2_654_435_761) ^ n) as u8)
            .collect();
        let content = Content {
            media: Media::Pdf,
            size: bytes.len() as u64,
            pages: 3,
            hash: [n as u8; 32],
        };
        entities.push(CaseEntity {
            id,
            kind: EntityKind::Record,
            created_millis: 1_764_000_000_000 + u64::from(n),
            fields: wayfinder_fhir::export::fields(&[
                ("title", &format!("Record {n}")),
                (
                    "category",
                    ["pathology", "imaging", "lab", "referral"][n as usize % 4],
                ),
                ("date", "2026-09-02"),
                ("institution", "Hospital Universitario La Paz"),
                ("language", "es"),
                ("content", &content.to_text()),
            ]),
        });
        originals.insert(
            id,
            Original {
                media: Media::Pdf,
                bytes,
            },
        );
    }
    let choice = Choice {
        disclosure: Disclosure::Full,
        originals: true,
        now: Utc::now(),
    };

    let started = Instant::now();
    let exported = export(&entities, &mut |e| originals.get(&e.id).cloned(), &choice);
    let json = serde_json::to_vec(&exported.bundle).unwrap_or_else(|e| panic!("{e}"));
    let ours = started.elapsed();
    assert!(
        json.len() > records as usize * size,
        "every original is in the Bundle"
    );

    // Made-up bytes, no patient's: under the build's own scratch folder.
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("fhir-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let file = dir.join("originals.bin");
    let all: Vec<u8> = originals.values().flat_map(|o| o.bytes.clone()).collect();
    std::fs::write(&file, &all).unwrap_or_else(|e| panic!("{e}"));
    let started = Instant::now();
    let out = std::process::Command::new("base64")
        .arg("-w0")
        .arg(&file)
        .output()
        .unwrap_or_else(|e| panic!("base64: {e}"));
    let baseline = started.elapsed();
    assert!(out.status.success(), "base64 failed");
    let _ = std::fs::remove_dir_all(&dir);

    println!(
        "FHIR export of a case with {records} records ({} KB originals each), {} resources, {:.1} MB of JSON",
        size / 1024,
        exported.bundle["entry"].as_array().map_or(0, Vec::len),
        json.len() as f64 / 1e6
    );
    println!(
        "  ours (resources + base64 + JSON): {:.1} ms (goal < 1000 ms)",
        ours.as_secs_f64() * 1e3
    );
    println!(
        "  baseline (coreutils base64 over the same originals): {:.1} ms",
        baseline.as_secs_f64() * 1e3
    );
    println!(
        "  ratio: {:.2}x",
        ours.as_secs_f64() / baseline.as_secs_f64().max(1e-9)
    );
}
