-- 4: every member's stored bytes counted again from everything stored, including what was
-- stored before schema 3 counted it. The counting itself is done in Rust after this
-- statement (`migrations::recount_usage`): an operation's author is inside its encoded body.
DELETE FROM usage;
