-- 8: originals travel signed by the member who imported them, under new names on the
-- server (blobs of protocol 1's second form): each member's own originals are sent again,
-- and those held aside for not opening are fetched again.
DELETE FROM blob_uploads;
DELETE FROM blobs_held;
