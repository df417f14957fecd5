-- Nothing ever read the meal rows' content hash: changes are told apart by the whole day's version (its
-- bytes' ETag) and by the vendors' validators, so the column goes.
ALTER TABLE menu DROP COLUMN content_hash;
