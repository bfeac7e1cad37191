-- 3: the bytes each member has stored (her sealed operations and the chunks of the blobs she
-- began), counted as they are stored, so that no one member can fill the server's disk. What
-- was stored before this migration is not counted.
CREATE TABLE usage (
    workspace BLOB NOT NULL,
    member BLOB NOT NULL,
    bytes INTEGER NOT NULL,
    PRIMARY KEY (workspace, member)
);
