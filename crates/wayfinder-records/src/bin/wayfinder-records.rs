//! `wayfinder-records inspect PATH... [--password P]`: a maintainer's look at what importing
//! would make of files, folders or a hospital CD, through the same planning, recognising and
//! reading as the app's import, with no vault. Prints JSON: each item's kind and its pages (or
//! a study's images), or the code of the error she would be shown.
#![allow(clippy::print_stdout)]

use serde_json::{Value, json};
use std::io::Write;
use std::path::PathBuf;
use wayfinder_core::Media;
use wayfinder_pdf::{PdfEngine, library_path};
use wayfinder_records::{Choices, Importer, Outcome, plan};

fn main() {
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
