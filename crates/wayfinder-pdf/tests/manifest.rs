//! Every row of `tests/fixtures/pdfs/MANIFEST.tsv`, through the engine the app uses: open
//! (with the password when given), count pages, read every page's size, render page 1 in the
//! shape its size says, extract its text, compare with
//! the manifest; damaged files and wrong passwords give their own errors.

use std::path::PathBuf;
use wayfinder_pdf::{PdfEngine, PdfError, RenderSize, library_path};

fn fixtures() -> PathBuf {
    wayfinder_testkit::fixture("pdfs")
}

struct Row {
    file: String,
    bytes: u64,
    expect: String,
    pages: u16,
    password: Option<String>,
    prefix: String,
}

fn rows() -> Vec<Row> {
    let text = std::fs::read_to_string(fixtures().join("MANIFEST.tsv"))
        .unwrap_or_else(|e| panic!("the fixtures are missing: {e}"));
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            let col = |i: usize| cols.get(i).copied().unwrap_or("");
            Row {
                file: col(0).to_owned(),
                bytes: col(1).parse().unwrap_or(0),
                expect: col(3).to_owned(),
                pages: col(4).parse().unwrap_or(0),
                password: Some(col(5)).filter(|p| !p.is_empty()).map(str::to_owned),
                prefix: col(6).to_owned(),
            }
        })
        .collect()
}

/// The manifest's prefixes have each run of white space collapsed into one space and none at
/// the ends (white space as Python counts it, which includes the separators U+001C to U+001F),
/// then the first 40 characters.
fn as_in_manifest(text: &str) -> String {
    let space = |c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c);
    text.split(space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(40)
        .collect()
}

#[test]
fn every_manifest_row_opens_renders_and_reads_as_expected() {
    let engine =
        PdfEngine::shared(&library_path()).unwrap_or_else(|e| panic!("{e}; run scripts/setup"));
    let rows = rows();
    assert!(rows.len() >= 40, "only {} rows", rows.len());
    let mut failures = Vec::new();
    for row in &rows {
        let bytes = std::fs::read(fixtures().join(&row.file))
            .unwrap_or_else(|e| panic!("{}: {e}", row.file));
        assert_eq!(
            bytes.len() as u64,
            row.bytes,
            "{} is not the manifest's file",
            row.file
        );
        let opened = engine.open(bytes, row.password.as_deref());
        let outcome = match (row.expect.as_str(), opened) {
            ("ok", Ok((doc, pages))) => {
                let mut problems = Vec::new();
                if pages != row.pages {
                    problems.push(format!("{pages} pages, manifest says {}", row.pages));
                }
                // Every page has a size, and page 1's is the shape it renders in (the viewer
                // fits a page to the window before it is drawn).
                let sizes = engine.page_sizes(doc).unwrap_or_default();
                if sizes.len() != usize::from(pages) {
                    problems.push(format!("{} page sizes for {pages} pages", sizes.len()));
                }
                let expected_height = sizes.first().map(|(w, h)| (300.0 * h / w).round() as i64);
                match engine.render_png(doc, 0, RenderSize::Width(300)) {
                    Ok(png) => match image::load_from_memory(&png) {
                        Ok(img)
                            if img.width() == 300
                                && expected_height
                                    .is_some_and(|h| (h - i64::from(img.height())).abs() <= 1) => {}
                        Ok(img) => problems.push(format!(
                            "page 1 rendered {}x{}, its size says {:?}",
                            img.width(),
                            img.height(),
                            sizes.first()
                        )),
                        Err(e) => problems.push(format!("page 1 is not a PNG: {e}")),
                    },
                    Err(e) => problems.push(format!("page 1 did not render: {e}")),
                }
                match engine.page_text(doc, 0) {
                    Ok(text) if as_in_manifest(&text) == row.prefix => {}
                    Ok(text) => problems.push(format!(
                        "page 1 text {:?}, manifest {:?}",
                        as_in_manifest(&text),
                        row.prefix
                    )),
                    Err(e) => problems.push(format!("no text: {e}")),
                }
                // A word of the page's text is found on it, inside the page, for highlighting.
                if let Some(word) = row
                    .prefix
                    .split(' ')
                    .find(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic))
                {
                    match engine.find(doc, 0, &word.to_uppercase()) {
                        Ok(found) if !found.is_empty() => {
                            let inside = |v: f32| (-0.01..=1.01).contains(&v);
                            if !found.iter().all(|h| {
                                inside(h.left) && inside(h.top) && h.width > 0.0 && h.height > 0.0
                            }) {
                                problems
                                    .push(format!("{word:?} found outside the page: {found:?}"));
                            }
                        }
                        Ok(_) => problems.push(format!("{word:?} not found on page 1")),
                        Err(e) => problems.push(format!("find failed: {e}")),
                    }
                }
                engine.close(doc);
                problems
            }
            ("unreadable", Err(PdfError::Unreadable)) => vec![],
            ("password", Err(PdfError::PasswordWrong)) => vec![],
            ("password-unknown", Err(PdfError::PasswordRequired)) => vec![],
            (expect, Ok(_)) => vec![format!("opened, but the manifest expects {expect}")],
            (expect, Err(e)) => vec![format!(
                "{} ({e}), but the manifest expects {expect}",
                e.code()
            )],
        };
        if !outcome.is_empty() {
            failures.push(format!("{}: {}", row.file, outcome.join("; ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows differ:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

/// A one-page PDF whose page is `width` by `height` points, with nothing on it.
fn blank_pdf(width: u32, height: u32) -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        format!("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] >>"),
    ];
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{body}\nendobj\n", i + 1).into_bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).into_bytes());
    for offset in offsets {
        out.extend(format!("{offset:010} 00000 n \n").into_bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .into_bytes(),
    );
    out
}

#[test]
fn a_page_drawn_as_a_ribbon_renders_within_a_bitmap_the_laptop_can_hold() {
    let engine =
        PdfEngine::shared(&library_path()).unwrap_or_else(|e| panic!("{e}; run scripts/setup"));
    // 10 points wide and 14,400 high (the most PDF allows): at 2,400 pixels wide it would be
    // 3,456,000 pixels high, 33 GB of bitmap.
    let (doc, pages) = engine
        .open(blank_pdf(10, 14_400), None)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(pages, 1);
    let png = engine
        .render_png(doc, 0, RenderSize::Width(2400))
        .unwrap_or_else(|e| panic!("{e}"));
    let image = image::load_from_memory(&png).unwrap_or_else(|e| panic!("{e}"));
    let max = wayfinder_pdf::MAX_RENDER_SIDE as u32;
    assert!(
        image.height() <= max && image.width() <= max,
        "{}x{}",
        image.width(),
        image.height()
    );
    assert!(
        image.height() > 1000,
        "the page keeps its shape: {}x{}",
        image.width(),
        image.height()
    );
    engine.close(doc);
}
