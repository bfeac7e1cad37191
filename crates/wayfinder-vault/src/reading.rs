//! Scans read into text on this laptop: the pages still to read, what was read of each (its
//! words with their boxes, for the viewer's text layer and for highlighting a hit on the page
//! image), and the read text in the search index with every PDF's own.
//!
//! What is read belongs to an original (by its hash), like its pages' own text: read once
//! however many records name it. It is this laptop's reading and is never synced; another
//! member's laptop reads its copy itself. A correction she types is an edit of the case and
//! syncs like one.

use crate::error::{Result, VaultError};
use crate::library::{self, Blob};
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde_json::Value;
use wayfinder_core::Media;

/// One word read, its box in pixels of the upright page it was read on.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadWord {
    pub text: String,
    pub left: u32,
    pub top: u32,
    pub width: u32,
    pub height: u32,
    /// 0 to 100.
    pub confidence: f32,
    pub line: u32,
    pub paragraph: u32,
}

/// What was read on one page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReadPage {
    /// The upright page's size in pixels: the words' boxes are in it.
    pub width: u32,
    pub height: u32,
    /// How far the page was turned, clockwise, to stand upright (0, 90, 180, 270).
    pub rotation: u16,
    /// Mean confidence of its words, 0 to 100; `None` when no word was read.
    pub confidence: Option<f32>,
    /// The reader's names of the languages it was read in, `+` between them.
    pub languages: String,
    pub words: Vec<ReadWord>,
}

/// A page's reading as stored: what was read, or the code of why it could not be.
#[derive(Clone, Debug, PartialEq)]
pub enum Reading {
    Read(ReadPage),
    Failed(String),
}

/// The next page to read: its original and the languages the records naming it expect (ISO
/// 639-1: each record's own language first, then its case's).
#[derive(Clone, Debug)]
pub struct ReadingJob {
    pub hash: [u8; 32],
    pub page: u32,
    pub blob: Blob,
    pub languages: Vec<String>,
}

/// How far the reading of one original has come.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Pages read or given up on.
    pub done: u32,
    /// Pages to read in all (done and still to do).
    pub total: u32,
    /// Pages that could not be read.
    pub failed: u32,
    /// Pages read with a mean confidence below `POOR`.
    pub poor: u32,
}

/// Below this mean confidence a page is shown as read poorly.
pub const POOR: f32 = 70.0;

/// Lists the pages of a new original that the reader is to read (`texts`: each page's own
/// text, shorter than `pages` when the rest have none).
pub fn queue(
    tx: &Transaction<'_>,
    hash: &[u8; 32],
    media: Media,
    pages: u32,
    texts: &[String],
) -> Result<()> {
    let mut add = tx.prepare_cached(
        "INSERT INTO reading_todo (hash, page) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
    )?;
    for page in 0..pages {
        let own = texts.get(page as usize).map_or("", String::as_str);
        if media.needs_reading(own) {
            add.execute(params![&hash[..], i64::from(page)])?;
        }
    }
    Ok(())
}

/// The words as stored: `[[left, top, width, height, confidence, line, paragraph, text], …]`.
pub fn encode_words(words: &[ReadWord]) -> String {
    let rows: Vec<Value> = words
        .iter()
        .map(|w| {
            serde_json::json!([
                w.left,
                w.top,
                w.width,
                w.height,
                (f64::from(w.confidence) * 100.0).round() / 100.0,
                w.line,
                w.paragraph,
                w.text
            ])
        })
        .collect();
    Value::Array(rows).to_string()
}

/// A stored word: left, top, width, height, confidence, line, paragraph, text.
type StoredWord = (u32, u32, u32, u32, f32, u32, u32, String);

pub fn decode_words(text: &str) -> Result<Vec<ReadWord>> {
    let rows: Vec<StoredWord> = serde_json::from_str(text).map_err(|_| VaultError::Damaged)?;
    Ok(rows
        .into_iter()
        .map(
            |(left, top, width, height, confidence, line, paragraph, text)| ReadWord {
                text,
                left,
                top,
                width,
                height,
                confidence,
                line,
                paragraph,
            },
        )
        .collect())
}

