-- 5: when each member was last seen (a request with her session, to the minute), for the
-- admin's list of members. Unknown (0) for whoever has not come since this migration.
ALTER TABLE members ADD COLUMN last_seen_millis INTEGER NOT NULL DEFAULT 0;
