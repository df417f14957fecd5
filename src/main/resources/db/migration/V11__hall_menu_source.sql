-- Where each hall's menu is fetched from by default, beside its id and vendor, so that the halls are defined in
-- one place (the hall table). {date} stands for the ISO service date; Pomona's feed holds the whole week.
-- Operators override a source with hall.<id>.source (HALL_<ID>_SOURCE) without a migration.
ALTER TABLE hall ADD COLUMN menu_source VARCHAR(500);
UPDATE hall SET menu_source = 'https://api-prd.sodexomyway.net/v0.2/data/menu/13147001/15258?date={date}' WHERE id = 'hoch';
UPDATE hall SET menu_source = 'https://collins-cmc.cafebonappetit.com/cafe/collins/{date}/' WHERE id = 'collins';
UPDATE hall SET menu_source = 'https://scripps.cafebonappetit.com/cafe/malott-dining-commons/{date}/' WHERE id = 'malott';
UPDATE hall SET menu_source = 'https://pitzer.cafebonappetit.com/cafe/mcconnell-bistro/{date}/' WHERE id = 'mcconnell';
UPDATE hall SET menu_source = 'https://api.pomona.edu/eatec/Frank.json' WHERE id = 'frank';
UPDATE hall SET menu_source = 'https://api.pomona.edu/eatec/Frary.json' WHERE id = 'frary';
UPDATE hall SET menu_source = 'https://api.pomona.edu/eatec/Oldenborg.json' WHERE id = 'oldenborg';
ALTER TABLE hall ALTER COLUMN menu_source SET NOT NULL;
