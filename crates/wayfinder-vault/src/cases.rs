//! Cases in the database: create, list, read and edit, each edit one transaction.

use crate::error::{Result, VaultError};
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use wayfinder_core::{
    Case, CaseEdit, CaseId, Child, CountryCode, DateOfBirth, PersonName, parse_languages,
};

fn to_text(time: DateTime<Utc>) -> String {
    time.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn from_text(text: &str) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
        })
}

fn damaged<E: std::error::Error + Send + Sync + 'static>(e: E) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
}

/// A stored row that no longer parses is damage, not a user error.
#[derive(Debug, thiserror::Error)]
#[error("a stored value does not parse")]
struct StoredValueInvalid;

fn read_case(row: &Row<'_>) -> rusqlite::Result<Case> {
    let id: [u8; 16] = row.get(0)?;
    let name: String = row.get(1)?;
    let dob: String = row.get(2)?;
    let country: String = row.get(3)?;
    let languages: String = row.get(4)?;
    let dob = NaiveDate::parse_from_str(&dob, "%Y-%m-%d").map_err(damaged)?;
    Ok(Case {
        id: CaseId::from_bytes(id),
        child: Child {
            name: PersonName::parse(&name).map_err(|_| damaged(StoredValueInvalid))?,
            // Stored dates were checked against the day they were entered; keep them as they are.
            date_of_birth: DateOfBirth::new(dob, NaiveDate::MAX)
                .map_err(|_| damaged(StoredValueInvalid))?,
            country: CountryCode::parse(&country).ok_or_else(|| damaged(StoredValueInvalid))?,
            languages: parse_languages(languages.split(' '))
                .map_err(|_| damaged(StoredValueInvalid))?,
        },
        created_at: from_text(&row.get::<_, String>(5)?)?,
        updated_at: from_text(&row.get::<_, String>(6)?)?,
    })
}

fn languages_text(child: &Child) -> String {
    child
        .languages
        .iter()
        .map(|l| l.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

const COLUMNS: &str = "id, child_name, date_of_birth, country, languages, created_at, updated_at";

/// Runs `sql` with the case's columns bound as ?1 to ?7, in the order of `COLUMNS`.
fn write(conn: &Connection, sql: &str, case: &Case) -> Result<()> {
    conn.execute(
        sql,
        params![
            case.id.as_bytes(),
            case.child.name.as_str(),
            case.child.date_of_birth.to_iso(),
            case.child.country.as_str(),
            languages_text(&case.child),
            to_text(case.created_at),
            to_text(case.updated_at),
        ],
    )?;
    Ok(())
}

pub fn insert(conn: &Connection, case: &Case) -> Result<()> {
    write(
        conn,
        &format!("INSERT INTO cases ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
        case,
    )
}

/// Every case, the most recently changed first.
pub fn list(conn: &Connection) -> Result<Vec<Case>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM cases ORDER BY updated_at DESC, id"
    ))?;
    let cases = stmt
        .query_map([], read_case)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(cases)
}

pub fn get(conn: &Connection, id: CaseId) -> Result<Case> {
    let mut stmt = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM cases WHERE id = ?1"))?;
    stmt.query_row([id.as_bytes()], read_case)
        .optional()?
        .ok_or(VaultError::CaseNotFound)
}

/// Applies one edit in one transaction and returns the case as stored.
pub fn edit(conn: &mut Connection, id: CaseId, edit: CaseEdit, now: DateTime<Utc>) -> Result<Case> {
    let tx = conn.transaction()?;
    let mut case = get(&tx, id)?;
    case.apply(edit, now);
    write(
        &tx,
        "UPDATE cases SET child_name = ?2, date_of_birth = ?3, country = ?4, languages = ?5,
         created_at = ?6, updated_at = ?7 WHERE id = ?1",
        &case,
    )?;
    tx.commit()?;
    Ok(case)
}
