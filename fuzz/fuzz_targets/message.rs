//! Fuzz target: `wayfinder_sync::fuzzing::message`, every wire message and its checks, on
//! arbitrary bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    wayfinder_sync::fuzzing::message(data);
});
