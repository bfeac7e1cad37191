-- 11: scans read into text on this laptop. `reading_todo` lists each page of an original that
-- the text reader has still to read, in the order they came (a page leaves it in the
-- transaction that stores what was read, so a kill reads it again, and a page read is never
-- read twice); `reading_pages` holds what was read: its words with their boxes (JSON, see
-- `reading::encode_words`), the page's size they are measured in, how it was turned upright,
-- the mean confidence, or the code of why it could not be read. The text itself goes into
-- `page_text`/`page_words` like a PDF's. Pages of originals already here are listed by
-- `migrations::queue_reading`.
CREATE TABLE reading_todo (
    id INTEGER PRIMARY KEY,
    hash BLOB NOT NULL,
    page INTEGER NOT NULL,
    UNIQUE (hash, page)
) STRICT;
CREATE TABLE reading_pages (
    hash BLOB NOT NULL,
    page INTEGER NOT NULL,
    failure TEXT,
    width INTEGER NOT NULL DEFAULT 0,
    height INTEGER NOT NULL DEFAULT 0,
    rotation INTEGER NOT NULL DEFAULT 0 CHECK (rotation IN (0, 90, 180, 270)),
    confidence REAL,
    languages TEXT NOT NULL DEFAULT '',
    words TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (hash, page)
) STRICT, WITHOUT ROWID;
