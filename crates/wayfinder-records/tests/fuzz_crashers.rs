//! Replays, on stable Rust and in every `cargo test`, each input in `fuzz/crashers/TARGET/`
//! (inputs that once crashed a reader, or that the fuzzers found) through the same code the
//! fuzz target runs, plus every fixture the fuzzers start from. Each must return, and must
//! not allocate more than its size can justify: libFuzzer calls an allocation of gigabytes
//! that a damaged length asked for a crash, and so does this test.

use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};
use std::alloc::System;
use std::path::{Path, PathBuf};
use wayfinder_records::fuzzing;

#[global_allocator]
static ALLOCATOR: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// What one input may allocate in all: far more than any of these small files needs, far
/// less than a length of gigabytes read from one of them.
const ALLOCATION_LIMIT: usize = 512 << 20;

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// One replay at a time, so that what a region counts is this input's alone.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn replay(target: &str, run: fn(&[u8]), extra: &[&str]) {
    let _alone = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let crashers = files_under(&root.join("fuzz/crashers").join(target));
    assert!(
        !crashers.is_empty(),
        "fuzz/crashers/{target} has no input to replay"
    );
    let mut inputs = crashers;
    for dir in extra {
        inputs.extend(files_under(&root.join(dir)));
    }
    for path in inputs {
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{e}"));
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
}

#[test]
fn the_sniffer_survives_every_saved_crasher_and_fixture() {
    replay(
        "sniff",
        fuzzing::sniff,
        &["tests/fixtures/dicom", "tests/fixtures/pdfs"],
    );
}

#[test]
fn the_dicom_reader_survives_every_saved_crasher_and_fixture() {
    replay("dicom", fuzzing::dicom, &["tests/fixtures/dicom"]);
}

#[test]
fn the_dicomdir_reader_survives_every_saved_crasher_and_the_cd() {
    replay("dicomdir", fuzzing::dicomdir, &["tests/fixtures/dicom/cd"]);
}

#[test]
fn the_study_reader_survives_every_saved_crasher_and_the_golden_study() {
    replay(
        "study",
        fuzzing::study,
        &["crates/wayfinder-records/tests/golden"],
    );
}
