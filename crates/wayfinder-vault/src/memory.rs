//! The translation memory as an index of the vault: every finished passage (reviewed or
//! final, with its translation written) of the cases she holds, its source text indexed by
//! trigrams. A look-up reads the passages that share the rarest trigram of each word of the
//! new passage, best first, and leaves the scoring to `wayfinder-translate`.

use crate::error::Result;
use crate::oplog::Head;
use rusqlite::{Connection, OptionalExtension, Transaction, params};

/// A pair of the memory: a finished passage, or one imported from a TMX file.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Origin {
    /// A passage, and the translation (document) it belongs to as its id's text, whose
    /// languages are the passage's.
    Passage { unit: [u8; 16], translation: String },
    /// Imported, from `source_language` into `language` (ISO 639-1).
    Imported {
        source_language: String,
        language: String,
    },
}

/// A pair of the memory.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct MemoryEntry {
    pub origin: Origin,
    pub source: String,
    pub target: String,
}

impl MemoryEntry {
    /// The passage it is, if it is one.
    pub fn unit(&self) -> Option<[u8; 16]> {
        match self.origin {
            Origin::Passage { unit, .. } => Some(unit),
            Origin::Imported { .. } => None,
        }
    }
}

/// The columns a `MemoryEntry` is read from, of `memory` as `m`.
const ENTRY: &str = "m.unit, m.translation, m.source_language, m.language, m.source, m.target";

fn read_entry(r: &rusqlite::Row<'_>) -> rusqlite::Result<MemoryEntry> {
    let unit: Option<[u8; 16]> = r.get(0)?;
    Ok(MemoryEntry {
        origin: match unit {
            Some(unit) => Origin::Passage {
                unit,
                translation: r.get(1)?,
            },
            None => Origin::Imported {
                source_language: r.get(2)?,
                language: r.get(3)?,
            },
        },
        source: r.get(4)?,
        target: r.get(5)?,
    })
}

/// The value of a field with exactly one head.
fn single<'a>(heads: &'a [(String, Head)], field: &str) -> Option<&'a str> {
    let mut found = heads.iter().filter(|(f, _)| f == field);
    match (found.next(), found.next()) {
        (Some((_, head)), None) => head.value.as_deref(),
        _ => None,
    }
}

