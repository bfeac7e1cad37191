-- 5: team sync: her keys, the team, case keys by epoch, the outbox and the pull cursor. The
-- trigger queues each of her own operations in a case she shares, in the transaction that
-- writes it.
CREATE TABLE team_account (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    server TEXT NOT NULL,
    workspace BLOB NOT NULL CHECK (length(workspace) = 16),
    pin BLOB NOT NULL CHECK (length(pin) = 16),
    cursor_visible INTEGER NOT NULL DEFAULT 0,
    cursor_seq INTEGER NOT NULL DEFAULT 0,
    last_synced_millis INTEGER
) STRICT;
CREATE TABLE team_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    signing_seed BLOB NOT NULL CHECK (length(signing_seed) = 32),
    kem_seed BLOB NOT NULL CHECK (length(kem_seed) = 32)
) STRICT;
CREATE TABLE team_rosters (version INTEGER PRIMARY KEY, body BLOB NOT NULL) STRICT;
CREATE TABLE case_keys (
    case_id BLOB NOT NULL,
    epoch INTEGER NOT NULL,
    key BLOB NOT NULL CHECK (length(key) = 32),
    granter BLOB NOT NULL,
    PRIMARY KEY (case_id, epoch)
) STRICT;
CREATE TABLE case_shares (
    case_id BLOB NOT NULL,
    epoch INTEGER NOT NULL,
    member BLOB NOT NULL,
    PRIMARY KEY (case_id, epoch, member)
) STRICT;
CREATE TABLE outbox (op_seq INTEGER PRIMARY KEY, op_id BLOB NOT NULL UNIQUE) STRICT;
CREATE TABLE share_outbox (id INTEGER PRIMARY KEY, body BLOB NOT NULL) STRICT;
CREATE TABLE team_held (
    server_seq INTEGER PRIMARY KEY,
    body BLOB NOT NULL,
    reason TEXT NOT NULL
) STRICT;
CREATE TRIGGER outbox_queues AFTER INSERT ON operations
WHEN NEW.author = (SELECT value FROM meta WHERE key = 'author')
 AND EXISTS (SELECT 1 FROM case_keys WHERE case_id = NEW.case_id)
BEGIN
    INSERT INTO outbox (op_seq, op_id) VALUES (NEW.seq, NEW.id) ON CONFLICT DO NOTHING;
END;
