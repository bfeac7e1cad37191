-- 13: the translation memory. Each finished passage (a `unit` reviewed or final, with its
-- translation written) is a row, kept true by the operation log's reindex; pairs she imported
-- from a TMX file are rows with no passage, their languages their own (a passage's are its
-- document's). The source text is indexed by trigrams, in any script, so that a look-up reads
-- a few hundred likely passages rather than every one. Filled from the passages already here
-- by `migrations::index_memory`.
CREATE TABLE memory (
    unit BLOB UNIQUE,
    translation TEXT NOT NULL DEFAULT '',
    source_language TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    target TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX memory_imported ON memory (source_language, language, source, target)
    WHERE unit IS NULL;
CREATE VIRTUAL TABLE memory_grams USING fts5 (source, tokenize = 'trigram');
-- How many pairs have each trigram within a word of their source (`memory::grams`): a look-up
-- asks it for the rarest of each word of the new passage. FTS5's own vocabulary table counts
-- them by reading the whole posting list, which for a common trigram is most of the memory.
CREATE TABLE memory_gram_docs (
    gram TEXT PRIMARY KEY,
    docs INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