/// Puts a passage into the memory, or takes it out, from its heads: it is in while it lives,
/// is reviewed or final, and has a source and a translation (one each: a passage whose text
/// is in conflict waits for a person to settle it).
pub fn reindex_unit(
    tx: &Transaction<'_>,
    unit: [u8; 16],
    heads: &[(String, Head)],
    exists: bool,
) -> Result<()> {
    let old: Option<(i64, String)> = tx
        .prepare_cached("SELECT rowid, source FROM memory WHERE unit = ?1")?
        .query_row([&unit[..]], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    if let Some((rowid, source)) = old {
        tx.prepare_cached("DELETE FROM memory_grams WHERE rowid = ?1")?
            .execute([rowid])?;
        tx.prepare_cached("DELETE FROM memory WHERE rowid = ?1")?
            .execute([rowid])?;
        count_grams(tx, &source, -1)?;
    }
    if !exists || !matches!(single(heads, "state"), Some("reviewed" | "final")) {
        return Ok(());
    }
    let (Some(translation), Some(source), Some(target)) = (
        single(heads, "translation"),
        single(heads, "source").filter(|s| !s.trim().is_empty()),
        single(heads, "target").filter(|t| !t.trim().is_empty()),
    ) else {
        return Ok(());
    };
    tx.prepare_cached(
        "INSERT INTO memory (unit, translation, source, target) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![&unit[..], translation, source, target])?;
    tx.prepare_cached("INSERT INTO memory_grams (rowid, source) VALUES (?1, ?2)")?
        .execute(params![tx.last_insert_rowid(), source])?;
    count_grams(tx, source, 1)
}

/// The distinct trigrams within the words of `text`, as a look-up asks for them.
fn grams(text: &str) -> std::collections::BTreeSet<String> {
    pieces(text)
        .iter()
        .flat_map(|piece| piece.windows(3).map(|g| g.iter().collect::<String>()))
        .collect()
}

/// Adds `by` (1 or -1) to the count of pairs holding each trigram of `source`.
fn count_grams(tx: &Transaction<'_>, source: &str, by: i64) -> Result<()> {
    let mut add = tx.prepare_cached(
        "INSERT INTO memory_gram_docs (gram, docs) VALUES (?1, ?2)
         ON CONFLICT (gram) DO UPDATE SET docs = docs + excluded.docs",
    )?;
    let mut gone =
        tx.prepare_cached("DELETE FROM memory_gram_docs WHERE gram = ?1 AND docs <= 0")?;
    for gram in grams(source) {
        add.execute(params![gram, by])?;
        if by < 0 {
            gone.execute([&gram])?;
        }
    }
    Ok(())
}

/// Longest piece of text without a space taken as one word: Chinese is written without
/// spaces, and a run of it is cut into pieces this long so that each contributes its own
/// trigram.
const PIECE: usize = 6;

/// At most this many trigrams are asked for: the rarest.
const MAX_GRAMS: usize = 24;

/// At least this many trigrams are asked for, when the passage has them.
const MIN_GRAMS: usize = 4;

/// Trigrams are added while the passages they name, counted with repeats, stay under this many
/// for each candidate asked for.
const NAMED_PER_CANDIDATE: i64 = 50;

/// The words of a passage, lower case, as the trigram index sees them (it folds case).
fn pieces(passage: &str) -> Vec<Vec<char>> {
    let mut out = Vec::new();
    for word in passage.split(|c: char| c.is_whitespace()) {
        let chars: Vec<char> = word.chars().flat_map(char::to_lowercase).collect();
        if chars.len() < 3 {
            continue;
        }
        if chars.len() <= PIECE * 2 {
            out.push(chars);
        } else {
            // Overlapping pieces, so no trigram across a cut is lost.
            let mut at = 0;
            while at + 3 <= chars.len() {
                let end = (at + PIECE).min(chars.len());
                out.push(chars[at..end].to_vec());
                if end == chars.len() {
                    break;
                }
                at = end - 2;
            }
        }
    }
    out
}

/// The finished passages most like `passage`, at most `limit`, likeliest first: those that
/// share the most of the rarest trigram of each of its words. Trigrams a quarter of the
/// passages have say little and are left out, unless nothing else is left. A memory of no
/// more than `limit` pairs is given whole.
pub fn candidates(conn: &Connection, passage: &str, limit: usize) -> Result<Vec<MemoryEntry>> {
    // How many pairs, near enough and without counting them: rows are only ever appended,
    // and one taken out leaves a gap, so the largest row id is an upper bound.
    let total: i64 = conn
        .prepare_cached("SELECT coalesce(max(rowid), 0) FROM memory")?
        .query_row([], |r| r.get(0))?;
    if total == 0 {
        return Ok(Vec::new());
    }
    if total <= limit as i64 {
        // A small memory is read whole: nothing to narrow, and nothing missed.
        return all(conn);
    }
    let mut count = conn.prepare_cached("SELECT docs FROM memory_gram_docs WHERE gram = ?1")?;
    let mut seen = std::collections::HashMap::<String, i64>::new();
    let mut chosen: Vec<(i64, String)> = Vec::new();
    for piece in pieces(passage) {
        let mut rarest: Option<(i64, String)> = None;
        for gram in piece.windows(3) {
            let gram: String = gram.iter().collect();
            let docs = match seen.get(&gram) {
                Some(d) => *d,
                None => {
                    let d: i64 = count
                        .query_row([&gram], |r| r.get(0))
                        .optional()?
                        .unwrap_or(0);
                    seen.insert(gram.clone(), d);
                    d
                }
            };
            if docs > 0 && rarest.as_ref().is_none_or(|(r, _)| docs < *r) {
                rarest = Some((docs, gram));
            }
        }
        if let Some(r) = rarest
            && !chosen.iter().any(|(_, g)| *g == r.1)
        {
            chosen.push(r);
        }
    }
    chosen.sort();
    let telling: Vec<&(i64, String)> = chosen.iter().filter(|(d, _)| *d * 4 <= total).collect();
    let grams: Vec<&str> = if telling.is_empty() {
        chosen.iter().take(1).map(|(_, g)| g.as_str()).collect()
    } else {
        // The rarest first, until the passages they name are many enough to rank: each named
        // passage is scored, and a common trigram adds many and tells little.
        let mut named = 0;
        telling
            .into_iter()
            .take(MAX_GRAMS)
            .enumerate()
            .take_while(|(i, (docs, _))| {
                named += docs;
                *i < MIN_GRAMS || named <= limit as i64 * NAMED_PER_CANDIDATE
            })
            .map(|(_, (_, g))| g.as_str())
            .collect()
    };
    if grams.is_empty() {
        return Ok(Vec::new());
    }
    let query = grams
        .iter()
        .map(|g| format!("\"{}\"", g.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" OR ");
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ENTRY}
         FROM (SELECT rowid, rank FROM memory_grams WHERE memory_grams MATCH ?1 ORDER BY rank LIMIT ?2) g
         JOIN memory m ON m.rowid = g.rowid ORDER BY g.rank"
    ))?;
    let rows = stmt
        .query_map(params![query, limit as i64], read_entry)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Passages of the memory whose source or translation holds `text` (a concordance search),
/// at most `limit`, newest first.
pub fn concordance(conn: &Connection, text: &str, limit: usize) -> Result<Vec<MemoryEntry>> {
    let pattern = format!(
        "%{}%",
        text.trim()
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    );
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ENTRY} FROM memory m
         WHERE m.source LIKE ?1 ESCAPE '\\' OR m.target LIKE ?1 ESCAPE '\\'
         ORDER BY m.rowid DESC LIMIT ?2"
    ))?;
    let rows = stmt
        .query_map(params![pattern, limit as i64], read_entry)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Every pair of the memory, passages and imported, oldest first, for an export.
