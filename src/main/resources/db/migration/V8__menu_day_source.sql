-- What a day's menu was read from: the vendor's menu for that date, or (Hoch without a Sodexo API key) Sodexo's
-- public location page, which serves today only.
ALTER TABLE menu_day ADD COLUMN source VARCHAR(20) DEFAULT 'vendor' NOT NULL;
ALTER TABLE menu_day ADD CONSTRAINT ck_menu_day_source CHECK (source IN ('vendor', 'location_page'));
