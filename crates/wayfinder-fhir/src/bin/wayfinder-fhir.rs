//! `wayfinder-fhir`: the maintainer's view of interchange. `export-sample [--language L]
//! [--identity full|initials|none] [--no-originals]` prints the Bundle of the built-in sample
//! case; `import-check BUNDLE.json` prints, as JSON, what importing it would make of it.

use chrono::Utc;
use serde_json::{Value, json};
use std::process::ExitCode;
use wayfinder_core::disclosure::Disclosure;
use wayfinder_fhir::{Choice, export, read_bundle, sample};

const USAGE: &str = "usage: wayfinder-fhir export-sample [--language en|es|fr|ar|zh|ru] [--identity full|initials|none] [--no-originals]\n       wayfinder-fhir import-check BUNDLE.json";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    match args.first().map(String::as_str) {
        Some("export-sample") => {
            let language = flag("--language").unwrap_or_else(|| "en".into());
            let identity = flag("--identity").unwrap_or_else(|| "full".into());
            let (entities, originals) = sample::sample(&language, &identity);
            let exported = export(
                &entities,
                &mut |e| originals.get(&e.id).cloned(),
                &Choice {
                    disclosure: Disclosure::parse(Some(&identity)),
                    originals: !args.iter().any(|a| a == "--no-originals"),
                    now: Utc::now(),
                },
            );
            print(&exported.bundle)
        }
        Some("import-check") if args.len() == 2 => {
            let bytes = match std::fs::read(&args[1]) {
                Ok(bytes) => bytes,
                Err(e) => {
                    eprintln!("wayfinder-fhir: cannot read {}: {e}", args[1]);
                    return ExitCode::FAILURE;
                }
            };
            match read_bundle(&bytes) {
                Ok(incoming) => print(&json!({
                    "patient": incoming.patient,
                    "case": incoming.case,
                    "entities": incoming.entities.iter().map(|e| json!({
                        "kind": e.kind.as_str(),
                        "source": e.source,
                        "fields": e.fields,
                        "file_bytes": e.original.as_ref().map(Vec::len),
                    })).collect::<Vec<_>>(),
                    "kept": incoming.kept.iter().map(|k| json!({
                        "resource": k.resource,
                        "id": k.id,
                        "reason": k.reason,
                        "fields": k.fields,
                    })).collect::<Vec<_>>(),
                    "accounted": incoming.accounted.iter().map(|(kind, id, became)| json!({
                        "resource": kind, "id": id, "became": became,
                    })).collect::<Vec<_>>(),
                })),
                Err(e) => {
                    eprintln!("wayfinder-fhir: {e} ({})", e.code());
                    ExitCode::FAILURE
                }
            }
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn print(value: &Value) -> ExitCode {
    match serde_json::to_string_pretty(value) {
        Ok(text) => {
            use std::io::Write as _;
            match writeln!(std::io::stdout().lock(), "{text}") {
                Ok(()) => ExitCode::SUCCESS,
                Err(_) => ExitCode::FAILURE,
            }
        }
        Err(_) => ExitCode::FAILURE,
    }
}
