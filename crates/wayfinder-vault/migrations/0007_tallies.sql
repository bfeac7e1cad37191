-- 7: what a server could withhold or swap: the highest number each author gave an operation
-- of hers in each case that reached this vault, with the index that counts her operations
-- there; and the originals fetched that did not open or were not what their record says,
-- kept from being fetched again.
CREATE TABLE team_tallies (
    case_id BLOB NOT NULL,
    author BLOB NOT NULL,
    last INTEGER NOT NULL CHECK (last > 0),
    PRIMARY KEY (case_id, author)
) STRICT, WITHOUT ROWID;
CREATE INDEX operations_by_author ON operations (case_id, author, seq);
CREATE TABLE blobs_held (
    case_id BLOB NOT NULL,
    hash BLOB NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (case_id, hash)
) STRICT, WITHOUT ROWID;
