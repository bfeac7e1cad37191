//! Replays, in every `cargo test`, each input in `fuzz/crashers/interchange/` (hostile files
//! written by hand, and whatever the fuzzer finds) through the code the fuzz target runs: each
//! must return.

use std::path::Path;

#[test]
fn every_interchange_crasher_returns() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/crashers/interchange");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.is_file())
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 5, "the hand-written inputs are missing");
    for input in inputs {
        let data = std::fs::read(&input).unwrap_or_else(|e| panic!("{e}"));
        wayfinder_translate::fuzzing::interchange(&data);
    }
}
