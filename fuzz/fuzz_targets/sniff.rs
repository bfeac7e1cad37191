//! Fuzz target: `wayfinder_records::fuzzing::sniff` on arbitrary bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    wayfinder_records::fuzzing::sniff(data);
});
