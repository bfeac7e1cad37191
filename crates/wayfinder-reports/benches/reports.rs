//! Reports against their baselines, in one run:
//! Typst memoises layout between compilations; every run here starts with that forgotten.
//! - a full case summary (Chinese, the heaviest fonts) made by the library, against the `typst`
//!   command-line compiler on the same template and data file with the same fonts (goal: within
//!   1.2x); ours is given with and without loading the fonts, which the CLI does every time;
//! - a 150-page review packet of 10 fixture PDFs (goal: under 2 s);
//! - the size of the Chinese summary (goal: under 1 MB; its fonts are subset), against the same
//!   text written with PDFium's own text API, which embeds a whole CJK font (Droid Sans
//!   Fallback, the single-face CJK TrueType Debian ships; PDFium cannot load a collection).
//!
//! `cargo bench -p wayfinder-reports --bench reports` needs `typst` 0.15 on the PATH
//! (`cargo install --locked typst-cli --version 0.15.1`) and `fonts-droid-fallback` (apt); under `cargo test` one summary and
//! one small packet are made as a smoke test and the baseline is skipped.
#![allow(clippy::print_stdout)]

use chrono::NaiveDate;
use pdfium_render::prelude::*;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};
use wayfinder_i18n::{Catalog, Locale};
use wayfinder_reports::{
    Child, Coordinator, Diagnosis, Enclosed, Fonts, PacketMedia, PacketRecord, Summary, Treatment,
    font_dir, forget_memoised, packet_pdf, summary_pdf, summary_source,
};

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// A full summary: every section filled, a timeline of 12 treatments, 10 enclosed records.
fn summary() -> Summary {
    Summary {
        child: Child {
            name: Some("王小明".into()),
            date_of_birth: Some(day(2016, 11, 30)),
            age: Some(9),
            sex: Some("male".into()),
            country: Some("CN".into()),
        },
        diagnosis: Diagnosis {
            text: Some("髓母细胞瘤，经典型，SHH 激活型，术后残留 < 1.5 cm²".into()),
            icd10: Some(("C71.6".into(), "小脑恶性肿瘤".into())),
            topography: Some("C71.6".into()),
            morphology: Some("9470/3".into()),
            risk_group: Some("标危".into()),
        },
        stage: "review".into(),
        timeline: (0..12)
            .map(|i| Treatment {
                what: format!("第 {} 周期化疗（长春新碱、顺铂、环磷酰胺）", i + 1),
                place: Some("北京天坛医院".into()),
                from: Some(day(2026, 1 + (i % 10) as u32, 3)),
                to: Some(day(2026, 1 + (i % 10) as u32, 24)),
                outcome: Some("耐受良好，无 3 级以上不良反应".into()),
            })
            .collect(),
        questions: vec![
            "是否建议在维持化疗前行质子放疗？".into(),
            "第二次手术切除残留病灶的获益与风险如何？".into(),
            "听力下降是否需要调整顺铂剂量？".into(),
        ],
        enclosed: (0..10)
            .map(|i| Enclosed {
                title: format!("病理报告 {}", i + 1),
                category: "pathology".into(),
                date: Some(day(2026, 3, 1 + i)),
                pages: 3,
            })
            .collect(),
        coordinator: Coordinator {
            name: "Amal Mansour".into(),
            organisation: Some("Wayfinder Dubai".into()),
            email: Some("amal@example.org".into()),
            phone: Some("+971 4 000 0000".into()),
        },
        today: day(2026, 11, 24),
    }
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let runs = if full { 11 } else { 1 };
    let catalog = Catalog::new().unwrap_or_else(|e| panic!("{e}"));
    let dir = font_dir();

    // Ours: fonts loaded once (as the app does), and loaded every time (as the CLI does).
    let started = Instant::now();
    let fonts = Fonts::load(&dir).unwrap_or_else(|e| panic!("{e}"));
    let font_load = started.elapsed();
    let case = summary();
    let mut warm = Vec::new();
    let mut pdf = Vec::new();
    for _ in 0..runs {
        forget_memoised();
        let started = Instant::now();
        pdf = summary_pdf(&fonts, &catalog, &case, Locale::Zh).unwrap_or_else(|e| panic!("{e}"));
        warm.push(started.elapsed());
    }
    let warm = median(warm);

    // The packet: 10 records, 150 pages.
    let fixtures = wayfinder_testkit::fixture("pdfs");
    let plan: &[(&str, u32)] = if full {
        &[
            ("TAMReview.pdf", 23),
            ("highlights.pdf", 14),
            ("issue19239.pdf", 14),
            ("issue3214.pdf", 14),
            ("page_with_number.pdf", 17),
            ("poppler-90-0-fuzzed.pdf", 16),
            ("issue11878_reduced.pdf", 10),
            ("TAMReview.pdf", 23),
            ("issue3214.pdf", 14),
            ("highlights.pdf", 14),
        ]
    } else {
        &[("issue3214.pdf", 14)]
    };
    let records: Vec<PacketRecord> = plan
        .iter()
        .map(|(name, pages)| PacketRecord {
            title: (*name).to_owned(),
            category: "pathology".into(),
            media: PacketMedia::Pdf,
            pages: *pages,
            bytes: std::fs::read(fixtures.join(name)).unwrap_or_else(|e| panic!("{name}: {e}")),
            read: Vec::new(),
        })
        .collect();
    let pages: u32 = plan.iter().map(|(_, p)| p).sum();
    let mut packet_times = Vec::new();
    for _ in 0..runs.min(5) {
        forget_memoised();
        let records = records.clone();
        let started = Instant::now();
        packet_pdf(&fonts, &catalog, &case, records, Locale::En).unwrap_or_else(|e| panic!("{e}"));
        packet_times.push(started.elapsed());
    }
    let packet = median(packet_times);

    if !full {
        assert!(pdf.starts_with(b"%PDF-"));
        println!(
            "smoke: summary {:.1} ms, packet of {pages} pages {:.1} ms",
            ms(warm),
            ms(packet)
        );
        return;
    }

    // The typst CLI on the same template and data, with the same fonts and no others.
    let (template, data) =
        summary_source(&catalog, &case, Locale::Zh).unwrap_or_else(|e| panic!("{e}"));
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("reports-bench");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(scratch.join("main.typ"), template).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(scratch.join("data.json"), &data).unwrap_or_else(|e| panic!("{e}"));
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
            .arg(scratch.join("main.typ"))
            .arg(scratch.join("out.pdf"))
            .status()
            .unwrap_or_else(|e| {
                panic!("typst: {e} (cargo install --locked typst-cli --version 0.15.1)")
            });
        assert!(status.success(), "typst compile failed");
        cli.push(started.elapsed());
    }
    let cli = median(cli);
    let cold = warm + font_load;
    println!("fonts loaded once in {:.1} ms", ms(font_load));
    println!(
        "{:<52} {:>9} {:>9} {:>7}",
        "benchmark (median)", "ours", "baseline", "ratio"
    );
    println!(
        "{:<52} {:>6.1} ms {:>6.1} ms {:>6.2}x",
        "summary (zh), fonts loaded, vs typst CLI",
        ms(warm),
        ms(cli),
        ms(warm) / ms(cli)
    );
    println!(
        "{:<52} {:>6.1} ms {:>6.1} ms {:>6.2}x",
        "summary (zh) with the font load, vs typst CLI (goal 1.2x)",
        ms(cold),
        ms(cli),
        ms(cold) / ms(cli)
    );
    println!(
        "{:<52} {:>6.0} ms {:>9} {:>7}",
        format!("packet, 10 records, {pages} pages (goal < 2 s)"),
        ms(packet),
        "2000 ms",
        format!("{:.2}x", ms(packet) / 2000.0)
    );
    let cli_size = std::fs::metadata(scratch.join("out.pdf"))
        .map(|m| m.len())
        .unwrap_or(0);
    println!(
        "{:<52} {:>6} kB {:>6} kB {:>6.2}x",
        "summary (zh) size, subset fonts (goal < 1 MB)",
        pdf.len() / 1000,
        cli_size / 1000,
        pdf.len() as f64 / cli_size.max(1) as f64
    );
    let pdfium_size = pdfium_text_api(&pdf);
    println!(
        "{:<52} {:>6} kB {:>6} kB {:>6.3}x",
        "summary (zh) size vs PDFium text API, whole font",
        pdf.len() / 1000,
        pdfium_size / 1000,
        pdf.len() as f64 / pdfium_size.max(1) as f64
    );
    let _ = std::fs::remove_dir_all(&scratch);
}

