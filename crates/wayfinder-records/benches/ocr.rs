//! Reading scans: character error rate and seconds per page of Wayfinder's reader against the
//! plain `tesseract` command line and `ocrmypdf --rotate-pages --deskew` (from PyPI, installed
//! into `target/` on first use; left out if it will not install), on the same pages: the six
//! languages' letters scanned (askew, blurred, grainy, JPEG), a letter upside down and one
//! sideways, a Russian letter with English drug names. All three run Tesseract on one thread.
//! Goal: an error rate below plain Tesseract's on every kind of page and at most OCRmyPDF's,
//! at no more than 1.5x plain Tesseract's time per page.
//! `cargo bench -p wayfinder-records --bench ocr`; under `cargo test` one page is read by ours
//! only, as a smoke test.
#![allow(clippy::print_stdout)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use wayfinder_ocr::{Language, Tesseract};
use wayfinder_pdf::{PdfEngine, library_path};
use wayfinder_testkit::scans::{self, MIXED, SPECIMENS, Wear};

struct Kind {
    name: String,
    truth: &'static str,
    /// The language the page is expected in (the record's), ISO 639-1.
    code: &'static str,
    image: image::GrayImage,
}

fn kinds(engine: &PdfEngine, full: bool) -> Vec<Kind> {
    let mut out = Vec::new();
    for (code, text) in SPECIMENS {
        out.push(Kind {
            name: format!("{code} scanned"),
            truth: text,
            code,
            image: scans::worn(&scans::page(engine, text, code), Wear::SCANNED),
        });
        if !full {
            return out;
        }
    }
    let (code, text) = SPECIMENS[0];
    let page = scans::page(engine, text, code);
    for (name, turns) in [
        ("en upside down", 2),
        ("en sideways", 1),
        ("en sideways, ccw", 3),
    ] {
        out.push(Kind {
            name: name.to_owned(),
            truth: text,
            code,
            image: scans::worn(
                &page,
                Wear {
                    quarter_turns: turns,
                    ..Wear::SCANNED
                },
            ),
        });
    }
    // Fed askew past what Tesseract's own layout analysis takes.
    for (code, text, skew) in [("en", SPECIMENS[0].1, 6.0f32), ("ru", SPECIMENS[5].1, -9.0)] {
        out.push(Kind {
            name: format!("{code} askew {skew}°"),
            truth: text,
            code,
            image: scans::worn(
                &scans::page(engine, text, code),
                Wear {
                    skew,
                    ..Wear::SCANNED
                },
            ),
        });
    }
    let (code, text) = MIXED;
    out.push(Kind {
        name: "ru with en drugs".to_owned(),
        truth: text,
        code,
        image: scans::worn(&scans::page(engine, text, code), Wear::SCANNED),
    });
    out
}

fn tesseract_code(code: &str) -> &'static str {
    Language::from_iso(code).map_or("eng", Language::tesseract)
}

/// OCRmyPDF from PyPI in `target/`, installed on first use.
fn ocrmypdf(scratch: &Path) -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("ocrmypdf");
    if !dir.join("ocrmypdf").is_dir() {
        let installed = Command::new("python3")
            .args(["-m", "pip", "install", "--quiet", "--target"])
            .arg(&dir)
            .arg("ocrmypdf")
            .status()
            .is_ok_and(|s| s.success());
        if !installed {
            return None;
        }
    }
    let _ = scratch;
    Some(dir)
}

