//! Fuzz target: `wayfinder_sync::fuzzing::operation`, what a sealed operation holds once
//! decrypted, on arbitrary bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    wayfinder_sync::fuzzing::operation(data);
});
