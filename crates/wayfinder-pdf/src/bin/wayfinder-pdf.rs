//! `wayfinder-pdf inspect FILE [--password P]`: a maintainer's look at a PDF through the same
//! engine the app uses. Prints JSON: the page count and page 1's text, or the error code.
#![allow(clippy::print_stdout)]

use serde_json::json;
use std::io::Write;
use wayfinder_pdf::{PdfEngine, library_path};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (file, password) = match args.as_slice() {
        [cmd, file] if cmd == "inspect" => (file.clone(), None),
        [cmd, file, flag, password] if cmd == "inspect" && flag == "--password" => {
            (file.clone(), Some(password.clone()))
        }
        _ => {
            eprintln!("usage: wayfinder-pdf inspect FILE [--password P]");
            std::process::exit(2);
        }
    };
    let result = (|| {
        let bytes = std::fs::read(&file).map_err(|e| format!("file-unreadable: {}", e.kind()))?;
        let engine = PdfEngine::shared(&library_path()).map_err(|e| e.code().to_owned())?;
        let (doc, pages) = engine
            .open(bytes, password.as_deref())
            .map_err(|e| e.code().to_owned())?;
        let text = if pages > 0 {
            engine.page_text(doc, 0).map_err(|e| e.code().to_owned())?
        } else {
            String::new()
        };
        engine.close(doc);
        Ok::<_, String>(json!({ "pages": pages, "page1_text": text }))
    })();
    // A closed pipe (`| head`) is not an error worth a panic.
    let mut out = std::io::stdout().lock();
    match result {
        Ok(value) => {
            let _ = writeln!(out, "{value}");
        }
        Err(code) => {
            let _ = writeln!(out, "{}", json!({ "error": code }));
            std::process::exit(1);
        }
    }
}
