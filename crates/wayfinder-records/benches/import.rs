//! Importing a 14-page, 1 MB paper end to end (sniff, keyed hash, PDFium open and text of every
//! page, seal, record and index in one transaction), each time into a fresh vault, against the
//! baseline of `pdftotext` on the same file plus a plain copy of it. Goal: under 300 ms.
//! `cargo bench -p wayfinder-records --bench import` (needs poppler-utils); under `cargo test`
//! one import runs as a smoke test and the baseline is skipped.
#![allow(clippy::print_stdout)]

use chrono::{NaiveDate, TimeZone, Utc};
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};
use wayfinder_core::{CaseId, Child, CountryCode, DateOfBirth, PersonName, parse_languages};
use wayfinder_pdf::{PdfEngine, library_path};
use wayfinder_records::{Choices, Importer, Item, Outcome};
use wayfinder_vault::{Passphrase, VaultDir};

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let runs = if full { 11 } else { 1 };
    let file = wayfinder_testkit::fixture("pdfs/highlights.pdf");
    let scratch = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("import-bench");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).unwrap_or_else(|e| panic!("{e}"));
    let engine = PdfEngine::shared(&library_path()).unwrap_or_else(|e| panic!("{e}"));
    let now = Utc
        .with_ymd_and_hms(2026, 11, 24, 9, 0, 0)
        .single()
        .unwrap_or_default();
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
    let kdf = wayfinder_testkit::FAST_KDF;
    let mut ours = Vec::new();
    for run in 0..runs {
        let dir = VaultDir::new(scratch.join(format!("vault-{run}")));
        let (mut vault, _) = dir
            .create(
                &Passphrase::new("lantern orbit velvet cactus harbor"),
                kdf,
                now,
            )
            .unwrap_or_else(|e| panic!("{e}"));
        let case = CaseId::new(now, [run as u8; 10]);
        let child = Child {
            name: PersonName::parse("Bench Child").unwrap_or_else(|e| panic!("{e}")),
            date_of_birth: DateOfBirth::parse("2019-03-07", today)
                .unwrap_or_else(|e| panic!("{e}")),
            country: CountryCode::parse("AE").unwrap_or_else(|| panic!("country")),
            languages: parse_languages(["en"]).unwrap_or_else(|e| panic!("{e}")),
        };
        vault
            .create_case(case, &child, now)
            .unwrap_or_else(|e| panic!("{e}"));
        let started = Instant::now();
        let outcome = Importer { engine: &engine }.import(
            &mut vault,
            case,
            &Item::File(file.clone()),
            &Choices::default(),
            now,
            today,
        );
        ours.push(started.elapsed());
        let Outcome::Imported { content, .. } = outcome else {
            panic!("not imported: {}", outcome.code());
        };
        assert_eq!(content.pages, 14);
    }
    let ours = median(ours);
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    if !full {
        println!("smoke run: import of a 14-page PDF in {:.0} ms", ms(ours));
        let _ = std::fs::remove_dir_all(&scratch);
        return;
    }
    let mut baseline = Vec::new();
    for run in 0..runs {
        let started = Instant::now();
        let text = Command::new("pdftotext")
            .arg(&file)
            .arg("-")
            .output()
            .unwrap_or_else(|e| panic!("{e}: install poppler-utils"));
        assert!(text.status.success());
        std::fs::copy(&file, scratch.join(format!("copy-{run}.pdf")))
            .unwrap_or_else(|e| panic!("{e}"));
        baseline.push(started.elapsed());
    }
    let baseline = median(baseline);
    let _ = std::fs::remove_dir_all(&scratch);
    println!(
        "{:<52} {:>9} {:>9} {:>7}",
        "benchmark (median of 11)", "ours", "baseline", "ratio"
    );
    println!(
        "{:<52} {:>6.0} ms {:>6.0} ms {:>6.2}x",
        "import 14-page 1 MB PDF vs pdftotext + copy (goal < 300 ms)",
        ms(ours),
        ms(baseline),
        ms(ours) / ms(baseline)
    );
}
