//! Search over 20,000 documents in 2,000 cases, made of real text: ICD-10-CM titles (English
//! medical language, the CDC's table in `wayfinder-core`) and the app's own translated
//! messages in Arabic, Chinese and Russian. p50 and p95 of 200 one-term queries through the
//! vault's FTS5 index, against `rg -i -F -l` over the same text in plain files. Goal: p95 under
//! 50 ms. `cargo bench -p wayfinder-vault --bench search` (needs ripgrep); under `cargo test`
//! 200 documents are searched as a smoke test and the baseline is skipped.
#![allow(clippy::print_stdout)]

use chrono::{NaiveDate, TimeZone, Utc};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use wayfinder_core::{
    CaseId, Child, Content, CountryCode, DateOfBirth, Media, PersonName, parse_languages,
};
use wayfinder_vault::{NewRecord, Passphrase, Scope, VaultDir};

/// A small deterministic generator: the same corpus on every run.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.next() % items.len()]
    }
}

/// Lines of real text in other scripts: the values of the app's messages.
fn translated_lines(root: &Path) -> Vec<String> {
    ["ar", "zh", "ru"]
        .iter()
        .flat_map(|tag| {
            let text = std::fs::read_to_string(root.join(format!("locales/{tag}/wayfinder.ftl")))
                .unwrap_or_default();
            text.lines()
                .filter_map(|l| l.split_once(" = ").map(|(_, v)| v.trim().to_owned()))
                .filter(|v| !v.contains('{') && v.chars().count() > 6)
                .collect::<Vec<_>>()
        })
        .collect()
}

