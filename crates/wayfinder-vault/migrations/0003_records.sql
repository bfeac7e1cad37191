-- 3: records (originals, the text of their pages) and the search index of every field (filled
-- from the fields already there: `migrations::index_fields`).
CREATE TABLE blobs (
    hash BLOB PRIMARY KEY NOT NULL CHECK (length(hash) = 32),
    file_id TEXT NOT NULL,
    media TEXT NOT NULL,
    size INTEGER NOT NULL,
    pages INTEGER NOT NULL,
    secret TEXT
) STRICT, WITHOUT ROWID;
CREATE TABLE record_index (
    record_id BLOB PRIMARY KEY NOT NULL,
    case_id BLOB NOT NULL,
    hash BLOB NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT ''
) STRICT, WITHOUT ROWID;
CREATE INDEX record_index_by_hash ON record_index (hash);
CREATE INDEX record_index_by_case ON record_index (case_id);
CREATE TABLE page_rows (
    id INTEGER PRIMARY KEY,
    hash BLOB NOT NULL,
    page INTEGER NOT NULL,
    UNIQUE (hash, page)
) STRICT;
CREATE VIRTUAL TABLE page_text USING fts5(body, tokenize = 'trigram remove_diacritics 1');
CREATE TABLE field_rows (
    id INTEGER PRIMARY KEY,
    entity BLOB NOT NULL,
    case_id BLOB NOT NULL,
    field TEXT NOT NULL,
    UNIQUE (entity, field)
) STRICT;
CREATE VIRTUAL TABLE field_text USING fts5(body, tokenize = 'trigram remove_diacritics 1');
CREATE TABLE pending_files (file_id TEXT PRIMARY KEY NOT NULL) STRICT, WITHOUT ROWID;