fn timed(mut command: Command) -> Option<(Duration, Vec<u8>)> {
    let start = Instant::now();
    let out = command.env("OMP_THREAD_LIMIT", "1").output().ok()?;
    let took = start.elapsed();
    out.status.success().then_some((took, out.stdout))
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let engine = PdfEngine::shared(&library_path()).unwrap_or_else(|e| panic!("{e}"));
    let scratch = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("ocr-bench");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).unwrap_or_else(|e| panic!("{e}"));
    let ours = Tesseract::system();
    let ocrmypdf = if full { ocrmypdf(&scratch) } else { None };
    println!(
        "{:<18} {:>8} {:>8} {:>8}   {:>8} {:>8} {:>8}",
        "page", "CER ours", "plain", "ocrmypdf", "s ours", "plain", "ocrmypdf"
    );
    let (mut ours_time, mut plain_time, mut ocrmypdf_time) = (0.0, 0.0, 0.0);
    let mut ocrmypdf_pages = 0;
    for (i, kind) in kinds(&engine, full).iter().enumerate() {
        let expected = Language::from_iso(kind.code)
            .into_iter()
            .collect::<Vec<_>>();
        let start = Instant::now();
        let read = ours
            .read(&kind.image, &expected, None)
            .unwrap_or_else(|e| panic!("{}: {e}", kind.name));
        let our_seconds = start.elapsed().as_secs_f64();
        let our_cer = scans::character_error_rate(kind.truth, &read.text());
        assert!(our_cer < 0.2, "{}: {our_cer}", kind.name);
        if !full {
            println!(
                "{:<18} {our_cer:>8.3} {:>8} {:>8}   {our_seconds:>8.2}",
                kind.name, "-", "-"
            );
            return;
        }
        // The same page as a file for the command lines, marked 300 dpi for OCRmyPDF.
        let png = scratch.join(format!("page-{i}.png"));
        kind.image.save(&png).unwrap_or_else(|e| panic!("{e}"));
        let mut plain = Command::new("tesseract");
        plain
            .arg(&png)
            .arg("stdout")
            .args(["-l", tesseract_code(kind.code)]);
        let (plain_took, plain_out) = timed(plain).unwrap_or_else(|| panic!("tesseract failed"));
        let plain_cer =
            scans::character_error_rate(kind.truth, &String::from_utf8_lossy(&plain_out));
        let ocrmypdf_result = ocrmypdf.as_ref().and_then(|dir| {
            let out = scratch.join(format!("page-{i}.pdf"));
            let mut command = Command::new("python3");
            command
                .env("PYTHONPATH", dir)
                .args([
                    "-m",
                    "ocrmypdf",
                    "--rotate-pages",
                    "--deskew",
                    "--output-type",
                    "pdf",
                ])
                .args(["--jobs", "1", "--image-dpi", "300", "--quiet"])
                .args(["-l", &format!("{}+eng", tesseract_code(kind.code))])
                .arg(&png)
                .arg(&out);
            let (took, _) = timed(command)?;
            let bytes = std::fs::read(&out).ok()?;
            let (doc, _) = engine.open(bytes, None).ok()?;
            let text = engine.page_text(doc, 0).ok()?;
            engine.close(doc);
            Some((
                took.as_secs_f64(),
                scans::character_error_rate(kind.truth, &text),
            ))
        });
        let cell = |v: Option<f64>, digits: usize| {
            v.map_or_else(|| "-".to_owned(), |v| format!("{v:.digits$}"))
        };
        println!(
            "{:<18} {our_cer:>8.3} {plain_cer:>8.3} {:>8}   {our_seconds:>8.2} {:>8.2} {:>8}",
            kind.name,
            cell(ocrmypdf_result.map(|r| r.1), 3),
            plain_took.as_secs_f64(),
            cell(ocrmypdf_result.map(|r| r.0), 2),
        );
        ours_time += our_seconds;
        plain_time += plain_took.as_secs_f64();
        if let Some((took, _)) = ocrmypdf_result {
            ocrmypdf_time += took;
            ocrmypdf_pages += 1;
        }
    }
    println!(
        "time per page: ours / plain tesseract = {:.2}",
        ours_time / plain_time.max(1e-9)
    );
    if ocrmypdf_pages > 0 {
        println!(
            "time per page: ours / ocrmypdf = {:.2}",
            ours_time / ocrmypdf_time.max(1e-9)
        );
    }
}
