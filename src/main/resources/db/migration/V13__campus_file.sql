-- The halls and their weekly hours come from the campus file (docs/campus.md), written at start-up by the
-- repeatable campus migration (campus.CampusMigration), which Flyway runs again whenever the file changes.
-- A hall the file no longer lists is retired: gone from pages and the API, its stored menus and hours kept.
ALTER TABLE hall ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;
-- A hall's vendor is any kind the WAR holds, as its plug-ins say (upstream.VendorKinds), not a list here.
ALTER TABLE hall DROP CONSTRAINT ck_hall_vendor;
ALTER TABLE hall ALTER COLUMN vendor SET DATA TYPE VARCHAR(32);
-- Whether the campus file wrote the row. An operator's edit in the admin area clears it, and from then on the
-- file does not touch that window: the operator's hours win over the file's.
ALTER TABLE dining_hours ADD COLUMN from_campus BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE dining_hours SET from_campus = FALSE WHERE source LIKE 'Edited by %';