fn p(times: &mut [Duration], q: f64) -> Duration {
    times.sort();
    times[((times.len() as f64 - 1.0) * q).round() as usize]
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let (cases, per_case) = if full { (2_000, 10) } else { (20, 10) };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let titles: Vec<&'static str> = wayfinder_core::icd10::entries().map(|e| e.title).collect();
    let foreign = translated_lines(&root);
    assert!(titles.len() > 40_000 && foreign.len() > 300);
    let scratch = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("search-bench");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(scratch.join("plain")).unwrap_or_else(|e| panic!("{e}"));
    let now = Utc
        .with_ymd_and_hms(2026, 11, 24, 9, 0, 0)
        .single()
        .unwrap_or_default();
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
    let kdf = wayfinder_testkit::FAST_KDF;
    let (mut vault, _) = VaultDir::new(scratch.join("vault"))
        .create(
            &Passphrase::new("lantern orbit velvet cactus harbor"),
            kdf,
            now,
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let mut rng = Lcg(7);
    let mut vocabulary: Vec<String> = Vec::new();
    let built = Instant::now();
    let mut docs = 0u32;
    for c in 0..cases {
        let case = CaseId::new(
            now,
            [(c % 251) as u8, (c / 251) as u8, 1, 2, 3, 4, 5, 6, 7, 8],
        );
        let child = Child {
            name: PersonName::parse(&format!("Child {c}")).unwrap_or_else(|e| panic!("{e}")),
            date_of_birth: DateOfBirth::parse("2019-03-07", today)
                .unwrap_or_else(|e| panic!("{e}")),
            country: CountryCode::parse("AE").unwrap_or_else(|| panic!("country")),
            languages: parse_languages(["en"]).unwrap_or_else(|e| panic!("{e}")),
        };
        vault
            .create_case(case, &child, now)
            .unwrap_or_else(|e| panic!("{e}"));
        for _ in 0..per_case {
            // Two or three pages of about 400 words each; one document in three with a page in
            // another script.
            let mut pages = Vec::new();
            for _ in 0..2 + rng.next() % 2 {
                let mut page = String::new();
                while page.len() < 2_500 {
                    page.push_str(rng.pick::<&str>(&titles));
                    page.push_str(". ");
                }
                pages.push(page);
            }
            if rng.next() % 3 == 0 {
                let mut page = String::new();
                for _ in 0..30 {
                    page.push_str(rng.pick::<String>(&foreign));
                    page.push('\n');
                }
                pages.push(page);
            }
            if vocabulary.len() < 5_000 {
                let page = rng.pick(pages.as_slice()).clone();
                vocabulary.extend(
                    page.split_whitespace()
                        .take(3)
                        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned()),
                );
            }
            std::fs::write(
                scratch.join(format!("plain/{docs}.txt")),
                pages.join("\n\u{c}\n"),
            )
            .unwrap_or_else(|e| panic!("{e}"));
            let bytes = format!("document {docs}").into_bytes();
            let hash: [u8; 32] = *vault.content_hasher().update(&bytes).finalize().as_bytes();
            let file = vault
                .seal_original(&mut &bytes[..])
                .unwrap_or_else(|e| panic!("{e}"));
            vault
                .add_record(
                    case,
                    file,
                    &NewRecord {
                        title: &format!("report-{docs}.pdf"),
                        category: "other",
                        date: None,
                        institution: None,
                        language: None,
                        content: Content {
                            media: Media::Pdf,
                            size: bytes.len() as u64,
                            pages: pages.len() as u32,
                            hash,
                        },
                        secret: None,
                        pages: &pages,
                    },
                    now,
                    today,
                )
                .unwrap_or_else(|e| panic!("{e}"));
            docs += 1;
        }
    }
    println!(
        "{docs} documents in {cases} cases, built in {:.1} s",
        built.elapsed().as_secs_f64()
    );
    // 200 queries: words of the English pages (3+ letters), and words and two-character terms
    // of the other scripts (two Chinese characters go through the scan, not the trigrams).
    let mut queries: Vec<String> = Vec::new();
    vocabulary.retain(|w| w.chars().count() >= 3);
    for _ in 0..140 {
        queries.push(rng.pick(vocabulary.as_slice()).clone());
    }
    for _ in 0..60 {
        let line: Vec<char> = rng
            .pick(foreign.as_slice())
            .chars()
            .filter(|c| c.is_alphabetic())
            .collect();
        let len = if line.iter().any(|c| ('\u{4e00}'..='\u{9fff}').contains(c)) {
            2
        } else {
            5
        };
        if line.len() > len {
            let start = rng.next() % (line.len() - len);
            queries.push(line[start..start + len].iter().collect());
        }
    }
    let mut ours = Vec::new();
    let mut slowest = Vec::new();
    let mut found = 0usize;
    for q in &queries {
        let started = Instant::now();
        let hits = vault
            .search(q, Scope::Everything, 50)
            .unwrap_or_else(|e| panic!("{q}: {e}"))
            .len();
        found += hits;
        ours.push(started.elapsed());
        slowest.push((started.elapsed(), q.clone(), hits));
    }
    slowest.sort();
    for (time, q, hits) in slowest.iter().rev().take(8) {
        println!(
            "slowest: {:>6.1} ms {q:?} ({hits} hits)",
            time.as_secs_f64() * 1000.0
        );
    }
    assert!(
        found > queries.len(),
        "the queries found almost nothing: {found}"
    );
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let (p50, p95) = (p(&mut ours, 0.5), p(&mut ours, 0.95));
    println!(
        "{} queries, p50 {:.1} ms, p95 {:.1} ms",
        queries.len(),
        ms(p50),
        ms(p95)
    );
    if !full {
        let _ = std::fs::remove_dir_all(&scratch);
        return;
    }
    let mut rg = Vec::new();
    for q in &queries {
        let started = Instant::now();
        let out = Command::new("rg")
            .args(["-i", "-F", "-l", "--", q])
            .arg(scratch.join("plain"))
            .output()
            .unwrap_or_else(|e| panic!("{e}: install ripgrep"));
        assert!(out.status.success() || out.status.code() == Some(1));
        rg.push(started.elapsed());
    }
    let (r50, r95) = (p(&mut rg, 0.5), p(&mut rg, 0.95));
    let _ = std::fs::remove_dir_all(&scratch);
    println!(
        "{:<48} {:>9} {:>9} {:>7}",
        "benchmark (200 queries)", "ours", "rg", "ratio"
    );
    println!(
        "{:<48} {:>6.1} ms {:>6.1} ms {:>6.2}x",
        "search p50, 20,000 documents",
        ms(p50),
        ms(r50),
        ms(p50) / ms(r50)
    );
    println!(
        "{:<48} {:>6.1} ms {:>6.1} ms {:>6.2}x",
        "search p95 (goal < 50 ms)",
        ms(p95),
        ms(r95),
        ms(p95) / ms(r95)
    );
}
