-- 15: the travel items this laptop has reminded her of, each with the date it was due then: a
-- reminder is given once, and again only when the item is moved to another date. Never synced:
-- each laptop reminds its own user.
CREATE TABLE travel_reminded (
    item_id BLOB NOT NULL,
    due TEXT NOT NULL,
    PRIMARY KEY (item_id, due)
) STRICT, WITHOUT ROWID;
