//! The translated document at scale: a 50-page original (a review packet of fixture PDFs, so
//! its pages are real vector pages) with 500 passages translated into Spanish, ten a page,
//! exported bilingual (each original page followed by its translations) and overlaid (the
//! translations set over their passages). Ours, the library with its fonts loaded once as the
//! app does and its memoised layouts forgotten before each run (goal: under 2 s), against the
//! `typst` command line on the same template, data and original with the same fonts, in one run.
//!
//! `cargo bench -p wayfinder-reports --bench translated` needs `typst` 0.15 on the PATH
//! (`cargo install --locked typst-cli --version 0.15.1`); without it, ours alone is given.
//! Under `cargo test`, a 3-page document with 30 passages is made as a smoke test.
#![allow(clippy::print_stdout)]

use chrono::NaiveDate;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};
use wayfinder_i18n::{Catalog, Locale};
use wayfinder_pdf::{PdfEngine, library_path};
use wayfinder_reports::{
    Child, Coordinator, Diagnosis, Fonts, PacketMedia, PacketRecord, ReadLine, Summary,
    TranslatedDocument, TranslatedUnit, font_dir, forget_memoised, packet_pdf, translated_pdf,
    translated_source,
};

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default()
}

/// An original of at least `pages` pages: fixture PDFs bound into one document.
fn original(fonts: &Fonts, catalog: &Catalog, pages: u32) -> Vec<u8> {
    let fixtures = wayfinder_testkit::fixture("pdfs");
    let plan: &[(&str, u32)] = &[
        ("TAMReview.pdf", 23),
        ("page_with_number.pdf", 17),
        ("highlights.pdf", 14),
    ];
    let mut records = Vec::new();
    let mut total = 0;
    for (name, count) in plan.iter().cycle() {
        if total >= pages {
            break;
        }
        total += count;
        records.push(PacketRecord {
            title: (*name).to_owned(),
            category: "pathology".into(),
            media: PacketMedia::Pdf,
            pages: *count,
            bytes: std::fs::read(fixtures.join(name)).unwrap_or_else(|e| panic!("{name}: {e}")),
            read: Vec::new(),
        });
    }
    let case = Summary {
        child: Child {
            name: None,
            date_of_birth: None,
            age: None,
            sex: None,
            country: None,
        },
        diagnosis: Diagnosis {
            text: None,
            icd10: None,
            topography: None,
            morphology: None,
            risk_group: None,
        },
        stage: "review".into(),
        timeline: Vec::new(),
        questions: Vec::new(),
        enclosed: Vec::new(),
        coordinator: Coordinator {
            name: "Amal Mansour".into(),
            organisation: None,
            email: None,
            phone: None,
        },
        today: today(),
    };
    packet_pdf(fonts, catalog, &case, records, Locale::Ru).unwrap_or_else(|e| panic!("{e}"))
}

