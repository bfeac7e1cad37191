-- 17: the team's directory as it is searched and listed: a row per institution, per contact of
-- one and per line of a profile. `institution` is the institution it belongs to (its own id for
-- an institution), `name_folded` its name in lower case (for the order), `folded` what a search
-- reads (name, department, city, country, e-mail, role, in lower case). Kept true by the
-- operation log's reindex; filled from what the team's scope holds by the migration's code.
CREATE TABLE directory_index (
    entity BLOB PRIMARY KEY NOT NULL,
    institution BLOB NOT NULL,
    kind TEXT NOT NULL,
    name_folded TEXT NOT NULL DEFAULT '',
    folded TEXT NOT NULL DEFAULT ''
) STRICT, WITHOUT ROWID;
CREATE INDEX directory_index_by_institution ON directory_index (institution);
-- Holds every column a search reads, so that it reads the index alone, in order (a search of
-- 5,000 institutions and 20,000 contacts reading the table row by row took five times longer).
CREATE INDEX directory_index_searched ON directory_index (kind, name_folded, folded, institution);
-- The case list's "waiting on": the institutions each case's open requests wait on (their
-- names, each once, in order, separated by U+001F), kept by the reindex of a recipient, so
-- the list reads a column (asking recipient_index for each of 5,000 cases took a quarter of
-- its time).
CREATE INDEX recipient_index_waiting_by_case ON recipient_index (case_id, done, title);
ALTER TABLE case_index ADD COLUMN waiting_requests TEXT NOT NULL DEFAULT '';
UPDATE case_index SET waiting_requests = coalesce((SELECT group_concat(title, char(31)) FROM
    (SELECT DISTINCT r.title FROM recipient_index r
     WHERE r.case_id = case_index.case_id AND r.done = 0 ORDER BY r.title)), '');
