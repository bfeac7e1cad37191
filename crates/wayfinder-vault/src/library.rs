//! Records in the vault: the originals a family sent, their text, and search over everything.
//!
//! A record is an entity of its case (its title, category, date, institution and language are
//! fields like any other, synced and merged the same way); its `content` field names the
//! original by a keyed hash of its bytes. The original itself is sealed in the file store and
//! listed in `blobs`, once however many records name it. The text of every page is in an FTS5
//! index inside the encrypted database, as is the text of every field a person typed, so that
//! one box searches both (SECURITY-AND-SYNC.md, section 3: search terms stay encrypted too).
//!
//! The trigram tokenizer is used because it needs no word boundaries: it finds a word inside
//! Chinese text, an Arabic word behind its article, a Russian word in any of its cases when
//! the stem is typed. Trigrams cannot find a term of one or two characters, and Chinese words
//! are often two (化疗, 肿瘤), as are the abbreviations of medicine (CT, MR, T2): for those a
//! second index of the page text holds words, with every CJK character a word of its own
//! (migration 4, `page_words`). A short term finds words that start with it, a short CJK term
//! its characters in a row. Fields, which are short, are scanned for short terms instead.

use crate::error::{Result, VaultError};
use crate::files::FileId;
use crate::oplog::Head;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use wayfinder_core::{CaseId, Content, EntityKind, FieldKind};

