//! The translation memory at scale: 100,000 finished passages (Russian into Spanish, made up
//! from a Zipf-distributed vocabulary with doses and dates) in a real vault, and 300 new
//! passages looked up: a third copies of passages in the memory, a third with other numbers,
//! a third with a word or two changed. Measured: the p95 of our look-up (the vault's trigram
//! index, then scoring; goal under 20 ms) against a brute-force `rapidfuzz` scan (from PyPI,
//! installed into `target/` on first use) of the same passages with the same score, and how
//! often our best match scores as high as the scan's.
//!
//! `cargo bench -p wayfinder-api --bench memory`; under `cargo test`, 2,000 passages and no
//! baseline, as a smoke test.
#![allow(clippy::print_stdout)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use wayfinder_api::translation::memory_matches;
use wayfinder_core::{CaseId, EntityId};
use wayfinder_merge::{AuthorId, Change, Clock, FieldRef, OpId, Operation};
use wayfinder_vault::{Passphrase, VaultDir, oplog::KIND_FIELD};

/// A small deterministic generator: the same memory every run.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// An index below `n`, small ones far likelier (roughly Zipf), as words are in text.
    fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next() % 1_000_000) as f64 / 1_000_000.0;
        ((n as f64) * u.powi(4)) as usize
    }
}

fn vocabulary(dice: &mut Dice, size: usize) -> Vec<String> {
    const SYLLABLES: [&str; 24] = [
        "ка", "ло", "ми", "ну", "ре", "ст", "ва", "до", "пра", "зи", "тов", "лек", "ин", "ген",
        "ом", "ар", "хи", "бла", "сто", "мет", "ро", "фи", "ция", "ный",
    ];
    (0..size)
        .map(|_| {
            (0..2 + dice.below(3))
                .map(|_| SYLLABLES[dice.below(SYLLABLES.len())])
                .collect()
        })
        .collect()
}

fn passage(dice: &mut Dice, words: &[String]) -> String {
    let n = 6 + dice.below(14);
    let mut out: Vec<String> = Vec::with_capacity(n + 2);
    for i in 0..n {
        out.push(words[dice.zipf(words.len())].clone());
        if i == n / 2 && dice.below(2) == 0 {
            out.push(format!("{} мг", 1 + dice.below(500)));
        }
    }
    if dice.below(3) == 0 {
        out.push(format!(
            "{:02}.{:02}.2025",
            1 + dice.below(28),
            1 + dice.below(12)
        ));
    }
    out.join(" ")
}

/// Another passage like `text`: other numbers, or a word or two changed.
fn varied(dice: &mut Dice, text: &str, words: &[String], numbers: bool) -> String {
    let mut parts: Vec<String> = text.split(' ').map(str::to_owned).collect();
    if numbers {
        let mut changed = false;
        for p in parts.iter_mut() {
            if p.chars().all(|c| c.is_ascii_digit()) {
                *p = (1 + dice.below(900)).to_string();
                changed = true;
            }
        }
        if !changed {
            parts.push(format!("{} мг", 1 + dice.below(500)));
        }
    } else {
        for _ in 0..1 + dice.below(2) {
            let at = dice.below(parts.len());
            parts[at] = words[dice.zipf(words.len())].clone();
        }
    }
    parts.join(" ")
}

fn p95(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples
        .get(((samples.len() as f64 - 1.0) * 0.95).round() as usize)
        .copied()
        .unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// rapidfuzz from PyPI in `target/`, installed on first use.
fn rapidfuzz() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("rapidfuzz");
    if !dir.join("rapidfuzz").is_dir() {
        let installed = Command::new("python3")
            .args(["-m", "pip", "install", "--quiet", "--target"])
            .arg(&dir)
            .arg("rapidfuzz==3.14.3")
            .status()
            .is_ok_and(|s| s.success());
        if !installed {
            return None;
        }
    }
    Some(dir)
}

/// The scan: each query against every passage, timed one by one in Python; its best score
/// per query and its times, in milliseconds.
const SCAN: &str = r#"
import json, sys, time
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
data = json.load(sys.stdin)
norm = lambda s: " ".join(s.split()).lower()
choices = [norm(s) for s in data["memory"]]
out = []
for q in data["queries"]:
    t = time.perf_counter()
    best = process.extract(norm(q), choices, scorer=Levenshtein.normalized_similarity, limit=5)
    took = (time.perf_counter() - t) * 1000
    out.append([took, round(best[0][1] * 100) if best else 0])
