-- The vendor's own page for each hall: students are sent there when we have no menu to show.
ALTER TABLE hall ADD COLUMN website VARCHAR(300);
UPDATE hall SET website = 'https://hmc.sodexomyway.com/en-us/locations/hoch-shanahan-dining-commons' WHERE id = 'hoch';
UPDATE hall SET website = 'https://collins-cmc.cafebonappetit.com/cafe/collins/' WHERE id = 'collins';
UPDATE hall SET website = 'https://scripps.cafebonappetit.com/cafe/malott-dining-commons/' WHERE id = 'malott';
UPDATE hall SET website = 'https://pitzer.cafebonappetit.com/cafe/mcconnell-bistro/' WHERE id = 'mcconnell';
UPDATE hall SET website = 'https://www.pomona.edu/administration/dining/menus/frank' WHERE id = 'frank';
UPDATE hall SET website = 'https://www.pomona.edu/administration/dining/menus/frary' WHERE id = 'frary';
UPDATE hall SET website = 'https://www.pomona.edu/administration/dining/menus/oldenborg' WHERE id = 'oldenborg';
