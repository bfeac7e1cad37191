CREATE TABLE IF NOT EXISTS workspaces (
    id BLOB PRIMARY KEY,
    code_hash BLOB NOT NULL UNIQUE,
    created INTEGER NOT NULL DEFAULT 0,
    reserved_millis INTEGER NOT NULL,
    next_seq INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS rosters (
    workspace BLOB NOT NULL,
    version INTEGER NOT NULL,
    body BLOB NOT NULL,
    PRIMARY KEY (workspace, version)
);
CREATE TABLE IF NOT EXISTS members (
    workspace BLOB NOT NULL,
    member BLOB NOT NULL,
    identity BLOB NOT NULL,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    in_roster INTEGER NOT NULL,
    PRIMARY KEY (workspace, member)
);
CREATE TABLE IF NOT EXISTS invitations (
    secret_hash BLOB PRIMARY KEY,
    workspace BLOB NOT NULL,
    role TEXT NOT NULL,
    expires_millis INTEGER NOT NULL,
    redeemed_by BLOB
);
CREATE TABLE IF NOT EXISTS challenges (
    nonce BLOB PRIMARY KEY,
    workspace BLOB NOT NULL,
    member BLOB NOT NULL,
    expires_millis INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    token_hash BLOB PRIMARY KEY,
    workspace BLOB NOT NULL,
    member BLOB NOT NULL,
    expires_millis INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS ops (
    workspace BLOB NOT NULL,
    seq INTEGER NOT NULL,
    op_id BLOB NOT NULL,
    case_id BLOB NOT NULL,
    epoch INTEGER NOT NULL,
    body BLOB NOT NULL,
    PRIMARY KEY (workspace, seq),
    UNIQUE (workspace, op_id)
);
CREATE TABLE IF NOT EXISTS envelopes (
    workspace BLOB NOT NULL,
    case_id BLOB NOT NULL,
    epoch INTEGER NOT NULL,
    member BLOB NOT NULL,
    seq INTEGER NOT NULL,
    body BLOB NOT NULL,
    PRIMARY KEY (workspace, case_id, epoch, member)
);
CREATE INDEX IF NOT EXISTS envelopes_by_seq ON envelopes (workspace, member, seq);
CREATE INDEX IF NOT EXISTS ops_by_case ON ops (workspace, case_id, epoch, seq);
CREATE TABLE IF NOT EXISTS blobs (
    workspace BLOB NOT NULL,
    case_id BLOB NOT NULL,
    name BLOB NOT NULL,
    epoch INTEGER NOT NULL,
    total INTEGER NOT NULL,
    have INTEGER NOT NULL,
    PRIMARY KEY (workspace, case_id, name)
);
