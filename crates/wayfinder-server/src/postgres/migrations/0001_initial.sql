-- 1: the schema of the SQLite store at its version 5, for PostgreSQL: workspaces and the next
-- number of each one's log, rosters, members (with when each was last seen), invitations,
-- login challenges, sessions (hashes of tokens), sealed operations, key envelopes, what each
-- blob's upload has reached (its owner and salt), and the bytes each member stores.
CREATE TABLE workspaces (
    id BYTEA PRIMARY KEY,
    code_hash BYTEA NOT NULL UNIQUE,
    created BOOLEAN NOT NULL DEFAULT FALSE,
    reserved_millis BIGINT NOT NULL,
    next_seq BIGINT NOT NULL DEFAULT 1
);
CREATE TABLE rosters (
    workspace BYTEA NOT NULL,
    version BIGINT NOT NULL,
    body BYTEA NOT NULL,
    PRIMARY KEY (workspace, version)
);
CREATE TABLE members (
    workspace BYTEA NOT NULL,
    member BYTEA NOT NULL,
    identity BYTEA NOT NULL,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    in_roster BIGINT NOT NULL,
    last_seen_millis BIGINT NOT NULL DEFAULT 0,
    joined BIGINT GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (workspace, member)
);
CREATE TABLE invitations (
    secret_hash BYTEA PRIMARY KEY,
    workspace BYTEA NOT NULL,
    role TEXT NOT NULL,
    expires_millis BIGINT NOT NULL,
    redeemed_by BYTEA
);
CREATE TABLE challenges (
    nonce BYTEA PRIMARY KEY,
    workspace BYTEA NOT NULL,
    member BYTEA NOT NULL,
    expires_millis BIGINT NOT NULL
);
CREATE INDEX challenges_by_expiry ON challenges (expires_millis);
CREATE TABLE sessions (
    token_hash BYTEA PRIMARY KEY,
    workspace BYTEA NOT NULL,
    member BYTEA NOT NULL,
    expires_millis BIGINT NOT NULL
);
CREATE INDEX sessions_by_expiry ON sessions (expires_millis);
CREATE INDEX sessions_by_member ON sessions (workspace, member);
CREATE TABLE ops (
    workspace BYTEA NOT NULL,
    seq BIGINT NOT NULL,
    op_id BYTEA NOT NULL,
    case_id BYTEA NOT NULL,
    epoch BIGINT NOT NULL,
    body BYTEA NOT NULL,
    PRIMARY KEY (workspace, seq),
    UNIQUE (workspace, op_id)
);
CREATE INDEX ops_by_case ON ops (workspace, case_id, epoch, seq);
CREATE TABLE envelopes (
    workspace BYTEA NOT NULL,
    case_id BYTEA NOT NULL,
    epoch BIGINT NOT NULL,
    member BYTEA NOT NULL,
    seq BIGINT NOT NULL,
    body BYTEA NOT NULL,
    PRIMARY KEY (workspace, case_id, epoch, member)
);
CREATE INDEX envelopes_by_seq ON envelopes (workspace, member, seq);
CREATE TABLE blobs (
    workspace BYTEA NOT NULL,
    case_id BYTEA NOT NULL,
    name BYTEA NOT NULL,
    epoch BIGINT NOT NULL,
    total BIGINT NOT NULL,
    have BIGINT NOT NULL,
    owner BYTEA,
    salt BYTEA,
    PRIMARY KEY (workspace, case_id, name)
);
CREATE TABLE usage (
    workspace BYTEA NOT NULL,
    member BYTEA NOT NULL,
    bytes BIGINT NOT NULL,
    PRIMARY KEY (workspace, member)
);
