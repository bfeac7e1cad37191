//! `wayfinder-records inspect PATH... [--password P]`: a maintainer's look at what importing
//! would make of files, folders or a hospital CD, through the same planning, recognising and
//! reading as the app's import, with no vault. Prints JSON: each item's kind and its pages (or
//! a study's images), or the code of the error she would be shown.
//!
//! `wayfinder-records ocr FILE [--lang eng+rus] [--password P]`: the text of each page of an
//! image or PDF as the app would read it: a PDF's own text where it has some, else what
//! Tesseract reads, turned the right way up (`{"pages": [{"text", "confidence", ...}]}`).
#![allow(clippy::print_stdout)]

use serde_json::{Value, json};
use std::io::Write;
use std::path::PathBuf;
use wayfinder_core::Media;
use wayfinder_ocr::{Language, Tesseract};
use wayfinder_pdf::{PdfEngine, library_path};
use wayfinder_records::ocr::Scan;
use wayfinder_records::{Choices, Importer, Outcome, plan, sniff};

fn main() {
    if std::env::args().nth(1).as_deref() == Some("ocr") {
        ocr(std::env::args().skip(2).collect());
        return;
    }
    let mut args = std::env::args().skip(1);
    let mut paths = Vec::new();
    let mut choices = Choices::default();
    let command = args.next();
    while let Some(arg) = args.next() {
        if arg == "--password" {
            choices.password = args.next();
        } else {
            paths.push(PathBuf::from(arg));
        }
    }
    if command.as_deref() != Some("inspect") || paths.is_empty() {
        eprintln!("usage: wayfinder-records inspect PATH... [--password P]");
        std::process::exit(2);
    }
    let engine = match PdfEngine::shared(&library_path()) {
        Ok(engine) => engine,
        Err(e) => {
            println!("{}", json!({ "error": e.code() }));
            std::process::exit(1);
        }
    };
    let batch = plan(&paths);
    let importer = Importer { engine: &engine };
    let mut refused = !batch.unreadable.is_empty();
    let items: Vec<Value> = batch
        .items
        .iter()
        .map(|item| {
            let outcome = match importer.inspect(item, &choices) {
                Ok(Ok(prepared)) => {
                    let content = prepared.content();
                    let count = if content.media == Media::Dicom {
                        "images"
                    } else {
                        "pages"
                    };
                    return json!({
                        "title": prepared.title(),
                        "kind": content.media.as_str(),
                        count: content.pages,
                        "bytes": content.size,
                        "category": prepared.category(),
                        "language": prepared.language(),
                        "date": prepared.date(),
                        "pages_with_text": prepared.pages_with_text(),
                    });
                }
                Ok(Err(outcome)) => outcome,
                Err(e) => Outcome::Refused(e),
            };
            refused = true;
            json!({ "title": item.title(), "error": outcome.code() })
        })
        .collect();
    let unreadable: Vec<String> = batch
        .unreadable
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = writeln!(
        std::io::stdout().lock(),
        "{}",
        json!({ "items": items, "unreadable": unreadable })
    );
    if refused {
        std::process::exit(1);
    }
}

fn fail(code: &str) -> ! {
    println!("{}", json!({ "error": code }));
    std::process::exit(1);
}

fn ocr(args: Vec<String>) {
    let mut file = None;
    let mut langs = Vec::new();
    let mut password = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => {
                for code in args.next().unwrap_or_default().split('+') {
                    match Language::from_tesseract(code).or_else(|| Language::from_iso(code)) {
                        Some(l) => langs.push(l),
                        None => fail("ocr-language-missing"),
                    }
                }
            }
            "--password" => password = args.next(),
            _ => file = Some(PathBuf::from(arg)),
        }
    }
    let Some(file) = file else {
        eprintln!("usage: wayfinder-records ocr FILE [--lang eng+rus] [--password P]");
        std::process::exit(2);
    };
    let Ok(bytes) = std::fs::read(&file) else {
        fail("import-unreadable")
    };
    let Some(media) = sniff(&bytes) else {
        fail("import-not-supported")
    };
    let engine = PdfEngine::shared(&library_path()).unwrap_or_else(|e| fail(e.code()));
    let pages = match media {
        Media::Pdf => engine
            .open(bytes.clone(), password.as_deref())
            .map(|(doc, pages)| {
                engine.close(doc);
                u32::from(pages)
            })
            .unwrap_or_else(|e| fail(e.code())),
        Media::Dicom => fail("import-not-supported"),
        _ => wayfinder_records::image::info(media, &bytes)
            .map(|i| i.pages)
            .unwrap_or_else(|e| fail(e.code())),
    };
    let scan =
        Scan::open(&engine, media, bytes, password.as_deref()).unwrap_or_else(|e| fail(e.code()));
    let reader = Tesseract::system();
    let mut out = Vec::new();
    for page in 0..pages {
        let own = scan.own_text(page).unwrap_or_default();
        if !media.needs_reading(&own) {
            out.push(json!({ "text": own, "source": "pdf" }));
            continue;
        }
        out.push(match scan.read(&reader, page, &langs) {
            Ok(read) => json!({
                "text": read.text(),
                "confidence": read.confidence(),
                "rotation": read.rotation.degrees(),
                "languages": read.languages,
                "words": read.words.len(),
                "source": "ocr",
            }),
            Err(e) => json!({ "error": e.code(), "source": "ocr" }),
        });
    }
    let _ = writeln!(std::io::stdout().lock(), "{}", json!({ "pages": out }));
}
