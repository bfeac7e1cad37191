//! A burst of writes for the crash test: opens the vault in the folder given with the vault
//! key read as hex from standard input, then creates and edits cases as fast as it can,
//! printing a line for each write only after it is committed (`c ID`, `e ID`). The test kills
//! it with SIGKILL at random points and checks that every printed write survived.
#![allow(clippy::print_stdout)]

use chrono::{NaiveDate, Utc};
use std::io::{Read, Write};
use wayfinder_core::{CaseId, Child, CountryCode, DateOfBirth, PersonName, parse_languages};
use wayfinder_vault::{SecretKey, VaultDir};

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_default();
    let mut hex_key = String::new();
    let _ = std::io::stdin().read_to_string(&mut hex_key);
    let Some(key) = hex::decode(hex_key.trim())
        .ok()
        .and_then(|b| SecretKey::from_slice(&b))
    else {
        std::process::exit(2);
    };
    let mut vault = match VaultDir::new(dir).open_with_key(&key) {
        Ok(v) => v,
        Err(e) => {
            println!("error {}", e.code());
            std::process::exit(1);
        }
    };
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
    let mut out = std::io::stdout().lock();
    for n in 0u64.. {
        let mut tail = [0u8; 10];
        let _ = getrandom::fill(&mut tail);
        let id = CaseId::new(Utc::now(), tail);
        let child = Child {
            name: PersonName::parse(&format!("Case {n}")).unwrap_or_else(|_| std::process::exit(3)),
            date_of_birth: DateOfBirth::parse("2018-05-01", today)
                .unwrap_or_else(|_| std::process::exit(3)),
            country: CountryCode::parse("FR").unwrap_or_else(|| std::process::exit(3)),
            languages: parse_languages(["fr"]).unwrap_or_else(|_| std::process::exit(3)),
        };
        if vault.create_case(id, &child, Utc::now()).is_err() {
            std::process::exit(4);
        }
        let _ = writeln!(out, "c {id}");
        let _ = out.flush();
        let edited = format!("Edited {n}");
        if vault
            .edit_field(
                *id.as_bytes(),
                "child.name",
                Some(&edited),
                Utc::now(),
                today,
            )
            .is_err()
        {
            std::process::exit(4);
        }
        let _ = writeln!(out, "e {id}");
        let _ = out.flush();
    }
}
