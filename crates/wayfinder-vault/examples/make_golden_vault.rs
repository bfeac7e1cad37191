//! Writes the frozen vault of the current schema into the folder given, for `tests/golden/`.
//! Run once per released schema; the committed result must never change afterwards.
//!   cargo run -p wayfinder-vault --example make_golden_vault -- crates/wayfinder-vault/tests/golden/schema-2
#![allow(clippy::print_stdout)]

use chrono::{NaiveDate, TimeZone, Utc};
use wayfinder_core::{
    CaseId, Child, CountryCode, DateOfBirth, EntityKind, PersonName, parse_languages,
};
use wayfinder_merge::{AuthorId, Change, FieldRef, Hlc, OpId, Operation};
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
    let passphrase = Passphrase::new("golden vault schema two passphrase");
    let (mut vault, _vk) = VaultDir::new(&dir).create(&passphrase, KdfParams::RECOMMENDED, now)?;
    let cases = [
        ("Layla Haddad", "2019-03-07", "AE", vec!["ar", "en"]),
        ("王小明", "2016-11-30", "CN", vec!["zh"]),
        ("Иван Петров", "2012-01-15", "UA", vec!["uk", "ru"]),
    ];
    let mut ids = Vec::new();
    for (i, (name, dob, country, languages)) in cases.into_iter().enumerate() {
        let child = Child {
            name: PersonName::parse(name)?,
            date_of_birth: DateOfBirth::parse(dob, today)?,
            country: CountryCode::parse(country).ok_or("country")?,
            languages: parse_languages(languages)?,
        };
        let created = now + chrono::Duration::minutes(i as i64);
        let id = CaseId::new(created, [i as u8; 10]);
        vault.create_case(id, &child, created)?;
        ids.push(id);
    }
    let layla = ids[0];
    let at = |m: i64| now + chrono::Duration::minutes(10 + m);
    vault.edit_field(*layla.as_bytes(), "stage", Some("intake"), at(1), today)?;
    vault.edit_field(
        *layla.as_bytes(),
        "diagnosis.icd10",
        Some("C71.6"),
        at(2),
        today,
    )?;
    vault.edit_field(
        *layla.as_bytes(),
        "diagnosis.morphology",
        Some("9470/3"),
        at(3),
        today,
    )?;
    vault.add_entity(
        layla,
        EntityKind::Task,
        &[("title", "Send the MRI"), ("due", "2026-11-20")],
        at(4),
        today,
    )?;
    vault.add_entity(
        layla,
        EntityKind::Consent,
        &[
            ("what", "records"),
            ("recipient", "Sant Joan de Déu"),
            ("until", "2026-12-10"),
        ],
        at(5),
        today,
    )?;
    vault.add_entity(
        layla,
        EntityKind::Contact,
        &[("name", "Amal Haddad"), ("channel", "whatsapp")],
        at(6),
        today,
    )?;
    // A conflict left for a person: another member renamed the child without seeing her edit.
    let first = vault
        .field_heads(*layla.as_bytes())?
        .into_iter()
        .find(|(f, _)| f == "child.name")
        .map(|(_, h)| h.op)
        .ok_or("name")?;
    vault.edit_field(
        *layla.as_bytes(),
        "child.name",
        Some("Layla H. Haddad"),
        at(7),
        today,
    )?;
    vault.apply_operation(&Operation {
        id: OpId(*CaseId::new(at(8), [0xbb; 10]).as_bytes()),
        author: AuthorId([0xbb; 16]),
        time: Hlc {
            millis: at(8).timestamp_millis() as u64,
            counter: 0,
        },
        target: FieldRef {
            scope: *layla.as_bytes(),
            entity: *layla.as_bytes(),
            field: "child.name".into(),
        },
        parents: vec![first],
        change: Change::Set("Leila Haddad".into()),
    })?;
    vault
        .files()
        .put(&mut "a sealed document of schema two".as_bytes())?;
    println!("golden vault written to {dir}");
    Ok(())
}
