-- 2: every edit an operation, and the state derived from them (the rows of schema 1 become
-- the operations that make them: `migrations::to_operations`).
CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL) STRICT;
CREATE TABLE operations (
    seq INTEGER PRIMARY KEY,
    id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
    case_id BLOB NOT NULL,
    entity BLOB NOT NULL,
    field TEXT NOT NULL,
    author BLOB NOT NULL,
    hlc_millis INTEGER NOT NULL,
    hlc_counter INTEGER NOT NULL,
    encoded BLOB NOT NULL
) STRICT;
CREATE INDEX operations_by_field ON operations (case_id, entity, field);
CREATE TABLE replaced (op_id BLOB PRIMARY KEY NOT NULL) STRICT, WITHOUT ROWID;
CREATE TABLE heads (
    case_id BLOB NOT NULL,
    entity BLOB NOT NULL,
    field TEXT NOT NULL,
    op_id BLOB NOT NULL,
    author BLOB NOT NULL,
    hlc_millis INTEGER NOT NULL,
    hlc_counter INTEGER NOT NULL,
    value TEXT,
    PRIMARY KEY (case_id, entity, field, op_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX heads_by_entity ON heads (entity);
CREATE TABLE entities (
    entity BLOB PRIMARY KEY NOT NULL,
    case_id BLOB NOT NULL,
    kind TEXT NOT NULL,
    created_millis INTEGER NOT NULL
) STRICT;
CREATE INDEX entities_by_case ON entities (case_id, kind);
CREATE TABLE case_index (
    case_id BLOB PRIMARY KEY NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    name_folded TEXT NOT NULL DEFAULT '',
    stage TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    assignee TEXT NOT NULL DEFAULT '',
    waiting_on TEXT NOT NULL DEFAULT '',
    date_of_birth TEXT NOT NULL DEFAULT '',
    updated_millis INTEGER NOT NULL DEFAULT 0,
    conflicts INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX case_index_by_update ON case_index (updated_millis DESC);
CREATE TABLE task_index (
    task_id BLOB PRIMARY KEY NOT NULL,
    case_id BLOB NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    due TEXT NOT NULL DEFAULT '',
    assignee TEXT NOT NULL DEFAULT '',
    done INTEGER NOT NULL DEFAULT 0,
    case_open INTEGER NOT NULL DEFAULT 1
) STRICT, WITHOUT ROWID;
CREATE INDEX task_index_open_by_due ON task_index (done, case_open, due);
CREATE INDEX task_index_by_case ON task_index (case_id);
CREATE TABLE consent_index (
    consent_id BLOB PRIMARY KEY NOT NULL,
    case_id BLOB NOT NULL,
    what TEXT NOT NULL DEFAULT '',
    recipient TEXT NOT NULL DEFAULT '',
    until TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX consent_index_by_until ON consent_index (until);