pub fn all(conn: &Connection) -> Result<Vec<MemoryEntry>> {
    let mut stmt =
        conn.prepare_cached(&format!("SELECT {ENTRY} FROM memory m ORDER BY m.rowid"))?;
    let rows = stmt
        .query_map([], read_entry)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Adds pairs imported from a TMX file, from `source_language` into `language`, in one
/// transaction; a pair already there is not added twice. How many were new.
pub fn import(
    tx: &Transaction<'_>,
    source_language: &str,
    language: &str,
    pairs: &[(String, String)],
) -> Result<usize> {
    let mut added = 0;
    for (source, target) in pairs {
        if source.trim().is_empty() || target.trim().is_empty() {
            continue;
        }
        let new = tx
            .prepare_cached(
                "INSERT INTO memory (source_language, language, source, target) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT DO NOTHING",
            )?
            .execute(params![source_language, language, source, target])?;
        if new == 1 {
            tx.prepare_cached("INSERT INTO memory_grams (rowid, source) VALUES (?1, ?2)")?
                .execute(params![tx.last_insert_rowid(), source])?;
            count_grams(tx, source, 1)?;
            added += 1;
        }
    }
    Ok(added)
}

#[cfg(test)]
mod tests {
    use super::pieces;

    #[test]
    fn a_long_run_without_spaces_is_cut_into_overlapping_pieces() {
        let got: Vec<String> = pieces("Мальчик 5 лет 长春新碱治疗")
            .into_iter()
            .map(|p| p.into_iter().collect())
            .collect();
        assert_eq!(got, ["мальчик", "лет", "长春新碱治疗"]);
        let got: Vec<String> = pieces("患者接受了长春新碱治疗两次并且没有出现副作用")
            .into_iter()
            .map(|p| p.into_iter().collect())
            .collect();
        assert_eq!(got[0], "患者接受了长");
        assert_eq!(got[1], "了长春新碱治");
        assert!(got.iter().all(|p| p.chars().count() >= 3));
    }
}
