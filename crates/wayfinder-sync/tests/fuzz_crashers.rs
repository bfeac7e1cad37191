//! Replays, on stable Rust and in every `cargo test`, each input in `fuzz/crashers/TARGET/`
//! (hostile messages written by hand, and whatever the fuzzers find) through the same code the
//! fuzz target runs, plus the golden messages the fuzzers start from. Each must return, and
//! must not allocate more than its size can justify: a length of billions read from a message
//! must not become an allocation.

use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};
use std::alloc::System;
use std::path::{Path, PathBuf};
use wayfinder_sync::fuzzing;

#[global_allocator]
static ALLOCATOR: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// What one input may allocate in all: far more than any of these small messages needs, far
/// less than a damaged length could ask for.
const ALLOCATION_LIMIT: usize = 64 << 20;

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.is_file())
        .collect();
    out.sort();
    out
}

/// One replay at a time, so that what a region counts is this input's alone.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn replay(target: &str, run: fn(&[u8]), extra: &[&str]) -> usize {
    let _alone = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut inputs = files_in(&root.join("fuzz/crashers").join(target));
    assert!(
        !inputs.is_empty(),
        "fuzz/crashers/{target} has no input to replay"
    );
    for dir in extra {
        inputs.extend(files_in(&root.join(dir)));
    }
    for path in &inputs {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{e}"));
        let name = path.display().to_string();
        let region = Region::new(ALLOCATOR);
        let outcome = std::panic::catch_unwind(|| run(&bytes));
        let allocated = region.change().bytes_allocated;
        assert!(outcome.is_ok(), "{target} panicked on {name}");
        assert!(
            allocated < ALLOCATION_LIMIT,
            "{target} allocated {} MB for {name}",
            allocated >> 20
        );
    }
    inputs.len()
}

#[test]
fn every_message_decoder_survives_the_saved_hostile_messages_and_the_golden_ones() {
    let replayed = replay(
        "message",
        fuzzing::message,
        &["crates/wayfinder-sync/tests/golden"],
    );
    assert!(replayed >= 8, "only {replayed} messages were replayed");
}

#[test]
fn the_operation_decoder_survives_the_saved_hostile_operations() {
    let replayed = replay("operation", fuzzing::operation, &[]);
    assert!(replayed >= 3, "only {replayed} operations were replayed");
}