print(json.dumps(out))
"#;

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let size: usize = if full {
        std::env::var("MEMORY_BENCH_UNITS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(100_000)
    } else {
        2_000
    };
    let mut dice = Dice(0x5eed_cafe_f00d_0001);
    let words = vocabulary(&mut dice, 6_000);
    let memory: Vec<String> = (0..size).map(|_| passage(&mut dice, &words)).collect();
    let queries: Vec<String> = (0..if full { 300 } else { 30 })
        .map(|i| {
            let of = &memory[dice.below(memory.len())];
            match i % 3 {
                0 => of.clone(),
                1 => varied(&mut dice, of, &words, true),
                _ => varied(&mut dice, of, &words, false),
            }
        })
        .collect();

    // The memory as a translator's vault holds it: one case, one document, its passages
    // finished, every one an operation of the case file.
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = VaultDir::new(tmp.path().join("vault"));
    let (mut vault, _vk) = dir
        .create(
            &Passphrase::new("lantern orbit velvet cactus harbor"),
            wayfinder_testkit::FAST_KDF,
            chrono::Utc::now(),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let author = AuthorId([0xa1; 16]);
    let start: u64 = 1_780_000_000_000;
    let case = *CaseId::new(
        chrono::DateTime::from_timestamp_millis(start as i64).unwrap_or_default(),
        [7; 10],
    )
    .as_bytes();
    let mut clock = Clock::default();
    let mut seq: u64 = 0;
    let mut op = |entity: [u8; 16], field: &str, value: &str| {
        seq += 1;
        let mut id = [0u8; 16];
        id[..8].copy_from_slice(&seq.to_be_bytes());
        Operation {
            id: OpId(id),
            author,
            time: clock.tick(start + seq),
            target: FieldRef {
                scope: case,
                entity,
                field: field.to_owned(),
            },
            parents: Vec::new(),
            change: Change::Set(value.as_bytes().to_vec()),
        }
    };
    let entity = |n: u64| {
        let mut id = [0x70u8; 16];
        id[8..].copy_from_slice(&n.to_be_bytes());
        id
    };
    let translation = entity(0);
    let translation_text = EntityId::from_bytes(translation).to_string();
    let mut ops = vec![
        op(case, KIND_FIELD, "case"),
        op(case, "stage", "records"),
        op(case, "child.name", "Benchmark child"),
        op(case, "child.languages", "ru"),
        op(translation, KIND_FIELD, "translation"),
        op(translation, "language", "es"),
        op(translation, "status", "in-progress"),
    ];
    for (n, source) in memory.iter().enumerate() {
        let unit = entity(n as u64 + 1);
        ops.push(op(unit, KIND_FIELD, "unit"));
        ops.push(op(unit, "translation", &translation_text));
        ops.push(op(unit, "page", "0"));
        ops.push(op(unit, "source", source));
        ops.push(op(unit, "target", &format!("ES {source}")));
        ops.push(op(unit, "state", "final"));
    }
    let t = Instant::now();
    for batch in ops.chunks(10_000) {
        vault
            .apply_operations(batch)
            .unwrap_or_else(|e| panic!("{e}"));
    }
    println!(
        "{size} passages in the memory ({} operations applied in {:.1} s)",
        ops.len(),
        t.elapsed().as_secs_f64()
    );

    // The index alone, for where the time goes.
    let mut index = Vec::with_capacity(queries.len());
    for q in &queries {
        let t = Instant::now();
        let found = vault
            .memory_candidates(q, 100)
            .unwrap_or_else(|e| panic!("{e}"));
        index.push(t.elapsed());
        assert!(!found.is_empty());
    }
    let mut ours = Vec::with_capacity(queries.len());
    let mut best_scores = Vec::with_capacity(queries.len());
    for q in &queries {
        let t = Instant::now();
        let found = memory_matches(&vault, q, ("ru", "es"), None).unwrap_or_else(|e| panic!("{e}"));
        ours.push(t.elapsed());
        best_scores.push(found.first().map_or(0, |(m, _)| m.score));
    }
    // Every exact copy is found as exact: a look-up that misses those is no memory.
    for (i, score) in best_scores.iter().enumerate().step_by(3) {
        assert_eq!(*score, 100, "an exact copy was not found: query {i}");
    }
    let ours_p95 = p95(ours.clone());
    println!(
        "{:<44} {:>10} {:>10}",
        "memory look-up", "p95 ms", "median ms"
    );
    let mut sorted = ours.clone();
    sorted.sort();
    println!(
        "{:<44} {:>10.2} {:>10.2}",
        "ours (trigram index, then scoring)",
        ms(ours_p95),
        ms(sorted[sorted.len() / 2])
    );
    let mut sorted = index.clone();
    sorted.sort();
    println!(
        "{:<44} {:>10.2} {:>10.2}",
        "  of which the vault's index",
        ms(p95(index)),
        ms(sorted[sorted.len() / 2])
    );
    if !full {
        return;
    }
    let Some(lib) = rapidfuzz() else {
        println!("rapidfuzz could not be installed: no baseline");
        return;
    };
    let mut child = Command::new("python3")
        .args(["-c", SCAN])
        .env("PYTHONPATH", &lib)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let input = serde_json::json!({ "memory": memory, "queries": queries }).to_string();
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(input.as_bytes())
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let out = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    let text = String::from_utf8_lossy(&out.stdout);
    let rows: Vec<(f64, u8)> = serde_json::from_str(text.trim()).unwrap_or_default();
    assert_eq!(rows.len(), queries.len(), "the scan answered: {text}");
    let base: Vec<Duration> = rows
        .iter()
        .map(|(t, _)| Duration::from_secs_f64(t / 1000.0))
        .collect();
    let base_p95 = p95(base.clone());
    let mut sorted = base;
    sorted.sort();
    println!(
        "{:<44} {:>10.2} {:>10.2}",
        "rapidfuzz scan of every passage",
        ms(base_p95),
        ms(sorted[sorted.len() / 2])
    );
    println!(
        "p95 ours / rapidfuzz = {:.2}",
        ms(ours_p95) / ms(base_p95).max(1e-9)
    );
    let as_good = rows
        .iter()
        .zip(&best_scores)
        .filter(|((_, scan), ours)| {
            **ours >= *scan || *scan < wayfinder_translate::memory::MIN_SCORE
        })
        .count();
    println!(
        "our best match scores as high as the scan's: {as_good} of {} look-ups",
        queries.len()
    );
}
