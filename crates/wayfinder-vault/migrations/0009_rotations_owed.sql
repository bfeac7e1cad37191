-- 9: cases whose key she owes a new epoch: marked in the transaction that takes a roster
-- without someone who was in the one before, done (or found not needed) in the transaction
-- that makes the epoch, so that a kill between the two leaves the debt, never loses it.
CREATE TABLE rotations_owed (
    case_id BLOB PRIMARY KEY NOT NULL
) STRICT, WITHOUT ROWID;
