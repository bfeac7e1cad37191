-- 19: the audit log travels with shared cases. Her device's entries in a shared case wait in
-- `audit_outbox` until the server has stored them, each under the id it travels as; the heads
-- other members' edits named for their chains are kept, the highest per device, case and
-- author, so that a tail the server holds back shows.
CREATE TABLE audit_outbox (
    entry_id INTEGER PRIMARY KEY REFERENCES audit_entries (id),
    op_id BLOB NOT NULL UNIQUE
) STRICT;
CREATE TABLE audit_heads (
    device BLOB NOT NULL,
    scope BLOB NOT NULL,
    author BLOB NOT NULL,
    seq INTEGER NOT NULL,
    hash BLOB NOT NULL,
    PRIMARY KEY (device, scope, author)
) STRICT;