/// The oldest page still to read of an original some living record names, with what the
/// reader needs for it. Pages of originals no record names any more wait.
pub fn next(conn: &Connection) -> Result<Option<ReadingJob>> {
    let row: Option<(Vec<u8>, i64)> = conn
        .prepare_cached(
            "SELECT t.hash, t.page FROM reading_todo t
             WHERE EXISTS (SELECT 1 FROM record_index r WHERE r.hash = t.hash)
             ORDER BY t.id LIMIT 1",
        )?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((hash, page)) = row else {
        return Ok(None);
    };
    let hash: [u8; 32] = hash.try_into().map_err(|_| VaultError::Damaged)?;
    let blob = library::blob(conn, &hash)?.ok_or(VaultError::Damaged)?;
    Ok(Some(ReadingJob {
        hash,
        page: u32::try_from(page).map_err(|_| VaultError::Damaged)?,
        blob,
        languages: languages(conn, &hash)?,
    }))
}

/// The languages an original's pages are expected in (ISO 639-1): each record naming it
/// gives its own language first, then its case's.
pub fn languages(conn: &Connection, hash: &[u8; 32]) -> Result<Vec<String>> {
    let mut languages: Vec<String> = Vec::new();
    let mut stmt = conn.prepare_cached(
        "SELECT coalesce(l.value, ''), coalesce(c.value, '') FROM record_index r
         LEFT JOIN heads l ON l.entity = r.record_id AND l.field = 'language'
         LEFT JOIN heads c ON c.entity = r.case_id AND c.field = 'child.languages'
         WHERE r.hash = ?1 ORDER BY r.record_id",
    )?;
    let rows = stmt
        .query_map([&hash[..]], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (own, case) in rows {
        for code in own.split_whitespace().chain(case.split_whitespace()) {
            if !languages.iter().any(|l| l == code) {
                languages.push(code.to_owned());
            }
        }
    }
    Ok(languages)
}

/// Puts a page that was read (or could not be) back on the list, to read again (a language
/// was installed since, or the reader failed): what was read goes, its text stays searchable
/// until the new reading replaces it. `false` if the page was never read.
pub fn again(tx: &Transaction<'_>, hash: &[u8; 32], page: u32) -> Result<bool> {
    let removed = tx
        .prepare_cached("DELETE FROM reading_pages WHERE hash = ?1 AND page = ?2")?
        .execute(params![&hash[..], i64::from(page)])?;
    if removed == 0 {
        return Ok(false);
    }
    tx.prepare_cached(
        "INSERT INTO reading_todo (hash, page) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
    )?
    .execute(params![&hash[..], i64::from(page)])?;
    Ok(true)
}

/// Whether a page waits to be read.
pub fn waits(conn: &Connection, hash: &[u8; 32], page: u32) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM reading_todo WHERE hash = ?1 AND page = ?2")?
        .query_row(params![&hash[..], i64::from(page)], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Stores a page's reading and, if it has text, puts it in the search index in place of the
/// page's own few characters; the page leaves the list in the same transaction. A page that
/// is no longer on the list (read meanwhile) is left as it is: `false`.
pub fn store(
    tx: &Transaction<'_>,
    hash: &[u8; 32],
    page: u32,
    reading: &Reading,
    text: &str,
) -> Result<bool> {
    let removed = tx
        .prepare_cached("DELETE FROM reading_todo WHERE hash = ?1 AND page = ?2")?
        .execute(params![&hash[..], i64::from(page)])?;
    if removed == 0 {
        return Ok(false);
    }
    match reading {
        Reading::Read(read) => {
            tx.prepare_cached(
                "INSERT INTO reading_pages (hash, page, width, height, rotation, confidence, languages, words)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                &hash[..],
                i64::from(page),
                i64::from(read.width),
                i64::from(read.height),
                i64::from(read.rotation),
                read.confidence.map(f64::from),
                read.languages,
                encode_words(&read.words),
            ])?;
            if !text.trim().is_empty() {
                library::replace_page_text(tx, hash, page, text)?;
            }
        }
        Reading::Failed(code) => {
            tx.prepare_cached(
                "INSERT INTO reading_pages (hash, page, failure) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![&hash[..], i64::from(page), code])?;
        }
    }
    Ok(true)
}

/// What was read on a page of an original, if it was read.
pub fn page(conn: &Connection, hash: &[u8; 32], page: u32) -> Result<Option<Reading>> {
    let row = conn
        .prepare_cached(
            "SELECT failure, width, height, rotation, confidence, languages, words FROM reading_pages
             WHERE hash = ?1 AND page = ?2",
        )?
        .query_row(params![&hash[..], i64::from(page)], |r| {
            Ok((
                r.get::<_, Option<String>>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, Option<f64>>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
            ))
        })
        .optional()?;
    let Some((failure, width, height, rotation, confidence, languages, words)) = row else {
        return Ok(None);
    };
    if let Some(code) = failure {
        return Ok(Some(Reading::Failed(code)));
    }
    let size = |v: i64| u32::try_from(v).map_err(|_| VaultError::Damaged);
    Ok(Some(Reading::Read(ReadPage {
        width: size(width)?,
        height: size(height)?,
        rotation: u16::try_from(rotation).map_err(|_| VaultError::Damaged)?,
        confidence: confidence.map(|c| c as f32),
        languages,
        words: decode_words(&words)?,
    })))
}

/// The pages of an original that were turned to be read, and by how much.
pub fn rotations(conn: &Connection, hash: &[u8; 32]) -> Result<Vec<(u32, u16)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT page, rotation FROM reading_pages WHERE hash = ?1 AND rotation != 0 ORDER BY page",
    )?;
    let rows = stmt
        .query_map([&hash[..]], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(p, r)| {
            Ok((
                u32::try_from(p).map_err(|_| VaultError::Damaged)?,
                u16::try_from(r).map_err(|_| VaultError::Damaged)?,
            ))
        })
        .collect()
}

