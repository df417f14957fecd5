-- Why each vendor call was made: a student's request, a refresh ahead of expiry, the week fetched ahead, or an
-- operator's refetch. The health view counts them apart.
ALTER TABLE vendor_fetch ADD COLUMN reason VARCHAR(16) DEFAULT 'request' NOT NULL;
