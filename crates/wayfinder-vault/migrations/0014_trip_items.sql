-- 14: the open items of every trip's checklist by due date, across cases, for Today (as
-- task_index is for tasks), kept true by the operation log's reindex. Trips are new with this
-- schema: there is nothing to fill it from.
CREATE TABLE trip_item_index (
    item_id BLOB PRIMARY KEY NOT NULL,
    case_id BLOB NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    due TEXT NOT NULL DEFAULT '',
    assignee TEXT NOT NULL DEFAULT '',
    done INTEGER NOT NULL DEFAULT 0,
    case_open INTEGER NOT NULL DEFAULT 1
) STRICT, WITHOUT ROWID;
CREATE INDEX trip_item_index_open_by_due ON trip_item_index (done, case_open, due);
CREATE INDEX trip_item_index_by_case ON trip_item_index (case_id);
