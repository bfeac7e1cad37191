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
CREATE INDEX directory_index_by_kind_and_name ON directory_index (kind, name_folded);