/// How far the reading of an original has come.
pub fn progress(conn: &Connection, hash: &[u8; 32]) -> Result<Progress> {
    let todo: i64 = conn
        .prepare_cached("SELECT count(*) FROM reading_todo WHERE hash = ?1")?
        .query_row([&hash[..]], |r| r.get(0))?;
    let (done, failed, poor): (i64, i64, i64) = conn
        .prepare_cached(
            "SELECT count(*), count(failure), coalesce(sum(confidence < ?2), 0)
             FROM reading_pages WHERE hash = ?1",
        )?
        .query_row(params![&hash[..], f64::from(POOR)], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
    let n = |v: i64| u32::try_from(v).unwrap_or(u32::MAX);
    Ok(Progress {
        done: n(done),
        total: n(done + todo),
        failed: n(failed),
        poor: n(poor),
    })
}

/// How many pages are still to read, of originals living records name.
pub fn remaining(conn: &Connection) -> Result<u32> {
    let n: i64 = conn
        .prepare_cached(
            "SELECT count(*) FROM reading_todo t
             WHERE EXISTS (SELECT 1 FROM record_index r WHERE r.hash = t.hash)",
        )?
        .query_row([], |r| r.get(0))?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_their_boxes_through_storage() {
        let words = vec![ReadWord {
            text: "Винкристин \"1,5\"".to_owned(),
            left: 10,
            top: 20,
            width: 300,
            height: 40,
            confidence: 91.256,
            line: 3,
            paragraph: 1,
        }];
        let stored = encode_words(&words);
        assert_eq!(stored, r#"[[10,20,300,40,91.26,3,1,"Винкристин \"1,5\""]]"#);
        let back = decode_words(&stored).unwrap_or_default();
        assert_eq!(back[0].text, words[0].text);
        assert_eq!((back[0].left, back[0].line), (10, 3));
        assert!(decode_words("[[1,2]]").is_err());
    }
}
