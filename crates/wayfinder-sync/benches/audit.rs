//! Checking the audit log: 1,000,000 entries in 100 devices' chains (10,000 each), every entry
//! hashed and every link followed, each chain's head signature verified. Goal: under 5 s.
//! Baseline: `sha256sum` over the same entries' bytes, written to one file, in the same run;
//! the ratio is what the chain's structure and the signatures cost over hashing alone.
//!
//! `cargo bench -p wayfinder-sync --bench audit`; under `cargo test` it runs on 1,000 entries
//! as a smoke test that the measured path works.
#![allow(clippy::print_stdout)]

use std::time::Instant;
use wayfinder_sync::audit::{AuditAction, ChainHead, DeviceId, SignedEntry, Signer, check};
use wayfinder_sync::{CaseRef, Identity, MemberId};

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let (devices, per_device) = if full { (100u32, 10_000u64) } else { (10, 100) };
    let case = Some(CaseRef([0xCA; 16]));
    let authors: Vec<Identity> = (0..devices)
        .map(|d| {
            let mut id = [0u8; 16];
            id[..4].copy_from_slice(&d.to_be_bytes());
            Identity::from_seeds(MemberId(id), &[d as u8; 32], &[1; 32])
        })
        .collect();
    let chains: Vec<(DeviceId, Vec<SignedEntry>)> = authors
        .iter()
        .enumerate()
        .map(|(d, who)| {
            let mut device = [0u8; 16];
            device[..8].copy_from_slice(&(d as u64).to_be_bytes());
            let mut head = ChainHead::new(DeviceId(device), case);
            let who = Signer::from(who);
            let entries = (0..per_device)
                .map(|i| {
                    head.append(
                        &who,
                        1_795_000_000_000 + i,
                        AuditAction::ALL[(i % 11) as usize],
                        Some([(i % 251) as u8; 16]),
                    )
                })
                .collect();
            (DeviceId(device), entries)
        })
        .collect();
    let total: u64 = u64::from(devices) * per_device;

    let started = Instant::now();
    let mut verified = 0;
    for ((device, entries), who) in chains.iter().zip(&authors) {
        let checked = check(*device, case, &who.public(), entries, None);
        assert!(checked.is_whole(), "a whole chain was found broken");
        verified += checked.verified;
    }
    let ours = started.elapsed();
    assert_eq!(verified, total);

    // The same entries' bytes, hashed by sha256sum in one pass.
    // Ids and signatures only, made up here: under the build's own scratch folder.
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("audit-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let file = dir.join("entries.bin");
    let mut bytes = Vec::new();
    for (_, entries) in &chains {
        for signed in entries {
            bytes.extend(postcard::to_stdvec(signed).unwrap_or_else(|e| panic!("{e}")));
        }
    }
    std::fs::write(&file, &bytes).unwrap_or_else(|e| panic!("{e}"));
    let started = Instant::now();
    let out = std::process::Command::new("sha256sum")
        .arg(&file)
        .output()
        .unwrap_or_else(|e| panic!("sha256sum: {e}"));
    let baseline = started.elapsed();
    assert!(out.status.success(), "sha256sum failed");
    let _ = std::fs::remove_dir_all(&dir);

    println!(
        "audit: {total} entries in {devices} chains checked (hashes, links, head signatures) in \
         {:.0} ms (goal < 5000 ms); sha256sum over the same {} MB: {:.0} ms; ratio {:.1}x",
        ours.as_secs_f64() * 1000.0,
        bytes.len() / 1_000_000,
        baseline.as_secs_f64() * 1000.0,
        ours.as_secs_f64() / baseline.as_secs_f64()
    );
}
