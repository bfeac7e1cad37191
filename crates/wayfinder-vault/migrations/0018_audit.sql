-- 18: the audit log. Every entry of every device's chain this vault holds, as signed, in the
-- order it arrived: who did what, when, on which case and object, as ids only. Rows are never
-- changed or removed (the triggers refuse it); a case's deletion leaves its entries.
CREATE TABLE audit_entries (
    id INTEGER PRIMARY KEY,
    device BLOB NOT NULL,
    -- The case, or NULL for the vault's own events (unlocking).
    scope BLOB,
    seq INTEGER NOT NULL,
    hash BLOB NOT NULL,
    author BLOB NOT NULL,
    at_millis INTEGER NOT NULL,
    action TEXT NOT NULL,
    object BLOB,
    -- The signed entry, byte for byte as written or received.
    body BLOB NOT NULL
);
CREATE INDEX audit_by_scope ON audit_entries (scope, at_millis);
CREATE INDEX audit_by_chain ON audit_entries (device, scope, seq);
CREATE TRIGGER audit_entries_never_change BEFORE UPDATE ON audit_entries
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append only');
END;
CREATE TRIGGER audit_entries_never_go BEFORE DELETE ON audit_entries
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append only');
END;
-- This vault's device: the id its own chains carry, made at the first entry.
CREATE TABLE audit_device (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    device BLOB NOT NULL
);