/// The summary's text, as PDFium extracts it from ours, written line by line on A4 pages with
/// PDFium's text API and a whole embedded CJK font: what a report made with PDFium alone would
/// weigh. Returns its size in bytes.
fn pdfium_text_api(ours: &[u8]) -> usize {
    let font_path = Path::new("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
    let font_bytes = std::fs::read(font_path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (apt-get install fonts-droid-fallback)",
            font_path.display()
        )
    });
    let bindings =
        Pdfium::bind_to_library(wayfinder_pdf::library_path()).unwrap_or_else(|e| panic!("{e}"));
    let pdfium = Pdfium::new(bindings);
    let source = pdfium
        .load_pdf_from_byte_slice(ours, None)
        .unwrap_or_else(|e| panic!("{e}"));
    let lines: Vec<String> = source
        .pages()
        .iter()
        .flat_map(|page| {
            page.text()
                .map(|t| t.all())
                .unwrap_or_default()
                .lines()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    let mut doc = pdfium.create_new_pdf().unwrap_or_else(|e| panic!("{e}"));
    let font = doc
        .fonts_mut()
        .load_true_type_from_bytes(&font_bytes, true)
        .unwrap_or_else(|e| panic!("{e}"));
    let size = PdfPagePaperSize::a4();
    let top = size.height().value - 56.0;
    let mut lines = lines.iter().peekable();
    while lines.peek().is_some() {
        let mut page = doc
            .pages_mut()
            .create_page_at_end(size)
            .unwrap_or_else(|e| panic!("{e}"));
        let mut y = top;
        while y > 56.0 {
            let Some(line) = lines.next() else { break };
            page.objects_mut()
                .create_text_object(
                    PdfPoints::new(56.0),
                    PdfPoints::new(y),
                    line,
                    font,
                    PdfPoints::new(10.0),
                )
                .unwrap_or_else(|e| panic!("{e}"));
            y -= 14.0;
        }
    }
    doc.save_to_bytes().unwrap_or_else(|e| panic!("{e}")).len()
}
