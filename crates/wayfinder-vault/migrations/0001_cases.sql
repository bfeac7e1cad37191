-- 1: the child of each case, one row a case.
CREATE TABLE cases (
    id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    child_name TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    country TEXT NOT NULL,
    languages TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX cases_by_update ON cases (updated_at DESC);
