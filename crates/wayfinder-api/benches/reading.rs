//! A 300-page scanned PDF (the six languages' letters, scanned askew and grainy, ten pages
//! of one language then ten of the next, as letters scanned together come; no text of its
//! own; `READING_BENCH_RUN=1` changes language every page) imported into a case in English
//! and Spanish: the time until its first page is searchable and until all of it is, read in
//! the background, while a case list query runs every 50 ms to show the app stays responsive
//! (goal: p95 under 50 ms). Baseline: the plain `tesseract` command line on the same pages
//! (each of the six timed, times the page count), told each page's language, on one thread
//! like ours. `cargo bench -p wayfinder-api --bench reading` (`READING_BENCH_PAGES` sets
//! another page count); under `cargo test`, two pages, as a smoke test.
#![allow(clippy::print_stdout)]

use std::path::PathBuf;
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use wayfinder_api::App;
use wayfinder_api::commands;
use wayfinder_api::dto::{
    CaseFilterDto, ImportEventDto, ImportRequestDto, NewCaseDto, SearchRequestDto,
};
use wayfinder_pdf::{PdfEngine, library_path};
use wayfinder_testkit::scans::{self, SPECIMENS, Wear};

fn percentile(mut times: Vec<Duration>, p: f64) -> Duration {
    times.sort();
    times
        .get(((times.len() as f64 - 1.0) * p).round() as usize)
        .copied()
        .unwrap_or_default()
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let pages: usize = if full {
        std::env::var("READING_BENCH_PAGES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(300)
    } else {
        2
    };
    let scratch = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("reading-bench");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).unwrap_or_else(|e| panic!("{e}"));
    let engine = PdfEngine::shared(&library_path()).unwrap_or_else(|e| panic!("{e}"));
    let jpegs: Vec<Vec<u8>> = SPECIMENS
        .iter()
        .map(|(code, text)| {
            scans::jpeg(
                &scans::worn(&scans::page(&engine, text, code), Wear::SCANNED),
                75,
            )
        })
        .collect();
    let fonts = wayfinder_reports::Fonts::load(&wayfinder_reports::font_dir())
        .unwrap_or_else(|e| panic!("{e}"));
    let run: usize = std::env::var("READING_BENCH_RUN")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10)
        .max(1);
    let pdf = wayfinder_reports::scanned_pdf(
        &fonts,
        (0..pages)
            .map(|i| jpegs[(i / run) % jpegs.len()].clone())
            .collect(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let file = scratch.join("scanned.pdf");
    std::fs::write(&file, &pdf).unwrap_or_else(|e| panic!("{e}"));

    // Baseline: plain Tesseract on each kind of page, as a file, in its own language.
    let mut plain = Duration::ZERO;
    let mut plain_errors = Vec::new();
    let timed = if full { jpegs.len() } else { 1 };
    for (i, jpeg) in jpegs.iter().take(timed).enumerate() {
        let path = scratch.join(format!("page-{i}.jpg"));
        std::fs::write(&path, jpeg).unwrap_or_else(|e| panic!("{e}"));
        let lang = wayfinder_ocr::Language::from_iso(SPECIMENS[i].0)
            .map_or("eng", wayfinder_ocr::Language::tesseract);
        let start = Instant::now();
        let out = Command::new("tesseract")
            .arg(&path)
            .arg("stdout")
            .args(["-l", lang])
            .env("OMP_THREAD_LIMIT", "1")
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(out.status.success(), "tesseract failed");
        plain += start.elapsed();
        plain_errors.push(scans::character_error_rate(
            SPECIMENS[i].1,
            &String::from_utf8_lossy(&out.stdout),
        ));
    }
    let plain_per_page = plain.as_secs_f64() / timed as f64;

    let app = Arc::new(
        App::new(
            &scratch.join("data"),
            &scratch.join("config"),
            Some("en_GB.UTF-8"),
        )
        .unwrap_or_else(|e| panic!("{e}")),
    );
    commands::create_vault(&app, "lantern orbit velvet cactus harbor".to_owned())
        .unwrap_or_else(|e| panic!("{}", e.message));
    let case = commands::create_case(
        &app,
        NewCaseDto {
            child_name: "Amal Haddad".to_owned(),
            date_of_birth: "2018-04-02".to_owned(),
            country: "AE".to_owned(),
            languages: vec!["en".to_owned(), "es".to_owned()],
        },
    )
    .unwrap_or_else(|e| panic!("{}", e.message));
    let (sent, heard) = std::sync::mpsc::channel();
    wayfinder_api::reading::start_reading(&app, move |e| {
        let _ = sent.send((Instant::now(), e));
    });
    // The case list, asked every 50 ms while the pages are read.
    let reading = Arc::new(AtomicBool::new(true));
    let asker = {
        let app = Arc::clone(&app);
        let reading = Arc::clone(&reading);
        std::thread::spawn(move || {
            let mut times = Vec::new();
            while reading.load(Ordering::SeqCst) {
                let start = Instant::now();
                let listed = commands::list_cases(&app, CaseFilterDto::default());
                times.push(start.elapsed());
                assert!(listed.is_ok_and(|l| l.len() == 1));
                std::thread::sleep(Duration::from_millis(50));
            }
            times
        })
    };
    let files = app
        .picked(vec![file])
        .into_iter()
        .map(|p| p.token)
        .collect();
    let (done, finished) = std::sync::mpsc::channel();
    let start = Instant::now();
    wayfinder_api::records::start_import(
        &app,
        ImportRequestDto {
            case_id: case.clone(),
            files,
            category: None,
            allow_duplicate: false,
            password: None,
        },
        move |e| {
            if let ImportEventDto::Finished { imported, .. } = e {
                let _ = done.send(imported);
            }
        },
    )
    .unwrap_or_else(|e| panic!("{}", e.message));
    assert_eq!(finished.recv().ok(), Some(1));
    let imported = start.elapsed();
    let (first_at, mut event) = heard.recv().unwrap_or_else(|e| panic!("{e}"));
    let first = first_at - start;
    let hits = commands::search(
        &app,
        SearchRequestDto {
            query: "medulloblastoma".to_owned(),
            case_id: None,
            record_id: None,
            limit: 5,
        },
    )
    .unwrap_or_else(|e| panic!("{}", e.message));
    assert!(!hits.is_empty(), "the first page is not searchable");
    let mut all = first;
    while event.remaining > 0 {
        let (at, next) = heard
            .recv_timeout(Duration::from_secs(600))
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(next.unavailable.is_none());
        all = at - start;
        event = next;
    }
    reading.store(false, Ordering::SeqCst);
    // How well each page was read, against the text printed on it.
    let record = commands::get_case_file(&app, case.clone())
        .unwrap_or_else(|e| panic!("{}", e.message))
        .entities
        .into_iter()
        .find(|e| e.content.is_some())
        .map(|e| e.id)
        .unwrap_or_else(|| panic!("no record"));
    let errors: Vec<f64> = (0..pages)
        .map(|page| {
            let read = commands::page_reading(&app, record.clone(), page as u32)
                .unwrap_or_else(|e| panic!("{}", e.message));
            let text = read
                .lines
                .iter()
                .map(|l| l.text.as_str())
                .collect::<Vec<_>>()
                .join("\n");
            scans::character_error_rate(SPECIMENS[(page / run) % SPECIMENS.len()].1, &text)
        })
        .collect();
    let times = asker
        .join()
        .unwrap_or_else(|_| panic!("the case list failed"));
    let per_page = all.as_secs_f64() / pages as f64;
    println!(
        "{pages} scanned pages: imported in {:.2} s",
        imported.as_secs_f64()
    );
    println!("first page searchable after {:.2} s", first.as_secs_f64());
    println!(
        "all searchable after {:.1} s ({per_page:.2} s a page); plain tesseract {plain_per_page:.2} s a page; ratio {:.2}",
        all.as_secs_f64(),
        per_page / plain_per_page
    );
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
    println!(
        "error rate: ours mean {:.3}, worst page {:.3}; plain tesseract (told each page's language) mean {:.3}",
        mean(&errors),
        errors.iter().copied().fold(0.0, f64::max),
        mean(&plain_errors)
    );
    println!(
        "case list while reading: p50 {:.1} ms, p95 {:.1} ms over {} queries (goal: p95 under 50 ms)",
        percentile(times.clone(), 0.5).as_secs_f64() * 1000.0,
        percentile(times.clone(), 0.95).as_secs_f64() * 1000.0,
        times.len()
    );
}
