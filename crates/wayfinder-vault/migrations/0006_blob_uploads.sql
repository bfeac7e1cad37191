-- 6: which originals of shared cases were sent to the server; an original received from the
-- server counts as sent.
CREATE TABLE blob_uploads (
    case_id BLOB NOT NULL,
    hash BLOB NOT NULL,
    PRIMARY KEY (case_id, hash)
) STRICT, WITHOUT ROWID;
