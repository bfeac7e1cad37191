-- 16: the recipients of every case's requests by follow-up date, for Today (as task_index is
-- for tasks): `title` is the institution's name, `due` the follow-up date, `done` whether the
-- request no longer waits on the institution. Kept true by the operation log's reindex;
-- requests are new with this schema: there is nothing to fill it from.
CREATE TABLE recipient_index (
    recipient_id BLOB PRIMARY KEY NOT NULL,
    case_id BLOB NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    due TEXT NOT NULL DEFAULT '',
    assignee TEXT NOT NULL DEFAULT '',
    done INTEGER NOT NULL DEFAULT 1,
    case_open INTEGER NOT NULL DEFAULT 1
) STRICT, WITHOUT ROWID;
CREATE INDEX recipient_index_open_by_due ON recipient_index (done, case_open, due);
CREATE INDEX recipient_index_by_case ON recipient_index (case_id);
