//! Writes the frozen vault of the current schema into the folder given, for `tests/golden/`.
//! Run once per released schema; the committed result must never change afterwards.
//!   cargo run -p wayfinder-vault --example make_golden_vault -- crates/wayfinder-vault/tests/golden/schema-1
#![allow(clippy::print_stdout)]

use chrono::{NaiveDate, TimeZone, Utc};
use wayfinder_core::{CaseId, Child, CountryCode, DateOfBirth, PersonName, parse_languages};
use wayfinder_vault::{KdfParams, Passphrase, VaultDir};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .nth(1)
        .ok_or("usage: make_golden_vault DIR")?;
    let now = Utc
        .with_ymd_and_hms(2026, 11, 24, 12, 0, 0)
        .single()
        .ok_or("time")?;
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).ok_or("date")?;
    let passphrase = Passphrase::new("golden vault schema one passphrase");
    let (mut vault, _vk) = VaultDir::new(&dir).create(&passphrase, KdfParams::RECOMMENDED, now)?;
    let cases = [
        ("Layla Haddad", "2019-03-07", "AE", vec!["ar", "en"]),
        ("王小明", "2016-11-30", "CN", vec!["zh"]),
        ("Иван Петров", "2012-01-15", "UA", vec!["uk", "ru"]),
    ];
    for (i, (name, dob, country, languages)) in cases.into_iter().enumerate() {
        let child = Child {
            name: PersonName::parse(name)?,
            date_of_birth: DateOfBirth::parse(dob, today)?,
            country: CountryCode::parse(country).ok_or("country")?,
            languages: parse_languages(languages)?,
        };
        let created = now + chrono::Duration::minutes(i as i64);
        vault.create_case(CaseId::new(created, [i as u8; 10]), &child, created)?;
    }
    vault
        .files()
        .put(&mut "a sealed document of schema one".as_bytes())?;
    println!("golden vault written to {dir}");
    Ok(())
}
