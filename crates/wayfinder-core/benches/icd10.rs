//! The diagnosis picker: p50 and p95 of `icd10::search` over the 74,000 ICD-10-CM titles for
//! what a coordinator types in each language ("leucemia linfoblástica aguda", "急性淋巴细胞白血病"),
//! against the same search for the English words alone (what the picker did before it read
//! other languages), which is the baseline. Goal: under 50 ms a keystroke, far inside the
//! 0.8 s every interaction must stay under. `cargo bench -p wayfinder-core --bench icd10`; under
//! `cargo test` each query runs once as a smoke test.
#![allow(clippy::print_stdout)]

use std::time::{Duration, Instant};
use wayfinder_core::icd10;

const TYPED: &[&str] = &[
    "leucemia linfoblástica aguda",
    "leucémie aiguë lymphoblastique",
    "ابيضاض الدم الليمفاوي الحاد",
    "急性淋巴细胞白血病",
    "острый лимфобластный лейкоз",
    "tumor de Wilms",
    "нейробластома",
    "leukaemia",
];
const ENGLISH: &[&str] = &[
    "acute lymphoblastic leukemia",
    "acute lymphoblastic leukemia",
    "acute lymphoblastic leukemia",
    "acute lymphoblastic leukemia",
    "acute lymphoblastic leukemia",
    "malignant neoplasm kidney",
    "malignant neoplasm adrenal",
    "leukemia",
];

fn p(times: &mut [Duration], q: f64) -> Duration {
    times.sort();
    times[((times.len() as f64 - 1.0) * q).round() as usize]
}

fn time(queries: &[&str], rounds: usize) -> Vec<Duration> {
    let mut times = Vec::with_capacity(queries.len() * rounds);
    for _ in 0..rounds {
        for query in queries {
            let started = Instant::now();
            let found = icd10::search(query, 50);
            times.push(started.elapsed());
            assert!(!found.is_empty(), "{query:?} found nothing");
        }
    }
    times
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let rounds = if full { 40 } else { 1 };
    // The list is read once, on the first search: not part of a keystroke.
    icd10::search("C71", 1);
    let mut typed = time(TYPED, rounds);
    let mut english = time(ENGLISH, rounds);
    let (t50, t95) = (p(&mut typed, 0.5), p(&mut typed, 0.95));
    let (e50, e95) = (p(&mut english, 0.5), p(&mut english, 0.95));
    println!(
        "icd10 search, her language: p50 {t50:.2?}  p95 {t95:.2?}  ({} queries)",
        typed.len()
    );
    println!("icd10 search, English only (baseline): p50 {e50:.2?}  p95 {e95:.2?}");
    println!(
        "ratio p95 her language / English: {:.2}; goal p95 < 50 ms: {}",
        t95.as_secs_f64() / e95.as_secs_f64().max(1e-9),
        if t95 < Duration::from_millis(50) {
            "met"
        } else {
            "missed"
        }
    );
}
