//! Imports for the crash test: opens the vault in the folder given (key as hex on standard
//! input), makes a case, then imports a new photo of a few megabytes again and again, printing
//! `i RECORD HASH` for each only after its import returned. The crash test kills it with SIGKILL
//! at random points, inside sealing and recording too. An optional third argument stops it after
//! that many imports; a refused import prints `refused CODE` and ends it with status 4 (the
//! disk-full test fills the disk under it).
#![allow(clippy::print_stdout)]

use chrono::{NaiveDate, Utc};
use std::io::{Read, Write};
use std::path::PathBuf;
use wayfinder_core::{CaseId, Child, CountryCode, DateOfBirth, PersonName, parse_languages};
use wayfinder_pdf::{PdfEngine, library_path};
use wayfinder_records::{Choices, Importer, Item, Outcome};
use wayfinder_vault::{SecretKey, VaultDir};

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_default();
    let scratch = PathBuf::from(std::env::args().nth(2).unwrap_or_default());
    let limit: u32 = std::env::args()
        .nth(3)
        .and_then(|n| n.parse().ok())
        .unwrap_or(u32::MAX);
    let mut hex_key = String::new();
    let _ = std::io::stdin().read_to_string(&mut hex_key);
    let Some(key) = hex::decode(hex_key.trim())
        .ok()
        .and_then(|b| SecretKey::from_slice(&b))
    else {
        std::process::exit(2);
    };
    let Ok(mut vault) = VaultDir::new(dir).open_with_key(&key) else {
        std::process::exit(1);
    };
    let Ok(engine) = PdfEngine::shared(&library_path()) else {
        std::process::exit(5);
    };
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
    let mut tail = [0u8; 10];
    let _ = getrandom::fill(&mut tail);
    let case = CaseId::new(Utc::now(), tail);
    let child = Child {
        name: PersonName::parse("Crash Test").unwrap_or_else(|_| std::process::exit(3)),
        date_of_birth: DateOfBirth::parse("2018-05-01", today)
            .unwrap_or_else(|_| std::process::exit(3)),
        country: CountryCode::parse("FR").unwrap_or_else(|| std::process::exit(3)),
        languages: parse_languages(["fr"]).unwrap_or_else(|_| std::process::exit(3)),
    };
    let mut out = std::io::stdout().lock();
    if let Err(e) = vault.create_case(case, &child, Utc::now()) {
        let _ = writeln!(out, "refused {}", e.code());
        std::process::exit(4);
    }
    for n in 0..limit {
        // A different photo each time (noise does not compress): 1200 x 900, about 3 MB.
        let mut pixels = vec![0u8; 1200 * 900 * 3];
        let _ = getrandom::fill(&mut pixels);
        let path = scratch.join(format!("photo-{n}.png"));
        let Some(image) = image::RgbImage::from_raw(1200, 900, pixels) else {
            std::process::exit(3);
        };
        if image.save(&path).is_err() {
            std::process::exit(3);
        }
        let outcome = Importer { engine: &engine }.import(
            &mut vault,
            case,
            &Item::File(path.clone()),
            &Choices::default(),
            Utc::now(),
            today,
        );
        let _ = std::fs::remove_file(&path);
        match outcome {
            Outcome::Imported {
                record, content, ..
            } => {
                let _ = writeln!(
                    out,
                    "i {} {}",
                    hex::encode(record),
                    hex::encode(content.hash)
                );
                let _ = out.flush();
            }
            other => {
                let _ = writeln!(out, "refused {}", other.code());
                std::process::exit(4);
            }
        }
    }
}