/// Whether a character is written without spaces between words: Han, kana, hangul.
fn unspaced(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

/// Text as the short-term index takes it: every character of an unspaced script set apart,
/// so that FTS5's word tokenizer makes each one a word.
pub fn words(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    for c in text.chars() {
        if unspaced(c) {
            out.push(' ');
            out.push(c);
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

/// The `page_words` match expression of a short term: its words as a phrase, the last one a
/// prefix. `None` when it has no word at all (punctuation): those are scanned for.
fn short_term_expr(term: &str) -> Option<String> {
    let tokens: Vec<String> = words(term)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect();
    (!tokens.is_empty()).then(|| format!("\"{}\"*", tokens.join(" ")))
}

/// Whether a field's text is searched: what people type (names, notes, codes), not choices.
fn searchable(field: &str) -> bool {
    EntityKind::ALL.iter().any(|kind| {
        kind.field(field).is_some_and(|f| {
            matches!(
                f.kind,
                FieldKind::Name
                    | FieldKind::Text { .. }
                    | FieldKind::Email
                    | FieldKind::Phone
                    | FieldKind::Icd10
                    | FieldKind::Topography
                    | FieldKind::Morphology
            )
        })
    })
}

/// Puts a field's current values (every head of a conflict) in the search index. Called for
/// each operation applied, in its transaction.
pub fn index_field(
    tx: &Transaction<'_>,
    case: [u8; 16],
    entity: [u8; 16],
    field: &str,
) -> Result<()> {
    if !searchable(field) {
        return Ok(());
    }
    let body = {
        let mut stmt = tx.prepare_cached(
            "SELECT value FROM heads WHERE entity = ?1 AND field = ?2 AND value IS NOT NULL
             ORDER BY hlc_millis, hlc_counter",
        )?;
        stmt.query_map(params![&entity[..], field], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .join("\n")
    };
    let row: Option<i64> = tx
        .prepare_cached("SELECT id FROM field_rows WHERE entity = ?1 AND field = ?2")?
        .query_row(params![&entity[..], field], |r| r.get(0))
        .optional()?;
    let id = match row {
        Some(id) => {
            tx.prepare_cached("DELETE FROM field_text WHERE rowid = ?1")?
                .execute([id])?;
            id
        }
        None => {
            tx.prepare_cached(
                "INSERT INTO field_rows (entity, case_id, field) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![&entity[..], &case[..], field])?;
            tx.last_insert_rowid()
        }
    };
    if !body.is_empty() {
        tx.prepare_cached("INSERT INTO field_text (rowid, body) VALUES (?1, ?2)")?
            .execute(params![id, body])?;
    }
    Ok(())
}

/// Keeps `page_corrections` true to a page text's heads: the record and page it replaces the
/// reader's text of (both written once, so a row never moves).
pub fn reindex_page_text(
    tx: &Transaction<'_>,
    entity: [u8; 16],
    heads: &[(String, Head)],
    exists: bool,
) -> Result<()> {
    tx.prepare_cached("DELETE FROM page_corrections WHERE entity = ?1")?
        .execute([&entity[..]])?;
    let value = |name: &str| {
        heads
            .iter()
            .find(|(f, _)| f == name)
            .and_then(|(_, h)| h.value.as_deref())
    };
    let record = value("record").and_then(|v| v.parse::<wayfinder_core::EntityId>().ok());
    let page = value("page").and_then(|v| v.parse::<u32>().ok());
    if let (true, Some(record), Some(page)) = (exists, record, page) {
        tx.prepare_cached(
            "INSERT INTO page_corrections (record_id, page, entity) VALUES (?1, ?2, ?3)
             ON CONFLICT DO NOTHING",
        )?
        .execute(params![&record.into_bytes()[..], page, &entity[..]])?;
    }
    Ok(())
}

/// Keeps `record_index` true to a record's heads (called from the operation log's reindex).
pub fn reindex_record(
    tx: &Transaction<'_>,
    case: [u8; 16],
    entity: [u8; 16],
    heads: &[(String, Head)],
    exists: bool,
) -> Result<()> {
    let shown = |name: &str| {
        heads
            .iter()
            .find(|(f, _)| f == name)
            .and_then(|(_, h)| h.value.clone())
            .unwrap_or_default()
    };
    let content = Content::parse(&shown("content"));
    match (exists, content) {
        (true, Some(content)) => {
            tx.prepare_cached(
                "INSERT INTO record_index (record_id, case_id, hash, title, category) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (record_id) DO UPDATE SET hash = excluded.hash, title = excluded.title, category = excluded.category",
            )?
            .execute(params![&entity[..], &case[..], &content.hash[..], shown("title"), shown("category")])?;
        }
        _ => {
            tx.prepare_cached("DELETE FROM record_index WHERE record_id = ?1")?
                .execute([&entity[..]])?;
        }
    }
    Ok(())
}

/// A sealed original, as `blobs` lists it. `Debug` leaves the password out.
#[derive(Clone, PartialEq, Eq)]
pub struct Blob {
    pub file: FileId,
    pub content: Content,
    /// The password of a protected PDF. It is kept inside the encrypted database, since the
    /// original stays as the family sent it, and is never shown, logged or exported.
    pub secret: Option<String>,
}

impl std::fmt::Debug for Blob {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Blob")
            .field("file", &self.file)
            .field("content", &self.content)
            .field("secret", &self.secret.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

pub fn blob(conn: &Connection, hash: &[u8; 32]) -> Result<Option<Blob>> {
    conn.prepare_cached("SELECT file_id, media, size, pages, secret FROM blobs WHERE hash = ?1")?
        .query_row([&hash[..]], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, Option<String>>(4)?,
            ))
        })
        .optional()?
        .map(|(file, media, size, pages, secret)| {
            Ok(Blob {
                file: FileId::from_hex(&file).ok_or(VaultError::Damaged)?,
                content: Content {
                    media: wayfinder_core::Media::parse(&media).ok_or(VaultError::Damaged)?,
                    size: size as u64,
                    pages: pages as u32,
                    hash: *hash,
                },
                secret,
            })
        })
        .transpose()
}

/// Sealed files an import began and did not record (killed, or the disk filled): they are
/// removed when the vault opens. Each is noted here, committed, before its sealing starts.
pub fn unfinished_files(conn: &Connection) -> Result<Vec<FileId>> {
    let mut stmt = conn.prepare(
        "SELECT file_id FROM pending_files WHERE file_id NOT IN (SELECT file_id FROM blobs)",
    )?;
    let rows = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.iter()
        .map(|hex| FileId::from_hex(hex).ok_or(VaultError::Damaged))
        .collect()
}

/// Stores a new original and the text of its pages; an original already there is kept as it
/// is. Says whether this one was new (if not, the caller's sealed copy is not needed).
pub fn insert_blob(
    tx: &Transaction<'_>,
    file: FileId,
    content: &Content,
    secret: Option<&str>,
    pages: &[String],
) -> Result<bool> {
    let inserted = tx.execute(
        "INSERT INTO blobs (hash, file_id, media, size, pages, secret) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (hash) DO NOTHING",
        params![
            &content.hash[..],
            file.to_hex(),
            content.media.as_str(),
            content.size as i64,
            i64::from(content.pages),
            secret
        ],
    )?;
    tx.prepare_cached("DELETE FROM pending_files WHERE file_id = ?1")?
        .execute([file.to_hex()])?;
    if inserted == 0 {
        return Ok(false);
    }
    crate::reading::queue(tx, &content.hash, content.media, content.pages, pages)?;
    let mut row = tx.prepare_cached("INSERT INTO page_rows (hash, page) VALUES (?1, ?2)")?;
    let mut text = tx.prepare_cached("INSERT INTO page_text (rowid, body) VALUES (?1, ?2)")?;
    let mut short = tx.prepare_cached("INSERT INTO page_words (rowid, body) VALUES (?1, ?2)")?;
    for (index, body) in pages.iter().enumerate() {
        if body.trim().is_empty() {
            continue;
        }
        row.execute(params![&content.hash[..], index as i64])?;
        let id = tx.last_insert_rowid();
        text.execute(params![id, body])?;
        short.execute(params![id, words(body)])?;
    }
    Ok(true)
}

/// Puts `body` in the search index as the text of a page, in place of what it had.
pub fn replace_page_text(
    tx: &Transaction<'_>,
    hash: &[u8; 32],
    page: u32,
    body: &str,
) -> Result<()> {
    let existing: Option<i64> = tx
        .prepare_cached("SELECT id FROM page_rows WHERE hash = ?1 AND page = ?2")?
        .query_row(params![&hash[..], i64::from(page)], |r| r.get(0))
        .optional()?;
    let id = match existing {
        Some(id) => {
            let old: Option<String> = tx
                .prepare_cached("SELECT body FROM page_text WHERE rowid = ?1")?
                .query_row([id], |r| r.get(0))
                .optional()?;
            tx.prepare_cached("DELETE FROM page_text WHERE rowid = ?1")?
                .execute([id])?;
            // A contentless index forgets a row by being told what it held.
            if let Some(old) = old {
                tx.prepare_cached(
                    "INSERT INTO page_words (page_words, rowid, body) VALUES ('delete', ?1, ?2)",
                )?
                .execute(params![id, words(&old)])?;
            }
            id
        }
        None => {
            tx.prepare_cached("INSERT INTO page_rows (hash, page) VALUES (?1, ?2)")?
                .execute(params![&hash[..], i64::from(page)])?;
            tx.last_insert_rowid()
        }
    };
    tx.prepare_cached("INSERT INTO page_text (rowid, body) VALUES (?1, ?2)")?
        .execute(params![id, body])?;
    tx.prepare_cached("INSERT INTO page_words (rowid, body) VALUES (?1, ?2)")?
        .execute(params![id, words(body)])?;
    Ok(())
}

/// The text of one page of an original, as indexed (`None`: the page has no text).
pub fn page_text(conn: &Connection, hash: &[u8; 32], page: u32) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT t.body FROM page_rows p JOIN page_text t ON t.rowid = p.id
             WHERE p.hash = ?1 AND p.page = ?2",
        )?
        .query_row(params![&hash[..], i64::from(page)], |r| r.get(0))
        .optional()?)
}

/// A living record that holds an original: where a duplicate already is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordPlace {
    pub case: CaseId,
    pub record: [u8; 16],
    pub title: String,
    /// The name of the case's child.
    pub case_name: String,
}

pub fn records_with_hash(conn: &Connection, hash: &[u8; 32]) -> Result<Vec<RecordPlace>> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.case_id, r.record_id, r.title, coalesce(c.name, '') FROM record_index r
         LEFT JOIN case_index c ON c.case_id = r.case_id WHERE r.hash = ?1 ORDER BY r.record_id",
    )?;
    let rows = stmt
        .query_map([&hash[..]], |r| {
            Ok(RecordPlace {
                case: CaseId::from_bytes(r.get(0)?),
                record: r.get(1)?,
                title: r.get(2)?,
                case_name: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Where to search.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Scope {
    #[default]
    Everything,
    Case(CaseId),
    Record([u8; 16]),
}

/// Where a search found its words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HitPlace {
    /// A page of a record (0-based).
    Page {
        record: [u8; 16],
        page: u32,
        title: String,
    },
    /// A field of an entity of the case.
    Field {
        entity: [u8; 16],
        kind: EntityKind,
        field: String,
    },
}

/// One search hit: its case, where in it, and a few words around what matched, with the
/// matched parts marked as character ranges of `snippet`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub case: CaseId,
    pub case_name: String,
    pub place: HitPlace,
    pub snippet: String,
    pub marks: Vec<(usize, usize)>,
}

/// A term's other spellings: each word of a phrase in turn.
fn spelling_variants(term: &str) -> Vec<String> {
    if !term.contains(' ') {
        return wayfinder_core::spelling::variants(term);
    }
    let words: Vec<&str> = term.split(' ').collect();
    let mut out = Vec::new();
    for (i, word) in words.iter().enumerate() {
        for other in wayfinder_core::spelling::variants(word) {
            let mut changed: Vec<String> = words.iter().map(|w| (*w).to_owned()).collect();
            changed[i] = other;
            out.push(changed.join(" "));
        }
    }
    out.truncate(3);
    out
}

/// A term as typed and in its other spellings (for a term long enough to be matched by its
/// trigrams): what is looked for, and marked, for it.
pub fn spellings(term: &str) -> Vec<String> {
    let others = if term.chars().count() >= 3 {
        spelling_variants(term)
    } else {
        Vec::new()
    };
    std::iter::once(term.to_owned()).chain(others).collect()
}

/// The terms of a query: a quoted phrase is one term, other words each one; all must match.
pub fn terms(query: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, part) in query.split('"').enumerate() {
        if i % 2 == 1 {
            let phrase = part.trim();
            if !phrase.is_empty() {
                out.push(phrase.to_owned());
            }
        } else {
            out.extend(part.split_whitespace().map(str::to_owned));
        }
    }
    out
}

/// How a query's terms are looked for.
struct MatchParts {
    /// The trigram match expression of the terms of three characters or more.
    long: Option<String>,
    /// The `page_words` match expression of the shorter terms that have words.
    short: Option<String>,
    /// `LIKE` patterns: every short term for fields, short terms without words for pages.
    field_likes: Vec<String>,
    page_likes: Vec<String>,
}

fn like_pattern(term: &str) -> String {
    let escaped = term
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

fn match_parts(terms: &[String]) -> MatchParts {
    let (long, short): (Vec<&String>, Vec<&String>) =
        terms.iter().partition(|t| t.chars().count() >= 3);
    // Each long term matches in any of its spellings (leukaemia or leukemia).
    let quoted = |t: &str| format!("\"{}\"", t.replace('"', "\"\""));
    let long = (!long.is_empty()).then(|| {
        long.iter()
            .map(|t| {
                let spellings = spelling_variants(t);
                if spellings.is_empty() {
                    quoted(t)
                } else {
                    let all: Vec<String> = std::iter::once(quoted(t))
                        .chain(spellings.iter().map(|v| quoted(v)))
                        .collect();
                    format!("({})", all.join(" OR "))
                }
            })
            .collect::<Vec<_>>()
            .join(" AND ")
    });
    let mut exprs = Vec::new();
    let mut page_likes = Vec::new();
    for term in &short {
        match short_term_expr(term) {
            Some(expr) => exprs.push(expr),
            None => page_likes.push(like_pattern(term)),
        }
    }
    MatchParts {
        long,
        short: (!exprs.is_empty()).then(|| exprs.join(" AND ")),
        field_likes: short.iter().map(|t| like_pattern(t)).collect(),
        page_likes,
    }
}

/// FTS5's own count of pages per trigram, for `pages_matching_at_most`: a view of the index
/// for this connection only (a temporary table holds no data), made when the vault opens.
pub const VOCABULARY: &str =
    "CREATE VIRTUAL TABLE temp.page_vocab USING fts5vocab(main, page_text, row);";

/// Above this many matching pages, hits are not ranked (see `search`).
const COMMON_PAGES: u64 = 4000;

/// An upper bound of how many pages hold every term of three characters or more: for each
/// term, the fewest pages any of its trigrams is on (FTS5's own count, through `fts5vocab`).
fn pages_matching_at_most(conn: &Connection, terms: &[String]) -> Result<u64> {
    let mut count = conn.prepare_cached("SELECT doc FROM temp.page_vocab WHERE term = ?1")?;
    let mut bound = u64::MAX;
    for term in terms {
        let chars: Vec<char> = term.to_lowercase().chars().collect();
        for trigram in chars.windows(3) {
            let trigram: String = trigram.iter().collect();
            let docs: Option<i64> = count.query_row([&trigram], |r| r.get(0)).optional()?;
            bound = bound.min(docs.unwrap_or(0).max(0) as u64);
        }
    }
    Ok(bound)
}

/// Searches every page and every typed field in `scope`; the best `limit` hits, pages ranked
/// by FTS5's BM25 first when a term is long enough for it.
pub fn search(conn: &Connection, query: &str, scope: Scope, limit: u32) -> Result<Vec<Hit>> {
    let terms = terms(query);
    if terms.is_empty() {
        return Ok(Vec::new());
    }
    let parts = match_parts(&terms);
    let expr = &parts.long;
    // What the snippets mark: the terms as typed, and the other spellings of the long ones.
    let marked: Vec<String> = terms.iter().flat_map(|t| spellings(t)).collect();
    let mut hits = Vec::new();
    for table in ["page_text", "field_text"] {
        let mut sql = if table == "page_text" {
            // A page whose text she typed is found by her text, not the reader's.
            "SELECT p.page, r.record_id, r.case_id, r.title, coalesce(c.name, ''), t.body,
                    NULL, NULL, NULL
             FROM page_text t JOIN page_rows p ON p.id = t.rowid
             JOIN record_index r ON r.hash = p.hash
             LEFT JOIN case_index c ON c.case_id = r.case_id
             WHERE NOT EXISTS (SELECT 1 FROM page_corrections k
                               WHERE k.record_id = r.record_id AND k.page = p.page)"
                .to_owned()
        } else {
            // Her typed text of a page is found as that page of its record. Fields of cases
            // only: the team's glossary and templates have screens of their own.
            "SELECT f.field, f.entity, f.case_id, e.kind, coalesce(c.name, ''), t.body,
                    k.record_id, k.page, coalesce(kr.title, '')
             FROM field_text t JOIN field_rows f ON f.id = t.rowid
             JOIN entities e ON e.entity = f.entity
             LEFT JOIN page_corrections k ON k.entity = f.entity
             LEFT JOIN record_index kr ON kr.record_id = k.record_id
             JOIN case_index c ON c.case_id = f.case_id WHERE 1"
                .to_owned()
        };
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        if let Some(expr) = expr {
            sql.push_str(&format!(" AND t.body MATCH ?{}", args.len() + 1));
            args.push(expr.clone().into());
        }
        let likes = if table == "page_text" {
            if let Some(short) = &parts.short {
                sql.push_str(&format!(
                    " AND t.rowid IN (SELECT rowid FROM page_words WHERE page_words MATCH ?{})",
                    args.len() + 1
                ));
                args.push(short.clone().into());
            }
            &parts.page_likes
        } else {
            &parts.field_likes
        };
        for like in likes {
            sql.push_str(&format!(" AND t.body LIKE ?{} ESCAPE '\\'", args.len() + 1));
            args.push(like.clone().into());
        }
        let (case_col, record_col) = if table == "page_text" {
            ("r.case_id", "r.record_id")
        } else {
            ("f.case_id", "k.record_id")
        };
        match scope {
            Scope::Everything => {}
            Scope::Case(case) => {
                sql.push_str(&format!(" AND {case_col} = ?{}", args.len() + 1));
                args.push(case.as_bytes().to_vec().into());
            }
            Scope::Record(record) => {
                sql.push_str(&format!(" AND {record_col} = ?{}", args.len() + 1));
                args.push(record.to_vec().into());
            }
        }
        if expr.is_none() {
            if table == "page_text" {
                sql.push_str(" ORDER BY t.rowid DESC");
            }
        } else {
            // Ranking costs a score for every page that matches; for a word on nearly every
            // page ("other", "unspecified") that is most of the index, for a ranking that
            // means little. Such words list the newest pages first instead.
            if table == "page_text" && pages_matching_at_most(conn, &terms)? > COMMON_PAGES {
                sql.push_str(" ORDER BY t.rowid DESC");
            } else {
                sql.push_str(" ORDER BY t.rank");
            }
        }
        sql.push_str(&format!(" LIMIT {limit}"));
        let mut stmt = conn.prepare(&sql)?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args), |r| {
                Ok((
                    r.get::<_, rusqlite::types::Value>(0)?,
                    r.get::<_, [u8; 16]>(1)?,
                    r.get::<_, [u8; 16]>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, Option<[u8; 16]>>(6)?,
                    r.get::<_, Option<u32>>(7)?,
                    r.get::<_, Option<String>>(8)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for (first, id, case, label, case_name, body, corrected, page, title) in rows {
            let place = match (first, corrected, page) {
                (rusqlite::types::Value::Integer(page), _, _) => HitPlace::Page {
                    record: id,
                    page: page as u32,
                    title: label,
                },
                (_, Some(record), Some(page)) => HitPlace::Page {
                    record,
                    page,
                    title: title.unwrap_or_default(),
                },
                (rusqlite::types::Value::Text(field), _, _) => HitPlace::Field {
                    entity: id,
                    kind: EntityKind::parse(&label).ok_or(VaultError::Damaged)?,
                    field,
                },
                _ => return Err(VaultError::Damaged),
            };
            let (snippet, marks) = snippet(&body, &marked, 90);
            hits.push(Hit {
                case: CaseId::from_bytes(case),
                case_name,
                place,
                snippet,
                marks,
            });
        }
    }
    hits.truncate(limit as usize);
    Ok(hits)
}

/// Text folded for matching: lower case and without combining marks, one char for one char,
/// so that positions in the folded text are positions in the original.
fn fold_chars(text: &str) -> Vec<char> {
    text.chars()
        .map(|c| {
            let lower: Vec<char> = c.to_lowercase().collect();
            if lower.len() == 1 { lower[0] } else { c }
        })
        .collect()
}

fn find_all(haystack: &[char], needle: &[char]) -> Vec<usize> {
    if needle.is_empty() || needle.len() > haystack.len() {
        return Vec::new();
    }
    (0..=haystack.len() - needle.len())
        .filter(|&i| haystack[i..i + needle.len()] == *needle)
        .collect()
}

/// A page's words as a person would read them: white space collapsed, and the debris of text
/// extraction dropped (marks with no letter or digit, and runs of three or more lone
/// characters such as "2 * 3 3", left by tables, rules and bullets).
fn readable(body: &str) -> String {
    let words: Vec<&str> = body
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let lone = |w: &&str| w.chars().count() == 1;
    let mut kept: Vec<&str> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let run = words[i..].iter().take_while(|w| lone(w)).count();
        if run >= 3 {
            i += run;
        } else {
            kept.push(words[i]);
            i += 1;
        }
    }
    kept.join(" ")
}

/// About `width` characters of `body` around the first match, with every match marked as
/// (start, end) character offsets in the returned text. White space is collapsed first.
pub fn snippet(body: &str, terms: &[String], width: usize) -> (String, Vec<(usize, usize)>) {
    let text = readable(body);
    let chars: Vec<char> = text.chars().collect();
    let folded = fold_chars(&text);
    let mut marks: Vec<(usize, usize)> = terms
        .iter()
        .flat_map(|t| {
            let needle = fold_chars(t);
            find_all(&folded, &needle)
                .into_iter()
                .map(move |start| (start, start + needle.len()))
        })
        .collect();
    marks.sort_unstable();
    let first = marks.first().map_or(0, |m| m.0);
    let start = first.saturating_sub(width / 3);
    let end = (start + width).min(chars.len());
    let mut out: String = chars[start..end].iter().collect();
    let mut shift = 0;
    if start > 0 {
        out.insert(0, '…');
        shift = 1;
    }
    if end < chars.len() {
        out.push('…');
    }
    let marks = marks
        .into_iter()
        .filter(|&(s, e)| s >= start && e <= end)
        .map(|(s, e)| (s - start + shift, e - start + shift))
        .collect();
    (out, marks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_split_into_words_and_quoted_phrases() {
        assert_eq!(terms("  vincristine  dose "), vec!["vincristine", "dose"]);
        assert_eq!(
            terms("\"posterior fossa\" MRI"),
            vec!["posterior fossa", "MRI"]
        );
        let parts = match_parts(&terms("\"a b\" 肿瘤 c% ?"));
        assert_eq!(parts.long.as_deref(), Some("\"a b\""));
        assert_eq!(parts.short.as_deref(), Some("\"肿 瘤\"* AND \"c\"*"));
        assert_eq!(parts.field_likes, vec!["%肿瘤%", "%c\\%%", "%?%"]);
        assert_eq!(parts.page_likes, vec!["%?%"]);
    }

    #[test]
    fn snippets_leave_out_the_debris_of_text_extraction() {
        let (text, marks) = snippet(
            "Table & 2 * 3 3 & % % Findings: leukaemia in remission • • 5 %",
            &["leukaemia".into()],
            200,
        );
        assert_eq!(text, "Table Findings: leukaemia in remission 5");
        assert_eq!(marks.len(), 1);
        // The meaning of a lone word or number is kept: "a", "5 mg".
        assert_eq!(readable("a child of 5 mg/kg"), "a child of 5 mg/kg");
    }

    #[test]
    fn a_word_is_found_in_its_other_spelling_and_marked() {
        let parts = match_parts(&terms("leukemia"));
        assert_eq!(
            parts.long.as_deref(),
            Some("(\"leukemia\" OR \"leukaemia\")")
        );
    }

    #[test]
    fn snippets_mark_every_match_in_any_script() {
        let (text, marks) = snippet(
            "Биопсия  опухоли:\nОПУХОЛЬ мозжечка",
            &["опухол".into()],
            90,
        );
        assert_eq!(text, "Биопсия опухоли: ОПУХОЛЬ мозжечка");
        let marked: Vec<String> = marks
            .iter()
            .map(|&(s, e)| text.chars().skip(s).take(e - s).collect())
            .collect();
        assert_eq!(marked, vec!["опухол", "ОПУХОЛ"]);
        let long = format!("{} 髓母细胞瘤 {}", "x".repeat(200), "y".repeat(200));
        let (text, marks) = snippet(&long, &["细胞".into()], 60);
        assert!(text.starts_with('…') && text.ends_with('…'), "{text}");
        let (s, e) = marks[0];
        assert_eq!(text.chars().skip(s).take(e - s).collect::<String>(), "细胞");
    }
}
