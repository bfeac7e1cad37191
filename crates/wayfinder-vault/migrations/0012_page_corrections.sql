-- 12: which pages of which records she typed the text of by hand (`page-text` entities), so
-- that search finds her text as that page, in the record's own search too, and no longer the
-- reader's text she replaced. Kept true by the operation log's reindex; filled from the page
-- texts already here by `migrations::index_corrections`.
CREATE TABLE page_corrections (
    record_id BLOB NOT NULL,
    page INTEGER NOT NULL,
    entity BLOB NOT NULL,
    PRIMARY KEY (record_id, page, entity)
) STRICT, WITHOUT ROWID;
CREATE INDEX page_corrections_by_entity ON page_corrections (entity);
