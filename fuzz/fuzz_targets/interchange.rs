//! Fuzz target: `wayfinder_translate::fuzzing::interchange`, an XLIFF or TMX file from a
//! translator's tool and every clinical check of a passage, on arbitrary bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    wayfinder_translate::fuzzing::interchange(data);
});
