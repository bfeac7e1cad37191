//! Rendering every page of the fixtures' long PDFs at 150 dpi: our engine (PDFium, to PNG in
//! memory) against `pdftoppm` (Poppler) and `mutool draw` (MuPDF) writing PNG files of the same
//! pages, in one run. Goal: faster than pdftoppm, within 1.2x of mutool.
//! `cargo bench -p wayfinder-pdf --bench render` (needs poppler-utils and mupdf-tools); under
//! `cargo test` one file is rendered as a smoke test and the baselines are skipped.
#![allow(clippy::print_stdout)]

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};
use wayfinder_pdf::{PdfEngine, RenderSize, library_path};

fn fixtures() -> PathBuf {
    wayfinder_testkit::fixture("pdfs")
}

/// The manifest's long documents: (file, pages).
fn long_pdfs() -> Vec<(String, u16)> {
    let manifest =
        std::fs::read_to_string(fixtures().join("MANIFEST.tsv")).unwrap_or_else(|e| panic!("{e}"));
    manifest
        .lines()
        .skip(1)
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|c| c.get(2) == Some(&"long") && c.get(3) == Some(&"ok"))
        .map(|c| (c[0].to_owned(), c[4].parse().unwrap_or(0)))
        .collect()
}

fn best_of<F: FnMut()>(runs: usize, mut f: F) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn run(command: &mut Command) {
    let status = command
        .status()
        .unwrap_or_else(|e| panic!("{e}: install poppler-utils and mupdf-tools"));
    assert!(status.success(), "{command:?} failed");
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let mut files = long_pdfs();
    if !full {
        files.truncate(1);
    }
    let pages: u32 = files.iter().map(|(_, p)| u32::from(*p)).sum();
    let engine = PdfEngine::shared(&library_path()).unwrap_or_else(|e| panic!("{e}"));
    let runs = if full { 3 } else { 1 };
    let mut bytes_out = 0usize;
    let ours = best_of(runs, || {
        bytes_out = 0;
        for (file, count) in &files {
            let bytes = std::fs::read(fixtures().join(file)).unwrap_or_else(|e| panic!("{e}"));
            let (doc, n) = engine
                .open(bytes, None)
                .unwrap_or_else(|e| panic!("{file}: {e}"));
            assert_eq!(n, *count);
            for page in 0..n {
                bytes_out += engine
                    .render_png(doc, page, RenderSize::Dpi(150.0))
                    .unwrap_or_else(|e| panic!("{e}"))
                    .len();
            }
            engine.close(doc);
        }
    });
    println!(
        "{} pages of {} long PDFs at 150 dpi ({} KB of PNG)",
        pages,
        files.len(),
        bytes_out / 1024
    );
    if !full {
        println!("smoke run: {:.0} ms", ours.as_secs_f64() * 1000.0);
        return;
    }
    let out = tempfile_dir();
    let poppler = best_of(runs, || {
        for (file, _) in &files {
            run(Command::new("pdftoppm")
                .args(["-r", "150", "-png"])
                .arg(fixtures().join(file))
                .arg(out.join("p")));
        }
    });
    let mupdf = best_of(runs, || {
        for (file, _) in &files {
            run(Command::new("mutool")
                .args(["draw", "-q", "-r", "150", "-o"])
                .arg(out.join("m%d.png"))
                .arg(fixtures().join(file)));
        }
    });
    let _ = std::fs::remove_dir_all(&out);
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{:<40} {:>10} {:>10} {:>7}",
        "benchmark (best of 3)", "ours", "baseline", "ratio"
    );
    println!(
        "{:<40} {:>7.0} ms {:>7.0} ms {:>6.2}x",
        "render vs pdftoppm (goal < 1x)",
        ms(ours),
        ms(poppler),
        ms(ours) / ms(poppler)
    );
    println!(
        "{:<40} {:>7.0} ms {:>7.0} ms {:>6.2}x",
        "render vs mutool draw (goal ≤ 1.2x)",
        ms(ours),
        ms(mupdf),
        ms(ours) / ms(mupdf)
    );
}

/// A scratch folder for the baselines' PNG files (fixture pages, no patient data).
fn tempfile_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("render-bench");
    let _ = std::fs::create_dir_all(&dir);
    dir
}
