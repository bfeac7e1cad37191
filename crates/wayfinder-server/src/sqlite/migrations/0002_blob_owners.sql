-- Who began each blob's upload: only she writes to it. Uploads begun before this (without
-- an owner) take no more chunks. The salt of the upload, which every chunk carries in front.
ALTER TABLE blobs ADD COLUMN owner BLOB;
ALTER TABLE blobs ADD COLUMN salt BLOB;
