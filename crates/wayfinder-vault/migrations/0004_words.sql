-- 4: the index of words and CJK characters, for search terms shorter than a trigram: words as
-- `records::words` writes them, without the text itself (the trigram table has it), with prefix
-- indexes for one and two characters (filled from the pages: `migrations::index_words`).
CREATE VIRTUAL TABLE page_words USING fts5(
    body, content = '', tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2'
);