/// The document: `pages` pages of the original, ten passages on each, in a column.
fn document(bytes: &[u8], pages: u32, overlay: bool) -> TranslatedDocument {
    let units = (0..pages)
        .flat_map(|page| {
            (0..10).map(move |i| TranslatedUnit {
                number: page * 10 + i + 1,
                page,
                region: Some(ReadLine {
                    text: String::new(),
                    left: 0.08,
                    top: 0.06 + 0.09 * i as f32,
                    width: 0.84,
                    height: 0.07,
                }),
                target: format!(
                    "Paciente de 7 años con meduloblastoma de la fosa posterior; recibió vincristina {} mg/m² el día {} del ciclo {}, sin toxicidad de grado 3.",
                    1 + i % 3,
                    i + 1,
                    page + 1
                ),
            })
        })
        .collect();
    TranslatedDocument {
        title: "Выписка из истории болезни".into(),
        media: PacketMedia::Pdf,
        pages,
        turns: Vec::new(),
        bytes: bytes.to_vec(),
        source_language: "ru".into(),
        language: "es".into(),
        units,
        translator: "Marta Ruiz".into(),
        statement: "Traductora médica jurada, Madrid".into(),
        date: today(),
        source_sha256: "0".repeat(64),
        text_sha256: "1".repeat(64),
        overlay,
    }
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let (pages, runs) = if full { (50, 5) } else { (3, 1) };
    let catalog = Catalog::new().unwrap_or_else(|e| panic!("{e}"));
    let dir = font_dir();
    let fonts = Fonts::load(&dir).unwrap_or_else(|e| panic!("{e}"));
    let bytes = original(&fonts, &catalog, pages);
    let engine = PdfEngine::shared(&library_path()).unwrap_or_else(|e| panic!("{e}"));
    let (doc, count) = engine
        .open(bytes.clone(), None)
        .unwrap_or_else(|e| panic!("{e}"));
    engine.close(doc);
    assert!(u32::from(count) >= pages, "the original has {count} pages");

    let mut results = Vec::new();
    for overlay in [false, true] {
        let mut ours = Vec::new();
        let mut made = Vec::new();
        for _ in 0..runs {
            forget_memoised();
            let document = document(&bytes, pages, overlay);
            let started = Instant::now();
            made = translated_pdf(&fonts, &catalog, document).unwrap_or_else(|e| panic!("{e}"));
            ours.push(started.elapsed());
        }
        assert!(made.starts_with(b"%PDF-"));
        let (doc, out_pages) = engine.open(made, None).unwrap_or_else(|e| panic!("{e}"));
        engine.close(doc);
        results.push((overlay, median(ours), out_pages));
    }
    let units = pages * 10;
    if !full {
        for (overlay, took, out) in &results {
            println!(
                "smoke: {pages} pages, {units} passages, overlay {overlay}: {out} pages in {:.2} s",
                secs(*took)
            );
        }
        return;
    }

    // The typst command line on the same template, data and original, with the same fonts.
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("translated-bench");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).unwrap_or_else(|e| panic!("{e}"));
    println!("a {pages}-page original, {units} passages into Spanish; median of {runs} runs");
    println!(
        "{:<28} {:>7} {:>9} {:>9} {:>7}",
        "export", "pages", "ours s", "typst s", "ratio"
    );
    for (overlay, ours, out_pages) in results {
        let (template, data, files) = translated_source(&catalog, document(&bytes, pages, overlay))
            .unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(scratch.join("main.typ"), template).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(scratch.join("data.json"), &data).unwrap_or_else(|e| panic!("{e}"));
        for (name, bytes) in files {
            std::fs::write(scratch.join(name.trim_start_matches('/')), bytes)
                .unwrap_or_else(|e| panic!("{e}"));
        }
        let mut cli = Vec::new();
        for _ in 0..runs {
            let started = Instant::now();
            let status = Command::new("typst")
                .arg("compile")
                .arg("--ignore-system-fonts")
                .arg("--font-path")
                .arg(dir.join("truetype/noto"))
                .arg("--font-path")
                .arg(dir.join("opentype/noto"))
                .arg("--creation-timestamp")
                .arg("1795000000")
                .arg("--root")
                .arg(&scratch)
                .arg(scratch.join("main.typ"))
                .arg(scratch.join("out.pdf"))
                .status();
            match status {
                Ok(s) if s.success() => cli.push(started.elapsed()),
                Ok(_) => panic!("typst compile failed"),
                Err(_) => break,
            }
        }
        let name = if overlay { "overlay" } else { "bilingual" };
        if cli.is_empty() {
            println!(
                "{name:<28} {out_pages:>7} {:>9.2} {:>9} {:>7}",
                secs(ours),
                "-",
                "-"
            );
            println!("  (no baseline: cargo install --locked typst-cli --version 0.15.1)");
            continue;
        }
        let cli = median(cli);
        println!(
            "{name:<28} {out_pages:>7} {:>9.2} {:>9.2} {:>7.2}",
            secs(ours),
            secs(cli),
            secs(ours) / secs(cli)
        );
    }
}
